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


def test_a_wrong_shape_gets_the_shape_message_and_a_transpose_its_hint():
    """diagnose compares ratios only between arrays of one shape: a result of another
    shape once raised inside it, and the student read 'not of the expected kind'."""
    import numpy as np
    import pytest as _pytest

    from helpers import expect

    expected = np.array([[1.0, 2.0, 3.0], [1.0, 4.0, 5.0]])
    with _pytest.raises(expect.Mismatch) as wrong:
        expect.close(np.array([[2.0, 3.0], [4.0, 5.0]]), expected)  # add_bias returning X
    assert "with shape (2, 3)" in wrong.value.expected and "shape (2, 2)" in wrong.value.got
    with _pytest.raises(expect.Mismatch) as transposed:
        expect.close(expected.T, expected)
    assert "transpose" in transposed.value.hint
