"""Public check cases for lesson 04, activation functions.

Expected numbers come from closed forms evaluated with Python's ``math``
module on one number at a time (e^x only where it cannot overflow; for
|x| >= 700 the sigmoid is 0 or 1 to far better than the tolerance), and
derivatives are also compared with centred differences of those closed
forms away from the kinks.

The sigmoid must also be *warning-free*: the watched cases run the
student's function inside ``np.errstate(over="raise", divide="raise",
invalid="raise")`` (used as a decorator, so the old error state is restored
whatever happens). A naive ``1 / (1 + np.exp(-x))`` then raises
``FloatingPointError: overflow encountered in exp`` instead of returning a
right-looking 0.0 with a ``RuntimeWarning`` the judge could not see.
"""

from __future__ import annotations

import math

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import join, tr
from helpers.probes import call

H = 1e-6  # step of the centred differences taken here


# ----------------------------------------------------------- closed forms, one number at a time

def _sig(x: float) -> float:
    if x <= -700:
        return 0.0
    if x >= 700:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


def _dsig(x: float) -> float:
    s = _sig(x)
    return s - s * s


def _dtanh(x: float) -> float:
    return 1.0 - math.tanh(x) ** 2


def _grelu(x: float, alpha: float) -> float:
    return max(0.0, x) + alpha * min(0.0, x)


def _grelu_grad(x: float, alpha: float) -> float:
    return 1.0 if x > 0 else float(alpha)


_CHAIN = {"sigmoid": (_sig, _dsig), "tanh": (math.tanh, _dtanh),
          "relu": (lambda x: max(0.0, x), lambda x: 1.0 if x > 0 else 0.0)}


def _chain_product(x0: float, depth: int, activation: str) -> float:
    """The product of the local derivatives met on the way up the chain."""
    f, df = _CHAIN[activation]
    a, grad = float(x0), 1.0
    for _ in range(depth):
        grad *= df(a)
        a = f(a)
    return grad


def _chain_value(x0: float, depth: int, activation: str) -> float:
    f = _CHAIN[activation][0]
    a = float(x0)
    for _ in range(depth):
        a = f(a)
    return a


def chain_numeric(x0: float, depth: int, activation: str, h: float = H) -> float:
    """Centred difference of the stacked activation at x0 (trusted, used by tests too)."""
    return (_chain_value(x0 + h, depth, activation) - _chain_value(x0 - h, depth, activation)) / (2 * h)


def _each(f, x) -> np.ndarray:
    arr = np.asarray(x, dtype=float)
    return np.vectorize(f, otypes=[float])(arr) if arr.size else arr


def _centred(f, x) -> np.ndarray:
    return _each(lambda v: (f(v + H) - f(v - H)) / (2 * H), x)


# ------------------------------------------------------------------------ judges

def _values(expected, hint="", atol=1e-9, rtol=1e-7):
    """An array in, a float array of its shape out (the course's rule for an array result)."""
    def judge(got):
        expect.array(got, np.shape(expected), floating=True, hint=hint)
        expect.close(got, expected, atol=atol, rtol=rtol, hint=hint)
    return judge


def _scalar(expected, hint="", atol=1e-9):
    """A number in, a number out: a Python float or a NumPy scalar, not a 0-d array."""
    def judge(got):
        value = expect.number(got)
        expect.close(value, expected, atol=atol, hint=hint)
    return judge


NO_WARNING = "without overflow"  # the promise of the text (Case.promise: no warning, none hidden)
NO_WARNING_HINT = ("Never exponentiate a large positive number: write σ in two equivalent forms, one "
                   "for x >= 0 and one for x < 0, each exponentiating only numbers <= 0, and let "
                   "np.where pick between them.")

# ------------------------------------------------------------------------ sigmoid

SIG_X = np.array([-3.0, -1.0, 0.0, 0.5, 1.0, 3.0])
BIG_X = np.array([-1e4, -1000.0, -710.0, -100.0, -1.0, 0.0, 1.0, 100.0, 710.0, 1000.0, 1e4])
GRID_2D = np.array([[-2.0, -0.25, 0.0], [0.75, 1.5, 4.0]])

