"""Public check cases for lesson 05, backpropagation by operation.

Where the expected numbers come from:

- gates: each backward is compared with centred differences of the gate's
  own operation, computed here with NumPy's elementwise functions (``np.add``,
  ``np.exp``...) or, for the sigmoid, ``math.exp`` one number at a time;
- the worked neuron: the curriculum's classic numbers w = (2, -3, -3),
  x = (-1, -2), f ≈ 0.73, dw ≈ (-0.20, -0.39, 0.20), dx ≈ (0.39, -0.59),
  checked to full precision with the closed form σ'(s)·(x0, x1, 1);
- layers: the closed forms dx = dout Wᵀ, dW = xᵀ dout, db = Σ dout on
  non-square shapes (N = 4, D = 5, M = 3) so that a transpose cannot hide;
- the two-layer network: its loss at fixed parameters was computed once with
  plain Python loops (the literals below), and its gradients are compared
  with centred differences of the *student's own* loss, requested as extra
  probe steps at perturbed parameters (rel_error < 1e-6 for every key).

``MaxGate`` routes the whole gradient to the first input on a tie (x >= y),
as its docstring in the notebook says.
"""

from __future__ import annotations

import math

import numpy as np

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.differential import Variant
from helpers.i18n import deferred, join, tr
from helpers.probes import Probe, call, fn, method, new, ref, seq, watch
from helpers.values import Opaque

H = 1e-6  # step of the centred differences taken here


def _sig(v: float) -> float:
    if v < 0:
        e = math.exp(v)
        return e / (1.0 + e)
    return 1.0 / (1.0 + math.exp(-v))


# The sigmoid gate builds on the student's own lesson-04 ``sigmoid`` (``helpers.mywork.load``):
# the grader provides it while the cells run and judges with the course's reference in place.
USES = ("04_activations",)


def _sigmoid(a) -> np.ndarray:
    arr = np.asarray(a, dtype=float)
    return np.vectorize(_sig, otypes=[float])(arr) if arr.size else arr


def _rel_error(a, b) -> float:
    gap = np.abs(np.subtract(a, b, dtype=float))
    size = np.fmax(np.abs(np.asarray(a, float)) + np.abs(np.asarray(b, float)), 1e-8)
    return float((gap / size).max())


def _centred(f, inputs, dout) -> list:
    """Gradients of sum(dout * f(*inputs)) with respect to each input."""
    inputs = [np.array(v, dtype=float) for v in inputs]
    dout = np.asarray(dout, dtype=float)
    grads = []
    for k, x in enumerate(inputs):
        g = np.zeros_like(x)
        for idx in np.ndindex(np.shape(x)):
            plus = [v.copy() for v in inputs]
            minus = [v.copy() for v in inputs]
            plus[k][idx] += H
            minus[k][idx] -= H
            g[idx] = (np.sum(dout * f(*plus)) - np.sum(dout * f(*minus))) / (2 * H)
        grads.append(g)
    return grads


# ---------------------------------------------------------------------------- gates

def _gate_judge(f, inputs, dout, name, hint_out, hint_back, exact=None):
    """Judge (instance, out, grads) of one forward + backward on a gate.

    ``exact`` gives the expected gradients directly (for max at a tie, where
    differences are meaningless); otherwise they are centred differences."""
    two = len(inputs) == 2
    expected_out = f(*[np.asarray(v, dtype=float) for v in inputs])
    expected_grads = exact if exact is not None else _centred(f, inputs, dout)

    def judge(_instance, out, grads):
        expect.close(out, expected_out, what=f"{name}.forward(...)", hint=hint_out)
        if two:
            grads = expect.pair(grads, what=f"{name}.backward(dout)")
            for label, got, want in zip(("dx", "dy"), grads, expected_grads):
                expect.close(got, want, atol=1e-7, rtol=1e-6, what=label, hint=hint_back)
        else:
            expect.that(not isinstance(grads, (tuple, list)),
                        tr("{name}.backward(dout) to return dx itself (the gate has one input)", name=name),
                        expect.show(grads), "Return the array dx, not a tuple or list holding it.")
            expect.close(grads, expected_grads[0], atol=1e-7, rtol=1e-6, what="dx", hint=hint_back)
    return judge


def _run(cls, inputs, dout):
    return seq(new(cls), method(0, "forward", *inputs), method(0, "backward", dout))


def _twice(cls, first, second, dout):
    """forward twice, then backward: backward must use the latest forward."""
    return seq(new(cls), method(0, "forward", *first), method(0, "forward", *second),
               method(0, "backward", dout))


def _two_gates(cls, first, second, dout):
    """Two instances: forward on each, then backward on the first one."""
    return seq(new(cls), new(cls), method(0, "forward", *first), method(1, "forward", *second),
               method(0, "backward", dout))


def _first_of_two(f, inputs, dout, cls, hint_out):
    judge = _gate_judge(f, inputs, dout, cls, hint_out,
                        "Each gate remembers its own inputs: store them on self (self.x = ...), not on the "
                        "class (a class attribute is shared by every gate of that kind).")
    return lambda first, _second, out1, _out2, grads: judge(first, out1, grads)


def _latest(judge):
    return lambda inst, _out1, out2, grads: judge(inst, out2, grads)


# The method is the answer: a backward pass must use its local derivative in closed form. A
# gradient measured by centred differences agrees with it to about 1e-11 at best (rounding
# eps/h and truncation h²), a closed form to a few units in the last place: these tolerances
# tell the two apart, whatever step h the measurement uses.
EXACT = dict(atol=1e-14, rtol=1e-12)
MEASURED_HINT = ("Right to about 10 digits, as a measured slope is, but not to the full precision "
                 "of the formula: the backward pass is the exercise, so write the local derivative "
                 "in closed form instead of measuring it with centred differences.")


def _exact_judge(expected_grads, what=("dx", "dy")):
    """(instance, out, grads): every gradient equal to its closed form to full precision."""
    def judge(_instance, _out, grads):
        grads = expect.pair(grads) if len(expected_grads) == 2 else (grads,)
        for label, got, want in zip(what, grads, expected_grads):
            expect.close(got, want, what=label, hint=MEASURED_HINT, **EXACT)
    return judge


def _exact_case(cls, inputs, dout, expected_grads):
    return Case(_run(cls, inputs, dout), _exact_judge(expected_grads), MEASURED_HINT,
                label=deferred("{cls}: backward to full precision (a closed form, not a measured slope)",
                               cls=cls))


FP_HINT = ("The sigmoid must not overflow for any x: use the stable `sigmoid` of this notebook "
           "(e^(-|x|) never exceeds 1), not 1 / (1 + np.exp(-x)).")


NO_WARNING = "without overflow"  # the text's promise (Case.promise: no warning raised, none hidden)
BIG = np.array([-1e4, -800.0, -30.0, 0.0, 30.0, 800.0, 1e4])


GEN = np.random.default_rng(505)
A23 = np.round(GEN.uniform(-2, 2, size=(2, 3)), 3)
B23 = np.round(GEN.uniform(-2, 2, size=(2, 3)), 3)
D23 = np.round(GEN.normal(size=(2, 3)), 3)
POS23 = np.round(GEN.uniform(0.4, 2.5, size=(2, 3)), 3) * np.array([[1, -1, 1], [-1, 1, 1]])


