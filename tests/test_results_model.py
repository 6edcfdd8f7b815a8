"""The results model (``grader.results``): what it writes is what it reads back, key order included."""

import json

import pytest

from grader.results import (
    CellError,
    ExerciseResult,
    HiddenShare,
    Identity,
    Lateness,
    NotebookResult,
    RosterStudent,
    SubmissionResult,
)
from grader.roster import Student, nothing_handed_in


def _full() -> SubmissionResult:
    exercises = [ExerciseResult("step", 0.75, 1.0, False, "All 3 public checks passed, but not every hidden one.",
                                "fail", HiddenShare(0, 1, 0.0, 0.25), None, "All 3 public checks passed.",
                                ["calls helpers.step"], None, {"future_key": 1}),
                 ExerciseResult("add_bias", 0.0, 1.0, False, "Not submitted.", "missing")]
    notebooks = [NotebookResult("01_perceptron.ipynb", "01_perceptron", None, exercises,
                                [CellError(3, "ValueError: bad", 2)], None, 1.5, 80.0, language="en"),
                 NotebookResult("02_decision_lines.ipynb", "02_decision_lines", "No notebook.", [], missing=True,
                                language="en")]
    return SubmissionResult("kim", 0.75, 21.0, None, notebooks, ["notes.txt"], ["02_decision_lines"], "en",
                            {"future_key": [1]}, identity=Identity("1001", "canvas", "Kim", True, None),
                            student=RosterStudent("Kim", "S1", "kim@x.org", "1001", "kim", "A", 2.0, "LMS id"),
                            late=Lateness(1, 10.0, None, "mark", "10%/day", 0.83), feedback_file="kim.md")


def test_a_result_reads_back_equal_and_writes_the_same_text():
    result = _full()
    data = result.to_dict()
    again = SubmissionResult.from_dict(json.loads(json.dumps(data)))
    assert again == result
    assert json.dumps(again.to_dict()) == json.dumps(data)


def test_the_contract_keys_come_first_in_their_fixed_order_and_absent_fields_stay_absent():
    data = _full().to_dict()
    assert list(data) == ["submission", "score", "max_score", "error", "notebooks", "ignored", "missing",
                          "language", "identity", "student", "late", "feedback_file", "future_key"]
    assert list(data["late"]) == ["days", "known", "penalty_percent", "policy", "due", "score_before"]
    exercise = data["notebooks"][0]["exercises"][0]
    assert list(exercise) == ["name", "points", "max_points", "passed", "feedback", "status", "hidden",
                              "public_feedback", "integrity", "future_key"]
    assert "missing" not in data["notebooks"][0] and data["notebooks"][1]["missing"] is True
    assert "hidden_feedback" not in exercise   # made in the run, not part of the JSON contract


def test_a_roster_students_result_without_a_submission_keeps_its_key_order():
    record = nothing_handed_in(Student(name="Lee", id="7"), ["01_perceptron"], 10.0).to_dict()
    assert list(record) == ["submission", "score", "max_score", "error", "notebooks", "ignored", "missing",
                            "student", "nothing_handed_in", "language"]
    assert json.dumps(SubmissionResult.from_dict(record).to_dict()) == json.dumps(record)


@pytest.mark.parametrize("term", [
    {"identity": {"key": "alice"}},
    {"identity": {"lms": "blackboard", "key": "hopperg", "name": "Grace", "late": False,
                  "submitted": "2026-10-03T10:00:00"},
     "student": {"name": "Grace Hopper", "id": "S3", "email": "", "lms_id": "", "login": "hopperg", "section": "A",
                 "extension": "2026-10-05T23:59:59", "matched_by": "login"},
     "late": {"days": 2, "known": "time", "penalty_percent": 20.0, "policy": "10%/day", "due": "2026-10-01T23:59:59",
              "score_before": 14.0}},
    {"identity": {"key": "x"}, "student": None, "unmatched": "no student on the roster fits",
     "late": {"days": 0, "penalty_percent": 0.0, "due": "2026-10-01T23:59:59"}},
])
def test_the_term_layers_fields_are_typed_and_read_back_as_written(term):
    """Roster identity and lateness are the model's own fields (no dicts beside it); a journal
    or a shard that holds them reads back to the same text."""
    record = {"submission": "s", "score": 1.0, "max_score": 2.0, "error": None, "notebooks": [], "ignored": [],
              "missing": [], "language": "en", **term, "feedback_file": "s.md"}
    model = SubmissionResult.from_dict(json.loads(json.dumps(record)))
    assert model.extra == {} and isinstance(model.identity, Identity) and model.feedback_file == "s.md"
    assert isinstance(model.late, Lateness) == ("late" in term)
    assert (model.student is None) == (term.get("student") is None)
    assert json.dumps(model.to_dict()) == json.dumps(record)
    assert SubmissionResult.from_dict(model.to_dict()) == model


def test_without_results_scores_zero_and_says_why():
    failed = SubmissionResult.without_results("kim", "could not run", 21.0, "ko")
    assert (failed.score, failed.max_score, failed.error, failed.notebooks) == (0.0, 21.0, "could not run", [])
    assert SubmissionResult.from_dict(failed.to_dict()) == failed


def test_a_starved_submission_stays_to_do_on_resume(tmp_path):
    """A submission whose notebook the machine starved (limit "machine") was never scored:
    --resume grades it again instead of keeping its journal line as done (issue 20)."""
    from grader.journal import Journal

    settings = {"lessons": ["01_perceptron"]}
    journal = Journal(tmp_path / "grades.json.journal", settings, resume=False)
    scored = {"submission": "alice", "notebooks": [{"lesson": "01_perceptron", "limit": None}]}
    starved = {"submission": "bob", "notebooks": [{"lesson": "01_perceptron", "limit": "machine"}]}
    journal.add(scored)
    journal.add(starved)
    resumed = Journal(tmp_path / "grades.json.journal", settings, resume=True)
    assert set(resumed.done) == {"alice"}
