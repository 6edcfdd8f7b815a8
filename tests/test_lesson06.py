"""Lesson 06: typical wrong answers fail, correct alternatives pass, and the
notebook's own promises (data, stated accuracy, determinism) hold."""

import functools
import math

import numpy as np
import pytest

from helpers.checks import lesson06
from tests.support import NOTEBOOKS, assert_fails, assert_passes, run_notebook, solution_namespace, variant, verdict

LESSON = "06_softmax_cross_entropy"


fails = functools.partial(assert_fails, LESSON)
passes = functools.partial(assert_passes, LESSON)


# ----------------------------------------------------------------- softmax

SOFTMAX_WRONG = {
    "columns instead of rows": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
""",
    "no max-subtraction": """
def softmax(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / e.sum(axis=-1, keepdims=True)
""",
    "whole-array sum": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()
""",
    "sum without keepdims": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1)
""",
    "global max (underflows a far-away row)": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)
""",
    "in place": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
""",
    "axis=1 breaks 1-D": """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
""",
}


@pytest.mark.parametrize("why", sorted(SOFTMAX_WRONG))
def test_softmax_wrong_answers_fail(why):
    fails("softmax", SOFTMAX_WRONG[why])


def test_softmax_overflow_feedback_names_the_fix():
    feedback = fails("softmax", SOFTMAX_WRONG["no max-subtraction"])
    assert "maximum" in feedback and "nan" in feedback


def test_softmax_wrong_axis_caught_on_non_square_input():
    # The (2, 4) batch alone is enough to catch normalising columns.
    source = SOFTMAX_WRONG["columns instead of rows"]
    result = verdict("softmax", variant(LESSON, source))
    titles = [c.message for c in result.cases if not c.passed]
    assert any("(2, 4)" in t for t in titles)


def test_softmax_loop_alternative_passes():
    passes("softmax", """
def softmax(z):
    z = np.array(z, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        m = max(row)
        e = [math.exp(v - m) for v in row]
        s = sum(e)
        out[i] = [v / s for v in e]
    return out.reshape(z.shape)
import math
""")


def test_softmax_logsumexp_alternative_passes():
    passes("softmax", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    return np.exp(z - m - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True)))
""")


def test_softmax_classic_table_to_four_figures():
    ns = solution_namespace(LESSON)
    got = ns["softmax"](lesson06.CLASSIC_Z)
    for row_got, row_expected in zip(got, lesson06.CLASSIC_P, strict=True):
        for g, e in zip(row_got, row_expected, strict=True):
            assert float(f"{g:.4g}") == pytest.approx(e, rel=5e-3)
    assert np.allclose(got.sum(axis=1), 1.0)


def test_softmax_properties_on_solution():
    softmax = solution_namespace(LESSON)["softmax"]
    z = np.random.default_rng(0).normal(size=(3, 5)) * 50
    p = softmax(z)
    assert p.shape == (3, 5) and np.allclose(p.sum(axis=1), 1)
    assert np.allclose(softmax(z + np.array([[3.0], [-1e3], [1e3]])), p)
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # not even a warning
        big = softmax(np.array([[1e4, -1e4, 0.0], [-1e4, -1e4, -1e4]]))
    assert np.all(np.isfinite(big))
    assert softmax(np.array([1.0, 2.0, 0.0])).shape == (3,)


# ----------------------------------------------------------------- one_hot

def test_one_hot_out_of_range_must_raise_value_error():
    fails("one_hot", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    out = np.zeros((len(y), num_classes))
    out[np.arange(len(y)), y] = 1.0
    return out
""")


def test_one_hot_from_max_label_fails():
    fails("one_hot", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if np.any((y < 0) | (y >= num_classes)):
        raise ValueError("label out of range")
    return np.eye(y.max() + 1)[y]
""")


def test_one_hot_integer_dtype_fails():
    feedback = fails("one_hot", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if np.any((y < 0) | (y >= num_classes)):
        raise ValueError("label out of range")
    return (y[:, None] == np.arange(num_classes)).astype(int)
""")
    assert "float" in feedback


def test_one_hot_eye_alternative_passes():
    passes("one_hot", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if y.size and (y.min() < 0 or y.max() >= num_classes):
        bad = y.min() if y.min() < 0 else y.max()
        raise ValueError(f"label {bad} is not in 0..{num_classes - 1}")
    return np.eye(num_classes)[y]
""")


def test_one_hot_solution_message_is_clear():
    one_hot = solution_namespace(LESSON)["one_hot"]
    with pytest.raises(ValueError, match="out of range"):
        one_hot([0, 5], 3)
    out = one_hot(np.array([1, 0]), 3)
    assert out.shape == (2, 3) and out.dtype.kind == "f"


# ----------------------------------------------------------------- entropy

def test_entropy_without_zero_log_zero_fails():
    fails("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log(p), axis=-1)
""")


def test_entropy_in_bits_fails():
    fails("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    logs = np.log2(p, where=p > 0, out=np.zeros_like(p))
    return -np.sum(p * logs, axis=-1)
""")


def test_entropy_summed_over_everything_fails():
    fails("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    logs = np.log(p, where=p > 0, out=np.zeros_like(p))
    return -np.sum(p * logs)
""")


def test_entropy_masked_in_place_fails():
    fails("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    p[p == 0] = 1.0
    return -np.sum(p * np.log(p), axis=-1)
""")


def test_entropy_alternatives_pass():
    # silencing the warning is not avoiding it: the text says so (issue 21's warning policy)
    assert "hides warnings" in fails("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * np.log(p), 0.0)
    return -terms.sum(axis=-1)
""")
    passes("entropy", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    def one(row):
        return -sum(x * math.log(x) for x in row if x > 0)
    if p.ndim == 1:
        return one(p)
    return np.array([one(row) for row in p])
import math
""")


def test_entropy_of_fair_coin_is_ln2():
    entropy = solution_namespace(LESSON)["entropy"]
    assert entropy([0.5, 0.5]) == pytest.approx(math.log(2), abs=1e-12)


# ----------------------------------------------------- cross-entropy family

def test_cross_entropy_sum_fails():
    feedback = fails("cross_entropy", """
def cross_entropy(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y)
    return float(-np.sum(np.log(p[np.arange(len(y)), y])))
""")
    assert "mean" in feedback


def test_cross_entropy_wrong_indexing_fails():
    fails("cross_entropy", """
def cross_entropy(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y)
    return float(-np.mean(np.log(p[:, y])))
""")


def test_cross_entropy_loop_alternative_passes():
    passes("cross_entropy", """
def cross_entropy(p, y):
    total = 0.0
    for row, label in zip(p, y):
        total -= math.log(row[label])
    return total / len(y)
import math
""")


def test_binary_cross_entropy_sum_fails():
    fails("binary_cross_entropy", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    return float(-np.sum(t * np.log(p) + (1 - t) * np.log(1 - p)))
""")


def test_binary_cross_entropy_swapped_terms_fails():
    fails("binary_cross_entropy", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    return float(-np.mean((1 - t) * np.log(p) + t * np.log(1 - p)))
""")


def test_binary_cross_entropy_alternatives_pass():
    assert "hides warnings" in fails("binary_cross_entropy", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    with np.errstate(divide="ignore"):
        return float(np.mean(np.where(t == 1, -np.log(p), -np.log(1 - p))))
""")
    passes("binary_cross_entropy", """
def binary_cross_entropy(p, t):
    p = np.asarray(p, dtype=float)
    return cross_entropy(np.column_stack([1 - p, p]), np.asarray(t, dtype=int))
""")


# --------------------------------------------------- softmax_cross_entropy

def test_softmax_cross_entropy_without_one_over_n_fails():
    feedback = fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), y]))
    return loss, softmax(z) - one_hot(y, z.shape[1])
""")
    assert "2 times too large" in feedback  # N = 2 here: the evidence names the missing 1/N


def test_softmax_cross_entropy_with_y_minus_p_is_told_the_sign_not_the_mean():
    feedback = fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), y]))
    return loss, (one_hot(y, z.shape[1]) - softmax(z)) / n
