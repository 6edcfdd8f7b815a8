"""Public check cases for lesson 03, XOR via a multilayer perceptron.

``best_line_accuracy`` is judged on data whose best line is known by hand
(XOR 3/4, the gates 4/4, a point inside a square of the other class 4/5) and
on random data made separable by construction. The XOR weights are judged by
their truth table, so any network that computes XOR passes. Layer outputs are
compared with plain loop-based references written here, one multiply at a
time, on non-square shapes so that a transposed weight matrix cannot hide.
"""

import math

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import join, tr
from helpers.probes import call, get, seq

GATE_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
TRUTH = {"XOR": [-1, 1, 1, -1], "XNOR": [1, -1, -1, 1], "AND": [-1, -1, -1, 1],
         "OR": [-1, 1, 1, 1], "NAND": [1, 1, 1, -1], "NOR": [1, -1, -1, -1]}

# ------------------------------------------------------------------ best_line_accuracy


def _separable(seed, normal, offset, n=30, margin=0.3):
    """n points in [-2, 2]² labelled by normal·x >= offset, none closer than margin."""
    gen = np.random.default_rng(seed)
    pts = np.round(gen.uniform(-2, 2, size=(4 * n, 2)), 3)
    score = (pts @ np.asarray(normal) - offset) / np.linalg.norm(normal)
    keep = np.abs(score) > margin
    pts, score = pts[keep][:n], score[keep][:n]
    return pts, np.where(score >= 0, 1, -1)


SEP1_X, SEP1_T = _separable(11, [0.8, -0.6], 0.3)
SEP2_X, SEP2_T = _separable(12, [-1.0, -2.0], 0.5)
# Four +1 corners around a -1 centre: the centre is inside the corners' hull, so the
# best a line can do is 4 of 5 (e.g. everything +1).
RING_X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0], [1.0, 1.0]])
RING_T = np.array([1, 1, 1, 1, -1])
# Four points far from the origin, 0.05 apart: the cut must fall between close projections.
FAR_X = np.array([[10.0, 10.0], [10.05, 10.0], [10.1, 10.0], [10.15, 10.0]])
FAR_T = np.array([-1, -1, 1, 1])
# Points on one line, alternating labels: a line splits them into a prefix and a suffix.
ROW_X = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0]])
ROW_T = np.array([-1, 1, -1, 1])
# The same point twice with opposite labels: no line gets both.
TWIN_X = np.array([[0.5, 0.5], [0.5, 0.5], [1.5, 2.0]])
TWIN_T = np.array([1, -1, 1])


def _accuracy(expected, hint=""):
    def judge(got):
        value = expect.scalar(got, what="the accuracy",
                              hint="Return one number, the best accuracy, as a fraction.")
        if value > 1.0 + 1e-9:
            expect.that(False, tr("a fraction between 0 and 1 ({expected:g})", expected=expected), f"{value:g}",
                        "Return the fraction of points classified correctly, not a count "
                        "or a percentage.")
        expect.close(value, expected, atol=1e-9, what="the best accuracy", hint=hint)
    return judge


def _best(X, t, n_angles, expected, label, hint=""):
    return Case(call("best_line_accuracy", np.asarray(X, dtype=float), np.asarray(t), n_angles),
                _accuracy(expected, hint), hint, label=label)


