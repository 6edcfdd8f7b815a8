"""The bilingual glossary, and the Korean terms of the English lessons kept to it.

``solutions/00_glossary.md`` (released as written to ``notebooks/``) has one
table, in English alphabetical order::

    | English | 한국어 | 다른 표기 | Definition | 정의 | Lesson |

The 한국어 column holds the course's one standard term. 다른 표기 holds other
names of the same idea (comma-separated), e.g. those of the lecture notes; an
alias written ~~struck through~~ is a non-standard form that the course does not
use anywhere else. Below the table a 가나다 index lists every Korean term and
alias: ``- **term** — english`` for a standard term, ``- alias → **term** — english``
for an alias.

The tests: every entry is complete in both languages; the index is sorted
and complete; every Korean term in brackets after an English term in a lesson
script (``"bias (편향)"``) is a standard term or an alias in use, and belongs to
that English term; no non-standard form appears outside the glossary's alias
lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.checks import LESSONS
from tests.support import HANGUL, NOTEBOOKS, ROOT, SOLUTIONS

SOURCE = SOLUTIONS / "00_glossary.md"
RELEASED = NOTEBOOKS / "00_glossary.md"
HEADER = ["English", "한국어", "다른 표기", "Definition", "정의", "Lesson"]
INDEX_HEADING = "## 가나다 색인"

_KOREAN_IN_BRACKETS = re.compile(r"\(([^()]*[\uac00-\ud7a3][^()]*)\)")
_STRUCK = re.compile(r"~~([^~]+)~~")
_INDEX_LINE = re.compile(r"^- (?P<term>.+?) (?P<arrow>—|→) (?P<rest>.+)$")

# The non-standard forms issue 16 replaces, each with the standard term that replaces it.
NON_STANDARD = {
    "누설 ReLU": "리키 ReLU",
    "상류 기울기": "업스트림 기울기",
    "영 중심": "0 중심",
    "시험 집합": "테스트 집합",
}
# The lecture notes' own names, kept as aliases of the course's standard terms.
NOTES_ALIASES = {
    "그래디언트": "기울기",
    "연산 그래프": "계산 그래프",
    "야코비안": "야코비 행렬",
    "범용적 근사 이론": "보편 근사 정리",
    "하이퍼볼릭 탄젠트": "쌍곡탄젠트",
    "로지스틱 시그모이드": "시그모이드",
    "손실 함수": "손실",
    "비용 함수": "손실",
    "스토캐스틱": "확률적",
    "풀배치": "배치",
    "활성 함수": "활성화 함수",
    "에폭": "에포크",
    "전방 신경망": "순방향 신경망",
    "확률론적": "확률적",
    "경사도": "기울기",
    "출력 그래디언트": "업스트림 기울기",
    "업스트림 그래디언트": "업스트림 기울기",
    "노드": "유닛",
}
# Entries the issue asks for, by their standard Korean term.
REQUIRED_TERMS = ["유닛", "입력층", "선형 분류기", "특징 공간", "내적", "일대다", "파라메트릭 ReLU", "KL 발산",
                  "퍼셉트론 수렴 정리", "자동 미분", "순방향 신경망", "순환 신경망"]


@dataclass
class Entry:
    english: str
    korean: str
    aliases: list[str]  # as written, without the strike-through marks
    struck: list[str]   # the non-standard ones among them
    definition: str
    definition_ko: str
    lesson: str
    line: int


@dataclass
class Glossary:
    entries: list[Entry]
    index: list[tuple[str, str, str, int]] = field(default_factory=list)  # (term, arrow, rest, line)

    def standard(self) -> dict[str, Entry]:
        return {e.korean: e for e in self.entries}

    def aliases(self) -> dict[str, Entry]:
        return {a: e for e in self.entries for a in e.aliases}

    def non_standard(self) -> dict[str, str]:
        return {a: e.korean for e in self.entries for a in e.struck}


def parse(text: str) -> Glossary:
    entries, index, in_table, in_index = [], [], False, False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("## "):
            in_index = line.startswith(INDEX_HEADING)
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells == HEADER:
                in_table = True
            elif in_table and not set("".join(cells)) <= set("- "):
                assert len(cells) == len(HEADER), f"00_glossary.md:{number}: {len(cells)} cells, want {HEADER}"
                english, korean, alias_cell, definition, definition_ko, lesson = cells
                written = [a.strip() for a in alias_cell.split(",") if a.strip()]
                aliases = [_STRUCK.sub(r"\1", a) for a in written]
                struck = [_STRUCK.sub(r"\1", a) for a in written if _STRUCK.fullmatch(a)]
                entries.append(Entry(english, korean, aliases, struck, definition, definition_ko, lesson, number))
        else:
            in_table = False
        match = _INDEX_LINE.match(line) if in_index else None
        if match:
            term = match["term"].replace("~~", "").replace("**", "")
            index.append((term, match["arrow"], match["rest"], number))
    return Glossary(entries, index)


GLOSSARY = parse(SOURCE.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the entries


def test_every_entry_has_an_english_and_a_korean_definition():
    assert len(GLOSSARY.entries) >= 90
    for e in GLOSSARY.entries:
        where = f"00_glossary.md:{e.line} ({e.english})"
        assert e.english and not HANGUL.search(e.english), f"{where}: the English term has no English"
        assert HANGUL.search(e.korean), f"{where}: no Korean term"
        assert len(e.definition.split()) >= 4 and e.definition.endswith("."), f"{where}: English definition"
        assert not HANGUL.search(e.definition), f"{where}: the English definition is not in English"
        assert HANGUL.search(e.definition_ko) and e.definition_ko.endswith("."), f"{where}: Korean definition"
        assert len(HANGUL.findall(e.definition_ko)) >= 4, f"{where}: the Korean definition is too short"
        assert e.lesson in {key[:2] for key in LESSONS}, f"{where}: unknown lesson {e.lesson!r}"
    english = [e.english.lower() for e in GLOSSARY.entries]
    assert len(english) == len(set(english)), "an English term is listed twice"
    assert english == sorted(english), "keep the table in English alphabetical order"


def test_every_korean_name_belongs_to_one_entry():
    names = [e.korean for e in GLOSSARY.entries] + [a for e in GLOSSARY.entries for a in e.aliases]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert not twice, f"a Korean term or alias belongs to more than one entry: {twice}"


def test_the_issue_entries_and_the_notes_aliases_are_there():
    standard, aliases = GLOSSARY.standard(), GLOSSARY.aliases()
    missing = [term for term in REQUIRED_TERMS if term not in standard]
    assert not missing, f"00_glossary.md has no entry for {missing}"
    wrong = {a: (aliases[a].korean if a in aliases else None) for a, term in NOTES_ALIASES.items()
             if a not in aliases or aliases[a].korean != term}
    assert not wrong, f"alias -> standard term expected {NOTES_ALIASES}, found {wrong}"


def test_the_non_standard_forms_are_struck_through_aliases_of_their_standard_term():
    found = GLOSSARY.non_standard()
    wrong = {form: found.get(form) for form, term in NON_STANDARD.items() if found.get(form) != term}
    assert not wrong, f"each of these should be a ~~struck~~ alias of {NON_STANDARD}; found {wrong}"


# ------------------------------------------------------------------ the index


def test_the_index_is_in_가나다_order_and_lists_every_korean_term():
    assert GLOSSARY.index, f"00_glossary.md has no '{INDEX_HEADING}' section"
    terms = [term for term, *_ in GLOSSARY.index]
    assert terms == sorted(terms), next(f"00_glossary.md:{GLOSSARY.index[i][3]}: {a!r} before {b!r}"
                                        for i, (a, b) in enumerate(zip(terms, terms[1:])) if a > b)
    expected = set(GLOSSARY.standard()) | {a for a in GLOSSARY.aliases() if HANGUL.search(a)}
    assert not expected - set(terms), f"the index misses {sorted(expected - set(terms))}"
    assert not set(terms) - expected, f"the index lists terms no entry has: {sorted(set(terms) - expected)}"
    assert len(terms) == len(set(terms)), "the index lists a term twice"


def test_every_index_line_points_to_its_entry():
    standard, aliases = GLOSSARY.standard(), GLOSSARY.aliases()
    for term, arrow, rest, line in GLOSSARY.index:
        if arrow == "—":
            assert term in standard and rest == standard[term].english, f"00_glossary.md:{line}"
        else:
            entry = aliases.get(term)
            assert entry and rest == f"**{entry.korean}** — {entry.english}", f"00_glossary.md:{line}"


def test_the_released_glossary_is_the_source():
    assert RELEASED.read_text(encoding="utf-8") == SOURCE.read_text(encoding="utf-8"), \
        "notebooks/00_glossary.md differs from solutions/00_glossary.md: run `make release`"


# ------------------------------------------------------------------ the lessons


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def bracketed_korean_terms(text: str):
    """(line, term) for each Korean term in brackets, e.g. "bias (편향)" or "(테스트 집합, 20 %)"."""
    for match in _KOREAN_IN_BRACKETS.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for piece in match.group(1).split(","):
            piece = " ".join(piece.replace("#", " ").split())  # a term may wrap onto a new comment line
            if HANGUL.search(piece):
                yield line, piece


NOT_TERMS = {"시작하기"}  # the course home's title ("Start here"), not a key term


def unknown_terms(paths, glossary: Glossary = GLOSSARY) -> list[str]:
    allowed = set(glossary.standard()) | (set(glossary.aliases()) - set(glossary.non_standard())) | NOT_TERMS
    problems = []
    for path in paths:
        for line, term in bracketed_korean_terms(path.read_text(encoding="utf-8")):
            if term not in allowed:
                hint = glossary.non_standard().get(term)
                problems.append(f"{shown(path)}:{line}: {term!r}"
                                + (f" (write {hint!r})" if hint else " is not in the glossary"))
    return problems


LESSON_SCRIPTS = sorted(SOLUTIONS.glob("[0-9][0-9]_*.py"))


def test_korean_terms_in_the_lessons_are_glossary_terms():
    problems = unknown_terms([*LESSON_SCRIPTS, NOTEBOOKS / "00_start_here.ipynb"])
    assert not problems, "Korean terms in brackets must be standard glossary terms (or an alias in use):\n" \
        + "\n".join(problems)


_COMMON = {"and", "the", "rule", "set", "function"}


def english_stems(entry: Entry) -> set[str]:
    """The first five letters of each telling word of the entry's English name(s)."""
    return {w[:5] for w in re.findall(r"[a-z]+", entry.english.lower()) if len(w) >= 3 and w not in _COMMON}


