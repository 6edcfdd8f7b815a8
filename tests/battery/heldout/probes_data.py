"""Probe expressions for ``witness.py``: inputs beyond the demos, per exercise (and a set-up prelude per lesson)."""

PRELUDE = {
    "01": (
        "_r = np.random.default_rng(0)\n"
        "_c = np.where(np.arange(40)[:, None] % 2 == 0, 1.2, -1.2)\n"
        "X_blobs = _c + _r.normal(scale=0.7, size=(40, 2))\n"
        "t_blobs = np.where(np.arange(40) % 2 == 0, 1, -1)\n"
        "XOR_T = np.array([-1, 1, 1, -1])\n"
    ),
    "02": (
        "def _line_ok(w):\n    p, d = line_through(w)\n    w = np.asarray(w, float)\n"
        "    return (type(p).__name__, type(d).__name__, np.shape(p), np.shape(d),\n"
        "            bool(abs(w[0] + np.dot(w[1:], p)) < 1e-9 * max(1.0, abs(w[0]))),\n"
        "            bool(abs(np.dot(w[1:], d)) <= 1e-9 * np.linalg.norm(w[1:]) * np.linalg.norm(d)),\n"
        "            bool(np.linalg.norm(d) > 0))\n"
    ),
    "03": (
        "_r = np.random.default_rng(0)\n"
        "P34 = {'W1': _r.normal(size=(3, 4)), 'b1': _r.normal(size=4), 'W2': _r.normal(size=(4, 1)), 'b2': _r.normal(size=1)}\n"
        "P22 = {'W1': _r.normal(size=(2, 2)), 'b1': _r.normal(size=2), 'W2': _r.normal(size=(2, 1)), 'b2': _r.normal(size=1)}\n"
        "def _net(H, v, X):\n    v = np.asarray(v, float)\n    return tuple(np.where(v[0] + hidden_features(H, X) @ v[1:] >= 0, 1, -1).tolist())\n"
    ),
    "04": "",
    "05": (
        "def _g2(G, x, y, dout):\n    g = G()\n    z = g.forward(x, y)\n    return z, g.backward(dout)\n"
        "def _g1(G, x, dout):\n    g = G()\n    z = g.forward(x)\n    return z, g.backward(dout)\n"
        "def _inter2(G):\n    a, b = G(), G()\n    a.forward(2.0, 3.0)\n    b.forward(5.0, 7.0)\n    return a.backward(1.0), b.backward(1.0)\n"
        "def _inter1(G):\n    a, b = G(), G()\n    a.forward(1.0)\n    b.forward(2.0)\n    return a.backward(1.0), b.backward(1.0)\n"
        "_r = np.random.default_rng(0)\n"
        "x45, W53, b3, d43 = _r.normal(size=(4, 5)), _r.normal(size=(5, 3)), _r.normal(size=3), _r.normal(size=(4, 3))\n"
        "x33, W33 = _r.normal(size=(3, 3)), _r.normal(size=(3, 3))\n"
        "P2 = {'W1': _r.normal(size=(3, 4)), 'b1': _r.normal(size=4), 'W2': _r.normal(size=(4, 1)), 'b2': _r.normal(size=1)}\n"
        "X53, y51 = _r.normal(size=(5, 3)), _r.uniform(size=(5, 1))\n"
    ),
    "06": (
        "_r = np.random.default_rng(0)\n"
        "Xs = _r.normal(size=(30, 2)) + np.repeat(np.array([[0.0, 2.0], [-2.0, -1.0], [2.0, -1.0]]), 10, axis=0)\n"
        "ys = np.repeat(np.arange(3), 10)\n"
    ),
    "07": (
        "_r = np.random.default_rng(0)\n"
        "def _p(sizes):\n    return {k: v for i, (a, b) in enumerate(zip(sizes, sizes[1:]), 1)\n"
        "            for k, v in ((f'W{i}', _r.normal(size=(a, b)) * np.sqrt(2 / a)), (f'b{i}', _r.normal(size=b) * 0.1))}\n"
        "PL1, PL2, PL3 = _p((4, 3)), _p((4, 5, 3)), _p((4, 5, 6, 3))\n"
        "Xm, ym = _r.normal(size=(6, 4)), np.array([0, 2, 1, 2, 0, 1])\n"
    ),
}

