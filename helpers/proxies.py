"""Stand-ins for the course's graded names inside a notebook being judged.

While the grader judges one exercise, each other graded name it may call (one
already judged) is replaced in the notebook's namespace by a proxy made here.
Calling it sends the arguments, as plain data (``helpers.values``), to the
course's reference running in a process of its own (``grader.oracle``), and
returns what the reference returned. So the exercise under test is judged with
correct pieces around it, and the notebook sees only outputs for the inputs it
passes, never the reference's code, source, bytecode or constants.

A course class (lesson 05's gates) becomes a proxy class: making an instance
makes one in the oracle, and the instance's methods and public attributes are
reached through a handle. A reference that changes an argument in place
(an array, a list, a dict) has the change copied back into the caller's object.

An argument that cannot cross as data (a function, a generator, a student's own
object) cannot reach the reference, and the reference never calls back into a
notebook: such a call is made with the student's own definition of that name,
as the student wrote it (``numerical_gradient(f, x)`` in lesson 05 is the one such
name; no reference calls it, so only a student's own code calling it with its own
function is affected). This module is course code: it is public, holds nothing
secret, and runs in the notebook's process.
"""

from __future__ import annotations

import builtins

import numpy as np

from helpers import values
from helpers.i18n import tr

CANNOT_CROSS = "A value passed to a course function could not be sent to it (only numbers, strings, lists, " \
               "tuples, dicts and NumPy arrays can), and this notebook has no definition of its own to use instead."
NO_ANSWER = "The course's own version of a function this code calls gave no answer; this is not your fault."


class _CannotCross(Exception):
    pass


def _wire(value, depth: int = 0):
    """``value`` as wire data, proxies of course instances as handles; _CannotCross otherwise."""
    if isinstance(value, _Instance):
        handle = object.__getattribute__(value, "_handle")
        if handle is None:
            raise _CannotCross
        return {"$handle": handle}
    kind = type(value)
    if depth < values.MAX_DEPTH and kind in (list, tuple):
        return {"$list" if kind is list else "$tuple": [_wire(v, depth + 1) for v in value]}
    if depth < values.MAX_DEPTH and kind is dict:
        if not all(type(k) is str for k in value):
            raise _CannotCross
        return {"$dict": {k: _wire(v, depth + 1) for k, v in value.items()}}
    data = values.encode(value)
    if isinstance(data, dict) and "$opaque" in data:
        raise _CannotCross
    return data


class Link:
    """The way to the oracle: ``ask(request) -> answer`` (given by the grader's child)."""

    def __init__(self, ask):
        self.ask = ask
        self.classes: dict[str, type] = {}

    def value(self, data):
        """Decode an answer's value; handles become proxy instances of a generic course class."""
        if isinstance(data, dict) and "$handle" in data:
            return _instance(self, data["$handle"], data.get("methods") or [])
        if isinstance(data, dict) and ("$list" in data or "$tuple" in data):
            body = data.get("$list", data.get("$tuple"))
            items = [self.value(v) for v in body]
            return items if "$list" in data else tuple(items)
        if isinstance(data, dict) and "$dict" in data:
            return {k: self.value(v) for k, v in data["$dict"].items()}
        return values.decode(data)

    def outcome(self, request: dict, args: tuple):
        answer = self.ask(request)
        if not isinstance(answer, dict) or "refused" in answer or "failed" in answer:
            raise RuntimeError(tr(NO_ANSWER))
        if "raised" in answer:
            raise _exception(answer["raised"])
        if "method" in answer:
            return answer
        for index, data in (answer.get("mutated") or {}).items():
            _copy_back(args[int(index)], self.value(data))
        return self.value(answer.get("value"))


def _exception(info) -> BaseException:
    """The reference's exception, as the nearest built-in type with its message."""
    info = info if isinstance(info, dict) else {}
    message = str(info.get("message", ""))[:400]
    for name in info.get("types") or ():
        kind = getattr(builtins, str(name), None)
        if isinstance(kind, type) and issubclass(kind, Exception):
            try:
                return kind(message)
            except Exception:  # noqa: BLE001 — a built-in that wants other arguments
                continue
    return RuntimeError(message)