BEST_LINE_ACCURACY = Exercise("best_line_accuracy", 2, [
    _best(GATE_X, TRUTH["XOR"], 360, 0.75, "best_line_accuracy(XOR, n_angles = 360)",
          "No line gets all of XOR, but many get 3 of 4 right: 0.75."),
    _best(GATE_X, TRUTH["AND"], 360, 1.0, "best_line_accuracy(AND, n_angles = 360)",
          "AND is separable. Try offsets too, not only lines through the origin."),
    _best(GATE_X, TRUTH["OR"], 360, 1.0, "best_line_accuracy(OR, n_angles = 360)",
          "OR is separable: one line gets all four."),
    _best(GATE_X, TRUTH["NAND"], 36, 1.0, "best_line_accuracy(NAND, n_angles = 36)",
          "The +1 side here is towards the lower left: let θ go round the whole circle "
          "[0, 2π), not only [0, π)."),
    _best(SEP1_X, SEP1_T, 72, 1.0, "best_line_accuracy(30 separable points, n_angles = 72)",
          "These points are separable with a margin; the best line gets them all."),
    _best(SEP2_X, SEP2_T, 72, 1.0, "best_line_accuracy(30 other separable points, 72)",
          "These points are separable with a margin; the best line gets them all."),
    _best(FAR_X, FAR_T, 36, 1.0, "best_line_accuracy(4 close points far from the origin, 36)",
          "Take the offsets from the data (between consecutive projections), not from a fixed "
          "grid of numbers."),
    _best(RING_X, RING_T, 36, 0.8, "best_line_accuracy(4 corners around a centre, 36)",
          "The centre is inside the square of the other class: 4 of 5 is the best."),
    _best(ROW_X, ROW_T, 180, 0.75, "best_line_accuracy(4 points in a row, -+-+, 180)",
          "Points in a row split into a left and a right part: 3 of 4 at best."),
    _best(TWIN_X, TWIN_T, 180, 2 / 3, "best_line_accuracy(one point twice with both labels, 180)",
          "Equal projections cannot be separated: cut only between distinct values."),
    _best(SEP1_X, np.ones(len(SEP1_X), dtype=int), 90, 1.0, "best_line_accuracy(30 points, all +1, 90)",
          "A line may leave every point on one side: try a cut below all the projections too."),
    _best(SEP1_X, -np.ones(len(SEP1_X), dtype=int), 90, 1.0, "best_line_accuracy(30 points, all -1, 90)",
          "A line may leave every point on one side: try a cut above all the projections too."),
    Case(call("best_line_accuracy", GATE_X.tolist(), TRUTH["AND"], 36), _accuracy(1.0),
         "Accept lists too: np.asarray(X, dtype=float).", label="best_line_accuracy with lists"),
    _best(GATE_X, TRUTH["XOR"], 4, 0.5, "best_line_accuracy(XOR, n_angles = 4)",
          "Four angles are θ = 0, π/2, π, 3π/2 (radians, 2πk / n_angles): every line is vertical or "
          "horizontal, and each splits XOR 2 : 2. cos(π/2) is 6e-17, not 0: round the projections "
          "(np.round(p, 9)) so that rounding does not separate points that tie."),
    _best(GATE_X, TRUTH["OR"], 4, 0.75, "best_line_accuracy(OR, n_angles = 4)",
          "Four angles are θ = 0, π/2, π, 3π/2 (radians): (0, 0) and (0, 1) tie along θ = 0, and "
          "cos(π/2) = 6e-17 must not separate (0, 0) from (1, 0): round the projections (np.round(p, 9))."),
    _best(GATE_X, TRUTH["AND"], 8, 1.0, "best_line_accuracy(AND, n_angles = 8)",
          "Eight angles are multiples of π/4 (radians, 2πk / n_angles), and θ = π/4 separates AND."),
    _best(GATE_X, TRUTH["XOR"], 8, 0.75, "best_line_accuracy(XOR, n_angles = 8)",
          "Eight angles are multiples of π/4 (radians, 2πk / n_angles): 3 of 4 at best on XOR."),
    _best(GATE_X, TRUTH["NAND"], 1, 0.75, "best_line_accuracy(NAND, n_angles = 1)",
          "One angle is θ = 0 only: projections are x1, and (0, 0), (0, 1) tie."),
    _best(GATE_X * 1e4 + 3e4, TRUTH["AND"], 36, 1.0, "best_line_accuracy(AND scaled by 1e4 and shifted, 36)",
          "Take the offsets from the data (between consecutive projections), not from a fixed range."),
    _best(GATE_X * 1e-3, TRUTH["OR"], 36, 1.0, "best_line_accuracy(OR scaled by 1e-3, 36)",
          "Take the offsets from the data (between consecutive projections), not from a fixed grid."),
    _best([[0.5, -0.25]], [-1], 3, 1.0, "best_line_accuracy(a single point, 3)",
          "One point: a cut on either side of it gets it right."),
], course_helpers=("helpers.geometry_plots.accuracy_map",))

# ------------------------------------------------------------------ XOR_HIDDEN / XOR_OUTPUT


def _pt(x, signed=False) -> str:
    """A point as plain text: (0, 1) or (+1, -1)."""
    return "(" + ", ".join(f"{int(v):+d}" if signed else f"{int(v)}" for v in x) + ")"


def _tau(s):
    return np.where(np.asarray(s, dtype=float) >= 0, 1, -1)