def mismatched_terms(paths, glossary: Glossary = GLOSSARY, window: int = 30) -> list[str]:
    """A Korean term in brackets must belong to the English just before it (or beside it in the
    brackets): some word of its entry's English name appears there, e.g. "weighted sum (가중합)"."""
    entries = glossary.standard() | glossary.aliases()
    problems = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for match in _KOREAN_IN_BRACKETS.finditer(text):
            before = " ".join(text[max(0, match.start() - window):match.start()].replace("#", " ")
                              .replace("*", "").split()).lower()
            context = before + " " + match.group(1).lower()
            for piece in match.group(1).split(","):
                entry = entries.get(" ".join(piece.replace("#", " ").split()))
                if entry and not any(stem in context for stem in english_stems(entry)):
                    line = text.count("\n", 0, match.start()) + 1
                    problems.append(f"{shown(path)}:{line}: {entry.korean!r} is {entry.english!r}, "
                                    f"but follows {before[-window:]!r}")
    return problems


def test_each_korean_term_follows_its_english_term():
    problems = mismatched_terms(LESSON_SCRIPTS)
    assert not problems, "a Korean term in brackets belongs to another English term:\n" + "\n".join(problems)


def non_standard_uses(paths, forms) -> list[str]:
    problems = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if path.name == "00_glossary.md":
            text = _STRUCK.sub(lambda m: "~" * len(m.group(0)), text)  # the alias lists may name them
        for number, line in enumerate(text.splitlines(), 1):
            problems += [f"{shown(path)}:{number}: {form!r} (write {forms[form]!r})"
                         for form in forms if form in line]
    return problems


