"""The instructor's authoring steps: from solution scripts to the notebooks a class gets.

``python -m authoring.build`` executes the solution scripts (and their Korean prose) into
solution notebooks; ``python -m authoring.release`` makes the student notebooks from them;
``python -m authoring.editions`` says where the Korean text is out of step with the English.
Nothing here grades: the grader (``grader``) never imports this package, so the student
edition ships the grader whole and leaves this package out.
"""
