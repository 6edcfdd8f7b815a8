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
# # 06 — Softmax and cross-entropy (소프트맥스, 교차 엔트로피)
#
# So far our networks have answered yes or no. Most real questions have more than two
# answers: which of ten digits is this, which of three species is this flower. This notebook
# gives a network a way to say *how much* it believes in each answer: a probability for every
# class. It also gives a way to measure how wrong those beliefs are, so that gradient descent
# can correct them.
#
# **You will:** write a numerically stable softmax; encode labels as one-hot vectors; measure
# the uncertainty of a distribution with entropy, and the cost of a wrong belief with
# cross-entropy (and learn why the two are not the same thing); see binary cross-entropy as the
# two-class case; derive the famous gradient $p - y$ and check it numerically; and train a
# softmax classifier on three clouds of points and draw its decision regions.
#
# **How this notebook works.** Cells marked `# YOUR CODE HERE` are yours. After each exercise
# there is a one-line self-check cell, and it answers at once. It shows ✔ when every check
# passes. Otherwise it shows the first input that went wrong, what was expected, what came back,
# and a hint. Key terms have their Korean name in brackets the first time they appear; the
# [glossary](00_glossary.md) has them all.
#
# Graded exercises: `softmax`, `one_hot`, `entropy`, `cross_entropy`, `binary_cross_entropy`,
# `softmax_cross_entropy`, `train_softmax_regression`.

# %%
import matplotlib.pyplot as plt
import numpy as np

from helpers import check, needs, plots, tr, xor_net
from helpers.data import GATE_X, gate_targets

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. One answer or several?
#
# Two kinds of question look alike but are not:
#
# - **Multi-class classification** (다중 클래스 분류): every sample belongs to exactly one of
#   $C$ classes. A digit is a 3 *or* a 7, never both. The class probabilities must add up to 1.
# - **Multi-label classification** (다중 레이블 분류): every sample may carry any number of
#   labels at once. A photo can contain a dog *and* a beach *and* the sea. Each label is a
#   separate yes/no question.
#
# A network's last layer produces one raw score per class, a **logit** (로짓): any real
# number, where bigger means "more likely". For multi-label problems we give each logit its own
# sigmoid: one independent yes/no unit per label. Each sigmoid is a good probability *of its own
# label*, but nothing connects them. Their sum can be anything between 0 and $C$. That is
# correct, because a photo can have several labels at once.
#
# The same $C$ sigmoids are also an old way to do *multi-class* classification, called
# **one-vs-rest** or **one-vs-all** (일대다): train sigmoid $j$ to answer "class $j$ or any
# other?", and predict the class whose sigmoid is largest. That is how the lecture notes use
# the name. It works, but its scores are not a distribution over the classes. They do not have
# to sum to 1. So "0.9 for cat and 0.8 for dog" does not tell us how sure the model is of one
# answer. For multi-class problems we want a function that turns the whole vector of logits
# into one **probability distribution** (확률 분포): non-negative numbers that sum to 1. That
# function is the **softmax** (소프트맥스):
#
# $$ \operatorname{softmax}(z)_j = \frac{e^{z_j}}{\sum_{k=1}^{C} e^{z_k}}. $$
#
# The exponential makes every entry positive and keeps the order of the logits; dividing by the
# sum makes them add up to 1. Here are the same logits, passed through both.

# %%
logits = np.array([2.0, 1.0, 0.1, -1.0])
sigmoids = 1 / (1 + np.exp(-logits))
soft = np.exp(logits) / np.exp(logits).sum()
print(tr("logits               {logits}", logits=logits))
print(tr("one sigmoid per class {p}  sum = {total}", p=sigmoids.round(4), total=sigmoids.sum().round(4)))
print(tr("softmax              {p}  sum = {total}", p=soft.round(4), total=soft.sum().round(4)))

fig, axes = plt.subplots(1, 2, figsize=(9, 3), sharey=True)
classes = [f"class {j}" for j in range(len(logits))]
axes[0].bar(classes, sigmoids, color=plots.CLASS_COLOURS[1])
axes[0].set_title(f"one sigmoid per class (sum {sigmoids.sum():.2f})")
axes[1].bar(classes, soft, color=plots.CLASS_COLOURS[0])
axes[1].set_title(f"softmax (sum {soft.sum():.2f})")
axes[0].set_ylabel("probability")
for ax in axes:
    ax.set_ylim(0, 1)
    ax.grid(axis="y", alpha=0.3)
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 2. A softmax that does not overflow
#
# The formula above is correct, but it can easily fail in practice. A float64 holds numbers up
# to about $1.8 \times
# 10^{308}$, and $e^{710}$ is already more than that. Logits of a few hundred are not unusual
# in a badly scaled network. Then the naive softmax computes $\infty / \infty$, which is
# `nan`. This is **overflow** (오버플로). Very negative logits cause the opposite problem: every
# $e^{z_j}$ rounds to 0 and we divide 0 by 0.

# %%
def naive_softmax(z):
    e = np.exp(z)
    return e / e.sum()


with np.errstate(over="ignore", invalid="ignore"):
    print(tr("naive softmax of [1000, 1001]:   {p}", p=naive_softmax(np.array([1000.0, 1001.0]))))
    print(tr("naive softmax of [-1000, -999]:  {p}", p=naive_softmax(np.array([-1000.0, -999.0]))))

