"""Plots of 2-D classifiers shared by the lessons: points, lines, regions, curves.

Every function draws on a Matplotlib ``Axes`` it is given and returns it, so
notebooks arrange figures as they like and tests can call these headless.
"""

from __future__ import annotations

import numpy as np

# The course's one colour language, used by every lesson's figures: the +1 class (or class 1
# of a 0 / 1 target) is orange, the -1 class (or class 0) is blue; discs for +1, squares for -1.
POSITIVE, NEGATIVE = "#f4a261", "#4f8fc0"
POSITIVE_SHADE, NEGATIVE_SHADE = "#fbe3cf", "#d6e6f3"
# Several classes (lessons 06 and 07): blue, orange, green, ...
CLASS_COLOURS = ("#4f8fc0", "#f4a261", "#5aa469", "#c0504d", "#8e6bbf")


def output_colormap():
    """A colour map for an output in [0, 1]: blue at 0 (class 0), white at 0.5, orange at 1."""
    from matplotlib.colors import LinearSegmentedColormap
    return LinearSegmentedColormap.from_list("course", [NEGATIVE, "#ffffff", POSITIVE])


def points(ax, X, t, labels=True):
    """Scatter samples ``X`` (N, 2) coloured by ±1 targets ``t`` (N,)."""
    X, t = np.asarray(X, float), np.asarray(t)
    for value, colour, marker, name in ((1, POSITIVE, "o", "+1"), (-1, NEGATIVE, "s", "−1")):
        mask = t == value
        ax.scatter(X[mask, 0], X[mask, 1], c=colour, marker=marker, s=70,
                   edgecolors="black", zorder=3, label=f"t = {name}" if labels else None)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax


def regions(ax, classify, xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), steps=200):
    """Shade where ``classify(X)`` (X of shape (M, 2) → ±1 of shape (M,)) is +1 or −1."""
    xs, ys = np.linspace(*xlim, steps), np.linspace(*ylim, steps)
    gx, gy = np.meshgrid(xs, ys)
    labels = np.asarray(classify(np.column_stack([gx.ravel(), gy.ravel()]))).reshape(gx.shape)
    ax.contourf(gx, gy, labels, levels=[-2, 0, 2], colors=[NEGATIVE_SHADE, POSITIVE_SHADE])
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    return ax


def line(ax, w, xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), **style):
    """Draw the decision line w0 + w1 x1 + w2 x2 = 0 of a bias-trick ``w`` (3,)."""
    w0, w1, w2 = np.asarray(w, float)
    style = {"color": "black", "lw": 2, **style}
    if abs(w2) > 1e-12:
        xs = np.array(xlim, float)
        ax.plot(xs, -(w0 + w1 * xs) / w2, **style)
    elif abs(w1) > 1e-12:
        ax.axvline(-w0 / w1, **style)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    return ax


def curve(ax, values, label=None, xlabel="epoch", ylabel="errors"):
    """A per-epoch curve (errors or loss), epochs counted from 1."""
    values = np.asarray(values, float)
    ax.plot(np.arange(1, len(values) + 1), values, marker="o" if len(values) <= 40 else None,
            label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    return ax
