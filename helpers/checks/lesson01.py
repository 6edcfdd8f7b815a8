"""Public check cases for lesson 01, the perceptron.

Expected numbers are worked by hand or taken from the curriculum's worked
example (w = (-0.5, 0.75), b = 0.375, x = (1.5, 2.0), t = -1, eta = 0.3);
training is judged by properties (it separates AND, stops early, honours
``mode`` and ``rng``), so any correct implementation passes.
"""

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import tr
from helpers.probes import call, get, rng, seq

GATE_X = [[0, 0], [0, 1], [1, 0], [1, 1]]
AND_T = [-1, -1, -1, 1]
OR_T = [-1, 1, 1, 1]
XOR_T = [-1, 1, 1, -1]

# The curriculum's worked example, in bias-trick form (bias first).
W_EX = np.array([0.375, -0.5, 0.75])
X_EX = np.array([1.5, 2.0])

# A small set whose weighted sums are worked by hand for w = (0.5, -1, 2):
# s = 0.5 - x1 + 2 x2 = -0.5, -1.5, 0.5, 0.0 (the last one exactly on the line).
W_HAND = np.array([0.5, -1.0, 2.0])
X_HAND = np.array([[1.0, 0.0], [0.0, -1.0], [2.0, 1.0], [0.5, 0.0]])


def _values(expected, hint=""):
    return lambda got: expect.close(got, expected, hint=hint)


def _floats(expected, hint=""):
    """An array of floats (the rule for quantities, even from integer inputs) with these values."""
    def judge(got):
        expect.array(got, np.shape(expected), floating=True, hint=hint)
        expect.close(got, expected, hint=hint)
    return judge


def _labels(expected, hint=""):
    """An array of ±1 of the expected shape (labels may be integers or floats)."""
    def judge(got):
        expect.array(got, np.shape(expected), hint=hint)
        expect.close(got, expected, hint=hint)
    return judge


def _scalar(expected, hint=""):
    def judge(got):
        value = expect.scalar(got, hint="Return a single number for a single number.")
        expect.close(value, expected, hint=hint)
    return judge


STEP = Exercise("step", 1, [
    Case(call("step", 0.0), _scalar(1.0), "τ(0) is +1: the test is s >= 0, not s > 0 (and not np.sign)."),
    Case(call("step", 2.5), _scalar(1.0), "Positive sums give +1."),
    Case(call("step", -0.1), _scalar(-1.0), "Negative sums give -1, not 0."),
    Case(call("step", np.array([-2.0, 0.0, 3.0])), _values([-1, 1, 1]),
         "Work elementwise on arrays, e.g. with np.where; +1 at exactly 0."),
    Case(call("step", np.array([[0.5, -0.5, 0.0], [0.0, -3.0, 7.0]])),
         _values([[1, -1, 1], [1, -1, 1]]), "An array in gives an array of the same shape out."),
    Case(call("step", [-1, 0, 1]), _values([-1, 1, 1]), "Accept a list too: np.asarray(s)."),
    Case(call("step", 0), _scalar(1.0), "An integer 0 is a number too: τ(0) = +1, as a number."),
    Case(call("step", np.float64(-2.0)), _scalar(-1.0),
         "A NumPy number is a number: return a number for it, not an array."),
    Case(call("step", np.array([[0, -1], [2, 0]])), _values([[1, -1], [1, 1]]),
         "Integer arrays work alike: +1 where s >= 0."),
    Case(call("step", np.zeros(0)), _values(np.zeros(0)), "An empty array in gives an empty array out.",
         label="step(an empty array)"),
])

ADD_BIAS = Exercise("add_bias", 1, [
    Case(call("add_bias", np.array([[2.0, 3.0], [4.0, 5.0], [6.0, 7.0]])),
         _values([[1, 2, 3], [1, 4, 5], [1, 6, 7]]),
         "The ones go in front, as column 0, so that w[0] is the bias."),
    Case(call("add_bias", np.array([[2.0, 3.0, 4.0, 5.0]])), _values([[1, 2, 3, 4, 5]]),
         "One row with d = 4 features becomes one row of d + 1 = 5."),
    Case(call("add_bias", np.array([2.0, 3.0])), _values([1, 2, 3]),
         "A single sample of shape (d,) becomes shape (d + 1,): prepend one 1."),
    Case(call("add_bias", [[0, 1], [1, 0]]), _floats([[1, 0, 1], [1, 1, 0]]),
         "Accept a list too: np.asarray(X, dtype=float)."),
    Case(call("add_bias", np.array([[3, 4], [5, 6]])), _floats([[1, 3, 4], [1, 5, 6]]),
         "Integer samples give float samples: np.asarray(X, dtype=float).",
         label="add_bias(an integer array of shape (2, 2))"),
])

