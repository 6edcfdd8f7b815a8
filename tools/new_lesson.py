"""Scaffold a new lesson wired into release, self-check, tests and grader.

    python tools/new_lesson.py 08_something [--title "Something"] [--root DIR]
    make new-lesson NAME=08_something         # the same, then build and release it

writes, from the templates below:

- ``solutions/NN_name.py``: a jupytext script with a title, the glossary link,
  one example exercise ``example_NN(x)`` between solution markers, its
  self-check, and a summary;
- ``helpers/checks/lessonNN.py``: one ``Exercise`` with two cases;
- ``tests/test_lessonNN.py``: one typical wrong answer (must fail) and one
  correct alternative (must pass);

registers the lesson in ``helpers/checks/__init__.py`` (``LESSONS``) and adds
a row for it to the lessons tables of ``notebooks/00_start_here.ipynb`` and
``README.md``.
Nothing is overwritten: an existing lesson number or file is an error.
Replace the example exercise with the real ones; keep the file names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = re.compile(r"^(\d\d)_([a-z][a-z0-9_]*)$")

SOLUTION = '''\
# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # {number} — {title}
#
# One paragraph: what this lesson builds and why it matters.
#
# **How this notebook works.** Cells marked `# YOUR CODE HERE` are yours. After each exercise a
# one-line self-check cell answers at once. Key terms carry their Korean name in brackets the
# first time they appear; the [glossary](00_glossary.md) has them all.

# %%
import numpy as np

from helpers import check

# %% [markdown]
# ## 1. An example exercise
#
# Replace this example with the lesson's first graded exercise (its name and meaning come from
# the curriculum). Each graded function takes lists and arrays alike, never modifies its inputs
# and returns NumPy arrays.
#
# ### Exercise 1 — `example_{number}(x)`
# Return the elementwise square of `x`, same shape as `x`.

# %%
def example_{number}(x):
    """Elementwise square.

    x: a list or array of any shape.
    Returns: an array of the same shape.
    """
    ### BEGIN SOLUTION
    return np.asarray(x, dtype=float) ** 2
    ### END SOLUTION


# %%
check("example_{number}")

# %% [markdown]
# ## Summary
#
# - What the student can now do, in one line per idea.
'''

CHECKS = '''\
"""Public check cases for lesson {number}, {title}.

