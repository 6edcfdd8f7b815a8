"""Held-out answers for lesson 02 (decision lines)."""

from tests.battery import Answer

WRONG = [
    # --- line_through -----------------------------------------------------------------------
    Answer("line_through", "x1-zero-shortcut",
           "“Do not use the shortcut ‘set x1 = 0 and solve for x2’ … it fails for vertical lines”.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('w1 = w2 = 0: there is no line')\n"
           "    return np.array([0.0, -w0 / w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "normal-as-direction",
           "“a non-zero vector along it”: (w1, w2) is perpendicular to the line.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    c = -w0 / (w1**2 + w2**2)\n"
           "    return np.array([c * w1, c * w2]), np.array([w1, w2])\n"),
    Answer("line_through", "point-sign",
           "c = −w0 / (w1² + w2²): with +w0 the point lies on the mirrored line.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    c = w0 / (w1**2 + w2**2)\n"
           "    return np.array([c * w1, c * w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "norm-not-squared",
           "c = −w0 / (w1² + w2²); dividing by the norm puts the point on the line only when ‖(w1, w2)‖ = 1.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    c = -w0 / np.hypot(w1, w2)\n"
           "    return np.array([c * w1, c * w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "refuses-tiny-weights",
           "Only w1 = w2 = 0 has no line; tiny but non-zero weights still define one.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if np.hypot(w1, w2) < 1e-6:\n"
           "        raise ValueError('no line')\n    c = -w0 / (w1**2 + w2**2)\n"
           "    return np.array([c * w1, c * w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "wrong-exception",
           "“raise a ValueError”: a ZeroDivisionError from the division is not it.",
           "def line_through(w):\n    w0, w1, w2 = (float(v) for v in w)\n    c = -w0 / (w1**2 + w2**2)\n"
           "    return np.array([c * w1, c * w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "nan-no-error",
           "“When w1 = w2 = 0 … raise a ValueError”: NumPy returns nan with a warning instead.",
           "def line_through(w):\n    w = np.asarray(w, float)\n    with np.errstate(all='ignore'):\n"
           "        c = -w[0] / (w[1]**2 + w[2]**2)\n    return c * w[1:], np.array([-w[2], w[1]])\n"),
    Answer("line_through", "lists",
           "“two arrays of shape (2,)”: lists are returned.",
           "def line_through(w):\n    w0, w1, w2 = (float(v) for v in w)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    c = -w0 / (w1**2 + w2**2)\n    return [c * w1, c * w2], [-w2, w1]\n"),
    Answer("line_through", "swapped-order",
           "“Return (point, direction)” — in that order.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    c = -w0 / (w1**2 + w2**2)\n"
           "    return np.array([-w2, w1]), np.array([c * w1, c * w2])\n"),
    # --- signed_distance --------------------------------------------------------------------
    Answer("signed_distance", "bias-in-norm",
           "“the bias w0 is not part of the length of the normal”.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w)\n"),
    Answer("signed_distance", "two-d-only",
           "“It must work for any d”.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float); X = np.asarray(X, float)\n"
           "    return (w[0] + w[1] * X[:, 0] + w[2] * X[:, 1]) / np.hypot(w[1], w[2])\n"),
    Answer("signed_distance", "unsigned",
           "“positive on the +1 side”: the absolute value loses the side.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return np.abs(w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:])\n"),
    Answer("signed_distance", "raw-sum",
           "“s … has the right sign but the wrong scale”.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n    return w[0] + np.asarray(X, float) @ w[1:]\n"),
    Answer("signed_distance", "norm-squared",
           "r = s / ‖w[1:]‖, not s / ‖w[1:]‖².",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.sum(w[1:] ** 2)\n"),
    Answer("signed_distance", "column",
           "“an array of shape (N,)”.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float).reshape(-1, 1)\n"
           "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:])\n"),
    Answer("signed_distance", "l1-norm",
           "The unit normal is (w1, w2)/‖(w1, w2)‖ with the Euclidean length.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.sum(np.abs(w[1:]))\n"),
    Answer("signed_distance", "squeezed-n1",
           "“an array of shape (N,)”: with N = 1 squeeze gives a 0-d array.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return np.squeeze((w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:]))\n"),
    # --- same_boundary ----------------------------------------------------------------------
    Answer("same_boundary", "numpy-bool",
           "“Return a plain bool”: np.all(np.isclose(...)) is np.bool_.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return np.all(np.isclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))\n"),
    Answer("same_boundary", "ignores-side",
           "“with the same +1 side”: −w is accepted here.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    a = a / np.linalg.norm(a); b = b / np.linalg.norm(b)\n"
           "    return bool(np.allclose(a, b) or np.allclose(a, -b))\n"),
    Answer("same_boundary", "divide-by-bias",
           "c > 0 only: dividing by the bias cancels a negative factor too (and fails for w0 = 0).",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.allclose(a / a[0], b / b[0]))\n"),
    Answer("same_boundary", "divide-by-sum",
           "“after removing the scale”: the sum of the weights can be 0 or negative.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.allclose(a / a.sum(), b / b.sum()))\n"),
    Answer("same_boundary", "exact-equality",
           "“allow for rounding (np.allclose)”: exact comparison fails on scalings like 1/3.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.array_equal(a / np.linalg.norm(a), b / np.linalg.norm(b)))\n"),
    Answer("same_boundary", "normal-only",
           "Same line needs the bias to scale too: comparing (w1, w2) alone accepts parallel lines.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float)[1:]; b = np.asarray(w_b, float)[1:]\n"
           "    return bool(np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))\n"),
    Answer("same_boundary", "cross-product-2d",
           "Parallel normals with a positive dot product is not the same line: the bias is ignored.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.isclose(a[1] * b[2] - a[2] * b[1], 0) and a[1:] @ b[1:] > 0)\n"),
    Answer("same_boundary", "divide-by-max",
           "c > 0 only: dividing by the largest weight also cancels c = −1 when all weights are equal, "
           "so (1, 1, 1) and (−1, −1, −1) — opposite sides — come out the same.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.allclose(a / np.max(np.abs(a)), b / np.max(np.abs(b))) or "
           "np.allclose(a / a.max(), b / b.max()))\n"),
    # --- threshold_to_bias ------------------------------------------------------------------
    Answer("threshold_to_bias", "plus-T",
           "“the bias is w0 = −T”.",
           "def threshold_to_bias(weights, T):\n    return np.concatenate([[float(T)], np.asarray(weights, float)])\n"),
    Answer("threshold_to_bias", "bias-last",
           "“bias first”.",
           "def threshold_to_bias(weights, T):\n    return np.append(np.asarray(weights, float), -T)\n"),
    Answer("threshold_to_bias", "two-inputs",
           "“input weights (shape (d,))”: only two are kept.",
           "def threshold_to_bias(weights, T):\n    return np.array([-T, weights[0], weights[1]], dtype=float)\n"),
    Answer("threshold_to_bias", "normalised-by-T",
           "Scaling by 1/T flips the side for negative T and breaks at T = 0.",
           "def threshold_to_bias(weights, T):\n    return np.concatenate([[-1.0], np.asarray(weights, float) / T])\n"),
    Answer("threshold_to_bias", "abs-threshold",
           "w0 = −T for any T; −|T| is wrong for a negative threshold.",
           "def threshold_to_bias(weights, T):\n    return np.concatenate([[-abs(T)], np.asarray(weights, float)])\n"),
    Answer("threshold_to_bias", "list-mutated",
           "“return the bias-trick vector (shape (d + 1,))”: inserting into the caller's list "
           "changes it and returns a list.",
           "def threshold_to_bias(weights, T):\n    if isinstance(weights, list):\n        weights.insert(0, -T)\n"
           "        return weights\n    return np.concatenate([[-T], weights]).astype(float)\n"),
]

RIGHT = [
    Answer("line_through", "nearest-point",
           "The point nearest the origin and (−w2, w1).",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('w1 = w2 = 0: every point gets the same answer, there is no line')\n"
           "    c = -w0 / (w1**2 + w2**2)\n    return np.array([c * w1, c * w2]), np.array([-w2, w1])\n"),
    Answer("line_through", "axis-intercept-branch",
           "Solve for the coordinate whose weight is larger in size; a unit direction.",
           "def line_through(w):\n    w0, w1, w2 = np.asarray(w, float)\n    if w1 == 0 and w2 == 0:\n"
           "        raise ValueError('no line')\n    if abs(w2) >= abs(w1):\n        p = np.array([0.0, -w0 / w2])\n"
           "    else:\n        p = np.array([-w0 / w1, 0.0])\n    d = np.array([w2, -w1])\n    return p, d / np.linalg.norm(d)\n"),
    Answer("signed_distance", "formula",
           "(w0 + X w[1:]) / ‖w[1:]‖.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float)\n"
           "    return (w[0] + np.asarray(X, float) @ w[1:]) / np.linalg.norm(w[1:])\n"),
    Answer("signed_distance", "bias-trick",
           "Through add_bias-style X̃ w.",
           "def signed_distance(w, X):\n    w = np.asarray(w, float); X = np.atleast_2d(np.asarray(X, float))\n"
           "    Xt = np.hstack([np.ones((X.shape[0], 1)), X])\n    return Xt @ w / np.sqrt(w[1:] @ w[1:])\n"),
    Answer("same_boundary", "normalise-norm",
           "Unit vectors compared with allclose.",
           "def same_boundary(w_a, w_b):\n    a = np.asarray(w_a, float); b = np.asarray(w_b, float)\n"
           "    return bool(np.allclose(a / np.linalg.norm(a), b / np.linalg.norm(b)))\n"),
    Answer("threshold_to_bias", "concat",
           "(−T, weights).",
           "def threshold_to_bias(weights, T):\n    return np.concatenate([[-float(T)], np.asarray(weights, float)])\n"),
    Answer("threshold_to_bias", "insert",
           "np.insert makes a new array.",
           "def threshold_to_bias(weights, T):\n    return np.insert(np.asarray(weights, dtype=float), 0, -T)\n"),
]
