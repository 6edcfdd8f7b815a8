"""The course as a student meets it: JupyterLab in a real browser.

The test starts ``jupyter lab --no-browser`` on a free loopback port with a
random token, over a temporary copy of the course (so nothing it runs or
autosaves touches the repository), and drives Debian's Chromium with
Playwright. For each notebook (every one under ``make browser-test``; one of each
kind under ``make test``: see ``STUDENT`` and ``SOLVED``) it clicks Run > Run All
Cells and reads what the page shows:

- student notebooks: no traceback, every cell ran, and every self-check says
  "not implemented yet";
- solution notebooks: no traceback, every cell ran, every self-check passes,
  and each ipywidgets slider set renders and redraws its figure when a slider
  is dragged;
- the course home renders, and its glossary link opens the glossary.

A screenshot of each notebook (and of each widget before and after the drag)
goes to ``build/screenshots/``. Skipped, with the reason, where Chromium or
Playwright is missing: ``apt-get install chromium`` and ``pip install -e
".[author,test]"`` (``.ci/run`` does both). ``make browser-test`` runs only this file.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.support import HANGUL, NOTEBOOKS, ROOT, SOLUTIONS

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "screenshots"
# As root Chromium needs --no-sandbox; the background-networking flags keep it
# from calling out to the network (which is closed here, and should be in CI).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

# Which notebooks run in the browser. `make browser-test` (NN_COURSE_BROWSER_ALL=1): every
# notebook, both editions, both languages. Within `make test`, one of each kind, since how Lab
# starts a kernel, runs a notebook and shows a self-check is the same for every lesson, and
# every notebook also runs in a kernel elsewhere in the suite (the student notebooks, both
# languages, in tests/test_student_notebooks.py; the solutions, both languages, under nbval):
# a student notebook per language, the solutions with widgets (lessons 02 and 04) in both
# languages, lesson 01's solution (its self-checks) and the capstone's (its figures).
# The Korean edition (notebooks/ko/, solutions/ko/): the same notebooks, named "ko/NN_name.ipynb".
ALL = os.environ.get("NN_COURSE_BROWSER_ALL") == "1"
STUDENT = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("00_"))
STUDENT += sorted(f"ko/{p.name}" for p in NOTEBOOKS.glob("ko/[0-9][0-9]_*.ipynb") if not p.name.startswith("00_"))
SOLVED = sorted(p.name for p in SOLUTIONS.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("00_"))
SOLVED += sorted(f"ko/{p.name}" for p in SOLUTIONS.glob("ko/[0-9][0-9]_*.ipynb"))
if not ALL:
    STUDENT = [n for n in STUDENT if n.endswith("01_perceptron.ipynb")]
    SOLVED = [n for n in SOLVED if n.endswith(("02_decision_lines.ipynb", "04_activations.ipynb"))
              or n in ("01_perceptron.ipynb", "07_digits_capstone.ipynb")]

def _missing() -> str | None:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set COURSE_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -e '.[author,test]')"
    return None


if _missing():
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason=f"browser test skipped: {_missing()}")]


# ---------------------------------------------------------------- JupyterLab


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_settings(folder: Path):
    """User settings for a quiet, deterministic JupyterLab: every cell in the DOM
    (no virtual scrolling), no news or update notifications."""
    settings = {
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
            {"fetchNews": "false", "checkForUpdates": False},
    }
    for name, value in settings.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))


class Lab:
    def __init__(self, root: Path, scratch: Path):
        self.root = root
        self.port = _free_port()
        self.token = uuid.uuid4().hex
        self.base = f"http://127.0.0.1:{self.port}"
        _write_settings(scratch / "settings")
        env = dict(os.environ,
                   JUPYTERLAB_SETTINGS_DIR=str(scratch / "settings"),
                   JUPYTERLAB_WORKSPACES_DIR=str(scratch / "workspaces"),
                   JUPYTER_RUNTIME_DIR=str(scratch / "runtime"),
                   JUPYTER_CONFIG_DIR=str(scratch / "config"))
        env.pop("MPLBACKEND", None)
        env.pop("COURSE_GRADING", None)
        self.log_path = scratch / "jupyter-lab.log"
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", "--no-browser",
             "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
             "--ServerApp.allow_root=True"],
            env=env, cwd=root, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.monotonic() + 120
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited ({self.proc.returncode}):\n{self.log()}")
            try:
                self.api("GET", "/api/status")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"jupyter lab did not answer in 120 s:\n{self.log()}") from None
                time.sleep(0.25)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def api(self, method: str, path: str):
        request = urllib.request.Request(self.base + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def url(self, path: str) -> str:
        # ?reset: a fresh workspace, so tabs of earlier notebooks are not restored.
        return f"{self.base}/lab/tree/{path}?reset&token={self.token}"

    def shut_down_kernels(self):
        for session in self.api("GET", "/api/sessions"):
            self.api("DELETE", f"/api/sessions/{session['id']}")

    def stop(self):
        try:
            os.killpg(self.proc.pid, 15)
            self.proc.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, 9)
            self.proc.wait()
        self._log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("lab")
    course = scratch / "course"
    shutil.copytree(NOTEBOOKS, course / "notebooks")
    (course / "solutions" / "ko").mkdir(parents=True)
    # every solution notebook, run here or not: the capstone loads the solved 05 and 06 beside it
    for path in [*SOLUTIONS.glob("[0-9][0-9]_*.ipynb"), *SOLUTIONS.glob("ko/[0-9][0-9]_*.ipynb")]:
        shutil.copy2(path, course / "solutions" / path.relative_to(SOLUTIONS))
    server = Lab(course, scratch)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    yield page
    page.close()
    lab.shut_down_kernels()


# ------------------------------------------------------------ page helpers

# The notebook in the current tab (other tabs stay in the DOM, hidden).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

CELLS_JS = """(panel) => Array.from(document.querySelectorAll(panel + ' .jp-CodeCell')).map((cell, index) => ({
    index,
    prompt: cell.querySelector('.jp-InputPrompt').textContent.trim(),
    source: cell.querySelector('.cm-content').innerText,
    outputs: Array.from(cell.querySelectorAll('.jp-OutputArea-output')).map(out => ({
        mime: out.getAttribute('data-mime-type'), text: out.innerText})),
}))"""

IDLE_JS = """() => Array.from(document.querySelectorAll('.jp-StatusBar-Widget'))
    .some(e => /\\| Idle/.test(e.innerText))"""

DONE_JS = """(panel) => {
    const prompts = Array.from(document.querySelectorAll(panel + ' .jp-CodeCell .jp-InputPrompt'));
    const busy = prompts.some(p => p.textContent.includes('*'));
    const idle = Array.from(document.querySelectorAll('.jp-StatusBar-Widget')).some(e => /\\| Idle/.test(e.innerText));
    return !busy && idle;
}"""


def open_notebook(page, lab, path: str):
    page.goto(lab.url(path))
    page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=90_000)
    select = page.get_by_role("button", name="Select", exact=True)  # the kernel chooser, if it asks
    deadline = time.monotonic() + 90
    while not page.evaluate(IDLE_JS):
        if select.count() and select.first.is_visible():
            select.first.click()
        if time.monotonic() > deadline:
            raise AssertionError(f"{path}: the kernel never became idle")
        time.sleep(0.25)


def run_all(page, path: str, timeout_s: float = 180):
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    # The run has started once a prompt shows [*]; it has ended when none does
    # and the kernel is idle again (checked twice, half a second apart).
    try:
        page.wait_for_function(
            f"() => Array.from(document.querySelectorAll('{PANEL} .jp-InputPrompt'))"
            ".some(p => /\\d|\\*/.test(p.textContent))", timeout=30_000)
    except Exception:
        raise AssertionError(f"{path}: Run > Run All Cells started nothing") from None
    deadline = time.monotonic() + timeout_s
    settled = 0
    while settled < 2:
        settled = settled + 1 if page.evaluate(DONE_JS, PANEL) else 0
        if time.monotonic() > deadline:
            raise AssertionError(f"{path}: still running after {timeout_s:.0f} s")
        time.sleep(0.5)
    return page.evaluate(CELLS_JS, PANEL)


def _text(cell) -> str:
    return "\n".join(o["text"] for o in cell["outputs"])


def assert_ran_cleanly(path: str, cells):
    for cell in cells:
        for out in cell["outputs"]:
            error = out["mime"] == "application/vnd.jupyter.error" or (
                out["mime"] == "application/vnd.jupyter.stderr" and "Traceback" in out["text"])
            assert not error, f"{path}, code cell {cell['index'] + 1} shows an error:\n{out['text'][:1500]}"
        if cell["source"].strip():
            assert cell["prompt"] not in ("[ ]:", "[*]:", ""), \
                f"{path}, code cell {cell['index'] + 1} did not run (prompt {cell['prompt']!r})"


def self_checks(cells):
    return [c for c in cells if c["source"].strip().startswith("check(")]


def shot(page, name: str, locator=None):
    path = SCREENSHOTS / f"{name}.png"
    (locator or page).screenshot(path=str(path))
    return path


def show(page, locator):
    locator.scroll_into_view_if_needed()
    page.wait_for_timeout(300)


# ------------------------------------------------------------------- tests


@pytest.mark.parametrize("name", STUDENT, ids=lambda n: n[:-6])
def test_student_notebook_in_jupyterlab(page, lab, name):
    path = f"notebooks/{name}"
    open_notebook(page, lab, path)
    cells = run_all(page, path)
    assert_ran_cleanly(path, cells)
    checks = self_checks(cells)
    assert checks, f"{path}: no self-check cells"
    for cell in checks:
        text = _text(cell)
        assert text.startswith("…") and _in_language(text, name), f"{path}: {cell['source']!r} shows {text!r}"
        if not name.startswith("ko/"):  # a function stub, or a value still None (told to replace it)
            assert "not implemented yet" in text or "replace `None`" in text, f"{path}: {cell['source']!r} shows {text!r}"
    first = page.locator(f"{PANEL} .jp-CodeCell").nth(checks[0]["index"])
    show(page, first)
    if name.startswith("ko/"):
        assert_hangul_renders(page, path)
    shot(page, f"student-{_stem(name)}")


@pytest.mark.parametrize("name", SOLVED, ids=lambda n: n[:-6])
def test_solution_notebook_in_jupyterlab(page, lab, name):
    path = f"solutions/{name}"
    open_notebook(page, lab, path)
    cells = run_all(page, path)
    assert_ran_cleanly(path, cells)
    for cell in self_checks(cells):
        text = _text(cell)
        assert text.startswith("✔") and _in_language(text, name), f"{path}: {cell['source']!r} shows {text!r}"

    stem = _stem(name)
    widgets = page.locator(f"{PANEL} .widget-interact")
    for i in range(widgets.count()):
        check_widget_redraws(page, widgets.nth(i), f"{path} widget {i + 1}", f"solution-{stem}-widget{i + 1}")
    images = page.locator(f"{PANEL} .jp-OutputArea-output img")
    if widgets.count():
        show(page, widgets.first)
    elif images.count():
        show(page, images.first)
    if name.startswith("ko/"):
        assert_hangul_renders(page, path)
    shot(page, f"solution-{stem}")


def _stem(name: str) -> str:
    """``01_perceptron`` or ``ko-01_perceptron`` (screenshot names)."""
    return name[:-6].replace("/", "-")


def _in_language(text: str, name: str) -> bool:
    """A Korean notebook's self-check answers in Korean, an English one in English."""
    return bool(HANGUL.search(text)) == name.startswith("ko/")


