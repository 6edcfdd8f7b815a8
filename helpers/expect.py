"""Comparisons used by check cases. Each raises ``Mismatch`` with words a
student can act on: what was expected, what came back, and why it matters.

They work on decoded wire values only (plain numbers, tuples, lists and
NumPy arrays), never on objects from student code.

The kinds of result: one rule each, for every lesson (AUTHORING.md points here; each
lesson's text states the rule where its exercise asks for that kind)
----------------------------------------------------------------------------------------
- **A number** ("returns a number", "J as a number", an accuracy, a loss): a Python ``int``
  or ``float``, or a NumPy integer or floating scalar (``np.float64(0.5)``, what
  ``np.sum``/``np.mean`` return). Not a ``bool`` or ``np.bool_``, not an array — not even a
  0-d array (``np.asarray(0.5)``) or a one-element array. Checked by ``number``.
- **A plain bool** ("True or False", "a plain bool"): Python's ``True`` or ``False`` only.
  ``np.bool_``, which NumPy comparisons and ``np.allclose``'s cousins return, is not one:
  wrap it in ``bool(...)``. Checked by ``plain_bool``.
- **An array** ("an array of shape (N, d + 1)"): a plain ``np.ndarray`` (no subclass, not a
  list) of exactly the stated shape. Where the result is a quantity (weights, distances,
  outputs, gradients) its dtype is a float dtype, even when every input was an integer;
  labels (±1) and class indices may be integers. Checked by ``array`` (and ``close(...,
  floating=True)`` for values).
- **A new array**: a function that returns an array never returns the caller's own array
  or a view of it, even when nothing changes (the probe runner records it as "aliased";
  ``helpers.cases.judge_case`` fails it unless a case sets ``fresh=False``).
- **Inputs** are never modified (recorded as "mutated"), and every graded function accepts
  lists wherever it accepts arrays.
- **Warnings**: where the text promises a result "stable", "without overflow", "without
  warnings" or "exactly 0", a case sets ``Case.promise`` and fails on any RuntimeWarning the
  call raised and on the call hiding them (``np.errstate``, ``np.seterr``, warning filters):
  see ``helpers.probes`` for how they are recorded.
"""

from __future__ import annotations

import numbers

import numpy as np

from helpers.i18n import tr
from helpers.values import Opaque


class Mismatch(Exception):
    """A check failed. ``expected``/``got`` are already formatted text."""

    def __init__(self, expected: str, got: str, hint: str = "", generic: bool = False):
        super().__init__(f"expected {expected}, got {got}")
        self.expected, self.got, self.hint = expected, got, hint
        # A hint from the numbers' pattern alone (``diagnose``): a case's own hint outranks it.
        self.generic = generic


