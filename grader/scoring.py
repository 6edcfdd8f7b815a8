"""From what a child reported to points and feedback: the trusted side.

Everything read here came from student-controlled code, so it is parsed as
untrusted JSON line by line; only the judges in ``helpers.checks`` decide
what is right, and only this process writes results.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from grader.submissions import NotebookFile
from helpers import checks
from helpers.cases import Case, Exercise, judge_case, judge_exercise

MAX_LINE = 8 * 2**20
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


def parse_output(text: str, delegation: dict | None = None, token=True) -> tuple[dict, dict, bool]:
    """Cell errors by cell number, the last probe record per name, and whether it finished.

    When ``delegation`` is a dict it is filled with the last integrity record per name."""
    cells, probes, done = {}, {}, False
    for line in text.splitlines():
        if len(line) > MAX_LINE:
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            continue
        if not isinstance(record, dict):
            continue
        if "cell" in record and isinstance(record.get("cell"), int):
            error = record.get("error")
            cells[record["cell"]] = (str(error)[:300] if error else None, record.get("line"))
        elif isinstance(record.get("probe"), str) and isinstance(record.get("outcomes"), list):
            probes[record["probe"]] = record["outcomes"]
        elif isinstance(record.get("integrity"), str) and isinstance(record.get("uses"), list):
            if delegation is not None:
                delegation[record["integrity"]] = [str(u)[:200] for u in record["uses"][:5]]
        elif "done" in record and record["done"] == token:
            done = True
    return cells, probes, done


def _defining_cell(name: str, cells: list[str]) -> int | None:
    pattern = re.compile(rf"^\s*(def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]", re.M)
    found = None
    for index, source in enumerate(cells, 1):
        if pattern.search(source):
            found = index
    return found


def limit_kind(response: dict, done: bool, cells: dict) -> str | None:
    """One word for the gradebook: which limit or accident stopped the notebook, if any."""
    if any(err and err.startswith("MemoryError") for err, _ in cells.values()):
        return "memory"
    if done:
        return None
    return {"timeout": "timeout", "signal": "crash", "exit": "exit", "ok": "exit",
            "output": "output", "worker": "worker"}.get(response.get("status"), "error")


def _limit_message(response: dict, last_cell: int, limits) -> str | None:
    status, detail = response.get("status"), response.get("detail", "")
    where = f"in cell {last_cell + 1}" if last_cell >= 0 else "before the first cell finished"
    if status == "timeout":
        return (f"Time limit of {limits.timeout} s reached {where} ({detail or 'wall clock'}); "
                "everything defined before it was graded. Look for an endless loop or very slow code.")
    if status == "signal":
        return (f"The notebook crashed {where} ({detail}); everything defined before it was graded. "
                "Deep recursion or a runaway allocation can cause this.")
    if status == "exit" or status == "ok":  # ended without finishing: os._exit(0), say
        return (f"The notebook ended the grading process early {where} ({detail or 'exit code 0'}), e.g. with "
                "sys.exit() or os._exit(); everything defined before it was graded.")
    if status == "output":
        return f"The notebook produced too much output {where}; it was stopped there."
    if status == "worker":
        return (f"The notebook killed its grading worker {where} ({detail}); everything defined "
                "before it was graded.")
    return None


def judge_with_hidden(exercise: Exercise, outcomes: list, hidden: list[Case]) -> dict:
    """Points and feedback from public and hidden cases together.

    The public part is judged and worded exactly as the self-check does; hidden
    cases add to the points by weight, and a failing one says only that a hidden
    check failed (with the instructor's hint if any), never its inputs or values."""
    public = judge_exercise(exercise, outcomes[:len(exercise.cases)])
    record = {"points": float(public.points), "max_points": float(exercise.points), "passed": public.passed,
              "feedback": public.feedback, "status": public.status}
    if not hidden or public.status in ("missing", "not_implemented"):
        return record
    results = [judge_case(case, outs) for case, outs in zip(hidden, outcomes[len(exercise.cases):])]
    cases = exercise.cases + hidden
    passed = [r.passed for r in public.cases] + [r.passed for r in results]
    total = sum(c.weight for c in cases)
    earned = sum(c.weight for c, ok in zip(cases, passed) if ok)
    record["points"] = round(exercise.points * earned / total, 4) if total else 0.0
    n_hidden = sum(r.passed for r in results)
    record["hidden"] = {"passed": n_hidden, "total": len(hidden)}
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
    if policy == "withhold" and record["points"] > 0:
        record["points_withheld"] = record["points"]
        record["points"] = 0.0
        record["passed"] = False
        record["feedback"] = (f"Points withheld for review: `{record['name']}` hands its work to the "
                              f"course's own code ({what}), but this exercise asks you to write it "
                              f"yourself. Checks: {record['feedback']}")
    else:
        record["feedback"] += (f" Flagged for review: it uses the course's own code ({what}), which "
                               "this exercise asks you to write yourself.")


def score_notebook(nb: NotebookFile, response: dict, limits: Options) -> dict:
    """The result of one notebook (see the JSON contract in the README)."""
    delegation: dict = {}
    cells, probes, done = parse_output(response.get("output", ""), delegation, response.get("token", True))
    last_cell = max(cells) if cells else -1
    errors = []
    message = _limit_message(response, last_cell, limits) if not done else None
    if message:
        errors.append(message)
    memory_cells = [i for i, (err, _) in cells.items() if err and err.startswith("MemoryError")]
    if memory_cells:
        errors.append(f"Memory limit of {limits.memory_mb} MB reached in cell {memory_cells[0]}.")
    exercises = []
    lesson_exercises = checks.exercises(nb.lesson)
    for exercise in lesson_exercises:
        hidden = limits.hidden.get(exercise.name, [])
        n_cases = len(exercise.cases) + len(hidden)
        outcomes = probes.get(exercise.name)
        if not isinstance(outcomes, list) or len(outcomes) != n_cases:
            outcomes = [[{"missing": exercise.name}]] * n_cases
        record = {"name": exercise.name, **judge_with_hidden(exercise, outcomes, hidden)}
        feedback = record["feedback"]
        if record["status"] == "missing":
            cell = _defining_cell(exercise.name, nb.cells)
            if cell and cells.get(cell, (None,))[0]:
                err, line = cells[cell]
                at = f", line {line}" if line else ""
                feedback += f" Its cell (cell {cell}{at}) raised {err}, so the name was never defined."
            elif cell and cell > last_cell + 1 and not done:
                feedback += f" Its cell (cell {cell}) never ran: grading stopped earlier."
        record["feedback"] = feedback
        if delegation.get(exercise.name):
            _apply_integrity(record, delegation[exercise.name], limits.integrity)
        exercises.append(record)
    if all(e["status"] == "missing" for e in exercises) and not errors:
        names = ", ".join(e.name for e in lesson_exercises[:4])
        errors.append(f"None of the lesson's graded names ({names}, ...) is defined in {nb.name}.")
    cell_errors = [{"cell": i, "error": err, "line": line}
                   for i, (err, line) in sorted(cells.items()) if err]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": " ".join(errors) or None,
            "exercises": exercises, "cell_errors": cell_errors,
            "limit": limit_kind(response, done, cells),
            "seconds": response.get("seconds"), "max_rss_mb": response.get("max_rss_mb")}


def unreadable_notebook(nb: NotebookFile) -> dict:
    """A notebook that could not be read scores zero on its lesson, with the reason."""
    exercises = []
    if nb.lesson:
        exercises = [{"name": e.name, "points": 0.0, "max_points": float(e.points), "passed": False,
                      "feedback": "Not graded: the notebook could not be read.", "status": "error"}
                     for e in checks.exercises(nb.lesson)]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": nb.error, "exercises": exercises,
            "cell_errors": [], "limit": None, "seconds": None, "max_rss_mb": None}
