# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 — The geometry of decision lines (결정 경계)
#
# In notebook 01 a perceptron was a formula: add up `w0 + w1·x1 + w2·x2` and take the sign.
# This notebook is about the *picture* behind that formula. Every perceptron with two inputs
# draws one straight line across the plane and says "+1" on one side and "−1" on the other.
# When you can see that line, you can understand a perceptron's weights quickly and design
# weights by hand. You can also understand why a single perceptron cannot solve some problems
# (XOR, next notebook).
#
# You will learn:
#
# - why the points where `w·x̃ = 0` form a line in 2-D, a plane in 3-D and a hyperplane beyond;
# - that `(w1, w2)` is perpendicular to the line and points to the +1 side;
# - what the bias does (it moves the line away from the origin) and what scaling `w` does
#   (nothing at all to the line);
# - how a threshold `T` becomes a bias of `−T`;
# - how far a point is from the line, with a sign that tells the side.
#
# Key terms are listed in English and Korean in the [glossary](00_glossary.md).
#
# **Notation (as in notebook 01).** Weights use the bias trick: `w = (w0, w1, w2)` with `w0`
# the bias (편향), and `x̃ = (1, x1, x2)` is the input with a constant 1 in front, so the
# weighted sum is `s = w·x̃ = w0 + w1·x1 + w2·x2`. Data is row-major: `X` has shape `(N, d)`.

# %%
import matplotlib.pyplot as plt
import numpy as np

from helpers import check, needs, tr
from helpers import geometry_plots as gp
from helpers.data import GATE_X, gate_targets

np.set_printoptions(precision=4, suppress=True)
AND_T = gate_targets("AND")   # -1 / +1 targets on the four gate inputs
OR_T = gate_targets("OR")
NAMES = ["(0,0)", "(0,1)", "(1,0)", "(1,1)"]

# %% [markdown]
# ## 1. The decision boundary is a line
#
# A perceptron answers +1 when `s ≥ 0` and −1 when `s < 0`. Its answer changes at the points
# with `s = 0` exactly:
#
# $$w_0 + w_1 x_1 + w_2 x_2 = 0 .$$
#
# This set is the **decision boundary (결정 경계)**. With two inputs it is one equation in two
# unknowns. If `w1` and `w2` are not both zero, its solutions form a straight line. The
# boundary splits the plane into two **decision regions (결정 영역)**, one per
# answer.
#
# The same equation with three inputs, `w0 + w1·x1 + w2·x2 + w3·x3 = 0`, describes a
# **plane (평면)** in 3-D space, and with `d` inputs a **hyperplane (초평면)**: a flat
# surface with one dimension fewer than the space. Everything below is true in any dimension.
# We draw 2-D because we can see it.
#
# To draw a line we need two things: **one point on it** and **a direction along it**.
#
# - *A direction.* If `p` and `q` are both on the line, subtracting their equations gives
#   `w1·(q1 − p1) + w2·(q2 − p2) = 0`: every step along the line is perpendicular to
#   `(w1, w2)`. Turning `(w1, w2)` by 90° gives such a step, `(−w2, w1)`.
# - *A point.* Any solution is fine. One that always exists is the point of the line nearest
#   the origin, which lies along `(w1, w2)`: try `p = c·(w1, w2)`; then
#   `w0 + c·(w1² + w2²) = 0` gives `c = −w0 / (w1² + w2²)`.
#
# Do not use the shortcut "set `x1 = 0` and solve for `x2`", even though it looks easy. It
# divides by `w2`, so it fails for vertical lines, where `w2 = 0`.

# %% [markdown]
# ### Exercise 1 — `line_through(w)`
#
# Return `(point, direction)` for the decision line of `w = (w0, w1, w2)`: two arrays of shape
# `(2,)`, a point on the line and a non-zero vector along it. Any point of the line and any
# length of the direction are accepted; the check tests the geometry. When `w1 = w2 = 0` there
# is no line (every point gets the same answer). In that case, raise a `ValueError` with a
# message that says this.
#
# The course's rules for results hold here as in every lesson (lesson 01): arrays of floats even
# for integer inputs, new arrays, inputs left unchanged, lists accepted wherever arrays are.

# %%
def line_through(w):
    """The decision line w0 + w1*x1 + w2*x2 = 0 of bias-trick weights w (3,).

    Returns (point, direction): a point on the line (2,) and a non-zero vector
    along it (2,). Raises ValueError when w1 = w2 = 0 (there is no line)."""
    ### BEGIN SOLUTION
    w = np.asarray(w, dtype=float)
    normal = w[1:3]
    length2 = float(normal @ normal)
    if length2 == 0.0:
        raise ValueError(f"w = {w} has w1 = w2 = 0, so w·x̃ = 0 is not a line: "
                         "every point gets the same answer.")
    point = -w[0] * normal / length2       # the point of the line nearest the origin
    direction = np.array([-normal[1], normal[0]])
    return point, direction
    ### END SOLUTION


