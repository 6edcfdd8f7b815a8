"""Plain-data wire format between student code and the code that judges it.

Everything a student's function returns is turned into JSON-able data by
``encode`` (in the process that ran the student code) and turned back into
plain Python and NumPy values by ``decode`` (in the process that judges).
Only numbers, strings, booleans, None, lists, tuples, str-keyed dicts and
numeric/boolean arrays survive the trip (an array of 16 numbers or more as its bytes in
base64, exact and quick; a smaller one, or one of booleans or strings, as a list); anything else becomes an
``Opaque`` marker carrying its type name. No pickle, no student objects:
a value with a clever ``__eq__`` arrives as a harmless description.

The same format carries probe arguments the other way, plus three markers
that are only meaningful where student code runs: ``{"$rng": seed}`` (a fresh
``numpy.random.Generator``), ``{"$fn": name}`` (a course test function) and
``{"$ref": [step, item]}`` (the result of an earlier probe step).
"""

from __future__ import annotations

import base64
import math

import numpy as np

MAX_DEPTH = 16
MAX_ELEMENTS = 2_000_000
MAX_STRING = 2_000
_ARRAY_KINDS = "biufcU"
_BINARY_KINDS = "iufc"   # numbers whose every bit pattern is a value (not bool, not str)
BINARY_FROM = 16         # elements: smaller arrays stay lists, readable in a record


class Opaque:
    """A value that could not cross as data; only its type name is known."""

    def __init__(self, type_name: str, why: str = ""):
        self.type_name = str(type_name)[:100]
        self.why = str(why)[:200]

    def __repr__(self) -> str:
        return f"<{self.type_name} object>"


class WireError(ValueError):
    """Data that does not follow the wire format (corrupt or hostile)."""


def _float(x: float):
    if math.isfinite(x):
        return x
    return {"$float": "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")}


def encode(obj, _depth: int = 0, _budget: list | None = None):
    """Turn ``obj`` into JSON-able data. Never raises for odd objects."""
    budget = _budget if _budget is not None else [MAX_ELEMENTS]
    if _depth > MAX_DEPTH:
        return {"$opaque": "nesting", "why": "nested too deeply"}
    try:
        kind = type(obj)
        if obj is None or kind is bool or kind is str:
            return obj if kind is not str else obj[:MAX_STRING]
        if kind is int:
            return obj if abs(obj) < 2**63 else float(obj)
        if kind is float:
            return _float(obj)
        if kind is complex:
            return {"$complex": [_float(obj.real), _float(obj.imag)]}
        if isinstance(obj, np.generic):
            arr = np.asarray(obj)
            if arr.dtype.kind not in _ARRAY_KINDS:
                return {"$opaque": type(obj).__name__, "why": "not a number"}
            return {"$np": _array_payload(arr, budget)}
        if isinstance(obj, np.ndarray):
            if obj.dtype.kind not in _ARRAY_KINDS:
                return {"$opaque": f"ndarray of dtype {obj.dtype}",
                        "why": "an array of Python objects, not numbers"}
            payload = _array_payload(np.asarray(obj), budget)
            if kind is not np.ndarray:
                payload["subclass"] = kind.__name__[:100]
            return {"$nd": payload}
        if kind is list or kind is tuple:
            items = [encode(x, _depth + 1, budget) for x in obj]
            return {"$list" if kind is list else "$tuple": items}
        if kind is dict:
            out = {}
            for key, value in obj.items():
                if type(key) is not str:
                    return {"$opaque": "dict", "why": "dict keys must be strings"}
                out[key[:MAX_STRING]] = encode(value, _depth + 1, budget)
            return {"$dict": out}
        return {"$opaque": kind.__name__[:100]}
    except Exception as exc:  # a hostile __len__ or __iter__ must not escape
        return {"$opaque": "unreadable", "why": f"{type(exc).__name__} while reading it"}


def _array_payload(arr: np.ndarray, budget: list) -> dict:
    budget[0] -= arr.size
    if budget[0] < 0:
        raise ValueError("too much data")
    if arr.dtype.kind in _BINARY_KINDS and arr.size >= BINARY_FROM:
        # The array's bytes, base64: exact, and ~10x cheaper to write and read than a list of
        # numbers in JSON (a proxy call carries arrays four times: child, grader, oracle, back).
        return {"dtype": arr.dtype.str, "shape": list(arr.shape),
                "bytes": base64.b64encode(arr.tobytes()).decode("ascii")}
    if arr.dtype.kind == "c":
        data = [[_float(float(z.real)), _float(float(z.imag))] for z in arr.ravel()]
    elif arr.dtype.kind == "f":
        data = [_float(float(x)) for x in arr.ravel()]
    else:
        data = arr.ravel().tolist()
    return {"dtype": arr.dtype.str, "shape": list(arr.shape), "data": data}


