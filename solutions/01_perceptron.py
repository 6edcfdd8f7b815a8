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
# # 01 — The perceptron (퍼셉트론)
#
# The perceptron is the smallest model that we can call a *neural network*. It takes a few
# numbers, multiplies each one by a weight, adds them up and answers yes or no. Everything later
# in this course (hidden layers, backpropagation, softmax) is built from this one unit. So we
# build it carefully, by hand, in NumPy. Frank Rosenblatt introduced it in 1958, as a model of a
# neuron that learns its weights from examples, and built it in hardware soon after (the Mark I
# Perceptron).
#
# **You will:** write the step activation, the bias trick and the prediction rule; choose
# weights for AND and OR; define the perceptron's objective and check its three properties;
# work one update of the perceptron rule and of the delta rule by hand and see that they
# differ; train a perceptron in batch and stochastic mode; see when the learning rate matters;
# and watch it fail — forever — on data that no line can split.
#
# **How this notebook works.** Cells marked `# YOUR CODE HERE` are yours. After each exercise
# there is a one-line self-check cell, and it answers at once. It shows ✔ when every check
# passes. Otherwise it shows the first input that went wrong, what was expected, what came back,
# and a hint. Key terms have their Korean name in brackets the first time they appear; the
# [glossary](00_glossary.md) has them all.

# %%
import numpy as np
import matplotlib.pyplot as plt

from helpers import check, needs, plots, tr
from helpers.data import GATE_X, gate_targets

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. What a perceptron is made of
#
# A perceptron receives an **input** (입력) vector $x = (x_1, \dots, x_d)$. Each input has a
# **weight** (가중치) $w_i$ saying how much it matters and in which direction. A constant
# **bias** (편향) $w_0$ shifts how easily the unit fires, that is, answers yes. The unit computes the
# **weighted sum** (가중합)
#
# $$ s = w_0 + w_1 x_1 + \dots + w_d x_d $$
#
# and passes it through an **activation function** (활성화 함수). For the perceptron the
# activation is the **step function** (계단 함수)
#
# $$ \tau(s) = \begin{cases} +1 & s \ge 0 \\ -1 & s < 0. \end{cases} $$
#
# Note the equals sign: a sum of exactly zero counts as $+1$. This convention matters. It
# decides the class of the points that lie *on* the decision line, and it is the first thing
# the self-check tests.
#
# ### Exercise 1 — `step(s)`
# Return $+1$ where $s \ge 0$ and $-1$ elsewhere. If the input is a number, return a number. If
# the input is an array, return an array of the same shape. `np.where` does the elementwise
# choice.
#
# > **What "a number", "an array" and "a bool" mean, in every lesson.** A *number* is a Python
# > `int` or `float` or a NumPy number such as `np.float64`; it is not an array, not even a 0-d
# > one (`np.where` on a number gives a 0-d array: turn it into a number with `int(...)` or
# > `float(...)`), and not a bool. A *plain bool* is Python's `True` or `False` (wrap NumPy's
# > answer in `bool(...)`). An *array* is a NumPy array of the stated shape; weights, distances
# > and other quantities are floats even when every input is an integer. A graded function
# > returns a **new** array, never the caller's own, and never changes its inputs. It accepts
# > lists wherever it accepts arrays. Where a lesson promises a result "stable" or "without
# > warnings", a RuntimeWarning, or code that hides one, counts as a mistake.

# %%
def step(s):
    """Elementwise step activation τ(s): +1 where s >= 0, -1 elsewhere.

    s: a number, list or array of any shape.
    Returns: a number for a number, otherwise an array of the same shape as s.
    """
    ### BEGIN SOLUTION
    s = np.asarray(s)
    out = np.where(s >= 0, 1, -1)
    return out if out.ndim else int(out)
    ### END SOLUTION


# %%
check("step")

