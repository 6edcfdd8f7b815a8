"""Public check cases for lesson 07, the handwritten-digits capstone.

Graded: ``mlp_loss_and_grads`` (the whole network's loss and gradients),
``sgd_epoch`` (one epoch of mini-batch SGD), ``accuracy`` and
``confusion_matrix``.

Gradients are judged against centred numerical differences of a loss that
this module computes itself (a trusted loop over the layers, in the style of
lesson 06's checks), on tiny non-square networks; hand-worked cases give exact numbers (all-zero
weights make every class equally likely, so the loss is ln C). ``sgd_epoch``
is judged by properties that hold for any correct order of mini-batches:
with one batch it is one gradient step; on identical samples every batch
has the same gradient whatever the order; on four samples in batches of
two the result must be one of the six possible two-step paths.
"""

import itertools
import math

import numpy as np

from helpers import expect, layers
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import join, tr
from helpers.probes import call, rng, seq

# The capstone builds on the student's own lessons 05 and 06: the grader judges it with the
# course's references of those lessons in place of the student's (grader.references).
USES = ("05_backprop", "06_softmax_cross_entropy")


def _net(sizes, seed):
    gen = np.random.default_rng(seed)
    return {key: np.round(value + 0.1 * gen.normal(size=value.shape), 4)
            for key, value in layers.he_init(sizes, gen).items()}


def _loss(params, X, y):
    """Trusted mean cross-entropy of the ReLU network ``params``: written for clarity, not speed."""
    depth = layers.num_layers(params)
    total = 0.0
    for row, label in zip(np.asarray(X, float), np.asarray(y), strict=True):
        z = row
        for i in range(depth):
            z = z @ params[f"W{i + 1}"] + params[f"b{i + 1}"]
            z = z if i == depth - 1 else np.where(z > 0, z, 0.0)
        top = z.max()
        total += top + math.log(float(np.sum(np.exp(z - top)))) - z[int(label)]
    return total / len(X)


def _numeric_grads(params, X, y, h=1e-5):
    """Centred differences of ``_loss``, one parameter entry at a time."""
    work = {k: np.array(v, float) for k, v in params.items()}
    grads = {}
    for key, value in work.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            kept = value[index]
            value[index] = kept + h
            up = _loss(work, X, y)
            value[index] = kept - h
            down = _loss(work, X, y)
            value[index] = kept
            grad[index] = (up - down) / (2 * h)
        grads[key] = grad
    return grads


_MEAN = "The loss is the mean over the batch: divide by N (softmax_cross_entropy already does)."
_BACKWARD = ("Go backwards through the layers: the last affine layer first, then ReLU and affine "
             "for each hidden layer, passing each dx on as the next dout; keep each forward "
             "cache and use it in its own backward.")


def _params_like(got, params, what):
    if not isinstance(got, dict):
        raise expect.Mismatch(tr("{what} as a dict with keys {keys}", what=tr(what), keys=sorted(params)),
                              expect.show(got))
    expect.that(sorted(got) == sorted(params), tr("{what} with keys {keys}", what=tr(what), keys=sorted(params)),
                tr("keys {keys}", keys=sorted(got)), "One entry per parameter, with the same names.")
    return {k: expect.shape(got[k], np.shape(params[k]), what=f"{tr(what)}['{k}']",
                            hint=tr("{name} has the shape of params['{key}'].", name=f"{tr(what)}['{k}']", key=k))
            for k in params}


# --------------------------------------------------------- mlp_loss_and_grads

def _lazy(make):
    """Expected values computed on first use, so importing the checks stays quick."""
    store = []

    def get():
        if not store:
            store.append(make())
        return store[0]
    return get


def _loss_and_grads(params, X, y, loss=None, grads=None):
    X, y = np.asarray(X, float), np.asarray(y)
    expected = _lazy(lambda: (_loss(params, X, y) if loss is None else loss,
                              _numeric_grads(params, X, y) if grads is None else grads))

    def judge(got):
        loss, grads = expected()
        got_loss, got_grads = expect.pair(got, what="the result (loss, grads)")
        value = expect.scalar(got_loss, what="loss", hint="The loss is one number.")
        expect.close(value, loss, what="loss", atol=1e-7, rtol=1e-7,
                     hint=join("ReLU after every affine layer except the last; the last layer's "
                               "scores go into softmax cross-entropy. ", _MEAN))
        got_grads = _params_like(got_grads, params, "grads")
        for key in sorted(params, key=lambda k: (k[1:], k[0])):
            expect.close(got_grads[key], grads[key], what=f"grads['{key}']", atol=1e-7, rtol=1e-5,
                         hint=_BACKWARD)
    return judge


