"""One warm grading pool per configuration, shared by the grading tests of a session (issue 23).

Every grading run pays before its first notebook runs: the sandbox probe (a bwrap start,
≈ 0.9 s), the preflight's first worker and the rest of the pool (≈ 2.8 s), and closing them
(≈ 0.6 s). Grading a class shares one pool among all its students; grading tests that hand
in ordinary notebooks (right, wrong, stubs, a cell that raises or exits) share one the same
way here, across tests:

- ``grader.engine.Pool`` hands out the pool kept for the configuration: the sandbox prefix,
  the memory limit and the environment a worker inherits (``worker_env``). Its ``close`` at
  the end of a grading leaves it warm; a ``kill`` (Ctrl-C, the batch time limit) really
  kills it, and the next grading gets a new one. Before each grading, a worker that died
  while idle is replaced, so one test's leftovers never cost the next test's notebooks.
- ``grader.preflight.first_worker`` still checks the modules, and still starts the first
  worker through the real preflight (with its ``SetupError``) when the configuration has no
  pool yet; that worker becomes the pool's first.
- ``grader.sandbox.probe``'s answer is kept per working directory and ``sys.path`` (what
  the prefix depends on), and ``generated_cases`` (the differential cases, their expectations
  from an oracle of the course's references, or read back from build/kept-answers) per set of lessons: both are
  fixed for a session (``grader.references`` caches the references for the process), and
  every file takes these two, fresh pools or not.

Each grading still runs every notebook as a new job: a child forked afresh from a worker, in
a box of its own, which is what grading a class does too. Tests whose subject is the life
of the pool itself take a fresh one: ``@pytest.mark.fresh_pool`` on a test, or the file in
``conftest.FRESH_POOL_FILES`` (see there which, and why).
"""

from __future__ import annotations

import os
import queue
import sys
from contextlib import contextmanager

import pytest

import grader.__main__ as cli
from grader import engine, preflight, sandbox
from grader.run import DEFAULT_MEMORY_MB, Pool
from grader.run.environment import worker_env

WARM_JOBS = 2  # the CLI's default -j on this course's 2-core machines; more are added when asked


class _Lent:
    """What the patched preflight hands the CLI in place of a started worker: the pool
    already holds it, so the CLI's ``first.close()`` is a no-op."""

    scratch = None

    def close(self) -> None:
        pass


def _leave_warm() -> None:
    """``Pool.close`` for a shared pool: the grading is over, the pool stays."""


class WarmPools:
    def __init__(self):
        self.pools: dict[tuple, Pool] = {}
        self.probes: dict[tuple, tuple] = {}
        self.generated: dict[tuple, dict] = {}
        self.enabled = True
        self.started = 0   # pools started (each ≈ 3 s)
        self.served = 0    # gradings that took a shared pool
        self._real_probe = sandbox.probe
        self._real_first = preflight.first_worker
        self._real_pool = engine.Pool
        self._real_generated = engine.generated_cases

    # ------------------------------------------------------------- the patched entry points

    def probe(self):
        key = (os.getcwd(), tuple(sys.path))
        if key not in self.probes:
            self.probes[key] = self._real_probe()
        prefix, why = self.probes[key]
        return (list(prefix) if prefix else prefix), why

    def generated_cases(self, lessons, oracles=None):
        key = tuple(lessons)  # the oracles it started end with it: a warm pool keeps its own
        if key not in self.generated:
            self.generated[key] = self._real_generated(list(lessons))
        return self.generated[key]  # read only: scoring.Options and the jobs take cases from it

    def first_worker(self, prefix, memory_mb):
        if not self.enabled:
            return self._real_first(prefix, memory_mb)
        preflight.require_modules()
        key = self._key(prefix, memory_mb)
        pool = self.pools.get(key)
        if pool is None or pool.closed:
            first = self._real_first(prefix, memory_mb)  # a set-up fault stops here, as it does without tests
            pool = self._real_pool(WARM_JOBS, prefix, memory_mb, first=first)
            pool.close = _leave_warm
            self.pools[key] = pool
            self.started += 1
        return _Lent()

    def pool(self, jobs, prefix=None, memory_mb=DEFAULT_MEMORY_MB, lessons=(), first=None, oracles=None):
        if not self.enabled or not isinstance(first, _Lent):  # a real worker given by hand: not ours
            return self._real_pool(jobs, prefix, memory_mb, lessons=lessons, first=first, oracles=oracles)
        pool = self.pools.get(self._key(prefix, memory_mb))
        if pool is None or pool.closed:  # killed since the preflight: a pool of this grading's own
            return self._real_pool(jobs, prefix, memory_mb, lessons=lessons, oracles=oracles)
        self.served += 1
        _ready(pool, max(jobs, WARM_JOBS))
        if lessons:
            pool.oracles.warm([lesson for lesson in lessons if not pool.oracles.idle.get(lesson)])
        return pool

    @staticmethod
    def _key(prefix, memory_mb) -> tuple:
        return (tuple(prefix) if prefix else None, memory_mb, tuple(sorted(worker_env().items())))

    # ------------------------------------------------------------- installing and ending

    @contextmanager
    def installed(self, pools: bool = True):
        """The kept probe and generated cases; with ``pools``, the shared pools as well."""
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sandbox, "probe", self.probe)
            patch.setattr(engine, "generated_cases", self.generated_cases)
            patch.setattr(cli, "generated_cases", self.generated_cases)
            if pools:
                patch.setattr(preflight, "first_worker", self.first_worker)
                patch.setattr(engine, "Pool", self.pool)
            yield self

    @contextmanager
    def fresh(self):
        """A test that takes fresh pools (``@pytest.mark.fresh_pool``); the probe and the
        generated cases stay kept."""
        before, self.enabled = self.enabled, False
        try:
            yield
        finally:
            self.enabled = before

    def shutdown(self) -> None:
        pools, self.pools = list(self.pools.values()), {}
        for pool in pools:
            Pool.close(pool)


def _ready(pool: Pool, jobs: int) -> None:
    """Between gradings every worker is idle: drop the ones that died meanwhile (a test that
    killed processes by name) and the markers of failed starts, and start enough for ``jobs``."""
    alive = []
    while True:
        try:
            zygote = pool.idle.get_nowait()
        except queue.Empty:
            break
        if zygote is None:
            continue
        if zygote.proc.poll() is None:
            alive.append(zygote)
        else:
            pool._retire(zygote)
    for zygote in alive:
        pool.idle.put(zygote)
    for _ in range(jobs - len(alive)):
        pool._add()