def _hidden_of(W, name="XOR_HIDDEN"):
    W = expect.shape(W, (2, 3), what=name,
                     hint="Two rows, one per hidden unit, each (w0, w1, w2) with the bias first.")
    expect.that(bool(np.all(np.isfinite(W))), "finite weights", expect.show(W))
    return W, _tau(W[:, 0] + GATE_X @ W[:, 1:].T)   # (4, 2), one row per input


# Every labelling of the corners (±1, ±1) that one step unit can make is reached by one
# of these output units (all 14 of 16: every one except XOR and XNOR of h1, h2).
_OUTPUT_UNITS = [np.array([b, v1, v2]) for b in (-1.5, -0.5, 0.5, 1.5)
                 for v1 in (-1.0, 0.0, 1.0) for v2 in (-1.0, 0.0, 1.0)]


def _judge_hidden(got):
    _, H = _hidden_of(got)
    xor = np.array(TRUTH["XOR"])
    for i in range(4):
        for j in range(i + 1, 4):
            if xor[i] != xor[j] and np.array_equal(H[i], H[j]):
                expect.that(False, "the hidden layer to keep inputs with different XOR values "
                            "apart", tr("{a} and {b} both mapped to h = {h}", a=_pt(GATE_X[i]),
                                        b=_pt(GATE_X[j]), h=_pt(H[i], signed=True)),
                            "The output unit only sees h, so it can't tell these inputs apart. "
                            "Try h1 = OR(x1, x2) and h2 = NAND(x1, x2).")
    separable = any(np.array_equal(_tau(v[0] + H @ v[1:]), xor) for v in _OUTPUT_UNITS)
    expect.that(separable, "hidden outputs in which XOR is separable by one line",
                tr("h = {h} for the inputs (0,0), (0,1), (1,0), (1,1)", h=expect.show(H)),
                "In the hidden space the +1 and -1 inputs form XOR again; one hidden unit "
                "should answer OR-like, the other NAND-like.")


def _judge_network(hidden, output):
    if hidden is None:
        expect.that(False, "XOR_HIDDEN to be set as well", "XOR_HIDDEN = None",
                    "The output unit is judged together with your hidden layer.")
    _, H = _hidden_of(hidden)
    v = expect.shape(output, (3,), what="XOR_OUTPUT",
                     hint="Three numbers: the bias v0 first, then v1 and v2 for h1 and h2.")
    expect.that(bool(np.all(np.isfinite(v))), "finite weights", expect.show(v))
    y = _tau(v[0] + H @ v[1:])
    names = {tuple(truth): gate for gate, truth in TRUTH.items()}
    names[(1, 1, 1, 1)], names[(-1, -1, -1, -1)] = "a constant +1", "a constant -1"
    computed = names.get(tuple(int(a) for a in y))
    hints = {"XNOR": "Your network computes XNOR, the opposite of XOR: flip the signs of "
                     "all three output weights.",
             "OR": "Your network computes OR: the output unit also fires on (1, 1). It should "
                   "fire only when both hidden units say +1 (an AND of the hidden units)."}
    for x, got_y, want in zip(GATE_X.astype(int), y, TRUTH["XOR"]):
        expect.that(got_y == want, tr("the network to give XOR{x} = {want:+d}", x=_pt(x), want=want),
                    tr("{got:+d} (the network computes {gate}: {y})", got=got_y,
                       gate=tr(computed or "no named gate"), y=expect.show(y)),
                    hints.get(computed, "Remember the hidden outputs are ±1, not 0/1: check "
                              "v0 + v1·h1 + v2·h2 at each hidden point."))


XOR_HIDDEN = Exercise("XOR_HIDDEN", 1, [Case(get("XOR_HIDDEN"), _judge_hidden)], kind="value")
XOR_OUTPUT = Exercise("XOR_OUTPUT", 1, [
    Case(seq(get("XOR_HIDDEN"), get("XOR_OUTPUT")), _judge_network,
         label="the network XOR_HIDDEN then XOR_OUTPUT"),
], kind="value", judged_with=("XOR_HIDDEN",))  # any network computing XOR is accepted

# ------------------------------------------------------------------ hidden_features


