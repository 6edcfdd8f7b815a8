"""Finding and reading submissions: the first step of grading.

A submission is one student's work: a folder of notebooks (searched
recursively), a single ``.ipynb``, or a ``.zip`` of either. Class folders are
messy (LMS exports, browser downloads, leftovers, odd names), so reading is
defensive, and every problem becomes a clear message on that submission or
notebook; nothing here raises for bad student input:

- a symbolic link is never followed (a link to a classmate's notebook or to
  the course's solutions is named and ignored), and nothing but a regular
  file is ever opened (a FIFO called ``bob.zip`` cannot make the grader wait);
- caps: ``MAX_NOTEBOOK_BYTES`` per notebook, ``MAX_SUBMISSION_BYTES`` and
  ``MAX_FILES`` per submission, ``MAX_ZIP_MEMBERS`` per zip, and a zip member
  is read through a bounded reader (its declared size may lie);
- encrypted, corrupt or oddly compressed zip members, notebooks in the old
  v3 format, with a byte-order mark, with ``"nbformat": "4"`` or odd metadata;
  names that are not UTF-8 or are very long — each gets its own message.

**One notebook per lesson.** A submission may hold several notebooks of one
lesson (``01_perceptron (1).ipynb`` from a browser, a ``backup/`` folder, five
copies in a zip, the English and the Korean notebook of the student edition).
Exactly one is graded, chosen by this rule: the notebook the student worked in,
i.e. the one with the fewest exercises unfinished (``unfinished``: stubs left as
released, and graded names not defined at all, so a copy whose cells were deleted
is not taken for a solved one); an untouched notebook of the other edition never
wins over a worked one;
among equally worked ones, a notebook with the lesson's exact name
(``01_perceptron.ipynb``) nearest the top of the submission first; otherwise the
most recently modified one. Notebooks inside a
folder called ``solutions`` are the course's, never the student's. ``.ipynb``
is matched in any case. A zip inside a submission folder is read (one level,
same caps); in a zip, of several members with one name the last is read (as
``unzip`` does). Every file not graded is named, with the reason, in the
submission's ``ignored`` list (feedback, summary and JSON show it).

**Names.** ``display`` (through ``visible``) is the one rule for showing any
student-controlled name: invisible and direction characters are escaped as
``\\u202e``. ``unique_paths`` grades a submission given twice once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from grader.cells import code_cells
from grader.safe_text import MAX_NAME, display, unlinked, visible  # noqa: F401 (names used from here)
from helpers import checks
from helpers.i18n import chosen, deferred, notebook_language

MAX_NOTEBOOK_BYTES = 20 * 2**20
MAX_SUBMISSION_BYTES = 200 * 2**20
MAX_FILES = 2_000            # entries looked at in one submission folder
MAX_ZIP_MEMBERS = 1_000
_SUPPORTED = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def is_notebook(name: str) -> bool:
    """``.ipynb`` in any case (``.IPYNB`` from some systems)."""
    return name.lower().endswith(".ipynb")


def is_zip(name: str) -> bool:
    return name.lower().endswith(".zip")


@dataclass
class NotebookFile:
    name: str                       # shown in reports, e.g. "01_perceptron.ipynb"
    lesson: str | None = None
    cells: list[str] = field(default_factory=list)
    error: str | None = None
    path: str = ""                  # inside the submission, e.g. "backup/01_perceptron.ipynb"
    mtime: float = 0.0
    missing: bool = False           # a placeholder for a lesson the submission lacks
    language: str = "en"            # as it declares it (helpers.i18n.notebook_language)
    unfinished: int = 0             # exercises still stubs or not defined (``unfinished``)


@dataclass
class Submission:
    name: str
    notebooks: list[NotebookFile] = field(default_factory=list)
    error: str | None = None
    ignored: list[str] = field(default_factory=list)   # "path: why", for the student and instructor
    language: str = "en"   # of the messages about the whole submission (``choose`` decides it)
    # lesson -> the student's notebook of an earlier lesson that a graded one builds on (USES),
    # kept when that lesson is not itself part of the assignment; never graded
    earlier: dict[str, NotebookFile] = field(default_factory=dict)


def _nbformat(content: dict) -> int | None:
    value = content.get("nbformat", 4)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _lesson_of(content: dict, stem: str) -> str | None:
    meta = content.get("metadata")
    course = meta.get("course") if isinstance(meta, dict) else None
    lesson = course.get("lesson") if isinstance(course, dict) else None
    if isinstance(lesson, str) and lesson in checks.LESSONS:
        return lesson
    return checks.lesson_of(stem)


def parse_notebook(name: str, data: bytes, path: str = "", mtime: float = 0.0) -> NotebookFile:
    """Read one notebook's bytes into its code cells, or a clear error."""
    name = display(name)
    nb = NotebookFile(name, path=display(path or name, 400), mtime=mtime)
    stem = name[:-6] if is_notebook(name) else name
    nb.lesson = checks.lesson_of(stem)  # from the name, until the notebook says otherwise
    if not data.strip():
        nb.error = deferred("{name} is empty (0 bytes of notebook). Save the notebook in Jupyter and submit again.",
                            name=name)
        return nb
    if len(data) > MAX_NOTEBOOK_BYTES:
        nb.error = deferred("{name} is larger than 20 MB; clear the outputs (Edit > Clear All Outputs) and save.",
                            name=name)
        return nb
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark some editors add
        data = data[3:]
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        where = deferred(" (line {line})", line=exc.lineno) if isinstance(exc, json.JSONDecodeError) else ""
        nb.error = deferred("{name} is not a readable notebook: it is not valid JSON{where}. It may be "
                            "truncated or corrupted; open it in JupyterLab, save it, and submit again.",
                            name=name, where=where)
        return nb
    if not isinstance(content, dict):
        nb.error = deferred("{name} is JSON but not a Jupyter notebook.", name=name)
        return nb
    version = _nbformat(content)
    if version is not None and version < 4 or "worksheets" in content:
        nb.error = deferred("{name} is in an old notebook format (version {version}); "
                            "open it in JupyterLab, save it (that converts it), and submit again.",
                            name=name, version=version if version is not None else 3)
        return nb
    if version is None:
        nb.error = deferred("{name} does not say which notebook format it uses (nbformat); open and save it "
                            "in JupyterLab.", name=name)
        return nb
    if not isinstance(content.get("cells"), list):
        nb.error = deferred("{name} is JSON but not a Jupyter notebook (it has no list of cells).", name=name)
        return nb
    lesson = _lesson_of(content, stem)
    if lesson is None:
        nb.lesson = None
        nb.error = deferred("{name} is not one of the course's notebooks (its name should start with the "
                            "lesson's, e.g. 01_perceptron).", name=name)
        return nb
    nb.lesson = lesson
    try:
        nb.cells = code_cells({"cells": [c for c in content["cells"] if isinstance(c, dict)]})
    except Exception:  # noqa: BLE001 — odd cell sources: treat the notebook as unreadable
        nb.error = deferred("{name} has cells that could not be read.", name=name)
        return nb
    nb.language = notebook_language(nb.cells, content.get("metadata"))
    nb.unfinished = unfinished(nb.lesson, nb.cells)
    return nb


