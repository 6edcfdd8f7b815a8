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
import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from helpers import values
from helpers.expect import Mismatch, show
from helpers.i18n import tr
from helpers.probes import Place, Probe

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
    # What the text promises about how the result is computed: "stable", "without overflow",
    # "without warnings", "exactly 0"... Then any RuntimeWarning the call raised, or the call
    # hiding warnings (np.errstate, np.seterr, warning filters), fails the case, in words that
    # name the promise (the course's one warning policy; see helpers.probes).
    promise: str = ""
    # The text promises a new array: a result that is (or views) an array argument fails.
    fresh: bool = True
    # The method is part of the answer: ``method(calls)`` gets the counts of the calls the
    # probe watched (``helpers.probes.watch``) and raises ``expect.Mismatch`` when the answer
    # was not made the way the lesson teaches. Failing it costs the whole exercise.
    method: Callable | None = None

    @property
    def title(self) -> str:
        """The input, as the student reads it (a label is English data, translated here)."""
        return tr(self.label) if self.label else self.probe.label


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
    method: bool = False  # failed because the method is not the lesson's (the exercise earns 0)


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
    inside = tr(" in `{function}`", function=function) if function.isidentifier() and function != "<module>" else ""
    place, where = Place.read(info.get("where")), ""
    if place is not None:
        where = f", {say_place(place)}" if inside else tr(" at {where}", where=say_place(place))
    # the student's own message; only the runner's "(the error message could not be read)" translates
    message = f": {tr(info['message'])}" if info.get("message") else ""
    return tr("raised {kind}{message}{inside}{where}", kind=info["type"], message=message,
              inside=inside, where=where)


def say_place(place: Place) -> str:
    """``line 3 of cell 5`` or ``line 3 of your code``, in the current language."""
    if place.cell is not None:
        return tr("line {line} of cell {cell}", line=place.line, cell=place.cell)
    return tr("line {line} of your code", line=place.line)


