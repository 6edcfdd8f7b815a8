"""The integrity flag: does a graded function just hand its work to the course?

Some exercises ask the student to write what ``helpers`` already provides for
later lessons (``helpers.layers.softmax_loss``, ``helpers.xor_net.train``...).
Each ``Exercise.course_helpers`` lists what that exercise may not delegate to:
a function (``"helpers.layers.softmax_loss"``) or a whole module
(``"helpers.layers"``); a name without the ``helpers.`` prefix is relative to
``helpers``.

``inspect_name`` runs in the grading child, after the notebook has run, and
looks at the live object: is it the course's function itself (identity or
``__module__``), or does its code — or the code of the student's own functions
it calls, a few levels deep — reference one of those functions or modules
through its globals, closures or imports? It returns plain strings (sent to the
parent as data). It is a flag for a person to review, not proof: code that
builds the name at run time (``getattr(m, "soft" + "max_loss")``) is not seen,
and since it runs beside the student's code a determined cheat could forge it.
"""

from __future__ import annotations

import functools
import importlib
import types

MAX_DEPTH = 4


def resolve(entry: str):
    """The module or object an entry names, or None when it does not exist."""
    path = entry if entry == "helpers" or entry.startswith("helpers.") else f"helpers.{entry}"
    try:
        return path, importlib.import_module(path)
    except ImportError:
        pass
    module_name, _, attr = path.rpartition(".")
    try:
        return path, getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError):
        return path, None


class _Targets:
    def __init__(self, entries):
        self.modules: dict[str, str] = {}        # module __name__ -> label
        self.objects: dict[int, str] = {}        # id of a course object -> label
        self.attrs: dict[tuple[str, str], str] = {}  # (module name, attribute) -> label
        for entry in entries:
            label, obj = resolve(str(entry))
            if obj is None:
                continue
            if isinstance(obj, types.ModuleType):
                self.modules[obj.__name__] = label
            else:
                self.objects[id(obj)] = label
                module = getattr(obj, "__module__", None) or label.rpartition(".")[0]
                self.attrs[(module, getattr(obj, "__name__", label.rpartition(".")[2]))] = label

    def of_object(self, obj) -> str | None:
        if id(obj) in self.objects:
            return self.objects[id(obj)]
        if isinstance(obj, types.ModuleType):
            return self.modules.get(obj.__name__)
        module = getattr(obj, "__module__", None)
        name = getattr(obj, "__name__", None)
        if isinstance(module, str):
            if module in self.modules:
                return f"{module}.{name}" if isinstance(name, str) else module
            if isinstance(name, str) and (module, name) in self.attrs:
                return self.attrs[(module, name)]
        return None


def _code_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _code_names(const)
    return names


def _functions_of(obj) -> list[types.FunctionType]:
    """The Python functions that make up a graded object (its methods for a class)."""
    if isinstance(obj, types.MethodType):
        obj = obj.__func__
    if isinstance(obj, types.FunctionType):
        return [obj]
    if isinstance(obj, type):
        found = []
        for value in vars(obj).values():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if isinstance(value, property):
                value = value.fget
            if isinstance(value, types.FunctionType):
                found.append(value)
        return found
    return []


def _scan(func: types.FunctionType, targets: _Targets, depth: int, seen: set, found: list) -> None:
    # ``seen`` starts with the other graded objects: they are judged (and flagged) on their own.
    if id(func) in seen or depth > MAX_DEPTH:
        return
    seen.add(id(func))
    names = _code_names(func.__code__)
    referenced = []
    for name in names:
        if name in targets.modules:  # `import helpers.layers` inside the function
            found.append(f"imports {targets.modules[name]}")
        for (module, attr), label in targets.attrs.items():
            if name == module and attr in names:  # `from helpers.layers import softmax_loss`
                found.append(f"imports {label}")
        if name in func.__globals__:
            referenced.append(func.__globals__[name])
    for cell in func.__closure__ or ():
        try:
            referenced.append(cell.cell_contents)
        except ValueError:  # an empty cell
            pass
    referenced += list(func.__defaults__ or ()) + list((func.__kwdefaults__ or {}).values())
    for value in referenced:
        if id(value) in seen:  # scanned already, or another graded name (judged on its own)
            continue
        if isinstance(value, types.ModuleType):
            found += _module_uses(value, names, targets)
            continue
        label = targets.of_object(value)
        if label is not None:
            found.append(f"calls {label}")
        elif isinstance(value, types.FunctionType) and value.__module__ == "__main__":
            _scan(value, targets, depth + 1, seen, found)  # the student's own helper function
        elif isinstance(value, type) and value.__module__ == "__main__":
            if id(value) not in seen:
                for method in _functions_of(value):
                    _scan(method, targets, depth + 1, seen, found)


def _module_uses(module: types.ModuleType, names: set, targets: _Targets, depth: int = 0) -> list[str]:
    """What code that names ``module`` and attributes ``names`` reaches of the targets."""
    found = []
    if module.__name__ in targets.modules:
        used = sorted(n for n in names if not n.startswith("__") and hasattr(module, n))
        found += [f"calls {module.__name__}.{n}" for n in used] or [f"uses {module.__name__}"]
        return found
    for n in names:
        if (module.__name__, n) in targets.attrs:
            found.append(f"calls {targets.attrs[(module.__name__, n)]}")
        sub = getattr(module, n, None) if depth < 2 else None
        if isinstance(sub, types.ModuleType) and sub.__name__.startswith(module.__name__ + "."):
            found += _module_uses(sub, names, targets, depth + 1)  # helpers.layers.softmax_loss
    return found


def inspect_name(obj, entries, others=()) -> list[str]:
    """How the graded object ``obj`` delegates to the listed course helpers (may be empty).

    ``others`` are the notebook's other graded objects: calling the student's own
    ``softmax_cross_entropy`` from ``train_softmax_regression`` is not delegation
    (if that function delegates, it is flagged itself)."""
    try:
        targets = _Targets(entries)
        if not (targets.modules or targets.objects):
            return []
        direct = obj.func if isinstance(obj, functools.partial) else obj
        label = targets.of_object(direct)
        if label is not None:
            return [f"is {label} itself"]
        found: list[str] = []
        seen: set = {id(o) for o in others if o is not obj}
        for func in _functions_of(direct):
            _scan(func, targets, 0, seen, found)
        return sorted(set(found))[:5]
    except Exception:  # never let an odd object stop the grading child
        return []
