"""Results as the JSON contract and as a table a person reads.

JSON: {"submissions": [{"submission", "score", "max_score", "error",
"notebooks": [{"notebook", "error", "exercises": [{"name", "points",
"max_points", "passed", "feedback"}]}]}]} plus extra keys.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from grader.results import NotebookResult, SubmissionResult
from grader.safe_text import visible, write_text_atomically  # noqa: F401 (write_text_atomically: callers)
from grader.submissions import Submission
from helpers import checks


def submission_result(sub: Submission, notebooks: list[NotebookResult], lessons: list[str] | None = None,
                      language: str | None = None) -> SubmissionResult:
    """One student's result. ``max_score`` is the assignment's (every lesson in ``lessons``,
    submitted or not), never just what the student happened to hand in."""
    lessons = lessons or list(checks.LESSONS)
    score = sum(e.points for nb in notebooks for e in nb.exercises)
    max_score = sum(ex.points for lesson in lessons for ex in checks.exercises(lesson))
    return SubmissionResult(sub.name, round(float(score), 4), float(max_score), sub.error, notebooks,
                            list(sub.ignored)[:200], [nb.lesson for nb in notebooks if nb.missing], language)


def write_json(results: list[SubmissionResult], path: Path, meta: dict | None = None) -> None:
    """Write atomically: a student's code that wrote to this path earlier is overwritten whole.
    ``meta`` (how the run was made: shard, hidden cases, sandbox...) goes under "grader"."""
    document = {"submissions": [r.to_dict() for r in results]}
    if meta is not None:
        document["grader"] = meta
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_text_atomically(Path(path), text)


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: Hangul and other wide characters take
    two, combining marks none (``len`` would misalign a table of Korean names)."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - columns(text))


def table(results: list[SubmissionResult]) -> str:
    lines = []
    width = max([columns(visible(r.submission)) for r in results] + [10])
    lines.append(f"{'submission':<{width}}  {'score':>12}  notes")
    lines.append("-" * (width + 40))
    for r in results:
        notes = []
        if r.error:
            notes.append(r.error)
        for nb in r.notebooks:
            failed = [e.name for e in nb.exercises if not e.passed]
            if nb.error:
                notes.append(f"{nb.notebook}: {nb.error}")
            elif failed:
                notes.append(f"{nb.notebook}: not passed: {', '.join(failed)}")
        score = f"{r.score:g} / {r.max_score:g}"
        lines.append(f"{_pad(visible(r.submission), width)}  {score:>12}  {visible(' | '.join(notes)[:200])}")
    return "\n".join(lines)
