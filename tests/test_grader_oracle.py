"""Issue 20, items 2 and 3: reference code never enters a process that runs student code.

The course's references run in an oracle (``grader.oracle``); an exercise under test
reaches the other graded names through proxies (``helpers.proxies``) the grader chose
(``grader.run.session``), and sees only their outputs. A stub that speaks the protocol
earns nothing and receives no reference; an exercise that digs for another's reference
(source, bytecode, constants, the garbage collector, the oracle's memory) finds none to
put in its feedback; a hidden-case spy leaks no hidden input to a classmate.
"""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path

import numpy as np
import pytest

from grader import sandbox
from grader.oracle import Oracle
from grader.protocol import Phase
from grader.run.job import Job
from grader.run.session import Session
from helpers import checks, probes, proxies, values
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import ROOT, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
SANDBOX, WHY = sandbox.probe()
needs_sandbox = pytest.mark.skipif(SANDBOX is None, reason=f"sandbox unavailable: {WHY}")
BOTH = pytest.mark.parametrize("mode", [
    pytest.param((), id="sandbox", marks=needs_sandbox), pytest.param(("--no-sandbox",), id="no-sandbox")])
# Words of lesson 01's reference bodies that neither the released notebook, the check module,
# nor the course's helpers and grader contain (checked below): if one shows up in an output,
# reference code got there.
REFERENCE_TOKENS = ("x_tilde", "hstack", "wrong = predict", "out.ndim")


def _everything(tmp_path: Path) -> str:
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*")
                   if p.is_file() and p.suffix in (".json", ".md", ".csv", ".txt"))
    return text


def test_the_tokens_are_the_references_own():
    reference = (ROOT / "solutions" / f"{L}.py").read_text()
    public = (ROOT / "notebooks" / NB).read_text() + (ROOT / "helpers" / "checks" / "lesson01.py").read_text()
    public += "".join(p.read_text() for p in [*ROOT.glob("helpers/*.py"), *ROOT.glob("grader/**/*.py")])
    for token in REFERENCE_TOKENS:
        assert token in reference and token not in public, token


# ------------------------------------------------------------------ the oracle on its own


def test_the_oracle_answers_probes_as_run_probe_does():
    with Oracle(L) as oracle:
        assert oracle.outcomes(probes.call("step", np.array([-2.0, 0.0, 3.0])).to_data()) == [
            {"value": {"$nd": {"dtype": "<i8", "shape": [3], "data": [-1, 1, 1]}}, "mutated": []}]
        # w = (-1.5, 1, 1) is AND: only (1, 1) is above the line
        got = oracle.outcomes(probes.call("predict", [-1.5, 1.0, 1.0], [[0, 0], [1, 0], [1, 1]]).to_data())
        assert got[0]["value"]["$nd"]["data"] == [-1, -1, 1]
    with Oracle("05_backprop") as oracle:
        gate = probes.seq(probes.new("MultiplyGate"), probes.method(0, "forward", 2.0, 3.0),
                          probes.method(0, "backward", 1.0))
        out = oracle.outcomes(gate.to_data())
        assert values.decode(out[1]["value"]) == 6.0
        assert np.allclose(values.decode(out[2]["value"]), (3.0, 2.0))  # d(xy)/dx = y, d(xy)/dy = x


def test_without_solutions_there_is_no_oracle(tmp_path):
    assert Oracle(L, root=tmp_path).outcomes(probes.call("step", 1.0).to_data()) is None


