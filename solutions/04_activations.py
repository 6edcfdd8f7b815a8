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
# # 04 — Activation functions (활성화 함수)
#
# In notebook 03, a hidden layer turned XOR into a problem that one line could solve. We also
# replaced the perceptron's step with a smooth sigmoid, so that the network could learn. This notebook
# looks closely at that choice. An **activation function (활성화 함수)** is the function a unit
# applies to its weighted sum. We will see
#
# 1. why a network needs one at all: without a **non-linearity (비선형성)**, any stack of layers
#    is really just a single linear layer;
# 2. the classic choices (step, sigmoid, tanh, ReLU and the generalised ReLU family), with their
#    ranges, **derivatives (도함수)** and trade-offs;
# 3. how to compute the sigmoid without overflow;
# 4. why gradients become smaller as they pass through many sigmoids, and a bound on how much.
#
# Korean terms appear in brackets the first time a key word is used; all of them are collected in
# the course [glossary](00_glossary.md).
#
# Every graded exercise is followed by a one-line self-check. Run it after you write your code:
# it tells you which input went wrong, what was expected and what came back.
#
# **Rules for every graded function here.** It accepts a number, a Python list (of ints, too) or
# a NumPy array of any shape, and works elementwise. It returns **a number for a number** (a
# Python float or a NumPy scalar, not a 0-d array: `np.where` gives a 0-d array, so finish with
# `return out if out.ndim else float(out)`), otherwise a **new float array** of the input's shape,
# even for integer inputs. It never modifies its input, and it gives no warning, `inf` or NaN,
# however large the input (hiding a warning with `np.errstate` does not count as avoiding it).

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from helpers import activation_plots, check, needs, tr

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. Without a non-linearity, depth buys nothing
#
# A **layer (층)** computes `X @ W + b` from inputs `X` of shape `(N, D)`, **weights (가중치)**
# `W` of shape `(D, M)` and a **bias (편향)** `b` of shape `(M,)`. Put a second layer on top
# and leave out the activation:
#
# $$ (XW_1 + b_1)W_2 + b_2 = X\,(W_1 W_2) + (b_1 W_2 + b_2). $$
#
# The right-hand side is again one layer, with weights $W_1W_2$ and bias $b_1W_2 + b_2$. No
# matter how many linear layers we stack, the result is one **linear map (선형 사상)** plus a
# shift. It can only draw straight decision lines, so it cannot solve XOR. Let us check it with
# numbers.

# %%
gen = np.random.default_rng(0)
X = gen.normal(size=(6, 3))                      # N = 6 samples, D = 3 inputs
W1, b1 = gen.normal(size=(3, 4)), gen.normal(size=4)
W2, b2 = gen.normal(size=(4, 2)), gen.normal(size=2)

two_layers = (X @ W1 + b1) @ W2 + b2
W, b = W1 @ W2, b1 @ W2 + b2                     # the single layer hiding inside
one_layer = X @ W + b

print(tr("collapsed weights W1 @ W2 have shape {shape}", shape=W.shape))
print(tr("two layers equal one layer (up to rounding): {same}", same=np.allclose(two_layers, one_layer, atol=1e-12)))

# %% [markdown]
# The difference is rounding error. If we put any non-linear function between the layers, the
# layers no longer collapse into one. That is the whole job of an activation function. Which function to
# use is what the rest of this notebook is about.
#
# ## 2. The step function, and why we left it behind
#
# The perceptron used the **step function (계단 함수)** τ(s) = +1 if s ≥ 0, else −1. It is a
# perfectly good non-linearity, but its derivative is 0 everywhere except at 0, where it does not
# exist. Learning by gradients asks "if I change this weight a little, how does the loss change?", and the
# step answers "not at all" almost everywhere. So we want functions that are non-linear *and*
# have a useful slope.
#
# ## 3. The sigmoid (시그모이드)
#
# $$ \sigma(x) = \frac{1}{1 + e^{-x}} $$
#
# squashes any real number into the interval (0, 1): large negative x gives almost 0, large
# positive x almost 1, and σ(0) = ½. It is a smooth version of the step, and its output can be
# read as a probability.
#
# ### Computing it without overflow
#
# If we write it directly as `1 / (1 + np.exp(-x))`, it computes `np.exp(1000)` when x = −1000.
# That is about 10⁴³⁴, far larger than the largest float (about 1.8·10³⁰⁸): NumPy returns `inf`
# and warns of an **overflow (오버플로)**. Here the final answer, 1/∞ = 0, is right by luck. But
# a warning in a training loop hides real problems. Also, the equally valid form
# e^x / (1 + e^x) gives ∞/∞ = NaN for large positive x:

# %%
big = np.array([-1000.0, 0.0, 1000.0])
with np.errstate(over="warn", invalid="warn"):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        naive = 1 / (1 + np.exp(-big))
        other = np.exp(big) / (1 + np.exp(big))
print("1 / (1 + exp(-x))   :", naive)
print("exp(x) / (1 + exp(x)):", other)
print("warnings:", sorted({str(w.message) for w in caught}))

# %% [markdown]
# The solution is to never compute the exponential of a large positive number. For x ≥ 0 the
# first form only needs
# e^(−x) ≤ 1. For x < 0, multiply top and bottom by e^x:
#
# $$ \sigma(x) = \frac{e^{x}}{1 + e^{x}}, $$
#
# which only needs e^x < 1. Both branches use z = e^(−|x|), which lies in (0, 1] and can never
# overflow (for very large |x| it becomes 0 without a warning, and this does no harm).
#
# **Exercise.** Write `sigmoid(x)` that works elementwise on numbers, lists and arrays of any
# shape and gives no warning, `inf` or NaN for |x| up to 10⁴. `np.where(condition, a, b)` picks
# elementwise between two arrays of the same shape.

# %%
def sigmoid(x):
    """The logistic sigmoid σ(x) = 1 / (1 + e^(-x)), elementwise, without overflow.

    x: a number, a list or an array of any shape.
    Returns a number for a number, otherwise a float array of x's shape; values in [0, 1]."""
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))  # in (0, 1]: cannot overflow
    out = np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
    return out if out.ndim else float(out)
    ### END SOLUTION


# %%
check("sigmoid")

# %% [markdown]
# ### Its derivative — derive it yourself
#
# Training needs the slope σ′(x). Differentiate σ(x) = (1 + e^(−x))^(−1) with the chain rule.
# Then look carefully at the result: it can be written using only σ(x) itself. So once the
# forward pass has computed σ(x), the slope costs almost nothing. Find that form on paper first.
#
# You do not have to trust your algebra. A slope can be *measured*: move x by a small h in both
# directions and compare. This is the **centred difference** (중앙 차분)
# (f(x + h) − f(x − h)) / 2h, and its error shrinks like h². The helper below does that for an
# elementwise function (notebook 05
# builds the general version):

# %%
def slope(f, x, h=1e-5):
    """Centred-difference estimate of f'(x) for an elementwise f, at every entry of x."""
    x = np.asarray(x, dtype=float)
    return (np.asarray(f(x + h)) - np.asarray(f(x - h))) / (2 * h)


with needs("sigmoid"):
    print(tr("measured slopes of σ at -4, 0, 4:"), slope(sigmoid, [-4.0, 0.0, 4.0]))

# %% [markdown]
# **Exercise.** Write `sigmoid_grad(x)`, the derivative dσ/dx at x (not at σ(x)), using the
# form you derived and your `sigmoid`. The self-check compares it with measured slopes.

# %%
def sigmoid_grad(x):
    """The derivative dσ/dx of the sigmoid at x, elementwise. x: number, list or array.
    Returns a number for a number, otherwise a float array of x's shape."""
    ### BEGIN SOLUTION
    s = sigmoid(x)
    return s * (1.0 - s)
    ### END SOLUTION


# %%
check("sigmoid_grad")

# %% [markdown]
# ### The derivation, and two mistakes
#
# With u = 1 + e^(−x), σ = 1/u and
#
# $$ \sigma'(x) = \frac{e^{-x}}{(1 + e^{-x})^2}
#   = \underbrace{\frac{1}{1 + e^{-x}}}_{\sigma(x)} \cdot
#     \underbrace{\frac{e^{-x}}{1 + e^{-x}}}_{1 - \sigma(x)}
#   = \sigma(x)\,\bigl(1 - \sigma(x)\bigr). $$
#
# The largest value is at x = 0, where σ′(0) = ½ · ½ = ¼; far from 0 the sigmoid is flat and σ′
# is nearly 0. A unit working in those flat tails is said to be in **saturation (포화)**: its
# **gradient (기울기)** is tiny, so it learns very slowly.
#
# > **Common mistake.** σ′ = σ(1 − σ), **not** f′(1 − f). The derivative is the sigmoid's
# > *value* times one minus its value: σ′(x) = σ(x)·(1 − σ(x)). Some lecture notes write it as
# > σ′(1 − σ), with the derivative on the right-hand side, which defines σ′ in terms of itself
# > and gives wrong numbers. A second mistake in code: `x * (1 - x)` is right only if `x` already
# > holds σ(x). Applied to the raw input it gives 0 at x = 0, where the true slope is ¼.
#
# Here is your function compared with the measured slopes, and the second mistake:

# %%
xs = np.array([-4.0, -1.0, 0.0, 1.0, 4.0])
with needs("sigmoid", "sigmoid_grad"):
    print("x                 :", xs)
    print("σ'(x) = σ(1 − σ)  :", sigmoid_grad(xs))
    print(tr("measured slope    : {slope}", slope=slope(sigmoid, xs).round(8)))
    print(tr("x(1 − x)  (wrong) : {values}", values=xs * (1 - xs)))
    print(tr("largest σ' on a fine grid: {largest:.4f}", largest=sigmoid_grad(np.linspace(-10, 10, 2001)).max()))

# %% [markdown]
# ## 4. tanh: the zero-centred sigmoid
#
# The **hyperbolic tangent (쌍곡탄젠트)** tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)) has the
# same S shape, but its values are in (−1, 1). In fact tanh(x) = 2σ(2x) − 1: it is a sigmoid
# stretched and shifted so that tanh(0) = 0. That makes its output **zero-centred (0 중심)**.
# Why does this matter? The next layer's weight gradient is (its input) × (upstream gradient).
# If every input is positive, as with sigmoid outputs, then for *one sample* all weights of a
# unit get gradients of the same sign (the sign of that unit's upstream gradient). With one
# sample per step they can only all grow or all shrink together, so they reach a target that
# needs some to grow and others to shrink only in a zig-zag path. A mini-batch averages samples
# whose upstream gradients differ in sign, which softens this, but the bias towards same-sign
# steps remains. Zero-centred activations avoid it.
#
# Its derivative, like the sigmoid's, can be written using only the function's own value.
# Derive it. You can use the quotient rule on (e^x − e^(−x)) / (e^x + e^(−x)), or you can use
# tanh(x) = 2σ(2x) − 1 and what you know about σ′. Then confirm it with `slope(np.tanh, ...)`.
# NumPy's `np.tanh` is already stable.
#
# **Exercise.** Write `tanh_grad(x)`, the derivative d tanh(x)/dx.

# %%
def tanh_grad(x):
    """The derivative d tanh(x)/dx, elementwise. x: number, list or array.
    Returns a number for a number, otherwise a float array of x's shape."""
    ### BEGIN SOLUTION
    t = np.tanh(np.asarray(x, dtype=float))
    return 1.0 - t * t
    ### END SOLUTION


# %%
check("tanh_grad")

# %% [markdown]
# The answer is tanh′(x) = 1 − tanh²(x) (from the sigmoid route: 4σ′(2x) = 4σ(2x)(1 − σ(2x)),
# and 2σ(2x) = 1 + tanh x, 2(1 − σ(2x)) = 1 − tanh x). At 0 it is 1, four times the sigmoid's
# largest slope. But tanh also saturates for large |x|, in the same way.

# %%
with needs("tanh_grad"):
    print(tr("tanh' at -2, 0, 2  : {grad}", grad=tanh_grad([-2.0, 0.0, 2.0])))
    print(tr("measured slope     : {slope}", slope=slope(np.tanh, [-2.0, 0.0, 2.0]).round(8)))