# %%
with needs("step"):
    s = np.linspace(-3, 3, 601)
    fig, ax = plt.subplots(figsize=(5, 2.5))
    ax.plot(s, step(s), drawstyle="steps-post")
    ax.scatter([0], [step(0.0)], color="black", zorder=3, label="τ(0) = +1")
    ax.set(xlabel="s", ylabel="τ(s)", title="The step function")
    ax.legend()
    plt.show()

# %% [markdown]
# ## 2. The bias trick
#
# It is inconvenient to keep the bias separate from the other weights. Instead, imagine that
# every input has an extra component $x_0 = 1$ that never changes. Its weight is the bias, and
# the weighted sum becomes one dot product:
#
# $$ \tilde{x} = (1, x_1, \dots, x_d), \qquad w = (w_0, w_1, \dots, w_d), \qquad s = w \cdot \tilde{x}. $$
#
# For a whole data set $X$ of shape $(N, d)$, with one sample per row, we prepend a column of
# ones and get $\tilde{X}$ of shape $(N, d+1)$. Then $\tilde{X} w$ gives all $N$ sums at once.
#
# ### Exercise 2 — `add_bias(X)`
# Prepend a column of ones: `(N, d)` → `(N, d+1)`. A single sample of shape `(d,)` becomes
# `(d+1,)`. The ones go **first**, so that `w[0]` is the bias.

# %%
def add_bias(X):
    """Prepend the constant input 1 (the bias trick).

    X: (N, d) samples, or one sample of shape (d,).
    Returns: (N, d+1) or (d+1,), with the ones in column 0.
    """
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.concatenate([[1.0], X])
    return np.hstack([np.ones((X.shape[0], 1)), X])
    ### END SOLUTION


# %%
check("add_bias")

# %% [markdown]
# ### Exercise 3 — `predict(w, X)`
# Now combine the parts above. The perceptron's answer for every row of `X` is
# $\tau(\tilde{X} w)$, an array of $\pm 1$ of shape `(N,)`.

# %%
def predict(w, X):
    """Perceptron predictions.

    w: (d+1,) weights in bias-trick form, w[0] the bias.
    X: (N, d) samples.
    Returns: (N,) array of +1 / -1.
    """
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    return np.where(add_bias(X) @ np.asarray(w, dtype=float) >= 0, 1, -1)
    ### END SOLUTION


# %%
check("predict")

# %% [markdown]
# ## 3. Logic gates: choosing weights by hand
#
# With inputs in $\{0, 1\}$ and output $\pm 1$, a perceptron can compute the logic gates AND
# and OR. Geometrically, its decision boundary $w_0 + w_1 x_1 + w_2 x_2 = 0$ is a **line**. For
# AND, the line must put $(1,1)$ alone on the $+1$ side. For OR, it must put only $(0,0)$ on the
# $-1$ side.
#
# ### Exercise 4 — `AND_WEIGHTS` and `OR_WEIGHTS`
# Choose three numbers for each gate, bias first. There are infinitely many right answers; any
# weights that compute the gate correctly pass. (Hint: with $w_1 = w_2 = 1$, which biases work?)

# %%
### BEGIN SOLUTION
AND_WEIGHTS = np.array([-1.5, 1.0, 1.0])
OR_WEIGHTS = np.array([-0.5, 1.0, 1.0])
### END SOLUTION

# %%
check("AND_WEIGHTS")

# %%
check("OR_WEIGHTS")

# %%
with needs("predict", "AND_WEIGHTS", "OR_WEIGHTS"):
    fig, axes = plt.subplots(1, 2, figsize=(9, 4))
    for ax, gate, w in zip(axes, ["AND", "OR"], [AND_WEIGHTS, OR_WEIGHTS]):
        plots.regions(ax, lambda P, w=w: predict(w, P))
        plots.points(ax, GATE_X, gate_targets(gate))
        plots.line(ax, w)
        ax.set_title(f"{gate}: w = {np.round(np.asarray(w, float), 2)}")
    axes[0].legend(loc="upper left")
    plt.tight_layout()
    plt.show()
    for gate, w in [("AND", AND_WEIGHTS), ("OR", OR_WEIGHTS)]:
        print(tr("{gate} predictions: {predictions}  targets: {targets}", gate=gate,
                 predictions=predict(w, GATE_X), targets=gate_targets(gate)))

