"""One grading worker (a zygote, ``grader.zygote``) and the sockets of one job.

For each job the grader makes a socket pair: one end goes to the zygote with
the job (SCM_RIGHTS) and on to the child that runs the notebook; the grader
reads the other end itself (``grader.run.session``). So each job has its own
channel, closed when the job ends, and nothing a notebook writes passes through
its worker. The grader decides by itself when a job ended: when the zygote
reports the child's exit, or when its own deadline passes (a zygote that was
stopped, wedged or killed is killed and replaced). Records are decoded by
``grader.protocol``: anything malformed or out of order ends that notebook's
grading, never the batch.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import time

from grader import cgroups, limits, protocol
from grader.protocol import Cause, Ending, ExitRecord, Kind, Status
from grader.run.environment import worker_env
from grader.run.job import Job, Response
from grader.run.session import SEND_SECONDS, Session

HEADER_BYTES = 20        # grader.zygote.HEADER (not imported: that module sets up a worker)
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


START_TRIES = 3  # a worker that fails to start (killed by a hostile notebook, a busy machine) is tried again


def start_worker(prefix: list[str] | None, names, memory_mb: int, scratch: str | None = None) -> "Zygote | None":
    """A started worker, trying the names ``names`` yields (at most ``START_TRIES``; a None
    from it stops the tries: the grader is stopping), or None when none started."""
    for attempt, name in zip(range(START_TRIES), names):
        if name is None:
            return None
        try:
            return Zygote(prefix, name, memory_mb, scratch)
        except (ZygoteDied, OSError):
            time.sleep(0.2 * (attempt + 1))
    return None


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

    def run(self, job: Job, session: Session) -> Response:
        """Run one job; return what ``session`` accepted and how it ended."""
        ours, theirs = socket.socketpair()
        session.attach(ours)
        body = json.dumps(job.wire()).encode()
        try:
            socket.send_fds(self.ctl, [f"{len(body):<20}".encode()], [theirs.fileno()])
            self.ctl.sendall(body)
        except OSError:
            ours.close()
            theirs.close()
            session.close()
            stopped = Response(status=Status.WORKER, ending=Ending(Cause.REFUSED))
            raise ZygoteDied("the grading worker stopped taking jobs", stopped) from None
        theirs.close()
        try:  # the notebook itself goes to the child alone (its first read, before any student code)
            ours.settimeout(SEND_SECONDS)
            ours.sendall(protocol.encode(Kind.JOB, **job.content()))
        except OSError:  # the child never read it: the worker is wedged or gone (decided below)
            pass
        # The zygote decides the job's limits on its own use; this is for a wedged worker.
        deadline = time.monotonic() + limits.parent_deadline(job.timeout)
        cpu_at_start = self.cgroup.cpu_seconds()
        ending = None
        ours.setblocking(False)
        open_ = True
        stopped_since = None
        over_cpu = False
        while ending is None:
            deadline += self._extend(session)
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
            over_cpu = self._over_cpu(cpu_at_start, job)
            if over_cpu:
                break
        if isinstance(ending, ExitRecord) and ending.job == job.id:
            self._drain(ours, session, final=True)
            r = session.response
            if not session.broken:
                r.status, r.ending = ending.status, ending.ending
            r.seconds, r.max_rss_mb = ending.seconds, ending.max_rss_mb
            r.cpu_seconds, r.starved_seconds = ending.cpu_seconds, ending.starved_seconds
            ours.close()
            session.close()
            return r
        # Stopped, wedged, killed, lying, or past its CPU limit by the worker's cgroup: the grader
        # ends the job itself. (Once lying,
        # nothing more is read: a flood would keep a final drain busy for ever.)
        if not session.broken:
            self._drain(ours, session, final=True)
        ours.close()
        session.close()
        r = session.response
        if over_cpu:  # the notebook's own doing: a time-out, run again without the cell (grader.run.policy)
            r.status, r.ending = Status.TIMEOUT, Ending(Cause.CPU)
        elif not session.broken:
            late = time.monotonic() >= deadline
            r.status = Status.WORKER
            r.ending = Ending(Cause.UNANSWERED if late else Cause.DIED)
        self.kill()
        raise ZygoteDied("the grading worker stopped answering or died", r)

    def _over_cpu(self, at_start: float | None, job: Job) -> bool:
        """Past the job's CPU limit by the grader's own count (the worker's cgroup): CPU the
        worker's count from /proc cannot see (children the kernel reaped by itself)."""
        if at_start is None:
            return False
        now = self.cgroup.cpu_seconds()
        return now is not None and now - at_start > limits.cgroup_cpu_limit(job.timeout)

    def _extend(self, session: Session) -> float:
        """Tell the worker how long the child waited for the course's references since the
        last time (the wall clock of the notebook does not run while the grader's oracle
        works); the same seconds move the grader's own deadline."""
        waited = session.take_waited()
        if waited < 0.05:
            session.give_back(waited)
            return 0.0
        try:
            self.ctl.sendall(f"extend {waited:.3f}".encode().ljust(HEADER_BYTES))
        except OSError:
            return 0.0
        return waited

    def _drain(self, sock: socket.socket, session: Session, final: bool = False) -> bool:
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

    def signal_kill(self) -> None:
        """SIGKILL to the worker and everything in it, without waiting (``kill`` waits)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def kill(self) -> None:
        self.signal_kill()
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