# %%
check("line_through")

# %% [markdown]
# Let us check it visually on the two gates of notebook 01. For AND we use `w = (−1.5, 1, 1)`
# and for OR `w = (−0.5, 1, 1)`. On the orange side the perceptron says +1, and on the blue
# side it says −1. The red arrow is `(w1, w2)`.

# %%
W_AND = np.array([-1.5, 1.0, 1.0])
W_OR = np.array([-0.5, 1.0, 1.0])

with needs("line_through"):
    lines = {"AND": line_through(W_AND), "OR": line_through(W_OR)}
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
    for ax, w, t, gate in [(axes[0], W_AND, AND_T, "AND"), (axes[1], W_OR, OR_T, "OR")]:
        title = f"{gate}: w = ({w[0]:g}, {w[1]:g}, {w[2]:g})"
        gp.decision_panel(ax, w, GATE_X, t, lines[gate], NAMES, title)
    axes[0].legend(loc="lower left", fontsize=8)
    plt.show()

# %% [markdown]
# ## 2. The normal vector points to the +1 side
#
# A vector perpendicular to a line is a **normal vector (법선 벡터)**. We saw that `(w1, w2)`
# is perpendicular to every step along the line, so it is a normal. But it is not just *a*
# normal: it points to the **+1 side**. Start at a point `p` on the line (where `s = 0`) and
# move a little, by `ε > 0`, along `(w1, w2)`:
#
# $$s\big(p + \varepsilon\,(w_1, w_2)\big) = \underbrace{w_0 + w_1p_1 + w_2p_2}_{=\,0}
#   + \varepsilon\,(w_1^2 + w_2^2) > 0 .$$
#
# The sum grows as you move along the normal, so the normal always points into the region
# where the perceptron says +1. If you change the signs of all three weights, the line stays
# in the same place, but the normal turns to the opposite direction. The two regions swap
# colours.
#
# ## 3. How far is a point from the line?
#
# The same calculation also gives the distance. Write a point as `x = p + r·n`, with `p` on the line
# and `n = (w1, w2)/‖(w1, w2)‖` the unit normal: `r` is how far you move from the line along the
# normal to reach `x`. It is the **signed distance (부호 있는 거리)**. Its size is the ordinary
# distance from `x` to the line. Its sign says on which side `x` lies (positive on the +1
# side).
#
# To find `r`, put `x = p + r·n` into the weighted sum `s(x) = w0 + w1·x1 + w2·x2`, use what
# you know about `s(p)`, and solve for `r`. Be careful with two things. First, the bias `w0` is
# not part of the *length* of the normal. Second, nothing in your derivation should depend on
# having exactly two inputs: with `d` inputs, `w[1:]` takes the place of `(w1, w2)`.

# %% [markdown]
# ### Exercise 2 — `signed_distance(w, X)`
#
# Return the signed distance of every row of `X` (shape `(N, d)`) to the hyperplane of
# `w` (shape `(d + 1,)`): an array of shape `(N,)`. It must work for any `d`.

# %%
def signed_distance(w, X):
    """Signed distance of each row of X (N, d) to the hyperplane w·x̃ = 0 of w (d + 1,),
    positive on the +1 side. Returns (N,)."""
    ### BEGIN SOLUTION
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    return (w[0] + X @ w[1:]) / np.linalg.norm(w[1:])
    ### END SOLUTION


# %%
check("signed_distance")

# %% [markdown]
# The derivation gives `s(x) = s(p) + r·‖(w1, w2)‖ = r·‖(w1, w2)‖`, so
#
# $$r = \frac{w_0 + w_1 x_1 + w_2 x_2}{\sqrt{w_1^2 + w_2^2}} ,$$
#
# the same in any dimension with `w[1:]` in place of `(w1, w2)`. The weighted sum `s` is
# therefore the signed distance times `‖w[1:]‖`: it has the right sign but the wrong scale.
# That is why `s` alone cannot tell you how close a point is to being misclassified, while `r`
# can.
#
# For the AND weights, the point `(1, 1)` is the only one on the +1 side, at distance
# `0.5/√2 ≈ 0.354`; `(0, 0)` is the farthest on the −1 side.

