"""Issue 12: a corpus of awkward class folders, built by this module, each with its
expected outcome. Nothing a student hands in stops the batch; each lesson is
graded exactly once; ids are stable across shards; results survive a crash.

The corpus is one class folder graded once (module fixture) plus a few cases
that need their own run (caps, journal and resume, shards).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import unicodedata
import warnings
import zipfile
from pathlib import Path

import pytest

from grader import feedback, gradebook, report, submissions
from grader.__main__ import main
from grader.results import SubmissionResult
from helpers import checks
from tests.grading import solution_cells, write_notebook
from tests.support import NOTEBOOKS, ROOT, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX01 = float(sum(e.points for e in checks.exercises(L)))
COURSE_MAX = float(sum(e.points for e in checks.all_exercises()))


def _zip(path: Path, members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _patch_zip(path: Path, flag_or=0, method=None) -> None:
    """Set general-purpose flag bits or the compression method in every header."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = 0
        while (i := data.find(signature, start)) >= 0:
            data[i + flag_at] |= flag_or
            if method is not None:
                data[i + method_at:i + method_at + 2] = method.to_bytes(2, "little")
            start = i + 4
    path.write_bytes(bytes(data))


def _solution() -> bytes:
    return (SOLUTIONS / NB).read_bytes()


def _stub() -> bytes:
    return (NOTEBOOKS / NB).read_bytes()


