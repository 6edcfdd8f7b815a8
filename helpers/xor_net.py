"""A trainer for the small networks of lesson 03, driven by finite differences.

Lesson 03 trains a 2-2-1 sigmoid network on XOR before the course has built
backpropagation. The network is *yours*: ``train`` takes your forward pass
(lesson 03's ``mlp_forward``) and never looks inside it. It estimates each
partial derivative of the mean squared error by nudging one parameter at a
time forwards by a tiny ``h`` (a one-sided difference: cruder than the centred
differences and exact backpropagation of lesson 05, and slower, but it needs
nothing but the forward pass).

Shapes use one alphabet: N samples, D inputs, H hidden units. Parameters
live in a dict keyed like CS231n's::

    params = {"W1": (D, H), "b1": (H,), "W2": (H, 1), "b2": (1,)}
"""

from __future__ import annotations

import numpy as np

STEP = 1e-7  # the forward nudge of every parameter


def init_params(D: int, H: int, rng: np.random.Generator, scale: float = 1.0) -> dict:
    """Random weights of a D-H-1 network (normal, std ``scale``), zero biases."""
    return {"W1": rng.normal(0.0, scale, size=(D, H)), "b1": np.zeros(H),
            "W2": rng.normal(0.0, scale, size=(H, 1)), "b2": np.zeros(1)}


def squared_error(forward, params: dict, X, y) -> float:
    """Mean over all outputs of (forward(params, X) - y)^2, y reshaped like the outputs."""
    out = np.asarray(forward(params, X), dtype=float)
    gap = out - np.asarray(y, dtype=float).reshape(out.shape)
    return float(np.sum(gap * gap) / gap.size)


def _slopes(forward, params: dict, X, y, base: float, loss=squared_error) -> dict:
    """One-sided difference quotients of ``loss``, one array per parameter."""
    slopes = {}
    for key, value in params.items():
        slope = np.empty_like(value)
        for index in np.ndindex(value.shape):
            kept = value[index]
            value[index] = kept + STEP
            slope[index] = (loss(forward, params, X, y) - base) / STEP
            value[index] = kept
        slopes[key] = slope
    return slopes


def train(forward, params: dict, X, y, lr: float = 2.0, epochs: int = 3000, snapshot_at=(), loss=squared_error):
    """Full-batch gradient descent on the mean squared error of ``forward`` (or on ``loss``).

    Inputs:
    - forward: your ``forward(params, X)`` returning the outputs (N, 1)
    - params: starting parameters (not modified)
    - X: (N, D) inputs; y: (N, 1) or (N,) targets in [0, 1]
    - lr: learning rate; epochs: number of updates
    - snapshot_at: epochs after which to keep a copy of the parameters
      (0 means before any update)
    - loss: ``loss(forward, params, X, y)`` -> a number; the mean squared error unless given
      (lesson 06 passes one built on the student's own binary cross-entropy)

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
        losses[epoch] = loss(forward, params, X, y)
        slopes = _slopes(forward, params, X, y, losses[epoch], loss)
        params = {k: params[k] - lr * slopes[k] for k in params}
    if epochs in wanted:
        snapshots[epochs] = {k: v.copy() for k, v in params.items()}
    return params, losses, snapshots
