"""Code cells of a notebook as plain Python, and running them one by one.

A student's notebook is Python with IPython's extras: ``%magics``,
``!shell`` lines, ``%%cell`` magics. Outside a kernel those lines are
replaced with ``pass`` (shell commands and magics are never run by the
grader); ``%%time``/``%%capture`` cells keep their body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.probes import cell_file

_KEEP_BODY = {"%%time", "%%timeit", "%%capture"}
_LINE_MAGIC = re.compile(r"^(\s*)(%|!)")


def to_python(source: str) -> str:
    """Replace IPython-only syntax in one cell by plain Python."""
    lines = source.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        if lines[0].split()[0] not in _KEEP_BODY:
            return ""  # %%bash, %%html...: not Python, nothing to run
        lines = lines[1:]
    out = []
    for line in lines:
        match = _LINE_MAGIC.match(line)
        out.append(f"{match.group(1)}pass  # {line.strip()}" if match else line)
    return "\n".join(out)


def code_cells(nb) -> list[str]:
    """The sources of the code cells of an nbformat notebook, as plain Python."""
    sources = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            source = cell.get("source", "")
            if isinstance(source, list):
                source = "".join(source)
            sources.append(to_python(str(source)))
    return sources


@dataclass
class CellReport:
    index: int          # 1-based number of the code cell
    error: str | None   # "ValueError: ..." or None
    line: int | None = None
    memory: bool = False  # it raised MemoryError: the memory limit, told as a fact, not read from ``error``


def _error_line(exc: BaseException, filename: str) -> int | None:
    tb = exc.__traceback__
    line = getattr(exc, "lineno", None) if isinstance(exc, SyntaxError) else None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def run_cell(index: int, source: str, namespace: dict) -> CellReport:
    """Run one cell in ``namespace``; an exception is reported, not raised."""
    filename = cell_file(index)
    try:
        exec(compile(source, filename, "exec"), namespace)
    except BaseException as exc:  # SystemExit and KeyboardInterrupt too: one cell must not end the notebook
        try:
            message = str(exc)
        except Exception:
            message = "(unreadable message)"
        # NumPy's _ArrayMemoryError and friends: say MemoryError, the limit's name.
        kind = "MemoryError" if isinstance(exc, MemoryError) else type(exc).__name__
        return CellReport(index, f"{kind}: {message}"[:300], _error_line(exc, filename), isinstance(exc, MemoryError))
    return CellReport(index, None)