SIGMOID = Exercise("sigmoid", 2, [
    Case(call("sigmoid", 0.0), _scalar(0.5), "σ(0) = 1 / (1 + e^0) = 1/2."),
    Case(call("sigmoid", SIG_X), _values(_each(_sig, SIG_X)),
         "σ(x) = 1 / (1 + e^(-x)); mind the minus sign in the exponent."),
    Case(call("sigmoid", GRID_2D), _values(_each(_sig, GRID_2D)),
         "Work elementwise on arrays of any shape: the output has the input's shape."),
    Case(call("sigmoid", [-2, 0, 2]), _values(_each(_sig, [-2, 0, 2])),
         "Accept a list (of ints, too): x = np.asarray(x, dtype=float)."),
    Case(call("sigmoid", BIG_X), _values(_each(_sig, BIG_X), NO_WARNING_HINT, atol=1e-12),
         NO_WARNING_HINT, promise=NO_WARNING, label="sigmoid(x) for x from -1e4 to 1e4, without a warning"),
    Case(call("sigmoid", -1e4), _scalar(0.0, NO_WARNING_HINT, atol=1e-12), NO_WARNING_HINT,
         promise=NO_WARNING, label="sigmoid(-1e4), without a warning"),
    Case(call("sigmoid", 1e4), _scalar(1.0, NO_WARNING_HINT, atol=1e-12), NO_WARNING_HINT,
         promise=NO_WARNING, label="sigmoid(1e4), without a warning"),
    Case(call("sigmoid", np.array([[3, -2], [0, 710]])), _values(_each(_sig, [[3, -2], [0, 710]])),
         "Integers in, floats out: x = np.asarray(x, dtype=float) first.", promise=NO_WARNING,
         label="sigmoid of an integer array [[3, -2], [0, 710]]"),
    Case(call("sigmoid", np.zeros(0)), _values(np.zeros(0)), "An empty array gives an empty float array.",
         label="sigmoid of an empty array"),
])

# A measured (centred-difference) slope agrees with the derivative to about 1e-10, an exact
# formula to a few units in the last place: these cases tell the two apart.
EXACT_X = np.array([-1.7, -0.4, 0.0, 0.9, 2.0])
MEASURED_HINT = ("Close, but only as close as a measured slope gets (about 1e-10): a centred "
                 "difference is an estimate. Write the derivative's exact form.")

SIGMOID_GRAD = Exercise("sigmoid_grad", 1, [
    Case(call("sigmoid_grad", 0.0), _scalar(0.25),
         "The sigmoid is steepest at 0: measure its slope there with a centred difference and "
         "compare. A form written for the value σ(x) gives nonsense when applied to x itself."),
    Case(call("sigmoid_grad", SIG_X), _values(_each(_dsig, SIG_X)),
         "Compare with measured slopes of your sigmoid. Express the derivative through the value "
         "σ(x), not through x, and not through σ' itself."),
    Case(call("sigmoid_grad", np.array([-2.5, 0.3, 4.0])), _values(_centred(_sig, [-2.5, 0.3, 4.0]),
                                                                     atol=1e-8),
         "Your values disagree with the slope measured by centred differences of σ.",
         label="sigmoid_grad([-2.5, 0.3, 4]) against centred differences"),
    Case(call("sigmoid_grad", GRID_2D), _values(_each(_dsig, GRID_2D)),
         "Work elementwise on arrays of any shape."),
    Case(call("sigmoid_grad", np.array([-1e4, -800.0, 0.0, 800.0, 1e4])),
         _values([0.0, 0.0, 0.25, 0.0, 0.0], atol=1e-12),
         "Build on your stable sigmoid, so that nothing overflows: no NaN far from 0.", promise=NO_WARNING,
         label="sigmoid_grad([-1e4, -800, 0, 800, 1e4]), without a warning"),
    Case(call("sigmoid_grad", [-1, 0, 1]), _values(_each(_dsig, [-1, 0, 1])),
         "Accept a list too."),
    Case(call("sigmoid_grad", EXACT_X), _values(_each(_dsig, EXACT_X), MEASURED_HINT, atol=1e-14, rtol=1e-12),
         MEASURED_HINT, label="sigmoid_grad to full precision, not a measured slope"),
])

