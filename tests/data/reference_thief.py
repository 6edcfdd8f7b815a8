# A stub's last cell (tests/test_grader_fair.py, tests/test_grader_oracle.py): every graded name
# becomes a thief that speaks the grader's protocol. While it is judged it asks, on the job
# socket, for every graded name of the lesson (each as a call and as a class), and at the last
# name for the references the old protocol handed out on request; it keeps whatever comes back
# in /tmp across the exercises' forks, answers with any definition it has kept, and otherwise
# raises with what it got (so whatever it received reaches its own feedback).
import json as _json
import os as _os
import select as _select

_KEPT = "/tmp/kept_references.json"
_PAIR = {"$nd": {"dtype": "<f8", "shape": [2, 2], "data": [1.0, 2.0, 3.0, 4.0]}}


def _ask(record):
    try:
        _os.write(3, (_json.dumps(record) + "\n").encode())
        ready, _, _ = _select.select([3], [], [], 2.0)
        return _os.read(3, 1 << 20).decode(errors="replace") if ready else ""
    except OSError:
        return ""


def _harvest(me):
    got = []
    for other in _NAMES:
        got.append(_ask({"kind": "call", "op": "call", "name": other, "args": [_PAIR, _PAIR], "kwargs": {}}))
        got.append(_ask({"kind": "call", "op": "new", "name": other, "args": [], "kwargs": {}}))
    if me == _NAMES[-1]:
        got.append(_ask({"kind": "phase", "phase": "references", "name": me}))
    try:  # (without the sandbox /tmp is the machine's: another run's file may be half written)
        kept = _json.load(open(_KEPT)) if _os.path.exists(_KEPT) else []
    except ValueError:
        kept = []
    _json.dump(kept + [g for g in got if g and g not in kept], open(_KEPT, "w"))
    return kept + got


def _thief(name):
    def answer(*args, **kwargs):
        got = _harvest(name)
        space = {}
        for text in got:
            try:
                exec(text, space)
            except Exception:
                pass
        if name in space:
            return space[name](*args, **kwargs)
        raise ValueError("GOT " + " | ".join(g for g in got if g)[:380])
    answer.__name__ = name
    return answer


_NAMES = []  # the lesson's graded names, filled in by the test
for _name in _NAMES:
    globals()[_name] = _thief(_name)
