"""Lesson 07, the digits capstone: wrong answers fail, alternatives pass, and the
reported test accuracy holds when recomputed from the shipped data."""

import functools
import gzip
import hashlib
import time
from pathlib import Path

import numpy as np
import pytest

from helpers import digits, layers
from tests.support import NOTEBOOKS, assert_fails, assert_passes, run_notebook, solution_namespace

LESSON = "07_digits_capstone"
ROOT = Path(__file__).resolve().parent.parent


fails = functools.partial(assert_fails, LESSON)
passes = functools.partial(assert_passes, LESSON)


# ----------------------------------------------------------------- the data

def test_shipped_data_is_the_uci_test_set_unchanged():
    raw = (ROOT / "data" / "digits" / "digits.csv.gz").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == (
        "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22")
    assert len(gzip.decompress(raw).splitlines()) == 1797
    readme = (ROOT / "data" / "digits" / "README.md").read_text(encoding="utf-8")
    for fact in ("UCI Machine Learning Repository", "Alpaydin", "Kaynak", "CC BY 4.0",
                 "scikit-learn"):
        assert fact in readme


def test_loader_shapes_and_values():
    X, y = digits.load_digits()
    assert X.shape == (1797, 64) and X.dtype == np.float64
    assert y.shape == (1797,) and y.dtype.kind == "i"
    assert X.min() == 0 and X.max() == 16
    assert np.array_equal(np.bincount(y), [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])


def test_split_is_fixed_disjoint_and_stratified():
    X, y = digits.load_digits()
    a, b = digits.split(X, y, seed=0), digits.split(X, y, seed=0)
    for key in a:
        assert np.array_equal(a[key], b[key])
    assert len(a["y_train"]) + len(a["y_val"]) + len(a["y_test"]) == 1797
    rows = {tuple(r) for part in ("train", "val", "test") for r in a[f"X_{part}"].astype(int)}
    assert len(rows) == len({tuple(r) for r in X.astype(int)})  # every image kept, none twice
    for part in ("val", "test"):
        assert np.bincount(a[f"y_{part}"]).min() >= 34  # every digit present, about equally
    with pytest.raises(ValueError):
        digits.split(X, y[:-1])


# ----------------------------------------------------------- helpers.layers

def test_layers_he_init_scale():
    params = layers.he_init((400, 300, 10), np.random.default_rng(0))
    assert params["W1"].shape == (400, 300) and params["b2"].shape == (10,)
    assert abs(params["W1"].std() - np.sqrt(2 / 400)) < 0.005
    assert not np.any(params["b1"])


def test_helpers_hold_no_layer_of_the_course():
    """The capstone runs on the student's own layers (helpers.mywork), not on course copies."""
    for name in ("affine_forward", "affine_backward", "relu_forward", "relu_backward", "softmax_loss",
                 "scores", "numeric_gradient", "gradient_check", "benchmark", "_network_loss"):
        assert not hasattr(layers, name), name


def test_layers_minibatches_cover_every_sample_once():
    batches = layers.minibatches(10, 4, np.random.default_rng(0))
    assert [len(b) for b in batches] == [4, 4, 2]
    assert sorted(np.concatenate(batches)) == list(range(10))


# ------------------------------------------------------ mlp_loss_and_grads

def test_mlp_without_mean_fails():
    feedback = fails("mlp_loss_and_grads", """
_solution_mlp = mlp_loss_and_grads
def mlp_loss_and_grads(params, X, y):
    loss, grads = _solution_mlp(params, X, y)
    n = len(np.asarray(y))
    return loss * n, {k: g * n for k, g in grads.items()}
""")
    assert "mean" in feedback


def test_mlp_with_relu_on_the_scores_fails():
    fails("mlp_loss_and_grads", """
def mlp_loss_and_grads(params, X, y):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    L = layers.num_layers(params)
    out, caches = X, []
    for i in range(1, L + 1):
        out, ac = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        out, rc = relu_forward(out)
        caches.append((ac, rc))
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        ac, rc = caches[i - 1]
        dout = relu_backward(dout, rc)
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, ac)
    return loss, grads
""")


def test_mlp_hard_coded_two_layers_fails():
    fails("mlp_loss_and_grads", """
def mlp_loss_and_grads(params, X, y):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    s, c2 = affine_forward(a, params["W2"], params["b2"])
    loss, ds = softmax_cross_entropy(s, y)
    da, dW2, db2 = affine_backward(ds, c2)
    dh = relu_backward(da, cr)
    _, dW1, db1 = affine_backward(dh, c1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""")


