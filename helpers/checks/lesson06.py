"""Public check cases for lesson 06, softmax and cross-entropy.

Expected numbers come from outside the code under test: the curriculum's
classic softmax table (to 4 significant figures), hand-worked cases whose
answers are simple (softmax of log 1..4 is 0.1..0.4; entropy of a fair coin
is ln 2; cross-entropy of uniform guesses over C classes is ln C), and, for
the gradient of softmax cross-entropy, centred numerical differences taken
here by trusted code. Shapes are non-square so a wrong axis or a transpose
cannot hide.
"""

import math

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import join, tr
from helpers.probes import call, rng, seq

LN2, LN3, LN4, LN5 = math.log(2), math.log(3), math.log(4), math.log(5)


def _values(expected, hint="", **tol):
    """A float array of the expected shape and values (the course's rule for an array result)."""
    def judge(got):
        expect.array(got, np.shape(expected), floating=True, hint=hint)
        expect.close(got, expected, hint=hint, **tol)
    return judge


STABLE = "stable, without warnings"  # the promise of the text (Case.promise: no warning, none hidden)
EXACT_ZERO = "with 0·log 0 = 0 exactly, without warnings"


def _scalar(expected, hint="", **tol):
    def judge(got):
        value = expect.scalar(got, hint="Return one number (the mean over the batch), "
                                         "not an array of per-sample values.")
        expect.close(value, expected, hint=hint, **tol)
    return judge


# -------------------------------------------------------------------- softmax

CLASSIC_Z = np.array([[1.0, 2.0, 0.0], [-1.0, 0.0, 1.0], [-10.0, 0.0, 10.0]])
CLASSIC_P = np.array([[0.2447, 0.6652, 0.0900],
                      [0.0900, 0.2447, 0.6652],
                      [2.06e-09, 4.54e-05, 0.99995]])
# log 1..4 in a row gives exactly 0.1, 0.2, 0.3, 0.4; a row of equal logits gives 1/4 each.
LOG_ROWS = np.array([[0.0, LN2, LN3, LN4], [5.0, 5.0, 5.0, 5.0]])
LOG_ROWS_P = np.array([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]])
HUGE_Z = np.array([[1e4, 0.0, -1e4], [1e4, 1e4, 0.0], [-1e4, -1e4, -1e4], [-1e4, 0.0, -1e4]])
HUGE_P = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [1 / 3, 1 / 3, 1 / 3], [0.0, 1.0, 0.0]])
RANDOM_Z = np.round(np.random.default_rng(6).normal(scale=3.0, size=(5, 7)), 3)

# Each row shifted by its own maximum: a shift by the largest logit of the whole batch sends the
# row at -1e4 to e^(-2e4) = 0 everywhere, and 0 / 0.
ROWS_APART = np.array([[1e4, 1e4 - 1.0], [-1e4, -1e4 + 1.0]])
_E = math.exp(1.0)
ROWS_APART_P = np.array([[_E / (1 + _E), 1 / (1 + _E)], [1 / (1 + _E), _E / (1 + _E)]])
_ROW_MAX = ("Subtract each row's own maximum, z.max(axis=-1, keepdims=True), not the largest logit of the "
            "whole batch: a row far below the others would underflow to all zeros, and 0 / 0 is nan.")

_AXIS = ("Normalise each row (the last axis): divide by the sum over axis=-1 with keepdims=True, "
         "so every row sums to 1.")
_STABLE = ("Subtract each row's maximum before np.exp (z - z.max(axis=-1, keepdims=True)): "
           "e^10000 overflows to inf, and inf / inf is nan.")


def _rows_sum_to_one(shape):
    def judge(got):
        p = expect.shape(got, shape, hint="The output has the shape of the input.")
        expect.that(bool(np.all(p >= 0)), "probabilities, all >= 0", expect.show(p))
        sums = p.sum(axis=-1)
        expect.that(bool(np.allclose(sums, 1.0, atol=1e-9)), "every row to sum to 1",
                    tr("row sums {sums}", sums=expect.show(sums)), _AXIS)
    return judge


def _same_after_shift(a, b):
    expect.close(b, a, atol=1e-9, rtol=1e-9, what="softmax(z + c)",
                 hint="Adding the same number to every logit of a row changes nothing; "
                      "normalise each row on its own.")


