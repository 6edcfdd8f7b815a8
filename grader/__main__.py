"""``python -m grader PATH... --json OUT``: grade submissions.

Each PATH is one student's submission (a folder of notebooks, one .ipynb or
a .zip); ``--class DIR`` adds every sub-folder, .zip and .ipynb of DIR.
Student code runs in child processes with time and memory limits; this
process only compares results and writes them. Exit code 0 whenever grading
itself worked, however the students did.

Other verbs: ``python -m grader merge A.json B.json ... --json OUT`` combines
the results of ``--shard`` runs (``grader.merge``); ``python -m grader
classroom grades.json`` prints the GitHub Classroom reporter payload
(``grader.classroom``); ``python -m grader gradescope`` grades a Gradescope
submission into results.json (``grader.gradescope``). A submission folder
literally named ``merge``, ``classroom`` or ``gradescope`` is given as ``./merge``.
"""

from __future__ import annotations

# ruff: noqa: E402 (the check below runs before any import that needs what it checks)
import sys

from grader import preflight

try:
    preflight.require_modules()
except preflight.SetupError as missing:
    print(f"error: {missing}", file=sys.stderr)
    sys.exit(2)

import argparse
import os
from pathlib import Path

from grader import (
    cgroups,
    gradebook,
    lateness,
    lms,
    private_cases,
    report,
    roster,
    sandbox,
    scoring,
    sharding,
    submissions,
)
from grader.engine import GradeConfig, GradingInterrupted, _result_of, generated_cases, grade  # noqa: F401
from grader.journal import Journal, path_for
from grader.oracle import OracleError
from grader.outputs import Outputs, write_outputs
from grader.results import SubmissionResult
from grader.run import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Oracles
from helpers import checks, i18n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m grader", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="PATH", help="one submission per path")
    parser.add_argument("--class", dest="class_dirs", action="append", default=[], metavar="DIR",
                        help="a folder with one sub-folder, .zip or .ipynb per student (repeatable)")
    parser.add_argument("--json", dest="json_out", type=Path, help="write the results as JSON here")
    parser.add_argument("--csv", dest="csv_out", type=Path, help="write a gradebook CSV here")
    parser.add_argument("--feedback", dest="feedback_dir", type=Path, metavar="DIR",
                        help="write one Markdown feedback file per student into DIR")
    parser.add_argument("--feedback-format", choices=("markdown", "text"), default="markdown",
                        help="markdown (default, .md) or text (.txt: plain, to paste into an LMS comment box)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="notebooks graded in parallel (default: the number of cores)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"CPU seconds per notebook, twice that if it only waits (default {DEFAULT_TIMEOUT})")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB,
                        help=f"address-space limit per notebook in MB (default {DEFAULT_MEMORY_MB})")
    parser.add_argument("--batch-timeout", type=float, default=None, metavar="SECONDS",
                        help="wall-clock seconds for the whole run (default: none; every notebook has its own "
                             "limit); when it passes, the run stops as on Ctrl-C: finished results are written, "
                             "--resume grades the rest")
    parser.add_argument("--lessons", metavar="01,03",
                        help="the assignment: the lessons graded and counted in the maximum (default: all); "
                             "a missing notebook of one of them scores 0")
    parser.add_argument("--resume", action="store_true",
                        help="continue a run that stopped: keep the results in <json>.journal, grade the rest")
    parser.add_argument("--shard", metavar="K/N",
                        help="grade only shard K of N (by sorted submission name); see `merge`")
    parser.add_argument("--cases", type=Path, metavar="FILE",
                        help="instructor-only check cases (a Python file defining CASES), graded as hidden")
    parser.add_argument("--integrity", choices=("withhold", "flag"), default="withhold",
                        help="an exercise that delegates to the course's own code: withhold its points "
                             "for review (default) or keep them and only flag it")
    parser.add_argument("--no-sandbox", dest="sandbox", action="store_false",
                        help="run notebooks WITHOUT the sandbox (as your user, seeing your files): only "
                             "for machines where bubblewrap cannot run, e.g. inside some containers")
    parser.add_argument("--sandbox", dest="sandbox", action="store_true", default=True,
                        help="(the default) every notebook in a sandbox of its own; refuse if unavailable")
    parser.add_argument("--keep-user", action="store_true",
                        help="when run as root, do not switch the children to user 'nobody'")
    parser.add_argument("--lang", choices=("auto", *i18n.LANGUAGES), default="auto",
                        help="the language of the students' feedback: auto (default) = each notebook's own, "
                             "as its first code cell declares it (COURSE_LANGUAGE; else its metadata course.language, "
                             "else English); en or ko for every notebook")
    term = parser.add_argument_group("the term: roster, LMS exports, deadlines, gradebooks")
    term.add_argument("--lms", choices=("auto", *lms.KNOWN, "none"), default="auto",
                      help="how --class folders are named: auto (default) recognises Canvas, Moodle and Blackboard "
                           "'download all submissions' exports by their names; none: one sub-folder, .zip or .ipynb "
                           "per student")
    term.add_argument("--roster", type=Path, metavar="CSV",
                      help="the class list (name, id, e-mail, optional LMS id, login, section, extension): names "
                           "every row; students without a submission get 0 and 'nothing handed in'")
    term.add_argument("--due", metavar="TIME", help="the deadline, e.g. 2026-10-01T23:59 (a date alone: its end)")
    term.add_argument("--late-policy", default="none", metavar="POLICY",
                      help="none (default), '10%%/day', '10%%/day, cap 50%%', '10%%/day, zero after 7 days' or 'zero'")
    term.add_argument("--canvas-csv", type=Path, metavar="FILE",
                      help="a CSV that Canvas's gradebook import takes as it is (needs --roster with Canvas ids)")
    term.add_argument("--moodle-csv", type=Path, metavar="FILE",
                      help="a CSV for Moodle's grade import (map users by e-mail address or ID number)")
    term.add_argument("--assignment", metavar="NAME",
                      help="the gradebook column's name, e.g. 'Perceptron (4711)' for Canvas assignment 4711 "
                           "(default: the lessons graded)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no table or summary on stdout, no progress lines unless on a terminal")
    return parser