TWO = _net((3, 4, 5), 70)
ONE = _net((3, 5), 71)
THREE = _net((3, 4, 6, 2), 72)
X6 = np.round(np.random.default_rng(73).normal(size=(6, 3)), 3)
Y6_5 = np.array([4, 0, 2, 2, 1, 3])
Y6_2 = np.array([1, 0, 0, 1, 1, 0])
ZERO = {"W1": np.zeros((3, 4)), "b1": np.zeros(4), "W2": np.zeros((4, 5)), "b2": np.zeros(5)}
X3 = np.array([[1.0, -2.0, 0.5], [0.0, 1.0, 1.0], [3.0, 0.0, -1.0]])

def _exact_grads(params, X, y) -> dict:
    """The gradients by the chain rule, written out here (trusted): the backward pass of the ReLU
    network with the softmax cross-entropy mean on top, layer by layer."""
    X, y = np.asarray(X, float), np.asarray(y)
    depth = layers.num_layers(params)
    inputs, z = [], X
    for i in range(1, depth + 1):
        inputs.append(z)
        z = z @ params[f"W{i}"] + params[f"b{i}"]
        if i < depth:
            z = np.maximum(z, 0.0)
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    dz = (p - np.eye(z.shape[1])[y]) / len(X)
    grads = {}
    for i in range(depth, 0, -1):
        grads[f"W{i}"], grads[f"b{i}"] = inputs[i - 1].T @ dz, dz.sum(axis=0)
        if i > 1:
            dz = (dz @ params[f"W{i}"].T) * (inputs[i - 1] > 0)
    return grads


MEASURED_HINT = ("Right to about 10 digits, as a measured slope is, but not to the full precision of the "
                 "formula: the gradients must come from your layers' backward functions, not from numerical "
                 "differences.")


def _to_full_precision(params, X, y):
    expected = _lazy(lambda: _exact_grads(params, X, y))

    def judge(got):
        _, got_grads = expect.pair(got, what="the result (loss, grads)")
        got_grads = _params_like(got_grads, params, "grads")
        for key, want in expected().items():
            expect.close(got_grads[key], want, what=f"grads['{key}']", atol=1e-14, rtol=1e-11, hint=MEASURED_HINT)
    return judge


MLP_LOSS_AND_GRADS = Exercise("mlp_loss_and_grads", 3, [
    Case(call("mlp_loss_and_grads", ZERO, X3, np.array([0, 1, 1])),
         _loss_and_grads(ZERO, X3, [0, 1, 1], loss=math.log(5), grads={
             "W1": np.zeros((3, 4)), "b1": np.zeros(4), "W2": np.zeros((4, 5)),
             "b2": np.array([1 / 5 - 1 / 3, 1 / 5 - 2 / 3, 1 / 5, 1 / 5, 1 / 5])}),
         label="mlp_loss_and_grads with all-zero weights (3-4-5 network, N = 3): loss ln 5"),
    Case(call("mlp_loss_and_grads", TWO, X6, Y6_5), _loss_and_grads(TWO, X6, Y6_5),
         label="mlp_loss_and_grads of a 3-4-5 network on 6 samples, against numerical gradients"),
    Case(call("mlp_loss_and_grads", ONE, X6, Y6_5), _loss_and_grads(ONE, X6, Y6_5),
         "With one layer (W1, b1 only) the network is linear softmax regression: no ReLU at all. "
         "Count the layers from the params dict.",
         label="mlp_loss_and_grads of a one-layer 3-5 network (softmax regression)"),
    Case(call("mlp_loss_and_grads", THREE, X6, Y6_2), _loss_and_grads(THREE, X6, Y6_2),
         "Loop over the layers W1..WL; don't assume exactly two.",
         label="mlp_loss_and_grads of a three-layer 3-4-6-2 network"),
    Case(call("mlp_loss_and_grads", TWO, X6.tolist(), Y6_5.tolist()), _loss_and_grads(TWO, X6, Y6_5),
         "Accept X and y as lists: np.asarray.", label="mlp_loss_and_grads with X and y as lists"),
    Case(call("mlp_loss_and_grads", THREE, X6, Y6_2), _to_full_precision(THREE, X6, Y6_2), MEASURED_HINT,
         label="mlp_loss_and_grads of a 3-4-6-2 network: the gradients to full precision (backpropagation, "
               "not numerical differences)"),
])


