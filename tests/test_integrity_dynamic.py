"""The integrity scan fails closed on dynamic code it cannot follow (red-team finding 05).

A graded function that reaches the course's own code through ``getattr`` with a computed
name, ``vars()``, ``globals()[...].__dict__[...]`` or ``exec`` of a string is flagged, and so
are the neighbours of each trick; honest code (numpy, literal ``getattr`` on its own
objects, dynamic code in a function the graded one never calls) is not.
"""

from __future__ import annotations

import json

import pytest

from grader.cells import code_cells
from helpers import checks, integrity
from tests.support import SOLUTIONS

HEAD = "import numpy as np\nfrom helpers import geometry_plots as gp\n"
BODY = "def best_line_accuracy(X, t, n_angles):\n    return float(np.max(AM(X, t, n_angles, n_angles)))\n"
GUARDED = {"best_line_accuracy": ("helpers.geometry_plots.accuracy_map", "helpers.checks")}
CHECKS_ONLY = {"best_line_accuracy": ("helpers.checks",)}


def scan(cell: str, wanted=None) -> list[str]:
    return integrity.scan_cells([HEAD, cell], wanted or GUARDED)["best_line_accuracy"]


# Each binds AM to helpers.geometry_plots.accuracy_map without writing that path plainly.
EVASIONS = {
    # the red team's four
    "exec of an import": "exec('from helpers.geometry_plots import accuracy_map as AM')\n",
    "getattr, computed name": "AM = getattr(gp, 'accuracy' + '_map')\n",
    "vars of the module": "AM = [v for k, v in vars(gp).items() if k.startswith('accuracy')][0]\n",
    "globals and __dict__": "AM = globals()['g' + 'p'].__dict__['accuracy_map']\n",
    # their neighbours
    "getattr, literal name": "AM = getattr(gp, 'accuracy_map')\n",
    "getattr aliased": "g = getattr\nAM = g(gp, 'accuracy' + '_map')\n",
    "builtins.getattr": "import builtins\nAM = builtins.getattr(gp, 'accuracy' + '_map')\n",
    "from builtins import getattr": "from builtins import getattr as ga\nAM = ga(gp, 'accuracy' + '_map')\n",
    "__builtins__ exec": "__builtins__['exec']('from helpers.geometry_plots import accuracy_map as AM')\n",
    "exec of a computed import": "exec('from hel' + 'pers.geometry_plots import accuracy_map as AM')\n",
    "exec.__call__": "exec.__call__('from hel' + 'pers.geometry_plots import accuracy_map as AM')\n",
    "eval": "AM = eval('gp.' + 'accuracy_map')\n",
    "compile": "exec(compile('AM = gp.' + 'accuracy_map', 'x', 'exec'))\n",
    "__import__": "AM = __import__('helpers.geometry_plots', fromlist=['x']).accuracy_map\n",
    "importlib, computed": "import importlib\nAM = importlib.import_module('hel' + 'pers.geometry_plots').accuracy_map\n",
    "import_module alias": "from importlib import import_module as im\nAM = im('hel' + 'pers.geometry_plots').accuracy_map\n",
    "runpy": "import runpy\nAM = runpy.run_module('hel' + 'pers.geometry_plots')['accuracy_map']\n",
    "sys.modules": "import sys\nAM = sys.modules['helpers.geometry_plots'].accuracy_map\n",
    "sys.modules aliased": "import sys as s\nAM = s.modules['hel' + 'pers.geometry_plots'].accuracy_map\n",
    "locals": "AM = locals()['gp'].accuracy_map\n",
    "submodule under another name": "import helpers.geometry_plots as shapes\nAM = getattr(shapes, 'acc' + 'uracy_map')\n",
    "module in a list": "MODS = [gp]\nAM = MODS[0].accuracy_map\n",
    "loop over modules": "for m in [gp]:\n    AM = m.accuracy_map\n",
    "walrus": "(m := gp)\nAM = m.accuracy_map\n",
    "global in a function": "def setup():\n    global AM\n    AM = gp.accuracy_map\nsetup()\n",
    "appended to a list": "BOX = []\nBOX.append(gp.accuracy_map)\nAM = BOX[0]\n",
    "setattr onto a class": "class T:\n    pass\nsetattr(T, 'f', gp.accuracy_map)\nAM = T.f\n",
    "attrgetter": "import operator\nAM = operator.attrgetter('accuracy_map')(gp)\n",
    "__globals__ of a function": "def own():\n    pass\nAM = getattr(own, '__globals__')['gp'].accuracy_map\n",
    "a code copy": "import types\nAM = types.FunctionType(gp.scatter.__code__, gp.scatter.__globals__)\n",
    "pickle": "import pickle\nAM = pickle.loads(b'...')\n",
    "marshal": "import marshal\nAM = marshal.loads(b'...')\n",
    "match on the module": "match gp:\n    case object(accuracy_map=AM):\n        pass\n",
    "getattr inside the graded function": "AM = None\ndef helper(X, *a):\n"
                                          "    return getattr(gp, 'accuracy' + '_map')(X, *a)\nAM = helper\n",
    "__dict__ inside the graded function": "AM = lambda *a: gp.__dict__['accuracy' + '_map'](*a)\n",
}


