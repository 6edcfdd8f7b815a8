"""Public check cases for lesson 02, the geometry of decision lines.

Lines are judged by geometry, never by one canonical answer: the point must
satisfy w·x̃ = 0 and the direction must be non-zero and orthogonal to
(w1, w2). Distances are worked by hand (3-4-5 triangles keep them exact);
thresholds are judged by brute force, firing unit against the rule
"weights·x >= T" on a grid that includes points exactly on the boundary.
"""

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import tr
from helpers.probes import call, seq

# ------------------------------------------------------------------ line_through


def _on_line(w):
    """Judge: (point, direction) of the line w0 + w1 x1 + w2 x2 = 0."""
    w = np.asarray(w, dtype=float)
    normal = w[1:]
    scale = max(1.0, float(np.abs(w).max()))

    def judge(got):
        point, direction = expect.pair(got, what="the result (point, direction)")
        point = expect.array(point, (2,), floating=True, what="point",
                             hint="A point in the plane: an array of two floats (x1, x2).")
        direction = expect.array(direction, (2,), floating=True, what="direction",
                                 hint="A direction in the plane: an array of two floats.")
        expect.that(bool(np.all(np.isfinite(point))), "a point with finite coordinates",
                    expect.show(point),
                    "Dividing by w1 or by w2 alone fails when that weight is 0 (horizontal or "
                    "vertical lines); divide by w1² + w2² instead.")
        s = w[0] + point @ normal
        expect.that(abs(s) <= 1e-6 * scale * max(1.0, float(np.abs(point).max())),
                    tr("a point on the line, where w0 + w1·x1 + w2·x2 = 0 for w = {w}", w=expect.show(w)),
                    tr("point {point}, where the sum is {s:.4g}", point=expect.show(point), s=s),
                    "Put your point into w0 + w1·x1 + w2·x2: it must give 0. Check the sign of the "
                    "step you take from the origin along (w1, w2).")
        length = float(np.linalg.norm(direction))
        expect.that(bool(np.isfinite(length)) and length > 1e-9, "a non-zero direction",
                    expect.show(direction))
        cosine = float(direction @ normal) / (length * np.linalg.norm(normal))
        expect.that(abs(cosine) <= 1e-6,
                    tr("a direction along the line, perpendicular to (w1, w2) = {normal}",
                       normal=expect.show(normal)),
                    tr("direction {direction}", direction=expect.show(direction)),
                    "(w1, w2) is the normal, perpendicular to the line: the direction must be "
                    "perpendicular to it (their dot product is 0).")
    return judge


def _line(w, label, hint=""):
    return Case(call("line_through", np.array(w, dtype=float)), _on_line(w), hint, label=label)


LINE_THROUGH = Exercise("line_through", 2, [
    _line([-1.5, 1.0, 1.0], "line_through(w = (-1.5, 1, 1)), the AND line"),
    _line([2.0, -1.0, 3.0], "line_through(w = (2, -1, 3))"),
    _line([-2.0, 4.0, 0.0], "line_through(w = (-2, 4, 0)), the vertical line x1 = 0.5",
          "A vertical line has w2 = 0: you cannot solve for x2."),
    _line([1.0, 0.0, -0.5], "line_through(w = (1, 0, -0.5)), the horizontal line x2 = 2",
          "A horizontal line has w1 = 0: you cannot solve for x1."),
    _line([0.0, 3.0, -4.0], "line_through(w = (0, 3, -4)), a line through the origin",
          "Without a bias the line passes through the origin."),
    _line([-300.0, 100.0, 200.0], "line_through(w = (-300, 100, 200)), large weights"),
    Case(call("line_through", [0.5, 1, 1]), _on_line([0.5, 1.0, 1.0]),
         "Accept a list too: np.asarray(w, dtype=float).", label="line_through([0.5, 1, 1]) as a list"),
    _line([2.0, 0.0, -4.0], "line_through(w = (2, 0, -4)), the horizontal line x2 = 0.5",
          "A horizontal line has w1 = 0: you cannot solve for x1."),
    _line([1e-6, 3e-6, -4e-6], "line_through(w = (1e-6, 3e-6, -4e-6)), tiny weights",
          "Scaling w changes nothing: the same line as w = (1, 3, -4)."),
    _line([5e7, -3e7, 4e7], "line_through(w = (5e7, -3e7, 4e7)), huge weights"),
    Case(call("line_through", np.array([3, -4, 0])), _on_line([3.0, -4.0, 0.0]),
         "Integer weights give a float point: np.asarray(w, dtype=float).",
         label="line_through(integer w = (3, -4, 0)), the vertical line x1 = 0.75"),
    Case(call("line_through", np.array([1.0, 0.0, 0.0])), raises="ValueError",
         hint="With w1 = w2 = 0 there is no line: raise ValueError('...') with a message.",
         label="line_through(w = (1, 0, 0))"),
    Case(call("line_through", np.array([0.0, 0.0, 0.0])), raises="ValueError",
         hint="With w1 = w2 = 0 there is no line, even when w0 = 0 too: raise ValueError.",
         label="line_through(w = (0, 0, 0))"),
])