CLOSED_FORMS = {
    "AddGate": lambda x, y, d: (d, d),
    "MultiplyGate": lambda x, y, d: (d * y, d * x),
    "MaxGate": lambda x, y, d: (np.where(x >= y, d, 0.0), np.where(x >= y, 0.0, d)),
    "ExpGate": lambda x, d: (d * np.exp(x),),
    "ReciprocalGate": lambda x, d: (-d / x ** 2,),
    "SigmoidGate": lambda x, d: (d * _sigmoid(x) * (1.0 - _sigmoid(x)),),
}


def _gate_exercise(cls, f, arity, hint_out, hint_back, extra=(), points=1):
    if arity == 2:
        scalar_in, array_in, other_in = (3.0, -4.0), (A23, B23), (np.array([0.5, 1.5]), np.array([2.0, -1.0]))
    else:
        scalar_in, array_in, other_in = (0.7,), (POS23,), (np.array([1.25, -0.5]),)
    cases = [
        Case(_run(cls, scalar_in, 2.0), _gate_judge(f, scalar_in, 2.0, cls, hint_out, hint_back),
             label=deferred("{cls}: forward{inputs}, then backward(2.0)", cls=cls, inputs=scalar_in)),
        Case(_run(cls, array_in, D23), _gate_judge(f, array_in, D23, cls, hint_out, hint_back),
             label=deferred("{cls}: forward on arrays of shape (2, 3), then backward(dout) against "
                            "centred differences", cls=cls)),
        Case(_twice(cls, array_in, other_in, np.array([1.0, -2.0])),
             _latest(_gate_judge(f, other_in, np.array([1.0, -2.0]), cls, hint_out,
                                 "backward must use what the latest forward stored (keep it on self).")),
             label=deferred("{cls}: forward twice, then backward (it must use the second forward's inputs)",
                            cls=cls)),
    ]
    list_in = tuple(np.asarray(v, float).tolist() for v in other_in)
    cases.append(Case(_run(cls, list_in, np.array([1.0, -2.0])),
                      _gate_judge(f, other_in, np.array([1.0, -2.0]), cls, hint_out, hint_back),
                      "Accept lists: np.asarray(x, dtype=float) before any arithmetic.",
                      label=deferred("{cls} with lists: forward{inputs}, then backward([1, -2])", cls=cls,
                                     inputs=list_in)))
    cases.append(Case(_two_gates(cls, array_in, other_in, D23), _first_of_two(f, array_in, D23, cls, hint_out),
                      label=deferred("{cls}: two gates, each with its own forward, then backward on the first "
                                     "(each gate keeps its own inputs)", cls=cls)))
    closed = CLOSED_FORMS.get(cls)  # the backward's closed form, (inputs, dout) -> gradients
    if closed is not None:
        cases.append(_exact_case(cls, array_in, D23, closed(*[np.asarray(v, float) for v in array_in], D23)))
    return Exercise(cls, points, cases + list(extra), kind="class")


ADD_GATE = _gate_exercise("AddGate", np.add, 2, "z = x + y.",
                          "Add distributes: both inputs receive the upstream gradient dout unchanged.",
                          extra=[Case(_run("AddGate", ([1, 2], [3, 4]), [1, 1]),
                                      _gate_judge(np.add, ([1, 2], [3, 4]), np.ones(2), "AddGate",
                                                  "z = x + y, elementwise.", "Add distributes."),
                                      "Accept lists: + on two Python lists joins them; make arrays first.",
                                      label="AddGate with lists: forward([1, 2], [3, 4]), backward([1, 1])")])

MULTIPLY_GATE = _gate_exercise(
    "MultiplyGate", np.multiply, 2, "z = x * y.",
    "Multiply swaps: dx = dout * y and dy = dout * x (store x and y in forward).",
    extra=[Case(_run("MultiplyGate", ([1, 2], [3, 4]), [1, 1]),
                _gate_judge(np.multiply, ([1, 2], [3, 4]), np.ones(2), "MultiplyGate", "z = x * y.",
                            "Multiply swaps."),
                "Accept lists: np.asarray(x, dtype=float).",
                label="MultiplyGate with lists: forward([1, 2], [3, 4]), backward([1, 1])"),
           Case(_run("MultiplyGate", (np.array([0.0, 2.0]), np.array([3.0, -4.0])), np.array([1.0, 0.5])),
                _gate_judge(np.multiply, (np.array([0.0, 2.0]), np.array([3.0, -4.0])), np.array([1.0, 0.5]),
                            "MultiplyGate", "z = x * y.", "Multiply swaps: dx = dout * y, which needs y itself "
                            "(z / x is 0 / 0 where x = 0): store x and y in forward.",
                            exact=[np.array([3.0, -2.0]), np.array([0.0, 1.0])]),
                label="MultiplyGate with a zero in x: forward([0, 2], [3, -4]), backward([1, 0.5])")])

MAX_TIE_HINT = ("On a tie (x == y) the course sends the whole gradient to the first input x "
                "(x wins when x >= y); the other input gets 0.")
MAX_GATE = _gate_exercise(
    "MaxGate", np.maximum, 2, "z = max(x, y) elementwise (np.maximum).",
    "Max routes: the larger input gets dout, the other gets 0.",
    extra=[
        Case(_run("MaxGate", (2.0, 2.0), 1.5),
             _gate_judge(np.maximum, (2.0, 2.0), 1.5, "MaxGate", "max(2, 2) = 2.", MAX_TIE_HINT,
                         exact=[1.5, 0.0]),
             label="MaxGate at a tie: forward(2.0, 2.0), backward(1.5)"),
        Case(_run("MaxGate", (np.array([1.0, 3.0, 2.0]), np.array([1.0, 0.0, 5.0])), np.array([2.0, 2.0, 2.0])),
             _gate_judge(np.maximum, (np.array([1.0, 3.0, 2.0]), np.array([1.0, 0.0, 5.0])), None,
                         "MaxGate", "np.maximum(x, y).", MAX_TIE_HINT,
                         exact=[np.array([2.0, 2.0, 0.0]), np.array([0.0, 0.0, 2.0])]),
             label="MaxGate on arrays with a tie in the first entry: forward([1, 3, 2], [1, 0, 5]), "
                   "backward([2, 2, 2])"),
    ])

EXP_GATE = _gate_exercise("ExpGate", np.exp, 1, "z = e^x (np.exp).",
                          "What is the derivative of e^x? Multiply it by dout; keep what you need from forward.")

RECIPROCAL_GATE = _gate_exercise(
    "ReciprocalGate", np.reciprocal, 1, "z = 1 / x.", "Differentiate 1/x (mind its sign), then multiply by dout.",
    extra=[Case(_run("ReciprocalGate", (np.array([2, 4, -5]),), np.array([1.0, 1.0, 1.0])),
                _gate_judge(np.reciprocal, (np.array([2.0, 4.0, -5.0]),), np.ones(3), "ReciprocalGate",
                            "Integers in, floats out: 1 / x on a float copy, np.asarray(x, dtype=float).",
                            "Differentiate 1/x (mind its sign), then multiply by dout.",
                            exact=[np.array([-0.25, -0.0625, -0.04])]),
                label="ReciprocalGate on an integer array: forward([2, 4, -5]), backward([1, 1, 1])")])

