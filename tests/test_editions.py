"""The Korean edition: one source of code, Korean prose kept in step with the
English, and notebooks generated from both (``authoring.editions``)."""

import re

import jupytext
import nbformat
import pytest

from authoring import editions, release
from authoring.editions import drift, features
from grader.cells import code_cells
from helpers import i18n
from tests.support import HANGUL, NOTEBOOKS, ROOT, SOLUTIONS

LESSON_SCRIPTS = editions.scripts()
KO_SOLUTIONS = SOLUTIONS / "ko"
KO_NOTEBOOKS = NOTEBOOKS / "ko"


def _ids(path):
    return path.stem


@pytest.mark.parametrize("script", LESSON_SCRIPTS, ids=_ids)
def test_every_lesson_has_korean_prose_in_step_with_the_english(script):
    assert editions.lesson_drift(script) == []


@pytest.mark.parametrize("script", LESSON_SCRIPTS, ids=_ids)
def test_the_korean_solution_notebook_is_built_from_both_sources(script):
    stored = KO_SOLUTIONS / script.with_suffix(".ipynb").name
    assert stored.exists(), f"{stored.relative_to(ROOT)} missing: run `make solutions`"
    composed = editions.compose(script, "ko")
    stored_nb = nbformat.read(stored, as_version=4)
    assert [(c.cell_type, c.source) for c in stored_nb.cells] == \
        [(c.cell_type, c.source) for c in composed.cells], "stale: run `make solutions`"
    assert stored_nb.metadata["course"]["language"] == "ko"
    # Never paired with a script: a save in JupyterLab must not overwrite the prose file.
    assert "jupytext" not in stored_nb.metadata
    for cell in stored_nb.cells:
        if cell.cell_type == "code" and cell.source.strip():
            assert cell.execution_count is not None, "not executed: run `make solutions`"
            assert not [o for o in cell.outputs if o.output_type == "error"]


@pytest.mark.parametrize("script", LESSON_SCRIPTS, ids=_ids)
def test_the_korean_student_notebook_has_the_same_code_cells_and_korean_text(script):
    name = script.with_suffix(".ipynb").name
    english = nbformat.read(NOTEBOOKS / name, as_version=4)
    korean = nbformat.read(KO_NOTEBOOKS / name, as_version=4)
    code = [[editions.undeclared(c.source) for c in nb.cells if c.cell_type == "code"] for nb in (english, korean)]
    assert code[0] == code[1]  # but for the line that declares each one's language
    assert i18n.declared(code_cells(english)) == "en" and i18n.declared(code_cells(korean)) == "ko"
    assert [c.cell_type for c in english.cells] == [c.cell_type for c in korean.cells]
    prose = [c.source for c in korean.cells if c.cell_type == "markdown"]
    assert all(HANGUL.search(text) for text in prose if text.strip())
    assert korean.metadata["course"] == {"lesson": script.stem, "role": "student", "language": "ko"}
    assert english.metadata["course"] == {"lesson": script.stem, "role": "student", "language": "en"}


@pytest.mark.parametrize("script", LESSON_SCRIPTS, ids=_ids)
def test_the_korean_student_notebook_is_released_from_its_solution(script):
    solution = KO_SOLUTIONS / script.with_suffix(".ipynb").name
    target, text = release.release_file(solution, NOTEBOOKS)
    assert target == KO_NOTEBOOKS / solution.name
    assert target.read_text(encoding="utf-8") == text, f"{target.name} is stale: run `make release`"


# The Korean text keeps to the glossary's standard terms: tests/test_glossary.py checks it
# with the rest of the course (its COURSE_TEXT includes solutions/ko/ and notebooks/ko/).


def test_the_korean_prose_files_hold_markdown_only():
    for path in KO_SOLUTIONS.glob("[0-9][0-9]_*.py"):
        nb = jupytext.read(path)
        assert {c.cell_type for c in nb.cells if c.source.strip()} == {"markdown"}, path.name


