"""Lesson 05 — backpropagation: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A

_ADD = """
class AddGate:
    def forward(self, x, y):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return x + y
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout, dout
"""
_MUL = """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x * self.y
    def backward(self, dout):
        return dout * self.y, dout * self.x
"""
_MAX = """
class MaxGate:
    def forward(self, x, y):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.x_wins = x >= y
        return np.where(self.x_wins, x, y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return np.where(self.x_wins, dout, 0.0), np.where(self.x_wins, 0.0, dout)
"""
_EXP = """
class ExpGate:
    def forward(self, x):
        self.out = np.exp(np.asarray(x, dtype=float))
        return self.out
    def backward(self, dout):
        return dout * self.out
"""
_REC = """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return -dout / self.x ** 2
"""
_SIG = """
class SigmoidGate:
    def forward(self, x):
        self.out = sigmoid(np.asarray(x, dtype=float))
        return self.out
    def backward(self, dout):
        return dout * self.out * (1 - self.out)
"""


def _neuron(body: str) -> str:
    return "def neuron_forward_backward(w, x):\n" + body


def _two_layer(body: str) -> str:
    return "def two_layer_loss_and_grads(params, X, y):\n" + body


_TWO_LAYER_OK = """    h_aff, c1 = affine_forward(X, params["W1"], params["b1"])
    h, c2 = sigmoid_forward(h_aff)
    o_aff, c3 = affine_forward(h, params["W2"], params["b2"])
    out, c4 = sigmoid_forward(o_aff)
    loss, dout = mse_loss(out, y)
    do_aff = sigmoid_backward(dout, c4)
    dh, dW2, db2 = affine_backward(do_aff, c3)
    dh_aff = sigmoid_backward(dh, c2)
    _, dW1, db1 = affine_backward(dh_aff, c1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""

WRONG = [
    # --- AddGate --------------------------------------------------------------------------------
    A("AddGate", "lists-concatenate", "'Use np.asarray(..., dtype=float) so that numbers and lists work': list + list concatenates", """
class AddGate:
    def forward(self, x, y):
        return x + y
    def backward(self, dout):
        return dout, dout
"""),
    A("AddGate", "single-gradient", "'a tuple (dx, dy) for the two-input gates'", """
class AddGate:
    def forward(self, x, y):
        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
    def backward(self, dout):
        return np.asarray(dout, dtype=float)
"""),
    A("AddGate", "ones-not-dout", "'add distributes': dx = dout, not the local gradient 1", """
class AddGate:
    def forward(self, x, y):
        self.shape = np.shape(np.asarray(x, dtype=float) + np.asarray(y, dtype=float))
        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
    def backward(self, dout):
        return np.ones(self.shape), np.ones(self.shape)
"""),
    A("AddGate", "subtract-slip", "dy = dout, not -dout", """
class AddGate:
    def forward(self, x, y):
        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout, -dout
"""),
    A("AddGate", "halved", "both inputs get the whole upstream gradient, not half each", """
class AddGate:
    def forward(self, x, y):
        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout / 2, dout / 2
"""),
    # --- MultiplyGate ---------------------------------------------------------------------------
    A("MultiplyGate", "no-swap", "'multiply swaps': dx = dout·y, not dout·x", """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x * self.y
    def backward(self, dout):
        return dout * self.x, dout * self.y
"""),
    A("MultiplyGate", "forgets-dout", "downstream = upstream × local: dout is missing", """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x * self.y
    def backward(self, dout):
        return self.y, self.x
"""),
    A("MultiplyGate", "rejects-lists", "'so that numbers and lists work too': list * list raises", """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y
    def backward(self, dout):
        return dout * np.asarray(self.y, dtype=float), dout * np.asarray(self.x, dtype=float)
"""),
    A("MultiplyGate", "modifies-input", "'never modify the inputs': x *= y changes the caller's array", """
class MultiplyGate:
    def forward(self, x, y):
        self.y = np.asarray(y, dtype=float)
        self.x = np.asarray(x, dtype=float).copy()
        out = np.asarray(x)
        out *= self.y
        return out
    def backward(self, dout):
        return dout * self.y, dout * self.x
"""),
    A("MultiplyGate", "caches-product", "backward needs x and y, not z: z/x fails where x = 0", """
class MultiplyGate:
    def forward(self, x, y):
        self.x = np.asarray(x, dtype=float)
        self.z = self.x * np.asarray(y, dtype=float)
        return self.z
    def backward(self, dout):
        return dout * self.z / self.x, dout * self.x
"""),
    # --- MaxGate --------------------------------------------------------------------------------
    A("MaxGate", "tie-to-y", "'On a tie (x == y) the gradient goes to x'", """
class MaxGate:
    def forward(self, x, y):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.x_wins = x > y
        return np.maximum(x, y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return np.where(self.x_wins, dout, 0.0), np.where(self.x_wins, 0.0, dout)
"""),
    A("MaxGate", "tie-split", "'exactly one input receives it': halves on a tie", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.maximum(self.x, self.y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        share = np.where(self.x > self.y, 1.0, np.where(self.x < self.y, 0.0, 0.5))
        return dout * share, dout * (1 - share)
"""),
    A("MaxGate", "tie-both", "'exactly one input receives it': both get dout on a tie", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.maximum(self.x, self.y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout * (self.x >= self.y), dout * (self.y >= self.x)
"""),
    A("MaxGate", "np-max-axis", "np.max(x, y) reads y as an axis: not the elementwise max", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.max(self.x, self.y)
    def backward(self, dout):
        return dout * (self.x >= self.y), dout * (self.x < self.y)
"""),
    A("MaxGate", "routes-value", "'max routes the gradient': the winner gets dout, not its own value", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.maximum(self.x, self.y)
    def backward(self, dout):
        win = self.x >= self.y
        return np.where(win, self.x, 0.0), np.where(win, 0.0, self.y)
"""),
    A("MaxGate", "python-max", "'elementwise': Python's max fails on arrays", """
class MaxGate:
    def forward(self, x, y):
        self.x_wins = x >= y
        return max(x, y)
    def backward(self, dout):
        return (dout, 0.0) if self.x_wins else (0.0, dout)
"""),
    # --- ExpGate --------------------------------------------------------------------------------
    A("ExpGate", "uses-input", "'exp: dx = dout·z, reuse the output', not dout·x", """
class ExpGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return np.exp(self.x)
    def backward(self, dout):
        return dout * self.x
"""),
    A("ExpGate", "forgets-dout", "downstream = upstream × local", """
class ExpGate:
    def forward(self, x):
        self.out = np.exp(np.asarray(x, dtype=float))
        return self.out
    def backward(self, dout):
        return self.out
"""),
    A("ExpGate", "math-exp", "'elementwise, on numbers and on arrays': math.exp takes one number", """
import math
class ExpGate:
    def forward(self, x):
        self.out = math.exp(x)
        return self.out
    def backward(self, dout):
        return dout * self.out
"""),
    A("ExpGate", "log-slip", "the derivative of e^x is e^x, not 1/x", """
class ExpGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return np.exp(self.x)
    def backward(self, dout):
        return dout / self.x
"""),
    # --- ReciprocalGate -------------------------------------------------------------------------
    A("ReciprocalGate", "sign", "'dx = −dout / x²': the minus is missing", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return dout / self.x ** 2
"""),
    A("ReciprocalGate", "not-squared", "-dout / x², not -dout / x", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return -dout / self.x
"""),
    A("ReciprocalGate", "output-not-squared", "with z = 1/x the local gradient is -z², not -z", """
class ReciprocalGate:
    def forward(self, x):
        self.out = 1.0 / np.asarray(x, dtype=float)
        return self.out
    def backward(self, dout):
        return -dout * self.out
"""),
    A("ReciprocalGate", "forgets-dout", "downstream = upstream × local", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return -1.0 / self.x ** 2
"""),
    A("ReciprocalGate", "int-input", "'Use np.asarray(..., dtype=float)': 1 // x on ints floors", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x)
        return 1 // self.x if self.x.dtype.kind == "i" else 1 / self.x
    def backward(self, dout):
        return -dout / self.x ** 2
"""),
    # --- SigmoidGate ----------------------------------------------------------------------------
    A("SigmoidGate", "input-form", "'Using the input there, x·(1 − x) … gives wrong gradients'", """
class SigmoidGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return sigmoid(self.x)
    def backward(self, dout):
        return dout * self.x * (1 - self.x)
"""),
    A("SigmoidGate", "naive-sigmoid", "'The sigmoid gate needs a stable sigmoid': 1/(1 + e^(-x)) overflows", """
class SigmoidGate:
    def forward(self, x):
        self.out = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
        return self.out
    def backward(self, dout):
        return dout * self.out * (1 - self.out)
"""),
    A("SigmoidGate", "forgets-dout", "dx = dout·z(1 − z)", """
class SigmoidGate:
    def forward(self, x):
        self.out = sigmoid(x)
        return self.out
    def backward(self, dout):
        return self.out * (1 - self.out)
"""),
    A("SigmoidGate", "one-minus-square", "z(1 − z), not 1 − z² (that is tanh's)", """
class SigmoidGate:
    def forward(self, x):
        self.out = sigmoid(x)
        return self.out
    def backward(self, dout):
        return dout * (1 - self.out ** 2)
"""),
    A("SigmoidGate", "four-gate-chain", "the four primitive gates give ∞·0 = NaN at x = -800; the gate must be stable", """
class SigmoidGate:
    def forward(self, x):
        self.e = np.exp(-np.asarray(x, dtype=float))
        self.out = 1.0 / (1.0 + self.e)
        return self.out
    def backward(self, dout):
        return dout * (-1.0 / (1.0 + self.e) ** 2) * self.e * -1.0
"""),
    # --- numerical_gradient ---------------------------------------------------------------------
    A("numerical_gradient", "forward-difference", "'the centred difference' (f(x+h) - f(x-h)) / 2h, not one-sided", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    fx = f(x)
    for idx in np.ndindex(x.shape):
        xp = x.copy()
        xp[idx] += h
        grad[idx] = (f(xp) - fx) / h
    return grad
"""),
    A("numerical_gradient", "in-place-restore", "'Work on a float copy of x, so the caller's array is the same afterwards'", """
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(np.shape(x))
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = f(x)
        x[idx] = old - h
        fm = f(x)
        x[idx] = old + h - h
        grad[idx] = (fp - fm) / (2 * h)
    return grad
"""),
    A("numerical_gradient", "int-copy", "'a float copy': an int copy truncates x + h back to x", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x)
    grad = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / (2 * h)
    return grad
"""),
    A("numerical_gradient", "one-d-only", "'x of any shape (1-D or 2-D)': range(len(x)) perturbs whole rows", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(len(x)):
        xp, xm = x.copy(), x.copy()
        xp[i] += h
        xm[i] -= h
        grad[i] = (f(xp) - f(xm)) / (2 * h)
    return grad
"""),
    A("numerical_gradient", "divide-by-h", "the centred difference divides by 2h", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / h
    return grad
"""),
    A("numerical_gradient", "all-at-once", "one entry at a time (h·e_i), not all entries moved together", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    return np.full_like(x, (f(x + h) - f(x - h)) / (2 * h))
"""),
    A("numerical_gradient", "aliased-copy", "xp = x is not a copy: both sides perturb the same array", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp = x
        xp[idx] += h
        fp = f(xp)
        xm = x
        xm[idx] -= h
        fm = f(xm)
        grad[idx] = (fp - fm) / (2 * h)
    return grad
"""),
    A("numerical_gradient", "ignores-h", "'h: the step': a fixed 1e-5 ignores the argument", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += 1e-5
        xm[idx] -= 1e-5
        grad[idx] = (f(xp) - f(xm)) / 2e-5
    return grad
"""),
    # --- rel_error ------------------------------------------------------------------------------
    A("rel_error", "epsilon-added", "the text fixes max(10⁻⁸, |a| + |b|) as the denominator, not |a| + |b| + 10⁻⁸", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / (np.abs(a) + np.abs(b) + 1e-8)))
"""),
    A("rel_error", "mean", "'the largest over all entries', not the mean", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.mean(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))
"""),
    A("rel_error", "elementwise", "'It returns one number', not an array", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))
"""),
    A("rel_error", "max-denominator", "the denominator is |a_i| + |b_i|, not max(|a_i|, |b_i|)", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.maximum(np.abs(a), np.abs(b)))))
"""),
    A("rel_error", "abs-of-sum", "|a_i| + |b_i|, not |a_i + b_i|", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a + b))))
"""),
    A("rel_error", "norms", "entry by entry, not a ratio of norms", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(1e-8, np.linalg.norm(a) + np.linalg.norm(b)))
