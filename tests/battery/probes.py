"""Differential probes: each WRONG answer must differ from the first RIGHT answer somewhere.

    PYTHONPATH=$PWD python -m tests.battery.probes 01 ...

This is how the battery checks itself, independently of the course's checks: every WRONG answer
is run on a few probe expressions per exercise next to the first RIGHT answer; it must differ in
value, type, shape, dtype kind, warnings, exceptions or in what it does to its inputs. Answers
whose mistake is the method (numerical gradients where backprop is asked, a closed form where
gates are asked) cannot differ by value; they are listed in METHOD. Every other RIGHT answer must
agree with the first one on every probe.
"""

from __future__ import annotations

import sys
import warnings

import numpy as np

from tests.battery.run_selfcheck import _quiet, base_namespace

# Mistakes in the method, not in the values: no probe can show them. The errstate answers compute
# what the text says not to compute (an overflowing exponential, 0·log 0) and hide the warning.
METHOD = {
    "sigmoid/naive-errstate", "SigmoidGate/errstate-naive", "sigmoid_forward/errstate-naive",
    "entropy/errstate-nan-to-num", "binary_cross_entropy/errstate-nan-to-num",
    "neuron_forward_backward/closed-form", "neuron_forward_backward/numerical",
    "affine_backward/numerical", "two_layer_loss_and_grads/numerical", "mlp_loss_and_grads/numerical",
    "sigmoid_grad/numerical-slope",
}

_G = "np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])"
_BLOBS = ("(lambda r: (np.where(np.arange(20)[:, None] % 2 == 0, 1.5, -1.5) + r.normal(scale=0.6, size=(20, 2)),"
          " np.where(np.arange(20) % 2 == 0, 1, -1)))(np.random.default_rng(3))")

