"""The grader's side of one job's socket.

The grader alone decides the order: the child runs its cells (reporting each,
and the graded names each cell defined), then the grader sends one ``JUDGE``
command per exercise, in the lesson's order (the public cases; then a second round
for the generated cases, each exercise's sent with its command; or in a hidden job
each exercise's hidden cases, sent with its command), and ``FINISH``. A
command names the proxies the exercise under test may call: the graded names
whose own judgement is over in this job (and those of earlier lessons the
capstone uses), never the one under test nor one still to be judged, never a
name judged together with it as the student wrote it (``judged_with``). A
proxy's call is relayed to the oracle (``grader.oracle``) in a session of that
exercise's own, and only its answer, as data, goes back.

Every record from the child is a claim about values of the exercise under test
in that box, or a call of a proxy the grader made available: a record that does
not fit the phase ends the job's grading (its status says so); none settles an
exercise, moves to another, or obtains anything the grader holds.
"""

from __future__ import annotations

import socket
import time
from functools import lru_cache

from grader import protocol, references
from grader.oracle import Oracle, OracleError
from grader.protocol import (
    CallRecord,
    Cause,
    CellRecord,
    CellsRanRecord,
    DefinedRecord,
    Ending,
    JudgedRecord,
    Kind,
    OutcomeRecord,
    Phase,
    Status,
)
from grader.run.job import Job, Response
from helpers import checks

ORACLE_SECONDS = 10.0      # for one call of a course function; the references answer in milliseconds
MAX_CALLS = 20_000         # proxy calls while one exercise is judged
HOPS_UNSEEN = 4.0          # the child's wait for a call, per second the grader measured
MAX_CALL_BYTES = 256 * 2**20   # arguments sent to proxies in one job (not results: they count apart)
SEND_SECONDS = 30.0        # a child that does not read the grader's commands is stopped


@lru_cache(maxsize=None)
def _course(lesson: str) -> tuple[frozenset[str], dict[str, str], dict[str, frozenset[str]]]:
    """(graded names with references, name -> "function" or "class" for those that may be
    proxied, name -> names judged with it as the student wrote them) for judging ``lesson``."""
    if lesson not in checks.LESSONS:
        return frozenset(), {}, {}
    _, graded = references.load(lesson)
    kinds, kept = {}, {}
    for name in references.lessons_for(lesson):
        for ex in checks.exercises(name):
            # A graded value is itself an answer: it is never handed to a notebook.
            if ex.kind in ("function", "class"):
                kinds[ex.name] = ex.kind
            kept[ex.name] = frozenset(ex.judged_with)
    return frozenset(graded), kinds, kept


