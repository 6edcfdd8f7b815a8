"""Lesson 05: typical wrong answers fail, correct alternatives pass, and the
solution's gradients agree with centred differences and the classic worked
numbers, independently of the public check cases."""

import math
from pathlib import Path

import numpy as np
import pytest

from helpers import checks, graph_drawing
from tests.support import ROOT, assert_fails, assert_passes, solution_namespace, table_cases, variant, verdict

L = "05_backprop"


def _gate(name, forward, backward, arity=2):
    args = "self, x, y" if arity == 2 else "self, x"
    return (f"class {name}:\n    def forward({args}):\n" + "".join(f"        {line}\n" for line in forward)
            + "    def backward(self, dout):\n" + "".join(f"        {line}\n" for line in backward))


# A two-layer network written out in full, with one slip at a time.
NET = """
def two_layer_loss_and_grads(params, X, y):
    X = np.asarray(X, float); y = np.asarray(y, float).reshape(-1, 1)
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h = sigmoid(X @ W1 + b1)
    out = sigmoid(h @ W2 + b2)
    loss = float(np.mean((out - y) ** 2))
    dout = 2 * (out - y) / {N}
    dz2 = dout * {SIG2}
    dW2 = {DW2}
    db2 = {DB2}
    dh = dz2 @ W2.T
    dz1 = dh * h * (1 - h)
    dW1 = X.T @ dz1
    db1 = {DB1}
    return loss, {{"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}}
"""
NET_OK = {"N": "out.size", "SIG2": "out * (1 - out)", "DW2": "h.T @ dz2", "DB2": "dz2.sum(axis=0)",
          "DB1": "dz1.sum(axis=0)"}


def _net(**slip):
    return NET.format(**{**NET_OK, **slip})


# The autodiff engine as the notebook gives it, with a backward body to fill in.
VALUE = """
class Value:
    def __init__(self, data, parents=(), gate=None):
        self.data, self.grad = float(data), 0.0
        self.parents, self.gate = parents, gate

    @staticmethod
    def apply(gate, *inputs):
        inputs = tuple(v if isinstance(v, Value) else Value(v) for v in inputs)
        return Value(gate.forward(*(v.data for v in inputs)), inputs, gate)

    def __add__(self, other):
        return Value.apply(AddGate(), self, other)

    def __mul__(self, other):
        return Value.apply(MultiplyGate(), self, other)

    __radd__, __rmul__ = __add__, __mul__

    def __neg__(self):
        return self * -1.0

    def __truediv__(self, other):
        return self * Value.apply(ReciprocalGate(), other)

    def __rtruediv__(self, other):
        return Value.apply(ReciprocalGate(), self) * other

    def exp(self):
        return Value.apply(ExpGate(), self)

    def sigmoid(self):
        return Value.apply(SigmoidGate(), self)

    def backward(self):
{BODY}
"""
TOPO = """        order, seen = [], set()
        def visit(v):
            if id(v) not in seen:
                seen.add(id(v))
                for p in v.parents:
                    visit(p)
                order.append(v)
        visit(self)
"""
PASS_ON = """            if v.gate is not None:
                grads = v.gate.backward(v.grad)
                grads = grads if len(v.parents) > 1 else (grads,)
                for parent, g in zip(v.parents, grads):
                    parent.grad {OP} float(g)
"""


def _value(body):
    return VALUE.replace("{BODY}", body)


def _topo_backward(reset=True, op="+="):
    reset_lines = "        for v in order:\n            v.grad = 0.0\n" if reset else ""
    return _value(TOPO + reset_lines + "        self.grad = 1.0\n        for v in reversed(order):\n"
                  + PASS_ON.replace("{OP}", op))


