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
# # 07 — Capstone: reading handwritten digits (손글씨 숫자 인식)
#
# Everything so far comes together here. You will build a **multilayer perceptron** (다층
# 퍼셉트론) from the pieces of notebooks 05 and 06: affine layers, ReLU, softmax cross-entropy
# and backpropagation. You will train it with mini-batch stochastic gradient descent, and teach
# it to read real handwriting: small 8×8 images of the digits 0 to 9. This goes further than
# the lecture notes: it shows how models are trained and evaluated in practice. The notes' own
# example of digit recognition is MNIST: 70,000 handwritten digits of 28×28 pixels. Ours are a
# small cousin (1,797 images of 8×8), so that everything trains in seconds on a laptop; the
# methods are the same.
#
# **You will:** look at the data and split it into three parts; write the loss and gradients of a
# whole network and check them numerically *before* training; write one epoch of mini-batch SGD;
# train a linear softmax baseline and an MLP side by side and watch their learning curves; let
# the validation set choose a width, a learning rate and an epoch to stop at; measure the chosen
# model's accuracy, once, on data it has never seen; and read a confusion matrix and a gallery of
# the digits the network still gets wrong.
#
# **How this notebook works.** Cells marked `# YOUR CODE HERE` are yours. After each exercise
# there is a one-line self-check cell, and it answers at once. Key terms have their Korean name
# in brackets the first time they appear; the [glossary](00_glossary.md) has them all.
#
# Graded exercises: `mlp_loss_and_grads`, `sgd_epoch`, `accuracy`, `confusion_matrix`.
#
# **Your own layers.** The network is built from the pieces *you* wrote: `affine_forward` /
# `affine_backward`, `relu_forward` / `relu_backward`, `numerical_gradient` and `rel_error` from
# notebook 05, and `softmax_cross_entropy` (the loss and its gradient from logits) from notebook
# 06. The cell below loads them from `05_backprop.ipynb` and `06_softmax_cross_entropy.ipynb`,
# which must be in this folder (save them first). It runs only their `import`, `def` and
# `class` statements, and it tells you which functions are not finished yet. Until they are
# finished, the demos that need them tell you this. (Your instructor's grader checks this
# notebook with the course's versions of those functions, so a mistake there does not lower
# your grade here.) `helpers.layers` adds what is not an exercise: `he_init`, `num_layers`,
# `minibatches` and `sgd_step`. All shapes use the same letters: N samples, D input features,
# H hidden units, C classes.

# %%
import matplotlib.pyplot as plt
import numpy as np

from helpers import check, digits, layers, mywork, needs, plots, tr

np.set_printoptions(precision=4, suppress=True)

# %%
affine_forward, affine_backward, relu_forward, relu_backward, numerical_gradient, rel_error = mywork.load(
    "05_backprop", "affine_forward", "affine_backward", "relu_forward", "relu_backward",
    "numerical_gradient", "rel_error")
softmax_cross_entropy = mywork.load("06_softmax_cross_entropy", "softmax_cross_entropy")

# %% [markdown]
# ## 1. The data
#
# The images come from the UCI "Optical Recognition of Handwritten Digits" data set (E. Alpaydin
# and C. Kaynak, 1998; licence CC BY 4.0; see `data/digits/README.md`). Each 32×32
# black-and-white scan was cut into 4×4 blocks, and each block was replaced by its number of
# ink pixels. So an image is 8×8 numbers from 0 to 16. We read each image row by row into a
# vector of 64 features, so the whole set is a matrix `X` of shape (1797, 64) and the labels
# `y` are the digits, shape (1797,). The file comes with the course; nothing is downloaded.

# %%
X_all, y_all = digits.load_digits()
print(tr("X_all: {shape} {dtype}  pixel values from {low} to {high}", shape=X_all.shape, dtype=X_all.dtype,
         low=X_all.min(), high=X_all.max()))
print(tr("y_all: {shape}  images per digit: {counts}", shape=y_all.shape, counts=np.bincount(y_all)))

fig, axes = plt.subplots(2, 10, figsize=(10, 2.4))
for digit in range(10):
    for row in range(2):
        ax = axes[row, digit]
        ax.imshow(X_all[y_all == digit][row].reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0, digit].set_title(str(digit))
plt.suptitle("Two examples of every digit (8×8 pixels)")
plt.tight_layout()
plt.show()

