"""Issue 20, the box around one notebook: nothing a notebook writes survives its job,
a grade does not depend on the machine's load, and set-up faults stop the grader
before the first student.

The "leaves nothing" tests grade an attacker first and an honest classmate after it
on the same worker (``-j 1``); the classmate's notebook looks for every trace the
attacker tried to leave and gives a wrong answer if it finds one. Each runs with the
course where it is (outside /tmp: the worktree) and with the course copied under /tmp
(as CI clones it).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from grader import sandbox
from helpers import checks
from tests.grading import as_in_a_terminal, solution_cells, stopped_within, write_notebook
from tests.support import ROOT, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))
SANDBOX, WHY = sandbox.probe()
needs_sandbox = pytest.mark.skipif(SANDBOX is None, reason=f"sandbox unavailable: {WHY}")
PYTHON = sys.executable
_COURSE = ("grader", "helpers", "data", "solutions")


@pytest.fixture(params=["outside-tmp", "under-tmp"])
def course(request):
    """The course root the grader runs from: the worktree itself, or a copy under /tmp (and,
    for a worktree that lives under /tmp itself, as a CI clone may, a copy outside it)."""
    under_tmp = str(ROOT.resolve()).startswith("/tmp/")
    if request.param == "outside-tmp" and not under_tmp:
        yield ROOT
        return
    if request.param == "under-tmp" and under_tmp:
        yield ROOT
        return
    root = Path(tempfile.mkdtemp(prefix="nn-course-", dir="/tmp" if request.param == "under-tmp" else "/var/tmp"))
    try:
        for name in _COURSE:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _grade(course: Path, paths, out: Path, *extra: str, timeout: float = 300, env: dict | None = None):
    """The grader of the course at ``course`` run as a command, from that course's root."""
    env = dict(os.environ if env is None else env, PYTHONPATH=str(course))
    return subprocess.run([PYTHON, "-m", "grader", *map(str, paths), "--json", str(out), "-q", "--lessons", "01",
                           *extra], cwd=course, env=env, capture_output=True, text=True, timeout=timeout)


def _with(cell: str) -> list[str]:
    cells = solution_cells(L)
    cut = next(i for i, c in enumerate(cells) if c.startswith("def perceptron_loss"))
    return cells[:cut] + [cell] + cells[cut:]


# Every place the box holds: run inside the box, so the paths are the box's own.
_PLACES = textwrap.dedent("""
    import os, sys, sysconfig
    import helpers  # (a cell that imports grader is flagged by the integrity scan: helpers is the students')
    course = os.path.dirname(os.path.dirname(os.path.abspath(helpers.__file__)))
    python = [sys.prefix, sys.base_prefix, os.path.dirname(os.__file__), sysconfig.get_paths()['purelib']]
    places = {'/', '/dev', '/etc', '/dev/shm', '/tmp', '/usr', '/var', '/opt', '/srv', '/home', '/root',
              course, os.path.dirname(course), os.getcwd(), os.path.expanduser('~')}
    for p in python:
        p = os.path.realpath(p)
        while p not in ('/', ''):
            places.add(p)
            p = os.path.dirname(p)
""")