WRONG = {
    "AddGate": [
        _gate("AddGate", ["return np.asarray(x, float) + np.asarray(y, float)"], ["return dout"]),  # one grad
        _gate("AddGate", ["return np.asarray(x, float) + np.asarray(y, float)"], ["return dout, 0 * dout"]),
        _gate("AddGate", ["return np.asarray(x, float) + np.asarray(y, float)"], ["return dout / 2, dout / 2"]),
    ],
    "MultiplyGate": [
        _gate("MultiplyGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)", "return self.x * self.y"],
              ["return dout * self.x, dout * self.y"]),                                        # no swap
        _gate("MultiplyGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)", "return self.x * self.y"],
              ["return self.y, self.x"]),                                                     # upstream ignored
        _gate("MultiplyGate", ["self.x, self.y = x, y", "return x * y"],
              ["return dout * self.y, dout * self.x"]),                                       # lists fail
    ],
    "MaxGate": [
        # a tie sends the gradient to both inputs
        _gate("MaxGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)",
                          "return np.maximum(self.x, self.y)"],
              ["return dout * (self.x >= self.y), dout * (self.y >= self.x)"]),
        # a tie sends it to the second input
        _gate("MaxGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)",
                          "return np.maximum(self.x, self.y)"],
              ["return dout * (self.x > self.y), dout * (self.y >= self.x)"]),
        # a tie splits it
        _gate("MaxGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)",
                          "return np.maximum(self.x, self.y)"],
              ["w = (self.x > self.y) + 0.5 * (self.x == self.y)", "return dout * w, dout * (1 - w)"]),
        # the gradient goes to the smaller input
        _gate("MaxGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)",
                          "return np.maximum(self.x, self.y)"],
              ["return dout * (self.x < self.y), dout * (self.x >= self.y)"]),
    ],
    "ExpGate": [
        _gate("ExpGate", ["self.x = np.asarray(x, float)", "return np.exp(self.x)"], ["return dout * self.x"], 1),
        _gate("ExpGate", ["self.out = np.exp(np.asarray(x, float))", "return self.out"],
              ["return (dout * self.out,)"], 1),                                               # a 1-tuple
        _gate("ExpGate", ["self.out = np.exp(np.asarray(x, float))", "return self.out"], ["return self.out"], 1),
    ],
    "ReciprocalGate": [
        _gate("ReciprocalGate", ["self.x = np.asarray(x, float)", "return 1 / self.x"],
              ["return dout / self.x ** 2"], 1),                                               # sign
        _gate("ReciprocalGate", ["self.x = np.asarray(x, float)", "return 1 / self.x"],
              ["return -dout / self.x"], 1),
    ],
    "SigmoidGate": [
        _gate("SigmoidGate", ["self.x = np.asarray(x, float)", "return sigmoid(self.x)"],
              ["return dout * self.x * (1 - self.x)"], 1),                                     # σ' on the input
        _gate("SigmoidGate", ["self.out = sigmoid(x)", "return self.out"], ["return self.out * (1 - self.out)"], 1),
        _gate("SigmoidGate", ["self.out = sigmoid(x)", "return self.out"],
              ["return dout * self.out"], 1),
        # forward stores nothing; backward recomputes from the first input it ever saw
        "class SigmoidGate:\n    seen = None\n    def forward(self, x):\n"
        "        if SigmoidGate.seen is None:\n            SigmoidGate.seen = sigmoid(x)\n        return sigmoid(x)\n"
        "    def backward(self, dout):\n        return dout * SigmoidGate.seen * (1 - SigmoidGate.seen)",
    ],
    "numerical_gradient": [
        # one-sided difference
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.array(x, float); g = np.zeros_like(x); fx = f(x)\n"
        "    for i in np.ndindex(x.shape):\n        old = x[i]; x[i] = old + h; g[i] = (f(x) - fx) / h; x[i] = old\n"
        "    return g",
        # nudges in place and undoes it arithmetically: x drifts
        "def numerical_gradient(f, x, h=1e-5):\n    g = np.zeros_like(x, dtype=float)\n"
        "    for i in np.ndindex(x.shape):\n        x[i] += h; fp = f(x); x[i] -= 2 * h; fm = f(x); x[i] += h\n"
        "        g[i] = (fp - fm) / (2 * h)\n    return g",
        # ignores h
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.array(x, float); g = np.zeros_like(x)\n"
        "    for i in np.ndindex(x.shape):\n        old = x[i]\n        x[i] = old + 1e-5; fp = f(x)\n"
        "        x[i] = old - 1e-5; fm = f(x); x[i] = old\n        g[i] = (fp - fm) / 2e-5\n    return g",
        # 1-D only
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.array(x, float); g = np.zeros_like(x)\n"
        "    for i in range(len(x)):\n        old = x[i]; x[i] = old + h; fp = f(x); x[i] = old - h; fm = f(x)\n"
        "        x[i] = old; g[i] = (fp - fm) / (2 * h)\n    return g",
        # no float copy: integer arrays truncate the nudge (and are modified in place)
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.asarray(x); g = np.zeros(x.shape)\n"
        "    for i in np.ndindex(x.shape):\n        old = x[i]; x[i] = old + h; fp = f(x); x[i] = old - h; fm = f(x)\n"
        "        x[i] = old; g[i] = (fp - fm) / (2 * h)\n    return g",
        # divides by h instead of 2h
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.array(x, float); g = np.zeros_like(x)\n"
        "    for i in np.ndindex(x.shape):\n        old = x[i]; x[i] = old + h; fp = f(x); x[i] = old - h; fm = f(x)\n"
        "        x[i] = old; g[i] = (fp - fm) / h\n    return g",
    ],
    "rel_error": [
        "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
        "    return float(np.max(np.abs(a - b) / (np.abs(a) + np.abs(b))))",                    # no floor
        "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
        "    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a + b))))",
        "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
        "    return float(np.mean(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))",
        "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
        "    return float(np.max(np.abs(a - b)) / max(1e-8, np.max(np.abs(a) + np.abs(b))))",
        "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
        "    return np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))",                      # not reduced
    ],
    "neuron_forward_backward": [
        # missing the sigmoid's local gradient
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    f = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2])\n"
        "    return float(f), np.array([x[0], x[1], 1.0]), np.array([w[0], w[1]])",
        # σ' taken as s(1 - s) on the weighted sum
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    s = w[0] * x[0] + w[1] * x[1] + w[2]; g = s * (1 - s)\n"
        "    return float(sigmoid(s)), g * np.array([x[0], x[1], 1.0]), g * np.array([w[0], w[1]])",
        # dw and dx swapped (no swap in the multiply gates)
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    f = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]); g = f * (1 - f)\n"
        "    return float(f), g * np.array([w[0], w[1], 1.0]), g * np.array([x[0], x[1]])",
        # the bias gradient forgotten
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    f = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]); g = f * (1 - f)\n"
        "    return float(f), g * np.array([x[0], x[1], 0.0]), g * np.array([w[0], w[1]])",
        # the bias taken as w[0]
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    f = sigmoid(w[0] + w[1] * x[0] + w[2] * x[1]); g = f * (1 - f)\n"
        "    return float(f), g * np.array([1.0, x[0], x[1]]), g * np.array([w[1], w[2]])",
    ],
    "affine_forward": [
        "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
        "    return x @ W, (x, W)",
        "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
        "    return (W.T @ x.T).T + b",                                                          # no cache
    ],
    "affine_backward": [
        # dW transposed
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    return dout @ W.T, dout.T @ x, dout.sum(axis=0)",
        # db averaged
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    return dout @ W.T, x.T @ dout, dout.mean(axis=0)",
        # db not summed over the batch
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    return dout @ W.T, x.T @ dout, dout",
        # db summed over the wrong axis
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    return dout @ W.T, x.T @ dout, dout.sum(axis=1)",
        # dW averaged over the batch
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n"
        "    return dout @ W.T, x.T @ dout / len(x), dout.sum(axis=0)",
        # dx with W instead of W.T (shapes cannot fit; raises)
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    return dout @ W, x.T @ dout, dout.sum(axis=0)",
    ],
    "sigmoid_forward": [
        "def sigmoid_forward(x):\n    return sigmoid(x)",                                        # no cache
        "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    return np.tanh(x), x",
    ],
    "sigmoid_backward": [
        "def sigmoid_backward(dout, cache):\n    return dout * cache",
        "def sigmoid_backward(dout, cache):\n    return cache * (1 - cache)",                       # dout ignored
        "def sigmoid_backward(dout, cache):\n    s = sigmoid(cache)\n    return dout * s * (1 - s)",  # σ of σ
    ],
    "relu_forward": [
        "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.abs(x), x",
    ],
    "relu_backward": [
        "def relu_backward(dout, cache):\n    return dout * (cache >= 0)",                          # passes at 0
        "def relu_backward(dout, cache):\n    return (cache > 0).astype(float)",                    # dout ignored
    ],
    "mse_loss": [
        # not averaged
        "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
        "    return float(np.mean(d ** 2)), 2 * d",
        # no factor 2
        "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
        "    return float(np.mean(d ** 2)), d / d.size",
        # averaged over rows only
        "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
        "    return float(np.mean(d ** 2)), 2 * d / len(d)",
        # the gradient with the wrong sign
        "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
        "    return float(np.mean(d ** 2)), -2 * d / d.size",
        # summed loss
        "def mse_loss(y_pred, y):\n    d = np.asarray(y_pred, float) - np.asarray(y, float)\n"
        "    return float(np.sum(d ** 2)), 2 * d",
    ],
    "Value": [
        _topo_backward(op="="),                              # paths merge but gradients overwrite
        _topo_backward(reset=False),                         # no reset: a second backward() doubles
        # breadth first from the output: a Value passes its gradient on before it is complete
        _value("""        for v in [self] + [p for p in self.parents]:
            v.grad = 0.0
        self.grad = 1.0
        queue = [self]
        while queue:
            v = queue.pop(0)
""" + PASS_ON.replace("{OP}", "+=").replace("            ", "            ", 1) + """                queue.extend(v.parents)
"""),
        # the recorded order forwards instead of backwards
        _value(TOPO + "        for v in order:\n            v.grad = 0.0\n        self.grad = 1.0\n"
               "        for v in order:\n" + PASS_ON.replace("{OP}", "+=")),
        # a one-input gate's single gradient zipped as if it were a tuple
        _value(TOPO + "        for v in order:\n            v.grad = 0.0\n        self.grad = 1.0\n"
               "        for v in reversed(order):\n            if v.gate is not None:\n"
               "                for parent, g in zip(v.parents, v.gate.backward(v.grad)):\n"
               "                    parent.grad += float(g)\n"),
    ],
    "two_layer_loss_and_grads": [
        _net(SIG2="1"),                                      # missing σ' of the output layer
        _net(N="1"),                                         # gradient not averaged
        _net(DB1="dz1"),                                     # bias gradient not summed (shape (N, H))
        _net(DB1="dz1.mean(axis=0)"),                        # bias gradient averaged
        _net(DB2="dz2[0]"),                                  # one sample's bias gradient
        _net(DW2="h.T @ dout"),                              # σ' missing in dW2 only
        # missing σ' of the hidden layer
        _net().replace("dz1 = dh * h * (1 - h)", "dz1 = dh"),
        # modifies params in place (a training step hidden inside)
        _net().replace("    return loss,", "    params['W1'] -= 0.0 * dW1 + 1e-3\n    return loss,"),
    ],
}