# %% [markdown]
# ## 4. Learning the weights: hypothesis, objective, optimisation
#
# Choosing weights by hand works only for very small problems. Every classifier in this course
# is trained with the same method, in three parts:
#
# 1. **Hypothesis** (가설): the family of functions we search — here
#    $y = \tau(w \cdot \tilde{x})$, one function per weight vector $w$.
# 2. **Objective** (목적 함수) $J(w)$: a number that says how bad $w$ is on the training data.
# 3. **Optimisation** (최적화): a procedure that changes $w$ to make $J$ smaller —
#    here gradient descent (경사 하강법).
#
# The natural objective would be the number of mistakes. But this number is flat almost
# everywhere: a small change of $w$ usually changes no prediction, so it gives no direction to
# move in. The
# **perceptron objective** measures *how far* on the wrong side the mistakes are:
#
# $$ J(w) = \sum_{k \in \mathcal{M}} -t_k \,(w \cdot \tilde{x}_k), $$
#
# where $\mathcal{M}$ is the set of misclassified samples and $t_k \in \{-1, +1\}$ the targets.
#
# Why is this a sensible objective? Look at one misclassified sample. If $t_k = +1$ the
# perceptron said $-1$, so $s_k < 0$ and $-t_k s_k = -s_k > 0$. If $t_k = -1$ it said $+1$, so
# $s_k \ge 0$ and $-t_k s_k = s_k \ge 0$. Hence:
#
# * **$J \ge 0$** always: every term is non-negative.
# * **$J = 0$ when everything is right**: then $\mathcal{M}$ is empty and the sum has no terms.
# * **Each mistake adds to $J$**: for a fixed $w$, every misclassified sample adds a
#   non-negative term, and a mistake further from the line adds more.
#
# But $J$ does **not** grow with the *number* of mistakes when we compare different $w$. On AND,
# $w = (-0.1, 0.2, 0.2)$ makes 2 mistakes with $J = 0.2$, while $w = (-0.5, 1, 0)$ makes only 1
# mistake with $J = 0.5$: two mistakes close to the line cost less than one far from it. The
# demo after Exercise 5 prints this pair.
#
# The second property is true in one direction only. $J = 0$ does **not** mean that everything is
# right: a mistake that sits exactly on the line ($s_k = 0$, predicted $+1$, target $-1$) adds
# $0$. At $w = 0$ every sum is $0$, every $-1$ sample is wrong, and still $J = 0$. The blob
# demo below starts from exactly these weights, with 20 errors. Also, $J$ is not a count of
# mistakes: $J(c\,w) =
# c\,J(w)$ for any $c > 0$, so the same mistakes can cost any amount. $J$ is useful because of
# its *gradient*, which points away from the mistakes. To follow the training, we watch the
# error count.
#
# ### Exercise 5 — `perceptron_loss(w, X, t)`
# Sum $-t_k (w \cdot \tilde{x}_k)$ over the samples where `predict(w, X) != t` — and only those.

# %%
def perceptron_loss(w, X, t):
    """Perceptron objective J(w) over the misclassified samples.

    w: (d+1,) weights; X: (N, d) samples; t: (N,) targets in {-1, +1}.
    Returns: J as a number (>= 0).
    """
    ### BEGIN SOLUTION
    w, t = np.asarray(w, dtype=float), np.asarray(t)
    s = add_bias(X) @ w
    wrong = predict(w, X) != t
    return float(np.sum(-t[wrong] * s[wrong]))
    ### END SOLUTION


# %%
check("perceptron_loss")

