"""Test tiers: which tests start grading workers, kernels, browsers or clones.

Two markers sort the suite (registered in pyproject.toml):
- ``grader``: grades notebooks end to end (a worker pool, the sandbox);
- ``system``: a Jupyter kernel, a subprocess build, a fresh clone, `make`, a browser.

``make test-fast`` runs ``-m "not grader and not system and not browser"``: the inner loop,
well under 90 s. ``make test`` runs everything. A whole file is marked here, in one table;
a single test in an otherwise fast file carries its own ``@pytest.mark.grader`` or
``@pytest.mark.system``.

In the fast tier the markers are enforced, not trusted: starting a grading worker or a kernel
there fails the test with the marker it needs (``_forbid``), so an unmarked slow test cannot
slip into the inner loop unnoticed. (A module-scoped fixture is set up before the guard: a
test that takes one that grades carries its marker by hand.)

Grading tests share a warm worker pool (``tests/pools.py``): a grading in this process takes
the session's pool for its configuration instead of starting and closing one (≈ 3.4 s each),
and the sandbox probe and the generated cases are worked out once a session.
A test whose subject is the pool's own life takes fresh pools: the files in
``FRESH_POOL_FILES`` and any test marked ``@pytest.mark.fresh_pool``.
"""

from __future__ import annotations

import os

import pytest

# file stem -> the tier of every test in it
FILE_TIERS = {
    "test_grader": "grader",
    "test_grader_box": "grader",
    "test_grader_class": "grader",
    "test_grader_earlier": "grader",
    "test_grader_fair": "grader",
    "test_grader_oracle": "grader",
    "test_kept_answers": "grader",
    "test_grader_sealed": "grader",
    "test_grader_security": "grader",
    "test_class_corpus": "grader",
    "test_gradescope": "grader",
    "test_channels": "grader",
    "test_battery": "grader",
    "test_browser": "system",
    "test_quickstart": "system",
    "test_student_edition": "system",
    "test_student_notebooks": "system",
    "test_new_lesson": "system",
    "test_mutants": "system",
}

FAST_ENV = "NN_COURSE_FAST_TIER"

# Files whose gradings start their own pools (tests/pools.py), and why:
FRESH_POOL_FILES = {
    # the seal between one student and the next ON THE SAME WORKER (-j 1 on a pool of one),
    # workers killed, stopped or flooded, Ctrl-C and the batch deadline, nothing left behind
    "test_grader_sealed",
    # what survives the end of the batch (the pool's close is part of it), killed workers,
    # per-batch memory limits, other students' results in a hostile batch
    "test_grader_security",
    # the box a worker runs in: what one job leaves for the next, a loaded machine
    "test_grader_box",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        tier = FILE_TIERS.get(item.path.stem) if item.path.suffix == ".py" else None
        if tier and not any(item.iter_markers(name=tier)):
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def warm_pools():
    from tests.pools import WarmPools

    pools = WarmPools()
    yield pools
    pools.shutdown()


@pytest.fixture(scope="module", autouse=True)
def _warm_pool(request, warm_pools):
    """Gradings in this module (its module-scoped fixtures too) take the shared pools, unless
    the file is one of FRESH_POOL_FILES; all take the kept sandbox probe and generated cases."""
    with warm_pools.installed(pools=request.module.__name__.rsplit(".", 1)[-1] not in FRESH_POOL_FILES):
        yield


@pytest.fixture(autouse=True)
def _fresh_pool(request, warm_pools):
    if request.node.get_closest_marker("fresh_pool") is None:
        yield
        return
    with warm_pools.fresh():
        yield


@pytest.fixture(autouse=True)
def _forbid(request, monkeypatch):
    """In the fast tier, an unmarked test that starts a process (a grading worker, a kernel, a
    tool) fails, naming the marker it needs."""
    if os.environ.get(FAST_ENV) != "1" or any(
            request.node.get_closest_marker(m) for m in ("grader", "system", "browser")):
        yield
        return

    started: list[str] = []

    def refused(self, args, *rest, **kwargs):
        started.append(str(args)[:120])
        raise OSError("a fast test may not start a process (tests/conftest.py)")

    import subprocess

    # Grading workers, kernels, builds and clones all start as a process. The refusal is
    # recorded as well as raised: the code under test may catch the OSError (a worker that
    # fails to start is retried), and the test must still fail.
    monkeypatch.setattr(subprocess.Popen, "__init__", refused)
    yield
    if started:
        pytest.fail(f"this test starts a process ({started[0]}): mark it @pytest.mark.system, or "
                    "@pytest.mark.grader when it grades (tests/conftest.py)")
