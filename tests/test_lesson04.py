"""Lesson 04: typical wrong answers fail, correct alternatives pass, and the
activations meet their definitions (closed forms, centred differences, no
overflow warnings), independently of the public check cases."""

import math
import warnings
from pathlib import Path

import numpy as np
import pytest

from helpers import activation_plots
from helpers.checks import lesson04
from tests.support import ROOT, assert_fails, assert_passes, solution_namespace, table_cases, variant, verdict

L = "04_activations"

NAIVE_SIGMOID = "def sigmoid(x):\n    return 1 / (1 + np.exp(-np.asarray(x, dtype=float)))"

WRONG = {
    "sigmoid": [
        NAIVE_SIGMOID,                                                           # overflow warning
        "def sigmoid(x):\n    x = np.asarray(x, float)\n    return np.exp(x) / (1 + np.exp(x))",  # NaN
        "def sigmoid(x):\n    return 1 / (1 + np.exp(np.asarray(x, float)))",   # sign of the exponent
        "def sigmoid(x):\n    return 1 / (1 + math.exp(-x))",                     # scalars only, overflows
        "def sigmoid(x):\n    x = np.asarray(x, float)\n"
        "    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))",  # both branches run
        "def sigmoid(x):\n    x = np.asarray(x, float)\n    return np.clip(0.5 + x / 4, 0, 1)",  # hard sigmoid
    ],
    "sigmoid_grad": [
        "def sigmoid_grad(x):\n    x = np.asarray(x, float)\n    return x * (1 - x)",          # σ' on the input
        "def sigmoid_grad(x):\n    return sigmoid(x) * (1 - np.asarray(x, float))",
        "def sigmoid_grad(x):\n    return sigmoid(x) ** 2",
        "def sigmoid_grad(x):\n    x = np.asarray(x, float)\n    return np.exp(-x) / (1 + np.exp(-x)) ** 2",  # NaN far out
        # a measured slope (the notebook's centred difference) instead of the derivative
        "def sigmoid_grad(x):\n    x = np.asarray(x, float)\n    return (sigmoid(x + 1e-5) - sigmoid(x - 1e-5)) / 2e-5",
        "def sigmoid_grad(x):\n    x = np.asarray(x, float)\n    return (sigmoid(x + 1e-6) - sigmoid(x - 1e-6)) / 2e-6",
    ],
    "tanh_grad": [
        "def tanh_grad(x):\n    return 1 - np.tanh(x)",
        "def tanh_grad(x):\n    x = np.asarray(x, float)\n    return 1 - x ** 2",
        "def tanh_grad(x):\n    return 1 / np.cosh(x)",                                     # sech, not sech²
        # a measured slope instead of the derivative
        "def tanh_grad(x):\n    x = np.asarray(x, float)\n    return (np.tanh(x + 1e-5) - np.tanh(x - 1e-5)) / 2e-5",
        "def tanh_grad(x):\n    x = np.asarray(x, float)\n    return (np.tanh(x + 1e-4) - np.tanh(x - 1e-4)) / 2e-4",
    ],
    "relu": [
        "def relu(x):\n    x = np.asarray(x)\n    x[x < 0] = 0\n    return x",                   # in place
        "def relu(x):\n    return x if x > 0 else 0",                                            # scalars only
        "def relu(x):\n    return np.abs(np.asarray(x, float))",
    ],
    "relu_grad": [
        "def relu_grad(x):\n    return (np.asarray(x, float) >= 0).astype(float)",              # 1 at 0
        "def relu_grad(x):\n    return relu(x)",                                                # the value
        "def relu_grad(x):\n    return np.sign(np.asarray(x, float))",
    ],
    "generalized_relu": [
        "def generalized_relu(x, alpha):\n    x = np.asarray(x, float)\n    return np.maximum(x, alpha * x)",
        "def generalized_relu(x, alpha):\n    x = np.asarray(x, float)\n    return np.maximum(0, x) + alpha * np.maximum(0, -x)",
        "def generalized_relu(x, alpha):\n    x = np.asarray(x, float)\n    return np.where(x > 0, x, alpha)",
    ],
    "generalized_relu_grad": [
        "def generalized_relu_grad(x, alpha):\n    return np.where(np.asarray(x, float) >= 0, 1.0, alpha)",  # 1 at 0
        "def generalized_relu_grad(x, alpha):\n    return np.where(np.asarray(x, float) > 0, 1.0, 0.0)",
        "def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, float)\n    return np.where(x > 0, 1.0, alpha * x)",
    ],
    "chain_gradient": [
        # every slope taken at x0 instead of at each layer's input
        "def chain_gradient(x0, depth, activation):\n"
        "    d = {'sigmoid': sigmoid_grad, 'tanh': tanh_grad, 'relu': relu_grad}[activation]\n"
        "    return d(x0) ** depth",
        # slope taken after moving on (at the layer's output)
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
        "            'relu': (relu, relu_grad)}[activation]\n"
        "    a, g = np.asarray(x0, float), 1.0\n"
        "    for _ in range(depth):\n        a = f(a)\n        g = g * d(a)\n    return g",
        # the bound instead of the gradient
        "def chain_gradient(x0, depth, activation):\n    return 0.25 ** depth",
        # the output instead of its derivative
        "def chain_gradient(x0, depth, activation):\n"
        "    f = {'sigmoid': sigmoid, 'tanh': np.tanh, 'relu': relu}[activation]\n"
        "    a = np.asarray(x0, float)\n    for _ in range(depth):\n        a = f(a)\n    return a",
        # one depth too many
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
        "            'relu': (relu, relu_grad)}[activation]\n"
        "    a, g = np.asarray(x0, float), np.ones_like(np.asarray(x0, float))\n"
        "    for _ in range(depth + 1):\n        g = g * d(a)\n        a = f(a)\n    return g",
        # scalars only (math module)
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (lambda v: 1 / (1 + math.exp(-v)), lambda v: math.exp(-v) / (1 + math.exp(-v)) ** 2),\n"
        "            'tanh': (math.tanh, lambda v: 1 - math.tanh(v) ** 2),\n"
        "            'relu': (lambda v: max(0.0, v), lambda v: float(v > 0))}[activation]\n"
        "    a, g = float(x0), 1.0\n"
        "    for _ in range(depth):\n        g *= d(a)\n        a = f(a)\n    return g",
    ],
}