""")
    assert "wrong sign" in feedback and "1/N" not in feedback and "mean" not in feedback


def test_softmax_cross_entropy_sum_loss_fails():
    fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    loss = float(np.sum(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), y]))
    return loss, softmax(z) - one_hot(y, z.shape[1])
""")


def test_softmax_cross_entropy_via_log_of_softmax_fails_at_large_logits():
    feedback = fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    p = softmax(z)
    n = z.shape[0]
    with np.errstate(divide="ignore"):
        loss = float(-np.mean(np.log(p[np.arange(n), y])))
    return loss, (p - one_hot(y, z.shape[1])) / n
""")
    assert "log-sum-exp" in feedback


def test_softmax_cross_entropy_wrong_sign_fails():
    fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), y]))
    return loss, (one_hot(y, z.shape[1]) - softmax(z)) / n
""")


def test_softmax_cross_entropy_loop_alternative_passes():
    passes("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z = [list(map(float, row)) for row in z]
    n = len(z)
    loss, dz = 0.0, []
    for row, label in zip(z, y):
        m = max(row)
        e = [math.exp(v - m) for v in row]
        s = sum(e)
        loss += math.log(s) + m - row[label]
        g = [v / s / n for v in e]
        g[label] -= 1.0 / n
        dz.append(g)
    return loss / n, np.array(dz)
import math
""")


def test_softmax_cross_entropy_gradient_matches_numerical_on_solution():
    f = solution_namespace(LESSON)["softmax_cross_entropy"]
    z = np.random.default_rng(5).normal(size=(3, 4))
    y = np.array([3, 0, 2])
    _, dz = f(z, y)
    numeric = lesson06._numeric_dz(z, y)
    assert np.allclose(dz, numeric, atol=1e-8)
    assert np.allclose(dz.sum(axis=1), 0)  # p - y sums to 0 in every row


# -------------------------------------------------- train_softmax_regression

def test_training_with_global_random_state_fails():
    fails("train_softmax_regression", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = 0.01 * np.random.normal(size=(X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
    return W, b, losses
""")