COURSE_TEXT = sorted([*SOLUTIONS.glob("[0-9][0-9]_*.py"), *SOLUTIONS.glob("[0-9][0-9]_*.ipynb"), SOURCE,
                      *SOLUTIONS.glob("ko/[0-9][0-9]_*"), *NOTEBOOKS.glob("ko/*.ipynb"),  # the Korean edition
                      *NOTEBOOKS.glob("*.ipynb"), *NOTEBOOKS.glob("*.md"), *(ROOT / "helpers").rglob("*.py"),
                      ROOT / "README.md", ROOT / "AUTHORING.md"])


def test_no_non_standard_form_outside_the_glossary_aliases():
    problems = non_standard_uses(COURSE_TEXT, NON_STANDARD | GLOSSARY.non_standard())
    assert not problems, "non-standard Korean terms:\n" + "\n".join(problems)


# ------------------------------------------------------------------ the tests above can fail


def test_a_korean_term_after_the_wrong_english_is_named(tmp_path):
    script = tmp_path / "99_planted.py"
    script.write_text("# %% [markdown]\n# A title\n#\n# the **bias** (가중치) moves the line\n", encoding="utf-8")
    assert unknown_terms([script]) == []
    problems = mismatched_terms([script])
    assert len(problems) == 1 and ":4: '가중치' is 'weight'" in problems[0], problems


@pytest.mark.parametrize("planted, expect", [("bias (펀향)", "is not in the glossary"),
                                             ("a **leaky ReLU** (누설 ReLU)", "write '리키 ReLU'")])
def test_a_planted_bad_term_is_named_with_file_and_line(tmp_path, planted, expect):
    script = tmp_path / "99_planted.py"
    script.write_text(f"# %% [markdown]\n# A title\n#\n# the {planted} of a unit\n", encoding="utf-8")
    problems = unknown_terms([script], GLOSSARY)
    assert len(problems) == 1 and ":4: " in problems[0] and expect in problems[0], problems
    assert non_standard_uses([script], NON_STANDARD) == ([] if "펀향" in planted else
                                                          [f"{script}:4: '누설 ReLU' "
                                                           "(write '리키 ReLU')"])