# ------------------------------------------------------------------ sgd_epoch

SGD_NET = _net((3, 4, 3), 74)
X4 = np.round(np.random.default_rng(75).normal(size=(4, 3)), 3)
Y4 = np.array([0, 2, 1, 2])
X5 = np.round(np.random.default_rng(76).normal(size=(5, 3)), 3)
Y5 = np.array([1, 0, 2, 2, 0])
SAME_X = np.tile([[0.5, -1.0, 2.0]], (5, 1))
SAME_Y = np.array([2, 2, 2, 2, 2])


def _step(params, X, y, lr):
    grads = _numeric_grads(params, X, y)
    return {k: params[k] - lr * grads[k] for k in params}


def _unpack(got):
    new, mean_loss = expect.pair(got, what="the result (params, mean_loss)")
    new = _params_like(new, SGD_NET, "the new params")
    mean_loss = expect.scalar(mean_loss, what="mean_loss",
                              hint="Return the mean of the mini-batch losses as one number.")
    return new, mean_loss


def _close_params(new, expected, hint):
    for k in expected:
        expect.close(new[k], expected[k], what=tr("params['{key}'] after the epoch", key=k),
                     atol=1e-6, rtol=1e-5, hint=hint)


def _full_batch(lr):
    values = _lazy(lambda: (_step(SGD_NET, X5, Y5, lr), _loss(SGD_NET, X5, Y5)))

    def judge(got):
        expected, loss = values()
        new, mean_loss = _unpack(got)
        _close_params(new, expected, "With batch_size = N an epoch is one step: "
                                     "params - lr * grads, on a new dict.")
        expect.close(mean_loss, loss, what="mean_loss", atol=1e-7,
                     hint="With one batch the mean loss is that batch's loss, "
                          "computed before the update.")
    return judge


def _identical_samples(lr, batch_size):
    def make():
        params, losses, sizes = SGD_NET, [], []
        for start in range(0, len(SAME_X), batch_size):
            size = min(batch_size, len(SAME_X) - start)
            losses.append(_loss(params, SAME_X[:size], SAME_Y[:size]))
            sizes.append(size)
            params = _step(params, SAME_X[:size], SAME_Y[:size], lr)
        return params, losses, sizes
    values = _lazy(make)

    def judge(got):
        params, losses, sizes = values()
        steps = len(sizes)
        new, mean_loss = _unpack(got)
        _close_params(new, params,
                      tr("{count} samples in batches of {size} make {steps} updates: "
                         "keep the last, smaller batch, and take one step per batch.", count=len(SAME_X),
                         size=batch_size, steps=steps))
        plain, weighted = float(np.mean(losses)), float(np.dot(losses, sizes) / sum(sizes))
        hint = ("Record each batch's loss before its update and average them." if
                not math.isclose(mean_loss, weighted, rel_tol=1e-6) else
                "Each batch counts once in the mean, a smaller last batch too: np.mean(losses), "
                "not a mean weighted by batch size.")
        expect.that(math.isclose(mean_loss, plain, rel_tol=1e-6),
                    tr("mean_loss {loss:.6g} (the plain mean of the {steps} batch losses, each taken "
                       "before its update)", loss=plain, steps=steps),
                    f"{mean_loss:.6g}", hint)
    return judge


def _some_order(lr, batch_size):
    """The result must match one of the ways to cut a shuffle of X4 into batches, and its
    mean_loss the plain mean of that path's batch losses, each before its update."""
    def make():
        paths = []
        for order in itertools.permutations(range(len(X4))):
            batches = [tuple(sorted(order[i:i + batch_size]))
                       for i in range(0, len(X4), batch_size)]
            if batches in [p[0] for p in paths]:
                continue
            params, losses = SGD_NET, []
            for idx in batches:
                losses.append(_loss(params, X4[list(idx)], Y4[list(idx)]))
                params = _step(params, X4[list(idx)], Y4[list(idx)], lr)
            paths.append((batches, params, losses))
        return paths
    all_paths = _lazy(make)

    def judge(got):
        paths = all_paths()
        new, mean_loss = _unpack(got)
        for _, params, losses in paths:
            if all(np.allclose(new[k], params[k], atol=1e-6, rtol=1e-5) for k in params):
                sizes = [batch_size] * (len(losses) - 1) + [len(X4) - batch_size * (len(losses) - 1)]
                weighted = float(np.dot(losses, sizes) / len(X4))
                expect.that(math.isclose(mean_loss, float(np.mean(losses)), rel_tol=1e-6),
                            tr("mean_loss {loss:.6g} (the plain mean of the {steps} batch losses, each "
                               "taken before its update)", loss=float(np.mean(losses)), steps=len(losses)),
                            f"{mean_loss:.6g}",
                            "Each batch counts once in the mean, a smaller last batch too: np.mean(losses), "
                            "not a mean weighted by batch size." if math.isclose(mean_loss, weighted, rel_tol=1e-6)
                            else "Record each batch's loss before its update and average them.")
                return
        raise expect.Mismatch(
            tr("the parameters after one of the {count} possible epochs (each sample used "
               "exactly once, in batches of {size})", count=len(paths), size=batch_size),
            "parameters that match none of them",
            "Shuffle once per epoch (order = rng.permutation(N)), cut the order into consecutive "
            "batches, and take one step per batch with that batch's gradients.")
    return judge