def test_training_uphill_fails():
    fails("train_softmax_regression", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = 0.01 * rng.normal(size=(X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W + lr * (X.T @ dz)
        b = b + lr * dz.sum(axis=0)
    return W, b, losses
""")


def test_training_returning_initial_weights_fails():
    fails("train_softmax_regression", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W0 = 0.01 * rng.normal(size=(X.shape[1], num_classes))
    W, b = W0, np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
    return W0, np.zeros(num_classes), losses
""")


def test_training_with_minibatches_from_rng_fails():
    """The text fixes full-batch steps and the loss taken before each step (issue 21)."""
    fails("train_softmax_regression", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = rng.normal(scale=0.01, size=(X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 32):
            idx = order[start:start + 32]
            _, dz = softmax_cross_entropy(X[idx] @ W + b, y[idx])
            W = W - lr * (X[idx].T @ dz)
            b = b - lr * dz.sum(axis=0)
        losses.append(softmax_cross_entropy(X @ W + b, y)[0])
    return W, b, losses
""")


def test_training_with_scale_in_rng_normal_passes():
    passes("train_softmax_regression", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = rng.normal(scale=0.01, size=(X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W -= lr * (X.T @ dz)
        b -= lr * np.sum(dz, axis=0)
    return W, b, losses
""")


def test_check_data_is_the_notebooks_data():
    ns = solution_namespace(LESSON)
    assert np.array_equal(ns["X_blobs"], lesson06.BLOBS_X)
    assert np.array_equal(ns["y_blobs"], lesson06.BLOBS_Y)


def test_notebook_states_the_accuracy_the_check_demands():
    text = (__import__("pathlib").Path(__file__).resolve().parent.parent
            / "solutions" / f"{LESSON}.py").read_text(encoding="utf-8")
    assert f"at least {lesson06.TARGET_ACCURACY:.0%}".replace("%", " %") in text


def test_training_reaches_stated_accuracy_and_is_deterministic():
    ns = solution_namespace(LESSON)
    train = ns["train_softmax_regression"]
    X, y = lesson06.BLOBS_X, lesson06.BLOBS_Y
    runs = [train(X, y, 3, 0.5, 200, np.random.default_rng(0)) for _ in range(2)]
    W, b, losses = runs[0]
    assert np.array_equal(W, runs[1][0]) and np.array_equal(b, runs[1][1])
    assert len(losses) == 200
    assert np.mean(np.argmax(X @ W + b, axis=1) == y) >= lesson06.TARGET_ACCURACY
    assert np.mean(np.argmax(X @ ns["W"] + ns["b"], axis=1) == y) >= lesson06.TARGET_ACCURACY


# ------------------------------------------------------------ the notebook

def test_student_notebook_runs_without_errors():
    ns, reports = run_notebook(NOTEBOOKS / f"{LESSON}.ipynb")
    assert [r for r in reports if r.error] == []
    assert "softmax" in ns and "X_blobs" in ns


def test_notebook_teaches_the_required_pieces():
    text = (__import__("pathlib").Path(__file__).resolve().parent.parent
            / "solutions" / f"{LESSON}.py").read_text(encoding="utf-8")
    assert "> **Common mistake.** Entropy is not" in text
    assert "[glossary](00_glossary.md)" in text
    for term in ("소프트맥스", "교차 엔트로피", "엔트로피", "원-핫 인코딩", "로짓"):
        assert term in text
    for name in ("softmax", "one_hot", "entropy", "cross_entropy", "binary_cross_entropy",
                 "softmax_cross_entropy", "train_softmax_regression"):
        assert f'check("{name}")' in text


# Hints follow the evidence (issue 13): a sign error is told it is a sign error.
@pytest.mark.parametrize("name,source", [
    ("cross_entropy", "def cross_entropy(p, y):\n    p, y = np.asarray(p, dtype=float), np.asarray(y)\n"
                      "    return float(np.mean(np.log(p[np.arange(len(y)), y])))"),
    ("entropy", "def entropy(p):\n    p = np.asarray(p, dtype=float)\n"
                "    safe = np.where(p > 0, p, 1.0)\n    return np.sum(p * np.log(safe), axis=-1)"),
])
def test_a_missing_minus_is_told_the_sign(name, source):
    feedback = fails(name, source)
    assert "wrong sign" in feedback
    assert "mean over the batch" not in feedback and "natural log" not in feedback


def test_one_hot_error_that_does_not_name_the_label_fails():
    """The text asks for a ValueError "that says which label is wrong"."""
    feedback = fails("one_hot", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if y.size and (y.min() < 0 or y.max() >= num_classes):
        raise ValueError("bad labels")
    return np.eye(num_classes)[y]
""")
    assert "does not say" in feedback


def test_bce_with_its_arguments_swapped_is_not_told_to_take_the_mean():
    feedback = fails("binary_cross_entropy", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(t, dtype=float), np.asarray(p, dtype=float)
    return float(np.mean(-(t * np.log(p) + (1 - t) * np.log(1 - p))))
""")
    assert "mean over the batch" not in feedback and "divide by N" not in feedback


# ------------------------------------------------- numerical promises (issue 21)

def test_softmax_shifted_by_the_batch_maximum_fails_on_rows_far_apart():
    feedback = fails("softmax", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)
""")
    assert "own maximum" in feedback or "each row" in feedback.lower()


def test_softmax_cross_entropy_shifted_by_the_batch_maximum_fails():
    fails("softmax_cross_entropy", """
def softmax_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max()
    loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), y]))
    return loss, (softmax(z) - one_hot(y, z.shape[1])) / n