# %% [markdown]
# ## 5. ReLU (정류 선형 유닛)
#
# The **rectified linear unit** is very simple. It passes a positive input through unchanged
# and replaces a negative one by 0: relu(x) = max(0, x). Its graph is two straight pieces, so
# you can see its derivative from the graph. At x = 0 the derivative does not exist (the graph
# has a corner); we take it as **0**, the usual convention. The advantages of ReLU:
#
# - **no saturation for x > 0**: the slope is exactly 1, so gradients pass through unchanged;
# - **cheap**: a comparison, no exponential;
# - **sparse**: many units output exactly 0.
#
# The lecture notes credit ReLU with faster training. The figure usually quoted for this comes
# from Krizhevsky, Sutskever and Hinton (2012), who trained a
# four-layer convolutional network on the CIFAR-10 images and reached 25 % training error about
# six times faster with ReLUs than with tanh. Take it as one measurement, not a law: it is one
# network on one data set, and the speed-up depends on the network, the initialisation and the
# learning rate.
#
# Its weak point comes from the same property: for x < 0 the slope is 0. A unit whose
# weighted sum is negative for every input gets no gradient at all, and gradient descent can never
# bring it back. Such a unit is called **dead (죽은 유닛)**.
#
# **Exercise.** Write `relu(x)` and `relu_grad(x)` (with relu′(0) = 0). Do not modify `x` in place.

# %%
def relu(x):
    """The rectified linear unit, elementwise. x: number, list or array.
    Returns a number for a number, otherwise a new float array of x's shape."""
    ### BEGIN SOLUTION
    return np.maximum(0.0, np.asarray(x, dtype=float))
    ### END SOLUTION


# %%
check("relu")


# %%
def relu_grad(x):
    """The derivative of relu with respect to x, elementwise, taken as 0 at x = 0.
    Returns a number for a number, otherwise a float array of x's shape."""
    ### BEGIN SOLUTION
    return (np.asarray(x, dtype=float) > 0).astype(float)
    ### END SOLUTION


# %%
check("relu_grad")

# %% [markdown]
# ### A dead unit, and what things cost
#
# Below, one ReLU unit with a bias of −10 receives 1,000 inputs drawn around 0. Its weighted sum is
# negative for every one of them, so it outputs 0 everywhere and every gradient that reaches its
# weights is 0: it is dead and will stay dead.

# %%
gen = np.random.default_rng(1)
inputs = gen.normal(size=(1000, 3))          # (N, D)
w_unit, b_unit = np.array([0.5, -0.3, 0.8]), -10.0
s = inputs @ w_unit + b_unit
print(tr("fraction of inputs where the unit is active: {fraction}", fraction=np.mean(s > 0)))
with needs("relu_grad"):
    print(tr("gradient reaching the weights (sum over the batch): {gradient}", gradient=inputs.T @ relu_grad(s)))

# %% [markdown]
# Now the cost: we evaluate each function once on a million numbers. The exact times depend on
# the machine, but the order from fastest to slowest rarely does.

# %%
# NBVAL_IGNORE_OUTPUT
many = np.random.default_rng(2).normal(size=1_000_000)
for name, f in [("relu", relu), ("sigmoid", sigmoid), ("tanh", np.tanh)]:
    with needs("relu", "sigmoid"):
        start = time.perf_counter()
        f(many)
        print(f"{name:8s} {1000 * (time.perf_counter() - start):6.1f} ms")

# %% [markdown]
# ## 6. The generalised ReLU family
#
# Write ReLU as max(0, x) + α·min(0, x). The first term is the positive part of x, the second
# scales the negative part by α. One formula gives several well-known activations:
#
# | α | name | what it does for x < 0 |
# | --- | --- | --- |
# | 0 | ReLU | output 0, slope 0 |
# | small, e.g. 0.01 | **leaky ReLU (리키 ReLU)** | small slope α, so the unit never dies completely |
# | −1 | absolute-value rectification | output −x: f(x) = \|x\| |
# | learned | **PReLU** (parametric ReLU, 파라메트릭 ReLU) | α is learned with the weights; ∂f/∂α = min(0, x) |
#
# Work out the derivative with respect to x on each side of 0 yourself; at the corner x = 0 the
# course takes the value of the left-hand side (so ReLU, α = 0, keeps relu′(0) = 0).
#
# **Exercise.** Write `generalized_relu(x, alpha)` and `generalized_relu_grad(x, alpha)`. Follow
# the formula for every α (careful: `np.maximum(x, alpha * x)` agrees with it only when α ≤ 1).

# %%
def generalized_relu(x, alpha):
    """max(0, x) + alpha·min(0, x), elementwise. x: number, list or array; alpha: a number.
    Returns a number for a number, otherwise a float array of x's shape."""
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=float)
    return np.maximum(0.0, x) + alpha * np.minimum(0.0, x)
    ### END SOLUTION


# %%
check("generalized_relu")