SOFTMAX = Exercise("softmax", 2, [
    Case(call("softmax", CLASSIC_Z), _values(CLASSIC_P, rtol=1e-3, atol=1e-12),
         join("Each row is one sample: exponentiate and divide by that row's sum. ", _AXIS),
         label="softmax of the classic table [[1, 2, 0], [-1, 0, 1], [-10, 0, 10]]"),
    Case(call("softmax", np.array([1.0, 2.0, 0.0])), _values(CLASSIC_P[0], rtol=1e-3),
         "A 1-D input is one vector of logits; use axis=-1 so 1-D and 2-D both work.",
         label="softmax([1, 2, 0]) (1-D)"),
    Case(call("softmax", LOG_ROWS), _values(LOG_ROWS_P, atol=1e-12, rtol=1e-9),
         join("Softmax of (log 1, log 2, log 3, log 4) is (1, 2, 3, 4) / 10. ", _AXIS),
         label="softmax of a (2, 4) batch: rows (log 1, log 2, log 3, log 4) and (5, 5, 5, 5)"),
    Case(call("softmax", np.array([[0.0, 0.0], [LN2, LN5], [LN3, LN5]])),
         _values(np.array([[0.5, 0.5], [2 / 7, 5 / 7], [3 / 8, 5 / 8]]), atol=1e-12, rtol=1e-9),
         _AXIS, label="softmax of a (3, 2) batch [[0, 0], [ln 2, ln 5], [ln 3, ln 5]]"),
    Case(call("softmax", RANDOM_Z), _rows_sum_to_one((5, 7)),
         label="softmax of a (5, 7) batch of random logits"),
    Case(call("softmax", HUGE_Z), _values(HUGE_P, atol=1e-12), _STABLE,
         label="softmax of logits of size 1e4 [[1e4, 0, -1e4], [1e4, 1e4, 0], [-1e4]*3, ...]"),
    Case(call("softmax", HUGE_Z), _values(HUGE_P, atol=1e-12), _STABLE, promise=STABLE,
         label="softmax of logits of size 1e4, without a warning (none hidden either)"),
    Case(call("softmax", ROWS_APART), _values(ROWS_APART_P, atol=1e-12, rtol=1e-9), _ROW_MAX, promise=STABLE,
         label="softmax of a row at 1e4 beside a row at -1e4: [[1e4, 1e4 - 1], [-1e4, -1e4 + 1]]"),
    Case(seq(call("softmax", LOG_ROWS), call("softmax", LOG_ROWS + np.array([[100.0], [-7.0]]))),
         _same_after_shift, label="softmax(z) and softmax(z + c) with c = 100 for row 0, -7 for row 1"),
    Case(call("softmax", [[1, 2, 0], [-1, 0, 1]]), _values(CLASSIC_P[:2], rtol=1e-3),
         "Accept lists (and integers) too: z = np.asarray(z, dtype=float).",
         label="softmax of a list of lists of ints"),
], course_helpers=("helpers.layers",))


# -------------------------------------------------------------------- one_hot

def _one_hot(expected):
    expected = np.asarray(expected, float)

    def judge(got):
        arr = expect.close(got, expected, hint="Row k has a single 1, in column y[k]; "
                                               "the number of columns is num_classes.")
        expect.that(np.asarray(got).dtype.kind == "f", "a float array (e.g. np.zeros((N, C)))",
                    tr("dtype {dtype}", dtype=np.asarray(got).dtype),
                    "Make it float so that p - one_hot(y, C) is plain arithmetic.")
        return arr
    return judge