PREDICT = Exercise("predict", 1, [
    Case(call("predict", np.array([-1.5, 1.0, 1.0]), np.array(GATE_X, dtype=float)),
         _values(AND_T), "Don't forget the bias w[0]: s = w[0] + X @ w[1:].",
         label="predict(w = (-1.5, 1, 1), the four gate inputs)"),
    Case(call("predict", W_HAND, X_HAND), _values([-1, -1, 1, 1]),
         "s = 0.5 - x1 + 2 x2 here; the last sample has s = 0 exactly, which is +1.",
         label="predict(w = (0.5, -1, 2), X of shape (4, 2))"),
    Case(call("predict", W_HAND, X_HAND[:1]), _labels([-1]),
         "One row in, a prediction array of shape (1,) out.",
         label="predict(w, X with one row)"),
    Case(call("predict", [0.5, -1, 2], X_HAND.tolist()), _labels([-1, -1, 1, 1]),
         "Accept lists too: np.asarray(w), np.asarray(X).", label="predict with lists"),
    Case(call("predict", np.array([1, -2, 1]), np.array([[2, 3], [1, 1], [0, 0], [4, 2]])),
         _labels([1, 1, 1, -1]), "s = 1 - 2·x1 + x2: the second sum is exactly 0, which is +1.",
         label="predict(w = (1, -2, 1), integer X, a sum exactly 0)"),
])

PERCEPTRON_LOSS = Exercise("perceptron_loss", 2, [
    Case(call("perceptron_loss", W_EX, X_EX.reshape(1, 2), np.array([-1])), _scalar(1.125),
         "The worked example: s = 1.125 but t = -1, so J = -t·s = 1.125.",
         label="perceptron_loss on the worked example"),
    Case(call("perceptron_loss", W_HAND, X_HAND, np.array([1, -1, 1, -1])), _scalar(0.5),
         "Only misclassified samples count (here the first, s = -0.5 with t = +1, and the "
         "last, which sits on the line and adds 0); J is never negative.",
         label="perceptron_loss(w = (0.5, -1, 2), X, t = (1, -1, 1, -1))"),
    Case(call("perceptron_loss", W_HAND, X_HAND[[0, 1, 2]], np.array([1, 1, -1])), _scalar(2.5),
         "Every sample is wrong here: J = 0.5 + 1.5 + 0.5.",
         label="perceptron_loss with every sample misclassified"),
    Case(call("perceptron_loss", np.array([-1.5, 1.0, 1.0]), np.array(GATE_X), np.array(AND_T)),
         _scalar(0.0), "When every sample is right, J = 0.",
         label="perceptron_loss of AND weights on AND"),
    Case(call("perceptron_loss", np.zeros(3), np.array(GATE_X), np.array(AND_T)), _scalar(0.0),
         "At w = 0 every sum is 0, so every -1 sample is a mistake that adds 0: J = 0.",
         label="perceptron_loss(w = 0, the gate inputs, AND)"),
    Case(call("perceptron_loss", [1, -2, 1], [[2, 3], [1, 1], [0, 0], [4, 2]], [-1, -1, 1, 1]), _scalar(5.0),
         "Sums 0, 0, 1, -5 against targets -1, -1, +1, +1: the mistakes add 0 + 0 + 5 (lists of integers).",
         label="perceptron_loss with lists of integers"),
])

