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
# # 05 — Backpropagation by operation (오류 역전파)
#
# In notebook 03, the XOR network learned with a trainer that the course gave you. Here you
# build the part that computes its gradients yourself. **Backpropagation (오류 역전파)** is the
# chain rule, applied in a careful order. A **forward pass (순전파)** computes the output and
# keeps what it will need later. Then a **backward pass (역전파)** goes through the same steps in
# reverse order. At each step it turns "how does the output depend on this step's result?" into
# "how does it depend on this step's inputs?".
#
# The plan:
#
# 1. a **computational graph (계산 그래프)**, and the chain rule as *upstream gradient × local
#    gradient*;
# 2. six gates (add, multiply, max, exp, reciprocal, sigmoid), each with a forward and a backward;
# 3. a whole neuron built from gates, checked against the numbers in a figure;
# 4. **gradient checking (기울기 검사)** with centred differences and relative error;
# 5. whole layers in the forward/backward-with-cache style, and the two-layer network of notebook
#    03, trained on XOR with your own gradients.
#
# **Rules for every graded exercise here.** Each graded function and gate accepts numbers, Python
# lists and NumPy arrays (convert with `np.asarray(..., dtype=float)`), never modifies its
# inputs, and returns new arrays. The backward passes *are* the lesson: the checks compare every
# gradient with its exact formula to about 12 digits, which a gradient measured by centred
# differences cannot reach. A backward pass that measures its gradient numerically earns
# nothing, and the neuron must be built from your gates, as its exercise says.
#
# Korean terms are given in brackets the first time they appear; see the course
# [glossary](00_glossary.md).

# %%
import matplotlib.pyplot as plt
import numpy as np

from helpers import check, data, graph_drawing, mywork, needs, plots, tr, xor_net

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. Derivative, gradient, Jacobian
#
# Three words for the same idea at three sizes:
#
# - a function from a number to a number, f: ℝ → ℝ, has a **derivative (도함수)** f′(x): how
#   much f changes per unit change of x;
# - a function from a vector to a number, f: ℝᴰ → ℝ (a loss!), has a **gradient (기울기)**
#   ∇f(x), a vector of the same shape as x holding one partial derivative ∂f/∂xᵢ per entry;
# - a function from a vector to a vector, f: ℝᴰ → ℝᴹ (a layer), has a **Jacobian (야코비 행렬)**,
#   the M × D matrix of every ∂fₘ/∂xᵢ.
#
# Backpropagation never builds a Jacobian. The final output is a single number, the loss. So
# each step only needs to know the gradient of the loss with respect to its output, the
# **upstream gradient (업스트림 기울기)**. The step then turns it into the gradient with
# respect to its inputs. The chain rule says how:
#
# $$ \frac{\partial L}{\partial x} = \frac{\partial L}{\partial z} \cdot \frac{\partial z}{\partial x}
#    \qquad\text{downstream} = \text{upstream} \times \text{local}. $$
#
# The **local gradient (국소 기울기)** ∂z/∂x depends only on the step itself. That is what makes
# backpropagation modular: every operation knows its own local gradient and nothing else.
#
# ## 2. The forward pass keeps what the backward pass needs
#
# To multiply by a local gradient you often need the step's inputs or its output: z = x·y needs
# x and y; z = eˣ needs z itself. So each gate remembers, during `forward`, exactly what its
# `backward` will use. Here is the pattern, in a class that is already complete:

# %%
class ScaleGate:
    """z = c·x for a fixed number c (an example, not graded)."""

    def __init__(self, c):
        self.c = c

    def forward(self, x):
        return self.c * np.asarray(x, dtype=float)  # nothing to remember: the local gradient is c

    def backward(self, dout):
        return dout * self.c                       # downstream = upstream × local


gate = ScaleGate(-2.0)
print("forward(3.0) =", gate.forward(3.0), "  backward(1.0) =", gate.backward(1.0))

# %% [markdown]
# ## 3. Six gates and their local gradients
#
# | gate | forward | `backward(dout)` returns | a question to answer first |
# | --- | --- | --- | --- |
# | add | z = x + y | `(dx, dy)` | what are ∂z/∂x and ∂z/∂y? |
# | multiply | z = x·y | `(dx, dy)` | ∂z/∂x holds which variable? |
# | max | z = max(x, y) | `(dx, dy)` | how does z change with the input that lost? |
# | exp | z = eˣ | `dx` | can the local gradient be written with z alone? |
# | reciprocal | z = 1/x | `dx` | what is the derivative of x⁻¹? |
# | sigmoid | z = σ(x) | `dx` | notebook 04: σ′ in terms of σ itself |
#
# For each gate, work out its local gradient with the rules of calculus, decide what `forward`
# must remember for it, and multiply by the upstream `dout`. The self-checks below confirm your
# answers, and the table of local gradients comes after them.
#
# Each gate works elementwise, on numbers and on arrays of one shape. `backward` returns one
# gradient per input: a tuple `(dx, dy)` for the two-input gates, a single array for the others.
#
# **A rule for ties.** When x = y, max has a corner and no derivative. On a tie, the course sends
# the whole gradient to the *first* input (it picks x when x ≥ y). So exactly one input receives
# it, as when there is no tie.
#
# The sigmoid gate needs a stable sigmoid. You wrote one in notebook 04 (and it was graded
# there). The next cell loads *your own* `sigmoid` from `04_activations.ipynb`: keep your notebooks
# in one folder and save notebook 04 first. If it is not finished there, the cell says so.

