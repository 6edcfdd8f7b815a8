"""Writing the results: the JSON, the gradebook CSV, the feedback folder.

Used by a grading run and by ``merge``; each file is written atomically
(``safe_text.write_text_atomically``), so a reader never sees half a file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from grader import feedback, gradebook, gradebook_lms, report
from grader.results import SubmissionResult


@dataclass(frozen=True)
class Outputs:
    """Where a run's results go (None: not written), as the CLI's options name them."""

    json_out: Path | None = None
    csv_out: Path | None = None
    feedback_dir: Path | None = None
    feedback_format: str = "markdown"
    canvas_csv: Path | None = None
    moodle_csv: Path | None = None
    assignment: str | None = None

    @classmethod
    def of(cls, args) -> "Outputs":
        """The targets a command line asked for (``python -m grader`` and ``merge`` share these options)."""
        return cls(args.json_out, args.csv_out, args.feedback_dir, args.feedback_format, args.canvas_csv,
                   args.moodle_csv, args.assignment)


def write_outputs(results: list[SubmissionResult], args: Outputs, meta: dict) -> None:
    if args.feedback_dir:
        feedback.assign_files(results)  # before the JSON, which records each one's file
    if args.json_out:
        report.write_json(results, args.json_out, meta)
    if args.csv_out:
        feedback.write_text(args.csv_out, gradebook.csv_text(results, meta))
    if args.feedback_dir:
        feedback.write_all(results, args.feedback_dir, args.feedback_format)
    _write_lms(results, args, meta)


def _write_lms(results: list[SubmissionResult], args: Outputs, meta: dict) -> None:
    """``--canvas-csv`` / ``--moodle-csv``: never from a partial run (a student not yet graded
    would be imported as absent), never without a roster (nothing to match the LMS's users by)."""
    wanted = [(path, rows) for path, rows in ((args.canvas_csv, gradebook_lms.canvas_rows),
                                              (args.moodle_csv, gradebook_lms.moodle_rows))
              if path]
    if not wanted:
        return
    if meta.get("partial") or meta.get("interrupted"):
        print("warning: the run stopped before the end: no LMS gradebook CSV written (finish with --resume)",
              file=sys.stderr)
        return
    if not any(r.student for r in results):
        print("warning: no LMS gradebook CSV written: give --roster, so rows can name the LMS's users",
              file=sys.stderr)
        return
    name = gradebook_lms.assignment_name(meta.get("lessons"), args.assignment)
    for path, make in wanted:
        rows, left_out = make(results, name)
        feedback.write_text(path, gradebook_lms.text(rows))
        if left_out:
            print(f"warning: {path}: left out {len(left_out)} students with no id to match them by: "
                  + ", ".join(left_out[:10]), file=sys.stderr)