RIGHT = {
    "Value": [
        _topo_backward(),
        # Kahn's algorithm: count each Value's consumers, pass a gradient on once all have reported
        _value("""        consumers, stack, seen = {}, [self], {id(self)}
        while stack:
            v = stack.pop()
            v.grad = 0.0
            for p in v.parents:
                consumers[id(p)] = consumers.get(id(p), 0) + 1
                if id(p) not in seen:
                    seen.add(id(p))
                    stack.append(p)
        self.grad = 1.0
        ready = [self]
        while ready:
            v = ready.pop()
            if v.gate is None:
                continue
            grads = v.gate.backward(v.grad)
            grads = grads if isinstance(grads, tuple) else (grads,)
            for p, g in zip(v.parents, grads):
                p.grad = p.grad + float(g)
                consumers[id(p)] -= 1
                if consumers[id(p)] == 0:
                    ready.append(p)
"""),
    ],
    "AddGate": [
        _gate("AddGate", ["return np.add(x, y, dtype=float)"],
              ["g = np.ones_like(np.asarray(dout, float)) * dout", "return g, g.copy()"]),
    ],
    "MultiplyGate": [
        _gate("MultiplyGate", ["self.cache = (np.array(x, dtype=float), np.array(y, dtype=float))",
                               "return np.multiply(*self.cache)"],
              ["x, y = self.cache", "return np.multiply(dout, y), np.multiply(dout, x)"]),
    ],
    "MaxGate": [
        # an explicit loop over the entries
        _gate("MaxGate", ["self.x, self.y = np.asarray(x, float), np.asarray(y, float)",
                          "return np.maximum(self.x, self.y)"],
              ["dout = np.broadcast_to(np.asarray(dout, float), self.x.shape)",
               "dx, dy = np.zeros(self.x.shape), np.zeros(self.x.shape)",
               "for i in np.ndindex(self.x.shape):",
               "    if self.x[i] >= self.y[i]:",
               "        dx[i] = dout[i]",
               "    else:",
               "        dy[i] = dout[i]",
               "return dx, dy"]),
        _gate("MaxGate", ["x, y = np.asarray(x, float), np.asarray(y, float)", "self.mask = (x >= y).astype(float)",
                          "return self.mask * x + (1 - self.mask) * y"],
              ["return dout * self.mask, dout * (1 - self.mask)"]),
    ],
    "ExpGate": [
        _gate("ExpGate", ["self.x = np.asarray(x, float)", "return np.exp(self.x)"],
              ["return dout * np.exp(self.x)"], 1),                                              # recompute
    ],
    "ReciprocalGate": [
        _gate("ReciprocalGate", ["self.out = 1 / np.asarray(x, float)", "return self.out"],
              ["return -dout * self.out ** 2"], 1),
    ],
    "numerical_gradient": [
        # a flat view of a copy
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.array(x, dtype=float); flat = x.reshape(-1)\n"
        "    g = np.zeros(flat.size)\n    for i in range(flat.size):\n        old = flat[i]\n"
        "        flat[i] = old + h; fp = f(x)\n        flat[i] = old - h; fm = f(x)\n        flat[i] = old\n"
        "        g[i] = (fp - fm) / (2 * h)\n    return g.reshape(x.shape)",
        # fresh arrays for every evaluation
        "def numerical_gradient(f, x, h=1e-5):\n    x = np.asarray(x, dtype=float); g = np.zeros_like(x)\n"
        "    for i in np.ndindex(x.shape):\n        e = np.zeros_like(x); e[i] = h\n"
        "        g[i] = (f(x + e) - f(x - e)) / (2 * h)\n    return g",
    ],
    "rel_error": [
        "def rel_error(a, b):\n    a, b = np.ravel(a).astype(float), np.ravel(b).astype(float)\n"
        "    return max(abs(p - q) / max(1e-8, abs(p) + abs(q)) for p, q in zip(a, b))",
    ],
    "neuron_forward_backward": [
        # the expanded graph, gate by gate
        "def neuron_forward_backward(w, x):\n    w, x = list(map(float, w)), list(map(float, x))\n"
        "    m0, m1, a0, a1, neg, ex, inc, rec = (MultiplyGate(), MultiplyGate(), AddGate(), AddGate(),\n"
        "                                         MultiplyGate(), ExpGate(), AddGate(), ReciprocalGate())\n"
        "    s = a1.forward(a0.forward(m0.forward(w[0], x[0]), m1.forward(w[1], x[1])), w[2])\n"
        "    f = rec.forward(inc.forward(ex.forward(neg.forward(s, -1.0)), 1.0))\n"
        "    dd = rec.backward(1.0); de, _ = inc.backward(dd); dn = ex.backward(de); ds, _ = neg.backward(dn)\n"
        "    dc, dw2 = a1.backward(ds); da, db = a0.backward(dc)\n"
        "    dw0, dx0 = m0.backward(da); dw1, dx1 = m1.backward(db)\n"
        "    return float(f), np.array([dw0, dw1, dw2]), np.array([dx0, dx1])",
    ],
    "affine_forward": [
        "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
        "    return np.einsum('nd,dm->nm', x, W) + b, {'x': x, 'W': W, 'b': b}",
    ],
    "affine_backward": [
        # pairs with the solution's forward; a per-sample loop
        "def affine_backward(dout, cache):\n    x, W, _ = cache\n    dx = np.zeros_like(x); dW = np.zeros_like(W)\n"
        "    db = np.zeros(W.shape[1])\n    for n in range(len(x)):\n        dx[n] = W @ dout[n]\n"
        "        dW += np.outer(x[n], dout[n])\n        db += dout[n]\n    return dx, dW, db",
    ],
    "sigmoid_backward": [
        "def sigmoid_backward(dout, cache):\n    return dout * (cache - cache ** 2)",
    ],
    "relu_backward": [
        "def relu_backward(dout, cache):\n    g = np.array(dout, dtype=float)\n    g[cache <= 0] = 0\n    return g",
    ],
    "mse_loss": [
        "def mse_loss(y_pred, y):\n    d = np.subtract(y_pred, y, dtype=float)\n"
        "    return np.sum(d * d) / d.size, (2.0 / d.size) * d",
    ],
    "two_layer_loss_and_grads": [
        _net(),                                              # vectorised, without the layer functions
        # a per-sample loop that accumulates the gradients
        "def two_layer_loss_and_grads(params, X, y):\n"
        "    X = np.asarray(X, float); y = np.asarray(y, float).reshape(-1, 1); N = len(X)\n"
        "    grads = {k: np.zeros_like(np.asarray(v, float)) for k, v in params.items()}; loss = 0.0\n"
        "    for n in range(N):\n"
        "        h = sigmoid(X[n] @ params['W1'] + params['b1'])\n"
        "        o = sigmoid(h @ params['W2'] + params['b2'])\n"
        "        loss += float(np.sum((o - y[n]) ** 2)) / N\n"
        "        dz2 = 2 * (o - y[n]) / N * o * (1 - o)\n"
        "        grads['W2'] += np.outer(h, dz2); grads['b2'] += dz2\n"
        "        dz1 = (params['W2'] @ dz2) * h * (1 - h)\n"
        "        grads['W1'] += np.outer(X[n], dz1); grads['b1'] += dz1\n"
        "    return loss, grads",
    ],
}


