"""``python -m grader classroom grades.json``: results for GitHub Classroom.

Turns one submission's results into the payload that
``classroom-resources/autograding-grading-reporter`` reads (base64 JSON in
an environment variable ``<RUNNER>_RESULTS``): one test per exercise with its
points and student-facing message. ``--github-output`` appends
``result=<base64>`` to ``$GITHUB_OUTPUT``; ``--step-summary`` appends the
student's Markdown feedback to ``$GITHUB_STEP_SUMMARY``. Used by
``.github/workflows/classroom.yml``.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
from pathlib import Path

from grader import feedback
from grader.results import SubmissionResult
from grader.submissions import unlinked
from helpers.i18n import tr, using


def payload(result: SubmissionResult) -> dict:
    """The reporter's payload for one submission's result."""
    tests = []
    for nb, ex in result.exercises():
        tests.append({"name": f"{nb.notebook}: {ex.name}", "status": "pass" if ex.passed else "fail",
                      "score": ex.points, "max_score": ex.max_points,
                      "message": unlinked(ex.feedback), "line_no": 0, "execution_time": "0s"})
    if not tests:
        with using(feedback.language_of(result)):
            why = result.error or tr("no notebook could be graded")
        tests.append({"name": "notebooks", "status": "error", "score": 0, "message": why})
    status = "pass" if all(t["status"] == "pass" for t in tests) else "fail"
    return {"version": 1, "status": status, "max_score": result.max_score, "tests": tests}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader classroom", description=__doc__.split("\n\n")[0])
    parser.add_argument("grades", type=Path, help="the JSON written by python -m grader --json")
    parser.add_argument("--github-output", action="store_true", help="append result=... to $GITHUB_OUTPUT")
    parser.add_argument("--step-summary", action="store_true", help="append feedback to $GITHUB_STEP_SUMMARY")
    args = parser.parse_args(argv)
    records = json.loads(args.grades.read_text(encoding="utf-8"))["submissions"]
    results = [SubmissionResult.from_dict(record) for record in records]
    if len(results) != 1:
        print(f"error: expected the results of one submission, got {len(results)}", file=sys.stderr)
        return 2
    encoded = base64.b64encode(json.dumps(payload(results[0])).encode()).decode()
    if args.github_output and os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as handle:
            handle.write(f"result={encoded}\n")
    else:
        print(encoded)
    if args.step_summary and os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(feedback.markdown(results[0]))
    print(f"Points {results[0].score:g}/{results[0].max_score:g}", file=sys.stderr)
    return 0
