"""Differential cases: the student's function and the course's reference on the same generated inputs.

Hand-picked cases cannot keep up with students; a mistake shows wherever the answer differs
from the reference. Each lesson's check module may define ``DIFFERENTIAL``: graded name ->
a generator ``make(gen) -> list[Variant]`` that builds inputs from a seeded
``numpy.random.Generator`` (shapes, dtypes, lists, zeros, ties, extremes, empty and
single-sample inputs). Every ``Variant`` names its input class ("with integer inputs", "with a
single sample", "with a row at 1e4 beside a row at -1e4"): that, never the reference's value,
is what the feedback says when the student's result differs.

Where things run:

- ``probes(exercise, secret)``: the variants as probes (plain data), the same for every run
  (the seed comes from the exercise's name and the course's secret, which the grader derives
  from the references: a student cannot know the inputs). Built here, so the grader and the
  tests generate alike.
- The reference's outcomes come from an *oracle*, an object with ``outcomes(probe_data,
  timeout=...) -> list[dict] | None``: the grader's ``grader.oracle.Oracle(lesson)`` runs the
  references in a process of their own; ``LocalOracle`` runs them in this process (only for
  trusted tests and tools: never where student code runs).
- ``cases(exercise, oracle)``: one ``helpers.cases.Case`` per variant whose judge compares
  the student's decoded result with the reference's (``compare``); a variant on which the
  reference raises expects the same exception type. The grader (``grader.engine.generated_cases``)
  runs them in the same job as the public cases and judges them as it judges an instructor's hidden
  cases: their inputs are not shown, a failing one says its input class.

The comparison applies the course's one rule per kind of result (``helpers.expect``): the
reference's kind decides what is due (a number, a plain bool, an array of its shape and, when
the reference's is float, a float dtype; tuples, lists and dicts item by item), then the
values within a tolerance.
"""

from __future__ import annotations

import importlib
import json
import zlib
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from helpers import expect, values
from helpers.cases import Case, Exercise
from helpers.i18n import deferred, tr
from helpers.probes import Probe, call, run_probe

RTOL, ATOL = 1e-6, 1e-9
# The differential cases' weight, all together, relative to the exercise's public cases.
SHARE = 0.5


@dataclass
class Variant:
    """One generated input: ``klass`` says which kind of input it is, for the feedback."""

    klass: str
    args: tuple
    kwargs: dict = field(default_factory=dict)
    promise: str = ""   # as ``Case.promise``: the text promises no warnings for this input
    rtol: float = RTOL
    atol: float = ATOL


def generator(exercise: Exercise) -> Callable | None:
    """The exercise's generator from its lesson's check module, if it has one."""
    from helpers import checks

    if exercise.lesson not in checks.LESSONS:
        return None
    module = importlib.import_module(checks.LESSONS[exercise.lesson])
    return getattr(module, "DIFFERENTIAL", {}).get(exercise.name)


def seed_of(name: str, secret: bytes = b"") -> list[int]:
    """The generator's seed: the exercise's name and the course's ``secret`` (the grader's is
    ``grader.references.secret``, a digest of references no student has), so the inputs are the
    same in every grading of the course and cannot be worked out from the student edition."""
    return [zlib.crc32(name.encode("utf-8")), *(int.from_bytes(secret[i:i + 8], "big")
                                                 for i in range(0, len(secret), 8))]


def variants(exercise: Exercise, secret: bytes = b"") -> list[Variant]:
    make = generator(exercise)
    return list(make(np.random.default_rng(seed_of(exercise.name, secret)))) if make else []


def probes(exercise: Exercise, secret: bytes = b"") -> list[tuple[Variant, Probe]]:
    """(variant, probe) for every generated input of ``exercise``: the same for the same secret."""
    return [(v, call(exercise.name, *v.args, **v.kwargs)) for v in variants(exercise, secret)]


# ------------------------------------------------------------------ comparing results


def compare(got, expected, rtol: float = RTOL, atol: float = ATOL, what: str = "the result") -> None:
    """Raise ``Mismatch`` naming the property in which ``got`` differs from the reference's
    ``expected`` (both decoded wire values). The words never show ``expected``'s values."""
    if isinstance(expected, bool):
        value = expect.plain_bool(got, what=what)
        expect.that(value == expected, tr("{what} that the course's answer gives", what=tr(what)),
                    tr("{value}, a different answer", value=value))
        return
    if isinstance(expected, (int, float, np.integer, np.floating)) and not isinstance(expected, np.bool_):
        value = expect.number(got, what=what)
        _close(np.asarray(value), np.asarray(float(expected)), rtol, atol, what)
        return
    if isinstance(expected, np.ndarray):
        floating = expected.dtype.kind == "f"
        if expected.dtype.kind == "b":
            expect.that(isinstance(got, np.ndarray) and got.shape == expected.shape,
                        tr("{what} as an array of shape {shape}", what=tr(what), shape=expected.shape),
                        expect.show(got))
            expect.that(bool(np.array_equal(got.astype(bool), expected)),
                        tr("{what} that the course's answer gives", what=tr(what)), tr("different values"))
            return
        arr = expect.array(got, expected.shape, floating=floating, what=what)
        _close(arr, expected.astype(float), rtol, atol, what)
        return
    if isinstance(expected, (tuple, list)):
        # A list is due as a list (the text says "a list"); several results (a tuple) may come
        # back as a tuple or a list of the same length.
        kinds = (list,) if isinstance(expected, list) else (tuple, list)
        expect.that(isinstance(got, kinds) and len(got) == len(expected),
                    tr("{what} as {count} values", what=tr(what), count=len(expected)), expect.show(got))
        for index, (g, e) in enumerate(zip(got, expected)):
            compare(g, e, rtol, atol, tr("item {index} of {what}", index=index, what=tr(what)))
        return
    if isinstance(expected, dict):
        expect.that(isinstance(got, dict) and set(got) == set(expected),
                    tr("{what} as a dict with the keys {keys}", what=tr(what), keys=", ".join(sorted(expected))),
                    expect.show(got))
        for key in sorted(expected):
            compare(got[key], expected[key], rtol, atol, tr("{what}[{key!r}]", what=tr(what), key=key))
        return
    expect.that(type(got) is type(expected) and got == expected,
                tr("{what} that the course's answer gives", what=tr(what)), expect.show(got))