PERCEPTRON_STEP = Exercise("perceptron_step", 2, [
    Case(call("perceptron_step", W_EX, X_EX, -1, 0.3), _values([-0.225, -1.4, -0.45]),
         "y is the thresholded prediction (+1 here), so t - y = -2; the bias w[0] is "
         "updated too, with x0 = 1.", label="perceptron_step on the worked example"),
    Case(call("perceptron_step", W_EX, X_EX, 1, 0.3), _floats(W_EX),
         "A correctly classified sample leaves w unchanged (t - y = 0). Using the raw sum s "
         "is the delta rule, a different update.",
         label="perceptron_step on a correctly classified sample"),
    Case(call("perceptron_step", [0.0, 1.0, -1.0], [0.0, 1.0], 1, 0.5), _values([1.0, 1.0, 0.0]),
         "s = -1 so y = -1 and t - y = 2: w + 0.5·2·(1, 0, 1).",
         label="perceptron_step(w = [0, 1, -1], x = [0, 1], t = 1, lr = 0.5)"),
    Case(call("perceptron_step", [0.0, 0.0, 0.0], [1.0, 2.0], -1, 0.5), _values([-1.0, -1.0, -2.0]),
         "Here s = 0 exactly, and τ(0) = +1: the prediction is +1, so a sample with t = -1 is "
         "misclassified and w moves.",
         label="perceptron_step(w = 0, x = [1, 2], t = -1, lr = 0.5), where s = 0"),
    Case(call("perceptron_step", np.array([1, 2, -1]), np.array([3, 1]), 1, 1), _floats([1, 2, -1]),
         "A right sample changes nothing, and the result is still a new array of floats: "
         "np.asarray(w, dtype=float) + ... (never return the caller's w).",
         label="perceptron_step(integer w = (1, 2, -1), x = (3, 1), t = 1, lr = 1), a right sample"),
    Case(call("perceptron_step", np.array([0, 1, -1]), np.array([0, 1]), 1, 1), _floats([2.0, 1.0, 1.0]),
         "s = -1 so y = -1 and t - y = 2: w + 1·2·(1, 0, 1), as floats.",
         label="perceptron_step(integer w = (0, 1, -1), x = (0, 1), t = 1, lr = 1)"),
])

def _delta_mistakes(w, x, t, lr) -> dict:
    """The worked example's results for two typical mistakes (each hint only then)."""
    w, x_t = np.asarray(w, float), np.concatenate([[1.0], np.asarray(x, float)])
    s = float(x_t @ w)
    y = 1.0 if s >= 0 else -1.0
    return {"This is the perceptron rule (t - y with the thresholded y): the delta rule uses the "
            "raw sum s.": w + lr * (t - y) * x_t,
            "Every weight moved by the same amount: the update is scaled by each input of x̃ "
            "(1 for the bias).": w + lr * (t - s)}


DELTA_RULE_STEP = Exercise("delta_rule_step", 2, [
    Case(call("delta_rule_step", W_EX, X_EX, -1, 0.3),
         lambda got: expect.close(got, [-0.2625, -1.45625, -0.525],
                                  misconceptions=_delta_mistakes(W_EX, X_EX, -1, 0.3),
                                  hint="Work the update by hand for the worked example and compare."),
         "",
         label="delta_rule_step on the worked example"),
    Case(call("delta_rule_step", W_EX, X_EX, 1, 0.3), _values([0.3375, -0.55625, 0.675]),
         "Even a correctly classified sample moves w unless s equals t exactly (t - s = -0.125).",
         label="delta_rule_step on a correctly classified sample"),
    Case(call("delta_rule_step", [0.0, 0.0, 0.0], [2.0, -1.0], 1, 0.1), _values([0.1, 0.2, -0.1]),
         "From w = 0, s = 0 and the update is lr·t·x̃ = 0.1·(1, 2, -1).",
         label="delta_rule_step(w = 0, x = [2, -1], t = 1, lr = 0.1)"),
    Case(call("delta_rule_step", np.array([0.5, 0.25, 0.25]), np.array([1.0, 1.0]), 1.0, 0.5),
         _floats([0.5, 0.25, 0.25]),
         "Here s = t exactly, so nothing changes; still return a new array, never the caller's w.",
         label="delta_rule_step where s = t exactly"),
    Case(call("delta_rule_step", np.array([1, 0, 2]), np.array([1, 1]), -1, 1), _floats([-3.0, -4.0, -2.0]),
         "s = 3 and t - s = -4: w - 4·(1, 1, 1), as floats even for integer inputs.",
         label="delta_rule_step(integer w = (1, 0, 2), x = (1, 1), t = -1, lr = 1)"),
])


