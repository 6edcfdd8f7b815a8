"""The records that cross the grader's process boundaries, and their decoders.

Three parties speak:

- the **grader** (trusted; ``grader.run``) sends a job to a worker, then
  commands to the child (which exercise to judge next, with which proxies), and
  reads everything back;
- the **zygote** (``grader.zygote``; trusted code, but it shares a sandbox with
  student code, so what it says is checked too) forks one child per job and
  reports how that child ended, on a control socket the child cannot reach;
- the **child** (``grader.child``; runs student code, so every byte from it is
  hostile) writes records on the job's own socket, which exists for that job
  only and is closed when the job ends.

Every record is one JSON object per line with a ``kind``. Decoding is total:
``decode_child`` and ``decode_zygote`` return a typed record or ``None`` for
anything malformed, oversized or unexpected — they never raise. What a child
says is only ever a *claim about values* of the exercise under test, or a
request of a proxy the grader itself made available for that exercise (relayed
to ``grader.oracle``, which holds the references); the grader decides start,
end, the judging order, time-outs and scores by itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum

from helpers import probes
from helpers.i18n import tr

MAX_RECORD = 8 * 2**20        # bytes in one line from a child
MAX_JOB_OUTPUT = 16 * 2**20   # bytes a child may send in all
MAX_ERROR_TEXT = 300          # characters of a cell's error message kept
MAX_CELLS = probes.MAX_CELL  # code cells in one notebook (a Place names one of them)


class Kind(str, Enum):
    # child -> grader, on the job socket: claims about values, never requests for anything held
    CELL = "cell"            # a cell ran: its error, if any
    DEFINED = "defined"      # while the cells run: a cell (re)defined this graded name (no value)
    CELLS_RAN = "cells_ran"  # the answer to the job itself: every cell has run
    OUTCOME = "outcome"      # outcomes of the exercise under test, for the grader's JUDGE command
    JUDGED = "judged"        # the exercise under test is over (its fork ended), with or without outcomes
    CALL = "call"            # a proxy's call to a course function the grader made available (grader.oracle)
    # grader -> child, on the job socket: commands and answers
    JOB = "job"              # first of all: the notebook's cells, public probes, earlier notebooks
    JUDGE = "judge"          # judge this exercise next, with these proxies (and, hidden, these probes)
    ANSWER = "answer"        # the oracle's answer to one CALL
    FINISH = "finish"        # nothing more to judge: end
    # zygote -> grader, on the control socket
    READY = "ready"
    EXIT = "exit"


class Phase(str, Enum):
    """Where one job is, as the grader alone decides: its cells run, then the grader judges
    its exercises one at a time on the public cases, then each on its generated cases (a
    public job), or on the hidden ones (a hidden job, in a box of its own), then it is over.
    The one vocabulary of phases: ``Job.phase`` says which judging phase a job is for (PUBLIC
    or HIDDEN), ``Session.phase`` where it is.

    Why the generated cases come last, each with its own command: their inputs are the
    course's secret (``helpers.differential``), and a failing one is worded as a hidden one,
    without its input or the value the student's code gave. Once they are in the box, no
    outcome whose value the feedback shows (a public case's "got") is taken any more, so a
    later exercise cannot hand their inputs to an earlier one's reference, through a proxy,
    and show the reference's answers to the student."""

    CELLS = "cells"
    PUBLIC = "public"
    GENERATED = "generated"
    HIDDEN = "hidden"
    OVER = "over"


class Status(str, Enum):
    """How a job ended, decided by the zygote from process state and the
    grader from its own clock; one table of words and messages below."""

    OK = "ok"                # the child exited 0 after its last cell
    TIMEOUT = "timeout"      # its own CPU time or own clock reached the limit (grader.limits)
    SIGNAL = "signal"        # killed by a signal (segfault, memory)
    EXIT = "exit"            # exited early (os._exit, sys.exit from a probe...)
    OUTPUT = "output"        # sent more than MAX_JOB_OUTPUT
    WORKER = "worker"        # its worker died or stopped answering
    PROTOCOL = "protocol"    # it wrote unreadable records on its channel
    GRADER = "grader"        # the grader's own fault
    MACHINE = "machine"      # the wall-clock backstop: it waited for a busy machine (retried, never scored)


# Status -> (gradebook word, message template). ``{where}`` is "in cell N" or
# "before the first cell finished"; ``{detail}`` and ``{timeout}`` as given.
STATUS_TEXT = {
    Status.TIMEOUT: ("timeout", "Time limit of {timeout} s reached {where} ({detail}); everything defined "
                                "before it was graded. Look for an endless loop or very slow code."),
    Status.SIGNAL: ("crash", "The notebook crashed {where} ({detail}); everything defined before it was "
                             "graded. Deep recursion or a runaway allocation can cause this."),
    Status.EXIT: ("exit", "The notebook ended the grading process early {where} ({detail}), e.g. with "
                          "os._exit(); everything defined before it was graded."),
    Status.OUTPUT: ("output", "The notebook sent too much data to the grader {where}; it was stopped there."),
    Status.WORKER: ("worker", "The grading worker running this notebook stopped or died {where} "
                              "({detail}); everything defined before it was graded."),
    Status.PROTOCOL: ("protocol", "The notebook wrote unreadable data on the grader's channel {where}; "
                                  "what came after it was not graded."),
    Status.MACHINE: ("machine", "The machine grading this notebook was too busy to give it its time {where} "
                                "({detail}), so it was not graded. This is not your fault; your instructor "
                                "will grade it again."),
    Status.GRADER: ("grader", "The grader itself failed while grading this notebook ({detail}). This is "
                              "not your fault; your instructor has been told."),
}


class Cause(str, Enum):
    """What ended a job, beside its ``Status``: a code, never words. It is worded once, at the
    edge, in the student's language (``grader.scoring``): ``CAUSE_TEXT`` for the fixed ones,
    the exit code or the signal's number for ``EXIT`` and ``SIGNAL``."""

    NONE = "none"              # nothing to add (a clean end)
    CPU = "cpu"                # the job's CPU time reached its limit
    WALL = "wall"              # its own clock reached its limit
    STARVED = "starved"        # the wall-clock backstop: it waited for a CPU
    SIGNAL = "signal"          # killed by a signal: ``Ending.signal``
    EXIT = "exit"              # exited early: ``Ending.code``
    SANDBOX = "sandbox"        # the child's sandbox could not be set up
    RESULTS = "results"        # more than MAX_JOB_OUTPUT
    ARGUMENTS = "arguments"    # more than the proxies' budget of arguments
    OVERSIZED = "oversized"    # one record over MAX_RECORD
    UNEXPECTED = "unexpected"  # a record that does not fit the job's phase
    DIED = "died"              # its worker died
    UNANSWERED = "unanswered"  # its worker stopped answering
    REFUSED = "refused"        # its worker stopped taking jobs
    NO_WORKER = "no_worker"    # no worker could be started
    INTERRUPTED = "interrupted"  # the grading was interrupted (Ctrl-C, the batch limit)
    FAULT = "fault"            # the grader's own exception: ``Ending.fault``, its type's name


# Cause -> its English words (their Korean is in ``helpers.messages_ko``).
CAUSE_TEXT = {
    Cause.CPU: "CPU time limit",
    Cause.WALL: "wall clock",
    Cause.STARVED: "waited for a CPU",
    Cause.SANDBOX: "the notebook's sandbox could not be set up",
    Cause.RESULTS: "more than 16 MB of results",
    Cause.ARGUMENTS: "more than 256 MB of arguments to the course's functions",
    Cause.OVERSIZED: "a record over 8 MB",
    Cause.UNEXPECTED: "an unexpected record",
    Cause.DIED: "it died",
    Cause.UNANSWERED: "it stopped answering",
    Cause.REFUSED: "the grading worker stopped taking jobs",
    Cause.NO_WORKER: "no grading worker could be started",
    Cause.INTERRUPTED: "the grading was interrupted",
}

# What the zygote may say of a job it ran: each status with the causes it can have.
ZYGOTE_ENDINGS = {
    Status.OK: {Cause.NONE},
    Status.TIMEOUT: {Cause.CPU, Cause.WALL},
    Status.MACHINE: {Cause.STARVED},
    Status.SIGNAL: {Cause.SIGNAL},
    Status.EXIT: {Cause.EXIT},
    Status.GRADER: {Cause.SANDBOX},
}
MAX_SIGNAL = 127     # an isolated child mirrors a signal as exit code 128 + n (so an exit code 128 reads as 0)
MAX_EXIT_CODE = 255


@dataclass(frozen=True)
class Ending:
    """Why a job ended as it did, as data: a ``Cause`` and, for an early exit, the exit code,
    for a signal, its number, for the grader's own fault, its exception's type name."""

    cause: Cause = Cause.NONE
    code: int | None = None     # Cause.EXIT
    signal: int | None = None   # Cause.SIGNAL
    fault: str | None = None    # Cause.FAULT

    def wire(self) -> dict:
        """The fields of an exit record (the zygote's side)."""
        out: dict = {"cause": self.cause.value}
        if self.code is not None:
            out["code"] = self.code
        if self.signal is not None:
            out["signal"] = self.signal
        return out


def decode_ending(record: dict, status: Status) -> Ending | None:
    """The ending an exit record states, or None when it is malformed or does not fit
    ``status`` (a cause the zygote never gives it, a number of the wrong type or range)."""
    try:
        cause = Cause(record.get("cause"))
    except ValueError:
        return None
    if cause not in ZYGOTE_ENDINGS.get(status, ()):
        return None
    code, sig = record.get("code"), record.get("signal")
    if cause == Cause.EXIT:
        code = _int(code, 1, MAX_EXIT_CODE)
        return Ending(cause, code=code) if code is not None and sig is None else None
    if cause == Cause.SIGNAL:
        sig = _int(sig, 0, MAX_SIGNAL)
        return Ending(cause, signal=sig) if sig is not None and code is None else None
    return Ending(cause) if code is None and sig is None else None


def status_message(status: Status, **fields) -> str:
    """The student's message for a job that ended with ``status``, in the current language
    (``STATUS_TEXT`` holds the English templates; their Korean is in ``helpers.messages_ko``)."""
    return tr(STATUS_TEXT[status][1], **fields)


@dataclass(frozen=True)
class CellRecord:
    """A cell ran: its error's words for the student (``"ValueError: ..."``), the line, and
    whether it was the memory limit (a flag, so the grader never reads that from the words)."""

    cell: int
    error: str | None
    line: int | None
    memory: bool = False


@dataclass(frozen=True)
class DefinedRecord:
    name: str


@dataclass(frozen=True)
class CellsRanRecord:
    pass


@dataclass(frozen=True)
class OutcomeRecord:
    name: str
    outcomes: list


@dataclass(frozen=True)
class JudgedRecord:
    name: str


@dataclass(frozen=True)
class CallRecord:
    """A proxy's request (``helpers.proxies``), checked for shape only: the grader relays it
    to the oracle, which decodes the values totally itself."""

    op: str                 # call, new, method, attr
    name: str               # a graded name (call, new) or a public method or attribute name
    handle: int | None
    args: list
    kwargs: dict


@dataclass(frozen=True)
class ExitRecord:
    """How a job ended, from the zygote: its status, why (``Ending``: a cause, an exit code or a
    signal's number, never words), and the figures its limits were decided on."""

    job: int
    status: Status
    ending: Ending
    seconds: float | None           # wall clock, from the fork to the end
    max_rss_mb: float | None
    cpu_seconds: float | None = None      # user + system time of all the job's processes
    starved_seconds: float | None = None  # time they were runnable but waited for a CPU


def encode(kind: Kind, **fields) -> bytes:
    """One record as a line of bytes (both directions)."""
    return (json.dumps({"kind": kind.value, **fields}, allow_nan=False) + "\n").encode()


def _load(line: bytes) -> dict | None:
    if len(line) > MAX_RECORD:
        return None
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def _int(value, low: int, high: int) -> int | None:
    return value if type(value) is int and low <= value <= high else None


def _text(value, limit: int) -> str | None:
    """A bounded string with lone surrogates and NULs replaced (safe to write anywhere)."""
    if not isinstance(value, str):
        return None
    value = value[:limit]
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "?")


