"""Feedback is inert text that names only what the student knows (issue 20, item 4 and 6).

- the integrity scan counts every course package (``grader``, ``helpers``, ``data``) as the
  course's: a cell that replaces ``grader.child.run_probe`` is flagged;
- a URL in a cell's error is no live link in the Markdown feedback, Gradescope or Classroom;
- a path in feedback is the student's own name for their work, never the instructor's;
- a run that died after the notebook's last cell names that cell, not one past the end.
"""

from __future__ import annotations

import types

from grader import feedback, gradescope, scoring, submissions
from grader.classroom import payload
from grader.results import SubmissionResult
from helpers import i18n, integrity
from tests.support import HANGUL

STEP = "import numpy as np\n\ndef step(s):\n    return np.where(np.asarray(s) >= 0, 1, -1)\n"
WANTED = {"step": ("helpers.checks",)}


def _scan(cell: str) -> list[str]:
    return integrity.scan_cells([STEP, cell], WANTED, ["step", "add_bias"])["step"]


def test_replacing_the_graders_probe_from_a_cell_is_flagged():
    assert _scan("import grader.child\ngrader.child.run_probe = lambda *a, **k: None\n") == ["imports grader.child"]
    assert _scan("from grader import child\nchild.run_probe = print\n") == ["imports grader"]
    assert _scan("from grader.child import run_probe\n") == ["imports grader.child"]
    assert _scan("import importlib\nimportlib.import_module('grader.child').run_probe = print\n") == \
        ["imports grader by a computed name"]
    assert _scan("exec('import grader.protocol')\n") == ["imports grader.protocol"]
    assert _scan("import data.digits\n") == ["imports data.digits"]
    computed = _scan("import importlib\nimportlib.import_module('grader.child').run_probe = print\n")[0]
    with i18n.using("ko"):  # the finding is worded again from its own sentence and fields
        assert HANGUL.search(integrity.say(computed)) and "grader" in integrity.say(computed)


def test_honest_cells_that_say_data_or_grader_are_not_flagged():
    assert _scan("data = np.zeros(3)\nprint('data.csv', data.shape)\ngrader = 'me'\n") == []


URL_ERROR = "ValueError: see https://evil.example/steal?x=1 or www.evil.example or ask bob@evil.example"


def _result(error: str) -> dict:
    exercise = {"name": "step", "points": 0.0, "max_points": 2.0, "passed": False, "status": "wrong",
                "feedback": error}
    return {"submission": "kim", "score": 0.0, "max_score": 2.0, "error": None, "language": "en",
            "ignored": [], "notebooks": [{"notebook": "01_perceptron.ipynb", "lesson": "01_perceptron",
                                          "error": None, "exercises": [exercise],
                                          "cell_errors": [{"cell": 3, "line": 1, "error": error}],
                                          "language": "en"}]}


def test_a_url_in_a_cell_error_is_no_live_link_in_any_feedback():
    result = SubmissionResult.from_dict(_result(URL_ERROR))
    text = feedback.markdown(result)
    assert "https://" not in text and "www.evil" not in text and "bob@evil" not in text
    assert "https\\[:\\]//evil.example" in text  # still readable
    assert "https://" not in gradescope.plain(URL_ERROR) and "[:]//evil.example" in gradescope.plain(URL_ERROR)
    assert all("https://" not in t["message"] for t in payload(result)["tests"])
    assert submissions.unlinked("X@W and 1.5e3 and a.b") == "X@W and 1.5e3 and a.b"


def test_feedback_names_the_students_folder_never_the_instructors_path(tmp_path):
    folder = tmp_path / "course" / "class" / "nina"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("no notebook here", encoding="utf-8")
    sub = submissions.load(str(folder))
    assert sub.error == "nina holds no .ipynb notebook."
    missing = submissions.load(str(tmp_path / "class" / "omar"))
    assert missing.error == "omar does not exist."
    assert str(tmp_path) not in str(sub.error) + str(missing.error)


def test_a_run_that_died_after_its_last_cell_names_that_cell():
    assert scoring._where(202, 202) == "after its last cell (cell 202) had finished"
    assert scoring._where(201, 202) == "in cell 202"
    assert scoring._where(-1, 202) == "before the first cell finished"
    response = types.SimpleNamespace(status=scoring.Status.OK, finished=False, ending=scoring.Ending())
    message = scoring._limit_message(response, 202, scoring.Options(), 202)
    assert "cell 203" not in message and "cell 202" in message
    with i18n.using("ko"):
        assert "203" not in scoring._limit_message(response, 202, scoring.Options(), 202)


BARE = "ValueError: log in at evil.com/login or bit.ly/abc or //evil.co.uk/x, $\\int$ is maths"


def test_a_bare_domain_or_maths_in_a_cell_error_stays_inert():
    """Renderers that "linkify" (VS Code's preview, LMS editors) make ``evil.com/login`` a link by
    its top-level domain, and ``$…$`` renders as maths (red team); Python's dotted names stay."""
    result = SubmissionResult.from_dict(_result(BARE))
    text = feedback.markdown(result)
    for live in ("evil.com", "bit.ly", "evil.co", "co.uk", "$\\int"):
        assert live not in text, live
    assert "evil\\[.\\]com/login" in text and "\\$" in text
    assert "evil.com" not in gradescope.plain(BARE)
    assert submissions.unlinked("np.asarray(X.T @ w).shape, self.w, math.pi") == \
        "np.asarray(X.T @ w).shape, self.w, math.pi"