def test_the_oracle_reaches_only_graded_names_public_methods_and_plain_data():
    with Oracle("05_backprop") as oracle:
        oracle.begin()
        made = oracle.request({"op": "new", "name": "MultiplyGate", "args": [], "kwargs": {}})
        assert made["value"] == {"$handle": 0, "methods": ["backward", "forward"]}
        refused = [
            {"op": "attr", "handle": 0, "name": "__class__"},
            {"op": "method", "handle": 0, "name": "__init__", "args": [], "kwargs": {}},
            {"op": "attr", "handle": 0, "name": "forward.__globals__"},
            {"op": "call", "name": "ScaleGate", "args": [], "kwargs": {}},     # a course class, not graded
            {"op": "call", "name": "xor_forward", "args": [0.0], "kwargs": {}},  # a course function, not graded
            {"op": "call", "name": "MultiplyGate", "args": [], "kwargs": {}},  # a class is made, not called
            {"op": "method", "handle": 9, "name": "forward", "args": [1.0, 2.0], "kwargs": {}},
            {"op": "call", "name": "relu_forward", "kwargs": {},
             "args": [{"$nd": {"dtype": "<f8", "shape": [10**6, 10**6], "data": []}}]},
            {"op": "call", "name": "relu_forward", "args": [[1.0]], "kwargs": {}},
            {"op": "call", "name": "relu_forward", "args": [1.0], "kwargs": {"__globals__": 1}},
            {"op": "probe", "probe": "not a probe"},
        ]
        for request in refused:
            assert set(oracle.request(request)) == {"refused"}, request
        # ... and it still answers, from the same session
        out = oracle.request({"op": "method", "handle": 0, "name": "forward", "args": [2.0, 3.0], "kwargs": {}})
        assert out["value"] == {"$np": {"dtype": "<f8", "shape": [], "data": [6.0]}}
        raised = oracle.request({"op": "call", "name": "affine_forward", "args": [1.0], "kwargs": {}})
        assert raised["raised"]["type"] == "TypeError"  # the reference's own answer to a bad call
        oracle.end()
        oracle.begin()  # a new session: the earlier one's instances are gone
        assert "refused" in oracle.request({"op": "attr", "handle": 0, "name": "x"})


def test_a_reference_that_changes_an_argument_in_place_changes_the_callers():
    calls = []

    def ask(request):
        calls.append(request)
        return {"value": None, "mutated": {"0": {"$nd": {"dtype": "<f8", "shape": [2], "data": [5.0, 6.0]}}}}

    proxy = proxies.function(proxies.Link(ask), "update")
    mine = np.zeros(2)
    assert proxy(mine) is None and mine.tolist() == [5.0, 6.0]
    assert calls[0]["op"] == "call" and calls[0]["name"] == "update"


def test_an_argument_that_cannot_cross_uses_the_students_own_definition():
    """numerical_gradient(f, x): a function cannot be sent, and the reference never calls into
    a notebook; the student's own definition answers such a call (a stand-in says why if none)."""
    def ask(request):
        raise AssertionError("nothing may be sent")

    own = proxies.function(proxies.Link(ask), "numerical_gradient", lambda f, x: "own")
    assert own(lambda x: 0.0, np.ones(2)) == "own"
    with pytest.raises(TypeError, match="could not be sent"):
        proxies.function(proxies.Link(ask), "numerical_gradient")(lambda x: 0.0, np.ones(2))


# ------------------------------------------------------------------ which proxies, when


def _session(lesson: str, phase: Phase = Phase.PUBLIC, hidden=None) -> Session:
    names = [ex.name for ex in checks.exercises(lesson)]
    job = Job(id=1, lesson=lesson, cells=[], probes={n: [] for n in names}, hidden=hidden or {}, phase=phase)
    return Session(job, oracles=object())


def test_an_exercise_reaches_only_names_already_judged_never_itself_or_a_value():
    s = _session(L)
    assert s.proxies_for("step") == {}
    s.done = {"step", "add_bias"}
    assert s.proxies_for("predict") == {"step": "function", "add_bias": "function"}
    s.done = {"step", "add_bias", "predict", "perceptron_loss", "perceptron_step", "delta_rule_step",
              "train_perceptron", "AND_WEIGHTS"}
    assert "AND_WEIGHTS" not in s.proxies_for("OR_WEIGHTS")  # a graded value is an answer: never handed out
    s5 = _session("05_backprop")
    s5.done = {ex.name for ex in checks.exercises("05_backprop")} - {"affine_backward", "mse_loss"}
    assert "affine_forward" not in s5.proxies_for("affine_backward")  # judged with it as written
    assert s5.proxies_for("mse_loss")["AddGate"] == "class"
    capstone = _session("07_digits_capstone")
    first = capstone.proxies_for("mlp_loss_and_grads")  # lessons 05 and 06, not judged in this job
    assert {"affine_forward", "relu_backward", "softmax_cross_entropy", "AddGate"} <= set(first)
    assert not set(first) & {ex.name for ex in checks.exercises("07_digits_capstone")}


def test_a_hidden_job_reaches_only_the_names_before_it_in_the_lessons_order():
    """As in the public job, whichever names have hidden cases: the red team's ``predict``
    passed the instructor's hidden cases by calling ``perceptron_loss`` (a later exercise
    without hidden cases, then offered as settled), which the student had never written."""
    s = _session(L, Phase.HIDDEN, hidden={"step": [], "predict": []})
    assert s.order == [(Phase.HIDDEN, "step"), (Phase.HIDDEN, "predict")]
    assert s.proxies_for("step") == {}
    assert s.proxies_for("predict") == {"step": "function", "add_bias": "function"}
    later = {ex.name for ex in checks.exercises(L)} - {"step", "add_bias", "predict"}
    assert not set(s.proxies_for("predict")) & later


