"""A pool of zygotes (``grader.zygote``), one per parallel worker.

The grader hands each worker one notebook at a time as a job (the cells and
the probes as JSON) and gets back the zygote's report: how the child ended
and the JSON lines it wrote. A zygote that dies (a hostile notebook can kill
it) is restarted and the job is retried once on a fresh one.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading

_COURSE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TIMEOUT = 60
DEFAULT_MEMORY_MB = 1024


class ZygoteDied(RuntimeError):
    pass


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
        try:
            self.proc.stdin.write(json.dumps(job) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except (BrokenPipeError, OSError):
            line = ""
        if not line:
            raise ZygoteDied("the grading worker died")
        return json.loads(line)

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
        for _attempt in range(2):
            zygote = self.idle.get()
            try:
                response = zygote.run(job)
            except ZygoteDied:
                zygote.close()
                self._add()
                continue
            self.idle.put(zygote)
            return response
        return {"id": job["id"], "status": "worker", "detail": "the notebook stopped the grading worker twice",
                "output": "", "seconds": None, "max_rss_mb": None}

    def close(self):
        for zygote in self.all:
            zygote.close()
