"""Lesson 03: typical wrong answers fail, correct alternatives pass (any XOR
network, any exact line search), the check references agree with hand-worked
values, and the helpers' XOR trainer does what the notebook says."""

import numpy as np
import pytest

from helpers import xor_net
from helpers.checks import lesson03
from tests.support import assert_fails, assert_passes, solution_namespace, table_cases, variant, verdict

L = "03_xor_mlp"

WRONG = {
    "best_line_accuracy": [
        # half the circle with both labellings: other orientations than 2πk / n_angles when n_angles is odd
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in np.linspace(0, np.pi, n_angles // 2, endpoint=False):\n"
        "        p = np.round(X @ [np.cos(a), np.sin(a)], 9)\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            acc = np.mean(np.where(p >= c, 1, -1) == t)\n"
        "            best = max(best, acc, 1 - acc)\n    return best",
        # rounding separates ties: cos(π/2) = 6e-17 splits (0, 0) from (1, 0)
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # the angle count taken as degrees
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in np.arange(n_angles) * 360 / n_angles:\n"
        "        p = np.round(X @ [np.cos(a), np.sin(a)], 9)\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # integers of radians
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in range(n_angles):\n"
        "        p = np.round(X @ [np.cos(a), np.sin(a)], 9)\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # a fixed grid of offsets from the demo's range
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = np.round(X @ [np.cos(a), np.sin(a)], 9)\n"
        "        for c in np.linspace(-2, 2, 81):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # lines through the origin only: AND needs an offset
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        y = np.where(X @ [np.cos(a), np.sin(a)] >= 0, 1, -1)\n"
        "        best = max(best, np.mean(y == t))\n    return float(best)",
        # half the circle and one orientation of the cut: misses lines whose +1 side faces down-left
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 0.0\n"
        "    for a in np.arange(n_angles) * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # counts correct points instead of a fraction
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, int(np.sum(np.where(p >= c, 1, -1) == t)))\n    return best",
        # a percentage
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, 100 * np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # the error rate of the best line
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 1.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = min(best, np.mean(np.where(p >= c, 1, -1) != t))\n    return float(best)",
        # offsets from a coarse fixed grid: misses the cut between close projections
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = X @ [np.cos(a), np.sin(a)]\n"
        "        for c in np.linspace(-1, 1, 5):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
    ],
    "XOR_HIDDEN": [
        # two identical OR units: (0,1), (1,0) and (1,1) all land on one hidden point
        "XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0], [-0.5, 1.0, 1.0]])",
        # the transpose of the intended layout
        "XOR_HIDDEN = np.array([[-0.5, 1.5], [1.0, -1.0], [1.0, -1.0]])",
        # h = (x1, x2) as ±1: the hidden points are the input square again, still XOR-shaped
        "XOR_HIDDEN = np.array([[-0.5, 1.0, 0.0], [-0.5, 0.0, 1.0]])",
        "XOR_HIDDEN = None",
    ],
    "XOR_OUTPUT": [
        # the network computes XNOR
        "XOR_OUTPUT = np.array([1.0, -1.0, -1.0])",
        # copies the OR unit: the network computes OR, firing on (1, 1) too
        "XOR_OUTPUT = np.array([0.5, 1.0, 0.0])",
        # fires everywhere
        "XOR_OUTPUT = np.array([1.5, 1.0, 1.0])",
        # wrong shape
        "XOR_OUTPUT = np.array([[-1.0, 1.0, 1.0]])",
    ],
    "hidden_features": [
        # W_hidden used without transposing: fails on non-square shapes
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(W[:, 0] + X @ W[:, 1:] >= 0, 1, -1)",
        # 0/1 outputs
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(W[:, 0] + X @ W[:, 1:].T >= 0, 1, 0)",
        # strict > 0
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(W[:, 0] + X @ W[:, 1:].T > 0, 1, -1)",
        # forgets the bias column
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(X @ W[:, 1:].T >= 0, 1, -1)",
        # bias taken as the last column
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(W[:, -1] + X @ W[:, :-1].T >= 0, 1, -1)",
        # units as rows of the result: (h, N)
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.where(W[:, :1] + W[:, 1:] @ X.T >= 0, 1, -1)",
    ],
    "mlp_forward": [
        # W1 transposed: runs only for square W1, wrong values there
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid(sigmoid(X @ params['W1'].T + params['b1']) @ params['W2'] + params['b2'])",
        # no sigmoid on the output
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid(X @ params['W1'] + params['b1']) @ params['W2'] + params['b2']",
        # tanh instead of sigmoid
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid(np.tanh(X @ params['W1'] + params['b1']) @ params['W2'] + params['b2'])",
        # flattened output
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid(sigmoid(X @ params['W1'] + params['b1']) @ params['W2'] + params['b2']).ravel()",
        # forgets b2
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid(sigmoid(X @ params['W1'] + params['b1']) @ params['W2'])",
        # hidden layer without activation (collapses to one linear map)
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    return sigmoid((X @ params['W1'] + params['b1']) @ params['W2'] + params['b2'])",
    ],
}