PROBES: dict[str, list[str]] = {
    # lesson 01
    "step": ["step(0.0)", "step(-2.5)", "step(np.array([[-1., 0.], [2., -0.]]))", "step([0, -1, 3])",
             "step(np.array([0.5]))", "step(3)"],
    "add_bias": ["add_bias(np.array([[2., 3.], [4., 5.]]))", "add_bias(np.array([2., 3., 4.]))",
                 "add_bias(np.array([[7., 8., 9.]]))", "add_bias(np.zeros((3, 1)))"],
    "predict": [f"predict(np.array([-1.5, 1., 1.]), {_G})", f"predict(np.array([-1., 1., 1.]), {_G})",
                f"predict(np.array([0., 0., 0.]), {_G})", f"predict(np.array([0.5, -1., 2.]), {_G} * 3 - 1)"],
    "AND_WEIGHTS": [f"np.where(np.asarray(AND_WEIGHTS, float)[0] + {_G} @ np.asarray(AND_WEIGHTS, float)[1:] >= 0, 1, -1)"
                    " if len(AND_WEIGHTS) == 3 else 'length'"],
    "OR_WEIGHTS": [f"np.where(np.asarray(OR_WEIGHTS, float)[0] + {_G} @ np.asarray(OR_WEIGHTS, float)[1:] >= 0, 1, -1)"
                   " if len(OR_WEIGHTS) == 3 else 'length'"],
    "perceptron_loss": [f"perceptron_loss(np.array([0.5, -1., 2.]), {_G} * 2 - 1, np.array([1, -1, 1, -1]))",
                        f"perceptron_loss(np.array([-0.5, 1., 1.]), {_G}, np.array([-1, -1, -1, 1]))",
                        f"perceptron_loss(np.array([0.2, 0.3, -0.4]), {_G}, np.array([1, 1, 1, 1]))",
                        f"perceptron_loss(np.array([1., 1., 1.]), {_G}, np.array([-1, -1, -1, -1]))"],
    "perceptron_step": ["(lambda w: (perceptron_step(w, np.array([1.5, 2.]), -1, 0.3), w.tolist()))(np.array([0.375, -0.5, 0.75]))",
                        "(lambda w: (perceptron_step(w, np.array([1., 1.]), 1, 0.5) is w, w.tolist()))(np.array([0., 1., 1.]))",
                        "perceptron_step(np.array([0., 0., 0.]), np.array([2., -1.]), -1, 0.1)",
                        "perceptron_step(np.array([0.5, -1., 0.]), np.array([0.5, 3.]), 1, 1.0)",
                        "perceptron_step(np.array([-1., 0.5, 0.5]), np.array([1., 1.]), -1, 0.2)"],
    "delta_rule_step": ["(lambda w: (delta_rule_step(w, np.array([1.5, 2.]), -1, 0.3), w.tolist()))(np.array([0.375, -0.5, 0.75]))",
                        "delta_rule_step(np.array([0.2, 0.1, -0.3]), np.array([1., 2.]), 1, 0.1)",
                        "delta_rule_step(np.array([0.5, 1., 0.]), np.array([1., 0.]), 1, 0.1)",
                        "(lambda w: delta_rule_step(w, np.array([1., 0.]), 1, 0.5) is w)(np.array([0., 1., 0.]))"],
    "train_perceptron": [f"train_perceptron(*{_BLOBS}, 0.1, 30, 'stochastic', np.random.default_rng(5))",
                         f"train_perceptron(*{_BLOBS}, 0.1, 30, 'batch', np.random.default_rng(5))",
                         f"train_perceptron({_G}, np.array([-1, 1, 1, -1]), 0.5, 7, 'batch', np.random.default_rng(0))",
                         f"train_perceptron({_G}, np.array([-1, 1, 1, -1]), 0.5, 9, 'stochastic', np.random.default_rng(2))",
                         f"train_perceptron({_G}, np.array([-1, -1, -1, 1]), 1.0, 40, 'stochastic', np.random.default_rng(7))",
                         f"(lambda r: (train_perceptron(*{_BLOBS}, 0.1, 30, 'stochastic', r), np.random.rand()))"
                         "((np.random.seed(0), np.random.default_rng(5))[1])",
                         f"type(train_perceptron({_G}, np.array([-1, -1, -1, 1]), 1.0, 40, 'batch', np.random.default_rng(7))[1]).__name__"],
    # lesson 02
    "line_through": ["(lambda pd, w: (float(np.asarray(w)[0] + np.asarray(w)[1:] @ pd[0]), float(np.asarray(w)[1:] @ pd[1]),"
                     " bool(np.any(pd[1])), type(pd[0]).__name__))(line_through(w), w)"
                     .replace("(line_through(w), w)", f"(line_through({w}), {w})")
                     for w in ("[-1.5, 1., 1.]", "[2., 0., -4.]", "[-3., 2., 0.]", "[0.7, -0.2, 0.3]", "[1e-3, 1e-9, 0.]")]
    + ["(lambda: (lambda e: (type(e).__name__, bool(str(e))))(_raised(lambda: line_through([1., 0., 0.]))))()"],
    "signed_distance": ["signed_distance(np.array([-1.5, 1., 1.]), np.array([[0., 0.], [1., 1.], [2., 0.5]]))",
                        "signed_distance(np.array([1., 2., -2., 1.]), np.array([[1., 0., 2.], [0., 0., 0.]]))",
                        "signed_distance(np.array([3., 0., 4.]), np.array([[1., 1.], [5., -2.]]))"],
    "same_boundary": ["same_boundary([-1.5, 1., 1.], [-3., 2., 2.])", "same_boundary([-1.5, 1., 1.], [1.5, -1., -1.])",
                      "same_boundary([0., 1., -1.], [0., 3., -3.])", "same_boundary([2., 0., 1.], [2. * 7.3, 0., 7.3])",
                      "same_boundary([1., 2., 3.], [1., 2., 3.0001])", "same_boundary([1., 1., 0.], [2., 1., 0.])",
                      "same_boundary([-1., 0.1, 0.3], [-10., 1., 3.])", "same_boundary([0.3, 0.1, 0.7], [0.3 * 3, 0.1 * 3, 0.7 * 3])",
                      "same_boundary([1., -1., 0.], [1., 0., -1.])", "same_boundary([0., 0., 1.], [0., 0., 5.])",
                      "same_boundary([-1.5, 1., 1.], [-1.5, 1., 1.5])"],
    "threshold_to_bias": ["threshold_to_bias([1, 1], 1.5)", "threshold_to_bias(np.array([0.5, -2., 3.]), -0.25)",
                          "(lambda w: (threshold_to_bias(w, 2), w))([1, 2])"],
    # lesson 03
    "best_line_accuracy": [f"best_line_accuracy({_G}, np.array([-1, 1, 1, -1]), {n})" for n in (360, 8, 12, 7)]
    + [f"best_line_accuracy({_G} * 100 + 50, np.array([-1, -1, -1, 1]), 12)",
       f"best_line_accuracy({_G}, np.array([-1, -1, -1, -1]), 12)",
       f"best_line_accuracy({_G}, np.array([1, -1, -1, -1]), 12)",
       "best_line_accuracy(np.array([[0., 0.], [1., 0.2], [2., -0.1], [3., 0.1]]), np.array([1, 1, -1, -1]), 5)",
       "best_line_accuracy(np.array([[0., 0.], [10., 0.], [0., 1.], [10., 1.]]), np.array([-1, -1, 1, 1]), 8)",
       "best_line_accuracy(np.array([[0., 3.], [3., 0.], [3., 3.]]), np.array([-1, -1, 1]), 4)"],
    "XOR_HIDDEN": ["_xor_hidden_ok(XOR_HIDDEN)"],
    "XOR_OUTPUT": ["(lambda v: np.where(v[0] + np.array([[1, 1], [1, -1], [-1, 1], [-1, -1]]) @ v[1:] >= 0, 1, -1) "
                   "if v.shape == (3,) else 'shape')(np.asarray(XOR_OUTPUT, float))"],
    "hidden_features": [f"hidden_features([[-0.5, 1., 1.], [1.5, -1., -1.]], {_G})",
                        f"hidden_features(np.array([[0., 2., -1.], [1., 0.5, 3.]]), {_G})",
                        "hidden_features(np.array([[0., 0., 1.], [1., -1., -0.5], [0., 1., -0.5]]), np.array([[0.5, 0.5], [2., 2.], [0., 0.]]))",
                        "hidden_features(np.array([[1., 1., -1., 2.]]), np.array([[1., 2., -3.], [0., 0., 3.]]))"],
    "mlp_forward": ["mlp_forward({'W1': np.array([[1., -2., 0.5], [0.3, 1., -1.]]), 'b1': np.array([0.1, 0., -0.2]),"
                    " 'W2': np.array([[1.], [-1.], [2.]]), 'b2': np.array([0.3])}, np.array([[0., 1.], [2., -1.]]))",
                    "mlp_forward({'W1': np.array([[1., 2.], [3., 4.]]), 'b1': np.array([0.5, -0.5]),"
                    " 'W2': np.array([[1.], [-2.]]), 'b2': np.array([0.1])}, np.array([[1., 0.], [0., 1.]]))"],
    # lesson 04
    "sigmoid": ["sigmoid(np.array([-1e4, -30., -1., 0., 2., 20., 1e4]))", "sigmoid(0.5)", "sigmoid([[-1, 0], [3, 800]])",
                "sigmoid(np.array([-2, 0, 5]))"],
    "sigmoid_grad": ["sigmoid_grad(np.array([-1e4, -4., 0., 1., 4., 1e4]))", "sigmoid_grad([0.0, 2.0])"],
    "tanh_grad": ["tanh_grad(np.array([-800., -2., 0., 0.5, 3.]))", "tanh_grad([[0.1, -0.2]])", "tanh_grad(1.0)"],
    "relu": ["(lambda x: (relu(x), x.tolist()))(np.array([[-1.5, 0.], [2., -0.1]]))", "relu([-1, 2, 0])", "relu(-3.0)"],
    "relu_grad": ["(lambda x: (relu_grad(x), x.tolist()))(np.array([[-1.5, 0.], [2., -0.1]]))", "relu_grad(np.array([0.0, 1e-9, -1e-9]))",
                  "relu_grad(2.0)"],
    "generalized_relu": ["generalized_relu(np.array([-2., -0.5, 0., 1.5]), 0.1)", "generalized_relu(np.array([-2., 3.]), 2.0)",
                         "generalized_relu(np.array([-2., 3.]), -0.5)", "generalized_relu([-3, 4], 0.5)",
                         "generalized_relu(np.array([[-1., 2.]]), -1.0)"],
    "generalized_relu_grad": ["generalized_relu_grad(np.array([-2., 0., 1.5]), 0.1)",
                              "generalized_relu_grad(np.array([-2., 0., 3.]), 2.0)",
                              "generalized_relu_grad(np.array([[-1., 0.]]), -1.0)", "generalized_relu_grad(np.array([0.]), 0.0)"],
    "chain_gradient": [f"chain_gradient(np.array([-1., 0., 1., 3.]), {d}, '{a}')" for d in (0, 1, 5) for a in ("sigmoid", "tanh", "relu")]
    + ["chain_gradient(1.0, 10, 'sigmoid')", "chain_gradient(np.array([0, 1, 2]), 3, 'tanh')"],
    # lesson 05
    "AddGate": ["(lambda g: (g.forward([1., 2.], [3., 4.]), g.backward(np.array([0.5, -1.]))))(AddGate())",
                "(lambda g, x: (g.forward(x, np.array([1., 1.])), x.tolist()))(AddGate(), np.array([2., 3.]))"],
    "MultiplyGate": ["(lambda g: (g.forward([1., 2.], [3., 4.]), g.backward(np.array([0.5, -1.]))))(MultiplyGate())",
                     "(lambda g, h: (g.forward(2., 3.), h.forward(5., 7.), g.backward(1.)))(MultiplyGate(), MultiplyGate())",
                     "(lambda g, x: (g.forward(x, np.array([2., 3.])), x.tolist(), g.backward(np.ones(2))))(MultiplyGate(), np.array([0., 3.]))"],
    "MaxGate": ["(lambda g: (g.forward([1., 5., 2.], [3., 4., 2.]), g.backward(np.array([1., 2., 3.]))))(MaxGate())",
                "(lambda g: (g.forward(np.array([[0., -1.]]), np.array([[0., 0.]])), g.backward(np.array([[4., 5.]]))))(MaxGate())"],
    "ExpGate": ["(lambda g: (g.forward([0., 1., -2.]), g.backward(np.array([1., 2., 3.]))))(ExpGate())",
                "(lambda g, h: (g.forward(1.), h.forward(2.), g.backward(1.)))(ExpGate(), ExpGate())",
                "(lambda g, x: (g.forward(x), x.tolist()))(ExpGate(), np.array([0., 1.]))"],
    "ReciprocalGate": ["(lambda g: (g.forward([2., -4.]), g.backward(np.array([1., 3.]))))(ReciprocalGate())",
                       "(lambda g: (g.forward(np.array([2, 4])), g.backward(np.array([1., 1.]))))(ReciprocalGate())"],
    "SigmoidGate": ["(lambda g: (g.forward([-1000., 0., 2.]), g.backward(np.array([1., 2., 3.]))))(SigmoidGate())",
                    "(lambda g: (g.forward(1.), g.backward(0.5)))(SigmoidGate())"],
    "numerical_gradient": ["(lambda x: (numerical_gradient(lambda v: float(np.sum(v ** 3)), x), x.tolist()))(np.array([[1., -2., 0.1], [0.3, 0.7, 2.]]))",
                           "numerical_gradient(lambda v: float(np.sum(np.sin(v))), np.array([0.5, 1.5]), h=1e-3)",
                           "numerical_gradient(lambda v: float(v @ v), [1, 2])",
                           "(lambda x: (numerical_gradient(lambda v: float(np.sum(v * v)), x), x.tolist()))(np.array([0.1, 0.7, 1e8]))"],
    "rel_error": ["rel_error(np.array([1., 0., -2.]), np.array([1.1, 0., 2.]))", "rel_error(3.0, 3.0000003)",
                  "rel_error(np.array([[1e-9, 5.]]), np.array([[2e-9, 5.]]))", "rel_error(np.array([1., 2.]), np.array([1.5, 2.]))",
                  "rel_error(np.array([0.]), np.array([0.]))"],
    "neuron_forward_backward": ["neuron_forward_backward([2., -3., -3.], [-1., -2.])", "neuron_forward_backward(np.array([0.5, 1., -2.]), np.array([3., 0.]))",
                                "type(neuron_forward_backward([2., -3., -3.], [-1., -2.])[0]).__name__"],
    "affine_forward": ["affine_forward(np.arange(8.).reshape(4, 2), np.arange(6.).reshape(2, 3) / 5, np.array([1., -1., 0.5]))[0]",
                       "affine_backward(np.ones((4, 3)), affine_forward(np.arange(8.).reshape(4, 2), np.arange(6.).reshape(2, 3) / 5, np.array([1., -1., 0.5]))[1])"],
    "affine_backward": ["affine_backward(np.arange(12.).reshape(4, 3) / 7, affine_forward(np.arange(20.).reshape(4, 5) / 3, np.arange(15.).reshape(5, 3) / 11, np.array([1., -1., 0.5]))[1])"],
    "sigmoid_forward": ["sigmoid_forward(np.array([[-1000., 0.], [1., 5.]]))[0]", "sigmoid_forward(np.array([[-2, 0], [1, 3]]))[0]",
                        "sigmoid_backward(np.array([[1., 2.], [3., 4.]]), sigmoid_forward(np.array([[-1., 0.], [1., 5.]]))[1])"],
    "sigmoid_backward": ["sigmoid_backward(np.array([[1., 2.], [3., 4.]]), sigmoid_forward(np.array([[-1., 0.], [1., 5.]]))[1])"],
    "relu_forward": ["relu_forward(np.array([[-1., 0.], [2., -3.]]))[0]",
                     "relu_backward(np.array([[1., 2.], [3., 4.]]), relu_forward(np.array([[-1., 0.], [2., -3.]]))[1])"],
    "relu_backward": ["(lambda d: (relu_backward(d, relu_forward(np.array([[-1., 0.], [2., -3.]]))[1]), d.tolist()))(np.array([[1., 2.], [3., 4.]]))"],
    "mse_loss": ["mse_loss(np.array([[0.5, 1.], [2., 0.]]), np.array([[0., 1.], [1., 1.]]))", "mse_loss(np.array([[0.2], [0.9], [0.4]]), np.array([[0.], [1.], [1.]]))"],
    "two_layer_loss_and_grads": ["(lambda p: (two_layer_loss_and_grads(p, np.array([[0., 1.], [1., 0.], [2., 2.]]), np.array([[1.], [0.], [1.]])), "
                                 "{k: v.tolist() for k, v in p.items()}))({'W1': np.array([[0.5, -1., 0.3], [1., 0.2, -0.4]]), 'b1': np.array([0.1, 0., -0.1]),"
                                 " 'W2': np.array([[1.], [-2.], [0.5]]), 'b2': np.array([0.2])})"],
    # lesson 06
    "softmax": ["softmax(np.array([[1., 2., 3.], [1e4, 0., -1e4], [-1e4, -1e4 + 1, -1e4]]))", "softmax([1000., 1001.])",
                "(lambda z: (softmax(z), z.tolist()))(np.array([[1., 2.], [3., 5.]]))", "softmax(np.array([[1., 2., 3.], [0., 0., 0.]]))",
                "softmax(np.array([0., 2000.]))"],
    "one_hot": ["one_hot([2, 0, 1], 4)", "one_hot([2, 0, 1], 4).dtype.kind", "one_hot(np.array([1, 1]), 3)", "(lambda e: (type(e).__name__, '-1' in str(e)))(_raised(lambda: one_hot([0, -1], 3)))",
                "(lambda e: (type(e).__name__, '5' in str(e)))(_raised(lambda: one_hot([0, 5], 3)))"],
    "entropy": ["entropy(np.array([[0.5, 0.5, 0.], [1., 0., 0.], [0.2, 0.3, 0.5]]))", "entropy([0.25, 0.25, 0.25, 0.25])", "entropy([1, 0])"],
    "cross_entropy": ["cross_entropy(np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]]), np.array([0, 1, 1]))",
                      "cross_entropy(np.array([[1., 0.], [0.5, 0.5]]), np.array([0, 1]))"],
    "binary_cross_entropy": ["binary_cross_entropy(np.array([0.9, 0.2, 0.6]), np.array([1, 0, 0]))",
                             "binary_cross_entropy(np.array([1., 0.]), np.array([1, 0]))"],
    "softmax_cross_entropy": ["softmax_cross_entropy(np.array([[1., 2., 0.], [3., -1., 0.5]]), np.array([2, 0]))",
                              "softmax_cross_entropy(np.array([[1e4, 0., 0.], [-1e4, 0., -1e4]]), np.array([1, 0]))",
                              "softmax_cross_entropy(np.array([[1., 2.], [3., 4.], [0., 0.]]), np.array([0, 1, 1]))"],
    "train_softmax_regression": ["train_softmax_regression(np.random.default_rng(0).normal(size=(40, 2)), np.arange(40) % 3, 3, 0.5, 4,"
                                 " np.random.default_rng(1))",
                                 "(lambda r: train_softmax_regression(np.array([[0., 1.], [1., 0.], [2., 2.], [-1., -2.], [0.5, 0.5]]),"
                                 " np.array([0, 1, 2, 0, 1]), 3, 0.5, 5, r))(np.random.default_rng(4))",
                                 "(lambda r: (train_softmax_regression(np.array([[0., 1.], [1., 0.]]), np.array([0, 1]), 2, 0.1, 3, r), "
                                 "np.random.rand()))((np.random.seed(1), np.random.default_rng(2))[1])",
                                 "type(train_softmax_regression(np.array([[0., 1.], [1., 0.]]), np.array([0, 1]), 2, 0.1, 3, np.random.default_rng(2))[2]).__name__"],
    # lesson 07
    "mlp_loss_and_grads": ["(lambda p: (mlp_loss_and_grads(p, np.array([[0., 1., 2.], [1., -1., 0.5]]), np.array([1, 0])), "
                           "{k: v.tolist() for k, v in p.items()}))(" + p + ")" for p in (
                               "{'W1': np.array([[0.5, -1.], [1., 0.2], [-0.3, 0.4]]), 'b1': np.array([0.1, -0.2])}",
                               "{'W1': np.array([[0.5, -1.], [1., 0.2], [-0.3, 0.4]]), 'b1': np.array([0.1, -0.2]),"
                               " 'W2': np.array([[1., -1., 0.5], [0.3, 0.2, -0.7]]), 'b2': np.array([0., 0.1, 0.2]),"
                               " 'W3': np.array([[0.4, -0.6], [1., 0.1], [-0.2, 0.9]]), 'b3': np.array([0.05, -0.05])}")],
    "sgd_epoch": ["(lambda p: (sgd_epoch(p, np.arange(21.).reshape(7, 3) / 10, np.array([0, 1, 1, 0, 1, 0, 0]), 0.1, 3, np.random.default_rng(1)), "
                  "{k: v.tolist() for k, v in p.items()}))({'W1': np.array([[0.5, -1.], [1., 0.2], [-0.3, 0.4]]), 'b1': np.array([0.1, -0.2])})",
                  "(lambda p: (sgd_epoch(p, np.arange(12.).reshape(4, 3) / 10, np.array([0, 1, 1, 0]), 0.1, 2, np.random.default_rng(1)), "
                  "np.random.rand()))((np.random.seed(0), {'W1': np.array([[0.5, -1.], [1., 0.2], [-0.3, 0.4]]), 'b1': np.array([0.1, -0.2])})[1])"],
    "accuracy": ["accuracy(np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]]), np.array([1, 1, 1]))",
                 "accuracy(np.array([[2., -1., 0.], [0., 0., 3.], [1., 5., 0.]]), np.array([0, 2, 1]))",
                 "accuracy(np.array([[0.2, 0.3, 0.5], [0.4, 0.35, 0.25], [0.1, 0.2, 0.7]]), np.array([2, 0, 0]))"],
    "confusion_matrix": ["confusion_matrix(np.array([0, 0, 1, 2, 2, 2]), np.array([0, 0, 2, 2, 1, 2]), 4)",
                         "confusion_matrix([1, 1], [0, 0], 3)"],
}

