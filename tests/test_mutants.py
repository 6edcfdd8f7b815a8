"""`make mutants` in the suite: every mutant of every graded solution is either caught by
the check cases or listed, with its reason, in tests/mutants_equivalent.txt — and every
id listed there still names a mutant the tool makes (the file cannot rot)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import mutants  # noqa: E402

from helpers import checks  # noqa: E402


@pytest.fixture(scope="module")
def made():
    return {lesson: mutants.lesson_mutants(lesson) for lesson in checks.LESSONS}


def test_every_listed_equivalent_still_exists(made):
    ids = {m.id for found, _ in made.values() for m in found}
    stale = sorted(set(mutants.equivalents()) - ids)
    assert not stale, f"remove these from tests/mutants_equivalent.txt: {stale}"


def test_every_reason_is_written():
    assert all(reason for reason in mutants.equivalents().values())


@pytest.mark.parametrize("lesson", list(checks.LESSONS))
def test_every_non_equivalent_mutant_is_killed(made, lesson):
    found, definitions = made[lesson]
    known = mutants.equivalents()
    assert found, f"no mutants made for {lesson}"
    survivors = [m.id for m in found if m.id not in known and not mutants.killed(m, definitions)]
    assert not survivors, f"add a case that catches these, or list them as equivalent: {survivors}"
