"""Results that survive a crash: a journal of finished submissions.

While a class is graded, each submission's result is appended to
``<json>.journal`` (one JSON line, flushed and fsynced) the moment its last
notebook is scored. A crash, a kill or Ctrl-C at student 290 of 300 keeps 290;
``python -m grader ... --resume`` reads the journal, grades only the rest, and
writes the final JSON, CSV and feedback (atomically) from the journal and the
new results. A journal line cut short by a crash is skipped; a journal
written for other settings (lessons, hidden cases, integrity policy) is
refused, so a resumed run never mixes two gradings. A submission the machine
starved (a notebook stopped by the wall-clock backstop, ``limit: machine``) was
never scored: it stays to do, and the journal is kept after such a run so that
``--resume`` grades only those.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from grader.results import SubmissionResult
from grader.safe_text import utf8


def path_for(json_out: Path) -> Path:
    return Path(str(json_out) + ".journal")


class Journal:
    def __init__(self, path: Path, settings: dict, resume: bool):
        self.path = Path(path)
        self.settings = settings
        self.done: dict[str, dict] = {}
        if resume and self.path.exists():
            self._read()
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("w", encoding="utf-8") as handle:
                handle.write(json.dumps({"settings": settings}) + "\n")

    def _read(self) -> None:
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        try:
            header = json.loads(lines[0])["settings"] if lines else None
        except (ValueError, KeyError, TypeError):
            header = None
        if header != self.settings:
            raise ValueError(f"{self.path} was written by a run with other settings ({header}); "
                             "grade again without --resume, or with the same settings")
        for line in lines[1:]:
            try:
                record = json.loads(line)
                if not SubmissionResult.from_dict(record).starved:
                    self.done[record["submission"]] = record
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a line cut short by a crash

    def add(self, result: dict) -> None:
        text = utf8(json.dumps(result, ensure_ascii=False))
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        self.done[result["submission"]] = result

    def finish(self) -> None:
        """The final outputs are written: the journal has done its job."""
        try:
            self.path.unlink()
        except OSError:
            pass
