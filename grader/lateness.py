"""Deadlines: ``--due`` and ``--late-policy``, and what they do to a score.

A policy is written as an instructor says it, parts separated by commas:

- ``none`` (the default): lateness is shown, never penalised;
- ``10%/day``: 10 percent of the score per day late (a day begun counts whole);
- ``cap 50%``: never more than 50 percent off;
- ``zero after 7 days``: more than 7 days late scores 0;
- ``zero``: any lateness scores 0.

How late: ``days_late`` from the time the export records (Blackboard's attempt time) and
the student's own deadline (``--due`` plus the roster's extension). An export that only
marks a submission late (Canvas's ``LATE``) without a time counts as one day late, and the
result says the time was not known. A submission with neither is on time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from grader.results import Identity, Lateness, SubmissionResult


@dataclass(frozen=True)
class Policy:
    percent_per_day: float = 0.0
    cap: float = 100.0
    zero_after: float | None = None   # days
    text: str = "none"

    def penalty(self, days: int) -> float:
        """Percent of the score taken off for ``days`` days late."""
        if days <= 0:
            return 0.0
        if self.zero_after is not None and days > self.zero_after:
            return 100.0
        return min(self.cap, self.percent_per_day * days, 100.0)


def parse_policy(text: str | None) -> Policy:
    """``"10%/day, cap 50%, zero after 7 days"`` -> a Policy; ValueError with the accepted forms."""
    text = (text or "none").strip()
    per_day, cap, zero_after = 0.0, 100.0, None
    for part in filter(None, (p.strip().lower() for p in text.split(","))):
        if part == "none":
            continue
        if part == "zero":
            zero_after = 0.0
        elif m := re.fullmatch(r"(\d+(?:\.\d+)?)\s*%?\s*(?:/|per)\s*day", part):
            per_day = float(m.group(1))
        elif m := re.fullmatch(r"cap\s*=?\s*(\d+(?:\.\d+)?)\s*%?", part):
            cap = float(m.group(1))
        elif m := re.fullmatch(r"zero[\s_-]*after\s*=?\s*(\d+(?:\.\d+)?)\s*(?:days?)?", part):
            zero_after = float(m.group(1))
        else:
            raise ValueError(f"--late-policy: {part!r} is not understood; write e.g. 'none', '10%/day', "
                             "'10%/day, cap 50%', '10%/day, zero after 7 days' or 'zero'")
    if per_day < 0 or not 0 <= cap <= 100:
        raise ValueError("--late-policy: percentages lie between 0 and 100")
    return Policy(per_day, cap, zero_after, text)


def parse_time(text: str, what: str = "--due") -> datetime:
    """An ISO date or time (``2026-10-01``, ``2026-10-01T23:59``, with or without a zone).
    A date alone means the end of that day."""
    try:
        when = datetime.fromisoformat(text.strip().replace(" ", "T", 1) if len(text.strip()) > 10 else text.strip())
    except ValueError:
        raise ValueError(f"{what}: {text!r} is not a date or time; write e.g. 2026-10-01T23:59") from None
    if len(text.strip()) == 10:
        when = when + timedelta(hours=23, minutes=59, seconds=59)
    return when


def _comparable(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    """An LMS records local times without a zone: compare such a time with a zoned
    deadline in the deadline's zone."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        zone = a.tzinfo or b.tzinfo
        a, b = a.replace(tzinfo=a.tzinfo or zone), b.replace(tzinfo=b.tzinfo or zone)
    return a, b


def days_late(submitted: datetime | None, marked_late: bool, due: datetime | None) -> tuple[int, str]:
    """Whole days late (a day begun counts), and how that is known: "time", "mark" or ""."""
    if submitted is not None and due is not None:
        s, d = _comparable(submitted, due)
        seconds = (s - d).total_seconds()
        return (math.ceil(seconds / 86400) if seconds > 0 else 0), "time"
    if marked_late:
        return 1, "mark"
    return 0, ""


def apply(result: SubmissionResult, identity: Identity, due: datetime | None, extension, policy: Policy) -> None:
    """Record lateness in ``result`` (``late``) and take the policy's penalty off its score.
    ``extension``: the roster's, days (a number) or a deadline of the student's own."""
    own_due = due
    if isinstance(extension, datetime):
        own_due = extension
    elif extension and due is not None:
        own_due = due + timedelta(days=float(extension))
    submitted = identity.submitted
    submitted = datetime.fromisoformat(submitted) if isinstance(submitted, str) and submitted else None
    days, known = days_late(submitted, identity.late, own_due)
    if not days:
        if own_due is not None or known:
            result.late = Lateness(0, 0.0, own_due.isoformat() if own_due else None)
        return
    percent = policy.penalty(days)
    before = result.score
    result.late = Lateness(days, percent, own_due.isoformat() if own_due else None, known, policy.text, before)
    result.score = round(before * (1 - percent / 100), 4)
