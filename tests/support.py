"""Shared test helpers: namespaces of solution and student notebooks, and verdicts.

``solution_namespace(lesson)`` runs the code cells of ``solutions/LESSON.ipynb``
once per test session (with the Agg backend and self-checks silenced) and
hands out copies. ``variant`` swaps in a typical wrong answer or a correct
alternative; ``verdict`` judges one graded name with the public cases,
exactly as the self-check and the grader do.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pytest  # noqa: E402

from grader.cells import code_cells, run_cell  # noqa: E402
from helpers.selfcheck import evaluate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
NOTEBOOKS = ROOT / "notebooks"
# A Hangul syllable (the tests that ask "is this Korean?").
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@contextlib.contextmanager
def _grading_env(cwd: Path):
    old_cwd, old_flag = os.getcwd(), os.environ.get("COURSE_GRADING")
    os.environ["COURSE_GRADING"] = "1"
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(old_cwd)
        plt.close("all")
        if old_flag is None:
            os.environ.pop("COURSE_GRADING", None)
        else:
            os.environ["COURSE_GRADING"] = old_flag


def run_notebook(path: Path) -> tuple[dict, list]:
    """Execute a notebook's code cells in a fresh namespace; return it and the cell reports."""
    nb = nbformat.read(path, as_version=4)
    namespace = {"__name__": "__main__", "display": lambda *a, **k: None}
    with _grading_env(path.parent):
        reports = [run_cell(i, src, namespace) for i, src in enumerate(code_cells(nb), 1)]
    return namespace, reports


@functools.lru_cache(maxsize=None)
def _solution(lesson: str):
    namespace, reports = run_notebook(SOLUTIONS / f"{lesson}.ipynb")
    errors = [r for r in reports if r.error]
    assert not errors, f"solution {lesson} raised: {errors[0]}"
    return namespace


@functools.lru_cache(maxsize=None)
def _student(lesson: str):
    return run_notebook(NOTEBOOKS / f"{lesson}.ipynb")


def solution_namespace(lesson: str) -> dict:
    """A fresh copy of the namespace the solution notebook leaves behind."""
    return dict(_solution(lesson))


def student_namespace(lesson: str) -> dict:
    """A copy of the namespace the released (unsolved) student notebook leaves behind."""
    return dict(_student(lesson)[0])


def variant(lesson: str, source: str) -> dict:
    """The solution namespace with ``source`` run on top (redefining one or more names).

    Other solution functions keep calling the solution's versions, so the
    variant is judged on its own."""
    namespace = solution_namespace(lesson)
    exec(compile(source, "<variant>", "exec"), namespace)
    return namespace


def verdict(name: str, namespace: dict):
    """The ``ExerciseResult`` for graded name ``name`` in ``namespace``."""
    return evaluate(name, namespace)


def stream_text(outputs) -> str:
    """What a cell's (or several cells') outputs printed, joined."""
    return "".join(o.get("text", "") for o in outputs if o.output_type == "stream")


def table_cases(table: dict) -> list:
    """``{name: [source, ...]}`` as ``(name, source)`` parameters for parametrize,
    with ids ``name-0``, ``name-1``... (the position in the table's list)."""
    return [pytest.param(name, source, id=f"{name}-{i}")
            for name, sources in table.items() for i, source in enumerate(sources)]


def assert_fails(lesson: str, name: str, source: str) -> str:
    """A typical wrong answer: not passed, fewer points, plain feedback with a hint.
    Returns the feedback for further checks."""
    result = verdict(name, variant(lesson, source))
    assert not result.passed, f"this wrong {name} passed:\n{source}"
    assert result.points < result.max_points
    assert result.feedback and "Traceback" not in result.feedback
    return result.feedback


def assert_passes(lesson: str, name: str, source: str) -> None:
    """A correct alternative (loops, lists, other weights...): full marks."""
    result = verdict(name, variant(lesson, source))
    assert result.passed, f"this correct {name} failed:\n{source}\nfeedback: {result.feedback}"