def _hidden(relative: str) -> bool:
    """A file never looked at: in a checkpoint, macOS-metadata or hidden folder, or hidden itself."""
    parts = PurePosixPath(relative).parts
    base = parts[-1] if parts else relative
    return base.startswith(("._", ".")) or any(
        p in (".ipynb_checkpoints", "__MACOSX") or p.startswith(".") for p in parts[:-1])


def _considered(relative: str) -> bool:
    """A notebook file worth looking at: not a checkpoint, not macOS metadata, not a course page."""
    base = PurePosixPath(relative).name or relative
    return is_notebook(base) and not base.startswith("00_") and not _hidden(relative)


def _read_regular(path: str, cap: int) -> tuple[bytes | None, float, str | None]:
    """Up to ``cap + 1`` bytes of a regular file, never following a link or waiting on a pipe."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return None, 0.0, (exc.strerror or deferred("could not be opened"))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, 0.0, deferred("not a regular file")
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), info.st_mtime, None
    except OSError as exc:
        return None, 0.0, (exc.strerror or deferred("could not be read"))
    finally:
        os.close(fd)


def _from_folder(root: str, sub: Submission) -> None:
    seen, budget = 0, [0]  # budget: bytes read so far, shared with the zips inside
    named_extra = not os.path.lexists(os.path.join(root, ".git"))
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        relative_dir = os.path.relpath(folder, root)
        for entry in sorted(dirs + files):
            full = os.path.join(folder, entry)
            relative = os.path.normpath(os.path.join(relative_dir, entry))
            seen += 1
            if seen > MAX_FILES:
                sub.ignored.append(deferred("everything after {count} files: the folder is too large",
                                            count=MAX_FILES))
                return
            try:
                info = os.lstat(full)
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode):
                if is_notebook(entry) or is_zip(entry) or os.path.isdir(full):
                    sub.ignored.append(deferred("{path}: a symbolic link (never followed)", path=display(relative)))
                continue
            if entry in dirs:
                continue
            if is_zip(entry) and not _hidden(relative):
                # a zip in the folder (an LMS export of an uploaded zip): read as a top-level
                # zip is, one level deep, its bytes counted in the submission's cap
                if not stat.S_ISREG(info.st_mode):
                    sub.ignored.append(deferred("{path}: not a regular file", path=display(relative)))
                else:
                    _from_zip(full, sub, inside=relative, budget=budget)
                continue
            if not _considered(relative):
                # a notes.txt handed in is named, not lost (a repository clone's own files are not hand-ins)
                if named_extra and not _hidden(relative) and not is_notebook(entry) and relative.count(os.sep) <= 1:
                    sub.ignored.append(deferred("{path}: not a notebook (not graded)", path=display(relative)))
                continue
            if not stat.S_ISREG(info.st_mode):
                sub.ignored.append(deferred("{path}: not a regular file", path=display(relative)))
                continue
            data, mtime, problem = _read_regular(full, MAX_NOTEBOOK_BYTES)
            if problem:
                sub.notebooks.append(NotebookFile(display(entry), path=display(relative),
                                                  lesson=checks.lesson_of(entry[:-6]),
                                                  error=deferred("{name} could not be read ({problem}).",
                                                                 name=display(entry), problem=problem)))
                continue
            budget[0] += len(data)
            if budget[0] > MAX_SUBMISSION_BYTES:
                sub.ignored.append(deferred("{path}: the submission is over {mb} MB", path=display(relative),
                                            mb=MAX_SUBMISSION_BYTES >> 20))
                continue
            sub.notebooks.append(parse_notebook(entry, data, relative, mtime))


def _member_data(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[bytes | None, str | None]:
    if member.flag_bits & 0x1:
        return None, deferred("is encrypted (password-protected); zip it again without a password")
    if member.compress_type not in _SUPPORTED:
        return None, deferred("uses a compression method ({method}) this grader cannot read; zip it again",
                              method=member.compress_type)
    if member.file_size > MAX_NOTEBOOK_BYTES:
        return None, deferred("is larger than 20 MB")
    try:
        with archive.open(member) as handle:
            data = handle.read(MAX_NOTEBOOK_BYTES + 1)
    except Exception:  # noqa: BLE001 — zlib.error, BadZipFile, EOFError, NotImplementedError...
        return None, deferred("is damaged in the zip (it could not be unpacked); zip it again")
    if len(data) > MAX_NOTEBOOK_BYTES:
        return None, deferred("is larger than 20 MB")
    return data, None


def _from_zip(path: str, sub: Submission, inside: str | None = None, budget: list | None = None) -> None:
    """Members are read into memory, never extracted to disk. ``inside``: the zip's path
    within a submission folder; its problems are then listed under ``ignored`` (the
    rest of the folder is still graded) and its members' paths start with it.
    Members with the same name (what appending to a zip gives): the last is read,
    as ``unzip`` and ``ZipFile.read`` do; each earlier one is named as ignored."""
    label = display(inside or os.path.basename(path))
    budget = budget if budget is not None else [0]

    def problem(text: str) -> None:
        if inside is None:
            sub.error = deferred("{name} {problem}.", name=label, problem=text)
        else:
            sub.ignored.append(deferred("{name}: {problem} (a zip inside the folder)", name=label, problem=text))

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        problem(deferred("could not be opened ({error})", error=exc.strerror))
        return
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            problem(deferred("is not a regular file"))
            return
        try:
            with zipfile.ZipFile(handle) as archive:
                members = archive.infolist()
                if len(members) > MAX_ZIP_MEMBERS:
                    problem(deferred("holds more than {count} files; zip only your notebooks", count=MAX_ZIP_MEMBERS))
                    return
                last = {m.filename: i for i, m in enumerate(members)}
                copies = {name: sum(m.filename == name for m in members) for name in last}
                before = len(sub.notebooks)
                others: list[str] = []
                for index, member in sorted(enumerate(members), key=lambda im: (im[1].filename, im[0])):
                    name = member.filename
                    shown = display(f"{inside}/{name}" if inside else name, 400)
                    if member.is_dir() or not _considered(name):
                        if is_zip(name):
                            sub.ignored.append(deferred("{path}: a zip inside the zip (not opened)", path=shown))
                        elif not member.is_dir() and not _hidden(name) and not is_notebook(name):
                            others.append(shown)  # a notes.txt in the zip is named, not lost
                        continue
                    if last[name] != index:
                        sub.ignored.append(deferred("{path}: an earlier copy of the same name in the zip "
                                                    "({count} members named so); the last one is graded, "
                                                    "as unzip shows it", path=shown, count=copies[name]))
                        continue
                    if stat.S_ISLNK(member.external_attr >> 16):
                        sub.ignored.append(deferred("{path}: a symbolic link (never followed)", path=shown))
                        continue
                    base = PurePosixPath(name).name
                    if budget[0] > MAX_SUBMISSION_BYTES:
                        sub.ignored.append(deferred("{path}: the submission is over {mb} MB", path=shown,
                                                    mb=MAX_SUBMISSION_BYTES >> 20))
                        continue
                    data, trouble = _member_data(archive, member)
                    if trouble:
                        sub.notebooks.append(NotebookFile(display(base), path=shown,
                                                          lesson=checks.lesson_of(base[:-6]),
                                                          error=deferred("{name} {problem}.", name=display(base),
                                                                         problem=trouble)))
                        continue
                    budget[0] += len(data)
                    if budget[0] > MAX_SUBMISSION_BYTES:
                        sub.ignored.append(deferred("{path}: the submission is over {mb} MB", path=shown,
                                                    mb=MAX_SUBMISSION_BYTES >> 20))
                        continue
                    try:
                        mtime = float(__import__("time").mktime(member.date_time + (0, 0, -1)))
                    except (OverflowError, ValueError):
                        mtime = 0.0
                    sub.notebooks.append(parse_notebook(base, data, f"{inside}/{name}" if inside else name, mtime))
                for path in others[:10]:
                    sub.ignored.append(deferred("{path}: not a notebook (not graded)", path=path))
                if len(others) > 10:
                    sub.ignored.append(deferred("{count} more files in the zip that are not notebooks (not graded)",
                                                count=len(others) - 10))
                if inside is not None and len(sub.notebooks) == before:
                    sub.ignored.append(deferred("{path}: a zip inside the folder with no .ipynb notebook", path=label))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            problem(deferred("is not a readable zip file ({error})", error=type(exc).__name__))


def name_of(path_text: str) -> str:
    """The submission's name, from its path alone (a folder's name, a file's stem)."""
    base = os.path.basename(os.path.normpath(path_text)) or path_text
    if not os.path.isdir(path_text) and "." in base.lstrip("."):
        base = base[: base.rindex(".")]
    return display(base or path_text)


