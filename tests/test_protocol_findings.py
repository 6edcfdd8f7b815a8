"""Structured findings across the process boundary: how a job ended (``protocol.Ending``) and
where an error was raised (``helpers.probes.Place``) travel as numbers and codes, are decoded
totally (hostile values give that notebook's own "malformed" outcome, never a crash) and are
worded once, at the edge, in the student's language."""

from __future__ import annotations

import json

import pytest

from grader import protocol, scoring
from grader.protocol import Cause, Ending, Status
from helpers import cases, i18n
from helpers.probes import Place, call, cell_file, run_probe


def _exit(**fields) -> bytes:
    return protocol.encode(protocol.Kind.EXIT, job=4, seconds=1.0, **fields)


@pytest.mark.parametrize("fields, ending", [
    ({"status": "ok", "cause": "none"}, Ending()),
    ({"status": "exit", "cause": "exit", "code": 3}, Ending(Cause.EXIT, code=3)),
    ({"status": "exit", "cause": "exit", "code": 255}, Ending(Cause.EXIT, code=255)),
    ({"status": "signal", "cause": "signal", "signal": 11}, Ending(Cause.SIGNAL, signal=11)),
    ({"status": "signal", "cause": "signal", "signal": 0}, Ending(Cause.SIGNAL, signal=0)),  # isolated exit 128
    ({"status": "timeout", "cause": "cpu"}, Ending(Cause.CPU)),
    ({"status": "timeout", "cause": "wall"}, Ending(Cause.WALL)),
    ({"status": "machine", "cause": "starved"}, Ending(Cause.STARVED)),
    ({"status": "grader", "cause": "sandbox"}, Ending(Cause.SANDBOX)),
])
def test_an_exit_record_states_its_ending_as_data(fields, ending):
    record = protocol.decode_zygote(_exit(**fields))
    assert record.job == 4 and record.status == Status(fields["status"]) and record.ending == ending


HOSTILE_EXITS = {
    "no cause": {"status": "exit", "code": 3},
    "the old words": {"status": "exit", "detail": "exit code 3"},
    "an unknown cause": {"status": "exit", "cause": "exit code 3", "code": 3},
    "a cause the status never has": {"status": "ok", "cause": "signal", "signal": 9},
    "a cause only the grader gives": {"status": "worker", "cause": "died"},
    "a fault from the zygote": {"status": "grader", "cause": "fault", "fault": "x"},
    "no code": {"status": "exit", "cause": "exit"},
    "a code as text": {"status": "exit", "cause": "exit", "code": "3"},
    "a code as a bool": {"status": "exit", "cause": "exit", "code": True},
    "a code as a float": {"status": "exit", "cause": "exit", "code": 3.0},
    "a negative code": {"status": "exit", "cause": "exit", "code": -1},
    "a code of zero": {"status": "exit", "cause": "exit", "code": 0},
    "a code past 255": {"status": "exit", "cause": "exit", "code": 256},
    "a huge code": {"status": "exit", "cause": "exit", "code": 10**400},
    "a code and a signal": {"status": "exit", "cause": "exit", "code": 3, "signal": 9},
    "a signal's name": {"status": "signal", "cause": "signal", "signal": "SIGSEGV"},
    "a negative signal": {"status": "signal", "cause": "signal", "signal": -9},
    "a signal past 127": {"status": "signal", "cause": "signal", "signal": 128},
    "a signal as a list": {"status": "signal", "cause": "signal", "signal": [9]},
    "a number with a cause that has none": {"status": "timeout", "cause": "cpu", "code": 1},
    "a cause as a dict": {"status": "ok", "cause": {"none": 1}},
}


@pytest.mark.parametrize("name", HOSTILE_EXITS)
def test_a_malformed_ending_is_no_exit_record(name):
    """The transport takes None for junk on the control socket: that notebook's worker is killed
    and the notebook ends as "worker" (the batch goes on)."""
    assert protocol.decode_zygote(_exit(**HOSTILE_EXITS[name])) is None


@pytest.mark.parametrize("status, ending, en, ko", [
    (Status.EXIT, Ending(Cause.EXIT, code=3), "exit code 3", "종료 코드 3"),
    (Status.SIGNAL, Ending(Cause.SIGNAL, signal=11), "SIGSEGV", "SIGSEGV"),
    (Status.SIGNAL, Ending(Cause.SIGNAL, signal=0), "signal 0", "시그널 0"),
    (Status.TIMEOUT, Ending(Cause.CPU), "CPU time limit", "CPU 시간 제한"),
    (Status.TIMEOUT, Ending(), "wall clock", "실제 경과 시간"),
    (Status.WORKER, Ending(Cause.DIED), "it died", "프로세스가 종료됨"),
    (Status.GRADER, Ending(Cause.FAULT, fault="KeyError"), "KeyError", "KeyError"),
])
def test_an_ending_is_worded_once_in_the_students_language(status, ending, en, ko):
    assert scoring.say_ending(status, ending) == en
    with i18n.using("ko"):
        assert scoring.say_ending(status, ending) == ko


