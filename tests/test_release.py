"""Student notebooks are generated from the solutions and must not drift;
solution sources (.py) and executed notebooks (.ipynb) must agree."""

import jupytext
import nbformat
import pytest

from authoring import editions, release
from tests.support import NOTEBOOKS, SOLUTIONS

SOLUTION_NOTEBOOKS = sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb"))


def test_there_are_solution_notebooks():
    assert SOLUTION_NOTEBOOKS


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.stem)
def test_student_notebook_is_up_to_date(path):
    target, text = release.release_file(path, NOTEBOOKS)
    assert target.exists(), f"{target.name} missing: run `make release`"
    assert target.read_text(encoding="utf-8") == text, f"{target.name} is stale: run `make release`"


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.stem)
def test_student_notebook_has_no_solution_and_no_outputs(path):
    student = nbformat.read(NOTEBOOKS / path.name, as_version=4)
    text = nbformat.writes(student)
    assert "BEGIN SOLUTION" not in text and "END SOLUTION" not in text
    for cell in student.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert student.metadata["course"]["lesson"] == path.stem


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.stem)
def test_solution_notebook_matches_its_script(path):
    script = path.with_suffix(".py")
    assert script.exists(), f"{script.name} missing"
    from_script = jupytext.read(script)
    stored = nbformat.read(path, as_version=4)
    pairs = list(zip(from_script.cells, stored.cells))
    assert len(from_script.cells) == len(stored.cells), "cell count differs: run `make solutions`"
    for a, b in pairs:  # the build adds one line, the notebook's language (editions.declare)
        assert (a.cell_type, editions.undeclared(a.source)) == (b.cell_type, editions.undeclared(b.source)), \
            "cells differ: run `make solutions`"


@pytest.mark.parametrize("path", SOLUTION_NOTEBOOKS, ids=lambda p: p.stem)
def test_solution_notebook_is_fully_executed_without_errors(path):
    stored = nbformat.read(path, as_version=4)
    for cell in stored.cells:
        if cell.cell_type == "code" and cell.source.strip():
            assert cell.execution_count is not None, "not executed: run `make solutions`"
            assert not [o for o in cell.outputs if o.output_type == "error"]


def _nb(*sources):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])


def test_function_body_becomes_raise_not_implemented():
    nb = release.release(_nb("def f(x):\n    ### BEGIN SOLUTION\n    return x + 1\n    ### END SOLUTION\n"), "t")
    assert nb.cells[0].source == "def f(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()"


def test_top_level_block_keeps_names_as_none():
    nb = release.release(_nb("### BEGIN SOLUTION\nA = [1, 2]\nB: int = 3\n### END SOLUTION"), "t")
    assert nb.cells[0].source == "A = None  # YOUR CODE HERE\nB = None  # YOUR CODE HERE"


def test_solution_only_cells_are_dropped():
    nb = _nb("x = 1", "print('answer')")
    nb.cells[1].metadata["tags"] = ["solution-only"]
    assert len(release.release(nb, "t").cells) == 1


@pytest.mark.parametrize("source,problem", [
    ("### BEGIN SOLUTION\nx = 1\n", "without END"),
    ("x = 1\n### END SOLUTION\n", "END without BEGIN"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION\n### END SOLUTION", "nested"),
    ("x = 1  ### BEGIN SOLUTION\n", "stand alone"),
])
def test_misplaced_markers_are_errors(source, problem):
    with pytest.raises(release.MarkerError, match=problem):
        release.release(_nb(source), "t")


def test_marker_in_markdown_is_an_error():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("### BEGIN SOLUTION")])
    with pytest.raises(release.MarkerError, match="code cells only"):
        release.release(nb, "t")


def test_release_does_not_change_the_solution():
    nb = _nb("def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION")
    before = nbformat.writes(nb)
    release.release(nb, "t")
    assert nbformat.writes(nb) == before
