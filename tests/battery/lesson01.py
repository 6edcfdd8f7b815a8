"""Lesson 01 — the perceptron: realistic wrong answers and valid alternatives."""

from tests.battery import Answer as A

WRONG = [
    # --- step -------------------------------------------------------------------------------
    A("step", "strict-greater", "τ(s) is +1 for s >= 0: 'a sum of exactly zero counts as +1'", """
def step(s):
    return np.where(np.asarray(s) > 0, 1, -1)
"""),
    A("step", "np-sign", "np.sign gives 0 at s = 0, where τ(0) = +1", """
def step(s):
    return np.sign(s)
"""),
    A("step", "zero-one", "returns 1/0 (Heaviside) instead of +1/-1", """
def step(s):
    return np.where(np.asarray(s) >= 0, 1, 0)
"""),
    A("step", "heaviside-half", "np.heaviside(s, 0.5) gives 0/0.5/1, not ±1", """
def step(s):
    return np.heaviside(s, 0.5)
"""),
    A("step", "bool-output", "returns True/False instead of +1/-1", """
def step(s):
    return np.asarray(s) >= 0
"""),
    A("step", "zero-d-array-for-number", "'If the input is a number, return a number': np.where gives a 0-d array", """
def step(s):
    return np.where(np.asarray(s) >= 0, 1, -1)
"""),
    A("step", "scalar-only", "'If the input is an array, return an array of the same shape': if on an array raises", """
def step(s):
    if s >= 0:
        return 1
    return -1
"""),
    A("step", "rejects-lists", "'s: a number, list or array': a list >= 0 raises TypeError", """
def step(s):
    if np.isscalar(s):
        return 1 if s >= 0 else -1
    return np.where(s >= 0, 1, -1)
"""),
    A("step", "list-comprehension", "returns a Python list / flattens: an array of the same shape is due", """
def step(s):
    if np.ndim(s) == 0:
        return 1 if s >= 0 else -1
    return [1 if v >= 0 else -1 for v in np.ravel(s)]
"""),
    A("step", "flattens", "'an array of the same shape as s': the result is flattened", """
def step(s):
    if np.ndim(s) == 0:
        return 1 if s >= 0 else -1
    return np.where(np.ravel(s) >= 0, 1, -1)
"""),
    A("step", "sign-flipped", "returns -1 for s >= 0 and +1 below", """
def step(s):
    if np.ndim(s) == 0:
        return -1 if s >= 0 else 1
    return np.where(np.asarray(s) >= 0, -1, 1)
"""),
    A("step", "item-always", "'.item()' works for numbers only: arrays must come back as arrays", """
def step(s):
    out = np.where(np.asarray(s) >= 0, 1, -1)
    return out.item() if out.size == 1 else out
"""),
    # --- add_bias -------------------------------------------------------------------------------
    A("add_bias", "ones-last", "'The ones go first, so that w[0] is the bias'", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    return np.concatenate([X, np.ones(X.shape[:-1] + (1,))], axis=-1)
"""),
    A("add_bias", "2d-only-hstack", "'A single sample of shape (d,) becomes (d+1,)': hstack with a column fails on 1-D", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    return np.hstack([np.ones((X.shape[0], 1)), X])
"""),
    A("add_bias", "column-stack-1d", "np.c_ on a (d,) sample gives (d, 2), not (d+1,)", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    return np.c_[np.ones(len(X)), X]
"""),
    A("add_bias", "insert-no-axis", "np.insert without axis flattens a 2-D X", """
def add_bias(X):
    return np.insert(np.asarray(X, dtype=float), 0, 1.0)
"""),
    A("add_bias", "zeros-not-ones", "prepends zeros: the constant input is 1", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    return np.concatenate([np.zeros(X.shape[:-1] + (1,)), X], axis=-1)
"""),
    A("add_bias", "atleast-2d", "'A single sample of shape (d,) becomes (d+1,)', not (1, d+1)", """
def add_bias(X):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    return np.hstack([np.ones((X.shape[0], 1)), X])
"""),
    A("add_bias", "squeeze-single-row", "an (1, d) input must stay (1, d+1): squeeze drops the sample axis", """
def add_bias(X):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    return np.squeeze(np.hstack([np.ones((X.shape[0], 1)), X]))
"""),
    A("add_bias", "row-of-ones", "adds a row (vstack) instead of a column: (N+1, d)", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.concatenate([[1.0], X])
    return np.vstack([np.ones((1, X.shape[1])), X])
"""),
    # --- predict ---------------------------------------------------------------------------------
    A("predict", "ignores-bias", "τ(X̃ w) includes w[0]; this drops the bias", """
def predict(w, X):
    w = np.asarray(w, dtype=float)
    return step(np.asarray(X, dtype=float) @ w[1:])
"""),
    A("predict", "bias-last", "'w[0] the bias': treats w[-1] as the bias", """
def predict(w, X):
    w = np.asarray(w, dtype=float)
    return step(np.asarray(X, dtype=float) @ w[:-1] + w[-1])
"""),
    A("predict", "strict-threshold", "a sum of exactly 0 predicts +1", """
def predict(w, X):
    return np.where(add_bias(X) @ np.asarray(w, dtype=float) > 0, 1, -1)
"""),
    A("predict", "np-sign", "np.sign gives 0 on the line; predictions are ±1", """
def predict(w, X):
    return np.sign(add_bias(X) @ np.asarray(w, dtype=float))
"""),
    A("predict", "minus-bias", "s = w0 + w·x, not w·x − w0", """
def predict(w, X):
    w = np.asarray(w, dtype=float)
    return step(np.asarray(X, dtype=float) @ w[1:] - w[0])
"""),
    A("predict", "column-shape", "'(N,) array': returns (N, 1)", """
def predict(w, X):
    return step(add_bias(X) @ np.asarray(w, dtype=float).reshape(-1, 1))
"""),
    A("predict", "zero-one", "returns 1/0 instead of +1/-1", """
def predict(w, X):
    return (add_bias(X) @ np.asarray(w, dtype=float) >= 0).astype(int)
"""),
    A("predict", "bool", "returns booleans instead of ±1", """
def predict(w, X):
    return add_bias(X) @ np.asarray(w, dtype=float) >= 0
"""),
    # --- AND_WEIGHTS ----------------------------------------------------------------------------
    A("AND_WEIGHTS", "bias-minus-one-tie", "with bias -1, (1,0) sums to exactly 0 and τ(0) = +1: not AND", """
AND_WEIGHTS = [-1.0, 1.0, 1.0]
"""),
    A("AND_WEIGHTS", "or-weights", "bias -0.5 computes OR, not AND", """
AND_WEIGHTS = [-0.5, 1.0, 1.0]
"""),
    A("AND_WEIGHTS", "bias-sign-flipped", "bias +1.5: every point is +1", """
AND_WEIGHTS = [1.5, 1.0, 1.0]
"""),
    A("AND_WEIGHTS", "bias-last", "'bias first': [1, 1, -1.5] puts the bias last", """
AND_WEIGHTS = [1.0, 1.0, -1.5]
"""),
    A("AND_WEIGHTS", "no-bias", "'three numbers for each gate, bias first': only two", """
AND_WEIGHTS = [1.0, 1.0]
"""),
    A("AND_WEIGHTS", "nand", "NAND weights: the negation of AND", """
AND_WEIGHTS = [1.5, -1.0, -1.0]
"""),
    A("AND_WEIGHTS", "bias-too-low", "bias -2.5 with w = (1, 1): (1,1) sums to -0.5, so it is -1", """
AND_WEIGHTS = [-2.5, 1.0, 1.0]
"""),
    A("AND_WEIGHTS", "zero-bias", "bias 0: (0,0) sums to 0 and is +1", """
AND_WEIGHTS = [0.0, 1.0, 1.0]
"""),
    # --- OR_WEIGHTS -----------------------------------------------------------------------------
    A("OR_WEIGHTS", "zero-bias-tie", "bias 0: (0,0) sums to exactly 0 and τ(0) = +1: not OR", """
OR_WEIGHTS = [0.0, 1.0, 1.0]
"""),
    A("OR_WEIGHTS", "and-weights", "bias -1.5 computes AND, not OR", """
OR_WEIGHTS = [-1.5, 1.0, 1.0]
"""),
    A("OR_WEIGHTS", "bias-sign-flipped", "bias +0.5: (0,0) is +1", """
OR_WEIGHTS = [0.5, 1.0, 1.0]
"""),
    A("OR_WEIGHTS", "bias-last", "'bias first': [1, 1, -0.5] puts the bias last", """
OR_WEIGHTS = [1.0, 1.0, -0.5]
"""),
    A("OR_WEIGHTS", "no-bias", "'three numbers for each gate': only two", """
OR_WEIGHTS = [1.0, 1.0]
"""),
    A("OR_WEIGHTS", "nor", "NOR weights: the negation of OR", """
OR_WEIGHTS = [0.5, -1.0, -1.0]
"""),
    A("OR_WEIGHTS", "one-input-only", "w2 = 0 ignores x2: (0,1) is -1", """
OR_WEIGHTS = [-0.5, 1.0, 0.0]
"""),
    # --- perceptron_loss ------------------------------------------------------------------------
    A("perceptron_loss", "all-samples", "'over the samples where predict(w, X) != t — and only those'", """
def perceptron_loss(w, X, t):
    s = add_bias(X) @ np.asarray(w, dtype=float)
    return float(np.sum(-np.asarray(t) * s))
"""),
    A("perceptron_loss", "count-of-mistakes", "J is the sum of -t·s over mistakes, not their count", """
def perceptron_loss(w, X, t):
    return float(np.sum(predict(w, X) != np.asarray(t)))
"""),
    A("perceptron_loss", "mean-over-mistakes", "J is a sum, not a mean", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    wrong = predict(w, X) != t
    return float(np.mean(-t[wrong] * s[wrong])) if wrong.any() else 0.0
"""),
    A("perceptron_loss", "mean-over-N", "J is a sum, not divided by N", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    wrong = predict(w, X) != t
    return float(np.sum(-t[wrong] * s[wrong]) / len(t))
"""),
    A("perceptron_loss", "missing-minus", "the terms are -t_k s_k (>= 0); this gives J <= 0", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    wrong = predict(w, X) != t
    return float(np.sum(t[wrong] * s[wrong]))
"""),
    A("perceptron_loss", "clamp-total", "max(0, Σ over all) is not the sum over the mistakes", """
def perceptron_loss(w, X, t):
    s = add_bias(X) @ np.asarray(w, dtype=float)
    return float(max(0.0, np.sum(-np.asarray(t) * s)))
"""),
    A("perceptron_loss", "squared", "squares the terms: J sums -t_k s_k", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    wrong = predict(w, X) != t
    return float(np.sum(s[wrong] ** 2))
"""),
    A("perceptron_loss", "no-bias", "w · x̃ includes the bias w[0]", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    w = np.asarray(w, dtype=float)
    s = np.asarray(X, dtype=float) @ w[1:]
    wrong = predict(w, X) != t
    return float(np.sum(-t[wrong] * s[wrong]))
"""),
    A("perceptron_loss", "one-element-array", "'J as a number': an accumulator np.zeros(1) returns a (1,) array", """
def perceptron_loss(w, X, t):
    J = np.zeros(1)
    Xb = add_bias(X)
    for k in range(len(t)):
        if predict(w, X[k:k + 1])[0] != t[k]:
            J += -t[k] * (Xb[k] @ np.asarray(w, dtype=float))
    return J
"""),
    A("perceptron_loss", "hinge-margin-one", "max(0, 1 - t s) is the hinge loss, not the perceptron objective", """
def perceptron_loss(w, X, t):
    s = add_bias(X) @ np.asarray(w, dtype=float)
    return float(np.sum(np.maximum(0.0, 1.0 - np.asarray(t) * s)))
"""),
    # --- perceptron_step ------------------------------------------------------------------------
    A("perceptron_step", "in-place", "'never change w in place': w += ... changes the caller's weights", """
def perceptron_step(w, x, t, lr):
    y = step(add_bias(x) @ w)
    w += lr * (t - y) * add_bias(x)
    return w
"""),
    A("perceptron_step", "returns-same-array", "'Return a new array': returns the caller's w itself when nothing changes", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    y = step(xb @ w)
    if y == t:
        return w
    return w + lr * (t - y) * xb
"""),
    A("perceptron_step", "raw-sum", "the perceptron rule uses the thresholded y, not the raw sum s (that is the delta rule)", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ np.asarray(w, dtype=float)
    return np.asarray(w, dtype=float) + lr * (t - s) * xb
"""),
    A("perceptron_step", "half-rule", "w + lr (t - y) x̃ moves 2·lr·t·x̃ on a mistake; this moves lr·t·x̃", """
def perceptron_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    xb = add_bias(x)
    if step(xb @ w) != t:
        w = w + lr * t * xb
    return w
"""),
    A("perceptron_step", "always-update", "updates even when y = t: (t - y) is 0 then", """
def perceptron_step(w, x, t, lr):
    return np.asarray(w, dtype=float) + 2 * lr * t * add_bias(x)
"""),
    A("perceptron_step", "sign-flipped", "w + lr (t - y) x̃, not w - lr (t - y) x̃", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    y = step(xb @ np.asarray(w, dtype=float))
    return np.asarray(w, dtype=float) - lr * (t - y) * xb
"""),
    A("perceptron_step", "no-bias-update", "x̃ includes the constant 1: the bias must move too", """
def perceptron_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    y = step(add_bias(x) @ w)
    w[1:] = w[1:] + lr * (t - y) * np.asarray(x, dtype=float)
    return w
"""),
    A("perceptron_step", "strict-prediction", "y = τ(s) with τ(0) = +1; s > 0 treats s = 0 as -1", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    y = 1 if xb @ np.asarray(w, dtype=float) > 0 else -1
    return np.asarray(w, dtype=float) + lr * (t - y) * xb
"""),
    A("perceptron_step", "np-sign-prediction", "y = np.sign(s) is 0 on the line; τ(0) = +1", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    y = np.sign(xb @ np.asarray(w, dtype=float))
    return np.asarray(w, dtype=float) + lr * (t - y) * xb
"""),
    A("perceptron_step", "forgets-lr", "the update is scaled by the learning rate lr", """
def perceptron_step(w, x, t, lr):
    xb = add_bias(x)
    y = step(xb @ np.asarray(w, dtype=float))
    return np.asarray(w, dtype=float) + (t - y) * xb
"""),
    # --- delta_rule_step ------------------------------------------------------------------------
    A("delta_rule_step", "thresholded", "the delta rule uses the raw sum s, not y = τ(s)", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    y = step(xb @ np.asarray(w, dtype=float))
    return np.asarray(w, dtype=float) + lr * (t - y) * xb
"""),
    A("delta_rule_step", "gradient-ascent", "∇E = -(t - s) x̃; descent adds lr (t - s) x̃, this subtracts it", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ np.asarray(w, dtype=float)
    return np.asarray(w, dtype=float) - lr * (t - s) * xb
"""),
    A("delta_rule_step", "factor-two", "E = ½(t - s)²: its gradient has no factor 2", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ np.asarray(w, dtype=float)
    return np.asarray(w, dtype=float) + 2 * lr * (t - s) * xb
"""),
    A("delta_rule_step", "in-place", "'return a new array': w += changes the caller's weights", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ w
    w += lr * (t - s) * xb
    return w
"""),
    A("delta_rule_step", "only-on-mistakes", "the delta rule moves w even when the prediction is right", """
def delta_rule_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    xb = add_bias(x)
    s = xb @ w
    if step(s) != t:
        w = w + lr * (t - s) * xb
    return w
"""),
    A("delta_rule_step", "no-bias-in-sum", "s = w · x̃ includes the bias w[0]", """
def delta_rule_step(w, x, t, lr):
    w = np.asarray(w, dtype=float)
    xb = add_bias(x)
    s = np.asarray(x, dtype=float) @ w[1:]
    return w + lr * (t - s) * xb
"""),
    A("delta_rule_step", "bias-not-updated", "∂s/∂w0 = 1: the bias moves too", """
def delta_rule_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    s = add_bias(x) @ w
    w[1:] += lr * (t - s) * np.asarray(x, dtype=float)
    return w
"""),
    A("delta_rule_step", "normalised-lms", "divides by |x̃|² (normalised LMS): not the step of size lr on E", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ np.asarray(w, dtype=float)
    return np.asarray(w, dtype=float) + lr * (t - s) * xb / (xb @ xb)
"""),
    A("delta_rule_step", "squared-error-factor", "uses (t - s)² in place of (t - s)", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ np.asarray(w, dtype=float)
    return np.asarray(w, dtype=float) + lr * (t - s) ** 2 * xb
"""),
    # --- train_perceptron -----------------------------------------------------------------------
    A("train_perceptron", "one-order-for-all-epochs", "'in a new random order each epoch': the permutation is drawn once", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    order = rng.permutation(len(X))
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in order:
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "no-shuffle", "stochastic epochs visit the samples 'in a new random order each epoch'", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in range(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "global-rng", "'Use only rng for randomness': np.random.permutation ignores it", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in np.random.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "errors-with-end-weights", "'the errors of the epoch are the number of samples that caused an update', not mistakes of the final w", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            for k in rng.permutation(len(X)):
                w = perceptron_step(w, X[k], t[k], lr)
            n = int(np.sum(predict(w, X) != t))
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "errors-with-start-weights", "stochastic errors are the updates made, not the mistakes of the epoch's starting w", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        n = int(np.sum(predict(w, X) != t))
        if mode == "batch":
            y = predict(w, X)
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            for k in rng.permutation(len(X)):
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "batch-counts-after-update", "batch: 'compute all predictions with the same w, count the mistakes, then update'", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            w = w + lr * add_bias(X).T @ (t - y)
            n = int(np.sum(predict(w, X) != t))
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "batch-mean-update", "batch update is w + lr X̃ᵀ(t - y), not divided by N", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y) / len(X)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "batch-half-rule", "batch update uses (t - y), which is 2t on a mistake; X̃ᵀ t over mistakes is half of it", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            wrong = predict(w, X) != t
            n = int(np.sum(wrong))
            w = w + lr * add_bias(X)[wrong].T @ t[wrong]
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "random-init", "'Train a perceptron from w = 0': starts from random weights", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = rng.normal(scale=0.01, size=X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "zero-epoch-not-recorded", "'one error count per epoch run': the final error-free epoch is left out", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        if n == 0:
            break
        errors.append(n)
    return w, errors
"""),
    A("train_perceptron", "never-stops-early", "'Training stops at the first epoch without an error'", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
    return w, errors
"""),
    A("train_perceptron", "one-epoch-too-many", "'it stops after max_epochs epochs': runs max_epochs + 1", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    epoch = 0
    while epoch <= max_epochs:
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
        epoch += 1
    return w, errors
"""),
    A("train_perceptron", "errors-as-array", "'a list with the number of errors in each epoch': returns an ndarray", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = np.zeros(0, dtype=int)
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors = np.append(errors, n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "shuffle-x-and-t-apart", "shuffling X and t separately breaks the sample/target pairs", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.array(X, dtype=float), np.array(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            rng.shuffle(X)
            rng.shuffle(t)
            n = 0
            for k in range(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "with-replacement", "'visit the samples one at a time, in a new random order': rng.integers draws with replacement", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.integers(0, len(X), size=len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "stochastic-delta-rule", "stochastic mode applies perceptron_step, not the delta rule", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = delta_rule_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("delta_rule_step", "returns-same-array", "'return a new array': returns the caller's w itself when s = t", """
def delta_rule_step(w, x, t, lr):
    xb = add_bias(x)
    s = xb @ w
    if s == t:
        return w
    return w + lr * (t - s) * xb
"""),
    A("OR_WEIGHTS", "second-weight-too-small", "w2 = 0.5 with bias -1: (0,1) sums to -0.5, so OR says -1 there", """
OR_WEIGHTS = [-1.0, 1.0, 0.5]
"""),
]

RIGHT = [
    A("step", "where-with-number", "np.where, and a plain int for a number", """
def step(s):
    if np.ndim(s) == 0:
        return 1 if s >= 0 else -1
    return np.where(np.asarray(s) >= 0, 1, -1)
"""),
    A("step", "float-values", "±1.0 floats are +1/-1", """
def step(s):
    out = np.where(np.asarray(s, dtype=float) >= 0, 1.0, -1.0)
    return float(out) if out.ndim == 0 else out
"""),
    A("step", "sign-fixed-at-zero", "np.sign with the zeros turned into +1", """
def step(s):
    a = np.asarray(s, dtype=float)
    if a.ndim == 0:
        return 1 if a >= 0 else -1
    out = np.sign(a)
    out[out == 0] = 1
    return out
"""),
    A("step", "two-times-bool-minus-one", "2·[s >= 0] − 1", """
def step(s):
    out = 2 * (np.asarray(s) >= 0).astype(int) - 1
    return int(out) if out.ndim == 0 else out
"""),
    A("add_bias", "insert-last-axis", "np.insert along the last axis", """
def add_bias(X):
    return np.insert(np.asarray(X, dtype=float), 0, 1.0, axis=-1)
"""),
    A("add_bias", "branch-on-ndim", "two cases, concatenate and hstack", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.concatenate([[1.0], X])
    return np.hstack([np.ones((X.shape[0], 1)), X])
"""),
    A("add_bias", "ones-then-fill", "allocate and fill", """
def add_bias(X):
    X = np.asarray(X, dtype=float)
    out = np.ones(X.shape[:-1] + (X.shape[-1] + 1,))
    out[..., 1:] = X
    return out
"""),
    A("predict", "bias-trick", "τ(X̃ w) with the earlier functions", """
def predict(w, X):
    return step(add_bias(X) @ np.asarray(w, dtype=float))
"""),
    A("predict", "bias-separate", "w0 + X w[1:] without the bias trick", """
def predict(w, X):
    w = np.asarray(w, dtype=float)
    return np.where(np.asarray(X, dtype=float) @ w[1:] + w[0] >= 0, 1, -1)
"""),
    A("predict", "compare-to-threshold", "X w[1:] >= -w0", """
def predict(w, X):
    w = np.asarray(w, dtype=float)
    return np.where(np.asarray(X, dtype=float) @ w[1:] >= -w[0], 1, -1)
"""),
    A("AND_WEIGHTS", "classic", "bias -1.5 with w = (1, 1)", "AND_WEIGHTS = [-1.5, 1.0, 1.0]\n"),
    A("AND_WEIGHTS", "tie-on-one-one", "bias -2: (1,1) sums to exactly 0, which is +1 as AND wants", "AND_WEIGHTS = [-2, 1, 1]\n"),
    A("AND_WEIGHTS", "array-scaled", "an array, scaled weights", "AND_WEIGHTS = np.array([-3.0, 2.0, 2.0])\n"),
    A("AND_WEIGHTS", "tuple-unequal", "a tuple with unequal input weights", "AND_WEIGHTS = (-1.0, 0.6, 0.7)\n"),
    A("OR_WEIGHTS", "classic", "bias -0.5 with w = (1, 1)", "OR_WEIGHTS = [-0.5, 1.0, 1.0]\n"),
    A("OR_WEIGHTS", "tie-on-one-zero", "bias -1: (1,0) and (0,1) sum to exactly 0, which is +1 as OR wants", "OR_WEIGHTS = [-1, 1, 1]\n"),
    A("OR_WEIGHTS", "array-scaled", "an array, scaled weights", "OR_WEIGHTS = np.array([-1.0, 4.0, 4.0])\n"),
    A("OR_WEIGHTS", "tiny-bias", "any small negative bias", "OR_WEIGHTS = (-0.01, 1.0, 2.0)\n"),
    A("perceptron_loss", "masked-sum", "the sum over predict(w, X) != t", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    wrong = predict(w, X) != t
    return float(np.sum(-t[wrong] * s[wrong]))
"""),
    A("perceptron_loss", "loop", "a loop over the samples", """
def perceptron_loss(w, X, t):
    w = np.asarray(w, dtype=float)
    Xb = add_bias(X)
    J = 0.0
    for k in range(len(t)):
        s = Xb[k] @ w
        if step(s) != t[k]:
            J += -t[k] * s
    return float(J)
"""),
    A("perceptron_loss", "maximum-zero", "Σ max(0, -t s): the correct samples add 0, the mistakes -t s", """
def perceptron_loss(w, X, t):
    s = add_bias(X) @ np.asarray(w, dtype=float)
    return float(np.sum(np.maximum(0.0, -np.asarray(t) * s)))
"""),
    A("perceptron_loss", "np-where", "np.where on the mask, numpy scalar result", """
def perceptron_loss(w, X, t):
    t = np.asarray(t)
    s = add_bias(X) @ np.asarray(w, dtype=float)
    return np.where(predict(w, X) != t, -t * s, 0.0).sum()
"""),
    A("perceptron_step", "new-array", "w + lr (t - y) x̃, a new array", """
def perceptron_step(w, x, t, lr):
    w = np.asarray(w, dtype=float)
    xb = add_bias(x)
    y = step(xb @ w)
    return w + lr * (t - y) * xb
"""),
    A("perceptron_step", "copy-then-update", "copy, then update in place on the copy", """
def perceptron_step(w, x, t, lr):
    new = np.array(w, dtype=float)
    xb = add_bias(x)
    y = step(xb @ new)
    if y != t:
        new += lr * (t - y) * xb
    return new
"""),
    A("perceptron_step", "two-lr-t", "on a mistake t - y = 2t", """
def perceptron_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    xb = add_bias(x)
    if predict(w, np.atleast_2d(x))[0] != t:
        return w + 2 * lr * t * xb
    return w.copy()
"""),
    A("delta_rule_step", "raw-sum", "w + lr (t - s) x̃", """
def delta_rule_step(w, x, t, lr):
    w = np.asarray(w, dtype=float)
    xb = add_bias(x)
    s = xb @ w
    return w + lr * (t - s) * xb
"""),
    A("delta_rule_step", "gradient-named", "w - lr ∇E with ∇E = -(t - s) x̃", """
def delta_rule_step(w, x, t, lr):
    w = np.array(w, dtype=float)
    xb = add_bias(x)
    grad = -(t - np.dot(w, xb)) * xb
    return w - lr * grad
"""),
    A("train_perceptron", "reference-like", "batch in matrix form, stochastic with rng.permutation and perceptron_step", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            n = int(np.sum(y != t))
            w = w + lr * add_bias(X).T @ (t - y)
        else:
            n = 0
            for k in rng.permutation(len(X)):
                if predict(w, X[k:k + 1])[0] != t[k]:
                    n += 1
                w = perceptron_step(w, X[k], t[k], lr)
        errors.append(n)
        if n == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "loops-and-changed-weights", "batch as a loop summing per-sample updates; an update counted as a change of w", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    Xb = add_bias(X)
    w = np.zeros(Xb.shape[1])
    errors = []
    epoch = 0
    while epoch < max_epochs:
        epoch += 1
        count = 0
        if mode == "batch":
            total = np.zeros_like(w)
            for k in range(len(X)):
                y = step(Xb[k] @ w)
                if y != t[k]:
                    count += 1
                total += lr * (t[k] - y) * Xb[k]
            w = w + total
        elif mode == "stochastic":
            order = rng.permutation(len(X))
            for k in order:
                y = step(Xb[k] @ w)
                if y != t[k]:
                    count += 1
                    w = w + lr * (t[k] - y) * Xb[k]
        errors.append(count)
        if count == 0:
            break
    return w, errors
"""),
    A("train_perceptron", "shuffle-index-array", "rng.shuffle of arange(N) each epoch: the same random order as rng.permutation(N)", """
def train_perceptron(X, t, lr, max_epochs, mode, rng):
    X, t = np.asarray(X, dtype=float), np.asarray(t)
    w = np.zeros(X.shape[1] + 1)
    errors = []
    for _ in range(max_epochs):
        if mode == "batch":
            y = predict(w, X)
            errors.append(int(np.count_nonzero(y != t)))
            w = w + lr * (add_bias(X).T @ (t - y))
        else:
            idx = np.arange(len(X))
            rng.shuffle(idx)
            n = 0
            for k in idx:
                new = perceptron_step(w, X[k], t[k], lr)
                if not np.array_equal(new, w):
                    n += 1
                w = new
            errors.append(n)
        if errors[-1] == 0:
            break
    return w, errors
"""),
    A("AND_WEIGHTS", "tie-half-weights", "bias -1 with w = (0.5, 0.5): (1,1) sums to exactly 0 (+1), (1,0) to -0.5", "AND_WEIGHTS = [-1.0, 0.5, 0.5]\n"),
]
