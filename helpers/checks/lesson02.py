"""Public check cases for lesson 02 (being written)."""

EXERCISES = []
