"""Drawing decision lines, normals, regions and transformed grids (lessons 02 and 03).

The figures of lessons 02 and 03 are built from these small pieces. The
logic behind the interactive figure of lesson 02 is the plain function
``slider_state`` (numbers and text, no drawing) so that tests can call it
without a browser; ``draw_state`` draws such a state and ``decision_widget``
wires both to ipywidgets sliders.

Nothing here computes a graded answer: the line and the signed distances
come from the functions the notebook passes in (the student's own
``line_through`` and ``signed_distance``).

Shapes: X is (N, 2), one point per row; t holds the -1 / +1 targets, (N,).
"""

from __future__ import annotations

import numpy as np

from helpers.i18n import tr
from helpers.plots import NEGATIVE as MINUS_COLOUR  # the course's one palette (helpers.plots)
from helpers.plots import NEGATIVE_SHADE as MINUS_SHADE
from helpers.plots import POSITIVE as PLUS_COLOUR
from helpers.plots import POSITIVE_SHADE as PLUS_SHADE

LIMITS = (-0.75, 1.75)


# ------------------------------------------------------------------ basics


def grid(xlim=LIMITS, ylim=LIMITS, n: int = 200):
    """A regular grid over the box: ``(xx, yy, P)``; P holds the n*n points as rows (n*n, 2)."""
    xx, yy = np.meshgrid(np.linspace(*xlim, n), np.linspace(*ylim, n))
    return xx, yy, np.column_stack([xx.ravel(), yy.ravel()])


def setup(ax, xlim=LIMITS, ylim=LIMITS, title: str = "", labels=("$x_1$", "$x_2$")):
    """Square axes over the box with labels and a title."""
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    ax.set_xlabel(labels[0])
    ax.set_ylabel(labels[1])
    if title:
        ax.set_title(title)
    return ax


def shade(ax, score_fn, xlim=LIMITS, ylim=LIMITS, threshold: float = 0.0, n: int = 150,
          boundary: bool = True):
    """Shade where ``score_fn(P) >= threshold`` (the + side) and where it is below.

    score_fn maps points (M, 2) to scores (M,) or (M, 1). The boundary is
    drawn as the contour at ``threshold``, so vertical lines, curves and
    several pieces all come out right.
    """
    xx, yy, P = grid(xlim, ylim, n)
    s = np.asarray(score_fn(P), dtype=float).reshape(xx.shape)
    plus = (s >= threshold).astype(float)
    ax.contourf(xx, yy, plus, levels=[-0.5, 0.5, 1.5], colors=[MINUS_SHADE, PLUS_SHADE])
    if boundary and s.min() < threshold <= s.max():
        ax.contour(xx, yy, s, levels=[threshold], colors="k", linewidths=1.5)
    return s


def outline(ax, score_fn, xlim=LIMITS, ylim=LIMITS, threshold: float = 0.0, n: int = 150,
            **style):
    """Draw only the boundary ``score_fn(P) = threshold`` (no shading)."""
    xx, yy, P = grid(xlim, ylim, n)
    s = np.asarray(score_fn(P), dtype=float).reshape(xx.shape)
    if s.min() < threshold <= s.max():
        ax.contour(xx, yy, s, levels=[threshold], **{"colors": "k", "linewidths": 1.2, **style})


def accuracy_map(X, t, angles, offsets):
    """Accuracy (C, A) of the line (cos θ, sin θ)·x >= c for every offset c and angle θ.

    A picture over a fixed grid of lines (lesson 03's map of all lines), not the exact best
    line: offsets come from the grid, not from the data."""
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    normals = np.column_stack([np.cos(angles), np.sin(angles)])                 # (A, 2)
    p = X @ normals.T                                                             # (N, A)
    predictions = np.where(p[None, :, :] >= np.asarray(offsets)[:, None, None], 1, -1)
    return np.mean(predictions == t[None, :, None], axis=1)                      # (C, A)


def linear_score(w):
    """The score function x -> w0 + w1 x1 + w2 x2 of bias-trick weights w (3,)."""
    w = np.asarray(w, dtype=float)
    return lambda P: w[0] + P @ w[1:]


