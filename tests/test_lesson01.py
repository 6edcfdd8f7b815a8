"""Lesson 01: typical wrong answers fail, correct alternatives pass, and the
worked example's numbers (from the curriculum, not from our code) hold."""

import numpy as np
import pytest

from tests.support import assert_fails, assert_passes, solution_namespace, table_cases, variant, verdict

L = "01_perceptron"

WRONG = {
    "step": [
        "def step(s):\n    return np.sign(s)",                                  # 0 at s = 0
        "def step(s):\n    return np.where(np.asarray(s) > 0, 1, -1)",          # -1 at s = 0
        "def step(s):\n    return np.where(np.asarray(s) >= 0, 1, 0)",          # 0/1 output
        "def step(s):\n    return 1 if s >= 0 else -1",                        # scalars only
        "def step(s):\n    return np.where(np.asarray(s) >= 0, 1.0, -1.0)",    # a 0-d array for a number
        "def step(s):\n    return np.where(np.asarray(s) >= 0, True, False)",  # bools
    ],
    "add_bias": [
        "def add_bias(X):\n    X = np.atleast_2d(X)\n    return np.hstack([X, np.ones((len(X), 1))])",
        "def add_bias(X):\n    X = np.asarray(X, float)\n    return np.hstack([np.ones((X.shape[0], 1)), X])",
        "def add_bias(X):\n    return np.hstack([np.ones((len(X), 1)), np.atleast_2d(X)])",
    ],
    "predict": [
        "def predict(w, X):\n    return np.where(np.asarray(X) @ np.asarray(w)[1:] >= 0, 1, -1)",
        "def predict(w, X):\n    return np.where(add_bias(X) @ w >= 0, 1, -1).reshape(-1, 1)",
        "def predict(w, X):\n    return np.sign(add_bias(X) @ np.asarray(w, float))",
    ],
    "perceptron_loss": [
        # summed over every sample
        "def perceptron_loss(w, X, t):\n    return float(np.sum(-np.asarray(t) * (add_bias(X) @ np.asarray(w, float))))",
        # wrong sign
        "def perceptron_loss(w, X, t):\n    s = add_bias(X) @ np.asarray(w, float); m = predict(w, X) != t\n"
        "    return float(np.sum(np.asarray(t)[m] * s[m]))",
        # counts mistakes instead
        "def perceptron_loss(w, X, t):\n    return float(np.sum(predict(w, X) != t))",
    ],
    "perceptron_step": [
        # the delta rule instead
        "def perceptron_step(w, x, t, lr):\n    xt = add_bias(x)\n    return np.asarray(w, float) + lr * (t - xt @ w) * xt",
        # forgets the bias component
        "def perceptron_step(w, x, t, lr):\n    w = np.array(w, float); y = step(add_bias(x) @ w)\n"
        "    w[1:] += lr * (t - y) * np.asarray(x, float)\n    return w",
        # updates in place
        "def perceptron_step(w, x, t, lr):\n    y = step(add_bias(x) @ w)\n    w += lr * (t - y) * add_bias(x)\n    return w",
        # the caller's own w when nothing changes
        "def perceptron_step(w, x, t, lr):\n    xt = add_bias(x); y = step(xt @ np.asarray(w, float))\n"
        "    if y == t:\n        return w\n    return np.asarray(w, float) + lr * (t - y) * xt",
        # integers stay integers (np.asarray(w) keeps an integer w)
        "def perceptron_step(w, x, t, lr):\n    w = np.asarray(w); xt = np.concatenate([[1], np.asarray(x)])\n"
        "    y = 1 if xt @ w >= 0 else -1\n    return w + lr * (t - y) * xt",
        # t - y with y from s > 0 (tie) is fine here, but halving the step is not the rule
        "def perceptron_step(w, x, t, lr):\n    xt = add_bias(x); y = step(xt @ np.asarray(w, float))\n"
        "    return np.asarray(w, float) + lr * (t - y) / 2 * xt",
    ],
    "delta_rule_step": [
        # the perceptron rule instead
        "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(x); y = step(xt @ np.asarray(w, float))\n"
        "    return np.asarray(w, float) + lr * (t - y) * xt",
        # sign error
        "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(x)\n    return np.asarray(w, float) + lr * (xt @ w - t) * xt",
        # in place
        "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(x)\n    w += lr * (t - xt @ w) * xt\n    return w",
    ],
    "train_perceptron": [
        # never stops early
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        for k in rng.permutation(len(X)):\n"
        "            if predict(w, X[k:k+1])[0] != t[k]: e += 1\n"
        "            w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n    return w, errs",
        # ignores mode (always stochastic)
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        for k in rng.permutation(len(X)):\n"
        "            if predict(w, X[k:k+1])[0] != t[k]: e += 1\n"
        "            w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # ignores rng (fixed order), also ignores mode
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        for k in range(len(X)):\n"
        "            if predict(w, X[k:k+1])[0] != t[k]: e += 1\n"
        "            w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # one random order drawn once and reused for every epoch
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    order = rng.permutation(len(X))\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
        "            w = w + lr * add_bias(X).T @ (t - y)\n"
        "        else:\n            for k in order:\n"
        "                if predict(w, X[k:k+1])[0] != t[k]: e += 1\n"
        "                w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # stochastic errors counted from predictions made once at the start of the epoch
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        y = predict(w, X); e = int(np.sum(y != t))\n"
        "        if mode == 'batch':\n            w = w + lr * add_bias(X).T @ (t - y)\n"
        "        else:\n            for k in rng.permutation(len(X)):\n"
        "                w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # NumPy's global random order instead of rng
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
        "            w = w + lr * add_bias(X).T @ (t - y)\n"
        "        else:\n            for k in np.random.permutation(len(X)):\n"
        "                if predict(w, X[k:k+1])[0] != t[k]: e += 1\n"
        "                w = perceptron_step(w, X[k], t[k], lr)\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # half the rule in stochastic mode: lr·t·x̃ instead of lr·(t - y)·x̃
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n        e = 0\n"
        "        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
        "            w = w + lr * add_bias(X).T @ (t - y)\n"
        "        else:\n            for k in rng.permutation(len(X)):\n"
        "                if predict(w, X[k:k+1])[0] != t[k]:\n"
        "                    e += 1; w = w + lr * t[k] * add_bias(X[k])\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
        # returns the weights before the last update of each epoch? no: returns the initial weights
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float)\n    return np.zeros(X.shape[1] + 1), [0]",
    ],
    "AND_WEIGHTS": ["AND_WEIGHTS = np.array([-0.5, 1.0, 1.0])",   # that is OR
                    "AND_WEIGHTS = np.array([1.0, 1.0])",          # no bias
                    "AND_WEIGHTS = np.array([-1.0, 1.0, 1.0])"],   # (1,0) sits on the line: +1
    "OR_WEIGHTS": ["OR_WEIGHTS = np.array([-1.5, 1.0, 1.0])",     # that is AND
                   "OR_WEIGHTS = np.array([0.5, 1.0, 1.0])"],     # (0,0) is +1
}


