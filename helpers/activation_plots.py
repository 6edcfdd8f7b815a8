"""Figures for lesson 04 (activation functions) and the interactive explorer.

Nothing here implements a graded exercise: every function takes the
activations it draws as arguments, so the notebook plots the student's own
code. An activation that still raises ``NotImplementedError`` is drawn as an
empty panel with a note instead of stopping the notebook.

The explorer's logic lives in plain functions (``explorer_state``,
``draw_explorer``) that tests call without a browser; ``make_explorer`` only
wires them to ipywidgets.
"""

from __future__ import annotations

import numpy as np

#: The depths drawn by ``depth_plot``.
DEPTHS = np.arange(1, 21)


def curves(pair, x_min: float = -5.0, x_max: float = 5.0, n: int = 401):
    """Evaluate an activation on a grid.

    pair: a function ``x -> (f(x), f'(x))`` for an array ``x``.
    Returns ``(x, f, df)``, three arrays of shape ``(n,)``. An error raised by
    ``pair`` (e.g. ``NotImplementedError``) is passed on to the caller.
    """
    if not x_max > x_min:
        raise ValueError(f"the x-range must be increasing, got [{x_min}, {x_max}]")
    x = np.linspace(x_min, x_max, n)
    f, df = pair(x.copy())
    f = np.broadcast_to(np.asarray(f, dtype=float), x.shape)
    df = np.broadcast_to(np.asarray(df, dtype=float), x.shape)
    return x, f, df


def _not_ready(ax, title: str, exc: BaseException):
    ax.set_title(title)
    what = "not implemented yet" if isinstance(exc, NotImplementedError) else type(exc).__name__
    ax.text(0.5, 0.5, f"{what}:\nfinish the exercise above,\nthen run this cell again",
            ha="center", va="center", transform=ax.transAxes, color="gray")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_pair(ax, title: str, pair, x_min: float = -5.0, x_max: float = 5.0) -> bool:
    """Draw f (solid) and f' (dashed) of one activation on ``ax``; True when drawn."""
    try:
        x, f, df = curves(pair, x_min, x_max)
    except Exception as exc:  # a student's unfinished function: say so in the panel
        _not_ready(ax, title, exc)
        return False
    ax.axhline(0, color="0.8", lw=0.8)
    ax.axvline(0, color="0.8", lw=0.8)
    ax.plot(x, f, color="C0", lw=2, label="f(x)")
    ax.plot(x, df, color="C3", lw=1.5, ls="--", label="f′(x)")
    ax.set_title(title)
    ax.set_xlim(x_min, x_max)
    return True


def plot_gallery(panels, x_min: float = -5.0, x_max: float = 5.0, ncols: int = 3):
    """A grid of activation panels.

    panels: a list of ``(title, pair)`` with ``pair`` as in ``curves``.
    Returns the figure.
    """
    import matplotlib.pyplot as plt

    nrows = -(-len(panels) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols, 2.7 * nrows), squeeze=False)
    for ax, (title, pair) in zip(axes.ravel(), panels):
        plot_pair(ax, title, pair, x_min, x_max)
    for ax in axes.ravel()[len(panels):]:
        ax.axis("off")
    if axes[0, 0].get_legend_handles_labels()[0]:  # the first panel may be a placeholder
        axes[0, 0].legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    return fig


# ------------------------------------------------------------- vanishing gradients

def depth_curves(chain_gradient, x0: float, activations=("sigmoid", "tanh", "relu"),
                 depths=DEPTHS) -> dict:
    """|d out / d x0| against depth for each activation, using ``chain_gradient``.

    Returns ``{name: array of shape (len(depths),)}``.
    """
    return {name: np.array([abs(float(chain_gradient(x0, int(L), name))) for L in depths])
            for name in activations}


