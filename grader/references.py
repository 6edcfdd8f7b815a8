"""The course's reference implementations, from the instructor's solution sources.

Each exercise is judged on its own: while the grader probes a student's
``predict``, the other graded names it calls (``add_bias``, ``step``...) are
the course's references, so one wrong answer never costs a correct one its
points. The references run only in the oracle (``grader.oracle``), a trusted
process of their own; the notebook holds proxies that reach them
(``helpers.proxies``), and the grader decides which (``grader.run.session``).

The references are the top-level imports, functions, classes and graded
values of ``solutions/NN_name.py`` — the lesson's own and those of the lessons
its check module lists in ``USES`` (the capstone uses lessons 05 and 06).
Demo code, training runs and plots are left out, so running them costs
milliseconds. The student edition ships no solutions: there ``load`` returns
nothing and each exercise is probed as the student wrote it.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers import checks

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


@dataclass(frozen=True)
class Definition:
    names: frozenset[str]   # what it defines (empty for an import)
    source: str


def _definitions(path: Path, graded: set[str]) -> list[Definition]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(Definition(frozenset(), ast.unparse(node)))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.append(Definition(frozenset({node.name}), ast.unparse(node)))
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            names = {t.id for t in node.targets}
            if names & graded:
                found.append(Definition(frozenset(names), ast.unparse(node)))
    return found


def lessons_for(lesson: str) -> list[str]:
    """The lesson and the earlier lessons whose graded names it uses (``USES``)."""
    module = importlib.import_module(checks.LESSONS[lesson])
    return [*getattr(module, "USES", ()), lesson]


# The grader's threads (one per worker) ask for references at once; ast.parse is not safe to
# run in several threads together in CPython 3.11 ("AST constructor recursion depth
# mismatch"), so one thread parses and the others wait for its cached result.
_LOADING = threading.Lock()


def load(lesson: str, root: Path = SOLUTIONS) -> tuple[tuple[Definition, ...], tuple[str, ...]]:
    """(definitions, graded names) for judging ``lesson``; empty without solutions."""
    with _LOADING:
        return _load(lesson, root)


@lru_cache(maxsize=None)
def _load(lesson: str, root: Path) -> tuple[tuple[Definition, ...], tuple[str, ...]]:
    definitions, graded = [], []
    for name in lessons_for(lesson):
        path = root / f"{name}.py"
        if not path.is_file():
            return (), ()
        names = {ex.name for ex in checks.exercises(name)}
        definitions += _definitions(path, names)
        graded += sorted(names)
    return tuple(definitions), tuple(graded)


def secret(lesson: str, root: Path = SOLUTIONS) -> bytes:
    """The course's secret for ``lesson``'s generated inputs (``helpers.differential``): a digest
    of its references, which never reach a student. The same wherever the course is graded, so
    a notebook gets the same grade in every channel; unknown to a student, so no notebook can
    know the generated inputs beforehand (empty without solutions: there are no generated cases)."""
    definitions, _ = load(lesson, root)
    if not definitions:
        return b""
    digest = hashlib.sha256()
    for definition in definitions:
        digest.update(definition.source.encode("utf-8") + b"\0")
    return digest.digest()


def earlier(lesson: str, own_cells: dict[str, list[str]]) -> dict[str, list[str]]:
    """What ``helpers.mywork.load`` returns inside the notebook of ``lesson`` while its cells
    run, per earlier lesson it ``USES``: the definitions of the student's own notebook of that
    lesson in the same submission (``own_cells``: lesson -> code cells), as the notebook sees
    them on the student's machine. Never the references: those never reach a notebook; after
    its cells have run, each exercise is judged with proxies to them (``grader.oracle``)."""
    from helpers import mywork

    return {name: mywork.definitions(own_cells[name]) for name in lessons_for(lesson)[:-1]
            if name in own_cells}
