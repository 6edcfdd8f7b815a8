"""Probes: what to evaluate in a student's namespace, written as plain data.

A probe is a short list of steps (call a function, read a value, make an
instance, call a method). Check authors build probes with ``call``, ``get``,
``new``, ``method`` and ``seq``; ``run_probe`` evaluates one against a
namespace and returns one outcome per step, every value already encoded as
wire data (see ``helpers.values``). The self-check runs probes inside the
notebook's kernel; the grader runs the very same probes in a child process
and only the outcomes, as data, come back.
"""

from __future__ import annotations

import os
import traceback

import numpy as np

from helpers import values

_HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ markers


class Ref:
    """The value of an earlier step of the same probe (optionally one item)."""

    def __init__(self, step: int, item: int | None = None):
        self.step, self.item = step, item


class Rng:
    """A fresh ``numpy.random.default_rng(seed)`` built where the code runs."""

    def __init__(self, seed: int):
        self.seed = int(seed)


class Fn:
    """One of the course's test functions (``TEST_FUNCTIONS``), by name."""

    def __init__(self, name: str):
        if name not in TEST_FUNCTIONS:
            raise KeyError(name)
        self.name = name


def ref(step: int, item: int | None = None) -> Ref:
    return Ref(step, item)


def rng(seed: int) -> Rng:
    return Rng(seed)


def fn(name: str) -> Fn:
    return Fn(name)


# Scalar functions of an array, with gradients known in closed form; used to
# test gradient code without trusting any student code.
TEST_FUNCTIONS = {
    "sum_of_squares": lambda x: float(np.sum(np.asarray(x, dtype=float) ** 2)),
    "sin_dot": lambda x: float(np.sum(np.sin(np.asarray(x, dtype=float))
                                      * np.arange(1, np.size(x) + 1).reshape(np.shape(x)))),
    "cubic": lambda x: float(np.sum(np.asarray(x, dtype=float) ** 3)),
}


def _encode_arg(arg):
    if isinstance(arg, Ref):
        return {"$ref": [arg.step, arg.item]}
    if isinstance(arg, Rng):
        return {"$rng": arg.seed}
    if isinstance(arg, Fn):
        return {"$fn": arg.name}
    return values.encode(arg)


# ------------------------------------------------------------------ building


class Probe:
    """A sequence of steps, plus a human label such as ``step(0.0)``."""

    def __init__(self, steps: list[dict], label: str):
        self.steps = steps
        self.label = label

    def to_data(self) -> dict:
        return {"steps": self.steps}


def _short(value) -> str:
    if isinstance(value, np.ndarray):
        text = np.array2string(value, precision=4, threshold=12, separator=", ")
    elif isinstance(value, Rng):
        text = f"default_rng({value.seed})"
    elif isinstance(value, Fn):
        text = value.name
    elif isinstance(value, Ref):
        text = "<result of step %d>" % value.step
    elif isinstance(value, str):
        text = repr(value)
    else:
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _signature(name, args, kwargs) -> str:
    parts = [_short(a) for a in args] + [f"{k}={_short(v)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def _step(op, name, args=(), kwargs=None, on=None) -> dict:
    step = {"op": op, "name": name,
            "args": [_encode_arg(a) for a in args],
            "kwargs": {k: _encode_arg(v) for k, v in (kwargs or {}).items()}}
    if on is not None:
        step["on"] = on
    return step


def call(name: str, *args, **kwargs) -> Probe:
    """Call the student's function ``name`` with these arguments."""
    return Probe([_step("call", name, args, kwargs)], _signature(name, args, kwargs))


def get(name: str) -> Probe:
    """Read the student's value ``name`` (for weights and constants)."""
    return Probe([_step("get", name)], name)


def new(name: str, *args, **kwargs) -> Probe:
    """Make an instance of the student's class ``name``."""
    return Probe([_step("new", name, args, kwargs)], _signature(name, args, kwargs))


def method(on: int, name: str, *args, **kwargs) -> Probe:
    """Call ``name`` on the instance made by step ``on`` of the same probe."""
    return Probe([_step("method", name, args, kwargs, on=on)], "." + _signature(name, args, kwargs))


def seq(*probes: Probe) -> Probe:
    """Join single-step probes into one multi-step probe."""
    steps = [s for p in probes for s in p.steps]
    labels = []
    for p in probes:
        labels.append(p.label if not p.label.startswith(".") else "obj" + p.label)
    return Probe(steps, "; ".join(labels))


# ------------------------------------------------------------------ running


def _is_library(filename: str) -> bool:
    return (filename.startswith(_HERE) or "site-packages" in filename
            or "/lib/python" in filename or filename.startswith("<frozen"))


def _student_where(tb) -> tuple[str, str]:
    """('line N of cell C', function name) of the innermost frame that is the student's code."""
    where, function = "", ""
    for frame, lineno in traceback.walk_tb(tb):
        filename = frame.f_code.co_filename
        if not _is_library(filename):
            # The grader names cells "<cell 7>"; a kernel uses temp file names.
            label = filename.strip("<>") if filename.startswith("<cell") else "your code"
            where, function = f"line {lineno} of {label}", frame.f_code.co_name
    return where, function


def _raised(exc: BaseException) -> dict:
    try:
        message = str(exc)
    except Exception:
        message = "(the error message could not be read)"
    types = [t.__name__ for t in type(exc).__mro__ if t is not object]
    where, function = _student_where(exc.__traceback__)
    return {"raised": {"type": types[0], "types": types[:8], "message": message[:400],
                       "where": where, "function": function[:100]}}


def _snapshot(arg):
    if isinstance(arg, (np.ndarray, list, dict)):
        return values.encode(arg)
    return None


def run_probe(probe: dict, namespace: dict) -> list[dict]:
    """Evaluate a probe (as data) in ``namespace``; return encoded outcomes.

    Each outcome is ``{"value": wire, "mutated": [positions]}``,
    ``{"raised": {...}}`` or ``{"missing": name}``. Stops at the first step
    that does not produce a value.
    """
    results: list = []  # live student values, for $ref
    outcomes: list[dict] = []

    def resolve_ref(body):
        step, item = int(body[0]), body[1]
        value = results[step]
        return value if item is None else value[int(item)]

    markers = {"$ref": resolve_ref,
               "$rng": lambda seed: np.random.default_rng(int(seed)),
               "$fn": lambda name: TEST_FUNCTIONS[name]}
    for step in probe["steps"]:
        op, name = step["op"], step["name"]
        try:
            args = [values.decode(a, markers) for a in step.get("args", [])]
            kwargs = {k: values.decode(v, markers) for k, v in step.get("kwargs", {}).items()}
        except Exception as exc:  # a $ref to a value that cannot be indexed
            outcomes.append(_raised(exc))
            return outcomes
        if op == "method":
            target = results[step["on"]]
        elif name not in namespace:
            outcomes.append({"missing": name})
            return outcomes
        else:
            target = namespace[name]
        before = [_snapshot(a) for a in args]
        try:
            if op == "get":
                value = target
            elif op == "method":
                value = getattr(target, name)(*args, **kwargs)
            else:  # "call" and "new"
                value = target(*args, **kwargs)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # SystemExit from student code is an error too
            outcomes.append(_raised(exc))
            return outcomes
        mutated = [i for i, (a, snap) in enumerate(zip(args, before))
                   if snap is not None and values.encode(a) != snap]
        results.append(value)
        outcomes.append({"value": values.encode(value), "mutated": mutated})
    return outcomes