# %%
sigmoid = mywork.load("04_activations", "sigmoid")

# %% [markdown]
# **Exercise.** Complete the six gates. Store what `backward` needs in `forward`, and never modify
# the inputs. Use `np.asarray(..., dtype=float)` so that numbers and lists work too. Each
# `backward` uses its local derivative in closed form (the table above), and `SigmoidGate` uses
# the stable `sigmoid` below: no overflow warning for any x.

# %%
class AddGate:
    """z = x + y, elementwise."""

    def forward(self, x, y):
        ### BEGIN SOLUTION
        return np.asarray(x, dtype=float) + np.asarray(y, dtype=float)
        ### END SOLUTION

    def backward(self, dout):
        """Returns (dx, dy)."""
        ### BEGIN SOLUTION
        dout = np.asarray(dout, dtype=float)
        return dout.copy(), dout.copy()
        ### END SOLUTION


class MultiplyGate:
    """z = x * y, elementwise."""

    def forward(self, x, y):
        ### BEGIN SOLUTION
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self.x * self.y
        ### END SOLUTION

    def backward(self, dout):
        """Returns (dx, dy)."""
        ### BEGIN SOLUTION
        return dout * self.y, dout * self.x
        ### END SOLUTION


class MaxGate:
    """z = max(x, y), elementwise. On a tie (x == y) the gradient goes to x."""

    def forward(self, x, y):
        ### BEGIN SOLUTION
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.x_wins = x >= y
        return np.where(self.x_wins, x, y)
        ### END SOLUTION

    def backward(self, dout):
        """Returns (dx, dy)."""
        ### BEGIN SOLUTION
        dout = np.asarray(dout, dtype=float)
        return np.where(self.x_wins, dout, 0.0), np.where(self.x_wins, 0.0, dout)
        ### END SOLUTION


class ExpGate:
    """z = e^x, elementwise."""

    def forward(self, x):
        ### BEGIN SOLUTION
        self.out = np.exp(np.asarray(x, dtype=float))
        return self.out
        ### END SOLUTION

    def backward(self, dout):
        """Returns dx."""
        ### BEGIN SOLUTION
        return dout * self.out
        ### END SOLUTION


class ReciprocalGate:
    """z = 1 / x, elementwise (x != 0)."""

    def forward(self, x):
        ### BEGIN SOLUTION
        self.x = np.asarray(x, dtype=float)
        return 1.0 / self.x
        ### END SOLUTION

    def backward(self, dout):
        """Returns dx."""
        ### BEGIN SOLUTION
        return -dout / self.x ** 2
        ### END SOLUTION


class SigmoidGate:
    """z = σ(x), elementwise."""

    def forward(self, x):
        ### BEGIN SOLUTION
        self.out = sigmoid(x)
        return self.out
        ### END SOLUTION

    def backward(self, dout):
        """Returns dx."""
        ### BEGIN SOLUTION
        return dout * self.out * (1.0 - self.out)
        ### END SOLUTION


# %%
check("AddGate")

# %%
check("MultiplyGate")

# %%
check("MaxGate")

# %%
check("ExpGate")

# %%
check("ReciprocalGate")

# %%
check("SigmoidGate")

# %% [markdown]
# Here are the local gradients you derived, each multiplied by the upstream `dout`:
#
# | gate | backward | in words |
# | --- | --- | --- |
# | add | dx = dout, dy = dout | **add distributes**: both inputs get the upstream gradient |
# | multiply | dx = dout·y, dy = dout·x | **multiply swaps**: each input gets the *other* input |
# | max | the larger input gets dout, the other 0 | **max routes** the gradient to the winner |
# | exp | dx = dout·z | reuse the output |
# | reciprocal | dx = −dout / x² | |
# | sigmoid | dx = dout·z(1 − z) | reuse the output |
#
# > **Common mistake.** σ′ = σ(1 − σ), **not** f′(1 − f). In `SigmoidGate.backward` the local
# > gradient is out·(1 − out), where `out` is the sigmoid's *output* saved by `forward`. Using the
# > input there, x·(1 − x), or writing σ′(1 − σ) as some lecture notes do, gives wrong gradients
# > that look reasonable.
#
# ## 4. Gradients add where paths merge
#
# A variable used twice influences the output along two paths, and its gradient is the **sum** of
# the gradients along both. Take f = (x + y)·x at x = 3, y = −1: x goes into both the add gate
# and the multiply gate. Along the direct path the multiply gate sends back q = x + y = 2. Through
# the add gate, x = 3 comes back. So ∂f/∂x = 2 + 3 = 5 (check: f = x² + xy, ∂f/∂x = 2x + y = 5).

# %%
nodes, edges = graph_drawing.merge_graph(3.0, -1.0)
graph_drawing.draw_graph(nodes, edges, title="f = (x + y)·x: gradients add where paths merge",
                         notes={"x": "df/dx = 3 + 2 = 5"})
plt.show()

with needs("AddGate", "MultiplyGate"):
    add, mul = AddGate(), MultiplyGate()
    q = add.forward(3.0, -1.0)
    f = mul.forward(q, 3.0)
    dq, dx_direct = mul.backward(1.0)
    dx_via_add, dy = add.backward(dq)
    print(f"f = {float(f):.1f}; df/dx = {float(dx_direct):.1f} + {float(dx_via_add):.1f} = "
          f"{float(dx_direct + dx_via_add):.1f}; df/dy = {float(dy):.1f}")

