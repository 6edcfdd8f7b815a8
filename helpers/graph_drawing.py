"""Computational graphs drawn with matplotlib alone (no Graphviz), for lesson 05.

A graph is plain data: ``nodes`` maps a name to ``(x, y, label, kind)`` with
``kind`` one of ``"input"``, ``"gate"`` or ``"output"``, and ``edges`` is a
list of ``(source, target, value, grad)``: the value that flows forward
along the edge and the gradient of the final output with respect to it,
which flows backward. ``draw_graph`` draws any such graph; the builders
below make the two graphs of the lesson with numbers worked out here in
plain Python floats, so the figures appear before any exercise is done.
"""

from __future__ import annotations

import math

VALUE_COLOUR = "#1a7f37"  # forward values, written above an edge
GRAD_COLOUR = "#c62828"   # backward gradients, written below it


def neuron_graph(w=(2.0, -3.0, -3.0), x=(-1.0, -2.0)):
    """The graph of f = 1 / (1 + exp(-(w0·x0 + w1·x1 + w2))), gate by gate.

    Returns ``(nodes, edges)``. The sigmoid is spelled out as its four
    primitive gates: multiply by -1, exp, add 1, reciprocal.
    """
    w0, w1, w2 = (float(v) for v in w)
    x0, x1 = (float(v) for v in x)
    # forward
    a, b = w0 * x0, w1 * x1
    c = a + b
    s = c + w2
    n = -s
    e = math.exp(n)
    d = e + 1.0
    f = 1.0 / d
    # backward, one local gradient at a time, starting from df/df = 1
    g_f = 1.0
    g_d = g_f * (-1.0 / d ** 2)   # reciprocal
    g_e = g_d * 1.0               # add a constant
    g_n = g_e * e                 # exp
    g_s = g_n * -1.0              # multiply by -1
    g_c = g_w2 = g_s              # add distributes
    g_a = g_b = g_c
    g_w0, g_x0 = g_a * x0, g_a * w0  # multiply swaps
    g_w1, g_x1 = g_b * x1, g_b * w1
    nodes = {
        "w0": (0, 4.0, "w0", "input"), "x0": (0, 3.0, "x0", "input"),
        "w1": (0, 2.0, "w1", "input"), "x1": (0, 1.0, "x1", "input"),
        "w2": (0, 0.0, "w2", "input"),
        "mul0": (1.4, 3.5, "×", "gate"), "mul1": (1.4, 1.5, "×", "gate"),
        "add0": (2.8, 2.5, "+", "gate"), "add1": (4.2, 1.5, "+", "gate"),
        "neg": (5.6, 1.5, "×(−1)", "gate"), "exp": (7.0, 1.5, "exp", "gate"),
        "inc": (8.4, 1.5, "+1", "gate"), "rec": (9.8, 1.5, "1/x", "gate"),
        "f": (11.2, 1.5, "f", "output"),
    }
    edges = [
        ("w0", "mul0", w0, g_w0), ("x0", "mul0", x0, g_x0),
        ("w1", "mul1", w1, g_w1), ("x1", "mul1", x1, g_x1),
        ("mul0", "add0", a, g_a), ("mul1", "add0", b, g_b),
        ("add0", "add1", c, g_c), ("w2", "add1", w2, g_w2),
        ("add1", "neg", s, g_s), ("neg", "exp", n, g_n), ("exp", "inc", e, g_e),
        ("inc", "rec", d, g_d), ("rec", "f", f, g_f),
    ]
    return nodes, edges


def merge_graph(x=3.0, y=-1.0):
    """The graph of f = (x + y)·x, where x reaches f along two paths.

    Returns ``(nodes, edges)``; the two edges leaving x carry the two
    gradients that add up to df/dx."""
    x, y = float(x), float(y)
    q = x + y
    f = q * x
    g_q, g_x_direct = x, q        # multiply swaps
    g_x_via_q, g_y = g_q, g_q     # add distributes
    nodes = {"x": (0, 2.0, "x", "input"), "y": (0, 0.0, "y", "input"),
             "add": (1.6, 0.7, "+", "gate"), "mul": (3.2, 1.6, "×", "gate"),
             "f": (4.6, 1.6, "f", "output")}
    edges = [("x", "add", x, g_x_via_q), ("y", "add", y, g_y),
             ("add", "mul", q, g_q), ("x", "mul", x, g_x_direct), ("mul", "f", f, 1.0)]
    return nodes, edges