def class_folder(folder: str) -> tuple[list[str], list[str]]:
    """``--class DIR``: one submission per sub-folder, ``.zip`` or ``.ipynb`` in DIR
    (the layout of GitHub Classroom clones and LMS exports). Returns the paths,
    and the other entries that were skipped, with the reason."""
    paths, skipped = [], []
    # in the order of the names shown (as merge sorts them), not of the raw bytes
    for entry in sorted(os.listdir(folder), key=lambda e: (display(e), e)):
        if entry.startswith((".", "__MACOSX")):
            continue
        full = os.path.join(folder, entry)
        try:
            info = os.lstat(full)
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode):
            skipped.append(f"{display(entry)} (a symbolic link, not followed)")
        elif stat.S_ISDIR(info.st_mode):
            paths.append(full)
        elif (is_zip(entry) or is_notebook(entry)) and stat.S_ISREG(info.st_mode):
            paths.append(full)
        elif is_zip(entry) or is_notebook(entry):
            skipped.append(f"{display(entry)} (not a regular file)")
        else:
            skipped.append(display(entry))
    return paths, skipped


def load(path_text: str, name: str | None = None) -> Submission:
    """One submission from a path given on the command line."""
    sub = Submission(name or name_of(path_text))
    # the student's own name for what they handed in, never the instructor's path to it
    own = display(os.path.basename(os.path.normpath(path_text)) or path_text)
    try:
        info = os.lstat(path_text)
    except OSError:
        sub.error = deferred("{path} does not exist.", path=own)
        return sub
    if stat.S_ISLNK(info.st_mode):
        sub.error = deferred("{path} is a symbolic link; it is not followed.", path=own)
    elif stat.S_ISDIR(info.st_mode):
        _from_folder(path_text, sub)
        if not sub.notebooks and not sub.error:
            sub.error = deferred("{path} holds no .ipynb notebook.", path=own)
    elif is_zip(path_text):
        _from_zip(path_text, sub)
        if not sub.notebooks and not sub.error:
            sub.error = deferred("{path} holds no .ipynb notebook.", path=display(os.path.basename(path_text)))
    elif not is_notebook(path_text):
        base = display(os.path.basename(path_text))
        extension = os.path.splitext(base)[1]
        sub.error = (deferred("{name} is not a notebook: submit the .ipynb file (a {extension} cannot be graded).",
                              name=base, extension=extension) if extension else
                     deferred("{name} is not a notebook: submit the .ipynb file (a file without extension cannot "
                              "be graded).", name=base))
    else:
        data, mtime, problem = _read_regular(path_text, MAX_NOTEBOOK_BYTES)
        base = os.path.basename(path_text)
        if problem:
            sub.notebooks.append(NotebookFile(display(base), error=deferred("{name} could not be read ({problem}).",
                                                                            name=display(base), problem=problem)))
        else:
            sub.notebooks.append(parse_notebook(base, data, base, mtime))
    return sub


