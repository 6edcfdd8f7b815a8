"""Lesson 04 — activation functions: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A

_CHAIN_OK = """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        g = g * df(a)
        a = f(a)
    out = np.asarray(g, dtype=float)
    return out if out.ndim else float(out)
"""

WRONG = [
    # --- sigmoid --------------------------------------------------------------------------------
    A("sigmoid", "naive-overflows", "'gives no warning, inf or NaN for |x| up to 10⁴': exp(-x) overflows for x = -10⁴", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    return 1 / (1 + np.exp(-x))
"""),
    A("sigmoid", "naive-errstate", "the text asks never to compute the exponential of a large positive number; errstate only hides the overflow", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))
"""),
    A("sigmoid", "other-form-nan", "e^x / (1 + e^x) gives inf/inf = NaN for large positive x", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    return np.exp(x) / (1 + np.exp(x))
"""),
    A("sigmoid", "where-both-branches", "np.where evaluates both branches, so exp overflows anyway: warnings", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))
"""),
    A("sigmoid", "clip-at-ten", "clipping x to [-10, 10] changes the value: σ(20) is not σ(10)", """
def sigmoid(x):
    x = np.clip(np.asarray(x, dtype=float), -10, 10)
    return 1 / (1 + np.exp(-x))
"""),
    A("sigmoid", "rejects-lists", "'x: a number, a list or an array': a list >= 0 raises TypeError", """
def sigmoid(x):
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + z), z / (1 + z))
"""),
    A("sigmoid", "int-output-buffer", "values in [0, 1]: zeros_like of an int input truncates them to 0 or 1", """
def sigmoid(x):
    x = np.asarray(x)
    out = np.zeros_like(x)
    pos = x >= 0
    z = np.exp(-np.abs(x))
    out[pos] = 1 / (1 + z[pos])
    out[~pos] = z[~pos] / (1 + z[~pos])
    return out
"""),
    A("sigmoid", "branches-swapped", "for x < 0, σ = z/(1+z); 1/(1+z) there is σ(-x)", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, z / (1 + z), 1 / (1 + z))
"""),
    A("sigmoid", "flattens", "'an array of the same shape': a loop over ravel returns a flat array", """
def sigmoid(x):
    out = []
    for v in np.ravel(np.asarray(x, dtype=float)):
        z = np.exp(-abs(v))
        out.append(1 / (1 + z) if v >= 0 else z / (1 + z))
    return np.array(out)
"""),
    A("sigmoid", "math-exp", "math.exp works on one number: arrays fail, and it overflows with an error", """
import math
def sigmoid(x):
    return 1 / (1 + math.exp(-x))
"""),
    A("sigmoid", "missing-one", "for x < 0, σ = z/(1 + z), not z", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + z), z)
"""),
    # --- sigmoid_grad ---------------------------------------------------------------------------
    A("sigmoid_grad", "x-one-minus-x", "'x * (1 - x) is right only if x already holds σ(x)': 0 at x = 0", """
def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return x * (1 - x)
"""),
    A("sigmoid_grad", "mixed", "σ(x)(1 - x): the second factor must be 1 - σ(x)", """
def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * (1 - x)
"""),
    A("sigmoid_grad", "exp-form-nan", "e^(-x)/(1+e^(-x))² is inf/inf = NaN for large negative x; use the form with your sigmoid", """
def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return np.exp(-x) / (1 + np.exp(-x)) ** 2
"""),
    A("sigmoid_grad", "one-minus-square", "1 - σ² is not σ(1 - σ)", """
def sigmoid_grad(x):
    return 1 - sigmoid(x) ** 2
"""),
    A("sigmoid_grad", "one-plus", "σ(1 + σ): sign slip", """
def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 + s)
"""),
    A("sigmoid_grad", "at-sigma", "'the derivative dσ/dx at x (not at σ(x))': applies σ twice", """
def sigmoid_grad(x):
    s = sigmoid(sigmoid(x))
    return s * (1 - s)
"""),
    A("sigmoid_grad", "numerical-slope", "'using the form you derived and your sigmoid': a measured slope is not the derived form", """
def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    h = 1e-5
    return (sigmoid(x + h) - sigmoid(x - h)) / (2 * h)
"""),
    A("sigmoid_grad", "naive-sigmoid-inline", "'using ... your sigmoid': the naive inline sigmoid overflows with warnings", """
def sigmoid_grad(x):
    s = 1 / (1 + np.exp(-np.asarray(x, dtype=float)))
    return s * (1 - s)
"""),
    A("sigmoid_grad", "quarter-constant", "σ'(0) = ¼ is the largest value, not the value everywhere", """