# %% [markdown]
# The fix needs only one line of code. For any constant $c$,
#
# $$ \frac{e^{z_j - c}}{\sum_k e^{z_k - c}} = \frac{e^{-c}\, e^{z_j}}{e^{-c} \sum_k e^{z_k}}
#    = \frac{e^{z_j}}{\sum_k e^{z_k}}, $$
#
# so subtracting the same number from every logit changes **nothing** mathematically. Choose
# $c = \max_k z_k$. Then the largest shifted logit is exactly 0 and the largest exponential is
# exactly 1, so nothing overflows. The sum is at least 1, so we never divide by 0.
#
# ### Exercise 1 — `softmax(z)`
# Apply the softmax along the **last axis**: a 1-D `z` of shape `(C,)` is one vector of logits;
# a 2-D `z` of shape `(N, C)` holds one sample per row, and each row becomes a distribution.
# Subtract each row's own maximum first (`keepdims=True` makes the shapes match), not the largest
# logit of the whole batch: a row far below the others would underflow to all zeros. The result
# must come without any warning (hiding one with `np.errstate` does not count). Don't change
# `z` in place, accept lists (of ints, too), and return a new float array.

# %%
def softmax(z):
    """Softmax along the last axis, stable for large logits.

    z: (C,) or (N, C) logits (a list is fine).
    Returns: probabilities of the same shape; each row sums to 1.
    """
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
    ### END SOLUTION


# %%
check("softmax")

# %% [markdown]
# The classic check: these three rows should give $(0.2447, 0.6652, 0.0900)$,
# $(0.0900, 0.2447, 0.6652)$ and $(2.06 \times 10^{-9}, 4.54 \times 10^{-5}, 0.99995)$.
# The second row, $[-1, 0, 1]$, is $[0, 1, 2]$ shifted by $-1$, and we just proved that such a
# shift changes nothing. $[0, 1, 2]$ has the first row's logits in another order. So its answer
# has the first row's three probabilities in that same order. Softmax treats every position in
# the same way. The third row shows how quickly softmax becomes very sure: a gap of 10 in the
# logits is a factor $e^{10} \approx 22\,000$ in probability.

# %%
with needs("softmax"):
    table = softmax(np.array([[1.0, 2.0, 0.0], [-1.0, 0.0, 1.0], [-10.0, 0.0, 10.0]]))
    def show(p):  # 4 decimals, or enough digits to see the tiny and the nearly-1 entries
        return f"{p:.2e}" if p < 1e-3 else (f"{p:.5f}" if p > 0.999 else f"{p:.4f}")

    for row in table:
        print("[" + ", ".join(show(p) for p in row) + "]")
    print(tr("stable softmax of [1000, 1001]: {p}", p=softmax([1000.0, 1001.0])))

# %% [markdown]
# **Predicting a class.** To turn probabilities into one answer, take the class with the
# largest probability: `np.argmax(p, axis=-1)`. The exponential never changes the order of
# numbers, so the largest probability is always where the largest logit is. Therefore, at
# prediction time you can skip the softmax completely and take `np.argmax(z, axis=-1)`.

# %%
with needs("softmax"):
    z_demo = np.array([[1.0, 2.0, 0.0], [3.0, -1.0, 0.5]])
    print(tr("argmax of softmax: {classes}", classes=np.argmax(softmax(z_demo), axis=-1)))
    print(tr("argmax of logits:  {classes}", classes=np.argmax(z_demo, axis=-1)))

# %% [markdown]
# ## 3. Labels as vectors: one-hot encoding
#
# Class labels are integers $0, \dots, C-1$: an array `y` of shape `(N,)`. To compare a label
# with a predicted distribution we write the label as a distribution too: a vector with a 1 in
# the true class and 0 everywhere else. That is **one-hot encoding** (원-핫 인코딩). The label
# 2 with $C = 4$ becomes $(0, 0, 1, 0)$.
#
# ### Exercise 2 — `one_hot(y, num_classes)`
# Return a float array of shape `(N, num_classes)`. Take the number of columns from
# `num_classes`, not from the labels (a small batch may miss some classes). A label outside
# `0 .. num_classes - 1` is a bug in the caller's data: raise a `ValueError` that says which
# label is wrong. (Be careful: NumPy reads index −1 as "the last column" without any error. So
# a negative label would pass without any warning, unless you check.)

# %%
def one_hot(y, num_classes):
    """One-hot encode integer labels.

    y: (N,) integer labels in 0..num_classes-1 (a list is fine).
    Returns: (N, num_classes) float array with a single 1 per row.
    Raises ValueError when a label is out of range.
    """
    ### BEGIN SOLUTION
    y = np.asarray(y)
    bad = (y < 0) | (y >= num_classes)
    if np.any(bad):
        raise ValueError(f"label {y[bad][0]} is out of range: labels must be in 0..{num_classes - 1}")
    out = np.zeros((len(y), num_classes))
    out[np.arange(len(y)), y] = 1.0
    return out
    ### END SOLUTION


# %%
check("one_hot")

