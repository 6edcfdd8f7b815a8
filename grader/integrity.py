"""The integrity policy: what the grader does with what the integrity scan found.

The scan itself (``helpers.integrity``) reads a notebook's cells with ``ast``; the
self-check runs it too, to warn a student before the grader does. Here the grader runs
it in its own process, where no student code runs (``scan``), and applies the
instructor's ``--integrity`` policy to an exercise the scan flagged (``apply``):
``withhold`` (the default) holds its points back for review, ``flag`` keeps them and
says so. Either way the findings stay in the results for the instructor.
"""

from __future__ import annotations

from grader.results import ExerciseResult
from grader.submissions import NotebookFile
from helpers import checks
from helpers.i18n import tr
from helpers.integrity import say, scan_cells, uncertain


def scan(nb: NotebookFile) -> dict[str, list[str]]:
    """What each graded name of the notebook hands to the course's own code, by the
    grader's own reading of the cells (no student code runs here). Fails closed."""
    wanted = {ex.name: ex.forbidden for ex in checks.exercises(nb.lesson)}
    if not wanted:
        return {}
    return scan_cells(nb.cells, wanted, [ex.name for ex in checks.exercises(nb.lesson)])


def apply(record: ExerciseResult, uses: list[str], policy: str) -> None:
    """Flag ``record`` with the scan's findings ``uses``, and under ``withhold`` hold back its points."""
    what = "; ".join(say(u) for u in uses)
    record.integrity = uses  # the findings as the scan wrote them (for the instructor)
    may = uncertain(uses)  # dynamic code only: the scan cannot tell, so it says "may"
    if policy == "withhold" and record.points > 0:
        record.points_withheld = record.points
        record.points = 0.0
        record.passed = False
        withheld = (tr("Points withheld for review: `{name}` may hand its work to the course's own code "
                       "({what}), but this exercise asks you to write it yourself.", name=record.name,
                       what=what) if may else
                    tr("Points withheld for review: `{name}` hands its work to the course's own code "
                       "({what}), but this exercise asks you to write it yourself.", name=record.name,
                       what=what))
        record.feedback = withheld + tr(" Checks: {feedback}", feedback=record.feedback)
    else:
        flagged = (tr(" Flagged for review: it may use the course's own code ({what}), which "
                      "this exercise asks you to write yourself.", what=what) if may else
                   tr(" Flagged for review: it uses the course's own code ({what}), which "
                      "this exercise asks you to write yourself.", what=what))
        record.feedback += flagged
        if record.hidden_feedback is not None:
            record.hidden_feedback += flagged