# %%
with needs("perceptron_loss"):
    t_and = gate_targets("AND")
    # The last two: more mistakes, yet a smaller J (J is no count of mistakes).
    for w in ([-1.5, 1.0, 1.0], [-0.5, 1.0, 1.0], [0.5, 1.0, 1.0], [2.0, -1.0, -1.0],
              [-0.1, 0.2, 0.2], [-0.5, 1.0, 0.0]):
        mistakes = int(np.sum(predict(w, GATE_X) != t_and))
        print(tr("w = {w!s:20}  mistakes on AND = {mistakes}   J = {J:.2f}", w=w, mistakes=mistakes,
                 J=perceptron_loss(w, GATE_X, t_and)))

# %% [markdown]
# ## 5. The gradient and the perceptron rule
#
# Within a region where the set of mistakes does not change, $J$ is linear in $w$, and its
# gradient is
#
# $$ \nabla_w J = \sum_{k \in \mathcal{M}} -t_k\, \tilde{x}_k . $$
#
# Gradient descent moves in the opposite direction, with a **learning rate** (학습률) $\eta > 0$:
# $w \leftarrow w + \eta \sum_{k \in \mathcal{M}} t_k \tilde{x}_k$. Taking one sample at a time
# gives the classic **perceptron rule** (퍼셉트론 학습 규칙): nothing happens when the sample is
# right, and a mistake moves $w$ by $2\eta\, t\, \tilde{x}$ (the classic rule's 2 only rescales
# $\eta$).
#
# ### Exercise 6 — `perceptron_step(w, x, t, lr)`
# One stochastic update on one sample `x` of shape `(d,)`. Write it as *one* expression, without
# an `if` on right or wrong: find a factor, built from the target $t$ and the prediction
# $y = \tau(w \cdot \tilde{x})$, that is $0$ when $y = t$ and $2t$ when $y \ne t$, and step by
# $\eta$ times that factor times $\tilde{x}$. The rule is written out after the self-check.
# Return a **new** array: never change `w` in place (`w += ...` would change the caller's
# weights too, without any warning).

# %%
def perceptron_step(w, x, t, lr):
    """One perceptron-rule update on one sample.

    w: (d+1,) weights; x: (d,) one sample; t: its target (+1 or -1); lr: learning rate.
    Returns: the new (d+1,) weights: unchanged if the prediction y is right, moved by
    2 * lr * t * x̃ if it is wrong.
    """
    ### BEGIN SOLUTION
    x_tilde = add_bias(x)
    w = np.asarray(w, dtype=float)
    y = 1 if x_tilde @ w >= 0 else -1
    return w + lr * (t - y) * x_tilde
    ### END SOLUTION


# %%
check("perceptron_step")

# %% [markdown]
# ### The worked example, in full
#
# The factor is $t - y$, so the perceptron rule reads
#
# $$ w \leftarrow w + \eta\,(t - y)\,\tilde{x}, \qquad y = \tau(w \cdot \tilde{x}). $$
#
# When $y = t$, the factor $t - y$ is $0$ and nothing happens. When $y \ne t$, it is $\pm 2$:
# a step of $2\eta\, t\, \tilde{x}$ in the descent direction.
#
# Take $w = (-0.5, 0.75)$, bias $b = 0.375$, one sample $x = (1.5, 2.0)$ with target $t = -1$,
# and $\eta = 0.3$. In bias-trick form $w = (0.375, -0.5, 0.75)$ and $\tilde{x} = (1, 1.5, 2)$.
#
# * Weighted sum: $s = 0.375 + (-0.5)(1.5) + (0.75)(2.0) = 0.375 - 0.75 + 1.5 = 1.125$.
# * Prediction: $y = \tau(1.125) = +1$, but $t = -1$: a mistake.
# * Factor: $\eta (t - y) = 0.3 \times (-2) = -0.6$.
# * Update: $w \leftarrow (0.375, -0.5, 0.75) - 0.6\,(1, 1.5, 2) = (-0.225, -1.4, -0.45)$.
#
# So the new weights are $w = (-1.4, -0.45)$ with bias $b = -0.225$. Check it with your function:

# %%
w_example = np.array([0.375, -0.5, 0.75])   # (bias, w1, w2)
x_example = np.array([1.5, 2.0])
with needs("perceptron_step"):
    s_example = add_bias(x_example) @ w_example
    print(tr("weighted sum s = {s}   prediction y = {y}", s=s_example, y=step(s_example)))
    w_new = perceptron_step(w_example.copy(), x_example, -1, 0.3)
    print(tr("perceptron rule: bias = {bias}  w = {w}", bias=round(w_new[0], 6), w=w_new[1:]))
    print(tr("the new sum {s} is now negative, as t = -1 wants", s=round(add_bias(x_example) @ w_new, 4)))

# %% [markdown]
# ## 6. The delta rule: a different update
#
# The **delta rule** (델타 규칙), also called the Widrow–Hoff or LMS rule, comes from a different
# objective. Forget the step function for a moment. Instead, ask the raw sum $s = w \cdot
# \tilde{x}$ of the *linear* unit to be close to the target, and measure this with the squared
# error
#
# $$ E(w) = \tfrac12\,(t - s)^2, \qquad s = w \cdot \tilde{x}. $$
#
# The delta rule is one step of gradient descent on $E$ for one sample, with learning rate
# $\eta$. Work out $\nabla_w E$ yourself. Use the chain rule through $s$: what is $\partial s /
# \partial w_i$? Then compare the result with the perceptron rule. Which quantity
# takes the place of the thresholded output $y$? $E$ is zero only when $s = t$ exactly. So this
# rule keeps changing $w$ a little, even when the prediction is already right.
#
# ### Exercise 7 — `delta_rule_step(w, x, t, lr)`
# One gradient-descent step on $E$ for one sample `x` of shape `(d,)`; return a new array.

# %%
def delta_rule_step(w, x, t, lr):
    """One delta-rule (Widrow-Hoff) update on one sample.

    w: (d+1,) weights; x: (d,) one sample; t: its target; lr: learning rate.
    Returns: the new (d+1,) weights after one gradient-descent step of size lr on the
    squared error (t - s)² / 2 of the weighted sum s.
    """
    ### BEGIN SOLUTION
    x_tilde = add_bias(x)
    w = np.asarray(w, dtype=float)
    return w + lr * (t - x_tilde @ w) * x_tilde
    ### END SOLUTION


# %%
check("delta_rule_step")

# %% [markdown]
# The gradient is $\nabla_w E = -(t - s)\,\tilde{x}$, so the step is
#
# $$ w \leftarrow w + \eta\,(t - s)\,\tilde{x}: $$
#
# the perceptron rule, but with the raw sum $s$ in place of the thresholded output $y$.
# On the worked example: $t - s = -1 - 1.125 = -2.125$, so $\eta (t - s) = -0.6375$ and
# $w \leftarrow (0.375, -0.5, 0.75) - 0.6375\,(1, 1.5, 2) = (-0.2625, -1.45625, -0.525)$.

# %%
with needs("perceptron_step", "delta_rule_step"):
    w_start = np.array([0.375, -0.5, 0.75])   # a fresh copy: nothing above can have changed it
    w_perc = perceptron_step(w_start.copy(), x_example, -1, 0.3)
    w_delta = delta_rule_step(w_start.copy(), x_example, -1, 0.3)
    print(f"{'':16}{'bias':>10}{'w1':>10}{'w2':>10}")
    for name, w in [("start", w_start), ("perceptron rule", w_perc), ("delta rule", w_delta)]:
        print(f"{name:16}{w[0]:10.5f}{w[1]:10.5f}{w[2]:10.5f}")

# %% [markdown]
# > **Common mistake.** The perceptron rule and the delta rule are *different* updates, and
# > their results differ: $(-0.225, -1.4, -0.45)$ versus $(-0.2625, -1.45625, -0.525)$ above.
# > The perceptron rule multiplies by $t - y$ with the **thresholded** output $y = \pm 1$, so it
# > changes nothing once a sample is classified correctly. The delta rule multiplies by $t - s$
# > with the **raw** sum $s$, so it keeps moving $w$ until $s$ matches $t$ — even for a sample
# > that is already on the right side. Putting $s$ into the perceptron rule (or $y$ into the
# > delta rule) mixes the two. The worked example in the lecture notes makes exactly this
# > mistake. It puts $y = s = 1.125$ into the update and calls the result the perceptron rule.
# > But what it computes is the delta rule, $(-0.2625, -1.45625, -0.525)$.

