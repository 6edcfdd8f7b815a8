"""A pool of zygotes (``grader.zygote``), one per parallel worker, and the
grader's side of every job.

For each job the grader makes a socket pair: one end goes to the zygote with
the job (SCM_RIGHTS) and on to the child that runs the notebook; the grader
reads the other end itself. So each job has its own channel, closed when the
job ends, and nothing a notebook writes passes through its worker. The grader
decides by itself when a job ended: when the zygote reports the child's exit,
or when its own deadline passes (a zygote that was stopped, wedged or killed
is killed and replaced). Records are decoded by ``grader.protocol``: anything
malformed or out of order ends that notebook's grading, never the batch.
"""

from __future__ import annotations

import json
import os
import queue
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace

from grader import cgroups, limits, protocol, references
from grader.protocol import CellRecord, ExitRecord, HiddenRecord, Kind, PhaseRecord, ProbeRecord, Status
from helpers import checks

_COURSE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TIMEOUT = 60
DEFAULT_MEMORY_MB = 1024
START_SECONDS = 120      # a zygote that is not ready by then is broken
STOPPED_SECONDS = 2      # a worker stopped (SIGSTOP) that long is wedged: the limits are the zygote's


def _stopped(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] in (b"T", b"t")
    except (OSError, IndexError):
        return False


class ZygoteDied(RuntimeError):
    def __init__(self, message: str, response: "Response | None" = None):
        super().__init__(message)
        self.response = response  # what the notebook had sent before


# The only variables of the grader's environment a worker inherits: nothing
# else (tokens, credentials, CI secrets) reaches student code.
_PASS_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "PYTHONPATH", "VIRTUAL_ENV", "SYSTEMROOT")


def worker_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k in _PASS_ENV}
    env.update(MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0",
               PYTHONSAFEPATH="1")
    return env


@dataclass
class Job:
    """What the grader sends for one notebook, and what it keeps to itself."""

    id: int
    lesson: str
    cells: list[str]
    probes: dict[str, list]            # public probes per graded name (sent)
    hidden: dict[str, list] = field(default_factory=dict)  # hidden probes (sent one name at a time, last)
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    drop_privileges: bool = True
    isolate: bool = False
    use_references: bool = True
    # earlier lesson -> definition sources that helpers.mywork.load returns in the notebook
    earlier: dict[str, list[str]] = field(default_factory=dict)
    # "public": the cells, then each exercise's public cases; "hidden": the cells again, in a
    # sandbox of their own, then only the hidden cases (so no reference handed out while
    # the public cases ran can be kept for them)
    phase: str = "public"
    # Probe each graded name right after the cell that defines it (credit kept if a later
    # cell crashes). Reruns, judged on their final pass alone, leave it out, so a probe
    # that never ends is met in the final pass, where the grader knows whose it is.
    early_probes: bool = True

    def wire(self) -> dict:
        hidden_names = [n for n in self.probes if n in self.hidden] if self.phase == "hidden" else []
        return {"id": self.id, "cells": self.cells, "probes": self.probes, "earlier": self.earlier,
                "phase": self.phase, "hidden_names": hidden_names, "early_probes": self.early_probes,
                "timeout": self.timeout,
                "memory_mb": self.memory_mb, "drop_privileges": self.drop_privileges,
                "isolate": self.isolate}


@dataclass
class Response:
    """Everything the grader accepted from one job."""

    cells: dict[int, tuple[str | None, int | None]] = field(default_factory=dict)
    early: dict[str, list] = field(default_factory=dict)    # probed while the cells ran
    probes: dict[str, list] = field(default_factory=dict)   # the final pass, each name judged alone
    hidden: dict[str, list] = field(default_factory=dict)
    finished: bool = False           # the child reached the end of its public work
    judging: str | None = None       # the exercise whose final-pass probe was asked for last
    dropped: list[str] = field(default_factory=list)  # final-pass probes left out: they never ended
    status: Status = Status.OK
    detail: str = ""
    seconds: float | None = None
    max_rss_mb: float | None = None
    cpu_seconds: float | None = None      # the figures the zygote decided its limits on
    starved_seconds: float | None = None


