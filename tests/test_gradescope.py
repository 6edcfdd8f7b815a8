"""`make gradescope`'s bundle, run as Gradescope runs it: unzipped into ROOT/source, the
upload in ROOT/submission, `run_autograder` with AUTOGRADER_ROOT=ROOT, results.json read
back. Full marks for the solved course, zero for the stubs, a clear result for a corrupt
upload, hidden cases as tests of their own shown after publishing, plain bounded text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import checks

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import gradescope_bundle  # noqa: E402

CASES = '''
from helpers import expect
from helpers.cases import Case
from helpers.probes import call

CASES = {"step": [Case(call("step", -1e-12), lambda got: expect.close(got, -1.0),
                       hint="Tiny negative numbers are negative too.")]}
'''


def _bundle(tmp: Path, lessons=None, cases: str | None = None) -> Path:
    cases_path = None
    tmp.mkdir(parents=True, exist_ok=True)
    if cases:
        cases_path = tmp / "cases.py"
        cases_path.write_text(cases, encoding="utf-8")
    return gradescope_bundle.build(tmp / "autograder.zip", lessons or list(checks.LESSONS), cases_path)


_IMAGES: dict[Path, Path] = {}


def _image(bundle: Path) -> Path:
    """The bundle unzipped and its course's generated inputs answered once, as setup.sh does
    when Gradescope builds the image (``grader.kept_answers``); each submission then starts
    from a copy of it, as each of Gradescope's containers starts from the image."""
    if bundle not in _IMAGES:
        image = bundle.parent / "image"
        with zipfile.ZipFile(bundle) as zf:
            zf.extractall(image)
            lessons = json.loads(zf.read("gradescope.json"))["lessons"]
            assert f"-m grader keep-answers {' '.join(lessons)})" in zf.read("setup.sh").decode()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COURSE_GRADING")}
        subprocess.run([sys.executable, "-m", "grader", "keep-answers", *lessons], cwd=image / "course", check=True,
                       env={**env, "PYTHONPATH": str(image / "course")}, capture_output=True, timeout=300)
        _IMAGES[bundle] = image
    return _IMAGES[bundle]


def _run(bundle: Path, root: Path, files: dict[str, Path | bytes]) -> dict:
    """Lay out Gradescope's /autograder under ``root`` and run the bundle's run_autograder."""
    root.mkdir(parents=True)
    shutil.copytree(_image(bundle), root / "source", symlinks=True)
    (root / "submission").mkdir()
    for name, content in files.items():
        target = root / "submission" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_bytes(content)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COURSE_GRADING")}
    env.update(AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=sys.executable)
    proc = subprocess.run(["bash", str(root / "source" / "run_autograder")], env=env, cwd=root,
                          capture_output=True, text=True, timeout=900)
    results = root / "results" / "results.json"
    assert results.is_file(), proc.stderr[-2000:]
    return json.loads(results.read_text(encoding="utf-8"))


def _lesson_files(folder: Path, lessons) -> dict[str, Path]:
    return {f"{lesson}.ipynb": folder / f"{lesson}.ipynb" for lesson in lessons}


def _check_format(results: dict) -> None:
    """Gradescope's documented fields, with the types it expects."""
    assert isinstance(results["score"], float | int) and isinstance(results["output"], str)
    assert results["output_format"] == "text" and results["stdout_visibility"] == "hidden"
    for test in results["tests"]:
        assert set(test) >= {"name", "score", "max_score", "output", "visibility", "status"}
        assert 0 <= test["score"] <= test["max_score"]
        assert test["visibility"] in ("visible", "after_published")
        assert test["status"] in ("passed", "failed")
        assert len(test["output"]) <= 4000 and "\n" not in test["output"]
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    return _bundle(tmp_path_factory.mktemp("bundle"))


def test_bundle_holds_what_gradescope_asks_for(bundle):
    with zipfile.ZipFile(bundle) as zf:
        names = set(zf.namelist())
        modes = {i.filename: (i.external_attr >> 16) & 0o777 for i in zf.infolist()}
        config = json.loads(zf.read("gradescope.json"))
        setup = zf.read("setup.sh").decode()
    assert {"setup.sh", "run_autograder", "gradescope.json", "course/pyproject.toml",
            "course/grader/gradescope.py", "course/solutions/07_digits_capstone.py"} <= names
    assert modes["run_autograder"] & 0o100 and modes["setup.sh"] & 0o100
    assert config["lessons"] == list(checks.LESSONS)
    assert "bubblewrap" in setup and "pip install" in setup and "chmod -R go-rwx" in setup
    assert not any(n.endswith(".ipynb") or "__pycache__" in n for n in names)


