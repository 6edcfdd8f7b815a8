"""Public check cases for lesson 07 (being written)."""

EXERCISES = []
