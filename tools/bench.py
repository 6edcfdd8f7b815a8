"""`make bench`: speed and memory, as ratios against a baseline measured in the same run.

1. Each solution notebook executed top to bottom in a fresh Jupyter kernel
   (nbclient): the time a student or nbval waits, against the lesson budgets.
2. A synthetic class: N submissions of the whole course, each notebook drawn
   from the solution (about half), the released stub, or a typical wrong answer
   made programmatically (one or two graded exercises of the solution replaced
   by their stub, or an operator in one solution block flipped: >= to >, + to -).
   Graded with -j 1 and -j 2; the baseline executes a sample of the very same
   notebooks in nbclient kernels (one kernel per notebook, as kernel-based
   graders do), extrapolated per notebook. Printed: submissions per second,
   the speed-up ratio per submission, peak memory per worker.
   Both sides are measured in wall-clock seconds and in CPU seconds (user +
   system of every process involved): on a shared machine the wall clock of
   two runs minutes apart compares two different loads, the CPU time does not,
   so the CPU ratio is the one to compare across runs. The baseline sample runs
   once before and once after the grader, and both are shown.
   The references' answers on the generated inputs are computed once per course
   version (``python -m grader keep-answers``, as Gradescope's image build does): timed
   cold on a line of their own, then read back by every grading.
   Also: the floor (the same notebooks' cells executed bare, in one process,
   no kernel and no grading: what any grader must spend running them) and
   the seal's cost (the sample graded with and without the sandbox).

3. The capstone's NumPy MLP (64-128-10, ReLU, mini-batch SGD on the digits'
   training split): seconds per epoch and samples per second with batches of
   32, against batches of 1 (one sample at a time) in the same run.

`--quick` grades 10 submissions and samples fewer kernel runs (a minute or
two). No number here is asserted by a test; read them, compare runs.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from authoring.build import execute  # noqa: E402
from authoring.release import BEGIN, release, strip_source  # noqa: E402
from grader import cgroups, kept_answers  # noqa: E402

BUDGET = {"07_digits_capstone": 30.0}
_FLIPS = [(" >= ", " > "), (" + ", " - "), (" - ", " + "), (".T", ""), ("axis=1", "axis=0"), (" * ", " / ")]


def kernel_seconds(nb, where: Path) -> float:
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    return execute(nb, where, timeout=600, allow_errors=True)


def _cpu_cgroup() -> Path | None:
    """A cgroup of this process's own, for CPU accounting (cgroup v1 ``cpuacct`` or v2), where
    the machine lets us make one: it counts every descendant, however it ends. (Resource usage
    of waited-for children misses a process killed before it reaped its own, which is how a
    sandbox's processes often end.)"""
    parent = cgroups.accounting_parent()
    if parent is None:
        return None
    group = parent / f"nn-bench-{os.getpid()}"
    try:
        group.mkdir(exist_ok=True)
        (group / "cgroup.procs").write_text(str(os.getpid()))
    except OSError:
        return None

    def leave() -> None:  # back to where it was, and the cgroup removed (it must be empty)
        try:
            (parent / "cgroup.procs").write_text(str(os.getpid()))
            group.rmdir()
        except OSError:
            pass

    atexit.register(leave)
    return group


_CGROUP = None


def cpu_seconds() -> float:
    """CPU seconds of this process and all its descendants: from its own cgroup where it can
    have one, else user + system of this process and every child it has waited for."""
    counted = cgroups.cpu_seconds_in(_CGROUP) if _CGROUP is not None else None
    if counted is not None:
        return counted
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Measured:
    """Wall-clock and CPU seconds of one block of work."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds() - self.cpu


def kernel_run(sample: list[Path]) -> Measured:
    with Measured() as spent:
        for sub in sample:
            for path in sorted(sub.glob("*.ipynb")):
                kernel_seconds(nbformat.read(path, as_version=4), ROOT / "solutions")
    return spent


_BARE = r"""
import json, os, sys
os.environ["MPLBACKEND"] = "Agg"
import matplotlib.pyplot as plt
plt.show = lambda *a, **k: None
for path in sys.argv[1:]:
    cells = [c for c in json.load(open(path))["cells"] if c["cell_type"] == "code"]
    ns = {"__name__": "__main__", "display": lambda *a, **k: None}
    for cell in cells:
        source = "".join(cell["source"])
        source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
        try:
            exec(compile(source, "cell", "exec"), ns)
        except BaseException:
            pass
        plt.close("all")
"""


def bare_run(sample: list[Path]) -> Measured:
    """The sample's cells executed in plain Python processes (one per submission), no grading."""
    with Measured() as spent:
        for sub in sample:
            subprocess.run([sys.executable, "-c", _BARE, *map(str, sorted(sub.glob("*.ipynb")))], check=True,
                           cwd=ROOT / "solutions", env={**os.environ, "COURSE_GRADING": "1"},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return spent


def wrong_answer(solution, lesson: str, rng: random.Random):
    """A typical wrong notebook: the solution with one or two exercises left as stubs,
    or with one operator flipped inside a solution block."""
    nb = nbformat.from_dict(json.loads(json.dumps(solution)))
    graded = [c for c in nb.cells if c.cell_type == "code" and BEGIN in c.source]
    if rng.random() < 0.5:
        for cell in rng.sample(graded, min(len(graded), rng.choice([1, 2]))):
            cell.source = strip_source(cell.source)
    else:
        rng.shuffle(graded)
        for cell in graded:
            block = cell.source.split(BEGIN, 1)[1]
            flips = [(a, b) for a, b in _FLIPS if a in block]
            if flips:
                a, b = rng.choice(flips)
                head, _, tail = cell.source.partition(BEGIN)
                cell.source = head + BEGIN + re.sub(re.escape(a), b, tail, count=1)
                break
    return release_like(nb, lesson)


def release_like(nb, lesson: str):
    """Outputs stripped and student metadata, as a submitted notebook would have."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata["course"] = {"lesson": lesson, "role": "student"}
    return nb


def build_class(folder: Path, n: int, seed: int = 0) -> tuple[list[Path], dict]:
    rng = random.Random(seed)
    solutions = {p.stem: nbformat.read(p, as_version=4)
                 for p in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))}
    stubs = {lesson: release(nb, lesson) for lesson, nb in solutions.items()}
    kinds = {"solution": 0, "stub": 0, "wrong": 0}
    subs = []
    for i in range(n):
        sub = folder / f"student{i:03d}"
        sub.mkdir(parents=True)
        for lesson, solution in solutions.items():
            roll = rng.random()
            if roll < 0.5:
                kind, nb = "solution", release_like(nbformat.from_dict(json.loads(json.dumps(solution))), lesson)
            elif roll < 0.65:
                kind, nb = "stub", stubs[lesson]
            else:
                kind, nb = "wrong", wrong_answer(solution, lesson, rng)
            kinds[kind] += 1
            nbformat.write(nb, sub / f"{lesson}.ipynb")
        subs.append(sub)
    return subs, kinds


def grader_run(folder: Path, jobs: int, out: Path, *flags: str) -> tuple[Measured, dict, float]:
    with Measured() as spent:
        subprocess.run([sys.executable, "-m", "grader", "--class", str(folder), "--json", str(out),
                        "-j", str(jobs), "-q", *flags], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    tree_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return spent, json.loads(out.read_text()), tree_peak


def ratio(baseline: float, ours: float) -> str:
    return f"x{baseline / ours:.1f}" if ours > 0 else "x-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=100, help="submissions in the synthetic class")
    parser.add_argument("--kernel-sample", type=int, default=2,
                        help="submissions of the class also executed in nbclient kernels (the baseline)")
    parser.add_argument("--quick", action="store_true", help="10 submissions, 1 kernel-run submission")
    parser.add_argument("--skip-solutions", action="store_true", help="skip part 1")
    args = parser.parse_args(argv)
    if args.quick:
        args.students, args.kernel_sample, args.skip_solutions = 10, 1, True
    global _CGROUP
    _CGROUP = _cpu_cgroup()
    print(f"CPU seconds counted by {'a cgroup of its own' if _CGROUP else 'resource usage of waited-for children'}")

    if not args.skip_solutions:
        print("== 1. Solution notebooks in a fresh kernel (nbclient) ==")
        for path in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb")):
            seconds = kernel_seconds(nbformat.read(path, as_version=4), path.parent)
            budget = BUDGET.get(path.stem, 10.0)
            verdict = "ok" if seconds <= budget else "OVER BUDGET"
            print(f"{path.stem:28} {seconds:6.2f} s   budget {budget:4.0f} s   {verdict}")
        print()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subs, kinds = build_class(tmp / "class", args.students)
        per_sub = len(list(subs[0].glob("*.ipynb")))
        n_nb = len(subs) * per_sub
        print(f"== 2. A synthetic class: {len(subs)} submissions x {per_sub} notebooks = {n_nb} notebooks "
              f"({kinds['solution']} solutions, {kinds['stub']} stubs, {kinds['wrong']} wrong answers) ==")
        sample = subs[: max(1, args.kernel_sample)]
        before = kernel_run(sample)
        kernel_wall, kernel_cpu = before.wall / len(sample), before.cpu / len(sample)
        print(f"baseline: nbclient kernel per notebook, {len(sample)} submission(s) run: "
              f"{kernel_wall:6.2f} s per submission ({kernel_cpu:.2f} CPU s) -> {kernel_wall * len(subs):7.1f} s "
              f"for the class (extrapolated), {1 / kernel_wall:.2f} submissions/s")
        floor = bare_run(sample)
        print(f"floor: the same cells executed bare (no kernel, no grading): {floor.wall / len(sample):6.2f} s "
              f"per submission ({floor.cpu / len(sample):.2f} CPU s)")
        # Once per course version, not per class: the references' answers on the generated inputs
        # (grader.kept_answers), timed cold here; every grading below reads them back.
        shutil.rmtree(kept_answers.folder(ROOT / "solutions"), ignore_errors=True)
        with Measured() as once:
            subprocess.run([sys.executable, "-m", "grader", "keep-answers"], check=True, cwd=ROOT,
                           stdout=subprocess.DEVNULL)
        print(f"once per course version (kept in build/kept-answers; Gradescope's image build does it): the "
              f"references' answers on the generated inputs, {once.wall:5.2f} s ({once.cpu:.2f} CPU s)")
        for jobs in (1, 2):
            spent, result, tree_peak = grader_run(tmp / "class", jobs, tmp / f"grades-j{jobs}.json")
            rss = [nb["max_rss_mb"] for s in result["submissions"] for nb in s["notebooks"] if nb.get("max_rss_mb")]
            per_sub_s, per_sub_cpu = spent.wall / len(subs), spent.cpu / len(subs)
            scores = [s["score"] / s["max_score"] for s in result["submissions"] if s["max_score"]]
            print(f"grader -j {jobs}: {spent.wall:7.1f} s for the class, {per_sub_s:5.2f} s per submission "
                  f"({per_sub_cpu:.2f} CPU s), {len(subs) / spent.wall:5.2f} submissions/s; "
                  f"{ratio(kernel_wall, per_sub_s)} wall, {ratio(kernel_cpu, per_sub_cpu)} CPU vs kernel per "
                  f"submission; peak memory per notebook child {max(rss):.0f} MB (largest process in the "
                  f"tree so far {tree_peak:.0f} MB); mean score {100 * sum(scores) / len(scores):.0f}%")
        after = kernel_run(sample)
        print(f"baseline again, after the grader: {after.wall / len(sample):6.2f} s per submission "
              f"({after.cpu / len(sample):.2f} CPU s): the wall-clock ratios above hold only if this is close "
              "to the first")
        seal(tmp, sample)
        with Measured() as one:
            subprocess.run([sys.executable, "-m", "grader", str(subs[0]), "-j", "1", "-q"], check=True, cwd=ROOT,
                           stderr=subprocess.DEVNULL)
        print(f"one submission end to end (grader and worker start included): {one.wall:5.2f} s ({one.cpu:.2f} "
              f"CPU s) vs kernel {kernel_wall:5.2f} s: {ratio(kernel_wall, one.wall)}")
    capstone()
    return 0


def seal(tmp: Path, sample: list[Path]) -> None:
    """What the sandbox costs: the kernel sample graded with and without it, -j 1."""
    folder = tmp / "sample"
    for sub in sample:
        shutil.copytree(sub, folder / sub.name)
    notebooks = sum(len(list(sub.glob("*.ipynb"))) for sub in sample)
    sealed, _, _ = grader_run(folder, 1, tmp / "sealed.json")
    plain, _, _ = grader_run(folder, 1, tmp / "plain.json", "--no-sandbox")
    print(f"the seal: the sample ({notebooks} notebooks) graded -j 1 in {sealed.wall:.1f} s ({sealed.cpu:.1f} CPU s) "
          f"with the sandbox, {plain.wall:.1f} s ({plain.cpu:.1f} CPU s) without: "
          f"{(sealed.wall - plain.wall) / notebooks:+.2f} s and {(sealed.cpu - plain.cpu) / notebooks:+.2f} CPU s "
          "per notebook")


def benchmark(epochs: int = 20, hidden: int = 128, batch_size: int = 32, lr: float = 0.1,
              seed: int = 0) -> dict:
    """Time mini-batch SGD of a 64-``hidden``-10 ReLU network on the digits' training split,
    with the course's reference ``mlp_loss_and_grads`` (and lessons 05 and 06 under it).

    Returns ``{"epoch_seconds", "samples_per_second", "train_samples", "epochs",
    "val_accuracy"}``; ``epoch_seconds`` is the median over the epochs.
    """
    import numpy as np

    from grader import references
    from helpers import layers
    from helpers.digits import load_split

    definitions, _ = references.load("07_digits_capstone")
    course = {"__name__": "__course_reference__"}
    for definition in definitions:
        exec(compile(definition.source, "<course reference>", "exec"), course)
    loss_and_grads = course["mlp_loss_and_grads"]
    data = load_split()
    X, y = data["X_train"], data["y_train"]
    rng = np.random.default_rng(seed)
    params = layers.he_init((X.shape[1], hidden, 10), rng)
    times = []
    for _ in range(epochs):
        start = time.perf_counter()
        for idx in layers.minibatches(len(X), batch_size, rng):
            _, grads = loss_and_grads(params, X[idx], y[idx])
            params = layers.sgd_step(params, grads, lr)
        times.append(time.perf_counter() - start)
    epoch_seconds = float(np.median(times))
    hidden_out = np.maximum(data["X_val"] @ params["W1"] + params["b1"], 0.0)
    val_pred = (hidden_out @ params["W2"] + params["b2"]).argmax(axis=1)
    return {"epoch_seconds": epoch_seconds, "samples_per_second": len(X) / epoch_seconds,
            "train_samples": len(X), "epochs": epochs,
            "val_accuracy": float(np.mean(val_pred == data["y_val"]))}


def capstone() -> None:
    print("\n== 3. The capstone MLP (the course's reference, 64-128-10, digits training split) ==")
    batched = benchmark(epochs=10, batch_size=32)
    single = benchmark(epochs=2, batch_size=1)
    print(f"batch 32: {batched['epoch_seconds'] * 1000:6.1f} ms per epoch of {batched['train_samples']} samples, "
          f"{batched['samples_per_second']:9.0f} samples/s (validation accuracy after 10 epochs "
          f"{100 * batched['val_accuracy']:.1f} %)")
    print(f"batch 1:  {single['epoch_seconds'] * 1000:6.1f} ms per epoch, {single['samples_per_second']:9.0f} "
          f"samples/s; mini-batches are x{batched['samples_per_second'] / single['samples_per_second']:.1f} faster")


if __name__ == "__main__":
    sys.exit(main())
