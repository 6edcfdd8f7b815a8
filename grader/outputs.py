"""Writing the results: the JSON, the gradebook CSV, the feedback folder.

Used by a grading run and by ``merge``; each file is written atomically
(``report.write_text_atomically``), so a reader never sees half a file.
"""

from __future__ import annotations

from grader import feedback, gradebook, report


def write_outputs(results: list[dict], args, meta: dict) -> None:
    if getattr(args, "feedback_dir", None):
        feedback.assign_files(results)  # before the JSON, which records each one's file
    if getattr(args, "json_out", None):
        report.write_json(results, args.json_out, meta)
    if getattr(args, "csv_out", None):
        feedback.write_text(args.csv_out, gradebook.csv_text(results, meta))
    if getattr(args, "feedback_dir", None):
        feedback.write_all(results, args.feedback_dir)
