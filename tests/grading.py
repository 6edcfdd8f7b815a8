"""Helpers for grader tests: build submissions from code, run the grader, read results."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from grader.__main__ import main
from tests.support import SOLUTIONS


def solution_cells(lesson: str) -> list[str]:
    nb = nbformat.read(SOLUTIONS / f"{lesson}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def write_notebook(path: Path, cells: list[str], markdown: str | None = None) -> Path:
    nb = nbformat.v4.new_notebook()
    if markdown:
        nb.cells.append(nbformat.v4.new_markdown_cell(markdown))
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbformat.writes(nb), encoding="utf-8")
    return path


def grade(paths, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "grades.json"
    code = main([str(p) for p in paths] + ["--json", str(out), "-q", *extra])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def exercises(result: dict, notebook: int = 0) -> dict:
    """name -> exercise record of one submission's notebook."""
    return {e["name"]: e for e in result["notebooks"][notebook]["exercises"]}