# %% [markdown]
# ### Three sets, three jobs
#
# A model graded on the same images it learned from can look perfect: it may have fitted details
# of those particular images that do not carry over to new ones. When fitting the training data
# more closely makes the results on new data *worse*, that is **overfitting** (과적합), and a
# grade on the training data can never reveal it. So we split the data once, at the start, into
# three parts:
#
# - the **training set** (훈련 집합, 60 %): the only images gradient descent ever sees;
# - the **validation set** (검증 집합, 20 %): for choosing the settings that gradient descent
#   cannot learn (width of the hidden layer, learning rate, number of epochs). We choose them
#   by comparing models on images they did not train on;
# - the **test set** (테스트 집합, 20 %): used only once, at the very end, to report how well the
#   final model does on new handwriting. Any choice made by looking at the test set would make
#   that report less honest.
#
# `digits.split` shuffles each digit's images with a fixed seed and splits them in those
# proportions. So every part has about the same mix of digits, and every run gets the same
# split.
#
# Finally we **standardise** the pixels: subtract each pixel's mean and divide by its standard
# deviation. Then all 64 inputs are on a similar scale, and gradient descent does not have to
# move very slowly in some directions and take very large steps in others. The mean and
# deviation come from the *training* set only. We then apply them unchanged to the validation
# and test images. The model must not see anything of those sets, not even their averages. A
# few border pixels are blank in every
# training image (deviation 0); we leave their scale at 1.

# %%
data = digits.split(X_all, y_all, fractions=(0.6, 0.2, 0.2), seed=0)
mu = data["X_train"].mean(axis=0)
sigma = data["X_train"].std(axis=0)
sigma = np.where(sigma > 0, sigma, 1.0)
X_train, y_train = (data["X_train"] - mu) / sigma, data["y_train"]
X_val, y_val = (data["X_val"] - mu) / sigma, data["y_val"]
X_test, y_test = (data["X_test"] - mu) / sigma, data["y_test"]
for name, part in (("train", y_train), ("validation", y_val), ("test", y_test)):
    print(tr("{name:>10}: {count:4d} images", name=tr(name), count=len(part)))

# %% [markdown]
# ## 2. The network and its gradients
#
# Our network is a stack of $L$ affine layers. Every layer except the last is followed by a ReLU;
# the last layer produces the class scores (logits), which go into softmax cross-entropy:
#
# $$ X \xrightarrow{\ \text{affine } W_1, b_1\ } \xrightarrow{\ \text{ReLU}\ } \cdots
#    \xrightarrow{\ \text{affine } W_L, b_L\ } \text{scores } (N, C)
#    \xrightarrow{\ \text{softmax cross-entropy}\ } L. $$
#
# The parameters are stored in a dict `params = {"W1": (D, H), "b1": (H,), ..., "WL": (H, C),
# "bL": (C,)}`. With a single layer ($L = 1$) there is no ReLU at all and the network is
# exactly the softmax regression of notebook 06. That will be our baseline.
#
# Here is how your pieces fit together on a tiny batch: each forward function returns its
# output and a cache; each backward function takes the upstream gradient and that cache.

# %%
demo_rng = np.random.default_rng(1)
demo_params = layers.he_init((64, 16, 10), demo_rng)
print({key: value.shape for key, value in demo_params.items()})
with needs("affine_forward", "relu_forward", "softmax_cross_entropy", "affine_backward"):
    h, cache1 = affine_forward(X_train[:5], demo_params["W1"], demo_params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, demo_params["W2"], demo_params["b2"])
    loss, dscores = softmax_cross_entropy(scores, y_train[:5])
    print("scores:", scores.shape, " loss:", round(float(loss), 4), " dscores:", dscores.shape)
    da, dW2, db2 = affine_backward(dscores, cache2)
    print("dW2:", dW2.shape, " db2:", db2.shape, " da:", da.shape)

# %% [markdown]
# **He initialisation** (He 초기화). `he_init` draws each weight matrix from a normal
# distribution with standard deviation $\sqrt{2 / \text{fan\_in}}$ and sets the biases to 0.
# A ReLU sets about half of its inputs to zero, and this halves the mean square of the signal. The
# factor 2 corrects for this, so the activations neither shrink towards 0 nor grow very large
# as they pass through the layers. Weights must be random, not all equal: identical hidden
# units would receive identical
# gradients and stay identical forever.
#
# ### Exercise 1 — `mlp_loss_and_grads(params, X, y)`
# Return `(loss, grads)` for the network described by `params` (any number of layers $L \ge 1$,
# counted from the `W` keys) on the batch `X` (N, D) with labels `y` (N,). `grads` is a dict
# with the same keys and shapes as `params`. Forward: for each layer $i = 1..L$,
# `affine_forward`, then `relu_forward` unless $i = L$; keep every cache. Loss:
# `softmax_cross_entropy` on the last scores. Backward: go through the layers from $L$ down to
# 1: `relu_backward` (except
# for the last layer), then `affine_backward`, whose `dx` becomes the next `dout`.
# Don't modify `params`, and accept `X` and `y` as lists too. The checks compare your gradients
# with the exact ones to about 12 digits: they must come from the layers' backward functions, not
# from numerical differences (those are for the gradient check below).

