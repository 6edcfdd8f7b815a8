"""Issue 13 in the grader: each exercise judged on its own. While one graded name is
probed, every other graded name it calls is the course's reference (from the
instructor's solutions), so an honest mistake never costs a correct exercise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader import references
from helpers import checks
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import ROOT, SOLUTIONS


def _replace(lesson: str, name: str, body) -> list[str]:
    """The solution's cells with the definition of ``name`` replaced by ``body`` (or by
    ``body(cell)``, for a cell that holds more than that definition)."""
    cells = solution_cells(lesson)
    index = next(i for i, c in enumerate(cells) if c.lstrip().startswith((f"def {name}(", f"class {name}:")))
    new = body(cells[index]) if callable(body) else body
    assert new != cells[index]
    return cells[:index] + [new] + cells[index + 1:]


CASCADES = {
    "add_bias with ones last": ("01_perceptron", "add_bias",
                                "def add_bias(X):\n    X = np.asarray(X, dtype=float)\n"
                                "    if X.ndim == 1:\n        return np.concatenate([X, [1.0]])\n"
                                "    return np.hstack([X, np.ones((len(X), 1))])",
                                ["predict", "perceptron_loss", "perceptron_step", "delta_rule_step",
                                 "train_perceptron"]),
    "step returning 0/1": ("01_perceptron", "step",
                           "def step(s):\n    s = np.asarray(s)\n    out = np.where(s >= 0, 1, 0)\n"
                           "    return out if out.ndim else int(out)",
                           ["predict", "perceptron_loss", "perceptron_step", "train_perceptron"]),
    "softmax without the max": ("06_softmax_cross_entropy", "softmax",
                                "def softmax(z):\n    e = np.exp(np.asarray(z, dtype=float))\n"
                                "    return e / e.sum(axis=-1, keepdims=True)",
                                ["softmax_cross_entropy", "train_softmax_regression"]),
    "AddGate that multiplies": ("05_backprop", "AddGate",  # in the cell that holds every gate
                                lambda cell: cell.replace("np.asarray(x, dtype=float) + np.asarray(y, dtype=float)",
                                                          "np.asarray(x, dtype=float) * np.asarray(y, dtype=float)", 1),
                                ["neuron_forward_backward", "MultiplyGate", "SigmoidGate"]),
    "mlp_loss_and_grads without the 1/N": ("07_digits_capstone", "mlp_loss_and_grads",
                                           "def mlp_loss_and_grads(params, X, y):\n    return 0.0, {k: np.zeros_like(v) for k, v in params.items()}",
                                           ["sgd_epoch"]),
}


@pytest.mark.parametrize("case", CASCADES)
def test_one_wrong_answer_costs_no_correct_exercise(tmp_path, case):
    lesson, name, body, dependents = CASCADES[case]
    if not (SOLUTIONS / f"{lesson}.ipynb").exists():
        pytest.skip(f"{lesson} not built")
    path = write_notebook(tmp_path / "student" / f"{lesson}.ipynb", _replace(lesson, name, body))
    sub = grade([path.parent], tmp_path)["submissions"][0]
    ex = exercises(sub)
    assert not ex[name]["passed"]
    for other in dependents:
        assert ex[other]["passed"] and ex[other]["points"] == ex[other]["max_points"], (other, ex[other]["feedback"])
    expected = sum(e.points for e in checks.exercises(lesson)) - ex[name]["max_points"]
    assert sub["score"] == pytest.approx(expected + ex[name]["points"])


def test_references_of_every_lesson_pass_every_check_on_their_own():
    """The references are the solutions' own definitions; run alone they pass everything."""
    from helpers.selfcheck import evaluate

    for lesson in checks.LESSONS:
        definitions, graded = references.load(lesson)
        assert definitions, lesson
        namespace = {"__name__": "__ref__"}
        for d in definitions:
            exec(compile(d.source, "<ref>", "exec"), namespace)
        for ex in checks.exercises(lesson):
            assert evaluate(ex.name, namespace, ex).passed, (lesson, ex.name)


THIEF = (Path(__file__).parent / "data" / "reference_thief.py").read_text()


