"""Held-out answers for lesson 05 (backpropagation)."""

from tests.battery import Answer


def _gate2(name: str, fwd: str, bwd: str) -> str:
    return (f"class {name}:\n    def forward(self, x, y):\n{fwd}"
            f"    def backward(self, dout):\n{bwd}")


def _gate1(name: str, fwd: str, bwd: str) -> str:
    return (f"class {name}:\n    def forward(self, x):\n{fwd}"
            f"    def backward(self, dout):\n{bwd}")


XY = "        self.x = np.asarray(x, dtype=float); self.y = np.asarray(y, dtype=float)\n"
D = "        dout = np.asarray(dout, dtype=float)\n"

AFF_FWD = ("def affine_forward(x, W, b):\n    x = np.asarray(x, float); W = np.asarray(W, float); b = np.asarray(b, float)\n"
           "    return x @ W + b, (x, W, b)\n")


def _aff_bwd(dx: str = "dout @ W.T", dW: str = "x.T @ dout", db: str = "dout.sum(axis=0)",
             ret: str = "dx, dW, db") -> str:
    return (AFF_FWD + "def affine_backward(dout, cache):\n    x, W, b = cache\n    dout = np.asarray(dout, float)\n"
            f"    dx = {dx}\n    dW = {dW}\n    db = {db}\n    return {ret}\n")


SIG_PAIR = ("def sigmoid_forward(x):\n    out = sigmoid(x)\n    return out, out\n"
            "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n")
RELU_PAIR = ("def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x > 0\n"
             "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache\n")


def _two(body: str) -> str:
    return ("def two_layer_loss_and_grads(params, X, y):\n"
            "    X = np.asarray(X, float); y = np.asarray(y, float)\n" + body)


TWO_FWD = ("    a1, c1 = affine_forward(X, params['W1'], params['b1'])\n    h, c2 = sigmoid_forward(a1)\n"
           "    a2, c3 = affine_forward(h, params['W2'], params['b2'])\n    out, c4 = sigmoid_forward(a2)\n")
TWO_BWD = ("    loss, dout = mse_loss(out, y)\n    da2 = sigmoid_backward(dout, c4)\n"
           "    dh, dW2, db2 = affine_backward(da2, c3)\n    da1 = sigmoid_backward(dh, c2)\n"
           "    dX, dW1, db1 = affine_backward(da1, c1)\n")
TWO_RET = "    return loss, {'W1': dW1, 'b1': db1, 'W2': dW2, 'b2': db2}\n"


def _numgrad(body: str) -> str:
    return "def numerical_gradient(f, x, h=1e-5):\n" + body


def _nfb(body: str) -> str:
    return ("def neuron_forward_backward(w, x):\n    w = np.asarray(w, float); x = np.asarray(x, float)\n" + body)


NFB_GATES = ("    m0, m1, a0, a1, sg = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()\n"
             "    p0 = m0.forward(w[0], x[0]); p1 = m1.forward(w[1], x[1])\n"
             "    s0 = a0.forward(p0, p1); s = a1.forward(s0, w[2]); f = sg.forward(s)\n"
             "    ds = sg.backward(1.0); ds0, dw2 = a1.backward(ds); dp0, dp1 = a0.backward(ds0)\n"
             "    dw0, dx0 = m0.backward(dp0); dw1, dx1 = m1.backward(dp1)\n")

