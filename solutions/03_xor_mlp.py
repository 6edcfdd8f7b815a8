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
# # 03 — XOR and the multilayer perceptron (다층 퍼셉트론)
#
# Notebook 02 showed that a perceptron draws one straight line. AND and OR are easy: one
# line puts the "true" corners of the square on one side. This notebook studies a function
# that one perceptron cannot compute: **XOR (배타적 논리합)**, true when exactly one input is 1.
# In the history of neural networks, this problem ended the early excitement about
# perceptrons: Minsky and Papert's book *Perceptrons* (1969) proved that a single-layer
# perceptron cannot compute XOR (and much else), and funding and interest turned away from
# neural networks for more than a decade, until multilayer networks trained by
# backpropagation revived them in the 1980s.
#
# | x1 | x2 | XOR |
# | --- | --- | --- |
# | 0 | 0 | 0 (−1) |
# | 0 | 1 | 1 (+1) |
# | 1 | 0 | 1 (+1) |
# | 1 | 1 | 0 (−1) |
#
# You will:
#
# - search all lines and find that none gets more than 3 of the 4 points right, then prove it;
# - solve XOR with **two** perceptrons in a **hidden layer (은닉층)** and a third that combines
#   them — a **multilayer perceptron (다층 퍼셉트론)**, MLP;
# - see the hidden layer as a map into a new space where XOR *is* separable by a line, and
#   see how three hidden units mark out a convex region;
# - replace the step function by the **sigmoid (시그모이드)** so that the network can learn,
#   and watch a 2-2-1 network learn XOR;
# - see a layer as rotation, translation and bending; learn about depth, width and the
#   universal approximation idea; and see a map of the kinds of networks.
#
# Terms in English and Korean: [glossary](00_glossary.md).

# %%
import matplotlib.pyplot as plt
import numpy as np

from helpers import check, needs, tr, xor_net
from helpers import geometry_plots as gp
from helpers.data import GATE_X, gate_targets

np.set_printoptions(precision=4, suppress=True)
XOR_T = gate_targets("XOR")   # -1 / +1 targets on the four gate inputs
AND_T = gate_targets("AND")
OR_T = gate_targets("OR")
NAMES = ["(0,0)", "(0,1)", "(1,0)", "(1,1)"]


def step(s):
    """τ(s): +1 where s >= 0, -1 elsewhere (notebook 01), elementwise."""
    return np.where(np.asarray(s) >= 0, 1, -1)

# %% [markdown]
# ## 1. No line separates XOR — first by search
#
# Think of the unit square: the two +1 points of XOR are on one diagonal, and the two −1 points
# are on the other. Any line that has both +1 points on its +1 side seems to have a −1 point
# on that side too. We should not trust only our eyes, so let the computer try lines.
#
# A line is an orientation plus an offset. Take the unit normal `n = (cos θ, sin θ)` for an
# angle `θ`; every point `x` gets a number `p = n·x`, its position along `n`. A line with that
# normal is a cut `p ≥ c`. For a fixed `θ`, only the *order* of the points along `n` matters,
# so it is enough to try cuts between consecutive projections (and one before all of them and
# one after). When `θ` goes around the whole circle, we also try both choices of which side
# is +1.
#
# ### Exercise 1 — `best_line_accuracy(X, t, n_angles)`
#
# `X` is `(N, 2)`, `t` holds −1 / +1 targets, `n_angles` is the number of orientations to try,
# evenly spaced over the full circle `[0, 2π)`. Return the best accuracy found, a number (a
# fraction between 0 and 1; the course's rules for results are in lesson 01, and lists are
# accepted as inputs). Here is one way to organise it, with plain loops (4 points and 360 angles
# are very little work for a computer):
#
# 1. for each angle θ, compute every point's position `p` along `n = (cos θ, sin θ)`;
# 2. list the cuts worth trying for that θ: where would you put a cut so that it falls
#    *between* two groups of points? Don't forget the cuts that leave every point on one side;
# 3. for each cut `c`, predict +1 where `p ≥ c` and −1 elsewhere, and compute the accuracy (a
#    loop over the cuts is fine; comparing `p[None, :]` with `cuts[:, None]` does all at once);
# 4. keep the best score over all angles and cuts.
#
# Ties matter: two points with the same projection can't be separated by that orientation.
# Projections that differ only by rounding are the same: in floating point cos(π/2) is 6e-17,
# not 0, so round every projection to 9 decimals (`np.round(p, 9)`) before you look for cuts.
# `n_angles` counts the orientations θ = 2πk / n_angles (k = 0, …, n_angles − 1), in radians.
# Expect 0.75 on XOR and 1.0 on AND and OR with many angles; with `n_angles = 4` (θ = 0, π/2,
# π, 3π/2: every line is vertical or horizontal), XOR gives 0.5 and OR 0.75.

