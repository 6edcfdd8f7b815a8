"""The references' answers on the generated inputs, kept on disk per course version.

The generated cases' expectations (``helpers.differential.cases``) come from the course's
references run apart (``grader.oracle``): about 300 inputs, ≈ 4 s of wall clock and 7 CPU s
before the first notebook of every grading. They depend on nothing a grading changes, only on
the course version: the references (their digest is the lesson's secret, which also seeds the
inputs), the course code that makes and encodes the inputs (``helpers``), the oracle, NumPy and
Python. So the first grading of a version writes them to ``build/kept-answers/`` beside the
solutions, and every later one reads them back: a Gradescope or Classroom run grading one
submission at a time, an instructor's reruns, the test suite's many gradings.

Where they live: outside every folder the sandbox binds (``grader/``, ``helpers/``, ``data/``),
so a notebook can no more read them than the solutions. A kept file that is missing, of another
version or malformed in any way is ignored and written again; a course folder that cannot be
written only makes the next grading as slow as this one. A kept answer is exactly what the oracle
said (its JSON, back as it was), so a grading reads the same expectations either way.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from grader.safe_text import write_text_atomically

FORMAT = 1
_CODE_ROOT = Path(__file__).resolve().parents[1]   # the course code this grader runs
_COURSE_CODE = ("helpers", "grader/oracle.py", "grader/references.py", "grader/kept_answers.py")


def folder(solutions: Path) -> Path:
    return solutions.parent / "build" / "kept-answers"


def version(secret: bytes) -> str:
    """The course version the answers of a lesson with this ``secret`` depend on."""
    return hashlib.sha256(b"%d\0" % FORMAT + secret + b"\0" + _code_digest()).hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    digest = hashlib.sha256()
    for entry in _COURSE_CODE:
        place = _CODE_ROOT / entry
        for path in sorted(place.rglob("*.py")) if place.is_dir() else [place]:
            digest.update(path.relative_to(_CODE_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(f"numpy {np.__version__}\0python {sys.version}".encode())
    return digest.digest()


def key(probe: dict) -> str:
    return hashlib.sha256(json.dumps(probe, sort_keys=True, allow_nan=True).encode()).hexdigest()


class Kept:
    """The kept answers of one lesson: ``get`` what is known, ``put`` what an oracle said,
    ``save`` once (only if something was new)."""

    def __init__(self, lesson: str, secret: bytes, solutions: Path):
        self.path = folder(solutions) / f"{lesson}.json"
        self.version = version(secret)
        self.answers = self._read()
        self.new = False

    def _read(self) -> dict[str, list]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.version:
            return {}
        answers = data.get("answers")
        if not isinstance(answers, dict):
            return {}
        return {k: v for k, v in answers.items() if isinstance(k, str) and isinstance(v, list)}

    def get(self, probe: dict) -> list | None:
        return self.answers.get(key(probe))

    def covers(self, probes) -> bool:
        return all(key(p) in self.answers for p in probes)

    def put(self, probe: dict, outcomes: list) -> None:
        self.answers[key(probe)] = outcomes
        self.new = True

    def save(self) -> None:
        if not self.new:
            return
        text = json.dumps({"version": self.version, "answers": self.answers}, sort_keys=True)
        try:
            # The instructor's alone, as the solutions should be: where a grading runs the
            # notebooks as another user rather than in a sandbox, that user cannot read them.
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(write_text_atomically(self.path, text), 0o600)
        except OSError:
            pass  # a course folder that cannot be written: the next grading asks again


class KeptOracle:
    """An oracle for ``helpers.differential.cases`` that answers from ``kept`` where it can and
    asks ``oracle`` (a ``grader.oracle.Oracle``, or None when ``kept`` covers every input)
    otherwise, keeping what it says."""

    def __init__(self, kept: Kept, oracle=None):
        self.kept, self.oracle = kept, oracle

    def outcomes(self, probe: dict, timeout: float = 10.0) -> list | None:
        found = self.kept.get(probe)
        if found is not None:
            return found
        if self.oracle is None:  # never, when ``kept.covers`` every input
            from grader.oracle import OracleError
            raise OracleError("no reference process to ask")
        found = self.oracle.outcomes(probe, timeout=timeout)
        if isinstance(found, list):
            self.kept.put(probe, found)
        return found

