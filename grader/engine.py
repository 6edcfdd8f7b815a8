"""The grading engine as a library: submissions in, one ``SubmissionResult`` each out.

``python -m grader`` (``grader.__main__``), ``grader.gradescope`` and anything else that
grades call ``grade`` (submissions already read) or ``grade_paths`` (paths to read) with a
typed ``GradeConfig``; no argparse object reaches this far. Each notebook runs in a worker
(``grader.run``), is judged by ``grader.scoring`` and, once all of a submission's
notebooks are scored, the submission's result is built once and handed to the journal.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from contextlib import contextmanager
from dataclasses import dataclass

from grader import integrity, kept_answers, references, report, scoring, submissions
from grader.oracle import OracleError
from grader.progress import Progress
from grader.protocol import Cause, Ending, Status
from grader.results import NotebookResult, SubmissionResult
from grader.run import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Job, Oracles, Outcome, Pool, Response
from helpers import checks, i18n

# Heaviest lessons first, so the slowest notebooks do not all start at the end.
_COST = {"07_digits_capstone": 10, "05_backprop": 4, "03_xor_mlp": 3, "06_softmax_cross_entropy": 3}


@dataclass(frozen=True)
class GradeConfig:
    """How to run and word a grading: parallel notebooks, limits per notebook, the run's
    limit (``batch_timeout``, None for none), the children's user, the integrity policy and
    the feedback language (``auto``: each notebook's own)."""

    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    batch_timeout: float | None = None
    keep_user: bool = False
    integrity: str = "withhold"
    lang: str = "auto"


def grade_paths(paths: list[str], lessons: list[str], config: GradeConfig, hidden: dict | None = None,
                prefix: list[str] | None = None) -> list[SubmissionResult]:
    """Read and grade the submissions at ``paths`` (named as the CLI names them), with the
    instructor's ``hidden`` cases and the sandbox ``prefix`` (None: no sandbox)."""
    from grader import preflight

    first = preflight.first_worker(prefix, config.memory_mb)  # a set-up fault stops here, with its cause
    oracles = Oracles()
    try:
        names = submissions.assign_names(paths)
        subs = submissions.read_all(paths, lessons, names, config.lang)
        options = scoring.Options(config.timeout, config.memory_mb, hidden or {}, config.integrity,
                                  generated_cases(lessons, oracles))
        return grade(subs, config, options, prefix, lessons=lessons, first=first, oracles=oracles)
    finally:
        oracles.close()  # the pool's, and closed, unless there was nothing to grade


def generated_cases(lessons: list[str], oracles: Oracles | None = None) -> dict:
    """The differential cases of every graded exercise of ``lessons``, their expectations from
    the course's references run apart (``grader.oracle``); none without references (the student
    edition), so there the public cases alone decide, as the self-check does.

    ``oracles``: where the reference processes started here stay, idle, for the grading's pool
    (``grade(..., oracles=...)``) to serve the notebooks' proxies with: each costs a Python with
    NumPy and the references to start (≈ 0.2 CPU s a lesson). Without it they end here."""
    own = oracles is None
    oracles = Oracles() if own else oracles
    try:
        return _cases_of(lessons, oracles)
    finally:
        if own:
            oracles.close()


def _cases_of(lessons: list[str], oracles: Oracles) -> dict:
    """``generated_cases`` with the oracles it answers from."""
    from helpers import differential

    # Parsed here, one lesson after another (ast.parse is not thread-safe in CPython 3.11);
    # then each lesson's oracle answers in a thread of its own, the lessons side by side.
    with_references = [lesson for lesson in lessons if references.load(lesson)[0]]

    def lesson_cases(lesson: str) -> dict:
        found, secret = {}, references.secret(lesson)
        exercises = checks.exercises(lesson)
        # Answers a grading of this course version kept are read back (grader.kept_answers);
        # a reference process is started only for inputs none has answered yet.
        kept = kept_answers.Kept(lesson, secret, references.SOLUTIONS)
        oracle = None
        if not kept.covers(probe.to_data() for ex in exercises for _, probe in differential.probes(ex, secret)):
            oracle = oracles.acquire(lesson)
            if oracle is None:
                raise OracleError(f"no process for the references of {lesson} could be started")
            oracle.end()  # acquired in a session; each outcome below is a session of its own
        try:
            for exercise in exercises:
                extra = differential.cases(exercise, kept_answers.KeptOracle(kept, oracle), secret=secret)
                if extra:
                    found[exercise.name] = extra
        finally:
            if oracle is not None:
                oracles.release(oracle)
        kept.save()
        return found

    # Ctrl-C sets a flag read between short waits (_stop_flag), never raised inside one.
    with _stop_flag() as stop, \
            ThreadPoolExecutor(max_workers=max(1, min(len(with_references), os.cpu_count() or 1))) as threads:
        futures = [threads.submit(lesson_cases, lesson) for lesson in with_references]
        try:
            for _ in _as_completed(futures, None, stop):
                pass
        except KeyboardInterrupt:
            oracles.close()  # each lesson's thread then ends at its next input
            raise
        per_lesson = [future.result() for future in futures]
    if stop.is_set():  # asked as the last answers came (or while the threads ended): not lost
        raise KeyboardInterrupt
    return {name: extra for found in per_lesson for name, extra in found.items()}


def _job(index: int, nb: submissions.NotebookFile, config: GradeConfig, options: scoring.Options, isolate: bool,
         sub: submissions.Submission | None = None) -> Job:
    """The job for one notebook; ``sub`` (its submission) supplies the student's own earlier
    notebooks to a lesson that builds on them, where the course has no reference."""
    probes, hidden, generated = {}, {}, {}
    for ex in checks.exercises(nb.lesson):
        probes[ex.name] = [case.probe.to_data() for case in ex.cases]
        if options.generated.get(ex.name):
            generated[ex.name] = [case.probe.to_data() for case in options.generated[ex.name]]
        if options.hidden.get(ex.name):
            hidden[ex.name] = [case.probe.to_data() for case in options.hidden[ex.name]]
    mine = [*(sub.notebooks if sub else ()), *(sub.earlier.values() if sub else ())]
    own = {n.lesson: n.cells for n in mine if n.error is None and n.lesson}
    return Job(id=index, lesson=nb.lesson, cells=nb.cells, probes=probes, hidden=hidden, generated=generated,
               timeout=config.timeout, memory_mb=config.memory_mb, drop_privileges=not config.keep_user,
               isolate=isolate, earlier=references.earlier(nb.lesson, own))


def grade(subs: list[submissions.Submission], config: GradeConfig, options: scoring.Options | None = None,
          prefix: list[str] | None = None, show_progress: bool = False, journal=None,
          lessons: list[str] | None = None, first=None, oracles: Oracles | None = None) -> list[SubmissionResult]:
    """Grade every readable notebook in parallel; return one result per submission.
    Each submission's result goes to ``journal`` the moment its last notebook is scored.
    ``first``: a worker already started (``grader.preflight``) for the pool to use; ``oracles``:
    reference processes already started (``generated_cases``), which the pool takes over."""
    options = options or scoring.Options(config.timeout, config.memory_mb, integrity=config.integrity)
    lang = config.lang
    work = [(s, n) for s in subs for n in s.notebooks if n.error is None]
    owner = {i: id(work[i][0]) for i in range(len(work))}
    left = {id(s): sum(1 for n in s.notebooks if n.error is None) for s in subs}
    record = _Recorder(subs, lessons, journal, lang)
    for sub in subs:
        if left[id(sub)] == 0:
            record.finished(sub, {})
    scored: dict[int, NotebookResult] = {}
    progress = Progress(len(work), len(subs), max(1, min(config.jobs, len(work) or 1)),
                        enabled=show_progress)
    if work:
        # Parse the references here, once, before any worker thread starts: ast.parse is
        # not thread-safe in CPython 3.11, and the integrity scan parses in this thread.
        for lesson in sorted({n.lesson for _, n in work if n.lesson in checks.LESSONS}):
            references.load(lesson)
        # Student by student (heaviest notebook first within one), so submissions finish, and are
        # journalled, one after another: a stop keeps every finished submission, not notebooks of many.
        rank = {id(s): k for k, s in enumerate(subs)}
        order = sorted(range(len(work)), key=lambda i: (rank[id(work[i][0])], -_COST.get(work[i][1].lesson, 1)))
        with _stop_flag() as stop:  # from the pool's first thread on, Ctrl-C is a flag (see there)
            pool = Pool(max(1, min(config.jobs, len(work))), prefix, config.memory_mb,
                        lessons=sorted({n.lesson for _, n in work if n.lesson in checks.LESSONS}), first=first,
                        oracles=oracles)
            executor = ThreadPoolExecutor(max_workers=max(1, min(config.jobs, len(work))))
            interrupted = False
            try:
                jobs = {i: _job(i, work[i][1], config, options, bool(prefix), work[i][0]) for i in order}
                futures = {executor.submit(pool.grade, jobs[i]): i for i in order}
                for future in _as_completed(futures, config.batch_timeout, stop):
                    i = futures[future]
                    result = _score(work[i][1], _outcome(future), options, lang)
                    scored[i] = result
                    progress.update(limit=bool(result.limit), error=bool(result.error))
                    left[owner[i]] -= 1
                    if left[owner[i]] == 0:
                        record.finished(work[i][0], scored)
            except (KeyboardInterrupt, FuturesTimeout) as why:
                interrupted = True  # stop at once: kill every worker, keep what is scored
                reason = "the batch time limit passed" if isinstance(why, FuturesTimeout) else "interrupted"
                pool.kill()
            finally:
                executor.shutdown(wait=not interrupted, cancel_futures=True)
                pool.close()
        # A stop asked for after the last result (stop set, nothing interrupted) has nothing left to stop.
        if interrupted:
            raise GradingInterrupted(record.in_order(subs), reason)
    return record.in_order(subs)


@contextmanager
def _stop_flag():
    """An Event that Ctrl-C and SIGTERM set, in place of raising KeyboardInterrupt, while the
    block runs (in the main thread; elsewhere the Event is never set).

    The grader's threads start and are waited for in here; a KeyboardInterrupt raised inside a
    wait of the threading machinery (a thread's start, a future's result) can leave one of its
    locks held, and the grader then hung for ever instead of stopping (seen under load: the main
    thread asleep on a futex, every worker still running). ``_as_completed`` reads the Event
    between short waits and raises KeyboardInterrupt there, in the grader's own code."""
    import signal
    import threading

    stop = threading.Event()
    before = {}
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGINT, signal.SIGTERM):
            # One the grader was started ignoring (Ctrl-C, for a job a shell put in the background)
            # stays ignored here too, as everywhere else: a stop must not depend on when it comes.
            if signal.getsignal(number) is not signal.SIG_IGN:
                before[number] = signal.signal(number, lambda *_: stop.set())
    try:
        yield stop
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _as_completed(futures, batch_timeout: float | None, stop):
    """Each future as it completes, as ``concurrent.futures.as_completed``; KeyboardInterrupt
    once ``stop`` is set (``_stop_flag``: Ctrl-C or SIGTERM), FuturesTimeout once
    ``batch_timeout`` seconds have passed."""
    import time
    from concurrent.futures import FIRST_COMPLETED, wait

    deadline = None if batch_timeout is None else time.monotonic() + batch_timeout
    pending = set(futures)
    while pending:
        if stop.is_set():
            raise KeyboardInterrupt
        if deadline is not None and time.monotonic() >= deadline:
            raise FuturesTimeout
        left = 0.25 if deadline is None else max(0.0, min(0.25, deadline - time.monotonic()))
        done, pending = wait(pending, timeout=left, return_when=FIRST_COMPLETED)
        yield from done


