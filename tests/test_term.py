"""The instructor's term (issue 24): LMS exports in (Canvas, Moodle, Blackboard; flat and
foldered, late, resubmitted, zips inside), a roster that names every row, deadlines with a
late policy, and gradebook CSVs that Canvas's and Moodle's imports take as they are.

The export names are the forms the LMSs write: Canvas ``lastfirst[_LATE]_userid_submissionid_file``,
Moodle ``Full Name_participantid_assignsubmission_file_/``, Blackboard
``Assignment_username_attempt_YYYY-MM-DD-HH-MM-SS_file`` with its ``.txt`` receipt.
Each graded class has students with the solution (full marks), a typical wrong ``step``
(1 point less) and the stub (0), so every expected score comes from the lesson, not the grader.
"""

import csv
import io
import json
import shutil
import zipfile
from datetime import datetime

import pytest

from grader import gradebook_lms, lateness, lms, roster
from grader.__main__ import main
from grader.results import Identity, SubmissionResult
from helpers import checks
from tests.grading import solution_cells, write_notebook
from tests.support import NOTEBOOKS, SOLUTIONS

L = "01_perceptron"
NB = f"{L}.ipynb"
MAX = float(sum(e.points for e in checks.exercises(L)))


def _wrong_step(path):
    cells = [("def step(s):\n    return np.where(np.asarray(s) > 0, 1, -1)" if c.startswith("def step") else c)
             for c in solution_cells(L)]
    return write_notebook(path, cells)


