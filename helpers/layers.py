"""The course's own layer pieces, for the capstone (notebook 07).

Notebook 05 has you write affine and ReLU layers yourself; notebook 06 the
softmax cross-entropy. The capstone should not depend on those exercises
being finished, so here are the course's versions of the same pieces, in
the usual pairs: a ``*_forward`` returns ``(out, cache)`` and the matching
``*_backward(dout, cache)`` returns the gradients in the order of the
forward's inputs.

One alphabet for shapes everywhere: N samples in a batch, D input features,
H hidden units, C classes.
"""

from __future__ import annotations

import time

import numpy as np


def affine_forward(x, W, b):
    """Affine (fully connected) layer: out = x @ W + b.

    Inputs:
    - x: (N, D) inputs
    - W: (D, H) weights
    - b: (H,) biases

    Returns (out, cache): out (N, H), cache for ``affine_backward``.
    """
    x, W, b = np.asarray(x, float), np.asarray(W, float), np.asarray(b, float)
    return x @ W + b, (x, W)


def affine_backward(dout, cache):
    """Backward pass of ``affine_forward``.

    Inputs:
    - dout: (N, H) upstream gradient
    - cache: (x, W) from the forward pass

    Returns (dx, dW, db) with shapes (N, D), (D, H), (H,).
    """
    x, W = cache
    return dout @ W.T, x.T @ dout, dout.sum(axis=0)


def relu_forward(x):
    """ReLU, max(0, x) elementwise. Returns (out, cache), out the shape of x."""
    x = np.asarray(x, float)
    return np.maximum(x, 0.0), x


def relu_backward(dout, cache):
    """Backward pass of ``relu_forward``: dout where x > 0, 0 elsewhere (also at x = 0)."""
    return np.where(cache > 0, dout, 0.0)


def softmax_loss(scores, y):
    """Mean softmax cross-entropy of class scores (logits) and its gradient.

    Inputs:
    - scores: (N, C) logits
    - y: (N,) integer labels in 0..C-1

    Returns (loss, dscores): a float and the (N, C) gradient of the loss.
    Stable for logits of any size (log-sum-exp with the row maximum removed).
    """
    scores, y = np.asarray(scores, float), np.asarray(y)
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -log_probs[rows, y].mean()
    dscores = np.exp(log_probs)
    dscores[rows, y] -= 1.0
    return float(loss), dscores / n


def he_init(layer_sizes, rng):
    """He initialisation for a ReLU network with the given layer widths.

    ``layer_sizes`` = (D, H1, ..., C). Weights ``W1 .. WL`` are drawn from a
    normal distribution with standard deviation sqrt(2 / fan_in), so the
    signal keeps its size through ReLU layers; biases ``b1 .. bL`` start at 0.

    Returns a dict ``{"W1": (D, H1), "b1": (H1,), ..., "WL": (H, C), "bL": (C,)}``.
    """
    params = {}
    for i, (fan_in, fan_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:], strict=True), 1):
        params[f"W{i}"] = rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)
        params[f"b{i}"] = np.zeros(fan_out)
    return params


def num_layers(params) -> int:
    """How many affine layers a params dict ``{"W1", "b1", ...}`` describes."""
    return sum(1 for key in params if key.startswith("W"))


def scores(params, X):
    """Class scores (N, C) of the ReLU network ``params`` on X (N, D).

    Every affine layer but the last is followed by a ReLU. For prediction only:
    it keeps no cache.
    """
    out = np.asarray(X, float)
    L = num_layers(params)
    for i in range(1, L + 1):
        out = out @ params[f"W{i}"] + params[f"b{i}"]
        if i < L:
            out = np.maximum(out, 0.0)
    return out


def sgd_step(params, grads, lr):
    """One plain gradient-descent step: a new dict, ``params`` is left unchanged."""
    return {key: value - lr * grads[key] for key, value in params.items()}


def minibatches(n, batch_size, rng):
    """Index arrays that cover ``range(n)`` once, in an order drawn from ``rng``.

    All batches have ``batch_size`` samples except perhaps the last one.
    """
    order = rng.permutation(n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]


# ----------------------------------------------------------- gradient checking

def numeric_gradient(f, x, h=1e-5):
    """Centred-difference gradient of a scalar function ``f()`` with respect to
    the float array ``x``, which ``f`` reads. ``x`` is restored afterwards."""
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        plus = f()
        x[i] = old - h
        minus = f()
        x[i] = old
        grad[i] = (plus - minus) / (2 * h)
    return grad


def gradient_check(loss_and_grads, params, X, y, h=1e-5):
    """Largest relative error between analytic and numerical gradients, per parameter.

    ``loss_and_grads(params, X, y)`` returns ``(loss, grads)``. Each parameter
    is nudged in a private copy of ``params``. Returns ``{"W1": 3e-9, ...}``;
    about 1e-7 or less means the backward pass is right.
    """
    work = {key: np.array(value, dtype=float) for key, value in params.items()}
    _, grads = loss_and_grads({k: v.copy() for k, v in work.items()}, X, y)
    errors = {}
    for key in work:
        numeric = numeric_gradient(lambda: loss_and_grads(work, X, y)[0], work[key], h)
        analytic = np.asarray(grads[key], float)
        scale = np.maximum(1e-8, np.abs(analytic) + np.abs(numeric))
        errors[key] = float(np.max(np.abs(analytic - numeric) / scale))
    return errors


# ----------------------------------------------------------------- benchmark

def _network_loss(params, X, y):
    """Loss and gradients of the course's ReLU network; used by ``benchmark``."""
    L = num_layers(params)
    caches, out = [], X
    for i in range(1, L + 1):
        out, cache = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        relu_cache = None
        if i < L:
            out, relu_cache = relu_forward(out)
        caches.append((cache, relu_cache))
    loss, dout = softmax_loss(out, y)
    grads = {}
    for i in range(L, 0, -1):
        cache, relu_cache = caches[i - 1]
        if relu_cache is not None:
            dout = relu_backward(dout, relu_cache)
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, cache)
    return loss, grads


def benchmark(epochs: int = 20, hidden: int = 128, batch_size: int = 32, lr: float = 0.1,
              seed: int = 0) -> dict:
    """Time mini-batch SGD of a 64-``hidden``-10 ReLU network on the digits' training split.

    Returns ``{"epoch_seconds", "samples_per_second", "train_samples", "epochs",
    "val_accuracy"}``; ``epoch_seconds`` is the median over the epochs.
    """
    from helpers.digits import load_split

    data = load_split()
    X, y = data["X_train"], data["y_train"]
    rng = np.random.default_rng(seed)
    params = he_init((X.shape[1], hidden, 10), rng)
    times = []
    for _ in range(epochs):
        start = time.perf_counter()
        for idx in minibatches(len(X), batch_size, rng):
            _, grads = _network_loss(params, X[idx], y[idx])
            params = sgd_step(params, grads, lr)
        times.append(time.perf_counter() - start)
    epoch_seconds = float(np.median(times))
    val_pred = scores(params, data["X_val"]).argmax(axis=1)
    return {"epoch_seconds": epoch_seconds, "samples_per_second": len(X) / epoch_seconds,
            "train_samples": len(X), "epochs": epochs,
            "val_accuracy": float(np.mean(val_pred == data["y_val"]))}