def judge_case(case: Case, outcomes: list[dict]) -> CaseResult:
    """Decide one case from its outcomes (wire data, untrusted)."""
    if not isinstance(outcomes, list) or not outcomes:
        return CaseResult(False, "error", tr("{case}: no result came back.", case=case.title))
    last = outcomes[-1]
    if not isinstance(last, dict):
        return CaseResult(False, "error", tr("{case}: unreadable result.", case=case.title))
    if "missing" in last:
        return CaseResult(False, "missing", tr("`{name}` is not defined.", name=last["missing"]))
    if "raised" in last:
        info = last["raised"] if isinstance(last["raised"], dict) else {}
        types = [str(t) for t in info.get("types", [])] or [str(info.get("type"))]
        if case.raises and case.raises in types:
            if not str(info.get("message", "")).strip():
                return CaseResult(False, "fail",
                                  tr("{case} raised {kind} without a message. Hint: say what is "
                                     "wrong, e.g. raise {kind}(\"...\"); {hint}", case=case.title,
                                     kind=case.raises, hint=tr(case.hint)).rstrip("; "))
            if case.says and case.says not in str(info.get("message", "")):
                return CaseResult(False, "fail",
                                  tr("{case} raised {kind}, but its message does not say "
                                     "{says!r}. Hint: name the value that is wrong in the message.",
                                     case=case.title, kind=case.raises, says=case.says))
            return CaseResult(True, "pass")
        if NOT_IMPLEMENTED in types[:1]:
            called = str(info.get("function", ""))
            target = str(case.probe.steps[-1].get("name", ""))
            if called and called != target and called.isidentifier() and not called.startswith("__"):
                # A finished function that calls a stub: point at the stub.
                return CaseResult(False, "not_implemented",
                                  tr("not implemented yet: it calls `{called}`, which is still the stub",
                                     called=called), called)
            return CaseResult(False, "not_implemented", tr("not implemented yet"))
        if case.raises:
            text = tr("{case}: expected a {kind}, but it {raised}.", case=case.title, kind=case.raises,
                      raised=_describe_raise(info))
            return CaseResult(False, "fail", text + _hint(case.hint))
        if case.provokes and case.provokes in types and case.hint:
            return CaseResult(False, "fail", tr("{case} {raised}.", case=case.title,
                                                raised=_describe_raise(info)) + _hint(case.hint))
        # The case's hint is about a wrong value; an exception is a different mistake.
        return CaseResult(False, "fail", tr("{case} {raised}.", case=case.title, raised=_describe_raise(info))
                          + _hint(tr("call it yourself with this input and read where the error comes from.")))
    if case.raises:
        return CaseResult(False, "fail",
                          tr("{case}: expected a {kind} with a clear message, but it "
                             "returned normally.", case=case.title, kind=case.raises)
                          + _hint(case.hint or tr("check the input first.")))
    decoded = []
    for outcome in outcomes:
        if not isinstance(outcome, dict) or "value" not in outcome:
            return CaseResult(False, "error", tr("{case}: unreadable result.", case=case.title))
        if outcome.get("mutated"):
            return CaseResult(False, "fail",
                              tr("{case} changed its input in place (argument {arguments}). "
                                 "Hint: a graded function must not modify its inputs; "
                                 "work on a copy, e.g. `w = w + ...` instead of `w += ...`.",
                                 case=case.title,
                                 arguments=", ".join(str(int(i) + 1) for i in outcome["mutated"])))
        if outcome.get("aliased") and case.fresh and outcome is outcomes[-1]:
            return CaseResult(False, "fail",
                              tr("{case} returned your argument {arguments} itself (or a view of it), "
                                 "not a new array. Hint: the text asks for a new array even when "
                                 "nothing changes: return a copy such as "
                                 "`np.array(w, dtype=float)` or the result of an operation, never the argument itself.",
                                 case=case.title,
                                 arguments=", ".join(str(int(i) + 1) for i in outcome["aliased"])))
        if case.promise and (outcome.get("warnings") or outcome.get("hid")):
            if outcome.get("warnings"):
                return CaseResult(False, "fail",
                                  tr("{case}: the text promises a result {promise}, but the call raised "
                                     "{warning}. Hint: rewrite the formula so that no step overflows or "
                                     "divides by zero (the lesson shows how).", case=case.title,
                                     promise=tr(case.promise), warning=str(outcome["warnings"][0])))
            return CaseResult(False, "fail",
                              tr("{case}: the text promises a result {promise}, but the call hides "
                                 "warnings ({what}). Hint: the promise is that no warning arises, "
                                 "not that it is silenced: rewrite the formula instead.",
                                 case=case.title, promise=tr(case.promise),
                                 what=", ".join(str(h) for h in outcome["hid"])))
        sub = values.subclass_of(outcome["value"])
        try:
            value = values.decode(outcome["value"])
        except (values.WireError, ValueError, TypeError, KeyError, IndexError):
            return CaseResult(False, "error", tr("{case}: the result could not be read.", case=case.title))
        if sub:
            return CaseResult(False, "fail",
                              tr("{case} returned a {kind} (a subclass of ndarray). "
                                 "Hint: return a plain NumPy array.", case=case.title, kind=sub))
        decoded.append(value)
    if case.probe.steps[-1]["op"] == "get" and decoded[-1] is None:
        # A released stub leaves graded values as None until the student fills them in.
        return CaseResult(False, "not_implemented", tr("not implemented yet"))
    if case.method is not None:
        calls = outcomes[-1].get("calls") if isinstance(outcomes[-1].get("calls"), dict) else {}
        try:
            case.method(calls)
        except Mismatch as mm:
            return CaseResult(False, "fail", tr("{case}: expected {expected}, got {got}.", case=case.title,
                                                expected=tr(mm.expected), got=tr(mm.got))
                              + _hint(mm.hint or case.hint), method=True)
    if case.judge is None:
        return CaseResult(True, "pass")
    try:
        case.judge(*decoded)
    except Mismatch as mm:
        # expected/got/hint are English data or already-made messages; tr passes the latter.
        text = tr("{case}: expected {expected}, got {got}.", case=case.title, expected=tr(mm.expected),
                  got=tr(mm.got))
        # The exercise's own hint for this case outranks a diagnosis from the numbers' pattern
        # alone; a misconception the numbers match (or the judge's own words) outranks both.
        hint = case.hint if case.hint and (mm.generic or not mm.hint) else mm.hint
        return CaseResult(False, "fail", text + _hint(hint))
    except Exception as exc:  # a judge tripping over an odd value is a fail, not a crash
        return CaseResult(False, "fail",
                          tr("{case}: the result {value} is not of the expected "
                             "kind ({error}).", case=case.title, value=show(decoded[-1]),
                             error=type(exc).__name__) + tr(" Hint: {hint}", hint=tr(case.hint)))
    return CaseResult(True, "pass")


