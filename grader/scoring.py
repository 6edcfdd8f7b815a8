"""From what a child reported to points and feedback: the trusted side.

Everything read here came from student-controlled code, so it is parsed as
untrusted JSON line by line; only the judges in ``helpers.checks`` decide
what is right, and only this process writes results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from grader.protocol import STATUS_TEXT, Status, clean_outcomes
from grader.submissions import NotebookFile
from grader.workers import Outcome, Response
from helpers import checks
from helpers.cases import Case, CaseResult, Exercise, judge_case, judge_exercise, points_for

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


def _defining_cell(name: str, cells: list[str]) -> int | None:
    pattern = re.compile(rf"^\s*(def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]", re.M)
    found = None
    for index, source in enumerate(cells, 1):
        if pattern.search(source):
            found = index
    return found


def limit_kind(response: Response, cells: dict) -> str | None:
    """One word for the gradebook: which limit or accident stopped the notebook, if any."""
    if any(err and err.startswith("MemoryError") for err, _ in cells.values()):
        return "memory"
    if response.status == Status.OK and response.finished:
        return None
    if response.status == Status.OK:
        return "exit"
    return STATUS_TEXT[response.status][0]


def _limit_message(response: Response, last_cell: int, limits) -> str | None:
    if response.status == Status.OK:
        if response.finished:
            return None
        status, detail = Status.EXIT, "exit code 0"
    else:
        status, detail = response.status, response.detail
    where = f"in cell {last_cell + 1}" if last_cell >= 0 else "before the first cell finished"
    if status == Status.TIMEOUT and not detail:
        detail = "wall clock"
    return STATUS_TEXT[status][1].format(where=where, detail=detail or status.value, timeout=limits.timeout)


def _judge_safely(case: Case, outcomes) -> CaseResult:
    """A case's verdict; a judge that trips over odd data is the grader's fault, said so."""
    try:
        return judge_case(case, clean_outcomes(outcomes))
    except Exception as exc:  # noqa: BLE001 — one odd value must not stop the batch
        return CaseResult(False, "error", f"{case.title}: the grader could not judge this result "
                                          f"({type(exc).__name__}); this is not your fault.")


def judge_with_hidden(exercise: Exercise, outcomes: list, hidden: list[Case],
                      hidden_outcomes: list | None = None) -> dict:
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
        public.feedback = f"The grader could not judge this exercise ({type(exc).__name__}); this is not your fault."
    record = {"points": float(public.points), "max_points": float(exercise.points), "passed": public.passed,
              "feedback": public.feedback, "status": public.status}
    if not hidden or public.status in ("missing", "not_implemented"):
        return record
    hidden_outcomes = hidden_outcomes if isinstance(hidden_outcomes, list) else []
    hidden_outcomes = hidden_outcomes + [[{"unreadable": True}]] * (len(hidden) - len(hidden_outcomes))
    results = [_judge_safely(case, outs) for case, outs in zip(hidden, hidden_outcomes)]
    passed = [r.passed for r in public.cases] + [r.passed for r in results]
    record["points"] = points_for(exercise, [r.passed for r in public.cases], hidden,
                                  [r.passed for r in results], constant=public.constant)
    n_hidden = sum(r.passed for r in results)
    # The hidden cases' share of the points (Gradescope shows them as a test of their own).
    weight = sum(c.weight for c in exercise.cases) + sum(c.weight for c in hidden)
    earned = sum(c.weight for c, r in zip(hidden, results) if r.passed) if record["points"] > 0 else 0.0
    record["hidden"] = {"passed": n_hidden, "total": len(hidden),
                        "points": round(exercise.points * earned / weight, 4) if weight else 0.0,
                        "max_points": round(exercise.points * sum(c.weight for c in hidden) / weight, 4)
                        if weight else 0.0}
    record["public_feedback"] = public.feedback
    if all(passed):
        record["feedback"] = (f"All {len(exercise.cases)} public and {len(hidden)} hidden checks passed.")
        return record
    record["passed"], record["status"] = False, "fail"
    failed = next((case for case, r in zip(hidden, results) if not r.passed), None)
    hint = (failed.hint if failed is not None and failed.hint else GENERIC_HINT)
    hidden_text = f"Hidden checks: {n_hidden} of {len(hidden)} passed."
    if public.passed:
        record["feedback"] = (f"All {len(exercise.cases)} public checks passed, but not every hidden "
                              f"one. {HIDDEN_FAILED} Hint: {hint} {hidden_text}")
    else:
        record["feedback"] = f"{public.feedback} {hidden_text}"
    return record


def _apply_integrity(record: dict, uses: list[str], policy: str) -> None:
    what = "; ".join(uses)
    record["integrity"] = uses
    # dynamic code only: the scan cannot tell, so it says "may"
    may = "may " if all(u.startswith("uses dynamic code") for u in uses) else ""
    if policy == "withhold" and record["points"] > 0:
        record["points_withheld"] = record["points"]
        record["points"] = 0.0
        record["passed"] = False
        record["feedback"] = (f"Points withheld for review: `{record['name']}` {may}"
                              f"{'hand' if may else 'hands'} its work to the "
                              f"course's own code ({what}), but this exercise asks you to write it "
                              f"yourself. Checks: {record['feedback']}")
    else:
        record["feedback"] += (f" Flagged for review: it {may}{'use' if may else 'uses'} the course's own code "
                               f"({what}), which this exercise asks you to write yourself.")


def score_notebook(nb: NotebookFile, outcome: Outcome, limits: Options, integrity_uses: dict | None = None) -> dict:
    """The result of one notebook (see the JSON contract in the README): how it ran
    (``outcome.ran``) and what its trusted run's final pass showed (``outcome.judged``)."""
    response, judged = outcome.ran, outcome.judged
    cells = response.cells
    last_cell = max(cells) if cells else -1
    errors = []
    message = _limit_message(response, last_cell, limits)
    if message:
        errors.append(message)
    memory_cells = [i for i, (err, _) in cells.items() if err and err.startswith("MemoryError")]
    if memory_cells:
        errors.append(f"Memory limit of {limits.memory_mb} MB reached in cell {memory_cells[0]}.")
    exercises = []
    lesson_exercises = checks.exercises(nb.lesson)
    integrity_uses = integrity_uses or {}
    for exercise in lesson_exercises:
        hidden = limits.hidden.get(exercise.name, [])
        outcomes = judged.probes.get(exercise.name) if judged else None
        if not isinstance(outcomes, list) or len(outcomes) != len(exercise.cases):
            outcomes = [[{"missing": exercise.name}]] * len(exercise.cases)
        record = {"name": exercise.name,
                  **judge_with_hidden(exercise, outcomes, hidden,
                                      judged.hidden.get(exercise.name) if judged else None)}
        feedback = record["feedback"]
        if record["status"] == "missing" and judged and exercise.name in judged.dropped:
            record["status"] = "error"
            feedback = (f"Checking `{exercise.name}` did not finish within the time limit, every time "
                        "(perhaps a loop that never ends for one of its inputs), so it earns no points; "
                        "the other exercises were judged without it. Run its self-check to see which "
                        "input it is.")
        elif record["status"] == "missing" and judged and judged.finished and exercise.name in judged.early:
            feedback = (f"Checking `{exercise.name}` stopped its grading process (it crashed or was "
                        "killed while its checks ran), so it could not be judged. Run its self-check "
                        "to see what happens.")
        elif record["status"] == "missing":
            cell = _defining_cell(exercise.name, nb.cells)
            if cell and cells.get(cell, (None,))[0]:
                err, line = cells[cell]
                at = f", line {line}" if line else ""
                feedback += f" Its cell (cell {cell}{at}) raised {err}, so the name was never defined."
            elif cell and cell > last_cell + 1 and not response.finished:
                feedback += f" Its cell (cell {cell}) never ran: grading stopped earlier."
            elif judged is None and not response.finished:
                feedback += " The notebook did not run to its end, so nothing it reported could be trusted."
        record["feedback"] = feedback
        if integrity_uses.get(exercise.name):
            _apply_integrity(record, integrity_uses[exercise.name], limits.integrity)
        exercises.append(record)
    if all(e["status"] == "missing" for e in exercises) and not errors:
        names = ", ".join(e.name for e in lesson_exercises[:4])
        errors.append(f"None of the lesson's graded names ({names}, ...) is defined in {nb.name}.")
    cell_errors = [{"cell": i, "error": err, "line": line}
                   for i, (err, line) in sorted(cells.items()) if err]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": " ".join(errors) or None,
            "exercises": exercises, "cell_errors": cell_errors,
            "limit": limit_kind(response, cells),
            "seconds": response.seconds, "max_rss_mb": response.max_rss_mb}


def unreadable_notebook(nb: NotebookFile) -> dict:
    """A notebook that could not be read scores zero on its lesson, with the reason."""
    exercises = []
    why = ("Not submitted: no notebook of this lesson was found." if nb.missing
           else "Not graded: the notebook could not be read.")
    if nb.lesson:
        exercises = [{"name": e.name, "points": 0.0, "max_points": float(e.points), "passed": False,
                      "feedback": why, "status": "missing" if nb.missing else "error"}
                     for e in checks.exercises(nb.lesson)]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": nb.error, "exercises": exercises,
            "cell_errors": [], "limit": None, "seconds": None, "max_rss_mb": None,
            "missing": nb.missing}