class _Session:
    """The grader's side of one job's socket: accepts records in order, answers requests."""

    def __init__(self, job: Job, sock: socket.socket):
        self.job, self.sock, self.response = job, sock, Response()
        self.names = frozenset(job.probes)
        self.state = "cells"
        self.served: set[tuple[str, str]] = set()
        self.buffer = b""
        self.received = 0
        self.broken = False
        if job.use_references:
            self.definitions, self.graded = references.load(job.lesson)
        else:
            self.definitions, self.graded = (), ()
        # Names each exercise is judged with as the student wrote them (never swapped).
        self.kept = {ex.name: set(ex.judged_with) for ex in checks.exercises(job.lesson)} \
            if job.lesson in checks.LESSONS else {}

    def feed(self, data: bytes) -> None:
        if self.broken:
            return
        self.received += len(data)
        if self.received > protocol.MAX_JOB_OUTPUT:
            self._stop(Status.OUTPUT, "more than 16 MB of results")
            return
        self.buffer += data
        while not self.broken and b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self._accept(protocol.decode_child(line, self.names))
        if len(self.buffer) > protocol.MAX_RECORD:
            self._stop(Status.PROTOCOL, "a record over 8 MB")

    def _stop(self, status: Status, detail: str) -> None:
        self.broken = True
        self.response.status, self.response.detail = status, detail

    def _reply(self, **fields) -> None:
        try:
            self.sock.sendall(protocol.encode(Kind.REFERENCES, **fields))
        except OSError:
            pass

    def _accept(self, record) -> None:
        r = self.response
        if isinstance(record, CellRecord) and self.state == "cells":
            r.cells[record.cell] = (record.error, record.line)
        elif isinstance(record, ProbeRecord) and self.state == "cells":
            r.early[record.name] = record.outcomes
        elif isinstance(record, ProbeRecord) and self.state == "final" \
                and ("references", record.name) in self.served and record.name not in r.probes:
            r.probes[record.name] = record.outcomes
        elif isinstance(record, HiddenRecord) and self.state == "hidden" \
                and ("hidden", record.name) in self.served and record.name not in r.hidden:
            r.hidden[record.name] = record.outcomes
        elif isinstance(record, PhaseRecord):
            self._phase(record)
        else:
            self._stop(Status.PROTOCOL, "an unexpected record")

    def _phase(self, record: PhaseRecord) -> None:
        key = (record.phase, record.name or "")
        if record.phase == "cells_done" and self.state == "cells":
            self.state = "final"
        elif record.phase == "references" and self.state == "final" and record.name in self.names \
                and key not in self.served and self.job.phase == "public":
            self.served.add(key)
            self.response.judging = record.name
            # Judged already (their points are decided), or not judged in this job at all
            # (an earlier lesson's names the capstone uses).
            settled = (set(self.graded) - self.names) | set(self.response.probes)
            self._reply(sources=references.sources_settled(self.definitions, self.graded, settled),
                        graded=sorted(settled & set(self.graded) - self.kept.get(record.name, set())))
        elif record.phase == "public_done" and self.state == "final":
            self.state = "hidden"
            self.response.finished = True
        elif record.phase == "hidden" and self.state == "hidden" and record.name in self.job.hidden \
                and key not in self.served and self.job.phase == "hidden":
            self.served.add(key)
            # Settled here: names with no hidden case, and those whose hidden cases ran already.
            settled = (set(self.graded) - set(self.job.hidden)) | set(self.response.hidden)
            self._reply(sources=references.sources_settled(self.definitions, self.graded, settled),
                        graded=sorted(settled & set(self.graded) - self.kept.get(record.name, set())),
                        probes=self.job.hidden[record.name])
        else:
            self._stop(Status.PROTOCOL, "an out-of-order record")


