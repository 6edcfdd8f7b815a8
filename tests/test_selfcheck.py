"""The self-check and needs() are fair (issue 13, items 1 and 5): a function that
calls a failing graded function is not blamed for it; needs() hides only stubs;
the self-check warns where the grader would hold back points."""

from __future__ import annotations

import pytest

from helpers import needs
from helpers.selfcheck import _SKIPPED, check
from tests.support import variant


def _run_check(namespace: dict, name: str, capsys) -> str:
    code = compile(f"check({name!r})", "<cell>", "exec")
    exec(code, dict(namespace, check=check))
    return capsys.readouterr().out


def test_a_correct_function_that_calls_a_failing_one_is_not_blamed(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    ns = variant("01_perceptron", "def add_bias(X):\n    X = np.asarray(X, dtype=float)\n"
                                  "    if X.ndim == 1:\n        return np.concatenate([X, [1.0]])\n"
                                  "    return np.hstack([X, np.ones((len(X), 1))])\n"
                                  "def predict(w, X):\n"
                                  "    return np.where(add_bias(X) @ np.asarray(w, dtype=float) >= 0, 1, -1)")
    capsys.readouterr()
    out = _run_check(ns, "predict", capsys)
    assert "could not be judged: it calls `add_bias`, which fails its own checks" in out
    assert "Hint" not in out


def test_a_wrong_function_on_its_own_is_told_its_own_mistake(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    ns = variant("01_perceptron", "def predict(w, X):\n    return np.ones(len(X))")
    out = _run_check(ns, "predict", capsys)
    assert out.startswith("✘ predict:")


def test_the_self_check_warns_where_the_grader_would_hold_back_points(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_GRADING", raising=False)
    cell = ("from helpers.checks import lesson06\nimport numpy as np\ndef softmax_cross_entropy(z, y):\n"
            "    return lesson06._trusted_loss(z, np.asarray(y)), lesson06._numeric_dz(z, np.asarray(y))")
    ns = variant("06_softmax_cross_entropy", cell)
    ns["In"] = ["import numpy as np", cell]
    out = _run_check(ns, "softmax_cross_entropy", capsys)
    assert "⚑ softmax_cross_entropy" in out and "helpers.checks.lesson06" in out


def predict(w, X):  # a released stub, as the student notebook has it
    raise NotImplementedError()


def test_needs_names_the_stub_and_hides_nothing_else(capsys):
    with needs("predict"):
        predict(None, None)
    assert "once you have implemented `predict`" in capsys.readouterr().out
    _SKIPPED.clear()  # nothing skipped: a NameError is a typo, and shows
    with pytest.raises(NameError):
        with needs("predict"):
            undefined_typo  # noqa: F821, B018
    with pytest.raises(ValueError):
        with needs("predict"):
            raise ValueError("a wrong shape")


def test_a_skipped_demo_leaves_no_empty_figure_behind(capsys):
    """A demo that made its figure before reaching the stub would show empty axes under
    its 'runs once you have implemented' line: the figures it opened are closed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.selfcheck import needs

    def step(s):
        raise NotImplementedError()

    plt.close("all")
    kept = plt.figure()
    with needs("step"):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [step(0), step(1)])
    assert plt.get_fignums() == [kept.number]
    assert "step" in capsys.readouterr().out
    plt.close("all")
