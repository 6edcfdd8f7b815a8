"""`make new-lesson NAME=...` (tools/new_lesson.py) scaffolds a lesson that the
build, the release, the generic tests, the self-check and the grader accept.
Everything happens in a temporary copy of the repository."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.support import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import new_lesson  # noqa: E402

LESSON = "08_scaffold_demo"
IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "__pycache__", ".pytest_cache", ".ruff_cache",
                                "*.egg-info", ".ipynb_checkpoints")


def _run(args, cwd, timeout=300):
    # PYTHONPATH: the copy's helpers (with the new lesson registered), not the
    # editable install's, also in kernels and grader children.
    env = dict(os.environ, PYTHONPATH=str(cwd), MPLBACKEND="Agg")
    env.pop("COURSE_GRADING", None)
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(map(str, args))} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo") / "course"
    shutil.copytree(ROOT, root, ignore=IGNORE, symlinks=True)
    return root


def test_scaffold_build_release_test_and_grade(copy):
    py = sys.executable
    out = _run([py, "tools/new_lesson.py", LESSON, "--title", "A scaffolded lesson"], copy)
    for path in (f"solutions/{LESSON}.py", "helpers/checks/lesson08.py", "tests/test_lesson08.py"):
        assert f"wrote {path}" in out and (copy / path).exists()
    assert f'"{LESSON}": "helpers.checks.lesson08"' in (copy / "helpers/checks/__init__.py").read_text()

    _run([py, "-m", "authoring.build", f"solutions/{LESSON}.py"], copy)
    _run([py, "-m", "authoring.release", f"solutions/{LESSON}.ipynb"], copy)
    _run([py, "-m", "authoring.release", "--check"], copy)
    student = (copy / "notebooks" / f"{LESSON}.ipynb").read_text()
    assert "raise NotImplementedError()" in student and "BEGIN SOLUTION" not in student

    # The generic tests, the lesson's own tests and the link tests, on the new lesson.
    _run([py, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-x",
          "tests/test_exercises.py", "tests/test_release.py", "tests/test_student_notebooks.py",
          "tests/test_lesson08.py", "tests/test_links.py",
          "-k", f"{LESSON} or example_08 or lesson08 or unique or links"], copy, timeout=600)

    # The grader gives the solution full marks and the released stub none.
    for notebook, expected in ((copy / "solutions" / f"{LESSON}.ipynb", 1.0),
                               (copy / "notebooks" / f"{LESSON}.ipynb", 0.0)):
        report = copy / "grades.json"
        _run([py, "-m", "grader", str(notebook), "--json", str(report), "-q"], copy)
        grades = json.loads(report.read_text())["submissions"][0]
        assert grades["score"] == expected, grades


def test_refuses_bad_names_and_existing_lessons(tmp_path):
    with pytest.raises(new_lesson.ScaffoldError, match="two digits"):
        new_lesson.scaffold("8_x", root=tmp_path)
    shutil.copytree(ROOT / "helpers", tmp_path / "helpers", ignore=IGNORE)
    with pytest.raises(new_lesson.ScaffoldError, match="already registered"):
        new_lesson.scaffold("01_again", root=tmp_path)


def test_register_keeps_lessons_in_order():
    text = 'LESSONS = {\n    "01_a": "helpers.checks.lesson01",\n    "03_c": "helpers.checks.lesson03",\n}\n'
    out = new_lesson.register(text, "02_b", "02")
    assert out.index('"01_a"') < out.index('"02_b"') < out.index('"03_c"')