# %% [markdown]
# ## 4. Entropy: how uncertain is a distribution?
#
# Imagine a bag of balls, some red, some blue. You draw one without looking. If every ball is
# red there is no surprise at all. If half are red and half are blue, your uncertainty is as
# large as possible. **Entropy** (엔트로피) measures this uncertainty with a number:
#
# $$ H(p) = -\sum_j p_j \log p_j. $$
#
# With the natural log the unit is the *nat*. A certain outcome has $H = 0$; $C$ equally
# likely outcomes have $H = \log C$, the most any distribution over $C$ outcomes can have. One
# detail needs care: a class with $p_j = 0$ contributes $0 \cdot \log 0$, which NumPy computes
# as `nan`. Its limit is 0 (an impossible outcome adds no uncertainty), so we define
# $0 \cdot \log 0 = 0$.
#
# ### Exercise 3 — `entropy(p)`
# Return $-\sum_j p_j \log p_j$ in nats along the last axis: one number for a 1-D `p`, one per
# row for a 2-D `p`. Treat $0 \cdot \log 0$ as exactly 0 without warnings (silencing them with
# `np.errstate` does not count), e.g. with `np.log(p, where=p > 0, out=np.zeros_like(p))`.

# %%
def entropy(p):
    """Entropy in nats along the last axis, with 0·log 0 = 0.

    p: (C,) or (N, C) probabilities (a list is fine).
    Returns: a number for 1-D p, an (N,) array for 2-D p.
    """
    ### BEGIN SOLUTION
    p = np.asarray(p, dtype=float)
    logs = np.log(p, where=p > 0, out=np.zeros_like(p))
    h = -np.sum(p * logs, axis=-1)
    return float(h) if h.ndim == 0 else h
    ### END SOLUTION


# %%
check("entropy")

# %% [markdown]
# Here is the bag with a fraction $p$ of red balls. Its entropy is 0 when the bag is all blue
# or all red. It is largest at $p = 0.5$, where it equals $\ln 2 \approx 0.6931$.

# %%
with needs("entropy"):
    fraction_red = np.linspace(0, 1, 201)
    H = entropy(np.column_stack([fraction_red, 1 - fraction_red]))
    print(tr("entropy of a 50:50 bag = {h:.4f} nats (ln 2 = {ln2:.4f})", h=entropy([0.5, 0.5]), ln2=np.log(2)))
    print(tr("entropy of a 90:10 bag = {h:.4f} nats", h=entropy([0.9, 0.1])))
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.plot(fraction_red, H)
    ax.axvline(0.5, color="grey", ls=":")
    ax.set_xlabel("fraction of red balls $p$")
    ax.set_ylabel("$H(p, 1-p)$ in nats")
    ax.set_title("Entropy of a bag of two colours")
    ax.grid(alpha=0.3)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 5. Cross-entropy: the cost of a wrong belief
#
# Now there are two distributions: the truth $p$ and a prediction $q$. The **cross-entropy**
# (교차 엔트로피)
#
# $$ H(p, q) = -\sum_j p_j \log q_j $$
#
# is the average surprise of someone who *believes* $q$ while the outcomes actually follow $p$.
# Believing the truth is the best you can do: $H(p, q) \ge H(p)$, with equality only when
# $q = p$. The excess $H(p, q) - H(p)$ is the cost of the wrong belief (it has its own name,
# the Kullback–Leibler divergence).
#
# In classification the truth is a one-hot vector: the true class has probability 1 and every
# other class has 0 (so its entropy is 0). The zeros remove every other term, so the cross-entropy
# of one sample has a single term: $-\log q_{y}$, minus the log of the probability that the model
# gave to the true class. A confident right answer costs almost nothing; a confident wrong
# answer costs a lot. Over a batch we take the **mean**, so the loss does not depend on the
# batch size.
#
# > **Common mistake.** Entropy is not "the gap between prediction and truth". Entropy
# > $H(p)$ describes *one* distribution: how uncertain it is on its own. The gap between a
# > prediction $q$ and the truth $p$ is measured by cross-entropy $H(p, q)$ (or by its excess
# > over $H(p)$). A model can predict with very low entropy (it is very sure) and still have a
# > huge cross-entropy, because it is sure of the wrong class. The lecture notes switch between
# > the two words quickly; keep them separate.
#
# The cell below shows exactly that. The same confident prediction has low entropy whether it
# is right or wrong, but its cross-entropy distinguishes the two cases.

# %%
confident = np.array([0.96, 0.02, 0.02])
hesitant = np.array([0.4, 0.3, 0.3])
for name, q in ((tr("confident"), confident), (tr("hesitant"), hesitant)):
    H_q = -np.sum(q * np.log(q))
    print(tr("{name:9s} q = {q}:  entropy H(q) = {h:.3f}   cross-entropy if truth is class 0: {c0:.3f}   "
             "if truth is class 1: {c1:.3f}", name=name, q=q, h=H_q, c0=-np.log(q[0]), c1=-np.log(q[1])))

# %% [markdown]
# ### Exercise 4 — `cross_entropy(p, y)`
# Here `p` is a batch of predicted distributions, shape `(N, C)`, and `y` the true labels,
# shape `(N,)`. Return the mean over the batch of $-\log p_{k, y_k}$. Pick the right entry of
# each row with `p[np.arange(N), y]`. Do not multiply by a one-hot matrix: the product would
# evaluate $0 \cdot \log 0$ for the other classes. A prediction that is sure and right costs
# exactly 0, so don't clip `p` or add an ε.