_HELPER = """
def _xor_hidden_ok(W):
    W = np.asarray(W, dtype=float)
    if W.ndim != 2 or W.shape[1] != 3:
        return ("shape", W.shape)
    X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
    H = np.where(W[:, 0] + X @ W[:, 1:].T >= 0, 1.0, -1.0)
    t = np.array([-1, 1, 1, -1])
    grid = np.arange(-3, 3.01, 0.25)
    for v0 in grid:
        for v1 in grid:
            for v2 in grid:
                for vs in (np.array([v1, v2]),) if W.shape[0] == 2 else ():
                    if np.array_equal(np.where(v0 + H @ vs >= 0, 1, -1), t):
                        return ("separable", W.shape)
    return ("not separable", W.shape)

def _raised(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001
        return e
    return None
"""


def _kind(v):
    if isinstance(v, (bool, np.bool_)):
        return f"{type(v).__module__}.{type(v).__name__}"
    if isinstance(v, np.ndarray):
        return ("ndarray", v.shape, "number" if v.dtype.kind in "iuf" else v.dtype.kind)
    if isinstance(v, (int, float, np.integer, np.floating)):
        return "number"
    return type(v).__name__


# Lesson 04's functions return "an array shaped like x": a 0-d array and a NumPy scalar are alike.
LENIENT_0D = {"sigmoid", "sigmoid_grad", "tanh_grad", "relu", "relu_grad", "generalized_relu",
              "generalized_relu_grad", "chain_gradient"}