@pytest.mark.parametrize("name, source", table_cases(WRONG))
def test_typical_wrong_answer_fails(name, source):
    assert_fails(L, name, source)


@pytest.mark.parametrize("name, source", table_cases(RIGHT))
def test_correct_alternative_passes(name, source):
    assert_passes(L, name, source)


COMPOSED_SIGMOID_GATE = (
    "class SigmoidGate:\n    def forward(self, x):\n"
    "        self.gates = [MultiplyGate(), ExpGate(), AddGate(), ReciprocalGate()]\n"
    "        a = self.gates[0].forward(x, -1.0)\n        b = self.gates[1].forward(a)\n"
    "        c = self.gates[2].forward(b, 1.0)\n        return self.gates[3].forward(c)\n"
    "    def backward(self, dout):\n        dc = self.gates[3].backward(dout)\n"
    "        db, _ = self.gates[2].backward(dc)\n        da = self.gates[1].backward(db)\n"
    "        dx, _ = self.gates[0].backward(da)\n        return dx"
)


def test_sigmoid_gate_composed_of_primitives_fails_only_in_saturation():
    """×(−1), exp, +1, 1/x give the right gradient for moderate x, but at x = −800 the
    backward multiplies 0 by e^800 = inf and returns NaN; the check asks for 0 there."""
    result = verdict("SigmoidGate", variant(L, COMPOSED_SIGMOID_GATE))
    # exact where it is finite; NaN at -800, and its forward overflows (the promise case)
    failed = [case.title for case, r in zip(checks.find("SigmoidGate").cases, result.cases) if not r.passed]
    assert failed == ["SigmoidGate at x = -800, 0, 800",
                      "SigmoidGate.forward(x) for x from -1e4 to 1e4, without a warning (none hidden either)"]
    assert "not finite" in result.feedback


