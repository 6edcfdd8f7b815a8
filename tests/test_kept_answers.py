"""The references' answers on the generated inputs, kept per course version
(``grader.kept_answers``): read back instead of asked again, exactly what the oracle said,
ignored when they are of another version or malformed, never where a box can read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader import engine, kept_answers, references, sandbox
from grader.oracle import Oracle
from grader.run import Oracles
from helpers import checks, differential

L = "01_perceptron"


class NoOracles(Oracles):
    """Oracles that must not be needed: every answer is kept."""

    def acquire(self, lesson):
        raise AssertionError(f"a reference process for {lesson} was started though every answer was kept")


def _summary(cases: dict) -> dict:
    """What a generated case judges by: its input, its expected exception, its weight, and
    whether it accepts the reference's own answer."""
    out = {}
    for name, found in cases.items():
        out[name] = [(json.dumps(c.probe.to_data(), sort_keys=True), c.raises, round(c.weight, 12)) for c in found]
    return out


def _generated(oracles: Oracles | None = None) -> dict:
    """``engine.generated_cases`` itself (the suite keeps its answers per pytest worker:
    tests/pools.py replaces the public name)."""
    oracles = oracles or Oracles()
    try:
        return engine._cases_of([L], oracles)
    finally:
        oracles.close()


@pytest.fixture
def keep(tmp_path, monkeypatch):
    monkeypatch.setattr(kept_answers, "folder", lambda solutions: tmp_path / "kept")
    return tmp_path / "kept"


def test_a_second_grading_reads_the_answers_back_and_starts_no_reference_process(keep):
    first = _generated()
    assert (keep / f"{L}.json").is_file()
    again = _generated(NoOracles())
    assert first and _summary(again) == _summary(first)


def test_a_kept_answer_is_exactly_what_the_oracle_said(keep):
    _generated()
    kept = json.loads((keep / f"{L}.json").read_text())
    secret = references.secret(L)
    assert kept["version"] == kept_answers.version(secret)
    asked = 0
    with Oracle(L) as oracle:
        for exercise in checks.exercises(L):
            for _, probe in differential.probes(exercise, secret)[:3]:
                data = probe.to_data()
                assert kept["answers"][kept_answers.key(data)] == oracle.outcomes(data)
                asked += 1
    assert asked >= 6


@pytest.mark.parametrize("planted", [
    "not json", "[]", '{"version": "another", "answers": {}}', '{"version": null}',
])
def test_a_kept_file_of_another_version_or_malformed_is_asked_again_and_rewritten(keep, planted):
    keep.mkdir()
    (keep / f"{L}.json").write_text(planted)
    cases = _generated()
    assert sum(len(v) for v in cases.values()) > 20
    assert json.loads((keep / f"{L}.json").read_text())["version"] == kept_answers.version(references.secret(L))


def test_a_wrong_kept_answer_is_of_another_version_once_the_course_changes(monkeypatch):
    """The version digests the references (through the secret) and the course code: an edit
    to either makes every kept answer stale."""
    secret = references.secret(L)
    assert kept_answers.version(secret) != kept_answers.version(secret + b"edited")
    kept_answers._code_digest.cache_clear()
    before = kept_answers.version(secret)
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + (b"#" if self.name == "differential.py" else b""))
    kept_answers._code_digest.cache_clear()
    try:
        assert kept_answers.version(secret) != before
    finally:
        monkeypatch.undo()
        kept_answers._code_digest.cache_clear()


def test_the_kept_answers_live_where_no_box_can_read_them():
    place = kept_answers.folder(references.SOLUTIONS).resolve()
    for bound in sandbox.bound_dirs():
        assert not str(place).startswith(str(Path(bound).resolve()) + "/"), bound


def test_keep_answers_names_a_lesson_it_does_not_know(capsys):
    from grader.__main__ import main

    assert main(["keep-answers", "99"]) == 2
    assert "'99' is not a lesson" in capsys.readouterr().err


@pytest.fixture
def ctrl_c():
    """SIGINT raising KeyboardInterrupt in this process, as in a terminal (a test run a shell put in
    the background inherits it ignored, and the grader keeps an ignored SIGINT ignored)."""
    import signal

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_ctrl_c_while_the_answers_are_asked_stops_the_asking(keep, ctrl_c):
    """Ctrl-C (SIGINT) while the oracles are asked: a flag read between short waits
    (``engine._as_completed``), so KeyboardInterrupt comes out in the grader's own code, never
    from inside a wait of the threading machinery (which can leave a lock held), and the
    lessons' threads end with the oracles."""
    import os
    import signal
    import threading
    import time

    class SlowOracles(Oracles):
        def acquire(self, lesson):
            time.sleep(2)  # an oracle slow to start: the Ctrl-C lands while the main thread waits
            return super().acquire(lesson)

    oracles, handler = SlowOracles(), signal.getsignal(signal.SIGINT)
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        engine._cases_of([L], oracles)
    assert time.monotonic() - started < 10
    assert oracles.closed and not (keep / f"{L}.json").exists()
    assert signal.getsignal(signal.SIGINT) is handler  # the grader's own handler is gone again


def test_a_ctrl_c_as_the_last_answer_comes_is_not_lost(keep, ctrl_c, monkeypatch):
    """A Ctrl-C that lands after the last answer came but before the stage ends (its threads still
    ending) stops the grading: a flag nobody reads any more would lose it, and the grading would
    go on (a fresh clone's Ctrl-C test saw the grader keep grading after its one SIGINT)."""
    import os
    import signal
    import time

    real = engine._as_completed

    def then_ctrl_c(futures, batch_timeout, stop):
        yield from real(futures, batch_timeout, stop)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)

    monkeypatch.setattr(engine, "_as_completed", then_ctrl_c)
    oracles = Oracles()
    try:
        with pytest.raises(KeyboardInterrupt):
            engine._cases_of([L], oracles)
    finally:
        oracles.close()


def test_a_grader_started_ignoring_ctrl_c_ignores_it_throughout(keep):
    """A shell starts a background job with SIGINT ignored; the grader keeps it so in every stage,
    not only outside its threaded ones (where a stop was then honoured or lost by its timing)."""
    import signal

    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with engine._stop_flag():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN  # SIGTERM still stops it
    finally:
        signal.signal(signal.SIGINT, before)
