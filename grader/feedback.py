"""``--feedback DIR``: one Markdown file per student, from the results model (``grader.results``)
(``--feedback-format text``: plain text instead, to paste into an LMS comment box).

For each notebook: what stopped it (a limit, an unreadable file), a table
with every exercise's points, then the student-facing message of each
exercise that did not pass, and the cells that raised (the student's own
errors, so they can debug). It holds only what the results already say to the
student: hidden cases appear as "a hidden check failed", never with inputs,
and no test code is ever copied.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from grader import safe_text
from grader.results import ExerciseResult, SubmissionResult
from helpers.i18n import tr, using

MAX_FILE_BYTES = 100   # of a feedback file's name before its "~hash" and ".md"


def _safe(name: str) -> str:
    """``name`` as a file name: letters, marks and digits of any script (Hangul, Cyrillic...)
    and ``._-`` kept; every other run (separators, spaces, controls, bidi and format
    characters, ``~``) becomes one ``_``; no leading or trailing dot or ``_``; at most
    ``MAX_FILE_BYTES`` bytes of UTF-8, cut at a character."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c if c in "._-" or unicodedata.category(c)[0] in "LMN" else "\0" for c in text)
    text = re.sub("\0+", "_", text).strip("._")
    while len(text.encode("utf-8")) > MAX_FILE_BYTES:
        text = text[:-1]
    return text


def file_names(submissions) -> dict[str, str]:
    """A feedback file name per submission name, unique and the same on every run of the
    same class: the name itself (``김철수.md``) when it is already a safe file name;
    otherwise its safe form, ``~`` and a hash of the whole name (``a_b~1f0c2e3d.md`` for
    ``a b``). ``_safe`` never keeps a ``~``, so a hashed name can never be another
    student's plain one. Unique also where case or Unicode form are not told apart
    (macOS, Windows): a clash there gets the hashed form too."""
    chosen, taken = {}, set()
    for name in sorted(set(submissions)):
        base = _safe(name)
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        options = [f"{base}.md"] if base and base == unicodedata.normalize("NFC", name) else []
        options += [f"{base or 'submission'}~{digest[:n]}.md" for n in (8, 16, 64)]
        for option in options:
            key = unicodedata.normalize("NFC", option).casefold()
            if key not in taken:
                break
        taken.add(key)
        chosen[name] = option
    return chosen


def assign_files(results: list[SubmissionResult]) -> None:
    """Record in each result the name of its feedback file (``feedback_file``)."""
    names = file_names(r.submission for r in results)
    for result in results:
        result.feedback_file = names[result.submission]


def _text(value, limit: int = 2000) -> str:
    return safe_text.markdown(value, limit)


def language_of(result: SubmissionResult) -> str:
    """A submission's feedback language: the one its result records (the grader's rule:
    ``--lang``, or its first readable notebook's), else its first notebook's, else English."""
    if result.language:
        return result.language
    return next((nb.language for nb in result.notebooks if nb.language), "en")


def markdown(result: SubmissionResult) -> str:
    """The feedback file of one submission, in its language (``language_of``)."""
    with using(language_of(result)):
        return _markdown(result)


def _mark(ex: ExerciseResult) -> str:
    return tr("✔ passed") if ex.passed else (
        tr("⚑ review") if ex.integrity else
        tr("… not done") if ex.status in ("missing", "not_implemented") else "✘")


def _worth_a_note(ex: ExerciseResult) -> bool:
    return not ex.passed or bool(ex.integrity) or bool(ex.hidden)