@pytest.mark.parametrize("slip, words", [
    ({"SIG2": "1"}, "relative error"),
    ({"N": "1"}, "relative error"),
    ({"DB1": "dz1"}, "shape"),
])
def test_two_layer_feedback_names_the_problem(slip, words):
    result = verdict("two_layer_loss_and_grads", variant(L, _net(**slip)))
    assert words in result.feedback and "Hint" in result.feedback


# --------------------------------------------------------------- the solution itself

def _numeric(f, x, h=1e-6):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        p, m = x.copy(), x.copy()
        p[i] += h
        m[i] -= h
        g[i] = (f(p) - f(m)) / (2 * h)
    return g


@pytest.mark.parametrize("shape", [(), (3,), (2, 4)])
def test_every_gate_backward_matches_centred_differences(shape):
    ns = solution_namespace(L)
    gen = np.random.default_rng(sum(shape) + 7)
    x = gen.uniform(0.3, 2.0, size=shape) * gen.choice([-1, 1], size=shape)
    y = gen.uniform(-2.0, 2.0, size=shape)
    y = np.where(np.abs(x - y) < 1e-3, y + 0.1, y)  # no ties for the numerical check of max
    dout = gen.normal(size=shape)
    ops = {"AddGate": np.add, "MultiplyGate": np.multiply, "MaxGate": np.maximum}
    for name, op in ops.items():
        gate = ns[name]()
        gate.forward(x, y)
        dx, dy = gate.backward(dout)
        assert np.allclose(dx, _numeric(lambda v, op=op: np.sum(dout * op(v, y)), x), atol=1e-7)
        assert np.allclose(dy, _numeric(lambda v, op=op: np.sum(dout * op(x, v)), y), atol=1e-7)
    single = {"ExpGate": np.exp, "ReciprocalGate": np.reciprocal,
              "SigmoidGate": lambda v: 1 / (1 + np.exp(-v))}
    for name, op in single.items():
        gate = ns[name]()
        gate.forward(x)
        dx = gate.backward(dout)
        assert not isinstance(dx, tuple)
        assert np.allclose(dx, _numeric(lambda v, op=op: np.sum(dout * op(v)), x), atol=1e-7)