WRONG = [
    # --- gates ------------------------------------------------------------------------------
    Answer("AddGate", "single-gradient",
           "“backward returns one gradient per input: a tuple (dx, dy) for the two-input gates”.",
           _gate2("AddGate", "        return np.asarray(x, float) + np.asarray(y, float)\n",
                  "        return np.asarray(dout, float)\n")),
    Answer("AddGate", "local-only",
           "downstream = upstream × local: (1, 1) forgets the upstream gradient.",
           _gate2("AddGate", "        self.shape = np.shape(x)\n        return np.asarray(x, float) + np.asarray(y, float)\n",
                  "        return np.ones(self.shape), np.ones(self.shape)\n")),
    Answer("AddGate", "halved",
           "“add distributes: both inputs get the upstream gradient” — all of it, not half.",
           _gate2("AddGate", "        return np.asarray(x, float) + np.asarray(y, float)\n",
                  D + "        return dout / 2, dout / 2\n")),
    Answer("AddGate", "in-place-forward",
           "“never modify the inputs”: x += y changes the caller's float array.",
           _gate2("AddGate", "        x = np.asarray(x, dtype=float)\n        x += np.asarray(y, dtype=float)\n        return x\n",
                  D + "        return dout, dout\n")),
    Answer("MultiplyGate", "not-swapped",
           "“multiply swaps: each input gets the other input”.",
           _gate2("MultiplyGate", XY + "        return self.x * self.y\n", D + "        return dout * self.x, dout * self.y\n")),
    Answer("MultiplyGate", "divide-output",
           "dx = dout·y: recovering y as z/x is 0/0 where x = 0.",
           _gate2("MultiplyGate", XY + "        self.z = self.x * self.y\n        return self.z\n",
                  D + "        with np.errstate(all='ignore'):\n            return dout * self.z / self.x, dout * self.z / self.y\n")),
    Answer("MultiplyGate", "raw-lists",
           "“Use np.asarray(..., dtype=float) so that numbers and lists work too”: a stored list times "
           "an int upstream repeats the list.",
           _gate2("MultiplyGate", "        self.x, self.y = x, y\n        return np.asarray(x, float) * np.asarray(y, float)\n",
                  "        return dout * self.y, dout * self.x\n")),
    Answer("MultiplyGate", "class-state",
           "“each gate remembers”: inputs stored on the class are shared by every MultiplyGate.",
           _gate2("MultiplyGate", "        MultiplyGate.x = np.asarray(x, float); MultiplyGate.y = np.asarray(y, float)\n"
                  "        return MultiplyGate.x * MultiplyGate.y\n",
                  D + "        return dout * MultiplyGate.y, dout * MultiplyGate.x\n")),
    Answer("MaxGate", "tie-to-y",
           "“On a tie (x == y) the gradient goes to x”.",
           _gate2("MaxGate", XY + "        return np.maximum(self.x, self.y)\n",
                  D + "        m = self.x > self.y\n        return dout * m, dout * ~m\n")),
    Answer("MaxGate", "tie-split",
           "“exactly one input receives it, as when there is no tie”.",
           _gate2("MaxGate", XY + "        return np.maximum(self.x, self.y)\n",
                  D + "        w = np.where(self.x > self.y, 1.0, np.where(self.x < self.y, 0.0, 0.5))\n"
                  "        return dout * w, dout * (1 - w)\n")),
    Answer("MaxGate", "tie-both",
           "On a tie exactly one input receives the gradient; here both do.",
           _gate2("MaxGate", XY + "        return np.maximum(self.x, self.y)\n",
                  D + "        return dout * (self.x >= self.y), dout * (self.y >= self.x)\n")),
    Answer("MaxGate", "value-routed",
           "“max routes the gradient”: the winner gets dout, not dout times the max.",
           _gate2("MaxGate", XY + "        self.z = np.maximum(self.x, self.y)\n        return self.z\n",
                  D + "        m = self.x >= self.y\n        return dout * self.z * m, dout * self.z * ~m\n")),
    Answer("ExpGate", "input-not-output",
           "exp: dx = dout·z with z = eˣ, not dout·x.",
           _gate1("ExpGate", "        self.x = np.asarray(x, float)\n        return np.exp(self.x)\n",
                  D + "        return dout * self.x\n")),
    Answer("ExpGate", "no-upstream",
           "downstream = upstream × local.",
           _gate1("ExpGate", "        self.z = np.exp(np.asarray(x, float))\n        return self.z\n",
                  "        return self.z\n")),
    Answer("ExpGate", "class-state",
           "Each gate remembers its own output; a class attribute is shared by all ExpGates.",
           _gate1("ExpGate", "        ExpGate.z = np.exp(np.asarray(x, float))\n        return ExpGate.z\n",
                  D + "        return dout * ExpGate.z\n")),
    Answer("ReciprocalGate", "sign",
           "dx = −dout / x².",
           _gate1("ReciprocalGate", "        self.x = np.asarray(x, float)\n        return 1.0 / self.x\n",
                  D + "        return dout / self.x ** 2\n")),
    Answer("ReciprocalGate", "output-not-squared",
           "dx = −dout / x² = −dout·z², not −dout·z.",
           _gate1("ReciprocalGate", "        self.z = 1.0 / np.asarray(x, float)\n        return self.z\n",
                  D + "        return -dout * self.z\n")),
    Answer("ReciprocalGate", "int-reciprocal",
           "“Use np.asarray(..., dtype=float)”: np.reciprocal of an int array is integer division (1/2 = 0).",
           _gate1("ReciprocalGate", "        self.x = np.asarray(x)\n        return np.reciprocal(self.x)\n",
                  D + "        return -dout / self.x.astype(float) ** 2\n")),
    Answer("SigmoidGate", "input-form",
           "“Using the input there, x·(1 − x) … gives wrong gradients”.",
           _gate1("SigmoidGate", "        self.x = np.asarray(x, float)\n        return sigmoid(self.x)\n",
                  D + "        return dout * self.x * (1 - self.x)\n")),
    Answer("SigmoidGate", "sigmoid-of-output",
           "The local gradient is out·(1 − out), not σ′ taken at the output.",
           _gate1("SigmoidGate", "        self.out = sigmoid(x)\n        return self.out\n",
                  D + "        s = sigmoid(self.out)\n        return dout * s * (1 - s)\n")),
    Answer("SigmoidGate", "naive-forward",
           "“it is also safer. At x = −800 …”: the naive 1/(1 + e^(−x)) overflows (the notebook's "
           "sigmoid exists so this cannot happen).",
           _gate1("SigmoidGate", "        self.out = 1.0 / (1.0 + np.exp(-np.asarray(x, float)))\n        return self.out\n",
                  D + "        return dout * self.out * (1 - self.out)\n")),
    # --- numerical_gradient -----------------------------------------------------------------
    Answer("numerical_gradient", "forward-difference",
           "“This is the centred difference … error shrinks like h²”: the one-sided quotient is not it.",
           _numgrad("    x = np.array(x, dtype=float)\n    g = np.zeros_like(x)\n    f0 = f(x)\n"
                    "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + h\n"
                    "        g[i] = (f(x) - f0) / h\n        x[i] = old\n    return g\n")),
    Answer("numerical_gradient", "caller-array",
           "“Work on a float copy of x, so the caller's array is the same afterwards”.",
           _numgrad("    x = np.asarray(x, dtype=float)\n    g = np.zeros_like(x)\n"
                    "    for i in np.ndindex(x.shape):\n        x[i] += h\n        fp = f(x)\n        x[i] -= 2 * h\n"
                    "        fm = f(x)\n        x[i] += h\n        g[i] = (fp - fm) / (2 * h)\n    return g\n")),
    Answer("numerical_gradient", "int-copy",
           "“Work on a float copy”: a copy of an int array truncates x + h.",
           _numgrad("    x = np.array(x)\n    g = np.zeros(x.shape)\n"
                    "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + h\n        fp = f(x)\n"
                    "        x[i] = old - h\n        fm = f(x)\n        x[i] = old\n        g[i] = (fp - fm) / (2 * h)\n    return g\n")),
    Answer("numerical_gradient", "one-d-only",
           "“x of any shape (1-D or 2-D)”.",
           _numgrad("    x = np.array(x, dtype=float).ravel()\n    g = np.zeros_like(x)\n"
                    "    for i in range(x.size):\n        old = x[i]\n        x[i] = old + h\n        fp = f(x)\n"
                    "        x[i] = old - h\n        fm = f(x)\n        x[i] = old\n        g[i] = (fp - fm) / (2 * h)\n    return g\n")),
    Answer("numerical_gradient", "not-restored",
           "Each entry is moved alone (x ± h·eᵢ): not putting it back shifts every later entry's point.",
           _numgrad("    x = np.array(x, dtype=float)\n    g = np.zeros_like(x)\n"
                    "    for i in np.ndindex(x.shape):\n        x[i] += h\n        fp = f(x)\n        x[i] -= 2 * h\n"
                    "        fm = f(x)\n        g[i] = (fp - fm) / (2 * h)\n    return g\n")),
    Answer("numerical_gradient", "fixed-step",
           "“h: the step”: the argument is ignored.",
           _numgrad("    x = np.array(x, dtype=float)\n    g = np.zeros_like(x)\n    step = 1e-5\n"
                    "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + step\n        fp = f(x)\n"
                    "        x[i] = old - step\n        fm = f(x)\n        x[i] = old\n        g[i] = (fp - fm) / (2 * step)\n    return g\n")),
    Answer("numerical_gradient", "divide-by-h",
           "(f(x + h) − f(x − h)) / 2h.",
           _numgrad("    x = np.array(x, dtype=float)\n    g = np.zeros_like(x)\n"
                    "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + h\n        fp = f(x)\n"
                    "        x[i] = old - h\n        fm = f(x)\n        x[i] = old\n        g[i] = (fp - fm) / h\n    return g\n")),
    # --- rel_error --------------------------------------------------------------------------
    Answer("rel_error", "mean",
           "“the largest over all entries”.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return float(np.mean(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))\n"),
    Answer("rel_error", "max-denominator",
           "The denominator is max(1e-8, |aᵢ| + |bᵢ|), not max(|aᵢ|, |bᵢ|).",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.maximum(np.abs(a), np.abs(b)))))\n"),
    Answer("rel_error", "elementwise",
           "“It returns one number.”",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))\n"),
    Answer("rel_error", "zero-d-array",
           "“Returns one number”: a 0-d array is not.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return np.array(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))\n"),
    Answer("rel_error", "no-abs-denominator",
           "|aᵢ| + |bᵢ| in the denominator: aᵢ + bᵢ is negative for negative gradients.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return float(np.max(np.abs(a - b) / np.maximum(1e-8, a + b)))\n"),
    Answer("rel_error", "norm-ratio",
           "The text fixes an entrywise maximum; ‖a − b‖ / (‖a‖ + ‖b‖) is another measure.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return float(np.linalg.norm(a - b) / max(1e-8, np.linalg.norm(a) + np.linalg.norm(b)))\n"),
    Answer("rel_error", "no-floor",
           "“The 10⁻⁸ prevents 0/0 when both entries are 0”.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    with np.errstate(all='ignore'):\n        r = np.abs(a - b) / (np.abs(a) + np.abs(b))\n"
           "    return float(np.nanmax(r)) if np.any(~np.isnan(r)) else float('nan')\n"),
    # --- neuron_forward_backward ------------------------------------------------------------
    Answer("neuron_forward_backward", "closed-form",
           "“Write neuron_forward_backward(w, x) with your gates”: a closed form is not built from gates.",
           _nfb("    f = float(sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]))\n    ds = f * (1 - f)\n"
                "    return f, np.array([ds * x[0], ds * x[1], ds]), np.array([ds * w[0], ds * w[1]])\n")),
    Answer("neuron_forward_backward", "numerical",
           "Built from gates with backward calls, not measured with numerical gradients.",
           _nfb("    g = lambda v: float(sigmoid(v[0] * x[0] + v[1] * x[1] + v[2]))\n"
                "    gx = lambda v: float(sigmoid(w[0] * v[0] + w[1] * v[1] + w[2]))\n"
                "    return g(w), numerical_gradient(g, w), numerical_gradient(gx, x)\n")),
    Answer("neuron_forward_backward", "bias-first",
           "“w[2] the bias … Keep the example's order here”.",
           _nfb(NFB_GATES.replace("w[0], x[0]", "w[1], x[0]").replace("w[1], x[1]", "w[2], x[1]")
                .replace("s0, w[2]", "s0, w[0]")
                + "    return float(f), np.array([dw2, dw0, dw1], float), np.array([dx0, dx1], float)\n")),
    Answer("neuron_forward_backward", "swapped-outputs",
           "“Return (f, dw, dx)”.",
           _nfb(NFB_GATES + "    return float(f), np.array([dx0, dx1], float), np.array([dw0, dw1, dw2], float)\n")),
    Answer("neuron_forward_backward", "f-array",
           "“f: a number”.",
           _nfb(NFB_GATES + "    return np.atleast_1d(f), np.array([dw0, dw1, dw2], float), np.array([dx0, dx1], float)\n")),
    Answer("neuron_forward_backward", "forward-only-order",
           "Backward in reverse order from df/df = 1: starting the sigmoid's backward from f "
           "multiplies every gradient by f.",
           _nfb(NFB_GATES.replace("sg.backward(1.0)", "sg.backward(f)")
                + "    return float(f), np.array([dw0, dw1, dw2], float), np.array([dx0, dx1], float)\n")),
    # --- affine -----------------------------------------------------------------------------
    Answer("affine_forward", "no-cache",
           "“Returns (out, cache)”.",
           "def affine_forward(x, W, b):\n    return np.asarray(x, float) @ np.asarray(W, float) + np.asarray(b, float)\n"),
    Answer("affine_forward", "transposed-W",
           "x (N, D), W (D, M): x @ Wᵀ works only when D = M.",
           "def affine_forward(x, W, b):\n    x = np.asarray(x, float); W = np.asarray(W, float); b = np.asarray(b, float)\n"
           "    return x @ W.T + b, (x, W, b)\n"),
    Answer("affine_forward", "bias-per-row",
           "b (M,) is added to every row; b[:, None] adds b[n] to row n (only works when N = M).",
           "def affine_forward(x, W, b):\n    x = np.asarray(x, float); W = np.asarray(W, float); b = np.asarray(b, float)\n"
           "    return x @ W + b[:, None], (x, W, b)\n"),
    Answer("affine_backward", "db-mean",
           "db is dout summed over axis 0 (“the sum over the N paths”), not averaged.",
           _aff_bwd(db="dout.mean(axis=0)")),
    Answer("affine_backward", "db-wrong-axis",
           "db has shape (M,): the sum over axis 0.",
           _aff_bwd(db="dout.sum(axis=1)")),
    Answer("affine_backward", "averaged-weights",
           "dW = xᵀ dout sums over the batch; dividing by N is a different loss.",
           _aff_bwd(dW="x.T @ dout / len(x)", dx="dout @ W.T / len(x)")),
    Answer("affine_backward", "order",
           "“one per input of the forward, in the same order”: (dx, dW, db).",
           _aff_bwd(ret="dW, dx, db")),
    Answer("affine_backward", "db-scalar",
           "db has shape (M,); the total sum is a number.",
           _aff_bwd(db="dout.sum()")),
    Answer("affine_backward", "dW-transposed",
           "dW has W's shape (D, M): doutᵀ x is (M, D).",
           _aff_bwd(dW="(dout.T @ x).reshape(W.shape)")),
    # --- sigmoid / relu layers --------------------------------------------------------------
    Answer("sigmoid_forward", "naive",
           "The notebook's stable sigmoid exists because the naive form overflows with warnings.",
           "def sigmoid_forward(x):\n    out = 1.0 / (1.0 + np.exp(-np.asarray(x, float)))\n    return out, out\n"
           "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n"),
    Answer("sigmoid_forward", "no-cache",
           "“Returns (out, cache)”.",
           "def sigmoid_forward(x):\n    return sigmoid(x)\n"
           "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n"),
    Answer("sigmoid_backward", "input-cache-output-formula",
           "σ′ = out(1 − out): with the input cached, x(1 − x) is the text's “second mistake”.",
           "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    return sigmoid(x), x\n"
           "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n"),
    Answer("sigmoid_backward", "no-upstream",
           "The backward is the upstream gradient times the local derivative.",
           SIG_PAIR.replace("np.asarray(dout, float) * cache * (1 - cache)", "np.ones_like(np.asarray(dout, float)) * cache * (1 - cache)")),
    Answer("sigmoid_backward", "one-minus-only",
           "σ′ = σ(1 − σ), not (1 − σ).",
           SIG_PAIR.replace("* cache * (1 - cache)", "* (1 - cache)")),
    Answer("relu_forward", "in-place",
           "“never modify the inputs”.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    x[x < 0] = 0.0\n    return x, x > 0\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache\n"),
    Answer("relu_forward", "leaky",
           "ReLU layer, max(0, x).",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.01 * x), x > 0\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache\n"),
    Answer("relu_backward", "one-at-zero",
           "“the local derivative at x = 0 is taken as 0”.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x >= 0\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache\n"),
    Answer("relu_backward", "in-place-dout",
           "Backward returns dx; zeroing the caller's upstream array in place changes their data.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x > 0\n"
           "def relu_backward(dout, cache):\n    dout = np.asarray(dout, float)\n    dout[~cache] = 0.0\n    return dout\n"),
    Answer("relu_backward", "mask-only",
           "“the upstream gradient times the local derivative”.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x > 0\n"
           "def relu_backward(dout, cache):\n    return cache.astype(float) * np.sign(np.abs(np.asarray(dout, float)))\n"),
    # --- mse_loss ---------------------------------------------------------------------------
    Answer("mse_loss", "no-one-over-K",
           "“Keep the 1/K … its gradient must not grow with the batch size”.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(np.mean(d ** 2)), 2 * d\n"),
    Answer("mse_loss", "no-two",
           "∂L/∂ŷ_k = 2(ŷ_k − y_k)/K.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(np.mean(d ** 2)), d / d.size\n"),
    Answer("mse_loss", "rows-not-entries",
           "“the mean … over all K entries”: dividing by the number of rows is wrong for several columns.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    n = d.shape[0] if d.ndim else 1\n    return float(np.sum(d ** 2) / n), 2 * d / n\n"),
    Answer("mse_loss", "loss-array",
           "“a number”: a 1-element array is not.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return np.mean(d ** 2, keepdims=True).reshape(1), 2 * d / d.size\n"),
    Answer("mse_loss", "sign",
           "The gradient with respect to y_pred is 2(ŷ − y)/K, not 2(y − ŷ)/K.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(np.mean(d ** 2)), -2 * d / d.size\n"),
    Answer("mse_loss", "half",
           "L = mean of (ŷ − y)², without a ½.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(0.5 * np.mean(d ** 2)), d / d.size\n"),
    Answer("mse_loss", "flat-gradient",
           "“an array of y_pred's shape”.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(np.mean(d ** 2)), (2 * d / d.size).ravel()\n"),
    # --- two_layer_loss_and_grads -----------------------------------------------------------
    Answer("two_layer_loss_and_grads", "modifies-params",
           "“Do not modify params.”: a gradient step taken in place on the caller's arrays.",
           _two(TWO_FWD + TWO_BWD
                + "    for k, g in (('W1', dW1), ('b1', db1), ('W2', dW2), ('b2', db2)):\n"
                "        if isinstance(params[k], np.ndarray) and params[k].dtype.kind == 'f':\n"
                "            params[k] -= 0.5 * g\n" + TWO_RET)),
    Answer("two_layer_loss_and_grads", "numerical",
           "“run the forward pass with your layer functions, keeping every cache, then the backward pass”: "
           "numerical gradients are the referee, not the answer.",
           _two("    def loss_of(p):\n        h = sigmoid(X @ p['W1'] + p['b1'])\n"
                "        return float(np.mean((sigmoid(h @ p['W2'] + p['b2']) - y) ** 2))\n"
                "    P = {k: np.asarray(v, float) for k, v in params.items()}\n"
                "    grads = {k: numerical_gradient(lambda v, k=k: loss_of({**P, k: v}), P[k]) for k in P}\n"
                "    return loss_of(P), grads\n")),
    Answer("two_layer_loss_and_grads", "no-hidden-sigmoid-backward",
           "“then the backward pass in reverse order”: the hidden sigmoid's backward is skipped.",
           _two(TWO_FWD + TWO_BWD.replace("da1 = sigmoid_backward(dh, c2)", "da1 = dh") + TWO_RET)),
    Answer("two_layer_loss_and_grads", "b2-keepdims",
           "“grads[key] shaped like params[key]”: b2 is (1,), not (1, 1).",
           _two(TWO_FWD + TWO_BWD + "    return loss, {'W1': dW1, 'b1': db1, 'W2': dW2, 'b2': db2.reshape(1, 1)}\n")),
    Answer("two_layer_loss_and_grads", "relu-hidden",
           "hidden = σ(X W1 + b1): the network of notebook 03 uses sigmoids.",
           _two(TWO_FWD.replace("h, c2 = sigmoid_forward(a1)", "h, c2 = relu_forward(a1)")
                + TWO_BWD.replace("da1 = sigmoid_backward(dh, c2)", "da1 = relu_backward(dh, c2)") + TWO_RET)),
    Answer("two_layer_loss_and_grads", "loss-array",
           "The loss is a number (mse_loss's), not a 1-element array.",
           _two(TWO_FWD + TWO_BWD + "    loss = np.array([loss])\n" + TWO_RET)),
    Answer("two_layer_loss_and_grads", "per-sample-loss",
           "L = mse(out, y) over all entries; summing the squared errors scales loss and gradients by N.",
           _two(TWO_FWD + TWO_BWD.replace("loss, dout = mse_loss(out, y)",
                                          "loss, dout = mse_loss(out, y)\n    loss, dout = loss * len(y), dout * len(y)")
                + TWO_RET)),
    # --- more (second pass) ---------------------------------------------------------------
    Answer("AddGate", "list-pair",
           "“a tuple (dx, dy) for the two-input gates”: a list is returned.",
           _gate2("AddGate", "        return np.asarray(x, float) + np.asarray(y, float)\n", D + "        return [dout, dout]\n")),
    Answer("MultiplyGate", "single-gradient",
           "“a tuple (dx, dy) for the two-input gates”: only dx.",
           _gate2("MultiplyGate", XY + "        return self.x * self.y\n", D + "        return dout * self.y\n")),
    Answer("MaxGate", "routes-to-smaller",
           "“max routes the gradient to the winner”: the larger input.",
           _gate2("MaxGate", XY + "        return np.maximum(self.x, self.y)\n",
                  D + "        m = self.x < self.y\n        return dout * m, dout * ~m\n")),
    Answer("ExpGate", "exp-of-output",
           "exp: dx = dout·z; exponentiating the saved output again is e^(eˣ).",
           _gate1("ExpGate", "        self.z = np.exp(np.asarray(x, float))\n        return self.z\n", D + "        return dout * np.exp(self.z)\n")),
    Answer("ExpGate", "added-upstream",
           "downstream = upstream × local, not upstream + local.",
           _gate1("ExpGate", "        self.z = np.exp(np.asarray(x, float))\n        return self.z\n", D + "        return dout + self.z\n")),
    Answer("ReciprocalGate", "not-squared",
           "dx = −dout / x², not −dout / x.",
           _gate1("ReciprocalGate", "        self.x = np.asarray(x, float)\n        return 1.0 / self.x\n", D + "        return -dout / self.x\n")),
    Answer("SigmoidGate", "no-upstream",
           "dx = dout·z(1 − z): the upstream factor is missing.",
           _gate1("SigmoidGate", "        self.out = sigmoid(x)\n        return self.out\n", "        return self.out * (1 - self.out)\n")),
    Answer("affine_forward", "swapped-return",
           "“Returns (out, cache)” — in that order.",
           "def affine_forward(x, W, b):\n    x = np.asarray(x, float); W = np.asarray(W, float); b = np.asarray(b, float)\n"
           "    return (x, W, b), x @ W + b\n"),
    Answer("affine_forward", "transposed-output",
           "“out of shape (N, M)”: Wᵀxᵀ is (M, N).",
           "def affine_forward(x, W, b):\n    x = np.asarray(x, float); W = np.asarray(W, float); b = np.asarray(b, float)\n"
           "    return W.T @ x.T + b[:, None], (x, W, b)\n"),
    Answer("sigmoid_forward", "in-place",
           "“never modify the inputs”: the caller's array is overwritten with σ(x).",
           "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    x[...] = sigmoid(x)\n    return x, x\n"
           "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n"),
    Answer("sigmoid_forward", "swapped-return",
           "“Returns (out, cache)”: with the cache first, a cached input comes back as out.",
           "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    return x, sigmoid(x)\n"
           "def sigmoid_backward(dout, cache):\n    return np.asarray(dout, float) * cache * (1 - cache)\n"),
    Answer("sigmoid_backward", "sign",
           "σ′ = out(1 − out) ≥ 0: out(out − 1) flips every gradient.",
           SIG_PAIR.replace("* cache * (1 - cache)", "* cache * (cache - 1)")),
    Answer("sigmoid_backward", "averaged",
           "The backward is upstream × local, entry by entry; dividing by the batch size is a different loss.",
           SIG_PAIR.replace("np.asarray(dout, float) * cache * (1 - cache)",
                            "np.asarray(dout, float) * cache * (1 - cache) / np.asarray(dout).shape[0]")),
    Answer("relu_forward", "swapped-return",
           "“Returns (out, cache)”.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return x > 0, np.maximum(x, 0.0)\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * (cache > 0)\n"),
    Answer("relu_forward", "abs",
           "ReLU layer, max(0, x), not |x|.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.abs(x), x > 0\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache\n"),
    Answer("relu_backward", "inverted-mask",
           "The gradient passes where the input was positive, not where it was negative.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x > 0\n"
           "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * ~cache\n"),
]