@pytest.mark.parametrize("name,source", table_cases(WRONG))
def test_typical_wrong_answer_fails(name, source):
    assert_fails(L, name, source)


RIGHT = {
    "step": [
        "def step(s):\n    if np.ndim(s) == 0:\n        return 1.0 if s >= 0 else -1.0\n"
        "    return np.array([[1 if v >= 0 else -1 for v in row] for row in np.atleast_2d(s)])"
        ".reshape(np.shape(s))",
        "def step(s):\n    out = np.where(np.asarray(s) >= 0, 1.0, -1.0)\n    return out if out.ndim else float(out)",
        "def step(s):\n    return 2 * (np.asarray(s) >= 0).astype(int) - 1",
    ],
    "add_bias": [
        "def add_bias(X):\n    X = np.asarray(X, float)\n    return np.insert(X, 0, 1.0, axis=X.ndim - 1)",
        "def add_bias(X):\n    rows = [[1.0] + list(r) for r in np.atleast_2d(X)]\n"
        "    return np.array(rows[0]) if np.ndim(X) == 1 else np.array(rows)",
    ],
    "predict": [
        "def predict(w, X):\n    out = []\n    for x in X:\n"
        "        s = w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))\n        out.append(1 if s >= 0 else -1)\n"
        "    return np.array(out)",
    ],
    "perceptron_loss": [
        "def perceptron_loss(w, X, t):\n    J = 0.0\n    for x, tk in zip(X, t):\n"
        "        s = w[0] + np.dot(w[1:], x)\n        if (1 if s >= 0 else -1) != tk:\n            J -= tk * s\n"
        "    return J",
    ],
    "perceptron_step": [
        "def perceptron_step(w, x, t, lr):\n    w = list(w); xt = [1.0] + list(x)\n"
        "    y = 1 if sum(a * b for a, b in zip(w, xt)) >= 0 else -1\n"
        "    return np.array([wi + lr * (t - y) * xi for wi, xi in zip(w, xt)])",
    ],
    "train_perceptron": [
        # batch update written as a loop over the mistakes, 2·t·x̃ each
        "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n"
        "    X = np.asarray(X, float); t = np.asarray(t); w = np.zeros(X.shape[1] + 1); errs = []\n"
        "    for _ in range(max_epochs):\n"
        "        if mode == 'batch':\n            y = predict(w, X); bad = np.flatnonzero(y != t)\n"
        "            for k in bad: w = w + lr * 2 * t[k] * add_bias(X[k])\n            e = len(bad)\n"
        "        else:\n            e = 0\n"
        "            for k in rng.permutation(len(X)):\n"
        "                new = perceptron_step(w, X[k], t[k], lr)\n"
        "                e += int(not np.array_equal(new, w)); w = new\n"
        "        errs.append(e)\n        if e == 0: break\n    return w, errs",
    ],
    "AND_WEIGHTS": ["AND_WEIGHTS = [-3, 2, 2]", "AND_WEIGHTS = np.array([-1.0, 0.6, 0.6])",
                    "AND_WEIGHTS = (-7.5, 5, 3)"],
    "OR_WEIGHTS": ["OR_WEIGHTS = [-1, 2, 2]", "OR_WEIGHTS = np.array([-0.1, 0.3, 5.0])"],
}