SIGMOID_GATE = _gate_exercise(
    "SigmoidGate", _sigmoid, 1, "z = σ(x) = 1 / (1 + e^(-x)).",
    "σ' is written with σ itself (notebook 04): use the output stored in forward, not the raw input x.",
    extra=[Case(_run("SigmoidGate", (np.array([-800.0, 0.0, 800.0]),), np.ones(3)),
                _gate_judge(_sigmoid, (np.array([-800.0, 0.0, 800.0]),), np.ones(3), "SigmoidGate",
                            "Use a stable sigmoid (notebook 04): no NaN for large |x|.",
                            "Far from 0 the sigmoid is flat: the gradient is 0 there.",
                            exact=[np.array([0.0, 0.25, 0.0])]),
                label="SigmoidGate at x = -800, 0, 800"),
           Case(seq(new("SigmoidGate"), method(0, "forward", BIG)),
                lambda _gate, out: expect.close(out, _sigmoid(BIG), atol=1e-12, what="SigmoidGate.forward(x)",
                                                hint=FP_HINT),
                FP_HINT, promise=NO_WARNING,
                label="SigmoidGate.forward(x) for x from -1e4 to 1e4, without a warning (none hidden either)")])

# --------------------------------------------------------------- numerical gradient

SIN_X = np.array([[0.3, -1.2, 2.0], [0.1, 0.7, -0.4]])
SIN_GRAD = np.cos(SIN_X) * np.arange(1, 7).reshape(2, 3)  # d/dx of sum(sin(x) * (1..6))
DRIFT_X = np.array([0.1, 0.7, 1.3, -2.9])  # values where x + h - 2h + h != x in floating point


def _grad(expected, hint, atol=1e-6):
    return lambda got: expect.close(got, expected, atol=atol, rtol=1e-6, hint=hint)


NUMERICAL_GRADIENT = Exercise("numerical_gradient", 2, [
    Case(call("numerical_gradient", fn("sum_of_squares"), np.array([1.0, -2.0, 0.5])),
         _grad([2.0, -4.0, 1.0], "Nudge one entry at a time by +h and -h: (f(x+h) - f(x-h)) / (2h)."),
         label="numerical_gradient(sum of squares, [1, -2, 0.5]) (exact: 2x)"),
    Case(call("numerical_gradient", fn("sin_dot"), SIN_X),
         _grad(SIN_GRAD, "x may be 2-D: loop over np.ndindex(x.shape) and return an array of x's shape."),
         label="numerical_gradient(sum(sin(x)·(1..6)), x of shape (2, 3))"),
    Case(call("numerical_gradient", fn("cubic"), np.array([1.0]), h=0.1),
         _grad([3.01], "Use the step h you are given, and the centred difference: for x³ it gives "
                       "(1.1³ - 0.9³) / 0.2 = 3.01; the one-sided (f(x+h) - f(x)) / h gives 3.31."),
         label="numerical_gradient(cubic, [1.0], h=0.1) (exact centred value: 3.01)"),
    Case(call("numerical_gradient", fn("sum_of_squares"), DRIFT_X),
         _grad(2 * DRIFT_X, "Restore each entry exactly (save the old value, then put it back)."),
         label="numerical_gradient(sum of squares, [0.1, 0.7, 1.3, -2.9]) leaves x as it was"),
    Case(call("numerical_gradient", fn("sum_of_squares"), np.array([1, 2, 3])),
         _grad([2.0, 4.0, 6.0], "An integer array cannot hold x + h: work on a float copy, "
                                "np.array(x, dtype=float)."),
         label="numerical_gradient(sum of squares, integer array [1, 2, 3])"),
    Case(call("numerical_gradient", fn("cubic"), [0.5, -1.0]), _grad([0.75, 3.0], "Accept a list too."),
         label="numerical_gradient(cubic, [0.5, -1.0]) (a list)"),
])

# ------------------------------------------------------------------------ rel_error


FORMULA_HINT = ("This is close to the formula's value but not equal to it: the check compares with "
                "the formula itself, not a few digits. Put 1e-8 where the text does, as the floor of the "
                "denominator: |a - b| / max(1e-8, |a| + |b|), not |a - b| / (|a| + |b| + 1e-8).")


def _number(expected, hint, rtol=1e-9):
    def judge(got):
        value = expect.scalar(got, hint="rel_error returns one number: the max over all entries.")
        near = expected != 0 and abs(value - expected) <= 1e-4 * abs(expected)
        expect.close(value, expected, atol=1e-12, rtol=rtol, hint=FORMULA_HINT if near else hint)
    return judge


REL_ERROR = Exercise("rel_error", 1, [
    Case(call("rel_error", np.array([1.0, 2.0]), np.array([1.0, 2.0])), _number(0.0, "Equal arrays give 0.")),
    Case(call("rel_error", np.array([1.0, 2.0]), np.array([1.1, 2.0])), _number(0.1 / 2.1,
         "|a - b| / (|a| + |b|) per entry: 0.1 / 2.1 for the first, then the max.")),
    Case(call("rel_error", np.zeros(3), np.zeros(3)), _number(0.0,
         "Both zero: the floor max(1e-8, |a| + |b|) keeps 0/0 out, giving 0, not NaN.")),
    Case(call("rel_error", np.array([0.0]), np.array([1e-9])), _number(0.1,
         "The denominator is max(1e-8, |a| + |b|) = 1e-8 here, so the answer is 1e-9 / 1e-8.")),
    Case(call("rel_error", np.array([1.0, -1.0]), np.array([-1.0, 1.0])), _number(1.0,
         "Use |a| + |b| in the denominator, not |a + b| (which is 0 here).")),
    Case(call("rel_error", np.array([[1.0, 4.0], [2.0, 0.5]]), np.array([[1.0, 3.0], [2.0, 1.5]])),
         _number(0.5, "Take the max over all entries of a 2-D array (here 1 / 2 = 0.5), not the mean.")),
    Case(call("rel_error", 3.0, 1.0), _number(0.5, "Numbers work too: |3 - 1| / (3 + 1).")),
    Case(call("rel_error", np.array([2e-8, 1.0]), np.array([1e-8, 1.0])),
         _number(1 / 3, "Entry 0: |2e-8 - 1e-8| / max(1e-8, 3e-8) = 1/3; entry 1 gives 0; the max is 1/3."),
         label="rel_error([2e-8, 1], [1e-8, 1]) (near the floor 1e-8: the formula exactly)"),
    Case(call("rel_error", [1.0, 3.0], [1.0, 1.0]), _number(0.5, "Accept lists too: np.asarray(a).")),
])

# ---------------------------------------------------------------------- the neuron


def _neuron(w, x, hint):
    w, x = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
    s = w[0] * x[0] + w[1] * x[1] + w[2]
    f = _sig(s)
    local = f * (1.0 - f)

    def judge(got):
        expect.that(isinstance(got, (tuple, list)) and len(got) == 3, "a triple (f, dw, dx)",
                    expect.show(got))
        f_got, dw, dx = got
        expect.close(expect.scalar(f_got, what="f"), f, what="f",
                     hint="f = σ(w0·x0 + w1·x1 + w2); w[2] is the bias.")
        expect.shape(dw, (3,), what="dw", hint="One gradient per weight, the bias last: (dw0, dw1, dw2).")
        expect.shape(dx, (2,), what="dx", hint="One gradient per input: (dx0, dx1).")
        expect.close(dw, [x[0] * local, x[1] * local, local], what="dw", hint=hint)
        expect.close(dx, [w[0] * local, w[1] * local], what="dx", hint=hint)
        expect.close(dw, [x[0] * local, x[1] * local, local], what="dw", hint=MEASURED_HINT, **EXACT)
        expect.close(dx, [w[0] * local, w[1] * local], what="dx", hint=MEASURED_HINT, **EXACT)
    return judge