ONE_HOT = Exercise("one_hot", 1, [
    Case(call("one_hot", np.array([2, 0, 1, 2]), 3),
         _one_hot([[0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]),
         label="one_hot([2, 0, 1, 2], 3)"),
    Case(call("one_hot", np.array([0, 1]), 4), _one_hot([[1, 0, 0, 0], [0, 1, 0, 0]]),
         "Use num_classes for the number of columns, not y.max() + 1: a batch need not "
         "contain every class.", label="one_hot([0, 1], 4)"),
    Case(call("one_hot", [1], 2), _one_hot([[0, 1]]), "Accept a list: np.asarray(y).",
         label="one_hot([1], 2) with a list"),
    Case(call("one_hot", np.array([0, 3, 1]), 3), raises="ValueError", says="3",
         hint="Check the labels first and raise ValueError with a clear message when a label "
              "is not in 0..num_classes-1.", label="one_hot([0, 3, 1], 3) (label 3 is out of range)"),
    Case(call("one_hot", np.array([0, -1]), 3), raises="ValueError", says="-1",
         hint="A negative label is out of range too (NumPy would silently read y = -1 as the "
              "last column); raise ValueError.", label="one_hot([0, -1], 3) (label -1 is out of range)"),
])


# -------------------------------------------------------------- cross_entropy

P_CE = np.array([[0.5, 0.25, 0.25], [0.1, 0.8, 0.1]])
P_TALL = np.array([[0.9, 0.1], [0.3, 0.7], [0.5, 0.5]])
# Neutral on purpose: when the numbers show a sum instead of a mean (or a sign flip),
# expect.close says so itself; this hint must not claim a mistake the evidence does not show.
_MEAN = "Work the first sample by hand and compare; the loss is one number for the whole batch."

_SURE = ("Only the probability of the true class counts, and a sure, right prediction costs exactly 0: "
         "pick p[k, y[k]] (a one-hot product computes 0·log 0 = nan for the other entries), and don't clip "
         "p or add an epsilon, which changes that 0.")

CROSS_ENTROPY = Exercise("cross_entropy", 1, [
    Case(call("cross_entropy", P_CE, np.array([0, 1])),
         _scalar((LN2 - math.log(0.8)) / 2, _MEAN),
         label="cross_entropy([[0.5, 0.25, 0.25], [0.1, 0.8, 0.1]], y = [0, 1])"),
    Case(call("cross_entropy", np.full((1, 4), 0.25), np.array([3])), _scalar(LN4),
         "One sample guessed uniformly over 4 classes costs -log(1/4) = ln 4.",
         label="cross_entropy of one uniform guess over 4 classes"),
    Case(call("cross_entropy", P_TALL, np.array([0, 1, 1])),
         _scalar(-(math.log(0.9) + math.log(0.7) + math.log(0.5)) / 3,
                 join("Each row k contributes its own true class y[k]. ", _MEAN)),
         label="cross_entropy of a (3, 2) batch, y = [0, 1, 1]"),
    Case(call("cross_entropy", np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]), np.array([0, 2])),
         _scalar(0.0, _SURE, atol=0.0), _SURE, promise="exactly 0, without warnings",
         label="cross_entropy of perfect, one-hot predictions (exactly 0)"),
    Case(call("cross_entropy", np.array([[0.2, 0.7, 0.1], [0.6, 0.3, 0.1]]), np.array([0, 2])),
         _scalar(-(math.log(0.2) + math.log(0.1)) / 2, "The loss uses the probability of the TRUE class y[k], "
                                                       "not of the predicted (largest) one: p[np.arange(N), y]."),
         label="cross_entropy([[0.2, 0.7, 0.1], [0.6, 0.3, 0.1]], y = [0, 2]) (the true class is not the largest)"),
    Case(call("cross_entropy", [[0.5, 0.5]], [1]), _scalar(LN2), "Accept lists: np.asarray.",
         label="cross_entropy with lists"),
], course_helpers=("helpers.layers",))


# -------------------------------------------------------------------- entropy

_ZERO_LOG_ZERO = ("Take 0·log 0 = 0 (its limit): only add p·log p where p > 0, "
                  "e.g. np.log(p, where=p > 0, out=np.zeros_like(p)).")

