"""The 8×8 handwritten digits of the UCI optical-digits set, shipped with the course.

``data/digits/digits.csv.gz`` holds 1,797 images, one per line: 64 pixel
counts in 0..16 (the 8×8 image read row by row) and the digit 0..9 last.
Its source and licence are in ``data/digits/README.md``. Nothing is
downloaded: the file is part of the repository.

Shapes follow the course: X is (N, D) with D = 64, y is (N,) with labels 0..9.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

# package data of the course's `data` package, beside `helpers` in the repository and in site-packages
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "digits" / "digits.csv.gz"
MAX_PIXEL = 16.0


def load_digits(path: Path | str = DATA_FILE):
    """All 1,797 digits.

    Returns:
    - X: (N, 64) float64 pixel counts in 0..16, one image per row
    - y: (N,) int64 labels in 0..9
    """
    table = np.loadtxt(path, delimiter=",", dtype=np.int64)
    if table.ndim != 2 or table.shape[1] != 65:
        raise ValueError(f"{path}: expected 65 columns (64 pixels and a label), got {table.shape}")
    return table[:, :64].astype(np.float64), table[:, 64].copy()


def split(X, y, fractions=(0.6, 0.2, 0.2), seed: int = 0):
    """A fixed, stratified train / validation / test split.

    Each class is shuffled with ``numpy.random.default_rng(seed)`` and cut in
    the given fractions, so every part has about the same mix of digits and
    the same seed always gives the same split.

    Returns a dict with keys ``X_train, y_train, X_val, y_val, X_test, y_test``.
    """
    X, y = np.asarray(X), np.asarray(y)
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    if len(fractions) != 3 or abs(sum(fractions) - 1.0) > 1e-9 or min(fractions) < 0:
        raise ValueError(f"fractions must be three non-negative numbers summing to 1, got {fractions}")
    gen = np.random.default_rng(seed)
    parts = ([], [], [])
    for label in np.unique(y):
        idx = gen.permutation(np.flatnonzero(y == label))
        n_train = int(round(fractions[0] * len(idx)))
        n_val = int(round(fractions[1] * len(idx)))
        parts[0].append(idx[:n_train])
        parts[1].append(idx[n_train:n_train + n_val])
        parts[2].append(idx[n_train + n_val:])
    out = {}
    for name, chunks in zip(("train", "val", "test"), parts, strict=True):
        idx = gen.permutation(np.concatenate(chunks))  # mix the classes
        out[f"X_{name}"], out[f"y_{name}"] = X[idx], y[idx]
    return out


def load_split(seed: int = 0, scale: bool = True):
    """``split(*load_digits(), seed=seed)``, with pixels scaled to [0, 1] when ``scale``."""
    X, y = load_digits()
    if scale:
        X = X / MAX_PIXEL
    return split(X, y, seed=seed)
