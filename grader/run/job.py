"""What the grader sends for one notebook, what it accepted back, and which run is judged."""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.protocol import CellRecord, Ending, Phase, Status

DEFAULT_TIMEOUT = 60
DEFAULT_MEMORY_MB = 1024


@dataclass
class Job:
    """What the grader sends for one notebook, and what it keeps to itself."""

    id: int
    lesson: str
    cells: list[str]
    probes: dict[str, list]            # public probes per graded name (sent with the job)
    hidden: dict[str, list] = field(default_factory=dict)  # hidden probes (sent one name at a time)
    # generated probes (helpers.differential), sent one name at a time after every public case
    generated: dict[str, list] = field(default_factory=dict)
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    drop_privileges: bool = True
    isolate: bool = False
    use_references: bool = True
    # earlier lesson -> definition sources that helpers.mywork.load returns in the notebook
    earlier: dict[str, list[str]] = field(default_factory=dict)
    # Which judging phase this job is for: PUBLIC (the cells, then each exercise's public
    # cases, then each one's generated cases) or HIDDEN (the cells again, in a box of its
    # own, then only the hidden cases).
    phase: Phase = Phase.PUBLIC

    def wire(self) -> dict:
        """What the worker (zygote) gets on its control socket: the job's limits, nothing of the
        notebook. The worker forks every later child from itself, so whatever it ever read
        would be in the memory of the next student's process."""
        return {"id": self.id, "timeout": self.timeout, "memory_mb": self.memory_mb,
                "drop_privileges": self.drop_privileges, "isolate": self.isolate}

    def content(self) -> dict:
        """What the child alone reads, first thing on its own job socket: the notebook's cells,
        its public probes and the student's earlier notebooks; never the hidden or generated
        cases (each exercise's go with its own JUDGE, after every public case)."""
        return {"cells": self.cells, "probes": self.probes, "earlier": self.earlier}


@dataclass
class Response:
    """Everything the grader accepted from one job."""

    cells: dict[int, CellRecord] = field(default_factory=dict)  # by cell number
    defined: set[str] = field(default_factory=set)  # graded names the cells (re)defined, as the child said
    probes: dict[str, list] = field(default_factory=dict)   # public phase, each name judged alone
    generated: dict[str, list] = field(default_factory=dict)  # generated phase, after every public case
    hidden: dict[str, list] = field(default_factory=dict)   # hidden phase
    finished: bool = False           # every exercise the grader asked for was judged
    judging: str | None = None       # the exercise the grader asked to judge last
    dropped: list[str] = field(default_factory=list)  # exercises left out of a rerun: they never ended
    status: Status = Status.OK
    ending: Ending = field(default_factory=Ending)   # why it ended so, as data (worded in grader.scoring)
    seconds: float | None = None
    max_rss_mb: float | None = None
    cpu_seconds: float | None = None      # the figures the zygote decided its limits on
    starved_seconds: float | None = None


@dataclass
class Outcome:
    """How the notebook ran (``ran``: its status, its cell errors) and the run
    whose final pass is judged (``judged``; None when no run could be trusted)."""

    ran: Response
    judged: Response | None
