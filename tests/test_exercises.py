"""For every graded exercise of every lesson: the solution passes and the
released student stub fails. Mechanical, so a stub that happens to pass, or a
check that cannot fail, is caught for every exercise the course adds."""

import numpy as np
import pytest

from helpers import cases as cases_module
from helpers import checks
from helpers.selfcheck import evaluate
from tests.support import SOLUTIONS, solution_namespace, student_namespace, verdict

LESSONS = [lesson for lesson in checks.LESSONS if (SOLUTIONS / f"{lesson}.ipynb").exists()]
EXERCISES = [(lesson, ex.name) for lesson in LESSONS for ex in checks.exercises(lesson)]


def test_every_lesson_with_a_solution_has_graded_exercises():
    assert LESSONS, "no solution notebooks found"
    for lesson in LESSONS:
        assert checks.exercises(lesson), f"{lesson} has no graded exercises"


def test_graded_names_are_unique_across_the_course():
    names = [ex.name for ex in checks.all_exercises()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_solution_passes(lesson, name):
    result = verdict(name, solution_namespace(lesson))
    assert result.passed, result.feedback
    assert result.points == result.max_points


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_student_stub_fails_with_not_implemented(lesson, name):
    result = verdict(name, student_namespace(lesson))
    assert not result.passed
    assert result.points == 0
    assert result.status == "not_implemented", result.feedback


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_no_case_passes_on_the_stub(lesson, name):
    result = verdict(name, student_namespace(lesson))
    assert not any(case.passed for case in result.cases)


# ------------------------------------------------------- degenerate answers

def _degenerate_verdicts(name: str):
    """(answer label, verdict) for every degenerate answer to exercise ``name``."""
    exercise = checks.find(name)
    for label, answer in cases_module._degenerate_answers().items():
        namespace = {exercise.name: cases_module._degenerate_stand_in(exercise, answer)}
        yield label, evaluate(name, namespace, exercise)


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_degenerate_answers_earn_nothing(lesson, name):
    """A constant, zeros or ones shaped like an input, or an input echoed back earns 0,
    for every exercise (the rule lives once, in helpers.cases.points_for)."""
    for label, result in _degenerate_verdicts(name):
        assert result.points == 0, f"{name} answered with {label} earns {result.points}"


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_any_constant_earns_nothing(lesson, name):
    """Not only the listed constants: a function that returns one fixed value, whatever it
    is (a number no list holds, an array, a tuple), earns 0 unless that value passes
    every case. (The red team's 0.5 earned points from four exercises before.)"""
    exercise = checks.find(name)
    if exercise.kind != "function":
        return
    for constant in (0.37, 0.5, 7, np.array([0.25, 0.75]), (np.zeros(2), 0.0), "x"):
        namespace = {name: lambda *a, _c=constant, **k: _c}
        result = evaluate(name, namespace, exercise)
        assert result.passed or result.points == 0, f"{name} returning {constant!r} earns {result.points}"


@pytest.mark.parametrize("lesson,name", EXERCISES)
def test_every_case_can_fail(lesson, name):
    """Each case's judge really runs and fails for at least one wrong answer (the stub,
    or one of the degenerate answers), so no case passes whatever is submitted."""
    exercise = checks.find(name)
    failed = [not case.passed for case in verdict(name, student_namespace(lesson)).cases]
    for _, result in _degenerate_verdicts(name):
        for i, case in enumerate(result.cases):
            failed[i] |= not case.passed and case.status == "fail"
    never = [exercise.cases[i].title for i, ok in enumerate(failed) if not ok]
    assert not never, f"these cases of {name} fail for no wrong answer: {never}"
