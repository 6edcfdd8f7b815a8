"""Grading a class: --class, the gradebook CSV, feedback files, shards and merge,
instructor-only hidden cases, the integrity flag, the Classroom payload."""

import base64
import csv
import io
import json
import shutil
import zipfile

import pytest

from grader import classroom, sharding
from grader.__main__ import main
from grader.results import SubmissionResult
from helpers import checks, differential
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import NOTEBOOKS, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))


def _wrong_step() -> list[str]:
    """The solution with a typical wrong `step` (s > 0 instead of s >= 0)."""
    return [("def step(s):\n    return np.where(np.asarray(s) > 0, 1, -1)" if c.startswith("def step") else c)
            for c in solution_cells(L)]


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    root = tmp_path_factory.mktemp("klass")
    cls = root / "class"
    (cls / "alice").mkdir(parents=True)
    shutil.copy(SOLUTIONS / NB, cls / "alice" / NB)
    (cls / "bob").mkdir()
    shutil.copy(NOTEBOOKS / NB, cls / "bob" / NB)
    write_notebook(cls / "carol" / NB, _wrong_step())
    with zipfile.ZipFile(cls / "dave.zip", "w") as archive:
        archive.write(SOLUTIONS / NB, f"dave/{NB}")
    write_notebook(cls / "=HYPERLINK(evil)" / NB, ["x = 1"])
    (cls / "README.txt").write_text("not a submission")
    out = root / "out"
    code = main(["--class", str(cls), "--json", str(out / "grades.json"), "--csv", str(out / "grades.csv"),
                 "--feedback", str(out / "feedback"), "-j", "2", "--lessons", "01"])
    assert code == 0
    result = json.loads((out / "grades.json").read_text())
    return {"root": root, "cls": cls, "out": out, "result": result,
            "subs": {s["submission"]: s for s in result["submissions"]}}


def test_class_folder_holds_one_submission_per_entry(klass):
    assert set(klass["subs"]) == {"alice", "bob", "carol", "dave", "=HYPERLINK(evil)"}
    assert klass["subs"]["alice"]["score"] == klass["subs"]["dave"]["score"] == MAX
    assert klass["subs"]["bob"]["score"] == 0
    # `s > 0` passes only the cases a constant answer passes too: step earns 0, and
    # nothing else of carol's suffers for it (each exercise is judged on its own)
    assert klass["subs"]["carol"]["score"] == MAX - 1


def test_every_written_result_reads_back_through_the_model_unchanged(klass):
    """The JSON a run writes is the results model's (``grader.results``): read back and written
    again, every record is the same text, key order included (merge and --resume rely on it)."""
    from grader.results import SubmissionResult

    for record in klass["result"]["submissions"]:
        model = SubmissionResult.from_dict(record)
        assert json.dumps(model.to_dict(), ensure_ascii=False) == json.dumps(record, ensure_ascii=False)
        assert SubmissionResult.from_dict(model.to_dict()) == model


def test_gradebook_csv(klass):
    rows = list(csv.DictReader(io.StringIO((klass["out"] / "grades.csv").read_text())))
    names = [e.name for e in checks.exercises(L)]
    assert list(rows[0])[: len(names) + 1] == ["submission", *names]
    assert list(rows[0])[len(names) + 1:] == ["total", "max_total", "missing", "integrity", "limits", "errors",
                                               "not_graded"]
    # how the run was made is said once (JSON, summary), not on every row
    assert klass["result"]["grader"]["mode"] in ("sandbox", "no-sandbox")
    by_name = {r["submission"]: r for r in rows}
    carol = klass["subs"]["carol"]
    assert by_name["carol"]["step"] == f"{exercises(carol)['step']['points']:g}"
    assert by_name["carol"]["total"] == f"{carol['score']:g}"
    assert by_name["alice"]["max_total"] == f"{MAX:g}"
    assert "'=HYPERLINK(evil)" in by_name  # a spreadsheet never reads it as a formula
    assert "None of the lesson's graded names" in by_name["'=HYPERLINK(evil)"]["errors"]


def test_feedback_files(klass):
    folder = klass["out"] / "feedback"
    files = {name: sub["feedback_file"] for name, sub in klass["subs"].items()}  # recorded in the JSON
    assert sorted(p.name for p in folder.iterdir()) == sorted(files.values())
    assert [files[n] for n in ("alice", "bob", "carol", "dave")] == ["alice.md", "bob.md", "carol.md", "dave.md"]
    assert files["=HYPERLINK(evil)"].startswith("HYPERLINK_evil~")  # changed to be safe: hashed
    carol = (folder / "carol.md").read_text()
    score = klass["subs"]["carol"]["score"]
    assert f"**Score: {score:g} / {MAX:g}**" in carol
    assert "| `step` | " in carol and " / 1 | ✘ |" in carol
    assert "Hint:" in carol  # the student-facing message of the failing exercise
    assert "not implemented yet" in (folder / "bob.md").read_text()