# %%
def cross_entropy(p, y):
    """Mean cross-entropy of predicted probabilities and true labels.

    p: (N, C) predicted probabilities; y: (N,) integer labels.
    Returns: a number, the mean over the batch of -log p[k, y[k]].
    """
    ### BEGIN SOLUTION
    p, y = np.asarray(p, dtype=float), np.asarray(y)
    return float(-np.mean(np.log(p[np.arange(len(y)), y])))
    ### END SOLUTION


# %%
check("cross_entropy")

# %% [markdown]
# ## 6. Two classes: binary cross-entropy
#
# With two classes a single number is enough: $p$, the probability of class 1 (for example a
# sigmoid output), and $1 - p$ for class 0. The cross-entropy of that two-class distribution
# against a target $t \in \{0, 1\}$ is the **binary cross-entropy** (이진 교차 엔트로피):
#
# $$ \mathrm{BCE}(p, t) = -\big[t \log p + (1 - t) \log (1 - p)\big]. $$
#
# Only one of the two terms is ever used: $-\log p$ when $t = 1$, $-\log(1 - p)$ when
# $t = 0$. It is exactly `cross_entropy` on the rows $(1 - p, p)$. It is nothing new, only
# written for two classes.
#
# ### Exercise 5 — `binary_cross_entropy(p, t)`
# `p` and `t` have shape `(N,)`. Return the mean over the batch. A prediction that is sure and
# right ($p = 1$ with $t = 1$, or $p = 0$ with $t = 0$) costs exactly 0, without a warning (no
# clipping, no ε). Make sure you do not compute $0 \cdot \log 0$ in your calculation.

# %%
def binary_cross_entropy(p, t):
    """Mean binary cross-entropy.

    p: (N,) predicted probabilities of class 1; t: (N,) targets, 0 or 1.
    Returns: a number, the mean of -[t log p + (1 - t) log(1 - p)].
    """
    ### BEGIN SOLUTION
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    terms = np.zeros_like(p)
    on, off = t > 0, t < 1  # skip the terms whose weight is 0: no 0·log 0
    terms[on] += t[on] * np.log(p[on])
    terms[off] += (1 - t[off]) * np.log(1 - p[off])
    return float(-np.mean(terms))
    ### END SOLUTION


# %%
check("binary_cross_entropy")

# %%
with needs("binary_cross_entropy", "cross_entropy"):
    p1 = np.array([0.9, 0.2, 0.7])
    t = np.array([1, 1, 0])
    print(f"binary_cross_entropy:          {binary_cross_entropy(p1, t):.6f}")
    print(tr("cross_entropy on rows (1-p, p): {loss:.6f}", loss=cross_entropy(np.column_stack([1 - p1, p1]), t)))

# %% [markdown]
# ## 7. The gradient of softmax + cross-entropy
#
# A classifier's last two steps are almost always softmax then cross-entropy, so we treat them
# as one layer that takes logits $z$ and returns the loss. For one sample with label $y$ and
# $p = \operatorname{softmax}(z)$:
#
# $$ L = -\log p_y = -z_y + \log \sum_k e^{z_k}. $$
#
# The second form is also how to *compute* $L$ safely (the **log-sum-exp**, with the maximum
# taken out as before): computing $\log(\operatorname{softmax}(z))$ directly fails when a
# probability rounds to 0, because $\log 0 = -\infty$.
#
# Differentiate $L$ with respect to one logit $z_j$, yourself, before the exercise. Take the
# two terms one at a time: when does $-z_y$ depend on $z_j$ at all? And the derivative of
# $\log \sum_k e^{z_k}$ with respect to $z_j$ is a quantity you have already met in this
# notebook. Write your answer for all $j$ at once as a vector; it is strikingly simple. For a
# batch, the loss is the mean over $N$ samples: what does that do to each row of the gradient?
#
# ### Exercise 6 — `softmax_cross_entropy(z, y)`
# Return `(loss, dz)`: the mean cross-entropy of the logits `z` (N, C) with labels `y` (N,), and
# its gradient with respect to `z`, shape `(N, C)`. Compute the loss by log-sum-exp, each row
# shifted by its own maximum, so that it stays finite and warning-free for logits of size $10^4$
# (a row at $10^4$ beside a row at $-10^4$ too). You may use your `softmax` and `one_hot`.
# The derivation is written out after the self-check.

# %%
def softmax_cross_entropy(z, y):
    """Softmax followed by mean cross-entropy, fused and stable.

    z: (N, C) logits; y: (N,) integer labels.
    Returns (loss, dz): a number and the (N, C) gradient of the loss with respect to z.
    """
    ### BEGIN SOLUTION
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1))
    loss = float(np.mean(log_sum - shifted[np.arange(n), y]))
    dz = (softmax(z) - one_hot(y, z.shape[1])) / n
    return loss, dz
    ### END SOLUTION


# %%
check("softmax_cross_entropy")

