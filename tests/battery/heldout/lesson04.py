"""Held-out answers for lesson 04 (activations)."""

from tests.battery import Answer

STABLE = ("def sigmoid(x):\n    x = np.asarray(x, dtype=float)\n    z = np.exp(-np.abs(x))\n"
          "    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))\n")


def _chain(body: str) -> str:
    return ("def chain_gradient(x0, depth, activation):\n"
            "    f, df = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
            "             'relu': (relu, relu_grad)}[activation]\n"
            "    a = np.asarray(x0, dtype=float)\n" + body)


WRONG = [
    # --- sigmoid ----------------------------------------------------------------------------
    Answer("sigmoid", "naive",
           "“gives no warning, inf or NaN for |x| up to 10⁴”: exp(1e4) overflows.",
           "def sigmoid(x):\n    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))\n"),
    Answer("sigmoid", "naive-errstate",
           "“a warning in a training loop hides real problems”: hiding the overflow with errstate "
           "is still the overflowing formula.",
           "def sigmoid(x):\n    with np.errstate(over='ignore'):\n"
           "        return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))\n"),
    Answer("sigmoid", "where-both-branches",
           "np.where evaluates both branches: exp(x) of large x overflows although it is not chosen.",
           "def sigmoid(x):\n    x = np.asarray(x, dtype=float)\n"
           "    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))\n"),
    Answer("sigmoid", "other-form",
           "“e^x / (1 + e^x) gives ∞/∞ = NaN for large positive x”.",
           "def sigmoid(x):\n    e = np.exp(np.asarray(x, dtype=float))\n    return e / (1 + e)\n"),
    Answer("sigmoid", "clip-30",
           "Clipping changes the tails: σ(−40) is 4e-18, not σ(−30) = 9e-14 (relative error ~10⁴).",
           "def sigmoid(x):\n    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(x, dtype=float), -30, 30)))\n"),
    Answer("sigmoid", "int-buffer",
           "An int input must give σ values in (0, 1), not a buffer of the input's int dtype.",
           "def sigmoid(x):\n    x = np.asarray(x)\n    out = np.empty_like(x)\n    pos = x >= 0\n"
           "    out[pos] = 1 / (1 + np.exp(-x[pos]))\n    e = np.exp(x[~pos])\n    out[~pos] = e / (1 + e)\n    return out\n"),
    Answer("sigmoid", "lists-fail",
           "“works elementwise on numbers, lists and arrays”: boolean masks on a list fail.",
           "def sigmoid(x):\n    if np.ndim(x) == 0:\n        x = np.asarray(x, float)\n"
           "    out = np.zeros(np.shape(x))\n    pos = x >= 0\n    out[pos] = 1 / (1 + np.exp(-x[pos]))\n"
           "    e = np.exp(x[~pos])\n    out[~pos] = e / (1 + e)\n    return out\n"),
    Answer("sigmoid", "python-float-for-number",
           "“Returns an array of the same shape (a 0-d array for a number)”.",
           "def sigmoid(x):\n    x = np.asarray(x, dtype=float)\n    z = np.exp(-np.abs(x))\n"
           "    r = np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))\n    return float(r) if r.ndim == 0 else r\n"),
    # --- sigmoid_grad -----------------------------------------------------------------------
    Answer("sigmoid_grad", "x-one-minus-x",
           "“x * (1 - x) is right only if x already holds σ(x)”.",
           "def sigmoid_grad(x):\n    x = np.asarray(x, dtype=float)\n    return x * (1 - x)\n"),
    Answer("sigmoid_grad", "mixed",
           "σ′ = σ(x)(1 − σ(x)), not σ(x)(1 − x).",
           "def sigmoid_grad(x):\n    x = np.asarray(x, dtype=float)\n    return sigmoid(x) * (1 - x)\n"),
    Answer("sigmoid_grad", "raw-exp-form",
           "“using the form you derived and your sigmoid”: e^(−x)/(1 + e^(−x))² is ∞/∞ = NaN at x = −1000.",
           "def sigmoid_grad(x):\n    e = np.exp(-np.asarray(x, dtype=float))\n    return e / (1 + e) ** 2\n"),
    Answer("sigmoid_grad", "measured",
           "“using the form you derived”: a centred difference is the check, not the answer.",
           "def sigmoid_grad(x):\n    x = np.asarray(x, dtype=float)\n    h = 1e-5\n"
           "    return (sigmoid(x + h) - sigmoid(x - h)) / (2 * h)\n"),
    Answer("sigmoid_grad", "squared",
           "σ′ = σ(1 − σ), not σ² (1 − σ)… nor σ(1 − σ)²: at 0 it must be ¼.",
           "def sigmoid_grad(x):\n    s = sigmoid(x)\n    return s * (1 - s) ** 2\n"),
    Answer("sigmoid_grad", "at-sigmoid",
           "“the derivative dσ/dx at x (not at σ(x))”.",
           "def sigmoid_grad(x):\n    s = sigmoid(sigmoid(x))\n    return s * (1 - s)\n"),
    # --- tanh_grad --------------------------------------------------------------------------
    Answer("tanh_grad", "no-square",
           "tanh′ = 1 − tanh², not 1 − tanh.",
           "def tanh_grad(x):\n    return 1 - np.tanh(np.asarray(x, dtype=float))\n"),
    Answer("tanh_grad", "raw-x",
           "1 − x² is right only if x already holds tanh(x).",
           "def tanh_grad(x):\n    x = np.asarray(x, dtype=float)\n    return 1 - x ** 2\n"),
    Answer("tanh_grad", "half-sigmoid-route",
           "tanh(x) = 2σ(2x) − 1 gives tanh′ = 4σ′(2x), not 2σ′(2x).",
           "def tanh_grad(x):\n    return 2 * sigmoid_grad(2 * np.asarray(x, dtype=float))\n"),
    Answer("tanh_grad", "square-of-difference",
           "1 − tanh², not (1 − tanh)².",
           "def tanh_grad(x):\n    return (1 - np.tanh(np.asarray(x, dtype=float))) ** 2\n"),
    Answer("tanh_grad", "sigmoid-form",
           "tanh′ is 1 − tanh²; tanh·(1 − tanh) is the sigmoid's pattern.",
           "def tanh_grad(x):\n    t = np.tanh(np.asarray(x, dtype=float))\n    return t * (1 - t)\n"),
    # --- relu -------------------------------------------------------------------------------
    Answer("relu", "in-place",
           "“Do not modify x in place.”",
           "def relu(x):\n    if np.ndim(x) == 0:\n        return np.maximum(0.0, x)\n"
           "    x = np.asarray(x)\n    x[x < 0] = 0\n    return x\n"),
    Answer("relu", "asarray-in-place",
           "“Do not modify x in place”: asarray of a float array is the caller's array.",
           "def relu(x):\n    out = np.asarray(x, dtype=float)\n    if out.ndim == 0:\n        return np.maximum(out, 0.0)\n"
           "    out[out < 0] = 0.0\n    return out\n"),
    Answer("relu", "leaky",
           "relu(x) = max(0, x): negative inputs give 0, not 0.01·x.",
           "def relu(x):\n    x = np.asarray(x, dtype=float)\n    return np.maximum(x, 0.01 * x)\n"),
    Answer("relu", "abs",
           "max(0, x), not |x|.",
           "def relu(x):\n    return np.abs(np.asarray(x, dtype=float))\n"),
    Answer("relu", "flattened",
           "“same shape out”.",
           "def relu(x):\n    return np.maximum(np.ravel(np.asarray(x, dtype=float)), 0)\n"),
    # --- relu_grad --------------------------------------------------------------------------
    Answer("relu_grad", "one-at-zero",
           "“relu′(0) = 0”.",
           "def relu_grad(x):\n    return np.where(np.asarray(x) >= 0, 1.0, 0.0)\n"),
    Answer("relu_grad", "sign",
           "The slope is 0 for x < 0, not −1.",
           "def relu_grad(x):\n    return np.sign(np.asarray(x, dtype=float))\n"),
    Answer("relu_grad", "heaviside-one",
           "np.heaviside(x, 1) sets the value at 0 to 1; relu′(0) = 0.",
           "def relu_grad(x):\n    return np.heaviside(np.asarray(x, dtype=float), 1.0)\n"),
    Answer("relu_grad", "ratio",
           "relu(x)/x is 0/0 = NaN (with a warning) at x = 0.",
           "def relu_grad(x):\n    x = np.asarray(x, dtype=float)\n    with np.errstate(invalid='ignore', divide='ignore'):\n"
           "        return relu(x) / x\n"),
    Answer("relu_grad", "boolean",
           "A derivative is a number 0 or 1 per entry: a boolean mask (True/False) is a mask, "
           "and −mask or mask − mask fail.",
           "def relu_grad(x):\n    return np.asarray(x) > 0\n"),
    Answer("relu_grad", "in-place",
           "Elementwise derivative: overwriting the caller's x with it changes their data.",
           "def relu_grad(x):\n    x = np.asarray(x, dtype=float)\n    if x.ndim == 0:\n        return (x > 0) * 1.0\n"
           "    x[:] = x > 0\n    return x\n"),
    # --- generalized_relu -------------------------------------------------------------------
    Answer("generalized_relu", "maximum-form",
           "“np.maximum(x, alpha * x) agrees with it only when α ≤ 1”.",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n    return np.maximum(x, alpha * x)\n"),
    Answer("generalized_relu", "minus-alpha",
           "max(0, x) + α·min(0, x), not minus.",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n"
           "    return np.maximum(0, x) - alpha * np.minimum(0, x)\n"),
    Answer("generalized_relu", "int-buffer",
           "α·x for negative x is not an integer: an int copy truncates it.",
           "def generalized_relu(x, alpha):\n    out = np.array(x)\n    if out.ndim == 0:\n"
           "        return out * (1 if out > 0 else alpha)\n    out[out < 0] = out[out < 0] * alpha\n    return out\n"),
    Answer("generalized_relu", "alpha-on-positive",
           "α scales the negative part only.",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n    return np.where(x > 0, alpha * x, x)\n"),
    Answer("generalized_relu", "clamped-alpha",
           "“Follow the formula for every α”: α is not clipped to [0, 1].",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n    a = min(max(alpha, 0.0), 1.0)\n"
           "    return np.maximum(0, x) + a * np.minimum(0, x)\n"),
    Answer("generalized_relu", "in-place",
           "Same rule as relu: the caller's x is not modified.",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n    if x.ndim == 0:\n"
           "        return np.maximum(0, x) + alpha * np.minimum(0, x)\n    x[x < 0] *= alpha\n    return x\n"),
    # --- generalized_relu_grad --------------------------------------------------------------
    Answer("generalized_relu_grad", "right-slope-at-zero",
           "“at x = 0 the left-hand slope”: α, not 1.",
           "def generalized_relu_grad(x, alpha):\n    return np.where(np.asarray(x) >= 0, 1.0, float(alpha))\n"),
    Answer("generalized_relu_grad", "zero-at-zero",
           "At x = 0 the left-hand slope α, not 0 (0 is right only for α = 0).",
           "def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, dtype=float)\n"
           "    return (x > 0) * 1.0 + alpha * (x < 0)\n"),
    Answer("generalized_relu_grad", "grad-wrt-alpha",
           "The derivative with respect to x, not ∂f/∂α = min(0, x).",
           "def generalized_relu_grad(x, alpha):\n    return np.minimum(0, np.asarray(x, dtype=float))\n"),
    Answer("generalized_relu_grad", "maximum-slope",
           "Slope of the np.maximum(x, αx) form is wrong for α > 1 (the text's warning).",
           "def generalized_relu_grad(x, alpha):\n    x = np.asarray(x, dtype=float)\n"
           "    return np.where(x > alpha * x, 1.0, float(alpha))\n"),
    Answer("generalized_relu_grad", "abs-alpha",
           "For x < 0 the slope is α itself; |α| is wrong for α = −1 (absolute value: slope −1).",
           "def generalized_relu_grad(x, alpha):\n    return np.where(np.asarray(x) > 0, 1.0, abs(alpha))\n"),
    # --- chain_gradient ---------------------------------------------------------------------
    Answer("chain_gradient", "power-of-first",
           "f′(x0) f′(a1) ⋯: each factor at its own point, not f′(x0)^L.",
           "def chain_gradient(x0, depth, activation):\n"
           "    df = {'sigmoid': sigmoid_grad, 'tanh': tanh_grad, 'relu': relu_grad}[activation]\n"
           "    return np.asarray(df(np.asarray(x0, float)), float) ** depth\n"),
    Answer("chain_gradient", "slope-at-output",
           "The factors are f′(x0), …, f′(a_{L−1}): this takes them at a1, …, a_L.",
           _chain("    g = np.ones_like(a)\n    for _ in range(depth):\n        a = f(a)\n        g = g * df(a)\n    return g\n")),
    Answer("chain_gradient", "one-extra",
           "depth factors: this multiplies depth + 1.",
           _chain("    g = np.ones_like(a)\n    for _ in range(depth + 1):\n        g = g * df(a)\n        a = f(a)\n    return g\n")),
    Answer("chain_gradient", "depth-zero",
           "“depth: an int >= 0”: zero applications is the identity, slope 1.",
           _chain("    g = np.zeros_like(a) if depth == 0 else np.ones_like(a)\n    for _ in range(depth):\n"
                  "        g = g * df(a)\n        a = f(a)\n    return g\n")),
    Answer("chain_gradient", "python-float",
           "“Returns an array shaped like x0”.",
           _chain("    g = np.ones_like(a)\n    for _ in range(depth):\n        g = g * df(a)\n        a = f(a)\n"
                  "    return float(g) if g.ndim == 0 else g\n")),
    Answer("chain_gradient", "int-input",
           "x0 is a number: an int x0 keeps an int buffer and the in-place product fails.",
           "def chain_gradient(x0, depth, activation):\n"
           "    f, df = {'sigmoid': (sigmoid, sigmoid_grad), 'tanh': (np.tanh, tanh_grad),\n"
           "             'relu': (relu, relu_grad)}[activation]\n"
           "    a = np.asarray(x0)\n    g = np.ones_like(a)\n    for _ in range(depth):\n"
           "        g *= df(a)\n        a = f(a)\n    return g\n"),
    Answer("chain_gradient", "quarter-bound",
           "Return the actual product of slopes, not the 4^(−L) bound.",
           "def chain_gradient(x0, depth, activation):\n    a = np.asarray(x0, dtype=float)\n"
           "    if activation == 'sigmoid':\n        return np.full_like(a, 0.25 ** depth)\n"
           "    f, df = {'tanh': (np.tanh, tanh_grad), 'relu': (relu, relu_grad)}[activation]\n"
           "    g = np.ones_like(a)\n    for _ in range(depth):\n        g = g * df(a)\n        a = f(a)\n    return g\n"),
]

RIGHT = [
    Answer("sigmoid", "exp-minus-abs", "The text's two branches with z = e^(−|x|).", STABLE),
    Answer("sigmoid", "tanh-form",
           "σ(x) = (1 + tanh(x/2))/2 never overflows.",
           "def sigmoid(x):\n    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float))))\n"),
    Answer("sigmoid_grad", "s-one-minus-s",
           "σ(1 − σ).",
           "def sigmoid_grad(x):\n    s = sigmoid(x)\n    return s * (1 - s)\n"),
    Answer("sigmoid_grad", "s-times-s-minus",
           "σ(x)·σ(−x) = σ(1 − σ).",
           "def sigmoid_grad(x):\n    x = np.asarray(x, dtype=float)\n    return sigmoid(x) * sigmoid(-x)\n"),
    Answer("tanh_grad", "one-minus-square",
           "1 − tanh².",
           "def tanh_grad(x):\n    return 1.0 - np.tanh(np.asarray(x, dtype=float)) ** 2\n"),
    Answer("tanh_grad", "sigmoid-route",
           "4σ′(2x).",
           "def tanh_grad(x):\n    return 4 * sigmoid_grad(2 * np.asarray(x, dtype=float))\n"),
    Answer("relu", "maximum",
           "np.maximum makes a new array.",
           "def relu(x):\n    return np.maximum(0.0, np.asarray(x, dtype=float))\n"),
    Answer("relu", "where",
           "np.where(x > 0, x, 0).",
           "def relu(x):\n    x = np.asarray(x)\n    return np.where(x > 0, x, 0)\n"),
    Answer("relu_grad", "where",
           "1 where x > 0, else 0.",
           "def relu_grad(x):\n    return np.where(np.asarray(x) > 0, 1.0, 0.0)\n"),
    Answer("relu_grad", "heaviside-zero",
           "np.heaviside(x, 0).",
           "def relu_grad(x):\n    return np.heaviside(np.asarray(x, dtype=float), 0.0)\n"),
    Answer("generalized_relu", "formula",
           "max(0, x) + α·min(0, x).",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n"
           "    return np.maximum(0.0, x) + alpha * np.minimum(0.0, x)\n"),
    Answer("generalized_relu", "where",
           "np.where(x > 0, x, αx) is the same for every α.",
           "def generalized_relu(x, alpha):\n    x = np.asarray(x, dtype=float)\n    return np.where(x > 0, x, alpha * x)\n"),
    Answer("generalized_relu_grad", "where",
           "1 for x > 0, α for x ≤ 0.",
           "def generalized_relu_grad(x, alpha):\n    return np.where(np.asarray(x) > 0, 1.0, float(alpha))\n"),
    Answer("chain_gradient", "loop",
           "Product of slopes along the way.",
           _chain("    g = np.ones_like(a)\n    for _ in range(depth):\n        g = g * df(a)\n        a = f(a)\n"
                  "    return np.asarray(g)\n")),
    Answer("chain_gradient", "collect-then-prod",
           "Collect the points, then multiply the slopes.",
           _chain("    points = []\n    for _ in range(depth):\n        points.append(a)\n        a = f(a)\n"
                  "    g = np.ones_like(np.asarray(x0, dtype=float))\n    for p in points:\n        g = g * df(p)\n    return np.asarray(g)\n")),
]