ChildRecord = CellRecord | DefinedRecord | CellsRanRecord | OutcomeRecord | JudgedRecord | CallRecord

CALL_OPS = ("call", "new", "method", "attr")


def _identifier(value) -> bool:
    return isinstance(value, str) and value.isidentifier() and value.isascii() and len(value) <= 100 \
        and not value.startswith("_")


def decode_child(line: bytes, names: frozenset[str]) -> ChildRecord | None:
    """A record from the child, or None when it is not one the grader accepts.

    ``names`` are the graded names of this job: a child can only claim values
    for those. Whether a record fits the job's phase is the session's to say."""
    record = _load(line)
    if record is None:
        return None
    kind = record.get("kind")
    if kind == Kind.CELL.value:
        cell = _int(record.get("cell"), 1, MAX_CELLS)
        error, line_no = record.get("error"), record.get("line")
        if cell is None or not (error is None or isinstance(error, str)):
            return None
        if not (line_no is None or _int(line_no, 0, probes.MAX_LINE) is not None):
            return None
        memory = record.get("memory", False)
        if type(memory) is not bool or (memory and not error):
            return None
        return CellRecord(cell, _text(error, MAX_ERROR_TEXT) if error else None, line_no, memory)
    if kind == Kind.DEFINED.value:
        return DefinedRecord(record["name"]) if record.get("name") in names else None
    if kind == Kind.OUTCOME.value:
        name, outcomes = record.get("name"), record.get("outcomes")
        if name not in names or not isinstance(outcomes, list):
            return None
        return OutcomeRecord(name, outcomes)
    if kind == Kind.CELLS_RAN.value:
        return CellsRanRecord()
    if kind == Kind.JUDGED.value:
        return JudgedRecord(record["name"]) if record.get("name") in names else None
    if kind == Kind.CALL.value:
        op, name, handle = record.get("op"), record.get("name"), record.get("handle")
        args, kwargs = record.get("args", []), record.get("kwargs", {})
        if op not in CALL_OPS or not _identifier(name) or not isinstance(args, list) \
                or not isinstance(kwargs, dict) or not all(_identifier(k) for k in kwargs):
            return None
        if op in ("method", "attr") and _int(handle, 0, 10**6) is None:
            return None
        return CallRecord(op, name, handle if op in ("method", "attr") else None, args, kwargs)
    return None