def test_without_references_there_are_no_proxies():
    job = Job(id=1, lesson=L, cells=[], probes={"step": []}, use_references=False)
    assert Session(job, oracles=object()).proxies_for("predict") == {}


# ------------------------------------------------------------------ whole grader


THIEF = (Path(__file__).parent / "data" / "reference_thief.py").read_text()


@BOTH
def test_a_protocol_speaking_stub_earns_nothing_and_receives_no_reference(tmp_path, mode):
    names = [ex.name for ex in checks.exercises(L)]
    stub = json.loads((ROOT / "notebooks" / NB).read_text())
    cells = ["".join(c["source"]) for c in stub["cells"] if c["cell_type"] == "code"]
    thief = THIEF.replace("_NAMES = []", f"_NAMES = {names!r}")
    # and one that asks while its cells run, before anything is judged
    early = ("import os, json\nfor n in %r:\n    os.write(3, (json.dumps({'kind': 'call', 'op': 'call', 'name': n, "
             "'args': [1.0], 'kwargs': {}}) + '\\n').encode())\n" % names)
    for folder, extra in (("thief", [thief]), ("early", [early, thief])):
        write_notebook(tmp_path / folder / NB, cells + extra)
    result = grade([tmp_path / "thief", tmp_path / "early"], tmp_path, "--feedback", str(tmp_path / "fb"),
                   "--timeout", "20", *mode)
    for sub in result["submissions"]:
        assert sub["score"] == 0, [(e["name"], e["points"]) for e in sub["notebooks"][0]["exercises"]]
    feedback = "".join(e["feedback"] for s in result["submissions"] for e in s["notebooks"][0]["exercises"])
    assert "GOT" in feedback  # what the thief received does reach its feedback...
    assert "refused" in feedback  # ...and it was told no
    everything = _everything(tmp_path)
    for token in (*REFERENCE_TOKENS, "def step", "def add_bias", "def predict"):
        assert token not in everything, token


DIGGER = '''
import dis, gc, glob, inspect, io, os, re, types
x_mine_marker = "MINE-MARKER"
TOKENS = {tokens!r}

def _texts_of(obj, depth=0):
    """Every string reachable from a function: source, disassembly, constants, names, closure."""
    out = []
    try:
        out.append(inspect.getsource(obj))
    except Exception:
        pass
    try:
        buffer = io.StringIO()
        dis.dis(obj, file=buffer)
        out.append(buffer.getvalue())
    except Exception:
        pass
    code = getattr(obj, "__code__", None)
    if code is not None:
        out += [repr(code.co_consts), repr(code.co_names), repr(code.co_varnames), code.co_filename]
        for cell in getattr(obj, "__closure__", None) or ():
            try:
                inner = cell.cell_contents
            except ValueError:
                continue
            if depth < 3 and callable(inner):
                out += _texts_of(inner, depth + 1)
            out.append(repr(inner)[:2000])
    return out

def _proc():
    """Another process's memory and command line, where /proc lets it (the oracle's, if visible)."""
    out = []
    for path in glob.glob("/proc/[0-9]*/cmdline"):
        try:
            line = open(path, "rb").read().replace(b"\\0", b" ").decode(errors="replace")
        except OSError:
            continue
        out.append(line)
        if "oracle" in line:
            pid = path.split("/")[2]
            for tail in ("environ", "maps", "mem"):
                try:
                    out.append(open(f"/proc/{{pid}}/{{tail}}", "rb").read(1 << 16).decode(errors="replace"))
                except OSError:
                    pass
            for word in line.split():
                if word.endswith("solutions"):
                    try:
                        out.append(open(word + "/01_perceptron.py").read())
                    except OSError:
                        pass
    return out

def predict(w, X):
    texts = _texts_of(step) + _texts_of(add_bias) {proc}
    for obj in gc.get_objects():  # every function made from a string (cells, exec'd references)
        code = obj.__code__ if isinstance(obj, types.FunctionType) else None
        if code is not None and code.co_filename.startswith("<"):
            texts += [repr(code.co_consts), repr(code.co_names), repr(code.co_varnames), code.co_filename]
    blob = x_mine_marker + "\\n".join(texts)
    found = [t for t in TOKENS + ["x_mine_marker"] if t in blob]
    raise ValueError("FOUND " + " ".join(found) + " " + " ".join(
        blob[max(0, blob.find(t) - 40): blob.find(t) + 80] for t in found)[:300])
'''