# %% [markdown]
# Here is the derivation. The first term gives $-1$ if $j = y$ and 0
# otherwise, that is $-\mathbb{1}[j = y]$. The second gives
# $e^{z_j} / \sum_k e^{z_k} = p_j$. Together
#
# $$ \frac{\partial L}{\partial z_j} = p_j - \mathbb{1}[j = y], \qquad
#    \text{or, as vectors,} \qquad \frac{\partial L}{\partial z} = p - \operatorname{onehot}(y). $$
#
# This is a very simple **gradient** (기울기): the prediction minus the truth. Every wrong
# class is pushed down by the probability it received. The true class is pulled up by the
# probability that it did not get. For a batch, the loss is the mean over $N$ samples, so each
# row of the gradient has a factor $1/N$:
#
# $$ \frac{\partial L}{\partial Z} = \frac{1}{N}\big(\operatorname{softmax}(Z) - Y\big). $$
#
# **Checking the gradient numerically.** Do not trust a gradient that you derived by hand until
# a computer has confirmed it. Move one logit up by a tiny $h$, then down, and see how the loss
# changes: $\big(L(z + h) - L(z - h)\big) / 2h$ approximates the derivative with an error of
# order $h^2$. Doing that for every logit gives a numerical gradient. Compare it with `dz`
# through the relative error $|a - b| / (|a| + |b|)$, read on notebook 05's scale: below
# $10^{-6}$ the two agree, between $10^{-6}$ and $10^{-3}$ look more closely, above $10^{-3}$ it
# is a bug.

# %%
with needs("softmax_cross_entropy"):
    gen = np.random.default_rng(0)
    z_check = gen.normal(size=(4, 5))
    y_check = np.array([0, 3, 1, 4])
    _, dz = softmax_cross_entropy(z_check, y_check)
    h = 1e-5
    numeric = np.zeros_like(z_check)
    for i in range(z_check.shape[0]):
        for j in range(z_check.shape[1]):
            bump = np.zeros_like(z_check)
            bump[i, j] = h
            numeric[i, j] = (softmax_cross_entropy(z_check + bump, y_check)[0]
                             - softmax_cross_entropy(z_check - bump, y_check)[0]) / (2 * h)
    error = np.max(np.abs(dz - numeric) / np.maximum(1e-8, np.abs(dz) + np.abs(numeric)))
    print(tr("analytic dz, first row:  {row}", row=dz[0].round(5)))
    print(tr("numerical,   first row:  {row}", row=numeric[0].round(5)))
    print(tr("max relative error below 1e-6: {below}", below=bool(error < 1e-6)))
    print(tr("loss of logits [[1e4, 0, -1e4], [0, 1e4, 0]] with y = [0, 0]:"),
          softmax_cross_entropy([[1e4, 0, -1e4], [0, 1e4, 0]], [0, 0])[0])

# %% [markdown]
# ### Why this loss? The likelihood view
#
# Cross-entropy is not an arbitrary choice. Read the model's softmax output as a claim: the
# probability $p_{k, j}$ that sample $k$ has label $j$. If the samples are independent, the
# probability that the model gives to the *whole* set of training labels is a product. It is
# called the **likelihood** (우도) of the parameters $\theta$:
#
# $$ \mathcal{L}(\theta) = \prod_{k=1}^{N} p_{k, y_k}(\theta). $$
#
# A good model makes the labels we actually saw probable, so choose the $\theta$ that
# maximises $\mathcal{L}$: **maximum likelihood estimation** (최대 우도 추정). A product of
# many numbers below 1 underflows quickly. The logarithm only ever increases, so it keeps the
# same maximiser, and it turns the product into a sum:
#
# $$ \log \mathcal{L}(\theta) = \sum_k \log p_{k, y_k}
#    = -N \cdot \underbrace{\frac{1}{N}\sum_k -\log p_{k, y_k}}_{\text{mean cross-entropy}}. $$
#
# So minimising the mean cross-entropy *is* maximising the likelihood of the labels, and
# $e^{-N \cdot \text{loss}}$ is the probability the model gave to the labels. The same argument
# with one sigmoid and 0/1 labels gives binary cross-entropy.

# %%
with needs("softmax", "softmax_cross_entropy"):
    z_like = np.array([[2.0, 0.5, -1.0], [0.1, 1.2, 0.3], [-0.5, 0.0, 2.5], [1.0, 1.0, 0.0]])
    y_like = np.array([0, 1, 2, 1])
    likelihood = np.prod(softmax(z_like)[np.arange(4), y_like])
    loss_like, _ = softmax_cross_entropy(z_like, y_like)
    print(tr("likelihood of the 4 labels: {likelihood:.6f}", likelihood=likelihood))
    print(tr("exp(-N * mean cross-entropy): {value:.6f}", value=np.exp(-4 * loss_like)))

# %% [markdown]
# ### Why the loss matters for learning
#
# Notebooks 03 and 05 trained XOR on the mean squared error of a sigmoid output $p = \sigma(s)$.
# Follow one sample's gradient down to the logit $s$. The mean squared error gives
# $2(p - y)\,\sigma'(s) = 2(p - y)\,p(1 - p)$, while binary cross-entropy gives $p - y$, the
# two-class case of the gradient above: the factor $\sigma'$ cancels. (A two-class softmax is
# the same model: $e^{z_1} / (e^{z_0} + e^{z_1}) = \sigma(z_1 - z_0)$, one sigmoid of the
# difference of the two logits, and its cross-entropy is binary cross-entropy. The cell checks
# this with your `softmax`.) Then it trains notebook 03's network from notebook 03's start with
# each loss (the course's finite-difference trainer, with your `binary_cross_entropy`), and
# looks at one sigmoid unit that is confidently wrong.

# %%
def xor_forward(params, X):
    """The 2-2-1 sigmoid network of notebooks 03 and 05: outputs (N, 1)."""
    hidden = 1 / (1 + np.exp(-(X @ params["W1"] + params["b1"])))
    return 1 / (1 + np.exp(-(hidden @ params["W2"] + params["b2"])))


