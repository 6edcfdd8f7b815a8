"""``--shard K/N``: grade a deterministic slice of a class.

Submissions are sorted by name and dealt round-robin: shard K of N (1-based)
takes the K-th, (K+N)-th, (K+2N)-th... so every shard gets a similar mix,
every submission lands in exactly one shard, and the same inputs give the
same slices on every machine. ``python -m grader merge``
puts the shards' JSON back together.
"""

from __future__ import annotations


class ShardError(ValueError):
    pass


def parse(text: str) -> tuple[int, int]:
    """"2/4" -> (2, 4); K counts from 1."""
    try:
        k_text, n_text = text.split("/")
        k, n = int(k_text), int(n_text)
    except ValueError:
        raise ShardError(f"--shard takes K/N, e.g. 1/4, not {text!r}") from None
    if not 1 <= k <= n:
        raise ShardError(f"--shard {text}: K must be between 1 and N")
    return k, n


def select(items: list, key, k: int, n: int) -> list:
    """The items of shard K of N, ordered by ``key`` (a submission's name, then its path)."""
    ordered = sorted(items, key=key)
    return [item for index, item in enumerate(ordered) if index % n == k - 1]