RIGHT = {
    "best_line_accuracy": [
        # every (rounded) projection as a cut, plus one beyond all of them
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for a in np.arange(n_angles) * 2 * np.pi / n_angles:\n"
        "        p = np.round(X @ [np.cos(a), np.sin(a)], 9)\n"
        "        for c in np.concatenate([p, [np.inf]]):\n"
        "            best = max(best, np.mean(np.where(p >= c, 1, -1) == t))\n    return float(best)",
        # ties by a tolerance instead of rounding, cuts between sorted distinct values
        "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t); best = 0.0\n"
        "    for k in range(n_angles):\n        a = 2 * np.pi * k / n_angles\n"
        "        p = X[:, 0] * np.cos(a) + X[:, 1] * np.sin(a)\n"
        "        v = np.sort(p); keep = np.concatenate([[True], np.diff(v) > 1e-9])\n"
        "        v = v[keep]\n"
        "        cuts = np.concatenate([[v[0] - 1], (v[:-1] + v[1:]) / 2, [v[-1] + 1]])\n"
        "        for c in cuts:\n"
        "            y = np.where(p > c, 1, -1)\n"
        "            best = max(best, float(np.mean(y == t)))\n    return best",
    ],
    "XOR_HIDDEN": [
        "XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]])",
        # x1 AND NOT x2, x2 AND NOT x1
        "XOR_HIDDEN = np.array([[-0.5, 1.0, -1.0], [-0.5, -1.0, 1.0]])",
        # NOR and AND, scaled
        "XOR_HIDDEN = 3 * np.array([[0.5, -1.0, -1.0], [-1.5, 1.0, 1.0]])",
        "XOR_HIDDEN = [[-0.5, 1, 1], [1.5, -1, -1]]",
    ],
    "XOR_OUTPUT": [
        "XOR_OUTPUT = np.array([-1.0, 1.0, 1.0])",
        "XOR_OUTPUT = np.array([-0.1, 2.0, 2.0])",
        # notebook 01's AND weights happen to work on ±1 inputs too
        "XOR_OUTPUT = np.array([-1.5, 1.0, 1.0])",
        # with the two 'one but not the other' units the output is an OR
        "XOR_HIDDEN = np.array([[-0.5, 1.0, -1.0], [-0.5, -1.0, 1.0]])\nXOR_OUTPUT = np.array([1.0, 1.0, 1.0])",
        # with NOR and AND hidden units the output is a NOR
        "XOR_HIDDEN = np.array([[0.5, -1.0, -1.0], [-1.5, 1.0, 1.0]])\nXOR_OUTPUT = np.array([-1.0, -1.0, -1.0])",
        "XOR_OUTPUT = [-1, 1, 1]",
    ],
    "hidden_features": [
        "def hidden_features(W_hidden, X):\n    X = np.asarray(X, float)\n"
        "    Xt = np.hstack([np.ones((len(X), 1)), X])\n"
        "    return np.where(Xt @ np.asarray(W_hidden, float).T >= 0, 1, -1)",
        "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
        "    return np.sign(np.sign(W[:, 0] + np.einsum('nd,hd->nh', X, W[:, 1:])) + 0.5).astype(int)",
    ],
    "mlp_forward": [
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    H = 1 / (1 + np.exp(-(np.einsum('nd,dh->nh', X, params['W1']) + params['b1'])))\n"
        "    return 1 / (1 + np.exp(-(H @ params['W2'] + params['b2'])))",
        "def mlp_forward(params, X):\n    X = np.asarray(X, float)\n"
        "    H = 0.5 * (1 + np.tanh((X @ params['W1'] + params['b1']) / 2))\n"
        "    return 0.5 * (1 + np.tanh((H @ params['W2'] + params['b2']) / 2))",
    ],
}


@pytest.mark.parametrize("name,source", table_cases(WRONG))
def test_typical_wrong_answer_fails(name, source):
    assert_fails(L, name, source)


@pytest.mark.parametrize("name,source", table_cases(RIGHT))
def test_correct_alternative_passes(name, source):
    assert_passes(L, name, source)


def test_xnor_network_gets_the_flip_hint():
    feedback = verdict("XOR_OUTPUT", variant(L, WRONG["XOR_OUTPUT"][0])).feedback
    assert "XNOR" in feedback and "flip" in feedback


def test_or_network_is_named():
    feedback = verdict("XOR_OUTPUT", variant(L, WRONG["XOR_OUTPUT"][1])).feedback
    assert "computes OR" in feedback