# ------------------------------------------------------------- one per lesson

# What the release leaves of a solution block (``authoring.release._stub``): an indented block
# becomes "# YOUR CODE HERE" + "raise NotImplementedError()", a top-level one "NAME = None  # YOUR CODE HERE".
_STUB = re.compile(r"^[ \t]*# YOUR CODE HERE[ \t]*\n[ \t]*raise NotImplementedError\(\)[ \t]*$"
                   r"|^\w+ = None  # YOUR CODE HERE[ \t]*$", re.M)


def stubs_left(cells: list[str]) -> int:
    """How many of the released stubs a notebook's code cells still hold exactly as released:
    the measure of how much of a lesson was worked in it (the same in every edition, whose
    code cells are the same). An untouched notebook holds all of them, a solved one none."""
    return sum(len(_STUB.findall(source)) for source in cells if isinstance(source, str))


def unfinished(lesson: str, cells: list[str]) -> int:
    """How much of ``lesson`` is not done in these cells: the stubs left as released
    (``stubs_left``) plus the lesson's graded names that no cell defines at all (a copy whose
    exercise cells were deleted holds no stub, and is not therefore solved)."""
    names = [exercise.name for exercise in checks.exercises(lesson)]
    text = "\n".join(source for source in cells if isinstance(source, str))
    undefined = sum(1 for name in names if not re.search(_defines(name), text, re.M))
    return stubs_left(cells) + undefined


