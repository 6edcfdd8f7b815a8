"""LMS "download all submissions" exports, read as one submission per student.

A learning-management system hands the instructor a folder (or a zip, unzipped) whose
entries are named by a pattern that carries the student: Canvas puts every file of every
student side by side (``lovelaceada_1001_5001_01_perceptron.ipynb``, ``…_LATE_…`` when
late), Moodle makes a folder per student and plugin (``Ada Lovelace_123456_assignsubmission_file_``)
or, unfoldered, prefixes the file with that, Blackboard prefixes each file with the
assignment, the user name and the attempt's time and adds a ``.txt`` receipt. The
patterns live in ``LAYOUTS`` as data, one row per LMS and form, so a new form is a row,
not code (nbgrader's ``zip_collect`` works the same way: a named-group pattern per file).
Every pattern takes the student from the LMS's own prefix, the first match from the left
(lazy groups): the part a student names (the uploaded file's name) comes last, so a file
called ``x_victim_attempt_2026-…_01_perceptron.ipynb`` stays its uploader's.

Grouping (``read_export``) never opens a file: it parses names only. ``Group.load``
then reads the group's files with the same defensive readers as any submission
(``grader.submissions``): a zip among them is read in memory, one level deep.

Resubmissions: ``attempts`` says what an attempt is. ``"file"`` (Canvas, whose number
after the user id grows with each upload): of several files of one lesson the one with
the highest number is graded. ``"submission"`` (Blackboard, whose attempt is a time): the
latest attempt is graded whole, the files of earlier attempts are named as not graded.

Lateness is read where the export records it: Canvas's ``LATE`` mark (no time: the
grader counts it as one day late unless ``--due`` and a time say more), Blackboard's
attempt time. Moodle's download records neither; give times another way or grade on time.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from grader import submissions as subs_mod
from grader.results import Identity
from grader.submissions import Submission, display, is_notebook, is_zip
from helpers import checks
from helpers.i18n import deferred


@dataclass(frozen=True)
class Pattern:
    """One form of one LMS's names. Groups: ``key`` (the LMS's own id of the student:
    Canvas user id, Moodle participant id, Blackboard user name), ``name`` (the student's
    name as the LMS spells it), ``file`` (the name the student gave the file), optional
    ``late``, ``attempt`` (a number) and ``stamp`` (the attempt's time, ``stamp_format``)."""
    lms: str
    form: str            # "flat" (a file per entry) or "folder" (a folder per student)
    regex: re.Pattern
    attempts: str = "none"          # "file", "submission" or "none"
    stamp_format: str = ""


def _p(lms, form, text, attempts="none", stamp_format=""):
    return Pattern(lms, form, re.compile(text, re.IGNORECASE), attempts, stamp_format)


_STAMP = r"(?P<stamp>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})"
LAYOUTS: tuple[Pattern, ...] = (
    # Canvas: lastfirst[_LATE]_userid_submissionid_file (the id may be absent on old exports)
    _p("canvas", "flat", r"^(?P<name>[^_/\s]+)_(?:(?P<late>late)_)?(?P<key>\d+)_(?:(?P<attempt>\d{3,})_)?"
                         r"(?!assignsubmission_)(?P<file>.+)$",
       attempts="file"),
    _p("canvas", "folder", r"^(?P<name>[^_/\s]+)_(?:(?P<late>late)_)?(?P<key>\d+)(?:_(?P<attempt>\d{3,}))?$",
       attempts="file"),
    # Moodle: "Full Name_participantid_assignsubmission_plugin_" (+ the file, unfoldered)
    _p("moodle", "folder", r"^(?P<name>.+?)_(?P<key>\d+)_assignsubmission_(?P<plugin>[a-z]+)_?$"),
    _p("moodle", "flat", r"^(?P<name>.+?)_(?P<key>\d+)_assignsubmission_(?P<plugin>[a-z]+)_(?P<file>.+)$"),
    # Blackboard: Assignment_username_attempt_YYYY-MM-DD-HH-MM-SS[_file] (.txt alone: the receipt)
    _p("blackboard", "flat",
       rf"^(?P<assignment>.+?)_(?P<key>[^_/]+)_attempt_{_STAMP}(?:_(?P<file>.+)|(?P<receipt>\.txt))$",
       attempts="submission", stamp_format="%Y-%m-%d-%H-%M-%S"),
    _p("blackboard", "folder", rf"^(?P<assignment>.+?)_(?P<key>[^_/]+)_attempt_{_STAMP}$",
       attempts="submission", stamp_format="%Y-%m-%d-%H-%M-%S"),
)
# in the order a tie is settled: the most specific patterns first
KNOWN = ("moodle", "blackboard", "canvas")


@dataclass
class Entry:
    """One entry of the export, as its name says."""
    path: str           # on disk
    shown: str          # the entry's name in the export
    file: str           # the student's own file name ("" for a folder)
    folder: bool
    late: bool = False
    attempt: tuple = ()  # sortable: higher is newer
    stamp: datetime | None = None
    receipt: bool = False


@dataclass
class Group:
    """One student's entries in an export: what ``--class`` makes of it."""
    lms: str
    key: str                         # the LMS's id of the student
    name: str                        # as the LMS spells it
    entries: list[Entry] = field(default_factory=list)
    superseded: list[Entry] = field(default_factory=list)   # earlier attempts, not graded
    late: bool = False
    submitted: datetime | None = None
    full_name: str = ""              # from a Blackboard receipt

    def identity(self) -> Identity:
        """What the roster matches on (``grader.roster``) and the lateness rule reads."""
        return Identity(self.key, self.lms, self.full_name or self.name, self.late,
                        self.submitted.isoformat(timespec="seconds") if self.submitted else None)

    def load(self, name: str) -> Submission:
        """The group's files read into one submission named ``name``."""
        sub = Submission(name)
        budget = [0]
        for entry in self.superseded:
            if entry.receipt:
                continue  # the LMS's own receipt of an earlier attempt is no hand-in
            sub.ignored.append(deferred("{path}: an earlier attempt; the latest one is graded",
                                        path=display(entry.shown)))
        for count, entry in enumerate(self.entries):
            if entry.receipt:
                continue
            if count >= subs_mod.MAX_FILES or budget[0] > subs_mod.MAX_SUBMISSION_BYTES:
                sub.ignored.append(deferred("{path}: the submission is over {mb} MB", path=display(entry.shown),
                                            mb=subs_mod.MAX_SUBMISSION_BYTES >> 20))
                continue
            if entry.folder:
                before = len(sub.notebooks)
                inner = Submission(name)
                subs_mod._from_folder(entry.path, inner)
                for nb in inner.notebooks:
                    nb.path = display(f"{entry.shown}/{nb.path}", 400)
                sub.notebooks += inner.notebooks
                sub.ignored += inner.ignored
                if len(sub.notebooks) == before and not inner.ignored:
                    sub.ignored.append(deferred("{path}: a folder with no .ipynb notebook", path=display(entry.shown)))
                continue
            try:
                info = os.lstat(entry.path)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                sub.ignored.append(deferred("{path}: not a regular file", path=display(entry.shown)))
            elif is_zip(entry.file):
                subs_mod._from_zip(entry.path, sub, inside=entry.shown, budget=budget)
            elif is_notebook(entry.file):
                data, mtime, problem = subs_mod._read_regular(entry.path, subs_mod.MAX_NOTEBOOK_BYTES)
                if problem:
                    sub.ignored.append(deferred("{path}: could not be read ({problem})", path=display(entry.shown),
                                                problem=problem))
                    continue
                budget[0] += len(data)
                nb = subs_mod.parse_notebook(entry.file, data, entry.shown, mtime)
                sub.notebooks.append(nb)
            else:
                sub.ignored.append(deferred("{path}: not a notebook (not graded)", path=display(entry.shown)))
        if not sub.notebooks and not sub.error:
            sub.error = deferred("{path} holds no .ipynb notebook.", path=display(self.name))
        return sub


@dataclass
class Export:
    lms: str | None
    groups: list[Group]
    unmatched: list[str]     # entries whose name fits no pattern of the LMS


def _parse(entry: str, full: str, is_dir: bool, pattern: Pattern) -> tuple[str, str, Entry] | None:
    if (pattern.form == "folder") != is_dir:
        return None
    m = pattern.regex.match(entry)
    if not m:
        return None
    fields = m.groupdict()
    stamp = None
    if fields.get("stamp") and pattern.stamp_format:
        try:
            stamp = datetime.strptime(fields["stamp"], pattern.stamp_format)
        except ValueError:
            return None
    attempt = (stamp,) if stamp else (int(fields["attempt"]),) if fields.get("attempt") else ()
    return fields["key"], fields.get("name") or fields["key"], Entry(
        path=full, shown=display(entry), file=fields.get("file") or "", folder=is_dir, late=bool(fields.get("late")),
        attempt=attempt, stamp=stamp, receipt=bool(fields.get("receipt")))


def _entries(folder: str) -> list[tuple[str, str, bool]]:
    found = []
    for entry in sorted(os.listdir(folder)):
        if entry.startswith((".", "__MACOSX")):
            continue
        full = os.path.join(folder, entry)
        try:
            info = os.lstat(full)
        except OSError:
            continue
        found.append((entry, full, stat.S_ISDIR(info.st_mode)))
    return found


def detect(folder: str) -> str | None:
    """The LMS whose patterns name most entries of ``folder`` (at least half of them), or None."""
    entries = _entries(folder)
    best, count = None, 0
    for lms in KNOWN:
        n = sum(any(_parse(e, f, d, p) for p in LAYOUTS if p.lms == lms) for e, f, d in entries)
        if n > count:
            best, count = lms, n
    return best if entries and count * 2 >= len(entries) else None


def read_export(folder: str, lms: str) -> Export:
    """Group the entries of ``folder`` by student, by the names ``lms`` gives them."""
    groups: dict[str, Group] = {}
    unmatched = []
    for entry, full, is_dir in _entries(folder):
        parsed = next((r for p in LAYOUTS if p.lms == lms for r in [_parse(entry, full, is_dir, p)] if r), None)
        if parsed is None:
            unmatched.append(display(entry))
            continue
        key, name, item = parsed
        group = groups.setdefault(key, Group(lms, key, display(name)))
        group.entries.append(item)
    pattern_attempts = {p.attempts for p in LAYOUTS if p.lms == lms}
    for group in groups.values():
        _keep_latest(group, "submission" if "submission" in pattern_attempts else
                     "file" if "file" in pattern_attempts else "none")
        group.late = any(e.late for e in group.entries)
        stamps = [e.stamp for e in group.entries if e.stamp]
        group.submitted = max(stamps) if stamps else None
        for e in group.entries:
            if e.receipt:
                group.full_name = _receipt_name(e.path) or ""
    return Export(lms, [groups[k] for k in sorted(groups, key=lambda k: (groups[k].name.casefold(), k))], unmatched)


def _keep_latest(group: Group, attempts: str) -> None:
    """Resubmissions: keep the latest attempt (see the module's docstring), set the rest aside."""
    if attempts == "submission":
        latest = max((e.attempt for e in group.entries), default=())
        group.superseded = [e for e in group.entries if e.attempt != latest]
        group.entries = [e for e in group.entries if e.attempt == latest]
    elif attempts == "file":
        best: dict[str, Entry] = {}
        for e in group.entries:
            lesson = checks.lesson_of(PurePosixPath(e.file).stem) if is_notebook(e.file) else None
            if lesson is None:
                continue
            if lesson not in best or e.attempt > best[lesson].attempt:
                best[lesson] = e
        keep = set(map(id, best.values()))
        group.superseded = [e for e in group.entries if is_notebook(e.file) and e.attempt
                            and checks.lesson_of(PurePosixPath(e.file).stem) and id(e) not in keep]
        group.entries = [e for e in group.entries if e not in group.superseded]


def _receipt_name(path: str) -> str | None:
    """The student's full name from a Blackboard receipt's ``Name: Ada Lovelace (alovelace)``."""
    try:
        with open(path, "rb") as handle:
            text = handle.read(20_000).decode("utf-8", "replace")
    except OSError:
        return None
    m = re.search(r"^Name:\s*(.+?)\s*(?:\([^()]*\))?\s*$", text, re.MULTILINE)
    return display(m.group(1)) if m else None
