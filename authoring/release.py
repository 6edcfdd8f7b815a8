"""Make the student notebooks from the solution notebooks.

``python -m authoring.release [SOLUTION.ipynb ...]`` writes ``notebooks/NAME.ipynb``
for each solution (all of ``solutions/`` by default); ``--check`` writes
nothing and exits 1 when a student notebook is out of date.

The release is a short pipeline of small steps, each a function from a
notebook to a notebook: check the markers, drop solution-only cells, replace
solution blocks by stubs, strip outputs, set the metadata.
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import sys
from pathlib import Path

import nbformat

from authoring import editions

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
_MARKER = re.compile(r"^(\s*)### (BEGIN|END) SOLUTION\s*$")


class MarkerError(ValueError):
    """A solution marker is missing, unpaired, nested or in the wrong place."""


def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def check_markers(nb, name: str = "notebook"):
    for number, cell in enumerate(nb.cells, 1):
        source = _source(cell)
        if cell.cell_type != "code":
            if BEGIN in source or END in source:
                raise MarkerError(f"{name}, cell {number}: solution markers belong in code cells only")
            continue
        depth = 0
        for lineno, line in enumerate(source.splitlines(), 1):
            match = _MARKER.match(line)
            if not match:
                if BEGIN in line or END in line:
                    raise MarkerError(f"{name}, cell {number}, line {lineno}: a marker must stand alone "
                                      f"on its line: {line.strip()!r}")
                continue
            depth += 1 if match.group(2) == "BEGIN" else -1
            if depth not in (0, 1):
                what = "nested BEGIN" if depth > 1 else "END without BEGIN"
                raise MarkerError(f"{name}, cell {number}, line {lineno}: {what}")
        if depth:
            raise MarkerError(f"{name}, cell {number}: BEGIN SOLUTION without END SOLUTION")
    return nb


def drop_solution_only(nb):
    nb.cells = [c for c in nb.cells if "solution-only" not in c.get("metadata", {}).get("tags", [])]
    return nb


def _stub(block: list[str], indent: str) -> list[str]:
    if indent:
        return [f"{indent}# YOUR CODE HERE", f"{indent}raise NotImplementedError()"]
    # A top-level block defines graded values: keep the names, drop the answers.
    names = []
    try:
        tree = ast.parse("\n".join(block))
    except SyntaxError as exc:
        raise MarkerError(f"a top-level solution block does not parse: {exc}") from None
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name) and target.id not in names:
                names.append(target.id)
    return [f"{name} = None  # YOUR CODE HERE" for name in names] or ["# YOUR CODE HERE"]


def strip_source(source: str) -> str:
    out, block, indent = [], None, ""
    for line in source.splitlines():
        match = _MARKER.match(line)
        if match and match.group(2) == "BEGIN":
            block, indent = [], match.group(1)
        elif match:
            out.extend(_stub(block, indent))
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    return "\n".join(out)


def strip_solutions(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = strip_source(_source(cell))
    return nb


def clear_outputs(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    return nb


def student_metadata(nb, lesson: str):
    # No jupytext pairing in the student copy: students edit the notebook only.
    nb.metadata.pop("jupytext", None)
    language = nb.metadata.get("course", {}).get("language")
    nb.metadata["course"] = {"lesson": lesson, "role": "student"}
    if language:  # as its first code cell declares it (editions.declare)
        nb.metadata["course"]["language"] = language
    return nb


def release(nb, lesson: str, name: str = "notebook"):
    """The student version of solution notebook ``nb`` (which is not changed)."""
    nb = copy.deepcopy(nb)
    for step in (check_markers, drop_solution_only, strip_solutions, clear_outputs):
        nb = step(nb, name) if step is check_markers else step(nb)
    nb = student_metadata(nb, lesson)
    text = nbformat.writes(nb)
    if BEGIN in text or END in text:
        raise MarkerError(f"{name}: solution marker text left after release")
    return nb


def release_file(solution: Path, out_dir: Path) -> tuple[Path, str]:
    """A solution notebook of another language (``solutions/ko/``) goes to the same
    folder under ``out_dir`` (``notebooks/ko/``)."""
    nb = nbformat.read(solution, as_version=4)
    student = release(nb, solution.stem, solution.name)
    if solution.parent.name in editions.TRANSLATED:
        out_dir = out_dir / solution.parent.name
    return out_dir / solution.name, nbformat.writes(student) + "\n"


def solution_notebooks() -> list[Path]:
    """Every solution notebook: English, then each translation."""
    found = sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))
    for language in editions.TRANSLATED:
        found += sorted((ROOT / "solutions" / language).glob("[0-9][0-9]_*.ipynb"))
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m authoring.release", description=__doc__.split("\n\n")[0])
    parser.add_argument("solutions", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "notebooks")
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    args = parser.parse_args(argv)
    paths = args.solutions or solution_notebooks()
    stale = []
    for path in paths:
        try:
            target, text = release_file(path, args.out)
        except MarkerError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if args.check:
            if current != text:
                stale.append(target)
        elif current != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"released {path.name} -> {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    if stale:
        print("out of date (run `make release`): " + ", ".join(str(p) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