# ------------------------------------------------------------------ signed_distance

# w = (-5, 3, 4): ||(3, 4)|| = 5, so the distance is (3 x1 + 4 x2 - 5) / 5.
W_345 = np.array([-5.0, 3.0, 4.0])
X_345 = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 0.5], [-1.0, 2.0]])
D_345 = [-1.0, 4.0, 0.0, 0.0]
# In 5-D: w[1:] = (1, 2, 2, 0, 4) has length 5.
W_5D = np.array([1.0, 1.0, 2.0, 2.0, 0.0, 4.0])
X_5D = np.array([[0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0, 1.0], [-1.0, 0.0, 0.0, 7.0, -1.0]])
D_5D = [0.2, 2.0, -0.8]


def _distances(expected, hint=""):
    def judge(got):
        expect.array(got, np.shape(expected), floating=True, what="the distances", hint=hint)
        expect.close(got, expected, what="the distances", hint=hint)
    return judge


def _scale_free(*results):
    first = expect.numeric(results[0], "the distances")
    for other in results[1:]:
        expect.close(other, first, what="the distances for a scaled w",
                     hint="A distance must not change when w is scaled: the weighted sum alone does.")


SIGNED_DISTANCE = Exercise("signed_distance", 2, [
    Case(call("signed_distance", W_345, X_345), _distances(D_345),
         "The length that scales the weighted sum is that of the normal w[1:] only (5 here), not "
         "of the whole w; keep the sign.", label="signed_distance(w = (-5, 3, 4), 4 points)"),
    Case(call("signed_distance", W_345, X_345[1:2]), _distances([4.0]),
         "One row in, an array of shape (1,) out.", label="signed_distance(w, one point)"),
    Case(call("signed_distance", -W_345, X_345[:2]), _distances([1.0, -4.0]),
         "Negating w swaps the sides, so every sign flips: do not take an absolute value.",
         label="signed_distance(w = (5, -3, -4), 2 points)"),
    Case(call("signed_distance", np.array([-1.0, 0.0, 2.0]), np.array([[7.0, 3.0], [0.0, -1.0]])),
         _distances([2.5, -1.5]), "w1 = 0 is fine: only w[1:] as a whole must be non-zero.",
         label="signed_distance(w = (-1, 0, 2), 2 points)"),
    Case(call("signed_distance", [0.0, 3.0, 4.0], [[1.0, 1.0], [-3.0, 4.0]]), _distances([1.4, 1.4]),
         "Accept lists too: np.asarray(w), np.asarray(X).", label="signed_distance with lists"),
    Case(call("signed_distance", W_5D, X_5D), _distances(D_5D),
         "Nothing may assume two inputs: w[1:] holds the normal in any dimension d.",
         label="signed_distance in 5-D, w = (1, 1, 2, 2, 0, 4)"),
    Case(seq(call("signed_distance", W_345, X_345), call("signed_distance", 7.5 * W_345, X_345),
             call("signed_distance", 0.01 * W_345, X_345)), _scale_free,
         label="signed_distance for w, 7.5·w and 0.01·w"),
    Case(call("signed_distance", [-5, 3, 4], X_345.tolist()), _distances(D_345),
         "Accept lists too: np.asarray(w, dtype=float).", label="signed_distance with lists"),
    Case(call("signed_distance", np.array([-5, 3, 4]), np.array([[0, 0], [3, 4], [2, 4]])),
         _distances([-1.0, 4.0, 3.4]), "Integer inputs give float distances: (-5 + 3·2 + 4·4) / 5 = 3.4.",
         label="signed_distance with integer arrays"),
])