""")


def test_softmax_hiding_its_overflow_fails():
    assert "hides warnings" in fails("softmax", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        p = e / e.sum(axis=-1, keepdims=True)
    return np.where(np.isnan(p), (z == z.max(axis=-1, keepdims=True)) / (z == z.max(axis=-1, keepdims=True)).sum(axis=-1, keepdims=True), p)
""")


@pytest.mark.parametrize("name, source", [
    ("cross_entropy", "def cross_entropy(p, y):\n    p, y = np.asarray(p, float), np.asarray(y)\n"
                      "    return float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1 - 1e-12))))"),
    ("binary_cross_entropy", "def binary_cross_entropy(p, t):\n    p, t = np.asarray(p, float), np.asarray(t, float)\n"
                             "    p = np.clip(p, 1e-12, 1 - 1e-12)\n"
                             "    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))"),
    ("entropy", "def entropy(p):\n    p = np.asarray(p, float)\n    return -np.sum(p * np.log(p + 1e-12), axis=-1)"),
])
def test_clipping_that_changes_a_sure_answer_fails(name, source):
    fails(name, source)


def test_entropy_of_one_distribution_is_a_number_not_a_0d_array():
    assert "0-d array" in fails("entropy", "def entropy(p):\n    p = np.asarray(p, float)\n"
                                           "    return np.asarray(-np.sum(p * np.log(p, where=p > 0, "
                                           "out=np.zeros_like(p)), axis=-1))")


def test_the_softmax_jacobian_is_one_c_by_c_matrix_per_sample_and_collapses_to_p_minus_y():
    """Issue 25 (the notes' "N×N" slip): the demo's Jacobian is C × C for one sample, one per
    sample in a batch, and agrees with centred differences of a softmax written here, apart from
    the lesson's; times dL/dp = -y / p it is p - y."""
    ns = solution_namespace(LESSON)
    z = ns["z_one"][0]

    def own_softmax(v):
        e = np.exp(v - v.max())
        return e / e.sum()

    h = 1e-6
    measured = np.column_stack([(own_softmax(z + h * e) - own_softmax(z - h * e)) / (2 * h)
                                for e in np.eye(len(z))])
    assert ns["jacobian"].shape == (4, 4)
    np.testing.assert_allclose(ns["jacobian"], measured, atol=1e-9)
    np.testing.assert_allclose(ns["jacobian"].sum(axis=0), 0, atol=1e-12)  # the probabilities always sum to 1
    y = np.eye(4)[2]
    np.testing.assert_allclose((-y / own_softmax(z)) @ measured, own_softmax(z) - y, atol=1e-8)
    assert ns["jacobians"].shape == (5, 4, 4)
    text = (NOTEBOOKS.parent / "solutions" / f"{LESSON}.py").read_text(encoding="utf-8")
    assert "C \\times C" in text and "N \\times N" in text