def _defines(name: str) -> str:
    """A line that binds ``name`` at the top level: ``def``/``class``, an assignment (a tuple of
    names too), an import."""
    n = re.escape(name)
    return (rf"^(?:async[ \t]+)?(?:def|class)[ \t]+{n}\b|^[\w, \t]*\b{n}\b[\w, \t]*(?::[^=\n]*)?=(?!=)"
            rf"|^(?:from[ \t].*)?import[ \t].*\b{n}\b")


def _rank(nb: NotebookFile, language: str = "en") -> tuple:
    """Lower is preferred: the notebook with the fewest exercises unfinished (so
    an untouched copy of another edition never wins over the one the student worked in);
    then one in the submission's ``language``; then the lesson's exact name nearest the top;
    then the newest."""
    parts = PurePosixPath(nb.path or nb.name).parts
    canonical = nb.lesson is not None and parts[-1] == f"{nb.lesson}.ipynb"
    depth = len(parts) - 1
    return (nb.unfinished, 0 if nb.language == language else 1, 0 if canonical else 1, depth if canonical else 0,
            -nb.mtime, nb.path)


def language_of(sub: Submission, lang: str = "auto", by_lesson: dict | None = None) -> str:
    """The language of a submission's own messages: ``lang`` unless "auto"; else the language
    the student worked in: where a lesson comes in several notebooks (the English and the
    Korean one of the student edition), the one worked in counts for its language by the
    exercises worked beyond the least worked copy; the language with most wins. Where that
    tells nothing (one notebook per lesson), that of its first readable notebook."""
    if lang != "auto":
        return chosen(lang, "en")
    worked: dict[str, int] = {}
    for candidates in (by_lesson or {}).values():
        readable = [nb for nb in candidates if nb.error is None]
        if len(readable) > 1:
            best = min(readable, key=lambda nb: nb.unfinished)
            lead = max(nb.unfinished for nb in readable) - best.unfinished
            if lead:
                worked[best.language] = worked.get(best.language, 0) + lead
    if worked:
        return max(sorted(worked), key=lambda language: worked[language])
    return next((nb.language for nb in sub.notebooks if nb.error is None), "en")


