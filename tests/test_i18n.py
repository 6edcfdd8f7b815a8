"""The Korean edition's messages (issue 16): every message a student sees exists in
English and Korean, from one rule each (``helpers.i18n.tr`` and ``helpers.messages_ko``).

A missing translation fails here, by reading the code (``ast``), not by running it:

(a) every string constant with a space and a letter in the check modules is a catalogue
    key (docstrings, code such as ``same_boundary(w, w)`` and ``ALLOWED`` aside);
(b) every literal template given to ``tr``, ``deferred`` or ``join`` in ``helpers/`` and
    ``grader/`` is a key, and so are the templates the grader keeps in tables;
(c) a Korean template has exactly its English key's ``{placeholders}`` (and the same
    leading and trailing spaces, since templates are joined);
(d) no f-string with English words, and no ``+`` joining message strings, is left in the
    check modules (both would make text the catalogue cannot know);
(e) no Korean template uses a term the glossary strikes out, and every one has Hangul.

Then the behaviour: a wrong ``step`` in Korean and in English; the grader with ``--lang ko``
and ``--lang auto`` (Korean notebook metadata).
"""

from __future__ import annotations

import ast
import copy
import json
import pickle
import re
import string
from pathlib import Path

import numpy as np
import pytest

from authoring import editions
from grader import feedback
from grader.protocol import STATUS_TEXT
from grader.results import SubmissionResult
from grader.scoring import GENERIC_HINT, HIDDEN_FAILED
from helpers import expect, i18n
from helpers.messages_ko import KO
from helpers.selfcheck import check
from tests.grading import grade, solution_cells, write_notebook
from tests.support import HANGUL, variant
from tests.test_glossary import NON_STANDARD  # the forms the glossary strikes through

ROOT = Path(__file__).resolve().parent.parent
CHECK_MODULES = sorted((ROOT / "helpers" / "checks").glob("lesson0*.py"))
SOURCES = sorted((ROOT / "helpers").rglob("*.py")) + sorted((ROOT / "grader").glob("*.py"))

# Strings in the check modules that hold a space and a letter but are not messages.
# (Code that parses as a call or a tuple of names is recognised by _is_code.)
_FORMULA = "a formula or code with no prose: shown as it is in both languages"
ALLOWED: dict[str, str] = {
    "perceptron_loss(w = (0.5, -1, 2), X, t = (1, -1, 1, -1))": _FORMULA,
    "confusion_matrix(y_true=[0, 0, 1, 2, 2, 2], y_pred=[0, 1, 1, 2, 0, 2], 3)": _FORMULA,
    "XOR_HIDDEN = None": _FORMULA,
    "σ(0) = 1 / (1 + e^0) = 1/2.": _FORMULA,
    "z = x + y.": _FORMULA,
    "z = x * y.": _FORMULA,
    "z = 1 / x.": _FORMULA,
    "z = σ(x) = 1 / (1 + e^(-x)).": _FORMULA,
    "z = e^x (np.exp).": _FORMULA,
    "max(2, 2) = 2.": _FORMULA,
    "np.maximum(x, y).": _FORMULA,
    "out = x @ W + b.": _FORMULA,
}

# Words the grader's own code makes in English and that reach a student through a lookup
# (tr(word), not a literal template): how a job ended (grader.zygote, grader.run), why
# a value could not be sent (helpers.values), the integrity scan's fixed findings.
LOOKED_UP = [
    "wall clock", "CPU time limit", "waited for a CPU", "it died", "it stopped answering", "no grading worker could be started",
    "the notebook's sandbox could not be set up", "more than 16 MB of results", "a record over 8 MB",
    "an unexpected record",
    "more than 256 MB of arguments to the course's functions", "the grading was interrupted",
    "nested too deeply", "not a number", "an array of Python objects, not numbers", "dict keys must be strings",
    "(the error message could not be read)",
    "imports helpers by a computed name", "has a cell the integrity check cannot read", "match on a course module",
    "the result",  # helpers.expect's default ``what``
]



# ------------------------------------------------------------------ reading the code

def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, kinds) and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def _inside_fstrings(tree: ast.AST) -> set[int]:
    return {id(sub) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for sub in ast.walk(node)}