def depth_plot(chain_gradient, x0: float = 1.0, depths=DEPTHS):
    """Gradient magnitude against depth on a log scale, with the bound 4^-L.

    Returns the figure (with a note instead of curves while ``chain_gradient``
    is not finished)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    depths = np.asarray(depths)
    ax.plot(depths, 0.25 ** depths, color="k", ls=":", lw=1.5,
            label="bound for sigmoid: $4^{-L}$")
    try:
        found = depth_curves(chain_gradient, x0, depths=depths)
    except Exception as exc:
        _not_ready(ax, "gradient through L stacked activations", exc)
        return fig
    styles = {"sigmoid": "C0", "tanh": "C2", "relu": "C3"}
    for name, grads in found.items():
        shown = np.where(grads > 0, grads, np.nan)  # a log axis cannot show 0
        ax.plot(depths, shown, marker="o", ms=3, color=styles.get(name), label=name)
    ax.set_yscale("log")
    ax.set_xticks([1, 5, 10, 15, 20] if depths.max() >= 20 else depths)
    ax.set_xlabel("depth L (number of stacked activations)")
    ax.set_ylabel("|d out / d x0|")
    ax.set_title(f"gradient through L stacked activations, starting at x0 = {x0:g}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


# ------------------------------------------------------------------- the explorer

def explorer_state(functions: dict, name: str, alpha: float = 0.1,
                   x_range=(-5.0, 5.0), n: int = 401) -> dict:
    """Everything the explorer shows for one setting of its controls.

    functions: ``{name: g}`` where ``g(x, alpha)`` returns ``(f(x), f'(x))``.
    ``alpha`` is passed to every function; only those that use it change.
    Returns a dict with ``x``, ``f``, ``df`` (arrays, or None when the function
    is not ready), ``title`` and ``summary`` (one line of text: the range of f
    and the largest |f'| over the window, or why nothing is drawn).
    """
    if name not in functions:
        raise KeyError(f"unknown activation {name!r}; choose one of {sorted(functions)}")
    x_min, x_max = (float(v) for v in x_range)
    g = functions[name]
    title = name
    try:
        x, f, df = curves(lambda x: g(x, alpha), x_min, x_max, n)
    except NotImplementedError:
        return {"x": None, "f": None, "df": None, "title": title,
                "summary": f"{name}: not implemented yet; finish its exercise first."}
    big = int(np.argmax(np.abs(df)))
    summary = (f"on [{x_min:g}, {x_max:g}]: f ranges over [{f.min():.3g}, {f.max():.3g}], "
               f"largest |f′| = {abs(df[big]):.3g} at x = {x[big]:.3g}")
    return {"x": x, "f": f, "df": df, "title": title, "summary": summary}


def draw_explorer(state: dict, axes=None):
    """Draw an ``explorer_state`` on two axes (f left, f' right); returns the figure."""
    import matplotlib.pyplot as plt

    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=(9, 3.2))
    ax_f, ax_df = axes
    fig = ax_f.figure
    if state["x"] is None:
        for ax in axes:
            _not_ready(ax, state["title"], NotImplementedError())
        return fig
    for ax, y, label, colour in ((ax_f, state["f"], "f(x)", "C0"), (ax_df, state["df"], "f′(x)", "C3")):
        ax.axhline(0, color="0.8", lw=0.8)
        ax.axvline(0, color="0.8", lw=0.8)
        ax.plot(state["x"], y, color=colour, lw=2)
        ax.set_title(f"{state['title']}: {label}")
        ax.set_xlabel("x")
    fig.suptitle(state["summary"], fontsize=9)
    fig.tight_layout()
    return fig


def make_explorer(functions: dict, name: str | None = None, alpha: float = 0.1,
                  x_range=(-5.0, 5.0)):
    """An ipywidgets explorer: a menu of activations, a slider for α and one for the x-range."""
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    names = list(functions)

    def update(activation, alpha, x_range):
        draw_explorer(explorer_state(functions, activation, alpha, x_range))
        plt.show()

    return widgets.interactive(
        update,
        activation=widgets.Dropdown(options=names, value=name or names[0], description="activation"),
        alpha=widgets.FloatSlider(value=alpha, min=-1.5, max=1.5, step=0.05, description="α"),
        x_range=widgets.FloatRangeSlider(value=tuple(x_range), min=-20, max=20, step=0.5,
                                         description="x-range"),
    )