def decode_zygote(line: bytes) -> ExitRecord | str | None:
    """``"ready"``, an exit record, or None for anything else."""
    record = _load(line)
    if record is None:
        return None
    if record.get("kind") == Kind.READY.value:
        return "ready"
    if record.get("kind") != Kind.EXIT.value:
        return None
    try:
        status = Status(record.get("status"))
    except ValueError:
        return None
    job = _int(record.get("job"), 0, 10**9)
    ending = decode_ending(record, status)
    if job is None or ending is None:
        return None
    figures = [_seconds(record.get(k)) for k in ("seconds", "max_rss_mb", "cpu_seconds", "starved_seconds")]
    return ExitRecord(job, status, ending, *figures)


def _seconds(value) -> float | None:
    """A finite, non-negative figure, or None."""
    if type(value) not in (int, float) or not 0 <= value < 1e9:
        return None
    return float(value)


# ----------------------------------------------------------------- outcomes

def clean_outcome(outcome) -> dict:
    """One probe step's outcome from a child, checked field by field.

    Returns a dict of exactly one of these shapes (anything else becomes
    ``{"unreadable": True}``), so judges never meet a malformed record:
    ``{"missing": name}``, ``{"raised": {"type", "types", "message", "where",
    "function"}}`` (``where``: a ``helpers.probes.Place`` or None),
    ``{"value": wire, "mutated": [ints]}``.
    """
    if not isinstance(outcome, dict):
        return {"unreadable": True}
    if "missing" in outcome:
        name = _text(outcome["missing"], 100)
        return {"missing": name} if name else {"unreadable": True}
    if "raised" in outcome:
        info = outcome["raised"]
        if not isinstance(info, dict):
            return {"unreadable": True}
        types = info.get("types")
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
            types = []
        kind = _text(info.get("type"), 100) or (types[0][:100] if types else "Exception")
        return {"raised": {"type": kind, "types": [t[:100] for t in types[:8]] or [kind],
                           "message": _text(info.get("message", ""), 400) or "",
                           "where": probes.Place.read(info.get("where")),
                           "function": _text(info.get("function", ""), 100) or ""}}
    if "value" in outcome:
        mutated = outcome.get("mutated", [])
        if not isinstance(mutated, list) or not all(_int(i, 0, 64) is not None for i in mutated):
            return {"unreadable": True}
        return {"value": outcome["value"], "mutated": mutated[:64], **probes.clean_extras(outcome)}
    return {"unreadable": True}


def clean_outcomes(outcomes) -> list:
    """A case's outcome list (one per probe step), each cleaned."""
    if not isinstance(outcomes, list) or not outcomes or len(outcomes) > 64:
        return [{"unreadable": True}]
    return [clean_outcome(o) for o in outcomes]