ENTROPY = Exercise("entropy", 1, [
    Case(call("entropy", np.array([0.5, 0.5])),
         _scalar(LN2, "A fair coin has entropy ln 2 ≈ 0.6931 nats: use the natural log, np.log."),
         label="entropy([0.5, 0.5])"),
    Case(call("entropy", np.array([1.0, 0.0, 0.0])), _scalar(0.0, _ZERO_LOG_ZERO, atol=0.0), _ZERO_LOG_ZERO,
         promise=EXACT_ZERO, label="entropy([1, 0, 0]) (a certain outcome)"),
    Case(call("entropy", np.full(4, 0.25)), _scalar(LN4), label="entropy of 4 equal chances"),
    Case(call("entropy", np.array([[1 / 3, 1 / 3, 1 / 3], [0.0, 1.0, 0.0]])),
         _values([LN3, 0.0], join("One entropy per row: sum over the last axis only. ", _ZERO_LOG_ZERO)),
         _ZERO_LOG_ZERO, promise=EXACT_ZERO, label="entropy of a (2, 3) batch [[1/3, 1/3, 1/3], [0, 1, 0]]"),
    Case(call("entropy", np.array([[0.5, 0.5], [0.9, 0.1], [0.0, 1.0]])),
         _values([LN2, -(0.9 * math.log(0.9) + 0.1 * math.log(0.1)), 0.0],
                 join("One entropy per row (axis=-1). ", _ZERO_LOG_ZERO)),
         _ZERO_LOG_ZERO, promise=EXACT_ZERO, label="entropy of a (3, 2) batch [[0.5, 0.5], [0.9, 0.1], [0, 1]]"),
    Case(call("entropy", [0, 1]), _scalar(0.0, join("Accept a list of ints: np.asarray(p, dtype=float), so that "
                                                    "the logs have a float array to go into. ", _ZERO_LOG_ZERO),
                                          atol=0.0),
         promise=EXACT_ZERO, label="entropy([0, 1]) with a list of ints"),
    Case(call("entropy", [0.25, 0.75]),
         _scalar(-(0.25 * math.log(0.25) + 0.75 * math.log(0.75))), "Accept lists: np.asarray.",
         label="entropy([0.25, 0.75]) with a list"),
])


# ------------------------------------------------------- binary_cross_entropy

_SURE_BCE = ("Sure and right costs exactly 0: use only the term of the true class (t log p where t = 1, "
             "(1 - t) log(1 - p) where t = 0), with no 0·log 0, no clipping and no epsilon.")

BINARY_CROSS_ENTROPY = Exercise("binary_cross_entropy", 1, [
    Case(call("binary_cross_entropy", np.array([0.8, 0.4]), np.array([1, 0])),
         _scalar(-(math.log(0.8) + math.log(0.6)) / 2, _MEAN),
         label="binary_cross_entropy(p = [0.8, 0.4], t = [1, 0])"),
    Case(call("binary_cross_entropy", np.array([0.5]), np.array([1])), _scalar(LN2),
         "A 50:50 guess costs ln 2 whatever the truth.", label="binary_cross_entropy([0.5], [1])"),
    Case(call("binary_cross_entropy", np.array([0.9, 0.2, 0.7]), np.array([1, 1, 0])),
         _scalar(-(math.log(0.9) + math.log(0.2) + math.log(0.3)) / 3,
                 join("Which argument holds the probabilities and which the targets? ", _MEAN)),
         label="binary_cross_entropy(p = [0.9, 0.2, 0.7], t = [1, 1, 0])"),
    Case(call("binary_cross_entropy", np.array([1.0, 0.0, 0.5]), np.array([1, 0, 1])),
         _scalar(LN2 / 3, "A sure and right prediction costs 0; don't compute 0·log 0 (nan): "
                          "use only the term of the true class, or take 0·log 0 = 0."),
         label="binary_cross_entropy(p = [1, 0, 0.5], t = [1, 0, 1])"),
    Case(call("binary_cross_entropy", np.array([1.0, 0.0, 1.0]), np.array([1, 0, 1])),
         _scalar(0.0, _SURE_BCE, atol=0.0), _SURE_BCE, promise="exactly 0, without warnings",
         label="binary_cross_entropy(p = [1, 0, 1], t = [1, 0, 1]) (sure and right: exactly 0)"),
    Case(call("binary_cross_entropy", [0.25, 0.75], [0, 1]), _scalar(-math.log(0.75)),
         "Accept lists: np.asarray.", label="binary_cross_entropy with lists"),
])


# ------------------------------------------------------ softmax_cross_entropy

def _trusted_loss(z, y):
    """Mean softmax cross-entropy by log-sum-exp (trusted, used for numerical gradients)."""
    z = np.asarray(z, float)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(y)), y]))


def _numeric_dz(z, y, h=1e-5):
    z = np.array(z, float)
    grad = np.zeros_like(z)
    for i in np.ndindex(*z.shape):
        old = z[i]
        z[i] = old + h
        plus = _trusted_loss(z, y)
        z[i] = old - h
        minus = _trusted_loss(z, y)
        z[i] = old
        grad[i] = (plus - minus) / (2 * h)
    return grad


