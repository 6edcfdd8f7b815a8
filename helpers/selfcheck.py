"""The one-line self-check that follows every exercise in a notebook.

``check("step")`` runs the public cases of the graded name ``step`` against
the notebook's own definition and prints one line: a pass, or the first
failing input with what was expected, what came back and a hint. It never
shows a traceback from the course's own code.
"""

from __future__ import annotations

import inspect
import json
import os

from helpers import checks
from helpers.cases import judge_exercise
from helpers.probes import run_probe

# The grader sets COURSE_GRADING in its child processes: checks printed inside
# a notebook are for the student, and grading runs the cases itself.


def evaluate(name: str, namespace: dict, exercise=None):
    """Run every case of exercise ``name`` in ``namespace``; judge the outcomes.

    Outcomes make a round trip through JSON so the judge sees exactly what the
    grader would.
    """
    exercise = exercise or checks.find(name)
    outcomes = []
    for case in exercise.cases:
        raw = run_probe(case.probe.to_data(), namespace)
        outcomes.append(json.loads(json.dumps(raw)))
    return judge_exercise(exercise, outcomes)


def check(name: str) -> None:
    """Print the self-check verdict for graded name ``name``."""
    if os.environ.get("COURSE_GRADING"):
        return
    frame = inspect.currentframe().f_back
    namespace = frame.f_globals
    try:
        exercise = checks.find(name)
    except KeyError:
        print(f"✘ There is no graded exercise called `{name}`. Check the spelling.")
        return
    try:
        result = evaluate(name, namespace, exercise)
    except KeyboardInterrupt:
        print(f"✘ {name}: the check was interrupted. If it hung, look for a loop that never ends.")
        return
    except Exception as exc:  # the course's fault, never the student's traceback
        print(f"✘ {name}: the check itself failed ({type(exc).__name__}). "
              "Please tell your instructor; your code may well be right.")
        return
    if result.passed:
        count = len(result.cases)
        print(f"✔ {name}: all {count} checks passed." if count > 1 else f"✔ {name}: its check passed.")
    elif result.status == "not_implemented" and "calls `" in result.feedback:
        print(f"… {name}: {result.feedback}")
    elif result.status == "not_implemented":
        print(f"… {name}: not implemented yet — replace `raise NotImplementedError()` "
              "with your code, run that cell, then run this check again.")
    elif result.status == "missing":
        print(f"… {name}: {result.feedback} Run the cell that defines it first.")
    else:
        print(f"✘ {name}: {result.feedback}")


class needs:
    """``with needs("predict"):`` around a demo that uses a student's function.

    While the exercise is still a stub (NotImplementedError) or missing
    (NameError), the demo prints one line instead of a traceback. Any other
    error is the student's to see, so it passes through.
    """

    def __init__(self, *names: str):
        self.names = names

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is not None and issubclass(kind, (NotImplementedError, NameError)):
            print(f"(This demo runs once you have implemented {', '.join(f'`{n}`' for n in self.names)}.)")
            return True
        return False
