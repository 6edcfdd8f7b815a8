"""The cross-cutting rules of the checks (issue 21), each with its test:

- one rule per kind of result (helpers.expect's docstring): numbers, plain bools, float arrays;
- a new array, inputs unchanged (the probe runner records aliasing and mutation);
- one warning policy: a case with a promise fails on a RuntimeWarning and on hiding one;
- the method is part of the answer: watched calls, and a method failure costs the exercise;
- hints tell the truth: a case's own hint outranks the generic diagnosis;
- value stubs: told to replace None; needs() skips a demo of an unset value;
- a stub in an earlier lesson's function blames that function, not the one under test;
- differential cases: expectations from the reference, feedback that names the input class and
  never shows the reference's value.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from helpers import differential, expect
from helpers.cases import Case, Exercise, judge_case, judge_exercise
from helpers.differential import LocalOracle, Variant
from helpers.expect import Mismatch
from helpers.probes import call, fn, get, run_probe, watch
from helpers.selfcheck import evaluate, needs


def _run(probe, namespace):
    return json.loads(json.dumps(run_probe(probe.to_data(), namespace)))


def _ns(source: str) -> dict:
    namespace = {"np": np}
    exec(compile(source, "<student>", "exec"), namespace)
    return namespace


# ------------------------------------------------------------------ kinds of result

@pytest.mark.parametrize("value", [1, 0.5, np.float64(0.5), np.int64(3), np.float32(2.0)])
def test_a_number_is_a_python_or_numpy_scalar(value):
    assert expect.number(value) == float(value)


@pytest.mark.parametrize("value", [True, np.bool_(True), np.asarray(0.5), np.array([0.5]), [0.5], "0.5", None])
def test_a_number_is_not_a_bool_an_array_or_a_list(value):
    with pytest.raises(Mismatch):
        expect.number(value)


def test_a_0d_array_travels_as_an_array_and_fails_the_number_rule():
    outcome = _run(call("f", 0.5), _ns("def f(x):\n    return np.where(np.asarray(x) >= 0, 1.0, -1.0)"))
    case = Case(call("f", 0.5), lambda got: expect.number(got))
    result = judge_case(case, outcome)
    assert not result.passed and "0-d array" in result.message


def test_a_plain_bool_is_not_numpy_bool():
    assert expect.plain_bool(True) is True
    with pytest.raises(Mismatch, match="NumPy"):
        expect.plain_bool(np.bool_(True))
    with pytest.raises(Mismatch):
        expect.plain_bool(1)


def test_an_array_of_floats_is_due_where_a_quantity_is():
    assert expect.array(np.array([1.0, 2.0]), (2,), floating=True).dtype == float
    with pytest.raises(Mismatch, match="floats"):
        expect.array(np.array([1, 2]), (2,), floating=True)
    with pytest.raises(Mismatch):
        expect.array([1.0, 2.0], (2,))           # a list is not an array
    with pytest.raises(Mismatch):
        expect.array(np.zeros(3), (2,))           # the stated shape


def test_the_rules_are_written_where_authors_and_students_read_them():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    assert "The kinds of result" in expect.__doc__
    assert "helpers/expect.py" in (root / "AUTHORING.md").read_text(encoding="utf-8")
    lesson = (root / "solutions" / "01_perceptron.py").read_text(encoding="utf-8")
    assert "not even a 0-d" in lesson and "plain bool" in lesson and "**new** array" in lesson


# ------------------------------------------------------------------ a new array, inputs unchanged

def test_returning_the_callers_array_is_recorded_and_fails():
    namespace = _ns("def f(w):\n    return w\ndef g(w):\n    return np.asarray(w, dtype=float)[:]\n"
                    "def h(w):\n    return np.array(w, dtype=float)")
    w = np.array([1.0, 2.0])
    for name, aliased in (("f", True), ("g", True), ("h", False)):
        outcomes = _run(call(name, w), namespace)
        assert bool(outcomes[-1].get("aliased")) is aliased, name
        assert judge_case(Case(call(name, w), lambda got: None), outcomes).passed is not aliased
    # a list argument is converted, so nothing can alias it; a case may also allow aliasing
    assert not _run(call("f", [1.0, 2.0]), namespace)[-1].get("aliased")
    assert judge_case(Case(call("f", w), lambda got: None, fresh=False), _run(call("f", w), namespace)).passed


def test_a_cache_that_holds_the_input_is_not_an_alias():
    namespace = _ns("def forward(x):\n    return np.maximum(x, 0.0), x")
    assert not _run(call("forward", np.array([1.0, -1.0])), namespace)[-1].get("aliased")


# ------------------------------------------------------------------ the warning policy

WARNING_ANSWERS = {
    "plain": ("def f(z):\n    return 1 / (1 + np.exp(-z))", "warnings"),
    "errstate": ("def f(z):\n    with np.errstate(over='ignore'):\n        return 1 / (1 + np.exp(-z))", "hid"),
    "seterr": ("def f(z):\n    np.seterr(over='ignore')\n    try:\n        return 1 / (1 + np.exp(-z))\n"
               "    finally:\n        np.seterr(over='warn')", "hid"),
    "filter": ("import warnings\ndef f(z):\n    with warnings.catch_warnings():\n"
               "        warnings.simplefilter('ignore')\n        return 1 / (1 + np.exp(-z))", "hid"),
}


@pytest.mark.parametrize("name", WARNING_ANSWERS)
def test_a_promise_fails_on_a_warning_and_on_hiding_it(name):
    source, key = WARNING_ANSWERS[name]
    z = np.array([-1000.0, 0.0])
    outcomes = _run(call("f", z), _ns(source))
    assert outcomes[-1].get(key), outcomes
    promised = Case(call("f", z), lambda got: None, promise="without overflow")
    result = judge_case(promised, outcomes)
    assert not result.passed and "without overflow" in result.message
    assert judge_case(Case(call("f", z), lambda got: None), outcomes).passed  # no promise, no rule


def test_a_global_seterr_before_the_call_does_not_hide_warnings():
    namespace = _ns("def f(z):\n    return 1 / (1 + np.exp(-z))")
    old = np.seterr(all="ignore")
    try:
        outcomes = _run(call("f", np.array([-1000.0])), namespace)
    finally:
        np.seterr(**old)
    assert outcomes[-1].get("warnings")


def test_a_stable_answer_passes_the_promise():
    source = "def f(z):\n    z = np.asarray(z, float)\n    e = np.exp(-np.abs(z))\n" \
             "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))"
    outcomes = _run(call("f", np.array([-1000.0, 0.0, 1000.0])), _ns(source))
    assert judge_case(Case(call("f", np.array([-1000.0])), lambda got: None, promise="stable"), outcomes).passed


# ------------------------------------------------------------------ the method

def test_watched_calls_are_counted_and_the_namespace_restored():
    namespace = _ns("def helper(x):\n    return 2 * x\ndef f(x, g):\n    return helper(x) + g(x) + g(x)")
    original = namespace["helper"]
    outcomes = _run(watch(call("f", np.array([1.0]), fn("cubic")), "helper", "$fn"), namespace)
    assert outcomes[-1]["calls"] == {"helper": 1, "$fn": 2}
    assert namespace["helper"] is original


def test_a_method_failure_costs_the_whole_exercise():
    def analytic_only(calls):
        expect.that(calls.get("$fn", 0) == 0, "no evaluations of f", f"{calls.get('$fn')} evaluations",
                    "Work the gradient out; do not measure it.")

    cases = [Case(watch(call("grad", np.array([1.0, 2.0]), fn("sum_of_squares")), "$fn"),
                  lambda got: expect.close(got, [2.0, 4.0]), method=analytic_only),
             Case(call("grad", np.array([3.0]), fn("sum_of_squares")), lambda got: expect.close(got, [6.0]))]
    exercise = Exercise("grad", 2, cases)
    numerical = _ns("def grad(x, f):\n    h = 1e-5\n    return np.array([(f(x + h * e) - f(x - h * e)) / (2 * h)"
                    " for e in np.eye(len(x))])")
    analytic = _ns("def grad(x, f):\n    return 2 * np.asarray(x, float)")
    result = judge_exercise(exercise, [_run(c.probe, numerical) for c in cases])
    assert result.points == 0 and "method" in result.feedback
    assert judge_exercise(exercise, [_run(c.probe, analytic) for c in cases]).passed


# ------------------------------------------------------------------ hints tell the truth

def test_the_cases_own_hint_outranks_the_sign_diagnosis():
    from tests.support import variant, verdict
    feedback = verdict("step", variant("01_perceptron", "def step(s):\n    out = np.where(np.asarray(s) > 0, 1, -1)"
                                       "\n    return out if out.ndim else int(out)")).feedback
    assert "τ(0) is +1" in feedback and "wrong sign" not in feedback


def test_a_misconception_the_numbers_match_still_names_itself():
    case = Case(call("f"), lambda got: expect.close(got, [1.0, 2.0], misconceptions={"The named one.": [2.0, 4.0]}),
                "The case's own.")
    result = judge_case(case, [{"value": {"$nd": {"dtype": "<f8", "shape": [2], "data": [2.0, 4.0]}}, "mutated": []}])
    assert "The named one." in result.message


# ------------------------------------------------------------------ stubs

def test_a_value_stub_is_told_to_replace_none(capsys, monkeypatch):
    from helpers.selfcheck import check
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    namespace = {"AND_WEIGHTS": None, "check": check}
    exec(compile("check('AND_WEIGHTS')", "<cell>", "exec"), namespace)
    out = capsys.readouterr().out
    assert "replace `None`" in out and "NotImplementedError" not in out
    exercise = Exercise("AND_WEIGHTS", 1, [Case(get("AND_WEIGHTS"), lambda got: None)], kind="value")
    assert "`None`" in judge_exercise(exercise, [_run(get("AND_WEIGHTS"), {"AND_WEIGHTS": None})]).feedback


def test_needs_skips_a_demo_of_an_unset_value(capsys):
    namespace = {"needs": needs, "AND_WEIGHTS": None, "np": np}
    exec(compile("with needs('AND_WEIGHTS'):\n    np.asarray(AND_WEIGHTS)[1:] @ np.ones(2)\n", "<cell>", "exec"),
         namespace)
    assert "`AND_WEIGHTS`" in capsys.readouterr().out


def test_a_stub_of_an_earlier_lesson_is_named_not_the_finished_function():
    """helpers.mywork stands in for an earlier lesson's unfinished function with code of the
    course's own; the finished function under test calls it."""
    from helpers.mywork import _stand_in
    namespace = {"np": np, "softmax": _stand_in("softmax", "06_softmax: still the stub")}
    exec("def loss(z):\n    return float(np.sum(softmax(z)))", namespace)
    case = Case(call("loss", np.array([1.0])), lambda got: None)
    result = judge_case(case, _run(case.probe, namespace))
    assert result.status == "not_implemented" and result.stub == "softmax"


