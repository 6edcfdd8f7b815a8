"""Witnesses: every held-out WRONG answer must differ from the first RIGHT answer of its exercise.

    PYTHONPATH=$PWD python -m tests.battery.heldout.witness 01 ...   (default: every held-out lesson)

Independent of the course's checks: each exercise has a few probe expressions (inputs beyond the
demo, types, warnings, the caller's arrays after the call). A probe's result is compared with the
first RIGHT answer's on type (number or 0-d array / array shape, bool or numeric dtype / list /
tuple / bool vs np.bool_; finer type rules have their own ``type(...)`` probes), value (rtol 1e-9, atol 1e-14) and warnings. A WRONG answer that no
probe tells apart is listed as "method only" (numerical gradients, closed forms, hidden warnings),
which behaviour alone cannot show; every other RIGHT answer must agree on every probe.
"""

from __future__ import annotations

import sys
import warnings

import numpy as np

import tests.battery as battery
from tests.battery import run_selfcheck
from tests.battery.heldout import probes_data
from tests.battery.heldout.run import load


def _kind(v):
    if isinstance(v, np.bool_) or (isinstance(v, np.ndarray) and v.ndim == 0 and v.dtype.kind == "b"):
        return "np.bool_"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, np.ndarray) and v.ndim == 0:
        return "number"  # a 0-d array passes for a number unless a probe asks for the type
    if isinstance(v, np.ndarray):
        return ("ndarray", "b" if v.dtype.kind == "b" else "O" if v.dtype.kind == "O" else "num", v.ndim and v.shape)
    if isinstance(v, (int, float, np.integer, np.floating)):
        return "number"
    if isinstance(v, (list, tuple)):
        return (type(v).__name__, len(v))
    if isinstance(v, dict):
        return ("dict", tuple(sorted(v)))
    return type(v).__name__


def _same(a, b) -> bool:
    if _kind(a) != _kind(b):
        return False
    if isinstance(a, dict):
        return all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return all(_same(x, y) for x, y in zip(a, b))
    try:
        x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return a == b
    return x.shape == y.shape and bool(np.allclose(x, y, rtol=1e-9, atol=1e-14, equal_nan=True))


def _evaluate(expr: str, ns: dict):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"):
            try:
                value = eval(expr, dict(ns))  # noqa: S307 - our own probe text
                outcome = ("value", value)
            except Exception as exc:  # noqa: BLE001
                outcome = ("raises", type(exc).__name__)
    return outcome, len(caught) > 0


def _differs(o_w, o_r) -> str | None:
    (kind_w, val_w), warn_w = o_w
    (kind_r, val_r), warn_r = o_r
    if kind_w != kind_r:
        return f"{kind_w} vs {kind_r} ({val_w if kind_w == 'raises' else val_r})"
    if kind_w == "raises":
        return None if val_w == val_r else f"raises {val_w} vs {val_r}"
    if not _same(val_w, val_r):
        return f"got {_short(val_w)} want {_short(val_r)}"
    if warn_w != warn_r:
        return "warns" if warn_w else "no warning where the reference warns"
    return None


def _short(v) -> str:
    text = repr(v).replace("\n", " ")
    return text if len(text) < 90 else text[:87] + "..."


def witness(lesson: str) -> dict:
    battery.load = load
    wrong, right = load(lesson)
    first = {}
    for answer in right:
        first.setdefault(answer.exercise, answer.source)
    base, _ = run_selfcheck.base_namespace(lesson, first)
    probes = probes_data.PROBES
    report = {"shown": [], "method_only": [], "right_disagrees": [], "no_probes": set()}

    def run_all(source: str, exercise: str):
        # a fresh prelude per answer: probe data and helpers see this answer, and an answer that
        # mutates its arguments cannot spoil the next one's
        ns = dict(base)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(source, "<answer>", "exec"), ns)
            exec(probes_data.PRELUDE.get(lesson, ""), ns)
        return [_evaluate(p, ns) for p in probes.get(exercise, [])]

    reference = {name: run_all(src, name) for name, src in first.items()}
    for answer in wrong:
        if answer.exercise not in probes:
            report["no_probes"].add(answer.exercise)
            continue
        outs = run_all(answer.source, answer.exercise)
        for expr, o_w, o_r in zip(probes[answer.exercise], outs, reference[answer.exercise]):
            why = _differs(o_w, o_r)
            if why:
                report["shown"].append(f"{answer.exercise}/{answer.id}: {expr} -> {why}")
                break
        else:
            report["method_only"].append(f"{answer.exercise}/{answer.id}")
    for answer in right:
        if answer.source == first.get(answer.exercise) or answer.exercise not in probes:
            continue
        outs = run_all(answer.source, answer.exercise)
        for expr, o_a, o_r in zip(probes[answer.exercise], outs, reference[answer.exercise]):
            why = _differs(o_a, o_r)
            if why:
                report["right_disagrees"].append(f"{answer.exercise}/{answer.id}: {expr} -> {why}")
    return report


def main(argv: list[str]) -> int:
    lessons = argv or ["01", "02", "03", "04", "05", "06", "07"]
    bad = 0
    for lesson in lessons:
        r = witness(lesson)
        print(f"lesson {lesson}: {len(r['shown'])} WRONG shown by a probe, {len(r['method_only'])} method only, "
              f"{len(r['right_disagrees'])} RIGHT disagreements; no probes for {sorted(r['no_probes'])}")
        for line in r["shown"]:
            print("  shown:", line)
        for line in r["method_only"]:
            print("  method only:", line)
        for line in r["right_disagrees"]:
            print("  RIGHT disagrees:", line)
        bad += len(r["right_disagrees"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