# ------------------------------------------------------------------ threshold_to_bias


def _fires_like(weights, T):
    """Judge: the bias-trick vector fires exactly where weights·x >= T on a grid."""
    weights = np.asarray(weights, dtype=float)
    d = weights.size
    ticks = np.arange(-3.0, 3.01, 0.5)
    grid = np.stack(np.meshgrid(*[ticks] * d), axis=-1).reshape(-1, d)
    should = grid @ weights >= T

    def judge(got):
        w = expect.array(got, (d + 1,), floating=True, what="the bias-trick vector",
                         hint="d + 1 floats: the bias first, then the d input weights.")
        s = w[0] + grid @ w[1:]
        fires = s >= -1e-9 * max(1.0, float(np.abs(w).max()))
        wrong = np.flatnonzero(fires != should)
        if wrong.size:
            x = grid[wrong[0]]
            fired = dict(w=expect.show(w), x=expect.show(x), s=x @ weights)
            expect.that(False, tr("a unit that fires exactly when weights·x >= {T:g}, for "
                                  "weights = {weights}", T=T, weights=expect.show(weights)),
                        tr("w = {w}, which at x = {x} fires (weights·x = {s:g})", **fired)
                        if fires[wrong[0]] else
                        tr("w = {w}, which at x = {x} does not fire (weights·x = {s:g})", **fired),
                        "Rewrite weights·x >= T so that 0 is on the right-hand side; the bias "
                        "goes first.")
    return judge


def _threshold(weights, T, label, hint=""):
    return Case(call("threshold_to_bias", np.array(weights, dtype=float), T),
                _fires_like(weights, T), hint, label=label)


THRESHOLD_TO_BIAS = Exercise("threshold_to_bias", 1, [
    _threshold([1.0, 1.0], 1.5, "threshold_to_bias(weights = (1, 1), T = 1.5), an AND unit"),
    _threshold([2.0, -1.0], 1.0, "threshold_to_bias(weights = (2, -1), T = 1)"),
    _threshold([0.5, 1.0], -1.0, "threshold_to_bias(weights = (0.5, 1), T = -1)",
               "A negative threshold gives a positive bias."),
    _threshold([1.0, -2.0, 0.5], 0.5, "threshold_to_bias(weights = (1, -2, 0.5), T = 0.5), d = 3"),
    Case(call("threshold_to_bias", [1, 1], 1.5), _fires_like([1.0, 1.0], 1.5),
         "Accept a list too: np.asarray(weights, dtype=float).",
         label="threshold_to_bias([1, 1], 1.5) with a list"),
    Case(call("threshold_to_bias", np.array([2, -1]), 1), _fires_like([2.0, -1.0], 1.0),
         "Integer weights and threshold give a float vector: np.asarray(weights, dtype=float).",
         label="threshold_to_bias(integer weights (2, -1), T = 1)"),
    Case(call("threshold_to_bias", np.array([0.5]), 0.0), _fires_like([0.5], 0.0),
         "One input: a vector of two, (-T, w1).", label="threshold_to_bias(weights = (0.5,), T = 0), d = 1"),
])

# ------------------------------------------------------------------ same_boundary


def _boolean(expected, hint):
    def judge(got):
        value = expect.plain_bool(got, hint="Return a plain bool, e.g. bool(np.allclose(a, b)).")
        expect.that(value == expected, str(expected), str(value), hint)
    return judge


def _same(w_a, w_b, expected, label, hint):
    return Case(call("same_boundary", np.array(w_a, dtype=float), np.array(w_b, dtype=float)),
                _boolean(expected, hint), hint, label=label)


