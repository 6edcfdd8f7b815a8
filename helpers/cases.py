"""Check cases and exercises: the one description of what "right" means.

An ``Exercise`` is a graded name from the curriculum with its points and a
list of ``Case``s. A case pairs a probe (what to run, as data) with a judge
(trusted code that looks at the decoded results). ``judge_exercise`` turns
the outcomes of all cases into points and one piece of student-facing
feedback. The self-check and the grader both call it; they differ only in
where the probes ran.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from helpers import values
from helpers.expect import Mismatch, show
from helpers.probes import Probe

NOT_IMPLEMENTED = "NotImplementedError"


@dataclass
class Case:
    """One check: run ``probe``, then ``judge(*step_values)`` must not raise.

    ``raises`` names an exception type the last step must raise instead
    (e.g. ``"ValueError"``). ``label`` describes the input for feedback.
    """

    probe: Probe
    judge: Callable | None = None
    hint: str = ""
    label: str | None = None
    raises: str | None = None
    weight: float = 1.0
    # The exception this case is built to provoke (e.g. "FloatingPointError"): when the
    # answer raises it, the case's hint explains it; any other exception gets a neutral one.
    provokes: str | None = None
    # With ``raises``: text the exception's message must contain (e.g. the bad label).
    says: str | None = None

    @property
    def title(self) -> str:
        return self.label or self.probe.label


@dataclass(eq=False)  # compared and cached by identity: one object per graded name
class Exercise:
    name: str
    points: float
    cases: list[Case]
    lesson: str = ""
    kind: str = "function"  # "function", "value" or "class"
    # Names a solution may not simply hand the work to (integrity flag).
    course_helpers: tuple = field(default_factory=tuple)
    # Graded names judged together with this one as the student wrote them, never swapped
    # for the course's reference: a pair whose interface the text leaves to the student
    # (what a forward layer caches for its backward; a hidden layer and its output layer).
    judged_with: tuple = field(default_factory=tuple)

    @property
    def forbidden(self) -> tuple:
        """What the integrity flag looks for: the exercise's own list, and for every exercise
        the public check modules (their trusted expected values answer some exercises)."""
        return (*self.course_helpers, "helpers.checks")


@dataclass
class CaseResult:
    passed: bool
    status: str  # "pass", "fail", "missing", "not_implemented", "error"
    message: str = ""
    stub: str = ""  # for "not_implemented": the unfinished graded name it calls, if not itself


@dataclass
class ExerciseResult:
    name: str
    points: float
    max_points: float
    passed: bool
    feedback: str
    status: str
    cases: list[CaseResult] = field(default_factory=list)
    constant: bool = False  # the same result for every public case (see points_for)


def _describe_raise(info: dict) -> str:
    """``raised ValueError: msg in `add_bias`, line 3 of cell 5`` — which function and line."""
    function = str(info.get("function") or "")
    inside = f" in `{function}`" if function.isidentifier() and function != "<module>" else ""
    where = ""
    if info.get("where"):
        where = f", {info['where']}" if inside else f" at {info['where']}"
    message = f": {info['message']}" if info.get("message") else ""
    return f"raised {info['type']}{message}{inside}{where}"


def judge_case(case: Case, outcomes: list[dict]) -> CaseResult:
    """Decide one case from its outcomes (wire data, untrusted)."""
    if not isinstance(outcomes, list) or not outcomes:
        return CaseResult(False, "error", f"{case.title}: no result came back.")
    last = outcomes[-1]
    if not isinstance(last, dict):
        return CaseResult(False, "error", f"{case.title}: unreadable result.")
    if "missing" in last:
        return CaseResult(False, "missing", f"`{last['missing']}` is not defined.")
    if "raised" in last:
        info = last["raised"] if isinstance(last["raised"], dict) else {}
        types = [str(t) for t in info.get("types", [])] or [str(info.get("type"))]
        if case.raises and case.raises in types:
            if not str(info.get("message", "")).strip():
                return CaseResult(False, "fail",
                                  f"{case.title} raised {case.raises} without a message. Hint: say what is "
                                  f"wrong, e.g. raise {case.raises}(\"...\"); {case.hint}".rstrip("; "))
            if case.says and case.says not in str(info.get("message", "")):
                return CaseResult(False, "fail",
                                  f"{case.title} raised {case.raises}, but its message does not say "
                                  f"{case.says!r}. Hint: name the value that is wrong in the message.")
            return CaseResult(True, "pass")
        if NOT_IMPLEMENTED in types[:1]:
            called = str(info.get("function", ""))
            target = str(case.probe.steps[-1].get("name", ""))
            if called and called != target and called.isidentifier() and not called.startswith("__"):
                # A finished function that calls a stub: point at the stub.
                return CaseResult(False, "not_implemented",
                                  f"not implemented yet: it calls `{called}`, which is still the stub", called)
            return CaseResult(False, "not_implemented", "not implemented yet")
        if case.raises:
            text = f"{case.title}: expected a {case.raises}, but it {_describe_raise(info)}."
            return CaseResult(False, "fail", text + (f" Hint: {case.hint}" if case.hint else ""))
        if case.provokes and case.provokes in types and case.hint:
            return CaseResult(False, "fail", f"{case.title} {_describe_raise(info)}. Hint: {case.hint}")
        # The case's hint is about a wrong value; an exception is a different mistake.
        return CaseResult(False, "fail", f"{case.title} {_describe_raise(info)}. Hint: call it yourself "
                                         "with this input and read where the error comes from.")
    if case.raises:
        return CaseResult(False, "fail",
                          f"{case.title}: expected a {case.raises} with a clear message, but it "
                          f"returned normally. Hint: {case.hint or 'check the input first.'}")
    decoded = []
    for outcome in outcomes:
        if not isinstance(outcome, dict) or "value" not in outcome:
            return CaseResult(False, "error", f"{case.title}: unreadable result.")
        if outcome.get("mutated"):
            return CaseResult(False, "fail",
                              f"{case.title} changed its input in place (argument "
                              f"{', '.join(str(int(i) + 1) for i in outcome['mutated'])}). "
                              "Hint: a graded function must not modify its inputs; "
                              "work on a copy, e.g. `w = w + ...` instead of `w += ...`.")
        sub = values.subclass_of(outcome["value"])
        try:
            value = values.decode(outcome["value"])
        except (values.WireError, ValueError, TypeError, KeyError, IndexError):
            return CaseResult(False, "error", f"{case.title}: the result could not be read.")
        if sub:
            return CaseResult(False, "fail",
                              f"{case.title} returned a {sub} (a subclass of ndarray). "
                              "Hint: return a plain NumPy array.")
        decoded.append(value)
    if case.probe.steps[-1]["op"] == "get" and decoded[-1] is None:
        # A released stub leaves graded values as None until the student fills them in.
        return CaseResult(False, "not_implemented", "not implemented yet")
    if case.judge is None:
        return CaseResult(True, "pass")
    try:
        case.judge(*decoded)
    except Mismatch as mm:
        hint = mm.hint or case.hint
        text = f"{case.title}: expected {mm.expected}, got {mm.got}."
        return CaseResult(False, "fail", text + (f" Hint: {hint}" if hint else ""))
    except Exception as exc:  # a judge tripping over an odd value is a fail, not a crash
        return CaseResult(False, "fail",
                          f"{case.title}: the result {show(decoded[-1])} is not of the expected "
                          f"kind ({type(exc).__name__}). Hint: {case.hint}")
    return CaseResult(True, "pass")


# ------------------------------------------------------------ the scoring rule

def _degenerate_answers() -> dict:
    """Answers that do no work: constants, zeros or ones shaped like the first input, an
    input echoed back. Used to find the cases that such answers pass."""
    def like(value, fill):
        try:
            return np.full(np.shape(np.asarray(value, dtype=float)), fill)
        except (TypeError, ValueError):
            return fill

    return {
        "0.0": lambda *a, **k: 0.0, "1.0": lambda *a, **k: 1.0, "-1.0": lambda *a, **k: -1.0,
        "None": lambda *a, **k: None, "True": lambda *a, **k: True,
        "zeros like the first input": lambda *a, **k: like(a[0], 0.0) if a else 0.0,
        "ones like the first input": lambda *a, **k: like(a[0], 1.0) if a else 1.0,
        "0.5": lambda *a, **k: 0.5, "-0.5": lambda *a, **k: -0.5, "2.0": lambda *a, **k: 2.0,
        "halves like the first input": lambda *a, **k: like(a[0], 0.5) if a else 0.5,
        "the first input echoed": lambda *a, **k: a[0] if a else None,
        "the last input echoed": lambda *a, **k: a[-1] if a else None,
        "the inputs echoed as a tuple": lambda *a, **k: tuple(a),
        "zeros like the first input, and 0.0": lambda *a, **k: (like(a[0], 0.0), 0.0) if a else (0.0, 0.0),
    }


def _degenerate_stand_in(exercise: Exercise, answer):
    if exercise.kind == "class":
        class StandIn:
            def __init__(self, *args, **kwargs):
                pass

            def __getattr__(self, name):
                return answer
        return StandIn
    if exercise.kind == "value":
        return answer()
    return answer


@functools.lru_cache(maxsize=None)
def degenerate_passes(exercise: Exercise) -> frozenset[int]:
    """Indices of the public cases that at least one degenerate answer passes.

    Runs only the course's own stand-ins (trusted code), in this process, once
    per exercise."""
    from helpers.probes import run_probe

    passable = set()
    for answer in _degenerate_answers().values():
        namespace = {exercise.name: _degenerate_stand_in(exercise, answer)}
        for index, case in enumerate(exercise.cases):
            if index in passable:
                continue
            try:
                outcomes = json.loads(json.dumps(run_probe(case.probe.to_data(), namespace)))
                if judge_case(case, outcomes).passed:
                    passable.add(index)
            except Exception:  # noqa: BLE001 — a stand-in that trips a probe passes nothing
                continue
    return frozenset(passable)


def same_answer_everywhere(exercise: Exercise, outcomes_per_case: list) -> bool:
    """Did a function give one and the same result for every public case (two or more,
    with different inputs)? Whatever that constant is, it did no work."""
    if exercise.kind != "function" or len(outcomes_per_case) < 2:
        return False
    seen = set()
    for outs in outcomes_per_case:
        last = outs[-1] if isinstance(outs, list) and outs and isinstance(outs[-1], dict) else None
        if last is None or "value" not in last:
            return False
        seen.add(json.dumps(last["value"], sort_keys=True, default=repr))
    return len(seen) == 1


def points_for(exercise: Exercise, public_passed: list[bool], hidden: list[Case] = (),
               hidden_passed: list[bool] = (), constant: bool = False) -> float:
    """The one scoring rule, for the self-check, the grader and hidden cases alike.

    Cases share the exercise's points by weight. Partial credit starts only once the
    answer passes a public case that every degenerate answer (a constant, zeros or
    ones shaped like an input, an input echoed back) fails, and never for a function
    that gave the same result for every public case (``constant``, any constant):
    doing nothing earns nothing."""
    cases = list(exercise.cases) + list(hidden)
    passed = list(public_passed) + list(hidden_passed)
    if not any(passed):
        return 0.0
    if not all(passed) and constant:
        return 0.0
    if not all(passed):
        cheap = degenerate_passes(exercise)
        if not any(ok for i, ok in enumerate(public_passed) if i not in cheap):
            return 0.0
    total = sum(c.weight for c in cases)
    earned = sum(c.weight for c, ok in zip(cases, passed) if ok)
    return round(exercise.points * earned / total, 4) if total else 0.0


def judge_exercise(exercise: Exercise, outcomes_per_case: list) -> ExerciseResult:
    """Points and feedback for one exercise, from one outcome list per case."""
    results = [judge_case(case, outs)
               for case, outs in zip(exercise.cases, outcomes_per_case)]
    results += [CaseResult(False, "error", "no result came back.")] * (
        len(exercise.cases) - len(results))
    constant = same_answer_everywhere(exercise, outcomes_per_case)
    points = points_for(exercise, [r.passed for r in results], constant=constant)
    n_pass = sum(r.passed for r in results)
    statuses = {r.status for r in results}
    if n_pass == len(results):
        feedback = f"All {len(results)} checks passed." if len(results) > 1 else "Its check passed."
        return ExerciseResult(exercise.name, exercise.points, exercise.points, True, feedback, "pass", results)
    if "missing" in statuses and n_pass == 0:
        missing = next(r for r in results if r.status == "missing")
        status, feedback = "missing", missing.message
        points = 0.0
    elif "not_implemented" in statuses and n_pass == 0:
        status = "not_implemented"
        feedback = (f"`{exercise.name}` is not implemented yet (still the stub). "
                    "Replace it with your code and run its cell.")
        called = next((r.stub for r in results if r.stub), "")
        if called:
            feedback = (f"`{exercise.name}` calls `{called}`, which is not implemented yet. "
                        f"Finish `{called}` first.")
        points = 0.0
    else:
        status = "fail"
        first = next(r for r in results if not r.passed)
        feedback = f"{first.message} ({n_pass} of {len(results)} checks passed.)"
    return ExerciseResult(exercise.name, points, exercise.points, False, feedback, status, results, constant)