NEURON_HINT = ("Backward from df/df = 1: the sigmoid gate gives σ'(s) = f(1 - f); the add gates pass it "
               "to every input (so dw2 = σ'(s)); the multiply gates swap (dw0 = x0·σ'(s), dx0 = w0·σ'(s)).")

GATES_HINT = ("Build it from your gates, as the exercise says: inside the function create two MultiplyGates, "
              "two AddGates and a SigmoidGate, run their forward passes, then their backward passes in "
              "reverse order. A closed form gives the same numbers but skips the lesson.")


GATES = ("MultiplyGate", "AddGate", "SigmoidGate", "ExpGate", "ReciprocalGate")


def _built_from_gates(calls):
    """The method check: the call created the gates the exercise names (counted while it ran)."""
    made = {gate: int(calls.get(gate, 0)) for gate in GATES}
    # the sigmoid as one SigmoidGate, or as the figure's primitive gates (×(-1), exp, +1, 1/x)
    sigmoid = made["SigmoidGate"] >= 1 or (made["ExpGate"] >= 1 and made["ReciprocalGate"] >= 1)
    expect.that(made["MultiplyGate"] >= 2 and made["AddGate"] >= 2 and sigmoid,
                "a neuron built from gates (2 MultiplyGate, 2 AddGate, 1 SigmoidGate created in the call)",
                tr("{multiply} MultiplyGate, {add} AddGate, {sigmoid} SigmoidGate created",
                   multiply=made["MultiplyGate"], add=made["AddGate"], sigmoid=made["SigmoidGate"]), GATES_HINT)


NEURON_FORWARD_BACKWARD = Exercise("neuron_forward_backward", 2, [
    Case(call("neuron_forward_backward", np.array([2.0, -3.0, -3.0]), np.array([-1.0, -2.0])),
         _neuron([2.0, -3.0, -3.0], [-1.0, -2.0], join(NEURON_HINT, " Expect f ≈ 0.73, dw ≈ (-0.20, -0.39, 0.20), "
                                                                    "dx ≈ (0.39, -0.59).")),
         label="neuron_forward_backward(w = (2, -3, -3), x = (-1, -2)), the classic example"),
    Case(call("neuron_forward_backward", np.array([0.5, -1.0, 2.0]), np.array([3.0, 1.0])),
         _neuron([0.5, -1.0, 2.0], [3.0, 1.0], NEURON_HINT),
         label="neuron_forward_backward(w = (0.5, -1, 2), x = (3, 1))"),
    Case(call("neuron_forward_backward", [1.0, 1.0, -4.0], [-3.0, 2.5]),
         _neuron([1.0, 1.0, -4.0], [-3.0, 2.5], NEURON_HINT),
         "Accept lists too.", label="neuron_forward_backward with lists, far in the sigmoid's tail"),
    Case(watch(call("neuron_forward_backward", np.array([2.0, -3.0, -3.0]), np.array([-1.0, -2.0])),
               *GATES),
         _neuron([2.0, -3.0, -3.0], [-1.0, -2.0], NEURON_HINT), GATES_HINT, method=_built_from_gates,
         label="neuron_forward_backward built from your gates"),
], course_helpers=("helpers.graph_drawing.neuron_graph",))

# ------------------------------------------------------------------------ layers

LGEN = np.random.default_rng(2025)
X45 = np.round(LGEN.normal(size=(4, 5)), 2)   # N = 4, D = 5
W53 = np.round(LGEN.normal(size=(5, 3)), 2)   # D = 5, M = 3
B3 = np.round(LGEN.normal(size=3), 2)
DOUT43 = np.round(LGEN.normal(size=(4, 3)), 2)
X23 = np.round(LGEN.normal(size=(2, 3)), 2)   # N = 2, D = 3
W34 = np.round(LGEN.normal(size=(3, 4)), 2)   # D = 3, M = 4
B4 = np.round(LGEN.normal(size=4), 2)
DOUT24 = np.round(LGEN.normal(size=(2, 4)), 2)
LAYERS = ("helpers.layers", "helpers.xor_net")


def _items(cache, depth=0):
    """Every array-like found in a cache (wire data: tuples, lists, dicts, arrays, numbers)."""
    if depth > 4 or cache is None:
        return
    if isinstance(cache, dict):
        for value in cache.values():
            yield from _items(value, depth + 1)
        return
    try:
        arr = np.asarray(cache, dtype=float)
        if arr.dtype.kind in "biuf":
            yield arr
            if not isinstance(cache, (tuple, list)):
                return
    except (TypeError, ValueError):
        pass
    if isinstance(cache, (tuple, list)):
        for value in cache:
            yield from _items(value, depth + 1)


def _found(cache, test) -> bool:
    return any(test(arr) for arr in _items(cache))


def _equal(want):
    want = np.asarray(want, dtype=float)
    return lambda arr: arr.shape == want.shape and np.allclose(arr, want, atol=1e-12, rtol=1e-12)


def _cache_judge(needs, what, hint):
    """The forward's cache must hold what a correct backward needs (``needs``: label -> tests,
    one of which must find its array). A cache the judge cannot read (a student object) is
    given the benefit of the doubt: its backward's own check then decides."""
    def judge(got):
        _out, cache = expect.pair(got, what="the result (out, cache)")
        if isinstance(cache, Opaque):
            return
        missing = [label for label, tests in needs.items() if not any(_found(cache, t) for t in tests)]
        expect.that(not missing, tr("a cache that holds what the backward pass needs ({what})", what=tr(what)),
                    tr("a cache without {missing}: {cache}", missing=", ".join(missing), cache=expect.show(cache)),
                    hint)
    return judge


def _forward_judge(expected, hint):
    def judge(got):
        out, _cache = expect.pair(got, what="the result (out, cache)")
        expect.array(out, np.shape(expected), floating=True, what="out", hint=hint)
        expect.close(out, expected, what="out", hint=hint)
    return judge


AFFINE_FORWARD = Exercise("affine_forward", 1, [
    Case(call("affine_forward", X45, W53, B3), _forward_judge(X45 @ W53 + B3, "out = x @ W + b, shape (N, M)."),
         label="affine_forward(x (4, 5), W (5, 3), b (3,))"),
    Case(call("affine_forward", X23, W34, B4), _forward_judge(X23 @ W34 + B4, "out = x @ W + b."),
         label="affine_forward(x (2, 3), W (3, 4), b (4,))"),
    Case(call("affine_forward", X23.tolist(), W34.tolist(), B4.tolist()),
         _forward_judge(X23 @ W34 + B4, "Accept lists: np.asarray(x, dtype=float)."),
         label="affine_forward with lists"),
    Case(call("affine_forward", X45, W53, B3),
         _cache_judge({"x": [_equal(X45)], "W": [_equal(W53)]}, "x and W",
                      "affine_backward needs x (for dW = xᵀ dout) and W (for dx = dout Wᵀ): cache both, "
                      "e.g. cache = (x, W, b)."),
         label="affine_forward's cache, for affine_backward"),
], course_helpers=LAYERS)


