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
import sys
import traceback
import warnings
from dataclasses import dataclass

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
    # Not a sum of one-entry terms: each entry's slope depends on every other entry, so a
    # numerical gradient that leaves an entry moved shows up in the later ones.
    "square_of_sum": lambda x: float(np.sum(np.asarray(x, dtype=float)) ** 2),
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


def watch(probe: Probe, *names: str) -> Probe:
    """The same probe, counting while its last step runs the calls of ``names``: graded or
    course names in the notebook's namespace (``"add_bias"``), a course module's function
    (``"helpers.xor_net.forward"``), or ``"$fn"`` for evaluations of a course test function
    passed in (``fn(...)``). The counts come back as the outcome's ``"calls"``; a case's
    ``method`` judge reads them (the method is part of the answer where the lesson is the
    method: backprop, not numerical gradients; a gate built from gates)."""
    steps = [dict(s) for s in probe.steps]
    steps[-1]["watch"] = [str(n) for n in names]
    return Probe(steps, probe.label)


def seq(*probes: Probe) -> Probe:
    """Join single-step probes into one multi-step probe."""
    steps = [s for p in probes for s in p.steps]
    labels = []
    for p in probes:
        labels.append(p.label if not p.label.startswith(".") else "obj" + p.label)
    return Probe(steps, "; ".join(labels))


# ------------------------------------------------------------------ where an error was raised

MAX_LINE = 10**6
MAX_CELL = 10_000
_CELL_FILES: dict[str, int] = {}  # file name -> the code cell compiled under it (cell_file)


def cell_file(index: int) -> str:
    """The file name the grader compiles code cell ``index`` under (``grader.cells``). It is
    remembered, so a traceback's frame says its cell by lookup, never by reading the name back."""
    name = f"<cell {index}>"
    _CELL_FILES[name] = index
    return name


@dataclass(frozen=True)
class Place:
    """Where in the student's code an error was raised: a line of a code cell (numbered as the
    grader numbers them), or, in a kernel, whose file names no cell, a line of "your code"
    (``cell`` None). It crosses the child's boundary as ``wire()``, read back by ``read``."""

    line: int
    cell: int | None = None

    def wire(self) -> dict:
        return {"line": self.line, "cell": self.cell}

    @classmethod
    def read(cls, data) -> "Place | None":
        """The place ``data`` (wire data, untrusted) states, or None for anything else: not a
        dict, a line or cell that is not an int (a bool, a float, a string), negative, or too big."""
        if isinstance(data, Place):
            return data
        if not isinstance(data, dict):
            return None
        line, cell = data.get("line"), data.get("cell")
        if type(line) is not int or not 0 <= line <= MAX_LINE:
            return None
        if cell is not None and (type(cell) is not int or not 1 <= cell <= MAX_CELL):
            return None
        return cls(line, cell)


# ------------------------------------------------------------------ running


def _is_library(filename: str) -> bool:
    return (filename.startswith(_HERE) or "site-packages" in filename
            or "/lib/python" in filename or filename.startswith("<frozen"))


def _student_where(tb) -> tuple[Place | None, str]:
    """(the place, the function's name) of the innermost frame that is the student's code."""
    where, function = None, ""
    for frame, lineno in traceback.walk_tb(tb):
        filename = frame.f_code.co_filename
        if not _is_library(filename):
            # The grader's cells have files of their own (cell_file); a kernel uses temp file names.
            where, function = Place(lineno or 0, _CELL_FILES.get(filename)), frame.f_code.co_name
    return where, function


def _raised(exc: BaseException) -> dict:
    try:
        message = str(exc)
    except Exception:
        message = "(the error message could not be read)"
    types = [t.__name__ for t in type(exc).__mro__ if t is not object]
    where, function = _student_where(exc.__traceback__)
    if isinstance(exc, NotImplementedError):
        # The stub that raised, even when it is a stand-in made by the course's code for an
        # earlier lesson's unfinished function (helpers.mywork names its code after the stub):
        # then the function under test is finished and only calls the stub.
        frames = [f for f, _ in traceback.walk_tb(exc.__traceback__)
                  if not _is_library(f.f_code.co_filename) or f.f_code.co_filename.startswith(_HERE)]
        if frames and frames[-1].f_code.co_filename.startswith(_HERE):
            function = frames[-1].f_code.co_name
    return {"raised": {"type": types[0], "types": types[:8], "message": message[:400],
                       "where": where.wire() if where else None, "function": function[:100]}}


