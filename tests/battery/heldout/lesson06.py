"""Held-out answers for lesson 06 (softmax and cross-entropy)."""

from tests.battery import Answer


def _sce(loss: str, dz: str, pre: str = "") -> str:
    return ("def softmax_cross_entropy(z, y):\n    z = np.asarray(z, float); y = np.asarray(y)\n    N, C = z.shape\n" + pre
            + "    m = z.max(axis=1, keepdims=True)\n"
            "    lse = (m + np.log(np.sum(np.exp(z - m), axis=1, keepdims=True))).ravel()\n"
            f"    loss = {loss}\n    dz = {dz}\n    return loss, dz\n")


SCE_LOSS = "float(np.mean(lse - z[np.arange(N), y]))"
SCE_DZ = "(softmax(z) - one_hot(y, C)) / N"


def _train(init: str = "    W = 0.01 * rng.normal(size=(D, C))\n    b = np.zeros(C)\n",
           loop: str = ("        loss, dz = softmax_cross_entropy(X @ W + b, y)\n        losses.append(loss)\n"
                        "        dW = X.T @ dz\n        db = dz.sum(axis=0)\n        W = W - lr * dW\n        b = b - lr * db\n"),
           ret: str = "W, b, losses") -> str:
    return ("def train_softmax_regression(X, y, num_classes, lr, epochs, rng):\n"
            "    X = np.asarray(X, float); y = np.asarray(y)\n    D, C = X.shape[1], num_classes\n" + init
            + "    losses = []\n    for _ in range(epochs):\n" + loop + f"    return {ret}\n")