def _notebook(cells: list[str], **top) -> bytes:
    nb = {"cells": [{"cell_type": "code", "source": c, "metadata": {}, "outputs": [], "execution_count": None}
                    for c in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    nb.update(top)
    return json.dumps(nb).encode()


def build_corpus(cls: Path) -> dict[str, str]:
    """Every awkward entry an instructor's class folder may hold; returns name -> expectation."""
    cls.mkdir(parents=True)
    expect = {}

    def folder(name: str, files: dict[str, bytes]) -> Path:
        root = cls / name
        root.mkdir(parents=True, exist_ok=True)
        for rel, data in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        return root

    folder("alice", {NB: _solution()})
    expect["alice"] = "full"
    # A lone surrogate in a cell's error and in a graded function's error message.
    surrogate = ("raise ValueError('bad \\ud800 byte')", )
    folder("surrogate", {NB: _notebook(solution_cells(L) + list(surrogate) + [
        "def step(s):\n    raise ValueError('\\udcff')"])})
    expect["surrogate"] = "graded"
    # A folder name that is not UTF-8.
    os.makedirs(os.path.join(os.fsencode(cls), b"Jos\xe9"))
    (Path(os.fsdecode(os.path.join(os.fsencode(cls), b"Jos\xe9"))) / NB).write_bytes(_solution())
    expect[os.fsdecode(b"Jos\xe9")] = "full"
    folder("nbformat_string", {NB: _notebook(solution_cells(L), nbformat="4")})
    expect["nbformat_string"] = "full"
    folder("nbformat_null", {NB: _notebook(["x = 1"], nbformat=None)})
    expect["nbformat_null"] = "message:does not say which notebook format"
    folder("lesson_list", {NB: _notebook(solution_cells(L), metadata={"course": {"lesson": ["01"]}})})
    expect["lesson_list"] = "full"
    folder("nbformat3", {NB: json.dumps({"nbformat": 3, "worksheets": [{"cells": []}], "metadata": {}}).encode()})
    expect["nbformat3"] = "message:old notebook format"
    folder("bom", {NB: b"\xef\xbb\xbf" + _solution()})
    expect["bom"] = "full"
    # Zips whose member is encrypted, corrupt, or compressed with method 9.
    _patch_zip(_zip(cls / "encrypted.zip", {NB: _solution()}), flag_or=1)
    expect["encrypted"] = "message:encrypted"
    corrupt = _zip(cls / "corrupt.zip", {NB: _solution()})
    data = bytearray(corrupt.read_bytes())
    for i in range(200, 400):
        data[i] ^= 0x5A
    corrupt.write_bytes(bytes(data))
    expect["corrupt"] = "message:damaged"
    _patch_zip(_zip(cls / "deflate64.zip", {NB: _solution()}), method=9)
    expect["deflate64"] = "message:compression method"
    # A name over 252 bytes (the feedback file name must still fit).
    folder("n" * 240, {NB: _solution()})
    expect["n" * 240] = "full"
    # A FIFO named like a zip: never opened (the grader must not wait on it).
    os.mkfifo(cls / "bob.zip")
    # Several notebooks of one lesson.
    _zip(cls / "five_copies.zip", {f"copy{i}/{NB}": _solution() for i in range(5)})
    expect["five_copies"] = "full-once"
    folder("download_pair", {NB: _stub(), "01_perceptron (1).ipynb": _solution()})
    # the worked copy wins over the untouched stub of the exact name (issue 22), the stub is named
    expect["download_pair"] = "worked-copy"
    folder("backup", {NB: _solution(), f"backup/{NB}": _stub(), f"backup/old/{NB}": _stub()})
    expect["backup"] = "full-once"
    folder("with_solutions", {f"solutions/{NB}": _solution(), NB: _stub()})
    expect["with_solutions"] = "zero"
    # Symlinks: to a classmate's notebook, and the Classroom layout pointing at the course.
    (cls / "linker").mkdir()
    os.symlink(cls / "alice" / NB, cls / "linker" / NB)
    expect["linker"] = "zero-link"
    (cls / "classroom" / "notebooks").mkdir(parents=True)
    os.symlink(SOLUTIONS / NB, cls / "classroom" / "notebooks" / NB)
    expect["classroom"] = "zero-link"
    os.symlink(cls / "alice", cls / "link_to_alice")
    # LMS leftovers.
    (cls / ".DS_Store").write_bytes(b"\x00\x01")
    (cls / "__MACOSX").mkdir()
    (cls / "grades_from_lms.csv").write_text("name,score\n")
    _zip(cls / "mac.zip", {f"__MACOSX/._{NB}": b"junk", f"mac/{NB}": _solution(), f"mac/._{NB}": b"\x00"})
    expect["mac"] = "full"
    folder("empty_folder", {})
    expect["empty_folder"] = "message:no .ipynb"
    folder("nested_zip", {"inner.zip": b"PK\x05\x06" + b"\x00" * 18, NB: _solution()})
    expect["nested_zip"] = "full"
    # Duplicate names: a folder, a zip and a notebook all called 'dup'.
    folder("dup", {NB: _solution()})
    _zip(cls / "dup.zip", {NB: _stub()})
    (cls / "dup.ipynb").write_bytes(_stub())
    unreadable = folder("unreadable", {NB: _solution()})
    os.chmod(unreadable / NB, 0)
    # Names whose safe file forms clash ("a b" -> a_b), names in Hangul, and a name that
    # a right-to-left override (U+202E) makes render as "alice".
    folder("a b", {NB: _solution()})
    expect["a b"] = "full"
    folder("a_b", {NB: _stub()})
    expect["a_b"] = "zero"
    folder("a_b-2", {NB: _stub()})
    expect["a_b-2"] = "zero"
    folder("김철수", {NB: _solution()})
    expect["김철수"] = "full"
    folder("이영희", {NB: _stub()})
    expect["이영희"] = "zero"
    folder("\u202eecila", {NB: _stub()})
    expect["\u202eecila"] = "zero"
    # Two members of one name (appending to a zip): the last (solved) one, as unzip shows.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        with zipfile.ZipFile(cls / "samename.zip", "w") as archive:
            archive.writestr(zipfile.ZipInfo(NB, (2024, 1, 1, 0, 0, 0)), _stub())
            archive.writestr(zipfile.ZipInfo(NB, (2024, 1, 1, 0, 0, 0)), _solution())
    expect["samename"] = "full-once"
    # A zip inside a submission folder is read; an unreadable one is named; .IPYNB counts.
    _zip(folder("nestedzip", {}) / "work.zip", {NB: _solution()})
    expect["nestedzip"] = "full"
    folder("badnestedzip", {"work.zip": b"not a zip"})
    expect["badnestedzip"] = "message:not a readable zip file"
    folder("upper", {"01_perceptron.IPYNB": _solution()})
    expect["upper"] = "full"
    return expect


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    expect = build_corpus(root / "class")
    out = root / "out"
    start = time.monotonic()
    cls = root / "class"
    # The same submissions again: by another path, twice, and through a link (graded once).
    again = [str(cls / "alice"), str(cls / "alice") + "/", str(cls / "link_to_alice"), str(cls / "dup.zip")]
    code = main(["--class", str(cls), *again, "--json", str(out / "grades.json"), "--csv", str(out / "grades.csv"),
                 "--feedback", str(out / "feedback"), "-q", "-j", "2"])
    seconds = time.monotonic() - start
    assert code == 0
    result = json.loads((out / "grades.json").read_text(encoding="utf-8"))
    return {"expect": expect, "out": out, "seconds": seconds, "root": root, "result": result,
            "subs": {s["submission"]: s for s in result["submissions"]}}


def _lesson01(sub: dict) -> dict:
    return next((nb for nb in sub["notebooks"] if nb.get("lesson") == L), {"exercises": []})


def test_every_entry_gets_its_expected_outcome(corpus):
    subs = corpus["subs"]
    for name, outcome in corpus["expect"].items():
        sub = subs[submissions.display(name)]
        assert sub["max_score"] == COURSE_MAX, name  # the assignment, not what was handed in
        score01 = sum(e["points"] for e in _lesson01(sub)["exercises"])
        text = json.dumps(sub)
        if outcome in ("full", "full-once", "worked-copy"):
            assert score01 == MAX01, (name, sub)
        elif outcome in ("zero", "zero-link"):
            assert score01 == 0, (name, sub)
        elif outcome.startswith("message:"):
            assert outcome.split(":", 1)[1] in text, (name, text[:2000])
        if outcome == "full-once":
            assert len([nb for nb in sub["notebooks"] if nb.get("lesson") == L]) == 1
            assert sub["ignored"], name
        if outcome == "worked-copy":
            assert any(item.startswith(NB) or f"/{NB}" in item for item in sub["ignored"]), sub["ignored"]
        if outcome == "zero-link":
            assert any("symbolic link" in item for item in sub["ignored"]), sub["ignored"]
    assert any("solutions" in item for item in subs["with_solutions"]["ignored"])


def test_the_batch_was_not_held_up(corpus):
    assert corpus["seconds"] < 240


def test_fifos_links_and_leftovers_are_skipped_not_graded(corpus):
    names = set(corpus["subs"])
    assert "bob" not in names and "link_to_alice" not in names
    assert not any(n.startswith((".", "__MACOSX", "grades_from_lms")) for n in names)


def test_duplicate_names_get_unique_ids(corpus):
    dups = [n for n in corpus["subs"] if n.startswith("dup")]
    assert len(dups) == 3 and len(set(dups)) == 3


def test_unreadable_and_surrogate_entries_are_reported_and_outputs_are_written(corpus):
    subs = corpus["subs"]
    assert "could not be read" in json.dumps(subs["unreadable"]) or os.geteuid() == 0
    feedback = corpus["out"] / "feedback"
    assert len(list(feedback.iterdir())) == len(subs)
    for path in feedback.iterdir():
        assert len(path.name.encode()) < 200
        path.read_text(encoding="utf-8")  # valid UTF-8, no lone surrogate
    csv = (corpus["out"] / "grades.csv").read_text(encoding="utf-8")
    assert "Jos" in csv


def test_outputs_are_readable_by_the_group(corpus):
    for path in [corpus["out"] / "grades.json", corpus["out"] / "grades.csv", *(corpus["out"] / "feedback").iterdir()]:
        assert os.stat(path).st_mode & stat.S_IRGRP, path


def test_a_submission_given_twice_is_graded_once_and_the_duplicate_is_named(corpus):
    names = [s["submission"] for s in corpus["result"]["submissions"]]
    assert len(names) == len(set(names))
    assert names.count("alice") == 1 and "link_to_alice" not in names
    ignored = corpus["result"]["grader"]["duplicates_ignored"]
    assert len(ignored) == 4 and all("given twice" in note for note in ignored)
    assert any("link_to_alice" in note for note in ignored)
    results = [SubmissionResult.from_dict(r) for r in corpus["result"]["submissions"]]
    assert "Ignored 4 duplicate argument(s)" in gradebook.summary(results, corpus["result"]["grader"])


def test_unique_paths_resolves_links_and_keeps_the_path_that_is_not_one(tmp_path):
    (tmp_path / "c" / "alice").mkdir(parents=True)
    os.symlink(tmp_path / "c", tmp_path / "linked")
    os.symlink(tmp_path / "c" / "alice", tmp_path / "alias")
    given = [str(tmp_path / "alias"), str(tmp_path / "linked" / "alice"), str(tmp_path / "c" / "alice"),
             str(tmp_path / "c" / "." / "alice"), str(tmp_path / "c" / "bob")]
    kept, notes = submissions.unique_paths(given)
    assert kept == [str(tmp_path / "linked" / "alice"), str(tmp_path / "c" / "bob")]
    assert len(notes) == 3


def test_feedback_files_are_unique_named_after_the_student_and_recorded(corpus):
    folder = corpus["out"] / "feedback"
    files = {s["submission"]: s["feedback_file"] for s in corpus["subs"].values()}
    assert len(set(files.values())) == len(files) == len(list(folder.iterdir()))
    # a plain name keeps its own file; a name that had to change gets a hash, never a classmate's
    assert files["a_b"] == "a_b.md" and files["a_b-2"] == "a_b-2.md"
    assert files["a b"].startswith("a_b~") and files["a b"].endswith(".md")
    assert files["김철수"] == "김철수.md" and files["이영희"] == "이영희.md"
    for name, file in files.items():
        text = (folder / file).read_text(encoding="utf-8")
        sub = corpus["subs"][name]
        assert f"**Score: {sub['score']:g} / {sub['max_score']:g}**" in text, name
        assert text.startswith("# Feedback for " + feedback._text(name)), name
        assert "/" not in file and len(file.encode()) < 200
        assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in file), file
    assert feedback.file_names(files) == files  # the same on every run


def test_feedback_file_names_clash_neither_by_case_nor_by_a_hash(tmp_path):
    names = feedback.file_names(["Alice", "alice", "a~b", "a b", "..", "", "x" * 300, "Ж", "a/b"])
    assert len({n.casefold() for n in names.values()}) == len(names)
    assert names["Alice"] == "Alice.md" and names["alice"].startswith("alice~")
    assert names["Ж"] == "Ж.md" and names["a/b"].startswith("a_b~")
    assert all(len(n.encode()) <= feedback.MAX_FILE_BYTES + 68 and not n.startswith(".") for n in names.values())


def test_invisible_and_direction_characters_are_escaped_everywhere_a_name_is_shown(corpus):
    def invisible(text):
        return [c for c in text if unicodedata.category(c) in ("Cf", "Zl", "Zp") or c in "\x00\x1b"]
    assert "\\u202eecila" in corpus["subs"]  # the escaped name, visible as such
    json_text = (corpus["out"] / "grades.json").read_text(encoding="utf-8")
    csv_text = (corpus["out"] / "grades.csv").read_text(encoding="utf-8")
    assert "\\\\u202eecila" in json_text and "\\u202eecila" in csv_text
    results = [SubmissionResult.from_dict(r) for r in corpus["result"]["submissions"]]
    for text in (json_text, csv_text, report.table(results), gradebook.summary(results)):
        assert not invisible(text)
    for path in (corpus["out"] / "feedback").iterdir():
        assert not invisible(path.read_text(encoding="utf-8")), path
    # one rule, applied once or again
    for raw in ("\u202eecila", "a\u2066b\u200bc\x01d\u00a0e\U000e0041"):
        shown = submissions.display(raw)
        assert not invisible(shown) and submissions.display(shown) == shown
    assert submissions.display("a\u2066b\x01c") == "a\\u2066b\\u0001c"
    assert submissions.display("김철수 a.b") == "김철수 a.b"


def test_zip_member_pick_and_files_inside_folders_are_named(corpus):
    subs = corpus["subs"]
    assert any("earlier copy of the same name" in item for item in subs["samename"]["ignored"])
    assert subs["upper"]["notebooks"][0]["notebook"] == "01_perceptron.IPYNB"
    assert any("work.zip: is not a readable zip file" in item for item in subs["badnestedzip"]["ignored"])
    assert any("inner.zip: a zip inside the folder with no .ipynb notebook" in item
               for item in subs["nested_zip"]["ignored"])


def test_zip_inside_a_folder_counts_toward_the_submission_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(submissions, "MAX_SUBMISSION_BYTES", 3 * 2**20)
    big = _notebook(["x = 1  # " + "y" * (2**20)])
    (tmp_path / "s").mkdir()
    for k in range(3):
        _zip(tmp_path / "s" / f"part{k}.zip", {f"01_perceptron_copy{i}.ipynb": big for i in range(2)})
    sub = submissions.load(str(tmp_path / "s"))
    assert len(sub.notebooks) == 2
    assert sum("over 3 MB" in item for item in sub.ignored) == 4


def test_lessons_option_sets_the_assignment(tmp_path):
    (tmp_path / "c" / "s").mkdir(parents=True)
    shutil.copy(SOLUTIONS / NB, tmp_path / "c" / "s" / NB)
    out = tmp_path / "g.json"
    assert main(["--class", str(tmp_path / "c"), "--json", str(out), "-q", "--lessons", "01,03"]) == 0
    sub = json.loads(out.read_text())["submissions"][0]
    max03 = sum(e.points for e in checks.exercises("03_xor_mlp"))
    assert sub["max_score"] == MAX01 + max03 and sub["score"] == MAX01
    assert sub["missing"] == ["03_xor_mlp"]


def test_caps_stop_a_huge_zip_with_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(submissions, "MAX_SUBMISSION_BYTES", 3 * 2**20)
    big = _notebook(["x = 1  # " + "y" * (2**20)])
    (tmp_path / "c").mkdir()
    _zip(tmp_path / "c" / "huge.zip", {f"01_perceptron_copy{i}.ipynb": big for i in range(90)})
    out = tmp_path / "g.json"
    start = time.monotonic()
    assert main(["--class", str(tmp_path / "c"), "--json", str(out), "-q", "--lessons", "01"]) == 0
    assert time.monotonic() - start < 60
    sub = json.loads(out.read_text())["submissions"][0]
    assert any("over 3 MB" in item for item in sub["ignored"])


def test_a_zip_bomb_member_is_read_through_a_bounded_reader(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(NB, b"0" * (submissions.MAX_NOTEBOOK_BYTES + 10))
    sub = submissions.load(str(bomb))
    assert "larger than 20 MB" in sub.notebooks[0].error


def test_shards_name_submissions_as_an_unsharded_run_and_merge_back_identically(corpus, tmp_path):
    cls = corpus["root"] / "class"
    whole = tmp_path / "whole.json"
    args = ["--class", str(cls), "-q", "--lessons", "01"]
    assert main([*args, "--json", str(whole)]) == 0
    parts = []
    for k in (1, 2, 3):
        parts.append(tmp_path / f"s{k}.json")
        assert main([*args, "--shard", f"{k}/3", "--json", str(parts[-1])]) == 0
    merged = tmp_path / "merged.json"
    assert main(["merge", *map(str, parts), "--json", str(merged), "-q"]) == 0

    def comparable(path):
        doc = json.loads(path.read_text())
        for sub in doc["submissions"]:
            for nb in sub["notebooks"]:
                nb.pop("seconds", None)
                nb.pop("max_rss_mb", None)
        return doc["submissions"]
    assert comparable(merged) == comparable(whole)
    # a real conflict stops merge with the names
    assert main(["merge", str(parts[0]), str(parts[0]), "--json", str(merged), "-q"]) == 2


def test_a_killed_run_keeps_its_journal_and_resume_grades_only_the_rest(tmp_path):
    cls = tmp_path / "c"
    for i in range(6):
        (cls / f"s{i}").mkdir(parents=True)
        shutil.copy(SOLUTIONS / NB, cls / f"s{i}" / NB)
    slow = write_notebook(cls / "zz_slow" / NB, solution_cells(L) + ["import time\ntime.sleep(60)"])
    out = tmp_path / "g.json"
    cmd = [sys.executable, "-m", "grader", "--class", str(cls), "--json", str(out), "-q", "-j", "1",
           "--lessons", "01", "--timeout", "90"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    journal = Path(str(out) + ".journal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and len(journal.read_text().splitlines()) >= 7:  # header + 6 students
            break
        time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    assert len(journal.read_text().splitlines()) >= 7
    os.unlink(slow)
    write_notebook(slow, solution_cells(L))  # the slow one is fixed now; the others are not regraded
    done = subprocess.run(cmd + ["--resume"], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "resuming: 6 submissions already graded" in done.stderr
    result = json.loads(out.read_text())
    assert [s["submission"] for s in result["submissions"]] == [f"s{i}" for i in range(6)] + ["zz_slow"]
    assert all(s["score"] == MAX01 for s in result["submissions"])
    assert not journal.exists()
