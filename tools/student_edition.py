"""Write the student edition: the repository a class gets.

``python tools/student_edition.py DEST`` (``make student-edition DEST=DIR``)
writes a Classroom template repository, or the tree to zip for an LMS, into
DEST (which must be empty or absent): the released student notebooks, the
course home and glossary, ``helpers`` (data, plots, public checks; no answer to
any exercise), the whole ``grader``, the data, ``pyproject.toml``,
``environment.yml``, a student README (English and Korean: where the Korean
notebooks are, ``notebooks/ko/``, how to hand them in, the commands for Windows) and
Makefile (``make lab``, ``make lab-ko``, ``make grade``), and the Classroom workflow.
Nothing of ``solutions/``, no reference code, no instructor tooling
(``authoring/``, ``tools/``, ``tests/``).

Then it scans every file it wrote for solution text (``scan``): every line of
every solution block of ``solutions/*.py``, and the course's reference
definitions of every graded name, compared after normalising the code with
Python's ``ast``. Any hit stops the build with the file and the line, and the
edition is removed. ``--zip FILE`` also writes the tree as one zip.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from authoring.release import _MARKER  # noqa: E402
from grader import references  # noqa: E402
from helpers import checks  # noqa: E402

EDITION = ROOT / "tools" / "edition"  # the student README, Makefile and .gitignore
# Course files copied as they are (folders recursively and whole, without caches). The
# authoring steps live apart (``authoring/``), so nothing inside these is left out.
COPIED = ("helpers", "grader", "data", "pyproject.toml", "environment.yml", "LICENSE")
SKIPPED_NAMES = {"__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".ruff_cache"}
WORKFLOW = ROOT / ".github" / "workflows" / "classroom.yml"
# A solution line this short carries no answer (`return M`, `grads = {}`, `else:`):
# the scan checks every line of at least this many characters once normalised.
MIN_NEEDLE = 16
# The contract's "accepts lists and NumPy arrays alike" line, e.g. `X = np.asarray(X, dtype=float)`
# or `a, b = np.asarray(a), np.asarray(b)`: it converts the arguments and answers nothing.
_ARGUMENT_CONVERSION = re.compile(
    r"^(\w+(, \w+)*) = \(?np\.asarray\(\w+(, dtype=float)?\)(, np\.asarray\(\w+(, dtype=float)?\))*\)?$")
# The course's rule for results ("a number for a number"), which the lesson text gives in these words.
_RESULT_CONVERSION = re.compile(r"^return (\w+) if \1\.ndim else float\(\1\)$")


class EditionError(RuntimeError):
    """The edition could not be written, or it holds solution text."""


@dataclass(frozen=True)
class Needle:
    text: str     # normalised: whitespace collapsed
    origin: str   # e.g. "solutions/05_backprop.py:312" or "reference of affine_forward"


@dataclass(frozen=True)
class Hit:
    path: str
    needle: Needle


def _normal(line: str) -> str:
    return " ".join(line.split())


def solution_lines(script: Path) -> list[Needle]:
    """Every non-blank line inside a solution block of one solution script."""
    found, inside = [], False
    for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
        match = _MARKER.match(line)
        if match:
            inside = match.group(2) == "BEGIN"
            continue
        text = _normal(line)
        if inside and text:
            found.append(Needle(text, f"solutions/{script.name}:{number}"))
    return found


def reference_lines(script: Path) -> list[Needle]:
    """The body of the course's reference definition of each graded name, line by line,
    as ``ast.unparse`` writes it (so a copy that differs only in layout is still found)."""
    lesson = script.stem
    graded = {ex.name for ex in checks.exercises(lesson)} if lesson in checks.LESSONS else set()
    found = []
    for definition in references._definitions(script, graded):
        if not definition.names & graded:
            continue
        tree = ast.parse(definition.source).body[0]
        body = tree.body if isinstance(tree, (ast.FunctionDef, ast.ClassDef)) else [tree]
        for node in body:
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # a docstring: the student's stub keeps it
            for line in ast.unparse(node).splitlines():
                found.append(Needle(_normal(line), f"reference of {', '.join(sorted(definition.names))}"))
    return found


def given_lines(script: Path) -> set[str]:
    """The lines of a solution script outside its solution blocks: what students are given
    anyway (a demo's loop header, a method signature the stub keeps), also ast-normalised."""
    lines, inside = [], False
    for line in script.read_text(encoding="utf-8").splitlines():
        match = _MARKER.match(line)
        if match:
            inside = match.group(2) == "BEGIN"
        elif not inside:
            lines.append(line)
    given = {_normal(line) for line in lines}
    for cell in "\n".join(lines).split("# %%"):
        try:
            given |= {_normal(line) for line in ast.unparse(ast.parse(cell)).splitlines()}
        except SyntaxError:
            pass
    return given


def needles(solutions: Path = ROOT / "solutions") -> list[Needle]:
    """What must not appear anywhere in the edition: every solution and reference line but
    the short ones, the argument conversions, and those the lessons give students anyway."""
    scripts = sorted(solutions.glob("[0-9][0-9]_*.py"))
    given = set().union(*(given_lines(script) for script in scripts))
    found: dict[str, Needle] = {}
    for script in scripts:
        for needle in solution_lines(script) + reference_lines(script):
            if (len(needle.text) >= MIN_NEEDLE and needle.text not in given and needle.text not in found
                    and not _ARGUMENT_CONVERSION.match(needle.text) and not _RESULT_CONVERSION.match(needle.text)):
                found[needle.text] = needle
    return list(found.values())


def _texts(path: Path) -> list[str]:
    """The ways one file can hold code: its text; a notebook's cell sources and outputs;
    a gzip's content; and, for Python, its ``ast``-normalised form."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except OSError:
            pass
    text = raw.decode("utf-8", errors="replace")
    texts = [text]
    sources = [text] if path.suffix == ".py" else []
    if path.suffix == ".ipynb":
        nb = json.loads(text)
        for cell in nb.get("cells", []):
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            texts.append(source)
            if cell.get("cell_type") == "code":
                sources.append(source)
                for out in cell.get("outputs", []):
                    texts.append(json.dumps(out))
    for source in sources:
        try:
            texts.append(ast.unparse(ast.parse(source)))
        except SyntaxError:
            pass
    return ["\n".join(_normal(line) for line in t.splitlines()) for t in texts]


def scan(dest: Path, found: list[Needle] | None = None) -> list[Hit]:
    """Every (file, solution line) pair where the edition holds solution text."""
    found = needles() if found is None else found
    hits = []
    for path in sorted(p for p in dest.rglob("*") if p.is_file()):
        texts = _texts(path)
        for needle in found:
            if any(needle.text in text for text in texts):
                hits.append(Hit(str(path.relative_to(dest)), needle))
    return hits


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        for item in sorted(source.iterdir()):
            if item.name not in SKIPPED_NAMES and item.suffix != ".pyc":
                _copy(item, target / item.name)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def build(dest: Path) -> list[Path]:
    """Write the edition into ``dest``; return the files written."""
    if dest.exists() and any(dest.iterdir()):
        raise EditionError(f"{dest} is not empty: give a new or empty folder")
    if dest.resolve().is_relative_to(ROOT) and not dest.resolve().is_relative_to(ROOT / "build"):
        raise EditionError(f"{dest} is inside the course: write the edition elsewhere (or under build/)")
    stale = _stale_notebooks()
    if stale:
        raise EditionError("the student notebooks are out of date (run `make release`): " + ", ".join(stale))
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        _copy(ROOT / name, dest / name)
    _copy(ROOT / "notebooks", dest / "notebooks")
    for item in sorted(EDITION.iterdir()):
        target = ".gitignore" if item.name == "gitignore" else item.name
        shutil.copyfile(item, dest / target)
    (dest / ".github" / "workflows").mkdir(parents=True)
    shutil.copyfile(WORKFLOW, dest / ".github" / "workflows" / WORKFLOW.name)
    return sorted(p for p in dest.rglob("*") if p.is_file())


def _stale_notebooks() -> list[str]:
    from authoring.release import release_file, solution_notebooks

    stale = []
    for solution in solution_notebooks():  # the Korean edition too (notebooks/ko/)
        target, text = release_file(solution, ROOT / "notebooks")
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            stale.append(target.name)
    return stale


def write_zip(dest: Path, archive: Path) -> None:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in dest.rglob("*") if p.is_file()):
            zf.write(path, Path(dest.name) / path.relative_to(dest))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/student_edition.py",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="a new or empty folder")
    parser.add_argument("--zip", type=Path, metavar="FILE", help="also write the edition as one zip")
    args = parser.parse_args(argv)
    try:
        files = build(args.dest)
    except EditionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = needles()
    hits = scan(args.dest, found)
    if hits:
        for hit in hits[:20]:
            print(f"solution text in {hit.path}: {hit.needle.text[:80]!r} ({hit.needle.origin})", file=sys.stderr)
        shutil.rmtree(args.dest)
        print(f"error: {len(hits)} solution line(s) found; the edition was removed", file=sys.stderr)
        return 1
    if args.zip:
        write_zip(args.dest, args.zip)
    print(f"wrote the student edition to {args.dest}: {len(files)} files; scanned each for "
          f"{len(found)} solution and reference lines: none found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
