"""Gradebook CSVs that an LMS imports as they are: ``--canvas-csv`` and ``--moodle-csv``.

One row per student of the roster (a submission that matches no one cannot be imported
and is left to the detailed CSV and the summary), one assignment column for the lessons
graded, holding the final score (after any late penalty).

- Canvas (Grades > Import): the columns of Canvas's own gradebook export, ``Student``,
  ``ID`` (the Canvas user id), ``SIS User ID``, ``SIS Login ID``, ``Section``, then one
  column per assignment; a second row ``Points Possible``. Canvas matches a row by ``ID``
  (or the SIS ids); an assignment column named ``Name (4711)`` updates assignment 4711,
  any other name creates a new assignment.
- Moodle (Grade administration > Import > CSV file): ``First name``, ``Last name``,
  ``ID number``, ``Email address`` (the user columns of Moodle's own export) and the grade;
  at import, map "Identify user by" to Email address or ID number, and the grade column
  to the grade item.
"""

from __future__ import annotations

from grader import gradebook
from grader.results import RosterStudent, SubmissionResult

CANVAS_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
MOODLE_COLUMNS = ("First name", "Last name", "ID number", "Email address")


def assignment_name(lessons: list[str] | None, given: str | None = None) -> str:
    if given:
        return given
    return "Lessons " + ", ".join(lesson[:2] for lesson in lessons or []) if lessons else "Lessons"


def _score(result: SubmissionResult) -> str:
    return f"{round(result.score, 2):g}"


def _students(results: list[SubmissionResult]) -> list[tuple[RosterStudent, SubmissionResult]]:
    """Each result named by a roster student (``grader.roster``), with that student's record."""
    return [(r.student, r) for r in results if r.student]


def canvas_rows(results: list[SubmissionResult], assignment: str) -> tuple[list[list[str]], list[str]]:
    """The rows of the Canvas CSV (header first), and the students left out (no id at all)."""
    max_score = max((r.max_score for r in results), default=0.0)
    rows = [[*CANVAS_COLUMNS, assignment], ["    Points Possible", "", "", "", "", f"{max_score:g}"]]
    left_out = []
    for student, result in _students(results):
        login = student.login or student.email or ""
        if not (student.lms_id or student.id or login):
            left_out.append(student.name)
            continue
        rows.append([gradebook.cell(student.name), student.lms_id, student.id,
                     gradebook.cell(login), gradebook.cell(student.section), _score(result)])
    return rows, left_out


def _split(name: str) -> tuple[str, str]:
    if "," in name:
        last, first = name.split(",", 1)
        return first.strip(), last.strip()
    parts = name.split()
    return (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else (name, "")


def moodle_rows(results: list[SubmissionResult], assignment: str) -> tuple[list[list[str]], list[str]]:
    """The rows of the Moodle CSV (header first), and the students left out (no e-mail, no id)."""
    rows = [[*MOODLE_COLUMNS, assignment]]
    left_out = []
    for student, result in _students(results):
        if not (student.email or student.id):
            left_out.append(student.name)
            continue
        first, last = _split(student.name)
        rows.append([gradebook.cell(first), gradebook.cell(last), student.id,
                     gradebook.cell(student.email), _score(result)])
    return rows, left_out


def text(rows: list[list[str]]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
