"""Progress on stderr while a class is graded.

On a terminal: one line redrawn in place (a bar, notebooks done, rate, time
left, limits and errors so far). Elsewhere (CI logs, a pipe): a line at the
start and one at every tenth of the way, never one per notebook.
"""

from __future__ import annotations

import sys
import threading
import time


class Progress:
    def __init__(self, total: int, submissions: int, jobs: int, stream=None, enabled: bool = True):
        self.total, self.done, self.limits, self.errors = total, 0, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.tty = self.enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = time.monotonic()
        self.lock = threading.Lock()
        self.next_report = 0.1
        if self.enabled:
            self._write(f"Grading {total} notebooks of {submissions} submissions with {jobs} "
                        f"worker{'s' if jobs != 1 else ''}.\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def update(self, limit: bool = False, error: bool = False) -> None:
        with self.lock:
            self.done += 1
            self.limits += bool(limit)
            self.errors += bool(error)
            if not self.enabled:
                return
            elapsed = time.monotonic() - self.start
            rate = self.done / elapsed if elapsed > 0 else 0.0
            left = (self.total - self.done) / rate if rate else 0.0
            status = (f"{self.done}/{self.total} notebooks  {rate:5.1f}/s  "
                      f"{int(left) // 60}:{int(left) % 60:02d} left  limits {self.limits}  errors {self.errors}")
            if self.tty:
                width = 30
                filled = int(width * self.done / self.total)
                self._write(f"\r[{'#' * filled}{'.' * (width - filled)}] {status}\x1b[K")
                if self.done == self.total:
                    self._write("\n")
            elif self.done / self.total >= self.next_report or self.done == self.total:
                while self.next_report <= self.done / self.total:
                    self.next_report += 0.1
                self._write(status + "\n")