# %% [markdown]
# ## 5. Numerical gradients: the referee
#
# How do we know a backward pass is right? Compare it with a gradient measured directly. Move one
# entry of x up and down by a small h and look at the change in f. This is the **centred difference
# (중앙 차분)**:
#
# $$ \frac{\partial f}{\partial x_i} \approx \frac{f(x + h\,e_i) - f(x - h\,e_i)}{2h}. $$
#
# Its error shrinks like h², compared with h for the one-sided (f(x + h) − f(x))/h, so it is far
# more accurate for the same h. It needs two evaluations of f per entry. This is far too slow for
# training, but very good for checking.
#
# **Exercise.** Write `numerical_gradient(f, x, h=1e-5)` for a scalar function `f` of an array `x`
# of any shape (1-D or 2-D). Work on a float copy of `x`, so the caller's array is the same
# afterwards (adding h and then subtracting it again does not always give back the same float).
# `np.ndindex(x.shape)` visits every index of an array of any shape.

# %%
def numerical_gradient(f, x, h=1e-5):
    """Centred-difference gradient of the scalar function f at x.

    f: a function of an array returning a number. x: array-like of any shape.
    h: the step. Returns an array of x's shape; x itself is left unchanged."""
    ### BEGIN SOLUTION
    x = np.array(x, dtype=float)  # our own copy
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        f_plus = f(x)
        x[idx] = old - h
        f_minus = f(x)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
    ### END SOLUTION


# %%
check("numerical_gradient")

# %% [markdown]
# Two gradients are never *exactly* equal, so how close is close enough? The absolute difference
# depends on the scale: 10⁻⁵ is excellent for a gradient of size 100, but far too large for one of
# size 10⁻⁶. The **relative error (상대 오차)** removes the scale:
#
# $$ \mathrm{rel\_error}(a, b) = \max_i \frac{|a_i - b_i|}{\max(10^{-8},\ |a_i| + |b_i|)}. $$
#
# (The 10⁻⁸ prevents 0/0 when both entries are 0.) With float64 and h = 10⁻⁵, a correct backward
# pass usually gives about 10⁻⁷ or less. This course reads the number on one scale, here and in
# notebooks 06 and 07: below 10⁻⁶ the gradients agree; between 10⁻⁶ and 10⁻³, look more closely;
# above 10⁻³ it is a bug, unless a kink such as ReLU's corner lies within h of a test point.
#
# **Exercise.** Write `rel_error(a, b)`. It returns one number. The checks compare it with exactly
# this formula, to about 9 digits: the 10⁻⁸ goes where the formula puts it, as the floor of the
# denominator (|a − b| / (|a| + |b| + 10⁻⁸) gives nearly the same digits, but it is another formula).

# %%
def rel_error(a, b):
    """max over all entries of |a - b| / max(1e-8, |a| + |b|), exactly this formula.
    a, b: numbers, lists or arrays of one shape. Returns one number."""
    ### BEGIN SOLUTION
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))
    ### END SOLUTION


# %%
check("rel_error")

# %% [markdown]
# Now the numerical gradient can check your gates, on arrays this time: the gradient of sum(dout · gate(x))
# with respect to x must equal `backward(dout)`.

# %%
gen = np.random.default_rng(5)
x_test = gen.uniform(0.5, 2.0, size=(2, 3))
dout_test = gen.normal(size=(2, 3))
with needs("ExpGate", "ReciprocalGate", "SigmoidGate", "numerical_gradient", "rel_error"):
    for Gate in (ExpGate, ReciprocalGate, SigmoidGate):
        g = Gate()
        g.forward(x_test)
        analytic = g.backward(dout_test)
        numeric = numerical_gradient(lambda v, G=Gate: np.sum(dout_test * G().forward(v)), x_test)
        print(tr("{gate:15s} relative error {error:.1e}  (expect below 1e-6)", gate=Gate.__name__,
                 error=rel_error(analytic, numeric)))

# %% [markdown]
# The Jacobian from section 1 can be measured the same way, one output at a time. For a layer
# without bias, z = x·W with x of shape (D,) and W of shape (D, M), entry (m, i) of the Jacobian is
# ∂zₘ/∂xᵢ = W[i, m]: the Jacobian is Wᵀ.

# %%
W_demo = np.arange(6.0).reshape(3, 2) / 4       # D = 3, M = 2
x_demo = np.array([1.0, -1.0, 0.5])
with needs("numerical_gradient"):
    jacobian = np.array([numerical_gradient(lambda v, m=m: (v @ W_demo)[m], x_demo) for m in range(2)])
    print(tr("numerical Jacobian (M x D):\n {jacobian}", jacobian=jacobian))
    print(tr("equal to W.T: {same}", same=np.allclose(jacobian, W_demo.T)))

# %% [markdown]
# ## 6. A whole neuron, gate by gate
#
# The classic worked example: one sigmoid neuron with two inputs,
#
# $$ f(w, x) = \sigma(w_0 x_0 + w_1 x_1 + w_2), \qquad w = (2, -3, -3),\ x = (-1, -2). $$
#
# The figure below is its computational graph, with the sigmoid written as four primitive
# gates (×(−1), exp, +1, 1/x). Green numbers flow forward, red ones backward. Follow the red ones
# from the right: the reciprocal's local gradient −1/1.37² turns 1.00 into −0.53; "+1" passes it
# on; exp multiplies by e⁻¹ = 0.37; ×(−1) flips the sign to 0.20. The two add gates distribute
# 0.20 to all of their inputs, and the multiply gates swap: w0 gets x0·0.20 = −0.20 and x0 gets
# w0·0.20 = 0.39.