# %%
def best_line_accuracy(X, t, n_angles):
    """Best accuracy of a single line p = n·x >= c over n_angles orientations in [0, 2π).

    X: (N, 2) points; t: (N,) targets in {-1, +1}; n_angles: the number of orientations
    θ = 2πk / n_angles. Projections are rounded to 9 decimals (rounding never separates a tie).
    Returns a number (a float) in [0, 1]."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    t = np.asarray(t)
    best = 0.0
    for theta in np.arange(n_angles) * 2 * np.pi / n_angles:
        p = np.round(X @ np.array([np.cos(theta), np.sin(theta)]), 9)   # (N,) positions along n;
        # rounded, so that a projection of 6e-17 (cos(π/2)) ties with 0 as it does exactly
        values = np.unique(p)                                   # sorted, distinct
        cuts = np.concatenate([[values[0] - 1.0], (values[:-1] + values[1:]) / 2,
                               [values[-1] + 1.0]])
        predictions = np.where(p[None, :] >= cuts[:, None], 1, -1)   # one row per cut
        best = max(best, float(np.max(np.mean(predictions == t, axis=1))))
    return best
    ### END SOLUTION


# %%
check("best_line_accuracy")

# %% [markdown]
# Here is the same search drawn as a map. For every orientation θ (horizontal axis) and offset
# c (vertical axis), the colour is the accuracy of the line `n·x ≥ c`. For AND, a whole area
# reaches 100 %. For XOR, nothing is above 75 %. The right-hand panel draws one of the best XOR
# lines: it gets three points right and one wrong. There is always one wrong.

# %%
angles = np.linspace(0, 2 * np.pi, 181)[:-1]
offsets = np.linspace(-1.6, 1.6, 121)
fig, axes = plt.subplots(1, 3, figsize=(15, 4.2), layout="constrained")
for ax, t, gate in [(axes[0], AND_T, "AND"), (axes[1], XOR_T, "XOR")]:
    acc = gp.accuracy_map(GATE_X, t, angles, offsets)
    image = ax.imshow(acc, origin="lower", aspect="auto", cmap="viridis", vmin=0, vmax=1,
                      extent=[0, 360, offsets[0], offsets[-1]])
    ax.set_title(f"{gate}: best on this grid {acc.max():.2f}")
    ax.set_xlabel("orientation θ (degrees)")
    ax.set_ylabel("offset c")
fig.colorbar(image, ax=axes[:2], label="accuracy")

# Draw a best XOR line from the middle of a best patch rather than from its edge.
acc = gp.accuracy_map(GATE_X, XOR_T, angles, offsets)
best = acc == acc.max()
col = np.argmax(best.sum(axis=0))
rows = np.flatnonzero(best[:, col])
theta, c = angles[col], offsets[rows[len(rows) // 2]]
w_best = np.array([-c, np.cos(theta), np.sin(theta)])   # bias-trick form of n·x >= c
gp.setup(axes[2], title=f"one best line on XOR: θ = {np.degrees(theta):.0f}°, c = {c:.2f}")
gp.shade(axes[2], gp.linear_score(w_best))
gp.scatter(axes[2], GATE_X, XOR_T, NAMES)
plt.show()

with needs("best_line_accuracy"):
    for gate, t in [("XOR", XOR_T), ("AND", AND_T), ("OR", OR_T)]:
        print(tr("best_line_accuracy on {gate}: {accuracy:.2f}", gate=gate,
                 accuracy=best_line_accuracy(GATE_X, t, 360)))

# %% [markdown]
# ## 2. …and then by argument
#
# A search can only try finitely many lines. Here is why *no* line can work. Suppose
# `w0 + w1·x1 + w2·x2` classified XOR correctly. From the four rows we get:
#
# - `(0, 0)` is −1: `w0 < 0`
# - `(1, 1)` is −1: `w0 + w1 + w2 < 0`
# - `(0, 1)` is +1: `w0 + w2 ≥ 0`
# - `(1, 0)` is +1: `w0 + w1 ≥ 0`
#
# Add the first two: `2·w0 + w1 + w2 < 0`. Add the last two: `2·w0 + w1 + w2 ≥ 0`. The same
# number cannot be both, so no weights exist. Geometrically: the midpoint of the blue diagonal
# and the midpoint of the orange diagonal are the same point `(0.5, 0.5)`, and a line cannot
# put one point on both sides. XOR is **not linearly separable (선형 분리 불가능)**; one
# perceptron gets at most 3 of 4 right, and the perceptron rule of notebook 01 never stops on
# it.

# %% [markdown]
# ## 3. Two lines do it: a hidden layer
#
# XOR is "at least one input is 1" **and** "not both are 1":
#
# $$\text{XOR}(x_1, x_2) = \text{AND}\big(\text{OR}(x_1, x_2),\ \text{NAND}(x_1, x_2)\big).$$
#
# OR and NAND are each one perceptron, one line. Put them side by side as a **hidden layer**.
# Their two outputs `h1, h2` (each ±1) go into a third perceptron, the **output layer (출력층)**,
# which computes the AND of them. The hidden units are "hidden" because the data never says what
# they should output; only the final answer is given.
#
# In bias-trick form the hidden layer is a `(2, 3)` array, one row `(w0, w1, w2)` per hidden
# unit, and the output unit is a `(3,)` vector `(v0, v1, v2)` acting on `(1, h1, h2)`:
#
# $$h = \tau(W_\text{hidden}\,\tilde x), \qquad y = \tau(v_0 + v_1 h_1 + v_2 h_2).$$
#
# ### Exercise 2 — `XOR_HIDDEN` and `XOR_OUTPUT`
#
# Choose the weights. Careful: the hidden outputs are **±1**, not 0 / 1, so the output unit
# sees the corners `(±1, ±1)` of a bigger square. Write out `v0 + v1·h1 + v2·h2` at
# `(+1, +1)`, `(+1, −1)` and `(−1, +1)` and pick `v` so that only the first is `≥ 0`. (Every
# AND weight vector made for 0 / 1 inputs also passes this test. Can you see why? But work it
# out yourself; do not just trust it.) Any network that computes XOR is accepted,
# OR-and-NAND or another one.

# %%
### BEGIN SOLUTION
XOR_HIDDEN = np.array([[-0.5, 1.0, 1.0],     # h1 = OR(x1, x2)
                       [1.5, -1.0, -1.0]])   # h2 = NAND(x1, x2)
XOR_OUTPUT = np.array([-1.0, 1.0, 1.0])      # y = AND(h1, h2) on ±1 inputs
### END SOLUTION

# %%
check("XOR_HIDDEN")

# %%
check("XOR_OUTPUT")

# %% [markdown]
# Each hidden unit draws its own line. The orange band between them is where *both* say +1,
# which is exactly where the output unit says +1.

# %%
if XOR_HIDDEN is None or XOR_OUTPUT is None:   # still the released placeholders
    print(tr("(This demo runs once you have set `XOR_HIDDEN` and `XOR_OUTPUT`.)"))
else:
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.4))
    W_h, v = np.asarray(XOR_HIDDEN, float), np.asarray(XOR_OUTPUT, float)   # lists work too
    for ax, row, title in [(axes[0], 0, "hidden unit 1"), (axes[1], 1, "hidden unit 2")]:
        w = W_h[row]
        gp.setup(ax, title=f"{title}: w = ({w[0]:g}, {w[1]:g}, {w[2]:g})")
        gp.shade(ax, gp.linear_score(w))
        gp.scatter(ax, GATE_X, XOR_T, NAMES)

    def network_score(P):
        """Output unit's sum for points P (M, 2): v0 + v·step(hidden sums)."""
        H = step(W_h[:, 0] + P @ W_h[:, 1:].T)
        return v[0] + H @ v[1:]

    gp.setup(axes[2], title="the whole network: two lines cut the plane")
    gp.shade(axes[2], network_score, boundary=False)
    for w in W_h:
        gp.outline(axes[2], gp.linear_score(w), linestyles="--")
    gp.scatter(axes[2], GATE_X, XOR_T, NAMES)
    plt.show()