def test_max_gate_routes_a_tie_to_the_first_input_as_documented():
    ns = solution_namespace(L)
    assert "tie" in ns["MaxGate"].__doc__ and "x" in ns["MaxGate"].__doc__
    gate = ns["MaxGate"]()
    assert float(gate.forward(1.0, 1.0)) == 1.0
    dx, dy = gate.backward(3.0)
    assert (float(dx), float(dy)) == (3.0, 0.0)
    gate.forward(np.array([2.0, 0.0, -1.0]), np.array([2.0, 1.0, -1.0]))
    dx, dy = gate.backward(np.ones(3))
    assert np.array_equal(dx, [1.0, 0.0, 1.0]) and np.array_equal(dy, [0.0, 1.0, 0.0])


def test_numerical_gradient_leaves_x_unchanged_and_handles_2d():
    numerical_gradient = solution_namespace(L)["numerical_gradient"]
    x = np.array([[0.1, 0.7, 1.3], [-2.9, 0.3, 1e-3]])
    before = x.copy()
    seen = []
    grad = numerical_gradient(lambda v: seen.append(v is x) or float(np.sum(np.sin(v) * v)), x)
    assert np.array_equal(x, before) and not any(seen)
    assert grad.shape == x.shape
    assert np.allclose(grad, np.cos(x) * x + np.sin(x), atol=1e-8)
    assert np.allclose(numerical_gradient(lambda v: float(np.sum(v ** 3)), [1.0], h=0.1), [3.01])


def test_rel_error_follows_its_formula():
    rel_error = solution_namespace(L)["rel_error"]
    gen = np.random.default_rng(1)
    for _ in range(20):
        a, b = gen.normal(size=(3, 4)), gen.normal(size=(3, 4))
        b[0, 0] = a[0, 0] = 0.0
        expected = max(abs(p - q) / max(1e-8, abs(p) + abs(q)) for p, q in zip(a.ravel(), b.ravel()))
        assert math.isclose(rel_error(a, b), expected, rel_tol=1e-12)
    assert rel_error(np.zeros(2), np.zeros(2)) == 0.0


def test_neuron_reproduces_the_classic_numbers():
    f, dw, dx = solution_namespace(L)["neuron_forward_backward"]([2.0, -3.0, -3.0], [-1.0, -2.0])
    assert round(f, 2) == 0.73
    assert np.array_equal(np.round(dw, 2), [-0.20, -0.39, 0.20])
    assert np.array_equal(np.round(dx, 2), [0.39, -0.59])


def test_affine_backward_on_non_square_shapes_matches_differences():
    ns = solution_namespace(L)
    gen = np.random.default_rng(4)
    x, W, b, dout = gen.normal(size=(4, 5)), gen.normal(size=(5, 3)), gen.normal(size=3), gen.normal(size=(4, 3))
    out, cache = ns["affine_forward"](x, W, b)
    dx, dW, db = ns["affine_backward"](dout, cache)
    assert out.shape == (4, 3) and dx.shape == (4, 5) and dW.shape == (5, 3) and db.shape == (3,)
    loss = lambda x_, W_, b_: float(np.sum(dout * ns["affine_forward"](x_, W_, b_)[0]))  # noqa: E731
    assert np.allclose(dx, _numeric(lambda v: loss(v, W, b), x), atol=1e-7)
    assert np.allclose(dW, _numeric(lambda v: loss(x, v, b), W), atol=1e-7)
    assert np.allclose(db, _numeric(lambda v: loss(x, W, v), b), atol=1e-7)
    assert np.allclose(db, dout.sum(axis=0))