# %% [markdown]
# ## 7. Training: batch versus stochastic, in matrix form
#
# An **epoch** (에포크) is one pass over the training set. There are two ways to run it:
#
# * **Stochastic** (확률적) updates: visit the samples one at a time, in a new random order
#   each epoch (`order = rng.permutation(N)`), and apply `perceptron_step` to each. The errors
#   of the epoch are the number of samples that caused an update.
# * **Batch** (배치) updates: compute all predictions with the *same* $w$, count the mistakes,
#   then make one update with the sum of all the per-sample updates. In matrix form, with
#   $\tilde{X}$ of shape $(N, d+1)$ and $y = \tau(\tilde{X} w)$:
#
#   $$ w \leftarrow w + \eta\, \tilde{X}^{\top} (t - y). $$
#
# Both start from $w = 0$ here. On data that a line can separate, the **perceptron
# convergence theorem** guarantees that the mistakes stop after finitely many updates. On
# data that no line separates, they never stop. So training needs a **stopping rule**. Training
# stops at the first epoch without an error. If that does not happen, it stops after
# `max_epochs` epochs.
#
# ### Exercise 8 — `train_perceptron(X, t, lr, max_epochs, mode, rng)`
# Return `(w, errors_per_epoch)`: the final weights (floats) and a list with the number of
# errors in each epoch that ran. Use only `rng` for randomness (batch mode needs none): each
# stochastic epoch draws exactly one `rng.permutation(N)`, and nothing else comes from `rng`.

# %%
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    """Train a perceptron from w = 0.

    X: (N, d) samples; t: (N,) targets in {-1, +1}; lr: learning rate;
    max_epochs: the most epochs to run; mode: "batch" or "stochastic";
    rng: a numpy.random.Generator (the sample order of stochastic epochs).
    Returns: (w, errors_per_epoch) — w of shape (d+1,), one error count per epoch run.
    """
    ### BEGIN SOLUTION
    if mode not in ("batch", "stochastic"):
        raise ValueError(f"mode must be 'batch' or 'stochastic', not {mode!r}")
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    X_tilde = add_bias(X)
    w = np.zeros(X_tilde.shape[1])
    errors_per_epoch = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = np.where(X_tilde @ w >= 0, 1, -1)
            errors = int(np.sum(y != t))
            w = w + lr * X_tilde.T @ (t - y)
        else:
            errors = 0
            for k in rng.permutation(len(X)):
                if (1 if X_tilde[k] @ w >= 0 else -1) != t[k]:
                    errors += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors_per_epoch.append(errors)
        if errors == 0:
            break
    return w, errors_per_epoch
    ### END SOLUTION


# %%
check("train_perceptron")

# %% [markdown]
# Now train on a small separable data set (two clouds of points) in both modes, and watch the
# errors fall to zero. The two runs differ: batch mode changes $w$ once per epoch, and
# stochastic mode changes it up to $N$ times.

# %%
rng = np.random.default_rng(0)
centres = np.where(np.arange(40)[:, None] % 2 == 0, 1.2, -1.2)
X_blobs = centres + rng.normal(scale=0.7, size=(40, 2))
t_blobs = np.where(np.arange(40) % 2 == 0, 1, -1)

