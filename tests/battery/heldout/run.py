"""Run the held-out battery through each notebook's public self-check.

    PYTHONPATH=$PWD python -m tests.battery.heldout.run 01 04 ...   (default: every held-out lesson)

It reuses ``tests.battery.run_selfcheck`` with ``tests.battery.load`` pointed at the held-out
modules, so the set-up namespace (and lesson 07's earlier lessons) use the held-out RIGHT answers.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import tests.battery as battery
from tests.battery import run_selfcheck


def load(lesson: str):
    number = lesson.removeprefix("lesson")[:2]
    module = importlib.import_module(f"tests.battery.heldout.lesson{number}")
    return list(module.WRONG), list(module.RIGHT)


def main(argv: list[str]) -> int:
    battery.load = load
    lessons = argv or sorted(p.stem[-2:] for p in Path(__file__).parent.glob("lesson[0-9][0-9].py"))
    for lesson in lessons:
        run_selfcheck.show(run_selfcheck.run(lesson))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