def _snapshot(arg):
    if isinstance(arg, (np.ndarray, list, dict)):
        return values.encode(arg)
    return None


# ---------------------------------------------------------------- what a call did besides its value
#
# The warning policy (one for the course): every call runs with NumPy's default error state
# (divide, overflow and invalid warn; underflow is ignored) and every warning recorded,
# whatever the notebook set globally before; a RuntimeWarning the call raised comes back as
# the outcome's "warnings". What the call itself did to hide warnings — ``np.errstate``,
# ``np.seterr``, ``warnings.filterwarnings``/``simplefilter``/``catch_warnings`` called from
# the student's code while it runs — comes back as "hid". A case whose text promises a result
# "stable", "without overflow", "without warnings" or "exactly 0" sets ``Case.promise`` and
# fails on either (helpers.cases.judge_case); other cases ignore them.

_HIDERS = (("numpy", "errstate"), ("numpy", "seterr"), ("warnings", "filterwarnings"),
           ("warnings", "simplefilter"), ("warnings", "catch_warnings"))


class _Watch:
    """Patches, while one call runs: hiders that record their callers, counters of calls."""

    def __init__(self, namespace: dict, watched: list[str], extra: dict | None = None):
        self.namespace, self.watched = namespace, watched
        # The called function's own globals when they are another dict than the namespace
        # (a test's copy of a notebook's namespace): a watched name is counted there too.
        self.spaces = [namespace] + ([extra] if isinstance(extra, dict) and extra is not namespace else [])
        self.hid: list[str] = []
        self.calls: dict[str, int] = {}
        self.patched: list = []  # (holder, key, original, is_dict)

    def _patch(self, holder, key, replacement, is_dict=False):
        original = holder[key] if is_dict else getattr(holder, key)
        self.patched.append((holder, key, original, is_dict))
        if is_dict:
            holder[key] = replacement
        else:
            setattr(holder, key, replacement)

    def __enter__(self):
        for module_name, attr in _HIDERS:
            module = sys.modules[module_name]
            self._patch(module, attr, self._recording(getattr(module, attr), f"{module_name}.{attr}"))
        for name in self.watched:
            if name == "$fn":
                self.calls[name] = 0
                continue
            self.calls[name] = 0
            module_name, _, attr = name.rpartition(".")
            if module_name and module_name in sys.modules and hasattr(sys.modules[module_name], attr):
                original = getattr(sys.modules[module_name], attr)
                counted = self._counting(original, name)
                self._patch(sys.modules[module_name], attr, counted)
                for space in self.spaces:
                    for key, value in list(space.items()):  # `from module import attr` too
                        if value is original:
                            self._patch(space, key, counted, is_dict=True)
            elif callable(self.namespace.get(name)):
                original = self.namespace[name]
                counted = self._counting(original, name)
                for space in self.spaces:
                    if space.get(name) is original:
                        self._patch(space, name, counted, is_dict=True)
        return self

    def __exit__(self, *exc):
        for holder, key, original, is_dict in reversed(self.patched):
            if is_dict:
                holder[key] = original
            else:
                setattr(holder, key, original)
        return False

    def _recording(self, original, label):
        hid = self.hid

        def recorder(*args, **kwargs):
            caller = sys._getframe(1).f_code.co_filename
            if not _is_library(caller) and label not in hid:
                hid.append(label)
            return original(*args, **kwargs)
        return recorder

    def _counting(self, original, name):
        calls = self.calls

        def counted(*args, **kwargs):
            calls[name] = calls.get(name, 0) + 1
            return original(*args, **kwargs)
        return counted

    def counted_fn(self, function):
        """A course test function that counts its evaluations (``$fn`` when watched)."""
        return self._counting(function, "$fn") if "$fn" in self.watched else function


def _aliases(value, args, data) -> list[int]:
    """Positions of the array arguments (given as data, not $ref) that the result is, or is a
    view of: the text promises a new array. The result is the returned array, or the first item
    of a returned tuple (``(out, cache)``, ``(w, errors)``: a cache may well hold the input)."""
    found = []
    first = value[0] if isinstance(value, tuple) and value else value
    parts = [first] if isinstance(first, np.ndarray) else []
    for index, (arg, raw) in enumerate(zip(args, data)):
        if not isinstance(arg, np.ndarray) or (isinstance(raw, dict) and "$ref" in raw):
            continue
        if any(p is arg or np.may_share_memory(p, arg) for p in parts):
            found.append(index)
    return found