"""),
    A("rel_error", "minimum", "max(10⁻⁸, …), not min", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.minimum(1e-8, np.abs(a) + np.abs(b))))
"""),
    A("rel_error", "no-epsilon", "without the 10⁻⁸, 0/0 gives NaN when both entries are 0", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / (np.abs(a) + np.abs(b))))
"""),
    # --- neuron_forward_backward ----------------------------------------------------------------
    A("neuron_forward_backward", "closed-form", "'Write neuron_forward_backward(w, x) with your gates': a closed form skips them", _neuron("""    w = np.asarray(w, dtype=float)
    x = np.asarray(x, dtype=float)
    f = float(sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]))
    ds = f * (1 - f)
    return f, np.array([ds * x[0], ds * x[1], ds]), np.array([ds * w[0], ds * w[1]])
""")),
    A("neuron_forward_backward", "numerical", "a backprop exercise answered with numerical gradients", _neuron("""    w = np.asarray(w, dtype=float)
    x = np.asarray(x, dtype=float)
    def fw(v, xx):
        return float(sigmoid(v[0] * xx[0] + v[1] * xx[1] + v[2]))
    f = fw(w, x)
    dw = numerical_gradient(lambda v: fw(v, x), w)
    dx = numerical_gradient(lambda v: fw(w, v), x)
    return f, dw, dx