def bce_of_network(forward, params, X, y):
    return binary_cross_entropy(forward(params, X).ravel(), y.ravel())


with needs("softmax"):
    z_pair = np.array([[0.3, 1.7]])
    print(tr("softmax of (0.3, 1.7), class 1: {soft:.6f};  sigmoid of 1.7 - 0.3: {sig:.6f}",
             soft=softmax(z_pair)[0, 1], sig=1 / (1 + np.exp(-1.4))))

y_gate = gate_targets("XOR", negative=0).reshape(-1, 1).astype(float)
start = xor_net.init_params(2, 2, np.random.default_rng(0))      # notebook 03's start
every = range(0, 1001, 10)
with needs("binary_cross_entropy"):
    for name, loss in ((tr("mean squared error"), xor_net.squared_error),
                       (tr("binary cross-entropy"), bce_of_network)):
        _, _, snaps = xor_net.train(xor_forward, start, GATE_X, y_gate, lr=2.0, epochs=1000,
                                        snapshot_at=every, loss=loss)
        solved = next((e for e in every if np.all((xor_forward(snaps[e], GATE_X) > 0.5) == (y_gate > 0.5))), None)
        print(tr("{name:21s}: all four XOR outputs on the right side of 0.5 after {solved} steps",
                 name=name, solved=solved))

# One sigmoid unit, confidently wrong: s = w·1 with w = -6, target 1, so p = σ(-6) ≈ 0.0025.
for name, slope in ((tr("mean squared error"), lambda p: 2 * (p - 1) * p * (1 - p)),
                    (tr("binary cross-entropy"), lambda p: p - 1)):
    w, steps = -6.0, 0
    while 1 / (1 + np.exp(-w)) < 0.5:
        w -= 1.0 * slope(1 / (1 + np.exp(-w)))
        steps += 1
    print(tr("{name:21s}: dL/ds at p = σ(-6) is {slope:+.4f}; {steps} steps of size 1 to reach p = 0.5",
             name=name, slope=slope(1 / (1 + np.exp(6.0))), steps=steps))

# %% [markdown]
# On XOR the cross-entropy run leaves the plateau in about half the steps (420 against 830,
# counted every 10 steps). That factor of 2 is just $\sigma'$ on the plateau: every output sits
# near 0.5, where $\sigma' = 1/4$, so the squared error's $2(p - y)/4$ is half of $p - y$. The
# real difference is in saturation. A unit that is confidently wrong has $\sigma' \approx 0$, so
# the squared error barely moves it (a slope of −0.0049, 214 steps), while cross-entropy pulls
# with almost the whole error (−0.9975, 7 steps). This is why a sigmoid or softmax output is
# paired with cross-entropy.

# %% [markdown]
# ### The softmax's own derivative is a matrix
#
# The lecture notes make a point here that is worth keeping: a sigmoid's derivative is a vector,
# a softmax's is a matrix. A sigmoid acts on each logit alone, so for a vector of logits its
# derivative is one number $\sigma'(s_i)$ per entry, elementwise. A softmax output
# $p_i = e^{z_i} / \sum_k e^{z_k}$ depends on *every* logit through the shared denominator, so its
# derivative for one sample is a $C \times C$ matrix, the **Jacobian** (야코비 행렬) of notebook
# 05. The quotient rule gives
#
# $$ \frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j), \qquad
#    J = \operatorname{diag}(p) - p\,p^\top. $$
#
# Here $\delta_{ij}$ is 1 when $i = j$ and 0 otherwise. Raising one logit raises its own
# probability ($p_i(1 - p_i) > 0$ on the diagonal) and lowers every other one ($-p_i p_j$ off
# it). Each sample has its own Jacobian, so a batch of $N$ samples has $N$ of them, each
# $C \times C$, and never one $N \times N$ matrix. (The notes write the size as $N \times N$,
# counting the classes with $N$. In this course $N$ counts the samples, so the same matrix is
# $C \times C$ here.)
#
# The chain rule multiplies the Jacobian by the cross-entropy's gradient with respect to $p$,
# $\partial L / \partial p_i = -y_i / p_i$ (with $y$ the one-hot label), and the matrix
# collapses:
#
# $$ \frac{\partial L}{\partial z_j} = \sum_i \Big(-\frac{y_i}{p_i}\Big)\, p_i(\delta_{ij} - p_j)
#    = -y_j + p_j \sum_i y_i = p_j - y_j. $$
#
# The last step holds because the one-hot $y$ sums to 1. That is the $p - y$ of section 7, and it is why
# `softmax_cross_entropy` takes logits and never builds a Jacobian. The cell below builds one
# anyway: it measures the Jacobian of your `softmax` column by column from centred differences,
# compares, and shows the collapse.

