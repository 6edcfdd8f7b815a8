"""The results model: what grading found, as one typed object per submission.

A submission's result used to be a dict built in three places and read key by key.
Here it is one tree of dataclasses, built once per submission by the engine
(``grader.engine``), journalled and written from the same object. ``to_dict`` gives
the JSON contract of the README (keys in the order the grader always wrote them; a
field that is ``None`` where the contract leaves the key out is left out), and
``from_dict`` reads it back (a journal, a shard given to ``merge``):
``from_dict(to_dict(x)) == x``.

The term layer's facts are the model's too: who handed a submission in (``Identity``,
from the LMS export or the folder's name), the roster's student it was matched to
(``RosterStudent``, or why none was), its lateness (``Lateness``), and its feedback
file. Keys no part of the model owns (a later version's) are kept in ``extra``, in
their order, after the model's own keys, so a document read and written again is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.protocol import STATUS_TEXT, Status

# A notebook's ``limit`` when the wall-clock backstop stopped it: the machine's fault, never scored.
STARVED = STATUS_TEXT[Status.MACHINE][0]

_ABSENT = object()


def _put(out: dict, key: str, value) -> None:
    if value is not None:
        out[key] = value


def _in_order(out: dict, order: tuple) -> dict:
    """``out`` with its keys in ``order`` (the order a record was read in), others after."""
    if not order:
        return out
    ordered = {k: out[k] for k in order if k in out}
    ordered.update((k, v) for k, v in out.items() if k not in ordered)
    return ordered


@dataclass
class HiddenShare:
    """What an exercise's instructor-only cases earned: counts and their share of the points."""

    passed: int
    total: int
    points: float
    max_points: float

    def to_dict(self) -> dict:
        return {"passed": self.passed, "total": self.total, "points": self.points, "max_points": self.max_points}

    @classmethod
    def from_dict(cls, data: dict) -> "HiddenShare":
        return cls(data["passed"], data["total"], data["points"], data["max_points"])


_EXERCISE_KEYS = ("name", "points", "max_points", "passed", "feedback", "status", "hidden", "withheld",
                  "public_feedback", "integrity", "points_withheld")


@dataclass
class ExerciseResult:
    """One graded name: points, the verdict worded for the student, and where hidden cases
    took part, their share (``hidden``) and the public checks' own words (``public_feedback``).
    ``hidden_feedback`` is what the hidden checks alone say (Gradescope shows it as a test
    of its own); it is made in the run and not part of the JSON contract."""

    name: str
    points: float
    max_points: float
    passed: bool
    feedback: str
    status: str | None = None
    hidden: HiddenShare | None = None
    withheld: str | None = None
    public_feedback: str | None = None
    integrity: list[str] | None = None
    points_withheld: float | None = None
    extra: dict = field(default_factory=dict)
    hidden_feedback: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        out = {"name": self.name, "points": self.points, "max_points": self.max_points, "passed": self.passed,
               "feedback": self.feedback}
        _put(out, "status", self.status)
        _put(out, "hidden", self.hidden.to_dict() if self.hidden else None)
        _put(out, "withheld", self.withheld)
        _put(out, "public_feedback", self.public_feedback)
        _put(out, "integrity", self.integrity)
        _put(out, "points_withheld", self.points_withheld)
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "ExerciseResult":
        hidden = data.get("hidden")
        return cls(data.get("name", ""), data.get("points", 0.0), data.get("max_points", 0.0),
                   bool(data.get("passed", False)), data.get("feedback", ""),
                   data.get("status"), HiddenShare.from_dict(hidden) if isinstance(hidden, dict) else None,
                   data.get("withheld"), data.get("public_feedback"), data.get("integrity"),
                   data.get("points_withheld"), {k: v for k, v in data.items() if k not in _EXERCISE_KEYS})


@dataclass
class CellError:
    """A code cell that raised: its number (1-based, code cells only), the error, the line."""

    cell: int
    error: str
    line: int | None = None

    def to_dict(self) -> dict:
        return {"cell": self.cell, "error": self.error, "line": self.line}

    @classmethod
    def from_dict(cls, data: dict) -> "CellError":
        return cls(data["cell"], data["error"], data.get("line"))