def _is_code(text: str) -> bool:
    """A call such as ``same_boundary(w, w)`` or a tuple of names such as ``(D, H)``: code,
    the same in both languages. ("True or False" and "probabilities, all >= 0" parse too,
    but are not calls or plain tuples: they are messages.)"""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return False
    return isinstance(node, ast.Call) or (isinstance(node, ast.Tuple) and all(
        isinstance(e, (ast.Name, ast.Constant)) for e in node.elts))


def _needs_words(text: str) -> bool:
    return " " in text and re.search("[A-Za-z]", text) is not None


def message_constants(path: Path) -> list[tuple[int, str]]:
    tree = _tree(path)
    skip = _docstrings(tree) | _inside_fstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and _needs_words(node.value) and not _is_code(node.value) and node.value not in ALLOWED]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def templates(path: Path) -> list[tuple[int, str]]:
    """Literal templates handed to tr/deferred (first argument) and join (every argument)."""
    found = []
    for node in ast.walk(_tree(path)):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        args = node.args[:1] if name in ("tr", "deferred") else node.args if name == "join" else []
        if name == "join" and isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n"):
            args = []  # str.join
        for arg in args:
            found += [(node.lineno, text) for text in _literals(arg) if text.strip()]
    return found


def _literals(node: ast.AST) -> list[str]:
    """The strings an argument can be: a literal, either branch of ``a if c else b``, the
    literals of ``x or "default"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _literals(value)]
    return []


def _fields(template: str) -> list[tuple]:
    return sorted((name, spec, conv) for _, name, spec, conv in string.Formatter().parse(template)
                  if name is not None)


def _english_words(fstring: ast.JoinedStr) -> list[str]:
    """Words of prose in an f-string's literal parts; names of code (``errors_per_epoch``,
    ``grads['``, ``.forward(``, an argument ``(dout``) and single letters are not words."""
    text = "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in fstring.values)
    words = []
    for match in re.finditer(r"[A-Za-z_][A-Za-z_0-9]*", text):
        word, after = match.group(), text[match.end():match.end() + 1]
        before = text[match.start() - 1:match.start()]
        if len(word) > 1 and "_" not in word and after not in ("(", "[") and before not in (".", "("):
            words.append(word)
    return words


# ------------------------------------------------------------------ (a) - (e)

@pytest.mark.parametrize("path", CHECK_MODULES, ids=lambda p: p.stem)
def test_every_message_of_a_check_module_has_its_korean(path):
    missing = [f"{path.name}:{line}: {text!r}" for line, text in message_constants(path) if text not in KO]
    assert not missing, "add to helpers/messages_ko.py:\n" + "\n".join(missing)


def test_every_template_given_to_tr_has_its_korean():
    missing = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
               for path in SOURCES for line, text in templates(path) if text not in KO]
    tables = [text for _, text in STATUS_TEXT.values()] + [HIDDEN_FAILED, GENERIC_HINT] + LOOKED_UP
    missing += [f"(a table or a lookup): {text!r}" for text in tables if text not in KO]
    assert not missing, "add to helpers/messages_ko.py:\n" + "\n".join(missing)


def test_the_scans_see_what_they_look_for():
    """A scan that finds nothing would pass everything."""
    found = {text for path in SOURCES for _, text in templates(path)}
    assert {"✔ {name}: all {count} checks passed.", "{case}: expected {expected}, got {got}.",
            "{first} and {second}", "Three inputs: each row of W_hidden has d + 1 = 4 entries. "} <= found
    constants = {text for path in CHECK_MODULES for _, text in message_constants(path)}
    assert "Positive sums give +1." in constants and "same_boundary(w, w)" not in constants
    assert len(constants) > 400 and ALLOWED.keys().isdisjoint(constants)
    assert set(ALLOWED) <= {node.value for path in CHECK_MODULES for node in ast.walk(_tree(path))
                            if isinstance(node, ast.Constant)}, "an allowed string no longer exists"


def test_every_korean_template_keeps_the_placeholders_and_the_outer_spaces():
    """One test for the whole catalogue; it lists every entry that breaks the rule."""
    def outer(text):
        return text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]

    broken = [english for english, korean in sorted(KO.items())
              if _fields(korean) != _fields(english) or outer(korean) != outer(english)]
    assert not broken, f"{len(broken)} Korean templates differ in placeholders or outer spaces: {broken}"