# %% [markdown]
# ## 4. The hidden space
#
# Here is a deeper way to understand it. The hidden layer sends each input `x` to a new point
# `h = (h1, h2)`. In this **hidden space (은닉 공간)** the output unit is an ordinary
# perceptron: it draws one line. XOR was impossible for one line in the input space, but after
# the hidden layer the points have moved: `(0, 1)` and `(1, 0)` go to the *same* point,
# and the two blue points go to opposite corners. Now a line can separate them. The hidden
# layer does not
# find a cleverer line; it *moves the data* until a line is enough.
#
# ### Exercise 3 — `hidden_features(W_hidden, X)`
#
# Return the hidden layer's ±1 outputs for every row of `X` (`(N, 2)`), given `W_hidden` in the
# bias-trick form of `XOR_HIDDEN`: one row `(w0, w1, w2)` per hidden unit. The result has one
# row per sample and one column per hidden unit: `(N, 2)` for two hidden units. Write it for any
# number of hidden units and inputs: `W_hidden` of shape `(h, d + 1)` gives `(N, h)`.

# %%
def hidden_features(W_hidden, X):
    """Step outputs of hidden units, rows of W_hidden (h, d+1) in bias-trick form.

    X: (N, d). Returns (N, h) of ±1 (h = 2 for XOR_HIDDEN)."""
    ### BEGIN SOLUTION
    W_hidden = np.asarray(W_hidden, dtype=float)
    X = np.asarray(X, dtype=float)
    s = W_hidden[:, 0] + X @ W_hidden[:, 1:].T     # (N, h)
    return np.where(s >= 0, 1, -1)
    ### END SOLUTION