# %%
with needs("softmax"):
    z_one = np.array([[0.5, -1.0, 2.0, 0.1]])                 # one sample, C = 4 classes
    p_one = softmax(z_one)[0]
    jacobian = np.diag(p_one) - np.outer(p_one, p_one)       # entry (i, j): p_i (δ_ij − p_j)
    h = 1e-5
    measured = np.zeros((4, 4))
    for j in range(4):                                         # column j: move logit j up and down
        bump = np.zeros_like(z_one)
        bump[0, j] = h
        measured[:, j] = (softmax(z_one + bump)[0] - softmax(z_one - bump)[0]) / (2 * h)
    error = np.max(np.abs(jacobian - measured) / np.maximum(1e-8, np.abs(jacobian) + np.abs(measured)))
    print(tr("Jacobian of softmax for one sample with C = {classes} classes:", classes=4))
    print(jacobian.round(4))
    print(tr("centred differences of your softmax agree (max relative error below 1e-6): {below}",
             below=bool(error < 1e-6)))
    y_one = np.array([0.0, 0.0, 1.0, 0.0])                     # one-hot label: class 2
    print(tr("dL/dp times the Jacobian: {chained}   p - y: {direct}",
             chained=((-y_one / p_one) @ jacobian).round(4), direct=(p_one - y_one).round(4)))
    P_batch = softmax(np.random.default_rng(3).normal(size=(5, 4)))          # N = 5 samples
    jacobians = P_batch[:, :, None] * (np.eye(4) - P_batch[:, None, :])      # one (C, C) per sample
    print(tr("a batch of N = {n} samples has {n} Jacobians of C × C: shape {shape}", n=5, shape=jacobians.shape))

# %% [markdown]
# ## 8. A softmax classifier on three clouds of points
#
# Now the model will learn something. **Softmax regression** (소프트맥스 회귀) is the simplest multi-class
# classifier: one affine layer $Z = XW + b$ with $W$ of shape $(D, C)$ and $b$ of shape $(C,)$,
# followed by softmax cross-entropy. Because $Z = XW + b$, the chain rule turns $dZ$ into the
# gradients of $W$ and $b$. Work them out before Exercise 7: $dW$ must have the shape $(D, C)$ of
# $W$, so which product of $X$ $(N, D)$ and $dZ$ $(N, C)$ has that shape? And $b$ is added to
# every row of $XW$, so each row of $dZ$ sends its gradient to $b$: how do the rows combine?
# (Notebook 05's affine layer asked the same.) The answer follows the self-check.
#
# Here is our data: three Gaussian clouds in the plane, 60 points each, made from a fixed seed
# so that every run sees the same points.

# %%
gen = np.random.default_rng(6)
centres = np.array([[0.0, 2.5], [-2.5, -1.5], [2.5, -1.5]])
y_blobs = np.repeat(np.arange(3), 60)
X_blobs = centres[y_blobs] + gen.normal(scale=0.9, size=(180, 2))
print(tr("X_blobs: {x}  y_blobs: {y}  counts: {counts}", x=X_blobs.shape, y=y_blobs.shape, counts=np.bincount(y_blobs)))

# %% [markdown]
# ### Exercise 7 — `train_softmax_regression(X, y, num_classes, lr, epochs, rng)`
# Start from small random weights, `W = 0.01 * rng.normal(size=(D, C))`, and `b = 0`. Then, for
# each of `epochs` epochs: compute the loss and `dz` with your `softmax_cross_entropy`; compute
# the gradients `dW` and `db`; and take one **gradient descent** (경사 하강법) step with
# **learning rate** (학습률) `lr`. Record the loss of every epoch: the one computed at the start
# of the epoch, before its step. Return `(W, b, losses)` with `losses` a Python list of `epochs`
# numbers. Use only `rng` for randomness, so the same seed gives the same
# result. With `lr = 0.5` and 200 epochs it should classify **at least 95 %** of the training
# points correctly.