def _attacker(marker: str) -> str:
    """Writes a file (and a module beside the course code, and a big file) everywhere it
    can, tries to rename or replace course and standard-library folders with symlinks,
    and leaves a process and IPC behind; then ends without saying goodbye."""
    return _PLACES + textwrap.dedent(f"""
        marker, KEY = {marker!r}, 0x5EA1B0C
        for place in sorted(places):
            for name in (marker, marker + '.py', 'sitecustomize.py', 'usercustomize.py'):
                try:
                    with open(os.path.join(place, name), 'w') as handle:
                        handle.write('PLANTED = True\\n')
                except OSError:
                    pass
            try:
                os.mkdir(os.path.join(place, marker + '.d'))
            except OSError:
                pass
        for victim in [course, os.path.join(course, 'helpers'), os.path.dirname(os.__file__),
                       os.path.realpath(sys.prefix)]:
            try:
                os.rename(victim, victim + '.' + marker)
            except OSError:
                pass
            try:
                os.symlink('/tmp', victim + '.' + marker + '.link')
            except OSError:
                pass
        try:  # 200 MB in the notebook's own /tmp: must be given back when the job ends
            with open('/tmp/' + marker + '.big', 'wb') as handle:
                for _ in range(200):
                    handle.write(b'x' * 2**20)
        except OSError:
            pass
        import socket
        try:
            abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            abstract.bind('\\0' + marker)
            abstract.listen(1)
        except OSError:
            pass
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.shmget(KEY, 4096, 0o1000 | 0o666)  # SysV shared memory (IPC_CREAT)
        if os.fork() == 0:  # a process that would wait for the next notebook, named for it
            libc.prctl(15, marker[:15].encode(), 0, 0, 0)
            import time
            time.sleep(3600)
        os._exit(0)
    """)


def _follower(marker: str) -> str:
    """Looks for every trace of the attacker; a wrong answer if it finds one."""
    return _PLACES + textwrap.dedent(f"""
        marker, KEY = {marker!r}, 0x5EA1B0C
        seen = []
        for place in sorted(places):
            try:
                names = os.listdir(place)
            except OSError:
                continue
            seen += [os.path.join(place, n) for n in names if marker in n or n.endswith('customize.py')]
        import socket
        try:
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            probe.connect('\\0' + marker)
            seen.append('abstract socket')
        except OSError:
            pass
        for pid in os.listdir('/proc'):
            try:
                with open(f'/proc/{{pid}}/comm') as handle:
                    if handle.read().strip() == marker[:15]:
                        seen.append('process ' + pid)
            except OSError:
                pass
        import ctypes
        if ctypes.CDLL(None).shmget(KEY, 0, 0) != -1:
            seen.append('SysV shared memory')
        try:
            import importlib
            importlib.import_module(marker)
            seen.append('module')
        except ImportError:
            pass
        if seen:
            AND_WEIGHTS = None
            raise SystemExit(str(seen))
    """)


@needs_sandbox
def test_nothing_a_notebook_writes_reaches_the_next_job(tmp_path, course):
    marker = f"planted{uuid.uuid4().hex[:8]}"
    attacker = write_notebook(tmp_path / "a_attacker" / NB, _with(_attacker(marker))).parent
    follower = write_notebook(tmp_path / "b_follower" / NB, _with(_follower(marker))).parent
    honest = tmp_path / "c_honest"
    honest.mkdir()
    shutil.copy(SOLUTIONS / NB, honest / NB)
    out = tmp_path / "g.json"
    done = _grade(course, [attacker, follower, honest], out, "-j", "1", "--timeout", "20")
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text())
    assert result["grader"]["mode"] == "sandbox"
    subs = {s["submission"]: s for s in result["submissions"]}
    for name in ("b_follower", "c_honest"):
        nb = subs[name]["notebooks"][0]
        assert subs[name]["score"] == MAX, (name, nb["error"], nb.get("cells"))
        assert nb["error"] is None, nb["error"]
    # And nothing on the host either.
    for place in (Path("/tmp"), course, course.parent, Path("/dev/shm")):
        assert not [p for p in place.iterdir() if marker in p.name], place