# ------------------------------------------------------------------------ tanh

TANH_X = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])

TANH_GRAD = Exercise("tanh_grad", 1, [
    Case(call("tanh_grad", 0.0), _scalar(1.0), "The tanh is steepest at 0, where its slope is 1."),
    Case(call("tanh_grad", TANH_X), _values(_each(_dtanh, TANH_X)),
         "Compare with measured slopes of np.tanh. Express the derivative through the value "
         "tanh(x), not through x itself."),
    Case(call("tanh_grad", np.array([-1.3, 0.2, 2.7])), _values(_centred(math.tanh, [-1.3, 0.2, 2.7]),
                                                                 atol=1e-8),
         "Your values disagree with the slope measured by centred differences of tanh.",
         label="tanh_grad([-1.3, 0.2, 2.7]) against centred differences"),
    Case(call("tanh_grad", GRID_2D), _values(_each(_dtanh, GRID_2D)), "Work elementwise on arrays."),
    Case(call("tanh_grad", np.array([-1e4, 1e4])), _values([0.0, 0.0], atol=1e-12),
         "np.tanh is stable; build the slope from its value so that it is 0 far from the origin, "
         "not NaN.", promise=NO_WARNING, label="tanh_grad([-1e4, 1e4]), without a warning"),
    Case(call("tanh_grad", 3), _scalar(_dtanh(3.0)), "An integer in, a float out: 1 - tanh(3)².",
         label="tanh_grad(3) (an integer)"),
    Case(call("tanh_grad", [0, 1]), _values([1.0, _dtanh(1.0)]), "Accept a list too."),
    Case(call("tanh_grad", EXACT_X), _values(_each(_dtanh, EXACT_X), MEASURED_HINT, atol=1e-14, rtol=1e-12),
         MEASURED_HINT, label="tanh_grad to full precision, not a measured slope"),
])

# ------------------------------------------------------------------------ ReLU

RELU_X = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])

RELU = Exercise("relu", 1, [
    Case(call("relu", RELU_X), _values([0.0, 0.0, 0.0, 0.5, 2.0]),
         "max(0, x): negatives become 0, the rest pass unchanged (np.maximum(0, x))."),
    Case(call("relu", -3.0), _scalar(0.0), "A single number in, a single number out."),
    Case(call("relu", GRID_2D), _values(np.maximum(0.0, GRID_2D)), "Work elementwise on arrays of any shape."),
    Case(call("relu", [-1, 2]), _values([0.0, 2.0]), "Accept a list too, and return floats for ints: "
                                                      "np.maximum(0.0, np.asarray(x, dtype=float))."),
    Case(call("relu", np.array([1.0, 2.0, 3.0])), _values([1.0, 2.0, 3.0]),
         "Return a new array even when nothing changes (all inputs positive)."),
    Case(call("relu", 0), _scalar(0.0), "A number in, a number out (a float, also for the integer 0).",
         label="relu(0) (an integer)"),
])

RELU_GRAD = Exercise("relu_grad", 1, [
    Case(call("relu_grad", 0.0), _scalar(0.0),
         "The course takes relu'(0) = 0: test x > 0, not x >= 0."),
    Case(call("relu_grad", np.array([-2.0, -1e-9, 0.0, 1e-9, 3.0])), _values([0, 0, 0, 1, 1]),
         "The slope, not the value: read it off the two straight pieces of the graph."),
    Case(call("relu_grad", np.array([-1.5, 0.7, 2.0])),
         _values(_centred(lambda v: max(0.0, v), [-1.5, 0.7, 2.0]), atol=1e-8),
         "Away from 0 the slope of ReLU is 0 (left) or 1 (right).",
         label="relu_grad([-1.5, 0.7, 2]) against centred differences"),
    Case(call("relu_grad", GRID_2D), _values((GRID_2D > 0).astype(float)), "Work elementwise on arrays."),
    Case(call("relu_grad", [-1, 0, 1]), _values([0, 0, 1]), "Accept a list too."),
])

