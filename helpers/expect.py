"""Comparisons used by check cases. Each raises ``Mismatch`` with words a
student can act on: what was expected, what came back, and why it matters.

They work on decoded wire values only (plain numbers, tuples, lists and
NumPy arrays), never on objects from student code.
"""

from __future__ import annotations

import numbers

import numpy as np

from helpers.values import Opaque


class Mismatch(Exception):
    """A check failed. ``expected``/``got`` are already formatted text."""

    def __init__(self, expected: str, got: str, hint: str = ""):
        super().__init__(f"expected {expected}, got {got}")
        self.expected, self.got, self.hint = expected, got, hint


def show(value) -> str:
    """A short, readable rendering of a value for feedback."""
    if isinstance(value, Opaque):
        return f"a {value.type_name} object" + (f" ({value.why})" if value.why else "")
    if isinstance(value, np.ndarray):
        text = np.array2string(value, precision=4, threshold=16, separator=", ",
                               suppress_small=True)
        text = " ".join(text.split())
        text = f"array {text}" + (f" of shape {value.shape}" if value.ndim > 1 else "")
    elif isinstance(value, (float, np.floating)):
        text = f"{float(value):.6g}"
    elif isinstance(value, tuple):
        text = "(" + ", ".join(show(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    elif isinstance(value, list):
        text = "[" + ", ".join(show(v) for v in value) + "]"
    else:
        text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


def numeric(got, what: str = "the result") -> np.ndarray:
    """``got`` as a float array, or a Mismatch saying it is not numbers."""
    if isinstance(got, Opaque):
        raise Mismatch(f"{what} as numbers", show(got))
    if isinstance(got, (bool, np.bool_)):
        raise Mismatch(f"{what} as a number", f"the boolean {got}")
    try:
        arr = np.asarray(got)
        if arr.dtype.kind not in "biuf":
            raise ValueError
        return arr.astype(float)
    except (ValueError, TypeError):
        raise Mismatch(f"{what} as numbers", show(got)) from None


def close(got, expected, *, atol: float = 1e-6, rtol: float = 1e-6,
          what: str = "the result", hint: str = "") -> np.ndarray:
    """Same shape and values within tolerance (NaN never matches)."""
    exp = np.asarray(expected, dtype=float)
    arr = numeric(got, what)
    if arr.shape != exp.shape:
        raise Mismatch(f"{what} with shape {exp.shape}",
                       f"shape {arr.shape}: {show(got)}", hint)
    if not np.all(np.isfinite(arr) | ~np.isfinite(exp)):
        raise Mismatch(show(expected), show(got) + " (not finite)", hint)
    if not np.allclose(arr, exp, atol=atol, rtol=rtol):
        raise Mismatch(show(expected), show(got), hint)
    return arr


def shape(got, expected_shape: tuple, *, what: str = "the result", hint: str = "") -> np.ndarray:
    arr = numeric(got, what)
    if arr.shape != tuple(expected_shape):
        raise Mismatch(f"{what} with shape {tuple(expected_shape)}",
                       f"shape {arr.shape}", hint)
    return arr


def scalar(got, *, what: str = "the result", hint: str = "") -> float:
    """A single number: a Python number, a NumPy scalar or a 0-d array."""
    if isinstance(got, (bool, np.bool_)) or not (
            isinstance(got, numbers.Real) or (isinstance(got, np.ndarray) and got.shape == ())):
        raise Mismatch(f"{what} as a single number", show(got), hint)
    return float(numeric(got, what))


def that(condition: bool, expected: str, got: str, hint: str = "") -> None:
    """A property check: ``condition`` must hold."""
    if not condition:
        raise Mismatch(expected, got, hint)


def pair(got, *, what: str = "the result") -> tuple:
    """A 2-tuple (or 2-list) such as ``(w, errors)``."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise Mismatch(f"{what} as a pair of two values", show(got))
    return tuple(got)