@needs_sandbox
def test_the_box_is_read_only_but_for_its_own_tmp(tmp_path):
    """Inside one notebook: every write outside its /tmp and /dev/shm is refused, /tmp is
    not the zygote's (which it cannot uncover), and both are size-limited."""
    check = _PLACES + textwrap.dedent("""
        writable = []
        for place in sorted(places):
            if place in ('/tmp', '/dev/shm') or place.startswith('/tmp/'):
                continue
            try:
                open(os.path.join(place, 'w.txt'), 'w').close()
                writable.append(place)
            except OSError:
                pass
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        uncovered = libc.umount2(b'/tmp', 2) == 0
        mounts = open('/proc/self/mountinfo').read().splitlines()
        root_ro = any(m.split()[4] == '/' and ' ro,' in m or m.split()[5].startswith('ro') for m in mounts
                      if m.split()[4] == '/')
        big = 0
        try:
            with open('/tmp/big', 'wb') as handle:
                for _ in range(200):
                    handle.write(b'x' * 2**20)
                    big += 1
        except OSError:
            pass
        if writable or uncovered or not root_ro or big >= 200:
            AND_WEIGHTS = None
            raise SystemExit(f'{writable} {uncovered} {root_ro} {big}')
    """)
    path = write_notebook(tmp_path / "s" / NB, _with(check))
    out = tmp_path / "g.json"
    done = _grade(ROOT, [path.parent], out, "--timeout", "20")
    assert done.returncode == 0, done.stderr
    sub = json.loads(out.read_text())["submissions"][0]
    assert sub["score"] == MAX, sub["notebooks"][0]["error"]


# ------------------------------------------------------------------ load

def _class(tmp_path: Path) -> list[Path]:
    """Solutions of lessons 01 and 03, a notebook with a `while True:` cell and one that sleeps."""
    folders = []
    for name, files in (("ada", ["01_perceptron", "03_xor_mlp"]), ("ben", ["03_xor_mlp"])):
        folder = tmp_path / "class" / name
        folder.mkdir(parents=True)
        for lesson in files:
            shutil.copy(SOLUTIONS / f"{lesson}.ipynb", folder / f"{lesson}.ipynb")
        folders.append(folder)
    for name, cell in (("cyd", "while True:\n    pass"), ("dan", "import time\ntime.sleep(10**6)")):
        folders.append(write_notebook(tmp_path / "class" / name / NB, _with(cell)).parent)
    return folders


def _what_students_see(result: dict) -> dict:
    return {s["submission"]: (s["score"], [(nb["notebook"], nb["error"], nb["limit"],
                                            [(e["name"], e["passed"], e["feedback"]) for e in nb["exercises"]])
                                           for nb in s["notebooks"]])
            for s in result["submissions"]}


@needs_sandbox
def test_a_loaded_machine_changes_no_grade_and_no_explanation(tmp_path):
    """The same class graded idle and while busy processes keep every core loaded: the
    same scores and the same words, and the kills are the notebooks' own (CPU time for
    the loop, its own clock for the sleeper), never the machine's."""
    folders = _class(tmp_path)
    idle = _grade(ROOT, folders, tmp_path / "idle.json", "-j", "2", "--timeout", "5", "--lessons", "01,03")
    assert idle.returncode == 0, idle.stderr
    hogs = [subprocess.Popen([PYTHON, "-c", "import time\nend = time.monotonic() + 600\n"
                              "while time.monotonic() < end:\n    pass"]) for _ in range(2 * (os.cpu_count() or 1))]
    try:
        time.sleep(1)
        loaded = _grade(ROOT, folders, tmp_path / "loaded.json", "-j", "2", "--timeout", "5", "--lessons", "01,03")
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    assert loaded.returncode == 0, loaded.stderr
    calm = _what_students_see(json.loads((tmp_path / "idle.json").read_text()))
    busy = _what_students_see(json.loads((tmp_path / "loaded.json").read_text()))
    assert busy == calm
    assert calm["ada"][0] == calm["ben"][0] + MAX > MAX  # full marks on both lessons
    loop, sleeper = calm["cyd"][1][0], calm["dan"][1][0]
    assert "(CPU time limit)" in loop[1] and loop[2] == "timeout", loop[1]
    assert "(wall clock)" in sleeper[1] and sleeper[2] == "timeout", sleeper[1]


# ------------------------------------------------------------------ set-up faults