# Draw one Hangul syllable and one private-use character (which no font has: it is
# drawn as the fallback box) in the font the rendered markdown uses; if the two are
# the same pixels, Hangul shows as boxes too (no Korean font installed).
HANGUL_JS = """(selector) => {
    const el = document.querySelector(selector);
    const font = getComputedStyle(el).fontFamily;
    const draw = (ch) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64; canvas.height = 64;
        const ctx = canvas.getContext('2d');
        ctx.font = '40px ' + font;
        ctx.fillText(ch, 4, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
    };
    return {font, box: draw('\\uE000') === draw('\\uAC00'), blank: draw('\\uAC00') === draw(' ')};
}"""


def assert_hangul_renders(page, path: str):
    seen = page.evaluate(HANGUL_JS, f"{PANEL} .jp-RenderedMarkdown")
    assert not seen["box"] and not seen["blank"], \
        f"{path}: Hangul is drawn as boxes in {seen['font']} (install fonts-nanum)"


def check_widget_redraws(page, widget, what: str, shot_name: str):
    """The widget shows sliders and a figure; dragging the first slider redraws it."""
    show(page, widget)
    sliders = widget.locator(".widget-slider .noUi-handle")
    assert sliders.count(), f"{what}: no slider rendered"
    image = widget.locator(".widget-output img")
    page.wait_for_function("(el) => el.querySelector('.widget-output img') !== null",
                           arg=widget.element_handle(), timeout=30_000)
    before = image.first.get_attribute("src")
    value_before = sliders.first.get_attribute("aria-valuenow")
    shot(page, f"{shot_name}-before", widget)

    box = sliders.first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 8, y, steps=4)
    page.mouse.move(x + 16, y, steps=4)
    page.mouse.up()

    value_after = sliders.first.get_attribute("aria-valuenow")
    assert value_after != value_before, f"{what}: dragging the slider did not change its value"
    try:
        page.wait_for_function(
            "([el, old]) => { const img = el.querySelector('.widget-output img'); return img && img.src !== old; }",
            arg=[widget.element_handle(), before], timeout=30_000)
    except Exception:
        shot(page, f"{shot_name}-after", widget)
        raise AssertionError(f"{what}: the figure was not redrawn after the slider moved "
                             f"({value_before} -> {value_after})") from None
    page.wait_for_timeout(300)
    shot(page, f"{shot_name}-after", widget)