# ----------------------------------------------------------------- training

def _separable_set():
    """20 points split by x1 + x2 = 1 with a margin, fixed once for all."""
    gen = np.random.default_rng(2024)
    pts = gen.uniform(-2, 3, size=(60, 2))
    margin = pts.sum(axis=1) - 1.0
    keep = np.abs(margin) > 0.4
    pts = pts[keep][:20]
    return np.round(pts, 2), np.where(pts.sum(axis=1) >= 1.0, 1, -1)


SEP_X, SEP_T = _separable_set()


def _trained(X, t, what):
    """Judge: (w, errors) where w separates (X, t) and errors ends in 0."""
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)

    def judge(got):
        w, errors = expect.pair(got, what="the result (w, errors_per_epoch)")
        w = expect.shape(w, (X.shape[1] + 1,), what="w",
                         hint="w has d + 1 entries, the bias first.")
        errors = expect.numeric(errors, "errors_per_epoch").ravel()
        expect.that(errors.size >= 1, "one error count per epoch", "an empty list")
        s = w[0] + X @ w[1:]
        wrong = int(np.sum(np.where(s >= 0, 1, -1) != t))
        expect.that(wrong == 0, tr("weights that classify all {count} {what} points correctly",
                                   count=len(t), what=tr(what)),
                    tr("w = {w}, which misclassifies {wrong}", w=expect.show(w), wrong=wrong),
                    "Return the weights after the last update.")
        expect.that(errors[-1] == 0, "the last epoch to have 0 errors (that is when training stops)",
                    tr("errors_per_epoch ending in {last:g}", last=errors[-1]))
        expect.that(bool(np.all(errors[:-1] > 0)),
                    "training to stop at the first epoch with no error",
                    f"errors_per_epoch = {expect.show(errors)}",
                    "Stop as soon as an epoch makes no mistake.")
    return judge


def _never_converges(max_epochs):
    def judge(got):
        w, errors = expect.pair(got, what="the result (w, errors_per_epoch)")
        expect.shape(w, (3,), what="w")
        errors = expect.numeric(errors, "errors_per_epoch").ravel()
        expect.that(errors.size == max_epochs,
                    tr("{count} epochs on XOR, which no line separates", count=max_epochs),
                    tr("{count} epochs", count=errors.size), "Stop after max_epochs even when errors remain.")
        expect.that(bool(np.all(errors > 0)), "an error in every epoch on XOR",
                    f"errors_per_epoch = {expect.show(errors)}")
        expect.that(bool(np.all(errors <= 4)), "at most 4 errors per epoch on 4 samples",
                    f"errors_per_epoch = {expect.show(errors)}",
                    "Count each misclassified sample of an epoch once.")
    return judge


def _scales_with_lr(small, large):
    """From w = 0 the perceptron's weights are proportional to the learning rate."""
    w1 = expect.numeric(expect.pair(small)[0], "w")
    w2 = expect.numeric(expect.pair(large)[0], "w")
    expect.that(w1.shape == w2.shape and np.allclose(w2, 2 * w1) and np.any(w1 != 0),
                "w with lr = 0.2 to be twice w with lr = 0.1 (training starts at w = 0)",
                tr("{first} and {second}", first=expect.show(w1), second=expect.show(w2)),
                "Use the lr argument in every update.")


def _same(a, b):
    a_w, a_e = expect.pair(a)
    b_w, b_e = expect.pair(b)
    expect.that(np.array_equal(np.asarray(a_w, float), np.asarray(b_w, float))
                and np.array_equal(np.asarray(a_e, float), np.asarray(b_e, float)),
                "the same result from the same seed", "two different results",
                "Use only the rng you are given for randomness (rng.permutation).")


def _varies(*results):
    runs = {tuple(np.round(np.asarray(expect.pair(r)[0], float), 9)) +
            tuple(np.asarray(expect.pair(r)[1], float)) for r in results}
    expect.that(len(runs) > 1, "stochastic runs with different seeds to visit samples in "
                "different orders", "the same result for every seed",
                "Shuffle the sample order each epoch with the rng argument, "
                "e.g. order = rng.permutation(len(X)).")