# %%
def mlp_loss_and_grads(params, X, y):
    """Loss and gradients of a ReLU network with a softmax cross-entropy output.

    params: {"W1": (D, H1), "b1": (H1,), ..., "WL": (H, C), "bL": (C,)}, L >= 1.
    X: (N, D) inputs; y: (N,) labels in 0..C-1.
    Returns (loss, grads): a number, and a dict with the keys and shapes of params.
    """
    ### BEGIN SOLUTION
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    L = layers.num_layers(params)
    out, caches = X, []
    for i in range(1, L + 1):
        out, affine_cache = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        relu_cache = None
        if i < L:
            out, relu_cache = relu_forward(out)
        caches.append((affine_cache, relu_cache))
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        affine_cache, relu_cache = caches[i - 1]
        if relu_cache is not None:
            dout = relu_backward(dout, relu_cache)
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, affine_cache)
    return float(loss), grads
    ### END SOLUTION


# %%
check("mlp_loss_and_grads")

# %% [markdown]
# ### Check the whole model's gradients before training
#
# Training with a wrong gradient does not crash; it only learns badly. Then you may spend days
# thinking that the learning rate is the problem. So before training, compare every analytic
# gradient with a numerical one. Use your `numerical_gradient` and `rel_error` of notebook 05:
# move every single parameter up and down by $h = 10^{-5}$, and recompute the loss. Then
# report, for each parameter array, the largest relative error between the two gradients. We
# check a small network (64-16-10) on a batch of 10 images: 1,210 parameters, each moved twice.

# %%
with needs("mlp_loss_and_grads", "numerical_gradient", "rel_error"):
    check_params = layers.he_init((64, 16, 10), np.random.default_rng(2))
    _, analytic = mlp_loss_and_grads(check_params, X_train[:10], y_train[:10])
    errors = {}
    for key in check_params:
        def loss_at(value, key=key):
            return mlp_loss_and_grads({**check_params, key: value}, X_train[:10], y_train[:10])[0]
        errors[key] = rel_error(analytic[key], numerical_gradient(loss_at, check_params[key]))
    print(tr("largest relative error per parameter is below 1e-6: {below}",
             below={key: bool(err < 1e-6) for key, err in errors.items()}))

# %% [markdown]
# Read the errors on notebook 05's scale: below $10^{-6}$ the gradients agree, between
# $10^{-6}$ and $10^{-3}$ look more closely, above $10^{-3}$ it is a bug. (An error can
# occasionally be larger when a ReLU input is within $h$ of 0, where the function has a kink;
# that is not a bug.)

# %% [markdown]
# ## 3. Mini-batch stochastic gradient descent
#
# The gradient of the loss over all 1,078 training images is precise but expensive to compute,
# and it gives only one step per pass.
# **Mini-batch stochastic gradient descent** (미니배치 확률적 경사 하강법) estimates the gradient
# from a small random **mini-batch** (미니배치) of, for example, 32 images, and takes a step at
# once. This gives 34 cheap, slightly noisy steps
# per pass instead of one exact one. One pass through all training images is an **epoch**
# (에포크). We shuffle the order again in every epoch, so that the batches do not always contain
# the same images together.
#
# ### Exercise 2 — `sgd_epoch(params, X, y, lr, batch_size, rng)`
# Run one epoch. Make a new random order of the N samples and cut it into consecutive batches
# of `batch_size` (the last one may be smaller; `layers.minibatches(N, batch_size, rng)` does
# exactly that). For each batch, compute its loss and gradients with your
# `mlp_loss_and_grads`, and update every parameter: $\theta \leftarrow \theta - \text{lr} \cdot
# \nabla_\theta$ (`layers.sgd_step` returns the new dict). Return `(new_params, mean_loss)`,
# where `mean_loss` is the plain mean of the batch losses (every batch counts once, a smaller
# last batch too), each taken before its update. Use only
# `rng` for randomness and leave `params` unchanged. (`sgd_epoch` calls your
# `mlp_loss_and_grads`, so finish that one first: while it is still a stub, this check will
# say "not implemented yet" too.)

# %%
def sgd_epoch(params, X, y, lr, batch_size, rng):
    """One epoch of mini-batch SGD on mlp_loss_and_grads.

    params: dict of arrays (not modified); X: (N, D); y: (N,) (arrays or lists); lr: learning rate;
    batch_size: samples per step; rng: numpy Generator for the shuffle.
    Returns (new_params, mean_loss): a new dict, and the plain mean of the batch losses (each
    batch counts once), each loss taken before its batch's update.
    """
    ### BEGIN SOLUTION
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    losses = []
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)  # before this batch's update
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
    ### END SOLUTION


# %%
check("sgd_epoch")

# %% [markdown]
# ## 4. Measuring success
#
# The loss is what gradient descent minimises, but people ask a simpler question: how often is
# the answer right? The **accuracy** (정확도) is the fraction of samples whose predicted class
# equals the true label.
#
# ### Exercise 3 — `accuracy(scores, y)`
# `scores` is (N, C), one row of class scores (or probabilities) per sample; `y` is (N,).
# Which class does a row of scores predict (notebook 06 says why the scores alone are enough)?
# Return the accuracy, a number between 0 and 1.

