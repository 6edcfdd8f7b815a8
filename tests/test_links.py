"""The course home and the glossary: every link resolves, every lesson is
linked, every notebook links the glossary, and the glossary covers every
Korean term the lessons introduce."""

import re
from pathlib import Path

import nbformat
import pytest

from authoring.build import execute
from helpers.checks import LESSONS
from tests.support import HANGUL, NOTEBOOKS, ROOT, SOLUTIONS, stream_text

HOME = NOTEBOOKS / "00_start_here.ipynb"
HOME_KO = NOTEBOOKS / "ko" / "00_start_here.ipynb"
GLOSSARY = NOTEBOOKS / "00_glossary.md"

_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|href=\"([^\"]+)\"")
_KOREAN_IN_BRACKETS = re.compile(r"\(([^()]*[\uac00-\ud7a3][^()]*)\)")


def links(markdown: str) -> list[str]:
    return [a or b for a, b in _LINK.findall(markdown)]


def markdown_of(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    nb = nbformat.read(path, as_version=4)
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def broken_links(path: Path) -> list[str]:
    broken = []
    for target in links(markdown_of(path)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue  # external (not fetched: no network in tests) or in-page
        file = target.split("#", 1)[0].split("?", 1)[0]
        if not (path.parent / file).exists():
            broken.append(target)
    return broken


DOCUMENTS = sorted([*NOTEBOOKS.glob("*.ipynb"), *NOTEBOOKS.glob("*.md"), *SOLUTIONS.glob("[0-9][0-9]_*.ipynb"),
                    *NOTEBOOKS.glob("ko/*.ipynb"), *SOLUTIONS.glob("ko/[0-9][0-9]_*.ipynb")])
LESSON_NOTEBOOKS = sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("00_"))


def test_course_home_and_glossary_exist():
    assert HOME.exists() and GLOSSARY.exists()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_relative_link_resolves(path):
    assert not broken_links(path), f"{path.relative_to(ROOT)}: broken links {broken_links(path)}"


def test_course_home_links_every_lesson_and_the_glossary():
    targets = {t.split("#", 1)[0] for t in links(markdown_of(HOME))}
    missing = [f"{lesson}.ipynb" for lesson in LESSONS if f"{lesson}.ipynb" not in targets]
    assert not missing, f"00_start_here.ipynb does not link {missing}"
    assert "00_glossary.md" in targets
    assert "ko/00_start_here.ipynb" in targets  # the language choice


def test_the_korean_course_home_links_every_korean_lesson_the_glossary_and_the_english_home():
    """Every lesson that has its Korean notebook (a lesson just scaffolded has none until its
    Korean prose is written: tests/test_editions.py asks for that)."""
    targets = {t.split("#", 1)[0] for t in links(markdown_of(HOME_KO))}
    korean = [lesson for lesson in LESSONS if (NOTEBOOKS / "ko" / f"{lesson}.ipynb").exists()]
    assert len(korean) >= 7
    missing = [f"{lesson}.ipynb" for lesson in korean if f"{lesson}.ipynb" not in targets]
    assert not missing, f"ko/00_start_here.ipynb does not link {missing}"
    assert {"../00_glossary.md", "../00_start_here.ipynb"} <= targets
    assert nbformat.read(HOME_KO, as_version=4).metadata["course"]["language"] == "ko"


def test_both_course_homes_have_the_same_code():
    code = [[c.source for c in nbformat.read(home, as_version=4).cells if c.cell_type == "code"]
            for home in (HOME, HOME_KO)]
    assert code[0] == code[1]


@pytest.mark.parametrize("path", [*LESSON_NOTEBOOKS, *sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb")),
                                  *sorted(NOTEBOOKS.glob("ko/[0-9][0-9]_*.ipynb"))],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_lesson_links_the_glossary(path):
    glossary = "00_glossary.md" if path.parent.name != "ko" else "../00_glossary.md"
    assert glossary in links(markdown_of(path)), \
        f"{path.relative_to(ROOT)} never links [glossary]({glossary})"


@pytest.mark.system
@pytest.mark.parametrize("home", [HOME, HOME_KO], ids=["en", "ko"])
def test_course_home_setup_cell_runs_in_a_kernel(home):
    nb = nbformat.read(home, as_version=4)
    execute(nb, home.parent, timeout=120, allow_errors=True)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = stream_text(outputs)
    assert text.startswith("✔ Ready"), text
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs), "no slider"


@pytest.mark.parametrize("home", [HOME, HOME_KO], ids=["en", "ko"])
def test_course_home_stores_no_outputs(home):
    nb = nbformat.read(home, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


# ---------------------------------------------------------------- glossary


# The glossary's own format (both languages, the 가나다 index, standard terms) is tested in
# tests/test_glossary.py.


def korean_terms_in_lessons() -> dict[str, str]:
    """Each Korean term given in brackets in a solution script -> the first script using it."""
    terms = {}
    for script in sorted(SOLUTIONS.glob("[0-9][0-9]_*.py")):
        for inside in _KOREAN_IN_BRACKETS.findall(script.read_text(encoding="utf-8")):
            for piece in inside.split(","):
                piece = " ".join(piece.replace("#", " ").split())  # a term may wrap onto a new comment line
                if HANGUL.search(piece):
                    terms.setdefault(piece, script.name)
    return terms


def test_glossary_covers_every_korean_term_of_the_lessons():
    text = GLOSSARY.read_text(encoding="utf-8")
    missing = {term: where for term, where in korean_terms_in_lessons().items() if term not in text}
    assert not missing, ("add these terms to notebooks/00_glossary.md "
                         f"(English | 한국어 | 다른 표기 | Definition | 정의 | Lesson, and the 가나다 index): {missing}")


# ------------------------------------------------------------------ README


def test_readme_links_and_pictures_resolve():
    readme = ROOT / "README.md"
    assert not broken_links(readme), f"README.md: broken links {broken_links(readme)}"
    pictures = [p for p in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme.read_text(encoding="utf-8"))
                if not p.startswith("https:")]
    assert pictures and all((ROOT / p).exists() for p in pictures), pictures


def test_readme_lessons_table_lists_every_graded_exercise():
    from helpers.checks import exercises

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lesson in LESSONS:
        row = re.search(rf"^\| {lesson[:2]} \|.*$", readme, re.M)
        assert row, f"README.md: no row for lesson {lesson} in the lessons table"
        assert f"notebooks/{lesson}.ipynb" in row.group(0)
        missing = [ex.name for ex in exercises(lesson) if f"`{ex.name}`" not in row.group(0)]
        assert not missing, f"README.md, lesson {lesson}: graded exercises not listed: {missing}"