def _loop_hidden(W, X):
    """Reference: one unit and one sample at a time."""
    W = np.asarray(W, dtype=float)
    X = np.asarray(X, dtype=float)
    out = np.zeros((X.shape[0], W.shape[0]))
    for n in range(X.shape[0]):
        for j in range(W.shape[0]):
            s = W[j, 0]
            for k in range(X.shape[1]):
                s += W[j, k + 1] * X[n, k]
            out[n, j] = 1.0 if s >= 0 else -1.0
    return out


_W_OR_NAND = np.array([[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]])
_X5 = np.array([[0.3, -1.2], [2.0, 0.5], [-0.7, -0.1], [1.1, 1.9], [-2.0, 0.4]])
_W_23 = np.array([[0.2, -1.0, 0.5], [-0.4, 0.3, 0.9]])
_W_33 = np.array([[0.1, 1.0, -2.0], [-0.5, 0.2, 0.7], [0.3, -1.5, -0.4]])
_W_24 = np.array([[0.5, 1.0, -1.0, 0.25], [-1.0, 0.5, 0.5, 2.0]])
_X_3D = np.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0], [-1.0, -1.0, 1.0]])


def _features(expected, hint="", W=None, X=None):
    mistakes = _feature_mistakes(W, X) if W is not None else None
    return lambda got: expect.close(got, expected, what="the hidden outputs", hint=hint,
                                    misconceptions=mistakes)


_LAYOUT = ("W_hidden holds one row per hidden unit, in bias-trick form (bias first); the result "
           "has one column per unit, shape (N, h).")


def _feature_mistakes(W, X) -> dict:
    """Typical mistakes' results for these W and X: each hint only when the numbers show it."""
    W, X = np.asarray(W, float), np.asarray(X, float)
    s = W[:, 0] + X @ W[:, 1:].T
    return {"A sum of exactly 0 gives +1, as τ does (s >= 0), not -1.": np.where(s > 0, 1, -1)}

HIDDEN_FEATURES = Exercise("hidden_features", 2, [
    Case(call("hidden_features", _W_OR_NAND, GATE_X),
         _features([[-1, 1], [1, 1], [1, 1], [1, -1]]),
         "Hidden unit 1 is OR, unit 2 is NAND; outputs are ±1 (+1 at s >= 0).",
         label="hidden_features(OR and NAND rows, the four gate inputs)"),
    Case(call("hidden_features", _W_23, _X5), _features(_loop_hidden(_W_23, _X5), W=_W_23, X=_X5), _LAYOUT,
         label="hidden_features(W of shape (2, 3), X of shape (5, 2))"),
    Case(call("hidden_features", _W_33, _X5), _features(_loop_hidden(_W_33, _X5)),
         join("Three hidden units on two inputs: W_hidden is (3, 3), so a transposed product still "
              "runs but gives wrong values. ", _LAYOUT),
         label="hidden_features(3 hidden units: W of shape (3, 3), X of shape (5, 2))"),
    Case(call("hidden_features", _W_24, _X_3D), _features(_loop_hidden(_W_24, _X_3D), W=_W_24, X=_X_3D),
         join("Three inputs: each row of W_hidden has d + 1 = 4 entries. ", _LAYOUT),
         label="hidden_features(W of shape (2, 4), X of shape (3, 3))"),
    Case(call("hidden_features", [[-1.0, 1.0, 0.0], [0.0, 0.0, 1.0]], [[1.0, 0.0], [0.0, -1.0]]),
         _features([[1, 1], [-1, -1]]),
         "A sum of exactly 0 gives +1, as in τ. Accept lists too (np.asarray).",
         label="hidden_features with lists, a sum exactly 0"),
])

# ------------------------------------------------------------------ mlp_forward


def _loop_mlp(params, X):
    """Reference: sigmoid(sigmoid(X W1 + b1) W2 + b2), one multiply at a time."""
    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    X = np.asarray(X, dtype=float)
    out = np.zeros((X.shape[0], 1))
    for n in range(X.shape[0]):
        hidden = []
        for j in range(W1.shape[1]):
            z = b1[j] + sum(X[n, k] * W1[k, j] for k in range(X.shape[1]))
            hidden.append(1.0 / (1.0 + math.exp(-z)))
        z = b2[0] + sum(hidden[j] * W2[j, 0] for j in range(len(hidden)))
        out[n, 0] = 1.0 / (1.0 + math.exp(-z))
    return out