# %%
def accuracy(scores, y):
    """Accuracy of the class scores (N, C) against the labels y (N,): a number in [0, 1]."""
    ### BEGIN SOLUTION
    scores, y = np.asarray(scores), np.asarray(y)
    return float(np.mean(np.argmax(scores, axis=1) == y))
    ### END SOLUTION


# %%
check("accuracy")

# %% [markdown]
# ## 5. Training: a linear baseline and an MLP
#
# A **baseline** (기준 모델) lets us judge a result fairly. Before we are happy with a network,
# we ask how well the simplest reasonable model does. Ours is linear softmax regression:
# `params` with only `W1` (64, 10) and `b1` (10,). Then the MLP: one **hidden layer** (은닉층) of
# 64 ReLU units, `(64, 64, 10)`. Both train with the same `fit` loop below. After every epoch,
# it records the loss and accuracy on the training and validation sets: the **learning curves**
# (학습 곡선).
# These first two runs use settings fixed in advance: learning rates 0.05 and 0.1, 40 epochs,
# batches of 32, and 64 hidden units as a first guess. Further below, the validation set chooses
# the width, the learning rate and the epoch to stop at (the 40 epochs and the batches of 32 stay
# fixed). `class_scores` runs only the forward pass (no cache is needed for predicting).

# %%
def class_scores(params, X):
    """Scores (N, C) of the ReLU network params on X (N, D), from your forward layers."""
    out, L = X, layers.num_layers(params)
    for i in range(1, L + 1):
        out, _ = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        if i < L:
            out, _ = relu_forward(out)
    return out


def fit(layer_sizes, lr, epochs=40, batch_size=32, seed=0, decay=0.0):
    """Train a fresh network on the training set; return (params, history). With ``decay``,
    every weight matrix shrinks by that fraction after each epoch (weight decay, section 9)."""
    rng = np.random.default_rng(seed)
    params = layers.he_init(layer_sizes, rng)
    history = {"train_loss": [], "val_loss": [], "train_acc": [], "val_acc": []}
    for _ in range(epochs):
        params, _ = sgd_epoch(params, X_train, y_train, lr, batch_size, rng)
        if decay:
            params = {key: value * (1 - decay) if key.startswith("W") else value for key, value in params.items()}
        for part, X_part, y_part in (("train", X_train, y_train), ("val", X_val, y_val)):
            part_scores = class_scores(params, X_part)
            history[f"{part}_loss"].append(float(softmax_cross_entropy(part_scores, y_part)[0]))
            history[f"{part}_acc"].append(accuracy(part_scores, y_part))
    return params, history


with needs("sgd_epoch", "accuracy"):
    baseline_params, baseline_history = fit((64, 10), lr=0.05)
    mlp_params, mlp_history = fit((64, 64, 10), lr=0.1)
    for name, history in ((tr("baseline"), baseline_history), ("MLP", mlp_history)):
        print(tr("{name:>8}: final train loss {loss:.3f}, train accuracy {train:.1%}, validation accuracy {val:.1%}",
                 name=name, loss=history['train_loss'][-1], train=history['train_acc'][-1],
                 val=history['val_acc'][-1]))

# %%
with needs("sgd_epoch", "accuracy"):
    epochs_axis = np.arange(1, len(mlp_history["train_loss"]) + 1)
    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(11, 4))
    for name, history, colour in (("MLP", mlp_history, "#1f77b4"),
                                  ("baseline", baseline_history, "#ff7f0e")):
        ax_loss.plot(epochs_axis, history["train_loss"], color=colour, label=f"{name} train")
        ax_loss.plot(epochs_axis, history["val_loss"], color=colour, ls="--", label=f"{name} validation")
        ax_acc.plot(epochs_axis, history["train_acc"], color=colour, label=f"{name} train")
        ax_acc.plot(epochs_axis, history["val_acc"], color=colour, ls="--", label=f"{name} validation")
    ax_loss.set_yscale("log")
    ax_loss.set_ylabel("mean cross-entropy (log scale)")
    ax_acc.set_ylim(0.85, 1.005)
    ax_acc.set_ylabel("accuracy")
    for ax, title in ((ax_loss, "Loss"), (ax_acc, "Accuracy")):
        ax.set_xlabel("epoch")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# Look at the curves. The MLP's training loss keeps falling towards 0. Its validation loss
# stops falling after about 12 epochs and then slowly goes *up*, above the baseline's. But its
# validation accuracy stays higher than the baseline's the whole time, and it does not fall:
# apart from wobbles of one image it creeps up, and it is highest at the last epoch (the sweep
# below shows it: at rate 0.1, 64 units are best at epoch 40). By the glossary's definition
# this is not overfitting, since the accuracy on new data does not get worse. What gets worse is
# the loss: the model grows *over-confident*. How can a model be right more often and still have
# the larger loss?
#
# ### Right more often, but over-confident when wrong
#
# Accuracy only asks whether the largest probability is on the true class. Cross-entropy asks
# *how much* probability the true class got, and it punishes a confident mistake without limit:
# −log 0.0001 ≈ 9.2. When the MLP pushes its training loss towards 0, its logits move further
# apart on every training image. So its answers on new images become more extreme too. They
# are mostly right, and when they are wrong, the true digit often gets almost no probability
# at all (even though the wrong class they pick is not always a sure one). Split the
# validation loss into the images
# each model gets right and those it gets wrong:

# %%
def probabilities(params, X):
    """Softmax of the network's scores, row by row (stable: the row maximum is subtracted)."""
    z = class_scores(params, X)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


with needs("sgd_epoch", "accuracy"):
    for name, model in ((tr("baseline"), baseline_params), ("MLP", mlp_params)):
        P_val = probabilities(model, X_val)
        cost = -np.log(P_val[np.arange(len(y_val)), y_val])          # each image's loss
        wrong_val = np.argmax(P_val, axis=1) != y_val
        print(tr("{name:>8}: validation loss {loss:.3f}; {mistakes} mistakes cost {wrong:.2f} each on average "
                 "and make up {share:.0%} of the loss; a right answer costs {right:.3f}; mean confidence when "
                 "wrong {confidence:.0%}", name=name, loss=cost.mean(), mistakes=wrong_val.sum(),
                 wrong=cost[wrong_val].mean(), share=cost[wrong_val].sum() / cost.sum(),
                 right=cost[~wrong_val].mean(), confidence=P_val[wrong_val].max(axis=1).mean()))

# %% [markdown]
# The MLP's few mistakes make up almost all of its validation loss: a mistake costs about 9 on
# average, as if the true digit had received a probability of e^(−9) ≈ 0.0001. (The class the
# MLP wrongly picks is less sure than that: about three in four on average. The loss measures the
# probability of the true class, not that of the winner.) The baseline is
# wrong more often, but it is less sure of its answers. So validation loss and validation
# accuracy can disagree, and the model chosen by one can differ from the model chosen by the
# other. Sometimes the probabilities themselves matter (for example, a doctor reading "98 %
# sure"). Then over-confidence is a real defect. Regularisation, early stopping or calibration
# are ways to deal with it.
#
# ### Letting the validation set choose
#
# The validation set is there to make choices. Here it makes three, with every step shown: the
# width of the hidden layer (16, 32, 64 or 128 units), the learning rate (0.03, 0.1 or 0.3) and the
# epoch to stop at. Each learning rate is about three times the one before: what matters about a
# learning rate is its order of magnitude, so the rates to try are spaced evenly on a log scale.
# Each of the 12 pairs of width and rate trains once, for 40 epochs, from the same seed. For each
# run we use **early stopping** (조기 종료): we keep the parameters of the epoch with the best
# validation accuracy (the first such epoch, on a tie), not those of the last epoch. Then the
# validation set picks the run with the highest validation accuracy. On a tie, the smaller width
# wins, and then the smaller learning rate: nothing measured speaks for the larger one, and it
# costs more or risks more. The chosen run's kept parameters *are* the chosen model: the sweep has
# already trained it, so nothing is trained twice. The linear baseline gets the same treatment
# (the three rates, early stopping), so that section 6 compares two models tuned alike. The test
# set is not used at all. (This cell trains 15 networks, so it takes a few seconds.)

# %%
def fit_with_early_stopping(layer_sizes, lr, epochs=40, batch_size=32, seed=0):
    """Train like fit, but return the parameters of the epoch with the best validation
    accuracy, with that epoch and accuracy: (params, epoch, val_accuracy)."""
    rng = np.random.default_rng(seed)
    params = layers.he_init(layer_sizes, rng)
    best = (None, 0, -1.0)
    for epoch in range(1, epochs + 1):
        params, _ = sgd_epoch(params, X_train, y_train, lr, batch_size, rng)
        val_accuracy = accuracy(class_scores(params, X_val), y_val)
        if val_accuracy > best[2]:
            best = ({key: value.copy() for key, value in params.items()}, epoch, val_accuracy)
    return best


with needs("sgd_epoch", "accuracy"):
    rates = (0.03, 0.1, 0.3)
    networks = [(64, 10)] + [(64, width, 10) for width in (16, 32, 64, 128)]    # smaller first
    runs = {(sizes, lr): fit_with_early_stopping(sizes, lr) for sizes in networks for lr in rates}
    print(tr("best validation accuracy (and its epoch) of each network at each learning rate:"))
    print(" " * 10 + "".join(f"{'lr = ' + str(lr):>13}" for lr in rates))
    for sizes in networks:
        print(f"{'-'.join(map(str, sizes)):>10}" + "".join(
            f"   {runs[sizes, lr][2]:.1%} ({runs[sizes, lr][1]:2d})" for lr in rates))
    # max keeps the first of equal values, and smaller widths and rates come first: they win a tie
    chosen_sizes, chosen_lr = max((key for key in runs if len(key[0]) == 3), key=lambda key: runs[key][2])
    chosen_width = chosen_sizes[1]
    chosen_params, chosen_epoch, _ = runs[chosen_sizes, chosen_lr]
    baseline_lr = max(rates, key=lambda lr: runs[(64, 10), lr][2])
    best_baseline_params, baseline_epoch, _ = runs[(64, 10), baseline_lr]
    print(tr("the validation set chooses {width} hidden units and learning rate {lr}, stopped after epoch {epoch}",
             width=chosen_width, lr=chosen_lr, epoch=chosen_epoch))
    print(tr("for the linear baseline it chooses learning rate {lr}, stopped after epoch {epoch}",
             lr=baseline_lr, epoch=baseline_epoch))

