"""The detailed gradebook CSV and the end-of-run summary, both from the results model (``grader.results``).

CSV: one row per student: with a roster (``grader.roster``) first ``student``,
``student_id``, ``email``, ``section``; then ``submission``; one column per graded
exercise (course order, for every lesson anyone submitted; empty when that student did
not submit the notebook), then ``total`` (after any late penalty), ``max_total`` (the
course points of those lessons); with a deadline ``late_days`` and ``late_penalty_percent``;
``missing`` (lesson numbers not handed in), ``integrity`` (exercises flagged for
delegating to the course's own code), ``limits`` (time/memory/crash limits hit),
``errors`` and ``not_graded`` (files handed in and not graded), each a list of whole items
(``_items``: never cut mid-word); ``partial`` = ``yes`` on every row of a run that stopped
before the end. How the run was made (sandbox, user) is in the JSON and the summary, not
repeated on every row. Cells a student controls are neutralised so a spreadsheet never
reads them as formulas. The CSVs an LMS imports are ``grader.gradebook_lms``.
"""

from __future__ import annotations

import csv
import io
import statistics

from grader.results import SubmissionResult
from grader.safe_text import csv_cell as cell
from grader.safe_text import visible
from helpers import checks


def lessons_of(results: list[SubmissionResult]) -> list[str]:
    seen = {nb.lesson for r in results for nb in r.notebooks}
    return [lesson for lesson in checks.LESSONS if lesson in seen]


def exercise_columns(results: list[SubmissionResult]) -> list[tuple[str, float]]:
    return [(ex.name, float(ex.points)) for lesson in lessons_of(results)
            for ex in checks.exercises(lesson)]


def _number(x: float) -> str:
    return f"{x:g}"


def limits_of(result: SubmissionResult) -> list[str]:
    return [f"{nb.notebook}: {nb.limit}" for nb in result.notebooks if nb.limit]


def _absent(result: SubmissionResult) -> bool:
    """A roster student without a submission (``roster.nothing_handed_in``)."""
    return result.nothing_handed_in


def errors_of(result: SubmissionResult) -> list[str]:
    """What went wrong with the files handed in (a lesson not handed in is ``missing_of``'s)."""
    if _absent(result):
        return []
    found = [result.error] if result.error else []
    found += [f"{nb.notebook}: {nb.error}" for nb in result.notebooks if nb.error and not nb.limit and not nb.missing]
    return found


def missing_of(result: SubmissionResult) -> list[str]:
    """The lessons of the assignment not handed in ("nothing handed in" for a student without a submission)."""
    if _absent(result):
        return ["nothing handed in"]
    return [nb.lesson for nb in result.notebooks if nb.missing]


def _items(items: list[str], limit: int = 500) -> str:
    """Whole items joined by " | " within ``limit`` characters, then how many more: never a cut word."""
    shown, size = [], 0
    for item in items:
        if shown and size + len(item) + 3 > limit:
            break
        shown.append(item)
        size += len(item) + 3
    rest = len(items) - len(shown)
    return " | ".join(shown) + (f" | (+{rest} more in the feedback)" if rest else "")


def ignored_of(result: SubmissionResult) -> list[str]:
    """Files of the submission that were not graded (another copy of a lesson, a link...)."""
    return list(result.ignored or [])


def integrity_of(result: SubmissionResult) -> list[str]:
    return [f"{ex.name} ({'; '.join(ex.integrity)})" for _, ex in result.exercises() if ex.integrity]


def mode_of(meta: dict | None) -> str:
    """How the notebooks ran, in words: the sandbox or not, and as which user."""
    if not meta:
        return ""
    return f"{meta.get('mode', '?')}, notebooks ran as {meta.get('notebooks_run_as', '?')}"


def csv_text(results: list[SubmissionResult], meta: dict | None = None) -> str:
    columns = exercise_columns(results)
    max_total = max([sum(points for _, points in columns)] + [r.max_score for r in results])
    named = any(r.student is not None or r.unmatched is not None for r in results)
    late = any(r.late for r in results) or bool((meta or {}).get("due"))
    partial = bool((meta or {}).get("partial") or (meta or {}).get("interrupted"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*(["student", "student_id", "email", "section"] if named else []), "submission",
                     *[name for name, _ in columns], "total", "max_total",
                     *(["late_days", "late_penalty_percent"] if late else []),
                     "missing", "integrity", "limits", "errors", "not_graded", *(["partial"] if partial else [])])
    ordered = results if named else sorted(results, key=lambda r: r.submission)
    for result in ordered:
        points = {ex.name: ex.points for _, ex in result.exercises()}
        student = result.student
        who = ([cell(student.name), cell(student.id), cell(student.email), cell(student.section)] if student
               else ["", "", "", ""]) if named else []
        lateness = result.late
        writer.writerow([*who, "" if _absent(result) else cell(result.submission),
                         *[_number(points[name]) if name in points else "" for name, _ in columns],
                         _number(result.score), _number(max_total),
                         *([_number(lateness.days if lateness else 0),
                            _number(lateness.penalty_percent if lateness else 0)] if late else []),
                         " ".join(m[:2] if m[:2].isdigit() else m for m in missing_of(result)),
                         cell(_items(integrity_of(result))), cell(_items(limits_of(result))),
                         cell(_items(errors_of(result))), cell(_items(ignored_of(result))),
                         *(["yes"] if partial else [])])
    return out.getvalue()


