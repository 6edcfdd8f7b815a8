"""The time limits of one job, measured on the notebook's own use (issue 20).

A grade must not depend on how busy the machine is. So the limits that decide an
outcome are the notebook's own figures, which the zygote reads from ``/proc`` for
every process of the job (``grader.zygote.Usage``):

- **CPU time** (user + system, all its processes and threads): a notebook that
  computes for more than ``--timeout`` seconds of CPU is stopped, "CPU time limit".
  A loaded machine slows it down but does not make it use more CPU.
- **Its own clock**: wall-clock time minus the time its processes were runnable
  but waiting for a CPU (run-queue wait, ``/proc/PID/task/TID/schedstat``). A
  notebook that sleeps, waits on a pipe or stops itself is stopped after
  ``OWN_CLOCK_FACTOR`` times the limit, "wall clock". It is longer than the CPU
  limit so that a busy loop (whose own clock is its CPU time plus a little) always
  meets the CPU limit first, idle or loaded: one explanation, not two.
- **The wall clock**, only as a generous backstop: a job still running after
  ``backstop(timeout)`` seconds did not reach either of its own limits, so it spent
  that time waiting for the machine. It is killed and reported as the machine's
  fault (``Status.MACHINE``): the grader retries it and never scores it.

The grader (``grader.run.transport``) waits ``parent_deadline(timeout)``, a little longer
than the backstop, before it decides that the worker itself is wedged.
"""

from __future__ import annotations

OWN_CLOCK_FACTOR = 2.0   # own clock (wall minus waits for a CPU), as a multiple of the limit
BACKSTOP_FACTOR = 6.0    # wall clock, as a multiple of the limit
BACKSTOP_EXTRA = 30.0    # seconds added to the wall-clock backstop (start-up, short limits)
PARENT_MARGIN = 10.0     # seconds past the backstop before the grader stops waiting for the worker
MACHINE_RETRIES = 2      # extra runs of a job the machine starved
RLIMIT_FACTOR = 2.0      # each process's own RLIMIT_CPU: a safety net well past the job's CPU limit


def cpu_limit(timeout: float) -> float:
    return float(timeout)


# The grader's own count of a worker's CPU (its cgroup, where there is one) stops a job a
# little past the zygote's limit: the zygote counts from /proc, which misses children that
# the kernel reaps by itself (a notebook that ignores SIGCHLD); the cgroup misses nothing,
# and also holds the worker's own small share, hence the margin.
CGROUP_CPU_FACTOR = 1.25
CGROUP_CPU_EXTRA = 2.0


def cgroup_cpu_limit(timeout: float) -> float:
    return CGROUP_CPU_FACTOR * cpu_limit(timeout) + CGROUP_CPU_EXTRA


def own_clock_limit(timeout: float) -> float:
    return OWN_CLOCK_FACTOR * float(timeout)


def backstop(timeout: float) -> float:
    return BACKSTOP_FACTOR * float(timeout) + BACKSTOP_EXTRA


def parent_deadline(timeout: float) -> float:
    return backstop(timeout) + PARENT_MARGIN


def rlimit_cpu(timeout: float) -> int:
    """Per process, in whole seconds; the zygote normally stops the job long before."""
    return int(RLIMIT_FACTOR * float(timeout)) + 5