# ------------------------------------------------------------------ differential cases

def _toy_exercise():
    return Exercise("double", 1, [Case(call("double", np.array([1.0])), lambda got: expect.close(got, [2.0]))],
                    lesson="toy")


def test_a_differential_case_expects_what_the_reference_did_and_hides_its_value(monkeypatch):
    variants = [Variant("with integer inputs", (np.array([1, 2, 3]),)),
                Variant("with a row at 1e4 beside a row at -1e4", (np.array([1e4, -1e4]),))]
    monkeypatch.setattr(differential, "variants", lambda exercise, secret=b"": variants)
    oracle = LocalOracle(_ns("def double(x):\n    return 2 * np.asarray(x, dtype=float)"))
    cases = differential.cases(_toy_exercise(), oracle)
    assert len(cases) == 2
    wrong = _ns("def double(x):\n    return 2 * np.asarray(x)")          # integers stay integers
    results = [judge_case(c, _run(c.probe, wrong)) for c in cases]
    assert [r.passed for r in results] == [False, True]
    assert "floats" in results[0].message
    assert "with integer inputs" in cases[0].hint and "[2, 4, 6]" not in cases[0].hint
    off = _ns("def double(x):\n    return 2.0001 * np.asarray(x, dtype=float)")
    message = judge_case(cases[1], _run(cases[1].probe, off)).message
    assert "20000" not in message.replace("20002", "")  # the student's own value may show, never the reference's


