"""A pool of zygotes (``grader.zygote``), one per parallel worker.

The grader hands each worker one notebook at a time as a job (the cells and
the probes as JSON) and gets back, line by line, what the child wrote, then
the zygote's report on how the child ended. A zygote that dies (a hostile
notebook can kill it) is restarted and the job is retried once on a fresh
one; what the notebook had reported before the death is kept.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading

_COURSE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TIMEOUT = 60
DEFAULT_MEMORY_MB = 1024


class ZygoteDied(RuntimeError):
    def __init__(self, message: str, partial: dict | None = None):
        super().__init__(message)
        self.partial = partial  # what the notebook reported before the worker died


# The only variables of the grader's environment a worker inherits: nothing
# else (tokens, credentials, CI secrets) reaches student code.
_PASS_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "PYTHONPATH", "VIRTUAL_ENV", "SYSTEMROOT")


def worker_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k in _PASS_ENV}
    env.update(MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
    return env


class Zygote:
    def __init__(self, prefix: list[str] | None = None):
        env = worker_env()
        argv = [sys.executable, "-m", "grader.zygote"]
        if prefix:  # the sandbox: bwrap clears the environment, so set ours inside
            argv = list(prefix) + [a for k, v in env.items() if k != "PATH"
                                   for a in ("--setenv", k, v)] + argv
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                     text=True, bufsize=1, start_new_session=True, cwd=_COURSE_ROOT)
        ready = self.proc.stdout.readline()
        if not ready.startswith('{"ready"'):
            raise ZygoteDied("the grading worker failed to start")

    def run(self, job: dict) -> dict:
        """The zygote's report on one job, with the child's lines gathered as ``output``."""
        lines, child = [], None
        try:
            self.proc.stdin.write(json.dumps(job) + "\n")
            self.proc.stdin.flush()
            while True:
                text = self.proc.stdout.readline()
                if not text:
                    break
                record = json.loads(text)
                if "line" in record:
                    lines.append(record["line"])
                elif "started" in record:
                    child = int(record["started"])
                else:
                    record["output"] = "\n".join(lines)
                    return record
        except (BrokenPipeError, OSError, ValueError):
            pass
        # The zygote died mid-job (a notebook can kill it): stop the notebook's
        # process group here, and keep what it had reported.
        if child:
            try:
                os.killpg(child, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        raise ZygoteDied("the grading worker died", {"id": job["id"], "status": "worker",
                                                     "detail": "it killed its grading worker",
                                                     "output": "\n".join(lines), "seconds": None,
                                                     "max_rss_mb": None})

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except Exception:
            self.proc.kill()


class Pool:
    """``jobs`` workers; ``run(job)`` is safe to call from many threads."""

    def __init__(self, jobs: int, prefix: list[str] | None = None):
        self.prefix = prefix
        self.idle: queue.Queue = queue.Queue()
        self.all: list[Zygote] = []
        self.lock = threading.Lock()
        for _ in range(jobs):
            self._add()

    def _add(self):
        zygote = Zygote(self.prefix)
        with self.lock:
            self.all.append(zygote)
        self.idle.put(zygote)

    def run(self, job: dict) -> dict:
        """Run a job; if the notebook kills its zygote, retry once on a fresh one, then
        keep the longest partial report (the credit earned before the trouble)."""
        partial = None
        for _attempt in range(2):
            zygote = self.idle.get()
            try:
                response = zygote.run(job)
            except ZygoteDied as died:
                zygote.close()
                self._add()
                if partial is None or len(died.partial["output"]) > len(partial["output"]):
                    partial = died.partial
                continue
            self.idle.put(zygote)
            return response
        partial["detail"] = "twice, on two fresh workers"
        return partial

    def close(self):
        for zygote in self.all:
            zygote.close()
