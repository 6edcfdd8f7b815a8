"""The environment a grading worker (and the oracle) starts with.

Only a few variables of the grader's own environment pass: nothing else (tokens, credentials, CI
secrets) reaches a process that runs student or reference code. Its own module so that the
oracle and the preflight take it without importing the transport (which imports the session,
which imports the oracle).
"""

from __future__ import annotations

import os

# The only variables of the grader's environment a worker inherits: nothing
# else (tokens, credentials, CI secrets) reaches student code.
_PASS_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "PYTHONPATH", "VIRTUAL_ENV", "SYSTEMROOT")


def worker_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k in _PASS_ENV}
    env.update(MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0",
               PYTHONSAFEPATH="1")
    return env