def _close(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float, what: str) -> None:
    scale = float(np.max(np.abs(expected[np.isfinite(expected)]), initial=1.0))
    same = np.isclose(got, expected, rtol=rtol, atol=atol * max(1.0, scale), equal_nan=True)
    if not np.all(same):
        wrong = int(np.size(same) - np.count_nonzero(same))
        expect.that(False, tr("{what} that the course's answer gives", what=tr(what)),
                    tr("{count} of {total} numbers different", count=wrong, total=int(np.size(same))))


# ------------------------------------------------------------------ cases from an oracle


def _decoded_last(outcomes) -> tuple[str, object]:
    """("value", decoded) or ("raised", exception type) or ("", None) for unusable outcomes."""
    if not isinstance(outcomes, list) or not outcomes or not isinstance(outcomes[-1], dict):
        return "", None
    last = outcomes[-1]
    if "raised" in last and isinstance(last["raised"], dict):
        return "raised", str(last["raised"].get("type", ""))
    if "value" in last:
        try:
            return "value", values.decode(last["value"])
        except (values.WireError, ValueError, TypeError, KeyError, IndexError):
            return "", None
    return "", None


def _judge(expected, variant: Variant):
    def judge(got):
        compare(got, expected, variant.rtol, variant.atol)
    return judge


def case_for(variant: Variant, probe: Probe, reference_outcomes) -> Case | None:
    """The case that expects what the reference did on this input (None if it told nothing)."""
    kind, expected = _decoded_last(reference_outcomes)
    # Deferred: the cases are made once (in the grader, before any notebook's language is known)
    # and shown in each notebook's language.
    klass = deferred(variant.klass)
    hint = deferred("Your result differs from the course's {klass}: test your function on such inputs "
                    "and compare with the text's rules.", klass=klass)
    label = deferred("a generated input {klass}", klass=klass)
    if kind == "raised" and expected:
        return Case(probe, raises=str(expected), hint=hint, label=label, promise=variant.promise)
    if kind == "value":
        return Case(probe, _judge(expected, variant), hint, label=label, promise=variant.promise)
    return None


def cases(exercise: Exercise, oracle, timeout: float = 10.0, secret: bytes = b"") -> list[Case]:
    """The differential cases of ``exercise``, their expectations from ``oracle`` (none when it
    has no references: ``outcomes`` returns None, as in the student edition). Every variant,
    however long the machine takes: which inputs judge a student never depends on the load."""
    found = []
    for variant, probe in probes(exercise, secret):
        try:
            reference = oracle.outcomes(probe.to_data(), timeout=timeout)
        except Exception:  # noqa: BLE001 — the reference gave no answer (grader.oracle.OracleError):
            continue       # the student is not judged on this input
        if reference is None:
            return []
        case = case_for(variant, probe, reference)
        if case is not None:
            found.append(case)
    # Together the differential cases weigh SHARE of the public ones: the cases a student sees
    # stay the main share of the points, and a difference anywhere still costs some.
    public = sum(c.weight for c in exercise.cases) or 1.0
    for case in found:
        case.weight = SHARE * public / len(found)
    return found


class LocalOracle:
    """The reference run in this process, on a copy of ``namespace`` per probe (the course's
    reference definitions, exec'ed by a trusted test or tool; never where student code runs)."""

    def __init__(self, namespace: dict):
        self.namespace = namespace

    def outcomes(self, probe_data: dict, timeout: float = 10.0) -> list[dict] | None:
        return json.loads(json.dumps(run_probe(probe_data, dict(self.namespace))))


def judge_all(exercise: Exercise, namespace: dict, oracle) -> list:
    """``CaseResult``s of the differential cases for the answer in ``namespace`` (in-process:
    for tests and tools)."""
    from helpers.cases import judge_case

    results = []
    for case in cases(exercise, oracle):
        outcomes = json.loads(json.dumps(run_probe(case.probe.to_data(), namespace)))
        results.append(judge_case(case, outcomes))
    return results
