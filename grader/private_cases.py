"""``--cases FILE``: instructor-only check cases, kept outside the student repo.

FILE is a Python file the grader (the trusted parent, never a child) runs
once. It defines ``CASES``, a dict from a graded name to a list of
``helpers.cases.Case``, written exactly like the public cases in
``helpers/checks/lessonNN.py``::

    from helpers import expect
    from helpers.cases import Case
    from helpers.probes import call

    CASES = {
        "step": [Case(call("step", -1e-12), lambda got: expect.close(got, -1.0),
                      hint="Tiny negative numbers are still negative.")],
    }

Every case in it is *hidden*: its probe goes to the child with the public
ones (it has to run the student's code), but its label, inputs, expected value
and what came back are never put in the feedback. A failing hidden case reads
"a hidden check failed", plus the case's ``hint`` when the instructor wrote
one (so write hints that do not give the inputs away). Points: hidden and public
cases share the exercise's points by weight.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from helpers import checks
from helpers.cases import Case


class CasesFileError(ValueError):
    pass


def load(path: Path) -> dict[str, list[Case]]:
    path = Path(path)
    try:
        namespace = runpy.run_path(str(path), run_name="course_private_cases")
    except FileNotFoundError:
        raise CasesFileError(f"{path} does not exist") from None
    except Exception as exc:  # the instructor's file: say what is wrong with it
        raise CasesFileError(f"{path} could not be loaded: {type(exc).__name__}: {exc}") from None
    cases = namespace.get("CASES")
    if not isinstance(cases, dict):
        raise CasesFileError(f"{path} must define CASES = {{graded name: [Case, ...]}}")
    known = {ex.name for ex in checks.all_exercises()}
    for name, items in cases.items():
        if name not in known:
            raise CasesFileError(f"{path}: {name!r} is not a graded name of the course")
        if not isinstance(items, (list, tuple)) or not all(isinstance(c, Case) for c in items):
            raise CasesFileError(f"{path}: CASES[{name!r}] must be a list of helpers.cases.Case")
    return {name: list(items) for name, items in cases.items() if items}
