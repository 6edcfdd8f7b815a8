"""Hostile notebooks, beyond tests/test_grader.py: processes left behind, other
students' files, deep recursion, floods of output, the grader's own files, and
one mixed batch where everyone else's results must come out intact."""

import os
import shutil
import sys
import time
import uuid

import pytest

from grader import sandbox
from helpers import checks
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))
SANDBOX, WHY_NO_SANDBOX = sandbox.probe()
needs_sandbox = pytest.mark.skipif(SANDBOX is None, reason=f"--sandbox unavailable: {WHY_NO_SANDBOX}")


def _cut(cells, name):
    """Index of the cell defining ``name`` (to insert trouble before it)."""
    return next(i for i, c in enumerate(cells) if c.startswith(f"def {name}"))


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


def _spawner(marker: str) -> str:
    """A cell that leaves three sleepers behind in every way it can: a child in the
    group, one in its own session (setsid), and a double-forked daemon."""
    sleeper = [sys.executable, "-c", f"import time; time.sleep(300)  # {marker}"]
    return (f"import os, subprocess\n"
            f"subprocess.Popen({sleeper!r})\n"
            f"subprocess.Popen({sleeper!r}, start_new_session=True)\n"
            f"if os.fork() == 0:\n"
            f"    os.setsid()\n"
            f"    if os.fork() == 0:\n"
            f"        os.execv({sys.executable!r}, {sleeper!r})\n"
            f"    os._exit(0)\n"
            f"import time; time.sleep(0.5)\n")


@pytest.mark.parametrize("ending", ["finishes", "times out"])
def test_nothing_the_student_started_survives_the_batch(tmp_path, ending):
    marker = f"left-behind-{uuid.uuid4().hex}"
    cells = solution_cells(L) + [_spawner(marker)]
    if ending == "times out":
        cells.append("while True:\n    pass")
    path = write_notebook(tmp_path / "student" / NB, cells)
    sub = grade([path.parent], tmp_path, "--timeout", "4")["submissions"][0]
    assert sub["score"] == MAX
    deadline = time.monotonic() + 3  # SIGKILL is immediate; allow the kernel to reap
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(marker) == []


def test_writing_to_other_students_folders_changes_nothing(tmp_path):
    """Every submission is read into memory before any student code runs."""
    alice = tmp_path / "alice"
    alice.mkdir()
    shutil.copy(SOLUTIONS / NB, alice / NB)
    vandal = (f"import pathlib\n"
              f"for p in pathlib.Path({str(tmp_path)!r}).rglob('*.ipynb'):\n"
              f"    p.write_text('garbage')\n"
              f"pathlib.Path({str(alice)!r}, 'extra_01_perceptron.ipynb').write_text('{{}}')\n")
    mallory = write_notebook(tmp_path / "mallory" / NB, [vandal])
    # mallory is graded first with -j 1 and without the sandbox (where she could not write
    # at all): alice's files are already garbage when her turn comes
    result = grade([mallory.parent, alice], tmp_path, "-j", "1", "--no-sandbox")
    subs = {s["submission"]: s for s in result["submissions"]}
    assert subs["alice"]["score"] == MAX
    assert len(subs["alice"]["notebooks"]) == 1
    assert (alice / NB).read_text() == "garbage"  # it really did write there


def test_deep_recursion_crash_keeps_earlier_credit(tmp_path):
    """Recursion through C (map) with the limit lifted overflows the C stack: a crash."""
    cells = solution_cells(L)
    cut = _cut(cells, "perceptron_loss")
    crash = ("import sys\nsys.setrecursionlimit(10**8)\n"
             "def down(n):\n    return list(map(down, [n + 1]))\ndown(0)")
    path = write_notebook(tmp_path / "student" / NB, cells[:cut] + [crash] + cells[cut:])
    sub = grade([path.parent], tmp_path)["submissions"][0]
    ex = exercises(sub)
    assert ex["step"]["passed"] and ex["predict"]["passed"]
    assert not ex["perceptron_loss"]["passed"]
    nb = sub["notebooks"][0]
    assert nb["limit"] in ("crash", "memory")
    assert "crashed" in nb["error"] or "Memory limit" in nb["error"]


