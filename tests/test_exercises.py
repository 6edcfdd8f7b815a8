"""For every graded exercise of every lesson: the solution passes and the
released student stub fails. Mechanical, so a stub that happens to pass, or a
check that cannot fail, is caught for every exercise the course adds."""

import pytest

from helpers import checks
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
def test_every_case_can_fail(lesson, name):
    """Each case must fail on the stub, so no case passes whatever is submitted."""
    result = verdict(name, student_namespace(lesson))
    assert not any(case.passed for case in result.cases)