def _same(a, b):
    for k in SGD_NET:
        expect.that(np.array_equal(np.asarray(a[0][k]), np.asarray(b[0][k])),
                    "the same result from the same seed", tr("different params['{key}']", key=k),
                    "Draw the shuffle only from the rng argument.")


def _varies(*results):
    firsts = {tuple(np.round(np.asarray(r[0]["W1"], float).ravel(), 9)) for r in results}
    expect.that(len(firsts) > 1, "different sample orders (so different results) for "
                "different seeds", "the same result for every seed",
                "Shuffle the samples every epoch with rng.permutation(N).")


def _sgd(X, y, lr, batch_size, seed):
    return call("sgd_epoch", SGD_NET, X, y, lr, batch_size, rng(seed))


SGD_EPOCH = Exercise("sgd_epoch", 2, [
    Case(_sgd(X5, Y5, 0.1, 5, 0), _full_batch(0.1),
         label="sgd_epoch with one batch of all 5 samples (lr 0.1)"),
    Case(call("sgd_epoch", SGD_NET, X5.tolist(), Y5.tolist(), 0.1, 5, rng(0)), _full_batch(0.1),
         "Accept X and y as lists: np.asarray(X, dtype=float) before indexing them with a batch.",
         label="sgd_epoch with X and y as lists (one batch of all 5 samples)"),
    Case(_sgd(SAME_X, SAME_Y, 0.5, 2, 0), _identical_samples(0.5, 2),
         label="sgd_epoch on 5 identical samples in batches of 2 (3 updates)"),
    Case(_sgd(X4, Y4, 0.5, 2, 1), _some_order(0.5, 2),
         label="sgd_epoch on 4 samples in batches of 2"),
    Case(_sgd(X4, Y4, 0.5, 3, 2), _some_order(0.5, 3),
         label="sgd_epoch on 4 samples in batches of 3 and 1"),
    Case(seq(_sgd(X5, Y5, 0.5, 2, 7), _sgd(X5, Y5, 0.5, 2, 7)), _same,
         label="sgd_epoch twice with seed 7"),
    Case(seq(*[_sgd(X5, Y5, 0.5, 1, s) for s in range(4)]), _varies,
         label="sgd_epoch with seeds 0 to 3, batches of 1"),
])


# ------------------------------------------------------------------- accuracy

def _fraction(expected, hint=""):
    def judge(got):
        value = expect.scalar(got, hint="Return one number, the fraction of correct rows.")
        expect.close(value, expected, hint=hint)
    return judge


SCORES = np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1], [0.3, 0.3, 0.4], [0.2, 0.5, 0.3]])
TALL = np.array([[2.0, -1.0, 0.0, 0.5, 0.1], [0.0, 3.0, 1.0, -2.0, 0.0], [1.0, 1.5, 2.0, 0.0, 2.5]])

ACCURACY = Exercise("accuracy", 1, [
    Case(call("accuracy", SCORES, np.array([1, 0, 2, 0])),
         _fraction(0.75, "The predicted class of a row is its argmax (axis=1); count the rows "
                         "where it equals y and divide by N (a fraction, not a percentage)."),
         label="accuracy of a (4, 3) score matrix, y = [1, 0, 2, 0]"),
    Case(call("accuracy", TALL, np.array([0, 1, 4])), _fraction(1.0, "argmax along axis=1, per row."),
         label="accuracy of a (3, 5) score matrix, every row right"),
    Case(call("accuracy", TALL, np.array([1, 0, 0])), _fraction(0.0),
         label="accuracy of a (3, 5) score matrix, every row wrong"),
    Case(call("accuracy", TALL, np.array([0, 1, 0])), _fraction(2 / 3, "Return the fraction itself, 2/3, "
                                                                  "not a rounded or a percentage value."),
         label="accuracy of a (3, 5) score matrix, two rows of three right"),
    Case(call("accuracy", [[0, 1], [1, 0]], [1, 1]), _fraction(0.5), "Accept lists: np.asarray.",
         label="accuracy with lists"),
])