@pytest.mark.parametrize("limit", [None, 10**8])
def test_pure_python_deep_recursion_is_a_cell_error(tmp_path, limit):
    """The default limit raises RecursionError; a lifted one runs into the memory
    limit (Python frames live on the heap) or, on older Pythons, crashes."""
    lift = f"import sys\nsys.setrecursionlimit({limit})\n" if limit else ""
    cells = [lift + "def down(n):\n    return down(n + 1) + 1\ndown(0)"] + solution_cells(L)
    path = write_notebook(tmp_path / "student" / NB, cells)
    # A smaller memory limit ends the lifted recursion sooner (on a loaded machine the
    # default 1 GB took long enough to meet the time limit instead).
    sub = grade([path.parent], tmp_path, "--memory-mb", "400")["submissions"][0]
    nb = sub["notebooks"][0]
    if nb["limit"] == "crash":
        assert "crashed in cell 1" in nb["error"]
        return
    assert sub["score"] == MAX
    assert nb["cell_errors"][0]["cell"] == 1
    # RecursionError, MemoryError, or SystemError when no frame can be allocated
    assert nb["cell_errors"][0]["error"].split(":")[0] in ("RecursionError", "MemoryError", "SystemError")


def test_100_mb_of_printed_output(tmp_path):
    flood = ("import sys\nline = 'x' * 999 + '\\n'\nfor _ in range(100_000):\n    print(line, end='')\n"
             "sys.stderr.write('y' * 10_000_000)\n"
             "with open('big.txt', 'w') as f:\n    f.write('z' * 100_000_000)")  # over the file limit
    cells = solution_cells(L)
    cut = _cut(cells, "perceptron_loss")
    path = write_notebook(tmp_path / "student" / NB, cells[:cut] + [flood] + cells[cut:])
    start = time.monotonic()
    sub = grade([path.parent], tmp_path)["submissions"][0]
    assert time.monotonic() - start < 30
    assert sub["score"] == MAX  # stdout goes nowhere; the notebook went on
    errors = sub["notebooks"][0]["cell_errors"]
    assert any("File too large" in e["error"] or "OSError" in e["error"] for e in errors), errors


def test_flooding_the_result_pipe_keeps_earlier_credit(tmp_path):
    cells = solution_cells(L)
    cut = _cut(cells, "perceptron_loss")
    flood = "import os\nchunk = b'x' * 65536\nwhile True:\n    os.write(3, chunk)"
    path = write_notebook(tmp_path / "student" / NB, cells[:cut] + [flood] + cells[cut:])
    sub = grade([path.parent], tmp_path)["submissions"][0]
    ex = exercises(sub)
    assert ex["step"]["passed"] and not ex["perceptron_loss"]["passed"]
    assert sub["notebooks"][0]["limit"] in ("output", "protocol")


def _reads(path) -> str:
    """A cell that earns AND_WEIGHTS only if it can read ``path``."""
    return (f"try:\n    open({str(path)!r}).read()\n    AND_WEIGHTS = [-1.5, 1.0, 1.0]\n"
            f"except OSError:\n    AND_WEIGHTS = None\n")


def _private_cases(tmp_path):
    cases = tmp_path / "instructor" / "private_cases.py"
    cases.parent.mkdir()
    cases.write_text("from helpers import expect\nfrom helpers.cases import Case\n"
                     "from helpers.probes import call\n"
                     "CASES = {'step': [Case(call('step', -1e-9), lambda got: expect.close(got, -1.0))]}\n")
    return cases


def test_without_sandbox_the_graders_files_are_readable_as_documented(tmp_path):
    """Without --sandbox a notebook runs as your user: it can read what you can
    (the README says so). It still cannot change any result."""
    cases = _private_cases(tmp_path)
    path = write_notebook(tmp_path / "student" / NB, [_reads(cases)])
    sub = grade([path.parent], tmp_path, "--cases", str(cases), "--no-sandbox")["submissions"][0]
    assert exercises(sub)["AND_WEIGHTS"]["passed"]


