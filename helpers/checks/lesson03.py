"""Public check cases for lesson 03 (being written)."""

EXERCISES = []
