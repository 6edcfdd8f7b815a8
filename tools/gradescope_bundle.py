"""Write Gradescope's autograder bundle: ``build/gradescope/autograder.zip``.

``python tools/gradescope_bundle.py [--out ZIP] [--lessons 01,02] [--cases FILE]``
(``make gradescope [LESSONS=01,02] [CASES=FILE]``). The zip holds, at its
root, what Gradescope's autograder specification asks for:

- ``setup.sh``: run once as root when Gradescope builds the image; installs
  bubblewrap and Python (3.11 or newer), creates ``/autograder/venv`` and installs
  the course there (editable, so the grader finds its references in
  ``course/solutions``), then makes the references and the hidden cases
  readable by root alone;
- ``run_autograder``: run for every submission; ``python -m grader gradescope``
  grades ``/autograder/submission`` (the root is ``$AUTOGRADER_ROOT`` when set)
  into ``/autograder/results/results.json``;
- ``gradescope.json``: the assignment (lessons) and limits;
- ``course/``: the grader, helpers, data and the solution scripts (references);
- ``private_cases.py``: the instructor's hidden cases, when given.

Unlike the student edition, this bundle is instructor material: it stays on
Gradescope, and student code runs in the grader's sandbox (or, where
bubblewrap cannot run in the container, as an unprivileged user that cannot read
the references or the cases).
"""

from __future__ import annotations

import argparse
import json
import stat
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import checks  # noqa: E402

COURSE = ("grader", "helpers", "data", "pyproject.toml", "README.md", "LICENSE")
SKIP = {"__pycache__", ".ipynb_checkpoints"}

SETUP = r"""#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
SOURCE=/autograder/source
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq bubblewrap python3 python3-venv >/dev/null
PY=""
for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c \
            'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
        PY="$candidate"; break
    fi
done
if [ -z "$PY" ]; then   # e.g. Ubuntu 22.04: Python 3.10 by default
    apt-get install -y -qq python3.11 python3.11-venv >/dev/null
    PY=python3.11
fi
"$PY" -m venv /autograder/venv
/autograder/venv/bin/python -m pip install --quiet --upgrade pip
/autograder/venv/bin/python -m pip install --quiet -e "$SOURCE/course"
# The references' answers on the generated inputs, once for the image (grader.kept_answers),
# so that no submission's grading waits for them; a failure here only makes gradings slower.
(cd "$SOURCE/course" && /autograder/venv/bin/python -m grader keep-answers @LESSONS@) || true
# The references, their answers and the hidden cases: for the grader (root) only, never for
# the unprivileged user notebooks run as when bubblewrap cannot run in the container.
chmod -R go-rwx "$SOURCE/course/solutions"
[ ! -e "$SOURCE/course/build" ] || chmod -R go-rwx "$SOURCE/course/build"
[ ! -e "$SOURCE/private_cases.py" ] || chmod go-rwx "$SOURCE/private_cases.py"
chmod +x /autograder/run_autograder 2>/dev/null || true
"""

RUN = r"""#!/usr/bin/env bash
# Gradescope runs this for every submission (as root, in /autograder); it writes
# results/results.json. AUTOGRADER_ROOT names another root (the tests use one).
set -uo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
PY="${AUTOGRADER_PYTHON:-$ROOT/venv/bin/python}"
mkdir -p "$ROOT/results"
# What the student uploaded is read by the grader (root) before any notebook runs.
chmod -R go-rwx "$ROOT/submission" 2>/dev/null || true
cd "$ROOT/source/course"
PYTHONPATH="$ROOT/source/course" exec "$PY" -m grader gradescope --root "$ROOT"
"""


def _add(zf: zipfile.ZipFile, path: Path, name: str) -> None:
    if path.is_dir():
        for item in sorted(path.iterdir()):
            if item.name not in SKIP and item.suffix != ".pyc":
                _add(zf, item, f"{name}/{item.name}")
    else:
        zf.write(path, name)


def _script(zf: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o755) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, text)


def lessons_of(text: str | None) -> list[str]:
    if not text:
        return list(checks.LESSONS)
    chosen = []
    for part in text.split(","):
        found = [lesson for lesson in checks.LESSONS if lesson == part.strip() or lesson[:2] == part.strip()]
        if not found:
            raise SystemExit(f"error: no lesson {part.strip()!r}")
        chosen += found
    return chosen


def build(out: Path, lessons: list[str], cases: Path | None = None, timeout: float = 120) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        _script(zf, "setup.sh", SETUP.replace("@LESSONS@", " ".join(lessons)))
        _script(zf, "run_autograder", RUN)
        zf.writestr("gradescope.json", json.dumps({"lessons": lessons, "timeout": timeout,
                                                   "memory_mb": 1024, "jobs": 2}, indent=1))
        for name in COURSE:
            _add(zf, ROOT / name, f"course/{name}")
        for script in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.py")):
            zf.write(script, f"course/solutions/{script.name}")
        if cases:
            from grader import private_cases

            private_cases.load(cases)  # refuse a broken cases file now, not on Gradescope
            zf.write(cases, "private_cases.py")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/gradescope_bundle.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "gradescope" / "autograder.zip")
    parser.add_argument("--lessons", help="the assignment, e.g. 01,02 (default: every lesson)")
    parser.add_argument("--cases", type=Path, help="an instructor-only cases file (hidden checks)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per notebook (default 120)")
    args = parser.parse_args(argv)
    out = build(args.out, lessons_of(args.lessons), args.cases, args.timeout)
    print(f"wrote {out}: upload it as the autograder of a Gradescope programming assignment")
    return 0


if __name__ == "__main__":
    sys.exit(main())
