"""From what a child reported to points and feedback: the trusted side.

Everything read here came from student-controlled code, so it is parsed as
untrusted JSON line by line; only the judges in ``helpers.checks`` decide
what is right, and only this process writes results.
"""

from __future__ import annotations

import json
import re

from grader.submissions import NotebookFile
from helpers import checks
from helpers.cases import judge_exercise

MAX_LINE = 8 * 2**20


def parse_output(text: str) -> tuple[dict, dict, bool]:
    """Cell errors by cell number, the last probe record per name, and whether it finished."""
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
        elif record.get("done") is True:
            done = True
    return cells, probes, done


def _defining_cell(name: str, cells: list[str]) -> int | None:
    pattern = re.compile(rf"^\s*(def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]", re.M)
    found = None
    for index, source in enumerate(cells, 1):
        if pattern.search(source):
            found = index
    return found


def _limit_message(response: dict, last_cell: int, limits: dict) -> str | None:
    status, detail = response.get("status"), response.get("detail", "")
    where = f"in cell {last_cell + 1}" if last_cell >= 0 else "before the first cell finished"
    if status == "timeout":
        return (f"Time limit of {limits['timeout']} s reached {where} ({detail or 'wall clock'}); "
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
        return f"The notebook stopped the grading worker ({detail}); it scores what was graded."
    return None


def score_notebook(nb: NotebookFile, response: dict, limits: dict) -> dict:
    """The result of one notebook (see the JSON contract in the README)."""
    cells, probes, done = parse_output(response.get("output", ""))
    last_cell = max(cells) if cells else -1
    errors = []
    message = _limit_message(response, last_cell, limits) if not done else None
    if message:
        errors.append(message)
    memory_cells = [i for i, (err, _) in cells.items() if err and err.startswith("MemoryError")]
    if memory_cells:
        errors.append(f"Memory limit of {limits['memory_mb']} MB reached in cell {memory_cells[0]}.")
    exercises = []
    lesson_exercises = checks.exercises(nb.lesson)
    for exercise in lesson_exercises:
        outcomes = probes.get(exercise.name)
        if not isinstance(outcomes, list) or len(outcomes) != len(exercise.cases):
            outcomes = [[{"missing": exercise.name}]] * len(exercise.cases)
        result = judge_exercise(exercise, outcomes)
        feedback = result.feedback
        if result.status == "missing":
            cell = _defining_cell(exercise.name, nb.cells)
            if cell and cells.get(cell, (None,))[0]:
                err, line = cells[cell]
                at = f", line {line}" if line else ""
                feedback += f" Its cell (cell {cell}{at}) raised {err}, so the name was never defined."
            elif cell and cell > last_cell + 1 and not done:
                feedback += f" Its cell (cell {cell}) never ran: grading stopped earlier."
        exercises.append({"name": exercise.name, "points": result.points,
                          "max_points": result.max_points, "passed": result.passed,
                          "feedback": feedback, "status": result.status})
    if all(e["status"] == "missing" for e in exercises) and not errors:
        names = ", ".join(e.name for e in lesson_exercises[:4])
        errors.append(f"None of the lesson's graded names ({names}, ...) is defined in {nb.name}.")
    cell_errors = [{"cell": i, "error": err, "line": line}
                   for i, (err, line) in sorted(cells.items()) if err]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": " ".join(errors) or None,
            "exercises": exercises, "cell_errors": cell_errors,
            "seconds": response.get("seconds"), "max_rss_mb": response.get("max_rss_mb")}


def unreadable_notebook(nb: NotebookFile) -> dict:
    """A notebook that could not be read scores zero on its lesson, with the reason."""
    exercises = []
    if nb.lesson:
        exercises = [{"name": e.name, "points": 0.0, "max_points": float(e.points), "passed": False,
                      "feedback": "Not graded: the notebook could not be read.", "status": "error"}
                     for e in checks.exercises(nb.lesson)]
    return {"notebook": nb.name, "lesson": nb.lesson, "error": nb.error, "exercises": exercises,
            "cell_errors": [], "seconds": None, "max_rss_mb": None}
