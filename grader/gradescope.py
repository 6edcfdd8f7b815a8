"""``python -m grader gradescope``: grade one Gradescope submission, write results.json.

Run by the ``run_autograder`` of ``make gradescope``'s bundle. The layout is
Gradescope's (its autograder specification): under the root (``/autograder``,
or ``$AUTOGRADER_ROOT`` / ``--root``), ``submission/`` holds what the student
uploaded, ``source/`` the bundle (``gradescope.json``, the course, and
``private_cases.py`` when the instructor added one), and the result goes to
``results/results.json``:

- ``score``: the total; ``output``: notes on the whole submission (files not
  graded, lessons missing, limits hit, how it ran);
- ``tests``: for each exercise of the assignment one test with the public
  checks' share of the points (``visible``), and, where the instructor has
  hidden cases for it, one more with their share (``after_published``: the
  student sees it once the grades are published).

``gradescope.json`` may set ``"lang"`` (``auto``, the default, ``en`` or ``ko``): passed to
the grader as ``--lang``; the tests' and notes' own words follow the submission's language.

Every text that can hold something the student wrote (file names, error
messages, values in feedback) is made plain and bounded before it is written:
the outputs are declared ``text``, control and direction characters go, each
output is cut at a fixed length. Whatever goes wrong, a results.json is
written that says so, with score 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from grader import feedback, safe_text
from grader.results import ExerciseResult, SubmissionResult
from helpers import checks
from helpers.i18n import LANGUAGES, known, tr, using

MAX_OUTPUT = 4000     # characters of one test's output
MAX_NOTES = 8000      # characters of the submission's output
MAX_NAME = 120


def plain(value, limit: int = MAX_OUTPUT) -> str:
    return safe_text.plain(value, limit)


@dataclass(frozen=True)
class Test:
    """One entry of results.json's ``tests`` (Gradescope's fields, plain text)."""

    name: str
    number: str
    score: float
    max_score: float
    output: str
    visibility: str = "visible"

    def to_json(self) -> dict:
        return {"name": plain(self.name, MAX_NAME), "number": self.number, "score": round(self.score, 4),
                "max_score": round(self.max_score, 4),
                "status": "passed" if self.score >= self.max_score else "failed",
                "output": plain(self.output), "output_format": "text", "visibility": self.visibility}


@dataclass(frozen=True)
class Results:
    """The whole of results.json."""

    tests: list[Test]
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        notes = " | ".join(plain(n, 1000) for n in self.notes)
        return {"score": round(sum(t.score for t in self.tests), 4),
                "execution_time": int(self.seconds), "output": plain(notes, MAX_NOTES),
                "output_format": "text", "test_output_format": "text", "test_name_format": "text",
                "visibility": "visible", "stdout_visibility": "hidden",
                "tests": [t.to_json() for t in self.tests], "extra_data": self.extra}


@dataclass(frozen=True)
class Config:
    """``gradescope.json`` of the bundle: the assignment and the limits."""

    lessons: list[str]
    timeout: float = 120
    memory_mb: int = 1024
    jobs: int = 2
    lang: str = "auto"   # the grader's --lang: auto (each notebook's own), en or ko

    @classmethod
    def read(cls, path: Path) -> "Config":
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        lessons = [str(x) for x in data.get("lessons") or checks.LESSONS]
        lang = str(data.get("lang", "auto"))
        return cls(lessons, float(data.get("timeout", 120)), int(data.get("memory_mb", 1024)),
                   int(data.get("jobs", 2)), lang if lang in ("auto", *LANGUAGES) else "auto")


def _hidden_max(hidden: dict) -> dict[str, float]:
    """Each exercise's share of points held by the instructor's hidden cases (``helpers.cases.hidden_points``),
    for exercises whose hidden cases could not run (the result records the share of those that did)."""
    from helpers.cases import hidden_points

    return {name: hidden_points(checks.find(name), cases) for name, cases in hidden.items()}


def language_of(result: SubmissionResult) -> str:
    """The submission's language: the feedback's one rule (``feedback.language_of``)."""
    return known(feedback.language_of(result))


def tests_for(result: SubmissionResult, hidden: dict, lessons: list[str]) -> list[Test]:
    """The tests of one submission's result, in its language."""
    with using(language_of(result)):
        return _tests_for(result, hidden, lessons)


def _tests_for(result: SubmissionResult, hidden: dict, lessons: list[str]) -> list[Test]:
    shares = _hidden_max(hidden)
    by_lesson = {nb.lesson: nb for nb in result.notebooks}
    tests = []
    for lesson in lessons:
        nb = by_lesson.get(lesson)
        records = {e.name: e for e in nb.exercises} if nb else {}
        context = []
        if nb and nb.missing:
            context.append(tr("{lesson}.ipynb was not submitted.", lesson=lesson))
        elif nb and nb.error:
            context.append(f"{nb.notebook or lesson}: {nb.error}")
        if nb and nb.limit:
            context.append(tr("The notebook hit a limit ({limit}); credit is kept up to the cell where it stopped.",
                              limit=nb.limit))
        for k, exercise in enumerate(checks.exercises(lesson), 1):
            record = records.get(exercise.name) or ExerciseResult(
                exercise.name, 0.0, float(exercise.points), False, tr("This exercise was not graded."))
            summary = record.hidden
            hidden_max = summary.max_points if summary else shares.get(exercise.name, 0.0)
            got_hidden = summary.points if summary and record.points > 0 else 0.0
            public_max = float(exercise.points) - hidden_max
            output = record.public_feedback or record.feedback
            if record.points_withheld or record.integrity:
                output = record.feedback
            tests.append(Test(f"{lesson[:2]} {exercise.name}", f"{lesson[:2]}.{k}",
                              max(0.0, min(public_max, record.points - got_hidden)), public_max,
                              " ".join([*context, output])))
            if hidden_max:
                text = (tr("Hidden checks: {passed} of {count} passed.", passed=summary.passed, count=summary.total)
                        if summary else tr("Hidden checks run once the public checks can run."))
                if summary and summary.passed < summary.total and record.public_feedback is not None:
                    # the hidden checks' own words, as scoring made them (the whole verdict if it made none)
                    text += " " + (record.hidden_feedback or record.feedback).strip()
                elif record.withheld:  # hidden checks passed, yet no points: say which rule, what earns them
                    text += " " + record.withheld
                tests.append(Test(tr("{number} {name} (hidden checks)", number=lesson[:2], name=exercise.name),
                                  f"{lesson[:2]}.{k}h",
                                  min(hidden_max, got_hidden), hidden_max, text, "after_published"))
    return tests