def _pyenv_python_without_matplotlib() -> str | None:
    """A Python on this machine that has NumPy but not Matplotlib (pyenv's, without the venv)."""
    candidates = [os.path.realpath(os.path.join(sys.base_prefix, "bin", "python3")), "/usr/bin/python3"]
    for python in candidates:
        if not os.path.exists(python):
            continue
        probe = subprocess.run([python, "-c", "import importlib.util as u, sys\n"
                                "sys.exit(0 if u.find_spec('matplotlib') is None else 1)"], capture_output=True)
        if probe.returncode == 0:
            return python
    return None


def test_a_python_without_matplotlib_stops_before_the_first_student(tmp_path):
    python = _pyenv_python_without_matplotlib()
    if python is None:
        pytest.skip("every Python here has Matplotlib")
    folder = tmp_path / "amy"
    folder.mkdir()
    shutil.copy(SOLUTIONS / NB, folder / NB)
    out = tmp_path / "g.json"
    done = subprocess.run([python, "-m", "grader", str(folder), "--json", str(out), "-q"], cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "is missing from this Python: run `make install` or use .venv/bin/python" in done.stderr
    assert "Matplotlib" in done.stderr or "NumPy" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("mode", [pytest.param((), id="sandbox", marks=needs_sandbox),
                                  pytest.param(("--no-sandbox",), id="no-sandbox")])
def test_a_worker_that_cannot_start_stops_the_grader_with_its_cause(tmp_path, mode):
    """Matplotlib is found but breaks on import (where the worker runs): no notebook is
    graded, the cause is printed, the exit code is not 0."""
    broken = tmp_path / "broken" / "matplotlib"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('this matplotlib is broken')\n")
    folder = tmp_path / "amy"
    folder.mkdir()
    shutil.copy(SOLUTIONS / NB, folder / NB)
    out = tmp_path / "g.json"
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{broken.parent}")
    # --lessons 01 (amy's one lesson): the generated cases of the other six lessons, which the
    # grader works out before its preflight, would cost two minutes and test nothing here
    done = subprocess.run([PYTHON, "-m", "grader", str(folder), "--json", str(out), "-q", "--lessons", "01", *mode],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "no grading worker could be started: ImportError: this matplotlib is broken" in done.stderr
    assert not out.exists()


def _cgroups_of(pid: int) -> list[Path]:
    from grader import cgroups

    found = []
    for controller in ("pids", "memory"):
        parent = cgroups._parent(controller)
        if parent is not None:
            found += list(parent.glob(f"nn-grader-{pid}-*"))
    return found


def test_a_grader_killed_with_sigkill_leaves_cgroups_the_next_one_removes():
    """SIGKILL gives a grader no time to remove its workers' cgroups; the next grading's preflight
    removes the empty ones of graders that are gone, never those of a grader still running."""
    from grader import cgroups

    parents = cgroups._parents()
    if not parents:
        pytest.skip("no cgroup this process may create children in")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = [parent / f"nn-grader-{gone.pid}-test-{k}" for k, parent in enumerate(sorted(parents))]
    running = [parent / f"nn-grader-{os.getpid()}-test-live" for parent in sorted(parents)]
    for path in stale + running:
        path.mkdir()
    try:
        assert cgroups.sweep_stale() >= len(stale)
        assert not any(path.exists() for path in stale)
        assert all(path.exists() for path in running)
    finally:
        for path in stale + running:
            if path.exists():
                path.rmdir()


@pytest.mark.parametrize("mode", [pytest.param((), id="sandbox", marks=needs_sandbox),
                                  pytest.param(("--no-sandbox",), id="no-sandbox")])
def test_ctrl_c_leaves_no_cgroup_process_or_file(tmp_path, mode):
    folders = []
    for name in ("a", "b", "c"):
        folders.append(write_notebook(tmp_path / "class" / name / NB, ["import time\ntime.sleep(300)"]).parent)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(scratch))
    proc = subprocess.Popen([PYTHON, "-m", "grader", *map(str, folders), "--json", str(tmp_path / "g.json"), "-q",
                             "-j", "2", "--timeout", "200", *mode], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=as_in_a_terminal)
    members: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(members) < 4:  # two workers with a notebook each
            for group in _cgroups_of(proc.pid):
                try:
                    members |= {int(p) for p in (group / "cgroup.procs").read_text().split()}
                except OSError:
                    pass
            time.sleep(0.2)
        time.sleep(1)
        proc.send_signal(signal.SIGINT)
        stopped_within(proc, 30)  # or says where it hangs
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, proc.stderr.read()
    time.sleep(0.5)
    assert _cgroups_of(proc.pid) == []
    assert [pid for pid in members if os.path.exists(f"/proc/{pid}") and
            "zombie" not in Path(f"/proc/{pid}/status").read_text()] == []
    assert list(scratch.iterdir()) == []


# ------------------------------------------------------------------ the rules, one by one

def test_the_exit_report_carries_typed_figures():
    from grader import protocol

    line = protocol.encode(protocol.Kind.EXIT, job=3, status="timeout", cause="cpu", seconds=7.5,
                           max_rss_mb=90, cpu_seconds=5.01, starved_seconds=2.4)
    record = protocol.decode_zygote(line)
    assert (record.cpu_seconds, record.starved_seconds, record.seconds) == (5.01, 2.4, 7.5)
    assert record.ending == protocol.Ending(protocol.Cause.CPU)
    junk = protocol.decode_zygote(protocol.encode(protocol.Kind.EXIT, job=3, status="ok", cause="none",
                                                  cpu_seconds="5", starved_seconds=-1, seconds=True))
    assert (junk.cpu_seconds, junk.starved_seconds, junk.seconds) == (None, None, None)


def test_which_limit_a_job_reached_depends_on_its_own_use_only():
    from grader import limits, zygote
    from grader.protocol import Cause

    def usage(cpu, starved):
        u = zygote.Usage()
        u.cpu, u.starved = cpu, starved
        return u

    t = 10.0
    assert zygote._over_a_limit(usage(9.9, 0), 19, t) is None
    assert zygote._over_a_limit(usage(10.0, 0), 11, t)[1].cause == Cause.CPU
    # A busy loop on a loaded machine: slow on the wall clock, but only its CPU time stops it.
    assert zygote._over_a_limit(usage(9.0, 40.0), 50, t) is None
    assert zygote._over_a_limit(usage(10.0, 45.0), 56, t)[1].cause == Cause.CPU
    # A sleeper: its own clock (no wait for a CPU) reaches twice the limit.
    assert zygote._over_a_limit(usage(0.2, 0.0), limits.own_clock_limit(t), t)[1].cause == Cause.WALL
    # Starved past the backstop without reaching its own limits: the machine's fault.
    status, ending = zygote._over_a_limit(usage(3.0, limits.backstop(t) - 5), limits.backstop(t), t)
    assert status.value == "machine" and ending.cause == Cause.STARVED


def test_a_job_the_machine_starved_is_retried_and_never_judged(monkeypatch):
    from grader import limits
    from grader.protocol import Cause, Ending, Status
    from grader.run import pool as workers
    from grader.run.job import Job, Response

    pool = workers.Pool.__new__(workers.Pool)
    pool.closed = False
    runs = []

    def starved(job, fresh=False):
        runs.append(job.id)
        return Response(status=Status.MACHINE, ending=Ending(Cause.STARVED))

    monkeypatch.setattr(pool, "_run_once", starved)
    monkeypatch.setattr(workers.time, "sleep", lambda seconds: None)
    outcome = pool.grade(Job(id=1, lesson=L, cells=["x = 1"], probes={"step": []}))
    assert len(runs) == 1 + limits.MACHINE_RETRIES
    assert outcome.judged is None and outcome.ran.status == Status.MACHINE
