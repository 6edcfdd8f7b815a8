"""Set-up faults stop the grader before the first student (issue 20).

A Python without Matplotlib, a sandbox that cannot start a worker: these are the
grader's faults, the same for every notebook. Left to the pool they became "the
grader itself failed" in every student's feedback and exit code 0. Instead the
grader checks, before it reads any submission:

1. ``require_modules``: the modules a grading worker imports are in this Python
   (the workers run this very interpreter), by name only (stdlib, nothing imported);
2. ``first_worker``: one worker starts (in the sandbox, when grading in it) and is
   handed to the pool, so the check costs nothing when all is well. When it does not
   start, the cause is found by importing the worker's module where it runs, and
   said in one line.

Either raises ``SetupError``; ``python -m grader`` prints it and exits 2.
This module imports only the standard library at the top: it must work in a Python
that lacks everything else.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

# What a grading worker (grader.zygote) and this process import, with the names people know.
REQUIRED = {"numpy": "NumPy", "matplotlib": "Matplotlib", "nbformat": "nbformat"}


class SetupError(RuntimeError):
    """The grader cannot grade on this machine: the same for every student, so nobody is graded."""


def missing_message(module: str) -> str:
    name = REQUIRED.get(module, module)
    return (f"{name} is missing from this Python: run `make install` or use .venv/bin/python "
            f"(this is {sys.executable})")


def require_modules() -> None:
    for module in REQUIRED:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise SetupError(missing_message(module))


# The worker's module imported where a worker runs; a missing module is told by its name (the
# exception's own field), so its traceback's English is never read back.
_MISSING = 3
_IMPORT_WORKER = f"""
import sys
try:
    import grader.zygote
except ModuleNotFoundError as missing:
    if not missing.name:
        raise
    print(missing.name)
    sys.exit({_MISSING})
"""


def _why_no_worker(prefix: list[str] | None) -> str:
    """Import the worker's module where a worker runs (the sandbox, its environment) and
    say what went wrong, in one line."""
    from grader.run.environment import worker_env

    argv = list(prefix or []) + [sys.executable, "-c", _IMPORT_WORKER]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd="/",
                              env=worker_env(), stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"no grading worker could be started: {exc}"
    if done.returncode == 0:
        return "no grading worker could be started (its module imports; the worker did not answer)"
    missing = done.stdout.strip()
    if done.returncode == _MISSING and missing.replace(".", "_").isidentifier():
        return missing_message(missing.split(".")[0])
    last = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
    return f"no grading worker could be started: {last}"


def first_worker(prefix: list[str] | None, memory_mb: int):
    """A started worker for the pool, or ``SetupError`` with the cause."""
    require_modules()
    import itertools
    import os
    import tempfile

    from grader import cgroups
    from grader.run.transport import start_worker

    cgroups.sweep_stale()  # what graders killed with SIGKILL left behind
    scratch = None if prefix else tempfile.mkdtemp(prefix="nn-grader-")
    # Tried as the pool tries: a start that fails once on a busy machine is no set-up fault.
    names = (f"nn-grader-{os.getpid()}-first-{attempt}" for attempt in itertools.count())
    worker = start_worker(prefix, names, memory_mb, scratch)
    if worker is not None:
        return worker
    if scratch:
        import shutil

        shutil.rmtree(scratch, ignore_errors=True)
    raise SetupError(_why_no_worker(prefix))
