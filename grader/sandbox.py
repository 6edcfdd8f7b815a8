"""``--sandbox``: run each grading worker inside bubblewrap (``bwrap``).

The zygote (and so every child it forks for a notebook) starts in a fresh
mount, PID, network, IPC and UTS namespace, as an unprivileged user with no
capabilities, where the file system holds only what Python needs, read-only:
the system's ``/usr``, ``/lib*``, ``/bin``, ``/etc/ld.so.cache``, the Python
installation and virtual environment, and the course's ``grader``,
``helpers`` and ``data`` folders. The root it is all mounted on (so ``/etc``
and every folder bwrap creates above a bind, wherever the course and Python
live) and the minimal ``/dev`` are read-only as well; ``/proc`` is the
sandbox's own, the network is a lone loopback. The only places a notebook can
write are the empty, size-limited ``/tmp`` and ``/dev/shm`` its child mounts
for it alone (``grader.isolation``), gone with its job. Submissions need no mount at all: the grader reads
them into memory first and sends the cells over a pipe. So a notebook cannot
see other students' folders, the JSON/CSV/feedback outputs, a ``--cases``
file, your home directory or its keys, and cannot signal the grader (it is
in another PID namespace).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grader
import helpers

ZYGOTE_TMP_BYTES = 16 * 2**20  # the zygote's own /tmp, never seen by a notebook
_SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
_ETC = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
        "/etc/localtime", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/fonts")


def _course_dirs() -> list[str]:
    dirs = [os.path.dirname(os.path.abspath(grader.__file__)),
            os.path.dirname(os.path.abspath(helpers.__file__))]
    data = Path(dirs[1]).parent / "data"
    if data.is_dir():
        dirs.append(str(data))
    return dirs


def _course_root() -> str:
    return os.path.dirname(os.path.dirname(os.path.abspath(grader.__file__)))


def _python_dirs() -> list[str]:
    """Python's installation and packages — never the current directory or the
    course root (which hold solutions, submissions, outputs, a cases file)."""
    places = {os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    places.add(os.path.dirname(os.path.dirname(os.path.realpath(sys.executable))))
    root, cwd = os.path.realpath(_course_root()), os.path.realpath(os.getcwd())
    for entry in sys.path:
        if not entry or not os.path.isdir(entry) or entry.startswith(tuple(_SYSTEM)):
            continue
        real = os.path.realpath(entry)
        if real in (root, cwd) or root.startswith(real + os.sep) or cwd.startswith(real + os.sep):
            continue  # `python -m` puts the current directory first on sys.path
        places.add(real)
    # Drop places inside other places, and any that would expose a whole home or /.
    chosen = []
    for place in sorted(places, key=len):
        if place in ("/", os.path.expanduser("~")) or any(place.startswith(c + os.sep) for c in chosen):
            continue
        chosen.append(place)
    return chosen


def bound_dirs() -> list[str]:
    """Every folder the sandbox binds read-only besides the system: Python and the course."""
    root, cwd = os.path.realpath(_course_root()), os.path.realpath(os.getcwd())
    return [p for p in _python_dirs() if p not in (root, cwd)] + _course_dirs()


def python_path() -> str:
    """PYTHONPATH inside the sandbox: the course root first, then the grader's own entries
    (the workers and the self-test see the same)."""
    own = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return os.pathsep.join([os.path.realpath(_course_root())] + own)


def under_tmp() -> list[str]:
    """The bound folders that live under /tmp (a notebook's own /tmp must not hide them)."""
    return [p for p in bound_dirs() if p.startswith("/tmp/")]


def command(workdir: str | None = None, user_namespace: bool = True) -> list[str]:
    """The bwrap prefix that runs a command in the sandbox described above."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise FileNotFoundError("bwrap")
    args = [bwrap, "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net",
            "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try", "--hostname", "grading",
            "--cap-drop", "ALL"]
    if user_namespace:
        args += ["--unshare-user", "--uid", "65534", "--gid", "65534"]
    # The empty /tmp comes first: a course cloned under /tmp (as CI does) is
    # then bound on top of it rather than hidden beneath it. It is the zygote's own
    # (Matplotlib's cache, written once at start-up): every notebook gets a fresh tmpfs
    # mounted over it (grader.isolation.seal_filesystem), which it cannot unmount.
    args += ["--proc", "/proc", "--dev", "/dev", "--size", str(ZYGOTE_TMP_BYTES), "--tmpfs", "/tmp"]
    for path in _SYSTEM:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    for path in _ETC:
        args += ["--ro-bind-try", path, path]
    for path in _python_dirs():
        if path in (os.path.realpath(_course_root()), os.path.realpath(os.getcwd())):
            continue
        args += ["--ro-bind", path, path]
    course = _course_dirs()
    for path in course:
        args += ["--ro-bind", path, path]
    # Read-only from here on: the root tmpfs (and so /etc and every folder bwrap made
    # above a bind: the course root, a pyenv under a home folder, a conda prefix under
    # /opt, a CI tool cache) and /dev. The kernel locks these flags for the notebooks'
    # own, less privileged namespaces: nothing a notebook writes can outlive its job.
    args += ["--remount-ro", "/dev", "--remount-ro", "/"]
    args += ["--chdir", workdir or "/"]
    # A fresh, minimal environment: nothing of the grader's (tokens, paths) leaks in.
    args += ["--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp",
             "--setenv", "TMPDIR", "/tmp", "--setenv", "LANG", "C.UTF-8",
             # The child imports the very course the grader runs (a copy of the course
             # run with another copy's Python would otherwise import that other copy,
             # whose folders are not bound).
             "--setenv", "PYTHONPATH", python_path()]
    return args


# The sandbox must import the course and give each notebook namespaces of its own.
_SELF_TEST = """
import os, sys, numpy, grader, helpers
from grader import isolation, sandbox
pid = os.fork()
if pid == 0:
    try:
        isolation.enter_namespaces()
        inner = os.fork()
        if inner == 0:
            isolation.seal_filesystem(sandbox.under_tmp())
            isolation.drop_capabilities()
            import helpers.layers  # a module nobody imported yet must still be there
            os._exit(0 if os.getpid() == 1 else 3)
        os._exit(os.waitstatus_to_exitcode(os.waitpid(inner, 0)[1]))
    except BaseException as exc:
        print(exc, file=sys.stderr)
        os._exit(2)
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
"""


def run_as(sandboxed: bool, drop: bool = True) -> str:
    """Who a notebook runs as, in words for the results."""
    import pwd

    try:
        me = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        me = str(os.geteuid())
    if sandboxed:
        return f"uid 65534 in a user namespace of its own (mapped to {me}), no capabilities"
    if os.geteuid() == 0 and drop:
        from grader.privileges import can_drop_privileges

        return "nobody" if can_drop_privileges() else f"{me} (root: Python is not readable by 'nobody')"
    return me


@functools.lru_cache(maxsize=1)
def probe() -> tuple[list[str] | None, str]:
    """A bwrap prefix that works on this machine, or None and the reason."""
    if shutil.which("bwrap") is None:
        return None, "bwrap (bubblewrap) is not installed; apt-get install bubblewrap"
    reason = ""
    for user_namespace in (True, False):
        prefix = command(user_namespace=user_namespace)
        try:
            done = subprocess.run(prefix + [sys.executable, "-c", _SELF_TEST],
                                  capture_output=True, text=True, timeout=60, cwd="/")
        except (OSError, subprocess.TimeoutExpired) as exc:
            reason = str(exc)
            continue
        if done.returncode == 0:
            return prefix, ""
        reason = (done.stderr.strip().splitlines() or ["exit code %d" % done.returncode])[-1]
    return None, f"bwrap cannot run here: {reason}"
