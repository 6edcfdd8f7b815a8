"""Lesson 02 — decision lines: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A

WRONG = [
    # --- line_through ---------------------------------------------------------------------------
    A("line_through", "x1-zero-shortcut", "'Do not use the shortcut set x1 = 0 … it fails for vertical lines, where w2 = 0'", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    return np.array([0.0, -w0 / w2]), np.array([-w2, w1])
"""),
    A("line_through", "x2-zero-shortcut", "setting x2 = 0 divides by w1: it fails for horizontal lines", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    return np.array([-w0 / w1, 0.0]), np.array([-w2, w1])
"""),
    A("line_through", "normal-as-direction", "(w1, w2) is the normal, not a vector along the line", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([w1, w2])
"""),
    A("line_through", "point-sign", "c = -w0 / (w1² + w2²); +w0 puts the point on the mirror line", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    c = w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "norm-not-squared", "c = -w0 / (w1² + w2²), not -w0 / ‖(w1, w2)‖", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    c = -w0 / np.hypot(w1, w2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "no-error", "'When w1 = w2 = 0 … raise a ValueError': returns NaN with warnings", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "zero-division-error", "'raise a ValueError': a float division raises ZeroDivisionError", """
def line_through(w):
    w0, w1, w2 = (float(v) for v in w)
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return np.array([c * w1, c * w2]), np.array([-w2, w1])
"""),
    A("line_through", "assert", "'raise a ValueError': an assert raises AssertionError", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    assert not (w1 == 0 and w2 == 0), "no line"
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "error-without-message", "'raise a ValueError with a message that says this'", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "or-instead-of-and", "a vertical or horizontal line exists: only w1 = w2 = 0 has none", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 or w2 == 0:
        raise ValueError("w1 or w2 is 0: there is no line")
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([-w2, w1])
"""),
    A("line_through", "swapped-direction", "(w2, w1) is not perpendicular to (w1, w2) in general", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return c * np.array([w1, w2]), np.array([w2, w1])
"""),
    A("line_through", "bias-in-normal", "the normal is w[1:], not w[:2] (w[0] is the bias)", """
def line_through(w):
    w = np.asarray(w, dtype=float)
    b, n = w[2], w[:2]
    if not n.any():
        raise ValueError("there is no line")
    return -b / (n @ n) * n, np.array([-n[1], n[0]])
"""),
    A("line_through", "tuples", "'two arrays of shape (2,)': returns tuples", """
def line_through(w):
    w0, w1, w2 = (float(v) for v in w)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return (c * w1, c * w2), (-w2, w1)
"""),
    A("line_through", "origin-point", "the origin is on the line only when w0 = 0", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: there is no line")
    return np.zeros(2), np.array([-w2, w1])
"""),
    # --- signed_distance ------------------------------------------------------------------------
    A("signed_distance", "norm-with-bias", "'the bias w0 is not part of the length of the normal'", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w)
"""),
    A("signed_distance", "raw-sum", "s is the distance times ‖w[1:]‖: the right sign, the wrong scale", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return w[0] + np.asarray(X, dtype=float) @ w[1:]
"""),
    A("signed_distance", "unsigned", "the sign says the side: abs loses it", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return np.abs(w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w[1:])
"""),
    A("signed_distance", "two-d-only", "'It must work for any d': hard-codes x1, x2", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    return (w[0] + w[1] * X[:, 0] + w[2] * X[:, 1]) / np.sqrt(w[1] ** 2 + w[2] ** 2)
"""),
    A("signed_distance", "two-d-norm", "'any d': the norm of w[1:3] only", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.hypot(w[1], w[2])
"""),
    A("signed_distance", "norm-squared", "divides by ‖w[1:]‖², not ‖w[1:]‖", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / (w[1:] @ w[1:])
"""),
    A("signed_distance", "sign-flipped", "'positive on the +1 side'", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return -(w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w[1:])
"""),
    A("signed_distance", "no-bias", "the bias moves the line: w0 belongs in the numerator", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w[1:])
"""),
    A("signed_distance", "column", "'Returns (N,)': returns (N, 1)", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float).reshape(-1, 1)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w[1:])
"""),
    A("signed_distance", "l1-norm", "the Euclidean length, not the sum of |w_i|", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.sum(np.abs(w[1:]))
"""),
    A("signed_distance", "minus-bias", "s = w0 + x·w[1:], not x·w[1:] - w0", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (np.asarray(X, dtype=float) @ w[1:] - w[0]) / np.linalg.norm(w[1:])
"""),
    # --- same_boundary --------------------------------------------------------------------------
    A("same_boundary", "np-bool", "'Return a plain bool': np.all gives np.bool_", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return np.all(np.isclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))
