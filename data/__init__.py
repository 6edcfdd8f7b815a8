"""The course's data files, installed with the course as package data.

A package so that every install carries them (``pip install .`` as GitHub Classroom's
workflow does copies only packages): ``digits/digits.csv.gz`` is what
``helpers.digits.load_digits`` reads, beside ``helpers`` in the repository and in
site-packages alike. Nothing here is code a notebook needs to import.
"""