@pytest.mark.parametrize("lesson", ["04_activations", "05_backprop"])
def test_a_stub_that_keeps_stolen_references_earns_nothing(tmp_path, lesson):
    """A red team's stub: each graded name is a thief that speaks the grader's protocol,
    asks for every graded name (and, the old way, for the references), keeps what it gets
    in /tmp (shared by every exercise's fork) and answers later exercises with it. No
    reference ever enters the process, and a proxy answers only for names already judged,
    so it gets nothing that earns a point (tests/test_grader_oracle.py reads its feedback)."""
    names = [ex.name for ex in checks.exercises(lesson)]
    stub = json.loads((ROOT / "notebooks" / f"{lesson}.ipynb").read_text())
    cells = ["".join(c["source"]) for c in stub["cells"] if c["cell_type"] == "code"]
    path = write_notebook(tmp_path / "thief" / f"{lesson}.ipynb", cells + [THIEF.replace("_NAMES = []", f"_NAMES = {names!r}")])
    sub = grade([path.parent], tmp_path, "--lessons", lesson[:2])["submissions"][0]
    assert sub["score"] == 0, [(e["name"], e["points"]) for nb in sub["notebooks"] for e in nb["exercises"]]


def test_a_keyboard_interrupt_in_a_cell_is_an_ordinary_cell_error(tmp_path):
    cells = solution_cells("01_perceptron")
    for raised in ("KeyboardInterrupt", "ValueError"):
        write_notebook(tmp_path / raised / "01_perceptron.ipynb",
                       cells[:3] + [f"raise {raised}('mine')"] + cells[3:])
    result = grade([tmp_path / "KeyboardInterrupt", tmp_path / "ValueError"], tmp_path)
    for sub in result["submissions"]:
        assert sub["score"] == sub["max_score"], sub
        nb = sub["notebooks"][0]
        assert nb["error"] is None and nb["cell_errors"][0]["error"].endswith("mine")


from helpers import integrity  # noqa: E402

WANTED = {"softmax_cross_entropy": ("helpers.layers",)}
SCANS = {
    "own np only": ("import numpy as np\ndef softmax_cross_entropy(z, y):\n    return np.exp(z)", []),
    "a course import it never uses": ("from helpers import layers, plots\ndef softmax_cross_entropy(z, y):\n"
                                      "    return 1.0", []),
    "a parameter shadowing a course alias": ("from helpers import layers\ndef softmax_cross_entropy(layers, y):\n"
                                             "    return layers.softmax_loss(y)", []),
    "calls it": ("from helpers import layers\ndef softmax_cross_entropy(z, y):\n    return layers.softmax_loss(z, y)",
                 ["calls helpers.layers.softmax_loss"]),
    "imports it inside": ("def softmax_cross_entropy(z, y):\n    from helpers.layers import softmax_loss\n"
                          "    return softmax_loss(z, y)", ["imports helpers.layers.softmax_loss"]),
    "star import": ("from helpers.layers import *\ndef softmax_cross_entropy(z, y):\n    return softmax_loss(z, y)",
                    ["imports * from helpers.layers"]),
    "computed import": ("import importlib\ndef softmax_cross_entropy(z, y):\n"
                        "    return importlib.import_module('helpers.' + 'layers').softmax_loss(z, y)",
                        ["imports helpers by a computed name",
                         "uses dynamic code (importlib.import_module) that the integrity check cannot follow"]),
}


@pytest.mark.parametrize("case", SCANS)
def test_the_integrity_scan_names_only_real_uses(case):
    source, expected = SCANS[case]
    assert integrity.scan_cells([source], WANTED) == {"softmax_cross_entropy": expected}


def test_the_integrity_scan_fails_closed(monkeypatch):
    monkeypatch.setattr(integrity, "_Notebook", lambda *a: 1 / 0)
    uses = integrity.scan_cells(["x = 1"], WANTED)["softmax_cross_entropy"]
    assert uses and "grader's integrity scan failed" in uses[0]