# %%
with needs("signed_distance"):
    print(tr("AND distances: {d}", d=np.round(signed_distance(W_AND, GATE_X), 3)))
    print(tr("OR distances:  {d}", d=np.round(signed_distance(W_OR, GATE_X), 3)))

# %% [markdown]
# ## 4. The bias moves the line
#
# Put `x = 0` in the signed distance: the origin is at distance `w0 / ‖(w1, w2)‖` from the
# line. So the bias decides how far the line is from the origin, and on which side. `(w1, w2)`
# decides only its orientation. With `w0 = 0` the origin is always on the line.
#
# Below, `(w1, w2) = (1, 1)` stays fixed and only the bias changes: the lines are parallel
# and move across the plane.

# %%
with needs("line_through"):
    biases = [0.0, -0.5, -1.0, -1.5]
    lines = [line_through([w0, 1.0, 1.0]) for w0 in biases]
    fig, ax = plt.subplots(figsize=(5, 5))
    gp.setup(ax, title="Same (w1, w2) = (1, 1), different biases w0")
    for w0, line, colour in zip(biases, lines, ["k", "tab:green", "tab:purple", "tab:red"]):
        gp.draw_line(ax, *line, color=colour, label=f"w0 = {w0}")
    gp.scatter(ax, GATE_X, AND_T, NAMES)
    ax.plot(0, 0, "k+", ms=14)
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8)   # outside: no label hidden
    plt.show()

# %% [markdown]
# > **Common mistake.** "A perceptron's boundary always passes through the origin." Only a
# > perceptron *without a bias* (`w0 = 0`) has that limitation: then `s(0) = 0` for every
# > choice of `(w1, w2)`, so the origin is always on the line. With a bias the line can be
# > anywhere; its distance from the origin is `|w0| / ‖(w1, w2)‖`. This is exactly why the
# > AND gate needs a bias: no line through `(0, 0)` puts `(0, 0)` on the −1 side, because a
# > point on the line counts as +1.

# %% [markdown]
# ## 5. Scaling `w` changes nothing
#
# Multiply all three weights by the same number `c > 0`. Every sum `s` is multiplied by `c`,
# so no sign changes: same line, same +1 side, same answers. The signed distance does not
# change either (the numerator and the denominator both grow by `c`). So a perceptron's
# weights are only defined **up to a positive factor**: `(−1.5, 1, 1)` and `(−3, 2, 2)` are
# the same classifier. A *negative* factor keeps the line but swaps the sides.

# %%
with needs("signed_distance"):
    for c in [1.0, 2.0, 10.0, -1.0]:
        w = c * W_AND
        print(tr("c = {c:5}: w = {w}, outputs {outputs}, distances {distances}", c=c, w=w,
                 outputs=np.where(w[0] + GATE_X @ w[1:] >= 0, 1, -1),
                 distances=np.round(signed_distance(w, GATE_X), 3)))

# %% [markdown]
# ### Exercise 3 — `same_boundary(w_a, w_b)`
#
# Return `True` when the two weight vectors define the same line **with the same +1 side**,
# and `False` otherwise. Compare them after removing the scale, and allow for rounding
# (`np.allclose`). Return a plain `bool`. Both vectors define lines (`w1`, `w2` not both 0), but
# any single weight may be 0: a line through the origin has `w0 = 0`, a horizontal line `w1 = 0`.

# %%
def same_boundary(w_a, w_b):
    """True when w_b = c * w_a for some c > 0 (same hyperplane, same +1 side)."""
    ### BEGIN SOLUTION
    a = np.asarray(w_a, dtype=float)
    b = np.asarray(w_b, dtype=float)
    if a.shape != b.shape:
        return False
    a = a / np.linalg.norm(a[1:])
    b = b / np.linalg.norm(b[1:])
    return bool(np.allclose(a, b))
    ### END SOLUTION


# %%
check("same_boundary")

# %% [markdown]
# ## 6. A threshold is a bias
#
# Many texts describe a neuron with a **threshold (임계값)** `T`: it fires when
# `w1·x1 + w2·x2 ≥ T`. Our perceptron has no threshold; it fires when its weighted sum, bias
# included, is at least 0. Rewrite the threshold unit's inequality until it has that form.
# Then you can see which bias the same unit has.

# %% [markdown]
# ### Exercise 4 — `threshold_to_bias(weights, T)`
#
# Given the input weights (shape `(d,)`) and a threshold `T`, return the bias-trick vector
# (shape `(d + 1,)`, bias first) of the unit that fires when `weights·x ≥ T`.

