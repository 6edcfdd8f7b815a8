"""One grade in every channel (issue 22): the same student edition handed in to `--class`,
the edition's own `make grade`, the GitHub Classroom workflow's steps (on a non-editable
install, as the workflow makes it) and the Gradescope bundle gets the same score and
feedback in the same language; and the capstone runs in a non-editable install.

The submission is what a Korean student hands in: the whole `notebooks/` folder of the
edition (English notebooks and `ko/`), with lesson 01 solved in the Korean notebook, lesson
02 solved in the English one, lesson 03 untouched and lesson 04 half done (in Korean); the
rest untouched. The notebooks are made from the released stubs and the solution notebooks
of this repository (`release.strip_source` pairs a solved cell with its stub).

These tests install nothing from the network but the build backend pip asks for: the
Classroom venv sees the packages of the interpreter running the tests through a `.pth` file
and installs the edition with `--no-deps`.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from authoring import release
from tests.support import HANGUL, NOTEBOOKS, ROOT, SOLUTIONS

sys.path.insert(0, str(ROOT / "tools"))

import gradescope_bundle  # noqa: E402
import student_edition  # noqa: E402

from helpers import checks  # noqa: E402

WORKFLOW = ROOT / ".github" / "workflows" / "classroom.yml"


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "COURSE_GRADING", "COURSE_LANG", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")}
    env.update(MPLBACKEND="Agg", PYTHONHASHSEED="0", **extra)
    return env


def _solved_with_stubs(stub: Path, solution: Path, solved_share: float) -> nbformat.NotebookNode:
    """The released ``stub`` with the first ``solved_share`` of its exercise cells as in ``solution``."""
    nb = nbformat.read(stub, as_version=4)
    answers = {}
    for cell in nbformat.read(solution, as_version=4).cells:
        if cell.cell_type == "code" and release.BEGIN in cell.source:
            answers[release.strip_source(cell.source)] = cell.source
    exercise_cells = [c for c in nb.cells if c.cell_type == "code" and answers.get(c.source)]
    for cell in exercise_cells[:round(len(exercise_cells) * solved_share)]:
        cell.source = answers[cell.source]
    return nb


def _hand_in(notebooks: Path) -> None:
    """Turn an edition's ``notebooks/`` into the mixed submission (see the module docstring)."""
    plan = {("ko", "01_perceptron"): 1.0, ("", "02_decision_lines"): 1.0, ("ko", "04_activations"): 0.5}
    for (language, lesson), share in plan.items():
        folder = notebooks / language if language else notebooks
        solution = (SOLUTIONS / language if language else SOLUTIONS) / f"{lesson}.ipynb"
        nb = _solved_with_stubs(folder / f"{lesson}.ipynb", solution, share)
        (folder / f"{lesson}.ipynb").write_text(nbformat.writes(nb), encoding="utf-8")


@pytest.fixture(scope="module")
def edition(tmp_path_factory, request) -> Path:
    """The student edition with the mixed submission in its notebooks/ (the student's repository).
    The released notebooks are taken as they are in this checkout: a branch that changes code
    cells rebuilds them after merging (their staleness is test_release's business)."""
    dest = tmp_path_factory.mktemp("channels") / "nn-course"
    stale = student_edition._stale_notebooks
    student_edition._stale_notebooks = lambda: []
    try:
        student_edition.build(dest)
    finally:
        student_edition._stale_notebooks = stale
    _hand_in(dest / "notebooks")
    return dest


