"""The gradebook CSV and the end-of-run summary, both from the JSON results.

CSV: one row per student; one column per graded exercise (course order, for
every lesson anyone submitted; empty when that student did not submit the
notebook), then ``total``, ``max_total`` (the course points of those
lessons), ``integrity`` (exercises flagged for delegating to the course's own
code), ``limits`` (time/memory/crash limits hit) and ``errors``. Cells a
student controls (the submission name, messages) are neutralised so a
spreadsheet never reads them as formulas.
"""

from __future__ import annotations

import csv
import io
import statistics

from grader.submissions import visible
from helpers import checks

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text) -> str:
    text = visible(text)  # the one rule: no invisible or direction characters in a cell
    return "'" + text if text.startswith(_FORMULA_START) else text


def lessons_of(results: list[dict]) -> list[str]:
    seen = {nb.get("lesson") for r in results for nb in r["notebooks"]}
    return [lesson for lesson in checks.LESSONS if lesson in seen]


def exercise_columns(results: list[dict]) -> list[tuple[str, float]]:
    return [(ex.name, float(ex.points)) for lesson in lessons_of(results)
            for ex in checks.exercises(lesson)]


def _number(x: float) -> str:
    return f"{x:g}"


def limits_of(result: dict) -> list[str]:
    return [f"{nb['notebook']}: {nb['limit']}" for nb in result["notebooks"] if nb.get("limit")]


def errors_of(result: dict) -> list[str]:
    found = [result["error"]] if result.get("error") else []
    found += [f"{nb['notebook']}: {nb['error']}" for nb in result["notebooks"]
              if nb.get("error") and not nb.get("limit")]
    return found


def ignored_of(result: dict) -> list[str]:
    """Files of the submission that were not graded (another copy of a lesson, a link...)."""
    return list(result.get("ignored") or [])


def integrity_of(result: dict) -> list[str]:
    return [f"{ex['name']} ({'; '.join(ex['integrity'])})" for nb in result["notebooks"]
            for ex in nb["exercises"] if ex.get("integrity")]


def mode_of(meta: dict | None) -> str:
    """How the notebooks ran, in words: the sandbox or not, and as which user."""
    if not meta:
        return ""
    return f"{meta.get('mode', '?')}, notebooks ran as {meta.get('notebooks_run_as', '?')}"


def csv_text(results: list[dict], meta: dict | None = None) -> str:
    columns = exercise_columns(results)
    max_total = sum(points for _, points in columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["submission", *[name for name, _ in columns], "total", "max_total",
                     "integrity", "limits", "errors", "graded_in"])
    for result in sorted(results, key=lambda r: r["submission"]):
        points = {ex["name"]: ex["points"] for nb in result["notebooks"] for ex in nb["exercises"]}
        writer.writerow([_cell(result["submission"]),
                         *[_number(points[name]) if name in points else "" for name, _ in columns],
                         _number(result["score"]), _number(max_total),
                         _cell(" | ".join(integrity_of(result))), _cell(" | ".join(limits_of(result))),
                         _cell(" | ".join(errors_of(result))[:500]), _cell(mode_of(meta))])
    return out.getvalue()


def _histogram(values: list[float], top: float, bins: int = 5) -> str:
    """Counts in ``bins`` equal bands of 0..top, e.g. '0-20%:3 20-40%:0 ... 80-100%:12'."""
    counts = [0] * bins
    for v in values:
        band = min(bins - 1, int(bins * v / top)) if top > 0 else 0
        counts[max(0, band)] += 1
    width = 100 // bins
    return " ".join(f"{i * width}-{(i + 1) * width}%:{c}" for i, c in enumerate(counts))


def summary(results: list[dict], meta: dict | None = None) -> str:
    """What an instructor reads at the end of a run."""
    lines = [f"Graded in {mode_of(meta)}."] if meta else []
    n = len(results)
    graded = [r for r in results if r["notebooks"] and not r.get("error")]
    notebooks = sum(len(r["notebooks"]) for r in results)
    lines.append(f"Graded {len(graded)} of {n} submissions ({notebooks} notebooks).")
    duplicates = (meta or {}).get("duplicates_ignored") or []
    if duplicates:
        lines.append(f"Ignored {len(duplicates)} duplicate argument(s), each graded once: "
                     + " | ".join(duplicates[:5]) + (" ..." if len(duplicates) > 5 else ""))
    if results:
        scores = [r["score"] for r in results]
        lines.append(f"Total: mean {statistics.fmean(scores):.2f}, median {statistics.median(scores):g}, "
                     f"min {min(scores):g}, max {max(scores):g}.")
    columns = exercise_columns(results)
    if columns:
        lines.append("")
        lines.append(f"{'exercise':28} {'max':>5} {'mean':>6} {'full':>6} {'zero':>6}  distribution "
                     f"(of those who submitted it)")
        for name, top in columns:
            got = [ex["points"] for r in results for nb in r["notebooks"] for ex in nb["exercises"]
                   if ex["name"] == name]
            if not got:
                continue
            full = sum(g >= top for g in got)
            zero = sum(g == 0 for g in got)
            lines.append(f"{name:28} {top:5g} {statistics.fmean(got):6.2f} {full:6d} {zero:6d}  "
                         f"{_histogram(got, top)}")
    for title, picker in (("Hit a limit", limits_of), ("Errors", errors_of),
                          ("Integrity flags", integrity_of), ("Files not graded", ignored_of)):
        hits = [(r["submission"], picker(r)) for r in results if picker(r)]
        lines.append("")
        lines.append(f"{title}: {len(hits)}" + ("" if hits else " (none)"))
        for name, items in hits[:50]:
            lines.append(f"  {visible(name)}: {visible(' | '.join(items)[:200])}")
        if len(hits) > 50:
            lines.append(f"  ... and {len(hits) - 50} more (see the CSV)")
    return "\n".join(lines)