def _rows(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


# ---------------------------------------------------------------- grouping by names (no grading)

def _touch(folder, *names):
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("{}")


def test_canvas_flat_names_group_by_student_keep_the_latest_and_read_the_late_mark(tmp_path):
    _touch(tmp_path, "lovelaceada_1001_4001_01_perceptron.ipynb", "lovelaceada_1001_5001_01_perceptron.ipynb",
           "lovelaceada_1001_5002_02_gradient_descent.ipynb", "turingalan_LATE_1002_5003_01_perceptron-1.ipynb",
           "README.txt")
    assert lms.detect(str(tmp_path)) == "canvas"
    export = lms.read_export(str(tmp_path), "canvas")
    assert [(g.key, g.name) for g in export.groups] == [("1001", "lovelaceada"), ("1002", "turingalan")]
    ada, alan = export.groups
    assert sorted(e.shown for e in ada.entries) == ["lovelaceada_1001_5001_01_perceptron.ipynb",
                                                    "lovelaceada_1001_5002_02_gradient_descent.ipynb"]
    assert [e.shown for e in ada.superseded] == ["lovelaceada_1001_4001_01_perceptron.ipynb"]
    assert not ada.late and alan.late and alan.entries[0].file == "01_perceptron-1.ipynb"
    assert export.unmatched == ["README.txt"]


def test_moodle_folders_and_flat_names(tmp_path):
    _touch(tmp_path, "Ada Lovelace_123456_assignsubmission_file_/01_perceptron.ipynb",
           "Ada Lovelace_123456_assignsubmission_onlinetext_/onlinetext.html",
           "Alan Turing_123457_assignsubmission_file_01_perceptron.ipynb")
    assert lms.detect(str(tmp_path)) == "moodle"
    export = lms.read_export(str(tmp_path), "moodle")
    assert [(g.key, g.name, len(g.entries)) for g in export.groups] == [("123456", "Ada Lovelace", 2),
                                                                        ("123457", "Alan Turing", 1)]
    assert export.groups[1].entries[0].file == "01_perceptron.ipynb" and not export.unmatched


def test_blackboard_attempts_receipts_and_times(tmp_path):
    _touch(tmp_path, "Perceptron_alovelace_attempt_2026-10-01-12-00-00_01_perceptron.ipynb",
           "Perceptron_alovelace_attempt_2026-10-02-09-30-00_01_perceptron.ipynb",
           "Perceptron_alovelace_attempt_2026-10-02-09-30-00_notes.txt")
    (tmp_path / "Perceptron_alovelace_attempt_2026-10-02-09-30-00.txt").write_text(
        "Name: Ada Lovelace (alovelace)\nAssignment: Perceptron\nDate Submitted: Friday, 2 October 2026\n")
    assert lms.detect(str(tmp_path)) == "blackboard"
    (group,) = lms.read_export(str(tmp_path), "blackboard").groups
    assert group.key == "alovelace" and group.full_name == "Ada Lovelace"
    assert group.submitted == datetime(2026, 10, 2, 9, 30)
    assert [e.shown for e in group.superseded] == ["Perceptron_alovelace_attempt_2026-10-01-12-00-00_01_perceptron.ipynb"]
    assert sorted(e.file or "(receipt)" for e in group.entries) == ["(receipt)", "01_perceptron.ipynb", "notes.txt"]


def test_a_plain_class_folder_is_no_lms_export(tmp_path):
    _touch(tmp_path, "alice/01_perceptron.ipynb", "bob/01_perceptron.ipynb", "carol.zip")
    assert lms.detect(str(tmp_path)) is None


# ---------------------------------------------------------------- roster, lateness

def test_roster_columns_by_their_usual_names_with_a_bom(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffFirst Name;Last_Name;E-mail Address;Student Number;Extension\n"
                     "Ada;Lovelace;ada@uni.edu;S001;2\nAlan;Turing;alan@uni.edu;S002;2026-10-05T12:00\n"
                     .encode("utf-8"))
    ada, alan = roster.read(path)
    assert (ada.name, ada.email, ada.id, ada.extension) == ("Ada Lovelace", "ada@uni.edu", "S001", 2.0)
    assert alan.extension == datetime(2026, 10, 5, 12, 0)
    canvas = tmp_path / "c.csv"
    canvas.write_text("Student,ID,SIS User ID,SIS Login ID,Section,Quiz (1)\n    Points Possible,,,,,10\n"
                      "\"Lovelace, Ada\",1001,S001,ada,A,\n")
    (student,) = roster.read(canvas)  # Canvas's own export: ID is the Canvas id, the points row skipped
    assert (student.lms_id, student.id, student.login) == ("1001", "S001", "ada")
    assert roster.match(Identity("9", name="lovelaceada"), [student])[1] == "name"
    assert roster.match(Identity("1001"), [student])[1] == "LMS id"
    assert roster.match(Identity("perceptron-ada"), [student])[1] == "login"   # a GitHub Classroom clone
    assert roster.match(Identity("perceptron-adam"), [student]) == (None, "no student on the roster fits")
    with pytest.raises(ValueError, match="no name column"):
        (tmp_path / "bad.csv").write_text("score\n1\n")
        roster.read(tmp_path / "bad.csv")


@pytest.mark.parametrize("text,days,percent", [
    ("none", 3, 0), ("10%/day", 3, 30), ("10%/day, cap 25%", 3, 25), ("10%/day, zero after 2 days", 3, 100),
    ("10 per day, zero after 2 days", 2, 20), ("zero", 1, 100), ("5%/day", 0, 0)])
def test_late_policies(text, days, percent):
    assert lateness.parse_policy(text).penalty(days) == percent


def test_days_late_count_a_day_begun_and_a_bare_mark_as_one():
    due = datetime(2026, 10, 1, 23, 59)
    assert lateness.days_late(datetime(2026, 10, 2, 0, 1), False, due) == (1, "time")
    assert lateness.days_late(datetime(2026, 10, 4, 0, 0), False, due) == (3, "time")
    assert lateness.days_late(datetime(2026, 10, 1, 12, 0), True, due) == (0, "time")
    assert lateness.days_late(None, True, None) == (1, "mark")
    with pytest.raises(ValueError, match="not understood"):
        lateness.parse_policy("ten percent")


# ---------------------------------------------------------------- whole classes graded

@pytest.fixture(scope="module")
def canvas(tmp_path_factory):
    root = tmp_path_factory.mktemp("canvas")
    export = root / "submissions"
    export.mkdir()
    shutil.copy(NOTEBOOKS / NB, export / f"lovelaceada_1001_4001_{NB}")          # first attempt: the stub
    shutil.copy(SOLUTIONS / NB, export / f"lovelaceada_1001_5001_{NB}")          # resubmitted: right
    shutil.copy(SOLUTIONS / NB, export / f"turingalan_LATE_1002_5003_{NB}")      # right, late
    (export / "turingalan_LATE_1002_5004_notes.txt").write_text("I was ill")
    wrong = _wrong_step(root / "tmp" / NB)
    with zipfile.ZipFile(export / "hoppergrace_1003_5005_submission.zip", "w") as archive:
        archive.write(wrong, f"work/{NB}")
    shutil.copy(SOLUTIONS / NB, export / f"ghostcasper_9999_5006_{NB}")          # on no roster
    (root / "roster.csv").write_bytes(
        "\ufeffStudent,ID,SIS User ID,SIS Login ID,Section\n    Points Possible,,,,\n"
        "\"Lovelace, Ada\",1001,S001,ada,A\n\"Turing, Alan\",1002,S002,alan,A\n"
        "\"Hopper, Grace\",1003,S003,grace,B\n\"Noether, Emmy\",1004,S004,emmy,B\n".encode())
    out = root / "out"
    code = main(["--class", str(export), "--roster", str(root / "roster.csv"), "--lessons", "01",
                 "--late-policy", "10%/day", "--json", str(out / "grades.json"), "--csv", str(out / "grades.csv"),
                 "--canvas-csv", str(out / "canvas.csv"), "--moodle-csv", str(out / "moodle.csv"),
                 "--assignment", "Perceptron (4711)", "--feedback", str(out / "feedback"), "-j", "2", "-q"])
    assert code == 0
    return out


@pytest.mark.grader
def test_canvas_export_to_a_canvas_gradebook_import(canvas):
    rows = _rows(canvas / "canvas.csv")
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Perceptron (4711)"]
    assert rows[0][:5] == list(gradebook_lms.CANVAS_COLUMNS)
    assert rows[1] == ["    Points Possible", "", "", "", "", f"{MAX:g}"]
    assert rows[2:] == [["Lovelace, Ada", "1001", "S001", "ada", "A", f"{MAX:g}"],       # latest attempt
                        ["Turing, Alan", "1002", "S002", "alan", "A", f"{round(MAX * 0.9, 2):g}"],  # 1 day, -10%
                        ["Hopper, Grace", "1003", "S003", "grace", "B", f"{MAX - 1:g}"],  # from the zip
                        ["Noether, Emmy", "1004", "S004", "emmy", "B", "0"]]             # nothing handed in


@pytest.mark.grader
def test_the_same_class_to_a_moodle_import(canvas):
    rows = _rows(canvas / "moodle.csv")
    assert rows[0] == ["First name", "Last name", "ID number", "Email address", "Perceptron (4711)"]
    assert [r[:3] + r[4:] for r in rows[1:]] == [["Ada", "Lovelace", "S001", f"{MAX:g}"],
                                                 ["Alan", "Turing", "S002", f"{round(MAX * 0.9, 2):g}"],
                                                 ["Grace", "Hopper", "S003", f"{MAX - 1:g}"],
                                                 ["Emmy", "Noether", "S004", "0"]]


@pytest.mark.grader
def test_detailed_csv_and_json_name_every_student_and_what_was_not_graded(canvas):
    rows = list(csv.DictReader(io.StringIO((canvas / "grades.csv").read_text())))
    assert [r["student"] for r in rows] == ["Lovelace, Ada", "Turing, Alan", "Hopper, Grace", "Noether, Emmy", ""]
    by = {r["student"] or r["submission"]: r for r in rows}
    assert by["Turing, Alan"]["late_days"] == "1" and by["Turing, Alan"]["late_penalty_percent"] == "10"
    assert "notes.txt: not a notebook" in by["Turing, Alan"]["not_graded"]
    assert "lovelaceada_1001_4001_01_perceptron.ipynb: an earlier attempt" in by["Lovelace, Ada"]["not_graded"]
    assert by["Noether, Emmy"]["missing"] == "nothing handed in" and by["Noether, Emmy"]["total"] == "0"
    assert by["ghostcasper_9999"]["total"] == f"{MAX:g}"   # graded, listed apart: on no roster
    results = {r["submission"]: r for r in json.loads((canvas / "grades.json").read_text())["submissions"]}
    assert results["ghostcasper_9999"]["student"] is None and "unmatched" in results["ghostcasper_9999"]
    assert results["turingalan_1002"]["late"]["known"] == "mark"
    feedback = (canvas / "feedback" / results["turingalan_1002"]["feedback_file"]).read_text()
    assert "late" in feedback.lower() and "10%" in feedback


@pytest.mark.grader
def test_moodle_folders_with_a_roster_by_name(tmp_path):
    export = tmp_path / "export"
    shutil.copy(SOLUTIONS / NB, (export / "Ada Lovelace_123456_assignsubmission_file_").mkdir(parents=True)
                or export / "Ada Lovelace_123456_assignsubmission_file_" / NB)
    (export / "Ada Lovelace_123456_assignsubmission_onlinetext_").mkdir()
    (export / "Ada Lovelace_123456_assignsubmission_onlinetext_" / "onlinetext.html").write_text("<p>hi</p>")
    folder = export / "Grace Hopper_123458_assignsubmission_file_"
    folder.mkdir()
    with zipfile.ZipFile(folder / "work.zip", "w") as archive:
        archive.write(_wrong_step(tmp_path / "w" / NB), NB)
    (tmp_path / "roster.csv").write_text("First name;Last name;ID number;Email address\n"
                                         "Ada;Lovelace;S001;ada@uni.edu\nGrace;Hopper;S003;grace@uni.edu\n"
                                         "Alan;Turing;S002;alan@uni.edu\n")
    out = tmp_path / "out"
    assert main(["--class", str(export), "--roster", str(tmp_path / "roster.csv"), "--lessons", "01", "-q",
                 "--json", str(out / "g.json"), "--moodle-csv", str(out / "moodle.csv"), "-j", "2"]) == 0
    assert _rows(out / "moodle.csv") == [
        ["First name", "Last name", "ID number", "Email address", "Lessons 01"],
        ["Ada", "Lovelace", "S001", "ada@uni.edu", f"{MAX:g}"], ["Grace", "Hopper", "S003", "grace@uni.edu",
                                                                f"{MAX - 1:g}"],
        ["Alan", "Turing", "S002", "alan@uni.edu", "0"]]


@pytest.mark.grader
def test_blackboard_attempts_due_and_extension(tmp_path):
    export = tmp_path / "export"
    export.mkdir()
    shutil.copy(NOTEBOOKS / NB, export / f"Perceptron_alovelace_attempt_2026-10-01-12-00-00_{NB}")
    shutil.copy(SOLUTIONS / NB, export / f"Perceptron_alovelace_attempt_2026-10-03-09-30-00_{NB}")
    (export / "Perceptron_alovelace_attempt_2026-10-03-09-30-00.txt").write_text("Name: Ada Lovelace (alovelace)\n")
    shutil.copy(SOLUTIONS / NB, export / f"Perceptron_aturing_attempt_2026-10-03-09-30-00_{NB}")
    shutil.copy(SOLUTIONS / NB, export / f"Perceptron_ghopper_attempt_2026-09-30-10-00-00_{NB}")
    (tmp_path / "roster.csv").write_text("name,username,email,student id,extension\n"
                                         "Ada Lovelace,alovelace,ada@uni.edu,S001,2\n"
                                         "Alan Turing,aturing,alan@uni.edu,S002,\n"
                                         "Grace Hopper,ghopper,grace@uni.edu,S003,\n")
    out = tmp_path / "out"
    assert main(["--class", str(export), "--roster", str(tmp_path / "roster.csv"), "--lessons", "01", "-q",
                 "--due", "2026-10-01T23:59", "--late-policy", "10%/day, cap 15%",
                 "--csv", str(out / "g.csv"), "--canvas-csv", str(out / "canvas.csv"), "-j", "2"]) == 0
    rows = {r["student"]: r for r in csv.DictReader(io.StringIO((out / "g.csv").read_text()))}
    assert (rows["Ada Lovelace"]["late_days"], rows["Ada Lovelace"]["total"]) == ("0", f"{MAX:g}")  # extension
    assert (rows["Alan Turing"]["late_days"], rows["Alan Turing"]["late_penalty_percent"]) == ("2", "15")  # cap
    assert rows["Alan Turing"]["total"] == f"{round(MAX * 0.85, 4):g}"
    assert (rows["Grace Hopper"]["late_days"], rows["Grace Hopper"]["total"]) == ("0", f"{MAX:g}")
    assert "an earlier attempt" in rows["Ada Lovelace"]["not_graded"]
    # Canvas ids unknown: the rows still import by SIS Login ID (the user name)
    assert [r[3] for r in _rows(out / "canvas.csv")[2:]] == ["alovelace", "aturing", "ghopper"]


# ---------------------------------------------------------------- points a student can follow

def test_hidden_cases_hold_a_round_share_and_a_public_only_pass_reads_as_one():
    from helpers.cases import Case, hidden_points, points_for, public_points
    from helpers.probes import call

    step = checks.find("step")
    hidden = [Case(call("step", [[-0.5]]), lambda got: True, label="hidden")]
    everything = [True] * len(step.cases)
    assert hidden_points(step, hidden) == 0.25 and hidden_points(step) == 0
    assert points_for(step, everything, hidden, [False]) == public_points(step, everything, hidden) == 0.75
    assert points_for(step, everything, hidden, [True]) == step.points
    for exercise in checks.exercises(L):   # every partial score is whole or quarter points
        for k in range(len(exercise.cases) + 1):
            got = points_for(exercise, [i < k for i in range(len(exercise.cases))], hidden, [True])
            assert got * 4 == int(got * 4), (exercise.name, k, got)


def test_withheld_points_say_which_rule_and_what_earns_them():
    from helpers.cases import degenerate_passes, points_for, withheld

    step = checks.find("step")
    cheap = degenerate_passes(step)
    assert cheap, "step has public cases that a placeholder answer passes"
    only_cheap = [i in cheap for i in range(len(step.cases))]
    assert points_for(step, only_cheap, [object()], [True]) == 0
    why = withheld(step, only_cheap, [True])
    assert "placeholder answer" in why and "e.g." in why
    assert "same result for every check" in withheld(step, only_cheap, constant=True)
    assert withheld(step, [True] * len(step.cases)) == ""


def test_gradescope_names_the_rule_when_passed_hidden_checks_earn_nothing():
    from grader import gradescope
    from helpers.cases import Case
    from helpers.probes import call

    why = "No points yet: the checks it passes are ones a placeholder answer passes too."
    record = {"name": "step", "points": 0.0, "max_points": 1.0, "passed": False, "feedback": "x " + why,
              "public_feedback": "x " + why, "withheld": why,
              "hidden": {"passed": 1, "total": 1, "points": 0.0, "max_points": 0.25}}
    result = {"notebooks": [{"lesson": L, "exercises": [record]}], "language": "en"}
    hidden = {"step": [Case(call("step", [[-0.5]]), lambda got: True, label="hidden")]}
    tests = {t.name: t for t in gradescope.tests_for(SubmissionResult.from_dict(result), hidden, [L])}
    shown = tests["01 step (hidden checks)"]
    assert (shown.score, shown.max_score) == (0, 0.25) and why in shown.output
    assert tests["01 step"].max_score == 0.75


def test_plain_text_feedback_reads_as_written_when_pasted():
    from grader import feedback

    record = {"name": "step", "points": 0.0, "max_points": 1.0, "passed": False, "status": "fail",
              "feedback": "step(0.0): expected 1, got -1 (s < 0 is -1). (2 of 6 checks passed.)"}
    result = {"submission": "lovelaceada_1001", "score": 13.0, "max_score": 14.0, "error": None,
              "ignored": ["notes.txt: not a notebook (not graded)"], "language": "en",
              "notebooks": [{"notebook": NB, "lesson": L, "error": None, "exercises": [record]}],
              "late": {"days": 1, "known": "mark", "penalty_percent": 10.0, "policy": "10%/day", "score_before": 14}}
    text = feedback.plain_text(SubmissionResult.from_dict(result))
    assert "step(0.0): expected 1, got -1 (s < 0 is -1)." in text
    assert "\\" not in text and "&lt;" not in text and "**" not in text and "|" not in text
    assert text.splitlines()[:2] == ["Feedback for lovelaceada_1001", "Score: 13 / 14"]
    assert "counts as 1 day(s) late" in text and "notes.txt" in text
    record["feedback"] = "raised ValueError: see https://evil.example/x and www.evil.example"
    text = feedback.plain_text(SubmissionResult.from_dict(result))   # inert where pasted: no live link
    assert "https[:]//evil.example/x" in text and "www[.]evil.example" in text and "https://" not in text


@pytest.mark.grader
def test_shards_with_a_roster_merge_into_the_same_canvas_csv(canvas, tmp_path):
    root = canvas.parent
    parts = []
    for k in (1, 2):
        part = tmp_path / f"s{k}.json"
        assert main(["--class", str(root / "submissions"), "--roster", str(root / "roster.csv"), "--lessons", "01",
                     "--late-policy", "10%/day", "--shard", f"{k}/2", "--json", str(part), "-q", "-j", "2"]) == 0
        parts.append(part)
    # a shard cannot know who handed nothing in: only the merge, with the roster, adds them (once)
    assert not any(r.get("nothing_handed_in") for p in parts for r in json.loads(p.read_text())["submissions"])
    assert main(["merge", *map(str, parts), "--json", str(tmp_path / "m.json"), "--roster", str(root / "roster.csv"),
                 "--canvas-csv", str(tmp_path / "canvas.csv"), "--assignment", "Perceptron (4711)", "-q"]) == 0
    assert _rows(tmp_path / "canvas.csv") == _rows(canvas / "canvas.csv")


@pytest.mark.system
def test_make_grade_without_a_class_prints_its_usage_and_touches_nothing(tmp_path):
    import subprocess

    from tests.support import ROOT

    before = set(ROOT.iterdir())
    for extra in ([], ["CLASS=" + str(tmp_path / "nowhere")]):
        proc = subprocess.run(["make", "-s", "-C", str(ROOT), "grade", *extra], capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 2
        assert ("usage: make grade CLASS=DIR" in proc.stdout) if not extra else ("is not a folder" in proc.stdout)
    assert set(ROOT.iterdir()) == before   # no .venv made, no grades.json left behind
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "-W", ".venv/.installed", "grade", f"CLASS={tmp_path}",
                          "ROSTER=roster.csv"], capture_output=True, text=True, timeout=60).stdout
    assert f'--class "{tmp_path}"' in dry and '--canvas-csv "build/grades/canvas.csv"' in dry