class Zygote:
    def __init__(self, prefix: list[str] | None, name: str, memory_mb: int, scratch: str | None = None):
        env = worker_env()
        self.scratch = scratch
        if scratch and not prefix:  # without the sandbox: work folders under one the grader removes
            env["TMPDIR"] = scratch
        self.ctl, theirs = socket.socketpair()
        argv = [sys.executable, "-m", "grader.zygote", str(theirs.fileno())]
        if prefix:  # the sandbox: bwrap clears the environment, so set ours inside
            argv = list(prefix) + [a for k, v in env.items() if k not in ("PATH", "PYTHONPATH")
                                   for a in ("--setenv", k, v)] + argv  # PYTHONPATH: sandbox.python_path
        self.cgroup = cgroups.WorkerCgroup(name, memory_mb + 512)
        argv = self.cgroup.wrap(argv)  # joins the cgroups before anything is forked
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, env=env, pass_fds=(theirs.fileno(),),
                                         start_new_session=True, cwd="/")
        except OSError:
            self.ctl.close()
            self.cgroup.remove()
            raise
        finally:
            theirs.close()
        self.pending = b""
        try:
            ready = self._control(time.monotonic() + START_SECONDS) == "ready"
        except BaseException:  # a Ctrl-C while it starts: nothing of it stays behind
            self.kill()
            raise
        if not ready:
            self.kill()
            raise ZygoteDied("the grading worker failed to start")

    def _control(self, deadline: float):
        """The next record on the control socket, or None at EOF, junk or the deadline."""
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.ctl], [], [], min(left, 1.0))
            if ready:
                try:
                    chunk = self.ctl.recv(1 << 16)
                except OSError:  # reset by a worker killed with bytes unread: it is gone
                    return None
                if not chunk:
                    return None
                self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return protocol.decode_zygote(line)

    def run(self, job: Job) -> Response:
        """Run one job; return what the grader accepted and how it ended."""
        ours, theirs = socket.socketpair()
        session = _Session(job, ours)
        body = json.dumps(job.wire()).encode()
        try:
            socket.send_fds(self.ctl, [f"{len(body):<20}".encode()], [theirs.fileno()])
            self.ctl.sendall(body)
        except OSError:
            ours.close()
            theirs.close()
            raise ZygoteDied("the grading worker stopped taking jobs") from None
        theirs.close()
        # The zygote decides the job's limits on its own use; this is for a wedged worker.
        deadline = time.monotonic() + limits.parent_deadline(job.timeout)
        ending = None
        ours.setblocking(False)
        open_ = True
        stopped_since = None
        while ending is None:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if _stopped(self.proc.pid):  # SIGSTOP from a notebook (without the sandbox): wedged, not slow
                stopped_since = stopped_since or time.monotonic()
                if time.monotonic() - stopped_since > STOPPED_SECONDS:
                    deadline = time.monotonic()
                    break
            else:
                stopped_since = None
            watch = [self.ctl] + ([ours] if open_ else [])
            ready, _, _ = select.select(watch, [], [], min(left, 0.5))
            if ours in ready:
                open_ = self._drain(ours, session)
                if session.broken:  # nothing more from it counts: end it now, not at its deadline
                    break
            if self.ctl in ready:
                ending = self._control(time.monotonic() + 5)
                if ending is None:  # EOF or junk: the worker is gone or not itself
                    break
        if isinstance(ending, ExitRecord) and ending.job == job.id:
            self._drain(ours, session, final=True)
            r = session.response
            if not session.broken:
                r.status, r.detail = ending.status, ending.detail
            r.seconds, r.max_rss_mb = ending.seconds, ending.max_rss_mb
            r.cpu_seconds, r.starved_seconds = ending.cpu_seconds, ending.starved_seconds
            ours.close()
            return r
        # Stopped, wedged, killed, or lying: the grader ends the job itself. (Once lying,
        # nothing more is read: a flood would keep a final drain busy for ever.)
        if not session.broken:
            self._drain(ours, session, final=True)
        ours.close()
        r = session.response
        if not session.broken:
            late = time.monotonic() >= deadline
            r.status = Status.WORKER
            r.detail = "it stopped answering" if late else "it died"
        self.kill()
        raise ZygoteDied(r.detail, r)

    def _drain(self, sock: socket.socket, session: _Session, final: bool = False) -> bool:
        """Read what is there; False at EOF. (A finished child's descendants are dead,
        so after the exit report whatever is left is all there is.)"""
        while True:
            try:
                chunk = sock.recv(1 << 16)
            except BlockingIOError:
                return True
            except OSError:
                return False
            if not chunk:
                return False
            session.feed(chunk)
            if session.broken and not final:
                return True

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.kill()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.ctl.close()
        self.cgroup.remove()

    def close(self) -> None:
        try:
            self.ctl.shutdown(socket.SHUT_RDWR)
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class Pool:
    """``jobs`` workers; ``run(job)`` is safe to call from many threads."""

    def __init__(self, jobs: int, prefix: list[str] | None = None, memory_mb: int = DEFAULT_MEMORY_MB,
                 first: Zygote | None = None):
        """``first``: a worker already started (``grader.preflight``), which the pool owns from now on."""
        self.prefix, self.memory_mb = prefix, memory_mb
        self.idle: queue.Queue = queue.Queue()
        self.all: list[Zygote] = []
        self.lock = threading.Lock()
        self.closed = False
        self.count = 0
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
        """Start a worker (three tries: a hostile notebook may kill one as it starts)."""
        for attempt in range(3):
            with self.lock:
                if self.closed:
                    return None
                self.count += 1
                name = f"nn-grader-{os.getpid()}-{id(self):x}-{self.count}"
            try:
                zygote = Zygote(self.prefix, name, self.memory_mb, self.scratch)
            except (ZygoteDied, OSError):
                time.sleep(0.2 * (attempt + 1))
                continue
            with self.lock:
                if self.closed:
                    zygote.kill()
                    return None
                self.all.append(zygote)
            return zygote
        return None

    def run(self, job: Job) -> Response:
        """Run a job; one the machine starved (``Status.MACHINE``) runs again, at most
        ``limits.MACHINE_RETRIES`` times, and is never judged on such a run."""
        response = self._run_once(job)
        for attempt in range(limits.MACHINE_RETRIES):
            if response.status != Status.MACHINE or self.closed:
                break
            time.sleep(1.0 + attempt)
            response = self._run_once(job)
        return response

    def _run_once(self, job: Job) -> Response:
        """Run a job. A worker that dies or stops answering is killed and replaced;
        what the notebook had sent before is kept (the credit earned before the trouble)."""
        zygote = self.idle.get()
        if zygote is None:
            zygote = self._start()
        if zygote is None:
            self.idle.put(None)
            return Response(status=Status.GRADER, detail="no grading worker could be started")
        try:
            response = zygote.run(job)
        except ZygoteDied as died:
            with self.lock:
                if zygote in self.all:
                    self.all.remove(zygote)
            if not self.closed:
                self._add()
            if died.response is None:
                died.response = Response(status=Status.WORKER, detail=str(died))
            return died.response
        self.idle.put(zygote)
        return response

    def close(self) -> None:
        with self.lock:
            self.closed = True
            zygotes = list(self.all)
        for zygote in zygotes:
            zygote.close()
        self.idle.put(None)
        self._remove_scratch()

    def kill(self) -> None:
        """At once (Ctrl-C): every worker and everything in it."""
        with self.lock:
            self.closed = True
            zygotes = list(self.all)
        for zygote in zygotes:
            zygote.kill()
        self.idle.put(None)  # a job still waiting for a worker gets none (each passes it on) and ends
        self._remove_scratch()

    def _remove_scratch(self) -> None:
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def grade(self, job: Job) -> "Outcome":
        """The public cases (``_grade_public``); then, if there are hidden cases, the
        trusted run's cells once more in a sandbox of their own with only the hidden
        cases (a notebook that does not finish that run earns none of them)."""
        outcome, cells = self._grade_public(job)
        if not job.hidden or outcome.judged is None:
            return outcome
        hidden_job = replace(job, cells=cells, phase="hidden")
        for _ in range(1 + WORKER_RETRIES):
            if self.closed:
                break
            run = self.run(hidden_job)
            if _hidden_complete(run, hidden_job):
                outcome.judged.hidden = run.hidden
                break
            if run.status == Status.MACHINE:
                return Outcome(run, None)
            if run.status != Status.WORKER:
                break
        return outcome

    def _grade_public(self, job: Job) -> tuple["Outcome", list[str]]:
        """Run a notebook until the grader has results it can trust.

        A notebook that ends normally is judged on its final pass. One that does
        not (time-out, crash, early exit, a dead worker, junk on its channel) may
        have written anything on its channel before, so none of it is trusted:
        the notebook is run again without the cell where it stopped, and that run
        must end normally; at most ``RERUNS`` times, each cutting earlier."""
        first = self.run(job)
        if _complete(first, job):
            return Outcome(first, first), job.cells
        if first.status == Status.MACHINE:  # the machine's fault, every time: not judged at all
            return Outcome(first, None), job.cells
        for _ in range(WORKER_RETRIES):  # killed from outside? (without the sandbox, another
            if self.closed or not (first.status == Status.WORKER or first.finished):  # notebook can)
                break
            again = self.run(job)
            if _complete(again, job):
                return Outcome(again, again), job.cells
        if first.finished and first.status == Status.OK:
            return Outcome(first, first), job.cells  # some exercise's own check crashed, every time
        cut = min(_completed(first), len(job.cells))
        dropped: list[str] = []
        if _stuck_judging(first, len(job.cells), job):  # every cell ran; one exercise's checks never ended
            cut, dropped = len(job.cells), [first.judging]
        for _ in range(RERUNS + len(job.probes)):
            if self.closed or cut <= 0:
                break
            probes = {k: v for k, v in job.probes.items() if k not in dropped}
            rerun = self.run(replace(job, cells=job.cells[:cut], probes=probes, early_probes=False))
            if rerun.finished and rerun.status == Status.OK:
                rerun.dropped = dropped
                return Outcome(first, rerun), job.cells[:cut]
            if rerun.status == Status.MACHINE:
                return Outcome(rerun, None), job.cells
            if _stuck_judging(rerun, cut, job) and rerun.judging not in dropped:
                dropped.append(rerun.judging)  # leave that exercise's checks out, keep the cells
                continue
            cut = min(cut - 1, _completed(rerun)) // 2
        return Outcome(first, None), job.cells


def _complete(response: Response, job: Job) -> bool:
    """Ended normally, with a final result for every graded name."""
    return response.finished and response.status == Status.OK and set(response.probes) >= set(job.probes)


def _hidden_complete(response: Response, job: Job) -> bool:
    return response.finished and response.status == Status.OK and set(response.hidden) >= set(job.hidden)


def _stuck_judging(response: Response, cells: int, job: Job) -> bool:
    """Every cell it was given ran, and the run hit its time limit while one exercise's
    final checks ran: that exercise, not the cells, is what to leave out. (Only a time
    limit: a check that crashes ends only its own fork, and anything else that ends the
    whole run is asynchronous — a kill lands wherever the notebook happened to be.)"""
    return (response.status == Status.TIMEOUT and _completed(response) >= cells
            and response.judging in job.probes and response.judging not in response.probes)


def _completed(response: Response) -> int:
    """How many cells, from the first, reported back in order."""
    count = 0
    while count + 1 in response.cells:
        count += 1
    return count


RERUNS = 2
WORKER_RETRIES = 2


@dataclass
class Outcome:
    """How the notebook ran (``ran``: its status, its cell errors) and the run
    whose final pass is judged (``judged``; None when no run could be trusted)."""

    ran: Response
    judged: Response | None