def _loss_and_dz(z, y, loss=None, dz=None, checked=True):
    z, y = np.asarray(z, float), np.asarray(y)
    loss = _trusted_loss(z, y) if loss is None else loss
    if dz is None:
        dz = _numeric_dz(z, y)

    def judge(got):
        got_loss, got_dz = expect.pair(got, what="the result (loss, dz)")
        value = expect.scalar(got_loss, what="loss",
                              hint="The loss is one number, the mean over the batch.")
        expect.close(value, loss, what="loss", atol=1e-7, rtol=1e-7,
                     hint=join("Check the loss of one row by hand: log of the sum of exponentials, "
                               "minus the logit of the true class. ", _MEAN,
                               " Compute it as log-sum-exp minus z_y (with the row maximum taken out), "
                               "never as log(softmax): softmax can round to 0, and log 0 = -inf."
                               if abs(z).max() > 100 else ""))
        expect.shape(got_dz, z.shape, what="dz", hint="dz has the shape of z, (N, C).")
        expect.close(got_dz, dz, what="dz", atol=1e-7, rtol=1e-5,
                     hint="The loss is a mean over the N samples, so its gradient carries that mean too.")
    return judge


Z_SMALL = np.round(np.random.default_rng(60).normal(size=(2, 5)), 3)
Z_TALL = np.round(np.random.default_rng(61).normal(scale=2.0, size=(4, 3)), 3)
Z_HUGE = np.array([[1e4, 0.0, -1e4], [0.0, 1e4, 0.0]])
Z_APART = np.array([[1e4, 0.0], [-1e4, -1e4 + 2.0]])
_S2 = 1.0 / (1.0 + math.exp(2.0))  # σ(-2): the probability row 1 gives its wrong class

SOFTMAX_CROSS_ENTROPY = Exercise("softmax_cross_entropy", 2, [
    Case(call("softmax_cross_entropy", np.zeros((2, 3)), np.array([0, 2])),
         _loss_and_dz(np.zeros((2, 3)), [0, 2], loss=LN3,
                      dz=np.array([[1 / 3 - 1, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 1 / 3 - 1]]) / 2),
         label="softmax_cross_entropy(zeros((2, 3)), y = [0, 2]): loss ln 3"),
    Case(call("softmax_cross_entropy", Z_SMALL, np.array([4, 1])), _loss_and_dz(Z_SMALL, [4, 1]),
         label="softmax_cross_entropy of a (2, 5) batch, against numerical gradients"),
    Case(call("softmax_cross_entropy", Z_TALL, np.array([2, 0, 1, 1])),
         _loss_and_dz(Z_TALL, [2, 0, 1, 1]),
         label="softmax_cross_entropy of a (4, 3) batch, against numerical gradients"),
    Case(call("softmax_cross_entropy", Z_HUGE, np.array([0, 0])),
         _loss_and_dz(Z_HUGE, [0, 0], loss=5000.0,
                      dz=np.array([[0.0, 0.0, 0.0], [-0.5, 0.5, 0.0]])),
         label="softmax_cross_entropy([[1e4, 0, -1e4], [0, 1e4, 0]], y = [0, 0]): loss 5000"),
    Case(call("softmax_cross_entropy", Z_APART, np.array([0, 1])),
         _loss_and_dz(Z_APART, [0, 1], loss=math.log1p(math.exp(-2.0)) / 2,
                      dz=np.array([[0.0, 0.0], [_S2, -_S2]]) / 2), _ROW_MAX, promise=STABLE,
         label="softmax_cross_entropy of a row at 1e4 beside a row at -1e4: [[1e4, 0], [-1e4, -1e4 + 2]], y = [0, 1]"),
    Case(call("softmax_cross_entropy", [[0, 0], [0, 0], [0, 0]], [0, 1, 1]),
         _loss_and_dz(np.zeros((3, 2)), [0, 1, 1], loss=LN2,
                      dz=np.array([[-0.5, 0.5], [0.5, -0.5], [0.5, -0.5]]) / 3),
         "Accept lists: np.asarray(z, dtype=float).", label="softmax_cross_entropy with lists"),
], course_helpers=("helpers.layers",))


# --------------------------------------------------- train_softmax_regression

#: The accuracy notebook 06 promises on its three-blob data set.
TARGET_ACCURACY = 0.95


def three_blobs():
    """The notebook's data: 3 classes of 60 points in 2-D, from seed 6.

    Notebook 06 builds the same arrays in a cell of its own (a test keeps the two equal).
    """
    gen = np.random.default_rng(6)
    centres = np.array([[0.0, 2.5], [-2.5, -1.5], [2.5, -1.5]])
    y = np.repeat(np.arange(3), 60)
    X = centres[y] + gen.normal(scale=0.9, size=(180, 2))
    return X, y