RIGHT = [
    Answer("AddGate", "plain", "Both inputs get dout.",
           _gate2("AddGate", "        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)\n",
                  D + "        return dout, dout.copy()\n")),
    Answer("MultiplyGate", "plain", "Multiply swaps.",
           _gate2("MultiplyGate", XY + "        return self.x * self.y\n", D + "        return dout * self.y, dout * self.x\n")),
    Answer("MaxGate", "plain", "Route to x where x ≥ y.",
           _gate2("MaxGate", XY + "        self.m = self.x >= self.y\n        return np.maximum(self.x, self.y)\n",
                  D + "        return np.where(self.m, dout, 0.0), np.where(self.m, 0.0, dout)\n")),
    Answer("ExpGate", "plain", "Reuse the output.",
           _gate1("ExpGate", "        self.z = np.exp(np.asarray(x, dtype=float))\n        return self.z\n",
                  D + "        return dout * self.z\n")),
    Answer("ReciprocalGate", "plain", "−dout / x².",
           _gate1("ReciprocalGate", "        self.x = np.asarray(x, dtype=float)\n        return 1.0 / self.x\n",
                  D + "        return -dout / self.x ** 2\n")),
    Answer("ReciprocalGate", "output-squared", "−dout·z² with z = 1/x is −dout/x².",
           _gate1("ReciprocalGate", "        self.z = 1.0 / np.asarray(x, dtype=float)\n        return self.z\n",
                  D + "        return -dout * self.z * self.z\n")),
    Answer("SigmoidGate", "plain", "out(1 − out).",
           _gate1("SigmoidGate", "        self.out = sigmoid(x)\n        return self.out\n",
                  D + "        return dout * self.out * (1.0 - self.out)\n")),
    Answer("numerical_gradient", "ndindex", "Float copy, centred difference, restore each entry.",
           _numgrad("    x = np.array(x, dtype=float)\n    g = np.zeros_like(x)\n"
                    "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + h\n        fp = f(x)\n"
                    "        x[i] = old - h\n        fm = f(x)\n        x[i] = old\n        g[i] = (fp - fm) / (2 * h)\n    return g\n")),
    Answer("numerical_gradient", "fresh-copies", "A fresh copy for every evaluation.",
           _numgrad("    x = np.asarray(x, dtype=float)\n    g = np.zeros(x.shape)\n"
                    "    for i in np.ndindex(x.shape):\n        e = np.zeros(x.shape)\n        e[i] = h\n"
                    "        g[i] = (f(x + e) - f(x - e)) / (2 * h)\n    return g\n")),
    Answer("rel_error", "formula", "The text's formula.",
           "def rel_error(a, b):\n    a = np.asarray(a, float); b = np.asarray(b, float)\n"
           "    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))\n"),
    Answer("neuron_forward_backward", "gates", "Two multiply, two add, one sigmoid gate, backward in reverse.",
           _nfb(NFB_GATES + "    return float(f), np.array([dw0, dw1, dw2], float), np.array([dx0, dx1], float)\n")),
    Answer("affine_forward", "plain", "x @ W + b and cache (x, W, b).", _aff_bwd()),
    Answer("affine_backward", "einsum", "The same sums with einsum.",
           _aff_bwd(dx="np.einsum('nm,dm->nd', dout, W)", dW="np.einsum('nd,nm->dm', x, dout)",
                    db="np.einsum('nm->m', dout)")),
    Answer("sigmoid_forward", "cache-output", "Cache the output.", SIG_PAIR),
    Answer("sigmoid_backward", "cache-input-recompute", "Cache the input and recompute σ in backward.",
           "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    return sigmoid(x), x\n"
           "def sigmoid_backward(dout, cache):\n    s = sigmoid(cache)\n    return np.asarray(dout, float) * s * (1 - s)\n"),
    Answer("relu_forward", "mask", "Cache the mask x > 0.", RELU_PAIR),
    Answer("relu_backward", "where", "np.where on the mask.",
           "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(x, 0.0), x > 0\n"
           "def relu_backward(dout, cache):\n    return np.where(cache, np.asarray(dout, float), 0.0)\n"),
    Answer("mse_loss", "plain", "mean and 2(ŷ − y)/K.",
           "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
           "    return float(np.mean(d ** 2)), 2.0 * d / d.size\n"),
    Answer("two_layer_loss_and_grads", "layers", "Forward with caches, backward in reverse.",
           _two(TWO_FWD + TWO_BWD + TWO_RET)),
]
