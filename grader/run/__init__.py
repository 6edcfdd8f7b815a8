"""The run layer: how one notebook runs in a sealed box and what comes back.

- ``grader.protocol``: the typed records that cross the process boundaries (and the
  phases of a job: cells, public, generated or hidden judging, over);
- ``job``: what the grader sends for one notebook (``Job``), what it accepted (``Response``),
  and which run is judged (``Outcome``);
- ``session``: the grader's side of one job's socket: it reads the child's records, decides
  by itself which exercise is judged next and with which proxies, and relays the proxies'
  calls to the course's references (``grader.oracle``), which never enter a child;
- ``transport``: one worker (a zygote, ``grader.zygote``) and the sockets of one job;
- ``pool``: the workers and the oracles, shared by the grader's threads;
- ``policy``: retries of a killed worker, reruns without the cell where a notebook stopped,
  and the hidden phase in a box of its own.
"""

from grader.run.job import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Job, Outcome, Response
from grader.run.pool import Oracles, Pool

__all__ = ["DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "Job", "Oracles", "Outcome", "Pool", "Response"]