@BOTH
@pytest.mark.fresh_pool  # it searches every process it can see: only this grading's own
def test_an_exercise_that_digs_for_another_exercises_reference_finds_none(tmp_path, mode):
    """``predict`` is judged with ``step`` and ``add_bias`` as proxies: it returns (raises) what it can
    find of their references: their source, bytecode, constants and closures, every function
    the garbage collector knows, and (with /proc) the oracle's command line and memory."""
    proc = "+ _proc()" if not mode else ""   # as root without the sandbox a notebook can read any file
    stub = json.loads((ROOT / "notebooks" / NB).read_text())  # the released notebook: no reference token in it
    cells = ["".join(c["source"]) for c in stub["cells"] if c["cell_type"] == "code"]
    digger = DIGGER.format(tokens=list(REFERENCE_TOKENS), proc=proc)
    path = write_notebook(tmp_path / "digger" / NB, cells + [digger])
    sub = grade([path.parent], tmp_path, "--feedback", str(tmp_path / "fb"), *mode)["submissions"][0]
    said = exercises(sub)["predict"]["feedback"]
    assert "FOUND x_mine_marker" in said  # the search works and its result reaches the feedback
    everything = _everything(tmp_path)
    for token in REFERENCE_TOKENS:
        assert token not in everything, (token, said)


HARVESTER = '''
import gc, json, zlib
GENERATED = {digests!r}

def _digest(obj):
    try:
        return zlib.crc32(json.dumps(obj, sort_keys=True).encode())
    except (TypeError, ValueError):
        return None

def predict(w, X):
    probes = [obj for obj in gc.get_objects()  # every probe the box holds, wherever it was put
              if isinstance(obj, dict) and isinstance(obj.get("steps"), list)]
    seen = {{_digest(obj) for obj in probes}}
    answers = []
    for obj in probes:
        if _digest(obj) in GENERATED:
            try:
                answers.append(repr(step(obj["steps"][0].get("args"))))  # the reference, through its proxy
            except Exception as error:
                answers.append(type(error).__name__)
    raise ValueError(f"HARVESTED {{len(seen & set(GENERATED))}} of {{len(GENERATED)}} " + " ".join(answers)[:200])
'''


@pytest.mark.parametrize("mode", [pytest.param((), id="sandbox", marks=needs_sandbox)])
def test_a_later_exercise_cannot_harvest_an_earlier_ones_generated_answers(tmp_path, mode):
    """The generated inputs of ``step`` are nowhere in the box while ``predict``'s public cases
    run (whose "got" and errors the feedback shows), so ``predict`` cannot hand them to
    ``step``'s reference through its proxy and show the answers to the student."""
    from grader import references
    from helpers import differential

    grader_inputs = differential.probes(checks.find("step"), references.secret(L))
    wire = [json.loads(json.dumps(p.to_data())) for _, p in grader_inputs]
    public = [json.loads(json.dumps(case.probe.to_data())) for case in checks.find("step").cases]
    digests = sorted({zlib.crc32(json.dumps(d, sort_keys=True).encode()) for d in wire}
                     - {zlib.crc32(json.dumps(d, sort_keys=True).encode()) for d in public})
    assert len(digests) > 5  # a few generated inputs are public ones too (zero, a list): those are no secret
    path = write_notebook(tmp_path / "harvester" / NB, solution_cells(L) + [HARVESTER.format(digests=digests)])
    sub = grade([path.parent], tmp_path, "--feedback", str(tmp_path / "fb"), *mode)["submissions"][0]
    said = exercises(sub)["predict"]["feedback"]
    assert f"HARVESTED 0 of {len(digests)}" in said, said
    assert exercises(sub)["step"]["status"] == "pass"  # its generated cases did run, after predict's public ones


SPY = '''
import os, json
import numpy as np
PLACES = {places!r}

def step(s):
    seen = repr(np.asarray(s).tolist())
    print("SEEN", seen)
    for place in PLACES:
        try:
            with open(os.path.join(os.path.expanduser(place), "seen_inputs.txt"), "a") as handle:
                handle.write(seen + "\\n")
        except OSError:
            pass
    return np.where(np.asarray(s) >= 0, 1, -1) if np.ndim(s) else (1 if s >= 0 else -1)
'''