# ------------------------------------------------------------------ the drift rule itself

EN = ["# 01 — The perceptron\n\nWe compute $s = w_0 + w \\cdot x$ with `step(s)`; see the "
      "[glossary](00_glossary.md).\n\n$$ \\tau(s) = \\text{one if } s \\ge 0 $$\n\n### Exercise 1 — `step(s)`"]
KO = ["# 01 — 퍼셉트론\n\n`step(s)`로 $s = w_0 + w\\cdot x$ 를 계산합니다. [용어집](../00_glossary.md)을 "
      "보세요.\n\n$$\\tau(s) = \\text{1, 조건:} s \\ge 0$$\n\n### 연습 1 — `step(s)`"]


def test_a_faithful_translation_is_in_step():
    assert drift(EN, KO) == []


@pytest.mark.parametrize("change, kind", [
    (lambda t: t.replace("w_0", "w_1"), "formula"),             # a formula changed
    (lambda t: t.replace("`step(s)`로 ", ""), "code"),           # a code span dropped
    (lambda t: t.replace("### 연습 1", "연습 1"), "heading"),    # a heading lost
    (lambda t: t.replace("(../00_glossary.md)", "(glossary.md)"), "link"),
    (lambda t: t + " $x$", "formula"),                          # a formula added
])
def test_drift_names_what_is_out_of_step(change, kind):
    problems = drift(EN, [change(KO[0])])
    assert len(problems) == 1 and f": {kind} missing" in problems[0], problems


def test_drift_counts_cells():
    assert drift(EN, KO + ["# 더"]) == ["1 markdown cells in English, 2 translated"]


def test_features_ignore_spaces_and_words_inside_formulas_only():
    a, b = features("$a + b$ and $\\text{if}\\ x$"), features("$a+b$ 그리고 $\\text{이면}\\ x$")
    assert a["formula"] == b["formula"]
    assert features("$a + c$")["formula"] != a["formula"]


@pytest.mark.parametrize("home, prose", [(NOTEBOOKS / "00_start_here.ipynb", SOLUTIONS),
                                         (KO_NOTEBOOKS / "00_start_here.ipynb", KO_SOLUTIONS)],
                         ids=["en", "ko"])
def test_the_course_home_names_each_lesson_by_its_own_title(home, prose):
    """The home's table of lessons links each lesson under the title of its first heading,
    "# NN — title", in the same words (issue 25: the Korean home and lessons had drifted apart)."""
    table = nbformat.read(home, as_version=4).cells[1].source
    listed = dict(re.findall(r"^\| (\d\d) \| \[([^\]]+)\]\(", table, re.M))
    titles = {}
    for script in LESSON_SCRIPTS:
        text = (prose / script.name).read_text(encoding="utf-8")
        number, title = re.search(r"^# # (\d\d) — (.+)$", text, re.M).groups()
        titles[number] = title
    assert listed == titles


@pytest.mark.parametrize("home", [NOTEBOOKS / "00_start_here.ipynb", KO_NOTEBOOKS / "00_start_here.ipynb"],
                         ids=["en", "ko"])
def test_a_self_check_line_the_home_quotes_has_the_check_count_of_today(home):
    """The home shows what a passing self-check prints ("✔ step: all 10 checks passed."): the
    count it quotes is the exercise's number of public cases (it said 6 once 10 were there)."""
    from helpers import checks

    cases = {ex.name: len(ex.cases) for lesson in checks.LESSONS for ex in checks.exercises(lesson)}
    text = "\n".join(cell.source for cell in nbformat.read(home, as_version=4).cells)
    quoted = re.findall(r"✔ (\w+): all (\d+) checks passed", text)
    quoted += [(name, count) for name, count in re.findall(r"✔ (\w+): 검사 (\d+)개를 모두 통과", text)]
    for name, count in quoted:
        assert cases[name] == int(count), f"{home.name} quotes {count} checks for {name}; it has {cases[name]}"