PROBES = {
    # 01
    "step": ["type(step(0.0)).__name__ in ('float', 'int')", "step(0.0)", "step(-0.0)", "step(-2)", "step(3.5)", "step([[-1.0, 0.0], [2.0, -3.0]])",
             "step([0.0, -1.0])", "type(step([0.0, -1.0])).__name__"],
    "add_bias": ["add_bias(np.arange(6.0).reshape(3, 2))", "add_bias(np.arange(6.0).reshape(2, 3))",
                 "add_bias(np.array([2.0, 3.0]))", "add_bias(np.ones((1, 4)))", "type(add_bias([[1.0, 2.0]])).__name__"],
    "predict": ["predict(np.array([0.0, 1.0, -1.0]), np.array([[1.0, 1.0], [2.0, 1.0], [0.0, 1.0]]))",
                "predict([-1.0, 1.0, 1.0], np.array([[0.5, 0.5]]))",
                "predict([0.5, -1.0, 2.0, 0.3], np.arange(6.0).reshape(2, 3))"],
    "AND_WEIGHTS": ["tuple(predict(AND_WEIGHTS, GATE_X).tolist())", "np.shape(AND_WEIGHTS)"],
    "OR_WEIGHTS": ["tuple(predict(OR_WEIGHTS, GATE_X).tolist())", "np.shape(OR_WEIGHTS)"],
    "perceptron_loss": ["perceptron_loss([0.0, 0.0, 0.0], GATE_X, np.array([1, -1, -1, 1]))",
                        "perceptron_loss([0.3, -1.0, 2.0], np.array([[0.5, 1.5], [2.0, -1.0], [-0.3, 0.2]]), np.array([-1, 1, 1]))",
                        "perceptron_loss([1.0, 1.0, 1.0], np.array([[1.0, 1.0]]), np.array([1]))",
                        "type(perceptron_loss([0.3, -1.0, 2.0], np.array([[0.5, 1.5]]), np.array([-1]))).__name__ in ('float', 'float64', 'int')"],
    "perceptron_step": ["perceptron_step(np.array([0.375, -0.5, 0.75]), np.array([1.5, 2.0]), -1, 0.3)",
                        "(lambda w: perceptron_step(w, np.array([1.0, 1.0]), 1, 0.1) is w)(np.array([0.5, 0.0, 0.0]))",
                        "(lambda w: (perceptron_step(w, np.array([1.0, 1.0]), -1, 0.1), w))(np.array([0.5, 0.0, 0.0]))",
                        "perceptron_step(np.array([0, 0, 0]), np.array([1.0, 2.0]), -1, 0.3)",
                        "perceptron_step(np.zeros(3), np.array([1.0, -1.0]), -1, 0.5)"],
    "delta_rule_step": ["delta_rule_step(np.array([0.375, -0.5, 0.75]), np.array([1.5, 2.0]), -1, 0.3)",
                        "(lambda w: (delta_rule_step(w, np.array([1.0, 1.0]), 1, 0.1), w))(np.array([0.5, 0.2, 0.1]))",
                        "delta_rule_step(np.array([0.1, 0.2, 0.3, 0.4]), np.array([1.0, -2.0, 0.5]), 1, 0.05)"],
    "train_perceptron": ["train_perceptron(X_blobs, t_blobs, 0.1, 50, 'stochastic', np.random.default_rng(1))",
                         "train_perceptron(GATE_X, XOR_T, 0.5, 5, 'stochastic', np.random.default_rng(0))",
                         "train_perceptron(GATE_X, XOR_T, 0.5, 5, 'batch', np.random.default_rng(0))",
                         "train_perceptron(X_blobs, t_blobs, 0.1, 50, 'batch', np.random.default_rng(1))",
                         "type(train_perceptron(GATE_X, XOR_T, 0.5, 3, 'batch', np.random.default_rng(0))[1]).__name__"],
    # 02
    "line_through": ["_line_ok([1.0, 2.0, -3.0])", "_line_ok([0.5, -1.0, 0.0])", "_line_ok([1.0, 0.0, 2.0])",
                     "_line_ok([1.0, 1e-9, 0.0])", "_line_ok([-1.5, 1.0, 1.0])", "_line_ok([1.0, 0.0, 0.0])"],
    "signed_distance": ["signed_distance([-1.5, 1.0, 1.0], GATE_X)",
                        "signed_distance([1.0, -2.0, 0.5, 3.0], np.array([[1.0, 0.0, 2.0], [-1.0, 1.0, 0.0]]))",
                        "signed_distance([0.5, 3.0, -4.0], np.array([[1.0, 1.0]]))"],
    "same_boundary": ["same_boundary([-1.5, 1.0, 1.0], [-3.0, 2.0, 2.0])", "same_boundary([-1.5, 1.0, 1.0], [1.5, -1.0, -1.0])",
                      "same_boundary([1.0, 1.0, 1.0], [-1.0, -1.0, -1.0])", "same_boundary([0.0, 1.0, 0.0], [0.0, 2.0, 0.0])",
                      "same_boundary([-1.0, 1.0, 1.0], [-2.0, 1.0, 1.0])",
                      "same_boundary([0.1, 0.7, -0.3], [0.1 * 7.3, 0.7 * 7.3, -0.3 * 7.3])",
                      "same_boundary([0.3, -0.7, 1.1], [0.3 / 3, -0.7 / 3, 1.1 / 3])",
                      "same_boundary([1.0, 2.0, 3.0], [1.0, 2.0, 3.0 + 1e-6])"],
    "threshold_to_bias": ["threshold_to_bias([1.0, 1.0], 1.5)", "threshold_to_bias([1.0, -2.0, 0.5], -0.7)",
                          "threshold_to_bias([2.0], 0.0)", "(lambda w: (threshold_to_bias(w, 1.0), w))([1.0, 2.0])"],
    # 03
    "best_line_accuracy": ["best_line_accuracy(GATE_X, XOR_T, 360)", "best_line_accuracy(GATE_X, XOR_T, 4)",
                           "best_line_accuracy(GATE_X, OR_T, 4)", "best_line_accuracy(GATE_X, np.array([1, -1, 1, -1]), 4)",
                           "best_line_accuracy(GATE_X, np.array([1, -1, 1, -1]), 3)",
                           "best_line_accuracy(10 * GATE_X + 5, AND_T, 360)", "best_line_accuracy(GATE_X, -np.ones(4), 8)",
                           "best_line_accuracy(GATE_X, np.ones(4), 8)"],
    "XOR_HIDDEN": ["_net(XOR_HIDDEN, XOR_OUTPUT, GATE_X)", "np.shape(XOR_HIDDEN)", "np.shape(XOR_OUTPUT)"],
    "XOR_OUTPUT": ["_net(XOR_HIDDEN, XOR_OUTPUT, GATE_X)", "np.shape(XOR_HIDDEN)", "np.shape(XOR_OUTPUT)"],
    "hidden_features": ["hidden_features([[-0.5, 1.0, 1.0], [1.5, -1.0, -1.0]], GATE_X)",
                        "hidden_features(np.array([[0.0, 1.0, -1.0, 2.0], [1.0, 0.5, 0.5, -1.0], [-1.0, 0.0, 1.0, 0.0]]), "
                        "np.array([[1.0, 1.0, 0.0], [0.0, 2.0, -1.0]]))",
                        "hidden_features([[0.0, 1.0, 1.0]], np.array([[0.0, 0.0]]))",
                        "hidden_features(np.array([[0.0, 0.0, 0.0, 1.0]]), np.array([[0.0, 0.0, -1.0]]))",
                        "hidden_features([[-1.0, 1.0, 0.0], [0.5, 0.0, 1.0]], np.array([[1.0, 5.0], [2.0, -3.0], [0.0, 0.0]]))"],
    "mlp_forward": ["mlp_forward(P34, np.arange(6.0).reshape(2, 3) / 3)", "mlp_forward(P22, np.array([[0.5, -1.0], [2.0, 0.3]]))",
                    "mlp_forward(P34, np.ones((1, 3)))"],
    # 04
    "sigmoid": ["sigmoid(1e4)", "sigmoid(-1e4)", "sigmoid([-1000.0, 0.0, 1000.0])", "sigmoid(np.array([[-40.0, 40.0], [3.0, -3.0]]))",
                "sigmoid(2)", "sigmoid([1, -2])", "sigmoid(0.0)", "type(sigmoid(0.5)).__name__"],
    "sigmoid_grad": ["sigmoid_grad(0.0)", "sigmoid_grad([-1000.0, -3.0, 4.0, 1000.0])", "sigmoid_grad(np.array([[0.5], [-2.0]]))"],
    "tanh_grad": ["tanh_grad([-2.0, 0.0, 0.5, 3.0])", "tanh_grad(0.7)", "tanh_grad(np.array([[1.0, -1.0]]))"],
    "relu": ["relu([-1.5, 0.0, 2.0])", "(lambda x: (relu(x), x))(np.array([[-1.0, 2.0], [3.0, -4.0]]))", "relu(-3.0)",
             "relu(np.array([-1.0, 0.5]))", "relu(np.array([[-1.0], [2.0]])).shape"],
    "relu_grad": ["relu_grad([-1.0, 0.0, 2.0])", "(lambda x: (relu_grad(x), x))(np.array([-1.0, 0.0, 3.0]))",
                  "relu_grad(np.array([[0.0, 1e-3], [-1e-3, 5.0]]))", "relu_grad(np.array([1.0, -1.0])).dtype.kind"],
    "generalized_relu": ["generalized_relu([-2.0, 0.0, 3.0], 0.1)", "generalized_relu([-2.0, 0.0, 3.0], 2.0)",
                         "generalized_relu([-2.0, 3.0], -1.0)", "generalized_relu(np.array([-3, 4]), 0.5)",
                         "(lambda x: (generalized_relu(x, 0.1), x))(np.array([-1.0, 2.0]))"],
    "generalized_relu_grad": ["generalized_relu_grad([-2.0, 0.0, 3.0], 0.1)", "generalized_relu_grad([-2.0, 0.0, 3.0], -1.0)",
                              "generalized_relu_grad([-2.0, 0.0, 3.0], 2.0)"],
    "chain_gradient": ["chain_gradient(1.0, 10, 'sigmoid')", "chain_gradient(np.array([-1.0, 0.5, 3.0]), 3, 'tanh')",
                       "chain_gradient(np.array([-1.0, 0.5]), 2, 'relu')", "chain_gradient(0.3, 0, 'sigmoid')",
                       "chain_gradient(2, 3, 'sigmoid')", "chain_gradient(1.0, 1, 'sigmoid')", "type(chain_gradient(0.5, 2, 'tanh')).__name__"],
    # 05
    "AddGate": ["_g2(AddGate, np.array([[1.0, -2.0]]), np.array([[3.0, 0.5]]), np.array([[0.7, -1.1]]))", "_g2(AddGate, 2.0, 3.0, 1.5)",
                "(lambda x: (_g2(AddGate, x, np.array([1.0, 1.0]), np.array([1.0, 2.0])), x))(np.array([5.0, 6.0]))"],
    "MultiplyGate": ["_g2(MultiplyGate, np.array([0.0, 2.0]), np.array([3.0, 0.0]), np.array([1.0, 1.0]))",
                     "_g2(MultiplyGate, [1.0, 2.0], [3.0, 4.0], 2)", "_inter2(MultiplyGate)",
                     "_g2(MultiplyGate, np.array([1.5, -2.0]), np.array([3.0, 0.5]), np.array([1.0, -1.0]))"],
    "MaxGate": ["_g2(MaxGate, np.array([1.0, 2.0, 3.0]), np.array([1.0, 5.0, 0.0]), np.array([2.0, 2.0, 2.0]))",
                "_g2(MaxGate, 4.0, 4.0, 1.0)", "_g2(MaxGate, np.array([-1.0, 7.0]), np.array([2.0, 1.0]), np.array([3.0, 4.0]))"],
    "ExpGate": ["_g1(ExpGate, np.array([0.0, 1.0, -2.0]), np.array([1.0, 2.0, 3.0]))", "_inter1(ExpGate)"],
    "ReciprocalGate": ["_g1(ReciprocalGate, np.array([2.0, -0.5]), np.array([1.0, 3.0]))",
                       "_g1(ReciprocalGate, np.array([2, 4]), np.array([1.0, 1.0]))", "_inter1(ReciprocalGate)"],
    "SigmoidGate": ["_g1(SigmoidGate, np.array([-800.0, 0.0, 2.0]), np.array([1.0, 1.0, 1.0]))",
                    "_g1(SigmoidGate, np.array([0.5, -1.5]), np.array([2.0, -1.0]))"],
    "numerical_gradient": ["numerical_gradient(lambda v: float(np.sum(v ** 3)), np.array([1.0, -2.0]))",
                           "numerical_gradient(lambda v: float(np.sum(np.sin(v) * v[::-1])), np.array([[0.3, 1.1], [-0.7, 2.0]]))",
                           "(lambda x: (numerical_gradient(lambda v: float(np.sum(v ** 2)), x), x))(np.array([0.1, 0.7, 1e8 / 3]))",
                           "numerical_gradient(lambda v: float(np.sum(v ** 2)), np.array([1, 2]))",
                           "numerical_gradient(lambda v: float(np.sum(v ** 3)), np.array([1.0]), h=1e-2)",
                           "numerical_gradient(lambda v: float(v[0] * v[1]), np.array([2.0, 3.0]))"],
    "rel_error": ["rel_error(np.array([1.0, -2.0, 0.0]), np.array([1.1, -2.0, 0.0]))", "rel_error(0.0, 0.0)",
                  "rel_error(np.array([-1.0, -3.0]), np.array([-1.5, -3.0]))", "rel_error(np.array([[1.0, 2.0]]), np.array([[1.0, 2.5]]))",
                  "rel_error(np.array([3.0, 1e-3]), np.array([3.0, 2e-3]))", "type(rel_error(np.ones(2), np.ones(2))).__name__ != 'ndarray'"],
    "neuron_forward_backward": ["neuron_forward_backward([2.0, -3.0, -3.0], [-1.0, -2.0])",
                                "neuron_forward_backward([0.5, 1.5, -0.2], [2.0, -1.0])"],
    "affine_forward": ["affine_forward(x45, W53, b3)[0]", "affine_forward(x33, W33, b3)[0]"],
    "affine_backward": ["affine_backward(d43, affine_forward(x45, W53, b3)[1])"],
    "sigmoid_forward": ["sigmoid_forward(np.array([[-800.0, 0.0], [1.0, 2.0]]))[0]",
                        "(lambda x: (sigmoid_forward(x)[0], x))(np.array([0.5, -1.0]))",
                        "sigmoid_backward(np.array([[1.0, 2.0], [3.0, 4.0]]), sigmoid_forward(np.array([[-1.0, 0.0], [1.0, 2.0]]))[1])"],
    "sigmoid_backward": ["sigmoid_backward(np.array([[1.0, 2.0], [3.0, 4.0]]), sigmoid_forward(np.array([[-1.0, 0.0], [1.0, 2.0]]))[1])"],
    "relu_forward": ["(lambda x: (relu_forward(x)[0], x))(np.array([[-1.5, 0.0], [2.0, -0.2]]))",
                     "relu_backward(np.array([[1.0, 2.0], [3.0, 4.0]]), relu_forward(np.array([[-1.5, 0.0], [2.0, -0.2]]))[1])"],
    "relu_backward": ["relu_backward(np.array([[1.0, 2.0], [3.0, 4.0]]), relu_forward(np.array([[-1.5, 0.0], [2.0, -0.2]]))[1])",
                      "(lambda d: (relu_backward(d, relu_forward(np.array([-1.0, 2.0]))[1]), d))(np.array([5.0, 6.0]))"],
    "mse_loss": ["mse_loss(np.array([[0.5], [0.2]]), np.array([[1.0], [0.0]]))",
                 "mse_loss(np.array([[0.5, 0.1, 0.9], [0.2, 0.3, 0.4]]), np.zeros((2, 3)))"],
    "two_layer_loss_and_grads": ["two_layer_loss_and_grads(P2, X53, y51)",
                                 "(lambda p: (two_layer_loss_and_grads(p, X53, y51), p))({k: v.copy() for k, v in P2.items()})"],
    # 06
    "softmax": ["softmax([[1.0, 2.0, 0.0], [-1.0, 0.0, 1.0]])", "softmax(np.array([[1e4, 0.0, 1.0], [-1e4, -1e4 + 1.0, -1e4 + 2.0]]))",
                "softmax([1000.0, 1001.0])", "softmax(np.array([[0.0, 2000.0]]))",
                "(lambda z: (softmax(z), z))(np.array([[1.0, 2.0], [3.0, 5.0]]))",
                "softmax(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [5.0, 1.0, 1.0]]))"],
    "one_hot": ["one_hot([0, 2, 1], 5)", "one_hot([-1, 0], 3)", "one_hot([3], 3)", "one_hot(np.array([1, 1]), 2)",
                "one_hot([0, 1], 2).dtype.kind"],
    "entropy": ["entropy([1.0, 0.0])", "entropy([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5]])", "entropy([1, 0])",
                "entropy(np.array([0.25, 0.25, 0.25, 0.25]))"],
    "cross_entropy": ["cross_entropy(np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]]), np.array([1, 1]))",
                      "cross_entropy(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0, 1]))",
                      "cross_entropy(np.array([[0.5, 0.5, 0.0], [0.2, 0.2, 0.6]]), [0, 2])",
                      "cross_entropy(np.array([[0.0, 1.0]]), np.array([0]))"],
    "binary_cross_entropy": ["binary_cross_entropy(np.array([1.0, 0.0]), np.array([1, 0]))",
                             "binary_cross_entropy(np.array([0.9, 0.2, 0.7]), np.array([1, 1, 0]))",
                             "binary_cross_entropy(np.array([1.0, 0.3]), np.array([1, 0]))"],
    "softmax_cross_entropy": ["softmax_cross_entropy(np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]]), np.array([2, 0]))",
                              "softmax_cross_entropy([[1e4, 0.0, -1e4], [0.0, 1e4, 0.0]], [0, 0])",
                              "softmax_cross_entropy(np.array([[1e4, 0.0], [-1e4, -1e4 + 1.0]]), np.array([0, 1]))",
                              "softmax_cross_entropy(np.array([[0.5, 0.1, 0.2]]), np.array([0]))"],
    "train_softmax_regression": ["train_softmax_regression(Xs, ys, 3, 0.5, 5, np.random.default_rng(0))",
                                 "train_softmax_regression(Xs[:7], ys[:7], 3, 0.5, 3, np.random.default_rng(2))",
                                 "len(train_softmax_regression(Xs, ys, 3, 0.5, 200, np.random.default_rng(0))[2])",
                                 "train_softmax_regression(np.vstack([Xs, Xs, Xs]), np.tile(ys, 3), 3, 0.5, 3, np.random.default_rng(0))"],
    # 07
    "mlp_loss_and_grads": ["mlp_loss_and_grads(PL1, Xm, ym)", "mlp_loss_and_grads(PL2, Xm, ym)", "mlp_loss_and_grads(PL3, Xm, ym)",
                           "(lambda p: (mlp_loss_and_grads(p, Xm, ym), p))({k: v.copy() for k, v in PL2.items()})"],
    "sgd_epoch": ["sgd_epoch(PL2, Xm, ym, 0.1, 4, np.random.default_rng(0))",
                  "(lambda p, X: (sgd_epoch(p, X, ym, 0.1, 4, np.random.default_rng(1)), p, X))"
                  "({k: v.copy() for k, v in PL2.items()}, Xm.copy())"],
    "accuracy": ["accuracy(np.array([[0.1, 0.9], [0.8, 0.2], [0.5, 0.5]]), np.array([1, 1, 1]))",
                 "accuracy(np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]]), np.array([2, 1]))",
                 "type(accuracy(np.eye(2), np.array([0, 1]))).__name__ != 'ndarray'"],
    "confusion_matrix": ["confusion_matrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 4)",
                         "confusion_matrix(np.array([1, 1]), np.array([1, 1]), 3)",
                         "confusion_matrix([0, 1], [0, 1], 2).dtype.kind", "confusion_matrix([0, 0], [1, 1], 2)"],
}