"""),
    A("same_boundary", "divide-by-bias", "scaling by the bias fails when w0 = 0 (and flips the side for w0 < 0)", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.allclose(a / a[0], b / b[0]))
"""),
    A("same_boundary", "divide-by-w1", "scaling by w1 fails on horizontal lines (w1 = 0) and ignores the side", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.allclose(a / a[1], b / b[1]))
"""),
    A("same_boundary", "either-sign", "'with the same +1 side': -w is the same line with the sides swapped", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    return bool(np.allclose(a, b) or np.allclose(a, -b))
"""),
    A("same_boundary", "parallel-only", "cross/parallel test ignores the side: c must be > 0", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.isclose(abs(a @ b), np.linalg.norm(a) * np.linalg.norm(b)))
"""),
    A("same_boundary", "elementwise-ratio", "ratios w_b/w_a are NaN where a weight is 0", """
def same_boundary(w_a, w_b):
    r = np.asarray(w_b, dtype=float) / np.asarray(w_a, dtype=float)
    return bool(np.allclose(r, r[0]) and r[0] > 0)
"""),
    A("same_boundary", "exact-equality", "'allow for rounding (np.allclose)': == after normalising fails on awkward scalings", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.array_equal(a / np.linalg.norm(a), b / np.linalg.norm(b)))
"""),
    A("same_boundary", "no-scaling", "'Compare them after removing the scale': c·w must match w", """
def same_boundary(w_a, w_b):
    return bool(np.allclose(w_a, w_b))
"""),
    A("same_boundary", "orientation-only", "the bias is part of the line: parallel lines are not the same", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)[1:]
    b = np.asarray(w_b, dtype=float)[1:]
    return bool(np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))
"""),
    A("same_boundary", "cosine-loose", "a cosine above 0.99 accepts near-but-different vectors", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)) > 0.99)
"""),
    A("same_boundary", "divide-by-sum", "scaling by the sum of the weights fails when they sum to 0 and flips signs", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.allclose(a / a.sum(), b / b.sum()))
"""),
    A("same_boundary", "same-predictions-on-gates", "same answers on the four gate inputs is not the same line", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    P = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    return bool(np.array_equal(a[0] + P @ a[1:] >= 0, b[0] + P @ b[1:] >= 0))
"""),
    # --- threshold_to_bias ----------------------------------------------------------------------
    A("threshold_to_bias", "plus-T", "'fires when weights·x >= T' means -T + weights·x >= 0: the bias is -T", """
def threshold_to_bias(weights, T):
    return np.concatenate([[T], np.asarray(weights, dtype=float)])
"""),
    A("threshold_to_bias", "bias-last", "'bias first'", """
def threshold_to_bias(weights, T):
    return np.concatenate([np.asarray(weights, dtype=float), [-T]])
"""),
    A("threshold_to_bias", "int-insert", "np.insert into an int array truncates -T = -1.5 to -1", """
def threshold_to_bias(weights, T):
    return np.insert(np.asarray(weights), 0, -T)
"""),
    A("threshold_to_bias", "list-insert", "list.insert changes the caller's list and returns None", """
def threshold_to_bias(weights, T):
    return weights.insert(0, -T)
"""),
    A("threshold_to_bias", "negated-weights", "(T, -weights) fires when weights·x <= T: the +1 side is swapped", """
def threshold_to_bias(weights, T):
    return np.concatenate([[T], -np.asarray(weights, dtype=float)])
"""),
    A("threshold_to_bias", "nested", "'shape (d + 1,)': np.array([-T, weights]) is ragged / 2-D", """
def threshold_to_bias(weights, T):
    return np.array([-T, weights], dtype=object)
"""),
    A("threshold_to_bias", "returns-list", "'return the bias-trick vector (shape (d + 1,))': a list has no shape", """
def threshold_to_bias(weights, T):
    return [-T] + list(weights)
"""),
    A("threshold_to_bias", "weights-dropped", "the input weights stay in the vector after the bias", """
def threshold_to_bias(weights, T):
    return np.array([-T, 1.0, 1.0])
"""),
]