def sigmoid_grad(x):
    return np.full_like(np.asarray(x, dtype=float), 0.25)
"""),
    # --- tanh_grad ------------------------------------------------------------------------------
    A("tanh_grad", "missing-square", "tanh' = 1 - tanh², not 1 - tanh", """
def tanh_grad(x):
    return 1 - np.tanh(x)
"""),
    A("tanh_grad", "raw-input", "1 - x² uses the input, not tanh(x)", """
def tanh_grad(x):
    x = np.asarray(x, dtype=float)
    return 1 - x ** 2
"""),
    A("tanh_grad", "sigmoid-shape", "tanh(1 - tanh) copies the sigmoid's form", """
def tanh_grad(x):
    t = np.tanh(x)
    return t * (1 - t)
"""),
    A("tanh_grad", "chain-factor-two", "d/dx [2σ(2x) - 1] = 4σ'(2x), not 2σ'(2x)", """
def tanh_grad(x):
    return 2 * sigmoid_grad(2 * np.asarray(x, dtype=float))
"""),
    A("tanh_grad", "formula-tanh-nan", "tanh by (e^x - e^-x)/(e^x + e^-x) is NaN for large |x|; np.tanh is stable", """
def tanh_grad(x):
    x = np.asarray(x, dtype=float)
    t = (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))
    return 1 - t ** 2
"""),
    A("tanh_grad", "plus-sign", "1 + tanh²: sign slip", """
def tanh_grad(x):
    return 1 + np.tanh(x) ** 2
"""),
    A("tanh_grad", "np-gradient", "np.gradient differentiates samples along an axis, not tanh at each x", """
def tanh_grad(x):
    x = np.asarray(x, dtype=float)
    return np.gradient(np.tanh(x))
"""),
    A("tanh_grad", "sigmoid-grad-reused", "tanh' is not σ'", """
def tanh_grad(x):
    return sigmoid_grad(x)
"""),
    # --- relu -----------------------------------------------------------------------------------
    A("relu", "in-place", "'Do not modify x in place'", """
def relu(x):
    x = np.asarray(x)
    x[x < 0] = 0
    return x
"""),
    A("relu", "np-max-reduces", "np.max(x, 0) reduces along axis 0 instead of comparing with 0", """
def relu(x):
    return np.max(x, 0)
"""),
    A("relu", "builtin-max", "Python's max(0, x) fails on arrays: 'same shape out'", """
def relu(x):
    return max(0, x)
"""),
    A("relu", "rejects-lists", "'x: number, list or array': a list > 0 raises TypeError", """
def relu(x):
    return np.where(x > 0, x, 0)
"""),
    A("relu", "returns-mask", "relu(x) is max(0, x), not the mask x > 0", """
def relu(x):
    return (np.asarray(x) > 0).astype(float)
"""),
    A("relu", "leaky", "ReLU is 0 for x < 0, not 0.01 x", """
def relu(x):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, 0.01 * x)
"""),
    A("relu", "abs", "|x| is not max(0, x)", """
def relu(x):
    return np.abs(x)
"""),
    A("relu", "flattens", "'same shape out': a loop over ravel loses the shape", """
def relu(x):
    return np.array([max(0.0, v) for v in np.ravel(np.asarray(x, dtype=float))])
"""),
    A("relu", "clip-out-in-place", "'Do not modify x in place': clip(out=x)", """
def relu(x):
    x = np.asarray(x, dtype=float)
    return np.clip(x, 0, None, out=x)
"""),
    # --- relu_grad ------------------------------------------------------------------------------
    A("relu_grad", "one-at-zero", "'with relu′(0) = 0': x >= 0 gives 1 at 0", """
def relu_grad(x):
    return np.where(np.asarray(x) >= 0, 1.0, 0.0)
"""),
    A("relu_grad", "heaviside-half", "relu′(0) = 0, not ½", """
def relu_grad(x):
    return np.heaviside(x, 0.5)
"""),
    A("relu_grad", "np-sign", "the slope for x < 0 is 0, not -1", """
def relu_grad(x):
    return np.sign(x)
"""),
    A("relu_grad", "returns-relu", "returns relu(x), not its derivative", """
def relu_grad(x):
    return relu(x)
"""),
    A("relu_grad", "divide", "relu(x)/x is NaN at 0 with a warning", """
def relu_grad(x):
    x = np.asarray(x, dtype=float)
    return relu(x) / x
"""),
    A("relu_grad", "in-place", "'Do not modify x in place'", """
def relu_grad(x):
    x = np.asarray(x)
    x[x > 0] = 1
    x[x <= 0] = 0
    return x
