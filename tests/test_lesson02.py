"""Lesson 02: typical wrong answers fail, correct alternatives pass, the check
data agrees with geometry worked independently, and the slider figure's logic
works without a browser."""

import numpy as np
import pytest

from helpers import geometry_plots as gp
from helpers.checks import lesson02
from tests.support import assert_fails, assert_passes, solution_namespace, table_cases, variant, verdict

L = "02_decision_lines"

WRONG = {
    "line_through": [
        # solves for x2 at x1 = 0: divides by w2, fails on vertical lines
        "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n"
        "    if w1 == 0 and w2 == 0:\n        raise ValueError('no line')\n"
        "    return np.array([0.0, -w0 / w2]), np.array([w2, -w1])",
        # returns the normal instead of a direction along the line
        "def line_through(w):\n    w = np.asarray(w, float)\n"
        "    if not w[1:].any():\n        raise ValueError('no line')\n"
        "    return -w[0] * w[1:] / (w[1:] @ w[1:]), w[1:].copy()",
        # sign error in the point
        "def line_through(w):\n    w = np.asarray(w, float)\n"
        "    if not w[1:].any():\n        raise ValueError('no line')\n"
        "    return w[0] * w[1:] / (w[1:] @ w[1:]), np.array([-w[2], w[1]])",
        # divides by the length, not the squared length
        "def line_through(w):\n    w = np.asarray(w, float)\n"
        "    if not w[1:].any():\n        raise ValueError('no line')\n"
        "    return -w[0] * w[1:] / np.linalg.norm(w[1:]), np.array([-w[2], w[1]])",
        # never raises: returns NaNs at w1 = w2 = 0
        "def line_through(w):\n    w = np.asarray(w, float)\n    with np.errstate(all='ignore'):\n"
        "        return -w[0] * w[1:] / (w[1:] @ w[1:]), np.array([-w[2], w[1]])",
        # raises the wrong kind of error
        "def line_through(w):\n    w = np.asarray(w, float)\n"
        "    if not w[1:].any():\n        raise ZeroDivisionError('no line')\n"
        "    return -w[0] * w[1:] / (w[1:] @ w[1:]), np.array([-w[2], w[1]])",
        # a zero direction for lines through the origin (direction built from the point)
        "def line_through(w):\n    w = np.asarray(w, float)\n"
        "    if not w[1:].any():\n        raise ValueError('no line')\n"
        "    p = -w[0] * w[1:] / (w[1:] @ w[1:])\n    return p, np.array([-p[1], p[0]])",
        # tuples instead of the two arrays the docstring asks for
        "def line_through(w):\n    w0, w1, w2 = (float(v) for v in w)\n"
        "    if w1 == w2 == 0:\n        raise ValueError('no line')\n"
        "    k = -w0 / (w1 * w1 + w2 * w2)\n    return (k * w1, k * w2), (-w2, w1)",
    ],
    "signed_distance": [
        # forgets to divide: the weighted sum, not a distance
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n    return w[0] + np.asarray(X, float) @ w[1:]",
        # divides by the length of the whole w, bias included
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
        "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w)",
        # unsigned distance
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
        "    return np.abs(w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:])",
        # forgets the bias
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
        "    return np.asarray(X, float) @ w[1:] / np.linalg.norm(w[1:])",
        # a column instead of shape (N,)
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
        "    return ((w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:])).reshape(-1, 1)",
        # 2-D only
        "def signed_distance(w, X):\n    w = np.asarray(w, float); X = np.asarray(X, float)\n"
        "    return (w[0] + w[1] * X[:, 0] + w[2] * X[:, 1]) / np.hypot(w[1], w[2])",
    ],
    "threshold_to_bias": [
        "def threshold_to_bias(weights, T):\n    return np.concatenate([[T], np.asarray(weights, float)])",
        "def threshold_to_bias(weights, T):\n    return np.concatenate([np.asarray(weights, float), [-T]])",
        "def threshold_to_bias(weights, T):\n    return np.array([-T])",
        # a negative multiple: same line, opposite firing side
        "def threshold_to_bias(weights, T):\n    return np.concatenate([[T], -np.asarray(weights, float)])",
    ],
    "same_boundary": [
        # np.bool_, not a plain bool
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return np.all(np.isclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))",
        # a loose cosine accepts near-but-different lines
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return bool(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)) > 0.99)",
        # ratios are 0 / 0 where a weight is 0
        "def same_boundary(w_a, w_b):\n    r = np.asarray(w_b, float) / np.asarray(w_a, float)\n"
        "    return bool(np.allclose(r, r[0]) and r[0] > 0)",
        # == after normalising: awkward factors differ in the last digit
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return bool(np.array_equal(a / np.linalg.norm(a), b / np.linalg.norm(b)))",
        # no scale removed
        "def same_boundary(w_a, w_b):\n    return bool(np.allclose(w_a, w_b))",
        # ignores the side: |cos| = 1 accepts negative multiples
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return bool(np.isclose(abs(a @ b), np.linalg.norm(a) * np.linalg.norm(b)))",
        # compares only the orientation, ignores the offset
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float)[1:]; b = np.asarray(w_b, float)[1:]\n"
        "    return bool(np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))",
        # returns an array of per-entry answers
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return np.isclose(a / np.linalg.norm(a), b / np.linalg.norm(b))",
    ],
}