def _params(seed, d, h):
    gen = np.random.default_rng(seed)
    return {"W1": np.round(gen.normal(size=(d, h)), 3), "b1": np.round(gen.normal(size=h), 3),
            "W2": np.round(gen.normal(size=(h, 1)), 3), "b2": np.round(gen.normal(size=1), 3)}


# Hand-worked: zero hidden weights give hidden outputs 0.5; 2·0.5 + 2·0.5 - 2 = 0 -> 0.5.
_P_HAND = {"W1": np.zeros((2, 2)), "b1": np.zeros(2), "W2": np.array([[2.0], [2.0]]),
           "b2": np.array([-2.0])}
_P_22 = {"W1": np.array([[1.0, -2.0], [0.5, 3.0]]), "b1": np.array([0.1, -0.2]),
         "W2": np.array([[1.5], [-1.0]]), "b2": np.array([0.3])}
_P_34 = _params(3, 3, 4)
_P_25 = _params(4, 2, 5)
_X34 = np.round(np.random.default_rng(5).normal(size=(6, 3)), 3)


def _mlp_mistakes(params, X) -> dict:
    """What typical mistakes would return for these params: each hint is shown only then."""
    def variant(**changes):
        p = {k: np.asarray(v, float) for k, v in params.items()}
        p.update(changes)
        if p["W1"].shape[0] != p["W1"].shape[1] and "W1" in changes:
            return None
        return _loop_mlp(p, X)
    W1 = np.asarray(params["W1"], float)
    found = {"W1 is (d, h), one column per hidden unit: the product with X uses it as it is, "
             "not transposed.": variant(W1=W1.T),
             "A bias is missing: every layer adds its own b.":
                 variant(b1=np.zeros_like(np.asarray(params["b1"], float))),
             "A bias is missing: every layer adds its own b. ": variant(b2=np.zeros(1))}
    return {hint: value for hint, value in found.items() if value is not None}


def _outputs(expected, hint="", params=None, X=None):
    mistakes = _mlp_mistakes(params, X) if params is not None else None
    return lambda got: expect.close(got, expected, atol=1e-7, what="the outputs", hint=hint,
                                    misconceptions=mistakes)


MLP_FORWARD = Exercise("mlp_forward", 2, [
    Case(call("mlp_forward", _P_HAND, GATE_X), _outputs(np.full((4, 1), 0.5)),
         "Zero hidden weights give σ(0) = 0.5 in every hidden unit; then 2·0.5 + 2·0.5 − 2 = 0 "
         "and σ(0) = 0.5. Return shape (N, 1).",
         label="mlp_forward(W1 = 0, W2 = (2, 2), b2 = -2, the gate inputs)"),
    Case(call("mlp_forward", _P_22, GATE_X), _outputs(_loop_mlp(_P_22, GATE_X), params=_P_22, X=GATE_X),
         "Check each layer on one input by hand: every parameter used once, the sigmoid after "
         "both layers.", label="mlp_forward(2-2-1 network, the gate inputs)"),
    Case(call("mlp_forward", _P_34, _X34), _outputs(_loop_mlp(_P_34, _X34)),
         "Shapes: X (6, 3) @ W1 (3, 4) + b1 (4,) -> hidden (6, 4) @ W2 (4, 1) + b2 -> (6, 1).",
         label="mlp_forward(3-4-1 network, X of shape (6, 3))"),
    Case(call("mlp_forward", _P_25, GATE_X[1:2]), _outputs(_loop_mlp(_P_25, GATE_X[1:2])),
         "One sample in, shape (1, 1) out.", label="mlp_forward(2-5-1 network, one sample)"),
    Case(call("mlp_forward", _P_25, GATE_X.tolist()), _outputs(_loop_mlp(_P_25, GATE_X)),
         "Accept a list for X too: np.asarray(X, dtype=float).",
         label="mlp_forward(2-5-1 network, X as a list)"),
], course_helpers=("helpers.xor_net",))

# ------------------------------------------------------------------ differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class.