# %%
def threshold_to_bias(weights, T):
    """Bias-trick weights (d + 1,) of a unit that fires when weights·x >= T."""
    ### BEGIN SOLUTION
    weights = np.asarray(weights, dtype=float)
    return np.concatenate([[-float(T)], weights])
    ### END SOLUTION


# %%
check("threshold_to_bias")

# %% [markdown]
# Moving `T` to the other side gives `−T + w1·x1 + w2·x2 ≥ 0`: the bias is `w0 = −T`. A high
# threshold is a large negative bias: the unit needs a large input sum before it fires. For
# example AND "fires
# when `x1 + x2 ≥ 1.5`": weights `(1, 1)`, threshold 1.5, bias −1.5, which is the `W_AND`
# above.

# %%
with needs("threshold_to_bias", "same_boundary"):
    w_and = threshold_to_bias([1, 1], 1.5)
    w_or = threshold_to_bias([1, 1], 0.5)
    print(tr("AND from threshold 1.5: {w} same boundary as W_AND? {same}", w=w_and, same=same_boundary(w_and, W_AND)))
    print(tr("OR from threshold 0.5:  {w} same boundary as W_OR?  {same}", w=w_or, same=same_boundary(w_or, W_OR)))

# %% [markdown]
# ## 7. Play with the line
#
# Move the sliders for `w0`, `w1` and `w2`. The figure redraws the line, the normal arrow and
# the two regions. It writes each point's signed distance next to it, and it draws a red circle
# around every point on the wrong side. Try to:
#
# 1. find weights for AND, then for OR;
# 2. make the line vertical, then horizontal — which weight must be 0?
# 3. double all three weights and see that nothing changes; negate them and see the colours swap;
# 4. set `w1 = w2 = 0` — what is left?
#
# The figure is drawn by your own `line_through` and `signed_distance`. (The sliders need a
# running Jupyter kernel; in a static copy of the notebook you see the starting position only.)

# %%
# NBVAL_IGNORE_OUTPUT
gates = {"AND": (GATE_X, AND_T), "OR": (GATE_X, OR_T)}
with needs("line_through", "signed_distance"):
    gp.slider_state(W_OR, GATE_X, OR_T, line_through, signed_distance)
    display(gp.decision_widget(gates, line_through, signed_distance))  # noqa: F821

# %% [markdown]
# Here is what the figure prints for a few settings, without sliders (the same function makes the figure):

# %%
with needs("line_through", "signed_distance"):
    for w in [W_AND, [0.5, -1.0, 0.0], [1.0, 0.0, 0.0]]:
        state = gp.slider_state(w, GATE_X, AND_T, line_through, signed_distance)
        print("\n".join(state["text"]), end="\n\n")

# %% [markdown]
# ## 8. In three dimensions: a decision plane
#
# With three inputs the boundary `w0 + w1·x1 + w2·x2 + w3·x3 = 0` is a plane, and `(w1, w2, w3)`
# is its normal. Here is a three-input AND, "fire when `x1 + x2 + x3 ≥ 2.5`", over the eight
# corners of the unit cube: only `(1, 1, 1)` is above the plane. `signed_distance` works
# without any change.

# %%
CUBE = np.array([[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)], dtype=float)
t_and3 = np.where(CUBE.sum(axis=1) >= 2.5, 1, -1)
with needs("threshold_to_bias", "signed_distance"):
    W_AND3 = threshold_to_bias([1, 1, 1], 2.5)
    print(tr("signed distances: {d}", d=np.round(signed_distance(W_AND3, CUBE), 3)))
    fig = plt.figure(figsize=(6, 5))
    ax3d = fig.add_subplot(projection="3d")
    gp.plane_panel(ax3d, W_AND3, CUBE, t_and3)
    ax3d.set_title("Three-input AND: the plane x1 + x2 + x3 = 2.5")
    ax3d.view_init(elev=18, azim=30)
    plt.show()

# %% [markdown]
# ## Summary
#
# - A perceptron's decision boundary `w·x̃ = 0` is a line (2-D), a plane (3-D), a hyperplane
#   (any `d`).
# - `(w1, w2)` is normal to it and points to the +1 side; moving along it makes `s` larger.
# - The bias moves the boundary: the origin is at signed distance `w0 / ‖w[1:]‖`. Without a
#   bias the boundary passes through the origin.
# - `w` and `c·w` (with `c > 0`) are the same classifier; `−w` swaps the sides.
# - A threshold `T` is a bias of `−T`.
# - The signed distance `(w0 + x·w[1:]) / ‖w[1:]‖` says how far a point is and on which side.
#
# A single perceptron can only ever draw **one** straight line. Notebook 03 asks what happens
# when the two classes cannot be split by any line at all.