def test_a_reference_that_raises_makes_a_case_that_expects_the_raise(monkeypatch):
    monkeypatch.setattr(differential, "variants", lambda exercise, secret=b"": [Variant("with no line", (np.zeros(3),))])
    oracle = LocalOracle(_ns("def double(x):\n    raise ValueError('no')"))
    (case,) = differential.cases(_toy_exercise(), oracle)
    assert case.raises == "ValueError"


def test_no_references_no_differential_cases():
    class StudentEdition:
        def outcomes(self, probe_data, timeout=10.0):
            return None
    from helpers import checks
    assert differential.cases(checks.find("step"), StudentEdition()) == []


def test_generated_inputs_are_the_same_every_time():
    from helpers import checks
    for name in ("step", "train_perceptron", "same_boundary", "best_line_accuracy"):
        first = [p.to_data() for _, p in differential.probes(checks.find(name))]
        assert first and first == [p.to_data() for _, p in differential.probes(checks.find(name))]


@pytest.mark.parametrize("lesson", ["01_perceptron", "02_decision_lines", "03_xor_mlp"])
def test_the_reference_passes_its_own_differential_and_public_cases(lesson):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import mutants

    from helpers import checks
    namespace = mutants.reference_namespace(lesson)
    for exercise in checks.exercises(lesson):
        assert evaluate(exercise.name, dict(namespace)).passed, exercise.name
        record = mutants.grader_judgement(exercise.name, dict(namespace))
        assert record["points"] == exercise.points, (exercise.name, record["feedback"])