def _notes(result: SubmissionResult, grader_info: dict) -> list[str]:
    with using(language_of(result)):
        return _notes_in_language(result, grader_info)


def _notes_in_language(result: SubmissionResult, grader_info: dict) -> list[str]:
    notes = [tr("Score {score:g} / {max_score:g}.", score=result.score, max_score=result.max_score)]
    if result.error:
        notes.append(result.error)
    if result.missing:
        notes.append(tr("Lessons not submitted: {lessons}.", lessons=", ".join(result.missing)))
    for item in result.ignored[:20]:
        notes.append(tr("Not graded: {item}", item=item))
    for nb in result.notebooks:
        if nb.cell_errors:
            first = nb.cell_errors[0]
            more = len(nb.cell_errors) - 1
            notes.append(tr("{notebook}: cell {cell} raised {error}", notebook=nb.notebook, cell=first.cell,
                            error=first.error)
                         + (tr(" (and {count} more cells)", count=more) if more else ""))
    notes.append(tr("Graded in a {mode} run of every notebook.", mode=grader_info.get("mode", "?")))
    return notes


def _submission_path(folder: Path) -> Path:
    """The folder, or the one zip in it when the upload was a zip and nothing else."""
    if not folder.is_dir():
        return folder
    files = [p for p in folder.rglob("*") if p.is_file()]
    zips = [p for p in files if p.suffix.lower() == ".zip"]
    if len(zips) == 1 and not any(p.suffix.lower() == ".ipynb" for p in files):
        return zips[0]
    return folder


def grade(root: Path, config: Config, cases: Path | None) -> Results:
    """Grade the one submission under ``root`` with the engine (``grader.engine``), in this process."""
    from grader import engine, private_cases, sandbox

    start = time.monotonic()
    hidden = private_cases.load(cases) if cases else {}
    prefix, why = sandbox.probe()
    run = engine.GradeConfig(jobs=config.jobs, timeout=config.timeout, memory_mb=config.memory_mb, lang=config.lang)
    results = engine.grade_paths([str(_submission_path(root / "submission"))], config.lessons, run, hidden, prefix)
    if len(results) != 1:
        raise RuntimeError("the grader returned no result for the submission")
    result = results[0]
    mode = "sandbox" if prefix else "no-sandbox"
    notes = _notes(result, {"mode": mode})
    if prefix is None:
        with using(language_of(result)):
            notes.append(tr("(Sandbox unavailable here: {why}; notebooks ran as an unprivileged user.)", why=why))
    return Results(tests_for(result, hidden, config.lessons), notes, time.monotonic() - start,
                   {"mode": mode, "lessons": config.lessons})


def failed(config: Config, why: str) -> Results:
    """Results that say the autograder itself failed: every test at 0, the reason in output
    (in the configured language; "auto" knows no notebook here, so English)."""
    with using(known(config.lang)):
        tests = [Test(f"{lesson[:2]} {ex.name}", f"{lesson[:2]}.{k}", 0.0, float(ex.points),
                      tr("Not graded: the autograder could not run (see the note above)."))
                 for lesson in config.lessons for k, ex in enumerate(checks.exercises(lesson), 1)]
        return Results(tests, [tr("The autograder could not grade this submission: {why}. "
                                  "This is not a judgement of your work; tell your instructor.", why=why)])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader gradescope", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(os.environ.get("AUTOGRADER_ROOT") or "/autograder"))
    parser.add_argument("--config", type=Path, help="gradescope.json (default: ROOT/source/gradescope.json)")
    parser.add_argument("--cases", type=Path,
                        help="instructor-only cases (default: ROOT/source/private_cases.py if present)")
    args = parser.parse_args(argv)
    root = args.root
    config = Config.read(args.config or root / "source" / "gradescope.json")
    cases = args.cases or (root / "source" / "private_cases.py")
    cases = cases if cases.is_file() else None
    try:
        results = grade(root, config, cases)
        code = 0
    except Exception as exc:  # noqa: BLE001 — Gradescope must get a results.json whatever happened
        results = failed(config, f"{type(exc).__name__}: {exc}")
        print(f"autograder error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 1
    target = root / "results" / "results.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    safe_text.write_text_atomically(target, json.dumps(results.to_json(), ensure_ascii=True, indent=1))
    print(f"results.json: {results.to_json()['score']:g} points in {len(results.tests)} tests")
    return code