RIGHT = [
    A("line_through", "nearest-point", "the point nearest the origin, (-w2, w1) along", """
def line_through(w):
    w0, w1, w2 = np.asarray(w, dtype=float)
    if w1 == 0 and w2 == 0:
        raise ValueError("w1 = w2 = 0: every point gets the same answer, there is no line")
    c = -w0 / (w1 ** 2 + w2 ** 2)
    return np.array([c * w1, c * w2]), np.array([-w2, w1])
"""),
    A("line_through", "shortcut-with-fallback", "x1 = 0 when w2 ≠ 0, else x2 = 0; a unit direction the other way", """
def line_through(w):
    w = np.asarray(w, dtype=float)
    if w[1] == 0 and w[2] == 0:
        raise ValueError("no decision line: w1 and w2 are both zero")
    if w[2] != 0:
        point = np.array([0.0, -w[0] / w[2]])
    else:
        point = np.array([-w[0] / w[1], 0.0])
    d = np.array([w[2], -w[1]])
    return point, d / np.linalg.norm(d)
"""),
    A("line_through", "two-points", "two points of the line, the direction their difference", """
def line_through(w):
    w0, w1, w2 = (float(v) for v in w)
    if w1 == 0 and w2 == 0:
        raise ValueError("there is no line when w1 = w2 = 0")
    n = np.array([w1, w2])
    p = -w0 * n / (n @ n)
    q = p + 5.0 * np.array([-w2, w1])
    return p, q - p
"""),
    A("signed_distance", "formula", "(w0 + X w[1:]) / ‖w[1:]‖", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    return (w[0] + np.asarray(X, dtype=float) @ w[1:]) / np.linalg.norm(w[1:])
"""),
    A("signed_distance", "bias-column", "with a column of ones, divided by sqrt of the sum of squares", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    return Xb @ w / np.sqrt(np.sum(w[1:] ** 2))
"""),
    A("signed_distance", "loop", "a loop over rows", """
def signed_distance(w, X):
    w = np.asarray(w, dtype=float)
    norm = np.sqrt(sum(v * v for v in w[1:]))
    return np.array([(w[0] + np.dot(x, w[1:])) / norm for x in np.asarray(X, dtype=float)])
"""),
    A("same_boundary", "unit-norm", "both scaled to unit length, np.allclose", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return bool(np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))
"""),
    A("same_boundary", "max-abs", "both scaled by their largest |weight| (keeps the sign of c)", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    return np.allclose(a / np.max(np.abs(a)), b / np.max(np.abs(b)))
"""),
    A("same_boundary", "least-squares-c", "c from a projection, then c > 0 and b ≈ c·a", """
def same_boundary(w_a, w_b):
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    c = (a @ b) / (a @ a)
    return bool(c > 0 and np.allclose(b / np.linalg.norm(b), c * a / np.linalg.norm(c * a)))
"""),
    A("threshold_to_bias", "concatenate", "(-T, weights)", """
def threshold_to_bias(weights, T):
    return np.concatenate([[-T], np.asarray(weights, dtype=float)])
"""),
    A("threshold_to_bias", "insert-float", "np.insert into a float array", """
def threshold_to_bias(weights, T):
    return np.insert(np.asarray(weights, dtype=float), 0, -T)
"""),
    A("threshold_to_bias", "append", "np.append(-T, weights)", """
def threshold_to_bias(weights, T):
    return np.append(-float(T), weights)
"""),
]