def _fmt(v: float) -> str:
    text = f"{v:.2f}"
    return "0.00" if text == "-0.00" else text


def draw_graph(nodes: dict, edges: list, ax=None, title: str | None = None, notes: dict | None = None):
    """Draw a computational graph; forward values in green above each edge,
    gradients in red below it. ``notes`` maps a node name to extra text drawn
    under it. Returns the figure."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle

    if ax is None:
        xs = [p[0] for p in nodes.values()]
        ys = [p[1] for p in nodes.values()]
        width = max(xs) - min(xs) + 1.6
        height = max(ys) - min(ys) + 1.4
        _, ax = plt.subplots(figsize=(min(1.15 * width, 14), 1.05 * height + 0.6))
    fig = ax.figure
    radius = 0.32
    for name, (x, y, label, kind) in nodes.items():
        if kind == "gate":
            ax.add_patch(Circle((x, y), radius, facecolor="#eef3fb", edgecolor="#3b5b92", lw=1.4, zorder=3))
            ax.text(x, y, label, ha="center", va="center", fontsize=10 if len(label) < 4 else 8, zorder=4)
        else:
            ax.text(x, y, label, ha="center", va="center", fontsize=11, fontweight="bold",
                    bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "0.6"}, zorder=4)
        if notes and name in notes:
            ax.text(x, y + 0.32, notes[name], ha="left", va="bottom", fontsize=9, color="0.2")
    for source, target, value, grad in edges:
        (x0, y0), (x1, y1) = nodes[source][:2], nodes[target][:2]
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        start = (x0 + ux * (0.25 if nodes[source][3] != "gate" else radius), y0 + uy * radius * 0.9)
        end = (x1 - ux * (radius + 0.02 if nodes[target][3] == "gate" else 0.25), y1 - uy * radius)
        ax.annotate("", xy=end, xytext=start,
                    arrowprops={"arrowstyle": "-|>", "color": "0.35", "lw": 1.1, "shrinkA": 0, "shrinkB": 0})
        t = 0.4 if nodes[source][3] == "input" else 0.5  # converging inputs: label nearer the source
        mx, my = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        nx, ny = -uy, ux  # unit normal, pointing "up" for a left-to-right edge
        if ny < 0:
            nx, ny = -nx, -ny
        ax.text(mx + 0.17 * nx, my + 0.17 * ny, _fmt(value), color=VALUE_COLOUR, fontsize=9,
                ha="center", va="center", fontweight="bold", zorder=5,
                bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        ax.text(mx - 0.17 * nx, my - 0.17 * ny, _fmt(grad), color=GRAD_COLOUR, fontsize=9,
                ha="center", va="center", zorder=5,
                bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
    xs = [p[0] for p in nodes.values()]
    ys = [p[1] for p in nodes.values()]
    ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
    ax.set_ylim(min(ys) - 0.7, max(ys) + (0.8 if notes else 0.5))
    ax.set_aspect("equal")
    ax.axis("off")
    ax.text(max(xs) + 0.5, min(ys) - 0.2, "forward value (above an edge)", color=VALUE_COLOUR, fontsize=9,
            fontweight="bold", ha="right", va="center")
    ax.text(max(xs) + 0.5, min(ys) - 0.5, "gradient of the output (below it)", color=GRAD_COLOUR, fontsize=9,
            ha="right", va="center")
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return fig


def draw_neuron_graph(w=(2.0, -3.0, -3.0), x=(-1.0, -2.0), ax=None):
    """Draw ``neuron_graph(w, x)``; returns the figure."""
    nodes, edges = neuron_graph(w, x)
    return draw_graph(nodes, edges, ax,
                      title="f = σ(w0·x0 + w1·x1 + w2), with σ spelled out as ×(−1), exp, +1, 1/x")
