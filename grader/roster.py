"""``--roster FILE``: the class list the instructor already has, naming every row of every output.

A roster is a CSV with a header row. Its columns are recognised by their usual names in
any case, with ``_``/``-``/spaces alike and an Excel byte-order mark tolerated
(``ALIASES``): a name (or first and last name), a student id, an e-mail, and optionally
the LMS's own id (Canvas user id, Moodle participant id), a login (Blackboard or GitHub
user name), a section, and an extension (days, or a deadline of the student's own). A
Canvas gradebook export or a Moodle grade export works as it is: Canvas's ``ID`` is its
user id when ``SIS User ID`` is present, and its ``Points Possible`` row is skipped.

``attach`` matches each graded submission to one student (``match``: the LMS id, then the
student id, the login or e-mail (a Classroom clone's ``assignment-login`` too), then the
name, each only when exactly one student fits), records the student in the result (the
results model's ``RosterStudent``), adds a result with 0 and "nothing handed in" for every
student without a submission, and marks submissions that match no one as ``unmatched``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import datetime

from grader import lateness
from grader.results import Identity, RosterStudent, SubmissionResult

ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "student", "student name", "display name", "sortable name"),
    "first": ("first name", "firstname", "given name", "forename"),
    "last": ("last name", "lastname", "surname", "family name"),
    "id": ("id", "student id", "student number", "sis user id", "id number", "idnumber", "matriculation number",
           "sid"),
    "email": ("email", "e mail", "email address", "e mail address", "mail"),
    "lms_id": ("lms id", "canvas id", "canvas user id", "moodle id", "participant id", "user id", "lmsid"),
    "login": ("login", "username", "user name", "sis login id", "login id", "github", "github username", "netid"),
    "section": ("section", "group", "class section"),
    "extension": ("extension", "extension days", "extra days", "extended due", "due"),
}


@dataclass
class Student(RosterStudent):
    """A roster's row as read: the results' record of a student (``RosterStudent``), whose
    extension may still be a deadline of the student's own, until it is recorded."""

    extension: float | datetime | None = None

    def record(self, matched_by: str) -> RosterStudent:
        """This student as the results record them, matched by ``matched_by``."""
        extension = self.extension.isoformat() if isinstance(self.extension, datetime) else self.extension
        row = {f.name: getattr(self, f.name) for f in fields(RosterStudent)}
        return RosterStudent(**{**row, "extension": extension, "matched_by": matched_by})


def _header(text: str) -> str:
    text = text.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s_\-]+", " ", text).strip()