@pytest.mark.parametrize("path", CHECK_MODULES, ids=lambda p: p.stem)
def test_no_english_is_left_outside_tr_in_a_check_module(path):
    tree = _tree(path)
    inside_tr = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.Call) and _called(node) == "tr"
                 for arg in node.args[:1] for sub in ast.walk(arg)}
    found = [f"{path.name}:{node.lineno}: f-string with {_english_words(node)}" for node in ast.walk(tree)
             if isinstance(node, ast.JoinedStr) and id(node) not in inside_tr and _english_words(node)]
    found += [f"{path.name}:{node.lineno}: + joins a message (use i18n.join)" for node in ast.walk(tree)
              if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
              and any(isinstance(side, ast.Constant) and isinstance(side.value, str) and _needs_words(side.value)
                      for side in (node.left, node.right))]
    assert not found, "\n".join(found)


def test_the_korean_uses_the_glossary_terms_and_is_korean():
    wrong = [(term, en) for en, ko in KO.items() for term in NON_STANDARD if term in ko]
    assert not wrong, wrong
    assert not [en for en, ko in KO.items() if not HANGUL.search(ko)]


def test_the_korean_reads_one_way():
    """AUTHORING.md's Korean house style: no semicolons (two sentences instead), no particle that
    hedges between its two forms ((이)가, 을(를), 은(는), 와(과), (으)로: say it so that none is
    needed), and the course's words, not their other renderings (강좌, not 과정 or 강의, for the
    course; 자가 점검 for the self-check; 반환 for return; 유닛, not 뉴런)."""
    hedged = re.compile(r"\((이|가|을|를|은|는|와|과|으)\)|[이을은와과]\([가를는과와]\)")
    avoid = ["과정 함수", "강의의", "강의 사이트", "셀프 체크", "자체 검사", "돌려주", "돌려줍", "뉴런", "문턱값"]
    found = [(en, ko) for en, ko in KO.items()
             if ";" in ko or hedged.search(ko) or any(word in ko for word in avoid)]
    assert not found, found


# ------------------------------------------------------------------ i18n itself

def test_tr_formats_only_with_fields_and_passes_unknown_text():
    with i18n.using("ko"):
        assert i18n.tr("step(0.0)") == "step(0.0)"
        assert i18n.tr("A hint with {braces} stays") == "A hint with {braces} stays"
        assert i18n.tr("Its check passed.") == KO["Its check passed."]
    assert i18n.tr("Its check passed.") == "Its check passed."


def test_the_language_is_the_notebooks_own_then_the_environment_never_the_folder(monkeypatch, tmp_path):
    import __main__
    monkeypatch.delenv("COURSE_LANG", raising=False)
    monkeypatch.delattr(__main__, "COURSE_LANGUAGE", raising=False)
    (tmp_path / "ko").mkdir()
    monkeypatch.chdir(tmp_path / "ko")
    assert i18n.language() == "en"  # a folder's name says nothing
    monkeypatch.setenv("COURSE_LANG", "ko")
    assert i18n.language() == "ko"
    # what the build writes into a notebook, run as Jupyter runs a cell (in __main__), wins
    exec(compile(i18n.declaration("en"), "<cell>", "exec"), __main__.__dict__)
    try:
        assert i18n.language() == "en"
        with i18n.using("ko"):
            assert i18n.language() == "ko"
    finally:
        del __main__.COURSE_LANGUAGE
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COURSE_LANG", "fr")
    assert i18n.language() == "en"


def test_the_grader_reads_the_same_declaration_as_the_kernel():
    line = i18n.declaration("ko")
    assert i18n.declared([line + "\nimport numpy as np", "x = 1"]) == "ko"
    namespace: dict = {}
    exec(line, namespace)
    assert namespace["COURSE_LANGUAGE"] == "ko"
    assert i18n.notebook_language([line], {"course": {"language": "en"}}) == "ko"   # the code wins
    assert i18n.notebook_language(["x = 1"], {"course": {"language": "ko"}}) == "ko"  # a notebook of before
    assert i18n.notebook_language(["COURSE_LANGUAGE = 'fr'"], {}) == "en"
    assert i18n.notebook_language([], None) == "en"


def test_text_made_at_import_is_english_until_shown_in_korean():
    label = i18n.deferred("{cls}: forward twice, then backward (it must use the second forward's inputs)",
                          cls="AddGate")
    assert label == "AddGate: forward twice, then backward (it must use the second forward's inputs)"
    hint = i18n.join("Three inputs: each row of W_hidden has d + 1 = 4 entries. ", "Accept a list too.")
    assert hint == "Three inputs: each row of W_hidden has d + 1 = 4 entries. Accept a list too."
    assert copy.deepcopy(label).parts == label.parts and pickle.loads(pickle.dumps(hint)).parts == hint.parts
    with i18n.using("ko"):
        assert i18n.tr(label).startswith("AddGate") and HANGUL.search(i18n.tr(label))
        assert i18n.tr(hint) == KO["Three inputs: each row of W_hidden has d + 1 = 4 entries. "] + \
            KO["Accept a list too."]


