"""What runs inside the child process that executes one student notebook.

This is the only place student code runs. It is forked from the zygote
(``grader.zygote``) with NumPy and Matplotlib already imported, seals itself
(in the sandbox: namespaces of its own, ``grader.isolation``; always: its own
session, limits, no stdin, stdout/stderr to /dev/null, no descriptor but its
job socket), runs the notebook's cells one by one and talks to the grader on
the job socket (``grader.protocol``):

1. after each cell, a ``cell`` record, then a ``defined`` record for each
   graded name that cell (re)defined (only the name: nothing is probed until
   the grader says so, so each case runs once per job); after the last cell,
   ``cells_ran``;
2. then it does what the grader commands, in the grader's order: for each
   ``judge`` command, in a fork of the finished notebook, the named exercise's
   cases are probed with the other graded names the command lists replaced by
   proxies (``helpers.proxies``): their calls go to the grader, which relays
   them to the course's references in a process of their own
   (``grader.oracle``), so one wrong answer never costs a later correct one its
   points and no reference code ever enters this process. The fork sends the
   ``outcome``; this process then says the exercise is ``judged``. After every
   exercise's public cases, a second round of commands carries each exercise's
   generated cases (secret inputs, worded as hidden ones: ``protocol.Phase``); a
   hidden job's commands carry that exercise's hidden cases;
3. ``finish``: the process ends.

The child's words are claims about values only: the grader decides start,
end, the order, time-outs and scores, and ignores whatever does not fit.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile

from grader import limits, protocol
from grader.cells import run_cell
from grader.protocol import Kind
from helpers import proxies
from helpers.probes import run_probe

NOBODY = 65534
EXIT_ISOLATION = 71   # the sandbox could not be set up: the grader's fault
MAX_PROCESSES = 64
JOB_FD = 3


def _isolate() -> None:
    """Own namespaces; the first process stays behind to mirror how the
    notebook's process (PID 1 of the new namespace) ends."""
    from grader import isolation, sandbox

    keep = sandbox.under_tmp()  # a course or venv cloned under /tmp stays visible
    isolation.enter_namespaces()
    pid = os.fork()
    if pid:
        os.closerange(0, 65536)
        _, status = os.waitpid(pid, 0)
        code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        os._exit(code)
    isolation.leave_the_mirrors_group()
    isolation.seal_filesystem(keep)