def test_mlp_forgetting_relu_backward_fails():
    fails("mlp_loss_and_grads", """
def mlp_loss_and_grads(params, X, y):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    L = layers.num_layers(params)
    out, caches = X, []
    for i in range(1, L + 1):
        out, ac = affine_forward(out, params[f"W{i}"], params[f"b{i}"])
        if i < L:
            out, _ = relu_forward(out)
        caches.append(ac)
    loss, dout = softmax_cross_entropy(out, y)
    grads = {}
    for i in range(L, 0, -1):
        dout, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(dout, caches[i - 1])
    return loss, grads
""")


def test_mlp_bias_gradient_not_summed_fails():
    fails("mlp_loss_and_grads", """
_solution_mlp = mlp_loss_and_grads
def mlp_loss_and_grads(params, X, y):
    loss, grads = _solution_mlp(params, X, y)
    n = len(np.asarray(y))
    return loss, {k: (np.tile(g / n, (n, 1)) if k.startswith("b") else g) for k, g in grads.items()}
""")


def test_mlp_from_scratch_alternative_passes():
    passes("mlp_loss_and_grads", """
def mlp_loss_and_grads(params, X, y):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    L = sum(k.startswith("W") for k in params)
    acts = [X]
    for i in range(1, L + 1):
        z = acts[-1] @ params[f"W{i}"] + params[f"b{i}"]
        acts.append(np.maximum(z, 0) if i < L else z)
    z = acts[-1]
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    n = len(y)
    loss = -np.mean(np.log(p[np.arange(n), y]))
    d = p.copy()
    d[np.arange(n), y] -= 1
    d /= n
    grads = {}
    for i in range(L, 0, -1):
        grads[f"W{i}"] = acts[i - 1].T @ d
        grads[f"b{i}"] = d.sum(axis=0)
        d = d @ params[f"W{i}"].T
        if i > 1:
            d = d * (acts[i - 1] > 0)
    return loss, grads
""")


# ---------------------------------------------------------------- sgd_epoch

SGD_BODY = """
def sgd_epoch(params, X, y, lr, batch_size, rng):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    {order}
    losses = []
    for start in range(0, {stop}, batch_size):
        idx = order[start:start + batch_size]
        loss, grads = mlp_loss_and_grads(params, X[idx], y[idx])
        {update}
        losses.append(loss)
    return params, float(np.mean(losses))
"""
GOOD = {"order": "order = rng.permutation(len(X))", "stop": "len(X)",
        "update": "params = {k: params[k] - lr * grads[k] for k in params}"}


def sgd(**changes):
    return SGD_BODY.format(**{**GOOD, **changes})


def test_sgd_alternative_with_plain_mean_passes():
    passes("sgd_epoch", sgd())


def test_sgd_without_shuffle_fails():
    fails("sgd_epoch", sgd(order="order = np.arange(len(X))"))


def test_sgd_with_global_random_state_fails():
    fails("sgd_epoch", sgd(order="order = np.random.permutation(len(X))"))


def test_sgd_dropping_the_last_partial_batch_fails():
    fails("sgd_epoch", sgd(stop="len(X) - batch_size + 1"))


def test_sgd_sampling_with_replacement_fails():
    fails("sgd_epoch", sgd(order="order = rng.integers(0, len(X), size=len(X))"))


def test_sgd_in_place_update_fails():
    feedback = fails("sgd_epoch", sgd(update="""for k in params:
            params[k] -= lr * grads[k]"""))
    assert "in place" in feedback


def test_sgd_ascending_fails():
    fails("sgd_epoch", sgd(update="params = {k: params[k] + lr * grads[k] for k in params}"))


def test_sgd_shuffle_via_rng_shuffle_passes():
    passes("sgd_epoch", sgd(order="order = np.arange(len(X)); rng.shuffle(order)"))


# ------------------------------------------------------ accuracy, confusion

def test_accuracy_wrong_axis_fails():
    fails("accuracy", """
def accuracy(scores, y):
    return float(np.mean(np.argmax(np.asarray(scores), axis=0) == np.asarray(y)))
""")


def test_accuracy_percentage_fails():
    fails("accuracy", """
def accuracy(scores, y):
    return 100.0 * float(np.mean(np.argmax(np.asarray(scores), axis=1) == np.asarray(y)))
""")


