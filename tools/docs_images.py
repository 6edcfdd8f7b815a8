"""Refresh the README's pictures in docs/ from the course itself.

    .venv/bin/python tools/docs_images.py

Figures come from the image outputs stored in the executed solution notebooks
(`make solutions`), picked by a piece of their cell's source; the JupyterLab
picture is the browser test's screenshot (`make browser-test`), copied when
present.
"""

from __future__ import annotations

import base64
import shutil
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# docs file -> (solution notebook, a piece of the source of the cell whose figure it is)
FIGURES = {
    "decision_regions.png": ("06_softmax_cross_entropy", "train_softmax_regression(X_blobs"),
    "backprop_graph.png": ("05_backprop", "draw_neuron_graph("),
}
SCREENSHOTS = {
    "jupyterlab_decision_widget.png": "solution-02_decision_lines-widget1-after.png",
}


def figure(lesson: str, needle: str) -> bytes:
    nb = nbformat.read(ROOT / "solutions" / f"{lesson}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and needle in cell.source:
            for output in cell.outputs:
                if "image/png" in output.get("data", {}):
                    return base64.b64decode(output["data"]["image/png"])
    raise LookupError(f"{lesson}: no figure in a cell containing {needle!r}")


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    for name, (lesson, needle) in FIGURES.items():
        (DOCS / name).write_bytes(figure(lesson, needle))
        print(f"docs/{name} <- solutions/{lesson}.ipynb")
    for name, shot in SCREENSHOTS.items():
        source = ROOT / "build" / "screenshots" / shot
        if source.exists():
            shutil.copy2(source, DOCS / name)
            print(f"docs/{name} <- build/screenshots/{shot}")
        else:
            print(f"docs/{name}: kept (run `make browser-test` for a new screenshot)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