def test_a_file_name_cannot_move_work_to_another_student(tmp_path):
    """The student comes from the LMS's prefix (first from the left); the uploaded name comes last."""
    _touch(tmp_path, "Perceptron_mallory_attempt_2026-10-01-12-00-00_x_victim_attempt_2026-10-09-00-00-00_"
                     "01_perceptron.ipynb", "Perceptron_victim_attempt_2026-10-01-11-00-00_01_perceptron.ipynb",
           "malloryeve_1006_5009_x_LATE_1001_6000_01_perceptron.ipynb", "lovelaceada_1001_5001_01_perceptron.ipynb")
    bb = {g.key: g for g in lms.read_export(str(tmp_path), "blackboard").groups}
    assert bb["victim"].entries[0].shown.startswith("Perceptron_victim_") and not bb["victim"].superseded
    assert bb["mallory"].entries[0].file.startswith("x_victim_attempt_")
    canvas = {g.key: g for g in lms.read_export(str(tmp_path), "canvas").groups}
    assert [e.shown for e in canvas["1001"].entries] == ["lovelaceada_1001_5001_01_perceptron.ipynb"]
    assert not canvas["1006"].late and not canvas["1001"].late


def test_every_file_handed_in_and_not_graded_is_named(tmp_path):
    from grader import submissions

    folder = tmp_path / "alice"
    folder.mkdir()
    (folder / "notes.txt").write_text("I was ill")
    with zipfile.ZipFile(folder / "work.zip", "w") as archive:
        archive.writestr(NB, (SOLUTIONS / NB).read_text(encoding="utf-8"))
        archive.writestr("README.md", "mine")
        archive.writestr("__MACOSX/._x", "")
        for k in range(12):
            archive.writestr(f"data/{k}.csv", "1")
    sub = submissions.load(str(folder))
    named = " | ".join(map(str, sub.ignored))
    assert "notes.txt: not a notebook (not graded)" in named and "work.zip/README.md: not a notebook" in named
    assert "3 more files in the zip that are not notebooks" in named and "MACOSX" not in named
    assert [nb.lesson for nb in sub.notebooks] == [L]
