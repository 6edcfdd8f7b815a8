"""Held-out answers for lesson 07 (the digits capstone)."""

from tests.battery import Answer


def _mlp(forward: str = "", backward: str = "", ret: str = "float(loss), grads", L: str = "layers.num_layers(params)") -> str:
    forward = forward or ("    out, caches = X, []\n    for i in range(1, L + 1):\n"
                          "        out, ca = affine_forward(out, params[f'W{i}'], params[f'b{i}'])\n"
                          "        cr = None\n        if i < L:\n            out, cr = relu_forward(out)\n"
                          "        caches.append((ca, cr))\n    loss, dout = softmax_cross_entropy(out, y)\n")
    backward = backward or ("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                            "        if i < L:\n            dout = relu_backward(dout, cr)\n"
                            "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n")
    return ("def mlp_loss_and_grads(params, X, y):\n    X = np.asarray(X, float); y = np.asarray(y)\n"
            f"    L = {L}\n" + forward + backward + f"    return {ret}\n")


def _sgd(batches: str = "layers.minibatches(len(X), batch_size, rng)",
         body: str = ("        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])\n        losses.append(loss)\n"
                      "        params = layers.sgd_step(params, grads, lr)\n"),
         ret: str = "params, float(np.mean(losses))") -> str:
    return ("def sgd_epoch(params, X, y, lr, batch_size, rng):\n    X = np.asarray(X, float); y = np.asarray(y)\n"
            f"    losses = []\n    for idx in {batches}:\n" + body + f"    return {ret}\n")


