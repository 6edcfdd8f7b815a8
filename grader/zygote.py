"""The zygote: a warm process that forks one child per student notebook.

Started by the grader (``grader.run``) as ``python -m grader.zygote FD``,
one per worker, inside the sandbox unless the grader was told
``--no-sandbox``. It imports NumPy, Matplotlib (Agg) and the course helpers
once, then takes jobs on its control socket (fd FD): a fixed-size header with
the job's own socket attached (SCM_RIGHTS), then the job as JSON. For each job
it forks a child (``grader.child``) that owns that socket, enforces the
job's limits on the notebook's own CPU time and clock (``grader.limits``,
measured by ``Usage``), and reports on the control socket how the child
ended, with those figures. It never runs student code and never reads what the
child writes: the child talks to the grader directly on its job socket.

Nothing a child can do reaches the control socket: it is a socket (so
``/proc/<pid>/fd/N`` cannot be opened), this process is not dumpable (no
ptrace, no ``pidfd_getfd``), and in the sandbox every child lives in PID and
user namespaces of its own where this process does not exist.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import socket
import sys
import tempfile
import time

if __name__ == "__main__":  # the worker itself; a process that only imports this module (a test) keeps its
    os.environ.setdefault("MPLBACKEND", "Agg")  # environment, which its own children (kernels) inherit
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("MKL_NUM_THREADS", "1")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot  # noqa: E402, F401
import numpy  # noqa: E402, F401

import helpers  # noqa: E402, F401
import helpers.plots  # noqa: E402, F401
from grader import child, limits, protocol  # noqa: E402
from grader.privileges import can_drop_privileges  # noqa: E402
from grader.protocol import Cause, Ending, Kind, Status  # noqa: E402

# Modules notebooks commonly need, imported once here instead of in every child.
for _name in ("secrets", "random", "math", "itertools", "functools", "collections", "json",
              "numpy.random", "matplotlib.colors", "matplotlib.cm", "helpers.data", "ast", "tempfile"):
    try:
        __import__(_name)
    except ImportError:
        pass

HEADER = 20  # bytes: the job's length in ASCII, space-padded
# During a job the grader may send HEADER-byte records b"extend <seconds>": time the child spent
# waiting for the course's references (grader.oracle), taken off its own clock, so that waiting
# on the grader's own processes never counts against a notebook (at most MAX_EXTENSION x its limit).
EXTEND = b"extend"
MAX_EXTENSION = 2.0
_PR_SET_CHILD_SUBREAPER = 36
_PR_SET_DUMPABLE = 4


def _warm_up_matplotlib() -> None:
    """Draw one throwaway figure so fonts, mathtext and colour maps are loaded
    once here, and every forked child inherits them."""
    import matplotlib.pyplot as plt
    import numpy as np

    fig, (ax, ax3) = plt.subplots(1, 2)
    grid = np.linspace(0, 1, 5)
    ax.contourf(grid, grid, np.outer(grid, grid), levels=[-1, 0.5, 2], alpha=0.2)
    ax.scatter(grid, grid, marker="s", edgecolors="black", label="$x_1$")
    ax.plot(grid, grid, marker="o")
    ax.imshow(np.eye(3), cmap="gray")
    ax.set(title=r"$\tau(s)$", xlabel="$x_1$", ylabel="$x_2$")
    ax.legend()
    ax3.bar([0, 1], [1, 2])
    fig.tight_layout()
    fig.canvas.draw()
    plt.close("all")


def _prctl(option: int, value: int) -> None:
    try:
        ctypes.CDLL(None).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _my_children() -> list[int]:
    me, found = os.getpid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode(errors="replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == me:
            found.append(int(entry))
    return found


def _sweep(rounds: int = 50) -> bool:
    """Kill and reap every process left under the zygote (orphans come here,
    it is a subreaper). True when none is left."""
    for _ in range(rounds):
        children = _my_children()
        if not children:
            return True
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.005)
    return not _my_children()


def _kill_group(pid: int, sig: int) -> None:
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


_TICK = os.sysconf("SC_CLK_TCK")
SAMPLE_EVERY = 0.1  # seconds between two readings of the job's processes


def _read(path: str) -> str:
    with open(path, "rb") as handle:
        return handle.read().decode(errors="replace")


class Usage:
    """What one job's processes used: CPU time and run-queue wait, read from ``/proc``.

    The processes are the zygote's children and everything below them (found through
    ``/proc/PID/task/TID/children``): in the sandbox that is the job's whole PID
    namespace, whose orphans its first process reaps; without it, orphans come back to
    the zygote (a subreaper), so they are counted too. CPU time is utime + stime + the
    times of reaped children (``/proc/PID/stat``), so it only grows; a figure that went
    down (a process gone between two readings) keeps the highest seen."""

    def __init__(self):
        self.cpu = 0.0       # seconds of CPU, all processes
        self.starved = 0.0   # seconds of wall clock during which the job waited for a CPU
        self._wait = None    # the last sum of run-queue waits (ns)
        self._at = time.monotonic()

    def _processes(self) -> list[int]:
        found, todo = [], [os.getpid()]
        while todo and len(found) < 4096:
            pid = todo.pop()
            try:
                tasks = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for task in tasks:
                try:
                    children = [int(c) for c in _read(f"/proc/{pid}/task/{task}/children").split()]
                except (OSError, ValueError):
                    continue
                found += children
                todo += children
        return found

    def sample(self) -> None:
        cpu, wait = 0, 0
        for pid in self._processes():
            try:
                fields = _read(f"/proc/{pid}/stat").rsplit(")", 1)[1].split()
                cpu += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
                for task in os.listdir(f"/proc/{pid}/task"):
                    wait += int(_read(f"/proc/{pid}/task/{task}/schedstat").split()[1])
            except (OSError, ValueError, IndexError):
                continue
        now = time.monotonic()
        self.cpu = max(self.cpu, cpu / _TICK)
        if self._wait is not None:  # at most the wall time that passed: N waiting threads wait once
            self.starved += min(max(wait - self._wait, 0) / 1e9, now - self._at)
        self._wait, self._at = wait, now


def _ending(wait_status: int, isolated: bool, usage: Usage, cpu_limit: float) -> tuple[Status, Ending]:
    """How the child ended, from its wait status and its CPU time (an isolated child's
    first process mirrors a signal as exit code 128 + n): facts, which the grader words."""
    sig = None
    if os.WIFSIGNALED(wait_status):
        sig = os.WTERMSIG(wait_status)
    elif isolated and os.WEXITSTATUS(wait_status) >= 128:
        sig = os.WEXITSTATUS(wait_status) - 128
    if sig is not None:
        # RLIMIT_CPU (SIGXCPU, then SIGKILL: a PID namespace's first process ignores SIGXCPU)
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and usage.cpu >= cpu_limit):
            return Status.TIMEOUT, Ending(Cause.CPU)
        return Status.SIGNAL, Ending(Cause.SIGNAL, signal=sig)
    code = os.WEXITSTATUS(wait_status)
    if code == 0:
        return Status.OK, Ending()
    if code == child.EXIT_ISOLATION:
        return Status.GRADER, Ending(Cause.SANDBOX)
    return Status.EXIT, Ending(Cause.EXIT, code=code)


def _over_a_limit(usage: Usage, wall: float, timeout: float) -> tuple[Status, Ending] | None:
    """Which limit the job has reached, if any: its own CPU time, then its own clock
    (the wall clock less its waits for a CPU), then the wall-clock backstop (grader.limits).
    ``wall`` is already less the time the child waited for the course's references."""
    if usage.cpu >= limits.cpu_limit(timeout):
        return Status.TIMEOUT, Ending(Cause.CPU)
    if wall - usage.starved >= limits.own_clock_limit(timeout):
        return Status.TIMEOUT, Ending(Cause.WALL)
    if wall >= limits.backstop(timeout):
        return Status.MACHINE, Ending(Cause.STARVED)
    return None


