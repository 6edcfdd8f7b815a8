"""Public check cases for lesson 06 (being written)."""

EXERCISES = []
