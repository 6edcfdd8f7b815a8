"""What the grader does when a run cannot be trusted as it is, and the hidden phase.

- A worker killed from outside (``Status.WORKER``) is retried (``WORKER_RETRIES``).
- A notebook that did not end normally (time-out, crash, early exit, junk on its
  channel) may have written anything before, so none of it is trusted: it is run
  again without the cell where it stopped (``RERUNS``), each time cutting earlier;
  an exercise whose own checks never end is left out instead of the cells.
- Hidden cases run in a job of their own, after the public run was trusted: the
  same cells again, in a fresh box, then only the hidden cases.

A run that follows one that did not end cleanly (a retry, a rerun) takes a worker
started for it (``Pool.run(fresh=True)``): whatever the untrusted run left in its
worker (a file in the worker's root, a process) is gone with that worker; reruns are
rare, so this costs a worker start only where a notebook misbehaved or was killed.
Every run is a new job: a child forked afresh from the worker, in a box of its own
(``grader.zygote``, ``grader.isolation``), with an oracle session of its own for each
exercise. So a rerun or a hidden job never runs in a process, or reaches an instance
of a course class, that an earlier job of that notebook touched; and the hidden cases
reach the child only in the hidden job, one exercise's with its own JUDGE command.
"""

from __future__ import annotations

from dataclasses import replace

from grader.protocol import Phase, Status
from grader.run.job import Job, Outcome, Response

RERUNS = 2
WORKER_RETRIES = 2


def grade(pool, job: Job) -> Outcome:
    """The public cases (``_grade_public``); then, if there are hidden cases, the
    trusted run's cells once more in a sandbox of their own with only the hidden
    cases (a notebook that does not finish that run earns none of them)."""
    outcome, cells = _grade_public(pool, job)
    if not job.hidden or outcome.judged is None:
        return outcome
    hidden_job = replace(job, cells=cells, phase=Phase.HIDDEN)
    for _ in range(1 + WORKER_RETRIES):
        if pool.closed:
            break
        run = pool.run(hidden_job)
        if _hidden_complete(run, hidden_job):
            outcome.judged.hidden = run.hidden
            break
        if run.status == Status.MACHINE:  # the machine's fault, every time: not judged at all
            return Outcome(run, None)
        if run.status != Status.WORKER:
            break
    return outcome

def _grade_public(pool, job: Job) -> tuple[Outcome, list[str]]:
    """Run a notebook until the grader has results it can trust.

    A notebook that ends normally is judged on its final pass. One that does
    not (time-out, crash, early exit, a dead worker, junk on its channel) may
    have written anything on its channel before, so none of it is trusted:
    the notebook is run again without the cell where it stopped, and that run
    must end normally; at most ``RERUNS`` times, each cutting earlier."""
    first = pool.run(job)
    if _complete(first, job):
        return Outcome(first, first), job.cells
    if first.status == Status.MACHINE:  # the machine's fault, every time: not judged at all
        return Outcome(first, None), job.cells
    for _ in range(WORKER_RETRIES):  # killed from outside? (without the sandbox, another
        if pool.closed or not (first.status == Status.WORKER or first.finished):  # notebook can)
            break
        again = pool.run(job, fresh=True)
        if _complete(again, job):
            return Outcome(again, again), job.cells
    if first.finished and first.status == Status.OK:
        return Outcome(first, first), job.cells  # some exercise's own check crashed, every time
    cut = min(_completed(first), len(job.cells))
    dropped: list[str] = []
    if _stuck_judging(first, len(job.cells), job):  # every cell ran; one exercise's checks never ended
        cut, dropped = len(job.cells), [first.judging]
    for _ in range(RERUNS + len(job.probes)):
        if pool.closed or cut <= 0:
            break
        probes = {k: v for k, v in job.probes.items() if k not in dropped}
        generated = {k: v for k, v in job.generated.items() if k not in dropped}
        rerun = pool.run(replace(job, cells=job.cells[:cut], probes=probes, generated=generated), fresh=True)
        if rerun.finished and rerun.status == Status.OK:
            rerun.dropped = dropped
            return Outcome(first, rerun), job.cells[:cut]
        if rerun.status == Status.MACHINE:
            return Outcome(rerun, None), job.cells
        if _stuck_judging(rerun, cut, job) and rerun.judging not in dropped:
            dropped.append(rerun.judging)  # leave that exercise's checks out, keep the cells
            continue
        cut = min(cut - 1, _completed(rerun)) // 2
    return Outcome(first, None), job.cells


def _complete(response: Response, job: Job) -> bool:
    """Ended normally, with a final result for every graded name."""
    return response.finished and response.status == Status.OK \
        and all(_judged(response, job, name) for name in job.probes)


def _judged(response: Response, job: Job, name: str) -> bool:
    """``name``'s public cases, and its generated ones if it has any, were judged."""
    return name in response.probes and (not job.generated.get(name) or name in response.generated)


def _hidden_complete(response: Response, job: Job) -> bool:
    return response.finished and response.status == Status.OK and set(response.hidden) >= set(job.hidden)


def _stuck_judging(response: Response, cells: int, job: Job) -> bool:
    """Every cell it was given ran, and the run hit its time limit while one exercise's
    final checks ran: that exercise, not the cells, is what to leave out. (Only a time
    limit: a check that crashes ends only its own fork, and anything else that ends the
    whole run is asynchronous — a kill lands wherever the notebook happened to be.)"""
    return (response.status == Status.TIMEOUT and _completed(response) >= cells
            and response.judging in job.probes and not _judged(response, job, response.judging))


def _completed(response: Response) -> int:
    """How many cells, from the first, reported back in order."""
    count = 0
    while count + 1 in response.cells:
        count += 1
    return count