READER = '''
import os
found = []
for place in {places!r}:
    try:
        found.append(open(os.path.join(os.path.expanduser(place), "seen_inputs.txt")).read())
    except OSError:
        pass
raise RuntimeError("READ " + " ".join(found)[-280:])
'''

PLACES = ["/tmp", "/dev/shm", "/var/tmp", "~", "."]


@needs_sandbox  # without it a notebook shares /tmp with the next (README: --no-sandbox is for trusted classes)
@pytest.mark.fresh_pool  # -j 1: the reader runs on the worker the spy ran on (a pool of one)
def test_a_hidden_case_spy_leaks_no_hidden_input_to_a_classmate_or_feedback(tmp_path):
    cases = tmp_path / "cases.py"
    cases.write_text("from helpers import expect\nfrom helpers.cases import Case\nfrom helpers.probes import call\n"
                     "CASES = {'step': [Case(call('step', -0.0123456789), lambda got: expect.equal(got, -1))]}\n")
    spy = write_notebook(tmp_path / "a_spy" / NB, [SPY.format(places=PLACES)]).parent
    reader = tmp_path / "b_reader"
    reader.mkdir()
    write_notebook(reader / NB, solution_cells(L) + [READER.format(places=PLACES)])
    grade([spy, reader], tmp_path, "-j", "1", "--cases", str(cases), "--feedback", str(tmp_path / "fb"))
    everything = _everything(tmp_path)
    assert "READ" in everything  # the classmate's cell error, with whatever it read, is in its feedback
    assert "0123456" not in everything


def test_the_capstone_with_wrong_05_and_06_pieces_loses_nothing_of_its_own(tmp_path):
    """Wrong affine_forward (05) and softmax (06) in the student's earlier notebooks: the capstone's
    own exercises call the references through proxies and keep every point."""
    folder = tmp_path / "alice"
    for lesson, name, body in (
            ("05_backprop", "affine_forward", "def affine_forward(x, W, b):\n    return x @ W, (x, W, b)"),
            ("06_softmax_cross_entropy", "softmax_cross_entropy",
             "def softmax_cross_entropy(z, y):\n    return 0.0, np.zeros_like(z)")):
        cells = solution_cells(lesson)
        at = next(i for i, c in enumerate(cells) if c.lstrip().startswith(f"def {name}("))
        write_notebook(folder / f"{lesson}.ipynb", cells[:at] + [body] + cells[at + 1:])
    shutil.copyfile(SOLUTIONS / "07_digits_capstone.ipynb", folder / "07_digits_capstone.ipynb")
    sub = grade([folder], tmp_path, "--lessons", "05,06,07", "-j", "2")["submissions"][0]
    got = exercises(sub)
    assert not got["affine_forward"]["passed"] and not got["softmax_cross_entropy"]["passed"]
    for ex in checks.exercises("07_digits_capstone"):
        assert got[ex.name]["points"] == got[ex.name]["max_points"], (ex.name, got[ex.name]["feedback"])


def test_the_time_spent_waiting_for_the_oracle_is_added_to_the_wall_clock():
    """The grader's extensions reach the worker as fixed-size records between jobs' headers;
    anything else on the control socket during a job is refused."""
    import socket

    from grader import zygote

    ours, theirs = socket.socketpair()
    try:
        for seconds in (0.25, 1.5):
            ours.sendall(f"extend {seconds:.3f}".encode().ljust(zygote.HEADER))
        assert zygote._extensions(theirs) == pytest.approx(1.75)
        assert zygote._extensions(theirs) == 0.0
        ours.sendall(b"123".ljust(zygote.HEADER))
        with pytest.raises(ValueError):
            zygote._extensions(theirs)
    finally:
        ours.close()
        theirs.close()


class _Sent:
    """A socket that keeps what the session sends."""

    def __init__(self):
        self.records = []

    def settimeout(self, seconds):
        pass

    def setblocking(self, flag):
        pass

    def sendall(self, data):
        self.records += [json.loads(line) for line in data.decode().splitlines()]