SAME_BOUNDARY = Exercise("same_boundary", 2, [
    _same([-1.5, 1, 1], [-1.5, 1, 1], True, "same_boundary(w, w)", "A vector defines the same "
          "boundary as itself."),
    _same([-1.5, 1, 1], [-3, 2, 2], True, "same_boundary((-1.5, 1, 1), (-3, 2, 2))",
          "A positive multiple is the same classifier: remove the scale before comparing."),
    _same([2, -1, 3], [0.002, -0.001, 0.003], True,
          "same_boundary((2, -1, 3), (0.002, -0.001, 0.003))",
          "Scaling by 0.001 changes nothing; normalise both vectors before np.allclose."),
    _same([-1.5, 1, 1], [1.5, -1, -1], False, "same_boundary((-1.5, 1, 1), (1.5, -1, -1))",
          "A negative multiple gives the same line but swaps the +1 and -1 sides."),
    _same([1, 2, -3], [-2, -4, 6], False, "same_boundary((1, 2, -3), (-2, -4, 6))",
          "The factor here is -2: same line, opposite sides."),
    _same([-1.5, 1, 1], [-0.5, 1, 1], False, "same_boundary((-1.5, 1, 1), (-0.5, 1, 1))",
          "Parallel lines with different offsets are different lines: compare the bias too."),
    _same([0, 1, 1], [0, 1, 2], False, "same_boundary((0, 1, 1), (0, 1, 2))",
          "Different orientations are different lines."),
    _same([-1, 1, 0], [-1, 0, 1], False, "same_boundary((-1, 1, 0), (-1, 0, 1))",
          "x1 = 1 and x2 = 1 are different lines."),
    _same([1, -2, 2, 1], [3, -6, 6, 3], True, "same_boundary in 3-D, factor 3",
          "The rule is the same in any dimension."),
    Case(call("same_boundary", [-1.5, 1, 1], [-3, 2, 2]),
         _boolean(True, "Accept lists too: np.asarray(w, dtype=float)."),
         label="same_boundary with lists"),
    _same([1, 0, -0.5], [3, 0, -1.5], True, "same_boundary((1, 0, -0.5), (3, 0, -1.5)), a horizontal line",
          "w1 = 0 here: a ratio w_b / w_a or a division by w1 is 0 / 0. Normalise by a length instead."),
    _same([0, 3, -4], [0, 0.6, -0.8], True, "same_boundary((0, 3, -4), (0, 0.6, -0.8)), through the origin",
          "w0 = 0 here: dividing by the bias is 0 / 0. Normalise by a length instead."),
    _same([2, -1, 3], [2 * np.pi / 7, -np.pi / 7, 3 * np.pi / 7], True,
          "same_boundary((2, -1, 3), (π/7)·(2, -1, 3)), an awkward factor",
          "Rounding makes the normalised vectors differ in the last digits: compare with np.allclose, not ==."),
    _same([0.1, 0.2, 0.3], [1 / 3, 2 / 3, 1.0], True, "same_boundary((0.1, 0.2, 0.3), (1/3, 2/3, 1))",
          "Rounding makes the normalised vectors differ in the last digits: compare with np.allclose, not ==."),
    _same([-1.5, 1, 1], [-1.5, 1, 1.05], False, "same_boundary((-1.5, 1, 1), (-1.5, 1, 1.05)), near but different",
          "These lines differ by 5 % in one weight: a loose test (a cosine above 0.99) calls them the same."),
    _same([2, -1, 3], [-4, 2, -6], False, "same_boundary((2, -1, 3), (-4, 2, -6)), factor -2",
          "A negative factor keeps the line but swaps the sides."),
])

# ------------------------------------------------------------------ differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class. line_through has many right answers,
# so it is judged by geometry only (the cases above).