def _limits(job: dict) -> None:
    memory = int(job["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # Each process's own CPU limit is only a safety net: the zygote stops the job when
    # all its processes together reach the job's CPU limit (grader.limits).
    cpu = limits.rlimit_cpu(float(job["timeout"]))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 2**20, 64 * 2**20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (MAX_PROCESSES, MAX_PROCESSES))


def _redirect_stdio(job_fd: int) -> None:
    """stdin, stdout and stderr to /dev/null; the job socket as fd 3; nothing else open."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    if job_fd != JOB_FD:
        os.dup2(job_fd, JOB_FD)
    os.closerange(JOB_FD + 1, 65536)


def _become_nobody(workdir: str) -> None:
    os.chown(workdir, NOBODY, NOBODY)
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


class Channel:
    """The job socket, as records: write one, or wait for the grader's answer."""

    def __init__(self, fd: int):
        self.fd = fd
        self.pending = b""

    def send(self, kind: Kind, **fields) -> None:
        view = memoryview(protocol.encode(kind, **fields))
        while view:
            view = view[os.write(self.fd, view):]

    def receive(self, *kinds: Kind) -> dict:
        """The grader's next record of one of ``kinds`` (an answer a fork left unread is skipped)."""
        while True:
            while b"\n" not in self.pending:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    raise EOFError
                self.pending += chunk
            line, self.pending = self.pending.split(b"\n", 1)
            record = json.loads(line)
            if record.get("kind") in {k.value for k in kinds}:
                return record

    def ask(self, request: dict) -> dict:
        """A proxy's call (``helpers.proxies``): the grader relays it to the course's references."""
        self.send(Kind.CALL, **request)
        return self.receive(Kind.ANSWER).get("answer")


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


def _probe(name: str, probes: list, namespace: dict) -> list:
    return [run_probe(probe, namespace) for probe in probes]


def _judging_alone(isolated: bool) -> None:
    """Before the grader's commands: the grader's own way of waiting for its judging forks
    is back (a notebook may have set SIGCHLD to be ignored, which makes waiting fail), and in
    the sandbox, where this process is the first of its PID namespace, every other process
    the notebook left running is stopped, so the judging forks have the box (and its process
    budget) to themselves."""
    import signal

    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    if not isolated or os.getpid() != 1:
        return
    try:
        os.kill(-1, signal.SIGKILL)  # from a namespace's first process: all others in it
    except OSError:
        pass
    while True:  # each dies at once (SIGKILL); the zygote's limits still hold should one not
        try:
            os.waitpid(-1, 0)
        except InterruptedError:
            continue
        except ChildProcessError:
            break


def _in_fork(channel: Channel, work) -> None:
    """Run ``work`` in a fork of the finished notebook, so what it swaps in (and
    whatever the probes change) never reaches the next exercise."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except BaseException:  # noqa: BLE001
            code = 70
        os._exit(code)
    while True:
        try:
            os.waitpid(pid, 0)
            return
        except InterruptedError:
            continue
        except ChildProcessError:  # reaped already (a handler of the notebook's own): it is over
            return


def _judged_alone(command: dict, probes: dict, namespace: dict, channel: Channel) -> None:
    """Probe the exercise the grader named, with the graded names it listed as proxies
    (its hidden cases if the command carries them, else its public ones); send the outcomes."""
    name = command["name"]
    offered = command.get("proxies") or {}
    proxies.install(namespace, {n: k for n, k in offered.items() if n != name}, channel.ask)
    probe_list = command["probes"] if "probes" in command else probes.get(name, [])
    channel.send(Kind.OUTCOME, name=name, outcomes=_probe(name, probe_list or [], namespace))


def run(job: dict, job_fd: int, workdir: str | None, may_drop: bool) -> None:
    """Entry point in the forked child; never returns (ends with os._exit)."""
    code = 0
    try:
        os.setsid()  # own process group: the zygote kills the whole group on a limit
        if job.get("isolate"):
            try:
                _isolate()
            except OSError:
                os._exit(EXIT_ISOLATION)
            workdir = tempfile.mkdtemp(prefix="notebook-", dir="/tmp")
        _redirect_stdio(job_fd)
        _limits(job)
        os.chdir(workdir)
        os.environ.update({"HOME": workdir, "MPLCONFIGDIR": workdir, "TMPDIR": workdir,
                           "COURSE_GRADING": "1"})
        if job.get("isolate"):
            from grader import isolation

            isolation.drop_capabilities()
        elif may_drop and job.get("drop_privileges") and os.geteuid() == 0:
            _become_nobody(workdir)
        channel = Channel(JOB_FD)
        job = {**job, **channel.receive(Kind.JOB)}  # the notebook: it never passed through the worker
        import matplotlib.pyplot as plt

        _no_drawing()
        probes = job["probes"]
        names = list(probes)
        namespace = {"__name__": "__main__", "display": lambda *a, **k: None}
        if job.get("earlier"):
            from helpers import mywork

            for lesson, sources in job["earlier"].items():
                mywork.provide(lesson, mywork.run_definitions(sources, f"earlier_{lesson}"))
        for index, source in enumerate(job["cells"], 1):
            before = {n: id(namespace.get(n)) for n in names}
            report = run_cell(index, source, namespace)
            plt.close("all")  # figures are never looked at; free their memory
            channel.send(Kind.CELL, cell=index, error=report.error, line=report.line, memory=report.memory)
            for name in names:
                if name in namespace and id(namespace[name]) != before[name]:
                    channel.send(Kind.DEFINED, name=name)
        channel.send(Kind.CELLS_RAN)
        _judging_alone(bool(job.get("isolate")))
        while True:
            command = channel.receive(Kind.JUDGE, Kind.FINISH)
            if command["kind"] == Kind.FINISH.value:
                break
            _in_fork(channel, lambda command=command: _judged_alone(command, probes, namespace, channel))
            channel.send(Kind.JUDGED, name=command["name"])
    except BaseException:  # noqa: BLE001 — whatever happened, the zygote reports how we ended
        code = 70
    finally:
        os._exit(code)