@pytest.mark.parametrize("name,source", table_cases(RIGHT))
def test_correct_alternative_passes(name, source):
    assert_passes(L, name, source)


def test_worked_example_numbers_from_the_curriculum():
    ns = solution_namespace(L)
    w, x = np.array([0.375, -0.5, 0.75]), np.array([1.5, 2.0])
    assert ns["add_bias"](x) @ w == pytest.approx(1.125)
    assert ns["step"](1.125) == 1
    np.testing.assert_allclose(ns["perceptron_step"](w, x, -1, 0.3), [-0.225, -1.4, -0.45])
    np.testing.assert_allclose(ns["delta_rule_step"](w, x, -1, 0.3), [-0.2625, -1.45625, -0.525])


def test_feedback_names_input_expected_got_and_hint():
    result = verdict("step", variant(L, "def step(s):\n    return np.sign(s)"))
    assert "step(0.0)" in result.feedback
    assert "expected 1" in result.feedback and "got 0" in result.feedback
    assert "Hint:" in result.feedback


def test_in_place_update_is_named_in_feedback():
    src = "def perceptron_step(w, x, t, lr):\n    y = step(add_bias(x) @ w)\n    w += lr * (t - y) * add_bias(x)\n    return w"
    result = verdict("perceptron_step", variant(L, src))
    assert "in place" in result.feedback


def test_missing_name_says_not_defined():
    ns = solution_namespace(L)
    del ns["predict"]
    result = verdict("predict", ns)
    assert result.status == "missing" and "`predict` is not defined" in result.feedback


def test_a_finished_function_calling_a_stub_names_the_stub():
    # Both redefined: solution functions keep calling the solution's own add_bias.
    ns = variant(L, "def add_bias(X):\n    # YOUR CODE HERE\n    raise NotImplementedError()\n"
                    "def predict(w, X):\n    return np.where(add_bias(X) @ np.asarray(w) >= 0, 1, -1)")
    result = verdict("predict", ns)
    assert result.status == "not_implemented"
    assert "`predict` calls `add_bias`, which is not implemented yet" in result.feedback


# Training-loop behaviour the text fixes (issue 13): each must fail.
BATCH_WRONG = {
    "sequential updates in batch mode": "w = perceptron_step(w, X[k], t[k], lr)",
    "batch update averaged over N": "w = w + lr * X_tilde.T @ (t - y) / len(X)",
}


@pytest.mark.parametrize("why", BATCH_WRONG)
def test_batch_mode_done_another_way_fails(why):
    source = f"""
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    X_tilde = add_bias(X)
    w = np.zeros(X_tilde.shape[1])
    errors_per_epoch = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = np.where(X_tilde @ w >= 0, 1, -1)
            errors = int(np.sum(y != t))
            if "{why}" == "sequential updates in batch mode":
                for k in range(len(X)):
                    {BATCH_WRONG[why]}
            else:
                {BATCH_WRONG[why]}
        else:
            errors = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    errors += 1
                    w = perceptron_step(w, X[k], t[k], lr)
        errors_per_epoch.append(errors)
        if errors == 0:
            break
    return w, errors_per_epoch
"""
    result = verdict("train_perceptron", variant("01_perceptron", source))
    assert not result.passed, source


def test_errors_counted_after_the_epochs_updates_fail():
    source = """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    X_tilde = add_bias(X)
    w = np.zeros(X_tilde.shape[1])
    errors_per_epoch = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = np.where(X_tilde @ w >= 0, 1, -1)
            w = w + lr * X_tilde.T @ (t - y)
        else:
            for k in rng.permutation(len(X)):
                w = perceptron_step(w, X[k], t[k], lr)
        errors = int(np.sum(np.where(X_tilde @ w >= 0, 1, -1) != t))
        errors_per_epoch.append(errors)
        if errors == 0:
            break
    return w, errors_per_epoch
"""
    assert not verdict("train_perceptron", variant("01_perceptron", source)).passed


def test_a_delta_rule_without_x_tilde_is_told_so_not_the_raw_sum_hint():
    feedback = verdict("delta_rule_step", variant("01_perceptron", """
def delta_rule_step(w, x, t, lr):
    w = np.asarray(w, dtype=float)
    s = add_bias(np.asarray(x, dtype=float)) @ w
    return w + lr * (t - s)
""")).feedback
    assert "same amount" in feedback and "raw sum" not in feedback