def test_every_cause_has_words_or_a_number_and_its_words_have_korean():
    numbered = {Cause.NONE, Cause.EXIT, Cause.SIGNAL, Cause.FAULT}
    assert set(protocol.CAUSE_TEXT) | numbered == set(Cause)
    assert not set(protocol.CAUSE_TEXT) & numbered
    assert [text for text in protocol.CAUSE_TEXT.values() if text not in i18n.catalogue("ko")] == []


# ------------------------------------------------------------------ where an error was raised

@pytest.mark.parametrize("data, place", [
    ({"line": 3, "cell": 5}, Place(3, 5)),
    ({"line": 3, "cell": None}, Place(3)),
    ({"line": 3}, Place(3)),
    ({"line": 0, "cell": 1}, Place(0, 1)),
])
def test_a_place_reads_back_as_numbers(data, place):
    assert Place.read(json.loads(json.dumps(data))) == place


@pytest.mark.parametrize("data", [
    None, "line 3 of cell 5", "line 3 of your code", [3, 5], 3,
    {}, {"cell": 5}, {"line": "3", "cell": 5}, {"line": True, "cell": 5}, {"line": 3.0},
    {"line": -1}, {"line": 10**6 + 1}, {"line": 2**64}, {"line": 10**400},
    {"line": 3, "cell": 0}, {"line": 3, "cell": -5}, {"line": 3, "cell": "5"}, {"line": 3, "cell": False},
    {"line": 3, "cell": 10_001}, {"line": 3, "cell": [5]},
])
def test_a_hostile_place_is_none(data):
    assert Place.read(data) is None


def test_a_raised_outcome_with_a_hostile_place_is_cleaned_not_fatal():
    raised = {"type": "ValueError", "types": ["ValueError"], "message": "m", "function": "f"}
    for where in ({"line": -1, "cell": 2}, {"line": 10**400}, "line 3 of cell 5", [1]):
        clean = protocol.clean_outcome({"raised": dict(raised, where=where)})
        assert clean["raised"]["where"] is None and clean["raised"]["type"] == "ValueError"
    clean = protocol.clean_outcome({"raised": dict(raised, where={"line": 2, "cell": 7})})
    assert clean["raised"]["where"] == Place(2, 7)


def test_a_place_is_worded_at_the_edge():
    info = {"type": "ValueError", "message": "boom", "function": "add_bias", "where": Place(2, 7)}
    assert cases._describe_raise(info) == "raised ValueError: boom in `add_bias`, line 2 of cell 7"
    info = dict(info, where={"line": 4, "cell": None}, function="<module>")
    assert cases._describe_raise(info) == "raised ValueError: boom at line 4 of your code"
    with i18n.using("ko"):
        assert "작성한 코드의 4번째 줄" in cases._describe_raise(info)
        assert "셀 7의 2번째 줄" in cases._describe_raise(dict(info, where=Place(2, 7)))


def test_the_probe_runner_names_the_cell_by_number():
    """A cell the grader compiled (``cell_file``) is named by its number; any other file
    (a kernel's) is "your code"."""
    source = "def add_bias(X):\n    raise ValueError('boom')\n"
    for filename, cell in ((cell_file(7), 7), ("/tmp/ipykernel_1/123.py", None)):
        namespace: dict = {}
        exec(compile(source, filename, "exec"), namespace)
        outcome = run_probe(call("add_bias", 1).to_data(), namespace)[-1]
        assert outcome["raised"]["where"] == {"line": 2, "cell": cell}


# ------------------------------------------------------------------ a cell's memory error, as a flag

def _cell(**fields):
    return protocol.decode_child(protocol.encode(protocol.Kind.CELL, cell=3, **fields), frozenset())


def test_a_cell_says_it_hit_the_memory_limit_by_a_flag_not_by_its_words():
    record = _cell(error="MemoryError: Unable to allocate 8.00 GiB", line=2, memory=True)
    assert (record.memory, record.error, record.line) == (True, "MemoryError: Unable to allocate 8.00 GiB", 2)
    assert _cell(error="MemoryError: a student's own class of that name", line=1).memory is False
    assert _cell(error=None, line=None) == protocol.CellRecord(3, None, None, False)


@pytest.mark.parametrize("memory", [1, 0, "yes", None, [True], {"memory": True}])
def test_a_memory_flag_that_is_not_a_bool_makes_the_record_malformed(memory):
    assert _cell(error="MemoryError: x", line=1, memory=memory) is None


def test_a_memory_flag_without_an_error_is_malformed():
    assert _cell(error=None, line=None, memory=True) is None


def test_the_cell_runner_flags_a_memory_error_and_only_that():
    from grader.cells import run_cell

    assert run_cell(1, "raise MemoryError('too big')", {}).memory is True
    assert run_cell(2, "class MemoryError(Exception): pass\nraise MemoryError('mine')", {}).memory is False
    assert run_cell(3, "x = 1", {}).memory is False