RIGHT = {
    "line_through": [
        # an intercept as the point, a long reversed direction
        "def line_through(w):\n    w0, w1, w2 = (float(v) for v in w)\n"
        "    if w1 == 0 and w2 == 0:\n        raise ValueError('w1 = w2 = 0: no line')\n"
        "    point = np.array([-w0 / w1, 0.0]) if w1 != 0 else np.array([0.0, -w0 / w2])\n"
        "    return point, np.array([7 * w2, -7 * w1])",
        # a unit direction and the nearest point, written with the norm
        "def line_through(w):\n    w = np.asarray(w, dtype=float)\n    n = np.linalg.norm(w[1:])\n"
        "    if n == 0:\n        raise ValueError('there is no line when w1 = w2 = 0')\n"
        "    u = w[1:] / n\n    return -w[0] / n * u, np.array([-u[1], u[0]])",
    ],
    "signed_distance": [
        "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
        "    return np.einsum('nd,d->n', np.asarray(X, float), w[1:] / np.sqrt(np.sum(w[1:] ** 2)))"
        " + w[0] / np.sqrt(np.sum(w[1:] ** 2))",
        "def signed_distance(w, X):\n    w = np.asarray(w, float); Xt = add_ones(X)\n"
        "    return Xt @ (w / np.linalg.norm(w[1:]))\n"
        "def add_ones(X):\n    X = np.asarray(X, float)\n    return np.hstack([np.ones((len(X), 1)), X])",
    ],
    "threshold_to_bias": [
        "def threshold_to_bias(weights, T):\n    return np.array([-T, *weights], dtype=float)",
        # a positive multiple fires at the same points
        "def threshold_to_bias(weights, T):\n    return 2.0 * np.concatenate([[-T], np.asarray(weights, float)])",
    ],
    "same_boundary": [
        # ratio test: b = c·a with one c > 0
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    c = (a @ b) / (a @ a)\n    return bool(c > 0 and np.allclose(b, c * a))",
        # numpy bool is fine
        "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
        "    return np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b))",
    ],
}


@pytest.mark.parametrize("name,source", table_cases(WRONG))
def test_typical_wrong_answer_fails(name, source):
    assert_fails(L, name, source)


@pytest.mark.parametrize("name,source", table_cases(RIGHT))
def test_correct_alternative_passes(name, source):
    assert_passes(L, name, source)


def test_vertical_line_fails_with_a_hint_about_vertical_lines():
    ns = variant(L, WRONG["line_through"][0])
    feedback = verdict("line_through", ns).feedback
    assert "vertical" in feedback