def _lessons(text: str | None) -> list[str]:
    if not text:
        return list(checks.LESSONS)
    chosen = []
    for part in text.split(","):
        part = part.strip()
        matches = [lesson for lesson in checks.LESSONS
                   if lesson == part or (part[:2].isdigit() and lesson[:2] == part[:2] and len(part) == 2)]
        if len(matches) != 1:
            raise ValueError(f"--lessons: {part!r} is not a lesson (e.g. 01 or 01_perceptron)")
        if matches[0] not in chosen:
            chosen.append(matches[0])
    return chosen


def _paths(args) -> tuple[list[str], list[str], list[lms.Group], list[str]]:
    """The submissions given: paths, notes for the instructor, LMS groups (``grader.lms``),
    and the entries of an LMS export that name no student."""
    paths, notes, groups, stray = list(args.paths), [], [], []
    for folder in args.class_dirs:
        if not Path(folder).is_dir():
            raise ValueError(f"--class {folder}: not a folder")
        kind = args.lms
        kind = lms.detect(folder) if kind == "auto" else None if kind == "none" else kind
        if kind:
            export = lms.read_export(folder, kind)
            groups += export.groups
            stray += export.unmatched
            notes.append(f"--class {folder}: a {kind} export: {len(export.groups)} students"
                         + (f", {len(export.unmatched)} entries that name no student (see the summary)"
                            if export.unmatched else ""))
            continue
        found, skipped = submissions.class_folder(folder)
        paths += found
        if skipped:
            notes.append(f"--class {folder}: skipped {len(skipped)} entries that are not a folder, "
                         f".zip or .ipynb ({', '.join(skipped[:5])}{', ...' if len(skipped) > 5 else ''})")
    return paths, notes, groups, stray


