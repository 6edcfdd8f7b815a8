"""Run the battery through each notebook's own public self-check.

    PYTHONPATH=$PWD python -m tests.battery.run_selfcheck 01 04 ...   (default: every lesson with a battery)

For a lesson it executes the student notebook's set-up cells (imports, data: every code cell
that is neither an exercise cell, a self-check cell nor a demo guarded by ``needs``), with the
FIRST RIGHT answer of every exercise in place of its exercise cell. Then each answer's source
runs in a copy of that namespace and ``helpers.selfcheck.evaluate`` — what ``check(name)``
calls — judges it. It reports the WRONG answers the public self-check passes and the RIGHT
answers it fails.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = re.compile(r"""^\s*check\(\s*["']([^"']+)["']\s*\)\s*$""", re.M)
SECONDS = 60  # per answer: a wrong training loop may never end


def notebook(lesson: str) -> Path:
    return next((ROOT / "notebooks").glob(f"{lesson}_*.ipynb"))


def cells(lesson: str) -> list[str]:
    nb = json.loads(notebook(lesson).read_text())
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


@contextlib.contextmanager
def _quiet(seconds: int = SECONDS):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
                warnings.catch_warnings():
            yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def base_namespace(lesson: str, right: dict[str, str]) -> tuple[dict, list[str]]:
    """The notebook's set-up cells run with the first RIGHT answer in each exercise cell."""
    import matplotlib

    matplotlib.use("Agg")
    code = cells(lesson)
    ns: dict = {"__name__": "__main__"}
    problems = []
    for i, src in enumerate(code):
        if "# YOUR CODE HERE" in src:
            # the check cells right after this exercise cell
            following = []
            for later in code[i + 1:]:
                found = CHECK.findall(later)
                if not found:
                    break
                following += found
            src = "\n".join(right[n] for n in following if n in right)
            missing = [n for n in following if n not in right]
            if missing:
                problems.append(f"no RIGHT answer for {missing}")
        elif CHECK.search(src) or "with needs(" in src:
            continue
        elif "mywork.load(" in src:
            # Lesson 07 loads the student's lesson 05/06 functions from their notebooks; here the
            # student finished those lessons correctly: the first RIGHT answers of 05 and 06.
            src = _earlier_lessons()
        try:
            with _quiet(120):
                exec(compile(src, f"<{lesson} cell {i}>", "exec"), ns)
        except BaseException as exc:  # noqa: BLE001
            problems.append(f"cell {i}: {type(exc).__name__}: {exc}")
    return ns, problems


def _earlier_lessons() -> str:
    from tests.battery import load

    sources = []
    for lesson in ("05", "06"):
        seen = set()
        for answer in load(lesson)[1]:
            if answer.exercise not in seen:
                seen.add(answer.exercise)
                sources.append(answer.source)
    return "\n".join(sources)


def judge(name: str, source: str, base: dict) -> tuple[bool | None, str]:
    """(passed, feedback) of the public self-check of ``name`` on ``source``; None if it broke."""
    from helpers.selfcheck import evaluate

    ns = dict(base)
    try:
        with _quiet():
            exec(compile(source, f"<answer {name}>", "exec"), ns)
            result = evaluate(name, ns)
        return bool(result.passed), str(result.feedback)
    except _Timeout:
        return None, "timed out"
    except BaseException as exc:  # noqa: BLE001
        return None, f"{type(exc).__name__}: {exc}"


def run(lesson: str) -> dict:
    from tests.battery import load

    os.environ.pop("COURSE_GRADING", None)
    wrong, right = load(lesson)
    first = {}
    for answer in right:
        first.setdefault(answer.exercise, answer.source)
    start = time.perf_counter()
    base, problems = base_namespace(lesson, first)
    report = {"lesson": lesson, "wrong": len(wrong), "right": len(right), "setup_problems": problems,
              "wrong_passing": [], "wrong_broken": [], "right_failing": []}
    for answer in wrong:
        passed, feedback = judge(answer.exercise, answer.source, base)
        if passed:
            report["wrong_passing"].append(f"{answer.exercise}/{answer.id}")
        elif passed is None:
            report["wrong_broken"].append(f"{answer.exercise}/{answer.id}: {feedback}")
    for answer in right:
        passed, feedback = judge(answer.exercise, answer.source, base)
        if not passed:
            report["right_failing"].append(f"{answer.exercise}/{answer.id}: {feedback}")
    report["seconds"] = round(time.perf_counter() - start, 1)
    return report


def show(report: dict) -> None:
    caught = report["wrong"] - len(report["wrong_passing"])
    rate = 100 * caught / report["wrong"] if report["wrong"] else 100
    print(f"lesson {report['lesson']}: {report['wrong']} WRONG, {caught} caught by the self-check "
          f"({rate:.0f} %); {report['right']} RIGHT, {len(report['right_failing'])} rejected; "
          f"{report['seconds']} s")
    for line in report["setup_problems"]:
        print("  set-up:", line)
    for line in report["wrong_passing"]:
        print("  WRONG passes:", line)
    for line in report["wrong_broken"]:
        print("  WRONG broke the check:", line)
    for line in report["right_failing"]:
        print("  RIGHT fails:", line)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    lessons = argv or sorted(p.stem[-2:] for p in Path(__file__).parent.glob("lesson[0-9][0-9].py"))
    for lesson in lessons:
        show(run(lesson))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