def _batch_ignores_seed(*results):
    runs = {tuple(np.round(np.asarray(expect.pair(r)[0], float), 9)) for r in results}
    expect.that(len(runs) == 1, "batch mode from w = 0 to give one result whatever the seed",
                "results that change with the seed",
                "In batch mode every epoch uses all samples at once with the same w; "
                "there is no order to shuffle.")


def _train(mode, seed, X=SEP_X, t=SEP_T, lr=0.1, epochs=100):
    return call("train_perceptron", X, t, lr, epochs, mode, rng(seed))


def _two_batch_epochs_on_and(got):
    """Worked by hand: X~ rows (1,0,0), (1,0,1), (1,1,0), (1,1,1), t = AND, w = 0, lr = 0.5.
    Epoch 1: s = 0 everywhere, so y = +1 and t - y = (-2, -2, -2, 0); X~^T (t - y) = (-6, -2, -2);
    w = (-3, -1, -1), 3 errors. Epoch 2: s = (-3, -4, -4, -5), y = -1, t - y = (0, 0, 0, 2);
    X~^T (t - y) = (2, 2, 2); w = (-2, 0, 0), 1 error."""
    w, errors = expect.pair(got, what="the result (w, errors_per_epoch)")
    expect.close(errors, [3, 1], what="errors_per_epoch",
                 hint="Count an epoch's errors with the w it started from, before its update.")
    expect.close(w, [-2.0, 0.0, 0.0], what="w after 2 batch epochs",
                 hint="Batch mode: one update per epoch, w + lr·X̃ᵀ(t - y) over all samples at "
                      "once with the same w, summed (not averaged).")


def _follows_the_text(mode, w_want, errors_want):
    """Judge: exactly the weights and error counts the text's procedure gives. The numbers were
    worked out once, sample by sample, by a loop written apart from the course's answer, and are
    stored here as numbers: a public check module holds no training loop a student could copy."""
    w_want = np.array(w_want, dtype=float)

    def judge(got):
        w, errors = expect.pair(got, what="the result (w, errors_per_epoch)")
        w = expect.array(w, w_want.shape, floating=True, what="w",
                         hint="w has d + 1 entries, the bias first, as floats.")
        expect.that(isinstance(errors, list), "errors_per_epoch as a list (one number per epoch run)",
                    expect.show(errors), "Collect one count per epoch in a Python list (append to it each epoch).")
        errors = expect.numeric(errors, "errors_per_epoch").ravel()
        expect.that(errors.size == len(errors_want),
                    tr("{count} epochs (one error count per epoch run)", count=len(errors_want)),
                    tr("{count} epochs: {errors}", count=errors.size, errors=expect.show(errors)),
                    "Start from w = 0 and stop after the first epoch without an error.")
        expect.that(bool(np.array_equal(errors, errors_want)),
                    tr("errors_per_epoch = {errors}", errors=expect.show(np.array(errors_want))),
                    tr("errors_per_epoch = {errors}", errors=expect.show(errors)),
                    "batch: count an epoch's mistakes with the w it started from; stochastic: count "
                    "the samples that cause an update, in the order of one new rng.permutation(N) "
                    "per epoch (and no other use of rng)." if mode == "stochastic" else
                    "Count an epoch's mistakes with the w it started from, before its one update.")
        expect.close(w, w_want, atol=1e-9, what="w after training",
                     hint="One update per mistake of lr·(t - y)·x̃, from w = 0, in the order of one new "
                          "rng.permutation(N) per epoch." if mode == "stochastic" else
                     "One update per epoch: w + lr·X̃ᵀ(t - y), summed over the samples, not averaged.")
    return judge


_SMALL_X = np.array([[0.5, 1.0], [-1.0, 0.25], [2.0, -0.5], [-0.5, -1.5], [1.5, 1.5], [0.0, 2.0]])
_SMALL_T = np.array([1, -1, 1, -1, 1, -1])


