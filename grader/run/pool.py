"""The workers (zygotes, one per parallel job) and the oracles, shared by the grader's threads."""

from __future__ import annotations

import os
import queue
import shutil
import tempfile
import threading
import time

from grader import limits
from grader.oracle import Oracle, OracleError
from grader.protocol import Cause, Ending, Status
from grader.run.job import DEFAULT_MEMORY_MB, Job, Outcome, Response
from grader.run.session import Session
from grader.run.transport import Zygote, ZygoteDied, start_worker


class Oracles:
    """Idle oracle processes per lesson (``grader.oracle``), started when a proxy is first
    called: a notebook whose exercises call no other graded name never needs one."""

    def __init__(self):
        self.lock = threading.Lock()
        self.idle: dict[str, list[Oracle]] = {}
        self.all: list[Oracle] = []
        self.closed = False

    def acquire(self, lesson: str) -> Oracle | None:
        with self.lock:
            if self.closed:
                return None
            while self.idle.get(lesson):
                oracle = self.idle[lesson].pop()
                if oracle.proc is not None and oracle.proc.poll() is None:
                    return oracle
            oracle = Oracle(lesson)
            if not oracle.available:
                return None
            self.all.append(oracle)
        try:
            oracle.begin()
        except OracleError:
            return None
        return oracle

    def warm(self, lessons) -> None:
        """Start one oracle per lesson in the background (while the workers start), so the
        first notebook that calls a proxy does not wait for one."""
        def start(lesson: str) -> None:
            oracle = self.acquire(lesson)
            if oracle is not None:
                oracle.end()
                self.release(oracle)

        for lesson in lessons:
            threading.Thread(target=start, args=(lesson,), daemon=True).start()

    def release(self, oracle: Oracle) -> None:
        with self.lock:
            if self.closed or not oracle.usable():
                oracle.kill()
                return
            self.idle.setdefault(oracle.lesson, []).append(oracle)

    def close(self) -> None:
        with self.lock:
            self.closed = True
            oracles, self.all, self.idle = list(self.all), [], {}
        for oracle in oracles:
            oracle.closed = True  # one a thread is starting right now is not started, or killed below
            oracle.kill()


class Pool:
    """``jobs`` workers; ``run(job)`` and ``grade(job)`` are safe to call from many threads."""

    def __init__(self, jobs: int, prefix: list[str] | None = None, memory_mb: int = DEFAULT_MEMORY_MB,
                 lessons=(), first: Zygote | None = None, oracles: Oracles | None = None):
        """``lessons``: those whose references the jobs will likely call (an oracle each is started now,
        unless ``oracles`` holds one idle already). ``first``: a worker already started
        (``grader.preflight``), ``oracles``: reference processes already started; the pool owns
        both from now on."""
        self.prefix, self.memory_mb = prefix, memory_mb
        self.idle: queue.Queue = queue.Queue()
        self.all: list[Zygote] = []
        self.lock = threading.Lock()
        self.closed = False
        self.count = 0
        self.oracles = oracles if oracles is not None else Oracles()
        self.oracles.warm([lesson for lesson in lessons if not self.oracles.idle.get(lesson)])
        self.scratch = first.scratch if first else None if prefix else tempfile.mkdtemp(prefix="nn-grader-")
        try:  # a Ctrl-C while the workers start leaves none of them behind
            if first is not None:
                self.all.append(first)
                self.idle.put(first)
            for _ in range(jobs - (first is not None)):
                self._add()
        except BaseException:
            self.kill()
            raise

    def _add(self) -> None:
        """Put a fresh worker in the idle queue, or ``None`` if none would start (the next
        job to draw that ``None`` tries again: a failure to start is never for good)."""
        self.idle.put(self._start())

    def _start(self) -> "Zygote | None":
        """Start a worker (``start_worker``'s tries: a hostile notebook may kill one as it starts)."""
        zygote = start_worker(self.prefix, self._names(), self.memory_mb, self.scratch)
        if zygote is None:
            return None
        with self.lock:
            if self.closed:
                zygote.kill()
                return None
            self.all.append(zygote)
        return zygote

    def _names(self):
        """A new worker name for each try, or None once the pool is closing."""
        while True:
            with self.lock:  # never held across the yield: a try may take minutes, a Ctrl-C needs the lock
                closed = self.closed
                self.count += 1
                name = f"nn-grader-{os.getpid()}-{id(self):x}-{self.count}"
            if closed:
                yield None
                return
            yield name

    def run(self, job: Job, fresh: bool = False) -> Response:
        """Run a job; one the machine starved (``Status.MACHINE``) runs again, on a fresh worker,
        at most ``limits.MACHINE_RETRIES`` times, and is never judged on such a run."""
        response = self._run_once(job, fresh)
        for attempt in range(limits.MACHINE_RETRIES):
            if response.status != Status.MACHINE or self.closed:
                break
            time.sleep(1.0 + attempt)
            response = self._run_once(job, fresh=True)
        return response

    def _run_once(self, job: Job, fresh: bool = False) -> Response:
        """Run a job. A worker that dies or stops answering is killed and replaced;
        what the notebook had sent before is kept (the credit earned before the trouble).
        ``fresh``: on a worker no earlier job ran on (the idle one it takes is replaced)."""
        while True:  # a job drawn after Ctrl-C (or the batch limit) never waits for a worker
            if self.closed:
                return Response(status=Status.GRADER, ending=Ending(Cause.INTERRUPTED))
            try:
                zygote = self.idle.get(timeout=0.5)
                break
            except queue.Empty:
                continue
        if fresh and zygote is not None:
            self._retire(zygote)
            zygote = None
        if zygote is None:
            zygote = self._start()
        if zygote is None:
            self.idle.put(None)
            return Response(status=Status.GRADER, ending=Ending(Cause.NO_WORKER))
        try:
            response = zygote.run(job, Session(job, self.oracles))
        except ZygoteDied as died:
            with self.lock:
                if zygote in self.all:
                    self.all.remove(zygote)
            if not self.closed:
                self._add()
            if died.response is None:
                died.response = Response(status=Status.WORKER, ending=Ending(Cause.DIED))
            return died.response
        self.idle.put(zygote)
        return response

    def _retire(self, zygote: Zygote) -> None:
        with self.lock:
            if zygote in self.all:
                self.all.remove(zygote)
        zygote.close()

    def grade(self, job: Job) -> Outcome:
        """The notebook's outcome, by the grader's retry, rerun and hidden-phase policy."""
        from grader.run import policy

        return policy.grade(self, job)

    def close(self) -> None:
        with self.lock:
            self.closed = True
            zygotes = list(self.all)
        for zygote in zygotes:
            zygote.close()
        self.idle.put(None)
        self.oracles.close()
        self._remove_scratch()

    def kill(self) -> None:
        """At once (Ctrl-C): every worker and everything in it."""
        with self.lock:
            self.closed = True
            zygotes = list(self.all)
        for zygote in zygotes:  # all of them first, so none waits for another's end
            zygote.signal_kill()
        for zygote in zygotes:
            zygote.kill()
        self.idle.put(None)  # a job still waiting for a worker gets none (each passes it on) and ends
        self.oracles.close()
        self._remove_scratch()

    def _remove_scratch(self) -> None:
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)
