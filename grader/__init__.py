"""The course's grading engine and its command line.

``python -m grader PATH... --json OUT`` grades submissions. The authoring steps (building
and releasing the notebooks) live apart, in ``authoring``.
"""
