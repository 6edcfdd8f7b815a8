"""One notebook, one sealed box: the namespaces a grading child enters.

Used by ``grader.child`` in sandbox mode, after the zygote forked it. The
zygote already runs inside bubblewrap (``grader.sandbox``: read-only system,
Python and course runtime; no network; its own PID namespace). Each child then
leaves the zygote's namespaces for fresh ones of its own:

- a new **user** namespace, where it is uid/gid 65534 (mapped to the zygote's
  uid), so the kernel counts its processes on their own (RLIMIT_NPROC) and it
  holds no capability once ``drop_capabilities`` ran;
- new **mount**, **PID**, **network**, **IPC** and **UTS** namespaces: the
  notebook gets an empty private ``/tmp`` and ``/dev/shm`` (size-limited
  tmpfs, gone with it), sees no other process (it is PID 1 of its own
  namespace, so when it ends the kernel kills everything it started), cannot
  signal its zygote or another notebook, and has no network at all.

The work is split in two because a new PID namespace applies to the *next*
process forked: ``enter_namespaces`` runs in the first child, which then forks
the process that runs the notebook and calls ``seal_filesystem`` and
``drop_capabilities``.
"""

from __future__ import annotations

import ctypes
import os
import signal

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
MS_REC, MS_PRIVATE = 0x4000, 0x40000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1
_CAPSET = {"x86_64": 126, "aarch64": 91}
SANDBOX_UID = 65534
TMP_SIZE = "64m"

_libc = ctypes.CDLL(None, use_errno=True)


class IsolationError(OSError):
    pass


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise IsolationError(errno, f"{what}: {os.strerror(errno)}")


def enter_namespaces() -> None:
    """Leave the zygote's user, mount, PID, network, IPC and UTS namespaces."""
    uid, gid = os.geteuid(), os.getegid()
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET
                         | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")
    with open("/proc/self/setgroups", "w") as handle:
        handle.write("deny")
    with open("/proc/self/uid_map", "w") as handle:
        handle.write(f"{SANDBOX_UID} {uid} 1")
    with open("/proc/self/gid_map", "w") as handle:
        handle.write(f"{SANDBOX_UID} {gid} 1")


def leave_the_mirrors_group() -> None:
    """In the notebook's process (PID 1 of the new namespace), right after the fork:
    a process group of its own, so ``os.kill(0, ...)`` from the notebook reaches only
    itself and its own children, never the process outside that reports how it ended
    (which would end the notebook at whatever cell it had reached by the time the
    zygote noticed: a crash at a random place). It dies with that process all the same:
    a parent-death SIGKILL, which the kernel delivers across the namespace boundary."""
    os.setpgid(0, 0)
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "pdeathsig")


_OPEN_TREE, _MOVE_MOUNT = 428, 429          # the same number on x86_64 and aarch64
_AT_FDCWD, _OPEN_TREE_CLONE, _AT_RECURSIVE, _O_CLOEXEC = -100, 1, 0x8000, 0o2000000
_MOVE_MOUNT_F_EMPTY_PATH = 4


def _clone_tree(path: str) -> int:
    fd = _libc.syscall(_OPEN_TREE, _AT_FDCWD, path.encode(), _OPEN_TREE_CLONE | _AT_RECURSIVE | _O_CLOEXEC)
    if fd < 0:
        errno = ctypes.get_errno()
        raise IsolationError(errno, f"open_tree {path}: {os.strerror(errno)}")
    return fd


def seal_filesystem(keep: list[str] = ()) -> None:
    """Empty, size-limited /tmp and /dev/shm of this notebook's own.

    ``keep``: read-only mounts that live under /tmp (a course or virtual environment
    cloned there, as CI does): they are cloned first and put back on the new /tmp."""
    _check(_libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "make mounts private")
    clones = [(path, _clone_tree(path)) for path in keep if os.path.isdir(path)]
    options = f"size={TMP_SIZE},mode=1777".encode()
    _check(_libc.mount(b"tmpfs", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV, options), "mount /tmp")
    for path, fd in clones:
        os.makedirs(path, exist_ok=True)
        _check(_libc.syscall(_MOVE_MOUNT, fd, b"", _AT_FDCWD, path.encode(), _MOVE_MOUNT_F_EMPTY_PATH),
               f"move_mount {path}")
        os.close(fd)
    if os.path.isdir("/dev/shm"):
        _check(_libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options),
               "mount /dev/shm")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def drop_capabilities() -> None:
    """No capability left, none to regain by exec, and not traceable."""
    number = _CAPSET.get(os.uname().machine)
    if number is None:
        raise IsolationError(0, f"capset: unknown machine {os.uname().machine}")
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()
    _check(_libc.syscall(number, ctypes.byref(header), ctypes.byref(data)), "capset")
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
