"""`make mutants`: do the check cases catch the mistakes students really make?

Every graded solution (the definitions in ``solutions/NN_name.py``) is mutated
automatically, one small change at a time, and each mutant is judged with the
very cases the self-check and the grader use. A mutant that passes every case
*survives*: either the cases miss a real mistake (add a case), or the change
does not alter behaviour (list it, with a one-line reason, in
``tests/mutants_equivalent.txt``; ``tests/test_mutants.py`` keeps that file in
step with the mutants this tool makes).

Mutations (each applied at one place in one graded definition):
operators (+ -, * /, ** *), comparisons (>= >, <= <, == !=, < >), numeric
constants (0 1, c -> c + 1, c -> -c), axes and keepdims, a dropped statement,
a dropped unary minus, an ignored argument (every use of a parameter replaced by
1), a removed copy (``x.copy()`` / ``np.copy(x)`` -> ``x``), swapped call
arguments, loop bounds (``range(n)`` -> ``range(n - 1)``).

Why not mutmut, cosmic-ray or mutatest (all on PyPI): they mutate a package's
files and run a test command per mutant. Our targets are functions inside
notebook scripts whose import runs the whole lesson (training, plots): seconds
per mutant, hundreds of mutants. Here only the graded definitions are mutated,
run on top of the course's other reference definitions (``grader.references``)
and judged in-process with the same cases, a few milliseconds each.

Usage: ``python tools/mutants.py [LESSON ...] [--list] [--no-battery]``. Prints the kill rate
per exercise and per lesson and every survivor's id, then the catch rate of the lesson's
realistic-mistake battery (``tests/battery``: answers written from the student edition, each
judged as the grader judges it — public and differential cases — in the solution's namespace)
with every escaped wrong answer and every rejected correct one. Each mutant runs with a
time limit (a mutant that hangs counts as killed).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import io
import signal
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from grader import references  # noqa: E402
from helpers import checks  # noqa: E402

EQUIVALENT = ROOT / "tests" / "mutants_equivalent.txt"
SECONDS = 5

_SWAP_OPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.Pow: ast.Mult}
_SWAP_CMP = {ast.GtE: ast.Gt, ast.Gt: ast.GtE, ast.LtE: ast.Lt, ast.Lt: ast.LtE, ast.Eq: ast.NotEq,
             ast.NotEq: ast.Eq}


@dataclass
class Mutant:
    id: str          # stable: exercise, kind, line (relative to the definition), column, detail
    name: str
    source: str


def _sites(tree: ast.AST):
    """Every node of a definition with a stable index (walk order)."""
    return list(ast.walk(tree))


def _mutations(node: ast.AST, params: set[str]):
    """(kind, detail, apply) for every mutation of one node; ``apply`` edits the node in place."""
    if isinstance(node, ast.BinOp) and type(node.op) in _SWAP_OPS:
        new = _SWAP_OPS[type(node.op)]
        yield "operator", f"{type(node.op).__name__}->{new.__name__}", lambda n: setattr(n, "op", new())
    if isinstance(node, ast.Compare) and node.ops and type(node.ops[0]) in _SWAP_CMP:
        new = _SWAP_CMP[type(node.ops[0])]
        yield "compare", f"{type(node.ops[0]).__name__}->{new.__name__}", \
            lambda n: n.ops.__setitem__(0, new())
    if isinstance(node, ast.Constant) and type(node.value) in (int, float) and not isinstance(node.value, bool):
        value = node.value
        for detail, new in (("plus1", value + 1), ("negate", -value) if value else ("one", 1)):
            yield "constant", detail, lambda n, new=new: setattr(n, "value", new)
    if isinstance(node, ast.keyword) and node.arg == "axis" and isinstance(node.value, ast.Constant):
        other = 0 if node.value.value in (1, -1) else 1
        yield "axis", f"axis->{other}", lambda n: setattr(n, "value", ast.Constant(other))
    if isinstance(node, ast.keyword) and node.arg == "keepdims":
        yield "keepdims", "keepdims->False", lambda n: setattr(n, "value", ast.Constant(False))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield "unary", "drop-minus", lambda n: setattr(n, "op", ast.UAdd())
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "copy" and not node.args:
            yield "copy", "drop-copy", lambda n: _replace_call(n, n.func.value)
        if isinstance(func, ast.Attribute) and func.attr in ("copy", "array") and node.args \
                and isinstance(func.value, ast.Name) and func.value.id == "np":
            yield "copy", f"drop-np.{func.attr}", lambda n: _replace_call(n, n.args[0])
        if len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args[:2]):
            yield "swap", "swap-args", lambda n: n.args.__setitem__(slice(0, 2), [n.args[1], n.args[0]])
        if isinstance(func, ast.Name) and func.id == "range" and node.args:
            stop = -1 if len(node.args) < 3 else 1
            yield "range", "range-1", lambda n, i=stop: n.args.__setitem__(
                i, ast.BinOp(n.args[i], ast.Sub(), ast.Constant(1)))


def _replace_call(call: ast.Call, value: ast.AST) -> None:
    """Turn ``call`` into ``(value)`` by making it ``(lambda v: v)(value)``."""
    call.func = ast.Lambda(ast.arguments([], [ast.arg("v")], None, [], [], None, []), ast.Name("v", ast.Load()))
    call.args, call.keywords = [value], []


def _statement_drops(definition: ast.AST):
    """Drop each statement of every body (a return is kept: dropping it is too easy)."""
    for index, node in enumerate(_sites(definition)):
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if not isinstance(body, list) or node is definition and field == "body" and len(body) < 2:
                continue
            for position, statement in enumerate(body):
                if isinstance(statement, (ast.Return, ast.FunctionDef, ast.ClassDef, ast.Expr)) or len(body) < 2:
                    continue
                yield index, field, position


def mutants_of(definition: ast.AST, name: str) -> list[Mutant]:
    found = []
    base_line = definition.lineno
    params = set()
    for func in [n for n in ast.walk(definition) if isinstance(n, ast.FunctionDef)]:
        params |= {a.arg for a in func.args.args if a.arg != "self"}

    def emit(kind, detail, node, tree):
        ast.fix_missing_locations(tree)
        line = getattr(node, "lineno", base_line) - base_line
        col = getattr(node, "col_offset", 0)
        found.append(Mutant(f"{name}:{kind}:{line}:{col}:{detail}", name, ast.unparse(tree)))

    for index, node in enumerate(_sites(definition)):
        for kind, detail, apply in list(_mutations(node, params)):
            tree = copy.deepcopy(definition)
            target = _sites(tree)[index]
            try:
                apply(target)
            except (AttributeError, IndexError, TypeError):
                continue
            emit(kind, detail, node, tree)
    for index, field, position in _statement_drops(definition):
        tree = copy.deepcopy(definition)
        holder = _sites(tree)[index]
        statement = getattr(holder, field)[position]
        getattr(holder, field)[position] = ast.Pass()
        emit("drop", f"{field}{position}", statement, tree)
    for func in [n for n in ast.walk(definition) if isinstance(n, ast.FunctionDef)]:
        for arg in func.args.args[1 if func.args.args and func.args.args[0].arg == "self" else 0:]:
            tree = copy.deepcopy(definition)
            for sub in ast.walk(tree):
                if isinstance(sub, ast.Name) and sub.id == arg.arg and isinstance(sub.ctx, ast.Load):
                    sub.id = "__ignored__"
            ast.fix_missing_locations(tree)
            source = "__ignored__ = 1\n" + ast.unparse(tree)
            found.append(Mutant(f"{name}:ignore:{func.lineno - base_line}:0:{func.name}.{arg.arg}", name, source))
    return found


def lesson_mutants(lesson: str) -> tuple[list[Mutant], list[references.Definition]]:
    definitions, _ = references.load(lesson)
    names = {ex.name for ex in checks.exercises(lesson)}
    tree = ast.parse((references.SOLUTIONS / f"{lesson}.py").read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in names:
            found += mutants_of(node, node.name)
    return found, list(definitions)


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def killed(mutant: Mutant, definitions) -> bool:
    """True when the cases catch the mutant (it fails, raises or hangs)."""
    import warnings

    from helpers.selfcheck import evaluate

    namespace = {"__name__": "__mutant__"}
    for d in definitions:
        exec(compile(d.source, "<reference>", "exec"), namespace)
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(mutant.source, "<mutant>", "exec"), namespace)
            return not evaluate(mutant.name, namespace).passed
    except _Hang:
        return True
    except Exception:  # noqa: BLE001 — a mutant that does not even define itself is caught
        return True
    finally:
        signal.alarm(0)


# ------------------------------------------------------------------ the grader's judgement, in-process


def reference_namespace(lesson: str) -> dict:
    """The course's reference definitions of ``lesson`` exec'ed in a namespace of their own
    (this trusted tool's process; the grader runs them apart, in ``grader.oracle``)."""
    definitions, _ = references.load(lesson)
    namespace = {"__name__": "__course_reference__"}
    for d in definitions:
        exec(compile(d.source, "<reference>", "exec"), namespace)
    return namespace


_DIFFERENTIAL: dict = {}


def differential_cases(exercise) -> list:
    """The exercise's differential cases, their expectations from the references run here."""
    from helpers import differential

    if exercise.name not in _DIFFERENTIAL:
        oracle = differential.LocalOracle(reference_namespace(exercise.lesson))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _DIFFERENTIAL[exercise.name] = differential.cases(
                exercise, oracle, secret=references.secret(exercise.lesson))  # the grader's inputs
    return _DIFFERENTIAL[exercise.name]


def grader_judgement(name: str, namespace: dict) -> dict:
    """The grader's record for graded name ``name`` in ``namespace``: the public cases and the
    differential cases judged as the grader judges them (``grader.scoring.judge_with_hidden``)."""
    import json

    from grader.scoring import judge_with_hidden
    from helpers.probes import run_probe

    exercise = checks.find(name)

    def run(case):
        return json.loads(json.dumps(run_probe(case.probe.to_data(), namespace)))

    hidden = differential_cases(exercise)
    return judge_with_hidden(exercise, [run(c) for c in exercise.cases], hidden, [run(c) for c in hidden])


def battery_verdict(lesson: str, answer, seconds: int = 60) -> dict:
    """The grader's record for one battery answer swapped into the solution's namespace;
    an answer that hangs or does not even run earns nothing."""
    from tests.support import variant

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            namespace = variant(lesson, answer.source)
            return grader_judgement(answer.exercise, namespace)
    except _Hang:
        return {"points": 0.0, "max_points": 1.0, "passed": False, "feedback": "(hung)", "status": "error"}
    except Exception as exc:  # noqa: BLE001 — an answer that does not define itself
        return {"points": 0.0, "max_points": 1.0, "passed": False, "feedback": f"({type(exc).__name__})",
                "status": "error"}
    finally:
        signal.alarm(0)


def battery(lesson: str):
    """(WRONG, RIGHT) of the realistic-mistake battery for ``lesson`` (empty without one)."""
    try:
        from tests.battery import load
        return load(lesson[:2])
    except ImportError:
        return [], []


def battery_report(lesson: str) -> tuple[int, int, list, list]:
    """(caught, wrong, escaped answers, rejected right answers) for one lesson's battery."""
    wrong, right = battery(lesson)
    escaped = [a for a in wrong if battery_verdict(lesson, a)["points"] >= checks.find(a.exercise).points]
    rejected = []
    for a in right:
        record = battery_verdict(lesson, a)
        if record["points"] < checks.find(a.exercise).points:
            rejected.append((a, record["feedback"]))
    return len(wrong) - len(escaped), len(wrong), escaped, rejected


def equivalents() -> dict[str, str]:
    """Reviewed survivors: mutant id -> why it behaves like the solution."""
    if not EQUIVALENT.exists():
        return {}
    found = {}
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            mutant_id, _, reason = line.partition("  # ")
            found[mutant_id.strip()] = reason.strip()
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lessons", nargs="*", help="lessons (default: all)")
    parser.add_argument("--list", action="store_true", help="only list the mutant ids")
    parser.add_argument("--no-battery", action="store_true", help="operator mutants only")
    args = parser.parse_args(argv)
    lessons = [lesson for lesson in checks.LESSONS if not args.lessons or lesson[:2] in
               [a[:2] for a in args.lessons]]
    known = equivalents()
    totals = [0, 0, 0]
    for lesson in lessons:
        mutants, definitions = lesson_mutants(lesson)
        if args.list:
            print("\n".join(m.id for m in mutants))
            continue
        per: dict[str, list[int]] = {}
        survivors = []
        for mutant in mutants:
            stats = per.setdefault(mutant.name, [0, 0, 0])  # killed, equivalent, total
            stats[2] += 1
            if mutant.id in known:
                stats[1] += 1
            elif killed(mutant, definitions):
                stats[0] += 1
            else:
                survivors.append(mutant.id)
        k, e, t = (sum(s[i] for s in per.values()) for i in range(3))
        totals = [totals[0] + k, totals[1] + e, totals[2] + t]
        rate = k / (t - e) if t > e else 1.0
        print(f"{lesson}: {k} of {t - e} non-equivalent mutants killed ({rate:.0%}); {e} listed as equivalent")
        for name, (k1, e1, t1) in per.items():
            print(f"  {name:28} {k1:4d} / {t1 - e1:<4d} {k1 / (t1 - e1) if t1 > e1 else 1:.0%}")
        for mutant_id in survivors:
            print(f"    survived: {mutant_id}")
        if not args.no_battery and battery(lesson)[0]:
            caught, total, escaped, rejected = battery_report(lesson)
            right = len(battery(lesson)[1])
            print(f"{lesson}: battery: {caught} of {total} realistic wrong answers caught "
                  f"({caught / max(1, total):.0%}); {right - len(rejected)} of {right} correct alternatives "
                  f"accepted")
            for a in escaped:
                print(f"    escaped: {a.exercise}:{a.id}")
            for a, feedback in rejected:
                print(f"    rejected: {a.exercise}:{a.id}: {feedback[:160]}")
    if not args.list and totals[2]:
        k, e, t = totals
        print(f"all: {k} of {t - e} non-equivalent mutants killed ({k / max(1, t - e):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
