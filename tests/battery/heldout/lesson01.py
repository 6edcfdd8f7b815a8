"""Held-out answers for lesson 01 (the perceptron)."""

from tests.battery import Answer

WRONG = [
    # --- step -------------------------------------------------------------------------------
    Answer("step", "zero-d-array-for-number",
           "“If the input is a number, return a number”: np.where on a number gives a 0-d array.",
           "def step(s):\n    return np.where(np.asarray(s) >= 0, 1.0, -1.0)\n"),
    Answer("step", "one-element-array-for-number",
           "“a number for a number”: atleast_1d turns a number into a 1-element array.",
           "def step(s):\n    s = np.atleast_1d(np.asarray(s, float))\n    return np.where(s >= 0, 1.0, -1.0)\n"),
    Answer("step", "sign-function",
           "“a sum of exactly zero counts as +1”: np.sign(0) is 0.",
           "def step(s):\n    r = np.sign(s)\n    return float(r) if np.ndim(r) == 0 else r\n"),
    Answer("step", "flattens",
           "“an array of the same shape as s”: ravel loses a 2-D shape.",
           "def step(s):\n    if np.ndim(s) == 0:\n        return 1.0 if s >= 0 else -1.0\n"
           "    return np.where(np.ravel(s) >= 0, 1.0, -1.0)\n"),
    Answer("step", "negative-zero-is-negative",
           "“+1 where s >= 0”: -0.0 >= 0 is true, but signbit calls it negative.",
           "def step(s):\n    r = np.where(np.signbit(np.asarray(s, float)), -1.0, 1.0)\n"
           "    return float(r) if r.ndim == 0 else r\n"),
    Answer("step", "bool-for-number",
           "“+1 where s >= 0 and -1 elsewhere”: a number input returns True/False, not ±1.",
           "def step(s):\n    if np.ndim(s) == 0:\n        return s >= 0\n    return np.where(np.asarray(s) >= 0, 1, -1)\n"),
    Answer("step", "list-for-list",
           "“otherwise an array of the same shape”: a list input comes back as a list.",
           "def step(s):\n    if np.ndim(s) == 0:\n        return 1.0 if s >= 0 else -1.0\n"
           "    return [1.0 if v >= 0 else -1.0 for v in np.ravel(s)] if isinstance(s, list) "
           "else np.where(np.asarray(s) >= 0, 1.0, -1.0)\n"),
    # --- add_bias ---------------------------------------------------------------------------
    Answer("add_bias", "ones-last",
           "“The ones go first, so that w[0] is the bias.”",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    if X.ndim == 1:\n        return np.append(X, 1.0)\n"
           "    return np.hstack([X, np.ones((len(X), 1))])\n"),
    Answer("add_bias", "single-sample-becomes-row",
           "“A single sample of shape (d,) becomes (d+1,)”: atleast_2d makes it (1, d+1).",
           "def add_bias(X):\n    X = np.atleast_2d(np.asarray(X, float))\n    return np.hstack([np.ones((X.shape[0], 1)), X])\n"),
    Answer("add_bias", "int-dtype",
           "“Prepend a column of ones”: keeping an int array's dtype is harmless, but a float32 "
           "array becomes float64 and a 1-sample (1, d) becomes (d+1,) — squeeze drops N = 1.",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    out = np.column_stack([np.ones(len(np.atleast_2d(X))), np.atleast_2d(X)])\n"
           "    return out.squeeze()\n"),
    Answer("add_bias", "rows-from-columns",
           "“(N, d) → (N, d+1)”: the column of ones is sized by d, so it works only for square X.",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    if X.ndim == 1:\n        return np.concatenate([[1.0], X])\n"
           "    return np.hstack([np.ones((X.shape[1], 1)), X])\n"),
    # --- predict ----------------------------------------------------------------------------
    Answer("predict", "strict-threshold",
           "predict is τ(X̃ w) and τ(0) = +1; s > 0 sends points on the line to −1.",
           "def predict(w, X):\n    return np.where(add_bias(X) @ np.asarray(w, float) > 0, 1, -1)\n"),
    Answer("predict", "bias-last",
           "w[0] is the bias: this uses the last weight as the bias.",
           "def predict(w, X):\n    w = np.asarray(w, float)\n    return step(np.asarray(X, float) @ w[:-1] + w[-1])\n"),
    Answer("predict", "column-shape",
           "“an array of ±1 of shape (N,)”: this returns (N, 1).",
           "def predict(w, X):\n    return step(add_bias(X) @ np.asarray(w, float).reshape(-1, 1))\n"),
    Answer("predict", "bool-output",
           "“an array of ±1”: a boolean array is not ±1.",
           "def predict(w, X):\n    return add_bias(X) @ np.asarray(w, float) >= 0\n"),
    Answer("predict", "n1-scalar",
           "“(N,) array”: with N = 1 squeeze returns a 0-d array.",
           "def predict(w, X):\n    return np.squeeze(step(add_bias(X) @ np.asarray(w, float)))\n"),
    # --- gate weights -----------------------------------------------------------------------
    Answer("AND_WEIGHTS", "boundary-bias",
           "τ(0) = +1: with bias −1 the point (1, 0) sits on the line and is classified +1.",
           "AND_WEIGHTS = [-1.0, 1.0, 1.0]\nOR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    Answer("AND_WEIGHTS", "bias-last-order",
           "“Choose three numbers for each gate, bias first.”",
           "AND_WEIGHTS = [1.0, 1.0, -1.5]\nOR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    Answer("OR_WEIGHTS", "zero-bias",
           "For OR only (0,0) is on the −1 side; with bias 0 the sum there is 0 and τ(0) = +1.",
           "AND_WEIGHTS = [-1.5, 1.0, 1.0]\nOR_WEIGHTS = [0.0, 1.0, 1.0]\n"),
    Answer("OR_WEIGHTS", "nand-instead",
           "OR must put only (0,0) on the −1 side; these weights compute NAND.",
           "AND_WEIGHTS = [-1.5, 1.0, 1.0]\nOR_WEIGHTS = [1.5, -1.0, -1.0]\n"),
    # --- perceptron_loss --------------------------------------------------------------------
    Answer("perceptron_loss", "all-samples",
           "“over the samples where predict(w, X) != t — and only those”.",
           "def perceptron_loss(w, X, t):\n    return float(np.sum(-np.asarray(t) * (add_bias(X) @ np.asarray(w, float))))\n"),
    Answer("perceptron_loss", "count-mistakes",
           "“J is not a count of mistakes: J(c w) = c J(w)”.",
           "def perceptron_loss(w, X, t):\n    return float(np.sum(predict(w, X) != np.asarray(t)))\n"),
    Answer("perceptron_loss", "mean-not-sum",
           "“Sum −t_k (w · x̃_k) over the samples” — not the mean.",
           "def perceptron_loss(w, X, t):\n    t = np.asarray(t)\n    m = predict(w, X) != t\n"
           "    return float(np.mean(-t[m] * (add_bias(X)[m] @ np.asarray(w, float)))) if m.any() else 0.0\n"),
    Answer("perceptron_loss", "int-samples",
           "X is any (N, d) samples: casting to int (the gates are 0/1) truncates real-valued data.",
           "def perceptron_loss(w, X, t):\n    X = np.asarray(X, dtype=int)\n    t = np.asarray(t)\n"
           "    s = add_bias(X) @ np.asarray(w, float)\n    m = np.where(s >= 0, 1, -1) != t\n    return float(np.sum(-t[m] * s[m]))\n"),
    Answer("perceptron_loss", "strict-mistakes-sign",
           "J ≥ 0: summing t·s (no minus) over the mistakes gives −J.",
           "def perceptron_loss(w, X, t):\n    t = np.asarray(t)\n    s = add_bias(X) @ np.asarray(w, float)\n"
           "    m = predict(w, X) != t\n    return float(np.sum(t[m] * s[m]))\n"),
    Answer("perceptron_loss", "array-return",
           "“Returns: J as a number”: a 1-element array is not a number.",
           "def perceptron_loss(w, X, t):\n    t = np.asarray(t)\n    m = predict(w, X) != t\n"
           "    return np.array([np.sum(-t[m] * (add_bias(X)[m] @ np.asarray(w, float)))])\n"),
    # --- perceptron_step --------------------------------------------------------------------
    Answer("perceptron_step", "in-place",
           "“Return a new array: never change w in place”.",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(x)\n    y = step(xt @ w)\n    w += lr * (t - y) * xt\n    return w\n"),
    Answer("perceptron_step", "same-object-when-right",
           "“Return a new array” — also when the sample is already right.",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    y = step(xt @ np.asarray(w, float))\n"
           "    if y == t:\n        return w\n    return np.asarray(w, float) + lr * (t - y) * xt\n"),
    Answer("perceptron_step", "delta-rule",
           "The perceptron rule uses the thresholded y, not the raw sum s (Common mistake box).",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n"
           "    return np.asarray(w, float) + lr * (t - xt @ np.asarray(w, float)) * xt\n"),
    Answer("perceptron_step", "drops-factor-two",
           "The rule is w + lr (t − y) x̃; lr·t·x̃ on a mistake is half of it.",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    return w + lr * t * xt if step(xt @ w) != t else w.copy()\n"),
    Answer("perceptron_step", "strict-sign",
           "y = τ(w·x̃) with τ(0) = +1: s > 0 makes a sample on the line a −1 prediction.",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    y = 1 if xt @ w > 0 else -1\n    return w + lr * (t - y) * xt\n"),
    Answer("perceptron_step", "int-weights",
           "new weights w + lr (t − y) x̃ are floats; astype of an int w truncates the step.",
           "def perceptron_step(w, x, t, lr):\n    w0 = np.asarray(w)\n    xt = add_bias(np.asarray(x, float))\n"
           "    y = step(xt @ w0)\n    return (w0 + lr * (t - y) * xt).astype(w0.dtype)\n"),
    # --- delta_rule_step --------------------------------------------------------------------
    Answer("delta_rule_step", "perceptron-rule",
           "The delta rule uses the raw sum s, not the thresholded y.",
           "def delta_rule_step(w, x, t, lr):\n    return perceptron_step(w, x, t, lr)\n"),
    Answer("delta_rule_step", "sign-flip",
           "Gradient descent: ∇E = −(t − s) x̃, so the step is + lr (t − s) x̃, not minus.",
           "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    return w - lr * (t - xt @ w) * xt\n"),
    Answer("delta_rule_step", "in-place",
           "“return a new array”.",
           "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w += lr * (t - xt @ w) * xt\n    return w\n"),
    Answer("delta_rule_step", "no-bias-input",
           "The gradient is −(t − s) x̃ with x̃ = (1, x): the bias must move too.",
           "def delta_rule_step(w, x, t, lr):\n    w = np.array(w, float)\n    x = np.asarray(x, float)\n"
           "    s = w[0] + x @ w[1:]\n    w[1:] += lr * (t - s) * x\n    return w\n"),
    Answer("delta_rule_step", "squared-factor",
           "E = (t − s)²/2 has gradient −(t − s) x̃; dropping the ½ doubles the step.",
           "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    return w + 2 * lr * (t - xt @ w) * xt\n"),
    # --- train_perceptron -------------------------------------------------------------------
    Answer("train_perceptron", "one-order",
           "“in a new random order each epoch”: one permutation reused for every epoch.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n    order = rng.permutation(len(X))\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in order:\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "errors-after-update",
           "“The errors of the epoch are the number of samples that caused an update”: counted "
           "with the end-of-epoch weights instead.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X)\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n"
           "            for k in rng.permutation(len(X)):\n                w = perceptron_step(w, X[k], t[k], lr)\n"
           "        e = int(np.sum(predict(w, X) != t))\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "stochastic-counts-start-predictions",
           "Errors of a stochastic epoch are the samples that caused an update, not the mistakes "
           "of the predictions made once at its start.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        y = predict(w, X); e = int(np.sum(y != t))\n"
           "        if mode == 'batch':\n            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n"
           "            for k in rng.permutation(len(X)):\n                w = perceptron_step(w, X[k], t[k], lr)\n"
           "        errors.append(e)\n        if e == 0:\n            break\n    return w, errors\n"),
    Answer("train_perceptron", "batch-mean",
           "Batch update is w + η X̃ᵀ(t − y), the sum of per-sample updates — not the mean.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y) / len(X)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "global-rng",
           "“Use only rng for randomness”: np.random.permutation ignores the given generator.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in np.random.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "no-early-stop",
           "“Training stops at the first epoch without an error.”",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "random-init",
           "“Both start from w = 0 here.”",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = rng.normal(scale=0.01, size=X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "errors-array",
           "“a list with the number of errors in each epoch”: a NumPy array is returned.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, np.array(errors)\n"),
    Answer("train_perceptron", "stops-one-early",
           "Stops after max_epochs epochs: range(max_epochs - 1) runs one fewer.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max(1, max_epochs - 1)):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    # --- more (second pass) ---------------------------------------------------------------
    Answer("add_bias", "one-sample-as-column",
           "“A single sample of shape (d,) becomes (d+1,)”: column_stack reads it as d samples of one feature.",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    return np.column_stack([np.ones(len(X)), X])\n"),
    Answer("add_bias", "list-for-list",
           "“Prepend a column of ones: (N, d) → (N, d+1)”: a list of lists comes back as lists, not an array.",
           "def add_bias(X):\n    if isinstance(X, list):\n        return [[1.0] + list(r) for r in X] if X and isinstance(X[0], list) else [1.0] + X\n"
           "    X = np.asarray(X, float)\n    return np.insert(X, 0, 1.0, axis=X.ndim - 1)\n"),
    Answer("AND_WEIGHTS", "no-bias",
           "“Choose three numbers for each gate, bias first”: two weights without a bias.",
           "AND_WEIGHTS = [1.0, 1.0]\nOR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    Answer("AND_WEIGHTS", "or-weights",
           "For AND the line must put (1,1) alone on the +1 side: bias −0.5 also lets (0,1) and (1,0) through.",
           "AND_WEIGHTS = [-0.5, 1.0, 1.0]\nOR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    Answer("OR_WEIGHTS", "one-input",
           "OR must put only (0,0) on the −1 side: ignoring x2 leaves (0,1) on it.",
           "AND_WEIGHTS = [-1.5, 1.0, 1.0]\nOR_WEIGHTS = [-0.5, 1.0, 0.0]\n"),
    Answer("OR_WEIGHTS", "int-zero-bias",
           "τ(0) = +1: integer weights (0, 1, 1) give (0,0) a sum of exactly 0, so it is +1.",
           "AND_WEIGHTS = [-1.5, 1.0, 1.0]\nOR_WEIGHTS = (0, 1, 1)\n"),
]

RIGHT = [
    Answer("step", "where-float",
           "np.where with a number branch.",
           "def step(s):\n    r = np.where(np.asarray(s, float) >= 0, 1.0, -1.0)\n    return float(r) if r.ndim == 0 else r\n"),
    Answer("step", "int-values",
           "±1 as integers is allowed: “return +1 … −1”.",
           "def step(s):\n    if np.ndim(s) == 0:\n        return 1 if s >= 0 else -1\n    return np.where(np.asarray(s) >= 0, 1, -1)\n"),
    Answer("add_bias", "concatenate",
           "Ones first via concatenate / insert.",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    if X.ndim == 1:\n        return np.concatenate([[1.0], X])\n"
           "    return np.hstack([np.ones((X.shape[0], 1)), X])\n"),
    Answer("add_bias", "insert",
           "np.insert at column 0 along the last axis.",
           "def add_bias(X):\n    X = np.asarray(X, float)\n    return np.insert(X, 0, 1.0, axis=X.ndim - 1)\n"),
    Answer("predict", "step-of-sum",
           "τ(X̃ w).",
           "def predict(w, X):\n    return step(add_bias(X) @ np.asarray(w, float))\n"),
    Answer("predict", "explicit-bias",
           "w0 + X w[1:] is the same sum.",
           "def predict(w, X):\n    w = np.asarray(w, float)\n    s = w[0] + np.asarray(X, float) @ w[1:]\n    return np.where(s >= 0, 1, -1)\n"),
    Answer("AND_WEIGHTS", "classic",
           "Any weights that compute the gate pass.",
           "AND_WEIGHTS = [-1.5, 1.0, 1.0]\nOR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    Answer("OR_WEIGHTS", "scaled-array",
           "Scaled weights, as an array.",
           "AND_WEIGHTS = np.array([-3.0, 2.0, 2.0])\nOR_WEIGHTS = np.array([-1.0, 3.0, 3.0])\n"),
    Answer("perceptron_loss", "masked-sum",
           "Sum over the mask of mistakes.",
           "def perceptron_loss(w, X, t):\n    t = np.asarray(t)\n    s = add_bias(X) @ np.asarray(w, float)\n"
           "    m = predict(w, X) != t\n    return float(np.sum(-t[m] * s[m]))\n"),
    Answer("perceptron_loss", "loop",
           "A plain loop.",
           "def perceptron_loss(w, X, t):\n    J = 0.0\n    for x, tk in zip(np.asarray(X, float), t):\n"
           "        s = float(add_bias(x) @ np.asarray(w, float))\n        if step(s) != tk:\n            J += -tk * s\n    return float(J)\n"),
    Answer("perceptron_loss", "hinge-at-zero",
           "max(0, −t s) is 0 on every correct sample and −t s on every mistake: the same sum.",
           "def perceptron_loss(w, X, t):\n    s = add_bias(X) @ np.asarray(w, float)\n    return np.sum(np.maximum(0, -np.asarray(t) * s))\n"),
    Answer("perceptron_step", "new-array",
           "w + lr (t − y) x̃ makes a new array.",
           "def perceptron_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    return w + lr * (t - step(xt @ w)) * xt\n"),
    Answer("perceptron_step", "copy-then-add",
           "Copy first, then update the copy in place.",
           "def perceptron_step(w, x, t, lr):\n    new = np.array(w, dtype=float)\n    xt = add_bias(np.asarray(x, float))\n"
           "    new += lr * (t - step(xt @ new)) * xt\n    return new\n"),
    Answer("delta_rule_step", "raw-sum",
           "w + lr (t − s) x̃.",
           "def delta_rule_step(w, x, t, lr):\n    xt = add_bias(np.asarray(x, float))\n    w = np.asarray(w, float)\n"
           "    return w + lr * (t - xt @ w) * xt\n"),
    Answer("train_perceptron", "reference-like",
           "Per-epoch permutation, updates counted, w = 0, stop at the first clean epoch.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        if mode == 'batch':\n            y = predict(w, X); e = int(np.sum(y != t))\n"
           "            w = w + lr * add_bias(X).T @ (t - y)\n        else:\n            e = 0\n"
           "            for k in rng.permutation(len(X)):\n                if predict(w, X[k:k + 1])[0] != t[k]:\n                    e += 1\n"
           "                w = perceptron_step(w, X[k], t[k], lr)\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
    Answer("train_perceptron", "batch-loop-sum",
           "Batch update as a loop over the per-sample updates, all with the same w.",
           "def train_perceptron(X, t, lr, max_epochs, mode, rng):\n    X = np.asarray(X, float); t = np.asarray(t)\n"
           "    w = np.zeros(X.shape[1] + 1); errors = []\n"
           "    for _ in range(max_epochs):\n        e = 0\n        if mode == 'batch':\n            total = np.zeros_like(w)\n"
           "            for k in range(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); total += new - w\n            w = w + total\n        else:\n"
           "            for k in rng.permutation(len(X)):\n                new = perceptron_step(w, X[k], t[k], lr)\n"
           "                e += int(np.any(new != w)); w = new\n        errors.append(e)\n        if e == 0:\n            break\n"
           "    return w, errors\n"),
]
