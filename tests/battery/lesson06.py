"""Lesson 06 — softmax and cross-entropy: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A


def _train(init: str = "    W = 0.01 * rng.normal(size=(D, num_classes))\n    b = np.zeros(num_classes)\n",
           body: str = "", ret: str = "    return W, b, losses\n") -> str:
    body = body or """        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
"""
    return ("def train_softmax_regression(X, y, num_classes, lr, epochs, rng):\n"
            "    X = np.asarray(X, dtype=float)\n    y = np.asarray(y)\n    D = X.shape[1]\n"
            + init + "    losses = []\n    for _ in range(epochs):\n" + body + ret)


WRONG = [
    # --- softmax --------------------------------------------------------------------------------
    A("softmax", "no-shift", "'stable for large logits': exp(1000) overflows", """
def softmax(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "global-max", "'Subtract each row's maximum': the global maximum underflows a row far below it", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "columns", "'along the last axis': sums over axis 0 normalise columns", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
"""),
    A("softmax", "in-place", "'Don't change z in place'", """
def softmax(z):
    z -= np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "rejects-lists", "'accept lists': list.max does not exist", """
def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "axis-one", "a 1-D z of shape (C,) has no axis 1", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
"""),
    A("softmax", "no-keepdims", "without keepdims the row sums broadcast along the wrong axis (and fail unless N = C)", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1)
"""),
    A("softmax", "mean-shift", "a shift by the row mean does not stop exp from overflowing", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.mean(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "errstate-nan", "'stable for large logits': hiding the overflow leaves inf/inf = NaN", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)
"""),
    A("softmax", "normalise-by-sum", "z / Σz is not the softmax", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    return z / z.sum(axis=-1, keepdims=True)
"""),
    # --- one_hot --------------------------------------------------------------------------------
    A("one_hot", "columns-from-labels", "'Take the number of columns from num_classes, not from the labels'", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if y.min() < 0 or y.max() >= num_classes:
        raise ValueError(f"label out of range: {y[(y < 0) | (y >= num_classes)][0]}")
    return np.eye(y.max() + 1)[y]
"""),
    A("one_hot", "negative-passes", "'NumPy reads index −1 as the last column … unless you check'", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if np.any(y >= num_classes):
        raise ValueError(f"label {y.max()} is not below {num_classes}")
    return np.eye(num_classes)[y]
"""),
    A("one_hot", "index-error", "'raise a ValueError': an out-of-range label raises IndexError", """
def one_hot(y, num_classes):
    return np.eye(num_classes)[np.asarray(y)]
"""),
    A("one_hot", "int-dtype", "'Return a float array'", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    bad = y[(y < 0) | (y >= num_classes)]
    if bad.size:
        raise ValueError(f"label {bad[0]} is outside 0..{num_classes - 1}")
    out = np.zeros((len(y), num_classes), dtype=int)
    out[np.arange(len(y)), y] = 1
    return out
"""),
    A("one_hot", "silent-message", "'raise a ValueError that says which label is wrong'", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if np.any((y < 0) | (y >= num_classes)):
        raise ValueError("bad input")
    return np.eye(num_classes)[y]
"""),
    A("one_hot", "bool", "'a float array … with a single 1 per row', not booleans", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    bad = y[(y < 0) | (y >= num_classes)]
    if bad.size:
        raise ValueError(f"label {bad[0]} is outside 0..{num_classes - 1}")
    return y[:, None] == np.arange(num_classes)[None, :]
"""),
    A("one_hot", "rejects-lists", "'a list is fine': y.shape on a list raises", """
def one_hot(y, num_classes):
    if min(y) < 0 or max(y) >= num_classes:
        raise ValueError(f"label out of range in {y}")
    out = np.zeros((y.shape[0], num_classes))
    out[np.arange(y.shape[0]), y] = 1.0
    return out
"""),
    A("one_hot", "transposed", "'(N, num_classes)', not (num_classes, N)", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    bad = y[(y < 0) | (y >= num_classes)]
    if bad.size:
        raise ValueError(f"label {bad[0]} is outside 0..{num_classes - 1}")
    return np.eye(num_classes)[:, y]
"""),
    # --- entropy --------------------------------------------------------------------------------
    A("entropy", "nan-at-zero", "'Treat 0·log 0 as 0 without warnings'", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log(p), axis=-1)
"""),
    A("entropy", "errstate-nan-to-num", "'without warnings': errstate only hides them", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(np.nan_to_num(p * np.log(p)), axis=-1)
"""),
    A("entropy", "bits", "'in nats': log2 gives bits", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    logp = np.log2(p, where=p > 0, out=np.zeros_like(p))
    return -np.sum(p * logp, axis=-1)
"""),
    A("entropy", "missing-minus", "H = -Σ p log p", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return np.sum(p * np.log(p, where=p > 0, out=np.zeros_like(p)), axis=-1)
"""),
    A("entropy", "sum-all", "'one per row for a 2-D p'", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log(p, where=p > 0, out=np.zeros_like(p)))
"""),
    A("entropy", "axis-zero", "'along the last axis'", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log(p, where=p > 0, out=np.zeros_like(p)), axis=0)