# %%
def generalized_relu_grad(x, alpha):
    """The derivative of generalized_relu with respect to x, elementwise; at x = 0 the
    left-hand slope. Returns a number for a number, otherwise a float array of x's shape."""
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=float)
    out = np.where(x > 0, 1.0, float(alpha))
    return out if out.ndim else float(out)
    ### END SOLUTION


# %%
check("generalized_relu_grad")

# %% [markdown]
# ## 7. All of them side by side
#
# Each panel draws f (solid) and f′ (dashed) using *your* functions. Look for: the range of f;
# where f′ is largest; where it is nearly 0 (saturation); the corners of the ReLU family.

# %%
def _step(x, alpha=None):
    return np.where(x >= 0, 1.0, -1.0), np.zeros_like(x)


GALLERY = [
    ("step τ(x)  (f′ = 0, undefined at 0)", _step),
    ("sigmoid σ(x)", lambda x: (sigmoid(x), sigmoid_grad(x))),
    ("tanh(x)", lambda x: (np.tanh(x), tanh_grad(x))),
    ("ReLU", lambda x: (relu(x), relu_grad(x))),
    ("leaky ReLU, α = 0.1", lambda x: (generalized_relu(x, 0.1), generalized_relu_grad(x, 0.1))),
    ("absolute value, α = −1", lambda x: (generalized_relu(x, -1.0), generalized_relu_grad(x, -1.0))),
]
activation_plots.plot_gallery(GALLERY, -5, 5)
plt.show()

# %% [markdown]
# | activation | range | zero-centred | largest f′ | saturates | cost | dead units |
# | --- | --- | --- | --- | --- | --- | --- |
# | step | {−1, +1} | yes | 0 (no useful gradient) | everywhere | tiny | — |
# | sigmoid | (0, 1) | no | ¼ at 0 | both sides | exp | no, but near-dead in the tails |
# | tanh | (−1, 1) | yes | 1 at 0 | both sides | exp | no, but near-dead in the tails |
# | ReLU | [0, ∞) | no | 1 for x > 0 | never for x > 0 | tiny | yes |
# | leaky ReLU / PReLU | (−∞, ∞) | no (for small α) | 1 for x > 0 | never | tiny | no |
# | absolute value | [0, ∞) | no | 1 in size | never | tiny | no |
#
# Leaky ReLU is sometimes called zero-centred; for small α it is not. For inputs drawn from
# N(0, 1) the mean output of max(0, x) + α·min(0, x) is (1 − α)/√(2π) ≈ 0.399·(1 − α): about
# 0.395 for α = 0.01, only a little below ReLU's 0.399. To centre it, α must be near 1 (a
# nearly linear unit), or we must use tanh instead.

# %%
z_normal = np.random.default_rng(4).normal(size=200_000)
with needs("generalized_relu"):
    for a in (0.0, 0.01, 0.1):
        print(tr("α = {a:4}: mean output on N(0, 1) inputs {mean:.3f} (theory {theory:.3f})", a=a,
                 mean=generalized_relu(z_normal, a).mean(), theory=(1 - a) / np.sqrt(2 * np.pi)))

# %% [markdown]
# ## 8. Vanishing gradients, made quantitative
#
# Stack L activations: a₁ = f(x₀), a₂ = f(a₁), …, out = a_L. By the **chain rule (연쇄 법칙)**,
# the derivative of the output with respect to the input is the product of the local slopes along
# the way:
#
# $$ \frac{d\,\mathrm{out}}{d x_0} = f'(x_0)\, f'(a_1) \cdots f'(a_{L-1}). $$
#
# Each sigmoid factor is at most ¼, so after L sigmoids the gradient is at most 4^(−L): ten
# layers shrink it by a factor of at least a million. This is the
# **vanishing gradient (기울기 소실)** problem: the first layers of a deep sigmoid network learn
# very little. (Real layers also
# multiply by weights, which can make things better or worse; the ¼ per layer is what the
# activation alone costs.) A ReLU gives a factor of exactly 1 on its active side, and tanh gives
# a factor of at most 1.
#
# **Exercise.** Write `chain_gradient(x0, depth, activation)`: apply the activation `depth` times
# starting from `x0` and return d(out)/d(x0), elementwise if `x0` is an array. `activation` is
# `"sigmoid"`, `"tanh"` or `"relu"`; use your functions from above.

