"""Public check cases for lesson 05 (being written)."""

EXERCISES = []
