"""Authoring hygiene: the pre-commit hooks (tools/hooks.py) strip outputs from
student notebooks and refuse solution markers in notebooks/, the hook config
fetches nothing, and `make lint` covers the lessons' code."""

import ast
import json
import os
import shutil
import subprocess
import sys

import nbformat
import pytest
import yaml

from tests.support import NOTEBOOKS, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import hooks  # noqa: E402

CONFIG = ROOT / ".pre-commit-config.yaml"


def _with_outputs(path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)"), nbformat.v4.new_markdown_cell("hi")])
    nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    nb.cells[0].execution_count = 3
    nb.cells[0].metadata["execution"] = {"iopub.status.busy": "2026-01-01"}
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")


def test_strip_outputs_clears_a_notebook_and_says_so(tmp_path, capsys):
    path = tmp_path / "01_x.ipynb"
    _with_outputs(path)
    assert hooks.strip_outputs([str(path)]) == 1
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].outputs == [] and nb.cells[0].execution_count is None
    assert "execution" not in nb.cells[0].metadata
    assert "stripped outputs" in capsys.readouterr().out
    assert hooks.strip_outputs([str(path)]) == 0


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_strip_outputs_leaves_released_notebooks_byte_for_byte(tmp_path, path):
    copy = tmp_path / path.name
    shutil.copy2(path, copy)
    assert hooks.strip_outputs([str(copy)]) == 0
    assert copy.read_bytes() == path.read_bytes()


def test_solution_markers_are_refused(tmp_path, capsys):
    bad = tmp_path / "01_x.ipynb"
    bad.write_text(json.dumps({"cells": [{"source": ["### BEGIN SOLUTION\n", "x = 1\n", "### END SOLUTION"]}]}))
    good = tmp_path / "02_y.ipynb"
    good.write_text(json.dumps({"cells": [{"source": ["x = None  # YOUR CODE HERE"]}]}))
    assert hooks.no_solution_markers([str(bad), str(good)]) == 1
    assert "01_x.ipynb" in capsys.readouterr().out
    assert hooks.no_solution_markers([str(good)]) == 0


def test_the_repository_notebooks_hold_no_marker():
    assert hooks.no_solution_markers([str(p) for p in NOTEBOOKS.iterdir() if p.is_file()]) == 0


def test_pre_commit_config_is_local_only():
    config = yaml.safe_load(CONFIG.read_text())
    ids = set()
    for repo in config["repos"]:
        assert repo["repo"] == "local", "hooks must not be fetched from the network"
        for hook in repo["hooks"]:
            ids.add(hook["id"])
            assert hook["language"] == "system"
            assert hook["entry"].startswith("python3 tools/hooks.py ")
            verb = hook["entry"].split()[2]
            assert verb in hooks.VERBS, f"{hook['id']}: tools/hooks.py has no verb {verb}"
    assert {"strip-student-outputs", "no-solution-in-notebooks", "ruff"} <= ids


@pytest.mark.system
@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_pre_commit_runs_the_hooks(tmp_path):
    pre_commit = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")
    if not pre_commit:
        pytest.skip("pre-commit not installed (pip install -e '.[author,test]')")
    repo = tmp_path / "repo"
    (repo / "tools").mkdir(parents=True)
    (repo / "notebooks").mkdir()
    shutil.copy2(CONFIG, repo / CONFIG.name)
    shutil.copy2(ROOT / "tools" / "hooks.py", repo / "tools" / "hooks.py")
    _with_outputs(repo / "notebooks" / "01_x.ipynb")
    (repo / "notebooks" / "02_y.ipynb").write_text(json.dumps({"cells": [{"source": "### BEGIN SOLUTION"}]}))
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), GIT_CONFIG_GLOBAL=os.devnull)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run([*git, "add", "."], cwd=repo, check=True, env=env)

    def run(hook):
        return subprocess.run([pre_commit, "run", hook, "--all-files"], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=120)

    stripped = run("strip-student-outputs")
    assert stripped.returncode == 1, stripped.stdout + stripped.stderr
    assert nbformat.read(repo / "notebooks" / "01_x.ipynb", as_version=4).cells[0].outputs == []
    refused = run("no-solution-in-notebooks")
    assert refused.returncode == 1 and "02_y.ipynb" in refused.stdout, refused.stdout + refused.stderr


def _authoring_imports(source: str) -> list[int]:
    """The lines of ``source`` that import the ``authoring`` package or a module of it."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        if any(name == "authoring" or name.startswith("authoring.") for name in names):
            lines.append(node.lineno)
    return lines


def test_what_students_get_never_imports_the_authoring_steps():
    """The student edition ships ``grader`` and ``helpers`` whole and leaves ``authoring`` out,
    so no module of theirs may import it."""
    assert _authoring_imports("import os\nfrom authoring.release import BEGIN\ndef f():\n    import authoring\n") == [2, 4]
    assert _authoring_imports("from grader import authoring_notes\nimport authoringx") == []
    found = [f"{path.relative_to(ROOT)}:{line}"
             for path in sorted((ROOT / "grader").rglob("*.py")) + sorted((ROOT / "helpers").rglob("*.py"))
             for line in _authoring_imports(path.read_text(encoding="utf-8"))]
    assert found == []


def test_make_lint_covers_lesson_code():
    makefile = (ROOT / "Makefile").read_text()
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    for part in ("helpers", "grader", "authoring", "tests", "tools", "solutions/", "notebooks"):
        assert part in lint, f"make lint does not cover {part}"


def test_build_stores_the_same_notebook_however_the_kernel_batched_its_prints():
    from authoring.build import merge_streams, stable_ids

    def executed(streams):
        cell = nbformat.v4.new_code_cell("print('a')\nprint('b')")
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in streams]
        cell.id = os.urandom(4).hex()  # nbformat's ids are random
        return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# x"), cell])

    one, two = executed(["a\nb\n"]), executed(["a\n", "b\n"])
    for nb in (one, two):
        merge_streams(nb)
        stable_ids(nb)
    assert nbformat.writes(one) == nbformat.writes(two)
    assert one.cells[1].outputs[0].text == "a\nb\n"


def test_build_ids_change_only_for_the_edited_cell():
    from authoring.build import stable_ids

    def ids(sources):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
        stable_ids(nb)
        nbformat.validate(nb)  # ids must stay valid (unique, 1-64 word characters or -)
        return [c.id for c in nb.cells]

    before, after = ids(["x = 1", "y = 2", "y = 2"]), ids(["x = 10", "y = 2", "y = 2"])
    assert before[0] != after[0] and before[1:] == after[1:]
    assert len(set(before)) == 3