_NOTEBOOK_KEYS = ("notebook", "lesson", "error", "exercises", "cell_errors", "limit", "seconds", "max_rss_mb",
                  "missing", "language")


@dataclass
class NotebookResult:
    """One notebook: how its run ended (``error``, ``limit``), its cells' errors and its
    exercises. ``missing`` is set (True or False) only for a notebook that was not run:
    not handed in, or unreadable."""

    notebook: str
    lesson: str | None
    error: str | None = None
    exercises: list[ExerciseResult] = field(default_factory=list)
    cell_errors: list[CellError] = field(default_factory=list)
    limit: str | None = None
    seconds: float | None = None
    max_rss_mb: float | None = None
    missing: bool | None = None
    language: str | None = None
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out = {"notebook": self.notebook, "lesson": self.lesson, "error": self.error,
               "exercises": [e.to_dict() for e in self.exercises],
               "cell_errors": [c.to_dict() for c in self.cell_errors], "limit": self.limit,
               "seconds": self.seconds, "max_rss_mb": self.max_rss_mb}
        _put(out, "missing", self.missing)
        _put(out, "language", self.language)
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "NotebookResult":
        return cls(data.get("notebook"), data.get("lesson"), data.get("error"),
                   [ExerciseResult.from_dict(e) for e in data.get("exercises", [])],
                   [CellError.from_dict(c) for c in data.get("cell_errors", [])], data.get("limit"),
                   data.get("seconds"), data.get("max_rss_mb"), data.get("missing"), data.get("language"),
                   {k: v for k, v in data.items() if k not in _NOTEBOOK_KEYS})

    @property
    def points(self) -> float:
        return sum(e.points for e in self.exercises)


@dataclass
class Identity:
    """Who handed a submission in, as the LMS export names them (``grader.lms``: ``lms``, the
    LMS's id ``key``, ``name``, its ``late`` mark and ``submitted`` time, ISO) or, for a plain
    folder, its name alone (``key``): what the roster matches on and lateness reads."""

    key: str
    lms: str | None = None      # None: not from an LMS export (then only ``key`` is recorded)
    name: str = ""
    late: bool = False
    submitted: str | None = None

    def to_dict(self) -> dict:
        if self.lms is None:
            return {"key": self.key}
        return {"lms": self.lms, "key": self.key, "name": self.name, "late": self.late, "submitted": self.submitted}

    @classmethod
    def from_dict(cls, data: dict) -> "Identity":
        return cls(str(data.get("key") or ""), data.get("lms"), data.get("name") or "", bool(data.get("late")),
                   data.get("submitted"))


@dataclass
class RosterStudent:
    """The roster's row a submission was matched to (``grader.roster``), and by what."""

    name: str
    id: str = ""
    email: str = ""
    lms_id: str = ""
    login: str = ""
    section: str = ""
    extension: float | str | None = None   # days, or a deadline of the student's own (ISO)
    matched_by: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "id": self.id, "email": self.email, "lms_id": self.lms_id, "login": self.login,
                "section": self.section, "extension": self.extension, "matched_by": self.matched_by}

    @classmethod
    def from_dict(cls, data: dict) -> "RosterStudent":
        return cls(data.get("name", ""), data.get("id", ""), data.get("email", ""), data.get("lms_id", ""),
                   data.get("login", ""), data.get("section", ""), data.get("extension"), data.get("matched_by", ""))


@dataclass
class Lateness:
    """A submission's lateness (``grader.lateness``): whole days late (0: on time), the
    deadline it was measured against, and, when late, how that is known (``"time"`` or
    ``"mark"``), the policy, its penalty and the score before it."""

    days: int
    penalty_percent: float
    due: str | None
    known: str | None = None
    policy: str | None = None
    score_before: float | None = None

    def to_dict(self) -> dict:
        out: dict = {"days": self.days}
        _put(out, "known", self.known)
        out["penalty_percent"] = self.penalty_percent
        _put(out, "policy", self.policy)
        out["due"] = self.due
        _put(out, "score_before", self.score_before)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Lateness":
        return cls(data.get("days", 0), data.get("penalty_percent", 0.0), data.get("due"), data.get("known"),
                   data.get("policy"), data.get("score_before"))


