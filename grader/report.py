"""Results as the JSON contract and as a table a person reads.

JSON: {"submissions": [{"submission", "score", "max_score", "error",
"notebooks": [{"notebook", "error", "exercises": [{"name", "points",
"max_points", "passed", "feedback"}]}]}]} plus extra keys.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from grader.submissions import Submission


def submission_result(sub: Submission, notebooks: list[dict]) -> dict:
    score = sum(e["points"] for nb in notebooks for e in nb["exercises"])
    max_score = sum(e["max_points"] for nb in notebooks for e in nb["exercises"])
    return {"submission": sub.name, "score": round(float(score), 4), "max_score": float(max_score),
            "error": sub.error, "notebooks": notebooks}


def write_json(results: list[dict], path: Path, meta: dict | None = None) -> None:
    """Write atomically: a student's code that wrote to this path earlier is overwritten whole.
    ``meta`` (how the run was made: shard, hidden cases, sandbox...) goes under "grader"."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".grades-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        document = {"submissions": results}
        if meta is not None:
            document["grader"] = meta
        json.dump(document, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, path)


def table(results: list[dict]) -> str:
    lines = []
    width = max([len(r["submission"]) for r in results] + [10])
    lines.append(f"{'submission':<{width}}  {'score':>12}  notes")
    lines.append("-" * (width + 40))
    for r in results:
        notes = []
        if r["error"]:
            notes.append(r["error"])
        for nb in r["notebooks"]:
            failed = [e["name"] for e in nb["exercises"] if not e["passed"]]
            if nb["error"]:
                notes.append(f"{nb['notebook']}: {nb['error']}")
            elif failed:
                notes.append(f"{nb['notebook']}: not passed: {', '.join(failed)}")
        score = f"{r['score']:g} / {r['max_score']:g}"
        lines.append(f"{r['submission']:<{width}}  {score:>12}  {' | '.join(notes)[:200]}")
    return "\n".join(lines)