def test_mse_gradient_has_the_one_over_n_factor():
    mse_loss = solution_namespace(L)["mse_loss"]
    y_pred, y = np.array([[0.2], [0.9], [0.4], [0.0]]), np.array([[0.0], [1.0], [1.0], [0.0]])
    loss, grad = mse_loss(y_pred, y)
    assert math.isclose(loss, (0.04 + 0.01 + 0.36) / 4)
    assert np.allclose(grad, _numeric(lambda v: mse_loss(v, y)[0], y_pred), atol=1e-8)


def test_two_layer_gradients_match_differences_of_its_own_loss_for_every_key():
    ns = solution_namespace(L)
    f, rel_error = ns["two_layer_loss_and_grads"], ns["rel_error"]
    gen = np.random.default_rng(9)
    params = {"W1": gen.normal(size=(3, 4)), "b1": gen.normal(size=4),
              "W2": gen.normal(size=(4, 1)), "b2": gen.normal(size=1)}
    X, y = gen.normal(size=(6, 3)), gen.uniform(size=(6, 1))
    frozen = {k: v.copy() for k, v in params.items()}
    loss, grads = f(params, X, y)
    assert all(np.array_equal(params[k], frozen[k]) for k in params)
    assert set(grads) == set(params)
    for key in params:
        numeric = _numeric(lambda v, key=key: f({**params, key: v}, X, y)[0], params[key], h=1e-5)
        assert grads[key].shape == params[key].shape
        assert rel_error(grads[key], numeric) < 1e-6, key


def test_xor_training_with_the_students_gradients_converges():
    ns = solution_namespace(L)
    assert ns["losses"] is not None and ns["losses"][-1] < 0.01
    predictions = (ns["xor_forward"](ns["params"], ns["X_xor"]) > 0.5).astype(float)
    assert np.array_equal(predictions, ns["y_xor"])


def test_graph_drawing_shows_the_classic_numbers_on_the_edges():
    import matplotlib.pyplot as plt
    nodes, edges = graph_drawing.neuron_graph((2.0, -3.0, -3.0), (-1.0, -2.0))
    grads = {(s, t): g for s, t, _, g in edges}
    assert round(grads[("w0", "mul0")], 2) == -0.20 and round(grads[("x1", "mul1")], 2) == -0.59
    assert round(grads[("w2", "add1")], 2) == 0.20 and round(grads[("x0", "mul0")], 2) == 0.39
    assert round(edges[-1][2], 2) == 0.73
    assert all(s in nodes and t in nodes for s, t, _, _ in edges)
    fig = graph_drawing.draw_neuron_graph()
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"0.73", "-0.20", "-0.39", "0.20", "0.39", "-0.59", "1.00"} <= texts
    nodes, edges = graph_drawing.merge_graph(3.0, -1.0)
    assert sum(g for s, _, _, g in edges if s == "x") == 5.0
    plt.close("all")


def test_notebook_teaches_the_contract_points():
    text = Path(ROOT, "solutions", f"{L}.py").read_text(encoding="utf-8")
    assert "(00_glossary.md)" in text
    assert "> **Common mistake.** σ′ = σ(1 − σ), **not** f′(1 − f)" in text
    for korean in ("오류 역전파", "계산 그래프", "국소 기울기", "야코비 행렬", "상대 오차"):
        assert korean in text
    for graded in ("AddGate", "MultiplyGate", "MaxGate", "ExpGate", "ReciprocalGate", "SigmoidGate",
                   "numerical_gradient", "rel_error", "neuron_forward_backward", "affine_forward",
                   "affine_backward", "sigmoid_forward", "sigmoid_backward", "relu_forward",
                   "relu_backward", "mse_loss", "two_layer_loss_and_grads", "Value"):
        assert f'check("{graded}")' in text


def test_a_one_sided_difference_prints_numbers_that_differ():
    """Expected and got are printed with enough digits to tell them apart (issue 13)."""
    feedback = assert_fails("05_backprop", "numerical_gradient", """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    fx = f(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        grad[idx] = (f(x) - fx) / h
        x[idx] = old
    return grad
""")
    expected, got = feedback.split("expected ", 1)[1].split(", got ", 1)
    assert expected.replace(".", "").replace(" ", "")[:40] != got.replace(".", "").replace(" ", "")[:40], feedback


# ------------------------------------------------ the method is the answer (issue 21)

NUMERIC_EXP_GATE = _gate("ExpGate", ["self.x = np.asarray(x, float)", "return np.exp(self.x)"],
                         ["h = 1e-5", "return dout * (np.exp(self.x + h) - np.exp(self.x - h)) / (2 * h)"], arity=1)
NUMERIC_NET = """
def two_layer_loss_and_grads(params, X, y):
    X = np.asarray(X, float); y = np.asarray(y, float).reshape(-1, 1)
    def loss_of(p):
        out = sigmoid(sigmoid(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])
        return float(np.mean((out - y) ** 2))
    grads = {}
    for key in params:
        grads[key] = numerical_gradient(lambda v, key=key: loss_of({**params, key: v}), params[key], h=6e-6)
    return loss_of(params), grads
"""