""")),
    A("neuron_forward_backward", "bias-first", "'w[2] the bias' (the figure's order), not w[0]", _neuron("""    w = np.asarray(w, dtype=float)
    x = np.asarray(x, dtype=float)
    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    s = a1.forward(a0.forward(m0.forward(w[1], x[0]), m1.forward(w[2], x[1])), w[0])
    f = sg.forward(s)
    ds = sg.backward(1.0)
    dsum, db = a1.backward(ds)
    dp0, dp1 = a0.backward(dsum)
    dw1, dx0 = m0.backward(dp0)
    dw2, dx1 = m1.backward(dp1)
    return float(f), np.array([db, dw1, dw2], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    A("neuron_forward_backward", "zero-d-f", "'Returns (f, dw, dx): a number' — the gate's 0-d array is not a number", _neuron("""    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    f = sg.forward(a1.forward(a0.forward(m0.forward(w[0], x[0]), m1.forward(w[1], x[1])), w[2]))
    dsum, db = a1.backward(sg.backward(1.0))
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m0.backward(dp0)
    dw1, dx1 = m1.backward(dp1)
    return np.asarray(f), np.array([dw0, dw1, db], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    A("neuron_forward_backward", "no-bias-gradient", "'dw of shape (3,)': the bias gets a gradient too", _neuron("""    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    f = sg.forward(a1.forward(a0.forward(m0.forward(w[0], x[0]), m1.forward(w[1], x[1])), w[2]))
    dsum, db = a1.backward(sg.backward(1.0))
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m0.backward(dp0)
    dw1, dx1 = m1.backward(dp1)
    return float(f), np.array([dw0, dw1], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    A("neuron_forward_backward", "swapped-outputs", "'Returns (f, dw, dx)': dx comes before dw", _neuron("""    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    f = sg.forward(a1.forward(a0.forward(m0.forward(w[0], x[0]), m1.forward(w[1], x[1])), w[2]))
    dsum, db = a1.backward(sg.backward(1.0))
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m0.backward(dp0)
    dw1, dx1 = m1.backward(dp1)
    return float(f), np.array([dx0, dx1, db], dtype=float), np.array([dw0, dw1], dtype=float)
""")),
    A("neuron_forward_backward", "skips-sigmoid-backward", "starts the backward pass below the sigmoid: ds = 1 instead of σ'", _neuron("""    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    f = sg.forward(a1.forward(a0.forward(m0.forward(w[0], x[0]), m1.forward(w[1], x[1])), w[2]))
    dsum, db = a1.backward(1.0)
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m0.backward(dp0)
    dw1, dx1 = m1.backward(dp1)
    return float(f), np.array([dw0, dw1, db], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    A("neuron_forward_backward", "reused-gate", "one MultiplyGate used twice keeps only the second product's cache", _neuron("""    m, a0, a1, sg = MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    p0 = m.forward(w[0], x[0])
    p1 = m.forward(w[1], x[1])
    f = sg.forward(a1.forward(a0.forward(p0, p1), w[2]))
    dsum, db = a1.backward(sg.backward(1.0))
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m.backward(dp0)
    dw1, dx1 = m.backward(dp1)
    return float(f), np.array([dw0, dw1, db], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    # --- affine_forward -------------------------------------------------------------------------
    A("affine_forward", "no-bias", "out = x @ W + b: the bias is missing", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W, (x, W, b)
"""),
    A("affine_forward", "bias-column", "b of shape (M,) is added to every row, not reshaped to a column", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W + b.reshape(-1, 1), (x, W, b)
"""),
    A("affine_forward", "transposed", "out = x @ W of shape (N, M), not (W.T @ x.T)", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return (W.T @ x.T + b[:, None]), (x, W, b)
"""),
    A("affine_forward", "no-cache", "'Returns (out, cache)'", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W + b
"""),
    A("affine_forward", "cache-out", "the cache must let affine_backward find x and W; out alone cannot", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    out = x @ W + b
    return out, out
"""),
    # --- affine_backward ------------------------------------------------------------------------
    A("affine_backward", "dw-transposed", "dW has W's shape (D, M): x.T @ dout, not dout.T @ x", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, dout.T @ x, dout.sum(axis=0)
"""),
    A("affine_backward", "db-wrong-axis", "db sums dout over the batch (axis 0)", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout, dout.sum(axis=1)
"""),
    A("affine_backward", "db-mean", "'db is dout summed over axis 0': averaging divides by N again", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
"""),
    A("affine_backward", "db-total", "db of shape (M,): summing everything gives one number", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout, np.full(b.shape, dout.sum())
"""),
    A("affine_backward", "dx-missing-transpose", "dx = dout @ W.T; W @ dout.T is its transpose", """
def affine_backward(dout, cache):
    x, W, b = cache
    return (W @ dout.T), x.T @ dout, dout.sum(axis=0)
"""),
    A("affine_backward", "order", "'Returns (dx, dW, db)' in that order", """
def affine_backward(dout, cache):
    x, W, b = cache
    return x.T @ dout, dout @ W.T, dout.sum(axis=0)
"""),
    A("affine_backward", "dw-divided-by-n", "dW = xᵀ dout sums over the batch; dividing by N averages twice", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout / x.shape[0], dout.sum(axis=0)
"""),
    A("affine_backward", "numerical", "a backprop exercise answered with numerical gradients", """
def affine_backward(dout, cache):
    x, W, b = cache
    dx = numerical_gradient(lambda v: np.sum(dout * (v @ W + b)), x)
    dW = numerical_gradient(lambda v: np.sum(dout * (x @ v + b)), W)
    db = numerical_gradient(lambda v: np.sum(dout * (x @ W + v)), b)
    return dx, dW, db
"""),
    # --- sigmoid_forward / sigmoid_backward -------------------------------------------------------
    A("sigmoid_forward", "naive", "the stable sigmoid of notebook 04 is given: 1/(1 + e^(-x)) overflows with warnings", """
def sigmoid_forward(x):
    out = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
    return out, out
"""),
    A("sigmoid_forward", "no-cache", "'Returns (out, cache)'", """
def sigmoid_forward(x):
    return sigmoid(x)
"""),
    A("sigmoid_forward", "tanh", "the sigmoid layer computes σ(x), not tanh(x)", """
def sigmoid_forward(x):
    out = np.tanh(np.asarray(x, dtype=float))
    return out, out
"""),
    A("sigmoid_backward", "sigma-of-cache", "the cache of sigmoid_forward holds the output: σ(out) applies σ twice", """
def sigmoid_backward(dout, cache):
    s = sigmoid(cache)
    return dout * s * (1 - s)
"""),
    A("sigmoid_backward", "forgets-dout", "'the backward is the upstream gradient times the local derivative'", """
def sigmoid_backward(dout, cache):
    return cache * (1 - cache)
"""),
    A("sigmoid_backward", "one-minus-only", "out·(1 − out), not (1 − out)", """
def sigmoid_backward(dout, cache):
    return dout * (1 - cache)
"""),
    A("sigmoid_backward", "tanh-form", "σ' = out(1 − out), not 1 − out²", """
def sigmoid_backward(dout, cache):
    return dout * (1 - cache ** 2)
"""),
    # --- relu_forward / relu_backward -----------------------------------------------------------
    A("relu_forward", "no-cache", "'Returns (out, cache)'", """
def relu_forward(x):
    return np.maximum(0, np.asarray(x, dtype=float))
"""),
    A("relu_forward", "leaky", "ReLU is max(0, x), not a leaky ReLU", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, 0.01 * x), x
"""),
    A("relu_forward", "np-max-reduces", "np.max(x, 0) reduces along axis 0: 'out of x's shape'", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.max(x, 0), x
"""),
    A("relu_backward", "one-at-zero", "'the local derivative at x = 0 is taken as 0'", """
def relu_backward(dout, cache):
    return dout * (cache >= 0)
"""),
    A("relu_backward", "mask-only", "upstream × local: the mask without dout", """
def relu_backward(dout, cache):
    return (cache > 0).astype(float)
"""),
    A("relu_backward", "times-value", "the local derivative is 1 where x > 0, not x itself", """
def relu_backward(dout, cache):
    return dout * np.maximum(0, cache)
"""),
    A("relu_backward", "in-place-dout", "dout[cache <= 0] = 0 changes the caller's upstream array", """
def relu_backward(dout, cache):
    dout[cache <= 0] = 0
    return dout
"""),
    # --- mse_loss -------------------------------------------------------------------------------
    A("mse_loss", "sum", "'Mean over all entries', not the sum", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.sum(d ** 2)), 2 * d
"""),
    A("mse_loss", "grad-no-mean", "'Keep the 1/K': the gradient is 2(ŷ − y)/K", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(d ** 2)), 2 * d
"""),
    A("mse_loss", "grad-no-two", "∂/∂ŷ of (ŷ − y)² is 2(ŷ − y)", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(d ** 2)), d / d.size
"""),
    A("mse_loss", "rows-not-entries", "'over all K entries': dividing by the number of rows is right only for one column", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    n = d.shape[0]
    return float(np.sum(d ** 2) / n), 2 * d / n
"""),
    A("mse_loss", "sign", "∂L/∂ŷ = 2(ŷ − y)/K, not 2(y − ŷ)/K", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(d ** 2)), -2 * d / d.size
"""),
    A("mse_loss", "half", "L = mean of (ŷ − y)², without a ½", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(0.5 * np.mean(d ** 2)), d / d.size
"""),
    # --- two_layer_loss_and_grads ---------------------------------------------------------------
    A("two_layer_loss_and_grads", "numerical", "'run the forward pass with your layer functions … then the backward pass': not numerical gradients", _two_layer("""    def loss_with(key, value):
        p = dict(params)
        p[key] = value
        h = sigmoid_forward(affine_forward(X, p["W1"], p["b1"])[0])[0]
        out = sigmoid_forward(affine_forward(h, p["W2"], p["b2"])[0])[0]
        return mse_loss(out, y)[0]
    loss = loss_with("W1", params["W1"])
    grads = {k: numerical_gradient(lambda v, k=k: loss_with(k, v), params[k]) for k in params}
    return loss, grads
""")),
    A("two_layer_loss_and_grads", "modifies-params", "'Do not modify params'", _two_layer(_TWO_LAYER_OK.replace(
        '    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}\n',
        '    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}\n'
        '    for k in params:\n        params[k] -= 0.0 * grads[k] + 1e-3 * grads[k]\n    return loss, grads\n'))),
    A("two_layer_loss_and_grads", "skips-hidden-sigmoid", "the backward pass goes through every layer: the hidden sigmoid's backward is missing", _two_layer(
        _TWO_LAYER_OK.replace("    dh_aff = sigmoid_backward(dh, c2)\n", "    dh_aff = dh\n"))),
    A("two_layer_loss_and_grads", "averages-twice", "mse_loss's gradient already holds 1/K: dividing by N again averages twice", _two_layer(
        _TWO_LAYER_OK.replace("    do_aff = sigmoid_backward(dout, c4)\n",
                              "    do_aff = sigmoid_backward(dout, c4) / X.shape[0]\n"))),
    A("two_layer_loss_and_grads", "b-keeps-batch", "'grads[key] shaped like params[key]': db of shape (N, H)", _two_layer(
        _TWO_LAYER_OK.replace("    _, dW1, db1 = affine_backward(dh_aff, c1)\n",
                              "    _, dW1, _ = affine_backward(dh_aff, c1)\n    db1 = dh_aff\n"))),
    A("two_layer_loss_and_grads", "relu-hidden", "the network of notebook 03 has a sigmoid hidden layer, not ReLU", _two_layer("""    h_aff, c1 = affine_forward(X, params["W1"], params["b1"])
    h, c2 = relu_forward(h_aff)
    o_aff, c3 = affine_forward(h, params["W2"], params["b2"])
    out, c4 = sigmoid_forward(o_aff)
    loss, dout = mse_loss(out, y)
    dh, dW2, db2 = affine_backward(sigmoid_backward(dout, c4), c3)
    _, dW1, db1 = affine_backward(relu_backward(dh, c2), c1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""")),
    A("two_layer_loss_and_grads", "wrong-cache", "each backward needs its own layer's cache: the output sigmoid is undone with the hidden sigmoid's", _two_layer(
        _TWO_LAYER_OK.replace("    dh, dW2, db2 = affine_backward(do_aff, c3)\n",
                              "    dh, dW2, db2 = affine_backward(do_aff, (c3[0], c3[1], c3[2]))\n")
        .replace("    do_aff = sigmoid_backward(dout, c4)\n", "    do_aff = sigmoid_backward(dout, c2[:, :1])\n"))),
    A("two_layer_loss_and_grads", "gradient-ascent-sign", "grads are ∂L/∂θ; returning their negatives is the update direction", _two_layer(
        _TWO_LAYER_OK.replace('    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}\n',
                              '    return loss, {"W1": -dW1, "b1": -db1, "W2": -dW2, "b2": -db2}\n'))),
    # --- more gate mistakes -------------------------------------------------------------------------
    A("AddGate", "multiply-by-input", "'add distributes': the local gradient of x + y is 1, not the other input", """
class AddGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x + self.y
    def backward(self, dout):
        return dout * self.y, dout * self.x
"""),
    A("AddGate", "in-place", "'never modify the inputs': x += y changes the caller's array", """
class AddGate:
    def forward(self, x, y):
        x = np.asarray(x, dtype=float)
        x += np.asarray(y, dtype=float)
        return x
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout, dout
"""),
    A("AddGate", "forward-returns-nothing", "forward returns z = x + y", """
class AddGate:
    def forward(self, x, y):
        self.out = np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout, dout
"""),
    A("MultiplyGate", "class-attribute-cache", "each gate remembers its own inputs: a class attribute is shared by every MultiplyGate", """
class MultiplyGate:
    def forward(self, x, y):
        MultiplyGate.x, MultiplyGate.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return MultiplyGate.x * MultiplyGate.y
    def backward(self, dout):
        return dout * MultiplyGate.y, dout * MultiplyGate.x
"""),
    A("MultiplyGate", "both-from-y", "dy = dout·x: both computed from y", """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x * self.y
    def backward(self, dout):
        return dout * self.y, dout * self.y
"""),
    A("MultiplyGate", "forward-adds", "z = x·y, not x + y", """
class MultiplyGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x + self.y
    def backward(self, dout):
        return dout * self.y, dout * self.x
"""),
    A("MaxGate", "tie-to-nobody", "'exactly one input receives it': x > y and y > x both miss the tie", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.maximum(self.x, self.y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout * (self.x > self.y), dout * (self.y > self.x)
"""),
    A("MaxGate", "compare-with-output", "on a tie both inputs equal the output, so both get dout", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.out = np.maximum(self.x, self.y)
        return self.out
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout * (self.x == self.out), dout * (self.y == self.out)
"""),
    A("MaxGate", "min", "z = max(x, y), not min", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.minimum(self.x, self.y)
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout * (self.x <= self.y), dout * (self.x > self.y)
"""),
    A("ExpGate", "out-in-place", "'never modify the inputs': np.exp(x, out=x) overwrites the caller's array", """
class ExpGate:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        self.out = np.exp(x, out=x)
        return self.out
    def backward(self, dout):
        return dout * self.out
"""),
    A("ExpGate", "adds-dout", "downstream = upstream × local, not upstream + local", """
class ExpGate:
    def forward(self, x):
        self.out = np.exp(np.asarray(x, dtype=float))
        return self.out
    def backward(self, dout):
        return dout + self.out
"""),
    A("ExpGate", "rejects-lists", "'so that numbers and lists work too': -list fails inside exp of a negated list", """
class ExpGate:
    def forward(self, x):
        self.out = 1.0 / np.exp(-x)
        return self.out
    def backward(self, dout):
        return dout * self.out
"""),
    A("ExpGate", "shared-cache", "each ExpGate keeps its own output: a class attribute is shared", """
class ExpGate:
    out = None
    def forward(self, x):
        ExpGate.out = np.exp(np.asarray(x, dtype=float))
        return ExpGate.out
    def backward(self, dout):
        return dout * ExpGate.out
"""),
    A("ReciprocalGate", "np-reciprocal-int", "np.reciprocal of an int input is an integer reciprocal (1/2 → 0)", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x)
        return np.reciprocal(self.x)
    def backward(self, dout):
        return -dout / self.x.astype(float) ** 2
"""),
    A("ReciprocalGate", "derivative-of-log", "d(1/x)/dx = -1/x², not 1/x", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return dout / self.x
"""),
    A("ReciprocalGate", "times-x-squared", "-dout / x², not -dout · x²", """
class ReciprocalGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
    def backward(self, dout):
        return -dout * self.x ** 2
"""),
    A("SigmoidGate", "derivative-on-right", "'writing σ′(1 − σ) as some lecture notes do gives wrong gradients'", """
class SigmoidGate:
    def forward(self, x):
        self.out = sigmoid(x)
        return self.out
    def backward(self, dout):
        ds = self.out * (1 - self.out)
        return dout * ds * (1 - self.out)
"""),
    A("SigmoidGate", "tanh", "the sigmoid gate computes σ, not tanh", """
class SigmoidGate:
    def forward(self, x):
        self.out = np.tanh(np.asarray(x, dtype=float))
        return self.out
    def backward(self, dout):
        return dout * (1 - self.out ** 2)
"""),
    A("SigmoidGate", "errstate-naive", "'The sigmoid gate needs a stable sigmoid': errstate only hides the overflow", """
class SigmoidGate:
    def forward(self, x):
        with np.errstate(over="ignore"):
            self.out = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
        return self.out
    def backward(self, dout):
        return dout * self.out * (1 - self.out)
"""),
    # --- more layer mistakes ------------------------------------------------------------------------
    A("affine_forward", "w-transposed", "W is (D, M): x @ W, not x @ W.T (it runs only when D = M)", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W.T + b, (x, W, b)
"""),
    A("affine_forward", "swapped-return", "'Returns (out, cache)' in that order", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return (x, W, b), x @ W + b
"""),
    A("affine_backward", "db-keepdims", "db has b's shape (M,), not (1, M)", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout, dout.sum(axis=0, keepdims=True)
"""),
    A("affine_backward", "dx-no-transpose", "dx = dout @ W.T; dout @ W has the wrong shape", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W, x.T @ dout, dout.sum(axis=0)
"""),
    A("sigmoid_forward", "swapped-return", "'Returns (out, cache)' in that order", """
def sigmoid_forward(x):
    out = sigmoid(x)
    return x, out
"""),
    A("sigmoid_forward", "errstate-naive", "the stable sigmoid is given: hiding the overflow of the naive one under errstate", """
def sigmoid_forward(x):
    with np.errstate(over="ignore"):
        out = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
    return out, out
"""),
    A("sigmoid_backward", "returns-tuple", "'Returns dx, shaped like dout', not a 1-tuple", """
def sigmoid_backward(dout, cache):
    return (dout * cache * (1 - cache),)
"""),
    A("relu_forward", "swapped-return", "'Returns (out, cache)' in that order", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return x, np.maximum(0, x)
"""),
    A("relu_forward", "abs", "max(0, x), not |x|", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.abs(x), x
"""),
    A("relu_backward", "sign", "the local derivative is 0 for x < 0, not -1", """
def relu_backward(dout, cache):
    return dout * np.sign(cache)
"""),
    A("relu_backward", "heaviside-half", "'the local derivative at x = 0 is taken as 0', not ½", """
def relu_backward(dout, cache):
    return dout * np.heaviside(cache, 0.5)
"""),
    A("mse_loss", "mae", "mean of squares, not of absolute values", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(np.abs(d))), np.sign(d) / d.size
"""),
    A("mse_loss", "rmse", "the mean squared error, not its square root", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    loss = np.sqrt(np.mean(d ** 2))
    return float(loss), d / (d.size * loss)
"""),
    A("mse_loss", "swapped-return", "'Returns (loss, dy_pred)' in that order", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return 2 * d / d.size, float(np.mean(d ** 2))
"""),
    A("relu_backward", "zero-passes", "'the local derivative at x = 0 is taken as 0': zeroing only x < 0 passes dout at 0", """
def relu_backward(dout, cache):
    dx = np.array(dout, dtype=float)
    dx[np.asarray(cache) < 0] = 0.0
    return dx
"""),
    A("sigmoid_forward", "flattens", "'out of x's shape': ravel loses the rows", """
def sigmoid_forward(x):
    out = sigmoid(np.ravel(x))
    return out, out
"""),
    A("sigmoid_forward", "int-buffer", "zeros_like of an int input truncates σ to 0 or 1", """
def sigmoid_forward(x):
    x = np.asarray(x)
    out = np.zeros_like(x)
    pos = x >= 0
    out[pos] = 1 / (1 + np.exp(-x[pos]))
    out[~pos] = np.exp(x[~pos]) / (1 + np.exp(x[~pos]))
    return out, out
"""),
    A("sigmoid_forward", "sign-slip", "1/(1 + e^x) is σ(−x)", """
def sigmoid_forward(x):
    out = sigmoid(-np.asarray(x, dtype=float))
    return out, out
"""),
    A("sigmoid_backward", "averaged", "an elementwise layer's backward is upstream × local; dividing by N averages again", """
def sigmoid_backward(dout, cache):
    return dout * cache * (1 - cache) / len(dout)
"""),
    A("sigmoid_backward", "summed", "'Returns dx, shaped like dout': summing over the batch loses the rows", """
def sigmoid_backward(dout, cache):
    return np.sum(dout * cache * (1 - cache), axis=0)
"""),
    A("relu_forward", "minimum", "max(0, x), not min(0, x)", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.minimum(0, x), x
"""),
    A("relu_forward", "cache-none", "the cache must tell relu_backward where x was positive; None tells nothing", """
def relu_forward(x):
    return np.maximum(0, np.asarray(x, dtype=float)), None
"""),
    A("relu_forward", "flattens", "'out of x's shape'", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.maximum(0, x.ravel()), x
"""),
    A("relu_backward", "summed", "dx is shaped like dout, not summed over the batch", """
def relu_backward(dout, cache):
    return np.sum(dout * (cache > 0), axis=0)
"""),
]

RIGHT = [
    A("AddGate", "asarray", "x + y; (dout, dout)", _ADD),
    A("AddGate", "copies", "ones_like times dout", """
class AddGate:
    def forward(self, x, y):
        return np.add(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    def backward(self, dout):
        dout = np.asarray(dout, dtype=float)
        return dout * 1.0, np.ones_like(dout) * dout
"""),
    A("MultiplyGate", "cache-inputs", "x, y cached; swap", _MUL),
    A("MultiplyGate", "tuple-cache", "a tuple cache, np.multiply", """
class MultiplyGate:
    def forward(self, x, y):
        self.cache = (np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        return np.multiply(*self.cache)
    def backward(self, dout):
        x, y = self.cache
        return np.multiply(dout, y), np.multiply(dout, x)
"""),
    A("MaxGate", "mask", "mask x >= y", _MAX),
    A("MaxGate", "mask-multiply", "masks as floats", """
class MaxGate:
    def forward(self, x, y):
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return np.maximum(self.x, self.y)
    def backward(self, dout):
        first = (self.x >= self.y).astype(float)
        return dout * first, dout * (1.0 - first)
"""),
    A("ExpGate", "cache-output", "dout·z", _EXP),
    A("ExpGate", "recompute", "caches x and recomputes e^x", """
class ExpGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return np.exp(self.x)
    def backward(self, dout):
        return np.asarray(dout, dtype=float) * np.exp(self.x)
"""),
    A("ReciprocalGate", "cache-input", "-dout / x²", _REC),
    A("ReciprocalGate", "cache-output", "-dout·z²", """
class ReciprocalGate:
    def forward(self, x):
        self.z = 1.0 / np.asarray(x, dtype=float)
        return self.z
    def backward(self, dout):
        return -np.asarray(dout, dtype=float) * self.z ** 2
"""),
    A("SigmoidGate", "cache-output", "dout·z(1 − z)", _SIG),
    A("SigmoidGate", "sigma-of-minus-x", "1 − σ(x) = σ(−x), stable", """
class SigmoidGate:
    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        return sigmoid(self.x)
    def backward(self, dout):
        return dout * sigmoid(self.x) * sigmoid(-self.x)
"""),
    A("numerical_gradient", "ndindex", "float copy, np.ndindex", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / (2 * h)
    return grad
"""),
    A("numerical_gradient", "flat", "a flat float copy, restored entry by entry", """
def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=float)
    flat = work.reshape(-1)
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(work)
        flat[i] = old - h
        fm = f(work)
        flat[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad.reshape(work.shape)
"""),
    A("rel_error", "formula", "max of |a − b| / max(1e-8, |a| + |b|)", """
def rel_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))
"""),
    A("rel_error", "loop", "a loop over entries", """
def rel_error(a, b):
    a = np.atleast_1d(np.asarray(a, dtype=float)).ravel()
    b = np.atleast_1d(np.asarray(b, dtype=float)).ravel()
    worst = 0.0
    for ai, bi in zip(a, b):
        worst = max(worst, abs(ai - bi) / max(1e-8, abs(ai) + abs(bi)))
    return worst
"""),
    A("neuron_forward_backward", "gates", "two multiply, two add, one sigmoid gate", _neuron("""    w = np.asarray(w, dtype=float)
    x = np.asarray(x, dtype=float)
    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    p0 = m0.forward(w[0], x[0])
    p1 = m1.forward(w[1], x[1])
    s = a1.forward(a0.forward(p0, p1), w[2])
    f = sg.forward(s)
    ds = sg.backward(1.0)
    dsum, db = a1.backward(ds)
    dp0, dp1 = a0.backward(dsum)
    dw0, dx0 = m0.backward(dp0)
    dw1, dx1 = m1.backward(dp1)
    return float(f), np.array([dw0, dw1, db], dtype=float), np.array([dx0, dx1], dtype=float)
""")),
    A("neuron_forward_backward", "gates-in-lists", "gates kept in lists, item()", _neuron("""    mults = [MultiplyGate(), MultiplyGate()]
    adds = [AddGate(), AddGate()]
    sig = SigmoidGate()
    prods = [g.forward(wi, xi) for g, wi, xi in zip(mults, w[:2], x)]
    f = sig.forward(adds[1].forward(adds[0].forward(prods[0], prods[1]), w[2]))
    dsum, dbias = adds[1].backward(sig.backward(1.0))
    dprods = adds[0].backward(dsum)
    pairs = [g.backward(d) for g, d in zip(mults, dprods)]
    dw = np.array([pairs[0][0], pairs[1][0], dbias], dtype=float)
    dx = np.array([pairs[0][1], pairs[1][1]], dtype=float)
    return np.asarray(f).item(), dw, dx
""")),
    A("affine_forward", "tuple-cache", "cache (x, W, b)", """
def affine_forward(x, W, b):
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W + b, (x, W, b)
"""),
    A("affine_forward", "dict-cache-pair", "a dict cache, with its own backward", """
def affine_forward(x, W, b):
    x, W = np.asarray(x, dtype=float), np.asarray(W, dtype=float)
    out = np.dot(x, W) + np.asarray(b, dtype=float)
    return out, {"x": x, "W": W, "b_shape": np.shape(b)}

def affine_backward(dout, cache):
    return dout @ cache["W"].T, cache["x"].T @ dout, np.sum(dout, axis=0).reshape(cache["b_shape"])
"""),
    A("affine_backward", "products", "dout Wᵀ, xᵀ dout, sum over axis 0", """
def affine_backward(dout, cache):
    x, W, b = cache
    return dout @ W.T, x.T @ dout, dout.sum(axis=0)
"""),
    A("affine_backward", "einsum", "the same sums with einsum", """
def affine_backward(dout, cache):
    x, W, _ = cache
    dout = np.asarray(dout, dtype=float)
    return np.einsum("nm,dm->nd", dout, W), np.einsum("nd,nm->dm", x, dout), np.einsum("nm->m", dout)
"""),
    A("sigmoid_forward", "cache-output", "caches the output", """
def sigmoid_forward(x):
    out = sigmoid(x)
    return out, out
"""),
    A("sigmoid_forward", "cache-input-pair", "caches x, its backward recomputes σ(x)", """
def sigmoid_forward(x):
    x = np.asarray(x, dtype=float)
    return sigmoid(x), x

def sigmoid_backward(dout, cache):
    s = sigmoid(cache)
    return dout * s * (1 - s)
"""),
    A("sigmoid_backward", "output-form", "dout·out(1 − out)", """
def sigmoid_backward(dout, cache):
    return dout * cache * (1 - cache)
"""),
    A("sigmoid_backward", "output-form-asarray", "asarray, then the same", """
def sigmoid_backward(dout, cache):
    out = np.asarray(cache, dtype=float)
    return np.asarray(dout, dtype=float) * (out - out ** 2)
"""),
    A("relu_forward", "cache-input", "caches x", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    return np.maximum(0, x), x
"""),
    A("relu_forward", "cache-mask-pair", "caches the mask x > 0, with its own backward", """
def relu_forward(x):
    x = np.asarray(x, dtype=float)
    mask = x > 0
    return x * mask, mask

def relu_backward(dout, cache):
    return np.where(cache, dout, 0.0)
"""),
    A("relu_backward", "mask", "dout where x > 0", """
def relu_backward(dout, cache):
    return dout * (cache > 0)
"""),
    A("relu_backward", "where-copy", "np.where on a copy", """
def relu_backward(dout, cache):
    dx = np.array(dout, dtype=float)
    dx[np.asarray(cache) <= 0] = 0.0
    return dx
"""),
    A("mse_loss", "mean", "mean, 2(ŷ − y)/K", """
def mse_loss(y_pred, y):
    d = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(d ** 2)), 2 * d / d.size
"""),
    A("mse_loss", "size-named", "K named, sum / K", """
def mse_loss(y_pred, y):
    y_pred, y = np.asarray(y_pred, dtype=float), np.asarray(y, dtype=float)
    K = y_pred.size
    loss = np.sum((y_pred - y) ** 2) / K
    return float(loss), (2.0 / K) * (y_pred - y)
"""),
    A("two_layer_loss_and_grads", "layers", "forward with caches, backward in reverse", _two_layer(_TWO_LAYER_OK)),
    A("two_layer_loss_and_grads", "loop-of-layers", "caches in a list, dict comprehension", _two_layer("""    caches = []
    a = np.asarray(X, dtype=float)
    for k in (1, 2):
        z, c_aff = affine_forward(a, params[f"W{k}"], params[f"b{k}"])
        a, c_sig = sigmoid_forward(z)
        caches.append((c_aff, c_sig))
    loss, da = mse_loss(a, y)
    grads = {}
    for k in (2, 1):
        c_aff, c_sig = caches[k - 1]
        da, grads[f"W{k}"], grads[f"b{k}"] = affine_backward(sigmoid_backward(da, c_sig), c_aff)
    return loss, grads
""")),
    A("relu_forward", "cache-output", "caches the output: out > 0 exactly where x > 0, so relu_backward's mask is the same", """
def relu_forward(x):
    out = np.maximum(0.0, np.asarray(x, dtype=float))
    return out, out
"""),
]
