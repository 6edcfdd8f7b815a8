"""From what a child reported to points and feedback: the trusted side.

Everything read here came from student-controlled code, so it is parsed as
untrusted JSON line by line; only the judges in ``helpers.checks`` decide
what is right, and only this process writes results.
"""

from __future__ import annotations

import re
import signal
from dataclasses import dataclass, field

from grader import integrity
from grader.limits import own_clock_limit
from grader.protocol import CAUSE_TEXT, STATUS_TEXT, Cause, Ending, Status, clean_outcomes, status_message
from grader.results import CellError, ExerciseResult, HiddenShare, NotebookResult
from grader.run import Outcome, Response
from grader.submissions import NotebookFile
from helpers import checks
from helpers.cases import (
    Case,
    CaseResult,
    Exercise,
    hidden_points,
    judge_case,
    judge_exercise,
    points_for,
    public_points,
    withheld,
)
from helpers.i18n import tr

HIDDEN_FAILED = "A hidden check failed (hidden checks use inputs you do not see)."
GENERIC_HINT = ("Test your code on inputs the public checks do not use: other shapes, a single "
                "sample, negative and zero values, lists instead of arrays.")


@dataclass
class Options:
    """How to score: the limits (for messages), instructor-only cases, integrity policy."""

    timeout: float = 60
    memory_mb: int = 1024
    hidden: dict[str, list[Case]] = field(default_factory=dict)
    integrity: str = "withhold"  # or "flag"
    # Differential cases (helpers.differential): generated inputs whose expected outcomes came
    # from the course's references, run apart. Their inputs are public (the generators ship with
    # the course), so they run with the public cases, in the same job; their expected values are
    # the course's, so they are judged and worded as hidden cases.
    generated: dict[str, list[Case]] = field(default_factory=dict)


def _defining_cell(name: str, cells: list[str]) -> int | None:
    pattern = re.compile(rf"^\s*(def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]", re.M)
    found = None
    for index, source in enumerate(cells, 1):
        if pattern.search(source):
            found = index
    return found


def limit_kind(response: Response, cells: dict) -> str | None:
    """One word for the gradebook: which limit or accident stopped the notebook, if any."""
    if any(c.memory for c in cells.values()):
        return "memory"
    if response.status == Status.OK and response.finished:
        return None
    if response.status == Status.OK:
        return "exit"
    return STATUS_TEXT[response.status][0]


def _where(last_cell: int, count: int) -> str:
    """Where a run stopped, naming a real cell: the one after the last that finished, or,
    when that was the notebook's last (``count`` code cells), after it."""
    if last_cell < 0:
        return tr("before the first cell finished")
    if count and last_cell >= count:
        return tr("after its last cell (cell {cell}) had finished", cell=count)
    return tr("in cell {cell}", cell=last_cell + 1)


def _limit_message(response: Response, last_cell: int, limits, count: int = 0) -> str | None:
    where = _where(last_cell, count)
    if response.status == Status.OK:
        if response.finished:
            return None
        # the notebook ended itself cleanly before its end: worded here, from the code itself
        return status_message(Status.EXIT, where=where, detail=tr("exit code {code}", code=0),
                              timeout=limits.timeout)
    status, ending = response.status, response.ending
    timeout = limits.timeout
    if status == Status.TIMEOUT and ending.cause in (Cause.WALL, Cause.NONE):  # its own clock has a longer limit
        timeout = f"{own_clock_limit(limits.timeout):g}"
    return status_message(status, where=where, detail=say_ending(status, ending), timeout=timeout)


def say_ending(status: Status, ending: Ending) -> str:
    """How a job ended (``Ending``: a cause, an exit code, a signal's number), in the current
    language: worded here, once, from the data. A signal known on this machine is named as
    the system names it (``SIGSEGV``)."""
    if ending.cause == Cause.EXIT:
        return tr("exit code {code}", code=ending.code)
    if ending.cause == Cause.SIGNAL:
        try:
            return signal.Signals(ending.signal).name
        except ValueError:
            return tr("signal {number}", number=ending.signal)
    if ending.cause == Cause.FAULT:
        return ending.fault or ""
    if ending.cause == Cause.NONE:
        return tr("wall clock") if status == Status.TIMEOUT else tr(status.value)
    return tr(CAUSE_TEXT[ending.cause])


def _judge_safely(case: Case, outcomes) -> CaseResult:
    """A case's verdict; a judge that trips over odd data is the grader's fault, said so."""
    try:
        return judge_case(case, clean_outcomes(outcomes))
    except Exception as exc:  # noqa: BLE001 — one odd value must not stop the batch
        return CaseResult(False, "error", tr("{case}: the grader could not judge this result "
                                             "({error}); this is not your fault.", case=case.title,
                                             error=type(exc).__name__))


