"""``python -m grader PATH... --json OUT``: grade submissions.

Each PATH is one student's submission (a folder of notebooks, one .ipynb or
a .zip). Student code runs in child processes with time and memory limits;
this process only compares results and writes them. Exit code 0 whenever
grading itself worked, however the students did.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from grader import report, scoring, submissions
from grader.workers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Pool
from helpers import checks


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m grader", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="one submission per path")
    parser.add_argument("--json", dest="json_out", type=Path, help="write the results as JSON here")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="notebooks graded in parallel (default: the number of cores)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"wall-clock seconds per notebook (default {DEFAULT_TIMEOUT})")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB,
                        help=f"address-space limit per notebook in MB (default {DEFAULT_MEMORY_MB})")
    parser.add_argument("--keep-user", action="store_true",
                        help="when run as root, do not switch the children to user 'nobody'")
    parser.add_argument("-q", "--quiet", action="store_true", help="no table on stdout")
    return parser


def _job(index: int, nb: submissions.NotebookFile, args) -> dict:
    probes = {ex.name: [case.probe.to_data() for case in ex.cases] for ex in checks.exercises(nb.lesson)}
    return {"id": index, "cells": nb.cells, "probes": probes, "timeout": args.timeout,
            "memory_mb": args.memory_mb, "drop_privileges": not args.keep_user}


def grade(subs: list[submissions.Submission], args) -> list[dict]:
    """Grade every readable notebook in parallel; return one result per submission."""
    limits = {"timeout": args.timeout, "memory_mb": args.memory_mb}
    work = [(s, n) for s in subs for n in s.notebooks if n.error is None]
    responses: dict[int, dict] = {}
    if work:
        pool = Pool(max(1, min(args.jobs, len(work))))
        try:
            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as executor:
                futures = {executor.submit(pool.run, _job(i, nb, args)): i
                           for i, (_, nb) in enumerate(work)}
                for future, i in futures.items():
                    responses[i] = future.result()
        finally:
            pool.close()
    results, index = [], 0
    for sub in subs:
        notebooks = []
        for nb in sub.notebooks:
            if nb.error is None:
                notebooks.append(scoring.score_notebook(nb, responses[index], limits))
                index += 1
            else:
                notebooks.append(scoring.unreadable_notebook(nb))
        results.append(report.submission_result(sub, notebooks))
    return results


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.jobs < 1 or args.timeout <= 0 or args.memory_mb < 256:
        print("error: -j must be >= 1, --timeout > 0 and --memory-mb >= 256", file=sys.stderr)
        return 2
    try:
        subs = submissions.read_all(args.paths)
        results = grade(subs, args)
        if args.json_out:
            report.write_json(results, args.json_out)
        if not args.quiet:
            print(report.table(results))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