def _markdown(result: SubmissionResult) -> str:
    lines = [tr("# Feedback for {name}", name=_text(_addressee(result))), "",
             tr("**Score: {score:g} / {max_score:g}**", score=result.score, max_score=result.max_score), ""]
    if result.error:
        lines += [f"> {_text(tr(result.error))}", ""]
    lines += _late(result)
    if result.ignored:
        lines += [tr("Files not graded (one notebook per lesson is graded; see the course README):"), ""]
        lines += [f"- {_text(item, 300)}" for item in result.ignored[:50]] + [""]
    for nb in result.notebooks:
        got = sum(e.points for e in nb.exercises)
        top = sum(e.max_points for e in nb.exercises)
        if nb.missing:
            lines += [tr("## {notebook} — 0 / {top:g}: not submitted", notebook=_text(nb.notebook), top=top), ""]
            continue
        lines += [f"## {_text(nb.notebook)} — {got:g} / {top:g}", ""]
        if nb.error:
            lines += [f"> {_text(nb.error)}", ""]
        if nb.exercises:
            lines += [tr("| exercise | points | result |"), "| --- | ---: | --- |"]
            for ex in nb.exercises:
                lines.append(f"| `{ex.name}` | {ex.points:g} / {ex.max_points:g} | {_mark(ex)} |")
            lines.append("")
            notes = [ex for ex in nb.exercises if _worth_a_note(ex)]
            for ex in notes:
                lines.append(f"- **`{ex.name}`**: {_text(ex.feedback)}")
            if notes:
                lines.append("")
        if nb.cell_errors:
            lines.append(tr("Cells that raised an error while grading (the rest of the notebook still ran):"))
            lines.append("")
            for err in nb.cell_errors[:20]:
                at = tr(", line {line}", line=err.line) if err.line else ""
                lines.append(tr("- cell {cell}{at}: {error}", cell=err.cell, at=at, error=_text(err.error, 300)))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _addressee(result: SubmissionResult) -> str:
    """Whom the feedback addresses: the roster's name for the student (``grader.roster``), else the submission."""
    return (result.student.name if result.student else "") or result.submission


def _late(result: SubmissionResult) -> list[str]:
    """The deadline's part in the score, when it took points off (``grader.lateness``)."""
    late = result.late
    if not late or not late.days:
        return []
    fields = dict(days=late.days, percent=late.penalty_percent, policy=late.policy or "",
                  before=late.score_before if late.score_before is not None else result.score, after=result.score)
    if late.known == "mark":
        text = tr("The course site marks this submission late, without a time: it counts as {days} day(s) late. "
                  "Late policy {policy}: {percent:g}% off, {before:g} → {after:g}.", **fields)
    else:
        text = tr("Handed in {days} day(s) after your deadline. Late policy {policy}: {percent:g}% off, "
                  "{before:g} → {after:g}.", **fields)
    return [f"> {text}", ""]


def _plain(value, limit: int = 2000) -> str:
    return safe_text.comment(value, limit)


def plain_text(result: SubmissionResult) -> str:
    """The feedback of one submission as plain text, for an LMS comment box (nothing escaped)."""
    with using(language_of(result)):
        lines = [tr("Feedback for {name}", name=_plain(_addressee(result))),
                 tr("Score: {score:g} / {max_score:g}", score=result.score, max_score=result.max_score), ""]
        if result.error:
            lines += [_plain(tr(result.error)), ""]
        lines += [line[2:] for line in _late(result)]
        if result.ignored:
            lines += [tr("Files not graded (one notebook per lesson is graded; see the course README):")]
            lines += [f"  - {_plain(item, 300)}" for item in result.ignored[:50]] + [""]
        for nb in result.notebooks:
            got = sum(e.points for e in nb.exercises)
            top = sum(e.max_points for e in nb.exercises)
            if nb.missing:
                lines += [tr("{notebook}: 0 / {top:g}, not submitted", notebook=_plain(nb.notebook), top=top), ""]
                continue
            lines += [f"{_plain(nb.notebook)}: {got:g} / {top:g}"]
            if nb.error:
                lines += [f"  {_plain(nb.error)}"]
            for ex in nb.exercises:
                lines.append(f"  {ex.name}: {ex.points:g} / {ex.max_points:g} {_mark(ex)}")
                if _worth_a_note(ex):
                    lines.append(f"    {_plain(ex.feedback)}")
            for err in nb.cell_errors[:20]:
                at = tr(", line {line}", line=err.line) if err.line else ""
                lines.append("  " + tr("- cell {cell}{at}: {error}", cell=err.cell, at=at,
                                       error=_plain(err.error, 300)))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_all(results: list[SubmissionResult], folder: Path, form: str = "markdown") -> list[Path]:
    """Write one file per submission, each atomically (a symlink planted there is replaced);
    ``form`` "text" writes plain ``.txt`` files (``plain_text``) instead of Markdown."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    assign_files(results)
    written = []
    for result in sorted(results, key=lambda r: r.submission):
        if form == "text":
            target = folder / (result.feedback_file[:-3] + ".txt")
            write_text(target, plain_text(result))
        else:
            target = folder / result.feedback_file
            write_text(target, markdown(result))
        written.append(target)
    return written


def write_text(path: Path, text: str) -> None:
    safe_text.write_text_atomically(path, text)