def test_generated_inputs_reach_the_box_only_after_every_public_outcome():
    """The generated cases' inputs are secret and worded as hidden ones. Were they in the box
    while a public case ran, a later exercise could hand an earlier one's generated inputs to
    its reference (a proxy) and return the answers as its own "got", which the feedback shows.
    So they come, one exercise's with its own command, only after every public outcome."""
    from grader.protocol import CellsRanRecord, JudgedRecord, OutcomeRecord

    names = [ex.name for ex in checks.exercises(L)]
    generated = {"step": [{"steps": ["secret step input"]}], "predict": [{"steps": ["secret predict input"]}]}
    job = Job(id=1, lesson=L, cells=[], probes={n: [{"steps": ["public"]}] for n in names}, generated=generated)
    assert "secret" not in json.dumps(job.content())
    s, sock = Session(job, oracles=None), _Sent()
    s.attach(sock)
    s._accept(CellsRanRecord())
    while not s.response.finished:
        assert not s.broken
        name = sock.records[-1]["name"]
        s._accept(OutcomeRecord(name, [[{"value": 1}]] * len(sock.records[-1].get("probes", [0]))))
        s._accept(JudgedRecord(name))
    judged = [(r["name"], "probes" in r) for r in sock.records if r["kind"] == "judge"]
    assert judged == [(n, False) for n in names] + [("step", True), ("predict", True)]
    assert [r["probes"] for r in sock.records if "probes" in r] == [generated["step"], generated["predict"]]
    assert set(s.response.probes) == set(names) and set(s.response.generated) == {"step", "predict"}
    # an outcome for a public case, once the generated round has begun, is no claim the grader takes
    s = Session(job, oracles=None)
    s.attach(_Sent())
    s._accept(CellsRanRecord())
    for name in names:
        s._accept(OutcomeRecord(name, [[{"value": 1}]]))
        s._accept(JudgedRecord(name))
    s._accept(OutcomeRecord("step", [[{"value": 1}]]))
    s._accept(OutcomeRecord("step", [[{"value": 2}]]))
    assert s.broken and s.response.generated == {"step": [[{"value": 1}]]}


def test_the_generated_inputs_depend_on_a_secret_the_student_edition_lacks(tmp_path):
    """Without the course's secret (a digest of the references, ``grader.references.secret``),
    the generator's code in the student edition gives other inputs than the grader's."""
    from grader import references
    from helpers import differential

    step = checks.find("step")
    secret = references.secret(L)
    assert len(secret) == 32 and references.secret(L) == secret  # the same in every grading
    graders = [p.to_data() for _, p in differential.probes(step, secret)]
    assert graders == [p.to_data() for _, p in differential.probes(step, secret)]
    assert graders != [p.to_data() for _, p in differential.probes(step)]
    assert references.secret(L, root=tmp_path) == b""  # the student edition: no solutions, no secret


def test_a_cell_record_names_each_of_the_jobs_cells_once_in_order():
    """A notebook can write cell records itself (red team: "Memory limit reached in cell 1" and an
    error in "cell 9999" appeared in the grader's voice). Only the next cell of the job is taken;
    anything else ends the run as unreadable, so the notebook is judged without that cell."""
    from grader.protocol import CellRecord

    job = Job(id=1, lesson=L, cells=["a = 1", "b = 2"], probes={})
    for forged in (CellRecord(9999, "RuntimeError: x", 1), CellRecord(1, "MemoryError", 1, True)):
        s = Session(job, oracles=object())
        s._accept(CellRecord(1, None, None))
        s._accept(forged)
        assert s.broken and list(s.response.cells) == [1]
    s = Session(job, oracles=object())
    s._accept(CellRecord(1, None, None))
    s._accept(CellRecord(2, None, None))
    assert not s.broken and list(s.response.cells) == [1, 2]


def test_the_oracle_leaves_out_only_the_imports_no_reference_uses():
    """An oracle starts without the solution scripts' imports that no definition uses
    (pyplot, the plotting helpers: two thirds of its start): every generated input of every
    lesson gets the very answer the whole script's definitions give."""
    from grader import references
    from grader.oracle import _needed
    from helpers import differential

    compared = 0
    for lesson in checks.LESSONS:
        definitions, _ = references.load(lesson)
        assert "import matplotlib.pyplot as plt" not in [d.source for d in _needed(definitions)]
        whole = {"__name__": "__course_reference__"}
        for definition in definitions:
            exec(compile(definition.source, "<course reference>", "exec"), whole)
        local, secret = differential.LocalOracle(whole), references.secret(lesson)
        with Oracle(lesson) as oracle:
            for exercise in checks.exercises(lesson):
                for _, probe in differential.probes(exercise, secret):
                    assert oracle.outcomes(probe.to_data()) == local.outcomes(probe.to_data()), exercise.name
                    compared += 1
    assert compared > 250