def scatter(ax, X, t, names=None, size: int = 90):
    """Plot +1 targets as orange discs and -1 targets as blue squares; optional labels."""
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    for value, colour, marker, label in [(1, PLUS_COLOUR, "o", "target +1"),
                                         (-1, MINUS_COLOUR, "s", "target −1")]:
        rows = t == value
        if rows.any():
            ax.scatter(X[rows, 0], X[rows, 1], s=size, c=colour, marker=marker,
                       edgecolors="k", zorder=3, label=label)
    if names is not None:
        for (x1, x2), name in zip(X, names):
            ax.annotate(name, (x1, x2), textcoords="offset points", xytext=(8, 6), fontsize=9)


def draw_line(ax, point, direction, length: float = 20.0, **style):
    """Draw the line through ``point`` along ``direction`` (long enough to cross the axes)."""
    point = np.asarray(point, dtype=float)
    direction = np.asarray(direction, dtype=float)
    unit = direction / np.linalg.norm(direction)
    ends = np.array([point - length * unit, point + length * unit])
    xlim, ylim = ax.get_xlim(), ax.get_ylim()
    ax.plot(ends[:, 0], ends[:, 1], **{"color": "k", "lw": 1.5, **style})
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)


def draw_normal(ax, point, normal, length: float = 0.5, **style):
    """An arrow of the given length from ``point`` along ``normal`` (w1, w2)."""
    point = np.asarray(point, dtype=float)
    normal = np.asarray(normal, dtype=float)
    step = length * normal / np.linalg.norm(normal)
    ax.annotate("", xy=point + step, xytext=point,
                arrowprops={"arrowstyle": "-|>", "color": style.get("color", "crimson"), "lw": 2})


def decision_panel(ax, w, X, t, line, names=None, title: str = "", xlim=LIMITS, ylim=LIMITS):
    """Regions of w, its line (from ``line`` = (point, direction)), the normal and the points."""
    setup(ax, xlim, ylim, title)
    shade(ax, linear_score(w), xlim, ylim, boundary=False)
    w = np.asarray(w, dtype=float)
    if line is not None:
        point, direction = line
        draw_line(ax, point, direction)
        # Start the normal at the point of the line nearest the middle of the box.
        middle = np.array([np.mean(xlim), np.mean(ylim)])
        unit = np.asarray(direction, float) / np.linalg.norm(direction)
        anchor = np.asarray(point, float) + ((middle - point) @ unit) * unit
        draw_normal(ax, anchor, w[1:])
    scatter(ax, X, t, names)


# ------------------------------------------------------------------ the slider figure


def slider_state(w, X, t, line_fn, distance_fn) -> dict:
    """Everything the lesson 02 slider figure shows for weights w, as plain data.

    line_fn and distance_fn are the notebook's ``line_through`` and
    ``signed_distance``. Returns a dict with
    - "w": the weights as an array (3,)
    - "line": (point, direction), or None when w1 = w2 = 0 (no line)
    - "distances": signed distances (N,), or None when there is no line
    - "predictions": the +1 / -1 output for each point (N,)
    - "wrong": indices of misclassified points
    - "text": the lines of text printed under the figure
    """
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    s = w[0] + X @ w[1:]
    predictions = np.where(s >= 0, 1, -1)
    wrong = np.flatnonzero(predictions != t)
    if np.allclose(w[1:], 0.0):
        line, distances = None, None
        side = "+1" if w[0] >= 0 else "−1"
        text = [tr("w1 = w2 = 0: there is no line; every point gets {side}.", side=side)]
    else:
        line = line_fn(w)
        distances = np.asarray(distance_fn(w, X), dtype=float)
        text = [f"w = ({w[0]:.2f}, {w[1]:.2f}, {w[2]:.2f})"]
        for x, d, y, target in zip(X, distances, predictions, t):
            mark = tr("ok") if y == target else tr("WRONG")
            text.append(tr("  x = ({x1:g}, {x2:g}): distance {d:+.2f}, output {y:+d}, target {target:+d}  {mark}",
                           x1=x[0], x2=x[1], d=d, y=int(y), target=int(target), mark=mark))
    if len(wrong) == 0:
        text.append(tr("Every point is on its correct side."))
    else:
        listed = ", ".join(f"({X[i, 0]:g}, {X[i, 1]:g})" for i in wrong)
        text.append(tr("{count} misclassified: {listed}", count=len(wrong), listed=listed))
    return {"w": w, "line": line, "distances": distances, "predictions": predictions,
            "wrong": wrong, "text": text}