# %%
graph_drawing.draw_neuron_graph(w=(2.0, -3.0, -3.0), x=(-1.0, -2.0))
plt.show()

# %% [markdown]
# Notice the shortcut: the last four gates together are σ, and the gradient they pass back,
# 0.20, is σ(1)(1 − σ(1)) = 0.73 · 0.27 ≈ 0.20. A `SigmoidGate` does those four steps in one,
# and it is also safer. At x = −800, the four-gate chain computes e^800 = ∞ in the forward pass.
# In the backward pass it multiplies 0 by ∞, which gives NaN. But out·(1 − out) is simply 0.
#
# **Where is the bias?** In this example, which follows Stanford's CS231n notes, the bias is the
# *last* weight, `w[2]`, a weight with no input to multiply. This is not the course's bias-trick
# convention (`w[0]`, the weight of a constant input 1 put *first*, lessons 01–03). It does not
# need to be: a gate graph has no constant input, and the bias simply enters through its own
# add gate. Keep the example's order here so that your numbers match the figure.
#
# **Exercise.** Write `neuron_forward_backward(w, x)` with your gates: create two `MultiplyGate`s,
# two `AddGate`s and a `SigmoidGate` inside the function (the check counts them: a closed form
# gives the same numbers but earns nothing here). Run the forward pass, then call `backward` on
# each gate in reverse order, starting from df/df = 1. Return `(f, dw, dx)` with `dw` of shape (3,) and `dx`
# of shape (2,). You should reproduce the red numbers above.

# %%
def neuron_forward_backward(w, x):
    """f = σ(w0·x0 + w1·x1 + w2) and its gradients, built from gates.

    w: (3,) weights, w[2] the bias. x: (2,) inputs (arrays or lists).
    Returns (f, dw, dx): a number, dw of shape (3,), dx of shape (2,)."""
    ### BEGIN SOLUTION
    w, x = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
    mul0, mul1, add0, add1, sig = MultiplyGate(), MultiplyGate(), AddGate(), AddGate(), SigmoidGate()
    a = mul0.forward(w[0], x[0])
    b = mul1.forward(w[1], x[1])
    c = add0.forward(a, b)
    s = add1.forward(c, w[2])
    f = sig.forward(s)
    ds = sig.backward(1.0)
    dc, dw2 = add1.backward(ds)
    da, db = add0.backward(dc)
    dw0, dx0 = mul0.backward(da)
    dw1, dx1 = mul1.backward(db)
    return float(f), np.array([dw0, dw1, dw2], dtype=float), np.array([dx0, dx1], dtype=float)
    ### END SOLUTION


# %%
check("neuron_forward_backward")

# %%
with needs("neuron_forward_backward", "numerical_gradient", "rel_error"):
    f, dw, dx = neuron_forward_backward([2.0, -3.0, -3.0], [-1.0, -2.0])
    print(f"f = {f:.2f}, dw = {np.round(dw, 2)}, dx = {np.round(dx, 2)}")
    w_check = np.array([2.0, -3.0, -3.0])
    numeric_dw = numerical_gradient(lambda v: neuron_forward_backward(v, [-1.0, -2.0])[0], w_check)
    print(tr("dw against centred differences: relative error {error:.1e}", error=rel_error(dw, numeric_dw)))

# %% [markdown]
# ## 7. Whole layers: forward and backward with a cache
#
# Gates on single numbers show the idea. Real networks do the same with whole arrays at once. Each
# layer becomes a pair of functions, in the style of Stanford's CS231n course:
#
# - `layer_forward(inputs) -> (out, cache)`, where `cache` holds whatever the backward pass needs;
# - `layer_backward(dout, cache) -> gradients`, one per input of the forward, in the same order and
#   each with the **shape of that input**.
#
# All shapes use the same letters: N samples in a batch, D inputs, M outputs (or hidden units).
#
# ### Affine layer
#
# out = x @ W + b with x (N, D), W (D, M), b (M,). The backward pass gets the upstream `dout` of
# shape (N, M) and must return dx (N, D), dW (D, M) and db (M,). Derive them one entry at a time:
#
# - `out[n, m] = Σ_d x[n, d]·W[d, m] + b[m]`. Which entries of `out` does `x[n, d]` reach, and
#   with which local gradient? Add upstream × local over all of them: that is `dx[n, d]`.
# - Do the same for `W[d, m]` (it is used once for every sample n) and for `b[m]` (added to
#   every row).
# - Each of the three sums is a matrix product or a sum over an axis. Write down the shapes:
#   only one product of `dout`, `x` and `W` (transposed or not) has the shape you need.
#
# **Exercise.** Write `affine_forward` and `affine_backward`.

# %%
def affine_forward(x, W, b):
    """Affine layer out = x @ W + b.

    x: (N, D) inputs; W: (D, M) weights; b: (M,) biases (arrays or lists).
    Returns (out, cache): out of shape (N, M), and a cache that holds what affine_backward
    needs (x and W)."""
    ### BEGIN SOLUTION
    x, W, b = (np.asarray(v, dtype=float) for v in (x, W, b))
    return x @ W + b, (x, W, b)
    ### END SOLUTION


# %%
check("affine_forward")


# %%
def affine_backward(dout, cache):
    """Backward pass of affine_forward.

    dout: (N, M) upstream gradient; cache: from affine_forward.
    Returns (dx, dW, db), the gradients of the loss with respect to x, W and b, of shapes
    (N, D), (D, M), (M,)."""
    ### BEGIN SOLUTION
    x, W, _ = cache
    dout = np.asarray(dout, dtype=float)
    return dout @ W.T, x.T @ dout, dout.sum(axis=0)
    ### END SOLUTION


