"""Authoring checks run by pre-commit (.pre-commit-config.yaml) and `make lint`.

    python3 tools/hooks.py strip-outputs FILE.ipynb...       clear outputs; exit 1 if a file changed
    python3 tools/hooks.py no-solution-markers FILE...       exit 1 if a file holds a solution marker
    python3 tools/hooks.py ruff [ARGS...]                    ruff from the course's environment
    python3 tools/hooks.py release-check                     student notebooks match the solutions

The first two use only the standard library, so any Python 3 runs them; they
write notebooks exactly as nbformat does, so a clean notebook is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKERS = ("BEGIN SOLUTION", "END SOLUTION")
VERBS = ("strip-outputs", "no-solution-markers", "ruff", "release-check")


def _dump(nb: dict) -> str:
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def strip_outputs(paths: list[str]) -> int:
    changed = []
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        nb = json.loads(text)
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                cell["outputs"] = []
                cell["execution_count"] = None
                cell.get("metadata", {}).pop("execution", None)
        new = _dump(nb)
        if json.loads(new) != json.loads(text):
            path.write_text(new, encoding="utf-8")
            changed.append(name)
    for name in changed:
        print(f"stripped outputs from {name} (student notebooks are committed without outputs)")
    return 1 if changed else 0


def no_solution_markers(paths: list[str]) -> int:
    bad = []
    for name in paths:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        if any(marker in text for marker in MARKERS):
            bad.append(name)
    for name in bad:
        print(f"{name}: holds a solution marker ('### BEGIN SOLUTION'): notebooks/ is what students get. "
              "Edit solutions/ and run `make release` instead.")
    return 1 if bad else 0


def _course_python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def ruff(args: list[str]) -> int:
    candidates = [Path(sys.executable).parent / "ruff", ROOT / ".venv" / "bin" / "ruff"]
    exe = next((str(p) for p in candidates if p.exists()), None) or shutil.which("ruff")
    if not exe:
        print("ruff not found: run `make install` (or activate the course's environment)")
        return 1
    return subprocess.call([exe, *args], cwd=ROOT)


def release_check() -> int:
    return subprocess.call([_course_python(), "-m", "authoring.release", "--check"], cwd=ROOT,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    verb, rest = argv[0], argv[1:]
    if verb == "strip-outputs":
        return strip_outputs(rest)
    if verb == "no-solution-markers":
        return no_solution_markers(rest)
    if verb == "ruff":
        return ruff(rest)
    if verb == "release-check":
        return release_check()
    print(f"unknown verb {verb!r}\n{__doc__}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