def test_accuracy_loop_passes():
    passes("accuracy", """
def accuracy(scores, y):
    right = 0
    for row, label in zip(scores, y):
        right += int(max(range(len(row)), key=lambda j: row[j]) == label)
    return right / len(y)
""")


def test_confusion_matrix_fancy_index_increment_fails():
    feedback = fails("confusion_matrix", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    M[np.asarray(y_true), np.asarray(y_pred)] += 1
    return M
""")
    assert "np.add.at" in feedback


def test_confusion_matrix_transposed_fails():
    fails("confusion_matrix", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(M, (np.asarray(y_pred), np.asarray(y_true)), 1)
    return M
""")


def test_confusion_matrix_sized_from_labels_fails():
    fails("confusion_matrix", """
def confusion_matrix(y_true, y_pred, num_classes):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    C = max(y_true.max(), y_pred.max()) + 1
    M = np.zeros((C, C), dtype=int)
    np.add.at(M, (y_true, y_pred), 1)
    return M
""")


def test_confusion_matrix_alternatives_pass():
    passes("confusion_matrix", """
def confusion_matrix(y_true, y_pred, num_classes):
    M = np.zeros((num_classes, num_classes))
    for t, p in zip(y_true, y_pred):
        M[t, p] += 1
    return M
""")
    passes("confusion_matrix", """
def confusion_matrix(y_true, y_pred, num_classes):
    codes = np.asarray(y_true) * num_classes + np.asarray(y_pred)
    return np.bincount(codes, minlength=num_classes ** 2).reshape(num_classes, num_classes)
""")


# ------------------------------------------------- the capstone's promises

def _test_accuracy_from_shipped_data(params):
    """Rebuild the test set from the shipped file, independently of the notebook."""
    X, y = digits.load_digits()
    parts = digits.split(X, y, fractions=(0.6, 0.2, 0.2), seed=0)
    mu = parts["X_train"].mean(axis=0)
    sigma = parts["X_train"].std(axis=0)
    sigma[sigma == 0] = 1.0
    scores = (parts["X_test"] - mu) / sigma
    for i in range(1, layers.num_layers(params) + 1):
        scores = scores @ params[f"W{i}"] + params[f"b{i}"]
        if f"W{i + 1}" in params:
            scores = np.maximum(scores, 0.0)
    return float(np.mean(scores.argmax(axis=1) == parts["y_test"])), len(parts["y_test"])


def test_capstone_reaches_95_percent_on_the_test_set():
    ns = solution_namespace(LESSON)
    acc, n = _test_accuracy_from_shipped_data(ns["chosen_params"])
    assert n == 360
    assert acc >= 0.95
    assert acc == pytest.approx(ns["chosen_test_accuracy"])  # what the notebook reports is true
    assert [k for k in ns["chosen_params"]] == ["W1", "b1", "W2", "b2"]  # an MLP, not the baseline
    # the test set serves one model, the one the validation set chose: no other is scored on it
    assert not [name for name in ns if name.endswith("test_accuracy") and name != "chosen_test_accuracy"]


def test_the_validation_set_chooses_the_width_and_the_learning_rate_by_the_stated_rule():
    """Issue 25: every run of the sweep is scored again here with a forward pass and an argmax of
    this test's own (not the lesson's layers or accuracy), and the chosen MLP is the first best by
    the text's tie rule: the smaller width, then the smaller learning rate."""
    ns = solution_namespace(LESSON)
    runs, X_val, y_val = ns["runs"], ns["X_val"], ns["y_val"]

    def validation_accuracy(params):
        out, L = X_val, len([key for key in params if key.startswith("W")])
        for i in range(1, L + 1):
            out = out @ params[f"W{i}"] + params[f"b{i}"]
            out = np.maximum(out, 0) if i < L else out
        return np.mean(np.argmax(out, axis=1) == y_val)

    rates = sorted({lr for _, lr in runs})
    assert len(rates) >= 3 and {sizes[1] for sizes, _ in runs if len(sizes) == 3} == {16, 32, 64, 128}
    for key, (params, epoch, accuracy) in runs.items():
        assert validation_accuracy(params) == pytest.approx(accuracy, abs=1e-12), key
        assert 1 <= epoch <= 40
    mlps = [key for key in runs if len(key[0]) == 3]
    best = max(validation_accuracy(runs[key][0]) for key in mlps)
    first = min((key for key in mlps if validation_accuracy(runs[key][0]) == best), key=lambda k: (k[0][1], k[1]))
    assert (ns["chosen_sizes"], ns["chosen_lr"]) == first
    assert ns["chosen_params"] is runs[first][0]            # the sweep trained it: nothing is trained twice
    linear = [key for key in runs if len(key[0]) == 2]
    assert ns["baseline_lr"] == min((k for k in linear if runs[k][2] == max(runs[j][2] for j in linear)),
                                    key=lambda k: k[1])[1]