"""),
    A("entropy", "int-list", "'a list is fine': zeros_like of the int list [1, 0] cannot hold the logs", """
def entropy(p):
    p = np.asarray(p)
    return -np.sum(p * np.log(p, where=p > 0, out=np.zeros_like(p)), axis=-1)
"""),
    A("entropy", "mean", "a sum over classes, not a mean", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.mean(p * np.log(p, where=p > 0, out=np.zeros_like(p)), axis=-1)
"""),
    # --- cross_entropy --------------------------------------------------------------------------
    A("cross_entropy", "one-hot-product", "'Do not multiply by a one-hot matrix: the product would evaluate 0·log 0'", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    return float(-np.mean(np.sum(one_hot(y, p.shape[1]) * np.log(p), axis=1)))
"""),
    A("cross_entropy", "sum", "'the mean over the batch', not the sum", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return float(-np.sum(np.log(p[np.arange(len(y)), y])))
"""),
    A("cross_entropy", "missing-minus", "the mean of -log p", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return float(np.mean(np.log(p[np.arange(len(y)), y])))
"""),
    A("cross_entropy", "column-index", "p[:, y] picks an (N, N) block, not one entry per row", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    return float(-np.mean(np.log(p[:, y])))
"""),
    A("cross_entropy", "per-sample", "'Returns: a number'", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return -np.log(p[np.arange(len(y)), y])
"""),
    A("cross_entropy", "log10", "natural log, not log10", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return float(-np.mean(np.log10(p[np.arange(len(y)), y])))
"""),
    A("cross_entropy", "mean-over-classes", "the mean is over the batch; averaging over the classes too divides by C", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    logs = np.zeros_like(p)
    logs[np.arange(len(y)), y] = -np.log(p[np.arange(len(y)), y])
    return float(np.mean(logs))
"""),
    # --- binary_cross_entropy -------------------------------------------------------------------
    A("binary_cross_entropy", "formula-nan", "'Make sure you do not compute 0·log 0': NaN for a sure, right answer", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))
"""),
    A("binary_cross_entropy", "clip", "'costs exactly 0': clipping p to [1e-7, 1 - 1e-7] charges a sure right answer", """
def binary_cross_entropy(p, t):
    p = np.clip(np.asarray(p, dtype=float), 1e-7, 1 - 1e-7)
    t = np.asarray(t, dtype=float)
    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))
"""),
    A("binary_cross_entropy", "errstate-nan-to-num", "'do not compute 0·log 0': hiding it under errstate still computes it", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.nan_to_num(t * np.log(p)) + np.nan_to_num((1 - t) * np.log(1 - p))
    return float(-np.mean(terms))
"""),
    A("binary_cross_entropy", "sum", "'Return the mean over the batch'", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    out = np.zeros(len(p))
    out[t == 1] = -np.log(p[t == 1])
    out[t == 0] = -np.log(1 - p[t == 0])
    return float(out.sum())
"""),
    A("binary_cross_entropy", "terms-swapped", "-log p when t = 1, -log(1 - p) when t = 0", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    out = np.zeros(len(p))
    out[t == 1] = -np.log(1 - p[t == 1])
    out[t == 0] = -np.log(p[t == 0])
    return float(out.mean())
"""),
    A("binary_cross_entropy", "epsilon-inside-log", "log(p + 1e-12) charges a sure right answer a little and is not the formula", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t, dtype=float)
    return float(-np.mean(t * np.log(p + 1e-9) + (1 - t) * np.log(1 - p + 1e-9)))
"""),
    # --- softmax_cross_entropy ------------------------------------------------------------------
    A("softmax_cross_entropy", "log-of-softmax", "'Compute the loss by log-sum-exp': log(softmax) is log 0 for logits of size 10⁴", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    p = softmax(z)
    N = len(y)
    return float(-np.mean(np.log(p[np.arange(N), y]))), (p - one_hot(y, z.shape[1])) / N
"""),
    A("softmax_cross_entropy", "dz-not-averaged", "'each row of the gradient has a factor 1/N'", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return float(np.mean(lse - z[np.arange(N), y])), softmax(z) - one_hot(y, z.shape[1])
"""),
    A("softmax_cross_entropy", "dz-sign", "∂L/∂Z = (softmax(Z) − Y)/N, not (Y − softmax(Z))/N", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return float(np.mean(lse - z[np.arange(N), y])), (one_hot(y, z.shape[1]) - softmax(z)) / N
"""),
    A("softmax_cross_entropy", "loss-sum", "'the mean cross-entropy', not the sum", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return float(np.sum(lse - z[np.arange(N), y])), (softmax(z) - one_hot(y, z.shape[1])) / N
"""),
    A("softmax_cross_entropy", "global-max-lse", "the maximum is taken out per row: a global shift underflows a row far below", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max()
    lse = m + np.log(np.exp(z - m).sum(axis=1))
    return float(np.mean(lse - z[np.arange(N), y])), (softmax(z) - one_hot(y, z.shape[1])) / N
"""),
    A("softmax_cross_entropy", "no-shift-lse", "log-sum-exp without the maximum overflows for logits of 10⁴", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    lse = np.log(np.exp(z).sum(axis=1))
    return float(np.mean(lse - z[np.arange(N), y])), (softmax(z) - one_hot(y, z.shape[1])) / N
"""),
    A("softmax_cross_entropy", "averaged-twice", "the 1/N belongs once: dividing dz by N² averages twice", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    dz = (softmax(z) - one_hot(y, z.shape[1])) / N
    return float(np.mean(lse - z[np.arange(N), y])), dz / N
"""),
    A("softmax_cross_entropy", "clipped-log", "clipping p before the log changes the loss of a sure wrong answer at 10⁴", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    p = softmax(z)
    loss = -np.mean(np.log(np.clip(p[np.arange(N), y], 1e-12, 1.0)))
    return float(loss), (p - one_hot(y, z.shape[1])) / N
"""),
    # --- train_softmax_regression ---------------------------------------------------------------
    A("train_softmax_regression", "loss-after-update", "'Record the loss of every epoch': the loss the epoch's step was computed from, not after it",
      _train(body="""        loss, dz = softmax_cross_entropy(X @ W + b, y)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
        losses.append(softmax_cross_entropy(X @ W + b, y)[0])
""")),
    A("train_softmax_regression", "zero-init", "'Start from small random weights, W = 0.01 * rng.normal(size=(D, C))'",
      _train(init="    W = np.zeros((D, num_classes))\n    b = np.zeros(num_classes)\n")),
    A("train_softmax_regression", "global-rng", "'Use only rng for randomness'",
      _train(init="    W = 0.01 * np.random.normal(size=(D, num_classes))\n    b = np.zeros(num_classes)\n")),
    A("train_softmax_regression", "unscaled-init", "W = 0.01 * rng.normal(...): the 0.01 is missing",
      _train(init="    W = rng.normal(size=(D, num_classes))\n    b = np.zeros(num_classes)\n")),
    A("train_softmax_regression", "random-bias", "'and b = 0'",
      _train(init="    W = 0.01 * rng.normal(size=(D, num_classes))\n    b = 0.01 * rng.normal(size=num_classes)\n")),
    A("train_softmax_regression", "db-mean", "db = Σ_k dZ_k (dz already holds 1/N): the mean averages twice",
      _train(body="""        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.mean(axis=0)
""")),
    A("train_softmax_regression", "dw-over-n", "dW = Xᵀ dZ: dividing by N again averages twice",
      _train(body="""        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz) / len(X)
        b = b - lr * dz.sum(axis=0) / len(X)
""")),
    A("train_softmax_regression", "ascent", "gradient descent subtracts lr × gradient",
      _train(body="""        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W + lr * (X.T @ dz)
        b = b + lr * dz.sum(axis=0)
""")),
    A("train_softmax_regression", "losses-array", "'losses a list of epochs numbers': returns an ndarray", _train(ret="    return W, b, np.array(losses)\n")),
    A("train_softmax_regression", "minibatches", "'Full-batch gradient descent': shuffled mini-batches of 32",
      _train(body="""        order = rng.permutation(len(X))
        total = 0.0
        for start in range(0, len(X), 32):
            idx = order[start:start + 32]
            loss, dz = softmax_cross_entropy(X[idx] @ W + b, y[idx])
            total += loss * len(idx)
            W = W - lr * (X[idx].T @ dz)
            b = b - lr * dz.sum(axis=0)
        losses.append(total / len(X))
""")),
    A("train_softmax_regression", "one-epoch-extra", "'for each of epochs epochs': one more step than asked",
      _train(body="""        loss, dz = softmax_cross_entropy(X @ W + b, y)
        losses.append(loss)
        W = W - lr * (X.T @ dz)
        b = b - lr * dz.sum(axis=0)
""", ret="""    loss, dz = softmax_cross_entropy(X @ W + b, y)
    W = W - lr * (X.T @ dz)
    b = b - lr * dz.sum(axis=0)
    return W, b, losses
""")),
    A("train_softmax_regression", "weights-transposed-init", "W of shape (D, C) drawn as rng.normal(size=(C, D)).T draws a different W",
      _train(init="    W = 0.01 * rng.normal(size=(num_classes, D)).T\n    b = np.zeros(num_classes)\n")),
    A("one_hot", "negatives-only", "'A label outside 0 .. num_classes - 1 … raise a ValueError': a too-large label raises IndexError", """
def one_hot(y, num_classes):
    y = np.asarray(y)
    if np.any(y < 0):
        raise ValueError(f"negative label {y[y < 0][0]}")
    return np.eye(num_classes)[y]
"""),
    A("cross_entropy", "predicted-class", "-log p of the true class y, not of the predicted class", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    return float(-np.mean(np.log(p.max(axis=1))))
"""),
    A("binary_cross_entropy", "missing-minus", "the mean of -[t log p + (1 - t) log(1 - p)]", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    out = np.zeros(len(p))
    out[t == 1] = np.log(p[t == 1])
    out[t == 0] = np.log(1 - p[t == 0])
    return float(out.mean())
"""),
    A("cross_entropy", "log-of-mean", "the mean of -log p, not -log of the mean p", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return float(-np.log(np.mean(p[np.arange(len(y)), y])))
"""),
    A("binary_cross_entropy", "rows-swapped", "'cross_entropy on the rows (1 − p, p)': (p, 1 − p) scores class 0 with p", """
def binary_cross_entropy(p, t):
    p = np.asarray(p, dtype=float)
    return cross_entropy(np.column_stack([p, 1 - p]), np.asarray(t).astype(int))
"""),
    A("softmax", "log-softmax", "'Returns: probabilities': log-probabilities are not", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    s = z - z.max(axis=-1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=-1, keepdims=True))
"""),
    A("softmax_cross_entropy", "dz-without-labels", "∂L/∂Z = (softmax(Z) − Y)/N: the one-hot Y is missing", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    return float(np.mean(lse - z[np.arange(N), y])), softmax(z) / N
"""),
    A("train_softmax_regression", "loc-not-scale", "rng.normal(0.01, size=…) sets the mean to 0.01: 'W = 0.01 * rng.normal(size=(D, C))'",
      _train(init="    W = rng.normal(0.01, size=(D, num_classes))\n    b = np.zeros(num_classes)\n")),
    A("train_softmax_regression", "extra-final-loss", "'losses a list of epochs numbers': one more loss after the last step", _train(
        ret="    losses.append(softmax_cross_entropy(X @ W + b, y)[0])\n    return W, b, losses\n")),
]

RIGHT = [
    A("softmax", "row-max", "subtract the row max, keepdims", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
"""),
    A("softmax", "log-sum-exp", "exp(z - logsumexp(z)) with the row max", """
def softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)
"""),
    A("softmax", "two-cases", "separate 1-D and 2-D cases", """
def softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    e = np.exp(z - z.max(axis=1)[:, None])
    return e / e.sum(axis=1)[:, None]
"""),
    A("one_hot", "eye-checked", "np.eye indexed by the checked labels", """
def one_hot(y, num_classes):
    y = np.asarray(y, dtype=int)
    bad = y[(y < 0) | (y >= num_classes)]
    if bad.size:
        raise ValueError(f"label {bad[0]} is outside 0..{num_classes - 1}")
    return np.eye(num_classes)[y]
"""),
    A("one_hot", "loop", "a loop over labels", """
def one_hot(y, num_classes):
    out = np.zeros((len(y), num_classes))
    for i, label in enumerate(y):
        if not 0 <= label < num_classes:
            raise ValueError(f"label {label} at position {i} is out of range 0..{num_classes - 1}")
        out[i, label] = 1.0
    return out
"""),
    A("entropy", "where-out", "np.log with where and out", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log(p, where=p > 0, out=np.zeros_like(p)), axis=-1)
