"""A held-out battery: wrong and right answers written by a second reviewer from the student edition alone.

Same format as ``tests/battery`` (``WRONG``/``RIGHT`` lists of ``Answer``), kept apart so that it
measures whether the course's checks generalise to mistakes nobody tuned them on.
"""
