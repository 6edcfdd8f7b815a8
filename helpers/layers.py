"""Training scaffolding for the capstone (notebook 07): what is not an exercise.

The network itself is yours: notebook 07 builds it from the layers you wrote in
notebooks 05 and 06 (``affine_forward`` / ``affine_backward``, ``relu_forward`` /
``relu_backward``, ``softmax_cross_entropy``), loaded with ``helpers.mywork``.
Here are only the pieces around it: He initialisation, counting layers, the
order of mini-batches and one plain gradient-descent step.

One alphabet for shapes everywhere: N samples in a batch, D input features,
H hidden units, C classes.
"""

from __future__ import annotations

import numpy as np


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


def sgd_step(params, grads, lr):
    """One plain gradient-descent step: a new dict, ``params`` is left unchanged."""
    return {key: value - lr * grads[key] for key, value in params.items()}


def minibatches(n, batch_size, rng):
    """Index arrays that cover ``range(n)`` once, in an order drawn from ``rng``.

    All batches have ``batch_size`` samples except perhaps the last one.
    """
    order = rng.permutation(n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]