# ------------------------------------------------------------------ generalised ReLU

GR_X = np.array([-2.0, -0.5, 0.0, 1.0, 3.0])

GENERALIZED_RELU = Exercise("generalized_relu", 1, [
    Case(call("generalized_relu", GR_X, 0.0), _values(_each(lambda v: _grelu(v, 0.0), GR_X)),
         "With alpha = 0 the formula is plain ReLU."),
    Case(call("generalized_relu", GR_X, 0.1), _values(_each(lambda v: _grelu(v, 0.1), GR_X)),
         "Leaky ReLU: negative inputs are scaled by alpha, positive ones pass unchanged."),
    Case(call("generalized_relu", -2.0, 0.1), _scalar(-0.2), "A number in, a number out (not a 0-d array).",
         label="generalized_relu(-2.0, 0.1): a number"),
    Case(call("generalized_relu", GR_X, -1.0), _values(np.abs(GR_X)),
         "With alpha = -1 you get |x|: max(0, x) + (-1)·min(0, x)."),
    Case(call("generalized_relu", GR_X, -0.5), _values(_each(lambda v: _grelu(v, -0.5), GR_X)),
         "Follow the formula for every alpha, negative ones too: with alpha = -0.5 a negative x gives -0.5·x, "
         "not |x|."),
    Case(call("generalized_relu", GR_X, 2.0), _values(_each(lambda v: _grelu(v, 2.0), GR_X)),
         "Follow the formula max(0, x) + alpha·min(0, x) for every alpha; np.maximum(x, alpha*x) "
         "agrees with it only when alpha <= 1."),
    Case(call("generalized_relu", GRID_2D, 0.2), _values(_each(lambda v: _grelu(v, 0.2), GRID_2D)),
         "Work elementwise on arrays of any shape."),
    Case(call("generalized_relu", [-1, 1], 0.5), _values([-0.5, 1.0]), "Accept a list too."),
])

GENERALIZED_RELU_GRAD = Exercise("generalized_relu_grad", 1, [
    Case(call("generalized_relu_grad", 0.0, 0.1), _scalar(0.1),
         "At x = 0 the course takes the left-hand slope (so ReLU keeps slope 0 there)."),
    Case(call("generalized_relu_grad", 0.0, 0.0), _scalar(0.0), "With alpha = 0 this is relu_grad: 0 at 0."),
    Case(call("generalized_relu_grad", np.array([-2.0, 0.0, 3.0]), 0.1), _values([0.1, 0.1, 1.0]),
         "Read the slope off each straight piece of the graph, and use the left one at 0."),
    Case(call("generalized_relu_grad", np.array([-2.0, 0.5]), -1.0), _values([-1.0, 1.0]),
         "The slope of |x| is -1 on the left and +1 on the right."),
    Case(call("generalized_relu_grad", GRID_2D, 0.3),
         _values(_each(lambda v: _grelu_grad(v, 0.3), GRID_2D)),
         "Work elementwise on arrays of any shape."),
    Case(call("generalized_relu_grad", np.array([-1.2, 0.4, 2.5]), 0.3),
         _values(_centred(lambda v: _grelu(v, 0.3), [-1.2, 0.4, 2.5]), atol=1e-8),
         "Your values disagree with slopes measured by centred differences away from 0.",
         label="generalized_relu_grad([-1.2, 0.4, 2.5], 0.3) against centred differences"),
    Case(call("generalized_relu_grad", [-1, 1], 2.0), _values([2.0, 1.0]),
         "Accept a list, and any alpha (here 2)."),
    Case(call("generalized_relu_grad", np.array([-3, 0, 2]), 0), _values([0.0, 0.0, 1.0]),
         "Integers in (and alpha = 0 as an int), floats out.",
         label="generalized_relu_grad([-3, 0, 2], 0) with integers"),
])