def _own_forward_first(judge, forward, backward, needs):
    """A backward is run on its own forward's cache (``judged_with``). When that cache lacks what
    any backward needs, the forward's own cache case fails, and this one says so instead of
    blaming the backward's formula."""
    def wrapped(fwd, got):
        cache = fwd[1] if isinstance(fwd, (tuple, list)) and len(fwd) == 2 else None
        if cache is not None and not isinstance(cache, Opaque):
            missing = [label for label, tests in needs.items() if not any(_found(cache, t) for t in tests)]
            expect.that(not missing,
                        tr("a cache from your {forward} that {backward} can work from", forward=forward,
                           backward=backward),
                        tr("a cache without {missing}: {cache}", missing=", ".join(missing), cache=expect.show(cache)),
                        tr("{backward} is judged with your own {forward}, whose cache lacks what any backward pass "
                           "needs: fix {forward} first (its own check says what is missing).", forward=forward,
                           backward=backward))
        return judge(fwd, got)
    return wrapped


def _affine_needs(x, W):
    return {"x": [_equal(x)], "W": [_equal(W)]}


def _sigmoid_needs(x):
    out = _sigmoid(x)
    return {"x or σ(x)": [_equal(x), _equal(out), _equal(out * (1 - out))]}


def _relu_needs(x):
    x = np.asarray(x, float)
    return {"where x > 0": [lambda arr: arr.shape == x.shape and np.array_equal(arr > 0, x > 0),
                            lambda arr: arr.shape == x.shape and np.array_equal(arr > 0, x <= 0)]}


def _affine_back_judge(x, W, dout):
    def judge(_forward, got):
        expect.that(isinstance(got, (tuple, list)) and len(got) == 3, "a triple (dx, dW, db)",
                    expect.show(got))
        dx, dW, db = got
        expect.shape(dx, x.shape, what="dx", hint="dx has the shape of x, (N, D).")
        expect.shape(dW, W.shape, what="dW", hint="dW has the shape of W, (D, M).")
        expect.shape(db, (W.shape[1],), what="db",
                     hint="db has the shape of b, (M,): one number per output.")
        expect.close(dx, dout @ W.T, what="dx",
                     hint="Work out dx[n, d] entry by entry: which outputs does x[n, d] reach, and "
                          "with which local gradient? Then find the one product with that shape.")
        expect.close(dW, x.T @ dout, what="dW",
                     hint="W[d, m] is used by every sample: dW adds their contributions (a sum over "
                          "the batch, not a mean), in the shape of W.")
        expect.close(db, dout.sum(axis=0), what="db",
                     hint="b was added to every row, so db sums dout over the batch (not the mean).")
    return judge


def _affine_exact(x, W, dout):
    def judge(_forward, got):
        expect.that(isinstance(got, (tuple, list)) and len(got) == 3, "a triple (dx, dW, db)", expect.show(got))
        for label, g, want in zip(("dx", "dW", "db"), got, (dout @ W.T, x.T @ dout, dout.sum(axis=0))):
            expect.close(g, want, what=label, hint=MEASURED_HINT, **EXACT)
    return judge


AFFINE_BACKWARD = Exercise("affine_backward", 2, [
    Case(seq(call("affine_forward", X45, W53, B3), call("affine_backward", DOUT43, ref(0, 1))),
         _own_forward_first(_affine_back_judge(X45, W53, DOUT43), "affine_forward", "affine_backward",
                            _affine_needs(X45, W53)),
         "Check the shapes first: dx like x (N, D), dW like W (D, M), db like b (M,).",
         label="affine_backward after affine_forward with N = 4, D = 5, M = 3"),
    Case(seq(call("affine_forward", X23, W34, B4), call("affine_backward", DOUT24, ref(0, 1))),
         _own_forward_first(_affine_back_judge(X23, W34, DOUT24), "affine_forward", "affine_backward",
                            _affine_needs(X23, W34)),
         label="affine_backward after affine_forward with N = 2, D = 3, M = 4"),
    Case(seq(call("affine_forward", X45, W53, B3), call("affine_backward", DOUT43, ref(0, 1))),
         _affine_exact(X45, W53, DOUT43),
         MEASURED_HINT, label="affine_backward to full precision (closed forms, not measured slopes)"),
], course_helpers=LAYERS, judged_with=("affine_forward",))

SIG_IN = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -800.0]])
SIG_DOUT = np.array([[1.0, -2.0, 0.5], [3.0, 1.0, 1.0]])
SIG_OUT = _sigmoid(SIG_IN)

INT_HINT = "Integers in, floats out: x = np.asarray(x, dtype=float) before making any buffer from it."

SIGMOID_FORWARD = Exercise("sigmoid_forward", 1, [
    Case(call("sigmoid_forward", SIG_IN), _forward_judge(SIG_OUT, "out = σ(x), elementwise, stable for large |x|."),
         label="sigmoid_forward(x of shape (2, 3), including -800)"),
    Case(call("sigmoid_forward", [0.0, 1.0]), _forward_judge(_sigmoid([0.0, 1.0]), "Accept lists too."),
         label="sigmoid_forward([0, 1])"),
    Case(call("sigmoid_forward", np.array([[-2, 0, 3]])), _forward_judge(_sigmoid([[-2, 0, 3]]), INT_HINT),
         label="sigmoid_forward of an integer array [[-2, 0, 3]]"),
    Case(call("sigmoid_forward", SIG_IN),
         _cache_judge({"x or σ(x)": [_equal(SIG_IN), _equal(SIG_OUT), _equal(SIG_OUT * (1 - SIG_OUT))]},
                      "the input x or the output σ(x)",
                      "sigmoid_backward needs σ(x) (or x, to compute it again): cache the output, "
                      "e.g. return out, out."),
         label="sigmoid_forward's cache, for sigmoid_backward"),
    Case(call("sigmoid_forward", BIG), _forward_judge(_sigmoid(BIG), FP_HINT), FP_HINT, promise=NO_WARNING,
         label="sigmoid_forward(x) for x from -1e4 to 1e4, without a warning (none hidden either)"),
])


def _backward_judge(expected, hint):
    return lambda _forward, got: expect.close(got, expected, atol=1e-7, rtol=1e-6, what="dx", hint=hint)


SIGMOID_BACKWARD = Exercise("sigmoid_backward", 1, [
    Case(seq(call("sigmoid_forward", SIG_IN), call("sigmoid_backward", SIG_DOUT, ref(0, 1))),
         _own_forward_first(_backward_judge(SIG_DOUT * SIG_OUT * (1 - SIG_OUT),
                                            "Multiply dout by the sigmoid's local derivative, computed from the "
                                            "output kept in the cache (notebook 04), not from x."),
                            "sigmoid_forward", "sigmoid_backward", _sigmoid_needs(SIG_IN)),
         label="sigmoid_backward after sigmoid_forward on a (2, 3) array"),
    Case(seq(call("sigmoid_forward", A23), call("sigmoid_backward", D23, ref(0, 1))),
         _own_forward_first(_backward_judge(_centred(_sigmoid, [A23], D23)[0],
                                            "Compared with centred differences of σ."),
                            "sigmoid_forward", "sigmoid_backward", _sigmoid_needs(A23)),
         label="sigmoid_backward against centred differences"),
    Case(seq(call("sigmoid_forward", SIG_IN), call("sigmoid_backward", SIG_DOUT, ref(0, 1))),
         lambda _forward, got: expect.close(got, SIG_DOUT * SIG_OUT * (1 - SIG_OUT), what="dx",
                                            hint=MEASURED_HINT, **EXACT),
         MEASURED_HINT, label="sigmoid_backward to full precision (a closed form, not a measured slope)"),
], judged_with=("sigmoid_forward",))