def test_a_neuron_in_closed_form_earns_nothing_and_is_told_why():
    """'Built from gates' is the exercise: the right numbers without the gates score 0."""
    result = verdict("neuron_forward_backward", variant(L,
        "def neuron_forward_backward(w, x):\n    w, x = np.asarray(w, float), np.asarray(x, float)\n"
        "    f = sigmoid(w[:2] @ x + w[2]); g = f * (1 - f)\n"
        "    return float(f), g * np.append(x, 1.0), g * w[:2]"))
    assert result.points == 0 and "from your gates" in result.feedback and "about the method" in result.feedback


@pytest.mark.parametrize("name, source", [
    ("ExpGate", NUMERIC_EXP_GATE),
    ("two_layer_loss_and_grads", NUMERIC_NET),
    ("affine_backward", "def affine_backward(dout, cache):\n    x, W, _ = cache\n    dout = np.asarray(dout, float)\n"
                        "    f = lambda v: np.sum(dout * (v @ W))\n"
                        "    g = lambda v: np.sum(dout * (x @ v))\n"
                        "    return numerical_gradient(f, x), numerical_gradient(g, W), dout.sum(axis=0)"),
])
def test_a_backward_pass_measured_by_numerical_gradients_fails_and_says_why(name, source):
    feedback = assert_fails(L, name, source)
    assert "measuring it with centred differences" in feedback, feedback


UNSTABLE_SIGMOID_GATE = _gate("SigmoidGate", ["self.out = 1 / (1 + np.exp(-np.asarray(x, float)))", "return self.out"],
                              ["return dout * self.out * (1 - self.out)"], arity=1)


@pytest.mark.parametrize("name, source", [
    ("SigmoidGate", UNSTABLE_SIGMOID_GATE),
    ("sigmoid_forward", "def sigmoid_forward(x):\n    out = 1 / (1 + np.exp(-np.asarray(x, float)))\n"
                        "    return out, out"),
])
def test_the_unstable_sigmoid_formula_fails_on_its_overflow(name, source):
    feedback = assert_fails(L, name, source)
    assert "overflow" in feedback and "promises" in feedback


def test_rel_error_with_the_epsilon_elsewhere_is_told_it_is_the_formula_not_the_digits():
    feedback = assert_fails(L, "rel_error", "def rel_error(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n"
                                            "    return float(np.max(np.abs(a - b) / (np.abs(a) + np.abs(b) + 1e-8)))")
    assert "not a few digits" in feedback


# --------------------------------------------- a pair is judged fairly both ways (issue 21)

@pytest.mark.parametrize("name, source", [
    ("affine_forward", "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
                       "    out = x @ W + b\n    return out, (out, W)"),
    ("affine_forward", "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
                       "    return x @ W + b, None"),
    ("sigmoid_forward", "def sigmoid_forward(x):\n    out = sigmoid(x)\n    return out, np.asarray(x, float) * 2"),
    ("relu_forward", "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(0.0, x), x >= 0"),
])
def test_a_forward_whose_cache_a_backward_cannot_use_is_blamed(name, source):
    assert "holds what the backward pass needs" in assert_fails(L, name, source)


@pytest.mark.parametrize("forward, backward, source", [
    ("affine_forward", "affine_backward",
     "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(a, float) for a in (x, W, b))\n"
     "    return x @ W + b, {'x': x, 'W': W, 'b': b}\n\n"
     "def affine_backward(dout, cache):\n    x, W = cache['x'], cache['W']\n    dout = np.asarray(dout, float)\n"
     "    return dout @ W.T, x.T @ dout, dout.sum(axis=0)"),
    ("sigmoid_forward", "sigmoid_backward",
     "def sigmoid_forward(x):\n    x = np.asarray(x, float)\n    return sigmoid(x), x\n\n"
     "def sigmoid_backward(dout, cache):\n    s = sigmoid(cache)\n    return np.asarray(dout, float) * s * (1 - s)"),
    ("relu_forward", "relu_backward",
     "def relu_forward(x):\n    x = np.asarray(x, float)\n    return np.maximum(0.0, x), (x > 0).astype(float)\n\n"
     "def relu_backward(dout, cache):\n    return np.asarray(dout, float) * cache"),
])
def test_a_pair_with_its_own_cache_convention_keeps_both_points(forward, backward, source):
    ns = variant(L, source)
    for name in (forward, backward):
        result = verdict(name, ns)
        assert result.passed, (name, result.feedback)


def test_a_backward_run_on_an_unusable_cache_is_told_to_fix_the_forward_first():
    """affine_forward caches its output instead of x: the forward's cache case fails, and the
    backward's feedback names the forward instead of blaming its own formula."""
    ns = variant(L, "def affine_forward(x, W, b):\n    x, W, b = (np.asarray(v, float) for v in (x, W, b))\n"
                    "    out = x @ W + b\n    return out, (out, W, b)")
    assert "holds what the backward pass needs" in verdict("affine_forward", ns).feedback
    feedback = verdict("affine_backward", ns).feedback
    assert "fix affine_forward first" in feedback