# %%
def chain_gradient(x0, depth, activation):
    """d(out)/d(x0) where out = f(f(...f(x0))) with `depth` applications of f.

    x0: a number or an array (elementwise). depth: an int >= 0.
    activation: "sigmoid", "tanh" or "relu". Returns a number for a number (1.0 for depth 0),
    otherwise a float array shaped like x0."""
    ### BEGIN SOLUTION
    pairs = {"sigmoid": (sigmoid, sigmoid_grad), "tanh": (np.tanh, tanh_grad),
             "relu": (relu, relu_grad)}
    if activation not in pairs:
        raise ValueError(f"activation must be one of {sorted(pairs)}, got {activation!r}")
    f, df = pairs[activation]
    a = np.asarray(x0, dtype=float)
    grad = np.ones_like(a)
    for _ in range(int(depth)):
        grad = grad * df(a)  # local slope at this layer's input
        a = f(a)
    grad = np.asarray(grad, dtype=float)
    return grad if grad.ndim else float(grad)
    ### END SOLUTION


# %%
check("chain_gradient")

# %% [markdown]
# Now the picture. The dotted line is the bound 4^(−L). Note that the vertical axis is
# logarithmic: on this axis, exponential decay is a straight line.

# %%
activation_plots.depth_plot(chain_gradient, x0=1.0)
plt.show()

# %% [markdown]
# The sigmoid curve stays under the bound and is almost parallel to it. Its outputs settle
# near 0.66, where σ′ ≈ 0.22, a little less than ¼. So each layer makes the gradient smaller by
# a factor of about 4.5. The tanh chain loses less here, because its outputs shrink towards 0,
# where tanh′ ≈ 1. But if the tanh chain starts in saturation, its gradient also becomes very
# small. ReLU, from a positive start, passes the gradient
# through unchanged at every depth (from a negative start it would pass exactly 0: a dead chain).

# %%
with needs("chain_gradient"):
    for start in (1.0, 3.0):
        row = {name: float(chain_gradient(start, 10, name)) for name in ("sigmoid", "tanh", "relu")}
        print(tr("x0 = {start}: gradient after 10 layers -> {values} (bound 4^-10 = {bound:.2e})", start=start,
                 values=", ".join(f"{k} {v:.2e}" for k, v in row.items()), bound=0.25**10))

# %% [markdown]
# ## 9. Explore
#
# Pick an activation, move α (it only affects the generalised ReLU) and the x-range, and watch f
# and f′. Try α = −1 and α = 0.01; widen the range to ±20 for sigmoid and tanh and see how flat
# they become. The line above the plots shows the largest slope in the visible range.

# %%
# NBVAL_IGNORE_OUTPUT
EXPLORER_FUNCTIONS = {
    "sigmoid": lambda x, alpha: (sigmoid(x), sigmoid_grad(x)),
    "tanh": lambda x, alpha: (np.tanh(x), tanh_grad(x)),
    "ReLU": lambda x, alpha: (relu(x), relu_grad(x)),
    "generalized ReLU (uses α)": lambda x, alpha: (generalized_relu(x, alpha),
                                                   generalized_relu_grad(x, alpha)),
    "step": _step,
}
explorer = activation_plots.make_explorer(EXPLORER_FUNCTIONS, "generalized ReLU (uses α)", alpha=0.1)
display(explorer)  # noqa: F821 (display is provided by Jupyter)

# %% [markdown]
# Without a running kernel (for example when reading this page on the web) the sliders do nothing;
# here is one setting drawn directly:

# %%
state = activation_plots.explorer_state(EXPLORER_FUNCTIONS, "sigmoid", 0.1, (-10, 10))
activation_plots.draw_explorer(state)
plt.show()

# %% [markdown]
# ## Summary
#
# - Without a non-linearity, stacked layers collapse into one linear layer.
# - Sigmoid: range (0, 1), σ′ = σ(1 − σ) ≤ ¼, saturates, not zero-centred; compute it with
#   e^(−|x|) so it never overflows.
# - tanh: range (−1, 1), zero-centred, tanh′ = 1 − tanh² ≤ 1, saturates.
# - ReLU: cheap, slope 1 on the active side, but units can die; the generalised family
#   max(0, x) + α·min(0, x) covers leaky ReLU, absolute value and PReLU.
# - Through L sigmoids a gradient shrinks by at least 4^L — the vanishing gradient problem.
#
# Next, notebook 05 turns the chain rule into an algorithm, backpropagation, and trains the XOR
# network with gradients you compute yourself.