def test_output_alone_is_not_enough_without_the_hidden_layer():
    result = verdict("XOR_OUTPUT", variant(L, "XOR_HIDDEN = None"))
    assert not result.passed and "XOR_HIDDEN" in result.feedback


def test_every_xor_network_of_small_integer_weights_is_judged_by_its_truth_table():
    """Brute force: every network with weights in {-1, 0, 1} (biases ±0.5, ±1.5) passes the
    XOR_OUTPUT check exactly when it computes XOR."""
    gen = np.random.default_rng(0)
    X = lesson03.GATE_X
    values = np.array([-1.0, 0.0, 1.0])
    biases = np.array([-1.5, -0.5, 0.5, 1.5])
    seen = {True: 0, False: 0}
    for _ in range(60):
        hidden = np.column_stack([gen.choice(biases, 2), gen.choice(values, (2, 2))])
        output = np.concatenate([gen.choice(biases, 1), gen.choice(values, 2)])
        h = np.where(hidden[:, 0] + X @ hidden[:, 1:].T >= 0, 1, -1)
        y = np.where(output[0] + h @ output[1:] >= 0, 1, -1)
        is_xor = list(y) == [-1, 1, 1, -1]
        ns = {"XOR_HIDDEN": hidden, "XOR_OUTPUT": output}
        assert verdict("XOR_OUTPUT", ns).passed == is_xor
        seen[is_xor] += 1
    ns = {"XOR_HIDDEN": np.array([[-0.5, 1, -1], [-0.5, -1, 1]]), "XOR_OUTPUT": np.array([0.5, 1, 1])}
    assert verdict("XOR_OUTPUT", ns).passed


def test_loop_references_agree_with_hand_worked_values():
    assert np.array_equal(lesson03._loop_hidden(lesson03._W_OR_NAND, lesson03.GATE_X),
                          [[-1, 1], [1, 1], [1, 1], [1, -1]])
    assert np.allclose(lesson03._loop_mlp(lesson03._P_HAND, lesson03.GATE_X), 0.5)
    # one 1-1-1 network by hand: z1 = 2·1 - 1 = 1, h = σ(1); z2 = 3h - 1
    p = {"W1": np.array([[2.0]]), "b1": np.array([-1.0]), "W2": np.array([[3.0]]), "b2": np.array([-1.0])}
    h = 1 / (1 + np.exp(-1.0))
    assert np.isclose(lesson03._loop_mlp(p, [[1.0]])[0, 0], 1 / (1 + np.exp(-(3 * h - 1))))


def test_check_data_is_what_the_cases_say():
    for X, t in [(lesson03.SEP1_X, lesson03.SEP1_T), (lesson03.SEP2_X, lesson03.SEP2_T)]:
        assert X.shape == (30, 2) and set(t) == {-1, 1}
    # the twin points really coincide, and the row really is collinear
    assert np.array_equal(lesson03.TWIN_X[0], lesson03.TWIN_X[1])
    assert np.all(lesson03.ROW_X[:, 1] == 0)
    # mlp_forward cases use non-square hidden layers besides the 2-2-1 one
    assert lesson03._P_34["W1"].shape == (3, 4) and lesson03._P_25["W1"].shape == (2, 5)


def test_best_line_accuracy_solution_on_random_separable_data():
    best_line_accuracy = solution_namespace(L)["best_line_accuracy"]
    gen = np.random.default_rng(7)
    for _ in range(5):
        normal, offset = gen.normal(size=2), gen.normal()
        X = gen.uniform(-3, 3, size=(40, 2))
        score = (X @ normal - offset) / np.linalg.norm(normal)
        X = X[np.abs(score) > 0.4]
        t = np.where(X @ normal >= offset, 1, -1)
        assert best_line_accuracy(X, t, 360) == 1.0
        # and a label flip of one point far inside costs exactly that point at most
        t[np.argmax(np.abs(score[np.abs(score) > 0.4]))] *= -1
        assert best_line_accuracy(X, t, 360) >= 1 - 1 / len(t) - 1e-12


def test_graded_functions_do_not_modify_inputs():
    ns = solution_namespace(L)
    X = lesson03.GATE_X.copy()
    params = {k: v.copy() for k, v in lesson03._P_22.items()}
    ns["best_line_accuracy"](X, np.array([-1, 1, 1, -1]), 36)
    ns["hidden_features"](lesson03._W_OR_NAND, X)
    ns["mlp_forward"](params, X)
    assert np.array_equal(X, lesson03.GATE_X)
    assert all(np.array_equal(params[k], lesson03._P_22[k]) for k in params)


# ------------------------------------------------------------------ the helpers' trainer

Y_XOR = np.array([[0.0], [1.0], [1.0], [0.0]])


def _mlp(params, X):
    """An independent forward pass for the trainer's tests (lesson03's loop reference)."""
    return lesson03._loop_mlp(params, X)