def test_summary_and_table_on_stdout(tmp_path, capsys):
    path = write_notebook(tmp_path / "carol" / NB, _wrong_step())
    assert main([str(path.parent), "-j", "1"]) == 0
    out, err = capsys.readouterr()
    assert "Graded 1 of 1 submissions" in out
    assert "step" in out and "Hit a limit: 0 (none)" in out
    assert "Grading 1 notebooks of 1 submissions" in err  # progress, one line, not a TTY


def test_shards_partition_the_class_and_merge_back(klass, tmp_path):
    names = [f"s{i:02d}" for i in range(10)]
    slices = [sharding.select(names, str, k, 3) for k in (1, 2, 3)]
    assert sorted(sum(slices, [])) == names and all(slices)
    assert slices == [sharding.select(list(reversed(names)), str, k, 3) for k in (1, 2, 3)]
    with pytest.raises(sharding.ShardError):
        sharding.parse("4/3")

    parts = []
    for k in (1, 2):
        out = tmp_path / f"shard{k}.json"
        assert main(["--class", str(klass["cls"]), "--shard", f"{k}/2", "--json", str(out), "-q", "--lessons", "01"]) == 0
        parts.append(out)
    shard_names = [{s["submission"] for s in json.loads(p.read_text())["submissions"]} for p in parts]
    assert not shard_names[0] & shard_names[1]
    merged = tmp_path / "merged.json"
    assert main(["merge", *map(str, parts), "--json", str(merged), "--csv", str(tmp_path / "m.csv"), "-q"]) == 0
    combined = {s["submission"]: s["score"] for s in json.loads(merged.read_text())["submissions"]}
    assert combined == {name: s["score"] for name, s in klass["subs"].items()}
    assert main(["merge", str(parts[0]), str(parts[0]), "--json", str(merged), "-q"]) == 2  # duplicates
    # a missing shard is refused (nothing written) unless --allow-partial, which marks the result partial
    merged.unlink()
    assert main(["merge", str(parts[0]), "--json", str(merged), "-q"]) == 2
    assert not merged.exists()
    assert main(["merge", str(parts[0]), "--json", str(merged), "--csv", str(tmp_path / "p.csv"), "-q",
                 "--allow-partial"]) == 0
    assert json.loads(merged.read_text())["grader"]["partial"]
    assert all(row["partial"] == "yes" for row in csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text())))


HIDDEN = '''
from helpers import expect
from helpers.cases import Case
from helpers.probes import call

SECRET = 0.0123456789
CASES = {
    "step": [Case(call("step", [[-SECRET, SECRET]]), lambda got: expect.close(got, [[-1, 1]]),
                  label="step(secret input)")],
    "add_bias": [Case(call("add_bias", [[SECRET]]), lambda got: expect.close(got, [[1.0, SECRET]]),
                      hint="Keep the sample's own numbers after the bias column.")],
}
'''


def test_hidden_cases_count_but_never_show_their_inputs(tmp_path):
    cases = tmp_path / "private" / "cases.py"
    cases.parent.mkdir()
    cases.write_text(HIDDEN)
    good = write_notebook(tmp_path / "good" / NB, solution_cells(L))
    # Passes every public check of step (0, ±1, ...) but not tiny magnitudes; add_bias flips columns
    # only for one-column inputs, which no public case uses.
    sly = [c if not c.startswith(("def step", "def add_bias")) else (
        "def step(s):\n    s = np.asarray(s, dtype=float)\n    out = np.where((s >= 0) | (abs(s) < 0.05), 1.0, -1.0)\n"
        "    return out if out.ndim else float(out)"
        if c.startswith("def step") else
        "def add_bias(X):\n    X = np.asarray(X, dtype=float)\n"
        "    if X.ndim == 1:\n        return np.concatenate([[1.0], X])\n    ones = np.ones((X.shape[0], 1))\n"
        "    return np.hstack([X, ones]) if X.shape[1] == 1 else np.hstack([ones, X])") for c in solution_cells(L)]
    sly_path = write_notebook(tmp_path / "sly" / NB, sly)
    result = grade([good.parent, sly_path.parent], tmp_path, "--cases", str(cases),
                   "--feedback", str(tmp_path / "fb"))
    subs = {s["submission"]: s for s in result["submissions"]}
    assert result["grader"]["hidden_cases"] == 2
    assert subs["good"]["score"] == MAX
    # the instructor's one hidden case of step, beside the generated inputs (also hidden checks)
    generated = len(differential.probes(checks.find("step")))
    assert f"public and {1 + generated} hidden checks passed" in exercises(subs["good"])["step"]["feedback"]
    ex = exercises(subs["sly"])
    for name in ("step", "add_bias"):
        assert not ex[name]["passed"] and 0 < ex[name]["points"] < ex[name]["max_points"]
        assert "hidden check failed" in ex[name]["feedback"]
    assert "Keep the sample's own numbers" in ex["add_bias"]["feedback"]  # the instructor's hint
    everything = (tmp_path / "grades.json").read_text() + (tmp_path / "fb" / "sly.md").read_text()
    for secret in ("0.0123", "secret input", "SECRET", "expect.close", "lambda"):
        assert secret not in everything