def test_solved_course_gets_full_marks_and_stubs_get_zero(bundle, tmp_path):
    solved = _run(bundle, tmp_path / "solved", _lesson_files(ROOT / "solutions", checks.LESSONS))
    _check_format(solved)
    total = sum(ex.points for lesson in checks.LESSONS for ex in checks.exercises(lesson))
    assert solved["score"] == pytest.approx(total)
    public = [t for t in solved["tests"] if not t["name"].endswith("(hidden checks)")]
    assert len(public) == sum(len(checks.exercises(lesson)) for lesson in checks.LESSONS)
    assert all(t["status"] == "passed" for t in solved["tests"])
    assert solved["extra_data"]["mode"] == "sandbox"
    stubs = _run(bundle, tmp_path / "stubs", _lesson_files(ROOT / "notebooks", checks.LESSONS))
    _check_format(stubs)
    assert stubs["score"] == 0
    assert all("not implemented yet" in t["output"] or "Replace `None`" in t["output"]
               for t in stubs["tests"] if not t["name"].endswith("(hidden checks)"))


def test_corrupt_upload_gets_a_clear_result(bundle, tmp_path):
    text = (ROOT / "solutions" / "01_perceptron.ipynb").read_text(encoding="utf-8")
    results = _run(bundle, tmp_path / "corrupt", {
        "01_perceptron.ipynb": text[: len(text) // 3].encode(),
        "02_decision_lines.ipynb": b"\x00\xff not a notebook",
        "notes\x1b[31m.txt": b"hello"})
    _check_format(results)
    assert results["score"] == 0
    step = next(t for t in results["tests"] if t["name"] == "01 step")
    assert "01_perceptron.ipynb" in step["output"] and ("JSON" in step["output"] or "read" in step["output"])
    assert "not submitted" in next(t for t in results["tests"] if t["name"].startswith("03 "))["output"]
    assert "\x1b" not in json.dumps(results["output"]) and "Lessons not submitted" in results["output"]


def test_a_zip_upload_is_graded_and_a_broken_zip_says_so(bundle, tmp_path):
    archive = tmp_path / "work.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(ROOT / "solutions" / "01_perceptron.ipynb", "my work/01_perceptron.ipynb")
    results = _run(bundle, tmp_path / "zip", {"work.zip": archive})
    assert sum(t["score"] for t in results["tests"] if t["name"].startswith("01 ")) == pytest.approx(
        sum(ex.points for ex in checks.exercises("01_perceptron")))
    broken = _run(bundle, tmp_path / "broken", {"work.zip": b"PK\x03\x04 this is no zip"})
    _check_format(broken)
    assert broken["score"] == 0 and "zip" in broken["output"].lower()


def test_hidden_cases_are_tests_of_their_own_shown_after_publishing(tmp_path):
    bundle = _bundle(tmp_path / "b", ["01_perceptron"], CASES)
    with zipfile.ZipFile(bundle) as zf:
        assert "private_cases.py" in zf.namelist()
    solved = _run(bundle, tmp_path / "solved", _lesson_files(ROOT / "solutions", ["01_perceptron"]))
    _check_format(solved)
    hidden = [t for t in solved["tests"] if t["name"] == "01 step (hidden checks)"]
    assert len(hidden) == 1 and hidden[0]["visibility"] == "after_published"
    public = next(t for t in solved["tests"] if t["name"] == "01 step")
    assert public["score"] + hidden[0]["score"] == pytest.approx(checks.find("step").points)
    assert hidden[0]["score"] == hidden[0]["max_score"] > 0
    assert solved["score"] == pytest.approx(sum(ex.points for ex in checks.exercises("01_perceptron")))
    assert "hidden" not in public["output"].lower()   # nothing of the hidden cases before publishing
    # a step that is right except on tiny negatives passes every public check and fails the hidden one
    wrong = json.loads((ROOT / "solutions" / "01_perceptron.ipynb").read_text(encoding="utf-8"))
    for cell in wrong["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if source.startswith("def step("):
            cell["source"] = ("def step(s):\n    s = np.asarray(s, dtype=float)\n"
                              "    out = np.where(s >= -1e-9, 1.0, -1.0)\n    return out if out.ndim else float(out)\n")
    results = _run(bundle, tmp_path / "wrong", {"01_perceptron.ipynb": json.dumps(wrong).encode()})
    public = next(t for t in results["tests"] if t["name"] == "01 step")
    hidden = next(t for t in results["tests"] if t["name"] == "01 step (hidden checks)")
    assert public["score"] == public["max_score"] and hidden["score"] < hidden["max_score"]
    # the instructor's case comes first among the hidden ones, so its own hint is the one shown
    assert "A hidden check failed" in hidden["output"] and "Tiny negative" in hidden["output"]
    assert "-1e-12" not in json.dumps(results)


def test_an_autograder_failure_still_writes_results(tmp_path):
    bundle = _bundle(tmp_path / "b", ["01_perceptron"])
    root = tmp_path / "root"
    (root / "source").mkdir(parents=True)
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(root / "source")
    (root / "submission").mkdir()
    (root / "source" / "private_cases.py").write_text("CASES = 3\n")   # a broken cases file
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=sys.executable)
    proc = subprocess.run(["bash", str(root / "source" / "run_autograder")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    _check_format(results)
    assert results["score"] == 0 and "could not grade this submission" in results["output"]


def test_plain_text_is_inert_and_bounded():
    from grader.gradescope import plain

    assert plain("a\nb\r\x1b[31mc\u202ed") == "a b  [31mc d"
    assert len(plain("x" * 10_000)) == 4000
    assert plain(b"\xff".decode("utf-8", "surrogateescape")) == "?"
