"""``--feedback DIR``: one Markdown file per student, from the JSON results.

For each notebook: what stopped it (a limit, an unreadable file), a table
with every exercise's points, then the student-facing message of each
exercise that did not pass, and the cells that raised (the student's own
errors, so they can debug). It holds only what the results already say to the
student: hidden cases appear as "a hidden check failed", never with inputs,
and no test code is ever copied.
"""

from __future__ import annotations

import re
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(submission: str, taken: set) -> str:
    base = _UNSAFE.sub("_", submission).strip("._") or "submission"
    name, n = f"{base}.md", 2
    while name in taken:
        name, n = f"{base}-{n}.md", n + 1
    taken.add(name)
    return name


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _text(value, limit: int = 2000) -> str:
    """A student-controlled string, inert inside a Markdown line or table cell: no
    markup (every Markdown character escaped, < and & as entities), no control or
    direction characters, no line breaks, lone surrogates replaced, at most ``limit``."""
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + " …"
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN.sub(r"\\\1", text)


def markdown(result: dict) -> str:
    lines = [f"# Feedback for {_text(result['submission'])}", "",
             f"**Score: {result['score']:g} / {result['max_score']:g}**", ""]
    if result.get("error"):
        lines += [f"> {_text(result['error'])}", ""]
    if result.get("ignored"):
        lines += ["Files not graded (one notebook per lesson is graded; see the course README):", ""]
        lines += [f"- {_text(item, 300)}" for item in result["ignored"][:50]] + [""]
    for nb in result["notebooks"]:
        got = sum(e["points"] for e in nb["exercises"])
        top = sum(e["max_points"] for e in nb["exercises"])
        if nb.get("missing"):
            lines += [f"## {_text(nb['notebook'])} — 0 / {top:g}: not submitted", ""]
            continue
        lines += [f"## {_text(nb['notebook'])} — {got:g} / {top:g}", ""]
        if nb.get("error"):
            lines += [f"> {_text(nb['error'])}", ""]
        if nb["exercises"]:
            lines += ["| exercise | points | result |", "| --- | ---: | --- |"]
            for ex in nb["exercises"]:
                mark = "✔ passed" if ex["passed"] else (
                    "⚑ review" if ex.get("integrity") else
                    "… not done" if ex.get("status") in ("missing", "not_implemented") else "✘")
                lines.append(f"| `{ex['name']}` | {ex['points']:g} / {ex['max_points']:g} | {mark} |")
            lines.append("")
            notes = [ex for ex in nb["exercises"] if not ex["passed"] or ex.get("integrity")
                     or ex.get("hidden")]
            for ex in notes:
                lines.append(f"- **`{ex['name']}`**: {_text(ex['feedback'])}")
            if notes:
                lines.append("")
        if nb.get("cell_errors"):
            lines.append("Cells that raised an error while grading (the rest of the notebook still ran):")
            lines.append("")
            for err in nb["cell_errors"][:20]:
                at = f", line {err['line']}" if err.get("line") else ""
                lines.append(f"- cell {err['cell']}{at}: {_text(err['error'], 300)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_all(results: list[dict], folder: Path) -> list[Path]:
    """Write one file per submission, each atomically (a symlink planted there is replaced)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    taken: set = set()
    written = []
    for result in sorted(results, key=lambda r: r["submission"]):
        target = folder / file_name(result["submission"], taken)
        write_text(target, markdown(result))
        written.append(target)
    return written


def write_text(path: Path, text: str) -> None:
    from grader.report import write_text_atomically

    write_text_atomically(path, text)