def test_a_broken_cases_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "cases.py"
    bad.write_text("CASES = {'no_such_exercise': []}")
    path = write_notebook(tmp_path / "s" / NB, ["x = 1"])
    assert main([str(path.parent), "--cases", str(bad), "-q"]) == 2
    assert "not a graded name" in capsys.readouterr().err


L6 = "06_softmax_cross_entropy"
# helpers holds no answer, but the public check module computes its expected values with a
# trusted loss and numerical differences: handing the exercise to them passes every check.
DELEGATES = {
    "imports it": "from helpers.checks.lesson06 import _trusted_loss, _numeric_dz\n"
                  "softmax_cross_entropy = lambda z, y: (_trusted_loss(z, np.asarray(y)), _numeric_dz(z, np.asarray(y)))",
    "calls it": "from helpers.checks import lesson06\ndef softmax_cross_entropy(z, y):\n"
                "    return lesson06._trusted_loss(z, np.asarray(y)), lesson06._numeric_dz(z, np.asarray(y))",
    "via own helper": "import helpers.checks.lesson06\ndef _inner(z, y):\n"
                      "    return helpers.checks.lesson06._trusted_loss(z, y), helpers.checks.lesson06._numeric_dz(z, y)\n"
                      "def softmax_cross_entropy(z, y):\n    return _inner(z, np.asarray(y))",
}


@pytest.mark.skipif(not (SOLUTIONS / f"{L6}.ipynb").exists(), reason="lesson 06 not built")
@pytest.mark.parametrize("how", DELEGATES)
def test_integrity_flag_withholds_points_by_default(tmp_path, how):
    cells = solution_cells(L6) + [DELEGATES[how]]
    path = write_notebook(tmp_path / "student" / f"{L6}.ipynb", cells)
    sub = grade([path.parent], tmp_path, "--csv", str(tmp_path / "g.csv"))["submissions"][0]
    ex = exercises(sub)["softmax_cross_entropy"]
    assert ex["points"] == 0 and ex["points_withheld"] == ex["max_points"]
    assert "helpers.checks.lesson06" in " ".join(ex["integrity"])
    assert "Points withheld for review" in ex["feedback"]
    assert "softmax_cross_entropy" in next(csv.DictReader(io.StringIO((tmp_path / "g.csv").read_text())))["integrity"]
    # Every other exercise of the honest part of the notebook is untouched.
    assert all(e["passed"] for n, e in exercises(sub).items() if n != "softmax_cross_entropy")


@pytest.mark.skipif(not (SOLUTIONS / f"{L6}.ipynb").exists(), reason="lesson 06 not built")
def test_integrity_flag_only_flags_with_policy_flag_and_solutions_are_clean(tmp_path):
    flagged = write_notebook(tmp_path / "flagged" / f"{L6}.ipynb", solution_cells(L6) + [DELEGATES["calls it"]])
    clean = tmp_path / "clean"
    clean.mkdir()
    for solution in sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb")):
        shutil.copy(solution, clean / solution.name)
    result = grade([flagged.parent, clean], tmp_path, "--integrity", "flag")
    subs = {s["submission"]: s for s in result["submissions"]}
    ex = exercises(subs["flagged"])["softmax_cross_entropy"]
    assert ex["passed"] and ex["points"] == ex["max_points"] and "Flagged for review" in ex["feedback"]
    for nb in subs["clean"]["notebooks"]:  # the course's own solutions never trip the flag
        assert not [e["name"] for e in nb["exercises"] if e.get("integrity")], nb["notebook"]


def test_classroom_payload(tmp_path, monkeypatch, capsys):
    path = write_notebook(tmp_path / "student" / NB, _wrong_step())
    grade([path.parent], tmp_path)
    output, summary = tmp_path / "gh_output", tmp_path / "gh_summary"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["classroom", str(tmp_path / "grades.json"), "--github-output", "--step-summary"]) == 0
    key, _, value = output.read_text().strip().partition("=")
    data = json.loads(base64.b64decode(value))
    assert key == "result" and data["version"] == 1 and data["status"] == "fail"
    score = json.loads((tmp_path / "grades.json").read_text())["submissions"][0]["score"]
    assert data["max_score"] == MAX and sum(t["score"] for t in data["tests"]) == pytest.approx(score)
    assert "Score:" in summary.read_text()
    assert f"Points {score:g}/{MAX:g}" in capsys.readouterr().err
    failed = SubmissionResult.from_dict({"max_score": 0, "notebooks": [], "error": "x"})
    assert classroom.payload(failed)["tests"][0]["status"] == "error"


def test_the_table_lines_up_korean_names():
    """Hangul takes two terminal columns: the score column starts at the same column for
    a Korean name, an English one and one with a combining accent."""
    from grader.report import columns, table

    rows = [SubmissionResult(name, 1.0, 14.0) for name in ("김민준", "alice", "Zoe\u0301", "이서연_2")]
    lines = table(rows).splitlines()[2:]
    starts = {columns(line[:line.index("1 / 14")]) for line in lines}
    assert len(starts) == 1, lines
    assert columns("김민준") == 6 and columns("Zoe\u0301") == 3