def judge_with_hidden(exercise: Exercise, outcomes: list, hidden: list[Case],
                      hidden_outcomes: list | None = None) -> dict:
    """``judge_exercise``'s verdict as the JSON record (without the name)."""
    record = judge_exercise_result(exercise, outcomes, hidden, hidden_outcomes).to_dict()
    del record["name"]
    return record


def judge_exercise_result(exercise: Exercise, outcomes: list, hidden: list[Case],
                          hidden_outcomes: list | None = None) -> ExerciseResult:
    """Points and feedback from public and hidden cases together.

    The public part is judged and worded exactly as the self-check does; hidden
    cases add to the points by weight, and a failing one says only that a hidden
    check failed (with the instructor's hint if any), never its inputs or values."""
    outcomes = list(outcomes[:len(exercise.cases)]) if isinstance(outcomes, list) else []
    outcomes += [[{"missing": exercise.name}]] * (len(exercise.cases) - len(outcomes))
    try:
        public = judge_exercise(exercise, [clean_outcomes(o) for o in outcomes])
    except Exception as exc:  # noqa: BLE001
        public = judge_exercise(exercise, [[{"unreadable": True}]] * len(exercise.cases))
        public.feedback = tr("The grader could not judge this exercise ({error}); this is not your fault.",
                             error=type(exc).__name__)
    record = ExerciseResult(exercise.name, float(public.points), float(exercise.points), public.passed,
                            public.feedback, public.status)
    if not hidden or public.status in ("missing", "not_implemented"):
        return record
    hidden_outcomes = hidden_outcomes if isinstance(hidden_outcomes, list) else []
    hidden_outcomes = hidden_outcomes + [[{"unreadable": True}]] * (len(hidden) - len(hidden_outcomes))
    results = [_judge_safely(case, outs) for case, outs in zip(hidden, hidden_outcomes)]
    passed = [r.passed for r in public.cases] + [r.passed for r in results]
    record.points = points_for(exercise, [r.passed for r in public.cases], hidden,
                               [r.passed for r in results], constant=public.constant)
    n_hidden = sum(r.passed for r in results)
    # The hidden cases' share of the points (Gradescope shows them as a test of their own):
    # what the public cases alone earn is theirs, the rest the hidden cases'.
    public_passed = [r.passed for r in public.cases]
    share = hidden_points(exercise, hidden)
    mine = min(record.points, public_points(exercise, public_passed, hidden, public.constant))
    record.hidden = HiddenShare(n_hidden, len(hidden), round(max(0.0, record.points - mine), 4), share)
    why = withheld(exercise, public_passed, [r.passed for r in results], public.constant, record.points)
    record.withheld = why or None
    record.public_feedback = public.feedback
    if all(passed):
        record.feedback = tr("All {public} public and {hidden} hidden checks passed.",
                                public=len(exercise.cases), hidden=len(hidden))
        return record
    record.passed, record.status = False, "fail"
    failed = next((case for case, r in zip(hidden, results) if not r.passed), None)
    hint = (failed.hint if failed is not None and failed.hint else GENERIC_HINT)
    hidden_text = tr("Hidden checks: {passed} of {count} passed.", passed=n_hidden, count=len(hidden))
    if public.passed:
        # the hidden checks' own words, kept apart too: Gradescope shows them as a test of their own
        record.hidden_feedback = hidden_failure(hint, hidden_text)
        record.feedback = (tr("All {public} public checks passed, but not every hidden one.",
                                 public=len(exercise.cases))
                              + tr(" The public checks earn {public:g} of {top:g} points; the hidden ones hold "
                                   "the other {hidden:g}.", public=mine, top=float(exercise.points), hidden=share)
                           + " " + record.hidden_feedback)
    else:
        # the public verdict says why its checks alone earn nothing; with the hidden ones the reason may differ
        public_text = public.feedback
        alone = withheld(exercise, public_passed, constant=public.constant, points=public.points)
        if alone and alone != why:
            public_text = public_text.replace(" " + alone, "")
        if why and why not in public_text:
            public_text += " " + why
        record.feedback = f"{public_text} {hidden_text}"
    return record


def hidden_failure(hint: str, hidden_text: str) -> str:
    """What a failing hidden check says: that it failed, the instructor's hint, the count."""
    return tr("{failed} Hint: {hint} {count}", failed=tr(HIDDEN_FAILED), hint=tr(hint), count=hidden_text)