@pytest.mark.parametrize("how", EVASIONS)
def test_dynamic_delegation_is_flagged(how):
    uses = scan(EVASIONS[how] + BODY)
    assert uses, how


@pytest.mark.parametrize("how", ["getattr, computed name", "vars of the module", "globals and __dict__"])
def test_the_note_says_why(how):
    uses = scan(EVASIONS[how] + BODY)
    assert any(u.startswith("uses dynamic code (") and u.endswith("that the integrity check cannot follow")
               for u in uses), uses


def test_a_literal_exec_is_read_as_code():
    assert "calls helpers.geometry_plots.accuracy_map" in scan(EVASIONS["exec of an import"] + BODY)


def test_the_red_team_notebooks_are_flagged():
    import pathlib
    root = pathlib.Path("/tmp/rt-findings/05-integrity")
    if not root.exists():
        pytest.skip("red-team reproduction not present")
    wanted = {ex.name: ex.forbidden for ex in checks.exercises("03_xor_mlp")}
    for folder in sorted(root.glob("v*")):
        cells = code_cells(json.loads((folder / "03_xor_mlp.ipynb").read_text()))
        assert integrity.scan_cells(cells, wanted, list(wanted))["best_line_accuracy"], folder.name


HONEST = {
    "numpy only": "AM = lambda X, t, a, o: np.zeros((len(a), len(o)))\n",
    "literal getattr on own objects": "class Box:\n    shape = 3\n"
                                      "AM = lambda X, *a: np.zeros(getattr(Box, 'shape', 1) + 0 * len(a))\n",
    "getattr on numpy, literal": "AM = lambda X, *a: getattr(np, 'zeros')(3)\n",
    "re.compile": "import re\nPAT = re.compile('a+')\nAM = lambda *a: np.zeros(len(PAT.pattern))\n",
    "find_spec of another package": "import importlib.util\nHAS_TORCH = importlib.util.find_spec('torch') is not None\n"
                                    "AM = lambda *a: np.zeros(3)\n",
    "course plots elsewhere": "gp.scatter(None, 1, 2, 3)\nAM = lambda *a: np.zeros(3)\n",
    "dynamic code in a function it never calls": "def plot(ax, name):\n    return getattr(ax, name)()\n"
                                                "def show():\n    exec('print(1)')\n"
                                                "AM = lambda *a: np.zeros(3)\n",
}


@pytest.mark.parametrize("how", HONEST)
def test_honest_code_is_not_flagged(how):
    assert scan(HONEST[how] + BODY) == [], how


def test_unknown_dynamic_code_flags_only_exercises_with_their_own_course_helpers():
    cell = "AM = vars(np)['zeros']\n" + BODY
    assert scan(cell)
    assert scan(cell, CHECKS_ONLY) == []
    # dynamic code aimed at a course module flags every exercise the module matters to
    assert scan("from helpers import checks as C\nAM = getattr(C, 'x' + 'y')\n" + BODY, CHECKS_ONLY)


@pytest.mark.parametrize("lesson", sorted(p.stem for p in SOLUTIONS.glob("[0-9][0-9]_*.ipynb")))
def test_honest_solutions_get_no_integrity_note(lesson):
    cells = code_cells(json.loads((SOLUTIONS / f"{lesson}.ipynb").read_text(encoding="utf-8")))
    wanted = {ex.name: ex.forbidden for ex in checks.exercises(lesson)}
    assert wanted
    result = integrity.scan_cells(cells, wanted, list(wanted))
    assert {name: uses for name, uses in result.items() if uses} == {}


# AM is defined by no cell plainly: dynamic code in any function (here one called at the top) may have made it.
ELSEWHERE = {
    "globals() in a function called at the top": "def setup():\n    globals()['AM'] = getattr(gp, 'acc' + 'uracy_map')\n"
                                                 "setup()\n",
    "exec of a global statement in a function": "def setup():\n    exec('global AM; AM = gp.' + 'accuracy_map')\n"
                                                "setup()\n",
}


@pytest.mark.parametrize("how", ELSEWHERE)
def test_a_name_defined_only_by_dynamic_code_elsewhere_is_flagged(how):
    assert scan(ELSEWHERE[how] + BODY)


def test_the_feedback_says_may_for_dynamic_code_only():
    from grader import integrity as policy
    from grader.results import ExerciseResult

    record = ExerciseResult("best_line_accuracy", 2.0, 2.0, True, "ok")
    policy.apply(record, scan(EVASIONS["getattr, computed name"] + BODY), "withhold")
    assert record.points == 0 and "may hand its work to the course's own code" in record.feedback
    record = ExerciseResult("best_line_accuracy", 2.0, 2.0, True, "ok")
    policy.apply(record, ["calls helpers.geometry_plots.accuracy_map"], "flag")
    assert record.points == 2.0 and "it uses the course's own code" in record.feedback