# %% [markdown]
# Read the table along its rows: for every network the largest rate does best, and its best epoch
# comes earlier at 0.3 than at 0.03 (larger steps get there sooner). Read it down the columns: the
# widest network is best at every rate. The winner, 128 units at rate 0.3, is ahead of the next
# best by one image (97.5 % against 97.2 %), which is within the noise (section 6 says why).
# Its rate is also the largest we tried. When the best value sits at the edge of the range, a
# real project tries one step further (1.0 here) before it trusts the choice. We stop here to
# keep the notebook quick. Weight decay (section 9) is one more setting the validation set could
# choose, and we leave it out of the sweep for the same reason.
#
# ## 6. The test set, once
#
# Now, and only now, the test images, for one model: the one the validation set chose, which is
# the model we would deliver.

# %%
with needs("sgd_epoch", "accuracy"):
    chosen_test_accuracy = accuracy(class_scores(chosen_params, X_test), y_test)
    print(tr("test accuracy, chosen MLP 64-{width}-10 (learning rate {lr}, epoch {epoch}): {accuracy:.1%} "
             "({wrong} of {total} wrong)", width=chosen_width, lr=chosen_lr, epoch=chosen_epoch,
             accuracy=chosen_test_accuracy,
             wrong=round((1 - chosen_test_accuracy) * len(y_test)), total=len(y_test)))
    print(tr("MLP reaches at least 95 %: {reached}", reached=chosen_test_accuracy >= 0.95))

# %% [markdown]
# This number is an honest estimate of how the chosen model does on new handwriting, exactly
# because the test set played no part in choosing it. We score no other model on the test set.
# If we compared several models there and kept the best, its test score would be too
# optimistic: one test image is 0.3 %, and a difference of two or three images is within the
# noise of such a small test set. How much did the hidden layer add to the baseline? That
# comparison is a choice too, so it is made on the validation set:

# %%
with needs("sgd_epoch", "accuracy"):
    for name, model in ((tr("linear softmax baseline"), best_baseline_params),
                        (tr("chosen MLP 64-{width}-10", width=chosen_width), chosen_params)):
        val_accuracy = accuracy(class_scores(model, X_val), y_val)
        print(tr("validation accuracy, {name:24s} {accuracy:.1%} ({wrong} of {total} wrong)", name=name,
                 accuracy=val_accuracy, wrong=round((1 - val_accuracy) * len(y_val)), total=len(y_val)))

# %% [markdown]
# The baseline is already good: by today's standards, these small, centred digits are an easy
# problem. Its learning rate was chosen on the validation set too, so the comparison is fair. The
# hidden layer cuts the validation mistakes from 13 to 9, by almost a third. (Part of that gap is
# the luck of choosing: the MLP's figure is the best of 12 runs, the baseline's the best of 3,
# and the best of more tries flatters more.)
#
# ## 7. Which digits does it confuse?
#
# One accuracy number hides *which* mistakes a model makes. A **confusion matrix** (혼동 행렬)
# shows them all: entry $M_{ij}$ counts the test images of true class $i$ that the model
# predicted as class $j$. A perfect model puts every count on the diagonal.
#
# ### Exercise 4 — `confusion_matrix(y_true, y_pred, num_classes)`
# Return the (C, C) matrix of counts with rows for the true class and columns for the predicted
# class. Be careful with one NumPy behaviour: `M[y_true, y_pred] += 1` counts a repeated pair only once
# (a loop, or `np.add.at`, counts every one).

# %%
def confusion_matrix(y_true, y_pred, num_classes):
    """Counts M (C, C): M[i, j] = number of samples of true class i predicted as j."""
    ### BEGIN SOLUTION
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    M = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(M, (y_true, y_pred), 1)
    return M
    ### END SOLUTION


# %%
check("confusion_matrix")

# %%
with needs("sgd_epoch", "accuracy", "confusion_matrix"):
    test_pred = np.argmax(class_scores(chosen_params, X_test), axis=1)   # the one model we test
    M = confusion_matrix(y_test, test_pred, 10)
    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.imshow(M, cmap="Blues")
    for i in range(10):
        for j in range(10):
            if M[i, j]:
                ax.text(j, i, M[i, j], ha="center", va="center",
                        color="white" if M[i, j] > M.max() / 2 else "black")
    ax.set_xticks(range(10))
    ax.set_yticks(range(10))
    ax.set_xlabel("predicted digit")
    ax.set_ylabel("true digit")
    ax.set_title(f"chosen MLP 64-{chosen_width}-10 on the test set")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 8. A gallery of mistakes
