"""``python -m grader merge A.json B.json ... --json OUT [--csv FILE] [--feedback DIR]``

Combines the JSON of several ``--shard K/N`` runs (or any runs) into one set
of results, sorted by submission, and writes the same outputs a single run
would. A submission present in two inputs is an error unless ``--latest``
(then the file given last wins), so a shard graded twice is noticed. A shard
missing from a K/N set, given twice, or a set sharded two ways, or an input that
was itself a stopped (partial) run, is refused unless ``--allow-partial``; the
results then say they are partial. ``--roster`` names every row as a grading
run does and adds the students who handed nothing in (only when the set is whole).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from grader import gradebook
from grader.outputs import Outputs, write_outputs
from grader.results import SubmissionResult


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m grader merge", description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path, metavar="JSON")
    parser.add_argument("--json", dest="json_out", type=Path, required=True)
    parser.add_argument("--csv", dest="csv_out", type=Path)
    parser.add_argument("--feedback", dest="feedback_dir", type=Path, metavar="DIR")
    parser.add_argument("--feedback-format", choices=("markdown", "text"), default="markdown",
                        help="markdown (default, .md) or text (.txt: plain, to paste into an LMS comment box)")
    parser.add_argument("--latest", action="store_true",
                        help="a submission in several inputs: keep the one from the last file")
    parser.add_argument("--allow-partial", action="store_true",
                        help="write the results even when shards are missing, doubled or stopped early "
                             "(they are marked partial)")
    parser.add_argument("--roster", type=Path, metavar="CSV", help="the class list (see python -m grader --help)")
    parser.add_argument("--canvas-csv", type=Path, metavar="FILE", help="a CSV for Canvas's gradebook import")
    parser.add_argument("--moodle-csv", type=Path, metavar="FILE", help="a CSV for Moodle's grade import")
    parser.add_argument("--assignment", metavar="NAME", help="the gradebook column's name")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stdout")
    return parser


def merge(documents: list[dict], latest: bool = False) -> tuple[list[SubmissionResult], list[str]]:
    """The combined results (read into the results model), and problems worth telling (duplicates,
    missing shards)."""
    by_name: dict[str, dict] = {}
    problems = []
    shards: dict[int, set] = {}
    for doc in documents:
        shard = (doc.get("grader") or {}).get("shard")
        if (doc.get("grader") or {}).get("interrupted"):
            problems.append(f"shard {shard or '(unsharded)'} stopped before the end "
                            f"({(doc.get('grader') or {}).get('partial') or 'partial'}); finish it with --resume")
        if isinstance(shard, str) and "/" in shard:
            k, n = shard.split("/")
            if int(k) in shards.get(int(n), set()):
                problems.append(f"shard {k}/{n} is given twice")
            shards.setdefault(int(n), set()).add(int(k))
        for result in doc["submissions"]:
            name = result["submission"]
            if name in by_name and not latest:
                raise ValueError(f"{name!r} is in more than one input (use --latest to keep the last)")
            by_name[name] = result
    for n, ks in shards.items():
        missing = sorted(set(range(1, n + 1)) - ks)
        if missing:
            problems.append(f"shards {', '.join(f'{k}/{n}' for k in missing)} are missing")
    if len(shards) > 1:
        problems.append(f"the inputs were sharded in different ways: {sorted(shards)}")
    return [SubmissionResult.from_dict(by_name[name]) for name in sorted(by_name)], problems


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    documents = []
    for path in args.inputs:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or not isinstance(doc.get("submissions"), list):
                raise ValueError("no list of submissions")
        except (OSError, ValueError) as exc:
            print(f"error: {path}: not grader results ({exc})", file=sys.stderr)
            return 2
        documents.append(doc)
    try:
        results, problems = merge(documents, args.latest)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"{'warning' if args.allow_partial else 'error'}: {problem}", file=sys.stderr)
    if problems and not args.allow_partial:
        print("error: nothing written; grade the missing shards, or merge what there is with --allow-partial",
              file=sys.stderr)
        return 2
    metas = [d.get("grader") or {} for d in documents]
    meta = {"merged_from": [str(p) for p in args.inputs], "shards": [m.get("shard") for m in metas],
            "hidden_cases": max((m.get("hidden_cases") or 0 for m in metas), default=0),
            "sandbox": all(m.get("sandbox") for m in metas)}
    for key in ("mode", "notebooks_run_as", "lessons", "integrity"):  # as the shards say, if they agree
        said = {json.dumps(m.get(key)) for m in metas}
        meta[key] = metas[0].get(key) if len(said) == 1 and metas else "mixed"
    if problems:
        meta.update(interrupted=True, stopped="; ".join(problems), partial=f"{len(results)} submissions")
    if args.roster:
        from grader import roster

        try:
            students = roster.read(args.roster)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        lessons = metas[0].get("lessons") if metas and isinstance(metas[0].get("lessons"), list) else []
        results = roster.attach([r for r in results if not r.nothing_handed_in], students, {}, lessons,
                                absent=not problems)
    write_outputs(results, Outputs.of(args), meta)
    if not args.quiet:
        print(gradebook.summary(results, meta))
    return 0