BLOBS_X, BLOBS_Y = three_blobs()

# A second, easy set with D = 3 features and C = 4 classes (W is (3, 4): non-square).
_CORNERS = np.array([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 2.0], [-2.0, -2.0, -2.0]])
FOUR_Y = np.tile(np.arange(4), 5)
FOUR_X = np.round(_CORNERS[FOUR_Y] + np.random.default_rng(7).normal(scale=0.3, size=(20, 3)), 3)


def _trained(X, y, C, epochs, target):
    X, y = np.asarray(X, float), np.asarray(y)

    def judge(got):
        if not isinstance(got, (tuple, list)) or len(got) != 3:
            raise expect.Mismatch("the result (W, b, losses)", expect.show(got))
        W, b, losses = got
        W = expect.shape(W, (X.shape[1], C), what="W", hint="W is (D, C): one column per class.")
        b = expect.shape(b, (C,), what="b", hint="b is (C,): one bias per class.")
        losses = expect.numeric(losses, "losses").ravel()
        expect.that(losses.size == epochs, tr("one loss per epoch ({epochs})", epochs=epochs),
                    tr("{count} losses", count=losses.size), "Append the loss once per epoch.")
        expect.that(bool(np.all(np.isfinite(losses))), "finite losses", expect.show(losses),
                    "Use the stable softmax cross-entropy; a nan means overflow or log 0.")
        expect.that(losses[-1] < losses[0], "the loss to go down during training",
                    tr("losses from {first:.4g} to {last:.4g}", first=losses[0], last=losses[-1]),
                    "Step against the gradient: W = W - lr * dW.")
        acc = float(np.mean(np.argmax(X @ W + b, axis=1) == y))
        expect.that(acc >= target, tr("training accuracy of at least {target:.0%}", target=target),
                    tr("{accuracy:.1%} with the returned W, b", accuracy=acc),
                    "Return the weights after training; dW = X.T @ dz and db = dz.sum(axis=0).")
    return judge


def _deterministic(a, b):
    for x, z, what in zip(a, b, ("W", "b", "losses"), strict=True):
        expect.that(np.array_equal(np.asarray(x, float), np.asarray(z, float)),
                    tr("the same {what} from the same seed", what=what), "two different results",
                    "Draw random numbers only from the rng argument (rng.normal), never np.random.")


def _train(X, y, C, lr, epochs, seed):
    return call("train_softmax_regression", X, y, C, lr, epochs, rng(seed))


# Inputs that are all zero: only the bias can learn. From b = 0 the first loss is ln 2;
# one step of gradient descent (mean gradient p - y = (-0.25, 0.25)) with lr = 0.5 moves b
# to (0.125, -0.125); the loss there follows in closed form.
ZERO_X, ZERO_Y = np.zeros((8, 2)), np.array([0] * 6 + [1] * 2)
_B1 = np.array([0.125, -0.125])
_LOSS1 = float(-(0.75 * (_B1[0] - np.log(np.exp(_B1).sum())) + 0.25 * (_B1[1] - np.log(np.exp(_B1).sum()))))


_P1 = np.exp(_B1) / np.exp(_B1).sum()
_B2 = _B1 - 0.5 * (_P1 - np.array([0.75, 0.25]))
_LOSS2 = float(-(0.75 * (_B2[0] - np.log(np.exp(_B2).sum())) + 0.25 * (_B2[1] - np.log(np.exp(_B2).sum()))))


def _bias_learns(got):
    expect.that(isinstance(got, (tuple, list)) and len(got) == 3, "(W, b, losses)", expect.show(got))
    W, b, losses = got
    losses = expect.numeric(losses, "losses").ravel()
    expect.that(losses.size == 2, "one loss per epoch (2 epochs)", tr("{count} losses", count=losses.size))
    # "Record the loss of every epoch": before its step or after it, both are fine.
    before, after = [np.log(2.0), _LOSS1], [_LOSS1, _LOSS2]
    if not np.allclose(losses, after, atol=1e-6):
        expect.close(losses, before, atol=1e-6, what="the losses of the 2 epochs",
                     hint="Each epoch: one gradient-descent step W -= lr·dW, b -= lr·db (db sums dz "
                          "over the batch), and the loss of that epoch.")
    expect.close(b, _B2, atol=1e-6, what="b after 2 epochs")


