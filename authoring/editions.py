"""The Korean edition, composed from the English source and its Korean prose.

Each lesson has one source of code, ``solutions/NN_name.py``. Its Korean prose
lives beside it in ``solutions/ko/NN_name.py``: a jupytext "percent" file of
markdown cells only, one for each markdown cell of the English script, in the
same order. The Korean notebook is the English one with each markdown cell
replaced by its Korean counterpart, so the code cells are the same by
construction (and ``tests/test_editions.py`` checks the generated notebooks).

The two texts are kept in step by ``drift``: a pair of cells must have the same
headings (by level), the same formulas, the same inline code and the same link
targets. An English edit that adds a formula, an exercise or a name then fails
until the Korean cell says it too.

``python -m authoring.editions [NN ...]`` prints the drift of the given lessons (all
by default) and exits 1 if there is any.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import jupytext

from helpers import i18n

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
TRANSLATED = tuple(language for language in i18n.LANGUAGES if language != "en")


class EditionError(ValueError):
    pass


def prose_source(script: Path, language: str = "ko") -> Path:
    """``solutions/ko/NN_name.py`` for ``solutions/NN_name.py``."""
    return script.parent / language / script.name


def markdown_cells(nb) -> list[str]:
    return [cell.source for cell in nb.cells if cell.cell_type == "markdown"]


def read_prose(path: Path) -> list[str]:
    nb = jupytext.read(path)
    code = [c for c in nb.cells if c.cell_type != "markdown" and c.source.strip()]
    if code:
        raise EditionError(f"{path.name}: a prose file holds markdown cells only "
                           f"(found a {code[0].cell_type} cell: {code[0].source[:60]!r})")
    return markdown_cells(nb)


def declare(nb, language: str):
    """Write ``language`` into ``nb`` where the kernel and the grader read it: the line
    ``i18n.declaration(language)`` at the end of the first code cell, after its imports
    (replacing one already there, so a save through the paired script cannot double it),
    and ``course.language``. This line is the one difference between the code cells of two
    editions."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            lines = [line for line in cell.source.splitlines() if i18n.declared([line]) is None]
            cell.source = "\n".join([*lines, "", i18n.declaration(language)] if lines else
                                     [i18n.declaration(language)])
            break
    nb.metadata.setdefault("course", {})["language"] = language
    return nb


def undeclared(source: str) -> str:
    """A code cell's source without the build's language line (to compare two editions)."""
    return "\n".join(line for line in source.splitlines() if i18n.declared([line]) is None).rstrip()


def compose(script: Path, language: str = "ko"):
    """The notebook of ``script`` with its markdown in ``language``, declaring ``language``."""
    nb = jupytext.read(script)
    if language == "en":
        return declare(nb, language)
    prose = read_prose(prose_source(script, language))
    english = markdown_cells(nb)
    if len(prose) != len(english):
        raise EditionError(f"{script.stem}: {len(english)} markdown cells in English, "
                           f"{len(prose)} in {prose_source(script, language).relative_to(ROOT)}")
    texts = iter(prose)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = next(texts)
    return declare(nb, language)


# ------------------------------------------------------------------ keeping in step

_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
# Inline formulas and code may wrap onto the next line of their paragraph (never across
# a blank line): a formula broken over two lines is still one formula.
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:[^$\n]|\n(?![ \t]*\n))+?)(?<![\\$])\$")
_CODE = re.compile(r"`((?:[^`\n]|\n(?![ \t]*\n))+)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s", re.M)


_MATH_WORDS = re.compile(r"\\(text|mathrm|textbf)\{[^{}]*\}")


def _squash(text: str) -> str:
    """A formula without spaces, its words (``\\text{...}``) free to be translated."""
    return "".join(_MATH_WORDS.sub(r"\\\1{}", text).split())


def features(text: str) -> dict[str, Counter]:
    """What must be the same in both languages: formulas, inline code, links, headings."""
    display = [_squash(m) for m in _DISPLAY_MATH.findall(text)]
    rest = _DISPLAY_MATH.sub(" ", text)
    code = [" ".join(c.split()) for c in _CODE.findall(rest)]
    rest = _CODE.sub(" ", rest)
    inline = [_squash(m) for m in _INLINE_MATH.findall(rest)]
    # A link from notebooks/ko/ to a page beside the English notebooks goes up one folder.
    links = [t[3:] if t.startswith("../") else t for t in _LINK.findall(text)]
    return {"formula": Counter(display + inline), "code": Counter(code),
            "link": Counter(links), "heading": Counter(_HEADING.findall(text))}


def drift(english: list[str], translated: list[str], lesson: str = "") -> list[str]:
    """Every way ``translated`` is out of step with ``english`` (empty when in step)."""
    where = f"{lesson}: " if lesson else ""
    if len(english) != len(translated):
        return [f"{where}{len(english)} markdown cells in English, {len(translated)} translated"]
    problems = []
    for index, (en, tr) in enumerate(zip(english, translated), 1):
        a, b = features(en), features(tr)
        for kind in a:
            if a[kind] != b[kind]:
                missing = sorted((a[kind] - b[kind]).elements())
                extra = sorted((b[kind] - a[kind]).elements())
                first = en.strip().splitlines()[0][:60] if en.strip() else ""
                problems.append(f"{where}markdown cell {index} ({first!r}): {kind} "
                                f"missing {missing} extra {extra}")
    return problems


def scripts(selected: list[str] = ()) -> list[Path]:
    found = sorted(SOLUTIONS.glob("[0-9][0-9]_*.py"))
    if selected:
        found = [p for p in found if any(p.stem.startswith(s) for s in selected)]
    return found


def lesson_drift(script: Path, language: str = "ko") -> list[str]:
    source = prose_source(script, language)
    if not source.exists():
        return [f"{script.stem}: no {source.relative_to(ROOT)}"]
    try:
        prose = read_prose(source)
    except EditionError as exc:
        return [str(exc)]
    return drift(markdown_cells(jupytext.read(script)), prose, script.stem)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    problems = [p for script in scripts(argv) for p in lesson_drift(script)]
    for problem in problems:
        print(problem)
    if not problems:
        print("the Korean prose is in step with the English")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