def _distance_inputs(gen):
    w = np.round(gen.normal(size=3), 3)
    X = np.round(gen.normal(size=(6, 2)) * 3, 3)
    w5 = np.round(gen.normal(size=6), 3)
    return [
        Variant("with random weights and points", (w, X)),
        Variant("with integer inputs", (np.array([2, -3, 4]), gen.integers(-5, 6, size=(5, 2)))),
        Variant("with lists", (w.tolist(), X.tolist())),
        Variant("with a single point", (w, X[:1])),
        Variant("with a horizontal line (w1 = 0)", (np.array([1.0, 0.0, -2.0]), X)),
        Variant("with a line through the origin (w0 = 0)", (np.array([0.0, 1.0, 1.0]), X)),
        Variant("with points on the line", (np.array([-5.0, 3.0, 4.0]), np.array([[1.0, 0.5], [-1.0, 2.0]]))),
        Variant("in 5-D", (w5, np.round(gen.normal(size=(4, 5)), 3))),
        Variant("in 1-D", (np.array([1.0, -2.0]), np.array([[0.0], [0.5], [3.0]]))),
        Variant("with tiny weights", (w * 1e-9, X)),
        Variant("with huge weights", (w * 1e9, X)),
        Variant("with points far from the origin", (w, X + 1e4)),
    ]


def _boundary_inputs(gen):
    w = np.round(gen.normal(size=3), 3)
    found = [Variant("with the same vector twice", (w, w.copy()))]
    for c in (1 / 3, np.pi, 7.3e-5, 2e6, np.sqrt(2)):
        found.append(Variant("with a positive multiple by an awkward factor", (w, w * c)))
    for c in (-1.0, -0.5, -3e4):
        found.append(Variant("with a negative multiple", (w, w * c)))
    near = w.copy()
    near[2] *= 1.01
    found += [
        Variant("with near-but-different vectors (1 % apart)", (w, near)),
        Variant("with parallel lines of different offsets", (w, w + np.array([0.5, 0.0, 0.0]))),
        Variant("with a horizontal line (w1 = 0)", (np.array([1.0, 0.0, -0.5]), np.array([2.5, 0.0, -1.25]))),
        Variant("with a vertical line (w2 = 0)", (np.array([-2.0, 4.0, 0.0]), np.array([-0.2, 0.4, 0.0]))),
        Variant("with a line through the origin (w0 = 0)", (np.array([0.0, 3.0, -4.0]), np.array([0.0, 6.0, -8.0]))),
        Variant("with zeros in different places", (np.array([1.0, 0.0, -0.5]), np.array([1.0, -0.5, 0.0]))),
        Variant("with integer vectors", (np.array([2, -1, 3]), np.array([6, -3, 9]))),
        Variant("with lists", (w.tolist(), (w * 2.5).tolist())),
        Variant("in 4-D", (np.array([1.0, -2.0, 0.5, 3.0]), np.array([1.0, -2.0, 0.5, 3.0]) * 0.37)),
        Variant("in 4-D, near but different", (np.array([1.0, -2.0, 0.5, 3.0]), np.array([1.0, -2.0, 0.55, 3.0]))),
        Variant("with a difference of rounding only", (w, w * (1 + 1e-13))),
        Variant("with all weights equal and opposite signs", (np.array([1.0, 1.0, 1.0]), np.array([-1.0, -1.0, -1.0]))),
    ]
    return found


def _threshold_inputs(gen):
    return [
        Variant("with random weights and threshold",
                (np.round(gen.normal(size=3), 3), float(np.round(gen.normal(), 3)))),
        Variant("with integer weights and threshold", (np.array([2, -1]), 3)),
        Variant("with a list", ([1, 1], 1.5)),
        Variant("with a negative threshold", (np.array([0.5, 1.0]), -2.0)),
        Variant("with threshold 0", (np.array([0.5, 1.0]), 0.0)),
        Variant("with one input", (np.array([4.0]), 2.0)),
        Variant("with a NumPy number as the threshold", (np.array([1.0, 2.0]), np.float64(0.25))),
    ]


DIFFERENTIAL = {"signed_distance": _distance_inputs, "same_boundary": _boundary_inputs,
                "threshold_to_bias": _threshold_inputs}

EXERCISES = [LINE_THROUGH, SIGNED_DISTANCE, SAME_BOUNDARY, THRESHOLD_TO_BIAS]
