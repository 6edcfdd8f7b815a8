"""The zygote: a warm process that forks one child per student notebook.

Started by the grader as ``python -m grader.zygote``, one per worker. It
imports NumPy, Matplotlib (Agg) and the course helpers once, then reads jobs
as JSON lines on stdin. For each job it forks a child (``grader.child``),
passes what the child writes on its pipe up to the grader line by line as it
comes, enforces the wall-clock limit (SIGTERM, then SIGKILL to the child's
whole process group) and ends the job with one JSON line saying how it went.
It never runs student code itself and holds no other student's data: the
grader sends it one notebook at a time.

It is a child subreaper: anything a student's code forks, even a process
that leaves its group, is re-parented here and killed after the job.
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import shutil
import signal
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
from grader import child  # noqa: E402

# Modules notebooks commonly need, imported once here instead of in every child.
for _name in ("secrets", "random", "math", "itertools", "functools", "collections", "json",
              "numpy.random", "matplotlib.colors", "matplotlib.cm", "helpers.data"):
    try:
        __import__(_name)
    except ImportError:
        pass

MAX_OUTPUT = 16 * 2**20  # bytes of results a child may send
GRACE = 0.5  # seconds between SIGTERM and SIGKILL
_PR_SET_CHILD_SUBREAPER = 36


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


def _world_readable(path: str) -> bool:
    """Every directory from / to ``path`` can be entered by any user."""
    path = os.path.realpath(path)
    while True:
        try:
            if not os.stat(path).st_mode & 0o001:
                return False
        except OSError:
            return False
        parent = os.path.dirname(path)
        if parent == path:
            return True
        path = parent


def can_drop_privileges() -> bool:
    """As root, children may run as 'nobody' only if 'nobody' can still read
    Python, its packages and the course (a Python under /root, say, cannot)."""
    if os.geteuid() != 0:
        return False
    places = [os.path.dirname(os.__file__), os.path.dirname(numpy.__file__),
              os.path.dirname(helpers.__file__), os.path.realpath(sys.executable)]
    return all(_world_readable(p) for p in places)


def _become_subreaper() -> None:
    try:
        ctypes.CDLL(None).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
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


def _sweep() -> None:
    """Kill and reap every process left under the zygote (orphans come here)."""
    for _ in range(20):
        children = _my_children()
        if not children:
            return
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.01)


def _kill_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _send(record: dict) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


class _Forward:
    """Pass each complete line the child writes up to the grader at once, so
    that if this zygote is killed mid-notebook the grader keeps what was
    already reported (the credit earned before the trouble)."""

    def __init__(self):
        self.buffer = b""

    def __call__(self, data: bytes) -> None:
        self.buffer += data
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            _send({"line": line.decode("utf-8", errors="replace")})

    def flush(self) -> None:
        if self.buffer:
            _send({"line": self.buffer.decode("utf-8", errors="replace")})
        self.buffer = b""


def run_job(job: dict) -> dict:
    workdir = tempfile.mkdtemp(prefix="grade-")
    read_fd, write_fd = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        child.run(job, write_fd, workdir)
    os.close(write_fd)
    _send({"started": pid})  # the grader kills this group itself if the zygote dies
    forward = _Forward()
    size, truncated = 0, False
    status, detail, rusage = "ok", "", None
    deadline = start + float(job["timeout"])
    terminated_at = None
    pipe_open = True
    while True:
        done, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            rusage = usage
            break
        now = time.monotonic()
        if terminated_at is None and now >= deadline:
            status, terminated_at = "timeout", now
            _kill_group(pid, signal.SIGTERM)
        elif terminated_at is not None and now >= terminated_at + GRACE:
            _kill_group(pid, signal.SIGKILL)
        if pipe_open:
            ready, _, _ = select.select([read_fd], [], [], 0.02)
            if ready:
                data = os.read(read_fd, 1 << 16)
                if not data:
                    pipe_open = False
                elif size + len(data) > MAX_OUTPUT:
                    truncated = True
                    _kill_group(pid, signal.SIGKILL)
                    status, detail = "output", "sent more than 16 MB of results"
                else:
                    forward(data)
                    size += len(data)
        else:
            time.sleep(0.005)
    # Read whatever is still buffered in the pipe after the exit.
    while pipe_open and not truncated:
        ready, _, _ = select.select([read_fd], [], [], 0)
        if not ready:
            break
        data = os.read(read_fd, 1 << 16)
        if not data or size + len(data) > MAX_OUTPUT:
            break
        forward(data)
        size += len(data)
    forward.flush()
    os.close(read_fd)
    _kill_group(pid, signal.SIGKILL)  # the student's own forks in the group
    _sweep()  # and anything that escaped the group
    shutil.rmtree(workdir, ignore_errors=True)
    if status == "ok":
        if os.WIFSIGNALED(wait_status):
            sig = os.WTERMSIG(wait_status)
            try:
                status, detail = "signal", signal.Signals(sig).name
            except ValueError:
                status, detail = "signal", f"signal {sig}"
            if sig == signal.SIGXCPU:
                status, detail = "timeout", "CPU time limit"
        elif os.WEXITSTATUS(wait_status) != 0:
            status, detail = "exit", f"exit code {os.WEXITSTATUS(wait_status)}"
    return {"id": job["id"], "status": status, "detail": detail,
            "seconds": round(time.monotonic() - start, 3),
            "max_rss_mb": round(rusage.ru_maxrss / 1024, 1) if rusage else None}


def main() -> int:
    _warm_up_matplotlib()
    _become_subreaper()
    may_drop = can_drop_privileges()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the grader decides when we stop
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        job["drop_privileges"] = bool(job.get("drop_privileges")) and may_drop
        _send(run_job(job))
    return 0


if __name__ == "__main__":
    sys.exit(main())