def test_xor_net_step_matches_centred_difference_descent():
    """One step of the trainer moves every parameter by lr times the slope of the squared
    error, which centred differences of an independent loss give to about 1e-6."""
    gen = np.random.default_rng(3)
    start = xor_net.init_params(3, 4, gen)        # non-square on purpose
    X, y = gen.normal(size=(5, 3)), gen.uniform(size=(5, 1))

    def loss(params):
        return float(np.mean((_mlp(params, X) - y) ** 2))

    moved, losses, _ = xor_net.train(_mlp, start, X, y, lr=0.5, epochs=1)
    assert losses[0] == pytest.approx(loss(start))
    for key, value in start.items():
        numeric = np.zeros_like(value)
        for i in np.ndindex(value.shape):
            up, down = {k: v.copy() for k, v in start.items()}, {k: v.copy() for k, v in start.items()}
            up[key][i] += 1e-6
            down[key][i] -= 1e-6
            numeric[i] = (loss(up) - loss(down)) / 2e-6
        assert np.allclose(moved[key], value - 0.5 * numeric, atol=1e-6), key


def test_xor_net_holds_no_forward_pass_or_gradient_of_its_own():
    """The trainer runs the student's network: nothing in helpers computes a layer."""
    assert not hasattr(xor_net, "forward") and not hasattr(xor_net, "loss_and_grads")
    calls = []

    def counting(params, X):
        calls.append(1)
        return _mlp(params, X)

    xor_net.train(counting, xor_net.init_params(2, 2, np.random.default_rng(0)), lesson03.GATE_X, Y_XOR, 1.0, 3)
    assert len(calls) == 3 * (1 + 9)   # the loss, then one nudge per parameter, every step


def test_notebook_seeds_converge_and_stall_as_the_notebook_says():
    ns = solution_namespace(L)
    forward = ns["mlp_forward"]
    params, losses, snaps = xor_net.train(
        forward, xor_net.init_params(2, 2, np.random.default_rng(ns["SEED"])), lesson03.GATE_X, Y_XOR,
        ns["LR"], ns["EPOCHS"], ns["SNAPSHOTS"])
    out = forward(params, lesson03.GATE_X)
    assert np.array_equal(out > 0.5, Y_XOR > 0.5) and losses[-1] < 0.01
    assert sorted(snaps) == sorted(ns["SNAPSHOTS"])
    _, bad_losses, _ = xor_net.train(forward, xor_net.init_params(2, 2, np.random.default_rng(6)),
                                     lesson03.GATE_X, Y_XOR, ns["LR"], ns["EPOCHS"])
    assert 0.1 < bad_losses[-1] < 0.15 and abs(bad_losses[-1] - bad_losses[-200]) < 1e-3


def test_xor_net_train_is_deterministic_and_leaves_its_input_alone():
    start = xor_net.init_params(2, 3, np.random.default_rng(1))
    copy = {k: v.copy() for k, v in start.items()}
    a = xor_net.train(_mlp, start, lesson03.GATE_X, Y_XOR, 2.0, 50)
    b = xor_net.train(_mlp, start, lesson03.GATE_X, Y_XOR, 2.0, 50)
    assert all(np.array_equal(start[k], copy[k]) for k in start)
    assert np.array_equal(a[1], b[1])
    assert all(np.array_equal(a[0][k], b[0][k]) for k in start)


def test_grader_reports_lesson03_under_its_graded_names(tmp_path):
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
        "best_line_accuracy", "XOR_HIDDEN", "XOR_OUTPUT", "hidden_features", "mlp_forward"}
    assert subs["solution"]["score"] == subs["solution"]["max_score"] > 0
    assert subs["stub"]["score"] == 0


# Hints name a mistake only when the numbers show it (issue 13).
@pytest.mark.parametrize("name,source,named,not_named", [
    ("mlp_forward", "def mlp_forward(params, X):\n    X = np.asarray(X, dtype=float)\n"
                    "    h = 1 / (1 + np.exp(-(X @ params['W1'])))\n"
                    "    return 1 / (1 + np.exp(-(h @ params['W2'] + params['b2'])))",
     "A bias is missing", "W1.T"),
    ("hidden_features", "def hidden_features(W_hidden, X):\n    X = np.asarray(X, dtype=float)\n"
                        "    W = np.asarray(W_hidden, dtype=float)\n"
                        "    return np.where(np.hstack([np.ones((len(X), 1)), X]) @ W.T > 0, 1, -1)",
     "exactly 0 gives +1", "d + 1"),
])
def test_the_hint_names_the_mistake_the_numbers_show(name, source, named, not_named):
    feedback = verdict(name, variant("03_xor_mlp", source)).feedback
    assert named in feedback and not_named not in feedback, feedback
