"""The course's grading engine, its command line, and the authoring steps.

``python -m grader PATH... --json OUT`` grades submissions; ``grader.build``
executes solution scripts into notebooks; ``grader.release`` makes the
student notebooks from them.
"""