# %%
check("affine_backward")

# %% [markdown]
# The sums are dx = dout @ Wᵀ and dW = xᵀ @ dout (every sample contributes, so the matrix
# product sums over the batch). db is dout summed over axis 0. (b was added to every row: like
# an add gate used N times, its gradient is the sum over the N paths.)
#
# > **Common mistake.** Testing a layer only with square matrices. If N = D = M, then `x @ dout`
# > and `x.T @ dout` have the same shape, so the test cannot find a missing transpose. The checks here
# > use N = 4, D = 5, M = 3, where every shape is different.
#
# ### Sigmoid and ReLU layers
#
# Elementwise layers: the backward is the upstream gradient times the local derivative, entry by
# entry. Decide for each what `forward` must cache. The sigmoid's local derivative can be
# computed from its *output* alone (you derived it in notebook 04). For ReLU, the forward pass only needs
# to remember where the input was positive (its local derivative at exactly 0 is taken as 0, as in
# notebook 04).
#
# **Exercise.** Write the four functions.

# %%
def sigmoid_forward(x):
    """Sigmoid layer, without overflow warnings. x: a number, list or array of any shape.
    Returns (out, cache), out of x's shape; the cache holds what sigmoid_backward needs."""
    ### BEGIN SOLUTION
    out = sigmoid(x)
    return out, out
    ### END SOLUTION


# %%
check("sigmoid_forward")


# %%
def sigmoid_backward(dout, cache):
    """Backward pass of sigmoid_forward. Returns dx, shaped like dout."""
    ### BEGIN SOLUTION
    out = cache
    return np.asarray(dout, dtype=float) * out * (1.0 - out)
    ### END SOLUTION


# %%
check("sigmoid_backward")


# %%
def relu_forward(x):
    """ReLU layer, max(0, x). x: a number, list or array of any shape.
    Returns (out, cache), out of x's shape; the cache holds what relu_backward needs."""
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=float)
    return np.maximum(0.0, x), x
    ### END SOLUTION


# %%
check("relu_forward")


# %%
def relu_backward(dout, cache):
    """Backward pass of relu_forward; the local derivative at x = 0 is taken as 0."""
    ### BEGIN SOLUTION
    x = cache
    return np.where(x > 0, np.asarray(dout, dtype=float), 0.0)
    ### END SOLUTION


# %%
check("relu_backward")

# %% [markdown]
# **ReLU is a max gate.** relu(x) = max(x, 0): a `MaxGate` whose second input is the constant 0.
# "Max routes" then *is* ReLU's backward: the gradient goes to x where the max picked x, and to
# the constant (where it is thrown away) where the max picked 0. The two agree everywhere except
# on the tie x = 0. There, the course's max gate routes to its first input, and the ReLU layer
# takes the slope as 0. These are two conventions for a point where no derivative exists.

# %%
with needs("MaxGate", "relu_forward", "relu_backward"):
    x_relu = np.array([[-1.5, 0.0, 2.0], [0.3, -0.2, 4.0]])
    dout_relu = np.arange(1.0, 7.0).reshape(2, 3)
    max_gate = MaxGate()
    max_gate.forward(x_relu, np.zeros_like(x_relu))
    dx_max, _ = max_gate.backward(dout_relu)
    dx_relu = relu_backward(dout_relu, relu_forward(x_relu)[1])
    print(tr("max gate backward:\n {dx}", dx=dx_max))
    print(tr("ReLU layer backward:\n {dx}", dx=dx_relu))
    print(tr("they differ only where x == 0: {same}", same=np.array_equal(dx_max != dx_relu, x_relu == 0)))

# %% [markdown]
# ### Mean squared error
#
# The **loss (손실)** of notebook 03 is the **mean squared error (평균 제곱 오차)** over all K
# entries of the prediction:
#
# $$ L = \frac{1}{K}\sum_k (\hat y_k - y_k)^2. $$
#
# Derive ∂L/∂ŷ_k yourself: only one term of the sum contains ŷ_k. Keep the 1/K. The loss is a
# mean, and its gradient must not grow with the batch size. Otherwise a learning rate that worked
# for 4 samples makes training diverge for 400.
#
# **Exercise.** Write `mse_loss(y_pred, y)` returning `(loss, dy_pred)`, the loss and its gradient
# with respect to `y_pred`.

# %%
def mse_loss(y_pred, y):
    """Mean over all entries of (y_pred - y)^2, and its gradient.

    y_pred, y: arrays or lists of one shape. Returns (loss, dy_pred): a number, and an array of
    y_pred's shape."""
    ### BEGIN SOLUTION
    diff = np.asarray(y_pred, dtype=float) - np.asarray(y, dtype=float)
    return float(np.mean(diff ** 2)), 2.0 * diff / diff.size
    ### END SOLUTION


# %%
check("mse_loss")

# %% [markdown]
# ## 8. The two-layer network of notebook 03
#
# Now stack the pieces. The network of notebook 03 with parameters
# `params = {"W1": (D, H), "b1": (H,), "W2": (H, 1), "b2": (1,)}` computes
#
# $$ \text{hidden} = \sigma(X W_1 + b_1), \qquad \text{out} = \sigma(\text{hidden}\, W_2 + b_2),
#    \qquad L = \mathrm{mse}(\text{out}, y). $$
#
# **Exercise.** Write `two_layer_loss_and_grads(params, X, y)`: run the forward pass with your
# layer functions, keeping every cache, then the backward pass in reverse order. Return the loss
# and a dict `grads` with the same keys and shapes as `params`. `X` has shape (N, D) and `y` has
# shape (N, 1). Do not modify `params`. The gradients must come from backpropagation: the checks
# compare them with the exact ones to about 12 digits, which numerical differences cannot reach.