# ----------------------------------------------------------- confusion_matrix

def _matrix(expected, hint=""):
    return lambda got: expect.close(got, expected, hint=hint or
                                    "M[i, j] counts the samples of true class i predicted as j: "
                                    "rows are the truth, columns the prediction.")


CONFUSION_MATRIX = Exercise("confusion_matrix", 1, [
    Case(call("confusion_matrix", np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 0, 2]), 3),
         _matrix([[1, 1, 0], [0, 1, 0], [1, 0, 2]],
                 "Rows are the true class, columns the prediction; and a pair that occurs twice "
                 "counts twice (M[y_true, y_pred] += 1 counts it once: use a loop or np.add.at)."),
         label="confusion_matrix(y_true=[0, 0, 1, 2, 2, 2], y_pred=[0, 1, 1, 2, 0, 2], 3)"),
    Case(call("confusion_matrix", np.array([1, 1, 0]), np.array([1, 1, 0]), 4),
         _matrix([[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                 "The matrix is num_classes × num_classes even when some classes never occur; "
                 "repeated pairs count every time."),
         label="confusion_matrix([1, 1, 0], [1, 1, 0], 4)"),
    Case(call("confusion_matrix", np.array([2, 2, 2, 0]), np.array([1, 1, 0, 0]), 3),
         _matrix([[1, 0, 0], [0, 0, 0], [1, 2, 0]]),
         label="confusion_matrix([2, 2, 2, 0], [1, 1, 0, 0], 3)"),
    Case(call("confusion_matrix", [0, 1], [1, 1], 2), _matrix([[0, 1], [0, 1]]),
         "Accept lists: np.asarray.", label="confusion_matrix with lists"),
])


EXERCISES = [MLP_LOSS_AND_GRADS, SGD_EPOCH, ACCURACY, CONFUSION_MATRIX]


# ----------------------------------------------------------------- differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class for the feedback.

def _networks(gen):
    X = np.round(gen.normal(size=(5, 3)), 3)
    y = gen.integers(0, 4, size=5)
    return [
        Variant("with a two-layer network", (_net((3, 6, 4), 80), X, y)),
        Variant("with a one-layer network", (_net((3, 4), 81), X, y)),
        Variant("with a four-layer network", (_net((3, 5, 4, 3, 4), 82), X, y)),
        Variant("with a single sample", (_net((3, 6, 4), 83), X[:1], y[:1])),
        Variant("with lists", (_net((3, 2, 4), 84), X.tolist(), y.tolist())),
        Variant("with all-zero weights", ({k: np.zeros_like(v) for k, v in _net((3, 4, 4), 85).items()}, X, y)),
    ]


def _score_tables(gen):
    scores = np.round(gen.normal(size=(7, 4)), 2)
    return [
        Variant("with random scores", (scores, gen.integers(0, 4, size=7))),
        Variant("with a single sample", (scores[:1], np.array([int(np.argmax(scores[0]))]))),
        Variant("with lists", (scores.tolist(), gen.integers(0, 4, size=7).tolist())),
        Variant("with probabilities", (np.array([[0.2, 0.8], [0.6, 0.4], [0.5, 0.5]]), np.array([1, 0, 0]))),
        Variant("with a third right", (np.eye(3), np.array([0, 2, 1]))),
        Variant("with tied scores (the argmax is the first of them)",
                (np.array([[0.5, 0.5, 0.0], [0.2, 0.4, 0.4], [1.0, 1.0, 1.0]]), np.array([1, 2, 0]))),
    ]


def _label_pairs(gen):
    return [
        Variant("with random labels", (gen.integers(0, 4, size=12), gen.integers(0, 4, size=12), 4)),
        Variant("with repeated pairs", (np.array([1, 1, 1, 0]), np.array([2, 2, 2, 0]), 3)),
        Variant("with classes that never occur", (np.array([0, 0]), np.array([0, 1]), 5)),
        Variant("with lists", ([0, 1, 2, 2], [2, 1, 0, 2], 3)),
        Variant("with a single pair", (np.array([2]), np.array([1]), 3)),
    ]


DIFFERENTIAL = {"mlp_loss_and_grads": _networks, "accuracy": _score_tables, "confusion_matrix": _label_pairs}
