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
import sys

from helpers import checks, integrity
from helpers.cases import judge_exercise
from helpers.i18n import tr
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


def _graded_calls(name: str, namespace: dict, depth: int = 0, seen=None) -> list[str]:
    """Graded names that the student's ``name`` calls (directly or through their own helpers)."""
    import types

    seen = seen if seen is not None else {name}
    obj = namespace.get(name)
    functions = [obj] if isinstance(obj, types.FunctionType) else [
        v for v in vars(obj).values() if isinstance(v, types.FunctionType)] if isinstance(obj, type) else []
    found = []
    for func in functions:
        for called in _code_names(func.__code__):
            if called in seen or called not in namespace:
                continue
            seen.add(called)
            if _is_graded(called):
                found.append(called)
            elif depth < 3 and isinstance(namespace.get(called), types.FunctionType):
                found += _graded_calls(called, namespace, depth + 1, seen)
    return found


def _code_names(code) -> set:
    names = set(code.co_names)
    for const in code.co_consts:
        if hasattr(const, "co_names"):
            names |= _code_names(const)
    return names


def _is_graded(name: str) -> bool:
    try:
        checks.find(name)
        return True
    except KeyError:
        return False


def _failing_dependency(name: str, namespace: dict) -> str | None:
    """A graded name that ``name`` calls and that fails its own checks, if any: then
    ``name`` cannot be judged here (the grader judges it with the course's reference)."""
    for called in _graded_calls(name, namespace):
        try:
            if not evaluate(called, namespace).passed:
                return called
        except Exception:  # noqa: BLE001
            return called
    return None


def _delegation_warning(name: str, namespace: dict, exercise) -> str | None:
    """What the grader's integrity check will say, from the cells run so far (IPython's In)."""
    if not isinstance(namespace.get("In"), list):
        return None
    lesson = exercise.lesson or ""
    graded = [ex.name for ex in checks.exercises(lesson)] if lesson in checks.LESSONS else []
    uses = integrity.scan_cells([c for c in namespace["In"] if isinstance(c, str)],
                                {name: exercise.forbidden}, graded).get(name)
    if uses:
        what = "; ".join(integrity.say(u) for u in uses)
        if integrity.uncertain(uses):  # the scan cannot tell: "may"
            return tr("⚑ {name}: it may use the course's own code ({what}); this exercise asks you to "
                      "write it yourself, so the grader will hold back its points for your instructor "
                      "to review.", name=name, what=what)
        return tr("⚑ {name}: it uses the course's own code ({what}); this exercise asks you to "
                  "write it yourself, so the grader will hold back its points for your instructor "
                  "to review.", name=name, what=what)
    return None


def check(name: str) -> None:
    """Print the self-check verdict for graded name ``name``."""
    if os.environ.get("COURSE_GRADING"):
        return
    frame = inspect.currentframe().f_back
    namespace = frame.f_globals
    try:
        exercise = checks.find(name)
    except KeyError:
        print(tr("✘ There is no graded exercise called `{name}`. Check the spelling.", name=name))
        return
    try:
        result = evaluate(name, namespace, exercise)
        blocked = None if result.passed or result.status != "fail" else _failing_dependency(name, namespace)
        warning = _delegation_warning(name, namespace, exercise)
    except KeyboardInterrupt:
        print(tr("✘ {name}: the check was interrupted. If it hung, look for a loop that never ends.",
                 name=name))
        return
    except Exception as exc:  # the course's fault, never the student's traceback
        print(tr("✘ {name}: the check itself failed ({error}). "
                 "Please tell your instructor; your code may well be right.", name=name,
                 error=type(exc).__name__))
        return
    if result.passed:
        count = len(result.cases)
        print(tr("✔ {name}: all {count} checks passed.", name=name, count=count) if count > 1
              else tr("✔ {name}: its check passed.", name=name))
    elif blocked:
        print(tr("… {name} could not be judged: it calls `{blocked}`, which fails its own checks — "
                 "fix `{blocked}` first. (The grader judges `{name}` with the course's `{blocked}`.)",
                 name=name, blocked=blocked))
    elif result.status == "not_implemented" and any(c.stub for c in result.cases):
        print(f"… {name}: {result.feedback}")
    elif result.status == "not_implemented" and exercise.kind == "value":
        print(tr("… {name}: not set yet — replace `None` with your answer, run that cell, "
                 "then run this check again.", name=name))
    elif result.status == "not_implemented":
        print(tr("… {name}: not implemented yet — replace `raise NotImplementedError()` "
                 "with your code, run that cell, then run this check again.", name=name))
    elif result.status == "missing":
        print(tr("… {name}: {feedback} Run the cell that defines it first.", name=name,
                 feedback=result.feedback))
    else:
        print(f"✘ {name}: {result.feedback}")
    if warning:
        print(warning)