def choose(sub: Submission, lessons: list[str], lang: str = "auto") -> None:
    """Keep one notebook per lesson of the assignment (``lessons``), add a placeholder
    for each lesson missing, and name every notebook left out in ``sub.ignored``.
    ``lang``: decides the submission's language (``language_of``), recorded for its messages."""
    if sub.error:
        sub.language = language_of(sub, lang)
        return
    by_lesson: dict[str, list[NotebookFile]] = {}
    unreadable = []
    for nb in sub.notebooks:
        parts = PurePosixPath(nb.path or nb.name).parts
        if "solutions" in parts[:-1]:
            sub.ignored.append(deferred("{path}: inside a 'solutions' folder (the course's, not yours)", path=nb.path))
        elif nb.lesson is None:
            unreadable.append(nb)
        elif nb.lesson not in lessons:
            uses = nb.lesson in _earlier_lessons(lessons)
            fields = dict(path=nb.path, number=nb.lesson[:2])
            sub.ignored.append(deferred("{path}: lesson {number} is not part of this assignment (a later lesson "
                                        "builds on it; not graded)", **fields) if uses else
                               deferred("{path}: lesson {number} is not part of this assignment", **fields))
            if uses:
                by_lesson.setdefault(nb.lesson, []).append(nb)
        else:
            by_lesson.setdefault(nb.lesson, []).append(nb)
    sub.language = language = language_of(sub, lang, by_lesson)

    def _rank_here(nb):
        return _rank(nb, language)

    kept = []
    for lesson in _earlier_lessons(lessons):
        readable = [nb for nb in by_lesson.get(lesson, []) if nb.error is None]
        if readable:
            sub.earlier[lesson] = min(readable, key=_rank_here)
    for lesson in lessons:
        candidates = by_lesson.get(lesson, [])
        readable = [nb for nb in candidates if nb.error is None]
        pool = readable or candidates
        if not pool:
            error = deferred("No notebook of lesson {number} ({lesson}.ipynb) was found in this "
                             "submission: its exercises score 0.", number=lesson[:2], lesson=lesson)
            kept.append(NotebookFile(f"{lesson}.ipynb", lesson=lesson, missing=True, error=error,
                                     language=language))
            continue
        chosen = min(pool, key=_rank_here)
        kept.append(chosen)
        for other in candidates:
            if other is chosen:
                continue
            fields = dict(path=other.path, number=lesson[:2], chosen=chosen.path)
            if other.error is None and other.unfinished > chosen.unfinished:
                sub.ignored.append(deferred("{path}: another notebook of lesson {number}, less worked ({left} "
                                            "exercises left as stubs or missing, against {kept}); graded {chosen}",
                                            left=other.unfinished, kept=chosen.unfinished, **fields))
            else:
                sub.ignored.append(deferred("{path}: another notebook of lesson {number}; graded {chosen}",
                                            **fields))
    # A notebook that could not be read at all (no lesson known) is reported, never graded twice.
    for nb in unreadable:
        if not any(k.path == nb.path for k in kept):
            kept.append(nb)
    sub.notebooks = kept