RELU_IN = np.array([[-1.5, 0.0, 2.0], [0.5, -0.2, 0.0]])
RELU_DOUT = np.array([[1.0, 2.0, 3.0], [-4.0, 5.0, 6.0]])

RELU_FORWARD = Exercise("relu_forward", 1, [
    Case(call("relu_forward", RELU_IN), _forward_judge(np.maximum(0, RELU_IN), "out = max(0, x) elementwise."),
         label="relu_forward(x of shape (2, 3))"),
    Case(call("relu_forward", [-1.0, 1.0]), _forward_judge([0.0, 1.0], "Accept lists too."),
         label="relu_forward([-1, 1])"),
    Case(call("relu_forward", RELU_IN),
         _cache_judge({"where x > 0": [lambda arr: arr.shape == RELU_IN.shape
                                       and np.array_equal(arr > 0, RELU_IN > 0),
                                       lambda arr: arr.shape == RELU_IN.shape
                                       and np.array_equal(arr > 0, RELU_IN <= 0)]},
                      "where x was positive",
                      "relu_backward needs to know where x > 0: cache x itself (or the mask x > 0)."),
         label="relu_forward's cache, for relu_backward"),
], course_helpers=LAYERS)

RELU_BACKWARD = Exercise("relu_backward", 1, [
    Case(seq(call("relu_forward", RELU_IN), call("relu_backward", RELU_DOUT, ref(0, 1))),
         _own_forward_first(_backward_judge(np.array([[0.0, 0.0, 3.0], [-4.0, 0.0, 0.0]]),
                                            "The gradient passes only where the input was positive; at x = 0 "
                                            "exactly it is taken as 0."),
                            "relu_forward", "relu_backward", _relu_needs(RELU_IN)),
         label="relu_backward after relu_forward, with two zeros in x"),
    Case(seq(call("relu_forward", A23), call("relu_backward", D23, ref(0, 1))),
         _own_forward_first(_backward_judge(_centred(lambda v: np.maximum(0.0, v), [A23], D23)[0],
                                            "Compared with centred differences of max(0, x)."),
                            "relu_forward", "relu_backward", _relu_needs(A23)),
         label="relu_backward against centred differences"),
], course_helpers=LAYERS, judged_with=("relu_forward",))

# --------------------------------------------------------------------------- MSE


def _mse(y_pred, y, hint):
    y_pred, y = np.asarray(y_pred, dtype=float), np.asarray(y, dtype=float)
    diff = y_pred - y

    def judge(got):
        loss, grad = expect.pair(got, what="the result (loss, dy_pred)")
        expect.close(expect.scalar(loss, what="loss"), float(np.mean(diff ** 2)), what="loss",
                     hint="The mean over all entries of (y_pred - y)².")
        expect.close(grad, 2 * diff / diff.size, what="dy_pred", hint=hint)
    return judge


MSE_HINT = ("Differentiate one term of the mean: the square brings a factor, and the mean over all "
            "K entries divides by K.")

MSE_LOSS = Exercise("mse_loss", 1, [
    Case(call("mse_loss", np.array([[0.5], [0.2], [0.9], [0.0]]), np.array([[1.0], [0.0], [1.0], [0.0]])),
         _mse([[0.5], [0.2], [0.9], [0.0]], [[1.0], [0.0], [1.0], [0.0]], MSE_HINT),
         label="mse_loss(y_pred of shape (4, 1), y of shape (4, 1))"),
    Case(call("mse_loss", np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]]), np.zeros((3, 2))),
         _mse([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]], np.zeros((3, 2)),
              join(MSE_HINT, " Here K = 6 entries, not N = 3 rows.")),
         label="mse_loss on a (3, 2) array: the mean is over all 6 entries"),
    Case(call("mse_loss", [0.0, 1.0], [1.0, 1.0]), _mse([0.0, 1.0], [1.0, 1.0], MSE_HINT),
         "Accept lists too.", label="mse_loss with lists"),
])

# ------------------------------------------------------------- two-layer network

# Parameters for N = 5, D = 3, H = 4 (every shape different) and the loss at
# them, computed once with plain Python loops over samples and units.
NET_PARAMS = {
    "W1": np.array([[0.03, 1.36, 1.22, -0.51], [-0.3, -0.53, 0.57, -0.06], [0.75, -1.85, 1.57, -0.1]]),
    "b1": np.array([0.68, -0.14, -0.38, 0.46]),
    "W2": np.array([[0.82], [-0.2], [-0.15], [0.69]]),
    "b2": np.array([-0.87]),
}
NET_X = np.array([[-1.51, 0.39, -0.67], [-1.92, -0.81, -0.47], [-1.19, -1.49, 0.04],
                  [0.9, -0.23, -0.74], [0.38, 0.72, -0.3]])
NET_Y = np.array([[0.0], [1.0], [1.0], [0.0], [0.5]])
NET_LOSS = 0.170424583171702

XOR_PARAMS = {"W1": np.array([[1.5, -0.7], [-1.1, 0.9]]), "b1": np.array([0.2, -0.4]),
              "W2": np.array([[1.3], [-0.8]]), "b2": np.array([0.1])}
XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
XOR_LOSS = 0.281083594998373

GRAD_H = 1e-5
SHAPE_HINTS = {"W1": "(D, H)", "b1": "(H,)", "W2": "(H, 1)", "b2": "(1,)"}
NET_HINT = ("Forward: affine -> sigmoid -> affine -> sigmoid -> MSE, keeping each cache; backward in reverse "
            "order. Typical slips: a missing σ' factor in one of the two sigmoid layers, a loss gradient "
            "without the 1/N of the mean, a bias gradient that is not summed over the batch.")


def _perturbed(params):
    """(key, index, sign) and params for every entry of every parameter, ±GRAD_H."""
    where, variants = [], []
    for key in params:
        for idx in np.ndindex(params[key].shape):
            for sign in (1.0, -1.0):
                changed = {k: v.copy() for k, v in params.items()}
                changed[key][idx] += sign * GRAD_H
                where.append((key, idx, sign))
                variants.append(changed)
    return where, variants