with needs("train_perceptron"):
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    for mode, colour in [("batch", "C0"), ("stochastic", "C1")]:
        w, errors = train_perceptron(X_blobs, t_blobs, 0.1, 50, mode, np.random.default_rng(1))
        print(tr("{mode:10}: {epochs} epochs, errors per epoch {errors}, w = {w}", mode=mode, epochs=len(errors),
                 errors=errors, w=np.round(w, 3)))
        plots.curve(axes[0], errors, label=mode)
        ax = axes[1] if mode == "batch" else axes[2]
        lim = (-3.5, 3.5)
        plots.regions(ax, lambda P, w=w: predict(w, P), xlim=lim, ylim=lim)
        plots.points(ax, X_blobs, t_blobs, labels=False)
        plots.line(ax, w, xlim=lim, ylim=lim, color=colour)
        ax.set_title(f"{mode} training: final line")
    axes[0].set_title("errors per epoch")
    axes[0].legend()
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 8. How much does the learning rate matter?
#
# It depends on the rule. **For the perceptron rule from $w = 0$, it does not matter at all.**
# Every update adds $\eta\,(t - y)\,\tilde{x}$. So after any number of updates, $w$ is $\eta$
# times the weights that $\eta = 1$ would give, if the predictions along the way were the
# same. And they are the same: $\tau(\eta\, s) = \tau(s)$ for $\eta > 0$. By induction the two runs
# make the same mistakes in the same order, and $w/\eta$ is the same vector for every $\eta$:

# %%
with needs("train_perceptron"):
    for lr in (0.01, 1.0, 100.0):
        w, errors = train_perceptron(X_blobs, t_blobs, lr, 50, "batch", np.random.default_rng(1))
        print(tr("lr = {lr:6}: errors per epoch {errors}, w / lr = {ratio}", lr=lr, errors=errors,
                 ratio=np.round(w / lr, 3)))

# %% [markdown]
# **For the delta rule, it does matter.** Its step is proportional to the error $t - s$. A step
# that is too long goes past the target: $s$ ends on the other side of $t$, further away than
# where it started. Then the next error is larger, and so on. The weights **diverge** (발산).
# How long is too long? One step on sample $k$ changes its own sum by
# $\eta\,(t - s)\,\lVert\tilde{x}_k\rVert^2$, so its new error is $(1 - \eta\lVert\tilde{x}_k\rVert^2)$
# times the old one. The error shrinks while $\eta\lVert\tilde{x}_k\rVert^2 < 1$, overshoots
# but still shrinks up to 2, and grows beyond 2. So $\lVert\tilde{x}_k\rVert^2$, the curvature
# of one sample's squared error, sets the largest safe rate. Below, we apply the delta rule
# sample by sample to the same blobs, for ten epochs, with four learning rates, and print the
# range of $\lVert\tilde{x}_k\rVert^2$ first. The plot shows the mean squared error
# $(t - s)^2$ after each epoch, on a logarithmic scale. Both halves of the trade-off show:
# $\eta = 0.5$ puts $\eta\lVert\tilde{x}_k\rVert^2$ near 5.8 for the largest samples and
# diverges, growing by powers of ten per epoch; $\eta = 0.1$ stays just above 1 on the largest
# samples, overshoots them and settles higher (0.3); $\eta = 0.0003$ is safe but so slow that
# after ten epochs its error (0.587) is still falling towards the 0.177 that $\eta = 0.01$
# reaches. Gradient descent on any loss behaves the same way: the learning rate must be small
# enough for the curvature of the loss, but not so small that learning takes forever.

# %%
with needs("delta_rule_step", "add_bias"):
    sizes = np.sum(add_bias(X_blobs) ** 2, axis=1)     # |x̃|², the curvature of one sample's error
    print(tr("|x̃|² over the samples: from {low:.2f} to {high:.2f}, mean {mean:.2f}", low=sizes.min(),
             high=sizes.max(), mean=sizes.mean()))
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for lr in (0.0003, 0.01, 0.1, 0.5):
        w, order_rng, mse = np.zeros(3), np.random.default_rng(2), []
        for _ in range(10):
            for k in order_rng.permutation(len(X_blobs)):
                w = delta_rule_step(w, X_blobs[k], t_blobs[k], lr)
            mse.append(np.mean((t_blobs - add_bias(X_blobs) @ w) ** 2))
        plots.curve(ax, mse, label=f"η = {lr}", ylabel="mean of (t − s)²")
        print(tr("delta rule, η = {lr:4}: mean squared error after 10 epochs {mse:.3g}", lr=lr, mse=mse[-1]))
    ax.set_yscale("log")
    ax.set_title("delta rule: too large a learning rate diverges")
    ax.legend()
    plt.show()