def _copy_back(target, new) -> None:
    """What a reference changed in place, into the caller's own object."""
    try:
        if isinstance(target, np.ndarray) and isinstance(new, np.ndarray) and target.shape == new.shape:
            np.copyto(target, new, casting="unsafe")
        elif isinstance(target, list) and isinstance(new, list):
            target[:] = new
        elif isinstance(target, dict) and isinstance(new, dict):
            for key in [k for k in target if k not in new]:
                del target[key]
            for key, value in new.items():
                if key in target:
                    _copy_back(target[key], value)
                    if not (isinstance(target[key], (np.ndarray, list, dict))):
                        target[key] = value
                else:
                    target[key] = value
    except (ValueError, TypeError):
        pass


def function(link: Link, name: str, own=None):
    """A proxy for the course's function ``name`` (``own``: the student's, for arguments that cannot cross)."""
    def proxy(*args, **kwargs):
        try:
            request = {"op": "call", "name": name, "args": [_wire(a) for a in args],
                       "kwargs": {k: _wire(v) for k, v in kwargs.items()}}
        except _CannotCross:
            if callable(own):
                return own(*args, **kwargs)
            raise TypeError(tr(CANNOT_CROSS)) from None
        return link.outcome(request, args)

    proxy.__name__ = proxy.__qualname__ = name
    proxy.__doc__ = f"The course's {name} (runs apart; only its result comes back)."
    return proxy


def _method(link: Link, handle: int, name: str):
    def call(*args, **kwargs):
        try:
            request = {"op": "method", "handle": handle, "name": name, "args": [_wire(a) for a in args],
                       "kwargs": {k: _wire(v) for k, v in kwargs.items()}}
        except _CannotCross:
            raise TypeError(tr(CANNOT_CROSS)) from None
        return link.outcome(request, args)

    call.__name__ = call.__qualname__ = name
    return call


class _Instance:
    """An instance of a course class living in the oracle, reached by its handle."""

    def __getattr__(self, name):
        handle, link, methods = (object.__getattribute__(self, n) for n in ("_handle", "_link", "_methods"))
        if name.startswith("_") or handle is None:
            raise AttributeError(name)
        if name in methods:
            return _method(link, handle, name)
        answer = link.outcome({"op": "attr", "handle": handle, "name": name}, ())
        if isinstance(answer, dict) and answer.get("method"):
            return _method(link, handle, name)
        return answer


def _instance(link: Link, handle, methods) -> _Instance:
    made = object.__new__(_Instance)
    object.__setattr__(made, "_handle", handle if type(handle) is int else None)
    object.__setattr__(made, "_link", link)
    object.__setattr__(made, "_methods", frozenset(m for m in methods if isinstance(m, str)))
    return made


def course_class(link: Link, name: str):
    """A proxy for the course's class ``name``: its instances live in the oracle."""
    def __init__(self, *args, **kwargs):
        try:
            request = {"op": "new", "name": name, "args": [_wire(a) for a in args],
                       "kwargs": {k: _wire(v) for k, v in kwargs.items()}}
        except _CannotCross:
            raise TypeError(tr(CANNOT_CROSS)) from None
        made = link.outcome(request, args)
        if not isinstance(made, _Instance):
            raise RuntimeError(tr(NO_ANSWER))
        for field in ("_handle", "_link", "_methods"):
            object.__setattr__(self, field, object.__getattribute__(made, field))

    proxy = type(name, (_Instance,), {"__init__": __init__, "__qualname__": name,
                                      "__doc__": f"The course's {name} (its instances live apart)."})
    return proxy


def install(namespace: dict, names: dict[str, str], ask) -> None:
    """Replace each of ``names`` (name -> "function" or "class") in ``namespace`` by a proxy."""
    link = Link(ask)
    for name, kind in names.items():
        own = namespace.get(name)
        namespace[name] = course_class(link, name) if kind == "class" else function(link, name, own)