"""),
    A("relu_grad", "scalar-only", "'elementwise': an if on an array raises", """
def relu_grad(x):
    return 1.0 if x > 0 else 0.0
"""),
    A("relu_grad", "heaviside-one", "np.heaviside(x, 1) is 1 at 0; relu′(0) = 0", """
def relu_grad(x):
    return np.heaviside(x, 1.0)
"""),
    # --- generalized_relu -----------------------------------------------------------------------
    A("generalized_relu", "maximum-alpha-x", "'np.maximum(x, alpha * x) agrees with it only when α ≤ 1'", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, alpha * x)
"""),
    A("generalized_relu", "alpha-swapped", "α scales the negative part, not the positive part", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return alpha * np.maximum(0, x) + np.minimum(0, x)
"""),
    A("generalized_relu", "alpha-constant", "for x < 0 the output is α·x, not α", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha)
"""),
    A("generalized_relu", "positive-part-of-minus-x", "α·max(0, -x) = -α·min(0, x): the sign of the negative part flips", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.maximum(0, x) + alpha * np.maximum(0, -x)
"""),
    A("generalized_relu", "int-truncation", "out[...] *= alpha on a copy of an int input truncates α·x", """
def generalized_relu(x, alpha):
    x = np.asarray(x)
    out = x.copy()
    out[x < 0] = out[x < 0] * alpha
    return out
"""),
    A("generalized_relu", "rejects-lists", "'x: number, list or array': a list > 0 raises TypeError", """
def generalized_relu(x, alpha):
    return np.where(x > 0, x, alpha * np.asarray(x, dtype=float))
"""),
    A("generalized_relu", "fixed-leak", "ignores alpha: a leak of 0.01 for every α", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.maximum(0, x) + 0.01 * np.minimum(0, x)
"""),
    A("generalized_relu", "abs-for-negative-alpha", "'Follow the formula for every α': special-casing α < 0 as |x|", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    if alpha < 0:
        return np.abs(x)
    return np.maximum(0, x) + alpha * np.minimum(0, x)
"""),
    # --- generalized_relu_grad ------------------------------------------------------------------
    A("generalized_relu_grad", "right-slope-at-zero", "'at x = 0 the left-hand slope' is α; x >= 0 gives 1", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1.0, alpha)
"""),
    A("generalized_relu_grad", "ignores-alpha", "the slope for x < 0 is α, not 0", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, 0.0)
"""),
    A("generalized_relu_grad", "zero-at-zero", "(x > 0) + α(x < 0) is 0 at x = 0, where the left-hand slope is α", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return (x > 0) * 1.0 + alpha * (x < 0)
"""),
    A("generalized_relu_grad", "d-by-alpha", "∂f/∂α = min(0, x) is the PReLU gradient, not ∂f/∂x", """
def generalized_relu_grad(x, alpha):
    return np.minimum(0, np.asarray(x, dtype=float))
"""),
    A("generalized_relu_grad", "maximum-derivative", "the derivative of np.maximum(x, αx) is wrong for α > 1", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x >= alpha * x, 1.0, alpha)
"""),
    A("generalized_relu_grad", "returns-function", "returns f(x), not f'(x)", """
def generalized_relu_grad(x, alpha):
    return generalized_relu(x, alpha)
"""),
    A("generalized_relu_grad", "minus-alpha", "the slope for x < 0 is α, not -α", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, -alpha)
"""),
    A("generalized_relu_grad", "alpha-times-x", "the slope is α, not α·x", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * x)
"""),
    A("generalized_relu_grad", "scalar-only", "'elementwise': an if on an array raises", """
def generalized_relu_grad(x, alpha):
    return 1.0 if x > 0 else alpha
"""),
    # --- chain_gradient -------------------------------------------------------------------------
    A("chain_gradient", "slope-at-x0-only", "f'(x0)·f'(a1)⋯: this multiplies f'(x0) depth times", """
def chain_gradient(x0, depth, activation):
    df = {"sigmoid": sigmoid_grad, "tanh": tanh_grad, "relu": relu_grad}[activation]
    return df(np.asarray(x0, dtype=float)) ** depth