def _check_loss_and_grads(got, params, loss):
    value, grads = expect.pair(got, what="the result (loss, grads)")
    expect.close(expect.scalar(value, what="loss"), loss, atol=1e-9, rtol=1e-9, what="loss",
                 hint="The loss is the mean squared error of the network's output σ(σ(X W1 + b1) W2 + b2).")
    expect.that(isinstance(grads, dict), "grads as a dict keyed like params", expect.show(grads))
    expect.that(set(grads) == set(params), tr("grads with the keys {keys}", keys=sorted(params)),
                tr("keys {keys}", keys=sorted(grads)), "One gradient per parameter, under the same key.")
    for key in params:
        shape = dict(key=key, shape=SHAPE_HINTS[key])
        expect.shape(grads[key], params[key].shape, what=f"grads['{key}']",
                     hint=tr("grads['{key}'] has the shape of params['{key}'], {shape}: sum over the batch.", **shape)
                     if key.startswith("b") else tr("grads['{key}'] has the shape of params['{key}'], {shape}.",
                                                    **shape))
    return grads


def _two_layer_judge(params, loss):
    where, _ = _perturbed(params)

    def judge(*steps):
        grads = _check_loss_and_grads(steps[0], params, loss)
        numeric = {k: np.zeros_like(v) for k, v in params.items()}
        for (key, idx, sign), step in zip(where, steps[1:]):
            value = expect.scalar(expect.pair(step)[0], what="loss")
            numeric[key][idx] += sign * value / (2 * GRAD_H)
        for key in params:
            error = _rel_error(grads[key], numeric[key])
            expect.that(error < 1e-6,
                        tr("grads['{key}'] within relative error 1e-6 of centred differences of your own loss "
                           "({numeric})", key=key, numeric=expect.show(numeric[key].ravel())),
                        tr("relative error {error:.2g} ({grads})", error=error,
                           grads=expect.show(np.asarray(grads[key], float).ravel())),
                        NET_HINT)
    return judge


def _net_case(params, X, y, loss, label):
    _, variants = _perturbed(params)
    probe = seq(call("two_layer_loss_and_grads", params, X, y),
                *[call("two_layer_loss_and_grads", v, X, y) for v in variants])
    return Case(probe, _two_layer_judge(params, loss), NET_HINT, label=label)


def _exact_two_layer(params, X, y) -> dict:
    """The gradients by the chain rule, written out here (trusted, closed form): the loss itself
    is checked against the plain-loop literals above, so these rest on them."""
    X, y = np.asarray(X, float), np.asarray(y, float)
    h = _sigmoid(X @ params["W1"] + params["b1"])
    out = _sigmoid(h @ params["W2"] + params["b2"])
    dz2 = 2.0 * (out - y) / out.size * out * (1.0 - out)
    dz1 = dz2 @ params["W2"].T * h * (1.0 - h)
    return {"W1": X.T @ dz1, "b1": dz1.sum(axis=0), "W2": h.T @ dz2, "b2": dz2.sum(axis=0)}


def _exact_net_judge(params, X, y, loss):
    expected = _exact_two_layer(params, X, y)

    def judge(got):
        grads = _check_loss_and_grads(got, params, loss)
        for key in params:
            expect.close(grads[key], expected[key], what=f"grads['{key}']", hint=MEASURED_HINT, atol=1e-14,
                         rtol=1e-11)
    return judge


TWO_LAYER_LOSS_AND_GRADS = Exercise("two_layer_loss_and_grads", 3, [
    Case(call("two_layer_loss_and_grads", NET_PARAMS, NET_X, NET_Y),
         lambda got: _check_loss_and_grads(got, NET_PARAMS, NET_LOSS), NET_HINT,
         label="two_layer_loss_and_grads with N = 5, D = 3, H = 4: the loss, and grads' keys and shapes"),
    _net_case(NET_PARAMS, NET_X, NET_Y, NET_LOSS,
              "two_layer_loss_and_grads with N = 5, D = 3, H = 4: every gradient against centred "
              "differences of your own loss"),
    _net_case(XOR_PARAMS, XOR_X, XOR_Y, XOR_LOSS,
              "two_layer_loss_and_grads on XOR (2-2-1): every gradient against centred differences "
              "of your own loss"),
    Case(call("two_layer_loss_and_grads", NET_PARAMS, NET_X, NET_Y),
         _exact_net_judge(NET_PARAMS, NET_X, NET_Y, NET_LOSS),
         MEASURED_HINT, label="two_layer_loss_and_grads with N = 5, D = 3, H = 4: the gradients to full precision "
                              "(backpropagation, not numerical differences)"),
    Case(call("two_layer_loss_and_grads", XOR_PARAMS, XOR_X.tolist(), XOR_Y.tolist()),
         _exact_net_judge(XOR_PARAMS, XOR_X, XOR_Y, XOR_LOSS),
         "Accept lists too: np.asarray(X, dtype=float), and the same for y.",
         label="two_layer_loss_and_grads on XOR with X and y as lists"),
], course_helpers=("helpers.xor_net", "helpers.layers"))

# ------------------------------------------------------------ the autodiff engine's backward

# Every expected gradient below is worked by hand (closed forms of small expressions), not
# computed by any Value code. A probe builds the expression step by step on the student's
# Value class (its arithmetic is the course's, its backward the student's), calls backward(),
# then reads each leaf's .grad.


def _grad_of(step: int) -> Probe:
    return method(step, "__getattribute__", "grad")


VALUE_HINT = ("Visit the Values in topological order (each after the Values it was computed from), set every "
              ".grad to 0 and self.grad to 1, then go through them in reverse: pass each Value's .grad to "
              "its gate's backward and add (+=) each returned gradient to the matching parent's .grad.")
MERGE_HINT = ("Gradients arriving along different paths add: use +=, never =, when a parent receives a "
              "gradient (x * x gives x two contributions).")
ORDER_HINT = ("A Value may pass its .grad on only after every Value computed from it has added its share: "
              "go through a topological order in reverse, not breadth first from the output.")
RESET_HINT = ("Set every .grad to 0 (and self.grad to 1) at the start of backward(), so that a second call gives "
              "the same gradients.")


def _value_judge(expected: dict, hint: str):
    """expected: {step of a leaf's .grad: the hand-worked gradient}."""

    def judge(*steps):
        for step, (what, want) in expected.items():
            got = expect.scalar(steps[step], what=what)
            expect.close(got, want, atol=1e-9, rtol=1e-9, what=what, hint=hint)
    return judge


_E = math.exp(0.5)
_DS = _sig(1.0) * (1.0 - _sig(1.0))   # σ'(1), the neuron's local gradient at s = 1

