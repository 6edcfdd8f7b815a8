"""Public check cases for lesson 04 (being written)."""

EXERCISES = []