def read(path) -> list[Student]:
    """The roster's students; ValueError with the reason when it cannot be used."""
    with open(path, "rb") as handle:
        data = handle.read(20 * 2**20)
    text = data.decode("utf-8-sig", "replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise ValueError(f"--roster {path}: the file is empty")
    headers = [_header(h) for h in rows[0]]
    column: dict[str, int] = {}
    sis = "sis user id" in headers
    for index, header in enumerate(headers):
        role = next((r for r, names in ALIASES.items() if header in names), None)
        if role is None:
            continue
        if header == "id" and sis:
            role = "lms_id"  # Canvas's export: "ID" is the Canvas user id, "SIS User ID" the student id
        if role not in column or header == "sis user id":
            column[role] = index
    if "name" not in column and not {"first", "last"} <= set(column):
        raise ValueError(f"--roster {path}: no name column (found {', '.join(rows[0])}); name one 'name', "
                         "or 'first name' and 'last name'")
    if not {"id", "email", "lms_id", "login"} & set(column):
        raise ValueError(f"--roster {path}: no id, e-mail, LMS id or login column to match submissions by")

    def get(row, role):
        i = column.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    students = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        name = get(row, "name") or " ".join(filter(None, (get(row, "first"), get(row, "last"))))
        if "points possible" in name.lower() or name.lower() in ("test student", "student, test"):
            continue  # Canvas's export: the points row and its test student
        students.append(Student(name=name, id=get(row, "id"), email=get(row, "email"), lms_id=get(row, "lms_id"),
                                login=get(row, "login"), section=get(row, "section"),
                                extension=_extension(get(row, "extension"), path)))
    return students


def _extension(text: str, path) -> float | datetime | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return lateness.parse_time(text, f"--roster {path}: extension")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


def _names(student: Student) -> set[str]:
    """The forms of a name an LMS writes: "Ada Lovelace", "Lovelace, Ada", Canvas's "lovelaceada"."""
    forms = {_norm(student.name)}
    if "," in student.name:
        last, first = student.name.split(",", 1)
        forms |= {_norm(first + last), _norm(last + first)}
    else:
        parts = student.name.split()
        if len(parts) > 1:
            forms |= {_norm(parts[-1] + "".join(parts[:-1])), _norm("".join(parts[1:]) + parts[0])}
    return forms - {""}


def match(identity: Identity, roster: list[Student]) -> tuple[Student | None, str]:
    """The one student a submission belongs to, and by what; (None, why) otherwise."""
    key = identity.key.strip()
    name = identity.name
    tests = (
        ("LMS id", lambda s: bool(s.lms_id) and s.lms_id == key),
        ("student id", lambda s: bool(s.id) and s.id == key),
        ("login", lambda s: bool(key) and (key.casefold() in {s.login.casefold(), s.email.casefold(),
                                                              s.email.split("@")[0].casefold()} - {""})),
        # a GitHub Classroom clone is named "<assignment>-<username>"
        ("login", lambda s: bool(s.login) and key.casefold().endswith("-" + s.login.casefold())),
        ("name", lambda s: bool(name) and _norm(name) in _names(s)),
        ("name", lambda s: bool(key) and _norm(key) in _names(s)),
    )
    for how, test in tests:
        found = [s for s in roster if test(s)]
        if len(found) == 1:
            return found[0], how
        if len(found) > 1:
            return None, f"{len(found)} students on the roster fit by {how}"
    return None, "no student on the roster fits"


def attach(results: list[SubmissionResult], roster: list[Student], identities: dict[str, Identity],
           lessons: list[str], due: datetime | None = None, policy: lateness.Policy | None = None,
           absent: bool = True) -> list[SubmissionResult]:
    """Each result named by its student (``student``), late work recorded and penalised,
    a "nothing handed in" result for each student without a submission (unless ``absent``
    is False: a partial or sharded run cannot know who handed nothing in). Returns the
    results in roster order, then the submissions that match no one."""
    from helpers import checks

    policy = policy or lateness.Policy()
    taken: dict[int, str] = {}
    for result in results:
        identity = identities.get(result.submission) or result.identity or Identity(result.submission)
        result.identity = identity
        student, how = (match(identity, roster) if roster else (None, ""))
        if roster and student is not None and id(student) in taken:
            student, how = None, f"the same student as {taken[id(student)]}"
        if student is not None:
            taken[id(student)] = result.submission
            result.student, result.unmatched = student.record(how), None
        elif roster:
            result.student, result.unmatched = None, how
        if (due is not None or identity.late) and result.late is None:  # once, never twice (merge)
            extension = student.extension if student is not None else None
            lateness.apply(result, identity, due, extension, policy)
    ordered = []
    if roster:
        by_student = {id(s): r for r in results for s in roster if r.student and id(s) in taken
                      and taken[id(s)] == r.submission}
        max_score = float(sum(ex.points for lesson in lessons for ex in checks.exercises(lesson)))
        for student in roster:
            if id(student) in by_student:
                ordered.append(by_student[id(student)])
            elif absent:
                ordered.append(nothing_handed_in(student, lessons, max_score))
        ordered += [r for r in results if r.student is None]
        return ordered
    return results


NOTHING = "Nothing was handed in for this assignment."


# The keys' order such a result has always been written in (its student before its language).
_NOTHING_ORDER = ("submission", "score", "max_score", "error", "notebooks", "ignored", "missing", "student",
                  "nothing_handed_in", "language")


def nothing_handed_in(student: Student, lessons: list[str], max_score: float) -> SubmissionResult:
    label = student.name + (f" ({student.id})" if student.id else "")
    return SubmissionResult(label, 0.0, max_score, NOTHING, missing=list(lessons), language="en",
                            order=_NOTHING_ORDER, student=student.record("roster"), nothing_handed_in=True)