def score_notebook(nb: NotebookFile, outcome: Outcome, limits: Options,
                   integrity_uses: dict | None = None) -> NotebookResult:
    """The result of one notebook (see the JSON contract in the README): how it ran
    (``outcome.ran``) and what its trusted run's final pass showed (``outcome.judged``)."""
    response, judged = outcome.ran, outcome.judged
    cells = response.cells
    last_cell = max(cells) if cells else -1
    errors = []
    message = _limit_message(response, last_cell, limits, len(nb.cells))
    if message:
        errors.append(message)
    memory_cells = [i for i, c in cells.items() if c.memory]
    if memory_cells:
        errors.append(tr("Memory limit of {mb} MB reached in cell {cell}.", mb=limits.memory_mb,
                         cell=memory_cells[0]))
    exercises = []
    lesson_exercises = checks.exercises(nb.lesson)
    integrity_uses = integrity_uses or {}
    for exercise in lesson_exercises:
        generated = limits.generated.get(exercise.name, [])
        instructors_cases = limits.hidden.get(exercise.name, [])
        # The instructor's cases first: when one fails, its own hint is the one the student reads.
        hidden = instructors_cases + generated
        public = judged.probes.get(exercise.name) if judged else None
        if not isinstance(public, list) or len(public) != len(exercise.cases):
            public = [[{"missing": exercise.name}]] * len(exercise.cases)
        extra = judged.generated.get(exercise.name) if judged else None
        if not isinstance(extra, list) or len(extra) != len(generated):
            extra = [[{"unreadable": True}]] * len(generated)  # not run: none of them passed
        instructors = judged.hidden.get(exercise.name) if judged else None
        if not isinstance(instructors, list) or len(instructors) != len(instructors_cases):
            instructors = [[{"unreadable": True}]] * len(instructors_cases)  # not run: none of them passed
        record = judge_exercise_result(exercise, public, hidden, instructors + extra)
        feedback = record.feedback
        if record.status == "missing" and judged and exercise.name in judged.dropped:
            record.status = "error"
            feedback = tr("Checking `{name}` did not finish within the time limit, every time "
                          "(perhaps a loop that never ends for one of its inputs), so it earns no points; "
                          "the other exercises were judged without it. Run its self-check to see which "
                          "input it is.", name=exercise.name)
        elif record.status == "missing" and judged and judged.finished and exercise.name in judged.defined:
            feedback = tr("Checking `{name}` stopped its grading process (it crashed or was "
                          "killed while its checks ran), so it could not be judged. Run its self-check "
                          "to see what happens.", name=exercise.name)
        elif record.status == "missing":
            cell = _defining_cell(exercise.name, nb.cells)
            if cell and cell in cells and cells[cell].error:
                err, line = cells[cell].error, cells[cell].line
                at = tr(", line {line}", line=line) if line else ""
                feedback += tr(" Its cell (cell {cell}{at}) raised {error}, so the name was never defined.",
                               cell=cell, at=at, error=err)
            elif cell and cell > last_cell + 1 and not response.finished:
                feedback += tr(" Its cell (cell {cell}) never ran: grading stopped earlier.", cell=cell)
            elif judged is None and not response.finished:
                feedback += tr(" The notebook did not run to its end, so nothing it reported could be trusted.")
        record.feedback = feedback
        if integrity_uses.get(exercise.name):
            integrity.apply(record, integrity_uses[exercise.name], limits.integrity)
        exercises.append(record)
    if all(e.status == "missing" for e in exercises) and not errors:
        names = ", ".join(e.name for e in lesson_exercises[:4])
        errors.append(tr("None of the lesson's graded names ({names}, ...) is defined in {notebook}.",
                         names=names, notebook=nb.name))
    cell_errors = [CellError(i, c.error, c.line) for i, c in sorted(cells.items()) if c.error]
    return NotebookResult(nb.name, nb.lesson, " ".join(errors) or None, exercises, cell_errors,
                          limit_kind(response, cells), response.seconds, response.max_rss_mb)


def unreadable_notebook(nb: NotebookFile) -> NotebookResult:
    """A notebook that could not be read scores zero on its lesson, with the reason."""
    exercises = []
    why = tr("Not submitted: no notebook of this lesson was found." if nb.missing
             else "Not graded: the notebook could not be read.")
    if nb.lesson:
        exercises = [ExerciseResult(e.name, 0.0, float(e.points), False, why, "missing" if nb.missing else "error")
                     for e in checks.exercises(nb.lesson)]
    return NotebookResult(nb.name, nb.lesson, nb.error, exercises, missing=nb.missing)