Expected numbers are worked by hand (never computed by the code under test).
"""

from helpers import expect
from helpers.cases import Case, Exercise
from helpers.probes import call

EXAMPLE = Exercise("example_{number}", 1, [
    Case(call("example_{number}", [1.0, -2.0, 3.0]), lambda got: expect.close(got, [1.0, 4.0, 9.0]),
         hint="Square each element: x ** 2, not 2 * x."),
    Case(call("example_{number}", [[0.5, -1.0], [2.0, 0.0], [-3.0, 1.5]]),
         lambda got: expect.close(expect.shape(got, (3, 2)), [[0.25, 1.0], [4.0, 0.0], [9.0, 2.25]]),
         hint="Keep the shape of x: work elementwise."),
])

EXERCISES = [EXAMPLE]
'''

TESTS = '''\
"""Lesson {number}: typical wrong answers fail, correct alternatives pass."""

import pytest

from tests.support import variant, verdict

L = "{lesson}"

WRONG = {{
    "example_{number}": [
        "def example_{number}(x):\\n    return 2 * np.asarray(x, float)",   # doubles instead of squaring
    ],
}}

RIGHT = {{
    "example_{number}": [
        "def example_{number}(x):\\n    x = np.asarray(x, float)\\n    return x * x",
    ],
}}


@pytest.mark.parametrize("name,source", [(n, s) for n, sources in WRONG.items() for s in sources])
def test_wrong_answer_fails(name, source):
    assert not verdict(name, variant(L, source)).passed


@pytest.mark.parametrize("name,source", [(n, s) for n, sources in RIGHT.items() for s in sources])
def test_correct_alternative_passes(name, source):
    result = verdict(name, variant(L, source))
    assert result.passed, result.feedback
'''


class ScaffoldError(ValueError):
    pass


def register(init_text: str, lesson: str, number: str) -> str:
    """``helpers/checks/__init__.py`` with ``lesson`` added to ``LESSONS``, in order."""
    block = re.search(r"^LESSONS = \{\n(.*?)^\}", init_text, re.S | re.M)
    if not block:
        raise ScaffoldError("helpers/checks/__init__.py: no `LESSONS = {` block found")
    lines = block.group(1).splitlines(keepends=True)
    lines.append(f'    "{lesson}": "helpers.checks.lesson{number}",\n')
    lines.sort(key=lambda line: line.strip())
    return init_text[:block.start(1)] + "".join(lines) + init_text[block.end(1):]


def add_to_home(home: Path, lesson: str, number: str, title: str) -> bool:
    """Add a row for the lesson to the lessons table of the course home."""
    if not home.exists():
        return False
    nb = json.loads(home.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        rows = [m for m in re.finditer(r"^\| \d\d \|.*$", source, re.M)]
        if cell["cell_type"] == "markdown" and rows:
            row = f"| {number} | [{title}]({lesson}.ipynb) | (one line: what the student builds) |"
            at = rows[-1].end()
            source = source[:at] + "\n" + row + source[at:]
            lines = source.splitlines(keepends=True)
            cell["source"] = lines
            home.write_text(json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            return True
    return False


def add_to_readme(readme: Path, lesson: str, number: str) -> bool:
    """Add a row for the lesson to the README's lessons table."""
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    rows = list(re.finditer(r"^\| \d\d \| \[`\d\d_.*$", text, re.M))
    if not rows:
        return False
    row = f"| {number} | [`{lesson}`](notebooks/{lesson}.ipynb) | (what it teaches) | `example_{number}` |"
    at = rows[-1].end()
    readme.write_text(text[:at] + "\n" + row + text[at:], encoding="utf-8")
    return True


def scaffold(name: str, title: str | None = None, root: Path = ROOT) -> list[Path]:
    match = NAME.match(name)
    if not match:
        raise ScaffoldError(f"NAME must look like 08_something (two digits, underscore, lower case): {name!r}")
    number, slug = match.groups()
    title = title or slug.replace("_", " ").capitalize()
    init = root / "helpers" / "checks" / "__init__.py"
    init_text = init.read_text(encoding="utf-8")
    if re.search(rf'^\s*"{number}_', init_text, re.M):
        raise ScaffoldError(f"lesson number {number} is already registered in {init.relative_to(root)}")
    files = {
        root / "solutions" / f"{name}.py": SOLUTION,
        root / "helpers" / "checks" / f"lesson{number}.py": CHECKS,
        root / "tests" / f"test_lesson{number}.py": TESTS,
    }
    for path in files:
        if path.exists():
            raise ScaffoldError(f"{path.relative_to(root)} exists already; nothing written")
    written = []
    for path, template in files.items():
        path.write_text(template.format(number=number, title=title, lesson=name), encoding="utf-8")
        written.append(path)
    init.write_text(register(init_text, name, number), encoding="utf-8")
    written.append(init)
    home = root / "notebooks" / "00_start_here.ipynb"
    if add_to_home(home, name, number, title):
        written.append(home)
    if add_to_readme(root / "README.md", name, number):
        written.append(root / "README.md")
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tools/new_lesson.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="NN_name, e.g. 08_regularisation")
    parser.add_argument("--title", help="the lesson's title (default: from the name)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        written = scaffold(args.name, args.title, args.root)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(args.root)}")
    number = args.name[:2]
    print(f"\nNext: replace the example exercise in solutions/{args.name}.py and helpers/checks/lesson{number}.py "
          "(names and meanings from the curriculum), add its Korean terms to notebooks/00_glossary.md, "
          f"describe it in notebooks/00_start_here.ipynb and README.md, then `make solutions release` and "
          f"`.venv/bin/python -m pytest tests/test_lesson{number}.py`. Then write its Korean prose in "
          f"solutions/ko/{args.name}.py (`python -m authoring.editions {number}` says what is out of step; "
          "tests/test_editions.py fails until it is written) and add its row to notebooks/ko/00_start_here.ipynb.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
