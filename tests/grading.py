"""Helpers for grader tests: build submissions from code, run the grader, read results."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from grader.__main__ import main
from helpers import checks
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


def lessons_in(paths) -> list[str]:
    """The lessons of the notebooks under ``paths`` (by file name)."""
    found = set()
    for path in map(Path, paths):
        names = [path.name] if path.is_file() else [p.name for p in path.rglob("*.ipynb")]
        found |= {lesson for lesson in checks.LESSONS for name in names if name.startswith(lesson)}
    return sorted(found)


def grade(paths, tmp_path: Path, *extra: str) -> dict:
    """Grade ``paths``; unless told ``--lessons``, the assignment is the lessons handed in."""
    out = tmp_path / "grades.json"
    if "--lessons" not in extra:
        extra = (*extra, "--lessons", ",".join(lessons_in(paths)) or "01")
    code = main([str(p) for p in paths] + ["--json", str(out), "-q", *extra])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def exercises(result: dict, notebook: int | None = None) -> dict:
    """name -> exercise record of one submission (of one notebook if given; graded names
    are unique across the course)."""
    notebooks = result["notebooks"] if notebook is None else [result["notebooks"][notebook]]
    return {e["name"]: e for nb in notebooks for e in nb["exercises"]}


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a grader a test will stop with Ctrl-C: SIGINT at its default, as for a
    command typed in a terminal. (A job a shell runs in the background, such as a test run started
    with ``&``, inherits SIGINT ignored, and the grader rightly keeps ignoring it.)"""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stopped_within(proc, seconds: float, more=lambda: "") -> None:
    """Wait for ``proc``, a grader told to stop (its stderr a pipe). If it has not ended in
    ``seconds``, fail saying where it hangs: each thread's kernel wait, and Python's stack of each
    thread (SIGUSR1: the CLI's faulthandler), with ``more()``."""
    import os
    import signal
    import subprocess
    import time

    try:
        proc.wait(timeout=seconds)
        return
    except subprocess.TimeoutExpired:
        pass
    where = {}
    for task in Path(f"/proc/{proc.pid}/task").glob("*"):
        try:
            where[task.name] = (task / "wchan").read_text() + " " + (task / "stat").read_text().split(")")[1][:4]
        except OSError:
            pass
    extra = more()
    try:
        os.kill(proc.pid, signal.SIGUSR1)
        time.sleep(1.5)
    except OSError:
        pass
    proc.kill()
    _, err = proc.communicate(timeout=30)
    err = err.decode("utf-8", "replace") if isinstance(err, bytes) else err or ""
    raise AssertionError(f"still running {seconds} s after the signal: threads {where}; {extra}\n"
                         f"stacks and stderr:\n{err[-8000:]}")