def _exactly(mode, seed, want, X=_SMALL_X, t=_SMALL_T, lr=0.25, epochs=12, label=""):
    """``want``: (w, errors_per_epoch) after training as the text says (see _follows_the_text)."""
    return Case(call("train_perceptron", X, t, lr, epochs, mode, rng(seed)),
                _follows_the_text(mode, *want), label=label)


TRAIN_PERCEPTRON = Exercise("train_perceptron", 3, [
    Case(_train("batch", 0, np.array(GATE_X), np.array(AND_T), 0.5, 2), _two_batch_epochs_on_and,
         label="batch training on AND for 2 epochs from w = 0, lr = 0.5"),
    Case(_train("stochastic", 0, np.array(GATE_X), np.array(AND_T), 0.5, 100),
         _trained(GATE_X, AND_T, "AND"), label="stochastic training on AND"),
    Case(_train("batch", 0, np.array(GATE_X), np.array(AND_T), 0.5, 100),
         _trained(GATE_X, AND_T, "AND"), label="batch training on AND"),
    Case(_train("stochastic", 1), _trained(SEP_X, SEP_T, "separable"),
         label="stochastic training on 20 separable points"),
    Case(_train("batch", 1), _trained(SEP_X, SEP_T, "separable"),
         label="batch training on 20 separable points"),
    Case(_train("stochastic", 0, np.array(GATE_X), np.array(XOR_T), 0.5, 25),
         _never_converges(25), label="stochastic training on XOR for 25 epochs"),
    Case(_train("batch", 0, np.array(GATE_X), np.array(XOR_T), 0.5, 25),
         _never_converges(25), label="batch training on XOR for 25 epochs"),
    Case(seq(_train("stochastic", 7), _train("stochastic", 7)), _same,
         label="stochastic training twice with seed 7"),
    Case(seq(*[_train("stochastic", s) for s in range(5)]), _varies,
         label="stochastic training with seeds 0 to 4"),
    Case(seq(*[_train("batch", s) for s in range(3)]), _batch_ignores_seed,
         label="batch training with seeds 0 to 2"),
    Case(seq(_train("batch", 0, lr=0.1), _train("batch", 0, lr=0.2)), _scales_with_lr,
         label="batch training with lr = 0.1 and lr = 0.2"),
    Case(seq(_train("stochastic", 4, lr=0.1), _train("stochastic", 4, lr=0.2)), _scales_with_lr,
         label="stochastic training with lr = 0.1 and lr = 0.2, seed 4"),
    Case(call("train_perceptron", [[0, 0], [0, 1], [1, 0], [1, 1]], [-1, 1, 1, 1], 0.5, 100,
              "stochastic", rng(0)), _trained(GATE_X, OR_T, "OR"),
         label="training on OR given as lists"),
    _exactly("stochastic", 3, ([-0.5, 1.25, 0.0], [3, 2, 0]),
             label="stochastic training on 6 points, seed 3, step by step as the text says"),
    _exactly("stochastic", 8, ([-0.2, 0.348, 0.442], [4, 1, 0]), X=SEP_X, t=SEP_T, lr=0.1, epochs=30,
             label="stochastic training on 20 separable points, seed 8, step by step as the text says"),
    _exactly("batch", 0, ([-0.5, 2.25, -0.125], [3, 2, 1, 1, 1, 1, 0]),
             label="batch training on 6 points, step by step as the text says"),
    _exactly("stochastic", 5, ([0.0, 0.0, 0.0], [4, 2, 2, 3, 3, 2]), X=np.array(GATE_X), t=np.array(XOR_T),
             lr=1.0, epochs=6,
             label="stochastic training on XOR for 6 epochs, seed 5, step by step as the text says"),
    Case(call("train_perceptron", np.array(GATE_X), np.array(AND_T), 0.5, 0, "batch", rng(0)),
         _follows_the_text("batch", [0.0, 0.0, 0.0], []),
         "max_epochs = 0 runs no epoch: w stays 0 and the list of error counts is empty.",
         label="training with max_epochs = 0"),
])