_SUBMISSION_KEYS = ("submission", "score", "max_score", "error", "notebooks", "ignored", "missing", "language",
                    "identity", "student", "unmatched", "late", "nothing_handed_in", "feedback_file")


@dataclass
class SubmissionResult:
    """One student's submission: the score over the assignment (``max_score`` counts every
    lesson of it, handed in or not), its notebooks, what was not graded (``ignored``) and
    the lessons not handed in (``missing``); then what the term layer adds: who handed it in
    (``identity``), the roster's student (``student``; with a roster, None and ``unmatched``,
    why, when no one fits), ``late``, a roster student's ``nothing_handed_in`` result, and the
    ``feedback_file``. ``extra`` keeps keys of a later version, so a journal or a shard reads
    back unchanged."""

    submission: str
    score: float
    max_score: float
    error: str | None = None
    notebooks: list[NotebookResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    language: str | None = None
    extra: dict = field(default_factory=dict)
    order: tuple = field(default=(), compare=False, repr=False)  # the keys' order when read (from_dict)
    identity: Identity | None = None
    student: RosterStudent | None = None
    unmatched: str | None = None     # with a roster: why no student fits (``student`` is then None)
    late: Lateness | None = None
    nothing_handed_in: bool = False  # a roster student's result without a submission
    feedback_file: str | None = None

    @property
    def starved(self) -> bool:
        """Whether a notebook of it was never scored because the machine was too busy to give it
        its time: its grade is still to be made (``--resume`` grades it again)."""
        return any(nb.limit == STARVED for nb in self.notebooks)

    def to_dict(self) -> dict:
        out = {"submission": self.submission, "score": self.score, "max_score": self.max_score,
               "error": self.error, "notebooks": [nb.to_dict() for nb in self.notebooks],
               "ignored": list(self.ignored), "missing": list(self.missing)}
        _put(out, "language", self.language)
        _put(out, "identity", self.identity.to_dict() if self.identity else None)
        if self.student is not None or self.unmatched is not None:
            out["student"] = self.student.to_dict() if self.student else None
        _put(out, "unmatched", self.unmatched)
        _put(out, "late", self.late.to_dict() if self.late else None)
        if self.nothing_handed_in:
            out["nothing_handed_in"] = True
        _put(out, "feedback_file", self.feedback_file)
        out.update(self.extra)
        return _in_order(out, self.order)

    @classmethod
    def from_dict(cls, data: dict) -> "SubmissionResult":
        identity, student, late = data.get("identity"), data.get("student"), data.get("late")
        return cls(data.get("submission"), data.get("score", 0.0), data.get("max_score", 0.0), data.get("error"),
                   [NotebookResult.from_dict(nb) for nb in data.get("notebooks", [])],
                   list(data.get("ignored", [])), list(data.get("missing", [])), data.get("language"),
                   {k: v for k, v in data.items() if k not in _SUBMISSION_KEYS}, tuple(data),
                   Identity.from_dict(identity) if isinstance(identity, dict) else None,
                   RosterStudent.from_dict(student) if isinstance(student, dict) else None,
                   data.get("unmatched"), Lateness.from_dict(late) if isinstance(late, dict) else None,
                   bool(data.get("nothing_handed_in")), data.get("feedback_file"))

    @classmethod
    def without_results(cls, name: str, error: str, max_score: float = 0.0,
                        language: str | None = None) -> "SubmissionResult":
        """A submission that could not be graded at all: score 0 and the reason."""
        return cls(name, 0.0, float(max_score), error, language=language)

    def exercises(self):
        """Every (notebook, exercise) pair, in order."""
        return [(nb, ex) for nb in self.notebooks for ex in nb.exercises]