def same(a, b, lenient: bool = False) -> bool:
    scalar_like = (np.ndarray, int, float, np.number)
    if lenient and isinstance(a, scalar_like) and isinstance(b, scalar_like) and np.ndim(a) == 0 \
            and np.ndim(b) == 0:
        a, b = np.asarray(a), np.asarray(b)
    if _kind(a) != _kind(b):
        return False
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y, lenient) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], lenient) for k in a)
    if isinstance(a, (np.ndarray, int, float, np.number)):
        a, b = np.asarray(a), np.asarray(b)
        if a.dtype == object or b.dtype == object:
            return False
        return bool(np.allclose(a, b, rtol=1e-7, atol=1e-12, equal_nan=True))
    return a == b


def run_probe(expr: str, ns: dict):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:  # NumPy's default error state: underflow to 0 is silent, as lesson 04 says
            value = eval(expr, ns)  # noqa: S307 — our own probe text
        except Exception as exc:  # noqa: BLE001
            value = ("raised", type(exc).__name__)
    return value, sorted({w.category.__name__ for w in caught})


def check(lesson: str) -> tuple[list[str], list[str]]:
    from tests.battery import load

    wrong, right = load(lesson)
    first = {}
    for answer in right:
        first.setdefault(answer.exercise, answer)
    base, _ = base_namespace(lesson, {k: a.source for k, a in first.items()})
    exec(_HELPER, base)

    def outcomes(answer):
        ns = dict(base)
        with _quiet():
            exec(answer.source, ns)
        return [run_probe(p, ns) for p in PROBES[answer.exercise]]

    undistinguished, disagreeing = [], []
    reference = {name: outcomes(a) for name, a in first.items()}
    for answer in wrong:
        key = f"{answer.exercise}/{answer.id}"
        if key in METHOD:
            continue
        got = outcomes(answer)
        lenient = answer.exercise in LENIENT_0D
        if all(same(g[0], r[0], lenient) and g[1] == r[1] for g, r in zip(got, reference[answer.exercise])):
            undistinguished.append(key)
    for answer in right:
        got = outcomes(answer)
        for probe, g, r in zip(PROBES[answer.exercise], got, reference[answer.exercise]):
            if not (same(g[0], r[0], answer.exercise in LENIENT_0D) and g[1] == r[1]):
                disagreeing.append(f"{answer.exercise}/{answer.id}: {probe[:70]} -> {str(g)[:120]} vs {str(r)[:120]}")
                break
    return undistinguished, disagreeing


def main(argv):
    lessons = argv or ["01", "02", "03", "04", "05", "06", "07"]
    for lesson in lessons:
        undistinguished, disagreeing = check(lesson)
        print(f"lesson {lesson}: {len(undistinguished)} WRONG not told apart from the first RIGHT by any probe; "
              f"{len(disagreeing)} RIGHT disagreeing")
        for line in undistinguished:
            print("  WRONG looks right:", line)
        for line in disagreeing:
            print("  RIGHT differs:", line)


if __name__ == "__main__":
    main(sys.argv[1:])
