"""A lesson that builds on earlier ones (the capstone USES lessons 05 and 06) is graded on
its own: with the course's references of the earlier lessons where the grader has them, so
a wrong lesson 05 does not sink lesson 07; in the student edition (no references), with the
student's own earlier notebooks of the same submission."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from grader import references
from tests.grading import exercises, grade, solution_cells, write_notebook
from tests.support import SOLUTIONS

ROOT = Path(__file__).resolve().parent.parent
CAPSTONE = ("mlp_loss_and_grads", "sgd_epoch", "accuracy", "confusion_matrix")
WRONG_AFFINE = "def affine_forward(x, W, b):\n    return np.asarray(x) @ np.asarray(W), (x, W)\n"


def _wrong_05(path: Path) -> Path:
    cells = solution_cells("05_backprop") + [WRONG_AFFINE]
    return write_notebook(path, cells)


def test_the_capstone_declares_what_it_builds_on():
    assert references.lessons_for("07_digits_capstone") == ["05_backprop", "06_softmax_cross_entropy",
                                                            "07_digits_capstone"]
    # the references are used to judge, after the cells ran (references.load)...
    definitions, graded = references.load("07_digits_capstone")
    assert {"affine_forward", "softmax_cross_entropy", "mlp_loss_and_grads"} <= set(graded)
    # ...while the cells run, the notebook gets the student's own earlier definitions only
    assert references.earlier("07_digits_capstone", {}) == {}
    own = references.earlier("07_digits_capstone", {"05_backprop": [WRONG_AFFINE, "print(1)"]})
    assert list(own) == ["05_backprop"] and len(own["05_backprop"]) == 1   # the def, not the print
    assert own["05_backprop"][0].startswith("def affine_forward(x, W, b):")


def test_a_wrong_lesson_05_does_not_sink_lesson_07(tmp_path):
    folder = tmp_path / "alice"
    _wrong_05(folder / "05_backprop.ipynb")
    for lesson in ("06_softmax_cross_entropy", "07_digits_capstone"):
        shutil.copyfile(SOLUTIONS / f"{lesson}.ipynb", folder / f"{lesson}.ipynb")
    sub = grade([folder], tmp_path, "--lessons", "05,06,07", "-j", "2")["submissions"][0]
    got = exercises(sub)
    assert not got["affine_forward"]["passed"]
    for name in CAPSTONE:
        assert got[name]["passed"] and got[name]["points"] == got[name]["max_points"], (name, got[name])


def test_the_edition_grader_uses_the_students_own_earlier_notebooks(tmp_path):
    """In the student edition there are no references: the capstone is judged with the
    student's own 05/06 from the same submission (right ones here, then a wrong one)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import student_edition

    edition = tmp_path / "edition"
    student_edition.build(edition)
    good, bad = tmp_path / "subs" / "good", tmp_path / "subs" / "bad"
    for folder in (good, bad):
        folder.mkdir(parents=True)
        for lesson in ("05_backprop", "06_softmax_cross_entropy", "07_digits_capstone"):
            shutil.copyfile(SOLUTIONS / f"{lesson}.ipynb", folder / f"{lesson}.ipynb")
    _wrong_05(bad / "05_backprop.ipynb")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(edition)   # the edition's grader and helpers, not the course's
    out = tmp_path / "grades.json"
    proc = subprocess.run([sys.executable, "-m", "grader", str(good), str(bad), "--lessons", "07",
                           "--json", str(out), "-q", "-j", "2"], cwd=edition, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["grader"]["mode"] == "sandbox"
    assert result["grader"]["lessons"] == ["07_digits_capstone"]
    subs = {s["submission"]: exercises(s) for s in result["submissions"]}
    for name in CAPSTONE:
        assert subs["good"][name]["passed"], (name, subs["good"][name])
    assert not subs["bad"]["mlp_loss_and_grads"]["passed"]  # the student's own wrong affine_forward