# %%
check("hidden_features")

# %%
with needs("hidden_features", "XOR_HIDDEN", "XOR_OUTPUT"):
    H = hidden_features(XOR_HIDDEN, GATE_X)
    print(tr("hidden features (rows = inputs (0,0), (0,1), (1,0), (1,1)):\n"), H)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.6))
    gp.setup(axes[0], title="input space: no line works")
    gp.scatter(axes[0], GATE_X, XOR_T, NAMES)
    box = (-1.6, 1.6)
    gp.setup(axes[1], box, box, "hidden space: the output unit's line", ("$h_1$", "$h_2$"))
    gp.shade(axes[1], gp.linear_score(XOR_OUTPUT), box, box)
    # (0,1) and (1,0) land on the same hidden point; nudge the labels apart.
    jitter = np.array([[0, 0], [-0.06, 0.06], [0.06, -0.06], [0, 0]])
    gp.scatter(axes[1], H + jitter, XOR_T, NAMES)
    plt.show()

# %% [markdown]
# ### Three hidden units: a convex region
#
# Each hidden step unit gives one line. An output unit that fires only when *all* of them fire
# keeps the points that are on the +1 side of every line at once. This is the intersection of
# half-planes. With three lines it is a triangle, as in the "three lines" picture of the
# lecture notes. Below, the +1 sides of three hidden units face into the triangle with corners
# (0, 0), (1, 0), (0.5, 1). The hidden outputs are ±1, so the output unit
# `v = (−2.5, 1, 1, 1)` fires only when the sum of the three is 3, that is, when all say +1.
#
# Seen from the hidden layer, the three lines cut the plane into seven regions. Inside one
# region no hidden output changes, so the whole region goes to one corner of the hidden cube
# $\{-1, +1\}^3$: seven regions, seven of the eight corners (no point is outside all three edges
# of a triangle at once). The triangle is the corner $(+1, +1, +1)$, and the output unit is a
# plane in the cube that cuts off that one corner. The cell below counts the corners reached.
#
# More lines give any **convex** polygon (볼록 영역). A region that is not convex (two separate
# blobs, a ring) needs more: either several such groups combined by a second hidden layer, or
# a smarter combination than AND.

# %%
TRIANGLE_HIDDEN = np.array([[0.0, 0.0, 1.0],      # x2 >= 0           (above the bottom edge)
                            [1.0, -1.0, -0.5],     # x1 + 0.5 x2 <= 1  (left of the right edge)
                            [0.0, 1.0, -0.5]])     # x1 - 0.5 x2 >= 0  (right of the left edge)
TRIANGLE_OUTPUT = np.array([-2.5, 1.0, 1.0, 1.0])  # AND of three ±1 inputs


def triangle_score(P):
    """Output sum of the 2-3-1 step network for points P (M, 2)."""
    H = step(TRIANGLE_HIDDEN[:, 0] + P @ TRIANGLE_HIDDEN[:, 1:].T)     # (M, 3) of ±1
    return TRIANGLE_OUTPUT[0] + H @ TRIANGLE_OUTPUT[1:]


cloud = np.random.default_rng(3).uniform(-0.5, 1.5, size=(60, 2))
fig, ax = plt.subplots(figsize=(4.8, 4.8))
gp.setup(ax, title="three hidden units + AND: a triangle")
gp.shade(ax, triangle_score, boundary=False)
for w in TRIANGLE_HIDDEN:
    gp.outline(ax, gp.linear_score(w), linestyles="--")