# ------------------------------------------------------------------ the self-check

SIGN_STEP = "def step(s):\n    return np.sign(s)"
# (since issue 24 a partly right answer that earns nothing says which rule held the points back)
ENGLISH_LINE = ("✘ step: step(0.0): expected 1, got 0. Hint: τ(0) is +1: the test is s >= 0, not s > 0 "
                "(and not np.sign). (4 of 10 checks passed.) No points yet: the checks it passes are ones a "
                "placeholder answer (a constant, zeros or ones, the input handed back) passes too. Partial credit "
                "starts once it also passes one that such answers fail, e.g. step([-2., 0., 3.]).\n")


def _check(name: str, namespace: dict, capsys) -> str:
    capsys.readouterr()  # what running the notebook printed
    exec(compile(f"check({name!r})", "<cell>", "exec"), dict(namespace, check=check))
    return capsys.readouterr().out


def test_a_wrong_step_is_told_in_english_exactly_as_before(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    monkeypatch.setenv("COURSE_LANG", "en")
    assert _check("step", variant("01_perceptron", SIGN_STEP), capsys) == ENGLISH_LINE


def test_a_wrong_step_is_told_in_korean_with_the_input_the_expected_and_the_got(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    monkeypatch.setenv("COURSE_LANG", "ko")
    out = _check("step", variant("01_perceptron", SIGN_STEP), capsys)
    assert out.startswith("✘ step: step(0.0): ") and HANGUL.search(out)
    # the input, the expected 1, the got 0, the hint's code and the counts stay as they are
    assert "기대한 것은 1인데, 돌아온 것은 0입니다." in out and "np.sign" in out and "10" in out and "4" in out
    assert "expected" not in out and "Hint" not in out
    with i18n.using("ko"):  # the same line from using() as from the environment
        monkeypatch.setenv("COURSE_LANG", "en")
        assert _check("step", variant("01_perceptron", SIGN_STEP), capsys) == out


def test_korean_words_about_values_keep_the_values():
    with i18n.using("ko"):
        with pytest.raises(expect.Mismatch) as caught:
            expect.shape(np.zeros((3, 2)), (3, 3), what="w")
        assert i18n.tr(caught.value.expected) == "모양(shape)이 (3, 3)인 w"
        assert expect.show(np.zeros((2, 2))) == "모양(shape)이 (2, 2)인 배열 [[0., 0.], [0., 0.]]"
    assert expect.show(np.zeros((2, 2))) == "array [[0., 0.], [0., 0.]] of shape (2, 2)"


# ------------------------------------------------------------------ the grader

def _wrong_perceptron(folder: Path, language: str | None = None) -> Path:
    """Lesson 01 with a wrong ``step``, declaring ``language`` as the build does (None: no
    declaration at all, as in a notebook of before; it is English)."""
    cells = [editions.undeclared(c) for c in solution_cells("01_perceptron")] + [SIGN_STEP]
    if language:
        cells[0] += "\n\n" + i18n.declaration(language)
    path = write_notebook(folder / "01_perceptron.ipynb", cells)
    if language:
        nb = json.loads(path.read_text(encoding="utf-8"))
        nb["metadata"]["course"] = {"language": language}
        path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def _feedback(tmp_path: Path) -> str:
    return (tmp_path / "fb" / "kim.md").read_text(encoding="utf-8")


@pytest.mark.grader
def test_the_grader_writes_korean_feedback_with_lang_ko(tmp_path):
    nb = _wrong_perceptron(tmp_path / "kim")
    result = grade([nb.parent], tmp_path, "--lang", "ko", "--feedback", str(tmp_path / "fb"))["submissions"][0]
    notebook = result["notebooks"][0]
    assert notebook["language"] == "ko"
    step = next(e for e in notebook["exercises"] if e["name"] == "step")
    assert step["feedback"].startswith("step(0.0): ") and HANGUL.search(step["feedback"])
    assert "np.sign" in step["feedback"]
    text = _feedback(tmp_path)
    assert text.startswith(KO["# Feedback for {name}"].format(name="kim"))
    assert KO["| exercise | points | result |"] in text and KO["✔ passed"] in text
    assert "Feedback for" not in text and "Score:" not in text and "np.sign" in text


@pytest.mark.grader
def test_the_grader_reads_the_language_from_the_notebook_with_lang_auto(tmp_path):
    korean = _wrong_perceptron(tmp_path / "kim", "ko")
    english = _wrong_perceptron(tmp_path / "lee")
    out = grade([korean.parent, english.parent], tmp_path, "--feedback", str(tmp_path / "fb"))
    by_name = {s["submission"]: s for s in out["submissions"]}
    assert by_name["kim"]["notebooks"][0]["language"] == "ko"
    assert by_name["lee"]["notebooks"][0]["language"] == "en"
    kim = {e["name"]: e for e in by_name["kim"]["notebooks"][0]["exercises"]}
    lee = {e["name"]: e for e in by_name["lee"]["notebooks"][0]["exercises"]}
    assert HANGUL.search(kim["step"]["feedback"])
    # the self-check's words, then what the grader adds (the generated inputs' count)
    assert lee["step"]["feedback"].startswith(ENGLISH_LINE[len("✘ step: "):].strip())
    assert "Hidden checks:" in lee["step"]["feedback"] and "숨은 검사" in kim["step"]["feedback"]
    assert HANGUL.search((tmp_path / "fb" / "kim.md").read_text(encoding="utf-8"))
    assert (tmp_path / "fb" / "lee.md").read_text(encoding="utf-8").startswith("# Feedback for lee")


def test_feedback_markdown_follows_the_recorded_language():
    result = {"submission": "kim", "score": 1.0, "max_score": 2.0, "error": None, "language": "ko",
              "notebooks": [{"notebook": "01_perceptron.ipynb", "error": None, "cell_errors": [],
                             "exercises": [{"name": "step", "points": 1.0, "max_points": 1.0, "passed": True,
                                            "feedback": "…"}]}]}
    korean, english = SubmissionResult.from_dict(result), SubmissionResult.from_dict(dict(result, language="en"))
    assert feedback.markdown(korean).startswith(KO["# Feedback for {name}"].format(name="kim"))
    assert feedback.markdown(english).startswith("# Feedback for kim")


# ------------------------------------------------------------------ reading, integrity, Gradescope

def test_what_reading_finds_is_worded_once_the_submission_language_is_known(tmp_path):
    from grader import submissions
    from grader.__main__ import _result_of

    folder = tmp_path / "kim"
    folder.mkdir()
    (folder / "01_perceptron.ipynb").write_bytes(b"")
    sub = submissions.read_all([str(folder)], ["01_perceptron", "02_decision_lines"], ["kim"], "ko")[0]
    assert sub.language == "ko"
    english = "01_perceptron.ipynb is empty (0 bytes of notebook). Save the notebook in Jupyter and submit again."
    assert sub.notebooks[0].error == english  # English until it is worded
    result = _result_of(sub, {}, 0, ["01_perceptron", "02_decision_lines"], "ko").to_dict()
    assert result["language"] == "ko" and [nb["language"] for nb in result["notebooks"]] == ["ko", "ko"]
    assert result["notebooks"][0]["error"] == KO[
        "{name} is empty (0 bytes of notebook). Save the notebook in Jupyter and submit again."].format(
        name="01_perceptron.ipynb")
    assert result["notebooks"][1]["error"].startswith("이 제출물에서 레슨 02의")
    assert _result_of(sub, {}, 0, ["01_perceptron", "02_decision_lines"], "en").notebooks[0].error == english


def test_auto_takes_the_language_of_the_first_readable_notebook(tmp_path):
    from grader import submissions

    _wrong_perceptron(tmp_path / "kim", "ko")
    (tmp_path / "kim" / "02_decision_lines.ipynb").write_bytes(b"{")
    sub = submissions.read_all([str(tmp_path / "kim")], ["01_perceptron", "02_decision_lines"], ["kim"])[0]
    assert sub.language == "ko" and sub.notebooks[0].language == "ko"
    with i18n.using(sub.language):
        assert i18n.tr(sub.notebooks[1].error).startswith("02_decision_lines.ipynb 파일은 읽을 수 있는 노트북이 "
                                                          "아닙니다: 올바른 JSON이 아닙니다 (1번째 줄).")


def test_an_integrity_finding_is_quoted_in_the_feedback_language():
    from helpers import integrity

    # a finding carries its sentence and fields, so it is worded again without parsing its English
    use = integrity._note(integrity.Finding("{name} with a computed name", name="getattr"))
    calls = integrity.Finding("calls {name}", name="helpers.layers.softmax")
    assert use == "uses dynamic code (getattr with a computed name) that the integrity check cannot follow"
    assert integrity.say(use) == use and integrity.say(calls) == calls == "calls helpers.layers.softmax"
    with i18n.using("ko"):
        assert integrity.say(calls) == "helpers.layers.softmax 호출"
        assert integrity.say(use) == "무결성 검사가 따라갈 수 없는 동적 코드 사용(계산된 이름으로 쓴 getattr)"


def test_gradescope_words_a_korean_result_in_korean(monkeypatch):
    from grader import gradescope, scoring
    from grader.results import SubmissionResult

    with i18n.using("ko"):
        hidden_words = scoring.hidden_failure("Try a list.", i18n.tr("Hidden checks: {passed} of {count} passed.",
                                                                     passed=0, count=1))
        feedback = i18n.tr("All {public} public checks passed, but not every hidden one.", public=6) + " " + hidden_words
    step = {"name": "step", "points": 0.5, "max_points": 1.0, "passed": False, "feedback": feedback,
            "public_feedback": KO["All {count} checks passed."].format(count=6),
            "hidden": {"passed": 0, "total": 1, "points": 0.0, "max_points": 0.5}}
    result = {"language": "ko", "score": 0.5, "max_score": 15.0,
              "notebooks": [{"lesson": "01_perceptron", "notebook": "01_perceptron.ipynb", "exercises": [step]},
                            {"lesson": "02_decision_lines", "missing": True, "exercises": []}]}
    monkeypatch.setattr(gradescope, "_hidden_max", lambda hidden: {"step": 0.5})  # one hidden case's share
    result = SubmissionResult.from_dict(result)
    result.notebooks[0].exercises[0].hidden_feedback = hidden_words  # scoring keeps the hidden checks' own words
    tests = gradescope.tests_for(result, {}, ["01_perceptron", "02_decision_lines"])
    by_name = {t.name: t for t in tests}
    assert by_name["01 step (숨은 검사)"].output == (
        "숨은 검사: 1개 가운데 0개 통과. " + KO["A hidden check failed (hidden checks use inputs you do not see)."]
        + " 힌트: Try a list. 숨은 검사: 1개 가운데 0개 통과.")
    assert by_name["02 line_through"].output.startswith("02_decision_lines.ipynb 파일을 제출하지 않았습니다.")
    notes = gradescope._notes(result, {"mode": "sandbox"})
    assert notes[0] == "점수 0.5 / 15." and HANGUL.search(notes[-1])


def test_every_sentence_a_lesson_prints_goes_through_the_catalogue():
    """Demo sentences in the lessons' code cells (``tr(...)``) have their Korean, with the
    same fields and formats (so the numbers are the same), and the named ones are there."""
    found = {}
    for script in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.py")):
        for node in ast.walk(_tree(script)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                found[node.args[0].value] = script.name
    for needle in ("is now negative, as t = -1 wants", "PyTorch is not installed", "final train loss"):
        assert any(needle in text for text in found), needle
    fields = re.compile(r"\{[^{}]*\}")
    for text, script in found.items():
        assert text in KO, f"{script}: {text!r} has no Korean entry in helpers/messages_ko.py"
        assert sorted(fields.findall(text)) == sorted(fields.findall(KO[text])), text


def test_a_renamed_korean_notebook_in_any_folder_is_graded_in_korean(tmp_path):
    """The declaration, not the folder or the metadata, decides: a Korean notebook renamed and
    stripped of its metadata is Korean; one that declares English with Korean metadata is English."""
    from grader import submissions

    korean = _wrong_perceptron(tmp_path / "Downloads", "ko")
    nb = json.loads(korean.read_text(encoding="utf-8"))
    nb["metadata"] = {}
    renamed = korean.with_name("01_perceptron (copy).ipynb")
    renamed.write_text(json.dumps(nb), encoding="utf-8")
    korean.unlink()
    sub = submissions.read_all([str(tmp_path / "Downloads")], ["01_perceptron"])[0]
    assert sub.notebooks[0].language == "ko" and sub.language == "ko"
