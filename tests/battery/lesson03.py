"""Lesson 03 — XOR and the multi-layer perceptron: realistic wrong answers and alternatives."""

from tests.battery import Answer as A


def _search(angles: str, cuts: str = "", score: str = "") -> str:
    """A best_line_accuracy with one part changed (the angle list, the cut list, the result)."""
    cuts = cuts or """        q = np.unique(p)
        cuts = np.concatenate([[q[0] - 1.0], (q[:-1] + q[1:]) / 2, [q[-1] + 1.0]])"""
    score = score or "    return float(best)"
    return f"""
def best_line_accuracy(X, t, n_angles):
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    best = 0.0
    for theta in {angles}:
        p = X @ np.array([np.cos(theta), np.sin(theta)])
{cuts}
        for c in cuts:
            acc = np.mean(np.where(p >= c, 1, -1) == t)
            best = max(best, acc)
{score}
"""


_RIGHT_ANGLES = "2 * np.pi * np.arange(n_angles) / n_angles"

WRONG = [
    # --- best_line_accuracy ---------------------------------------------------------------------
    A("best_line_accuracy", "degrees", "'evenly spaced over the full circle [0, 2π)': n degrees cover the circle only when n = 360",
      _search("np.deg2rad(np.arange(n_angles))")),
    A("best_line_accuracy", "integer-radians", "angles 0, 1, 2, … radians are not evenly spaced over [0, 2π)",
      _search("np.arange(n_angles)")),
    A("best_line_accuracy", "linspace-includes-2pi", "'[0, 2π)': linspace(0, 2π, n) repeats 0 as 2π and misses an angle",
      _search("np.linspace(0, 2 * np.pi, n_angles)")),
    A("best_line_accuracy", "half-circle", "'over the full circle': [0, π) never tries the +1 side facing the other way",
      _search("np.pi * np.arange(n_angles) / n_angles")),
    A("best_line_accuracy", "fixed-offset-grid", "cuts 'between consecutive projections': a fixed grid on [-2, 2] misses data elsewhere",
      _search(_RIGHT_ANGLES, "        cuts = np.linspace(-2, 2, 81)")),
    A("best_line_accuracy", "no-end-cuts", "'Don't forget the cuts that leave every point on one side'",
      _search(_RIGHT_ANGLES, "        q = np.unique(p)\n        cuts = (q[:-1] + q[1:]) / 2 if len(q) > 1 else q")),
    A("best_line_accuracy", "cuts-at-points-only", "cuts at the projections themselves never put every point on the -1 side",
      _search(_RIGHT_ANGLES, "        cuts = p")),
    A("best_line_accuracy", "percent", "'a fraction between 0 and 1', not a percentage",
      _search(_RIGHT_ANGLES, score="    return 100.0 * best")),
    A("best_line_accuracy", "count", "'the best accuracy … a fraction', not the number of points right",
      _search(_RIGHT_ANGLES, score="    return float(best * len(t))")),
    A("best_line_accuracy", "last-angle", "'keep the best score over all angles', not the last angle's",
      """
def best_line_accuracy(X, t, n_angles):
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    for theta in 2 * np.pi * np.arange(n_angles) / n_angles:
        p = X @ np.array([np.cos(theta), np.sin(theta)])
        q = np.unique(p)
        cuts = np.concatenate([[q[0] - 1.0], (q[:-1] + q[1:]) / 2, [q[-1] + 1.0]])
        best = max(np.mean(np.where(p >= c, 1, -1) == t) for c in cuts)
    return float(best)
"""),
    # --- XOR_HIDDEN -----------------------------------------------------------------------------
    A("XOR_HIDDEN", "or-with-zero-bias", "OR with bias 0 fires on (0,0) because τ(0) = +1: the network says +1 there", """
XOR_HIDDEN = [[0.0, 1.0, 1.0], [1.5, -1.0, -1.0]]
"""),
    A("XOR_HIDDEN", "one-column-per-unit", "'a (2, 3) array, one row (w0, w1, w2) per hidden unit'", """
XOR_HIDDEN = [[-0.5, 1.5], [1.0, -1.0], [1.0, -1.0]]
"""),
    A("XOR_HIDDEN", "bias-last", "rows are (w0, w1, w2), bias first", """
XOR_HIDDEN = [[1.0, 1.0, -0.5], [-1.0, -1.0, 1.5]]
"""),
    A("XOR_HIDDEN", "nand-tie", "NAND with bias 2 fires on (1,1) too: (1,1) sums to exactly 0", """
XOR_HIDDEN = [[-0.5, 1.0, 1.0], [2.0, -1.0, -1.0]]
"""),
    # --- XOR_OUTPUT -----------------------------------------------------------------------------
    A("XOR_OUTPUT", "tie-at-plus-minus", "'only (+1, +1) must be >= 0': bias 0 gives exactly 0 at (+1, −1)", """
XOR_OUTPUT = [0.0, 1.0, 1.0]
"""),
    A("XOR_OUTPUT", "bias-too-low", "bias -2.5: even (+1, +1) sums to -0.5", """
XOR_OUTPUT = [-2.5, 1.0, 1.0]
"""),
    A("XOR_OUTPUT", "or-on-plus-minus", "bias +0.5 is OR of ±1 inputs: (+1, −1) fires", """
XOR_OUTPUT = [0.5, 1.0, 1.0]
"""),
    A("XOR_OUTPUT", "nand", "NAND of the hidden outputs is not XOR", """
XOR_OUTPUT = [1.5, -1.0, -1.0]
"""),
    A("XOR_OUTPUT", "bias-last", "(v0, v1, v2) acting on (1, h1, h2): the bias goes first", """
XOR_OUTPUT = [1.0, 1.0, -1.5]
"""),
    A("XOR_OUTPUT", "no-bias", "the output unit is a (3,) vector", """
XOR_OUTPUT = [1.0, 1.0]
"""),
    # --- hidden_features ------------------------------------------------------------------------
    A("hidden_features", "no-transpose", "X @ W[:, 1:] mixes units and inputs (it runs only when d = h, with wrong values)", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return step(W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:])
"""),
    A("hidden_features", "no-bias", "the rows are in bias-trick form: w0 is part of each sum", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return step(np.asarray(X, dtype=float) @ W[:, 1:].T)
"""),
    A("hidden_features", "bias-last", "each row is (w0, w1, w2), bias first", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return step(W[:, -1] + np.asarray(X, dtype=float) @ W[:, :-1].T)
"""),
    A("hidden_features", "zero-one", "'±1 outputs', not 0/1", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return (W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:].T >= 0).astype(int)
"""),
    A("hidden_features", "strict", "τ(0) = +1: s > 0 sends points on a line to -1", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return np.where(W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:].T > 0, 1, -1)