# ------------------------------------------------------------------ chain gradient

CHAIN_HINT = ("Walk up the chain: at each layer multiply the running gradient by the local slope "
              "f'(a) at that layer's input a, then move on with a = f(a).")


def _chain(x0, depth, activation, hint=CHAIN_HINT):
    expected = _each(lambda v: _chain_product(v, depth, activation), x0)
    if np.ndim(x0) == 0:
        return _scalar(float(expected), hint, atol=1e-12)
    return _values(expected, hint, atol=1e-12)


def _chain_numeric(x0, depth, activation):
    def judge(got):
        value = expect.scalar(got)
        expect.close(value, chain_numeric(x0, depth, activation), atol=1e-8, rtol=1e-6,
                     hint=join("Compared with a centred difference of the stacked activation. ", CHAIN_HINT))
    return judge


def _below_bound(depth):
    def judge(got):
        value = expect.scalar(got)
        expect.that(0 < value <= 0.25 ** depth, tr("a positive gradient no larger than 4^-{depth} "
                                                   "= {bound:.3g}", depth=depth, bound=0.25 ** depth),
                    f"{value:.3g}", CHAIN_HINT)
        expect.close(value, _chain_product(0.0, depth, "sigmoid"), atol=1e-15, rtol=1e-7)
    return judge


CHAIN_GRADIENT = Exercise("chain_gradient", 2, [
    Case(call("chain_gradient", 0.0, 1, "sigmoid"), _chain(0.0, 1, "sigmoid"),
         "One sigmoid: the gradient is σ'(0) = 0.25."),
    Case(call("chain_gradient", 0.0, 2, "sigmoid"), _chain(0.0, 2, "sigmoid"),
         "Two sigmoids: σ'(0)·σ'(σ(0)) = 0.25·σ'(0.5). Evaluate the second slope at the second "
         "layer's input σ(0) = 0.5, not at x0 again."),
    Case(call("chain_gradient", 1.0, 5, "tanh"), _chain(1.0, 5, "tanh")),
    Case(call("chain_gradient", 0.3, 6, "tanh"), _chain_numeric(0.3, 6, "tanh"),
         label="chain_gradient(0.3, 6, 'tanh') against a centred difference"),
    Case(call("chain_gradient", -0.7, 3, "sigmoid"), _chain_numeric(-0.7, 3, "sigmoid"),
         label="chain_gradient(-0.7, 3, 'sigmoid') against a centred difference"),
    Case(call("chain_gradient", 1.5, 7, "relu"), _chain(1.5, 7, "relu"),
         "From a positive start every ReLU has slope 1."),
    Case(call("chain_gradient", -0.5, 3, "relu"), _chain(-0.5, 3, "relu"),
         "From a negative start the first ReLU has slope 0: nothing gets through."),
    Case(call("chain_gradient", 0.0, 1, "relu"), _chain(0.0, 1, "relu"), "relu'(0) is taken as 0."),
    Case(call("chain_gradient", 0.0, 20, "sigmoid"), _below_bound(20),
         label="chain_gradient(0.0, 20, 'sigmoid') against the bound 4^-20"),
    Case(call("chain_gradient", 0.7, 0, "tanh"), _scalar(1.0),
         "Depth 0 applies nothing: out = x0, so d(out)/d(x0) = 1 (and a number for a number).",
         label="chain_gradient(0.7, 0, 'tanh') (depth 0)"),
    Case(call("chain_gradient", np.array([-2.0, 0.0, 3.0]), 0, "sigmoid"), _values([1.0, 1.0, 1.0]),
         "Depth 0 applies nothing: the gradient is 1 everywhere, shaped like x0.",
         label="chain_gradient([-2, 0, 3], 0, 'sigmoid') (depth 0)"),
    Case(call("chain_gradient", 1, 3, "tanh"), _chain(1.0, 3, "tanh"),
         "An integer x0 works too: a = np.asarray(x0, dtype=float).",
         label="chain_gradient(1, 3, 'tanh') (an integer)"),
    Case(call("chain_gradient", np.array([-1.0, 0.5, 2.0]), 4, "sigmoid"),
         _chain(np.array([-1.0, 0.5, 2.0]), 4, "sigmoid"),
         "Work elementwise when x0 is an array: use your array functions, no math.exp."),
])