gp.scatter(ax, cloud, step(triangle_score(cloud)), size=30)
ax.legend(loc="upper right", fontsize=8)
plt.show()
print(tr("points inside the triangle: {inside} of {total}", inside=int(np.sum(triangle_score(cloud) >= 0)),
         total=len(cloud)))
far = np.stack(np.meshgrid(np.linspace(-3, 4, 141), np.linspace(-3, 4, 141)), axis=-1).reshape(-1, 2)
corners = np.unique(step(TRIANGLE_HIDDEN[:, 0] + far @ TRIANGLE_HIDDEN[:, 1:].T), axis=0)
print(tr("corners of the hidden cube {{-1, +1}}^3 reached by the plane: {count} of 8", count=len(corners)))

# %% [markdown]
# ## 5. Why the step must go: sigmoid
#
# We chose these weights by hand. To *learn* them, the method of notebook 01 needs the gradient
# of the loss with respect to every weight, including the hidden ones. Follow the effect of a
# hidden weight: it changes the hidden sum; this sum passes through `τ`, and the result goes to
# the output. But `τ` is flat everywhere except at 0, where it jumps: its derivative is 0
# almost everywhere (and undefined at the jump). A small change of a hidden weight changes
# nothing at the output, until one unit suddenly changes its answer. The gradient is zero, and
# gradient descent has no direction to go.
#
# The solution is to make the step smooth. The sigmoid
#
# $$\sigma(z) = \frac{1}{1 + e^{-z}}$$
#
# goes smoothly from 0 to 1, equals 0.5 at 0, and has a derivative that is positive
# everywhere. Below, we simply measure the derivative as the rise of σ over a tiny step.
# (Notebook 04 derives its formula and covers activations in detail.) Its outputs are in `(0, 1)`, so from
# here on the targets are 0 / 1 instead of −1 / +1.

# %%
def sigmoid(z):
    """1 / (1 + e^-z), elementwise. Clipping z keeps e^-z from overflowing (notebook 04 has a
    better way)."""
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=float), -500, 500)))


z = np.linspace(-6, 6, 601)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
axes[0].plot(z, (step(z) + 1) / 2, label="step (as 0 / 1)")
axes[0].plot(z, sigmoid(z), label="sigmoid σ(z)")
axes[0].set_title("the functions")
axes[1].plot(z, np.zeros_like(z), label="step: 0 (except the jump at 0)")
h = 1e-4
axes[1].plot(z, (sigmoid(z + h) - sigmoid(z - h)) / (2 * h), label="σ′(z), measured")
axes[1].set_title("their derivatives")
for ax in axes:
    ax.set_xlabel("z")
    ax.legend(fontsize=8)
plt.show()

# %% [markdown]
# ## 6. A 2-2-1 sigmoid network
#
# Now write the network with sigmoids in matrix form, following the course's conventions
# (row-major data, weights `(fan_in, fan_out)`, a layer computes `X @ W + b`):
#
# $$H = \sigma(X W_1 + b_1), \qquad Y = \sigma(H W_2 + b_2).$$
#
# | name | shape | meaning |
# | --- | --- | --- |
# | `X` | `(N, d)` | inputs, one per row |
# | `W1`, `b1` | `(d, h)`, `(h,)` | hidden layer: column `j` holds unit `j`'s weights |
# | `W2`, `b2` | `(h, 1)`, `(1,)` | output layer |
# | `H` | `(N, h)` | hidden activations |
# | `Y` | `(N, 1)` | outputs in (0, 1) |
#
# Note that `W1` here is the *transpose* of the layout of `XOR_HIDDEN` (one column per unit
# instead of one row), and the biases are kept separate. Both layouts are common; the shapes tell
# you which one you have.
#
# ### Exercise 4 — `mlp_forward(params, X)`
#
# Return the outputs `Y`, shape `(N, 1)`, for `params = {"W1", "b1", "W2", "b2"}`. It must work
# for any `d` and `h`.

