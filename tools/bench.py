"""`make bench`: speed and memory, as ratios against a baseline measured in the same run.

1. Each solution notebook executed top to bottom in a fresh Jupyter kernel
   (nbclient) — the time a student or nbval waits, against the lesson budgets.
2. Grading: N copies of each lesson's solution notebook graded by the grader
   with -j 1 and -j 2, against executing the same notebooks with nbclient
   (the way kernel-based graders work). Printed as seconds per notebook,
   submissions per second, the speed-up ratio, and peak memory per worker.

No number here is asserted by a test; read them, compare runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
BUDGET = {"07_digits_capstone": 30.0}


def kernel_seconds(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - start


def grader_run(paths: list[Path], jobs: int, out: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "grader", *map(str, paths), "--json", str(out),
                    "-j", str(jobs), "-q"], check=True, cwd=ROOT)
    return time.perf_counter() - start, json.loads(out.read_text())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10, help="submissions per lesson in the grading run")
    args = parser.parse_args(argv)
    solutions = sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))

    print("== 1. Solution notebooks in a fresh kernel (nbclient) ==")
    kernel = {}
    for path in solutions:
        kernel[path.stem] = kernel_seconds(path)
        budget = BUDGET.get(path.stem, 10.0)
        verdict = "ok" if kernel[path.stem] <= budget else "OVER BUDGET"
        print(f"{path.stem:28} {kernel[path.stem]:6.2f} s   budget {budget:4.0f} s   {verdict}")

    print(f"\n== 2. Grading {args.copies} submissions per lesson ==")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subs = []
        for i in range(args.copies):
            folder = tmp / f"student{i:03d}"
            folder.mkdir()
            for path in solutions:
                shutil.copy(path, folder / path.name)
            subs.append(folder)
        n_notebooks = len(subs) * len(solutions)
        baseline = sum(kernel.values()) * len(subs)  # kernel execution of the same notebooks
        print(f"baseline (kernel execution)  {baseline:7.2f} s for {n_notebooks} notebooks "
              f"({baseline / n_notebooks:.3f} s per notebook)")
        for jobs in (1, 2):
            seconds, result = grader_run(subs, jobs, tmp / f"grades-j{jobs}.json")
            rss = [nb["max_rss_mb"] for s in result["submissions"] for nb in s["notebooks"]
                   if nb.get("max_rss_mb")]
            full = sum(s["score"] == s["max_score"] for s in result["submissions"])
            print(f"grader -j {jobs}                  {seconds:7.2f} s for {n_notebooks} notebooks "
                  f"({seconds / n_notebooks:.3f} s per notebook, {len(subs) / seconds:.2f} submissions/s); "
                  f"speed-up vs kernel x{baseline / seconds:.1f}; peak memory per worker "
                  f"{max(rss):.0f} MB; full marks {full}/{len(subs)}")
        one, _ = grader_run(subs[:1], 1, tmp / "one.json")
        print(f"one submission, end to end  {one:7.2f} s (includes starting the grader and its worker) "
              f"vs kernel {sum(kernel.values()):.2f} s: x{sum(kernel.values()) / one:.1f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