WRONG = [
    # --- mlp_loss_and_grads -----------------------------------------------------------------
    Answer("mlp_loss_and_grads", "relu-on-scores",
           "“then relu_forward unless i = L”: the scores are not rectified.",
           _mlp(forward=("    out, caches = X, []\n    for i in range(1, L + 1):\n"
                         "        out, ca = affine_forward(out, params[f'W{i}'], params[f'b{i}'])\n"
                         "        out, cr = relu_forward(out)\n        caches.append((ca, cr))\n"
                         "    loss, dout = softmax_cross_entropy(out, y)\n"),
                backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        dout = relu_backward(dout, cr)\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"))),
    Answer("mlp_loss_and_grads", "two-layers-only",
           "“any number of layers L ≥ 1, counted from the W keys”.",
           _mlp(L="2")),
    Answer("mlp_loss_and_grads", "skips-relu-backward",
           "Backward: “relu_backward (except for the last layer), then affine_backward”.",
           _mlp(backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"))),
    Answer("mlp_loss_and_grads", "relu-cache-off-by-one",
           "Each layer's relu_backward uses that layer's own cache.",
           _mlp(backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        if i < L:\n            dout = relu_backward(dout, caches[i - 2][1] if i > 1 and caches[i - 2][1] is not None else cr)\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"))),
    Answer("mlp_loss_and_grads", "numerical",
           "“Backward: go through the layers from L down to 1”: numerical gradients are the check, not the method.",
           "def mlp_loss_and_grads(params, X, y):\n    X = np.asarray(X, float); y = np.asarray(y)\n"
           "    L = layers.num_layers(params)\n"
           "    def loss_of(p):\n        out = X\n        for i in range(1, L + 1):\n"
           "            out = out @ p[f'W{i}'] + p[f'b{i}']\n            if i < L:\n                out = np.maximum(out, 0)\n"
           "        return softmax_cross_entropy(out, y)[0]\n"
           "    grads = {k: numerical_gradient(lambda v, k=k: loss_of({**params, k: v}), params[k]) for k in params}\n"
           "    return float(loss_of(params)), grads\n"),
    Answer("mlp_loss_and_grads", "weight-decay",
           "Loss: softmax_cross_entropy on the last scores — nothing added.",
           _mlp(ret="float(loss) + 1e-4 * sum(float(np.sum(params[f'W{i}'] ** 2)) for i in range(1, L + 1)), "
                    "{k: g + (2e-4 * params[k] if k.startswith('W') else 0) for k, g in grads.items()}")),
    Answer("mlp_loss_and_grads", "loss-array",
           "“Returns (loss, grads): a number, and a dict”.",
           _mlp(ret="np.atleast_1d(loss), grads")),
    Answer("mlp_loss_and_grads", "relu-on-inputs",
           "Forward: affine_forward, then relu_forward: a ReLU before the first affine layer rectifies "
           "the raw (standardised, partly negative) inputs.",
           _mlp(forward=("    out, caches = X, []\n    for i in range(1, L + 1):\n"
                         "        out, cr = relu_forward(out)\n"
                         "        out, ca = affine_forward(out, params[f'W{i}'], params[f'b{i}'])\n"
                         "        caches.append((ca, cr))\n    loss, dout = softmax_cross_entropy(out, y)\n"),
                backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"
                          "        dout = relu_backward(dout, cr)\n"))),
    Answer("mlp_loss_and_grads", "modifies-params",
           "“Don't modify params.”",
           _mlp(ret="float(loss), grads",
                backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        if i < L:\n            dout = relu_backward(dout, cr)\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"
                          "    for k in params:\n        params[k] = np.asarray(params[k], dtype=np.float32)\n"))),
    # --- sgd_epoch --------------------------------------------------------------------------
    Answer("sgd_epoch", "no-shuffle",
           "“Make a new random order of the N samples”.",
           _sgd(batches="[np.arange(s, min(s + batch_size, len(X))) for s in range(0, len(X), batch_size)]")),
    Answer("sgd_epoch", "global-rng",
           "“Use only rng for randomness”.",
           _sgd(batches="layers.minibatches(len(X), batch_size, np.random.default_rng())")),
    Answer("sgd_epoch", "size-weighted-mean",
           "“mean_loss is the mean of the batch losses”: weighting by batch size differs when the last batch is smaller.",
           _sgd(body=("        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])\n        losses += [loss] * len(idx)\n"
                      "        params = layers.sgd_step(params, grads, lr)\n"))),
    Answer("sgd_epoch", "loss-after-update",
           "“each taken before its update”.",
           _sgd(body=("        _, grads = mlp_loss_and_grads(params, X[idx], y[idx])\n"
                      "        params = layers.sgd_step(params, grads, lr)\n"
                      "        losses.append(mlp_loss_and_grads(params, X[idx], y[idx])[0])\n"))),
    Answer("sgd_epoch", "in-place",
           "“leave params unchanged”.",
           _sgd(body=("        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])\n        losses.append(loss)\n"
                      "        for k in params:\n            params[k] -= lr * grads[k]\n"))),
    Answer("sgd_epoch", "drops-last-batch",
           "“the last one may be smaller”: it is still used.",
           _sgd(batches="[b for b in layers.minibatches(len(X), batch_size, rng) if len(b) == batch_size] or "
                        "layers.minibatches(len(X), batch_size, rng)")),
    Answer("sgd_epoch", "lr-over-batch",
           "θ ← θ − lr·∇θ: the loss is already a mean, dividing by the batch size shrinks every step.",
           _sgd(body=("        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])\n        losses.append(loss)\n"
                      "        params = layers.sgd_step(params, grads, lr / len(idx))\n"))),
    Answer("sgd_epoch", "with-replacement",
           "“a new random order of the N samples”: drawing with replacement repeats some and skips others.",
           _sgd(batches="np.array_split(rng.integers(0, len(X), size=len(X)), int(np.ceil(len(X) / batch_size)))")),
    Answer("sgd_epoch", "shuffles-caller-data",
           "Leave the inputs alone: rng.shuffle on the caller's X and y (and two shuffles pair them wrongly).",
           "def sgd_epoch(params, X, y, lr, batch_size, rng):\n    rng.shuffle(X)\n    rng.shuffle(y)\n    losses = []\n"
           "    for s in range(0, len(X), batch_size):\n        loss, grads = mlp_loss_and_grads(params, X[s:s + batch_size], y[s:s + batch_size])\n"
           "        losses.append(loss)\n        params = layers.sgd_step(params, grads, lr)\n"
           "    return params, float(np.mean(losses))\n"),
    Answer("sgd_epoch", "last-loss",
           "“mean_loss is the mean of the batch losses”, not the last one.",
           _sgd(ret="params, float(losses[-1])")),
    # --- accuracy ---------------------------------------------------------------------------
    Answer("accuracy", "axis-0",
           "One row of class scores per sample: argmax along axis 1.",
           "def accuracy(scores, y):\n    return float(np.mean(np.argmax(np.asarray(scores), axis=0) == np.asarray(y)))\n"),
    Answer("accuracy", "percent",
           "“Return the accuracy, a number between 0 and 1”.",
           "def accuracy(scores, y):\n    return 100.0 * float(np.mean(np.argmax(np.asarray(scores), axis=1) == np.asarray(y)))\n"),
    Answer("accuracy", "count",
           "“the fraction of samples”, not their number.",
           "def accuracy(scores, y):\n    return int(np.sum(np.argmax(np.asarray(scores), axis=1) == np.asarray(y)))\n"),
    Answer("accuracy", "floor-division",
           "A fraction: integer division gives 0 unless every answer is right.",
           "def accuracy(scores, y):\n    return int(np.sum(np.argmax(np.asarray(scores), axis=1) == np.asarray(y))) // len(y)\n"),
    Answer("accuracy", "tie-any",
           "The predicted class is the argmax (one class); counting a tie as right whenever the true class shares the maximum is not.",
           "def accuracy(scores, y):\n    s = np.asarray(scores, float); y = np.asarray(y)\n"
           "    return float(np.mean(s[np.arange(len(y)), y] == s.max(axis=1)))\n"),
    Answer("accuracy", "zero-d-array",
           "“a number in [0, 1]”: a 0-d array is not a number.",
           "def accuracy(scores, y):\n    return np.array(np.mean(np.argmax(np.asarray(scores), axis=1) == np.asarray(y)))\n"),
    Answer("accuracy", "argmin",
           "The predicted class has the largest score.",
           "def accuracy(scores, y):\n    return float(np.mean(np.argmin(np.asarray(scores), axis=1) == np.asarray(y)))\n"),
    # --- confusion_matrix -------------------------------------------------------------------
    Answer("confusion_matrix", "fancy-add",
           "“M[y_true, y_pred] += 1 counts a repeated pair only once”.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes), dtype=int)\n"
           "    M[np.asarray(y_true), np.asarray(y_pred)] += 1\n    return M\n"),
    Answer("confusion_matrix", "transposed",
           "“rows for the true class and columns for the predicted class”.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes), dtype=int)\n"
           "    np.add.at(M, (np.asarray(y_pred), np.asarray(y_true)), 1)\n    return M\n"),
    Answer("confusion_matrix", "size-from-labels",
           "“the (C, C) matrix”: C is num_classes, not the largest label seen.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    y_true = np.asarray(y_true); y_pred = np.asarray(y_pred)\n"
           "    C = int(max(y_true.max(), y_pred.max())) + 1\n    M = np.zeros((C, C), dtype=int)\n"
           "    np.add.at(M, (y_true, y_pred), 1)\n    return M\n"),
    Answer("confusion_matrix", "normalised",
           "“the (C, C) matrix of counts”: row fractions are not counts.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes))\n"
           "    np.add.at(M, (np.asarray(y_true), np.asarray(y_pred)), 1)\n"
           "    return M / np.maximum(M.sum(axis=1, keepdims=True), 1)\n"),
    Answer("confusion_matrix", "float-counts",
           "“the (C, C) matrix of counts”: counts are integers, not floats.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes))\n"
           "    for t, p in zip(y_true, y_pred):\n        M[t, p] += 1\n    return M\n"),
    Answer("confusion_matrix", "set-not-count",
           "Entry M[i, j] counts the samples; setting it to 1 records only that the pair occurred.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes), dtype=int)\n"
           "    for t, p in zip(y_true, y_pred):\n        M[t, p] = 1 if t != p else M[t, p] + 1\n    return M\n"),
]

RIGHT = [
    Answer("mlp_loss_and_grads", "loop", "Layers 1..L forward with caches, L..1 backward.", _mlp()),
    Answer("mlp_loss_and_grads", "lists-of-caches", "Separate cache lists; layers counted from the W keys.",
           "def mlp_loss_and_grads(params, X, y):\n    L = sum(1 for k in params if k.startswith('W'))\n"
           "    out = np.asarray(X, float)\n    aff, rel = [], []\n    for i in range(1, L + 1):\n"
           "        out, c = affine_forward(out, params['W%d' % i], params['b%d' % i])\n        aff.append(c)\n"
           "        if i != L:\n            out, c = relu_forward(out)\n            rel.append(c)\n"
           "    loss, d = softmax_cross_entropy(out, y)\n    grads = {}\n    for i in range(L, 0, -1):\n"
           "        if i != L:\n            d = relu_backward(d, rel[i - 1])\n"
           "        d, grads['W%d' % i], grads['b%d' % i] = affine_backward(d, aff[i - 1])\n"
           "    return float(loss), grads\n"),
    Answer("mlp_loss_and_grads", "relu-before-next",
           "The ReLU of layer i applied at the start of layer i + 1 (never before layer 1, never after L): the same network.",
           _mlp(forward=("    out, caches = X, []\n    for i in range(1, L + 1):\n        cr = None\n"
                         "        if i > 1:\n            out, cr = relu_forward(out)\n"
                         "        out, ca = affine_forward(out, params[f'W{i}'], params[f'b{i}'])\n"
                         "        caches.append((ca, cr))\n    loss, dout = softmax_cross_entropy(out, y)\n"),
                backward=("    grads = {}\n    for i in range(L, 0, -1):\n        ca, cr = caches[i - 1]\n"
                          "        dout, grads[f'W{i}'], grads[f'b{i}'] = affine_backward(dout, ca)\n"
                          "        if i > 1:\n            dout = relu_backward(dout, cr)\n"))),
    Answer("sgd_epoch", "minibatches", "layers.minibatches and layers.sgd_step.", _sgd()),
    Answer("sgd_epoch", "permutation", "rng.permutation cut into consecutive batches (what minibatches does).",
           "def sgd_epoch(params, X, y, lr, batch_size, rng):\n    X = np.asarray(X, float); y = np.asarray(y)\n"
           "    order = rng.permutation(len(X))\n    new = dict(params)\n    total, count = 0.0, 0\n"
           "    for s in range(0, len(X), batch_size):\n        idx = order[s:s + batch_size]\n"
           "        loss, grads = mlp_loss_and_grads(new, X[idx], y[idx])\n        total += loss\n        count += 1\n"
           "        new = {k: v - lr * grads[k] for k, v in new.items()}\n    return new, total / count\n"),
    Answer("accuracy", "argmax", "argmax of the scores, mean of matches.",
           "def accuracy(scores, y):\n    return float(np.mean(np.argmax(np.asarray(scores), axis=1) == np.asarray(y)))\n"),
    Answer("accuracy", "count-over-n", "Count over N.",
           "def accuracy(scores, y):\n    y = np.asarray(y)\n    pred = np.asarray(scores).argmax(axis=-1)\n"
           "    return int(np.count_nonzero(pred == y)) / len(y)\n"),
    Answer("confusion_matrix", "add-at", "np.add.at counts every pair.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    M = np.zeros((num_classes, num_classes), dtype=int)\n"
           "    np.add.at(M, (np.asarray(y_true), np.asarray(y_pred)), 1)\n    return M\n"),
    Answer("confusion_matrix", "bincount", "bincount of t·C + p.",
           "def confusion_matrix(y_true, y_pred, num_classes):\n    t = np.asarray(y_true, int); p = np.asarray(y_pred, int)\n"
           "    return np.bincount(t * num_classes + p, minlength=num_classes ** 2).reshape(num_classes, num_classes)\n"),
]