def _line_inputs(gen):
    found = []
    for n_angles in (1, 2, 3, 4, 6, 8, 12, 360):
        n = int(gen.integers(2, 10))
        X = np.round(gen.normal(size=(n, 2)), 3)
        t = np.where(gen.random(n) < 0.5, 1, -1)
        found.append(Variant("with random points and few angles" if n_angles < 360 else "with random points",
                             (X, t, n_angles)))
    grid = gen.integers(0, 3, size=(9, 2)).astype(float)
    labels = np.where(gen.random(9) < 0.5, 1, -1)
    found += [
        Variant("with points on an integer grid (ties)", (grid, labels, 8)),
        Variant("with points on an integer grid (ties)", (grid, labels, 4)),
        Variant("with points on an integer grid (ties)", (grid, labels, 360)),
        Variant("with repeated points", (np.array([[1.0, 1.0], [1.0, 1.0], [0.0, 2.0], [2.0, 0.0]]),
                                         np.array([1, -1, -1, 1]), 16)),
        Variant("with data scaled by 1e4 and shifted", (np.round(gen.normal(size=(6, 2)), 3) * 1e4 + 5e4,
                                                        np.where(gen.random(6) < 0.5, 1, -1), 90)),
        Variant("with data scaled by 1e-4", (np.round(gen.normal(size=(6, 2)), 3) * 1e-4,
                                             np.where(gen.random(6) < 0.5, 1, -1), 90)),
        Variant("with a single point", (np.array([[3.0, -2.0]]), np.array([1]), 5)),
        Variant("with one class only", (np.round(gen.normal(size=(5, 2)), 3), -np.ones(5, dtype=int), 7)),
        Variant("with integer points", (gen.integers(-3, 4, size=(7, 2)),
                                        np.where(gen.random(7) < 0.5, 1, -1), 12)),
        Variant("with lists", (np.round(gen.normal(size=(5, 2)), 2).tolist(), [1, -1, 1, -1, 1], 10)),
    ]
    return found


def _feature_inputs(gen):
    return [
        Variant("with random weights and inputs", (np.round(gen.normal(size=(3, 3)), 2),
                                                   np.round(gen.normal(size=(5, 2)), 2))),
        Variant("with integer inputs and sums exactly 0", (np.array([[1, -1, 0], [0, 1, -1], [-2, 1, 1]]),
                                                           np.array([[1, 0], [1, 1], [2, 2], [0, 0]]))),
        Variant("with lists", (np.round(gen.normal(size=(2, 3)), 2).tolist(),
                               np.round(gen.normal(size=(4, 2)), 2).tolist())),
        Variant("with one hidden unit", (np.round(gen.normal(size=(1, 3)), 2), np.round(gen.normal(size=(4, 2)), 2))),
        Variant("with one input", (np.round(gen.normal(size=(3, 2)), 2), np.round(gen.normal(size=(5, 1)), 2))),
        Variant("with a single sample", (np.round(gen.normal(size=(4, 4)), 2), np.round(gen.normal(size=(1, 3)), 2))),
        Variant("with more hidden units than samples", (np.round(gen.normal(size=(6, 3)), 2),
                                                        np.round(gen.normal(size=(2, 2)), 2))),
    ]


def _mlp_inputs(gen):
    def params(d, h, scale=1.0):
        return {"W1": np.round(gen.normal(size=(d, h)) * scale, 3), "b1": np.round(gen.normal(size=h), 3),
                "W2": np.round(gen.normal(size=(h, 1)) * scale, 3), "b2": np.round(gen.normal(size=1), 3)}
    return [
        Variant("with random parameters", (params(2, 3), np.round(gen.normal(size=(5, 2)), 3))),
        Variant("with a non-square first layer", (params(4, 2), np.round(gen.normal(size=(3, 4)), 3))),
        Variant("with a single sample", (params(3, 5), np.round(gen.normal(size=(1, 3)), 3))),
        Variant("with one hidden unit", (params(2, 1), np.round(gen.normal(size=(4, 2)), 3))),
        Variant("with X as a list", (params(2, 2), np.round(gen.normal(size=(3, 2)), 3).tolist())),
        Variant("with integer inputs", (params(2, 3), gen.integers(-2, 3, size=(4, 2)))),
        Variant("with large weights", (params(2, 3, scale=50.0), np.round(gen.normal(size=(4, 2)), 3)),
                rtol=1e-6, atol=1e-9),
    ]


DIFFERENTIAL = {"best_line_accuracy": _line_inputs, "hidden_features": _feature_inputs,
                "mlp_forward": _mlp_inputs}

EXERCISES = [BEST_LINE_ACCURACY, XOR_HIDDEN, XOR_OUTPUT, HIDDEN_FEATURES, MLP_FORWARD]