# The run the text prescribes on SMALL_X/SMALL_Y (C = 3, lr 0.3, 4 epochs, seed 11), worked out once,
# step by step, by a loop written apart from the course's answer, and kept here as numbers: a public
# check module holds no training loop a student could copy.
_TOLD_W = [[0.0033220189259991033, 0.0044658192663747575, 0.01839877566911694],
           [-0.022755494857547805, -0.01661279669021247, 0.026011683738484906],
           [-0.2333618111976945, 0.1695992604631616, 0.07636802608236168]]
_TOLD_B = [-0.08069779848244944, -0.037803542447341285, 0.11850134092979073]
_TOLD_LOSSES = [1.099724756852018, 1.065231255277609, 1.0406168072714646, 1.022380884122898]


_PROCEDURE = ("Follow the text step by step: W = 0.01 * rng.normal(size=(D, C)) (D rows, C columns, from rng), b = 0; "
              "then each epoch compute the loss and its gradient at the current W, b, append that loss, and "
              "take one full-batch gradient step on W and on b.")


def _exactly_as_told(W_want, b_want, losses_want):

    def judge(got):
        expect.that(isinstance(got, (tuple, list)) and len(got) == 3, "(W, b, losses)", expect.show(got))
        W, b, losses = got
        expect.that(isinstance(losses, list), "losses as a list (one number per epoch)", expect.show(losses),
                    "Append each epoch's loss to a Python list and return that list.")
        for value in losses:
            expect.number(value, what="each loss in losses")
        expect.close(losses, losses_want, atol=1e-9, rtol=1e-7, what="losses", hint=_PROCEDURE)
        expect.close(W, W_want, atol=1e-9, rtol=1e-7, what="W", hint=_PROCEDURE)
        expect.close(b, b_want, atol=1e-9, rtol=1e-7, what="b", hint=_PROCEDURE)
    return judge


# 40 points: more than a mini-batch of 32, so a mini-batch loop takes two steps per epoch.
SMALL_X = np.round(np.random.default_rng(65).normal(size=(40, 3)), 3)
SMALL_Y = np.random.default_rng(66).integers(0, 3, size=40)

TRAIN_SOFTMAX_REGRESSION = Exercise("train_softmax_regression", 2, [
    Case(_train(SMALL_X, SMALL_Y, 3, 0.3, 4, 11), _exactly_as_told(_TOLD_W, _TOLD_B, _TOLD_LOSSES),
         _PROCEDURE, label="train_softmax_regression on 40 points, D = 3, C = 3, lr 0.3, 4 epochs, seed 11: "
                           "every step as the text says"),
    Case(_train(ZERO_X, ZERO_Y, 2, 0.5, 2, 0), _bias_learns,
         label="train_softmax_regression on 8 all-zero inputs (only b can learn), lr 0.5, 2 epochs"),
    Case(_train(BLOBS_X, BLOBS_Y, 3, 0.5, 200, 0),
         _trained(BLOBS_X, BLOBS_Y, 3, 200, TARGET_ACCURACY),
         label="train_softmax_regression on the notebook's three blobs (lr 0.5, 200 epochs)"),
    Case(_train(BLOBS_X, BLOBS_Y, 3, 0.5, 200, 1),
         _trained(BLOBS_X, BLOBS_Y, 3, 200, TARGET_ACCURACY),
         label="train_softmax_regression on the three blobs with seed 1"),
    Case(_train(FOUR_X, FOUR_Y, 4, 0.5, 100, 0), _trained(FOUR_X, FOUR_Y, 4, 100, 1.0),
         "Use num_classes for the number of columns of W.",
         label="train_softmax_regression on 20 points, D = 3, C = 4"),
    Case(seq(_train(BLOBS_X, BLOBS_Y, 3, 0.5, 50, 3), _train(BLOBS_X, BLOBS_Y, 3, 0.5, 50, 3)),
         _deterministic, label="train_softmax_regression twice with seed 3"),
    Case(call("train_softmax_regression", FOUR_X.tolist(), FOUR_Y.tolist(), 4, 0.5, 100, rng(0)),
         _trained(FOUR_X, FOUR_Y, 4, 100, 1.0), "Accept lists: np.asarray.",
         label="train_softmax_regression with lists"),
], course_helpers=("helpers.layers",))