def _histogram(values: list[float], top: float, bins: int = 5) -> str:
    """Counts in ``bins`` equal bands of 0..top, e.g. '0-20%:3 20-40%:0 ... 80-100%:12'."""
    counts = [0] * bins
    for v in values:
        band = min(bins - 1, int(bins * v / top)) if top > 0 else 0
        counts[max(0, band)] += 1
    width = 100 // bins
    return " ".join(f"{i * width}-{(i + 1) * width}%:{c}" for i, c in enumerate(counts))


def summary(results: list[SubmissionResult], meta: dict | None = None) -> str:
    """What an instructor reads at the end of a run."""
    lines = [f"Graded in {mode_of(meta)}."] if meta else []
    if (meta or {}).get("partial"):
        lines.append(f"PARTIAL RESULTS: the run stopped ({meta.get('stopped', 'interrupted')}); "
                     f"{meta['partial']} are in these results.")
    handed = [r for r in results if not _absent(r)]
    n = len(handed)
    graded = [r for r in handed if r.notebooks and not r.error]
    books = [nb for r in handed for nb in r.notebooks if not nb.missing]
    unreadable = sum(1 for nb in books if nb.error and nb.seconds is None and not nb.limit)
    missing = sum(1 for r in handed for nb in r.notebooks if nb.missing)
    lines.append(f"Graded {len(graded)} of {n} submissions: {len(books) - unreadable} notebooks graded"
                 + (f", {unreadable} unreadable" if unreadable else "")
                 + (f", {missing} lessons not handed in" if missing else "") + ".")
    absent = [r for r in results if _absent(r)]
    if absent:
        lines.append(f"Nothing handed in ({len(absent)} students on the roster, scored 0): "
                     + _items([visible(r.submission) for r in absent], 400))
    unmatched = [r for r in results if r.unmatched is not None]
    if unmatched:
        lines.append(f"Submissions that match no one on the roster ({len(unmatched)}, not in the LMS gradebooks): "
                     + _items([f"{visible(r.submission)} ({r.unmatched})" for r in unmatched], 600))
    stray = (meta or {}).get("export_unmatched") or []
    if stray:
        lines.append(f"Entries of the LMS export that name no student ({len(stray)}, not graded): "
                     + _items([visible(s) for s in stray], 400))
    duplicates = (meta or {}).get("duplicates_ignored") or []
    if duplicates:
        lines.append(f"Ignored {len(duplicates)} duplicate argument(s), each graded once: "
                     + " | ".join(duplicates[:5]) + (" ..." if len(duplicates) > 5 else ""))
    if results:
        scores = [r.score for r in results]
        lines.append(f"Total: mean {statistics.fmean(scores):.2f}, median {statistics.median(scores):g}, "
                     f"min {min(scores):g}, max {max(scores):g}.")
    columns = exercise_columns(results)
    if columns:
        lines.append("")
        lines.append(f"{'exercise':28} {'max':>5} {'mean':>6} {'full':>6} {'zero':>6}  distribution "
                     f"(of those who submitted it)")
        for name, top in columns:
            got = [ex.points for r in results for _, ex in r.exercises() if ex.name == name]
            if not got:
                continue
            full = sum(g >= top for g in got)
            zero = sum(g == 0 for g in got)
            lines.append(f"{name:28} {top:5g} {statistics.fmean(got):6.2f} {full:6d} {zero:6d}  "
                         f"{_histogram(got, top)}")
    late = [r for r in results if r.late and r.late.days]
    if late:
        lines.append("")
        lines.append(f"Late: {len(late)}")
        for r in late[:50]:
            info = r.late
            lines.append(f"  {who(r)}: {info.days} day(s)"
                         + (" (the export marks it late, no time)" if info.known == "mark" else "")
                         + f", -{info.penalty_percent:g}%")
    for title, picker in (("Hit a limit", limits_of), ("Errors", errors_of), ("Lessons not handed in", _missing),
                          ("Integrity flags", integrity_of), ("Files not graded", ignored_of)):
        hits = [(who(r), picker(r)) for r in results if picker(r)]
        lines.append("")
        lines.append(f"{title}: {len(hits)}" + ("" if hits else " (none)"))
        for name, items in hits[:50]:
            lines.append(f"  {visible(name)}: {visible(_items(items, 300))}")
        if len(hits) > 50:
            lines.append(f"  ... and {len(hits) - 50} more (see the CSV)")
    return "\n".join(lines)


def who(result: SubmissionResult) -> str:
    """How the summary names a result: the roster's student (name, id) when known, else the submission."""
    student = result.student
    if student and student.name and not _absent(result):
        return visible(f"{student.name} ({student.id or result.submission})")
    return visible(result.submission)


def _missing(result: SubmissionResult) -> list[str]:
    return [] if _absent(result) else missing_of(result)
