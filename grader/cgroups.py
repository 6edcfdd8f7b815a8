"""Per-worker limits on processes and memory, where the machine lets us.

A notebook's own user namespace makes RLIMIT_NPROC count its processes, but
the kernel never applies that limit to processes whose real user is root —
which is what they are when the grader runs as root (a container, CI). There a
cgroup does the job: each worker (zygote) gets a cgroup of its own with a cap
on processes (a fork flood stops) and on memory (many processes under the
per-process address-space limit still cannot take the machine). Only one
notebook runs in a worker at a time, so the worker's cap is the notebook's.

Best effort: cgroup v2 or v1 ``pids``/``memory`` controllers that this process
may write to. ``available()`` says which; the grader records it in its
results. Without cgroups, the process limit still holds for non-root users.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

MAX_PIDS = 128
ROOT = Path("/sys/fs/cgroup")


def _own_path(controller: str) -> str | None:
    try:
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, names, path = line.split(":", 2)
            if controller in names.split(",") or (names == "" and controller == ""):
                return path
    except (OSError, ValueError):
        pass
    return None


def _parent(controller: str) -> Path | None:
    """A cgroup directory we can create children in, for ``controller``."""
    v2 = ROOT / "cgroup.controllers"
    if v2.exists():
        path = _own_path("")
        base = ROOT / (path or "/").lstrip("/")
        try:
            if controller in (base / "cgroup.subtree_control").read_text().split():
                return base if os.access(base, os.W_OK) else None
        except OSError:
            return None
        return None
    path = _own_path(controller)
    base = ROOT / controller / (path or "/").lstrip("/")
    return base if path is not None and os.access(base, os.W_OK) else None


def accounting_parent() -> Path | None:
    """Where a worker's CPU can be counted: cgroup v1's ``cpuacct`` hierarchy, or the v2
    cgroup the other controllers use (every v2 cgroup has ``cpu.stat``)."""
    if (ROOT / "cgroup.controllers").exists():
        return _parent("pids") or _parent("memory")
    return _parent("cpuacct")


def cpu_seconds_in(path: Path) -> float | None:
    """CPU seconds of every process cgroup ``path`` ever held, however each ended (cgroup v1
    ``cpuacct.usage`` or v2 ``cpu.stat``); None where it keeps no such count."""
    try:
        if (path / "cpuacct.usage").exists():
            return int((path / "cpuacct.usage").read_text()) / 1e9
        if (path / "cpu.stat").exists():
            return int((path / "cpu.stat").read_text().split("usage_usec", 1)[1].split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        return None
    return None


CONTROLLERS = ("pids", "memory", "cpuacct")   # a worker's cgroups, one per controller


def _parent_for(controller: str) -> Path | None:
    """Where a worker's cgroup for ``controller`` goes (CPU is counted wherever it can be)."""
    return accounting_parent() if controller == "cpuacct" else _parent(controller)


def counts_cpu() -> bool:
    """Whether a worker's CPU time can be counted by its cgroup here."""
    return accounting_parent() is not None


def available() -> list[str]:
    return [c for c in ("pids", "memory") if _parent(c) is not None]


class WorkerCgroup:
    """The cgroups of one worker; ``add(pid)`` moves a process in, ``remove()`` cleans up."""

    def __init__(self, name: str, memory_mb: int):
        self.dirs: list[Path] = []
        limits = {"pids": {"pids.max": str(MAX_PIDS)},
                  "memory": {"memory.limit_in_bytes": str(memory_mb * 2**20), "memory.max": str(memory_mb * 2**20)}}
        for controller in CONTROLLERS:
            settings = limits.get(controller, {})
            parent = _parent_for(controller)
            if parent is None:
                continue
            path = parent / name
            try:
                path.mkdir(exist_ok=True)
                for key, value in settings.items():
                    if (path / key).exists():
                        (path / key).write_text(value)
                if path not in self.dirs:
                    self.dirs.append(path)
            except OSError:
                continue

    def cpu_seconds(self) -> float | None:
        """CPU time of every process the worker ever had, or None where the machine keeps no
        such count for us."""
        for path in self.dirs:
            found = cpu_seconds_in(path)
            if found is not None:
                return found
        return None

    def wrap(self, argv: list[str]) -> list[str]:
        """``argv`` run by a shell that first moves itself into the cgroups (then execs),
        so every process the worker ever starts is inside from the first fork."""
        if not self.dirs:
            return argv
        joins = " && ".join(f"echo $$ > '{path}/cgroup.procs'" for path in self.dirs)
        return ["/bin/sh", "-c", f'{joins}; exec "$@"', "sh", *argv]

    def add(self, pid: int) -> None:
        for path in self.dirs:
            try:
                (path / "cgroup.procs").write_text(str(pid))
            except OSError:
                pass

    def remove(self, wait: float = 5.0) -> None:
        """Kill what is left inside and remove the cgroups. A worker just killed takes a
        moment to die (bwrap's processes go with their parent, not at once) and the kernel
        refuses to remove a cgroup until its last process is gone, so try until then."""
        deadline = time.monotonic() + wait
        for path in self.dirs:
            while path.exists():
                try:
                    path.rmdir()
                except FileNotFoundError:
                    break
                except OSError:
                    if time.monotonic() >= deadline:
                        break
                    _kill_members(path)
                    time.sleep(0.02)
        self.dirs = [path for path in self.dirs if path.exists()]


def _parents() -> set[Path]:
    """Where this process makes its workers' cgroups, for each controller it uses."""
    found = {_parent_for(controller) for controller in CONTROLLERS}
    return {path for path in found if path is not None}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but not ours to signal
    return True


def sweep_stale() -> int:
    """Remove the workers' cgroups of graders that are gone (a grader killed with SIGKILL cannot
    remove its own): only ``nn-grader-<pid>-*`` cgroups whose grader ``pid`` no longer runs, and
    only empty ones (the kernel refuses to remove any other). How many were removed."""
    removed = 0
    for parent in _parents():
        try:
            entries = list(parent.glob("nn-grader-*"))
        except OSError:
            continue
        for path in entries:
            pid = path.name.split("-")[2]
            if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
                continue
            try:
                path.rmdir()
                removed += 1
            except OSError:
                pass
    return removed


def _kill_members(path: Path) -> None:
    """Every process still in a worker's cgroup (they are all the worker's)."""
    try:
        pids = [int(p) for p in (path / "cgroup.procs").read_text().split()]
    except (OSError, ValueError):
        return
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