# Answers the text now rules out (issue 21): each breaks a sentence of the lesson's stated rules.
BY_THE_RULES = {
    "sigmoid": ["def sigmoid(x):\n    with np.errstate(over='ignore'):\n"
                "        return 1 / (1 + np.exp(-np.asarray(x, float)))"],                 # hides the warning
    "tanh_grad": ["def tanh_grad(x):\n    with np.errstate(over='ignore'):\n"
                  "        return 1 / np.cosh(np.asarray(x, float)) ** 2"],                # hides the warning
    "relu_grad": ["def relu_grad(x):\n    return np.where(np.asarray(x) > 0, 1, 0)"],      # ints, 0-d arrays
    "relu": ["def relu(x):\n    return np.maximum(0, x)"],                                   # ints stay ints
    "generalized_relu_grad": ["def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, float)\n"
                              "    return np.where(x > 0, 1.0, alpha)"],                  # a 0-d array for a number
    "chain_gradient": [
        # depth 0 gives the first slope instead of 1
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
        "            'relu': (relu, relu_grad)}[activation]\n"
        "    inputs = [np.asarray(x0, float)]\n"
        "    for _ in range(depth - 1):\n        inputs.append(f(inputs[-1]))\n"
        "    return np.prod([d(a) for a in inputs], axis=0)"],
}


@pytest.mark.parametrize("name, source", table_cases(BY_THE_RULES))
def test_an_answer_that_breaks_a_stated_rule_fails(name, source):
    assert_fails(L, name, source)