def draw_state(ax, state: dict, X, t, title: str = "", xlim=LIMITS, ylim=LIMITS):
    """Draw one ``slider_state``: regions, line, normal, points, misclassified ones ringed."""
    X = np.asarray(X, dtype=float)
    decision_panel(ax, state["w"], X, t, state["line"], title=title, xlim=xlim, ylim=ylim)
    if len(state["wrong"]):
        bad = X[state["wrong"]]
        ax.scatter(bad[:, 0], bad[:, 1], s=380, facecolors="none", edgecolors="red",
                   linewidths=2, zorder=4, label="misclassified")
    if state["distances"] is not None:
        for x, d in zip(X, state["distances"]):
            ax.annotate(f"{d:+.2f}", x, textcoords="offset points", xytext=(9, -14), fontsize=8)


def decision_widget(gates: dict, line_fn, distance_fn, w=(-0.5, 1.0, 1.0)):
    """Sliders for w0, w1, w2 and a gate menu; redraws with ``draw_state``.

    gates maps a name to (X, t). Returns the ipywidgets object to display.
    """
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    def update(gate, w0, w1, w2):
        X, t = gates[gate]
        state = slider_state([w0, w1, w2], X, t, line_fn, distance_fn)
        fig, ax = plt.subplots(figsize=(5, 5))
        draw_state(ax, state, X, t, title=f"{gate}: the line w·x̃ = 0 and its normal")
        plt.show()
        print("\n".join(state["text"]))

    def slider(value, name):
        return widgets.FloatSlider(value=value, min=-3.0, max=3.0, step=0.05, description=name,
                                   continuous_update=False)

    return widgets.interactive(update, gate=widgets.Dropdown(options=list(gates)),
                               w0=slider(w[0], "w0"), w1=slider(w[1], "w1"),
                               w2=slider(w[2], "w2"))


# ------------------------------------------------------------------ 3-D


def plane_panel(ax3d, w, X, t, lims=(-0.25, 1.25)):
    """The plane w0 + w1 x1 + w2 x2 + w3 x3 = 0 (w3 must not be 0) over 3-D points."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    a, b = np.meshgrid(np.linspace(*lims, 12), np.linspace(*lims, 12))
    c = -(w[0] + w[1] * a + w[2] * b) / w[3]
    c = np.where((c >= lims[0]) & (c <= lims[1]), c, np.nan)
    ax3d.plot_surface(a, b, c, alpha=0.35, color="grey")
    # The normal (w1, w2, w3), drawn from the plane's point nearest the middle of the box.
    normal = w[1:4]
    middle = np.full(3, np.mean(lims))
    foot = middle - (w[0] + middle @ normal) / (normal @ normal) * normal
    arrow = 0.4 * normal / np.linalg.norm(normal)
    ax3d.quiver(*foot, *arrow, color="crimson", linewidth=2, arrow_length_ratio=0.25)
    for value, colour, marker in [(1, PLUS_COLOUR, "o"), (-1, MINUS_COLOUR, "s")]:
        rows = t == value
        ax3d.scatter(X[rows, 0], X[rows, 1], X[rows, 2], c=colour, marker=marker, s=60,
                     edgecolors="k", depthshade=False)
    ax3d.set_xlabel("$x_1$")
    ax3d.set_ylabel("$x_2$")
    ax3d.zaxis.set_rotate_label(False)   # Matplotlib would otherwise turn x3 upside down here
    ax3d.set_zlabel("$x_3$", rotation=0)


# ------------------------------------------------------------------ grids through a layer


def grid_lines(lo: float = -2.0, hi: float = 2.0, n_lines: int = 9, n_points: int = 60):
    """Horizontal and vertical lines of a square grid, each an array (n_points, 2)."""
    ticks = np.linspace(lo, hi, n_lines)
    along = np.linspace(lo, hi, n_points)
    lines = [np.column_stack([along, np.full(n_points, c)]) for c in ticks]
    lines += [np.column_stack([np.full(n_points, c), along]) for c in ticks]
    return lines


def draw_lines(ax, lines, title: str = "", colour: str = "grey"):
    """Plot polylines (each (M, 2)); the first half in one shade, the rest in another."""
    half = len(lines) // 2
    for i, line in enumerate(lines):
        ax.plot(line[:, 0], line[:, 1], color=colour if i < half else "#2a6f97", lw=0.9)
    ax.set_aspect("equal")
    if title:
        ax.set_title(title)