def _hint(hint: str) -> str:
    """`` Hint: ...`` after a verdict, in the current language; nothing for no hint."""
    return tr(" Hint: {hint}", hint=tr(hint)) if hint else ""


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


# Points a student can follow: whole or quarter points. An exercise's hidden cases (the
# instructor's, ``grader.private_cases``) hold a quarter of its points together, so a
# public-only pass reads as a round share (0.75 of 1), never as 0.8571 of 1.
STEP = 0.25
HIDDEN_SHARE = 0.25


def _steps(value: float) -> float:
    """``value`` rounded down to whole ``STEP``s (never up: no point is given that was not earned)."""
    return math.floor(value / STEP + 1e-9) * STEP


def hidden_points(exercise: Exercise, hidden=()) -> float:
    """The points that the hidden cases of ``exercise`` hold together (0 without any)."""
    if not hidden:
        return 0.0
    return max(STEP, _steps(float(exercise.points) * HIDDEN_SHARE))


def _gate(exercise: Exercise, public_passed: list[bool], passed: list[bool], constant: bool) -> str:
    """Which rule holds back every point of a partly right answer: "constant", "degenerate", or ""."""
    if not any(passed) or all(passed):
        return ""
    if constant:
        return "constant"
    cheap = degenerate_passes(exercise)
    if not any(ok for i, ok in enumerate(public_passed) if i not in cheap):
        return "degenerate"
    return ""


def public_points(exercise: Exercise, public_passed: list[bool], hidden=(), constant: bool = False) -> float:
    """The public cases' part of the points (their share, by weight, in whole ``STEP``s)."""
    if _gate(exercise, public_passed, list(public_passed), constant) or not any(public_passed):
        return 0.0
    share = float(exercise.points) - hidden_points(exercise, hidden)
    if all(public_passed):
        return share
    total = sum(c.weight for c in exercise.cases)
    return _steps(share * sum(c.weight for c, ok in zip(exercise.cases, public_passed) if ok) / total) if total else 0.0


def points_for(exercise: Exercise, public_passed: list[bool], hidden: list[Case] = (),
               hidden_passed: list[bool] = (), constant: bool = False) -> float:
    """The one scoring rule, for the self-check, the grader and hidden cases alike.

    Public cases share the exercise's points by weight; hidden cases, if any, hold
    ``hidden_points`` of them, shared by weight too; the sum is rounded down to whole
    ``STEP``s unless every case passed. Partial credit starts only once the
    answer passes a public case that every degenerate answer (a constant, zeros or
    ones shaped like an input, an input echoed back) fails, and never for a function
    that gave the same result for every public case (``constant``, any constant):
    doing nothing earns nothing. ``withheld`` says which rule held points back."""
    passed = list(public_passed) + list(hidden_passed)
    if not any(passed) or _gate(exercise, list(public_passed), passed, constant):
        return 0.0
    if all(passed):
        return float(exercise.points)
    share = hidden_points(exercise, hidden)
    public_total = sum(c.weight for c in exercise.cases)
    hidden_total = sum(c.weight for c in hidden)
    earned = (float(exercise.points) - share) * (
        sum(c.weight for c, ok in zip(exercise.cases, public_passed) if ok) / public_total if public_total else 0.0)
    if hidden_total:
        earned += share * sum(c.weight for c, ok in zip(hidden, hidden_passed) if ok) / hidden_total
    return _steps(earned)