"""),
    A("chain_gradient", "update-before-slope", "the slopes are at x0, a1, …, a(L-1); this takes them at a1, …, aL", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        a = f(a)
        g = g * df(a)
    return g
"""),
    A("chain_gradient", "depth-zero-slope", "'depth: an int >= 0': with no layer out = x0 and the derivative is 1", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = df(a)
    a = f(a)
    for _ in range(depth - 1):
        g = g * df(a)
        a = f(a)
    return g
"""),
    A("chain_gradient", "depth-zero-zero", "depth 0: out = x0, so d(out)/d(x0) = 1, not 0", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = np.zeros_like(a) if depth == 0 else np.ones_like(a)
    for _ in range(depth):
        g = g * df(a)
        a = f(a)
    return g
"""),
    A("chain_gradient", "bound-not-gradient", "returns the bound 4^(-L) for the sigmoid, not the gradient", """
def chain_gradient(x0, depth, activation):
    a = np.asarray(x0, dtype=float)
    if activation == "sigmoid":
        return np.full_like(a, 0.25 ** depth)
    f, df = {"tanh": (np.tanh, tanh_grad), "relu": (relu, relu_grad)}[activation]
    g = np.ones_like(a)
    for _ in range(depth):
        g = g * df(a)
        a = f(a)
    return g
"""),
    A("chain_gradient", "sum-not-product", "the chain rule multiplies the local slopes; this adds them", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = np.zeros_like(a)
    for _ in range(depth):
        g = g + df(a)
        a = f(a)
    return g if depth else np.ones_like(a)
"""),
    A("chain_gradient", "tanh-raw-input", "tanh'(a) = 1 - tanh(a)², not 1 - a²", """
def chain_gradient(x0, depth, activation):
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        if activation == "sigmoid":
            g = g * sigmoid_grad(a)
            a = sigmoid(a)
        elif activation == "tanh":
            g = g * (1 - a ** 2)
            a = np.tanh(a)
        else:
            g = g * relu_grad(a)
            a = relu(a)
    return g
"""),
    A("chain_gradient", "relu-one-at-zero", "relu'(0) = 0: a chain from x0 = 0 passes 0", """
def chain_gradient(x0, depth, activation):
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        if activation == "relu":
            g = g * (a >= 0)
            a = relu(a)
        elif activation == "tanh":
            g = g * tanh_grad(a)
            a = np.tanh(a)
        else:
            g = g * sigmoid_grad(a)
            a = sigmoid(a)
    return g
"""),
    A("chain_gradient", "int-in-place", "an int array x0 makes an int g, and g *= float slopes raises", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0)
    g = np.ones_like(a)
    for _ in range(depth):
        g *= df(a)
        a = f(a)
    return g
"""),
    A("chain_gradient", "output-formula-too-early", "a(1 - a) is σ' only once a holds σ of the previous value", """
def chain_gradient(x0, depth, activation):
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        if activation == "sigmoid":
            g = g * a * (1 - a)
            a = sigmoid(a)
        elif activation == "tanh":
            g = g * tanh_grad(a)
            a = np.tanh(a)
        else:
            g = g * relu_grad(a)
            a = relu(a)
    return g
"""),
    A("chain_gradient", "number-only", "'elementwise if x0 is an array': float() of an array raises", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a, g = float(x0), 1.0
    for _ in range(depth):
        g *= float(df(a))
        a = float(f(a))
    return np.array(g)
"""),
    A("chain_gradient", "one-layer-too-many", "'depth applications of f': range(depth + 1) applies one more", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth + 1):
        g = g * df(a)
        a = f(a)
    return g
"""),
    A("chain_gradient", "per-layer-list", "'Returns an array shaped like x0': a list of the local slopes is not d(out)/d(x0)", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    a = np.asarray(x0, dtype=float)
    slopes = []
    for _ in range(depth):
        slopes.append(df(a))
        a = f(a)
    return slopes
"""),
]

RIGHT = [
    A("sigmoid", "two-branches-z", "both branches from z = e^(-|x|)", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    out = np.where(x >= 0, 1 / (1 + z), z / (1 + z))
    return out if out.ndim else float(out)
"""),
    A("sigmoid", "masks", "boolean masks into a float buffer", """
def sigmoid(x):
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1 / (1 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1 + e)
    return out if out.ndim else float(out)
"""),
    A("sigmoid", "tanh-identity", "σ(x) = (1 + tanh(x/2)) / 2, np.tanh is stable", """
def sigmoid(x):
    return 0.5 * (1 + np.tanh(0.5 * np.asarray(x, dtype=float)))
"""),
    A("sigmoid", "logaddexp", "σ(x) = exp(-log(1 + e^(-x))) with the stable logaddexp", """
def sigmoid(x):
    out = np.exp(-np.logaddexp(0.0, -np.asarray(x, dtype=float)))
    return out if out.ndim else float(out)
"""),
    A("sigmoid_grad", "sigma-one-minus-sigma", "σ(x)(1 - σ(x))", """
def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 - s)
"""),
    A("sigmoid_grad", "sigma-times-sigma-minus", "1 - σ(x) = σ(-x)", """
def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * sigmoid(-x)
"""),
    A("tanh_grad", "one-minus-square", "1 - tanh²", """
def tanh_grad(x):
    return 1 - np.tanh(x) ** 2
"""),
    A("tanh_grad", "via-sigmoid", "4σ'(2x)", """
def tanh_grad(x):
    return 4 * sigmoid_grad(2 * np.asarray(x, dtype=float))
"""),
    A("tanh_grad", "factored", "(1 - tanh)(1 + tanh)", """
def tanh_grad(x):
    t = np.tanh(np.asarray(x, dtype=float))
    return (1 - t) * (1 + t)
"""),
    A("relu", "maximum", "np.maximum(0, x)", """
def relu(x):
    out = np.maximum(0.0, np.asarray(x, dtype=float))
    return out if out.ndim else float(out)
"""),
    A("relu", "where-float", "np.where on an array copy", """
def relu(x):
    x = np.asarray(x, dtype=float)
    out = np.where(x > 0, x, 0.0)
    return out if out.ndim else float(out)
"""),
    A("relu", "clip", "np.clip from 0", """
def relu(x):
    out = np.clip(np.asarray(x, dtype=float), 0, None)
    return out if out.ndim else float(out)
"""),
    A("relu", "abs-half", "(x + |x|) / 2", """
def relu(x):
    x = np.asarray(x, dtype=float)
    return (x + np.abs(x)) / 2
"""),
    A("relu_grad", "where", "1 where x > 0", """
def relu_grad(x):
    out = np.where(np.asarray(x) > 0, 1.0, 0.0)
    return out if out.ndim else float(out)
"""),
    A("relu_grad", "astype", "(x > 0) as floats", """
def relu_grad(x):
    return (np.asarray(x) > 0).astype(float)
"""),
    A("relu_grad", "heaviside-zero", "np.heaviside with 0 at 0", """
def relu_grad(x):
    return np.heaviside(np.asarray(x, dtype=float), 0.0)
"""),
    A("generalized_relu", "formula", "max(0, x) + α min(0, x)", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.maximum(0, x) + alpha * np.minimum(0, x)
"""),
    A("generalized_relu", "where", "x where x > 0, α x elsewhere", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    out = np.where(x > 0, x, alpha * x)
    return out if out.ndim else float(out)
"""),
    A("generalized_relu", "relu-reuse", "relu(x) - α relu(-x)", """
def generalized_relu(x, alpha):
    x = np.asarray(x, dtype=float)
    return relu(x) - alpha * relu(-x)
"""),
    A("generalized_relu_grad", "where", "1 for x > 0, α for x <= 0", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    out = np.where(x > 0, 1.0, alpha)
    return out if out.ndim else float(out)
"""),
    A("generalized_relu_grad", "masks-sum", "(x > 0) + α (x <= 0)", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    out = np.asarray((x > 0) + alpha * (x <= 0), dtype=float)
    return out if out.ndim else float(out)
"""),
    A("generalized_relu_grad", "select", "np.select on the two sides", """
def generalized_relu_grad(x, alpha):
    x = np.asarray(x, dtype=float)
    out = np.select([x > 0], [np.ones_like(x)], default=alpha * np.ones_like(x))
    return out if out.ndim else float(out)
"""),
    A("chain_gradient", "loop", "slope first, then apply", _CHAIN_OK),
    A("chain_gradient", "output-form", "apply first, then a(1 - a) / 1 - a² / a > 0 from the new value", """
def chain_gradient(x0, depth, activation):
    a = np.array(x0, dtype=float)
    g = np.ones_like(a)
    for _ in range(depth):
        if activation == "sigmoid":
            a = sigmoid(a)
            g = g * a * (1 - a)
        elif activation == "tanh":
            a = np.tanh(a)
            g = g * (1 - a ** 2)
        elif activation == "relu":
            g = g * relu_grad(a)
            a = relu(a)
    out = np.asarray(g, dtype=float)
    return out if out.ndim else float(out)
"""),
    A("chain_gradient", "recursive", "recursion on depth", """
def chain_gradient(x0, depth, activation):
    f, df = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}[activation]
    x0 = np.asarray(x0, dtype=float)
    if depth == 0:
        out = np.ones_like(x0)
    else:
        out = np.asarray(df(x0) * chain_gradient(f(x0), depth - 1, activation), dtype=float)
    return out if out.ndim else float(out)
"""),
    A("relu", "times-mask", "x · [x > 0] (−0.0 for negatives equals 0)", """
def relu(x):
    x = np.asarray(x, dtype=float)
    return x * (x > 0)
"""),
]
