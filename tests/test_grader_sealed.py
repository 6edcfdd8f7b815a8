"""Issue 11, item by item: one hostile notebook cannot break the batch, hang it,
change another student's result, earn marks it did not, or leak a secret.

Each test puts one hostile notebook of lesson 01 (the solution with trouble
inserted before ``perceptron_loss``) in a batch with honest classmates graded
after it on the same worker (``-j 1``), and checks that the batch completes,
that every classmate keeps full marks, and what the attacker gets. "both"
in a docstring means the attack was tried in the sandbox (the default) and
with ``--no-sandbox``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from grader import cgroups, protocol, sandbox
from helpers import checks, values
from tests.grading import as_in_a_terminal, exercises, grade, solution_cells, stopped_within, write_notebook
from tests.support import ROOT, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))
SANDBOX, WHY = sandbox.probe()
needs_sandbox = pytest.mark.skipif(SANDBOX is None, reason=f"sandbox unavailable: {WHY}")
BOTH = pytest.mark.parametrize("mode", [
    pytest.param((), id="sandbox", marks=needs_sandbox), pytest.param(("--no-sandbox",), id="no-sandbox")])


def _with_trouble(trouble: str) -> list[str]:
    cells = solution_cells(L)
    cut = next(i for i, c in enumerate(cells) if c.startswith("def perceptron_loss"))
    return cells[:cut] + [trouble] + cells[cut:]


def _batch(tmp_path: Path, trouble: str, *extra: str, honest: int = 2) -> tuple[dict, list[dict]]:
    """Grade the attacker first, then ``honest`` classmates on the same worker."""
    attacker = write_notebook(tmp_path / "attacker" / NB, _with_trouble(trouble)).parent
    classmates = []
    for i in range(honest):
        folder = tmp_path / f"honest{i}"
        folder.mkdir()
        shutil.copy(SOLUTIONS / NB, folder / NB)
        classmates.append(folder)
    result = grade([attacker, *classmates], tmp_path, "-j", "1", "--timeout", "8", *extra)
    subs = {s["submission"]: s for s in result["submissions"]}
    return subs["attacker"], [subs[f.name] for f in classmates]


def _honest_intact(classmates: list[dict]) -> None:
    for sub in classmates:
        assert sub["score"] == MAX, sub
        assert sub["notebooks"][0]["error"] is None, sub["notebooks"][0]["error"]


def _forge(records: list[dict]) -> str:
    """A cell that writes ``records`` on the job channel and into every pipe or socket
    of its parent it can open (/proc/<ppid>/fd: how the old grader was attacked), then
    ends the process at once. (Regular files of the parent are left alone: as root
    without the sandbox a notebook could truncate them — the README says so.)"""
    lines = "".join(json.dumps(r) + "\n" for r in records).encode()
    return (f"import os, glob\ndata = {lines!r}\n"
            f"for fd in (1, 2, 3, 4, 5, 6):\n    try:\n        os.write(fd, data)\n    except OSError:\n        pass\n"
            f"for path in glob.glob(f'/proc/{{os.getppid()}}/fd/*'):\n    try:\n"
            f"        if not os.readlink(path).startswith(('pipe:', 'socket:')):\n            continue\n"
            f"        with open(path, 'wb') as handle:\n            handle.write(data)\n    except OSError:\n        pass\n"
            f"os._exit(0)\n")


# ----------------------------------------------------------- whole batch lost

FORGED = {
    "mutated strings": {"kind": "probe", "name": "perceptron_loss",
                        "outcomes": [[{"value": 1.125, "mutated": ["a", "b"]}]] * 4},
    "types a number": {"kind": "probe", "name": "perceptron_loss",
                       "outcomes": [[{"raised": {"type": "X", "types": 7, "message": "m"}}]] * 4},
    "huge string array": {"kind": "probe", "name": "perceptron_loss",
                          "outcomes": [[{"value": {"$nd": {"dtype": "<U100000000", "shape": [1000000],
                                                           "data": ["x"]}}, "mutated": []}]] * 4},
    "a plain list": [1, 2, 3],
    "old done record": {"done": True},
    "old started record": {"started": 1},
    "exit of the next job": {"kind": "exit", "job": 1, "status": "ok", "cause": "none", "seconds": 0.1},
}


@BOTH
def test_forged_records_then_exit_cost_only_the_attacker(tmp_path, mode):
    """Forged records of every kind (FORGED), each attacker writing one on the job channel and
    into the worker's own descriptors (/proc/<ppid>/fd), then os._exit(0). One batch on one
    worker (-j 1): each attacker is followed by an honest classmate, who is followed by the next
    attacker. The batch completes, every classmate is intact, and each attacker keeps only what
    it earned before."""
    paths = []
    for k, forged in enumerate(FORGED):
        paths.append(write_notebook(tmp_path / f"k{k}a" / NB, _with_trouble(_forge([FORGED[forged]]))).parent)
        honest = tmp_path / f"k{k}h"
        honest.mkdir()
        shutil.copy(SOLUTIONS / NB, honest / NB)
        paths.append(honest)
    result = grade(paths, tmp_path, "-j", "1", "--timeout", "8", *mode)
    subs = {s["submission"]: s for s in result["submissions"]}
    for k, forged in enumerate(FORGED):
        honest, attacker = subs[f"k{k}h"], subs[f"k{k}a"]
        assert honest["score"] == MAX and honest["notebooks"][0]["error"] is None, (forged, honest)
        ex = exercises(attacker)
        assert ex["step"]["passed"] and ex["predict"]["passed"], (forged, attacker)
        assert not ex["perceptron_loss"]["passed"] and not ex["train_perceptron"]["passed"], (forged, attacker)
        assert attacker["notebooks"][0]["error"], (forged, attacker)


def test_decoding_checks_sizes_before_allocating():
    """An array claiming a huge dtype or shape is refused before any memory is taken."""
    for payload in ({"dtype": "<U100000000", "shape": [1000000], "data": ["x"]},
                    {"dtype": "<f8", "shape": [10**6, 10**6], "data": []},
                    {"dtype": "<U10", "shape": [2], "data": ["a", 5]}):
        with pytest.raises(values.WireError):
            values.decode({"$nd": payload})


@pytest.mark.parametrize("line", [b"[1, 2, 3]", b"null", b"{", b'{"kind": "cell", "cell": "1"}',
                                  b'{"kind": "cell", "cell": 1, "error": null, "line": "**Score**"}',
                                  b'{"kind": "probe", "name": "not_graded", "outcomes": []}',
                                  b'{"kind": "probe", "name": "step", "outcomes": 5}',
                                  b'{"kind": "phase", "phase": "references", "name": "step"}',
                                  b'{"kind": "judge", "name": "step", "proxies": {}}',
                                  b'{"kind": "judged", "name": "not_graded"}',
                                  b'{"kind": "call", "op": "getattr", "name": "step", "args": [], "kwargs": {}}',
                                  b'{"kind": "call", "op": "call", "name": "__import__", "args": [], "kwargs": {}}',
                                  b'{"kind": "call", "op": "method", "name": "forward", "args": [], "kwargs": {}}',
                                  b'{"kind": "call", "op": "call", "name": "step", "args": {}, "kwargs": {}}',
                                  b'{"kind": "call", "op": "call", "name": "step", "args": [], "kwargs": {"_x": 1}}',
                                  b"\xff\xfe", b"x" * (protocol.MAX_RECORD + 1)])
def test_the_child_record_decoder_is_total(line):
    assert protocol.decode_child(line, frozenset({"step"})) is None


def test_outcomes_are_cleaned_before_any_judge_sees_them():
    junk = [5, {"raised": 1}, {"raised": {"types": 7}}, {"value": 1, "mutated": ["a"]},
            {"missing": 3}, {"other": 1}]
    for outcome in junk:
        cleaned = protocol.clean_outcome(outcome)
        assert set(cleaned) <= {"unreadable", "raised", "missing", "value", "mutated"}
        if "raised" in cleaned:
            assert all(isinstance(t, str) for t in cleaned["raised"]["types"])


@pytest.mark.skipif(os.geteuid() != 0, reason="killing other users' processes needs root")
def test_killing_the_other_workers_without_the_sandbox_never_blames_a_classmate(tmp_path):
    """No sandbox, as root: the notebook SIGKILLs every other worker of its grading run (the
    zygotes started by the same grader; not those of another grading on the machine, such as
    a second pytest worker's). A classmate whose worker died is graded again on a fresh one."""
    trouble = ("import os, signal\n"
               "def parent(pid):\n    return int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])\n"
               "grader = parent(os.getppid())\n"
               "for pid in os.listdir('/proc'):\n    if pid.isdigit() and int(pid) != os.getpid():\n"
               "        try:\n            cmd = open(f'/proc/{pid}/cmdline', 'rb').read()\n"
               "            ours = parent(pid) == grader\n"
               "        except (OSError, ValueError, IndexError):\n            continue\n"
               "        if b'grader.zygote' in cmd and ours:\n            os.kill(int(pid), signal.SIGKILL)\n")
    attacker = write_notebook(tmp_path / "attacker" / NB, _with_trouble(trouble)).parent
    honest = []
    for i in range(3):
        (tmp_path / f"honest{i}").mkdir()
        shutil.copy(SOLUTIONS / NB, tmp_path / f"honest{i}" / NB)
        honest.append(tmp_path / f"honest{i}")
    result = grade([honest[0], attacker, *honest[1:]], tmp_path, "-j", "2", "--no-sandbox")
    subs = {s["submission"]: s for s in result["submissions"]}
    # The batch completes. A classmate whose worker was killed is graded again (twice at
    # most); one hit every time is told the worker died, never that it was their doing.
    # (Without the sandbox a notebook running as you can signal your processes: the
    # README says so, and the sandbox, the default, closes it.)
    for h in honest:
        sub = subs[h.name]
        text = json.dumps(sub)
        assert sub["score"] == MAX or "killed while its checks ran" in text or "worker running this" in text, sub
        assert "its grading worker" not in text


def test_a_folder_at_the_json_path_loses_nothing(tmp_path):
    """No sandbox: the notebook makes a folder where the grades go."""
    out = tmp_path / "grades.json"
    trouble = f"import os\nos.makedirs({str(out)!r}, exist_ok=True)\n"
    path = write_notebook(tmp_path / "attacker" / NB, _with_trouble(trouble))
    from grader.__main__ import main

    assert main([str(path.parent), "--json", str(out), "-q", "--no-sandbox"]) == 0
    written = json.loads((tmp_path / "grades.json.1").read_text())
    assert written["submissions"][0]["score"] == MAX


# ------------------------------------------------------------------ hangs

@BOTH
def test_a_stopped_worker_is_killed_and_replaced(tmp_path, mode):
    """os.kill(os.getppid(), SIGSTOP): in the sandbox the parent is not even visible
    (getppid() is 0 in the notebook's own PID namespace); without it the worker
    stops, and the grader's own deadline kills and replaces it."""
    trouble = "import os, signal\nos.kill(os.getppid(), signal.SIGSTOP)\nimport time\ntime.sleep(30)"
    start = time.monotonic()
    attacker, classmates = _batch(tmp_path, trouble, *mode, "--timeout", "3")
    assert time.monotonic() - start < 90
    _honest_intact(classmates)
    assert exercises(attacker)["step"]["passed"]


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    if marker.encode() in handle.read():
                        found.append(int(entry))
            except OSError:
                pass
    return found


@needs_sandbox
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_the_first_ctrl_c_stops_at_once_keeps_results_and_leaves_nothing(tmp_path, sig):
    """Ctrl-C, and SIGTERM alike (a scheduler, `kill`: it once left workers' cgroups behind)."""
    slow = write_notebook(tmp_path / "zz_slow" / NB, ["import time\ntime.sleep(120)"])
    (tmp_path / "aa_fast").mkdir()
    shutil.copy(SOLUTIONS / NB, tmp_path / "aa_fast" / NB)
    out = tmp_path / "grades.json"
    proc = subprocess.Popen([sys.executable, "-m", "grader", str(tmp_path / "aa_fast"), str(slow.parent),
                             "--json", str(out), "-q", "-j", "1", "--timeout", "100"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=as_in_a_terminal)
    journal = Path(f"{out}.journal")
    deadline = time.monotonic() + 90  # aa_fast is done (journaled), zz_slow sleeps: however busy the machine
    while time.monotonic() < deadline and not (journal.exists() and "aa_fast" in journal.read_text()):
        time.sleep(0.5)
    time.sleep(1)
    ours = _descendants(proc.pid)
    assert ours, "the grader started no worker"
    interrupted = time.monotonic()
    proc.send_signal(sig)
    stopped_within(proc, 15, lambda: f"processes {_descendants(proc.pid)}")  # or says where it hangs
    assert time.monotonic() - interrupted < 10
    assert proc.returncode == 130, proc.stderr.read()
    result = json.loads(out.read_text())
    assert result["grader"]["interrupted"] is True
    assert [s["submission"] for s in result["submissions"]] == ["aa_fast"]
    time.sleep(1)
    assert [pid for pid in ours if _running(pid)] == []
    left = [str(p) for pattern in (f"*/nn-grader-{proc.pid}-*", f"*/*/*/nn-grader-{proc.pid}-*")
            for p in Path("/sys/fs/cgroup").glob(pattern)]
    assert left == []


def test_the_batch_deadline_stops_the_run_keeps_results_and_resume_finishes(tmp_path):
    """Per job, per worker and per batch: --batch-timeout ends a run that would take
    too long as Ctrl-C does (finished results written, nothing left running, exit 3),
    and --resume grades the rest."""
    # The sleeper's own limit (twice --timeout on its own clock) would end it only after 120 s:
    # a run that ends well before has been stopped by the batch limit, however busy the machine.
    slow = write_notebook(tmp_path / "zz_slow" / NB, ["import time\ntime.sleep(600)"])
    (tmp_path / "aa_fast").mkdir()
    shutil.copy(SOLUTIONS / NB, tmp_path / "aa_fast" / NB)
    out = tmp_path / "grades.json"
    argv = [sys.executable, "-m", "grader", str(tmp_path / "aa_fast"), str(slow.parent),
            "--json", str(out), "-q", "-j", "1", "--lessons", "01"]
    started = time.monotonic()
    done = subprocess.run(argv + ["--timeout", "60", "--batch-timeout", "15"], cwd=ROOT, capture_output=True,
                          text=True, timeout=150)
    assert time.monotonic() - started < 100
    assert done.returncode == 3, done.stderr
    assert "batch time limit" in done.stderr and "--resume" in done.stderr
    result = json.loads(out.read_text())
    assert result["grader"]["stopped"] == "the batch time limit passed"
    assert [s["submission"] for s in result["submissions"]] == ["aa_fast"]
    again = subprocess.run(argv + ["--timeout", "5", "--resume"], cwd=ROOT, capture_output=True, text=True,
                           timeout=150)
    assert again.returncode == 0, again.stderr
    assert [s["submission"] for s in json.loads(out.read_text())["submissions"]] == ["aa_fast", "zz_slow"]


def _running(pid: int) -> bool:
    """Still there and not a zombie (a zombie runs nothing; pid 1 reaps it in its own time)."""
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _descendants(root: int) -> list[int]:
    """Every process below ``root`` now (by parent links)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat", "rb").read().decode(errors="replace")
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


# ------------------------------------------------- other students' results

@BOTH
def test_a_chain_of_sessions_cannot_reach_the_next_notebook(tmp_path, mode):
    """25 processes, each in its own session, wait and then kill every process they
    can. In the sandbox they die with the notebook's PID namespace; without it the
    worker's sweep kills them (and a classmate hit anyway is graded again)."""
    trouble = ("import os, time, signal\n"
               "def chain(n):\n    if n == 0:\n        time.sleep(2)\n"
               "        for pid in range(2, 400000):\n            try:\n                os.kill(pid, signal.SIGKILL)\n"
               "            except OSError:\n                pass\n        os._exit(0)\n"
               "    if os.fork() == 0:\n        os.setsid()\n        chain(n - 1)\n        os._exit(0)\n"
               "if os.fork() == 0:\n    os.setsid()\n    chain(25)\n    os._exit(0)\n")
    if not mode:
        attacker, classmates = _batch(tmp_path, trouble, *mode)
        _honest_intact(classmates)
        return
    pytest.skip("without the sandbox a root notebook can kill any host process: not run here")


@needs_sandbox
def test_a_planted_module_in_tmp_does_not_reach_the_next_notebook(tmp_path):
    """Each notebook has its own empty /tmp: a planted /tmp/ipywidgets.py and a
    sys.path entry are gone when the next student's lesson 02 runs."""
    trouble = ("import os, sys\nfor d in ('/tmp', os.getcwd(), os.path.expanduser('~')):\n    try:\n"
               "        open(os.path.join(d, 'ipywidgets.py'), 'w').write('raise ImportError(\"planted\")')\n"
               "        open(os.path.join(d, 'helpers.py'), 'w').write('raise ImportError(\"planted\")')\n"
               "    except OSError:\n        pass\n")
    attacker = write_notebook(tmp_path / "attacker" / NB, _with_trouble(trouble)).parent
    lesson02 = "02_decision_lines.ipynb"
    victims = []
    for i in range(2):
        (tmp_path / f"v{i}").mkdir()
        shutil.copy(SOLUTIONS / lesson02, tmp_path / f"v{i}" / lesson02)
        victims.append(tmp_path / f"v{i}")
    result = grade([attacker, *victims], tmp_path, "-j", "1")
    for sub in result["submissions"][1:]:
        # Graded against the whole assignment (lessons 01 and 02: the attacker handed in
        # 01), each victim must get every point of lesson 02, the lesson it handed in.
        [nb] = [nb for nb in sub["notebooks"] if nb["lesson"] == "02_decision_lines"]
        assert nb["error"] is None, nb["error"]
        assert sub["score"] == sum(e.points for e in checks.exercises("02_decision_lines")) > 0, sub


@needs_sandbox
def test_a_forged_process_id_never_makes_the_grader_kill_a_host_process(tmp_path):
    """The old grader killed the process group a child named in a `started` record.
    Now the grader kills only the worker it started itself."""
    victim = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    try:
        trouble = _forge([{"started": victim.pid}, {"kind": "exit", "job": 0, "status": "ok"}]).replace(
            "os._exit(0)", "import signal\nos.kill(os.getppid(), signal.SIGKILL)\nos._exit(0)")
        attacker, classmates = _batch(tmp_path, trouble)
        _honest_intact(classmates)
        assert victim.poll() is None, "a host process was killed"
    finally:
        victim.kill()
        victim.wait()


def test_a_background_process_cannot_rewrite_the_grades_later(tmp_path):
    """No sandbox: a daemon that sleeps, then rewrites grades.json. It is killed
    with its notebook (the worker is a subreaper; the grader removes its work folder)."""
    out = tmp_path / "grades.json"
    trouble = (f"import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
               f"        time.sleep(4)\n        open({str(out)!r}, 'w').write('pwned')\n    os._exit(0)\n")
    attacker, classmates = _batch(tmp_path, trouble, "--no-sandbox", honest=1)
    _honest_intact(classmates)
    time.sleep(6)
    assert json.loads(out.read_text())["submissions"][0]["submission"] == "attacker"


@needs_sandbox
def test_the_course_code_is_read_only_in_the_sandbox(tmp_path):
    target = ROOT / "grader" / "child.py"
    before = target.read_bytes()
    trouble = f"open({str(target)!r}, 'a').write('\\nraise SystemExit')\n"
    attacker, classmates = _batch(tmp_path, trouble)
    assert target.read_bytes() == before
    _honest_intact(classmates)


# ------------------------------------------------- marks not earned, secrets

@needs_sandbox
@pytest.mark.parametrize("start_in", ["course root", "/tmp"])
def test_the_sandbox_hides_solutions_classmates_and_cases_wherever_it_starts(tmp_path, start_in):
    """Started from the course root (where `python -m` puts the root on sys.path) or
    from /tmp, a notebook sees neither solutions/, nor a classmate's notebook stored
    under the root, nor a --cases file under the root."""
    stash = ROOT / "build" / f"stash-{uuid.uuid4().hex}"
    stash.mkdir(parents=True)
    try:
        classmate = stash / "classmate.ipynb"
        shutil.copy(SOLUTIONS / NB, classmate)
        cases = stash / "cases.py"
        cases.write_text("from helpers import expect\nfrom helpers.cases import Case\nfrom helpers.probes import call\n"
                         "CASES = {'step': [Case(call('step', -1e-9), lambda got: expect.close(got, -1.0))]}\n")
        solution = ROOT / "solutions" / "05_backprop.py"
        trouble = "\n".join(f"try:\n    open({str(p)!r}).read()\n    SEEN_{i} = True\nexcept OSError:\n    SEEN_{i} = False"
                            for i, p in enumerate((solution, classmate, cases)))
        trouble += "\nif SEEN_0 or SEEN_1 or SEEN_2:\n    AND_WEIGHTS = [-1.5, 1, 1]\nelse:\n    AND_WEIGHTS = None\n"
        path = write_notebook(tmp_path / "attacker" / NB, [trouble])
        out = tmp_path / "g.json"
        cwd = ROOT if start_in == "course root" else "/tmp"
        done = subprocess.run([sys.executable, "-m", "grader", str(path.parent), "--json", str(out), "-q",
                               "--cases", str(cases)], cwd=cwd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        result = json.loads(out.read_text())
        assert result["grader"]["mode"] == "sandbox"
        assert not exercises(result["submissions"][0])["AND_WEIGHTS"]["passed"]
    finally:
        shutil.rmtree(stash, ignore_errors=True)


def test_the_sandbox_is_the_default_and_refused_rather_than_skipped(tmp_path, monkeypatch, capsys):
    from grader import __main__ as cli

    path = write_notebook(tmp_path / "s" / NB, ["x = 1"])
    monkeypatch.setattr(cli.sandbox, "probe", lambda: (None, "bwrap (bubblewrap) is not installed"))
    assert cli.main([str(path.parent), "--json", str(tmp_path / "g.json"), "-q"]) == 2
    assert "--no-sandbox" in capsys.readouterr().err
    assert cli.main([str(path.parent), "--json", str(tmp_path / "g.json"), "-q", "--no-sandbox"]) == 0
    meta = json.loads((tmp_path / "g.json").read_text())["grader"]
    assert meta["mode"] == "no-sandbox" and meta["notebooks_run_as"]


@BOTH
def test_forged_probe_records_then_exit_earn_a_stub_nothing(tmp_path, mode):
    """The stub forges passing outcomes for every exercise and ends the process:
    a notebook that did not end normally is re-run without the cell where it
    stopped, and only that run's final pass counts."""
    records = [{"kind": "cell", "cell": i, "error": None, "line": None} for i in range(1, 40)]
    records += [{"kind": "probe", "name": "AND_WEIGHTS", "outcomes": [[{"value": {"$list": [-1.5, 1, 1]},
                                                                        "mutated": []}]]},
                {"kind": "cells_ran"}, {"kind": "outcome", "name": "AND_WEIGHTS",
                                        "outcomes": [[{"value": {"$list": [-1.5, 1, 1]}, "mutated": []}]]},
                {"kind": "judged", "name": "AND_WEIGHTS"}]
    stub_cells = solution_cells(L)[:1] + [_forge(records)]
    path = write_notebook(tmp_path / "stub" / NB, stub_cells)
    result = grade([path.parent], tmp_path, *mode)
    assert result["submissions"][0]["score"] == 0


@BOTH
def test_integrity_cannot_be_switched_off_or_dodged(tmp_path, mode):
    L6 = "06_softmax_cross_entropy"
    if not (SOLUTIONS / f"{L6}.ipynb").exists():
        pytest.skip("lesson 06 not built")
    # The public check module's trusted loss and numerical gradient answer the exercise.
    answer = "(z, y):\n    y = np.asarray(y)\n    return L6C._trusted_loss(z, y), L6C._numeric_dz(z, y)\n"
    dodges = {
        "switched off": "import grader.integrity as gi\ngi.inspect_name = lambda *a, **k: []\ngi.scan_cells = lambda *a, **k: {}\n"
                        "from helpers.checks import lesson06 as L6C\ndef softmax_cross_entropy" + answer,
        "in a dict": "import helpers.checks.lesson06\nTOOLS = {'m': helpers.checks.lesson06}\n"
                     "def softmax_cross_entropy(z, y):\n    y = np.asarray(y)\n"
                     "    return TOOLS['m']._trusted_loss(z, y), TOOLS['m']._numeric_dz(z, y)",
        "a code copy": "import types\nfrom helpers.checks import lesson06 as C\n"
                       "_loss = types.FunctionType(C._trusted_loss.__code__, C._trusted_loss.__globals__)\n"
                       "_grad = types.FunctionType(C._numeric_dz.__code__, C._numeric_dz.__globals__)\n"
                       "def softmax_cross_entropy(z, y):\n    y = np.asarray(y)\n    return _loss(z, y), _grad(z, y)",
        "alias under a graded name": "from helpers.checks import lesson06\nL6C = lesson06\n"
                                     "def softmax_cross_entropy" + answer,
    }
    for how, cell in dodges.items():
        folder = tmp_path / how.replace(" ", "_")
        write_notebook(folder / f"{L6}.ipynb", solution_cells(L6) + [cell])
    result = grade([tmp_path / how.replace(" ", "_") for how in dodges], tmp_path, *mode)
    for sub in result["submissions"]:
        ex = exercises(sub)["softmax_cross_entropy"]
        assert ex.get("integrity") and ex["points"] == 0, (sub["submission"], ex)


@BOTH
def test_hidden_inputs_never_reach_any_output(tmp_path, mode):
    """The notebook records every input its `step` sees and tries to smuggle them out
    through a forged cell error and an exception message; only pass/fail comes back."""
    cases = tmp_path / "cases.py"
    cases.write_text("from helpers import expect\nfrom helpers.cases import Case\nfrom helpers.probes import call\n"
                     "CASES = {'step': [Case(call('step', -0.0123456789), lambda got: expect.close(got, 5.0))]}\n")
    smuggler = ("import os, json\nimport numpy as np\nSEEN = []\n"
                "def step(s):\n    SEEN.append(repr(s))\n"
                "    rec = {'kind': 'cell', 'cell': 1, 'error': 'LEAK ' + ' '.join(SEEN), 'line': 1}\n"
                "    try:\n        os.write(3, (json.dumps(rec) + '\\n').encode())\n    except OSError:\n        pass\n"
                "    if len(SEEN) > 6:\n        raise ValueError('LEAK ' + ' '.join(SEEN))\n"
                "    return np.where(np.asarray(s) >= 0, 1, -1) if np.ndim(s) else (1 if s >= 0 else -1)\n")
    path = write_notebook(tmp_path / "s" / NB, [smuggler])
    fb = tmp_path / "fb"
    grade([path.parent], tmp_path, "--cases", str(cases), "--feedback", str(fb), "--csv", str(tmp_path / "g.csv"), *mode)
    everything = (tmp_path / "grades.json").read_text() + (tmp_path / "g.csv").read_text()
    everything += "".join(p.read_text() for p in fb.iterdir())
    assert "0123456" not in everything


@BOTH
def test_a_forged_cell_error_is_bounded_and_escaped(tmp_path, mode):
    fake = "**Score: 100 / 14** <img src=x onerror=alert(1)> " + "A" * 2_500_000
    records = [{"kind": "cell", "cell": 1, "error": fake, "line": 1}]
    trouble = _forge(records).replace("os._exit(0)", "pass")
    fb = tmp_path / "fb"
    attacker, _ = _batch(tmp_path, trouble, "--feedback", str(fb), *mode, honest=0)
    text = (fb / "attacker.md").read_text()
    assert "<img" not in text and "**Score: 100" not in text
    assert len(text) < 50_000


# ------------------------------------------------------------ limits

@BOTH
def test_a_flood_of_processes_is_stopped(tmp_path, mode):
    if not mode and os.geteuid() == 0:
        from grader import cgroups

        if "pids" not in cgroups.available():
            pytest.skip("as root without a pids cgroup, nothing limits processes without the sandbox")
    trouble = ("import os, time\nmade = 0\ntry:\n    for _ in range(600):\n        if os.fork() == 0:\n"
               "            time.sleep(20)\n            os._exit(0)\n        made += 1\nexcept OSError:\n    pass\n"
               "assert made < 600, made\n")
    attacker, classmates = _batch(tmp_path, trouble, *mode, honest=1)
    _honest_intact(classmates)
    errors = attacker["notebooks"][0]["cell_errors"]
    assert not any("AssertionError" in e["error"] for e in errors), errors


@needs_sandbox
def test_files_in_tmp_and_dev_shm_die_with_the_notebook(tmp_path):
    marker = uuid.uuid4().hex
    trouble = (f"for d in ('/tmp', '/dev/shm'):\n    try:\n"
               f"        open(d + '/{marker}', 'wb').write(b'x' * 10_000_000)\n    except OSError:\n        pass\n")
    attacker, classmates = _batch(tmp_path, trouble, honest=1)
    _honest_intact(classmates)
    assert not any(marker in name for d in ("/tmp", "/dev/shm") for name in os.listdir(d))
    assert not [n for n in os.listdir("/tmp") if n.startswith("grade-")]


def test_a_worker_reset_mid_record_ends_its_job_not_the_batch():
    """A worker killed with bytes unread makes its control socket fail with
    ECONNRESET; that is the worker gone (None), never an exception in the grader."""
    import socket

    from grader.run.transport import Zygote

    ours, theirs = socket.socketpair()
    ours.sendall(b"unread by the worker")  # left in the worker's buffer when it dies
    theirs.close()
    zygote = Zygote.__new__(Zygote)
    zygote.ctl, zygote.pending = ours, b""
    try:
        assert zygote._control(time.monotonic() + 5) is None
    finally:
        ours.close()


def test_a_fault_of_the_graders_own_code_costs_one_notebook_not_the_batch(tmp_path, monkeypatch):
    """If the grader's own code fails while grading one notebook (as a thread-unsafe parse
    once did in CI), that notebook says the grader failed; the others are graded."""
    from grader.run import pool

    real = pool.Pool.grade

    def flaky(self, job):
        if job.cells and "FAULT" in job.cells[-1]:
            raise RuntimeError("a bug of ours")
        return real(self, job)

    monkeypatch.setattr(pool.Pool, "grade", flaky)
    unlucky = write_notebook(tmp_path / "a_unlucky" / NB, solution_cells(L) + ["# FAULT"]).parent
    (tmp_path / "b_fine").mkdir()
    shutil.copy(SOLUTIONS / NB, tmp_path / "b_fine" / NB)
    result = grade([unlucky, tmp_path / "b_fine"], tmp_path, "--no-sandbox")
    subs = {s["submission"]: s for s in result["submissions"]}
    assert subs["b_fine"]["score"] == MAX
    error = subs["a_unlucky"]["notebooks"][0]["error"]
    assert "grader itself failed" in error and "RuntimeError" in error, error


# ------------------------------------------------- red team, second round (issue 20)
_SCAN_MEMORY = """import os, re
found = []
fd = os.open("/proc/self/mem", os.O_RDONLY)
for line in open("/proc/self/maps").read().splitlines():
    parts = line.split()
    lo, hi = (int(x, 16) for x in parts[0].split("-"))
    if "r" not in parts[1] or hi - lo > 512 * 2**20:
        continue
    for at in range(lo, hi, 1 << 20):
        try:
            data = os.pread(fd, min(1 << 20, hi - at), at)
        except OSError:
            continue
        found += [m.group(0).decode() for m in re.finditer(rb"classmate-secret-[0-9a-f]{12}", data)]
raise RuntimeError("FOUND " + " ".join(sorted(set(found))[:3]) if found else "none")
"""


@BOTH
def test_a_notebook_cannot_read_an_earlier_classmates_notebook_out_of_its_own_memory(tmp_path, mode):
    """The worker forks each notebook's process from itself; if the worker ever read a job's
    cells, the next student's process would hold them (freed, but in its memory): the red team
    read a classmate's solutions through /proc/self/mem. The notebook goes to its own process
    alone, so a scan of the whole memory finds nothing of the classmate graded before."""
    secret = f"classmate-secret-{uuid.uuid4().hex[:12]}"
    # In every cell (large strings live in the heap, where freed memory keeps its bytes longest).
    first = write_notebook(tmp_path / "aaa_first" / NB, [f"# {secret}\n{c}" for c in solution_cells(L)]).parent
    spy = write_notebook(tmp_path / "zzz_spy" / NB, [_SCAN_MEMORY, *solution_cells(L)]).parent
    result = grade([first, spy], tmp_path, "-j", "1", "--timeout", "20", *mode)
    text = json.dumps(result)
    spy_sub = next(s for s in result["submissions"] if s["submission"] == "zzz_spy")
    assert "RuntimeError: none" in json.dumps(spy_sub["notebooks"][0]["cell_errors"]), spy_sub
    assert text.count(secret) == 0


@BOTH
def test_ignoring_sigchld_in_a_cell_costs_nothing(tmp_path, mode):
    """``signal.signal(SIGCHLD, SIG_IGN)`` once made the grader's own wait for its judging
    forks fail: a correct notebook scored 0, told it ended early. The grader's child puts its
    own handling back before it judges."""
    trouble = "import signal\nsignal.signal(signal.SIGCHLD, signal.SIG_IGN)"
    attacker, classmates = _batch(tmp_path, trouble, *mode, honest=1)
    assert attacker["score"] == MAX, attacker
    _honest_intact(classmates)


@needs_sandbox
def test_a_process_budget_left_full_of_sleepers_costs_nothing(tmp_path):
    """Sleeping children filling the box's process budget once left the grader no fork to
    judge in (0 points). In the sandbox the notebook's first process stops every other
    process of its box before the judging starts."""
    trouble = ("import os, time\nfor _ in range(400):\n    try:\n        pid = os.fork()\n    except OSError:\n"
               "        break\n    if pid == 0:\n        time.sleep(600)\n        os._exit(0)")
    attacker, classmates = _batch(tmp_path, trouble, honest=1)
    assert attacker["score"] == MAX, attacker
    _honest_intact(classmates)


_BURN_IN_CHILDREN = """import os, signal, time
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps them: their CPU reaches nobody's count
start = time.time()
while time.time() - start < 40:
    for _ in range(2):
        if os.fork() == 0:
            t = time.process_time()
            while time.process_time() - t < 2:
                pass
            os._exit(0)
    try:
        while True:
            os.wait()
    except ChildProcessError:
        pass
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
"""


@pytest.mark.skipif(not cgroups.counts_cpu(), reason="no cgroup CPU accounting on this machine")
def test_cpu_burned_in_children_the_kernel_reaps_counts_against_the_limit(tmp_path):
    """Children reaped by the kernel itself (SIGCHLD ignored) leave no trace in /proc: a notebook
    burned 28 CPU seconds under a 10 s limit unnoticed, and a flood of them ran into the wall-clock
    backstop, blamed on the machine. The worker's cgroup counts them: a CPU time limit."""
    attacker, classmates = _batch(tmp_path, _BURN_IN_CHILDREN, "--timeout", "5", honest=1)
    notebook = attacker["notebooks"][0]
    assert notebook["limit"] == "timeout", notebook
    assert "CPU" in notebook["error"], notebook["error"]
    assert attacker["score"] < MAX
    _honest_intact(classmates)