# Correct answers whose parts agree with each other rather than with the course's reference:
# judged together, as the student wrote them (Exercise.judged_with).
PAIRS = {
    "an AND-based hidden layer with its own output layer": (
        "03_xor_mlp", "XOR_HIDDEN",
        "XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0], [-1.5, 1.0, 1.0]])  # OR, AND\n"
        "XOR_OUTPUT = np.array([-1.0, 1.0, -1.0])  # OR and not AND"),
    "sigmoid layers caching the input": (
        "05_backprop", "sigmoid_forward",
        "def sigmoid_forward(x):\n    x = np.asarray(x, dtype=float)\n    return sigmoid(x), x\n\n\n"
        "def sigmoid_backward(dout, cache):\n    s = sigmoid(cache)\n"
        "    return np.asarray(dout, dtype=float) * s * (1.0 - s)"),
    "ReLU layers caching the mask": (
        "05_backprop", "relu_forward",
        "def relu_forward(x):\n    x = np.asarray(x, dtype=float)\n    return np.maximum(0.0, x), x > 0\n\n\n"
        "def relu_backward(dout, cache):\n    return np.where(cache, np.asarray(dout, dtype=float), 0.0)"),
    "affine layers caching (x, W, b)": (
        "05_backprop", "affine_forward",
        "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(a, dtype=float) for a in (x, W, b))\n"
        "    return x @ W + b, (x, W, b)\n\n\n"
        "def affine_backward(dout, cache):\n    x, W, b = cache\n    dout = np.asarray(dout, dtype=float)\n"
        "    return dout @ W.T, x.T @ dout, dout.sum(axis=0)"),
}


@pytest.mark.parametrize("case", PAIRS)
def test_a_pair_the_text_leaves_open_is_judged_as_the_student_wrote_it(tmp_path, case):
    lesson, first, source = PAIRS[case]
    cells = solution_cells(lesson)
    index = next(i for i, c in enumerate(cells) if f"def {first}(" in c or f"\n{first} =" in "\n" + c)
    # The pair's own cell(s) are replaced by the alternative; a later cell that redefines the
    # second name is dropped so the alternative stands.
    second = {"XOR_HIDDEN": "XOR_OUTPUT", "sigmoid_forward": "sigmoid_backward",
              "relu_forward": "relu_backward", "affine_forward": "affine_backward"}[first]
    rest = [c for c in cells[index + 1:] if f"def {second}(" not in c and f"\n{second} =" not in "\n" + c]
    path = write_notebook(tmp_path / "student" / f"{lesson}.ipynb", cells[:index] + [source] + rest)
    sub = grade([path.parent], tmp_path, "--lessons", lesson[:2])["submissions"][0]
    ex = exercises(sub)
    for name in (first, second):
        assert ex[name]["points"] == ex[name]["max_points"], (name, ex[name]["feedback"])
    assert sub["score"] == sub["max_score"], [(n, e["points"]) for n, e in ex.items() if not e["passed"]]


def test_checks_that_never_end_cost_only_their_own_exercise(tmp_path):
    """A train_perceptron that loops forever on one input (training "until no errors" on
    XOR): the notebook is run again without that exercise's checks, not cut in half, so
    perceptron_loss, perceptron_step and delta_rule_step (defined before it) keep their
    points and train_perceptron is told why it has none."""
    cells = solution_cells("01_perceptron")
    index = next(i for i, c in enumerate(cells) if "def train_perceptron(" in c)
    head, body = cells[index].split('"""', 2)[:2], cells[index].split('"""', 2)[2]
    loop = '\n    if mode == "stochastic" and len(X) == 4 and max_epochs > 50:\n        while True:\n            pass'
    cells[index] = '"""'.join(head) + '"""' + loop + body
    path = write_notebook(tmp_path / "student" / "01_perceptron.ipynb", cells)
    sub = grade([path.parent], tmp_path, "--timeout", "10")["submissions"][0]
    ex = exercises(sub)
    for name in ("perceptron_loss", "perceptron_step", "delta_rule_step", "step", "predict"):
        assert ex[name]["points"] == ex[name]["max_points"], (name, ex[name]["feedback"])
    assert ex["train_perceptron"]["points"] == 0
    assert "did not finish within the time limit" in ex["train_perceptron"]["feedback"]