def test_capstone_training_is_deterministic_and_fast():
    ns = solution_namespace(LESSON)
    start = time.perf_counter()
    params, history = ns["fit"]((64, 64, 10), lr=0.1)
    seconds = time.perf_counter() - start
    for key in params:
        assert np.array_equal(params[key], ns["mlp_params"][key])
    assert len(history["val_acc"]) == 40
    assert seconds < 15, f"training took {seconds:.1f} s"


def test_notebook_teaches_the_required_pieces():
    text = (ROOT / "solutions" / f"{LESSON}.py").read_text(encoding="utf-8")
    assert "[glossary](00_glossary.md)" in text
    for needle in ("mywork.load", "numerical_gradient(loss_at", "confusion_matrix(y_test", "misread", "baseline",
                   "val_loss", "CC BY 4.0", "혼동 행렬", "검증 집합", "미니배치"):
        assert needle in text
    for name in ("mlp_loss_and_grads", "sgd_epoch", "accuracy", "confusion_matrix"):
        assert f'check("{name}")' in text


def test_student_notebook_runs_without_errors():
    ns, reports = run_notebook(NOTEBOOKS / f"{LESSON}.ipynb")
    assert [r for r in reports if r.error] == []
    assert "X_test" in ns


# ------------------------------------------------ sgd_epoch: the contract's mean loss

def test_sgd_mean_weighted_by_batch_size_fails():
    """The text fixes 'the plain mean of the batch losses': a mean weighted by batch size differs
    when the last batch is smaller, and the hint names that."""
    source = sgd().replace("losses.append(loss)", "losses.append(loss * len(idx))").replace(
        "float(np.mean(losses))", "float(np.sum(losses) / len(X))")
    assert "weighted by batch size" in fails("sgd_epoch", source)


def test_sgd_loss_recorded_after_the_update_fails():
    source = sgd().replace("        losses.append(loss)\n", "        losses.append(mlp_loss_and_grads(params, X[idx], "
                           "y[idx])[0])\n")
    fails("sgd_epoch", source)


def test_the_reference_keeps_the_contract_of_the_plain_mean():
    ns = solution_namespace(LESSON)
    params = layers.he_init((3, 4, 3), np.random.default_rng(0))
    X = np.random.default_rng(1).normal(size=(5, 3))
    y = np.array([0, 1, 2, 0, 1])
    _, mean_loss = ns["sgd_epoch"](params, X, y, 0.1, 2, np.random.default_rng(3))
    losses, current = [], params
    for idx in layers.minibatches(5, 2, np.random.default_rng(3)):
        loss, grads = ns["mlp_loss_and_grads"](current, X[idx], y[idx])
        losses.append(loss)
        current = layers.sgd_step(current, grads, 0.1)
    assert mean_loss == pytest.approx(np.mean(losses), rel=1e-12)


def test_a_stub_of_lesson_06_is_named_not_the_finished_function_that_calls_it():
    """With 06's softmax_cross_entropy still a stub, an implemented mlp_loss_and_grads is not
    called 'not implemented yet', and sgd_epoch is told to finish softmax_cross_entropy."""
    from grader import references
    from helpers import mywork
    from tests.support import verdict

    ns = solution_namespace(LESSON)
    ns["softmax_cross_entropy"] = mywork._stand_in("softmax_cross_entropy", "not implemented yet in 06")
    for definition in references.load(LESSON)[0]:
        if definition.names & {"mlp_loss_and_grads", "sgd_epoch"}:
            exec(definition.source, ns)
    for name in ("mlp_loss_and_grads", "sgd_epoch"):
        result = verdict(name, ns)
        assert result.status == "not_implemented"
        assert "`softmax_cross_entropy`" in result.feedback and "still the stub" not in result.feedback
        assert "calls `mlp_loss_and_grads`" not in result.feedback