def _globals_of(target, name: str, op: str):
    """The globals of the code a step calls (a function's, a method's, a class's __init__'s)."""
    try:
        code = getattr(target, name, None) if op == "method" else target
        code = getattr(code, "__init__", None) if isinstance(code, type) else code
        code = getattr(code, "__func__", code)
        found = getattr(code, "__globals__", None)
        return found if isinstance(found, dict) else None
    except Exception:  # noqa: BLE001 — a student's object with a hostile __getattr__
        return None


def clean_extras(outcome: dict) -> dict:
    """The optional fields of a value outcome, checked field by field (they come from a child:
    untrusted): ``aliased`` and positions, ``warnings``/``hid`` short texts, ``calls`` counts."""
    extras: dict = {}
    aliased = outcome.get("aliased")
    if isinstance(aliased, list) and all(type(i) is int and 0 <= i < 64 for i in aliased) and aliased:
        extras["aliased"] = aliased[:64]
    for key in ("warnings", "hid"):
        texts = outcome.get(key)
        if isinstance(texts, list) and texts:
            extras[key] = [str(t)[:200] for t in texts[:5] if isinstance(t, str)]
    calls = outcome.get("calls")
    if isinstance(calls, dict) and calls:
        extras["calls"] = {str(k)[:100]: int(v) for k, v in list(calls.items())[:16]
                           if type(v) is int and 0 <= v < 2**62}
    return extras


def run_probe(probe: dict, namespace: dict) -> list[dict]:
    """Evaluate a probe (as data) in ``namespace``; return encoded outcomes.

    Each outcome is ``{"value": wire, "mutated": [positions]}`` (plus, when not empty,
    ``"aliased"``: positions of array arguments the result is or views, ``"warnings"``:
    RuntimeWarnings raised, ``"hid"``: what the call did to hide warnings, ``"calls"``:
    counts of the watched names), ``{"raised": {...}}`` or ``{"missing": name}``. Stops at
    the first step that does not produce a value.
    """
    results: list = []  # live student values, for $ref
    outcomes: list[dict] = []

    def resolve_ref(body):
        step, item = int(body[0]), body[1]
        value = results[step]
        return value if item is None else value[int(item)]

    for step in probe["steps"]:
        op, name = step["op"], step["name"]
        watched = [str(n) for n in step.get("watch", [])][:16]
        if op == "method":
            target = results[step["on"]]
        elif name not in namespace:
            outcomes.append({"missing": name})
            return outcomes
        else:
            target = namespace[name]
        spy = _Watch(namespace, watched, _globals_of(target, name, op) if watched else None)
        markers = {"$ref": resolve_ref,
                   "$rng": lambda seed: np.random.default_rng(int(seed)),
                   "$fn": lambda name, spy=spy: spy.counted_fn(TEST_FUNCTIONS[name])}
        try:
            raw_args = list(step.get("args", []))
            args = [values.decode(a, markers) for a in raw_args]
            kwargs = {k: values.decode(v, markers) for k, v in step.get("kwargs", {}).items()}
        except Exception as exc:  # a $ref to a value that cannot be indexed
            outcomes.append(_raised(exc))
            return outcomes
        before = [_snapshot(a) for a in args]
        try:
            with warnings.catch_warnings(record=True) as caught, \
                    np.errstate(divide="warn", over="warn", invalid="warn", under="ignore"), spy:
                warnings.simplefilter("always")
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
        outcome = {"value": values.encode(value), "mutated": mutated}
        aliased = _aliases(value, args, raw_args) if op == "call" else []
        runtime = [f"{w.category.__name__}: {w.message}"[:200] for w in caught
                   if isinstance(w.category, type) and issubclass(w.category, RuntimeWarning)]
        extras = {"aliased": aliased, "warnings": runtime[:5], "hid": spy.hid[:5], "calls": spy.calls}
        outcome.update({k: v for k, v in extras.items() if v})
        outcomes.append(outcome)
    return outcomes
