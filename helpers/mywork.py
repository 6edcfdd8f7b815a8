"""Your own functions from an earlier notebook, for a later one to build on.

The capstone (notebook 07) builds its network from the layers *you* wrote in
notebooks 05 and 06, as CS231n's later assignments import the student's own
``layers.py``::

    from helpers import mywork
    affine_forward, relu_forward = mywork.load("05_backprop", "affine_forward", "relu_forward")

``load`` reads ``05_backprop.ipynb`` from the folder the notebook runs in
(save that notebook first), runs only its imports and its top-level ``def`` and
``class`` statements (no demo, no plot, no training) in a module of its own,
and hands back the functions you asked for, in that order. A function that is
missing or still the released stub (``raise NotImplementedError()``) comes back
as a stand-in of the same name that raises ``NotImplementedError`` saying where
to finish it, so every demo that needs it says so (``helpers.needs``) instead
of failing with a traceback; ``load`` prints one line naming what is missing.

When the grader runs a notebook, it provides the earlier functions itself
(``provide``): the student's own, from the same submission. It then judges each
exercise with the course's references of the earlier lessons in place (where it
has them), so a mistake in notebook 05 never costs marks in notebook 07.
"""

from __future__ import annotations

import ast
import json
import os
import types
from pathlib import Path

from helpers.i18n import tr

# lesson -> namespace the grader put in place before the notebook's cells ran
_PROVIDED: dict[str, dict] = {}


def provide(lesson: str, namespace: dict) -> None:
    """Used by the grader: the functions ``load(lesson, ...)`` returns in this process."""
    _PROVIDED[lesson] = namespace


def _cell_sources(path: Path) -> list[str]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    sources = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        # IPython-only lines (%magic, !shell) are not Python: leave them out.
        lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        sources.append("\n".join(lines))
    return sources


def definitions(sources: list[str]) -> list[str]:
    """The imports and top-level ``def``/``class`` statements of some cells, as sources.

    A cell that does not parse is skipped (its functions then count as missing)."""
    kept = []
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)):
                kept.append(ast.unparse(node))
    return kept


def _stub_name(source: str) -> str | None:
    """The function's name when ``source`` is the released stub: a body (after any
    docstring) that only raises NotImplementedError."""
    node = ast.parse(source).body[0]
    if not isinstance(node, ast.FunctionDef):
        return None
    body = node.body[1:] if (node.body and isinstance(node.body[0], ast.Expr)
                             and isinstance(node.body[0].value, ast.Constant)) else node.body
    if len(body) == 1 and isinstance(body[0], ast.Raise) and body[0].exc is not None:
        exc = body[0].exc.func if isinstance(body[0].exc, ast.Call) else body[0].exc
        if isinstance(exc, ast.Name) and exc.id == "NotImplementedError":
            return node.name
    return None


def run_definitions(sources: list[str], module_name: str) -> dict:
    """Run definition sources one by one in a fresh module namespace; one that raises is
    skipped. Stubs are left out, so they count as missing."""
    module = types.ModuleType(module_name)
    for source in sources:
        try:
            if _stub_name(source):
                continue
            exec(compile(source, f"<{module_name}>", "exec"), module.__dict__)
        except Exception:  # noqa: BLE001 — a broken earlier cell: its names count as missing
            continue
    return module.__dict__


def _stand_in(name: str, why: str):
    """A function called ``name`` that raises NotImplementedError(why). It is compiled under a
    file name of its own, not this module's, so a check that reaches it names ``name`` as the
    stub (the innermost frame outside the course's helpers) instead of blaming the finished
    function that called it."""
    if not name.isidentifier():
        raise ValueError(name)
    namespace = {"_why": why}
    exec(compile(f"def {name}(*args, **kwargs):\n    raise NotImplementedError(_why)\n",
                 f"<{name}: not implemented yet>", "exec"), namespace)
    missing = namespace[name]
    missing.__doc__ = why
    return missing


def _from_file(lesson: str) -> tuple[dict | None, str]:
    path = Path(os.getcwd()) / f"{lesson}.ipynb"
    if not path.is_file():
        return None, tr("{lesson}.ipynb is not in this folder", lesson=lesson)
    try:
        sources = _cell_sources(path)
    except (OSError, ValueError) as exc:
        return None, tr("{lesson}.ipynb could not be read ({error})", lesson=lesson, error=type(exc).__name__)
    return run_definitions(definitions(sources), f"my_{lesson}"), ""


def load(lesson: str, *names: str, quiet: bool = False):
    """Your functions ``names`` from notebook ``lesson`` (e.g. "05_backprop"), in that order.

    Returns one function for one name, a tuple for several."""
    namespace, problem = (_PROVIDED[lesson], "") if lesson in _PROVIDED else _from_file(lesson)
    found, missing = [], []
    for name in names:
        obj = (namespace or {}).get(name)
        if obj is None:
            missing.append(name)
            obj = _stand_in(name, tr("`{name}` is not implemented yet in {lesson}.ipynb: finish it there, "
                                     "save that notebook, then run the cell that loads it here again.",
                                     name=name, lesson=lesson))
        found.append(obj)
    if not quiet and not os.environ.get("COURSE_GRADING"):
        if problem:
            print(tr("… {problem}: keep your notebooks together in one folder. "
                     "Until then the demos that need {names} say so.", problem=problem, names=", ".join(names)))
        elif missing:
            fields = dict(lesson=lesson, missing=", ".join(missing))
            print(tr("… not implemented yet in {lesson}.ipynb: {missing}. Finish it there and save; until "
                     "then the demos that need them say so.", **fields) if len(missing) == 1 else
                  tr("… not implemented yet in {lesson}.ipynb: {missing}. Finish them there and save; until "
                     "then the demos that need them say so.", **fields))
        else:
            print(tr("✔ your own {names} from {lesson}.ipynb.", names=", ".join(names), lesson=lesson))
    return found[0] if len(found) == 1 else tuple(found)