RIGHT = {
    "sigmoid": [
        "def sigmoid(x):\n    return np.exp(-np.logaddexp(0.0, -np.asarray(x, float)))",
        "def sigmoid(x):\n    x = np.asarray(x, float)\n    return 1 / (1 + np.exp(-np.clip(x, -500, 500)))",
        "def sigmoid(x):\n    return 0.5 * (1 + np.tanh(np.asarray(x, float) / 2))",
        # a loop over the entries with the two stable branches
        "def sigmoid(x):\n    x = np.asarray(x, float)\n    out = np.empty_like(x)\n"
        "    for i in np.ndindex(x.shape):\n"
        "        v = x[i]\n"
        "        out[i] = 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))\n"
        "    return out if out.ndim else float(out)",
        # boolean masks instead of np.where
        "def sigmoid(x):\n    x = np.array(x, dtype=float)\n    out = np.empty_like(x)\n"
        "    pos = x >= 0\n    out[pos] = 1 / (1 + np.exp(-x[pos]))\n"
        "    e = np.exp(x[~pos])\n    out[~pos] = e / (1 + e)\n    return out if out.ndim else out[()]",
    ],
    "sigmoid_grad": [
        "def sigmoid_grad(x):\n    s = sigmoid(x)\n    return s - s ** 2",
        "def sigmoid_grad(x):\n    return sigmoid(x) * sigmoid(-np.asarray(x, float))",
        # the derivative before simplification, made stable with e^(-|x|)
        "def sigmoid_grad(x):\n    e = np.exp(-np.abs(np.asarray(x, float)))\n    return e / (1 + e) ** 2",
    ],
    "tanh_grad": [
        "def tanh_grad(x):\n    s = sigmoid(2 * np.asarray(x, float))\n    return 4 * s * (1 - s)",
        "def tanh_grad(x):\n    t = np.tanh(np.asarray(x, float))\n    return (1 - t) * (1 + t)",
    ],
    "relu": [
        "def relu(x):\n    x = np.array(x, dtype=float)\n    x[x < 0] = 0\n    return x if x.ndim else float(x)",
        "def relu(x):\n    x = np.asarray(x, float)\n    return x * (x > 0)",
        "def relu(x):\n    x = np.asarray(x, float)\n    out = np.where(x > 0, x, 0.0)\n    return out[()]",
    ],
    "relu_grad": [
        "def relu_grad(x):\n    return (np.asarray(x) > 0) * 1.0",
        "def relu_grad(x):\n    return np.heaviside(np.asarray(x, float), 0.0)",
    ],
    "generalized_relu": [
        "def generalized_relu(x, alpha):\n    x = np.asarray(x, float)\n    return np.where(x > 0, x, alpha * x)[()]",
        "def generalized_relu(x, alpha):\n    return relu(x) - alpha * relu(-np.asarray(x, float))",
    ],
    "generalized_relu_grad": [
        "def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, float)\n"
        "    return (x > 0) + float(alpha) * (x <= 0)",
        "def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, float)\n"
        "    g = np.full(x.shape, float(alpha))\n    g[x > 0] = 1.0\n    return g if g.ndim else float(g)",
    ],
    "chain_gradient": [
        # recursion
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
        "            'relu': (relu, relu_grad)}[activation]\n"
        "    if depth == 0:\n        return np.ones_like(np.asarray(x0, float))[()]\n"
        "    return d(x0) * chain_gradient(f(x0), depth - 1, activation)",
        # keep every layer's input, then multiply all slopes at once
        "def chain_gradient(x0, depth, activation):\n"
        "    f, d = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
        "            'relu': (relu, relu_grad)}[activation]\n"
        "    inputs = [np.asarray(x0, float)][:depth]\n"
        "    for _ in range(depth - 1):\n        inputs.append(f(inputs[-1]))\n"
        "    return np.prod([d(a) for a in inputs] or [np.ones_like(np.asarray(x0, float))], axis=0)",
    ],
}


