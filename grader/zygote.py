"""The zygote: a warm process that forks one child per student notebook.

Started by the grader (``grader.run``) as ``python -m grader.zygote FD``,
one per worker, inside the sandbox unless the grader was told
``--no-sandbox``. It imports NumPy, Matplotlib (Agg) and the course helpers
once, then takes jobs on its control socket (fd FD): a fixed-size header with
the job's own socket attached (SCM_RIGHTS), then the job as JSON. For each job
it forks a child (``grader.child``) that owns that socket, enforces the
wall-clock limit (SIGTERM, then SIGKILL), and reports on the control socket
how the child ended. It never runs student code and never reads what the
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

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot  # noqa: E402, F401
import numpy  # noqa: E402, F401

import helpers  # noqa: E402, F401
import helpers.plots  # noqa: E402, F401
from grader import child, protocol  # noqa: E402
from grader.privileges import can_drop_privileges  # noqa: E402
from grader.protocol import Kind, Status  # noqa: E402

# Modules notebooks commonly need, imported once here instead of in every child.
for _name in ("secrets", "random", "math", "itertools", "functools", "collections", "json",
              "numpy.random", "matplotlib.colors", "matplotlib.cm", "helpers.data", "ast", "tempfile"):
    try:
        __import__(_name)
    except ImportError:
        pass

HEADER = 20  # bytes: the job's length in ASCII, space-padded
# During a job the grader may send HEADER-byte records b"extend <seconds>": time the child spent
# waiting for the course's references (grader.oracle), added to its wall clock, so that waiting
# on the grader's own processes never counts against a notebook (at most MAX_EXTENSION x its limit).
EXTEND = b"extend"
MAX_EXTENSION = 2.0
GRACE = 0.5  # seconds between SIGTERM and SIGKILL
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


def _ending(wait_status: int, isolated: bool) -> tuple[Status, str]:
    """How the child ended, from its wait status alone (an isolated child's
    first process mirrors a signal as exit code 128 + n)."""
    sig = None
    if os.WIFSIGNALED(wait_status):
        sig = os.WTERMSIG(wait_status)
    elif isolated and os.WEXITSTATUS(wait_status) >= 128:
        sig = os.WEXITSTATUS(wait_status) - 128
    if sig is not None:
        if sig == signal.SIGXCPU:
            return Status.TIMEOUT, "CPU time limit"
        try:
            return Status.SIGNAL, signal.Signals(sig).name
        except ValueError:
            return Status.SIGNAL, f"signal {sig}"
    code = os.WEXITSTATUS(wait_status)
    if code == 0:
        return Status.OK, ""
    if code == child.EXIT_ISOLATION:
        return Status.GRADER, "the notebook's sandbox could not be set up"
    return Status.EXIT, f"exit code {code}"


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
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        child.run(job, job_sock.fileno(), workdir, may_drop)
    job_sock.close()  # only the child and the grader hold the job's socket now
    status, detail, rusage = Status.OK, "", None
    deadline = start + float(job["timeout"])
    extension_left = MAX_EXTENSION * float(job["timeout"])
    terminated_at = None
    while True:
        done, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            rusage = usage
            break
        extra = min(_extensions(ctl), extension_left)
        deadline, extension_left = deadline + extra, extension_left - extra
        now = time.monotonic()
        if terminated_at is None and now >= deadline:
            status, detail, terminated_at = Status.TIMEOUT, "wall clock", now
            _kill_group(pid, signal.SIGTERM)
        elif terminated_at is not None and now >= terminated_at + GRACE:
            _kill_group(pid, signal.SIGKILL)
        time.sleep(0.005)
    _kill_group(pid, signal.SIGKILL)  # the student's own forks in the group
    if not isolate:
        _sweep()  # and anything that escaped the group (an isolated child's die with it)
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)
    if status == Status.OK:
        status, detail = _ending(wait_status, isolate)
    return {"job": job["id"], "status": status.value, "detail": detail,
            "seconds": round(time.monotonic() - start, 3),
            "max_rss_mb": round(rusage.ru_maxrss / 1024, 1) if rusage else None}


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
