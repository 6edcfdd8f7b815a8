"""Finding and reading submissions: the first step of grading.

A submission is one student's work: a folder of notebooks (searched
recursively, checkpoints ignored), a single ``.ipynb``, or a ``.zip`` of
either. Every problem becomes a clear message on that submission or
notebook; nothing here raises for bad student input.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from grader.cells import code_cells
from helpers import checks

MAX_NOTEBOOK_BYTES = 20 * 2**20


@dataclass
class NotebookFile:
    name: str                       # shown in reports, e.g. "01_perceptron.ipynb"
    lesson: str | None = None
    cells: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Submission:
    name: str
    notebooks: list[NotebookFile] = field(default_factory=list)
    error: str | None = None


def parse_notebook(name: str, data: bytes) -> NotebookFile:
    """Read one notebook's bytes into its code cells, or a clear error."""
    nb = NotebookFile(name)
    stem = Path(name).stem
    if not data.strip():
        nb.error = f"{name} is empty (0 bytes of notebook). Save the notebook in Jupyter and submit again."
        return nb
    if len(data) > MAX_NOTEBOOK_BYTES:
        nb.error = f"{name} is larger than 20 MB; clear the outputs (Edit > Clear All Outputs) and save."
        return nb
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        nb.error = (f"{name} is not a readable notebook: it is not valid JSON{where}. It may be "
                    "truncated or corrupted; open it in JupyterLab, save it, and submit again.")
        return nb
    if not isinstance(content, dict) or not isinstance(content.get("cells"), list):
        nb.error = f"{name} is JSON but not a Jupyter notebook (it has no list of cells)."
        return nb
    if content.get("nbformat", 4) < 4:
        nb.error = f"{name} uses the old notebook format {content.get('nbformat')}; open and save it in JupyterLab."
        return nb
    lesson = None
    meta = content.get("metadata", {})
    if isinstance(meta, dict) and isinstance(meta.get("course"), dict):
        lesson = meta["course"].get("lesson")
    if lesson not in checks.LESSONS:
        lesson = checks.lesson_of(stem)
    if lesson is None:
        nb.error = (f"{name} is not one of the course's notebooks (its name should start with the "
                    f"lesson's, e.g. 01_perceptron).")
        return nb
    nb.lesson = lesson
    try:
        nb.cells = code_cells({"cells": [c for c in content["cells"] if isinstance(c, dict)]})
    except Exception:  # odd cell sources: treat the notebook as unreadable
        nb.error = f"{name} has cells that could not be read."
    return nb


def _graded_file(name: str) -> bool:
    """Inside a folder or zip, skip checkpoints and the ungraded course pages
    (``00_start_here.ipynb``): a student who hands in the whole folder is fine."""
    return (name.endswith(".ipynb") and ".ipynb_checkpoints" not in name
            and not name.startswith("__MACOSX") and not Path(name).name.startswith("00_"))


def _from_zip(path: Path) -> Submission:
    # Members are read into memory, never extracted to disk.
    sub = Submission(path.stem)
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if _graded_file(m.filename)]
            for member in sorted(members, key=lambda m: m.filename):
                if member.file_size > MAX_NOTEBOOK_BYTES:
                    sub.notebooks.append(NotebookFile(Path(member.filename).name,
                                                      error="larger than 20 MB"))
                    continue
                sub.notebooks.append(parse_notebook(Path(member.filename).name, archive.read(member)))
    except (zipfile.BadZipFile, OSError) as exc:
        sub.error = f"{path.name} is not a readable zip file ({exc})."
    return sub


def name_of(path_text: str) -> str:
    """The submission's name, from its path alone (a folder's name, a file's stem)."""
    path = Path(path_text)
    if path.suffix in (".zip", ".ipynb") and not path.is_dir():
        return path.stem
    return path.name or str(path)


def class_folder(folder: str) -> tuple[list[str], list[str]]:
    """``--class DIR``: one submission per sub-folder, ``.zip`` or ``.ipynb`` in DIR
    (the layout of GitHub Classroom clones and LMS exports). Returns the paths,
    and the names of other entries that were skipped."""
    root = Path(folder)
    paths, skipped = [], []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith((".", "__MACOSX")):
            continue
        if entry.is_dir() or entry.suffix in (".zip", ".ipynb"):
            paths.append(str(entry))
        else:
            skipped.append(entry.name)
    return paths, skipped


def load(path_text: str) -> Submission:
    """One submission from a path given on the command line."""
    path = Path(path_text)
    name = path.name or str(path)
    if not path.exists():
        return Submission(name, error=f"{path_text} does not exist.")
    if path.is_dir():
        sub = Submission(name)
        files = sorted(p for p in path.rglob("*.ipynb")
                       if _graded_file(str(p.relative_to(path))) and p.is_file())
        for file in files:
            sub.notebooks.append(_read_file(file))
        if not files:
            sub.error = f"{path_text} holds no .ipynb notebook."
        return sub
    if path.suffix == ".zip":
        sub = _from_zip(path)
        if not sub.notebooks and not sub.error:
            sub.error = f"{path.name} holds no .ipynb notebook."
        return sub
    sub = Submission(path.stem)
    if path.suffix != ".ipynb":
        sub.error = (f"{path.name} is not a notebook: submit the .ipynb file "
                     f"(a {path.suffix or 'file without extension'} cannot be graded).")
        return sub
    sub.notebooks.append(_read_file(path))
    return sub


def _read_file(path: Path) -> NotebookFile:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_NOTEBOOK_BYTES + 1)
    except OSError as exc:
        return NotebookFile(path.name, error=f"{path.name} could not be read ({exc.strerror}).")
    return parse_notebook(path.name, data)


def read_all(paths) -> list[Submission]:
    """Every submission read into memory before any student code runs, so no
    notebook can change another submission's files before it is graded."""
    subs = [load(p) for p in paths]
    seen: dict[str, int] = {}
    for sub, path in zip(subs, paths):  # two paths with one name: keep both apart
        seen[sub.name] = seen.get(sub.name, 0) + 1
        if seen[sub.name] > 1:
            sub.name = f"{sub.name} ({Path(path).name or path}, {seen[sub.name]})"
    return subs

