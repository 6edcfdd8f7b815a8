"""The public check cases of every lesson, in one place.

Each lesson module defines ``EXERCISES``, a list of ``helpers.cases.Exercise``.
The notebooks' self-checks, the grader and the test suite all read them from
here; nothing else holds a copy.
"""

from __future__ import annotations

import importlib

from helpers.cases import Exercise

# Lesson id (the notebook's file stem) -> module holding its cases.
LESSONS = {
    "01_perceptron": "helpers.checks.lesson01",
    "02_decision_lines": "helpers.checks.lesson02",
    "03_xor_mlp": "helpers.checks.lesson03",
    "04_activations": "helpers.checks.lesson04",
    "05_backprop": "helpers.checks.lesson05",
    "06_softmax_cross_entropy": "helpers.checks.lesson06",
    "07_digits_capstone": "helpers.checks.lesson07",
}


def exercises(lesson: str) -> list[Exercise]:
    """The graded exercises of ``lesson`` (a notebook stem such as "01_perceptron")."""
    module = importlib.import_module(LESSONS[lesson])
    for exercise in module.EXERCISES:
        exercise.lesson = lesson
    return module.EXERCISES


def all_exercises() -> list[Exercise]:
    return [ex for lesson in LESSONS for ex in exercises(lesson)]


def find(name: str) -> Exercise:
    """The exercise with graded name ``name``, from any lesson."""
    for lesson in LESSONS:
        for exercise in exercises(lesson):
            if exercise.name == name:
                return exercise
    raise KeyError(name)


def lesson_of(stem: str) -> str | None:
    """The lesson a notebook belongs to, from its file stem (``01_perceptron``,
    ``01_perceptron-Copy1``, ``01_perceptron_kim``...), or None."""
    for lesson in LESSONS:
        if stem == lesson or stem.startswith(lesson):
            return lesson
    number = stem[:2]
    matches = [lesson for lesson in LESSONS if lesson[:2] == number and number.isdigit()]
    return matches[0] if len(matches) == 1 else None
