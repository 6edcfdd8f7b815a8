"""Execute solution scripts into solution notebooks with stored outputs.

``python -m authoring.build [solutions/NN_name.py ...]`` (all by default) reads
each jupytext "percent" script, runs it top to bottom in a fresh kernel from
``solutions/`` and writes ``solutions/NN_name.ipynb``, paired with the
script. The executed notebook is what ships and what nbval checks.

Where the lesson has Korean prose (``solutions/ko/NN_name.py``, see
``authoring.editions``) it also builds the Korean notebook, ``solutions/ko/NN_name.ipynb``:
the same code cells with the Korean markdown, run from ``solutions/ko/``, and not
paired with any script — the prose file holds markdown only and must never be
overwritten by a save in JupyterLab.

Every notebook, English too, declares its language in its first code cell
(``editions.declare``): the self-checks answer in it wherever the notebook runs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from authoring import editions

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 300  # seconds per cell; the lessons' own budget is far smaller


def execute(nb, folder: Path, timeout: int = TIMEOUT, allow_errors: bool = False) -> float:
    """Run ``nb`` in place in a fresh python3 kernel started in ``folder``; return the seconds.

    With ``allow_errors`` a cell that raises stores its traceback as an output and
    the run goes on; without, the first one raises ``CellExecutionError``."""
    start = time.perf_counter()
    NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=allow_errors,
                   resources={"metadata": {"path": str(folder)}}).execute(
        stderr=subprocess.DEVNULL)  # the kernel's own log (a TCP warning); cell errors come as outputs
    return time.perf_counter() - start


def build(script: Path, timeout: int = TIMEOUT, language: str = "en") -> float:
    """Execute ``script`` (in ``language``) into its notebook; return the seconds it took."""
    if language == "en":
        nb = editions.compose(script, "en")
        nb.metadata.setdefault("jupytext", {})["formats"] = "ipynb,py:percent"
        folder = script.parent
    else:
        nb = editions.compose(script, language)
        nb.metadata.pop("jupytext", None)
        folder = script.parent / language
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    os.environ.setdefault("PYTHONHASHSEED", "0")
    seconds = execute(nb, folder, timeout)
    for cell in nb.cells:  # timings differ run to run: keep the stored notebook stable
        cell.metadata.pop("execution", None)
    merge_streams(nb)
    stable_ids(nb)
    target = folder / script.with_suffix(".ipynb").name
    target.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return seconds


def languages(script: Path) -> list[str]:
    """English, and every language the lesson has prose in."""
    return ["en"] + [lang for lang in editions.TRANSLATED if editions.prose_source(script, lang).exists()]


def merge_streams(nb) -> None:
    """Join consecutive prints to the same stream into one output: the kernel
    batches them by timing, so without this two builds store them differently."""
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                    and merged[-1].name == out.name):
                merged[-1].text += out.text
            else:
                merged.append(out)
        if "outputs" in cell:
            cell.outputs = merged


def stable_ids(nb) -> None:
    """Give each cell an id made from its content, not a random one, so that
    rebuilding an unchanged script rewrites nothing and an edit changes the id
    of the edited cell only (clean diffs, and nbval/JupyterLab see the same cells)."""
    seen: dict[str, int] = {}
    for cell in nb.cells:
        digest = hashlib.sha1(f"{cell.cell_type}\n{cell.source}".encode()).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        cell.id = digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m authoring.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("scripts", nargs="*", type=Path)
    args = parser.parse_args(argv)
    scripts = args.scripts or sorted((ROOT / "solutions").glob("[0-9][0-9]_*.py"))
    for script in scripts:
        for language in languages(script):
            seconds = build(script, language=language)
            where = "" if language == "en" else f"{language}/"
            print(f"built {where}{script.with_suffix('.ipynb').name} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
