"""Small data sets the lessons share, made in code (nothing is downloaded).

Shapes follow the course: X is (N, d), one sample per row.
"""

from __future__ import annotations

import numpy as np

#: The four inputs of a two-input logic gate, in truth-table order.
GATE_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])

_GATE_TRUTH = {
    "AND": [0, 0, 0, 1],
    "OR": [0, 1, 1, 1],
    "NAND": [1, 1, 1, 0],
    "NOR": [1, 0, 0, 0],
    "XOR": [0, 1, 1, 0],
    "XNOR": [1, 0, 0, 1],
}


def gate_targets(gate: str, negative: int = -1) -> np.ndarray:
    """Targets of ``gate`` on ``GATE_X``: +1 for true and ``negative`` (-1 or 0) for false."""
    truth = np.array(_GATE_TRUTH[gate.upper()])
    return np.where(truth == 1, 1, negative)