@needs_sandbox
def test_sandbox_hides_the_graders_files_other_students_and_the_network(tmp_path):
    cases = _private_cases(tmp_path)
    alice = tmp_path / "alice"
    alice.mkdir()
    shutil.copy(SOLUTIONS / NB, alice / NB)
    home = os.path.expanduser("~")
    probe_cells = [
        _reads(cases),
        _reads(alice / NB).replace("AND_WEIGHTS", "OR_WEIGHTS").replace("[-1.5, 1.0, 1.0]", "[-0.5, 1, 1]"),
        # step passes only if the network, the output folder or the home folder is reachable
        f"import os, socket\ns = socket.socket()\ns.settimeout(2)\n"
        f"net = s.connect_ex(('1.1.1.1', 80)) == 0\n"
        f"seen = os.path.exists({str(tmp_path)!r}) or os.path.exists({home!r} + '/.bashrc')\n"
        f"if net or seen:\n    import numpy as np\n    def step(s):\n"
        f"        return np.where(np.asarray(s) >= 0, 1, -1)\n",
    ]
    mallory = write_notebook(tmp_path / "mallory" / NB, probe_cells)
    result = grade([alice, mallory.parent], tmp_path, "--sandbox", "--cases", str(cases))
    subs = {s["submission"]: s for s in result["submissions"]}
    assert result["grader"]["sandbox"] is True
    assert subs["alice"]["score"] == MAX
    ex = exercises(subs["mallory"])
    assert not ex["AND_WEIGHTS"]["passed"], "the private cases file was readable"
    assert not ex["OR_WEIGHTS"]["passed"], "another student's folder was readable"
    assert not ex["step"]["passed"], "network, the output folder or home was reachable"


@needs_sandbox
def test_sandbox_still_kills_everything_left_behind(tmp_path):
    marker = f"left-behind-{uuid.uuid4().hex}"
    path = write_notebook(tmp_path / "student" / NB, solution_cells(L) + [_spawner(marker)])
    sub = grade([path.parent], tmp_path, "--sandbox")["submissions"][0]
    assert sub["score"] == MAX
    deadline = time.monotonic() + 3
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(marker) == []


HOSTILE = {
    "exits": "import os\nos._exit(0)",
    "kills its worker": "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)",
    "segfaults": "import ctypes\nctypes.string_at(0)",
    "hangs": "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True:\n    pass",
    "eats memory": "chunks = []\nwhile True:\n    chunks.append(bytearray(50_000_000))",
    "floods": "import os\nwhile True:\n    os.write(3, b'{\"probe\": \"step\"}' * 4000)",
    "forges results": "import os\nos.write(3, b'{\"probe\": \"perceptron_loss\", \"outcomes\": [], \"final\": true}\\n'"
                      " + b'{\"done\": true}\\n')\nos._exit(0)",
    "vandal": "import pathlib\nfor p in pathlib.Path(__import__('os').environ.get('CLASS_ROOT', '/nonexistent'))"
              ".rglob('*.ipynb'):\n    p.write_text('')",
}


# What these reach in the sandbox: nothing at all. The vandal sees no other folder; the
# worker is outside the notebook's PID namespace, where getppid() is 0 and os.kill(0, ...)
# reaches only the notebook's own process group (once it reached the process reporting
# how the notebook ended, which crashed it at a random later cell: a random score).
UNHARMED = {"vandal", "kills_its_worker"}


def test_a_mixed_batch_leaves_everyone_elses_results_intact(tmp_path):
    cells = solution_cells(L)
    cut = _cut(cells, "perceptron_loss")
    good = []
    for name in ("alice", "bob", "carol"):
        (tmp_path / name).mkdir()
        shutil.copy(SOLUTIONS / NB, tmp_path / name / NB)
        good.append(tmp_path / name)
    bad = []
    for name, trouble in HOSTILE.items():
        trouble = trouble.replace("__import__('os').environ.get('CLASS_ROOT', '/nonexistent')",
                                  repr(str(tmp_path)))
        path = write_notebook(tmp_path / name.replace(" ", "_") / NB, cells[:cut] + [trouble] + cells[cut:])
        bad.append(path.parent)
    # good ones between the bad ones, two workers, short limits
    order = [bad[0], good[0], *bad[1:4], good[1], *bad[4:], good[2]]
    result = grade(order, tmp_path, "-j", "2", "--timeout", "10", "--memory-mb", "600",
                   "--csv", str(tmp_path / "grades.csv"))
    subs = {s["submission"]: s for s in result["submissions"]}
    assert [s["submission"] for s in result["submissions"]] == [p.name for p in order]
    for path in good:
        assert subs[path.name]["score"] == MAX, subs[path.name]
    for path in bad:
        sub = subs[path.name]
        ex = exercises(sub)
        assert ex["step"]["passed"] and ex["predict"]["passed"], (path.name, ex)
        if path.name in UNHARMED:
            assert sub["score"] == MAX and not sub["notebooks"][0]["error"], sub
            continue
        assert sub["notebooks"][0]["error"], path.name  # a clear message
        if path.name != "eats_memory":  # a MemoryError is a cell error: the notebook goes on
            assert not ex["perceptron_loss"]["passed"], path.name  # defined after the trouble
    assert "kills_its_worker" in (tmp_path / "grades.csv").read_text()
