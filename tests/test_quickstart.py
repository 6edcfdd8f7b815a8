"""The README's quick start, run as a new user would: in a fresh clone, exactly as written.

`make lab` is the course's first command. Here it runs in a fresh clone (so it
creates its own .venv and installs the course), headless and in the
background, as whoever runs the suite (root in CI, where JupyterLab refuses to
start without --allow-root). The test waits until the server answers, fetches
the course home through the server's contents API and the lab page, checks
that the last lines printed are the URL to open, and shuts the server down
through its API: a change that breaks the first command fails here.

What cannot run on this machine (the conda line, Binder) is said so in the
README, not tested silently.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/lab/tree/00_start_here\.ipynb\?token=(\w+)")
STARTUP_SECONDS = 600  # creating .venv and installing the course from the package index


def quick_start_commands() -> list[str]:
    """The commands of the README's first ``bash`` block, comments stripped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.strip().splitlines() if line.strip()]


def test_quick_start_is_clone_then_make_lab_then_make_test():
    commands = quick_start_commands()
    assert commands[0].startswith("git clone ") and commands[0].endswith("&& cd nn-course")
    assert commands[1:] == ["make lab", "make test"]


def _fresh_clone(tmp_path: Path) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no fresh clone to make")
    clone = tmp_path / "nn-course"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    return clone


def _headless_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "VIRTUAL_ENV", "MAKEFLAGS", "MAKELEVEL")}
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path / "runtime")  # leave the user's runtime files alone
    return env


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


def _wait_for_url(log: Path, proc: subprocess.Popen) -> re.Match:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        found = URL.search(text)
        if found:
            return found
        if proc.poll() is not None:
            pytest.fail(f"`make lab` exited with {proc.returncode} before serving:\n{text[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"`make lab` printed no URL in {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


def test_make_lab_from_a_fresh_clone_serves_the_course_home(tmp_path):
    clone = _fresh_clone(tmp_path)
    command = quick_start_commands()[1]
    log = tmp_path / "make-lab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(["bash", "-c", command], cwd=clone, env=_headless_env(tmp_path),
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        found = _wait_for_url(log, proc)
        port, token = found.group(1), found.group(2)
        base = f"http://127.0.0.1:{port}"
        time.sleep(1)  # let the last startup lines reach the log
        lines = [line for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert URL.search(lines[-1]), f"the last line printed is not the URL to open: {lines[-3:]}"
        assert "Running as root is not recommended. Use --allow-root" not in log.read_text()

        status, body = _get(f"{base}/api/contents/00_start_here.ipynb?token={token}")
        home = json.loads(body)
        assert status == 200 and home["type"] == "notebook" and home["name"] == "00_start_here.ipynb"
        sources = "".join("".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                          for c in home["content"]["cells"])
        assert "01_perceptron.ipynb" in sources  # the course home links the first lesson

        status, body = _get(f"{base}/api/contents/ko/00_start_here.ipynb?token={token}")
        assert status == 200 and "01_perceptron.ipynb" in body.decode()  # the Korean home, one click away

        status, page = _get(f"{base}/lab/tree/00_start_here.ipynb?token={token}")
        assert status == 200 and b"JupyterLab" in page

        request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
        with urllib.request.urlopen(request, timeout=30):
            pass
        assert proc.wait(timeout=60) == 0, log.read_text()[-2000:]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_make_lab_ko_opens_the_korean_course_home():
    """`make lab-ko` is `make lab` with the Korean home as the page JupyterLab opens."""
    dry = subprocess.run(["make", "-n", "lab-ko"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "HOME_PAGE=ko/00_start_here.ipynb" in dry.stdout
    dry = subprocess.run(["make", "-n", "-W", ".venv/.installed", "lab", "HOME_PAGE=ko/00_start_here.ipynb"],
                         cwd=ROOT, capture_output=True, text=True)
    assert "--LabApp.default_url=/lab/tree/ko/00_start_here.ipynb" in dry.stdout, dry.stdout + dry.stderr
    assert (ROOT / "notebooks" / "ko" / "00_start_here.ipynb").exists()