def _terminate_like_ctrl_c() -> None:
    """SIGTERM (a job scheduler, `kill`, a CI time-out) stops the grading as Ctrl-C does: the
    finished submissions are written and every worker, cgroup and scratch folder goes with it
    (the default action ended the process at once and left them behind)."""
    import faulthandler
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    # `kill -USR1 <grader>` prints where each of its threads is (for a grading that seems stuck;
    # the Ctrl-C tests ask for it when the grader has not stopped in time).
    try:
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    except (ValueError, OSError, AttributeError):  # stderr is no file (io.UnsupportedOperation)
        pass


def _keep_answers(argv: list[str]) -> int:
    """``python -m grader keep-answers [LESSON ...]``: the references' answers on every generated
    input of the lessons (all by default), asked now and kept (``grader.kept_answers``), as
    Gradescope's image build does once, so that no grading of this course version waits for them."""
    from grader import kept_answers, references

    try:
        lessons = _lessons(",".join(argv))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    cases = generated_cases(lessons)
    print(f"kept the references' answers on {sum(map(len, cases.values()))} generated inputs of "
          f"{len(lessons)} lesson(s) in {kept_answers.folder(references.SOLUTIONS)}")
    return 0


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "merge":
        from grader import merge
        return merge.main(argv[1:])
    if argv and argv[0] == "classroom":
        from grader import classroom
        return classroom.main(argv[1:])
    if argv and argv[0] == "gradescope":
        from grader import gradescope
        return gradescope.main(argv[1:])
    if argv and argv[0] == "keep-answers":
        return _keep_answers(argv[1:])
    args = build_parser().parse_args(argv)
    _terminate_like_ctrl_c()
    try:
        return _grade(args)
    except KeyboardInterrupt:  # outside the grading's threaded part (which writes what it finished): nothing to write
        print("interrupted", file=sys.stderr)
        return 130


def _grade(args) -> int:
    """The grading the command line asked for (``main`` after its arguments are parsed)."""
    if args.jobs < 1 or args.timeout <= 0 or args.memory_mb < 256 or (args.batch_timeout or 1) <= 0:
        print("error: -j must be >= 1, --timeout and --batch-timeout > 0 and --memory-mb >= 256", file=sys.stderr)
        return 2
    try:
        paths, notes, groups, stray = _paths(args)
        lessons = _lessons(args.lessons)
        students = roster.read(args.roster) if args.roster else []
        due = lateness.parse_time(args.due) if args.due else None
        policy = lateness.parse_policy(args.late_policy)
        shard = sharding.parse(args.shard) if args.shard else None
        if args.resume and not args.json_out:
            raise ValueError("--resume needs --json (the journal lives beside it)")
        hidden = private_cases.load(args.cases) if args.cases else {}
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not paths and not groups:
        print("error: no submissions: give PATHs or --class DIR", file=sys.stderr)
        return 2
    prefix = None
    if args.sandbox:
        prefix, why = sandbox.probe()
        if prefix is None:  # never fall back silently to a weaker mode
            print(f"error: the sandbox cannot run here: {why}\n"
                  "Install bubblewrap (apt-get install bubblewrap), or grade without it, knowing that "
                  "every notebook then runs as you and can read what you can: --no-sandbox",
                  file=sys.stderr)
            return 2
    paths, duplicates = submissions.unique_paths(paths)
    for note in notes + [f"ignored duplicate argument: {d}" for d in duplicates]:
        print(note, file=sys.stderr)
    names = submissions.assign_names(paths)  # over the whole class, before any sharding
    named = list(zip(names, paths)) + [(f"{g.name}_{g.key}", g) for g in groups]
    identities = {f"{g.name}_{g.key}": g.identity() for g in groups}
    if shard:
        named = sharding.select(named, lambda item: (item[0], str(item[1])), *shard)
    meta = {"shard": args.shard, "hidden_cases": sum(map(len, hidden.values())),
            "sandbox": bool(prefix), "mode": "sandbox" if prefix else "no-sandbox",
            "notebooks_run_as": sandbox.run_as(bool(prefix), not args.keep_user),
            "limits": {"cgroups": cgroups.available()},
            "integrity": args.integrity, "timeout": args.timeout, "memory_mb": args.memory_mb,
            "lessons": lessons, "duplicates_ignored": duplicates, "export_unmatched": stray,
            "due": due.isoformat() if due else None, "late_policy": policy.text,
            "roster": str(args.roster) if args.roster else None}

    def named_by_roster(results: list[SubmissionResult], complete: bool) -> list[SubmissionResult]:
        if not (students or due or any(i.late for i in identities.values())):
            return results
        return roster.attach(results, students, identities, lessons, due, policy, absent=complete and not shard)

    if not prefix:
        print(f"warning: --no-sandbox: notebooks run as {meta['notebooks_run_as']} and can read "
              "what that user can read", file=sys.stderr)
    try:  # before any submission is read: a fault of the set-up stops here, with its cause
        first = preflight.first_worker(prefix, args.memory_mb)
    except preflight.SetupError as fault:
        print(f"error: {fault}", file=sys.stderr)
        return 2
    # The reference processes that answer for the generated cases stay for the pool's proxies.
    oracles = Oracles()
    try:
        try:
            generated = generated_cases(lessons, oracles)
        except OracleError as fault:
            print(f"error: the course's references could not be run: {fault}", file=sys.stderr)
            return 2
        options = scoring.Options(args.timeout, args.memory_mb, hidden, args.integrity, generated)
        return _run(args, named, prefix, options, meta, lessons, first, oracles, named_by_roster)
    finally:  # the pool's by now, and closed (a no-op then), unless there was nothing to grade
        first.close()
        oracles.close()
        if first.scratch:
            import shutil

            shutil.rmtree(first.scratch, ignore_errors=True)


