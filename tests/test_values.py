"""The wire format (``helpers.values``): every value that crosses comes back bit for bit, in
either array form (a list of numbers, or the bytes of a larger numeric array), and hostile
data is refused with ``WireError`` before any memory is taken."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from helpers import values

BIG = values.BINARY_FROM


def _trip(obj):
    return values.decode(json.loads(json.dumps(values.encode(obj), allow_nan=True)))


@pytest.mark.parametrize("arr", [
    np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 5e-324, 1.7976931348623157e308] * 3),
    np.arange(BIG * 3, dtype=np.int64).reshape(3, BIG) - 2**62,
    np.arange(BIG, dtype=np.uint8),
    np.arange(BIG, dtype=np.float32) / 3,
    (np.arange(BIG) + 1j * np.arange(BIG)[::-1]).astype(np.complex128),
    np.arange(BIG * 2, dtype=">f8"),                      # not the machine's byte order
    np.arange(BIG * 4, dtype=float).reshape(4, BIG)[:, ::2],   # not contiguous
    np.zeros((0, BIG)),
    np.arange(3.0), np.array([True, False] * BIG), np.array(["a", "bc"] * BIG),
])
def test_every_array_comes_back_bit_for_bit_and_writable(arr):
    got = _trip(arr)
    assert got.dtype == arr.dtype and got.shape == arr.shape
    assert np.ascontiguousarray(got).tobytes() == np.ascontiguousarray(arr).tobytes()
    assert got.flags.writeable and got.flags.c_contiguous
    got[...] = got  # a reference or a student's function may write into what it is given


def test_large_numeric_arrays_travel_as_bytes_and_small_ones_as_readable_lists():
    assert "bytes" in values.encode(np.arange(BIG, dtype=float))["$nd"]
    assert values.encode(np.arange(3.0))["$nd"]["data"] == [0.0, 1.0, 2.0]
    assert "data" in values.encode(np.array([True] * BIG))["$nd"]   # a bool has two values, not 256


def _nd(dtype: str, shape: list, raw) -> dict:
    return {"$nd": {"dtype": dtype, "shape": shape, "bytes": raw}}


@pytest.mark.parametrize("payload", [
    _nd("<f8", [4], base64.b64encode(b"\0" * 31).decode()),          # one byte short
    _nd("<f8", [4], base64.b64encode(b"\0" * 40).decode()),          # too many
    _nd("<f8", [4], "!!!not base64!!!"),
    _nd("<f8", [4], "AAAA AAAA"),                                     # not strictly base64
    _nd("<f8", [4], 12345),
    _nd("<f8", [4], "é" * 44),
    _nd("|b1", [4], base64.b64encode(b"\x02" * 4).decode()),          # a bool that is neither
    _nd("<U4", [1], base64.b64encode(b"\0" * 16).decode()),
    _nd("<f8", [10**6, 10**6], ""),                                   # the budget comes first
    _nd("<f8", [4], "A" * 10**6),                                     # far longer than 4 numbers
])
def test_hostile_array_bytes_are_refused(payload):
    with pytest.raises(values.WireError):
        values.decode(payload)