VALUE = Exercise("Value", 3, [
    # f = (x + y)·x at x = 3, y = -1: df/dx = 2x + y = 5, df/dy = x = 3 (section 4's example)
    Case(seq(new("Value", 3.0), new("Value", -1.0), method(0, "__add__", ref(1)), method(2, "__mul__", ref(0)),
             method(3, "backward"), _grad_of(0), _grad_of(1)),
         _value_judge({5: ("x.grad", 5.0), 6: ("y.grad", 3.0)}, MERGE_HINT), VALUE_HINT,
         label="f = (x + y)·x at x = 3, y = -1: f.backward(), then x.grad (5) and y.grad (3)"),
    # f = (x·x)·x at x = 2: df/dx = 3x² = 12; the same Value enters one gate twice
    Case(seq(new("Value", 2.0), method(0, "__mul__", ref(0)), method(1, "__mul__", ref(0)),
             method(2, "backward"), _grad_of(0)),
         _value_judge({4: ("x.grad", 12.0)}, MERGE_HINT), VALUE_HINT,
         label="f = (x·x)·x at x = 2: x.grad must be 3x² = 12"),
    # a = e^x, b = a + 1, f = a·b + a = e^(2x) + 2e^x at x = 0.5: df/dx = 2e^(2x) + 2e^x.
    # Breadth first from f, a is passed on before the path through b has reached it.
    Case(seq(new("Value", 0.5), method(0, "exp"), method(1, "__add__", 1.0), method(1, "__mul__", ref(2)),
             method(3, "__add__", ref(1)), method(4, "backward"), _grad_of(0)),
         _value_judge({6: ("x.grad", 2 * _E ** 2 + 2 * _E)}, ORDER_HINT), VALUE_HINT,
         label="a = exp(x), f = a·(a + 1) + a at x = 0.5: x.grad must be 2e^(2x) + 2e^x ≈ 8.734"),
    # the classic neuron f = σ(w0·x0 + w1·x1 + w2), w = (2, -3, -3), x = (-1, -2): s = 1, and
    # dw = σ'(s)·(x0, x1, 1), dx = σ'(s)·(w0, w1) with σ'(1) = σ(1)(1 - σ(1))
    Case(seq(new("Value", 2.0), new("Value", -3.0), new("Value", -3.0), new("Value", -1.0), new("Value", -2.0),
             method(0, "__mul__", ref(3)), method(1, "__mul__", ref(4)), method(5, "__add__", ref(6)),
             method(7, "__add__", ref(2)), method(8, "sigmoid"), method(9, "backward"),
             _grad_of(0), _grad_of(1), _grad_of(2), _grad_of(3), _grad_of(4)),
         _value_judge({11: ("w0.grad", -1.0 * _DS), 12: ("w1.grad", -2.0 * _DS), 13: ("w2.grad", _DS),
                       14: ("x0.grad", 2.0 * _DS), 15: ("x1.grad", -3.0 * _DS)}, VALUE_HINT), VALUE_HINT,
         label="the neuron σ(w0·x0 + w1·x1 + w2) with w = (2, -3, -3), x = (-1, -2): every .grad"),
    # every operation of the engine at x = 1.5, y = 0.4: f = x / y + 2 / x + 3·(-y) + 2, so
    # df/dx = 1/y - 2/x² = 2.5 - 8/9 and df/dy = -x/y² - 3 = -12.375
    Case(seq(new("Value", 1.5), new("Value", 0.4), method(0, "__truediv__", ref(1)), method(0, "__rtruediv__", 2.0),
             method(1, "__neg__"), method(4, "__rmul__", 3.0), method(5, "__radd__", 2.0),
             method(2, "__add__", ref(3)), method(7, "__add__", ref(6)), method(8, "backward"),
             _grad_of(0), _grad_of(1)),
         _value_judge({10: ("x.grad", 2.5 - 8.0 / 9.0), 11: ("y.grad", -12.375)}, VALUE_HINT), VALUE_HINT,
         label="f = x / y + 2 / x + 3·(-y) + 2 at x = 1.5, y = 0.4: x.grad (2.5 - 8/9) and y.grad (-12.375)"),
    # backward() twice: the same gradients as once
    Case(seq(new("Value", 3.0), new("Value", -1.0), method(0, "__add__", ref(1)), method(2, "__mul__", ref(0)),
             method(3, "backward"), method(3, "backward"), _grad_of(0), _grad_of(1)),
         _value_judge({6: ("x.grad", 5.0), 7: ("y.grad", 3.0)}, RESET_HINT), VALUE_HINT,
         label="f = (x + y)·x: f.backward() called twice must still give x.grad = 5, y.grad = 3"),
], kind="class")

EXERCISES = [ADD_GATE, MULTIPLY_GATE, MAX_GATE, EXP_GATE, RECIPROCAL_GATE, SIGMOID_GATE,
             NUMERICAL_GRADIENT, REL_ERROR, NEURON_FORWARD_BACKWARD, AFFINE_FORWARD, AFFINE_BACKWARD,
             SIGMOID_FORWARD, SIGMOID_BACKWARD, RELU_FORWARD, RELU_BACKWARD, MSE_LOSS,
             TWO_LAYER_LOSS_AND_GRADS, VALUE]


# ----------------------------------------------------------------- differential inputs
# Generated inputs on which the grader compares an answer with the course's reference
# (helpers.differential); each names its input class for the feedback. Only functions whose
# whole result the text fixes: a forward's cache is the student's choice, so layers are not here.

def _error_pairs(gen):
    a = np.round(gen.normal(size=(3, 4)), 3)
    return [
        Variant("with two arrays", (a, a + np.round(gen.normal(scale=1e-3, size=(3, 4)), 6))),
        Variant("with equal arrays", (a, a.copy())),
        Variant("with zeros on both sides", (np.zeros(5), np.zeros(5))),
        Variant("with entries near the floor 1e-8", (np.array([3e-9, 0.0, 2e-8]), np.array([0.0, 1e-9, 1e-8]))),
        Variant("with opposite signs", (np.array([2.0, -1.0]), np.array([-2.0, 1.0]))),
        Variant("with numbers", (1.5, 1.2)), Variant("with lists", ([1.0, 2.0, 3.0], [1.0, 2.5, 2.0])),
        Variant("with integer arrays", (np.array([1, 2, 3]), np.array([1, 3, 3]))),
    ]


def _mse_pairs(gen):
    y = np.round(gen.normal(size=(6, 1)), 3)
    return [
        Variant("with a column of predictions", (np.round(gen.normal(size=(6, 1)), 3), y)),
        Variant("with a (3, 4) array", (np.round(gen.normal(size=(3, 4)), 3), np.zeros((3, 4)))),
        Variant("with a perfect prediction", (y.copy(), y)),
        Variant("with a single entry", (np.array([0.3]), np.array([1.0]))),
        Variant("with integer inputs", (np.array([1, 2, 3]), np.array([0, 2, 5]))),
        Variant("with lists", ([0.5, 0.25], [1.0, 0.0])),
    ]


def _gradients(gen):
    return [
        Variant("with a 1-d point", (fn("sin_dot"), np.round(gen.normal(size=4), 3))),
        Variant("with a 2-d point", (fn("cubic"), np.round(gen.normal(size=(2, 3)), 3))),
        Variant("with an integer point", (fn("sum_of_squares"), np.array([3, -1, 2]))),
        Variant("with a list", (fn("sin_dot"), [0.2, -1.1])),
        Variant("with a single entry", (fn("cubic"), np.array([0.7]))),
        Variant("with a large step h", (fn("cubic"), np.array([1.0, -2.0]), 0.5)),
        Variant("with a function of all entries together", (fn("square_of_sum"), np.array([0.3, -1.2, 2.0]))),
    ]


def _neurons(gen):
    return [
        Variant("with random weights and inputs", (np.round(gen.normal(size=3), 3), np.round(gen.normal(size=2), 3))),
        Variant("with zero weights", (np.zeros(3), np.array([1.5, -2.0]))),
        Variant("with a saturated neuron", (np.array([20.0, 15.0, 5.0]), np.array([2.0, 1.0]))),
        Variant("with integer lists", ([1, -2, 0], [3, 1])),
    ]


DIFFERENTIAL = {"rel_error": _error_pairs, "mse_loss": _mse_pairs, "numerical_gradient": _gradients,
                "neuron_forward_backward": _neurons}