"""),
    A("entropy", "safe-log", "log of p where p > 0, of 1 elsewhere", """
def entropy(p):
    p = np.asarray(p, dtype=float)
    safe = np.where(p > 0, p, 1.0)
    return -(p * np.log(safe)).sum(axis=-1)
"""),
    A("cross_entropy", "fancy-index", "p[np.arange(N), y]", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y)
    return float(-np.mean(np.log(p[np.arange(len(y)), y])))
"""),
    A("cross_entropy", "take-along", "np.take_along_axis", """
def cross_entropy(p, y):
    p = np.asarray(p, dtype=float)
    picked = np.take_along_axis(p, np.asarray(y)[:, None], axis=1)
    return -np.log(picked).mean()
"""),
    A("binary_cross_entropy", "masks", "each sample uses only its own term", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    out = np.zeros(len(p))
    out[t == 1] = -np.log(p[t == 1])
    out[t == 0] = -np.log(1 - p[t == 0])
    return float(out.mean())
"""),
    A("binary_cross_entropy", "via-cross-entropy", "cross_entropy on the rows (1 - p, p)", """
def binary_cross_entropy(p, t):
    p = np.asarray(p, dtype=float)
    return cross_entropy(np.column_stack([1 - p, p]), np.asarray(t).astype(int))
"""),
    A("binary_cross_entropy", "pick-probability", "the probability given to the true class, then -log", """
def binary_cross_entropy(p, t):
    p, t = np.asarray(p, dtype=float), np.asarray(t)
    q = np.where(t == 1, p, 1 - p)
    return float(np.mean(-np.log(q)))
"""),
    A("softmax_cross_entropy", "log-sum-exp", "row-max log-sum-exp; (softmax − Y)/N", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = len(y)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    loss = np.mean(lse - z[np.arange(N), y])
    return float(loss), (softmax(z) - one_hot(y, z.shape[1])) / N
"""),
    A("softmax_cross_entropy", "log-softmax", "a stable log-softmax; dz in place on a copy", """
def softmax_cross_entropy(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y)
    N = z.shape[0]
    shifted = z - z.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    loss = -log_p[np.arange(N), y].mean()
    dz = np.exp(log_p)
    dz[np.arange(N), y] -= 1.0
    return float(loss), dz / N
"""),
    A("train_softmax_regression", "full-batch", "as the text lists it", _train()),
    A("train_softmax_regression", "standard-normal", "rng.standard_normal draws the same numbers; in-place updates on own arrays", """
def train_softmax_regression(X, y, num_classes, lr, epochs, rng):
    X = np.asarray(X, dtype=float)
    W = 0.01 * rng.standard_normal((X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for epoch in range(epochs):
        loss, dz = softmax_cross_entropy(X @ W + b, y)
        dW = X.T @ dz
        db = np.sum(dz, axis=0)
        W -= lr * dW
        b -= lr * db
        losses.append(float(loss))
    return W, b, losses
"""),
    A("cross_entropy", "loop", "a loop over the rows", """
def cross_entropy(p, y):
    total = 0.0
    for row, label in zip(np.asarray(p, dtype=float), y):
        total += -np.log(row[label])
    return total / len(y)
"""),
]
