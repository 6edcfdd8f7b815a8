"""The results model (``grader.results``): what it writes is what it reads back, key order included."""

import json

from grader.results import CellError, ExerciseResult, HiddenShare, NotebookResult, SubmissionResult
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
                            {"student": {"name": "Kim"}, "late": {"days": 1}})


def test_a_result_reads_back_equal_and_writes_the_same_text():
    result = _full()
    data = result.to_dict()
    again = SubmissionResult.from_dict(json.loads(json.dumps(data)))
    assert again == result
    assert json.dumps(again.to_dict()) == json.dumps(data)


def test_the_contract_keys_come_first_in_their_fixed_order_and_absent_fields_stay_absent():
    data = _full().to_dict()
    assert list(data) == ["submission", "score", "max_score", "error", "notebooks", "ignored", "missing",
                          "language", "student", "late"]
    exercise = data["notebooks"][0]["exercises"][0]
    assert list(exercise) == ["name", "points", "max_points", "passed", "feedback", "status", "hidden",
                              "public_feedback", "integrity", "future_key"]
    assert "missing" not in data["notebooks"][0] and data["notebooks"][1]["missing"] is True
    assert "hidden_feedback" not in exercise   # made in the run, not part of the JSON contract


def test_a_record_made_elsewhere_keeps_its_key_order_through_the_model():
    record = nothing_handed_in(Student(name="Lee", id="7"), ["01_perceptron"], 10.0)
    assert json.dumps(SubmissionResult.from_dict(record).to_dict()) == json.dumps(record)


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