#
# Finally, look at the images themselves. Many of the network's mistakes are digits that a
# person might also find hard to read. A few are clear errors. Looking at failures is how you find out what
# a model still has to learn (and sometimes, which labels in the data are wrong).

# %%
with needs("sgd_epoch", "accuracy", "confusion_matrix"):
    wrong = np.flatnonzero(test_pred != y_test)
    print(tr("{count} test images misread", count=len(wrong)))
    shown = wrong[:12]
    fig, axes = plt.subplots(1, max(len(shown), 1), figsize=(1.2 * max(len(shown), 1), 1.8))
    for ax, k in zip(np.atleast_1d(axes), shown, strict=False):
        ax.imshow(data["X_test"][k].reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
        ax.set_title(f"true {y_test[k]}\nsaid {test_pred[k]}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 9. What the first layer looks for
#
# Each column of `W1` holds the weights one unit gives to the 64 pixels, so it can be drawn as an
# 8×8 image: orange where ink raises the unit's input, blue where ink lowers it (the pixels were
# standardised, so "ink" means more ink than average there). For the linear baseline each of its
# 10 columns scores one digit directly, and the images are rough templates: the 0 is blue in
# the middle, where a 0 has no ink.
#
# The MLP's hidden units are not digits. They are **features** (특징) that help several digits
# at once, and the second layer combines them. This is like the hidden layer of notebook 03,
# which turned XOR into a problem a line could solve. Be careful when you read them. A trained
# weight is its random starting value plus what training added, and here the starting value is
# still the larger part (training moved the columns by less than half of their starting size).
# So the middle row subtracts the starting value. It shows only what training added to the ten
# units that it changed most: smoother blobs and strokes where digits differ from each other.
#
# **Weight decay** (가중치 감쇠) makes the features themselves visible. After every epoch we
# shrink every weight matrix by 5 % (`fit(..., decay=0.05)`). A weight that the gradient keeps
# needing is pushed back each time; a random starting value that no gradient supports fades
# away. The last row shows the ten largest first-layer columns of that network as they are,
# with nothing subtracted, and the right-hand plot shows what weight decay does to the
# validation loss: without it the loss is lowest at epoch 15 (0.327) and then creeps up to
# 0.341; with it the loss keeps falling to 0.201, while the validation accuracy is 97.5 %
# against 96.7 %. The hidden layer is a learned feature extractor.

# %%
with needs("sgd_epoch", "accuracy"):
    feature_cmap = plots.output_colormap()     # blue negative, white 0, orange positive
    W_base = baseline_params["W1"]              # (64, 10): one template per digit
    W_hidden = mlp_params["W1"]                 # (64, 64): one feature per hidden unit
    # fit((64, 64, 10), lr=0.1) started from he_init with a fresh default_rng(0): the same start.
    W_start = layers.he_init((64, 64, 10), np.random.default_rng(0))["W1"]
    learned = W_hidden - W_start
    units = np.argsort(-np.linalg.norm(learned, axis=0))[:10]
    print(tr("mean column size: at the start {start:.2f}, change by training {change:.2f}",
             start=np.linalg.norm(W_start, axis=0).mean(), change=np.linalg.norm(learned, axis=0).mean()))
    decayed_params, decayed_history = fit((64, 64, 10), lr=0.1, decay=0.05)
    W_decayed = decayed_params["W1"]
    strongest = np.argsort(-np.linalg.norm(W_decayed, axis=0))[:10]
    print(tr("with weight decay 0.05: validation loss {loss:.3f} at epoch 40 (without: lowest {lowest:.3f} at epoch "
             "{epoch}, {last:.3f} at epoch 40); validation accuracy {accuracy:.1%} (without: {plain:.1%})",
             loss=decayed_history["val_loss"][-1], lowest=min(mlp_history["val_loss"]),
             epoch=int(np.argmin(mlp_history["val_loss"])) + 1, last=mlp_history["val_loss"][-1],
             accuracy=decayed_history["val_acc"][-1], plain=mlp_history["val_acc"][-1]))
    rows = [(W_base[:, k], f"digit {k}") for k in range(10)]
    rows += [(learned[:, u], f"unit {u}: added") for u in units]
    rows += [(W_decayed[:, u], f"decay, unit {u}") for u in strongest]
    fig = plt.figure(figsize=(14, 4.8))
    grid = fig.add_gridspec(3, 13, wspace=0.15)
    axes = np.array([[fig.add_subplot(grid[r, c]) for c in range(10)] for r in range(3)])
    ax_curve = fig.add_subplot(grid[:, 10:])
    ax_curve.plot(np.arange(1, 41), mlp_history["val_loss"], label="no decay")
    ax_curve.plot(np.arange(1, 41), decayed_history["val_loss"], label="decay 0.05")
    ax_curve.set_xlabel("epoch")
    ax_curve.set_ylabel("validation loss")
    ax_curve.legend(fontsize=8)
    for ax, (weights, title) in zip(axes.ravel(), rows):
        limit = np.abs(weights).max()
        ax.imshow(weights.reshape(8, 8), cmap=feature_cmap, vmin=-limit, vmax=limit)
        ax.set_title(title, fontsize=7)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle("top: the baseline's weights per digit; middle: what training added to ten hidden units; "
                 "bottom: ten units trained with weight decay; right: validation loss", fontsize=10)
    ax_curve.set_position([0.8, 0.15, 0.18, 0.7])   # the images keep their grid; the curve sits right
    plt.show()

# %% [markdown]
# ## 10. Layer by layer, the digits cluster
#
# The lecture notes say that deeper layers *cluster* the data: each layer moves images of the
# same digit closer together and pushes different digits apart, until the last layer can
# separate them with straight lines. Let us measure it on the chosen model, for the validation
# images, at each stage: the input pixels, the hidden layer's ReLU outputs, and the output
# scores. Two numbers per stage: how often an image's nearest class centre (the mean of that
# class's *training* images at the same stage) is its own class, and the spread between the
# class centres divided by the spread within a class. The plots show each stage squashed to
# two dimensions by principal component analysis (the two directions along which the training
# images spread most), one colour per digit. Both numbers grow stage by stage: the nearest centre
# is right for 88.9 %, 92.8 % and 95.0 % of the images, and the ratio of spreads goes from 0.27 to
# 0.35 to 2.41.

# %%
def stages(params, X):
    """[(name, array)] of the input and of every layer's output, from your forward layers."""
    out, L = X, layers.num_layers(params)
    found = [("input pixels", X)]
    for i in range(1, L + 1):
        out, _ = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        if i < L:
            out, _ = relu_forward(out)
        found.append((f"hidden layer {i}" if i < L else "output scores", out))
    return found


with needs("sgd_epoch", "accuracy"):
    fig, axes = plt.subplots(1, 3, figsize=(13, 4))
    for ax, (name, H_train), (_, H_val) in zip(axes, stages(chosen_params, X_train), stages(chosen_params, X_val)):
        centres = np.stack([H_train[y_train == c].mean(axis=0) for c in range(10)])        # (10, width)
        nearest = np.argmin(((H_val[:, None, :] - centres[None]) ** 2).sum(axis=2), axis=1)
        within = np.mean([((H_val[y_val == c] - centres[c]) ** 2).sum(axis=1).mean() for c in range(10)])
        between = ((centres - centres.mean(axis=0)) ** 2).sum(axis=1).mean()
        print(tr("{name:14s} ({numbers:3d} numbers): nearest class centre right for {right:.1%}, "
                 "spread between / within classes {ratio:.2f}", name=tr(name), numbers=H_val.shape[1],
                 right=np.mean(nearest == y_val), ratio=between / within))
        mean = H_train.mean(axis=0)
        directions = np.linalg.svd(H_train - mean, full_matrices=False)[2][:2]      # top 2, from training
        flat = (H_val - mean) @ directions.T
        ax.scatter(flat[:, 0], flat[:, 1], c=y_val, cmap="tab10", s=8)
        low, high = np.percentile(flat, [1, 99], axis=0)        # a few far-out images would squash the view
        ax.set_xlim(low[0], high[0])
        ax.set_ylim(low[1], high[1])
        ax.set_title(name)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle("validation images at each stage of the chosen MLP (colour = digit)", fontsize=10)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## Summary
#
# - A multilayer perceptron is a stack of affine layers with ReLUs between them and softmax
#   cross-entropy on top; its gradients come from going through the same layers backwards.
# - Check the gradients of the whole model numerically before training.
# - Train on the training set, choose settings on the validation set, and report the test set
#   once, at the end.
# - Mini-batch SGD takes many cheap, noisy steps per epoch; shuffle every epoch.
# - Let the validation set make the choices (here the width, the learning rate and, by early
#   stopping, the epoch), and break a tie by a rule fixed in advance.
#   Validation loss and accuracy can disagree: an over-confident model is right more often and
#   still has a large cross-entropy because of its few mistakes, on which the true class gets almost
#   no probability.
# - The first layer's weights, drawn as images, show the features the hidden units look for.
# - Layer by layer the images of one digit move together: the nearest class centre is right more
#   often, and the classes spread apart.
# - Always compare with a simple baseline; look at the confusion matrix and at the mistakes,
#   not only at one accuracy number.
#
# On these digits the linear baseline reads 96.4 % of the validation images correctly, and the
# network the validation set chose, with one hidden layer of 128 units trained at learning rate
# 0.3, reads 97.5 % of the test images. Larger images and harder data sets need more than that:
# convolutions, better optimisers, regularisation. But all of these are built from the pieces you
# now know.
