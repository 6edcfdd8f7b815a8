# Two commands matter: `make lab` (students) and `make test` (everyone, and CI).
# Both create .venv and install the course into it first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUBMISSIONS ?= submissions/*
GRADES ?= grades.json

.PHONY: install lab test release solutions grade bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

# The whole suite: unit and grader tests, student-notebook runs, and nbval on
# the stored outputs of every solution notebook.
test: $(STAMP)
	$(BIN)/python -m pytest --nbval -p no:cacheprovider tests solutions

solutions: $(STAMP)
	$(BIN)/python -m grader.build $(LESSONS)

release: $(STAMP)
	$(BIN)/python -m grader.release

grade: $(STAMP)
	$(BIN)/python -m grader $(SUBMISSIONS) --json $(GRADES)

bench: $(STAMP)
	$(BIN)/python tools/bench.py

lint: $(STAMP)
	$(BIN)/ruff check helpers grader tests tools

clean:
	rm -rf $(VENV) build .pytest_cache