def _extensions(ctl: socket.socket | None) -> float:
    """Seconds the grader added to the running job's wall clock since the last look."""
    import select

    total = 0.0
    while ctl is not None and select.select([ctl], [], [], 0)[0]:
        record = _read_exact(ctl, HEADER)
        if not record.startswith(EXTEND):
            raise ValueError("only extensions come during a job")
        total += max(0.0, float(record[len(EXTEND):]))
    return total


def run_job(job: dict, job_sock: socket.socket, may_drop: bool, ctl: socket.socket | None = None) -> dict:
    isolate = bool(job.get("isolate"))
    workdir = None if isolate else tempfile.mkdtemp(prefix="grade-")
    timeout = float(job["timeout"])
    start = time.monotonic()
    usage = Usage()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        child.run(job, job_sock.fileno(), workdir, may_drop)
    job_sock.close()  # only the child and the grader hold the job's socket now
    status, ending, rusage = Status.OK, Ending(), None
    sampled = start
    extension_left = MAX_EXTENSION * timeout
    extended = 0.0  # seconds the child waited for the grader's oracle (grader.oracle)
    while True:
        done, wait_status, rusage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        extra = min(_extensions(ctl), extension_left)
        extended, extension_left = extended + extra, extension_left - extra
        now = time.monotonic()
        if now - sampled >= SAMPLE_EVERY:
            usage.sample()
            sampled = now
            over = _over_a_limit(usage, now - start - extended, timeout)
            if over:  # the zygote says why before it kills: no kill is left to be guessed at
                status, ending = over
                _kill_group(pid, signal.SIGKILL)
                _, wait_status, rusage = os.wait4(pid, 0)
                break
        time.sleep(0.005)
    if rusage is not None:  # what the kernel counted for the child and the children it reaped
        usage.cpu = max(usage.cpu, rusage.ru_utime + rusage.ru_stime)
    _kill_group(pid, signal.SIGKILL)  # the student's own forks in the group
    # And anything that escaped the group. In the sandbox that is the notebook's own first
    # process, which outlives the child that mirrors it by a moment and then comes back to
    # this subreaper: reaped here, before the next job's processes are counted.
    _sweep()
    if not isolate:
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)
    if status == Status.OK:
        status, ending = _ending(wait_status, isolate, usage, limits.cpu_limit(timeout))
    return {"job": job["id"], "status": status.value, **ending.wire(),
            "seconds": round(time.monotonic() - start, 3),
            "max_rss_mb": round(rusage.ru_maxrss / 1024, 1) if rusage else None,
            "cpu_seconds": round(usage.cpu, 3), "starved_seconds": round(usage.starved, 3)}


def _read_exact(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve(ctl: socket.socket) -> None:
    may_drop = can_drop_privileges()
    ctl.sendall(protocol.encode(Kind.READY))
    while True:
        header, fds, _, _ = socket.recv_fds(ctl, HEADER, 1)
        if not header:
            return  # the grader closed the socket: we are done
        if len(header) < HEADER:
            header += _read_exact(ctl, HEADER - len(header))
        if header.startswith(EXTEND):
            continue  # for a job that ended before it arrived
        job = json.loads(_read_exact(ctl, int(header.decode())))
        if not fds:
            continue
        job_sock = socket.socket(fileno=fds[0])
        ctl.sendall(protocol.encode(Kind.EXIT, **run_job(job, job_sock, may_drop, ctl)))


def main() -> int:
    ctl = socket.socket(fileno=int(sys.argv[1]))
    _warm_up_matplotlib()
    _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    _prctl(_PR_SET_DUMPABLE, 0)  # same-user children may not trace or steal our descriptors
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the grader decides when we stop
    try:
        serve(ctl)
    except (EOFError, OSError, ValueError):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