def _gate(truth, gate):
    def judge(got):
        w = expect.shape(got, (3,), what=f"{gate}_WEIGHTS",
                         hint="Three numbers: the bias w0 first, then w1 and w2.")
        expect.that(bool(np.all(np.isfinite(w))), "finite weights", expect.show(w))
        outputs = np.where(w[0] + np.array(GATE_X) @ w[1:] >= 0, 1, -1)
        for x, y, t in zip(GATE_X, outputs, truth):
            expect.that(y == t, f"{gate}{tuple(x)} = {t:+d}",
                        tr("{y:+d} with w = {w}", y=y, w=expect.show(w)),
                        tr("Pick w so that w0 + w1·x1 + w2·x2 >= 0 exactly where {gate} is true.", gate=gate))
    return judge


AND_WEIGHTS = Exercise("AND_WEIGHTS", 1, [Case(get("AND_WEIGHTS"), _gate(AND_T, "AND"))],
                       kind="value")
OR_WEIGHTS = Exercise("OR_WEIGHTS", 1, [Case(get("OR_WEIGHTS"), _gate(OR_T, "OR"))],
                      kind="value")

# ----------------------------------------------------------------- differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class for the feedback.


def _sums(gen):
    return [
        Variant("with a float 0.0", (0.0,)), Variant("with -0.0", (-0.0,)),
        Variant("with an integer 0", (0,)), Variant("with a NumPy number", (np.float64(-3.5),)),
        Variant("with a tiny positive number", (1e-300,)), Variant("with a tiny negative number", (-1e-300,)),
        Variant("with a large number", (1e300,)),
        Variant("with an array of floats", (np.round(gen.normal(size=7), 2),)),
        Variant("with an array holding zeros", (np.array([0.0, -0.0, 1.0, -1.0, 0.0]),)),
        Variant("with an integer array", (gen.integers(-3, 4, size=(3, 4)),)),
        Variant("with a 3-d array", (np.round(gen.normal(size=(2, 3, 2)), 1),)),
        Variant("with a nested list", (np.round(gen.normal(size=(2, 3)), 1).tolist(),)),
        Variant("with an empty array", (np.zeros(0),)),
        Variant("with a one-element array", (np.array([0.0]),)),
    ]


def _samples(gen):
    return [
        Variant("with float samples", (np.round(gen.normal(size=(5, 3)), 3),)),
        Variant("with integer samples", (gen.integers(-5, 6, size=(4, 2)),)),
        Variant("with a list of lists", (np.round(gen.normal(size=(3, 2)), 2).tolist(),)),
        Variant("with a single sample of shape (d,)", (np.round(gen.normal(size=4), 2),)),
        Variant("with a single integer sample of shape (d,)", (np.array([2, -3]),)),
        Variant("with one row of shape (1, d)", (np.round(gen.normal(size=(1, 3)), 2),)),
        Variant("with one feature", (np.round(gen.normal(size=(4, 1)), 2),)),
    ]


def _predictions(gen):
    w_int, X_int = np.array([1, -2, 1]), np.array([[2, 3], [1, 1], [0, 0], [4, 2], [3, 5]])
    return [
        Variant("with random weights and samples", (np.round(gen.normal(size=4), 2),
                                                    np.round(gen.normal(size=(6, 3)), 2))),
        Variant("with integer inputs and sums exactly 0", (w_int, X_int)),
        Variant("with lists", (w_int.tolist(), X_int.tolist())),
        Variant("with one row", (np.round(gen.normal(size=3), 2), np.round(gen.normal(size=(1, 2)), 2))),
        Variant("with one feature", (np.array([0.5, -1.0]), np.array([[0.0], [0.5], [1.0], [-2.0]]))),
        Variant("with w = 0", (np.zeros(3), np.round(gen.normal(size=(4, 2)), 2))),
        Variant("with large weights", (np.array([1e8, -3e8, 2e8]), np.round(gen.normal(size=(5, 2)), 2))),
    ]


