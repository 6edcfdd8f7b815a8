"""The grader end to end: contract of the JSON, fair scores, clear errors,
and student code that tries to cheat or break things earns nothing extra."""

import shutil

import pytest

from helpers import checks
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import NOTEBOOKS, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))


@pytest.fixture(scope="module")
def class_results(tmp_path_factory):
    """One batch with good, stub and broken submissions, graded together."""
    root = tmp_path_factory.mktemp("class")
    (root / "solution").mkdir()
    shutil.copy(SOLUTIONS / NB, root / "solution" / NB)
    (root / "stub").mkdir()
    shutil.copy(NOTEBOOKS / NB, root / "stub" / NB)
    (root / "empty.ipynb").write_bytes(b"")
    text = (SOLUTIONS / NB).read_text(encoding="utf-8")
    (root / "truncated.ipynb").write_text(text[: len(text) // 2], encoding="utf-8")
    (root / "script.py").write_text("print('hello')\n")
    (root / "notes.txt").write_text("my answers\n")
    (root / "json.ipynb").write_text('{"just": "json"}')
    write_notebook(root / "nograded" / NB, ["x = 1"])
    paths = ["solution", "stub", "empty.ipynb", "truncated.ipynb", "script.py", "notes.txt",
             "json.ipynb", "does-not-exist", "nograded"]
    result = grade([root / p for p in paths], root, "-j", "2")
    return {s["submission"]: s for s in result["submissions"]}


def test_json_contract(class_results):
    for sub in class_results.values():
        assert set(sub) >= {"submission", "score", "max_score", "notebooks"}
        assert isinstance(sub["score"], float) and isinstance(sub["max_score"], float)
        for nb in sub["notebooks"]:
            assert set(nb) >= {"notebook", "error", "exercises"}
            for ex in nb["exercises"]:
                assert set(ex) >= {"name", "points", "max_points", "passed", "feedback"}
                assert isinstance(ex["passed"], bool) and isinstance(ex["feedback"], str)


def test_solution_scores_full_marks(class_results):
    sub = class_results["solution"]
    assert sub["score"] == sub["max_score"] == MAX
    assert sub["notebooks"][0]["error"] is None
    assert set(exercises(sub)) == {e.name for e in checks.exercises(L)}


def test_stub_scores_zero_with_not_implemented(class_results):
    sub = class_results["stub"]
    assert sub["score"] == 0 and sub["max_score"] == MAX
    for ex in sub["notebooks"][0]["exercises"]:  # a value still None is told to replace it
        assert "not implemented yet" in ex["feedback"] or "Replace `None`" in ex["feedback"]


@pytest.mark.parametrize("name,words", [
    ("empty", "empty"),
    ("truncated", "not valid JSON"),
    ("script", "not a notebook"),
    ("notes", "not a notebook"),
    ("json", "not a Jupyter notebook"),
    ("does-not-exist", "does not exist"),
    ("nograded", "None of the lesson's graded names"),
])
def test_bad_input_gets_a_clear_message(class_results, name, words):
    sub = class_results[name]
    messages = [sub["error"] or ""] + [nb["error"] or "" for nb in sub["notebooks"]]
    assert any(words in m for m in messages), messages
    assert sub["score"] == 0


def _graded(tmp_path, cells, *extra):
    path = write_notebook(tmp_path / "student" / NB, cells)
    return grade([path.parent], tmp_path, *extra)["submissions"][0]


def test_a_raising_cell_does_not_zero_the_notebook(tmp_path):
    cells = solution_cells(L)
    broken = [("raise RuntimeError('oops')\n" + c) if c.startswith("def predict") else c for c in cells]
    sub = _graded(tmp_path, broken)
    ex = exercises(sub)
    assert not ex["predict"]["passed"]
    assert "`predict` is not defined" in ex["predict"]["feedback"]
    assert "RuntimeError: oops" in ex["predict"]["feedback"]
    assert ex["step"]["passed"] and ex["add_bias"]["passed"]


def test_notebook_quirks(tmp_path):
    cells = ["%matplotlib inline", "!pip install nothing", "%%bash\necho hi",
             "name = input('your name? ')", "s = '퍼셉트론 — ünïcode'"] + solution_cells(L)
    sub = _graded(tmp_path, cells)
    assert sub["score"] == MAX
    errors = sub["notebooks"][0]["cell_errors"]
    assert any(e["cell"] == 4 and "EOFError" in e["error"] for e in errors)  # stdin is closed


CHEATS = {
    "prints PASSED": "print('All tests PASSED! score 14/14')\nimport sys; sys.stdout.write('{\"score\": 14}')",
    "sys.exit": "import sys\nsys.exit(0)",
    "monkeypatches numpy": "import numpy\nnumpy.allclose = lambda *a, **k: True\nnumpy.array_equal = lambda *a, **k: True\n"
                           "import builtins\nbuiltins.isinstance = lambda *a: True",
    "eq always true": "class Yes:\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n"
                      "def step(s): return Yes()\nAND_WEIGHTS = Yes()",
    "object array": "def add_bias(X): return np.array([object()] * 3)",
    "ndarray subclass": "class Sneaky(np.ndarray):\n    def __eq__(self, o): return True\n"
                        "def add_bias(X):\n    return np.zeros((3, 3)).view(Sneaky)",
    "reduce payload": "class Boom:\n    def __reduce__(self): return (print, ('pwned',))\n"
                      "def predict(w, X): return Boom()",
}


@pytest.mark.parametrize("cheat", CHEATS)
def test_cheats_earn_nothing(tmp_path, cheat):
    stub = [c for c in solution_cells(L)]
    # The stub's graded names, then the cheat: nothing may turn into points.
    stub_nb = (NOTEBOOKS / NB).read_text(encoding="utf-8")
    import nbformat
    stub_cells = [c.source for c in nbformat.reads(stub_nb, as_version=4).cells if c.cell_type == "code"]
    del stub
    sub = _graded(tmp_path, stub_cells + [CHEATS[cheat]])
    assert sub["score"] == 0, exercises(sub)


def test_exit_mid_notebook_keeps_earlier_credit(tmp_path):
    cells = solution_cells(L)
    cut = next(i for i, c in enumerate(cells) if c.startswith("def perceptron_loss"))
    sub = _graded(tmp_path, cells[:cut] + ["import os\nos._exit(0)"] + cells[cut:])
    ex = exercises(sub)
    assert ex["step"]["passed"] and ex["predict"]["passed"] and ex["AND_WEIGHTS"]["passed"]
    assert not ex["perceptron_loss"]["passed"]
    assert "ended the grading process early" in sub["notebooks"][0]["error"]


def test_infinite_loop_hits_the_time_limit_with_fair_score(tmp_path):
    cells = solution_cells(L)
    cut = next(i for i, c in enumerate(cells) if c.startswith("def perceptron_loss"))
    loop = "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True:\n    pass"
    sub = _graded(tmp_path, cells[:cut] + [loop] + cells[cut:], "--timeout", "3")
    ex = exercises(sub)
    assert ex["step"]["passed"] and not ex["perceptron_loss"]["passed"]
    assert "Time limit of 3" in sub["notebooks"][0]["error"]


def test_huge_allocation_hits_the_memory_limit(tmp_path):
    cells = solution_cells(L) + ["big = np.ones(2_000_000_000 // 8 * 2)"]
    sub = _graded(tmp_path, cells)
    assert sub["score"] == MAX
    assert "Memory limit" in sub["notebooks"][0]["error"]


def test_writing_the_output_file_changes_nothing(tmp_path):
    out = tmp_path / "grades.json"
    cells = solution_cells(L) + [f"open({str(out)!r}, 'w').write('{{\"submissions\": []}}')"]
    sub = _graded(tmp_path, cells)
    assert sub["score"] == MAX
    assert '"submissions": []' not in out.read_text()


def test_whole_course_folder_skips_the_course_home(tmp_path):
    folder = tmp_path / "carol"
    shutil.copytree(NOTEBOOKS, folder)
    shutil.copy(SOLUTIONS / NB, folder / NB)
    sub = grade([folder], tmp_path)["submissions"][0]
    names = [nb["notebook"] for nb in sub["notebooks"]]
    assert not any(n.startswith("00_") for n in names)
    assert all(nb["error"] is None for nb in sub["notebooks"]), [nb["error"] for nb in sub["notebooks"]]
    assert exercises(sub, names.index(NB))["train_perceptron"]["passed"]