def test_a_failed_differential_case_names_its_input_class_in_the_notebooks_language(monkeypatch):
    """As the grader judges it: the public cases pass, a differential case does not, and the
    feedback names the input class (in English or Korean), never the reference's value."""
    from grader.scoring import judge_with_hidden
    from helpers import i18n
    from tests.support import HANGUL
    monkeypatch.setattr(differential, "variants", lambda exercise, secret=b"": [Variant("with integer inputs", (np.array([1, 2]),))])
    exercise = _toy_exercise()
    hidden = differential.cases(exercise, LocalOracle(_ns("def double(x):\n    return 2 * np.asarray(x, dtype=float)")))
    wrong = _ns("def double(x):\n    return 2 * np.asarray(x)")
    public = [_run(c.probe, wrong) for c in exercise.cases]
    with i18n.using("en"):
        record = judge_with_hidden(exercise, public, hidden, [_run(c.probe, wrong) for c in hidden])
    assert record["points"] < exercise.points and "differs from the course's with integer inputs" in record["feedback"]
    assert "[2. 4.]" not in record["feedback"] and "2.0, 4.0" not in record["feedback"]
    with i18n.using("ko"):
        record = judge_with_hidden(exercise, public, hidden, [_run(c.probe, wrong) for c in hidden])
    assert HANGUL.search(record["feedback"]) and "정수 입력으로" in record["feedback"]


def test_the_new_outcome_fields_are_cleaned_like_the_rest():
    """They come from a child that ran student code: hostile until checked."""
    from grader import protocol
    hostile = {"value": 1, "mutated": [], "aliased": ["a", 99], "warnings": "x" * 10**6,
               "hid": [1, "numpy.errstate", "y" * 500], "calls": {"f": -1, "g": 2, "h": "3", "k" * 300: 1}}
    cleaned = protocol.clean_outcome(hostile)
    assert set(cleaned) <= {"value", "mutated", "aliased", "warnings", "hid", "calls"}
    assert "aliased" not in cleaned and "warnings" not in cleaned
    assert cleaned["hid"] == ["numpy.errstate", "y" * 200]
    assert cleaned["calls"] == {"g": 2, "k" * 100: 1}
    honest = {"value": 1, "mutated": [], "aliased": [0], "warnings": ["RuntimeWarning: overflow"], "calls": {"f": 2}}
    assert protocol.clean_outcome(honest) == honest


def test_watched_calls_are_counted_in_a_copy_of_the_namespace_too():
    """tests.support hands out copies of a notebook's namespace: the function under test still
    looks its helpers up in its own globals, which are then another dict."""
    namespace = _ns("def helper(x):\n    return 2 * x\ndef f(x):\n    return helper(x) + helper(x)")
    copy = dict(namespace)
    outcomes = _run(watch(call("f", np.array([1.0])), "helper"), copy)
    assert outcomes[-1]["calls"] == {"helper": 2}
    assert namespace["helper"] is copy["helper"]  # restored in both


def test_an_input_the_reference_gave_no_answer_for_is_left_out(monkeypatch):
    monkeypatch.setattr(differential, "variants", lambda exercise, secret=b"": [Variant("with a", (1.0,)), Variant("with b", (2.0,))])

    class Flaky:
        def outcomes(self, probe_data, timeout=10.0):
            if probe_data["steps"][0]["args"] == [1.0]:
                raise RuntimeError("the oracle timed out")
            return [{"value": 4.0, "mutated": []}]
    (case,) = differential.cases(_toy_exercise(), Flaky())
    assert "with b" in case.hint


def test_the_differential_cases_weigh_half_the_public_ones_together(monkeypatch):
    monkeypatch.setattr(differential, "variants", lambda exercise, secret=b"": [Variant(f"with {k}", (float(i),)) for i, k in enumerate("abc")])
    oracle = LocalOracle(_ns("def double(x):\n    return 2 * x"))
    found = differential.cases(_toy_exercise(), oracle)
    assert len(found) == 3 and abs(sum(c.weight for c in found) - differential.SHARE * 1.0) < 1e-12