# %%
def mlp_forward(params, X):
    """Outputs (N, 1) of sigmoid(sigmoid(X @ W1 + b1) @ W2 + b2).

    params: W1 (d, h), b1 (h,), W2 (h, 1), b2 (1,); X: (N, d)."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    hidden = sigmoid(X @ W1 + b1)
    return sigmoid(hidden @ W2 + b2)
    ### END SOLUTION


# %%
check("mlp_forward")

# %% [markdown]
# ## 7. Learning XOR
#
# The helpers' small trainer `xor_net.train` runs gradient descent on the mean squared error
# between the outputs and the 0 / 1 targets, with **your** `mlp_forward` as the network. It
# knows nothing about the inside of the network. It finds each slope by changing one parameter
# at a time by a tiny amount and measuring how the loss changes (a finite difference). That is
# slow and not quite exact. In notebook 05 you will compute all the gradients at once, exactly,
# by **backpropagation (오류 역전파)**. We start from random weights drawn from a normal
# distribution with standard deviation 1 (`xor_net.init_params`, fixed seed) and zero biases,
# and we save copies of the parameters at several points during training.

# %%
Y_XOR = gate_targets("XOR", negative=0).reshape(-1, 1).astype(float)   # (4, 1) of 0 / 1
SEED, LR, EPOCHS = 0, 4.0, 2000
SNAPSHOTS = (0, 150, 400, EPOCHS)

params0 = xor_net.init_params(2, 2, np.random.default_rng(SEED))
with needs("mlp_forward"):
    params, losses, snaps = xor_net.train(mlp_forward, params0, GATE_X, Y_XOR, LR, EPOCHS, SNAPSHOTS)
    out = mlp_forward(params, GATE_X)
    print(tr("final loss: {loss}", loss=round(float(losses[-1]), 5)))
    print(tr("outputs:    {outputs}  targets: {targets}", outputs=np.round(out.ravel(), 3), targets=Y_XOR.ravel()))

# %% [markdown]
# Watch it learn. The top row shows the input space with the network's decision regions
# (output ≥ 0.5 in orange). The bottom row shows where the four points are in the hidden space
# `(h1, h2)`, which is now the square `(0, 1)²`, with the output unit's line `Y = 0.5`. At
# first the hidden points are close together, and the line cannot split them. As training goes
# on, the hidden layer moves the points apart, until the output unit's line separates XOR.


# %%
def snapshot_panels(axes_top, axes_bottom, snaps):
    """Decision regions (top) and hidden space (bottom) for each snapshot."""
    for ax_in, ax_h, (epoch, p) in zip(axes_top, axes_bottom, sorted(snaps.items())):
        loss = xor_net.squared_error(mlp_forward, p, GATE_X, Y_XOR)
        gp.setup(ax_in, title=f"epoch {epoch}, loss {loss:.3f}")
        gp.shade(ax_in, lambda P, p=p: mlp_forward(p, P), threshold=0.5, n=80)
        gp.scatter(ax_in, GATE_X, XOR_T, size=60)
        H = sigmoid(GATE_X @ p["W1"] + p["b1"])   # the hidden layer's outputs, (4, 2)
        gp.setup(ax_h, (-0.05, 1.05), (-0.05, 1.05), "", ("$h_1$", "$h_2$"))
        output_of_hidden = lambda Q, p=p: sigmoid(Q @ p["W2"] + p["b2"])  # noqa: E731
        gp.shade(ax_h, output_of_hidden, (-0.05, 1.05), (-0.05, 1.05), threshold=0.5, n=80)
        gp.scatter(ax_h, H, XOR_T, size=60)


with needs("mlp_forward"):
    fig, axes = plt.subplots(2, len(SNAPSHOTS), figsize=(3.3 * len(SNAPSHOTS), 6.6))
    snapshot_panels(axes[0], axes[1], snaps)
    fig.suptitle("top: input space with decision regions; bottom: hidden space", y=1.0)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# The loss curve has the typical shape for XOR: a long plateau near 0.25 (every output close
# to 0.5, the hidden units still nearly identical) and then a sudden drop when the hidden units
# start to compute different things.
#
# **Other seeds can fail.** The loss surface of even this tiny network has long, nearly flat
# regions. With seed 6, the two hidden units reach a solution that gets XOR only half right:
# two outputs stay near 0.5, and the loss stops falling near 0.125. It is not a true local
# minimum. If we train for 100,000 epochs, the loss falls very slowly from 0.12554 to 0.12501,
# while the length of the parameter vector grows from 17 to 25. The lowest point of this
# plateau is only at infinity, so in practice the run is stuck. To fix this, restart from
# another seed, use more hidden units, or change the learning rate. The seed 0 run above is one
# that works.

# %%
with needs("mlp_forward"):
    params_bad, losses_bad, snaps_bad = xor_net.train(
        mlp_forward, xor_net.init_params(2, 2, np.random.default_rng(6)), GATE_X, Y_XOR, LR, EPOCHS, SNAPSHOTS)
    print(tr("seed 6 outputs: {outputs}  final loss: {loss}",
             outputs=np.round(mlp_forward(params_bad, GATE_X).ravel(), 3), loss=round(float(losses_bad[-1]), 4)))

    fig, axes = plt.subplots(1, 3, figsize=(14, 3.8), gridspec_kw={"width_ratios": [1.6, 1, 1]})
    axes[0].plot(losses, label=f"seed {SEED}: learns XOR")
    axes[0].plot(losses_bad, label="seed 6: stalls on a plateau")
    axes[0].set_xlabel("epoch")
    axes[0].set_ylabel("mean squared error")
    axes[0].set_yscale("log")
    axes[0].set_title("loss curves")
    axes[0].legend(fontsize=8)
    snapshot_panels(axes[1:2], axes[2:3], {EPOCHS: snaps_bad[EPOCHS]})
    axes[1].set_title(f"seed 6 after {EPOCHS} epochs")
    axes[2].set_title("its hidden space: (0,1) hides under (1,1)", fontsize=10)
    plt.show()

# %% [markdown]
# ## 8. What a layer does to space: rotate, shift, bend
#
# A hidden layer `σ(X W + b)` does three things, one after the other, to every point of the plane:
#
# 1. `X W` — a linear map: it **rotates**, stretches and shears the plane (grid lines stay
#    straight and parallel);
# 2. `+ b` — a **translation**: the whole grid shifts;
# 3. `σ(·)` — the **non-linearity (비선형성)** bends the grid, squashing each coordinate into
#    `(0, 1)`; straight lines become curves.
#
# Steps 1 and 2 together are one affine map. Only step 3 does something no affine map can do.
# Below, a square grid goes through
# a hidden layer one step at a time, and the four XOR points go through it too. We chose the
# weights by hand so that each step is easy to see. (The trained network's weights are large,
# and they squash the grid almost onto a line.) Here `W1` rotates by about 53° and doubles
# lengths.

# %%
lines = gp.grid_lines(-1.0, 2.0, 9)
W1 = np.array([[1.2, 1.6], [-1.6, 1.2]])   # (fan_in, fan_out): rotation by 53°, stretch by 2
b1 = np.array([-1.0, -0.5])
stages = [("input grid", lambda P: P),
          ("rotate / stretch: X @ W1", lambda P: P @ W1),
          ("translate: X @ W1 + b1", lambda P: P @ W1 + b1),
          ("bend: σ(X @ W1 + b1)", lambda P: sigmoid(P @ W1 + b1))]
fig, axes = plt.subplots(1, 4, figsize=(16, 4.2))
for ax, (title, f) in zip(axes, stages):
    gp.draw_lines(ax, [f(line) for line in lines], title)
    gp.scatter(ax, f(GATE_X), XOR_T, size=60)
    ax.set_xlabel("first coordinate")
plt.show()

# %% [markdown]
# ## 9. Width, depth and universal approximation
#
# **Width.** One hidden layer can already represent very many functions. A steep sigmoid is
# almost a step, so a sum of steep sigmoids is almost a staircase. A staircase with enough
# steps can follow any continuous curve as closely as you want. This is the idea behind the **universal
# approximation theorem (보편 근사 정리)**: a network with one hidden layer of enough sigmoid
# units and a **linear** output unit (a weighted sum, no sigmoid on top) can approximate any
# continuous function on a **closed and bounded** region (such as `[−3, 3]`) to any accuracy.
# Both conditions matter. On the open interval `(0, 1)`, `1/x` is continuous but grows without
# bound near 0, and a finite sum of sigmoids is bounded, so no width is enough there. And the
# networks of this notebook end in a sigmoid, whose outputs stay in `(0, 1)`: they approximate
# functions with values in `(0, 1)` (such as a probability), not any function. Below we build
# such a staircase by hand (no training) for `f(x) = sin(2x) + x/2`, with a linear output.

# %%
def staircase(x, f, n_units, lo=-3.0, hi=3.0, steepness=60.0):
    """One hidden layer of n_units sigmoids placed by hand to approximate f on [lo, hi].

    Unit k switches on midway between knots k and k+1; its output weight is the jump of f
    between those two knots. The output unit is linear (no sigmoid on top)."""
    knots = np.linspace(lo, hi, n_units + 1)
    jumps = np.diff(f(knots))                                        # (n_units,)
    centres = (knots[:-1] + knots[1:]) / 2
    hidden = sigmoid(steepness * n_units / (hi - lo) * (x[:, None] - centres))   # (M, n_units)
    return f(knots[0]) + hidden @ jumps


def target(x):
    return np.sin(2 * x) + x / 2


x = np.linspace(-3, 3, 400)
fig, axes = plt.subplots(1, 3, figsize=(14, 3.4), sharey=True)
for ax, n in zip(axes, [4, 12, 48]):
    approx = staircase(x, target, n)
    ax.plot(x, target(x), "k", lw=2, label="f(x)")
    ax.plot(x, approx, "tab:orange", label=f"{n} sigmoid units")
    ax.set_title(f"{n} units: max error {np.max(np.abs(approx - target(x))):.2f}")
    ax.legend(fontsize=8)
plt.show()

# %% [markdown]
# But note the word *enough*. The theorem promises that some width works. It does not promise
# that this width is small, or that training will find the weights.
#
# **Depth.** When we stack layers, each layer reuses what the earlier layers computed. A
# classic example uses the
# "tent" `g(x) = 1 − |2x − 1|` on `[0, 1]`, which two ReLU units (`max(0, z)`) can compute:
# `g(x) = 2·max(0, x) − 4·max(0, x − 0.5)`. Applying it `L` times gives a zigzag with `2^L`
# straight pieces, from only `2L` units in `L` layers. One hidden layer of ReLUs makes a curve
# with at most one bend per unit, so it needs about `2^L` units for the same zigzag. With depth,
# a linear number of units gives an exponential number of pieces.

# %%
def tent(x):
    """g(x) = 1 - |2x - 1| on [0, 1], built from two ReLU units."""
    return 2 * np.maximum(0, x) - 4 * np.maximum(0, x - 0.5)


x = np.linspace(0, 1, 1025)
fig, axes = plt.subplots(1, 3, figsize=(13, 2.8))
y = x
for depth, ax in enumerate(axes, start=1):
    y = tent(y)
    ax.plot(x, y)
    ax.set_title(f"depth {depth}: {2 * depth} units, {2 ** depth} pieces")
    ax.set_xlabel("x")
plt.show()

# %% [markdown]
# > **Common mistake.** "Deeper is simply better," or its opposite, "one hidden layer can do
# > everything, so depth is pointless." Both are only half true. A deeper network can
# > represent some functions with *far fewer* units than a shallow one (the zigzag above needs
# > `2L` units deep but about `2^L` shallow). But deeper networks are *harder to optimise*.
# > Gradients must pass through every layer, and they can shrink or grow very large on the way
# > (notebook 04 makes this precise), and more layers give the loss surface more room for
# > flat regions. (Our 2-2-1 network stuck at seed 6 shows that even a *shallow* network can
# > stall; it is no evidence about depth.) "Fewer units" is about what a network can
# > represent, not about what is easy to learn.
#
# ## A map of neural networks
#
# The lecture notes sort networks along three axes. Everything in this course is at one end
# of each axis.
#
# - **Feed-forward vs recurrent** (순방향 신경망, 순환 신경망): in a feed-forward network signals flow
#   one way, from the inputs through the layers to the output, and the graph has no cycle. The
#   MLPs in this course are like this. A recurrent network feeds outputs back as inputs, so it
#   has a state that
#   remembers earlier inputs (for sequences such as text or speech).
# - **Shallow vs deep** (얕은 신경망, 깊은 신경망): one hidden layer, or many. The perceptron has
#   none, and the XOR network has one. "Deep learning" means many, with the trade-off described above;
#   the lecture notes call a network deep from about four layers on ($L \ge 4$).
# - **Deterministic vs stochastic** (결정론적, 확률적): a deterministic unit gives the same
#   output for the same input, as every unit in this course does. A stochastic unit *samples* its
#   output, e.g. fires with probability σ(s) (as in Boltzmann machines). (Training with random
#   mini-batches, lesson 07, is stochastic too, but the network it trains is deterministic.)
#
# ## Summary
#
# - No single line classifies XOR: search finds at most 75 %, and adding the four inequalities
#   shows why.
# - Two perceptrons (OR and NAND) in a hidden layer and a third (AND) on top compute XOR; three
#   hidden units and an AND give a triangle, and more lines give any convex region.
# - The hidden layer maps the inputs to a hidden space where XOR is linearly separable.
# - The step function has zero gradient almost everywhere, so learning uses the sigmoid.
# - A layer rotates and stretches (`X @ W`), translates (`+ b`) and bends (`σ`).
# - A 2-2-1 sigmoid network learns XOR from a good seed; other seeds can get stuck.
# - One wide hidden layer with a linear output can approximate any continuous function on a
#   closed and bounded region. For some functions depth needs exponentially fewer units, but
#   training is harder.
