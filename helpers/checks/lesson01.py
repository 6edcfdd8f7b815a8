"""Public check cases for lesson 01, the perceptron.

Expected numbers are worked by hand or taken from the curriculum's worked
example (w = (-0.5, 0.75), b = 0.375, x = (1.5, 2.0), t = -1, eta = 0.3);
training is judged by properties (it separates AND, stops early, honours
``mode`` and ``rng``), so any correct implementation passes.
"""

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
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
])

ADD_BIAS = Exercise("add_bias", 1, [
    Case(call("add_bias", np.array([[2.0, 3.0], [4.0, 5.0], [6.0, 7.0]])),
         _values([[1, 2, 3], [1, 4, 5], [1, 6, 7]]),
         "The ones go in front, as column 0, so that w[0] is the bias."),
    Case(call("add_bias", np.array([[2.0, 3.0, 4.0, 5.0]])), _values([[1, 2, 3, 4, 5]]),
         "One row with d = 4 features becomes one row of d + 1 = 5."),
    Case(call("add_bias", np.array([2.0, 3.0])), _values([1, 2, 3]),
         "A single sample of shape (d,) becomes shape (d + 1,): prepend one 1."),
    Case(call("add_bias", [[0, 1], [1, 0]]), _values([[1, 0, 1], [1, 1, 0]]),
         "Accept a list too: np.asarray(X)."),
])

PREDICT = Exercise("predict", 1, [
    Case(call("predict", np.array([-1.5, 1.0, 1.0]), np.array(GATE_X, dtype=float)),
         _values(AND_T), "Don't forget the bias w[0]: s = w[0] + X @ w[1:].",
         label="predict(w = (-1.5, 1, 1), the four gate inputs)"),
    Case(call("predict", W_HAND, X_HAND), _values([-1, -1, 1, 1]),
         "s = 0.5 - x1 + 2 x2 here; the last sample has s = 0 exactly, which is +1.",
         label="predict(w = (0.5, -1, 2), X of shape (4, 2))"),
    Case(call("predict", W_HAND, X_HAND[:1]), _values([-1]),
         "One row in, a prediction array of shape (1,) out.",
         label="predict(w, X with one row)"),
    Case(call("predict", [0.5, -1, 2], X_HAND.tolist()), _values([-1, -1, 1, 1]),
         "Accept lists too: np.asarray(w), np.asarray(X).", label="predict with lists"),
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
])

PERCEPTRON_STEP = Exercise("perceptron_step", 2, [
    Case(call("perceptron_step", W_EX, X_EX, -1, 0.3), _values([-0.225, -1.4, -0.45]),
         "y is the thresholded prediction (+1 here), so t - y = -2; the bias w[0] is "
         "updated too, with x0 = 1.", label="perceptron_step on the worked example"),
    Case(call("perceptron_step", W_EX, X_EX, 1, 0.3), _values(W_EX),
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

EXERCISES = [STEP, ADD_BIAS, PREDICT, PERCEPTRON_LOSS, PERCEPTRON_STEP, DELTA_RULE_STEP,
             TRAIN_PERCEPTRON, AND_WEIGHTS, OR_WEIGHTS]