@pytest.mark.parametrize("name, source", table_cases(WRONG))
def test_typical_wrong_answer_fails(name, source):
    assert "Hint" in assert_fails(L, name, "import math\n" + source)


@pytest.mark.parametrize("name, source", table_cases(RIGHT))
def test_correct_alternative_passes(name, source):
    assert_passes(L, name, "import math\n" + source)


def test_naive_sigmoid_is_failed_for_its_warning_with_a_clear_message():
    result = verdict("sigmoid", variant(L, NAIVE_SIGMOID))
    assert "overflow" in result.feedback and "promises" in result.feedback
    # The value check alone would have passed it: 1 / (1 + inf) is 0, the right answer.
    with np.errstate(over="ignore"):
        ns = variant(L, NAIVE_SIGMOID)
        assert np.allclose(ns["sigmoid"](np.array([-1e4, 1e4])), [0.0, 1.0])
    assert np.geterr()["over"] == "warn", "the watched check must restore NumPy's error state"


# --------------------------------------------------------------- the solution itself

BIG = np.concatenate([-np.logspace(-3, 4, 40), [0.0], np.logspace(-3, 4, 40)])


def _exact_sigmoid(v):
    return 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))


def test_sigmoid_is_warning_free_finite_and_accurate_up_to_1e4():
    sigmoid = solution_namespace(L)["sigmoid"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="warn", divide="warn", invalid="warn"):  # underflow to 0 is harmless
            got = sigmoid(BIG)
            scalar = sigmoid(-1e4)
    assert np.all(np.isfinite(got)) and np.isfinite(scalar)
    expected = np.array([_exact_sigmoid(v) for v in BIG])
    assert np.allclose(got, expected, rtol=1e-12, atol=0)
    assert float(scalar) == 0.0 and not isinstance(scalar, np.ndarray)  # a number for a number


def test_derivatives_match_closed_forms_and_centred_differences():
    ns = solution_namespace(L)
    x = np.linspace(-6, 6, 121)
    x = x[np.abs(x) > 1e-3]  # away from the kinks of the ReLU family
    h = 1e-6
    s = np.array([_exact_sigmoid(v) for v in x])
    assert np.allclose(ns["sigmoid_grad"](x), s * (1 - s), atol=1e-14)
    assert np.allclose(ns["tanh_grad"](x), 1 - np.tanh(x) ** 2, atol=1e-14)
    pairs = [(ns["sigmoid"], ns["sigmoid_grad"]), (np.tanh, ns["tanh_grad"]), (ns["relu"], ns["relu_grad"])]
    pairs += [(lambda v, a=a: ns["generalized_relu"](v, a), lambda v, a=a: ns["generalized_relu_grad"](v, a))
              for a in (0.0, 0.01, 0.3, -1.0, 2.0)]
    for f, df in pairs:
        numeric = (f(x + h) - f(x - h)) / (2 * h)
        assert np.allclose(df(x), numeric, atol=1e-7)


def test_kinks_follow_the_course_conventions():
    ns = solution_namespace(L)
    assert float(ns["relu_grad"](0.0)) == 0.0
    for alpha in (0.0, 0.01, -1.0, 0.5):
        assert float(ns["generalized_relu_grad"](0.0, alpha)) == alpha
        assert np.allclose(ns["generalized_relu"](np.array([-2.0, 3.0]), alpha), [-2 * alpha, 3.0])


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_chain_gradient_matches_products_and_differences_for_depths_1_to_20(activation):
    chain_gradient = solution_namespace(L)["chain_gradient"]
    for x0 in (-1.3, 0.4, 2.0):
        for depth in range(1, 21):
            got = float(chain_gradient(x0, depth, activation))
            assert math.isclose(got, lesson04._chain_product(x0, depth, activation), rel_tol=1e-12, abs_tol=1e-300)
            assert math.isclose(got, lesson04.chain_numeric(x0, depth, activation), rel_tol=1e-5, abs_tol=1e-9)
            if activation == "sigmoid":
                assert got <= 0.25 ** depth