def _score(nb: submissions.NotebookFile, outcome: Outcome, options: scoring.Options, lang: str) -> NotebookResult:
    """The notebook's result, judged and worded in its language (``lang``, or with "auto"
    the notebook's own), which the result records."""
    language = i18n.chosen(lang, nb.language)
    with i18n.using(language):
        result = scoring.score_notebook(nb, outcome, options, integrity.scan(nb))
    result.language = language
    return result


def _outcome(future) -> Outcome:
    """The notebook's outcome; a fault of the grader's own code while grading it costs
    that notebook a clear "the grader failed" message, never the batch."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001
        return Outcome(Response(status=Status.GRADER, ending=Ending(Cause.FAULT, fault=type(exc).__name__)), None)


class _Recorder:
    """Builds a submission's result, once, as soon as all its notebooks are scored, and journals it."""

    def __init__(self, subs, lessons, journal, lang="auto"):
        self.lessons, self.journal, self.lang = lessons, journal, lang
        self.start: dict[int, int] = {}
        self.results: dict[int, SubmissionResult] = {}
        index = 0
        for sub in subs:
            self.start[id(sub)] = index
            index += sum(1 for n in sub.notebooks if n.error is None)

    def finished(self, sub, scored: dict) -> None:
        result = _result_of(sub, scored, self.start[id(sub)], self.lessons, self.lang)
        self.results[id(sub)] = result
        if self.journal is not None:
            self.journal.add(result.to_dict())

    def in_order(self, subs) -> list[SubmissionResult]:
        """The results of every submission whose notebooks are all scored, in input order."""
        return [self.results[id(s)] for s in subs if id(s) in self.results]


class GradingInterrupted(KeyboardInterrupt):
    def __init__(self, results: list[SubmissionResult], reason: str = "interrupted"):
        super().__init__(reason)
        self.results = results  # the submissions whose every notebook was scored
        self.reason = reason


def _result_of(sub, scored: dict, index: int, lessons, lang: str = "auto") -> SubmissionResult | None:
    """The submission's result, or None while one of its notebooks is not scored. What reading
    it found (an unreadable notebook, a missing lesson, files not graded) was made while its
    language was unknown (``i18n.deferred``) and is worded here, in the submission's language."""
    notebooks = []
    language = i18n.chosen(lang, sub.language)
    with i18n.using(language):
        for nb in sub.notebooks:
            if nb.error is None:
                if index not in scored:
                    return None
                notebooks.append(scored[index])
                index += 1
            else:
                unreadable = scoring.unreadable_notebook(nb)
                unreadable.error, unreadable.language = i18n.tr(nb.error), language
                notebooks.append(unreadable)
        result = report.submission_result(sub, notebooks, lessons, language)
        result.error = i18n.tr(sub.error) if sub.error else sub.error
        result.ignored = [i18n.tr(item) for item in result.ignored]
    return result
