"""The check engine's own rules, independent of any lesson."""

from helpers.cases import Case, Exercise, judge_exercise
from helpers.probes import call, run_probe


def _judge(exercise, source):
    namespace = {}
    exec(source, namespace)
    outcomes = [run_probe(case.probe.to_data(), namespace) for case in exercise.cases]
    return judge_exercise(exercise, outcomes)


CHECK_INPUT = Exercise("check_input", 1, [Case(call("check_input", -1), raises="ValueError",
                                               hint="Refuse negative numbers.")])


def test_expected_exception_with_a_message_passes():
    assert _judge(CHECK_INPUT, "def check_input(x):\n    raise ValueError('x must be >= 0')").passed


def test_expected_exception_without_a_message_fails():
    result = _judge(CHECK_INPUT, "def check_input(x):\n    raise ValueError")
    assert not result.passed and "without a message" in result.feedback


def test_returning_instead_of_raising_fails():
    result = _judge(CHECK_INPUT, "def check_input(x):\n    return x")
    assert not result.passed and "returned normally" in result.feedback


def test_a_subclass_of_the_expected_exception_counts():
    source = "class Bad(ValueError):\n    pass\ndef check_input(x):\n    raise Bad('negative')"
    assert _judge(CHECK_INPUT, source).passed