# %%
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    """Full-batch gradient descent on softmax cross-entropy.

    X: (N, D) inputs; y: (N,) labels in 0..num_classes-1; rng: numpy Generator.
    Returns (W, b, losses): W (D, C), b (C,), and a list of one loss per epoch.
    """
    ### BEGIN SOLUTION
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = 0.01 * rng.normal(size=(X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
    return W, b, losses
    ### END SOLUTION


# %%
check("train_softmax_regression")

# %% [markdown]
# The gradients you used are
#
# $$ dW = X^\top dZ \quad (D, C), \qquad db = \textstyle\sum_{k} dZ_{k,:} \quad (C,). $$
#
# Now train it, draw the loss curve, and colour the plane by the class the model predicts. The
# boundaries between the **decision regions** (결정 영역) are straight lines: where the logits
# of two classes are equal, $x \cdot (w_i - w_j) + (b_i - b_j) = 0$. This is a line, exactly as
# in notebook 02. Softmax regression is still a linear classifier; it just has $C$ sides.

# %%
with needs("train_softmax_regression"):
    W, b, losses = train_softmax_regression(X_blobs, y_blobs, 3, lr=0.5, epochs=200,
                                            rng=np.random.default_rng(0))
    train_acc = np.mean(np.argmax(X_blobs @ W + b, axis=1) == y_blobs)
    print(tr("loss: first epoch {first:.4f}, last epoch {last:.4f}", first=losses[0], last=losses[-1]))
    print(tr("training accuracy: {accuracy:.1%}", accuracy=train_acc))

    fig, (ax_loss, ax_map) = plt.subplots(1, 2, figsize=(10, 4))
    ax_loss.plot(np.arange(1, len(losses) + 1), losses)
    ax_loss.set_xlabel("epoch")
    ax_loss.set_ylabel("mean cross-entropy")
    ax_loss.set_title("Loss curve")
    ax_loss.grid(alpha=0.3)

    colours = np.array(plots.CLASS_COLOURS[:3])
    xs = np.linspace(-6, 6, 300)
    gx, gy = np.meshgrid(xs, xs)
    grid_pred = np.argmax(np.column_stack([gx.ravel(), gy.ravel()]) @ W + b, axis=1)
    ax_map.contourf(gx, gy, grid_pred.reshape(gx.shape), levels=[-0.5, 0.5, 1.5, 2.5],
                    colors=colours, alpha=0.2)
    for c in range(3):
        pts = X_blobs[y_blobs == c]
        ax_map.scatter(pts[:, 0], pts[:, 1], c=colours[c], edgecolors="black", s=25,
                       label=f"class {c}")
    ax_map.set_xlabel("$x_1$")
    ax_map.set_ylabel("$x_2$")
    ax_map.set_title(f"Decision regions (accuracy {train_acc:.1%})")
    ax_map.legend(loc="lower right")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# The loss starts near $\ln 3 \approx 1.0986$. This is the cost of a uniform guess over three
# classes, which is what tiny random weights give. Then the loss falls quickly. The few points
# still on the wrong side are where the clouds overlap.
#
# Is this the best a linear classifier can do on these points? Not quite, and the reason matters.
# Gradient descent minimises the **mean cross-entropy**, not the **number of errors**. The error
# count is a step function of the weights (flat almost everywhere, like the perceptron's step in
# notebook 01), so no gradient can minimise it directly. The cell below compares three linear
# classifiers: our model, the same model trained 25 times longer, and a **multiclass perceptron**
# that updates only on mistakes and keeps the weights with the fewest errors seen so far (a
# "pocket"). Multiplying a linear model's weights by a positive number changes none of its
# predictions, so for the perceptron we report its lowest cross-entropy over such scalings.

# %%
with needs("softmax_cross_entropy", "train_softmax_regression"):
    W_long, b_long, losses_long = train_softmax_regression(X_blobs, y_blobs, 3, lr=0.5, epochs=5000,
                                                           rng=np.random.default_rng(0))
    X1 = np.column_stack([np.ones(len(X_blobs)), X_blobs])   # bias trick: row 0 of V is the bias
    V = np.zeros((3, 3))
    pocket_errors, V_pocket = len(X1), V.copy()
    order = np.random.default_rng(0)
    for _ in range(100):
        for k in order.permutation(len(X1)):
            guess = np.argmax(X1[k] @ V)
            if guess != y_blobs[k]:          # move the true class's scores up, the guessed one's down
                V[:, y_blobs[k]] += X1[k]
                V[:, guess] -= X1[k]
                errors = int(np.sum(np.argmax(X1 @ V, axis=1) != y_blobs))
                if errors < pocket_errors:
                    pocket_errors, V_pocket = errors, V.copy()
    pocket_loss = min(softmax_cross_entropy(scale * (X1 @ V_pocket), y_blobs)[0]
                      for scale in np.logspace(-3, 1, 400))
    rows = [(tr("softmax regression, 200 epochs"), X_blobs @ W + b, losses[-1]),
            (tr("softmax regression, 5000 epochs"), X_blobs @ W_long + b_long, losses_long[-1]),
            (tr("multiclass perceptron (pocket)"), X1 @ V_pocket, pocket_loss)]
    print(f"{tr('linear classifier'):34s} {tr('wrong of 180'):>12s} {tr('mean cross-entropy'):>19s}")
    for name, logits, loss in rows:
        wrong = int(np.sum(np.argmax(logits, axis=1) != y_blobs))
        print(f"{name:34s} {wrong:12d} {loss:19.4f}")

# %% [markdown]
# The perceptron's lines get one more point right, yet even at their best scale their
# cross-entropy is higher than that of the softmax model trained longer, and that model still
# leaves 2 points wrong. Cross-entropy looks at every point's probability: it pays to be more
# confident on many points that are already right, even if one point near the overlap stays on
# the wrong side. So a model that minimises cross-entropy is usually a good classifier, but it is
# not the one with the fewest training errors. We still train with cross-entropy: its gradient
# tells every weight which way to move, and one more training point right is no promise of more
# right answers on new points.
#
# ## Summary
#
# - Softmax turns a vector of logits into a probability distribution. Subtract the row
#   maximum first: it changes nothing mathematically and prevents overflow.
# - Independent sigmoids answer independent yes/no questions (multi-label); softmax answers one
#   multiple-choice question (multi-class). One-vs-rest uses $C$ sigmoids for a multi-class
#   problem and predicts the largest, but its scores need not sum to 1.
# - Minimising the mean cross-entropy is maximising the likelihood of the training labels. It is
#   not minimising the number of errors: on the three clouds a multiclass perceptron makes fewer
#   training errors at a higher cross-entropy.
# - At prediction time, `argmax` of the logits is enough.
# - Entropy measures the uncertainty of one distribution (a 50:50 bag is the most uncertain);
#   cross-entropy measures the cost of believing $q$ when the truth is $p$. They are different
#   things.
# - Binary cross-entropy is cross-entropy with two classes.
# - The gradient of mean softmax cross-entropy with respect to the logits is
#   $(p - y)/N$. Check such claims numerically.
#
# Next, in notebook 07, these pieces and those of notebook 05 come together in a network that
# reads handwritten digits.