def _losses(gen):
    X = np.round(gen.normal(size=(8, 2)), 2)
    w = np.round(gen.normal(size=3), 2)
    t = np.where(gen.random(8) < 0.5, 1, -1)
    w_int, X_int = np.array([1, -2, 1]), np.array([[2, 3], [1, 1], [0, 0], [4, 2], [3, 5]])
    return [
        Variant("with random weights and targets", (w, X, t)),
        Variant("with every sample misclassified", (w, X, -np.where(w[0] + X @ w[1:] >= 0, 1, -1))),
        Variant("with every sample right", (w, X, np.where(w[0] + X @ w[1:] >= 0, 1, -1))),
        Variant("with integer inputs and mistakes exactly on the line", (w_int, X_int, np.array([-1, -1, -1, 1, 1]))),
        Variant("with lists", (w_int.tolist(), X_int.tolist(), [1, -1, -1, 1, -1])),
        Variant("with a single sample", (w, X[:1], -np.where(w[0] + X[:1] @ w[1:] >= 0, 1, -1))),
        Variant("with w = 0", (np.zeros(3), X, t)),
    ]


def _updates(gen):
    w = np.round(gen.normal(size=3), 2)
    x = np.round(gen.normal(size=2), 2)
    s = w[0] + x @ w[1:]
    right = 1 if s >= 0 else -1
    return [
        Variant("with a misclassified sample", (w, x, -right, 0.3)),
        Variant("with a correctly classified sample", (w, x, right, 0.3)),
        Variant("with a sum exactly 0", (np.array([1.0, 1.0, 1.0]), np.array([-0.5, -0.5]), -1, 0.5)),
        Variant("with integer inputs", (np.array([1, -2, 3]), np.array([2, 1]), -1, 1)),
        Variant("with integer inputs and a right sample", (np.array([1, -2, 3]), np.array([2, 1]), 1, 1)),
        Variant("with lists", (w.tolist(), x.tolist(), -right, 0.1)),
        Variant("with one feature", (np.array([0.5, -1.0]), np.array([2.0]), 1, 0.2)),
        Variant("with four features", (np.round(gen.normal(size=5), 2), np.round(gen.normal(size=4), 2), 1, 0.05)),
        Variant("with w = 0", (np.zeros(3), x, -1, 0.5)),
    ]


def _trainings(gen):
    found = []
    for index in range(8):
        n, d = int(gen.integers(1, 9)), int(gen.integers(1, 4))
        X = np.round(gen.normal(size=(n, d)), 2)
        normal = gen.normal(size=d)
        t = np.where(X @ normal + 0.3 >= 0, 1, -1) if index % 2 else np.where(gen.random(n) < 0.5, 1, -1)
        mode = "stochastic" if index < 5 else "batch"
        klass = {(1, "stochastic"): "with separable data, stochastic mode",
                 (0, "stochastic"): "with random labels, stochastic mode",
                 (1, "batch"): "with separable data, batch mode",
                 (0, "batch"): "with random labels, batch mode"}[index % 2, mode]
        found.append(Variant(klass,
                             (X, t, float(np.round(gen.uniform(0.05, 1.0), 2)), int(gen.integers(1, 15)),
                              mode, rng(int(gen.integers(1000))))))
    X_int = gen.integers(-3, 4, size=(6, 2))
    found += [
        Variant("with integer samples", (X_int, np.where(X_int.sum(axis=1) >= 0, 1, -1), 1, 20,
                                         "stochastic", rng(4))),
        Variant("with lists", (X_int.tolist(), np.where(X_int[:, 0] >= 0, 1, -1).tolist(), 0.5, 20, "batch", rng(1))),
        Variant("with a single sample", (np.array([[1.0, -1.0]]), np.array([-1]), 0.5, 10, "stochastic", rng(2))),
        Variant("with max_epochs = 1", (np.array(GATE_X), np.array(XOR_T), 0.5, 1, "stochastic", rng(3))),
        Variant("with max_epochs = 0", (np.array(GATE_X), np.array(AND_T), 0.5, 0, "stochastic", rng(3))),
        Variant("with XOR, which never converges", (np.array(GATE_X), np.array(XOR_T), 0.7, 9, "stochastic",
                                                    rng(6))),
    ]
    return found


DIFFERENTIAL = {"step": _sums, "add_bias": _samples, "predict": _predictions, "perceptron_loss": _losses,
                "perceptron_step": _updates, "delta_rule_step": _updates, "train_perceptron": _trainings}

EXERCISES = [STEP, ADD_BIAS, PREDICT, PERCEPTRON_LOSS, PERCEPTRON_STEP, DELTA_RULE_STEP,
             TRAIN_PERCEPTRON, AND_WEIGHTS, OR_WEIGHTS]
