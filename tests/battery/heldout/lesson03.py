"""Held-out answers for lesson 03 (XOR and the MLP)."""

from tests.battery import Answer


def _bla(angles: str, cuts: str, compare: str = "p[None, :] >= cuts[:, None]", rnd: str = "np.round(X @ n, 12)",
         ret: str = "float(best)") -> str:
    return ("def best_line_accuracy(X, t, n_angles):\n"
            "    X = np.asarray(X, float); t = np.asarray(t)\n    best = 0.0\n"
            f"    for theta in {angles}:\n"
            "        n = np.array([np.cos(theta), np.sin(theta)])\n"
            f"        p = {rnd}\n        u = np.unique(p)\n"
            f"        cuts = {cuts}\n"
            f"        pred = np.where({compare}, 1, -1)\n"
            "        best = max(best, float(np.max(np.mean(pred == t[None, :], axis=1))))\n"
            f"    return {ret}\n")


GOOD_ANGLES = "np.arange(n_angles) * 2 * np.pi / n_angles"
GOOD_CUTS = "np.concatenate([[u[0] - 1], (u[:-1] + u[1:]) / 2, [u[-1] + 1]])"

WRONG = [
    # --- best_line_accuracy -----------------------------------------------------------------
    Answer("best_line_accuracy", "angles-in-degrees",
           "“n_angles … evenly spaced over the full circle [0, 2π)”: n_angles degrees cover a full "
           "circle only when n_angles = 360.",
           _bla("np.deg2rad(np.arange(n_angles))", GOOD_CUTS)),
    Answer("best_line_accuracy", "integer-radians",
           "Evenly spaced over [0, 2π): the angles 0, 1, 2, … radians are not.",
           _bla("np.arange(n_angles)", GOOD_CUTS)),
    Answer("best_line_accuracy", "endpoint-included",
           "“[0, 2π)”: linspace with the endpoint repeats 0 = 2π and spaces the rest unevenly.",
           _bla("np.linspace(0, 2 * np.pi, n_angles)", GOOD_CUTS)),
    Answer("best_line_accuracy", "half-circle",
           "“When θ goes around the whole circle, we also try both choices of which side is +1”: "
           "only [0, π) loses one side.",
           _bla("np.arange(n_angles) * np.pi / n_angles", GOOD_CUTS)),
    Answer("best_line_accuracy", "no-outer-cuts",
           "“Don't forget the cuts that leave every point on one side”.",
           _bla(GOOD_ANGLES, "(u[:-1] + u[1:]) / 2 if len(u) > 1 else u")),
    Answer("best_line_accuracy", "fixed-offset-grid",
           "Cuts between consecutive projections, not a fixed grid of offsets fitted to the demo's square.",
           _bla(GOOD_ANGLES, "np.linspace(-1.6, 1.6, 65)")),
    Answer("best_line_accuracy", "cuts-at-points-only",
           "A cut after all points (every point −1) is needed too; cuts at the projections with ≥ never give it.",
           _bla(GOOD_ANGLES, "u")),
    Answer("best_line_accuracy", "percent",
           "“Return the best accuracy found (a fraction between 0 and 1)”.",
           _bla(GOOD_ANGLES, GOOD_CUTS, ret="100.0 * best")),
    Answer("best_line_accuracy", "unrounded-ties",
           "“Ties matter: two points with the same projection can't be separated”: cos(π/2) = 6e-17 "
           "is not a different projection from 0.",
           _bla(GOOD_ANGLES, GOOD_CUTS, rnd="X @ n")),
    # --- XOR weights ------------------------------------------------------------------------
    Answer("XOR_OUTPUT", "tie-at-plus-minus",
           "Pick v so that only (+1, +1) gives a sum ≥ 0: with v0 = 0, (+1, −1) sums to 0 and fires.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [0.0, 1.0, 1.0]\n"),
    Answer("XOR_OUTPUT", "or-of-hidden",
           "The output must be the AND of OR and NAND; an OR of the ±1 hidden outputs fires everywhere.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [1.5, 1.0, 1.0]\n"),
    Answer("XOR_OUTPUT", "row-matrix",
           "“the output unit is a (3,) vector”: a (1, 3) matrix is not.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = np.array([[-1.5, 1.0, 1.0]])\n"),
    Answer("XOR_HIDDEN", "or-on-boundary",
           "τ(0) = +1: OR with bias 0 puts (0, 0) on its +1 side.",
           "XOR_HIDDEN = [[0.0, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    Answer("XOR_HIDDEN", "nand-on-boundary",
           "τ(0) = +1: NAND with bias 2 fires at (1, 1).",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [2.0, -1.0, -1.0]]\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    Answer("XOR_HIDDEN", "transposed-layout",
           "“a (2, 3) array, one row (w0, w1, w2) per hidden unit”: this is one column per unit.",
           "XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]).T\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    Answer("XOR_HIDDEN", "bias-last",
           "Bias-trick form: w0 first in each row.",
           "XOR_HIDDEN = [[1.0, 1.0, -0.5], [-1.0, -1.0, 1.5]]\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    # --- hidden_features --------------------------------------------------------------------
    Answer("hidden_features", "zero-one",
           "“the hidden layer's ±1 outputs”: 0 / 1 is not ±1.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return (W[:, 0] + np.asarray(X, float) @ W[:, 1:].T >= 0).astype(float)\n"),
    Answer("hidden_features", "transposed",
           "“one row per sample and one column per hidden unit”.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return step(W[:, 1:] @ np.asarray(X, float).T + W[:, :1])\n"),
    Answer("hidden_features", "strict",
           "τ(0) = +1; > 0 sends points on a hidden line to −1.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return np.where(W[:, 0] + np.asarray(X, float) @ W[:, 1:].T > 0, 1, -1)\n"),
    Answer("hidden_features", "two-units",
           "“Write it for any number of hidden units”.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
           "    return np.column_stack([step(W[0, 0] + X @ W[0, 1:]), step(W[1, 0] + X @ W[1, 1:])])\n"),
    Answer("hidden_features", "two-inputs",
           "“… and inputs”: W of shape (h, d + 1).",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float); X = np.asarray(X, float)\n"
           "    return step(W[:, 0] + np.outer(X[:, 0], W[:, 1]) + np.outer(X[:, 1], W[:, 2]))\n"),
    Answer("hidden_features", "bias-last",
           "“bias-trick form of XOR_HIDDEN”: w0 is the first entry.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return step(W[:, -1] + np.asarray(X, float) @ W[:, :-1].T)\n"),
    Answer("hidden_features", "squeezed",
           "“(N, h)”: squeeze drops N = 1 or h = 1.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return np.squeeze(step(W[:, 0] + np.asarray(X, float) @ W[:, 1:].T))\n"),
    # --- mlp_forward ------------------------------------------------------------------------
    Answer("mlp_forward", "flat-output",
           "“Return the outputs Y, shape (N, 1)”.",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return sigmoid(H @ params['W2'] + params['b2']).ravel()\n"),
    Answer("mlp_forward", "linear-output",
           "Y = σ(H W2 + b2): the output sigmoid is missing.",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return H @ params['W2'] + params['b2']\n"),
    Answer("mlp_forward", "linear-hidden",
           "H = σ(X W1 + b1): the hidden sigmoid is missing.",
           "def mlp_forward(params, X):\n    H = np.asarray(X, float) @ params['W1'] + params['b1']\n"
           "    return sigmoid(H @ params['W2'] + params['b2'])\n"),
    Answer("mlp_forward", "transposed-W1",
           "“weights (fan_in, fan_out)”: X W1ᵀ works only when d = h.",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ np.asarray(params['W1']).T + params['b1'])\n"
           "    return sigmoid(H @ params['W2'] + params['b2'])\n"),
    Answer("mlp_forward", "no-b2",
           "Y = σ(H W2 + b2).",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return sigmoid(H @ params['W2'])\n"),
    Answer("mlp_forward", "thresholded",
           "“outputs in (0, 1)”: rounding to 0 / 1 is the step again.",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return np.round(sigmoid(H @ params['W2'] + params['b2']))\n"),
    Answer("mlp_forward", "tanh-hidden",
           "Both layers are sigmoids: sigmoid(sigmoid(X W1 + b1) W2 + b2).",
           "def mlp_forward(params, X):\n    H = np.tanh(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return sigmoid(H @ params['W2'] + params['b2'])\n"),
    Answer("mlp_forward", "first-output-column",
           "W2 is (h, 1): summing H over units instead of using W2 ignores the output weights.",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return sigmoid(H.sum(axis=1, keepdims=True) * np.mean(params['W2']) + params['b2'])\n"),
    # --- more (second pass) ---------------------------------------------------------------
    Answer("XOR_OUTPUT", "xnor-output",
           "Pick v so that only (+1, +1) gives a sum ≥ 0: (1.5, −1, −1) fires everywhere else instead.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [1.5, -1.0, -1.0]\n"),
    Answer("XOR_OUTPUT", "two-weights",
           "“the output unit is a (3,) vector (v0, v1, v2)”: the bias is missing.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [1.0, 1.0]\n"),
    Answer("XOR_OUTPUT", "and-over-or-and",
           "“Any network that computes XOR is accepted”: over hidden OR and AND (a usable hidden layer) "
           "the output AND computes AND, not XOR.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [-1.5, 1.0, 1.0]]\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
]

RIGHT = [
    Answer("best_line_accuracy", "midpoints-rounded",
           "Unique rounded projections, midpoints and two outer cuts, vectorised over cuts.",
           _bla(GOOD_ANGLES, GOOD_CUTS)),
    Answer("best_line_accuracy", "loops",
           "Plain loops; a projection tie tolerance via np.isclose-style rounding.",
           "def best_line_accuracy(X, t, n_angles):\n    X = np.asarray(X, float); t = np.asarray(t)\n    best = 0.0\n"
           "    for k in range(n_angles):\n        theta = 2 * np.pi * k / n_angles\n"
           "        p = np.round(X[:, 0] * np.cos(theta) + X[:, 1] * np.sin(theta), 9)\n"
           "        s = sorted(set(p.tolist()))\n"
           "        cuts = [s[0] - 1.0] + [(a + b) / 2 for a, b in zip(s, s[1:])] + [s[-1] + 1.0]\n"
           "        for c in cuts:\n            acc = float(np.mean(np.where(p >= c, 1, -1) == t))\n"
           "            best = max(best, acc)\n    return best\n"),
    Answer("XOR_HIDDEN", "or-nand-and",
           "OR and NAND, then AND.",
           "XOR_HIDDEN = [[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]]\nXOR_OUTPUT = [-1.5, 1.0, 1.0]\n"),
    Answer("XOR_OUTPUT", "and-scaled",
           "Any network that computes XOR; arrays, swapped hidden units, scaled AND.",
           "XOR_HIDDEN = np.array([[3.0, -2.0, -2.0], [-1.0, 2.0, 2.0]])\nXOR_OUTPUT = np.array([-1.0, 1.0, 1.0])\n"),
    Answer("hidden_features", "step-of-sums",
           "τ(w0 + X w[1:]) for every unit.",
           "def hidden_features(W_hidden, X):\n    W = np.asarray(W_hidden, float)\n"
           "    return step(W[:, 0] + np.asarray(X, float) @ W[:, 1:].T)\n"),
    Answer("hidden_features", "bias-trick",
           "Prepend ones, multiply by Wᵀ.",
           "def hidden_features(W_hidden, X):\n    X = np.atleast_2d(np.asarray(X, float))\n"
           "    Xt = np.hstack([np.ones((X.shape[0], 1)), X])\n"
           "    return np.where(Xt @ np.asarray(W_hidden, float).T >= 0, 1.0, -1.0)\n"),
    Answer("mlp_forward", "two-lines",
           "σ(σ(X W1 + b1) W2 + b2).",
           "def mlp_forward(params, X):\n    H = sigmoid(np.asarray(X, float) @ params['W1'] + params['b1'])\n"
           "    return sigmoid(H @ params['W2'] + params['b2'])\n"),
    Answer("mlp_forward", "own-sigmoid",
           "An own sigmoid with np.exp (no overflow for the demo scale).",
           "def mlp_forward(params, X):\n    f = lambda z: 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))\n"
           "    W1, b1, W2, b2 = (np.asarray(params[k], float) for k in ('W1', 'b1', 'W2', 'b2'))\n"
           "    return f(f(np.asarray(X, float) @ W1 + b1) @ W2 + b2)\n"),
]
