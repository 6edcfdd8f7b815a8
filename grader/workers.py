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

DEFAULT_TIMEOUT = 60
DEFAULT_MEMORY_MB = 1024


class ZygoteDied(RuntimeError):
    pass


class Zygote:
    def __init__(self):
        env = dict(os.environ, MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
                   PYTHONDONTWRITEBYTECODE="1")
        self.proc = subprocess.Popen([sys.executable, "-m", "grader.zygote"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                     text=True, bufsize=1, start_new_session=True)
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

    def __init__(self, jobs: int):
        self.idle: queue.Queue = queue.Queue()
        self.all: list[Zygote] = []
        self.lock = threading.Lock()
        for _ in range(jobs):
            self._add()

    def _add(self):
        zygote = Zygote()
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