"""),
    A("hidden_features", "transposed-result", "'one row per sample and one column per hidden unit': returns (h, N)", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    X = np.asarray(X, dtype=float)
    return step(W[:, :1] + W[:, 1:] @ X.T)
"""),
    A("hidden_features", "two-units-only", "'Write it for any number of hidden units'", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    X = np.asarray(X, dtype=float)
    h1 = step(W[0, 0] + X @ W[0, 1:])
    h2 = step(W[1, 0] + X @ W[1, 1:])
    return np.column_stack([h1, h2])
"""),
    A("hidden_features", "two-inputs-only", "'… and inputs': hard-codes x1 and x2", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    X = np.asarray(X, dtype=float)
    return step(W[:, 0] + np.outer(X[:, 0], W[:, 1]) + np.outer(X[:, 1], W[:, 2]))
"""),
    A("hidden_features", "np-sign", "np.sign is 0 on a line; τ(0) = +1", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return np.sign(W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:].T)
"""),
    # --- mlp_forward ----------------------------------------------------------------------------
    A("mlp_forward", "no-output-sigmoid", "Y = σ(H W2 + b2): the output sigmoid is missing", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return H @ params["W2"] + params["b2"]
"""),
    A("mlp_forward", "no-hidden-sigmoid", "H = σ(X W1 + b1): the hidden sigmoid is missing", """
def mlp_forward(params, X):
    H = np.asarray(X, dtype=float) @ params["W1"] + params["b1"]
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "flat", "'Return the outputs Y, shape (N, 1)', not (N,)", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return sigmoid(H @ params["W2"] + params["b2"]).ravel()
"""),
    A("mlp_forward", "w1-transposed", "W1 is (d, h): X @ W1, not X @ W1.T (runs only when d = h)", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"].T + params["b1"])
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "step-activation", "the sigmoid network, not the step network", """
def mlp_forward(params, X):
    H = step(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "tanh", "sigmoid, not tanh", """
def mlp_forward(params, X):
    H = np.tanh(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return np.tanh(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "returns-hidden-too", "'Return the outputs Y', not (H, Y)", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return H, sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "bias-once", "b1 belongs to the hidden layer and b2 to the output: b2 added twice", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"] + params["b2"])
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("XOR_HIDDEN", "two-identical-units", "two OR units send (0,1), (1,0) and (1,1) to one hidden point: no output unit can compute XOR", """
XOR_HIDDEN = [[-0.5, 1.0, 1.0], [-0.5, 1.0, 1.0]]
"""),
    A("XOR_HIDDEN", "flat", "'a (2, 3) array', not six numbers in a row", """
XOR_HIDDEN = [-0.5, 1.0, 1.0, 1.5, -1.0, -1.0]
"""),
    A("XOR_HIDDEN", "one-unit", "a hidden layer of one unit is one line: XOR needs two", """
XOR_HIDDEN = [[-0.5, 1.0, 1.0]]
"""),
    A("XOR_OUTPUT", "and-not-for-zero-one", "'pick v so that only (+1, +1) is >= 0': (-0.5, 1, -1) fires on (+1, −1)", """
XOR_OUTPUT = [-0.5, 1.0, -1.0]
"""),
    A("XOR_OUTPUT", "four-weights", "the output unit is a (3,) vector (v0, v1, v2)", """
XOR_OUTPUT = [-1.5, 1.0, 1.0, 0.0]
"""),
    A("best_line_accuracy", "half-circle-with-flips", "'n_angles orientations evenly spaced over [0, 2π)': n angles over [0, π) plus both sides try other lines", """
def best_line_accuracy(X, t, n_angles):
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    best = 0.0
    for theta in np.pi * np.arange(n_angles) / n_angles:
        p = X @ np.array([np.cos(theta), np.sin(theta)])
        q = np.unique(p)
        cuts = np.concatenate([[q[0] - 1.0], (q[:-1] + q[1:]) / 2, [q[-1] + 1.0]])
        for c in cuts:
            acc = np.mean(np.where(p >= c, 1, -1) == t)
            best = max(best, acc, 1 - acc)
    return float(best)
"""),
    A("hidden_features", "bool", "'±1 outputs', not booleans", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:].T >= 0
"""),
    A("mlp_forward", "relu-hidden", "H = σ(X W1 + b1): a ReLU hidden layer is another network", """
def mlp_forward(params, X):
    H = np.maximum(0, np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "squashes-input", "the sigmoid comes after each affine step, not before the first", """
def mlp_forward(params, X):
    H = sigmoid(sigmoid(np.asarray(X, dtype=float)) @ params["W1"] + params["b1"])
    return H @ params["W2"] + params["b2"]
"""),
]

RIGHT = [
    A("best_line_accuracy", "loops-midpoints", "angles 2πk/n, midpoint cuts plus one cut beyond each end", _search(_RIGHT_ANGLES)),
    A("best_line_accuracy", "vectorised", "all cuts at once, p[None, :] >= cuts[:, None]", """
def best_line_accuracy(X, t, n_angles):
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    best = 0.0
    for theta in np.linspace(0, 2 * np.pi, n_angles, endpoint=False):
        p = X @ np.array([np.cos(theta), np.sin(theta)])
        s = np.sort(np.unique(p))
        cuts = np.concatenate([[-np.inf], (s[:-1] + s[1:]) / 2, [np.inf]])
        pred = np.where(p[None, :] >= cuts[:, None], 1, -1)
        best = max(best, float(np.max(np.mean(pred == t[None, :], axis=1))))
    return best
"""),
    A("best_line_accuracy", "cuts-at-points-plus-beyond", "cuts at each projection (p >= p_i) plus one beyond the largest", _search(
        _RIGHT_ANGLES, "        cuts = np.concatenate([p, [p.max() + 1.0]])")),
    A("best_line_accuracy", "strict-cut-at-points", "p > c with cuts at every projection and one below all: every split is still tried", _search(
        _RIGHT_ANGLES, "        cuts = np.concatenate([p, [p.min() - 1.0]])").replace("p >= c", "p > c")),
    A("XOR_HIDDEN", "or-nand", "OR and NAND, output AND", """
XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]
XOR_OUTPUT = [-1.5, 1.0, 1.0]
"""),
    A("XOR_HIDDEN", "or-and-not", "OR and AND, output 'h1 and not h2'", """
XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0], [-1.5, 1.0, 1.0]])
XOR_OUTPUT = np.array([-1.5, 1.0, -1.0])
"""),
    A("XOR_HIDDEN", "scaled-ties", "scaled integer weights; output bias -2 ties on (+1, +1), which fires", """
XOR_HIDDEN = [[-1, 2, 2], [3, -2, -2]]
XOR_OUTPUT = [-2, 1, 1]
"""),
    A("XOR_HIDDEN", "nor-nand", "NOR and NAND: (0,1), (1,0) land alone on (-1, +1), and 'h1 < 0 and h2 >= 0' is a line", """
XOR_HIDDEN = [[0.5, -1.0, -1.0], [1.5, -1.0, -1.0]]
XOR_OUTPUT = [-1.5, -1.0, 1.0]
"""),
    A("XOR_OUTPUT", "and-classic", "AND of ±1 inputs", "XOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    A("XOR_OUTPUT", "bias-minus-one", "(+1, +1) sums to 1, (+1, −1) to -1", "XOR_OUTPUT = np.array([-1.0, 1.0, 1.0])\n"),
    A("XOR_OUTPUT", "tie-on-plus-plus", "bias -2: (+1, +1) sums to exactly 0, which fires", "XOR_OUTPUT = (-2, 1, 1)\n"),
    A("hidden_features", "transpose", "step(w0 + X W[:, 1:]ᵀ)", """
def hidden_features(W_hidden, X):
    W = np.asarray(W_hidden, dtype=float)
    return step(W[:, 0] + np.asarray(X, dtype=float) @ W[:, 1:].T)
"""),
    A("hidden_features", "ones-column", "a column of ones, then X̃ Wᵀ", """
def hidden_features(W_hidden, X):
    X = np.asarray(X, dtype=float)
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    return np.where(Xb @ np.asarray(W_hidden, dtype=float).T >= 0, 1, -1)
"""),
    A("hidden_features", "loop-units", "one column per unit in a loop", """
def hidden_features(W_hidden, X):
    X = np.asarray(X, dtype=float)
    cols = [step(w[0] + X @ np.asarray(w[1:], dtype=float)) for w in np.asarray(W_hidden, dtype=float)]
    return np.stack(cols, axis=1)
"""),
    A("mlp_forward", "matrix", "σ(σ(X W1 + b1) W2 + b2)", """
def mlp_forward(params, X):
    H = sigmoid(np.asarray(X, dtype=float) @ params["W1"] + params["b1"])
    return sigmoid(H @ params["W2"] + params["b2"])
"""),
    A("mlp_forward", "np-dot", "np.dot and a reshape", """
def mlp_forward(params, X):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    hidden = sigmoid(np.dot(X, W1) + b1)
    return sigmoid(np.dot(hidden, W2) + b2).reshape(-1, 1)
"""),
]