def test_course_home_in_jupyterlab(page, lab):
    """The course home runs (its setup cell prints ✔ and shows a slider), links every
    lesson, and its glossary and lesson links open in JupyterLab."""
    path = "notebooks/00_start_here.ipynb"
    open_notebook(page, lab, path)
    cells = run_all(page, path)
    assert_ran_cleanly(path, cells)
    assert any(_text(c).startswith("✔ Ready") for c in cells), [_text(c) for c in cells]
    slider = page.locator(f"{PANEL} .widget-slider .noUi-handle")
    assert slider.count() == 1, "the setup cell's slider did not render"
    show(page, slider.first)
    shot(page, "home-00_start_here")

    links = page.locator(f"{PANEL} .jp-RenderedMarkdown a[href]")
    # JupyterLab rewrites relative links to /files/PATH?_xsrf=...
    hrefs = [links.nth(i).get_attribute("href").split("?")[0].split("#")[0] for i in range(links.count())]
    for name in (n for n in STUDENT if not n.startswith("ko/")):  # the Korean home links those
        assert any(h.endswith(f"/{name}") for h in hrefs), f"the course home does not link {name}"
    page.locator(f"{PANEL} .jp-RenderedMarkdown a[href*='00_glossary.md']").first.click()
    page.wait_for_selector(".lm-TabBar-tab:has-text('00_glossary.md')", timeout=30_000)
    page.wait_for_selector("text=One pass through all training samples.", timeout=30_000)
    shot(page, "home-00_glossary")


def test_korean_course_home_in_jupyterlab(page, lab):
    """The Korean course home runs, shows Hangul as letters (not boxes), and links every
    Korean lesson, the shared glossary and the English home."""
    path = "notebooks/ko/00_start_here.ipynb"
    open_notebook(page, lab, path)
    cells = run_all(page, path)
    assert_ran_cleanly(path, cells)
    assert any(_text(c).startswith("✔ Ready") for c in cells), [_text(c) for c in cells]
    assert_hangul_renders(page, path)
    show(page, page.locator(f"{PANEL} .jp-RenderedMarkdown").first)
    shot(page, "home-ko-00_start_here")
    links = page.locator(f"{PANEL} .jp-RenderedMarkdown a[href]")
    hrefs = [links.nth(i).get_attribute("href").split("?")[0].split("#")[0] for i in range(links.count())]
    for name in (n for n in STUDENT if n.startswith("ko/")):
        assert any(h.endswith(f"/{name}") for h in hrefs), f"the Korean course home does not link {name}"
    assert any(h.endswith("/notebooks/00_glossary.md") for h in hrefs), hrefs
    assert any(h.endswith("/notebooks/00_start_here.ipynb") for h in hrefs), hrefs