EXERCISES = [SIGMOID, SIGMOID_GRAD, TANH_GRAD, RELU, RELU_GRAD, GENERALIZED_RELU,
             GENERALIZED_RELU_GRAD, CHAIN_GRADIENT]


# ----------------------------------------------------------------- differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class for the feedback.

def _activations(gen):
    return [
        Variant("with a float 0.0", (0.0,)), Variant("with an integer", (2,)),
        Variant("with a NumPy number", (np.float64(-1.5),)),
        Variant("with an array of floats", (np.round(gen.normal(scale=3.0, size=9), 3),)),
        Variant("with an integer array", (gen.integers(-4, 5, size=(3, 4)),)),
        Variant("with a 3-d array", (np.round(gen.normal(size=(2, 3, 2)), 2),)),
        Variant("with a nested list of ints", (gen.integers(-3, 4, size=(2, 3)).tolist(),)),
        Variant("with an empty array", (np.zeros(0),)),
        Variant("with a one-element array", (np.array([0.0]),)),
        Variant("with zeros and tiny numbers", (np.array([0.0, -0.0, 1e-300, -1e-300, 5e-324]),)),
        Variant("with inputs up to 1e4", (np.array([-1e4, -750.0, -710.0, -40.0, 40.0, 710.0, 750.0, 1e4]),),
                promise=NO_WARNING),
    ]


def _alpha_pairs(gen):
    x = np.round(gen.normal(scale=3.0, size=9), 3)
    return [
        Variant("with a float 0.0 and alpha 0.1", (0.0, 0.1)), Variant("with an integer and alpha 0", (-2, 0)),
        Variant("with an array and alpha -1", (x, -1.0)), Variant("with an array and alpha 2", (x, 2.0)),
        Variant("with an array and alpha -0.5", (x, -0.5)), Variant("with an array and alpha 1", (x, 1)),
        Variant("with an integer array and an integer alpha", (gen.integers(-4, 5, size=(3, 4)), 0)),
        Variant("with a nested list of ints and alpha 0.3", (gen.integers(-3, 4, size=(2, 3)).tolist(), 0.3)),
        Variant("with an empty array and alpha 0.2", (np.zeros(0), 0.2)),
        Variant("with zeros and tiny numbers and alpha 0.05", (np.array([0.0, -0.0, 1e-300, -1e-300]), 0.05)),
    ]


def _chains(gen):
    return [
        Variant("with depth 0", (0.4, 0, "sigmoid")),
        Variant("with depth 0 on an array", (np.array([1.0, -2.0]), 0, "tanh")),
        Variant("with depth 1", (np.float64(-0.3), 1, "tanh")), Variant("with an integer start", (2, 4, "sigmoid")),
        Variant("with a ReLU chain from a negative start", (-0.5, 5, "relu")),
        Variant("with a ReLU chain from 0", (np.array([0.0, 1e-9, -1e-9]), 3, "relu")),
        Variant("with a deep sigmoid chain", (np.round(gen.normal(size=4), 2), 30, "sigmoid")),
        Variant("with a deep tanh chain from saturation", (np.array([5.0, -8.0]), 12, "tanh")),
        Variant("with a list start", ([0.5, -0.5, 1.5], 3, "relu")),
    ]


DIFFERENTIAL = {name: _activations for name in ("sigmoid", "sigmoid_grad", "tanh_grad", "relu", "relu_grad")}
DIFFERENTIAL.update({"generalized_relu": _alpha_pairs, "generalized_relu_grad": _alpha_pairs,
                     "chain_gradient": _chains})
