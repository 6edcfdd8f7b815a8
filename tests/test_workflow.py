"""The GitHub Classroom workflow runs in the student's own repository, where the student can
edit it: it must hold no secret worth stealing, pin every action to a commit, and pass
zizmor (a GitHub Actions auditor, offline) with no finding."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _zizmor() -> str:
    found = Path(sys.executable).with_name("zizmor")
    path = str(found) if found.exists() else shutil.which("zizmor")
    assert path, "zizmor is missing: it is in the test extra (pip install -e '.[author,test]')"
    return path


def test_there_is_a_workflow_to_audit():
    assert [p.name for p in WORKFLOWS] == ["classroom.yml"]


@pytest.mark.system
def test_zizmor_finds_nothing_offline_even_as_an_auditor():
    for persona in ("regular", "auditor"):
        proc = subprocess.run([_zizmor(), "--offline", "--no-config", f"--persona={persona}", "--format=json",
                               *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        assert json.loads(proc.stdout) == [], proc.stdout[-3000:]


def test_the_workflow_asks_for_no_secret_and_pins_every_action():
    text = (ROOT / ".github" / "workflows" / "classroom.yml").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())   # comments aside
    for leak in ("secrets.", "PRIVATE_CASES", "COURSE_TOKEN", "--cases", "token:"):
        assert leak not in code, leak
    uses = re.findall(r"uses:\s*(\S+)", code)
    assert len(uses) == 4
    for ref in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref
    assert code.count("persist-credentials: false") == code.count("actions/checkout@") == 2
    assert "permissions: {}" in code


@pytest.mark.system
def test_the_edition_ships_this_workflow(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import student_edition

    student_edition.build(tmp_path / "ed")
    shipped = tmp_path / "ed" / ".github" / "workflows" / "classroom.yml"
    assert shipped.read_bytes() == (ROOT / ".github" / "workflows" / "classroom.yml").read_bytes()


@pytest.mark.system
def test_unset_edition_variables_stop_the_run_with_a_message(tmp_path):
    """Never the silent fallback to the student's own grader (issue 24): the edition is
    required, and its absence is told on the run's summary page."""
    text = (ROOT / ".github" / "workflows" / "classroom.yml").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert "vars.EDITION_REPO ||" not in code and "repository: ${{ vars.EDITION_REPO }}" in code
    guard = text[text.index("Refuse to grade without"):text.index("- name: Check out the course's public")]
    assert "exit 1" in guard and "::error" in guard and "GITHUB_STEP_SUMMARY" in guard
    script = "\n".join(line[10:] for line in guard[guard.index("run: |") + 6:].splitlines())
    for repo, ref, expected in (("", "", 1), ("org/course", "", 1), ("org/course", "a" * 40, 0)):
        page = tmp_path / f"summary-{expected}-{bool(repo)}.md"
        page.write_text("")
        env = {"PATH": "/usr/bin:/bin", "EDITION_REPO": repo, "EDITION_REF": ref, "GITHUB_STEP_SUMMARY": str(page)}
        proc = subprocess.run(["bash", "-e", "-c", script], env=env, capture_output=True, text=True, timeout=30)
        assert proc.returncode == expected, proc.stdout + proc.stderr
        assert ("EDITION_REPO" in page.read_text()) == bool(expected)