class Session:
    """Reads one job's records in order, sends its commands, relays its proxies' calls."""

    def __init__(self, job: Job, oracles=None):
        self.job, self.oracles, self.response = job, oracles, Response()
        self.sock: socket.socket | None = None
        self.names = frozenset(job.probes)
        self.phase = Phase.CELLS
        # The grader's order: (phase, name) steps. A public job judges every exercise on its
        # public cases, then each on its generated ones (see ``Phase``); a hidden job only
        # the hidden ones.
        if job.phase == Phase.HIDDEN:
            self.order = [(Phase.HIDDEN, n) for n in job.probes if n in job.hidden]
        else:
            self.order = [(Phase.PUBLIC, n) for n in job.probes]
            self.order += [(Phase.GENERATED, n) for n in job.probes if job.generated.get(n)]
        self.done: set[tuple[Phase, str]] = set()
        self.proxies: dict[str, str] = {}
        self.calls = 0
        self.oracle: Oracle | None = None
        self.buffer = b""
        self.received = 0
        self.call_bytes = 0
        self.waited = 0.0   # seconds the child waited for the oracle, not yet told to its worker
        self.broken = False
        self.deaf = False   # the child no longer takes commands
        use = job.use_references and oracles is not None
        self.graded, self.kinds, self.kept = _course(job.lesson) if use else (frozenset(), {}, {})

    def attach(self, sock: socket.socket) -> None:
        self.sock = sock

    # ---------------------------------------------------------------- input
    def feed(self, data: bytes) -> None:
        if self.broken:
            return
        self.received += len(data)
        if self.received > protocol.MAX_JOB_OUTPUT:
            self._stop(Status.OUTPUT, Cause.RESULTS)
            return
        self.buffer += data
        while not self.broken and b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            record = protocol.decode_child(line, self.names)
            if isinstance(record, CallRecord):  # the arguments of calls have a budget of their own
                self.received -= len(line) + 1
                self.call_bytes += len(line) + 1
                if self.call_bytes > MAX_CALL_BYTES:
                    self._stop(Status.OUTPUT, Cause.ARGUMENTS)
                    return
            self._accept(record)
        if len(self.buffer) > protocol.MAX_RECORD:
            self._stop(Status.PROTOCOL, Cause.OVERSIZED)

    def _stop(self, status: Status, cause: Cause) -> None:
        self.broken = True
        self.response.status, self.response.ending = status, Ending(cause)
        self.close()

    def _accept(self, record) -> None:
        r, judging = self.response, self.phase in (Phase.PUBLIC, Phase.GENERATED, Phase.HIDDEN)
        if isinstance(record, CellRecord) and self.phase == Phase.CELLS \
                and record.cell == len(r.cells) + 1 <= len(self.job.cells):
            r.cells[record.cell] = record  # each of the job's cells once, in order: no "cell 9999"
        elif isinstance(record, DefinedRecord) and self.phase == Phase.CELLS:
            r.defined.add(record.name)
        elif isinstance(record, CellsRanRecord) and self.phase == Phase.CELLS:
            self._next()
        elif isinstance(record, OutcomeRecord) and judging and record.name == r.judging:
            kept = {Phase.PUBLIC: r.probes, Phase.GENERATED: r.generated, Phase.HIDDEN: r.hidden}[self.phase]
            if record.name in kept:
                self._stop(Status.PROTOCOL, Cause.UNEXPECTED)
            else:
                kept[record.name] = record.outcomes
        elif isinstance(record, CallRecord) and judging:
            self._relay(record)
        elif isinstance(record, JudgedRecord) and judging and record.name == r.judging:
            self.done.add((self.phase, record.name))
            self._end_oracle_session()
            self._next()
        else:
            self._stop(Status.PROTOCOL, Cause.UNEXPECTED)

    # ---------------------------------------------------------------- commands
    def _send(self, kind: Kind, **fields) -> None:
        """A command or an answer. A child that is gone or does not read (for SEND_SECONDS) is
        not answered any more; how it ended is the worker's report to say (a time-out, a crash)."""
        if self.deaf:
            return
        try:
            self.sock.settimeout(SEND_SECONDS)
            self.sock.sendall(protocol.encode(kind, **fields))
        except OSError:
            self.deaf = True
        finally:
            try:
                self.sock.setblocking(False)
            except OSError:
                pass

    def _next(self) -> None:
        """The next exercise to judge, in the lesson's order; or the end."""
        left = [step for step in self.order if step not in self.done]
        if not left:
            self.phase = Phase.OVER
            self.response.finished = True
            self._send(Kind.FINISH)
            return
        self.phase, name = left[0]
        self.response.judging = name
        self.proxies = self.proxies_for(name)
        self.calls = 0
        fields = {"name": name, "proxies": self.proxies}
        if self.phase == Phase.HIDDEN:
            fields["probes"] = self.job.hidden[name]
        elif self.phase == Phase.GENERATED:
            fields["probes"] = self.job.generated[name]
        self._send(Kind.JUDGE, **fields)

    def settled(self, name: str) -> set[str]:
        """Graded names whose judgement comes before ``name``'s in the course's order: every
        name of an earlier lesson (the capstone's), and this lesson's names before it. The
        same in a hidden job, whichever names have hidden cases: a later exercise is never
        the course's answer to an earlier one's cases."""
        lesson = [ex.name for ex in checks.exercises(self.job.lesson)]
        before = lesson[:lesson.index(name)] if name in lesson else []
        return (set(self.graded) - set(lesson)) | (set(before) & set(self.graded))

    def proxies_for(self, name: str) -> dict[str, str]:
        """The graded names ``name`` may call while it is judged, each a proxy to its reference."""
        allowed = self.settled(name) - self.kept.get(name, frozenset()) - {name}
        return {n: self.kinds[n] for n in sorted(allowed) if n in self.kinds}

    # ---------------------------------------------------------------- proxies
    def _relay(self, record: CallRecord) -> None:
        """One proxy call, to the oracle if it is one the grader made available; the answer
        (or a refusal) goes back. A refusal is no protocol fault: the proxy raises it."""
        self.calls += 1
        if self.deaf:
            return
        kind = self.proxies.get(record.name)
        allowed = (record.op == "call" and kind == "function") or (record.op == "new" and kind == "class") \
            or (record.op in ("method", "attr") and "class" in self.proxies.values())
        if not allowed or self.calls > MAX_CALLS:
            self._send(Kind.ANSWER, answer={"refused": "not available"})
            return
        request = {"op": record.op, "name": record.name, "args": record.args, "kwargs": record.kwargs}
        if record.handle is not None:
            request["handle"] = record.handle
        started = time.monotonic()
        try:
            if self.oracle is None:
                self.oracle = self.oracles.acquire(self.job.lesson)
            answer = self.oracle.request(request, ORACLE_SECONDS) if self.oracle else {"failed": True}
        except OracleError:
            answer = {"failed": True}
        self._send(Kind.ANSWER, answer=answer)
        # The child also waited for the two hops between it and the grader and for its own
        # encoding, which the grader cannot see; on a loaded machine they took up to about
        # twice as long again as what it sees (a correct lesson 01 timed out at 4 s, load 10).
        self.waited += HOPS_UNSEEN * (time.monotonic() - started)

    def take_waited(self) -> float:
        waited, self.waited = self.waited, 0.0
        return waited

    def give_back(self, seconds: float) -> None:
        self.waited += seconds

    def _end_oracle_session(self) -> None:
        """Each exercise's instances live in an oracle session of its own, gone when it is judged."""
        if self.oracle is not None:
            self.oracle.end()
            self.oracles.release(self.oracle)
            self.oracle = None

    def close(self) -> None:
        self._end_oracle_session()