# %%
def two_layer_loss_and_grads(params, X, y):
    """MSE loss of the 2-layer sigmoid network and its gradients.

    params: {"W1": (D, H), "b1": (H,), "W2": (H, 1), "b2": (1,)}.
    X: (N, D) inputs; y: (N, 1) targets (arrays or lists).
    Returns (loss, grads) with grads[key] shaped like params[key], by backpropagation through
    your layer functions (not by numerical differences)."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    hidden_in, cache1 = affine_forward(X, params["W1"], params["b1"])
    hidden, cache2 = sigmoid_forward(hidden_in)
    out_in, cache3 = affine_forward(hidden, params["W2"], params["b2"])
    out, cache4 = sigmoid_forward(out_in)
    loss, dout = mse_loss(out, np.asarray(y, dtype=float).reshape(out.shape))
    d_out_in = sigmoid_backward(dout, cache4)
    d_hidden, dW2, db2 = affine_backward(d_out_in, cache3)
    d_hidden_in = sigmoid_backward(d_hidden, cache2)
    _, dW1, db1 = affine_backward(d_hidden_in, cache1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    ### END SOLUTION


# %%
check("two_layer_loss_and_grads")

# %% [markdown]
# The self-check compared your gradients with centred differences of your own loss (and with the
# exact gradients, to far more digits than a centred difference gives). Here is the
# same check by hand, the way you would debug a model of your own:

# %%
gen = np.random.default_rng(3)
params_check = {"W1": gen.normal(size=(3, 4)), "b1": gen.normal(size=4),
                "W2": gen.normal(size=(4, 1)), "b2": gen.normal(size=1)}
X_check, y_check = gen.normal(size=(5, 3)), gen.uniform(size=(5, 1))
with needs("two_layer_loss_and_grads", "numerical_gradient", "rel_error"):
    loss, grads = two_layer_loss_and_grads(params_check, X_check, y_check)
    for key in params_check:
        def loss_at(value, key=key):
            return two_layer_loss_and_grads({**params_check, key: value}, X_check, y_check)[0]
        numeric = numerical_gradient(loss_at, params_check[key])
        print(tr("{key}: relative error {error:.1e}", key=key, error=rel_error(grads[key], numeric)))

# %% [markdown]
# ## 9. Closing the loop: train XOR with your own backpropagation
#
# In notebook 03 the course's trainer taught a 2-2-1 sigmoid network XOR. Now the gradients are
# yours. Training is plain full-batch gradient descent: all four samples at once, every step
#
# $$ \theta \leftarrow \theta - \eta\, \frac{\partial L}{\partial \theta} $$
#
# for each parameter θ, with **learning rate (학습률)** η. The network's forward pass is built
# from your layers. The starting weights are those of notebook 03's run, so at the end you can
# compare your exact gradients with that notebook's finite-difference trainer, step by step.

# %%
X_xor = data.GATE_X                                        # (4, 2)
y_xor = data.gate_targets("XOR", negative=0).reshape(-1, 1).astype(float)  # (4, 1), targets 0/1
start = xor_net.init_params(2, 2, np.random.default_rng(0))
lr, epochs = 2.0, 4000


def xor_forward(params, X):
    """Outputs (N, 1) of the 2-2-1 sigmoid network of notebook 03, from your layers."""
    hidden, _ = sigmoid_forward(affine_forward(X, params["W1"], params["b1"])[0])
    return sigmoid_forward(affine_forward(hidden, params["W2"], params["b2"])[0])[0]


losses = None   # set only once training has run to the end: the plot never shows a partial run
with needs("two_layer_loss_and_grads", "affine_forward", "sigmoid_forward"):
    params = {k: v.copy() for k, v in start.items()}
    history = []
    for _ in range(epochs):
        loss, grads = two_layer_loss_and_grads(params, X_xor, y_xor)
        history.append(loss)
        params = {k: params[k] - lr * grads[k] for k in params}
    losses = np.array(history)
    out = xor_forward(params, X_xor)
    print(tr("loss: {first:.4f} at the start, {last:.4f} after {epochs} steps", first=losses[0], last=losses[-1],
             epochs=epochs))
    print(tr("outputs: {outputs}  targets: {targets}", outputs=np.round(out.ravel(), 3), targets=y_xor.ravel()))
    _, nudged_losses, _ = xor_net.train(xor_forward, start, X_xor, y_xor, lr=lr, epochs=200)
    print(tr("first 200 losses agree with the finite-difference trainer's (to 1e-6): {same}",
             same=np.allclose(losses[:200], nudged_losses, atol=1e-6)))

# %%
if losses is None:
    print(tr("(This plot appears once the training above has run to the end.)"))
else:
    fig, (ax_loss, ax_map) = plt.subplots(1, 2, figsize=(10, 3.8))
    ax_loss.plot(losses)
    ax_loss.set_yscale("log")
    ax_loss.set_xlabel("step")
    ax_loss.set_ylabel("mean squared error")
    ax_loss.set_title("training loss on XOR")
    grid = np.linspace(-0.5, 1.5, 81)
    gx, gy = np.meshgrid(grid, grid)
    surface = xor_forward(params, np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
    course_cmap = plots.output_colormap()      # blue = 0, orange = 1, as in every lesson
    shade = ax_map.contourf(gx, gy, surface, levels=np.linspace(0, 1, 11), cmap=course_cmap)
    ax_map.contour(gx, gy, surface, levels=[0.5], colors="k", linewidths=1.5)
    plots.points(ax_map, X_xor, np.where(y_xor.ravel() > 0.5, 1, -1), labels=False)
    fig.colorbar(shade, ax=ax_map, label="network output")
    ax_map.set_title("network output; the 0.5 contour in black")
    ax_map.set_aspect("equal")
    fig.tight_layout()
    plt.show()

# %% [markdown]
# The loss falls slowly at first: the sigmoids start near their middle, and the network has to
# break the symmetry of its hidden units. Then the loss drops sharply, when the two hidden units
# start to compute different things, as in notebook 03. The picture has the XOR shape. Two
# parallel lines make a band that holds (0, 0) and (1, 1), where the output is near 0. They
# separate it from the two outer regions that hold (0, 1) and (1, 0), where the output is near 1.

# %% [markdown]
# ## 10. Automatic differentiation: the gates, wired up by a program
#
# Every backward pass in this notebook was written by hand: you chose the gates, ran them forward,
# then called their `backward`s in reverse order. That order can be found by a program. Let every
# number remember the gate that made it and the numbers that went into that gate. Then, going
# backwards through this record from the output is backpropagation, done for you. This is
# **automatic differentiation (자동 미분)** in reverse mode, the method that PyTorch, TensorFlow
# and JAX use. The whole idea fits in one small class, `Value`, built from *your* gates. Its
# arithmetic is written for you: `x + y`, `x * y`, `x / y`, `-x`, `x.exp()` and `x.sigmoid()`
# each run one of your gates forward and return a new `Value` that remembers the gate (`.gate`)
# and the Values that went in (`.parents`, in the gate's order of inputs). A plain number mixed
# in, as in `2.0 * x`, becomes a `Value` of its own.
#
# ### Exercise — `Value.backward()`
#
# Write the method that fills `.grad` of every Value that `self` was computed from with
# ∂self/∂(that Value). Three questions to settle first:
#
# 1. **Order.** A Value's gradient is complete only when every Value computed *from* it has sent
#    its share back. In which order must you visit the Values so that this holds? (Put each
#    Value after all the Values it was computed from, then walk that list backwards. This is a
#    *topological order*; a depth-first search over `.parents` builds it.)
# 2. **Merging paths.** A Value can be used by several gates, or twice by the same gate (`x * x`).
#    What happens to the gradients that arrive along different paths?
# 3. **A fresh start.** What must every `.grad` be before the sweep, so that calling
#    `backward()` twice gives the same gradients, and what is ∂self/∂self?
#
# A gate's `backward(dout)` returns a tuple `(dx, dy)` when it has two inputs and a single
# gradient when it has one; a Value with no gate (one you created) has nothing to pass on.

# %%
class Value:
    """A number that remembers how it was computed, so that it can backpropagate.

    Arithmetic on Values runs one of the lesson's gates forward and records the gate and its
    inputs; backward() (the exercise) turns that record into gradients."""

    def __init__(self, data, parents=(), gate=None):
        self.data, self.grad = float(data), 0.0
        self.parents, self.gate = parents, gate

    @staticmethod
    def apply(gate, *inputs):
        inputs = tuple(v if isinstance(v, Value) else Value(v) for v in inputs)
        return Value(gate.forward(*(v.data for v in inputs)), inputs, gate)

    def __add__(self, other):
        return Value.apply(AddGate(), self, other)

    def __mul__(self, other):
        return Value.apply(MultiplyGate(), self, other)

    __radd__, __rmul__ = __add__, __mul__

    def __neg__(self):
        return self * -1.0

    def __truediv__(self, other):
        return self * Value.apply(ReciprocalGate(), other)

    def __rtruediv__(self, other):              # other / self, e.g. 1.0 / v
        return Value.apply(ReciprocalGate(), self) * other

    def exp(self):
        return Value.apply(ExpGate(), self)

    def sigmoid(self):
        return Value.apply(SigmoidGate(), self)

    def backward(self):
        """Set .grad of self and of every Value it was computed from to d(self)/d(that Value)."""
        ### BEGIN SOLUTION
        order, seen = [], set()

        def visit(v):                    # every Value after the Values it was computed from
            if id(v) not in seen:
                seen.add(id(v))
                for parent in v.parents:
                    visit(parent)
                order.append(v)

        visit(self)
        for v in order:
            v.grad = 0.0
        self.grad = 1.0
        for v in reversed(order):        # downstream = upstream × local, gate by gate
            if v.gate is not None:
                grads = v.gate.backward(v.grad)
                grads = grads if len(v.parents) > 1 else (grads,)
                for parent, g in zip(v.parents, grads):
                    parent.grad += float(g)   # paths merge: gradients add
        ### END SOLUTION


# %%
check("Value")

# %% [markdown]
# Your `backward` is the whole of reverse-mode automatic differentiation: a topological order of
# the recorded Values, every `.grad` set to 0 and ∂self/∂self = 1, then, in reverse order, each
# gate's `backward` applied to its output's gradient, with the results *added* to the parents'
# gradients, since paths that merge add their gradients.
#
# Check it against the gradients you wrote by hand: the merge example of section 4, and the
# neuron of section 6, once with the sigmoid gate and once written as the four primitive
# gates of the figure, 1 / (1 + e^(−s)).

# %%
with needs("AddGate", "MultiplyGate", "ExpGate", "ReciprocalGate", "SigmoidGate",
           "neuron_forward_backward", "Value"):
    x, y = Value(3.0), Value(-1.0)
    f = (x + y) * x
    f.backward()
    print(f"f = (x + y)·x: df/dx = {x.grad}, df/dy = {y.grad}")

    f_hand, dw_hand, dx_hand = neuron_forward_backward([2.0, -3.0, -3.0], [-1.0, -2.0])
    for form in ("sigmoid gate", "four primitive gates"):
        w = [Value(2.0), Value(-3.0), Value(-3.0)]
        xs = [Value(-1.0), Value(-2.0)]
        s_val = w[0] * xs[0] + w[1] * xs[1] + w[2]
        f = s_val.sigmoid() if form == "sigmoid gate" else 1.0 / (1.0 + (-s_val).exp())
        f.backward()
        dw_auto = np.array([v.grad for v in w])
        dx_auto = np.array([v.grad for v in xs])
        agree = max(rel_error(dw_auto, dw_hand), rel_error(dx_auto, dx_hand)) < 1e-12
        print(tr("{form:21s}: f = {f:.4f}, dw = {dw}, dx = {dx}; equal to your neuron_forward_backward's: {agree}",
                 form=tr(form), f=f.data, dw=dw_auto.round(4), dx=dx_auto.round(4), agree=agree))

# %%
# Section 9's XOR network again, one Value per weight: no backward code of its own.
with needs("Value", "two_layer_loss_and_grads", "affine_forward", "sigmoid_forward"):
    weights = {key: np.array([[Value(v) for v in row] for row in np.atleast_2d(array)])
               for key, array in start.items()}                   # b1, b2 become (1, H) rows

    def xor_loss(weights):
        total = 0.0
        for x_row, target in zip(X_xor, y_xor.ravel()):
            hidden = [(x_row[0] * weights["W1"][0][j] + x_row[1] * weights["W1"][1][j]
                       + weights["b1"][0][j]).sigmoid() for j in range(2)]
            out = (hidden[0] * weights["W2"][0][0] + hidden[1] * weights["W2"][1][0]
                   + weights["b2"][0][0]).sigmoid()
            gap = out + (-target)
            total = total + gap * gap
        return total * (1.0 / len(X_xor))                          # the mean squared error

    value_losses = []
    for _ in range(1200):
        loss_value = xor_loss(weights)
        loss_value.backward()
        value_losses.append(loss_value.data)
        for v in (v for array in weights.values() for v in array.ravel()):
            v.data -= lr * v.grad                                  # the same step as section 9
    print(tr("Value engine, 1200 steps of XOR: loss {first:.4f} -> {last:.4f}", first=value_losses[0],
             last=value_losses[-1]))
    if losses is not None:
        print(tr("equal to section 9's first 1200 losses (to 1e-10): {same}",
                 same=np.allclose(value_losses, losses[:1200], rtol=0, atol=1e-10)))

# %% [markdown]
# The same code differentiates any expression made of these operations, with no new backward
# code: that is the point of automatic differentiation. The cell above trained section 9's XOR
# network with it, one Value per weight, and took the very same steps as your hand-written
# backpropagation. Real libraries do it on whole arrays
# (their gates are the layers of section 7) and add many more operations, but they keep the
# record in the same way. If PyTorch is installed, it must agree too. (It is optional: the
# course never needs it, and this cell tells you when it is missing.)

# %%
# NBVAL_IGNORE_OUTPUT
import importlib.util  # noqa: E402

if importlib.util.find_spec("torch") is None:
    print(tr("(PyTorch is not installed; this optional comparison is skipped.)"))
else:
    with needs("neuron_forward_backward"):
        import torch
        w_t = torch.tensor([2.0, -3.0, -3.0], dtype=torch.float64, requires_grad=True)
        x_t = torch.tensor([-1.0, -2.0], dtype=torch.float64, requires_grad=True)
        torch.sigmoid(w_t[0] * x_t[0] + w_t[1] * x_t[1] + w_t[2]).backward()
        _, dw_hand, dx_hand = neuron_forward_backward([2.0, -3.0, -3.0], [-1.0, -2.0])
        print(tr("PyTorch's dw: {dw}  dx: {dx}", dw=w_t.grad.numpy().round(4), dx=x_t.grad.numpy().round(4)))
        print(tr("relative errors against yours: {dw:.0e}, {dx:.0e}", dw=rel_error(w_t.grad.numpy(), dw_hand),
                 dx=rel_error(x_t.grad.numpy(), dx_hand)))

# %% [markdown]
# ## Summary
#
# - Backpropagation = forward pass that caches, then backward pass in reverse order applying
#   downstream = upstream × local at every step.
# - Add distributes, multiply swaps, max routes (to the first input on a tie), exp and sigmoid
#   reuse their output, the reciprocal uses −1/x²; σ′ = σ(1 − σ).
# - Where a value is used more than once, its gradients add: that is why db sums over the batch.
# - Check every backward pass with centred differences and relative error, on non-square shapes.
# - ReLU is a max gate with a constant 0: "max routes" is its backward.
# - Automatic differentiation records the gates as they run and calls their backwards in reverse
#   order for you; a few dozen lines built on your gates reproduce your hand-written gradients.
# - With these pieces you trained the XOR network with your own gradients. Notebook 06 replaces the
#   squared error with softmax and cross-entropy for classification with many classes.