def test_every_graded_function_leaves_its_input_alone_and_takes_lists():
    ns = solution_namespace(L)
    x = np.array([[-2.0, 0.0, 1.5]])
    before = x.copy()
    for name in ("sigmoid", "sigmoid_grad", "tanh_grad", "relu", "relu_grad"):
        assert np.allclose(ns[name](x.tolist()), ns[name](x))
    for name in ("generalized_relu", "generalized_relu_grad"):
        assert np.allclose(ns[name](x.tolist(), 0.1), ns[name](x, 0.1))
    assert np.array_equal(x, before)


# ------------------------------------------------------------ plots and the explorer

def _functions(ns):
    return {"sigmoid": lambda x, a: (ns["sigmoid"](x), ns["sigmoid_grad"](x)),
            "generalized ReLU": lambda x, a: (ns["generalized_relu"](x, a), ns["generalized_relu_grad"](x, a)),
            "unfinished": lambda x, a: (_ for _ in ()).throw(NotImplementedError())}


def test_explorer_state_reports_curves_and_the_largest_slope():
    ns = solution_namespace(L)
    state = activation_plots.explorer_state(_functions(ns), "sigmoid", 0.1, (-10, 10))
    assert state["x"].shape == state["f"].shape == state["df"].shape == (401,)
    assert "0.25" in state["summary"] and "x = 0" in state["summary"]
    leaky = activation_plots.explorer_state(_functions(ns), "generalized ReLU", -1.0, (-3, 2))
    assert np.allclose(leaky["f"], np.abs(leaky["x"]))                   # alpha = -1: |x|
    assert leaky["x"][0] == -3 and leaky["x"][-1] == 2
    unfinished = activation_plots.explorer_state(_functions(ns), "unfinished", 0.1)
    assert unfinished["x"] is None and "not implemented" in unfinished["summary"]
    with pytest.raises(KeyError):
        activation_plots.explorer_state(_functions(ns), "swish", 0.1)
    with pytest.raises(ValueError):
        activation_plots.explorer_state(_functions(ns), "sigmoid", 0.1, (2, -2))


def test_explorer_draws_and_builds_its_widgets():
    import matplotlib.pyplot as plt
    ns = solution_namespace(L)
    fig = activation_plots.draw_explorer(activation_plots.explorer_state(_functions(ns), "sigmoid", 0.1))
    assert len(fig.axes) == 2
    fig = activation_plots.draw_explorer(activation_plots.explorer_state(_functions(ns), "unfinished", 0.1))
    plt.close("all")
    widget = activation_plots.make_explorer(_functions(ns), "sigmoid")
    names = {child.description for child in widget.children if hasattr(child, "description")}
    assert {"activation", "α", "x-range"} <= names
    plt.close("all")


def test_plots_survive_unfinished_exercises():
    import matplotlib.pyplot as plt

    def unfinished(*args):
        raise NotImplementedError()

    fig = activation_plots.plot_gallery([("a", unfinished), ("b", lambda x: (x, np.ones_like(x)))])
    assert "not implemented" in " ".join(t.get_text() for t in fig.axes[0].texts)
    fig = activation_plots.depth_plot(lambda x0, depth, name: unfinished())
    assert fig.axes
    plt.close("all")


def test_notebook_teaches_the_contract_points():
    text = Path(ROOT, "solutions", f"{L}.py").read_text(encoding="utf-8")
    assert "(00_glossary.md)" in text
    assert "> **Common mistake.** σ′ = σ(1 − σ), **not** f′(1 − f)" in text
    for korean in ("활성화 함수", "비선형성", "기울기 소실", "포화"):
        assert korean in text
    for graded in ("sigmoid", "sigmoid_grad", "tanh_grad", "relu", "relu_grad", "generalized_relu",
                   "generalized_relu_grad", "chain_gradient"):
        assert f'check("{graded}")' in text
