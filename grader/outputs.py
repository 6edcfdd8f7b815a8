"""Writing the results: the JSON, the gradebook CSV, the feedback folder.

Used by a grading run and by ``merge``; each file is written atomically
(``report.write_text_atomically``), so a reader never sees half a file.
"""

from __future__ import annotations

import sys

from grader import feedback, gradebook, gradebook_lms, report


def write_outputs(results: list[dict], args, meta: dict) -> None:
    if getattr(args, "feedback_dir", None):
        feedback.assign_files(results)  # before the JSON, which records each one's file
    if getattr(args, "json_out", None):
        report.write_json(results, args.json_out, meta)
    if getattr(args, "csv_out", None):
        feedback.write_text(args.csv_out, gradebook.csv_text(results, meta))
    if getattr(args, "feedback_dir", None):
        feedback.write_all(results, args.feedback_dir, getattr(args, "feedback_format", "markdown"))
    _write_lms(results, args, meta)


def _write_lms(results: list[dict], args, meta: dict) -> None:
    """``--canvas-csv`` / ``--moodle-csv``: never from a partial run (a student not yet graded
    would be imported as absent), never without a roster (nothing to match the LMS's users by)."""
    wanted = [(path, rows) for path, rows in ((getattr(args, "canvas_csv", None), gradebook_lms.canvas_rows),
                                              (getattr(args, "moodle_csv", None), gradebook_lms.moodle_rows))
              if path]
    if not wanted:
        return
    if meta.get("partial") or meta.get("interrupted"):
        print("warning: the run stopped before the end: no LMS gradebook CSV written (finish with --resume)",
              file=sys.stderr)
        return
    if not any(r.get("student") for r in results):
        print("warning: no LMS gradebook CSV written: give --roster, so rows can name the LMS's users",
              file=sys.stderr)
        return
    name = gradebook_lms.assignment_name(meta.get("lessons"), getattr(args, "assignment", None))
    for path, make in wanted:
        rows, left_out = make(results, name)
        feedback.write_text(path, gradebook_lms.text(rows))
        if left_out:
            print(f"warning: {path}: left out {len(left_out)} students with no id to match them by: "
                  + ", ".join(left_out[:10]), file=sys.stderr)