class needs:
    """``with needs("predict"):`` around a demo that uses a student's function.

    While an exercise the demo uses is still the released stub, the demo prints one
    line naming it instead of a traceback; if a needed name is not defined yet (its
    cell was not run), it says which cell to run. Any other error — a typo, a
    NameError of something else, a wrong shape — is the student's to see, so it
    passes through with its traceback.
    """

    def __init__(self, *names: str):
        self.names = names
        self.figures: set = set()

    def __enter__(self):
        self.figures = set(_figures())
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            return False
        skipped = self._skip(kind, exc, tb)
        if skipped:  # a figure the demo opened before it stopped would show up empty
            _close_figures(set(_figures()) - self.figures)
        return skipped

    def _skip(self, kind, exc, tb) -> bool:
        namespace = tb.tb_frame.f_globals if tb is not None else {}
        # A value exercise still None (``AND_WEIGHTS = None``): whatever the demo tripped over
        # with it (a TypeError, an IndexError...), the demo waits for the value.
        unset = [n for n in self.names if n in namespace and namespace[n] is None and _is_value(n)]
        if unset and issubclass(kind, Exception):
            print(tr("(This demo runs once you have set `{name}`.)", name=unset[0]))
            return True
        if issubclass(kind, NotImplementedError):
            stub = _raising_function(tb)
            if stub and (stub in self.names or _is_graded(stub)):
                _SKIPPED[stub] = id(namespace.get(stub))
                print(tr("(This demo runs once you have implemented `{stub}`.)", stub=stub))
                return True
            return False
        if issubclass(kind, NameError) and getattr(exc, "name", None) in self.names:
            print(tr("(This demo needs `{name}`: run the cell that defines it first.)", name=exc.name))
            return True
        if issubclass(kind, NameError):
            # A result an earlier demo would have made, had it not been skipped for a stub
            # that is still a stub: say which. Anything else (a typo) is the student's to see.
            waiting = [n for n, ident in _SKIPPED.items() if id(namespace.get(n)) == ident]
            if waiting:
                print(tr("(This demo uses results of an earlier demo, which runs once you have "
                         "implemented `{stub}`.)", stub=waiting[0]))
                return True
        return False


def _is_value(name: str) -> bool:
    try:
        return checks.find(name).kind == "value"
    except KeyError:
        return False


def _figures() -> list:
    """The open Matplotlib figure numbers (none if Matplotlib was never imported)."""
    plt = sys.modules.get("matplotlib.pyplot")
    return plt.get_fignums() if plt is not None else []


def _close_figures(numbers) -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    for number in numbers if plt is not None else ():
        plt.close(number)


# Stubs that made a demo skip in this kernel: name -> id of the stub function then.
_SKIPPED: dict[str, int] = {}


def _raising_function(tb) -> str | None:
    """The graded name whose code raised (the innermost frame; for a method, its class)."""
    name = None
    while tb is not None:
        frame = tb.tb_frame
        owner = frame.f_locals.get("self")
        name = type(owner).__name__ if owner is not None and _is_graded(type(owner).__name__) \
            else frame.f_code.co_name
        tb = tb.tb_next
    return name
