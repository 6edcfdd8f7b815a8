"""Lesson 07 — the digits capstone: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A

_MLP_OK = """
def mlp_loss_and_grads(params, X, y):
    L = sum(1 for key in params if key.startswith("W"))
    out, caches = X, []
    for i in range(1, L + 1):
        out, c_aff = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        c_relu = None
        if i < L:
            out, c_relu = relu_forward(out)
        caches.append((c_aff, c_relu))
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        c_aff, c_relu = caches[i - 1]
        if i < L:
            dout = relu_backward(dout, c_relu)
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, c_aff)
    return loss, grads
"""


def _sgd(body: str) -> str:
    return "def sgd_epoch(params, X, y, lr, batch_size, rng):\n" + body


_SGD_OK = """    losses = []
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
"""

# The text: sgd_epoch accepts lists too.
_LISTS = "    X, y = np.asarray(X, dtype=float), np.asarray(y)\n"

WRONG = [
    # --- mlp_loss_and_grads ---------------------------------------------------------------------
    A("mlp_loss_and_grads", "two-layers-only", "'any number of layers L >= 1, counted from the W keys'", """
def mlp_loss_and_grads(params, X, y):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    loss, ds = softmax_cross_entropy(scores, y)
    da, dW2, db2 = affine_backward(ds, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    A("mlp_loss_and_grads", "relu-on-last", "'relu_forward unless i = L': the scores must not pass a ReLU", _MLP_OK
      .replace("        if i < L:\n            out, c_relu", "        if True:\n            out, c_relu")
      .replace("        if i < L:\n            dout = relu_backward", "        if True:\n            dout = relu_backward")),
    A("mlp_loss_and_grads", "no-relu-backward", "'relu_backward (except for the last layer), then affine_backward'", _MLP_OK
      .replace("            dout = relu_backward(dout, c_relu)\n", "            pass\n")),
    A("mlp_loss_and_grads", "grads-alias-params", "'Don't modify params': grads = params writes the gradients into the caller's dict", _MLP_OK
      .replace("    grads = {}\n", "    grads = params\n")),
    A("mlp_loss_and_grads", "averages-twice", "softmax_cross_entropy's dz already holds 1/N: dividing by N again averages twice", _MLP_OK
      .replace("    loss, dout = softmax_cross_entropy(out, y)\n",
               "    loss, dout = softmax_cross_entropy(out, y)\n    dout = dout / len(y)\n")),
    A("mlp_loss_and_grads", "numerical", "the backward pass goes through the layers' backward functions, not numerical gradients", """
def mlp_loss_and_grads(params, X, y):
    L = sum(1 for key in params if key.startswith("W"))
    def loss_of(p):
        out = X
        for i in range(1, L + 1):
            out = affine_forward(out, p[f"W{i}"], p[f"b{i}"])[0]
            if i < L:
                out = relu_forward(out)[0]
        return softmax_cross_entropy(out, y)[0]
    grads = {k: numerical_gradient(lambda v, k=k: loss_of({**params, k: v}), params[k]) for k in params}
    return loss_of(params), grads
"""),
    A("mlp_loss_and_grads", "weight-decay", "the loss is softmax cross-entropy alone; an L2 term changes loss and gradients", _MLP_OK
      .replace("    return loss, grads\n",
               "    for k in grads:\n        if k.startswith('W'):\n            grads[k] = grads[k] + 1e-3 * params[k]\n"
               "    loss = loss + 0.5e-3 * sum(np.sum(params[k] ** 2) for k in params if k.startswith('W'))\n"
               "    return loss, grads\n")),
    A("mlp_loss_and_grads", "wrong-cache-order", "each backward takes the cache of its own layer: the list is walked from the front", _MLP_OK
      .replace("        c_aff, c_relu = caches[i - 1]\n", "        c_aff, c_relu = caches[L - i]\n")),
    A("mlp_loss_and_grads", "relu-backward-before-last", "the ReLU after layer i is undone before affine_backward of layer i (not of i + 1)", """
def mlp_loss_and_grads(params, X, y):
    L = sum(1 for key in params if key.startswith("W"))
    out, caches = X, []
    for i in range(1, L + 1):
        out, c_aff = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        c_relu = None
        if i < L:
            out, c_relu = relu_forward(out)
        caches.append((c_aff, c_relu))
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        c_aff, c_relu = caches[i - 1]
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, c_aff)
        if i < L:
            dout = relu_backward(dout, c_relu)
    return loss, grads
"""),
    # --- sgd_epoch ------------------------------------------------------------------------------
    A("sgd_epoch", "no-shuffle", "'Make a new random order of the N samples'", _sgd("""    losses = []
    for start in range(0, len(X), batch_size):
        idx = np.arange(start, min(start + batch_size, len(X)))
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "global-rng", "'Use only rng for randomness'", _sgd("""    losses = []
    order = np.random.permutation(len(X))
    for start in range(0, len(X), batch_size):
        idx = order[start:start + batch_size]
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "size-weighted-mean", "'mean_loss is the mean of the batch losses': weighting by batch size differs when the last batch is smaller", _sgd("""    total, count = 0.0, 0
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        total += loss * len(idx)
        count += len(idx)
        params = layers.sgd_step(params, grads, lr)
    return params, total / count
""")),
    A("sgd_epoch", "loss-after-update", "'each taken before its update'", _sgd("""    losses = []
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        params = layers.sgd_step(params, grads, lr)
        losses.append(mlp_loss_and_grads(params, X[idx], y[idx])[0])
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "in-place", "'leave params unchanged': params[k] -= changes the caller's arrays", _sgd("""    losses = []
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        for k in params:
            params[k] -= lr * grads[k]
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "drops-last-batch", "'the last one may be smaller': every sample is visited once", _sgd("""    losses = []
    order = rng.permutation(len(X))
    for b in range(len(X) // batch_size):
        idx = order[b * batch_size:(b + 1) * batch_size]
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "sum-of-losses", "'the mean of the batch losses', not their sum", _sgd(_SGD_OK.replace("np.mean(losses)", "np.sum(losses)"))),
    A("sgd_epoch", "full-batch", "mini-batches of batch_size, not one step on all N", _sgd("""    loss, grads = mlp_loss_and_grads(params, X, y)
    return layers.sgd_step(params, grads, lr), float(loss)
""")),
    A("sgd_epoch", "with-replacement", "'cut a new random order into consecutive batches': rng.integers draws with replacement", _sgd("""    losses = []
    for start in range(0, len(X), batch_size):
        idx = rng.integers(0, len(X), size=min(batch_size, len(X) - start))
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
""")),
    A("sgd_epoch", "grads-from-start", "every batch's gradient is taken at the parameters after the previous step", _sgd("""    losses, new = [], dict(params)
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        new = layers.sgd_step(new, grads, lr)
    return new, float(np.mean(losses))
""")),
    A("sgd_epoch", "ascent", "θ ← θ − lr·∇θ", _sgd("""    losses = []
    for idx in layers.minibatches(len(X), batch_size, rng):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, -lr)
    return params, float(np.mean(losses))
""")),
    # --- accuracy -------------------------------------------------------------------------------
    A("accuracy", "argmax-axis-zero", "a row of scores predicts a class: argmax along axis 1", """
def accuracy(scores, y):
    return float(np.mean(np.argmax(scores, axis=0) == np.asarray(y)))
"""),
    A("accuracy", "count", "'a number between 0 and 1', not the number right", """
def accuracy(scores, y):
    return int(np.sum(np.argmax(scores, axis=1) == np.asarray(y)))
"""),
    A("accuracy", "percent", "'a number between 0 and 1', not a percentage", """
def accuracy(scores, y):
    return 100.0 * float(np.mean(np.argmax(scores, axis=1) == np.asarray(y)))
"""),
    A("accuracy", "floor-division", "// gives 0 unless every answer is right", """
def accuracy(scores, y):
    return int(np.sum(np.argmax(scores, axis=1) == np.asarray(y))) // len(y)
"""),
    A("accuracy", "threshold", "the predicted class is the largest score, not every score above 0.5", """
def accuracy(scores, y):
    scores = np.asarray(scores, dtype=float)
    return float(np.mean(scores[np.arange(len(y)), y] > 0.5))
"""),
    A("accuracy", "argmax-flat", "np.argmax without an axis gives one index for the whole matrix", """
def accuracy(scores, y):
    return float(np.mean(np.argmax(scores) == np.asarray(y)))
"""),
    A("accuracy", "rounded", "rounding to 2 decimals changes the value", """
def accuracy(scores, y):
    return round(float(np.mean(np.argmax(scores, axis=1) == np.asarray(y))), 2)
"""),
    # --- confusion_matrix -----------------------------------------------------------------------
    A("confusion_matrix", "fancy-add", "'M[y_true, y_pred] += 1 counts a repeated pair only once'", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    M[np.asarray(y_true), np.asarray(y_pred)] += 1
    return M
"""),
    A("confusion_matrix", "transposed", "'rows for the true class and columns for the predicted class'", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        M[p, t] += 1
    return M
"""),
    A("confusion_matrix", "size-from-labels", "the (C, C) size comes from num_classes, not from the labels seen", """
def confusion_matrix(y_true, y_pred, num_classes):
    C = int(max(np.max(y_true), np.max(y_pred))) + 1
    M = np.zeros((C, C), dtype=int)
    for t, p in zip(y_true, y_pred):
        M[t, p] += 1
    return M
"""),
    A("confusion_matrix", "bincount-no-minlength", "bincount without minlength is too short when the last pairs never occur", """
def confusion_matrix(y_true, y_pred, num_classes):
    codes = np.asarray(y_true) * num_classes + np.asarray(y_pred)
    return np.bincount(codes).reshape(num_classes, num_classes)
"""),
    A("confusion_matrix", "normalised", "'the matrix of counts', not row fractions", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes))
    np.add.at(M, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return M / np.maximum(M.sum(axis=1, keepdims=True), 1)
"""),
    A("confusion_matrix", "diagonal-only", "M[i, j] counts every (true, predicted) pair, not just the right ones", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t == p:
            M[t, t] += 1
    return M
"""),
    A("accuracy", "confidence", "the fraction of right answers, not the mean top score", """
def accuracy(scores, y):
    return float(np.mean(np.max(scores, axis=1)))
"""),
    A("confusion_matrix", "histogram2d-data-range", "np.histogram2d with bins over the data's range misplaces counts when a class is absent", """
def confusion_matrix(y_true, y_pred, num_classes):
    M, _, _ = np.histogram2d(y_true, y_pred, bins=num_classes)
    return M.astype(int)
"""),
    A("mlp_loss_and_grads", "layers-from-len", "'counted from the W keys': len(params) counts the b keys too", _MLP_OK
      .replace('    L = sum(1 for key in params if key.startswith("W"))\n', "    L = len(params)\n")),
    A("mlp_loss_and_grads", "one-cache-variable", "'keep every cache': one variable keeps only the last layer's", """
def mlp_loss_and_grads(params, X, y):
    L = sum(1 for key in params if key.startswith("W"))
    out = X
    for i in range(1, L + 1):
        out, cache = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        if i < L:
            out, relu_cache = relu_forward(out)
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        if i < L:
            dout = relu_backward(dout, relu_cache)
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, cache)
    return loss, grads
"""),
    A("sgd_epoch", "array-split", "'consecutive batches of batch_size (the last one may be smaller)': array_split makes other sizes", _sgd("""    losses = []
    order = rng.permutation(len(X))
    for idx in np.array_split(order, max(1, len(X) // batch_size)):
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        losses.append(loss)
        params = layers.sgd_step(params, grads, lr)
    return params, float(np.mean(losses))
""")),
    A("accuracy", "returns-mask", "'Return the accuracy, a number', not the per-sample matches", """
def accuracy(scores, y):
    return np.argmax(scores, axis=1) == np.asarray(y)
"""),
    A("confusion_matrix", "size-plus-one", "'the (C, C) matrix', not (C + 1, C + 1)", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes + 1, num_classes + 1), dtype=int)
    for t, p in zip(y_true, y_pred):
        M[t, p] += 1
    return M
"""),
]

RIGHT = [
    A("mlp_loss_and_grads", "loop", "caches in a list, layers counted from the W keys", _MLP_OK),
    A("mlp_loss_and_grads", "dict-caches", "caches in dicts, L from len(params) // 2", """
def mlp_loss_and_grads(params, X, y):
    L = len(params) // 2
    aff, rel = {}, {}
    a = X
    for i in range(1, L + 1):
        a, aff[i] = affine_forward(a, params["W" + str(i)], params["b" + str(i)])
        if i != L:
            a, rel[i] = relu_forward(a)
    loss, d = softmax_cross_entropy(a, y)
    grads = {}
    for i in reversed(range(1, L + 1)):
        if i != L:
            d = relu_backward(d, rel[i])
        d, dW, db = affine_backward(d, aff[i])
        grads["W" + str(i)] = dW
        grads["b" + str(i)] = db
    return loss, grads
"""),
    A("sgd_epoch", "minibatches", "layers.minibatches and layers.sgd_step", _sgd(_LISTS + _SGD_OK)),
    A("sgd_epoch", "permutation-by-hand", "rng.permutation cut by hand (what minibatches does); own update", _sgd(_LISTS + """    order = rng.permutation(X.shape[0])
    batch_losses = []
    current = {k: v.copy() for k, v in params.items()}
    for start in range(0, X.shape[0], batch_size):
        idx = order[start:start + batch_size]
        loss, grads = mlp_loss_and_grads(current, X[idx], y[idx])
        batch_losses.append(float(loss))
        current = {k: current[k] - lr * grads[k] for k in current}
    return current, sum(batch_losses) / len(batch_losses)
""")),
    A("accuracy", "argmax", "argmax along axis 1, mean of matches", """
def accuracy(scores, y):
    return float(np.mean(np.argmax(scores, axis=1) == np.asarray(y)))
"""),
    A("accuracy", "count-over-n", "count of matches over N", """
def accuracy(scores, y):
    pred = np.asarray(scores).argmax(axis=-1)
    return np.count_nonzero(pred == np.asarray(y)) / len(y)
"""),
    A("confusion_matrix", "loop", "a loop over pairs", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        M[t, p] += 1
    return M
"""),
    A("confusion_matrix", "add-at", "np.add.at", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(M, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return M
"""),
    A("confusion_matrix", "bincount", "bincount of codes with minlength", """
def confusion_matrix(y_true, y_pred, num_classes):
    codes = np.asarray(y_true, dtype=int) * num_classes + np.asarray(y_pred, dtype=int)
    return np.bincount(codes, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
"""),
    A("accuracy", "loop", "a loop over rows", """
def accuracy(scores, y):
    right = 0
    for row, label in zip(np.asarray(scores), y):
        right += int(np.argmax(row) == label)
    return right / len(y)
"""),
]