def show(value, limit: int = 160) -> str:
    """A short, readable rendering of a value for feedback."""
    if isinstance(value, Opaque):
        if value.why:
            return tr("a {kind} object ({why})", kind=value.type_name, why=tr(value.why))
        return tr("a {kind} object", kind=value.type_name)
    if isinstance(value, np.ndarray):
        precision = np.get_printoptions()["precision"] if limit > 160 else 4
        text = np.array2string(value, precision=precision, threshold=16, separator=", ",
                               suppress_small=limit <= 160)
        text = " ".join(text.split())
        text = (tr("array {values} of shape {shape}", values=text, shape=value.shape) if value.ndim > 1
                else tr("array {values}", values=text))
    elif isinstance(value, (float, np.floating)):
        text = f"{float(value):.6g}"
    elif isinstance(value, tuple):
        text = "(" + ", ".join(show(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    elif isinstance(value, list):
        text = "[" + ", ".join(show(v) for v in value) + "]"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def numeric(got, what: str = "the result") -> np.ndarray:
    """``got`` as a float array, or a Mismatch saying it is not numbers."""
    if isinstance(got, Opaque):
        raise Mismatch(tr("{what} as numbers", what=tr(what)), show(got))
    if isinstance(got, (bool, np.bool_)):
        raise Mismatch(tr("{what} as a number", what=tr(what)), tr("the boolean {value}", value=got))
    try:
        arr = np.asarray(got)
        if arr.dtype.kind not in "biuf":
            raise ValueError
        return arr.astype(float)
    except (ValueError, TypeError):
        raise Mismatch(tr("{what} as numbers", what=tr(what)), show(got)) from None


def diagnose(got: np.ndarray, expected: np.ndarray, atol: float = 1e-6, rtol: float = 1e-6) -> str:
    """A hint named by the evidence itself, or "" when the numbers show no known pattern.

    Only what the numbers prove is said: the sign flipped (got = -expected), a sum where a
    mean was wanted or the reverse (got = k × expected for a whole k > 1, or 1/k), the
    transpose of the expected matrix."""
    def near(a, b):
        return a.shape == b.shape and np.allclose(a, b, atol=atol, rtol=rtol)

    if not np.all(np.isfinite(got)) or not np.any(expected):
        return ""
    if near(got, -expected):
        return tr("Every number has the wrong sign: look for a minus sign that is missing or extra.")
    # A ratio only between arrays of one shape (a wrong shape would not broadcast).
    ratio = np.divide(got, expected, out=np.full(got.shape, np.nan), where=expected != 0) \
        if got.shape == expected.shape else np.array([])
    finite = ratio[np.isfinite(ratio)]
    if finite.size and np.allclose(finite, finite[0], rtol=1e-6):
        k = float(finite[0])
        if k > 1.5 and abs(k - round(k)) < 1e-6:
            return tr("Every number is {k} times too large: a sum where a mean was wanted "
                      "(or a factor counted twice)?", k=round(k))
        if 0 < k < 0.7 and abs(1 / k - round(1 / k)) < 1e-6:
            return tr("Every number is {k} times too small: divided once too often?", k=round(1 / k))
    if got.ndim == 2 and got.shape == expected.T.shape and got.shape != expected.shape and near(got, expected.T):
        return tr("This is the transpose of what was expected: check the order of the axes.")
    return ""


def _precise(value) -> str:
    """``show`` with enough digits for two different results not to print alike."""
    with np.printoptions(precision=12, floatmode="maxprec"):
        return show(np.asarray(value, dtype=float) if not isinstance(value, Opaque) else value, limit=400)


def matching(got: np.ndarray, misconceptions: dict, atol: float = 1e-6, rtol: float = 1e-6) -> str:
    """The hint of the misconception whose predicted result ``got`` equals, or ""."""
    for hint, predicted in (misconceptions or {}).items():
        try:
            p = np.asarray(predicted, dtype=float)
        except (TypeError, ValueError):
            continue
        if p.shape == got.shape and np.all(np.isfinite(got)) and np.allclose(got, p, atol=atol, rtol=rtol):
            return hint
    return ""


def close(got, expected, *, atol: float = 1e-6, rtol: float = 1e-6,
          what: str = "the result", hint: str = "", misconceptions: dict | None = None,
          floating: bool = False) -> np.ndarray:
    """Same shape and values within tolerance (NaN never matches). On a mismatch the hint
    is, in this order: a misconception whose predicted result ``got`` equals (``hint ->
    value``, so a hint names a mistake only when the numbers show it), what the evidence
    shows by itself (``diagnose``), else the neutral ``hint``."""
    exp = np.asarray(expected, dtype=float)
    arr = numeric(got, what)
    if misconceptions and arr.shape == exp.shape and not np.allclose(arr, exp, atol=atol, rtol=rtol):
        named = matching(arr, misconceptions, atol, rtol)
        if named:
            raise Mismatch(show(expected), show(got), named)
    if arr.shape != exp.shape:
        found = diagnose(arr, exp, atol, rtol)
        raise Mismatch(tr("{what} with shape {shape}", what=tr(what), shape=exp.shape),
                       tr("shape {shape}: {value}", shape=arr.shape, value=show(got)),
                       hint or found, generic=not hint and bool(found))
    if not np.all(np.isfinite(arr) | ~np.isfinite(exp)):
        raise Mismatch(show(expected), tr("{value} (not finite)", value=show(got)), hint)
    if not np.allclose(arr, exp, atol=atol, rtol=rtol):
        shown_exp, shown_got = show(expected), show(got)
        if shown_exp.replace(".", "").replace(" ", "") == shown_got.replace(".", "").replace(" ", ""):
            shown_exp, shown_got = _precise(expected), _precise(got)
        found = diagnose(arr, exp, atol, rtol)
        raise Mismatch(shown_exp, shown_got, found or hint, generic=bool(found))
    if floating and np.asarray(got).dtype.kind != "f":
        raise Mismatch(tr("{what} as floats", what=tr(what)),
                       tr("an array of dtype {dtype}", dtype=np.asarray(got).dtype),
                       FLOAT_HINT)
    return arr


def shape(got, expected_shape: tuple, *, what: str = "the result", hint: str = "") -> np.ndarray:
    arr = numeric(got, what)
    if arr.shape != tuple(expected_shape):
        raise Mismatch(tr("{what} with shape {shape}", what=tr(what), shape=tuple(expected_shape)),
                       tr("shape {shape}", shape=arr.shape), hint)
    return arr


FLOAT_HINT = "Return floats here, even for integer inputs: e.g. np.asarray(X, dtype=float)."
NUMBER_HINT = ("A number for a number: return a Python float (float(...)) or a NumPy scalar, "
               "not an array (not even a 0-d one) and not a bool.")
BOOL_HINT = "Return a plain bool: wrap NumPy's answer in bool(...)."


def number(got, *, what: str = "the result", hint: str = "") -> float:
    """The rule for "a number" (see the module docstring): a Python int or float or a NumPy
    integer/floating scalar; never a bool, never an array (0-d or one-element)."""
    ok = (not isinstance(got, (bool, np.bool_)) and not isinstance(got, np.ndarray)
          and (isinstance(got, numbers.Real) or (isinstance(got, np.generic) and got.dtype.kind in "iuf")))
    if not ok:
        kind = (tr("a 0-d array ({value})", value=show(got[()])) if isinstance(got, np.ndarray) and got.ndim == 0
                else show(got))
        raise Mismatch(tr("{what} as a single number", what=tr(what)), kind, hint or NUMBER_HINT)
    return float(got)


scalar = number  # the older name, one rule


def plain_bool(got, *, what: str = "the result", hint: str = "") -> bool:
    """The rule for "a plain bool": Python's True or False, not np.bool_."""
    if type(got) is not bool:
        kind = tr("a NumPy bool {value}", value=got) if isinstance(got, np.bool_) else show(got)
        raise Mismatch(tr("{what} as True or False (a plain bool)", what=tr(what)), kind, hint or BOOL_HINT)
    return got


def array(got, shape: tuple | None = None, *, floating: bool = False, what: str = "the result",
          hint: str = "") -> np.ndarray:
    """The rule for "an array": a NumPy array (not a list, not a number), of ``shape`` when
    given, of a float dtype when ``floating`` (a quantity, even from integer inputs)."""
    if not isinstance(got, np.ndarray) or got.ndim == 0:
        raise Mismatch(tr("{what} as a NumPy array", what=tr(what)), show(got),
                       hint or "Return an array: np.asarray(...) or a NumPy operation's result.")
    if shape is not None and got.shape != tuple(shape):
        raise Mismatch(tr("{what} with shape {shape}", what=tr(what), shape=tuple(shape)),
                       tr("shape {shape}", shape=got.shape), hint)
    if got.dtype.kind not in "biuf":
        raise Mismatch(tr("{what} as numbers", what=tr(what)), show(got), hint)
    if floating and got.dtype.kind != "f":
        raise Mismatch(tr("{what} as floats", what=tr(what)),
                       tr("an array of dtype {dtype}", dtype=got.dtype), FLOAT_HINT)
    return got.astype(float)


def that(condition: bool, expected: str, got: str, hint: str = "") -> None:
    """A property check: ``condition`` must hold."""
    if not condition:
        raise Mismatch(expected, got, hint)


def pair(got, *, what: str = "the result") -> tuple:
    """A 2-tuple (or 2-list) such as ``(w, errors)``."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise Mismatch(tr("{what} as a pair of two values", what=tr(what)), show(got))
    return tuple(got)