# --------------------------------------------------------------------------- decode

def _decode_float(x):
    if isinstance(x, dict) and set(x) == {"$float"}:
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[x["$float"]]
    if type(x) in (int, float):
        return float(x)
    raise WireError("bad float")


def _decode_array(payload, markers, budget):
    if not isinstance(payload, dict):
        raise WireError("bad array")
    dtype = np.dtype(str(payload["dtype"]))
    if dtype.kind not in _ARRAY_KINDS or dtype.hasobject:
        raise WireError(f"dtype {dtype} not allowed")
    shape = tuple(int(n) for n in payload["shape"])
    if len(shape) > 32 or any(n < 0 for n in shape):
        raise WireError("bad shape")
    size = math.prod(shape)
    budget[0] -= size
    if budget[0] < 0:
        raise WireError("too much data")
    if "bytes" in payload:
        return _decode_bytes(payload["bytes"], dtype, shape, size)
    data = payload["data"]
    if not isinstance(data, list) or len(data) != size:
        raise WireError("array data does not match its shape")
    if dtype.kind == "f":
        data = [_decode_float(x) for x in data]
    elif dtype.kind == "c":
        data = [complex(_decode_float(z[0]), _decode_float(z[1])) for z in data]
    elif dtype.kind in "biu":
        if not all(type(x) in (int, bool) for x in data):
            raise WireError("integer array with non-integers")
    elif not all(type(x) is str for x in data):
        raise WireError("string array with non-strings")
    return np.array(data, dtype=dtype).reshape(shape)


def decode(data, markers=None, _depth: int = 0, _budget: list | None = None):
    """Turn wire data back into plain values. Raises ``WireError`` on junk.

    ``markers`` maps "$rng"/"$fn"/"$ref" to callables; without it those
    markers are rejected (the judging side never builds generators or
    functions from data).
    """
    budget = _budget if _budget is not None else [MAX_ELEMENTS]
    if _depth > MAX_DEPTH + 2:
        raise WireError("nested too deeply")
    kind = type(data)
    if data is None or kind in (bool, str):
        return data
    if kind is int:
        return data
    if kind is float:
        return data
    if kind is not dict or len(data) == 0:
        raise WireError(f"unexpected {kind.__name__} in wire data")
    tag = next(iter(data))
    body = data[tag]
    if tag == "$float":
        return _decode_float(data)
    if tag == "$complex":
        return complex(_decode_float(body[0]), _decode_float(body[1]))
    if tag == "$np":
        return _decode_array(body, markers, budget)[()]
    if tag == "$nd":
        return _decode_array(body, markers, budget)
    if tag in ("$list", "$tuple"):
        if not isinstance(body, list):
            raise WireError("bad sequence")
        items = [decode(x, markers, _depth + 1, budget) for x in body]
        return items if tag == "$list" else tuple(items)
    if tag == "$dict":
        if not isinstance(body, dict):
            raise WireError("bad dict")
        return {str(k): decode(v, markers, _depth + 1, budget) for k, v in body.items()}
    if tag == "$opaque":
        return Opaque(body, data.get("why", ""))
    if markers and tag in markers:
        return markers[tag](body)
    raise WireError(f"unknown tag {tag[:20]!r}")


def _decode_bytes(text, dtype: np.dtype, shape: tuple, size: int) -> np.ndarray:
    longest = 4 * (size * dtype.itemsize + 2) // 3 + 4   # base64 of size numbers, with room
    if dtype.kind not in _BINARY_KINDS or not isinstance(text, str) or len(text) > longest:
        raise WireError("bad array bytes")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise WireError("bad array bytes") from None
    if len(raw) != size * dtype.itemsize:
        raise WireError("array bytes do not match its shape")
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


def subclass_of(data) -> str | None:
    """The ndarray subclass name recorded for an encoded array, if any."""
    if isinstance(data, dict) and "$nd" in data and isinstance(data["$nd"], dict):
        name = data["$nd"].get("subclass")
        return str(name)[:100] if name else None
    return None