def test_line_through_error_message_is_clear():
    line_through = solution_namespace(L)["line_through"]
    for w in ([1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [-2, 0, 0]):
        with pytest.raises(ValueError, match="w1 = w2 = 0"):
            line_through(w)


def test_line_through_geometry_on_many_lines():
    line_through = solution_namespace(L)["line_through"]
    gen = np.random.default_rng(0)
    for w in np.vstack([gen.normal(size=(50, 3)), [[3, 0, 2], [3, 2, 0], [0, 1, 1]]]):
        point, direction = line_through(w)
        assert abs(w[0] + point @ w[1:]) < 1e-9 * max(1, np.abs(w).max())
        assert abs(direction @ w[1:]) < 1e-12 and np.linalg.norm(direction) > 0


def test_check_distances_agree_with_the_foot_of_the_perpendicular():
    """The hand-worked distances in the check module, recomputed another way:
    project onto the line and measure, with the side from the sign of s."""
    w, X = lesson02.W_345, lesson02.X_345
    normal = w[1:] / np.linalg.norm(w[1:])
    on_line = -w[0] * w[1:] / (w[1:] @ w[1:])
    for x, expected in zip(X, lesson02.D_345):
        foot = x - ((x - on_line) @ normal) * normal
        assert abs(w[0] + foot @ w[1:]) < 1e-12
        side = 1 if w[0] + x @ w[1:] >= 0 else -1
        assert np.isclose(side * np.linalg.norm(x - foot), expected)


def test_signed_distance_properties_in_5d():
    signed_distance = solution_namespace(L)["signed_distance"]
    gen = np.random.default_rng(1)
    w, X = gen.normal(size=6), gen.normal(size=(20, 5))
    d = signed_distance(w, X)
    assert d.shape == (20,)
    assert np.allclose(signed_distance(3.7 * w, X), d)
    assert np.allclose(signed_distance(-w, X), -d)
    # moving a point by r along the unit normal changes its distance by r
    unit = w[1:] / np.linalg.norm(w[1:])
    assert np.allclose(signed_distance(w, X + 0.8 * unit), d + 0.8)
    assert np.array_equal(np.sign(d) >= 0, w[0] + X @ w[1:] >= 0)


def test_threshold_to_bias_fires_as_the_threshold_unit_on_random_grids():
    threshold_to_bias = solution_namespace(L)["threshold_to_bias"]
    gen = np.random.default_rng(2)
    for d in (1, 2, 4):
        weights, T = gen.integers(-3, 4, size=d).astype(float), float(gen.integers(-3, 4))
        w = threshold_to_bias(weights, T)
        X = gen.integers(-4, 5, size=(300, d)).astype(float)
        assert np.array_equal(w[0] + X @ w[1:] >= 0, X @ weights >= T)


def test_same_boundary_on_scalings():
    same_boundary = solution_namespace(L)["same_boundary"]
    w = np.array([0.7, -1.2, 0.4])
    for c in (1e-4, 0.5, 1.0, 3.0, 1e4):
        assert same_boundary(w, c * w) is True
    for c in (-1e-4, -1.0, -3.0):
        assert same_boundary(w, c * w) is False
    assert same_boundary(w, w + np.array([0.1, 0, 0])) is False


def test_graded_functions_do_not_modify_inputs():
    ns = solution_namespace(L)
    w, X = np.array([-1.5, 1.0, 1.0]), np.array([[0.0, 1.0], [2.0, 3.0]])
    ns["line_through"](w)
    ns["signed_distance"](w, X)
    ns["same_boundary"](w, 2 * w)
    ns["threshold_to_bias"](w[1:], 1.5)
    assert np.array_equal(w, [-1.5, 1.0, 1.0]) and np.array_equal(X, [[0, 1], [2, 3]])


# ------------------------------------------------------------------ the slider figure, headless

GATE_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
AND_T = np.array([-1, -1, -1, 1])


@pytest.fixture
def fns():
    ns = solution_namespace(L)
    return ns["line_through"], ns["signed_distance"]


def test_slider_state_for_the_and_weights(fns):
    state = gp.slider_state([-1.5, 1, 1], GATE_X, AND_T, *fns)
    assert state["wrong"].size == 0
    assert np.allclose(state["distances"], np.array([-1.5, -0.5, -0.5, 0.5]) / np.sqrt(2))
    assert state["text"][-1] == "Every point is on its correct side."
    point, direction = state["line"]
    assert abs(-1.5 + point.sum()) < 1e-12 and abs(direction.sum()) < 1e-12


def test_slider_state_lists_misclassified_points(fns):
    state = gp.slider_state([0.5, -1, 0], GATE_X, AND_T, *fns)   # the vertical line x1 = 0.5
    assert list(state["wrong"]) == [0, 1, 3]
    assert "3 misclassified: (0, 0), (0, 1), (1, 1)" in state["text"]
    assert sum("WRONG" in line for line in state["text"]) == 3


def test_slider_state_without_a_line(fns):
    state = gp.slider_state([-1, 0, 0], GATE_X, AND_T, *fns)
    assert state["line"] is None and state["distances"] is None
    assert "no line" in state["text"][0] and "−1" in state["text"][0]
    assert list(state["wrong"]) == [3]


def test_slider_figure_draws_and_widget_updates_headless(fns):
    import matplotlib.pyplot as plt

    for w in ([-1.5, 1, 1], [0.5, -1, 0], [0.3, 0, 1], [1, 0, 0]):
        state = gp.slider_state(w, GATE_X, AND_T, *fns)
        fig, ax = plt.subplots()
        gp.draw_state(ax, state, GATE_X, AND_T)
        plt.close(fig)
    widget = gp.decision_widget({"AND": (GATE_X, AND_T)}, *fns)
    names = [getattr(c, "description", "") for c in widget.children]
    assert {"gate", "w0", "w1", "w2"} <= set(names)
    widget.children[names.index("w1")].value = 0.0
    widget.children[names.index("w2")].value = 0.0   # no line: must not raise
    widget.update()
    plt.close("all")


def test_grader_reports_lesson02_under_its_graded_names(tmp_path):
    import shutil

    from helpers import checks
    from tests.grading import exercises, grade
    from tests.support import NOTEBOOKS, SOLUTIONS

    for who, folder in [("solution", SOLUTIONS), ("stub", NOTEBOOKS)]:
        (tmp_path / who).mkdir()
        shutil.copy(folder / f"{L}.ipynb", tmp_path / who / f"{L}.ipynb")
    result = grade([tmp_path / "solution", tmp_path / "stub"], tmp_path)
    subs = {s["submission"]: s for s in result["submissions"]}
    names = {e.name for e in checks.exercises(L)}
    assert set(exercises(subs["solution"])) == names == {
        "line_through", "signed_distance", "threshold_to_bias", "same_boundary"}
    assert subs["solution"]["score"] == subs["solution"]["max_score"] > 0
    assert subs["stub"]["score"] == 0
