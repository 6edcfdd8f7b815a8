"""A battery of realistic student answers, written from the student edition alone.

Each lesson module ``lessonNN.py`` holds ``WRONG`` (answers that break a sentence of the
exercise's contract as the lesson states it) and ``RIGHT`` (correct alternatives the text
allows). ``source`` is the code a student would type into the exercise cell, assuming the
notebook's earlier cells ran (``np`` imported, earlier exercises defined).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    exercise: str
    id: str
    why: str
    source: str


def load(lesson: str) -> tuple[list[Answer], list[Answer]]:
    """(WRONG, RIGHT) of ``tests/battery/lessonNN.py``; ``lesson`` is "01" or "lesson01"."""
    number = lesson.removeprefix("lesson")[:2]
    module = importlib.import_module(f"tests.battery.lesson{number}")
    return list(module.WRONG), list(module.RIGHT)