EXERCISES = [SOFTMAX, ONE_HOT, ENTROPY, CROSS_ENTROPY, BINARY_CROSS_ENTROPY,
             SOFTMAX_CROSS_ENTROPY, TRAIN_SOFTMAX_REGRESSION]


# ----------------------------------------------------------------- differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class for the feedback.

def _probabilities(gen, n, c):
    p = gen.random(size=(n, c)) + 0.05
    return np.round(p / p.sum(axis=1, keepdims=True), 6)


def _logits(gen):
    return [
        Variant("with one vector of logits", (np.round(gen.normal(scale=2.0, size=5), 3),)),
        Variant("with a batch of logits", (np.round(gen.normal(scale=2.0, size=(6, 4)), 3),)),
        Variant("with integer logits in a list", (gen.integers(-3, 4, size=(3, 3)).tolist(),)),
        Variant("with a single sample", (np.round(gen.normal(size=(1, 3)), 3),)),
        Variant("with ties", (np.array([[2.0, 2.0, -1.0], [0.0, 0.0, 0.0]]),)),
        Variant("with a row at 1e4 beside a row at -1e4", (np.array([[1e4, 9999.0, 0.0], [-1e4, -9998.0, -1e4]]),),
                promise=STABLE),
        Variant("with two classes", (np.round(gen.normal(size=(4, 2)), 3),)),
    ]


def _distributions(gen):
    return [
        Variant("with one distribution", (_probabilities(gen, 1, 5)[0],)),
        Variant("with a batch of distributions", (_probabilities(gen, 4, 3),)),
        Variant("with zeros in the distribution", (np.array([[0.0, 0.25, 0.75], [0.0, 0.0, 1.0]]),),
                promise=EXACT_ZERO),
        Variant("with a list", ([0.5, 0.5, 0.0],), promise=EXACT_ZERO),
        Variant("with a uniform distribution over 8", (np.full(8, 0.125),)),
    ]


def _predictions(gen):
    p = _probabilities(gen, 6, 4)
    return [
        Variant("with a batch of predictions", (p, gen.integers(0, 4, size=6))),
        Variant("with a single sample", (p[:1], np.array([2]))),
        Variant("with lists", (p.tolist(), gen.integers(0, 4, size=6).tolist())),
        Variant("with sure and right predictions", (np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([1, 0])),
                promise="exactly 0, without warnings"),
    ]


def _binary(gen):
    p = np.round(gen.uniform(0.02, 0.98, size=7), 4)
    return [
        Variant("with a batch", (p, gen.integers(0, 2, size=7))),
        Variant("with float targets", (p, gen.integers(0, 2, size=7).astype(float))),
        Variant("with a single sample", (p[:1], np.array([0]))),
        Variant("with lists", (p.tolist(), gen.integers(0, 2, size=7).tolist())),
        Variant("with sure and right predictions", (np.array([1.0, 0.0, 1.0]), np.array([1, 0, 1])),
                promise="exactly 0, without warnings"),
    ]


def _scores_and_labels(gen):
    return [
        Variant("with a batch of logits", (np.round(gen.normal(scale=2.0, size=(5, 4)), 3),
                                            gen.integers(0, 4, size=5))),
        Variant("with a single sample", (np.round(gen.normal(size=(1, 3)), 3), np.array([1]))),
        Variant("with ties", (np.zeros((3, 3)), np.array([0, 1, 2]))),
        Variant("with lists", (gen.integers(-2, 3, size=(4, 2)).tolist(), [0, 1, 1, 0])),
        Variant("with a row at 1e4 beside a row at -1e4", (np.array([[1e4, 0.0, -1e4], [-1e4, -9999.0, -1e4]]),
                                                            np.array([1, 0])), promise=STABLE),
    ]


def _labels(gen):
    return [
        Variant("with labels covering every class", (gen.permutation(4), 4)),
        Variant("with a class that never occurs", (np.array([0, 0, 2]), 5)),
        Variant("with a list", ([1, 0, 1], 2)),
        Variant("with a single label", (np.array([3]), 4)),
        Variant("with a label too large", (np.array([0, 4]), 4)),
        Variant("with a negative label", (np.array([-2, 1]), 3)),
    ]


DIFFERENTIAL = {"softmax": _logits, "entropy": _distributions, "cross_entropy": _predictions,
                "binary_cross_entropy": _binary, "softmax_cross_entropy": _scores_and_labels, "one_hot": _labels}