def _run(args, named, prefix, options, meta, lessons, first, oracles, named_by_roster) -> int:
    journal = None
    try:
        if args.json_out:
            settings = {"lessons": lessons, "integrity": args.integrity, "hidden_cases": meta["hidden_cases"],
                        "shard": args.shard}
            journal = Journal(path_for(args.json_out), settings, args.resume)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    done = {name: SubmissionResult.from_dict(record) for name, record in (journal.done if journal else {}).items()}
    if done:
        print(f"resuming: {len(done)} submissions already graded (from {journal.path})", file=sys.stderr)
    todo = [(n, p) for n, p in named if n not in done]
    try:
        subs = submissions.read_all([p for _, p in todo], lessons, [n for n, _ in todo], args.lang)
        show = sys.stderr.isatty() or not args.quiet
        config = GradeConfig(args.jobs, args.timeout, args.memory_mb, args.batch_timeout, args.keep_user,
                             args.integrity, args.lang)
        fresh = grade(subs, config, options, prefix, show_progress=show, journal=journal, lessons=lessons,
                      first=first, oracles=oracles)
        by_name = {**done, **{r.submission: r for r in fresh}}
        results = named_by_roster([by_name[n] for n, _ in named if n in by_name], complete=True)
        write_outputs(results, Outputs.of(args), meta)
        starved = sorted(r.submission for r in results if r.starved)
        if journal and not starved:
            journal.finish()  # kept otherwise: --resume then grades only the starved ones
        if not args.quiet:
            print(report.table(results))
            print()
            print(gradebook.summary(results, meta))
        if starved:  # never scored: the machine's fault, told to the one who can regrade
            again = "the same command with --resume grades only those" if journal else "grade them again"
            print(f"warning: {len(starved)} submission(s) not graded: the machine was too busy to give their "
                  f"notebooks their time ({', '.join(starved[:10])}); on a quieter machine, {again}",
                  file=sys.stderr)
    except GradingInterrupted as stop:
        kept = {**done, **{r.submission: r for r in stop.results}}
        partial = named_by_roster([kept[n] for n, _ in named if n in kept], complete=False)
        write_outputs(partial, Outputs.of(args), dict(meta, interrupted=True, stopped=stop.reason,
                                          partial=f"{len(kept)} of {len(named)} submissions"))
        print(f"{stop.reason}: results of {len(kept)} of {len(named)} submissions written; "
              "run again with --resume to grade the rest", file=sys.stderr)
        return 130 if stop.reason == "interrupted" else 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
