"""Shared code for the course notebooks: self-checks, data, plots.

Notebooks start with ``from helpers import check`` (and ``tr`` where a demo
prints a sentence, so it prints it in the notebook's language) and import the rest by
module (``from helpers import plots, data``). This package never holds the
answers to graded exercises.
"""

from helpers.i18n import tr
from helpers.selfcheck import check, needs

# ``tr``: a demo's printed sentence in the notebook's language (helpers.messages_ko), numbers unchanged
__all__ = ["check", "needs", "tr"]