WRONG = [
    # --- softmax ----------------------------------------------------------------------------
    Answer("softmax", "naive",
           "“stable for large logits”: e^710 overflows.",
           "def softmax(z):\n    e = np.exp(np.asarray(z, float))\n    return e / e.sum(axis=-1, keepdims=True)\n"),
    Answer("softmax", "global-max",
           "“Subtract each row's maximum”: the global maximum underflows a row far below it (0/0).",
           "def softmax(z):\n    z = np.asarray(z, float)\n    e = np.exp(z - z.max())\n    return e / e.sum(axis=-1, keepdims=True)\n"),
    Answer("softmax", "axis-0",
           "“along the last axis … each row becomes a distribution”.",
           "def softmax(z):\n    z = np.asarray(z, float)\n    e = np.exp(z - z.max(axis=0, keepdims=True))\n"
           "    return e / e.sum(axis=0, keepdims=True)\n"),
    Answer("softmax", "no-keepdims",
           "“keepdims=True makes the shapes match”: without it a square batch divides by column sums.",
           "def softmax(z):\n    z = np.asarray(z, float)\n    e = np.exp(z - z.max(axis=-1, keepdims=True))\n"
           "    return e / e.sum(axis=-1)\n"),
    Answer("softmax", "in-place",
           "“Don't change z in place”.",
           "def softmax(z):\n    z = np.asarray(z, float)\n    z -= z.max(axis=-1, keepdims=True)\n    np.exp(z, out=z)\n"
           "    z /= z.sum(axis=-1, keepdims=True)\n    return z\n"),
    Answer("softmax", "mean-shift",
           "Choose c = max: a shift by the mean still overflows when the logits are far apart.",
           "def softmax(z):\n    z = np.asarray(z, float)\n    e = np.exp(z - z.mean(axis=-1, keepdims=True))\n"
           "    return e / e.sum(axis=-1, keepdims=True)\n"),
    Answer("softmax", "clipped",
           "Subtracting the max changes nothing; clipping the logits changes the answer ([1000, 1001] → ½, ½).",
           "def softmax(z):\n    z = np.clip(np.asarray(z, float), -500, 500)\n    e = np.exp(z - z.max(axis=-1, keepdims=True))\n"
           "    return e / e.sum(axis=-1, keepdims=True)\n"),
    Answer("softmax", "no-lists",
           "“accept lists”.",
           "def softmax(z):\n    e = np.exp(z - z.max(axis=-1, keepdims=True))\n    return e / e.sum(axis=-1, keepdims=True)\n"),
    # --- one_hot ----------------------------------------------------------------------------
    Answer("one_hot", "columns-from-labels",
           "“Take the number of columns from num_classes, not from the labels”.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    if y.size and (y.min() < 0 or y.max() >= num_classes):\n"
           "        raise ValueError(f'label out of range: {y}')\n    return np.eye(y.max() + 1 if y.size else num_classes)[y]\n"),
    Answer("one_hot", "negative-passes",
           "“NumPy reads index −1 as the last column … unless you check”.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    bad = y[y >= num_classes]\n"
           "    if bad.size:\n        raise ValueError(f'label {bad[0]} is not in 0..{num_classes - 1}')\n    return np.eye(num_classes)[y]\n"),
    Answer("one_hot", "int-dtype",
           "“Return a float array”.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    if np.any((y < 0) | (y >= num_classes)):\n"
           "        raise ValueError('label out of range')\n    return np.eye(num_classes, dtype=int)[y]\n"),
    Answer("one_hot", "index-error",
           "“raise a ValueError that says which label is wrong”: IndexError from NumPy (and nothing for −1).",
           "def one_hot(y, num_classes):\n    return np.eye(num_classes)[np.asarray(y)]\n"),
    Answer("one_hot", "transposed",
           "“shape (N, num_classes)”.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    if np.any((y < 0) | (y >= num_classes)):\n"
           "        raise ValueError('label out of range')\n    return np.eye(num_classes)[:, y]\n"),
    Answer("one_hot", "bool",
           "“a float array”: a boolean array is not.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    if np.any((y < 0) | (y >= num_classes)):\n"
           "        raise ValueError('label out of range')\n    return y[:, None] == np.arange(num_classes)\n"),
    # --- entropy ----------------------------------------------------------------------------
    Answer("entropy", "bits",
           "“in nats”.",
           "def entropy(p):\n    p = np.asarray(p, float)\n    lg = np.log2(p, where=p > 0, out=np.zeros_like(p))\n    return -np.sum(p * lg, axis=-1)\n"),
    Answer("entropy", "warns",
           "“Treat 0·log 0 as 0 without warnings”: log(0) warns, nan_to_num repairs it afterwards.",
           "def entropy(p):\n    p = np.asarray(p, float)\n    return -np.sum(np.nan_to_num(p * np.log(p)), axis=-1)\n"),
    Answer("entropy", "errstate",
           "“without warnings”: the warnings are hidden, 0·log 0 is still computed.",
           "def entropy(p):\n    p = np.asarray(p, float)\n    with np.errstate(divide='ignore', invalid='ignore'):\n"
           "        return -np.nansum(p * np.log(p), axis=-1)\n"),
    Answer("entropy", "epsilon",
           "“A certain outcome has H = 0”: log(p + ε) makes it −ε (negative).",
           "def entropy(p):\n    p = np.asarray(p, float)\n    return -np.sum(p * np.log(p + 1e-12), axis=-1)\n"),
    Answer("entropy", "keepdims",
           "“a number for 1-D p, an (N,) array for 2-D p”.",
           "def entropy(p):\n    p = np.asarray(p, float)\n    lg = np.log(p, where=p > 0, out=np.zeros_like(p))\n"
           "    return -np.sum(p * lg, axis=-1, keepdims=True)\n"),
    Answer("entropy", "axis-0",
           "“along the last axis … one per row”.",
           "def entropy(p):\n    p = np.asarray(p, float)\n    lg = np.log(p, where=p > 0, out=np.zeros_like(p))\n    return -np.sum(p * lg, axis=0)\n"),
    Answer("entropy", "int-list",
           "“(a list is fine)”: a list of ints [1, 0] makes an int buffer that log cannot write.",
           "def entropy(p):\n    p = np.asarray(p)\n    lg = np.log(p, where=p > 0, out=np.zeros_like(p))\n    return -np.sum(p * lg, axis=-1)\n"),
    # --- cross_entropy ----------------------------------------------------------------------
    Answer("cross_entropy", "one-hot-product",
           "“Do not multiply by a one-hot matrix: the product would evaluate 0·log 0”.",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n    Y = np.eye(p.shape[1])[y]\n"
           "    return float(-np.sum(Y * np.log(p)) / len(p))\n"),
    Answer("cross_entropy", "sum",
           "“Return the mean over the batch”.",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n"
           "    return float(-np.sum(np.log(p[np.arange(len(p)), y])))\n"),
    Answer("cross_entropy", "column-index",
           "“p[np.arange(N), y]”: p[:, y] picks whole columns (N × N entries).",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n    return float(-np.mean(np.log(p[:, y])))\n"),
    Answer("cross_entropy", "clipped",
           "−log p of the true class: clipping to 1 − ε gives a sure right answer a cost of ε, and "
           "a zero probability a finite cost instead of ∞.",
           "def cross_entropy(p, y):\n    p = np.clip(np.asarray(p, float), 1e-12, 1 - 1e-12); y = np.asarray(y)\n"
           "    return float(-np.mean(np.log(p[np.arange(len(p)), y])))\n"),
    Answer("cross_entropy", "array",
           "“Returns: a number”.",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n"
           "    return -np.mean(np.log(p[np.arange(len(p)), y]), keepdims=True)\n"),
    Answer("cross_entropy", "predicted-class",
           "−log of the probability given to the true class, not to the predicted one.",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float)\n    return float(-np.mean(np.log(p.max(axis=1))))\n"),
    # --- binary_cross_entropy ---------------------------------------------------------------
    Answer("binary_cross_entropy", "formula",
           "“Make sure you do not compute 0·log 0”.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t, float)\n"
           "    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))\n"),
    Answer("binary_cross_entropy", "clipped",
           "“A prediction that is sure and right … costs exactly 0”: clipping gives 1e-12.",
           "def binary_cross_entropy(p, t):\n    p = np.clip(np.asarray(p, float), 1e-12, 1 - 1e-12); t = np.asarray(t, float)\n"
           "    return float(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p)))\n"),
    Answer("binary_cross_entropy", "where-both-branches",
           "np.where evaluates both logs: log 0 is computed (with a warning) for every sure answer.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t)\n"
           "    return float(np.mean(np.where(t == 1, -np.log(p), -np.log(1 - p))))\n"),
    Answer("binary_cross_entropy", "errstate-nan",
           "0·log 0 is computed and hidden: the text says not to compute it.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t, float)\n"
           "    with np.errstate(all='ignore'):\n        terms = np.nan_to_num(t * np.log(p)) + np.nan_to_num((1 - t) * np.log(1 - p))\n"
           "    return float(-np.mean(terms))\n"),
    Answer("binary_cross_entropy", "sum",
           "“Return the mean over the batch”.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t)\n"
           "    q = np.where(t == 1, p, 1 - p)\n    return float(-np.sum(np.log(q)))\n"),
    Answer("binary_cross_entropy", "swapped-roles",
           "p is the probability of class 1: −log p when t = 1.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t)\n"
           "    q = np.where(t == 1, 1 - p, p)\n    with np.errstate(divide='ignore'):\n        return float(-np.mean(np.log(q)))\n"),
    # --- softmax_cross_entropy --------------------------------------------------------------
    Answer("softmax_cross_entropy", "log-of-softmax",
           "“computing log(softmax(z)) directly fails when a probability rounds to 0”.",
           _sce("float(-np.mean(np.log(softmax(z)[np.arange(N), y])))", SCE_DZ)),
    Answer("softmax_cross_entropy", "log-softmax-eps",
           "“stays finite for logits of size 10⁴”: log(p + ε) is finite but wrong (27.6 instead of 2·10⁴).",
           _sce("float(-np.mean(np.log(softmax(z)[np.arange(N), y] + 1e-12)))", SCE_DZ)),
    Answer("softmax_cross_entropy", "no-one-over-N",
           "“each row of the gradient has a factor 1/N”.",
           _sce(SCE_LOSS, "softmax(z) - one_hot(y, C)")),
    Answer("softmax_cross_entropy", "sign",
           "∂L/∂z = p − onehot(y), not onehot(y) − p.",
           _sce(SCE_LOSS, "(one_hot(y, C) - softmax(z)) / N")),
    Answer("softmax_cross_entropy", "global-max-lse",
           "“with the maximum taken out as before” — each row's maximum.",
           "def softmax_cross_entropy(z, y):\n    z = np.asarray(z, float); y = np.asarray(y)\n    N, C = z.shape\n"
           "    m = z.max()\n    lse = m + np.log(np.sum(np.exp(z - m), axis=1))\n"
           "    e = np.exp(z - m)\n    p = e / e.sum(axis=1, keepdims=True)\n"
           "    return float(np.mean(lse - z[np.arange(N), y])), (p - one_hot(y, C)) / N\n"),
    Answer("softmax_cross_entropy", "lse-without-max",
           "Log-sum-exp “with the maximum taken out”: without it e^(10⁴) overflows.",
           "def softmax_cross_entropy(z, y):\n    z = np.asarray(z, float); y = np.asarray(y)\n    N, C = z.shape\n"
           "    lse = np.log(np.sum(np.exp(z), axis=1))\n"
           "    return float(np.mean(lse - z[np.arange(N), y])), (softmax(z) - one_hot(y, C)) / N\n"),
    Answer("softmax_cross_entropy", "classes-from-labels",
           "dz has shape (N, C) with C from z: a batch without the last class makes one_hot too narrow.",
           _sce(SCE_LOSS, "(softmax(z) - one_hot(y, int(y.max()) + 1)) / N")),
    Answer("softmax_cross_entropy", "loss-array",
           "“Returns (loss, dz): a number and …”.",
           _sce("np.mean(lse - z[np.arange(N), y], keepdims=True)", SCE_DZ)),
    # --- train_softmax_regression -----------------------------------------------------------
    Answer("train_softmax_regression", "zero-init",
           "“Start from small random weights, W = 0.01 * rng.normal(size=(D, C))”.",
           _train(init="    W = np.zeros((D, C))\n    b = np.zeros(C)\n")),
    Answer("train_softmax_regression", "global-rng",
           "“Use only rng for randomness”.",
           _train(init="    W = 0.01 * np.random.normal(size=(D, C))\n    b = np.zeros(C)\n")),
    Answer("train_softmax_regression", "transposed-draw",
           "W = 0.01 * rng.normal(size=(D, C)): drawing (C, D) and transposing gives other weights.",
           _train(init="    W = 0.01 * rng.normal(size=(C, D)).T\n    b = np.zeros(C)\n")),
    Answer("train_softmax_regression", "random-bias",
           "“and b = 0”.",
           _train(init="    W = 0.01 * rng.normal(size=(D, C))\n    b = 0.01 * rng.normal(size=C)\n")),
    Answer("train_softmax_regression", "loss-after-update",
           "“compute the loss and dz … take one step … Record the loss of every epoch”: the loss of "
           "the weights the epoch started from, not after its step.",
           _train(loop=("        loss, dz = softmax_cross_entropy(X @ W + b, y)\n"
                        "        W = W - lr * (X.T @ dz)\n        b = b - lr * dz.sum(axis=0)\n"
                        "        losses.append(softmax_cross_entropy(X @ W + b, y)[0])\n"))),
    Answer("train_softmax_regression", "averaged-twice",
           "dz already holds the 1/N: dW = Xᵀ dZ, db = Σ dZ (averaging again divides the step by N).",
           _train(loop=("        loss, dz = softmax_cross_entropy(X @ W + b, y)\n        losses.append(loss)\n"
                        "        W = W - lr * (X.T @ dz) / len(X)\n        b = b - lr * dz.mean(axis=0)\n"))),
    Answer("train_softmax_regression", "bias-frozen",
           "“take one gradient descent step”: for b too.",
           _train(loop=("        loss, dz = softmax_cross_entropy(X @ W + b, y)\n        losses.append(loss)\n"
                        "        W = W - lr * (X.T @ dz)\n"))),
    Answer("train_softmax_regression", "early-stop",
           "“for each of epochs epochs … losses a list of epochs numbers”: no stopping rule here.",
           _train(loop=("        loss, dz = softmax_cross_entropy(X @ W + b, y)\n"
                        "        if losses and losses[-1] - loss < 1e-3:\n            break\n        losses.append(loss)\n"
                        "        W = W - lr * (X.T @ dz)\n        b = b - lr * dz.sum(axis=0)\n"))),
    Answer("train_softmax_regression", "losses-array",
           "“losses a list of epochs numbers”.",
           _train(ret="W, b, np.array(losses)")),
    Answer("train_softmax_regression", "minibatch",
           "“Full-batch gradient descent”: one step per sample-pair batch is not.",
           _train(loop=("        loss, _ = softmax_cross_entropy(X @ W + b, y)\n        losses.append(loss)\n"
                        "        for s in range(0, len(X), 32):\n            Xb, yb = X[s:s + 32], y[s:s + 32]\n"
                        "            _, dz = softmax_cross_entropy(Xb @ W + b, yb)\n"
                        "            W = W - lr * (Xb.T @ dz)\n            b = b - lr * dz.sum(axis=0)\n"))),
]

RIGHT = [
    Answer("softmax", "row-max", "Row maximum, keepdims.",
           "def softmax(z):\n    z = np.asarray(z, dtype=float)\n    e = np.exp(z - z.max(axis=-1, keepdims=True))\n"
           "    return e / e.sum(axis=-1, keepdims=True)\n"),
    Answer("softmax", "log-space", "exp(z − logsumexp(z)) with the row maximum.",
           "def softmax(z):\n    z = np.asarray(z, dtype=float)\n    m = np.max(z, axis=-1, keepdims=True)\n"
           "    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))\n    return np.exp(z - lse)\n"),
    Answer("one_hot", "eye", "Checked labels, then rows of the identity.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y)\n    bad = y[(y < 0) | (y >= num_classes)]\n"
           "    if bad.size:\n        raise ValueError(f'label {bad[0]} is not in 0..{num_classes - 1}')\n"
           "    return np.eye(num_classes)[y]\n"),
    Answer("one_hot", "zeros-index", "zeros and fancy indexing.",
           "def one_hot(y, num_classes):\n    y = np.asarray(y, dtype=int)\n    for label in y:\n"
           "        if not 0 <= label < num_classes:\n            raise ValueError(f'label {label} out of range')\n"
           "    out = np.zeros((len(y), num_classes))\n    out[np.arange(len(y)), y] = 1.0\n    return out\n"),
    Answer("entropy", "where-out", "The text's np.log with where and out.",
           "def entropy(p):\n    p = np.asarray(p, dtype=float)\n    lg = np.log(p, where=p > 0, out=np.zeros_like(p))\n"
           "    return -np.sum(p * lg, axis=-1)\n"),
    Answer("entropy", "clip-inside-log", "p·log(max(p, tiny)) is exactly 0 where p = 0, no warning.",
           "def entropy(p):\n    p = np.asarray(p, dtype=float)\n    return -np.sum(p * np.log(np.maximum(p, 1e-300)), axis=-1)\n"),
    Answer("cross_entropy", "fancy-index", "p[np.arange(N), y].",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n"
           "    return float(-np.mean(np.log(p[np.arange(len(p)), y])))\n"),
    Answer("cross_entropy", "take-along", "take_along_axis picks the same entries.",
           "def cross_entropy(p, y):\n    p = np.asarray(p, float); y = np.asarray(y)\n"
           "    return float(np.mean(-np.log(np.take_along_axis(p, y[:, None], axis=1))))\n"),
    Answer("binary_cross_entropy", "pick-term", "Choose the probability of the target, then one log.",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float); t = np.asarray(t)\n"
           "    q = np.where(t == 1, p, 1 - p)\n    return float(-np.mean(np.log(q)))\n"),
    Answer("binary_cross_entropy", "via-cross-entropy", "cross_entropy on rows (1 − p, p).",
           "def binary_cross_entropy(p, t):\n    p = np.asarray(p, float)\n"
           "    return cross_entropy(np.column_stack([1 - p, p]), np.asarray(t).astype(int))\n"),
    Answer("softmax_cross_entropy", "lse", "Row log-sum-exp, (p − Y)/N.", _sce(SCE_LOSS, SCE_DZ)),
    Answer("softmax_cross_entropy", "inline", "Shifted logits, without the helpers.",
           "def softmax_cross_entropy(z, y):\n    z = np.asarray(z, float); y = np.asarray(y)\n    N = z.shape[0]\n"
           "    s = z - z.max(axis=1, keepdims=True)\n    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))\n"
           "    dz = np.exp(logp)\n    dz[np.arange(N), y] -= 1\n    return float(-logp[np.arange(N), y].mean()), dz / N\n"),
    Answer("train_softmax_regression", "plain", "The stated recipe.", _train()),
    Answer("train_softmax_regression", "standard-normal", "rng.standard_normal draws the same numbers as rng.normal.",
           _train(init="    W = 0.01 * rng.standard_normal((D, C))\n    b = np.zeros(C)\n")),
]