def _earlier_lessons(lessons: list[str]) -> list[str]:
    """Earlier lessons that a lesson of the assignment builds on, not in the assignment."""
    import importlib

    found = []
    for lesson in lessons:
        for name in getattr(importlib.import_module(checks.LESSONS[lesson]), "USES", ()):
            if name not in lessons and name not in found:
                found.append(name)
    return found


def unique_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Each submission once: paths that resolve to the same file or folder (given twice,
    ``--class DIR`` plus ``DIR/alice``, through a linked folder) are one submission, kept
    where it first appears (as the path that is not itself a link, if one of them is not).
    Returns the paths kept, and a note per path dropped."""
    kept: list[str] = []
    where: dict[str, int] = {}
    notes = []
    for path in paths:
        key = os.path.realpath(path)
        if key not in where:
            where[key] = len(kept)
            kept.append(path)
            continue
        first = kept[where[key]]
        if os.path.islink(first) and not os.path.islink(path):
            kept[where[key]], first, path = path, path, first
        notes.append(f"{display(path, 200)}: the same submission as {display(first, 200)} "
                     "(given twice); graded once")
    return kept, notes


def assign_names(paths: list[str]) -> list[str]:
    """A unique, stable id per path, from the whole class (so a shard names a submission
    exactly as an unsharded run does): its name, and where names clash, its parent
    folder and a short hash of the full path."""
    base = [name_of(p) for p in paths]
    counts: dict[str, int] = {}
    for name in base:
        counts[name] = counts.get(name, 0) + 1
    names = []
    for path, name in zip(paths, base):
        if counts[name] > 1:
            parent = display(os.path.basename(os.path.dirname(os.path.abspath(path))), 40)
            digest = hashlib.sha1(os.fsencode(os.path.abspath(path))).hexdigest()[:6]
            name = f"{name} ({parent}/{display(os.path.basename(path), 60)} {digest})"
        names.append(name)
    return names


def read_all(paths, lessons: list[str] | None = None, names: list[str] | None = None,
             lang: str = "auto") -> list[Submission]:
    """Every submission read into memory before any student code runs, so no
    notebook can change another submission's files before it is graded.
    ``lang`` ("auto", "en" or "ko"): how each submission's language is decided (``language_of``).
    The messages made here are ``deferred``: English text that the grader renders in the
    submission's language once that is known (``grader.__main__``)."""
    names = names or assign_names(list(paths))
    # an LMS export's student (``grader.lms.Group``) reads its own files; a path is read here
    subs = [p.load(n) if hasattr(p, "load") else load(p, n) for p, n in zip(paths, names)]
    for sub in subs:
        choose(sub, lessons or list(checks.LESSONS), lang)
    return subs
