"""Shared code for the course notebooks: self-checks, data, plots.

Notebooks start with ``from helpers import check`` and import the rest by
module (``from helpers import plots, data``). This package never holds the
answers to graded exercises.
"""

from helpers.selfcheck import check, needs

__all__ = ["check", "needs"]
