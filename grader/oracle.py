"""The oracle: the course's reference code, running in a trusted process of its own.

Reference code never enters a process that runs student code. Where an
exercise under test calls another graded name, the notebook's namespace holds
a small proxy (``helpers.proxies``) whose calls cross to this process (through
the grader, which decides which names may be reached while which exercise is
judged: ``grader.run.session``) and come back as plain data: outputs for the
inputs the notebook passed, never code, source, bytecode or constants.

One oracle process per lesson loads the reference definitions
(``grader.references``) once, then serves *sessions* one after another: each
session is a fork of the loaded process, so the instances a session makes and
anything a call changes are gone when it ends (one grading job, or one
``outcomes`` call, is one session). The process is trusted code, but what it is
asked comes from a child: every request is decoded totally with size budgets
(``helpers.values``); only graded names may be called; an instance is reached
by a handle and only through its class's public methods and its public data
attributes; a result that is not plain data is either a handle to an instance of
a course class or an opaque marker, never a function, a class or a module. The
process has a memory limit of its own and the grader gives every request a time
limit; one that is exceeded kills the oracle (a fresh one takes the next job).

The API for the trusted side (the grader, differential checks)::

    oracle = Oracle("01_perceptron")
    oracle.outcomes(probes.call("predict", X, w).to_data())   # as helpers.probes.run_probe
    oracle.close()
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

MEMORY_MB = 2048          # the oracle's own address-space limit
START_SECONDS = 60        # an oracle not ready by then is broken
MAX_REQUEST = 8 * 2**20   # bytes in one request line
MAX_ANSWER = 64 * 2**20   # bytes in one answer line (the grader reads it)
MAX_HANDLES = 10_000      # instances one session may hold
_PR_SET_DUMPABLE = 4
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class OracleError(RuntimeError):
    """The oracle failed or did not answer in time: the grader's fault, never a student's."""


def public_name(name) -> bool:
    """A plain public identifier: no dunder, no private name (``__globals__``, ``_cache``)."""
    return (isinstance(name, str) and 0 < len(name) <= 100 and set(name) <= _NAME_CHARS
            and not name[0].isdigit() and not name.startswith("_"))


# ------------------------------------------------------------------ the grader's side


class Oracle:
    """A handle on one oracle process for ``lesson`` (started on first use)."""

    def __init__(self, lesson: str, root: Path | None = None, memory_mb: int = MEMORY_MB):
        from grader import references

        self.lesson, self.root, self.memory_mb = lesson, Path(root or references.SOLUTIONS), memory_mb
        definitions, graded = references.load(lesson, self.root)
        self.available = bool(definitions)
        self.graded = frozenset(graded)
        self.proc: subprocess.Popen | None = None
        self.sock: socket.socket | None = None
        self.pending = b""
        self.in_session = False
        self.closed = False   # closed for good (the grader is stopping): never started again

    # -- process
    def _start(self) -> None:
        from grader.run.environment import worker_env

        if self.closed:
            raise OracleError("the grader is stopping")
        ours, theirs = socket.socketpair()
        argv = [sys.executable, "-m", "grader.oracle", str(theirs.fileno()), self.lesson, str(self.root),
                str(self.memory_mb)]
        env = worker_env()
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).resolve().parents[1]),
                                                        env.get("PYTHONPATH", "")) if p)
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=env, pass_fds=(theirs.fileno(),),
                                     start_new_session=True, cwd="/")
        theirs.close()
        self.sock, self.pending = ours, b""
        if self._read(time.monotonic() + START_SECONDS) != {"ready": True} or self.closed:
            self.kill()
            raise OracleError("the course's reference process failed to start")

    def _read(self, deadline: float) -> dict | None:
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            sock = self.sock  # another thread may kill this oracle meanwhile (the grader stopping)
            if left <= 0 or len(self.pending) > MAX_ANSWER or sock is None:
                return None
            try:
                ready, _, _ = select.select([sock], [], [], min(left, 1.0))
                chunk = sock.recv(1 << 20) if ready else None
            except (OSError, ValueError):
                return None
            if ready:
                if not chunk:
                    return None
                self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError:
            return None
        return answer if isinstance(answer, dict) else None

    def _ask(self, request: dict, timeout: float) -> dict:
        try:
            self.sock.sendall(json.dumps(request, allow_nan=False).encode() + b"\n")
        except (OSError, ValueError, AttributeError):  # AttributeError: killed by another thread (sock None)
            self.kill()
            raise OracleError("the course's reference process stopped") from None
        answer = self._read(time.monotonic() + timeout)
        if answer is None:  # too slow, dead or confused: never reused
            self.kill()
            raise OracleError("the course's reference did not answer in time")
        return answer

    # -- sessions
    def begin(self, timeout: float = 10.0) -> None:
        """Start a session: a fresh copy of the loaded references (no state from earlier sessions)."""
        if self.proc is None or self.proc.poll() is not None:
            self.kill()
            self._start()
        self._ask({"op": "begin"}, timeout)
        self.in_session = True

    def request(self, request: dict, timeout: float = 10.0) -> dict:
        """One request within the session (``call``, ``new``, ``method``, ``attr``, ``probe``)."""
        if not self.in_session:
            self.begin(timeout)
        return self._ask(request, timeout)

    def end(self) -> None:
        """End the session (its instances are gone); the process stays for the next one."""
        if self.in_session and self.sock is not None:
            self.in_session = False
            try:
                self._ask({"op": "end"}, 10.0)
            except OracleError:
                pass

    def outcomes(self, probe: dict, timeout: float = 10.0) -> list[dict] | None:
        """Run ``probe`` (helpers.probes data) against the references in a session of its own;
        the outcomes encoded as ``helpers.probes.run_probe`` encodes them. None when there are
        no references (the student edition). Raises ``OracleError`` if the oracle fails."""
        if not self.available:
            return None
        self.begin(timeout)
        try:
            answer = self._ask({"op": "probe", "probe": probe}, timeout)
        finally:
            self.end()
        outcomes = answer.get("outcomes")
        if not isinstance(outcomes, list):
            raise OracleError("the course's reference process answered nonsense")
        return outcomes

    def usable(self) -> bool:
        return self.proc is not None and self.proc.poll() is None and not self.in_session

    def kill(self) -> None:
        self.in_session = False
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            self.proc = None
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def close(self) -> None:
        self.end()
        self.closed = True
        self.kill()

    def __enter__(self) -> "Oracle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ------------------------------------------------------------------ the oracle process


class _Session:
    """One session's state in the forked oracle: its instances, by handle."""

    def __init__(self, namespace: dict, graded: frozenset[str]):
        import types

        self.namespace = namespace
        self.functions = {n: v for n, v in namespace.items() if n in graded and isinstance(v, types.FunctionType)}
        self.classes = {n: v for n, v in namespace.items() if n in graded and isinstance(v, type)}
        # instances of any class the references define can come back as handles
        self.course_types = {v for v in namespace.values()
                             if isinstance(v, type) and v.__module__ == "__course_reference__"}
        self.handles: list = []

    def _instance(self, body):
        if type(body) is not int or not 0 <= body < len(self.handles):
            raise ValueError("no such instance")
        return self.handles[body]

    def _export(self, value, depth: int = 0):
        from helpers import values

        kind = type(value)
        if kind in self.course_types:
            if len(self.handles) >= MAX_HANDLES:
                return {"$opaque": kind.__name__[:100], "why": "too many instances"}
            self.handles.append(value)
            return {"$handle": len(self.handles) - 1, "methods": _methods(kind)}
        if depth < values.MAX_DEPTH and kind in (list, tuple):
            return {"$list" if kind is list else "$tuple": [self._export(v, depth + 1) for v in value]}
        if depth < values.MAX_DEPTH and kind is dict and all(type(k) is str for k in value):
            return {"$dict": {k[:values.MAX_STRING]: self._export(v, depth + 1) for k, v in value.items()}}
        return values.encode(value)

    def _arguments(self, request: dict) -> tuple[list, dict]:
        from helpers import values

        args, kwargs = request.get("args", []), request.get("kwargs", {})
        if not isinstance(args, list) or not isinstance(kwargs, dict) or len(args) > 64 or len(kwargs) > 64 \
                or not all(public_name(k) for k in kwargs):
            raise values.WireError("bad arguments")
        budget = [values.MAX_ELEMENTS]
        markers = {"$handle": self._instance}
        return ([values.decode(a, markers, 0, budget) for a in args],
                {k: values.decode(v, markers, 0, budget) for k, v in kwargs.items()})

    def answer(self, request: dict) -> dict:
        """What one request gets back; never raises."""
        from helpers import probes, values

        op, name = request.get("op"), request.get("name")
        try:
            if op == "probe":
                probe = request.get("probe")
                if not isinstance(probe, dict) or not isinstance(probe.get("steps"), list):
                    return {"refused": "bad probe"}
                return {"outcomes": probes.run_probe(probe, dict(self.namespace))}
            if not public_name(name):
                return {"refused": "bad name"}
            if op == "attr":
                instance = self._instance(request.get("handle"))
                if name in _methods(type(instance)):
                    return {"method": True}
                if name in vars(instance):
                    return {"value": self._export(vars(instance)[name])}
                return {"raised": _raised(AttributeError(f"'{type(instance).__name__}' object has no "
                                                         f"attribute '{name}'"))}
            if op == "call" and name in self.functions:
                target = self.functions[name]
            elif op == "new" and name in self.classes:
                target = self.classes[name]
            elif op == "method":
                instance = self._instance(request.get("handle"))
                if name not in _methods(type(instance)):
                    return {"refused": "bad method"}
                target = getattr(instance, name)
            else:
                return {"refused": "not a course name"}
            args, kwargs = self._arguments(request)
        except (values.WireError, ValueError, TypeError, KeyError, IndexError, RecursionError):
            return {"refused": "unreadable request"}
        before = [values.encode(a) if isinstance(a, (list, dict)) or type(a).__name__ == "ndarray" else None
                  for a in args]
        try:
            value = target(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 — the reference's answer to this input
            return {"raised": _raised(exc)}
        changed = {str(i): values.encode(a) for i, (a, b) in enumerate(zip(args, before))
                   if b is not None and values.encode(a) != b}
        return {"value": self._export(value), "mutated": changed}


def _methods(kind: type) -> list[str]:
    """The public methods a course class defines (on itself or a course base class)."""
    import types

    found = []
    for klass in kind.__mro__:
        if klass is object or klass.__module__ != "__course_reference__":
            continue
        found += [n for n, v in vars(klass).items() if public_name(n) and isinstance(v, types.FunctionType)]
    return sorted(set(found))


def _raised(exc: BaseException) -> dict:
    try:
        message = str(exc)[:400]
    except Exception:  # noqa: BLE001
        message = ""
    types_ = [t.__name__ for t in type(exc).__mro__ if t is not object]
    return {"type": types_[0], "types": types_[:8], "message": message}


def _reply(sock: socket.socket, answer: dict) -> None:
    try:
        data = json.dumps(answer, allow_nan=False).encode()
    except (ValueError, TypeError):
        data = json.dumps({"refused": "unencodable answer"}).encode()
    sock.sendall(data + b"\n")


def _lines(sock: socket.socket):
    """Request lines, each bounded; ends at EOF or on an oversized line."""
    pending = b""
    while True:
        while b"\n" not in pending:
            if len(pending) > MAX_REQUEST:
                return
            chunk = sock.recv(1 << 20)
            if not chunk:
                return
            pending += chunk
        line, pending = pending.split(b"\n", 1)
        try:
            request = json.loads(line)
        except (ValueError, RecursionError):
            request = None
        yield request if isinstance(request, dict) else {}


def _serve_session(sock: socket.socket, namespace: dict, graded: frozenset[str]) -> None:
    session = _Session(namespace, graded)
    _reply(sock, {"begun": True})
    for request in _lines(sock):
        if request.get("op") == "end":
            _reply(sock, {"ended": True})
            return
        _reply(sock, session.answer(request))


def _needed(definitions) -> list:
    """The definitions without the imports none of them uses: a solution script imports
    what its plots need too (pyplot alone is half of an oracle's start), and every grading
    starts an oracle per lesson."""
    import ast

    trees = [(d, ast.parse(d.source).body[0]) for d in definitions]
    used = set()
    for _, node in trees:
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            used |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    kept = []
    for definition, node in trees:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound = {(a.asname or a.name).split(".")[0] for a in node.names}
            if "*" not in bound and not bound & used:
                continue
        kept.append(definition)
    return kept


def serve(sock: socket.socket, lesson: str, root: Path) -> None:
    from grader import references

    definitions, graded = references.load(lesson, root)
    namespace = {"__name__": "__course_reference__"}
    for definition in _needed(definitions):
        exec(compile(definition.source, "<course reference>", "exec"), namespace)
    _reply(sock, {"ready": True})
    # one session at a time, each a fork that reads the requests until it ends
    for request in _lines(sock):
        if request.get("op") != "begin":
            _reply(sock, {"refused": "no session"})
            continue
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _serve_session(sock, namespace, frozenset(graded))
            except BaseException:  # noqa: BLE001
                code = 1
            os._exit(code)
        os.waitpid(pid, 0)


def main() -> int:
    fd, lesson, root, memory_mb = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the grader decides when we stop
    try:  # not dumpable: a same-user process may not trace it or read its memory (/proc/<pid>/mem)
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    sock = socket.socket(fileno=fd)
    try:
        serve(sock, lesson, root)
    except (OSError, EOFError, MemoryError):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
