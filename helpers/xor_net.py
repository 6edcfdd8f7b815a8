"""A tiny two-layer sigmoid network and its trainer, used by lesson 03.

Lesson 03 trains a 2-2-1 network on XOR with ``train`` before the course has
built backpropagation; lesson 05 has students write the same gradients
themselves. Everything here is deliberately small enough to read at once.

Shapes use one alphabet: N samples, D inputs, H hidden units. Parameters
live in a dict keyed like CS231n's::

    params = {"W1": (D, H), "b1": (H,), "W2": (H, 1), "b2": (1,)}

A layer computes ``X @ W + b``; the loss is the mean squared error over all
outputs, with targets 0 / 1.
"""

from __future__ import annotations

import numpy as np


def _sigmoid(z):
    """Logistic function 1 / (1 + e^-z), elementwise, without overflow."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def init_params(D: int, H: int, rng: np.random.Generator, scale: float = 1.0) -> dict:
    """Random weights of a D-H-1 network (normal, std ``scale``), zero biases."""
    return {"W1": rng.normal(0.0, scale, size=(D, H)), "b1": np.zeros(H),
            "W2": rng.normal(0.0, scale, size=(H, 1)), "b2": np.zeros(1)}


def forward(params: dict, X):
    """Forward pass.

    Inputs:
    - params: dict of W1 (D, H), b1 (H,), W2 (H, 1), b2 (1,)
    - X: inputs, shape (N, D)

    Returns ``(out, hidden)``: the outputs (N, 1) and hidden activations (N, H).
    """
    X = np.asarray(X, dtype=float)
    hidden = _sigmoid(X @ params["W1"] + params["b1"])
    out = _sigmoid(hidden @ params["W2"] + params["b2"])
    return out, hidden


def loss_and_grads(params: dict, X, y):
    """Mean squared error and its gradient for every parameter.

    Inputs:
    - params: as in ``forward``
    - X: (N, D) inputs; y: (N, 1) targets in [0, 1]

    Returns ``(loss, grads)``, grads keyed like params with the same shapes.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    out, hidden = forward(params, X)
    loss = float(np.mean((out - y) ** 2))
    d_out = 2.0 * (out - y) / out.size       # dL/d(out), (N, 1)
    d_a2 = d_out * out * (1.0 - out)         # through the output sigmoid
    d_hidden = d_a2 @ params["W2"].T         # (N, H)
    d_a1 = d_hidden * hidden * (1.0 - hidden)
    grads = {"W1": X.T @ d_a1, "b1": d_a1.sum(axis=0),
             "W2": hidden.T @ d_a2, "b2": d_a2.sum(axis=0)}
    return loss, grads


def train(params: dict, X, y, lr: float = 2.0, epochs: int = 3000, snapshot_at=()):
    """Full-batch gradient descent on the MSE loss.

    Inputs:
    - params: starting parameters (not modified)
    - X: (N, D) inputs; y: (N, 1) or (N,) targets in [0, 1]
    - lr: learning rate; epochs: number of updates
    - snapshot_at: epochs after which to keep a copy of the parameters
      (0 means before any update)

    Returns ``(params, losses, snapshots)``: the trained parameters, the loss
    before each update (length ``epochs``) and a dict epoch -> params copy.
    """
    params = {k: np.array(v, dtype=float) for k, v in params.items()}
    wanted = set(snapshot_at)
    snapshots = {}
    losses = np.empty(epochs)
    for epoch in range(epochs):
        if epoch in wanted:
            snapshots[epoch] = {k: v.copy() for k, v in params.items()}
        losses[epoch], grads = loss_and_grads(params, X, y)
        for key in params:
            params[key] = params[key] - lr * grads[key]
    if epochs in wanted:
        snapshots[epochs] = {k: v.copy() for k, v in params.items()}
    return params, losses, snapshots