def withheld(exercise: Exercise, public_passed: list[bool], hidden_passed: list[bool] = (),
             constant: bool = False, points: float | None = None) -> str:
    """Why a partly right answer earns no points, and what would earn them ("" when it earns some)."""
    passed = list(public_passed) + list(hidden_passed)
    if not any(passed) or all(passed) or (points is not None and points > 0):
        return ""
    rule = _gate(exercise, list(public_passed), passed, constant)
    if rule == "constant":
        return tr("No points yet: it gives the same result for every check, and an answer that does not depend "
                  "on its input earns nothing, even where it matches. Make it compute its result from its input.")
    if rule == "degenerate":
        cheap = degenerate_passes(exercise)
        example = next((c.title for i, c in enumerate(exercise.cases) if i not in cheap), "")
        return tr("No points yet: the checks it passes are ones a placeholder answer (a constant, zeros or ones, "
                  "the input handed back) passes too. Partial credit starts once it also passes one that such "
                  "answers fail, e.g. {case}.", case=example)
    return tr("No points yet: partial credit comes in steps of {step:g} points, and the checks passed so far "
              "earn less than one step. Pass more checks to earn it.", step=STEP)


def judge_exercise(exercise: Exercise, outcomes_per_case: list) -> ExerciseResult:
    """Points and feedback for one exercise, from one outcome list per case."""
    results = [judge_case(case, outs)
               for case, outs in zip(exercise.cases, outcomes_per_case)]
    results += [CaseResult(False, "error", tr("no result came back."))] * (
        len(exercise.cases) - len(results))
    constant = same_answer_everywhere(exercise, outcomes_per_case)
    points = points_for(exercise, [r.passed for r in results], constant=constant)
    n_pass = sum(r.passed for r in results)
    statuses = {r.status for r in results}
    if n_pass == len(results):
        feedback = (tr("All {count} checks passed.", count=len(results)) if len(results) > 1
                    else tr("Its check passed."))
        return ExerciseResult(exercise.name, exercise.points, exercise.points, True, feedback, "pass", results)
    if "missing" in statuses and n_pass == 0:
        missing = next(r for r in results if r.status == "missing")
        status, feedback = "missing", missing.message
        points = 0.0
    elif "not_implemented" in statuses and n_pass == 0:
        status = "not_implemented"
        feedback = (tr("`{name}` is still `None`. Replace `None` with your answer and run its cell.",
                       name=exercise.name) if exercise.kind == "value" else
                    tr("`{name}` is not implemented yet (still the stub). "
                       "Replace it with your code and run its cell.", name=exercise.name))
        called = next((r.stub for r in results if r.stub), "")
        if called:
            feedback = tr("`{name}` calls `{called}`, which is not implemented yet. "
                          "Finish `{called}` first.", name=exercise.name, called=called)
        points = 0.0
    elif any(r.method for r in results):
        # The lesson is the method: an answer made another way earns nothing for the exercise.
        status, points = "fail", 0.0
        feedback = tr("{message} This exercise is about the method, so it earns no points until "
                      "it uses it.", message=next(r for r in results if r.method).message)
    else:
        status = "fail"
        first = next(r for r in results if not r.passed)
        feedback = tr("{message} ({passed} of {count} checks passed.)", message=first.message,
                      passed=n_pass, count=len(results))
        why = withheld(exercise, [r.passed for r in results], constant=constant, points=points)
        if why:
            feedback += " " + why
    return ExerciseResult(exercise.name, points, exercise.points, False, feedback, status, results, constant)
