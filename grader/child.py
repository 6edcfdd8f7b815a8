"""What runs inside the child process that executes one student notebook.

This is the only place student code runs. It is forked from the zygote
(``grader.zygote``) with NumPy and Matplotlib already imported, locks itself
down (own session, limits, no stdin, no way back to the grader but one pipe),
runs the notebook's cells one by one and writes JSON lines to that pipe:

    {"cell": 3, "error": "ValueError: ...", "line": 2}
    {"probe": "step", "outcomes": [[...], ...], "final": false}
    {"integrity": "softmax", "uses": ["calls helpers.layers.softmax_loss"]}
    {"done": true}

Graded names are probed as soon as a cell (re)defines them, so that a later
crash, hang or ``os._exit`` keeps the credit already earned; a final pass at
the end re-probes every name against the finished namespace.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource

from grader import integrity
from grader.cells import run_cell
from helpers.probes import run_probe

NOBODY = 65534
_PR_SET_DUMPABLE = 4


def _lock_down(job: dict, workdir: str) -> None:
    """Session, limits, working directory and (as root) an unprivileged user."""
    os.setsid()  # own process group: the zygote kills the whole group on a limit
    try:  # other processes of this user may not read this one's memory or fds
        ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    memory = int(job["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(job["timeout"]) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 2**20, 64 * 2**20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.chdir(workdir)
    os.environ.update({"HOME": workdir, "MPLCONFIGDIR": workdir, "TMPDIR": workdir,
                       "COURSE_GRADING": "1"})
    if job.get("drop_privileges") and os.geteuid() == 0:
        os.chown(workdir, NOBODY, NOBODY)
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def _redirect_stdio(result_fd: int) -> int:
    """stdin, stdout and stderr to /dev/null; close every other descriptor."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    out = os.dup2(result_fd, 3) if result_fd != 3 else 3
    os.closerange(4, 4096)
    return out


class _Writer:
    def __init__(self, fd: int):
        self.fd = fd

    def __call__(self, record: dict) -> None:
        data = (json.dumps(record, allow_nan=False) + "\n").encode()
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


def _no_drawing() -> None:
    """Nobody looks at figures while grading: layout, show and savefig do nothing.
    (Figures are still built, so a plotting bug still shows as a cell error.)"""
    import matplotlib.figure
    import matplotlib.pyplot as plt

    def nothing(*args, **kwargs):
        return None

    matplotlib.figure.Figure.tight_layout = nothing
    matplotlib.figure.Figure.savefig = nothing
    plt.tight_layout = plt.show = plt.savefig = plt.pause = nothing


def _probe_all(names, job, namespace, emit, final):
    delegation = job.get("integrity") or {}
    for name in names:
        outcomes = [run_probe(probe, namespace) for probe in job["probes"][name]]
        emit({"probe": name, "outcomes": outcomes, "final": final})
        if name in delegation and name in namespace:  # the latest record wins, even an empty one
            others = [namespace[n] for n in job["probes"] if n in namespace and n != name]
            uses = integrity.inspect_name(namespace[name], delegation[name], others)
            emit({"integrity": name, "uses": uses})


def run(job: dict, result_fd: int, workdir: str) -> None:
    """Entry point in the forked child; never returns (ends with os._exit)."""
    code = 0
    token = job.pop("token", True)  # "done" must carry it: a line the notebook forges does not
    try:
        fd = _redirect_stdio(result_fd)
        _lock_down(job, workdir)
        emit = _Writer(fd)
        import matplotlib.pyplot as plt

        _no_drawing()
        names = list(job["probes"])
        namespace = {"__name__": "__main__", "display": lambda *a, **k: None}
        for index, source in enumerate(job["cells"], 1):
            before = {n: id(namespace.get(n)) for n in names}
            report = run_cell(index, source, namespace)
            plt.close("all")  # figures are never looked at; free their memory
            emit({"cell": index, "error": report.error, "line": report.line})
            changed = [n for n in names if n in namespace and id(namespace[n]) != before[n]]
            _probe_all(changed, job, namespace, emit, final=False)
        _probe_all(names, job, namespace, emit, final=True)
        emit({"done": token})
    except BaseException:  # noqa: BLE001 — whatever happened, the zygote reports how we ended
        code = 70
    finally:
        os._exit(code)
