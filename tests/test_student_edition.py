"""The student edition (tools/student_edition.py, `make student-edition`): it holds no
solution text, nothing of the instructor's, and its notebooks work where it is written,
on its own helpers — unsolved (friendly self-checks, demos that say what they need) and
solved (the capstone on the student's own layers reaches 95 %)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import student_edition  # noqa: E402

from tests.support import HANGUL  # noqa: E402

# Runs in a fresh interpreter with only the edition on its path: each notebook's code
# cells in order, in the notebook's folder; prints one JSON line per notebook.
RUNNER = r"""
import contextlib, io, json, os, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import helpers
from grader.cells import code_cells, run_cell
names = sys.argv[1:]
for name in names:
    nb = json.load(open(name, encoding="utf-8"))
    namespace = {"__name__": "__main__", "display": lambda *a, **k: None}
    cells = []
    for index, source in enumerate(code_cells(nb), 1):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            report = run_cell(index, source, namespace)
        plt.close("all")
        cells.append({"source": source, "stdout": out.getvalue(), "error": report.error})
    print(json.dumps({"notebook": name, "helpers": helpers.__file__, "cells": cells}))
"""


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("edition") / "nn-course"
    student_edition.build(dest)
    return dest


def _run(edition: Path, names: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("COURSE_GRADING", "PYTHONPATH")}
    env.update(PYTHONPATH=str(edition), MPLBACKEND="Agg", PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-c", RUNNER, *names], cwd=edition / "notebooks", env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {r["notebook"]: r for r in map(json.loads, proc.stdout.splitlines())}


def test_edition_holds_what_a_student_needs_and_nothing_of_the_instructor(edition):
    files = {str(p.relative_to(edition)) for p in edition.rglob("*") if p.is_file()}
    for needed in ("README.md", "Makefile", "LICENSE", "pyproject.toml", "environment.yml", ".gitignore",
                   ".github/workflows/classroom.yml", "notebooks/00_start_here.ipynb",
                   "notebooks/00_glossary.md", "notebooks/07_digits_capstone.ipynb",
                   "helpers/mywork.py", "helpers/checks/lesson07.py", "grader/__main__.py",
                   "data/digits/digits.csv.gz", "data/digits/README.md"):
        assert needed in files, needed
    for path in files:
        top = path.split("/")[0]
        assert top not in ("solutions", "authoring", "tools", "tests", "docs", ".ci", "build"), path
        assert "__pycache__" not in path and not path.endswith(".pyc"), path
    # The grader ships whole: every module of it, none left out.
    grader = {str(p.relative_to(ROOT)) for p in (ROOT / "grader").glob("*.py")}
    assert grader and grader <= files, sorted(grader - files)
    readme = (edition / "README.md").read_text(encoding="utf-8")
    for needle in ("make lab", "self-check", "not implemented yet", "Classroom", "feedback", "Gradescope"):
        assert needle in readme, needle
    assert "solutions" not in (edition / "Makefile").read_text(encoding="utf-8")


def test_scan_finds_no_solution_text_in_the_edition(edition):
    found = student_edition.needles()
    assert len(found) > 150   # every long line of every solution block, and the references
    assert student_edition.scan(edition, found) == []


def test_scan_catches_solution_text_however_it_is_written(edition, tmp_path):
    """A planted solution line is found in a module, reformatted, and inside a notebook cell."""
    copy = tmp_path / "copy"
    shutil.copytree(edition, copy)
    script = ROOT / "solutions" / "05_backprop.py"
    line = next(n for n in student_edition.solution_lines(script) if "grad[idx] = (f_plus - f_minus)" in n.text)
    with open(copy / "helpers" / "plots.py", "a", encoding="utf-8") as fh:
        fh.write("\n\ndef _planted(grad, idx, f_plus, f_minus, h):\n    " + line.text + "\n")
    module = student_edition.scan(copy)
    assert [h.path for h in module] == ["helpers/plots.py"]
    assert module[0].needle.origin.startswith("solutions/05_backprop.py:")
    # a reference body re-laid out (other spacing and quotes) in a notebook cell
    nb_path = copy / "notebooks" / "06_softmax_cross_entropy.ipynb"
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    softmax = next(n for n in student_edition.reference_lines(ROOT / "solutions" / "06_softmax_cross_entropy.py")
                   if "softmax" in n.origin and "exp" in n.text)
    nb["cells"].append({"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                        "source": "def f(z):\n    " + softmax.text.replace(" ", "  ").replace("= ", "=") + "\n"})
    nb_path.write_text(json.dumps(nb), encoding="utf-8")
    assert "notebooks/06_softmax_cross_entropy.ipynb" in {h.path for h in student_edition.scan(copy)}


def test_build_refuses_a_folder_in_use_and_the_tool_reports_the_scan(tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("x")
    with pytest.raises(student_edition.EditionError):
        student_edition.build(tmp_path / "busy")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "student_edition.py"), str(tmp_path / "ed"),
                          "--zip", str(tmp_path / "ed.zip")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "none found" in out.stdout and (tmp_path / "ed.zip").stat().st_size > 100_000


def test_unsolved_edition_notebooks_give_friendly_self_checks_and_demos(edition):
    names = sorted(p.name for p in (edition / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    runs = _run(edition, names)
    demo_messages = 0
    for name, run in runs.items():
        assert run["helpers"].startswith(str(edition)), "the edition's own helpers must run"
        for cell in run["cells"]:
            assert cell["error"] is None, (name, cell["source"][:80], cell["error"])
            if cell["source"].strip().startswith("check("):
                assert "not implemented yet" in cell["stdout"] or "replace `None`" in cell["stdout"], \
                    (name, cell["stdout"])
            demo_messages += "(This demo runs once you have implemented" in cell["stdout"]
    assert demo_messages >= 10
    capstone = "".join(c["stdout"] for c in runs["07_digits_capstone.ipynb"]["cells"])
    assert "not implemented yet in 05_backprop.ipynb: affine_forward, affine_backward" in capstone
    assert "not implemented yet in 06_softmax_cross_entropy.ipynb: softmax_cross_entropy" in capstone
    xor = "".join(c["stdout"] for c in runs["03_xor_mlp.ipynb"]["cells"])
    assert "(This demo runs once you have implemented `mlp_forward`.)" in xor


def test_capstone_in_the_edition_runs_on_the_students_own_solved_layers(edition, tmp_path):
    """A student who solved 05 and 06 (here: the course's solutions, saved in the edition's
    folder) gets a capstone that loads their layers and reaches 95 % in under 30 s."""
    work = tmp_path / "solved"
    shutil.copytree(edition, work)
    for lesson in ("03_xor_mlp", "05_backprop", "06_softmax_cross_entropy", "07_digits_capstone"):
        shutil.copyfile(ROOT / "solutions" / f"{lesson}.ipynb", work / "notebooks" / f"{lesson}.ipynb")
    import time
    start = time.perf_counter()
    run = _run(work, ["07_digits_capstone.ipynb"])["07_digits_capstone.ipynb"]
    assert time.perf_counter() - start < 30
    text = "".join(c["stdout"] for c in run["cells"])
    assert all(c["error"] is None for c in run["cells"]), [c["error"] for c in run["cells"] if c["error"]]
    assert "✔ your own affine_forward, affine_backward, relu_forward, relu_backward" in text
    assert "MLP reaches at least 95 %: True" in text
    assert text.count("✔") >= 6
    xor = "".join(c["stdout"] for c in _run(work, ["03_xor_mlp.ipynb"])["03_xor_mlp.ipynb"]["cells"])
    assert "outputs:    [0.021 0.98  0.976 0.019]" in xor


def test_the_edition_is_a_bilingual_course_with_commands_for_every_system(edition):
    readme = (edition / "README.md").read_text(encoding="utf-8")
    makefile = (edition / "Makefile").read_text(encoding="utf-8")
    assert "lab-ko:" in makefile and "ko/00_start_here.ipynb" in makefile
    assert (edition / "notebooks" / "ko" / "01_perceptron.ipynb").is_file()
    korean = readme[readme.index("## 한국어"):]
    for text in (readme, korean):  # each language says where the Korean notebooks are and how to hand in
        assert "notebooks/ko/" in text and "make lab-ko" in text and "make grade" in text
        assert "Windows" in text and r".venv\Scripts\python -m pip install -e ." in text
        assert r"notebooks\ko\00_start_here.ipynb" in text and "Gradescope" in text
    assert "python -m grader notebooks" in readme and HANGUL.search(korean)