def _venv(folder: Path) -> Path:
    """A fresh venv that sees this interpreter's packages (no download): where the Classroom
    workflow's own install step then installs the course, not editable."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    inside = subprocess.run([str(folder / "bin" / "python"), "-c", "import site; print(site.getsitepackages()[0])"],
                            capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in site.getsitepackages() if Path(p, "numpy").is_dir()]
    # this interpreter's site-packages (numpy, matplotlib, pip) after the venv's own: the course
    # installed into the venv wins over any editable install of it there (whose .pth is not read)
    Path(inside, "zz_course_dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    return folder


def _step(name: str) -> str:
    """The ``run:`` script of the workflow step called ``name``."""
    text = WORKFLOW.read_text(encoding="utf-8")
    start = text.index(f"- name: {name}")
    block = text[start:text.find("\n      - ", start + 1)]
    run = block[block.index("run: |") + len("run: |"):]
    return "\n".join(line[10:] for line in run.splitlines() if line.strip())


def _classroom(edition: Path, runner: Path) -> tuple[dict, str]:
    """The workflow's install and grading steps, as written, on ``runner`` (RUNNER_TEMP):
    the student's repository is ``edition`` and the course checkout a copy of the edition."""
    workspace = runner / "workspace"
    workspace.mkdir(parents=True)
    shutil.copytree(edition, workspace / "submission")
    shutil.copytree(edition, workspace / "course", ignore=shutil.ignore_patterns("notebooks"))
    venv = _venv(runner / "venv")
    install = _step("Install the edition's grader (not the student's copy)").splitlines()
    assert install[0] == 'python -m venv "$RUNNER_TEMP/venv"' and "pip install --quiet ./course" in install[1]
    # the venv exists already (``_venv``); pip installs the course as the step does, without its
    # dependencies (they come from this interpreter), and apt is left out
    install = install[1].replace("pip install --quiet ./course", "pip install --quiet --no-deps ./course")
    env = _env(RUNNER_TEMP=str(runner), GITHUB_WORKSPACE=str(workspace),
               GITHUB_OUTPUT=str(runner / "output"), GITHUB_STEP_SUMMARY=str(runner / "summary.md"))
    proc = subprocess.run(["bash", "-e", "-c", install], cwd=workspace, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    installed = subprocess.run([str(venv / "bin" / "python"), "-I", "-c",
                                "import grader, helpers, data; print(grader.__file__, helpers.__file__, data.__file__)"],
                               cwd=runner, capture_output=True, text=True, env=env)
    assert installed.stdout.count("site-packages") == 3 and str(ROOT) not in installed.stdout, installed
    proc = subprocess.run(["bash", "-e", "-c", _step("Grade with the public checks")], cwd=runner, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    output = (runner / "output").read_text(encoding="utf-8")
    payload = json.loads(base64.b64decode(re.search(r"^result=(\S+)$", output, re.M)[1]))
    grades = json.loads((runner / "grades.json").read_text(encoding="utf-8"))["submissions"][0]
    assert payload["max_score"] == grades["max_score"]
    assert sum(t["score"] for t in payload["tests"]) == pytest.approx(grades["score"])
    return grades, (runner / "summary.md").read_text(encoding="utf-8")


def _korean(text: str) -> bool:
    return bool(HANGUL.search(text))


def test_the_same_submission_gets_the_same_grade_in_every_channel(edition, tmp_path):
    lessons = list(checks.LESSONS)
    scores, languages = {}, {}

    # 1. the instructor's --class run (with the course's references), as a class of one
    klass = tmp_path / "class"
    shutil.copytree(edition / "notebooks", klass / "kim" / "notebooks")
    out = tmp_path / "class.json"
    proc = subprocess.run([sys.executable, "-m", "grader", "--class", str(klass), "--json", str(out),
                           "--feedback", str(tmp_path / "fb"), "-q"], cwd=ROOT, env=_env(PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))["submissions"][0]
    scores["--class"], languages["--class"] = result["score"], result["language"]
    text = (tmp_path / "fb" / result["feedback_file"]).read_text(encoding="utf-8")
    assert _korean(text) and "ko/01\\_perceptron.ipynb" in text  # Markdown-escaped
    chosen = {nb["lesson"]: nb for nb in result["notebooks"]}
    assert chosen["01_perceptron"]["language"] == "ko" and chosen["02_decision_lines"]["language"] == "en"
    assert any("notebooks/01_perceptron.ipynb" in item for item in result["ignored"])

    # 2. the edition's own `make grade` (its Makefile's recipe, with this interpreter as .venv/bin)
    home = tmp_path / "edition"
    shutil.copytree(edition, home)
    proc = subprocess.run(["make", "-C", str(home), "grade", f"BIN={Path(sys.executable).parent}", "STAMP="],
                          env=_env(PYTHONPATH=str(home)), capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    made = json.loads((home / "grades.json").read_text(encoding="utf-8"))["submissions"][0]
    scores["make grade"], languages["make grade"] = made["score"], made["language"]

    # 3. the Classroom workflow's steps on a non-editable install
    graded, summary = _classroom(edition, tmp_path / "runner")
    scores["Classroom"], languages["Classroom"] = graded["score"], graded["language"]
    assert _korean(summary)

    # 4. the Gradescope bundle, the notebooks folder uploaded as a zip (as the student README says)
    bundle = gradescope_bundle.build(tmp_path / "autograder.zip", lessons, None)
    root = tmp_path / "autograder"
    (root / "source").mkdir(parents=True)
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(root / "source")
    (root / "submission").mkdir()
    with zipfile.ZipFile(root / "submission" / "notebooks.zip", "w") as zf:
        for path in sorted((edition / "notebooks").rglob("*")):
            if path.is_file():
                zf.write(path, Path("notebooks") / path.relative_to(edition / "notebooks"))
    proc = subprocess.run(["bash", str(root / "source" / "run_autograder")], cwd=root,
                          env=_env(AUTOGRADER_ROOT=str(root), AUTOGRADER_PYTHON=sys.executable),
                          capture_output=True, text=True, timeout=1200)
    gradescope = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    scores["Gradescope"] = gradescope["score"]
    languages["Gradescope"] = "ko" if _korean(" ".join(t["output"] for t in gradescope["tests"])) else "en"

    print("\nscores:", scores, "\nlanguages:", languages, "\n--class per lesson:",
          {nb["lesson"][:2]: (nb["language"], sum(e["points"] for e in nb["exercises"])) for nb in result["notebooks"]})
    assert len(set(scores.values())) == 1, scores
    assert set(languages.values()) == {"ko"}, languages
    total_01 = sum(ex.points for ex in checks.exercises("01_perceptron"))
    total_02 = sum(ex.points for ex in checks.exercises("02_decision_lines"))
    assert total_01 + total_02 < scores["--class"] < total_01 + total_02 + sum(
        ex.points for ex in checks.exercises("04_activations"))


def test_the_capstone_runs_in_the_classroom_workflows_non_editable_install(tmp_path):
    """Installed as the workflow installs it (not editable: no repository beside the packages),
    a solved capstone finds its digits (package data) and every cell runs."""
    dest = tmp_path / "edition" / "nn-course"
    stale = student_edition._stale_notebooks
    student_edition._stale_notebooks = lambda: []
    try:
        student_edition.build(dest)
    finally:
        student_edition._stale_notebooks = stale
    for lesson in ("05_backprop", "06_softmax_cross_entropy", "07_digits_capstone"):
        shutil.copyfile(SOLUTIONS / f"{lesson}.ipynb", dest / "notebooks" / f"{lesson}.ipynb")
    graded, summary = _classroom(dest, tmp_path / "runner")
    capstone = next(nb for nb in graded["notebooks"] if nb["lesson"] == "07_digits_capstone")
    assert capstone["cell_errors"] == [] and not capstone["error"], capstone["cell_errors"][:3]
    assert all(ex["passed"] for ex in capstone["exercises"])
    assert "FileNotFoundError" not in summary and "NameError" not in summary


def test_the_student_notebooks_of_both_editions_are_graded_by_their_own_stubs():
    """The measure the choice rests on: a released notebook holds all its stubs, its solution none."""
    from grader.cells import code_cells
    from grader.submissions import stubs_left

    for lesson in checks.LESSONS:
        for folder in (NOTEBOOKS, NOTEBOOKS / "ko"):
            released = code_cells(nbformat.read(folder / f"{lesson}.ipynb", as_version=4))
            assert stubs_left(released) >= 1, (folder, lesson)
        assert stubs_left(code_cells(nbformat.read(SOLUTIONS / f"{lesson}.ipynb", as_version=4))) == 0


def test_the_notebook_worked_in_is_chosen_whichever_folder_it_is_in(tmp_path):
    """The rule itself, without grading: fewest exercises unfinished wins; ties as before (the lesson's
    own name nearest the top, then the newest); every notebook left out is named with why."""
    from grader import submissions
    from helpers import i18n

    kim = tmp_path / "kim" / "notebooks"
    shutil.copytree(NOTEBOOKS, kim)
    _hand_in(kim)
    sub = submissions.read_all([str(tmp_path / "kim")], ["01_perceptron", "02_decision_lines", "03_xor_mlp",
                                                         "04_activations"])[0]
    chosen = {nb.lesson: nb.path for nb in sub.notebooks}
    assert chosen == {"01_perceptron": "notebooks/ko/01_perceptron.ipynb",
                      "02_decision_lines": "notebooks/02_decision_lines.ipynb",
                      "03_xor_mlp": "notebooks/ko/03_xor_mlp.ipynb",  # untouched both: the student's language
                      "04_activations": "notebooks/ko/04_activations.ipynb"}
    assert sub.language == "ko"
    less = [item for item in sub.ignored if "less worked" in item]
    assert any(item.startswith("notebooks/01_perceptron.ipynb: another notebook of lesson 01, less worked")
               for item in less), sub.ignored
    assert any(item.startswith("notebooks/ko/02_decision_lines.ipynb") for item in less)
    with i18n.using("ko"):
        assert all(HANGUL.search(i18n.tr(item)) for item in sub.ignored)
    # equally worked copies: the lesson's own name nearest the top, as before
    solo = tmp_path / "lee"
    (solo / "backup").mkdir(parents=True)
    for path in (solo / "01_perceptron (1).ipynb", solo / "backup" / "01_perceptron.ipynb",
                 solo / "01_perceptron.ipynb"):
        shutil.copyfile(SOLUTIONS / "01_perceptron.ipynb", path)
    sub = submissions.read_all([str(solo)], ["01_perceptron"])[0]
    assert [nb.path for nb in sub.notebooks] == ["01_perceptron.ipynb"]
    # a stub nearer the top never beats a worked copy deeper down
    shutil.copyfile(NOTEBOOKS / "01_perceptron.ipynb", solo / "01_perceptron.ipynb")
    sub = submissions.read_all([str(solo)], ["01_perceptron"])[0]
    assert sub.notebooks[0].path in ("backup/01_perceptron.ipynb", "01_perceptron (1).ipynb")
    # nor does a copy whose exercise cells were deleted (it holds no stub, and no answer either)
    emptied = nbformat.read(NOTEBOOKS / "01_perceptron.ipynb", as_version=4)
    emptied.cells = [c for c in emptied.cells if c.cell_type == "markdown" or "YOUR CODE HERE" not in c.source]
    (solo / "01_perceptron.ipynb").write_text(nbformat.writes(emptied), encoding="utf-8")
    sub = submissions.read_all([str(solo)], ["01_perceptron"])[0]
    assert sub.notebooks[0].path in ("backup/01_perceptron.ipynb", "01_perceptron (1).ipynb")


def test_a_korean_notebook_answers_in_korean_wherever_a_kernel_runs_it(tmp_path, monkeypatch):
    """A renamed copy of the Korean notebook in a folder not called ``ko``, run by nbclient
    from elsewhere (as VS Code, Binder or a script would), self-checks in Korean; the English
    one in the same folder, with COURSE_LANG=ko set, still answers in English."""
    from nbclient import NotebookClient

    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("COURSE_LANG", "ko")
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    said = {}
    for language, source in (("ko", NOTEBOOKS / "ko" / "01_perceptron.ipynb"),
                             ("en", NOTEBOOKS / "01_perceptron.ipynb")):
        nb = nbformat.read(source, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        nb.cells = code[:3]  # the imports (with the language line), step's stub, step's self-check
        NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                       resources={"metadata": {"path": str(downloads)}}).execute()
        said[language] = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "step" in said["ko"] and _korean(said["ko"]), said
    assert "step: not implemented yet" in said["en"] and not _korean(said["en"]), said