# %% [markdown]
# ## 9. When no line exists: XOR never converges
#
# XOR is true when exactly one input is 1. Its $+1$ points $(0,1), (1,0)$ and $-1$ points
# $(0,0), (1,1)$ sit on opposite corners of the square, and no single line separates them
# (lesson 03 proves it). The perceptron rule keeps correcting one mistake by making another:
# the errors never reach zero, and only the stopping rule ends training.
#
# Batch training shows this most clearly. From $w = 0$ every sum is 0, so every point is
# classified as $+1$ and the two $-1$ points are wrong. Their summed update (with
# $\eta = 0.5$) is $(-2, -1, -1)$. With these weights every sum is negative, every point is
# classified as $-1$, and the two $+1$ points move $w$ back to $0$ in one step. The weights
# cycle between two states, each with two errors, forever.

# %%
with needs("train_perceptron"):
    t_xor = gate_targets("XOR")
    fig, axes = plt.subplots(1, 4, figsize=(15, 3.6))
    for mode in ("batch", "stochastic"):
        w, errors = train_perceptron(GATE_X, t_xor, 0.5, 30, mode, np.random.default_rng(0))
        plots.curve(axes[0], errors, label=mode)
        print(tr("{mode:10}: stopped after {epochs} epochs (max_epochs = 30); last errors = {last}",
                 mode=mode, epochs=len(errors), last=errors[-1]))
    axes[0].set_title("XOR: the errors never reach 0")
    axes[0].legend()
    # Batch training is deterministic: the weights after k epochs are those of a run of k epochs.
    history = np.array([np.zeros(3)] + [train_perceptron(GATE_X, t_xor, 0.5, k, "batch", np.random.default_rng(0))[0]
                                        for k in range(1, 7)])
    print(tr("batch weights after 0, 1, ..., 6 epochs: {weights}", weights=[tuple(w) for w in history.tolist()]))
    for i, (name, style) in enumerate([("$w_0$", "-o"), ("$w_1$", "-s"), ("$w_2$", ":^")]):
        axes[1].plot(range(len(history)), history[:, i], style, label=name)
    axes[1].set(xlabel="epoch", ylabel="weight", title="batch: w cycles 0 ↔ (−2, −1, −1)")
    axes[1].legend()
    for ax, w in zip(axes[2:], history[:2]):
        plots.regions(ax, lambda P, w=w: predict(w, P))
        plots.points(ax, GATE_X, t_xor)
        wrong = int(np.sum(predict(w, GATE_X) != t_xor))
        ax.set_title(f"w = {tuple(np.round(w, 2).tolist())}: {wrong} wrong")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## Summary
#
# * A perceptron computes $y = \tau(w \cdot \tilde{x})$; the bias trick puts the bias into $w$.
# * Its boundary $w \cdot \tilde{x} = 0$ is a line (a hyperplane in $d$ dimensions): it can do
#   AND and OR, but not XOR.
# * The perceptron objective sums $-t_k\, w \cdot \tilde{x}_k$ over the mistakes; it is never
#   negative, zero when all is right (but also for mistakes that sit on the line, e.g. at
#   $w = 0$), and each mistake adds to it; it scales with $w$, so it is not a count of mistakes
#   (2 mistakes can cost less than 1).
# * The perceptron rule $w \leftarrow w + \eta (t - y) \tilde{x}$ and the delta rule
#   $w \leftarrow w + \eta (t - s) \tilde{x}$ are different updates.
# * From $w = 0$ the perceptron rule makes the same mistakes for every learning rate; the
#   delta rule (like any gradient descent) diverges when the learning rate is too large.
# * Batch and stochastic training both converge on separable data and never on XOR. This is
#   why we need the stopping rule. Lesson 02 looks at the geometry of that line; lesson 03 goes
#   beyond the line with a hidden layer.
