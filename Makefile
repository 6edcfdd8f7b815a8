# Two commands matter: `make lab` (students) and `make test` (everyone, and CI).
# Both create .venv and install the course into it first: `make lab` only what the
# notebooks need; `make test` and the authoring targets add the author and test
# tools (the extras in pyproject.toml).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
OUT ?= build/grades

.PHONY: install lab lab-ko test test-fast browser-test release solutions grade grade-usage grade-class-folder bench mutants lint new-lesson student-edition gradescope clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[author,test]"
	@touch $(DEV_STAMP)

# Opens the course home, notebooks/00_start_here.ipynb.
# As root (a Docker container, a cloud VM, a CI runner) JupyterLab refuses to
# start without --allow-root, so it is added only then. Where no browser can
# open (no display, not macOS) JupyterLab is told so; it logs only warnings,
# so the last lines it prints are the URLs to open.
LAB_ROOT := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)
LAB_BROWSER := $(if $(DISPLAY)$(WAYLAND_DISPLAY)$(filter Darwin,$(shell uname -s 2>/dev/null)),,--no-browser)
# `make lab-ko` opens the Korean course home, notebooks/ko/00_start_here.ipynb.
HOME_PAGE ?= 00_start_here.ipynb
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks --LabApp.default_url=/lab/tree/$(HOME_PAGE) \
		--ServerApp.log_level=WARN $(LAB_ROOT) $(LAB_BROWSER)

lab-ko:
	$(MAKE) lab HOME_PAGE=ko/00_start_here.ipynb

# The whole suite: unit and grader tests, student-notebook runs, nbval on the
# stored outputs of every solution notebook, and (where /usr/bin/chromium
# exists; skipped with the reason otherwise) one notebook of each kind in JupyterLab
# in a real browser (`make browser-test`: every notebook). It ends with its ten slowest tests.
# Two pytest workers (pytest-xdist), a whole file to each at a time (--dist loadfile): a
# notebook's cells stay in order in one kernel, a module's fixtures are made once, and what
# one worker waits for (a grading time-out, a kernel, a clone) the other fills. Grading tests
# share a warm worker pool per pytest worker (tests/pools.py).
test: $(DEV_STAMP)
	$(BIN)/python -m pytest --nbval -p no:cacheprovider -n 2 --dist loadfile --durations=10 tests solutions

# The inner loop: no worker pools, kernels, browsers, clones or builds (tests/conftest.py
# sorts the tiers and fails a fast test that starts a process); well under 90 s.
test-fast: $(DEV_STAMP)
	NN_COURSE_FAST_TIER=1 $(BIN)/python -m pytest -p no:cacheprovider -q -m "not grader and not system and not browser" tests

# Only the JupyterLab-in-Chromium test, every notebook of both editions in both languages
# (`make test` runs one of each kind); screenshots go to build/screenshots/.
browser-test: $(DEV_STAMP)
	NN_COURSE_BROWSER_ALL=1 $(BIN)/python -m pytest -p no:cacheprovider -m browser tests/test_browser.py

solutions: $(DEV_STAMP)
	$(BIN)/python -m authoring.build $(LESSONS)

release: $(DEV_STAMP)
	$(BIN)/python -m authoring.release

# make grade CLASS=DIR [ROSTER=FILE] [LESSONS=01,02] [DUE=2026-10-01T23:59] [LATE="10%/day"] [OUT=build/grades]:
# grade a class folder (one folder/zip/notebook per student, or an LMS export) into OUT
# (grades.json, grades.csv, feedback/; with ROSTER also canvas.csv and moodle.csv).
# Without CLASS (or with a CLASS that is no folder) only the usage is printed: nothing is
# installed or graded, and no file is left behind.
grade: $(if $(CLASS),grade-class-folder $(STAMP),grade-usage)
	$(BIN)/python -m grader --class "$(CLASS)" --json "$(OUT)/grades.json" --csv "$(OUT)/grades.csv" \
		--feedback "$(OUT)/feedback" $(if $(LESSONS),--lessons $(LESSONS)) \
		$(if $(ROSTER),--roster "$(ROSTER)" --canvas-csv "$(OUT)/canvas.csv" --moodle-csv "$(OUT)/moodle.csv") \
		$(if $(DUE),--due "$(DUE)") $(if $(LATE),--late-policy "$(LATE)")

grade-usage:
	@echo 'usage: make grade CLASS=DIR [ROSTER=roster.csv] [LESSONS=01,02] [DUE=2026-10-01T23:59] [LATE="10%/day"] [OUT=build/grades]'
	@echo '  CLASS: a folder with one sub-folder, .zip or .ipynb per student, or a Canvas/Moodle/Blackboard export'
	@exit 2

grade-class-folder:
	@test -d "$(CLASS)" || { echo "make grade: CLASS=$(CLASS) is not a folder"; exit 2; }


bench: $(DEV_STAMP)
	$(BIN)/python tools/bench.py $(BENCH_ARGS)

# Mutates every graded solution and judges each mutant with the check cases:
# kill rate per exercise and lesson, and every survivor's id (tools/mutants.py).
mutants: $(DEV_STAMP)
	$(BIN)/python tools/mutants.py $(LESSONS)

# ruff on the course code and on the lessons' code (solution scripts and the
# released student notebooks); no solution marker may reach notebooks/.
lint: $(DEV_STAMP)
	$(BIN)/ruff check helpers grader authoring tests tools $(wildcard solutions/[0-9][0-9]_*.py) notebooks
	$(BIN)/python tools/hooks.py no-solution-markers $(wildcard notebooks/*)

# make new-lesson NAME=08_something [TITLE="Something"]: scaffold, build and release it.
new-lesson: $(DEV_STAMP)
	@test -n "$(NAME)" || { echo 'usage: make new-lesson NAME=08_something [TITLE="..."]'; exit 2; }
	$(BIN)/python tools/new_lesson.py $(NAME) $(if $(TITLE),--title "$(TITLE)")
	$(BIN)/python -m authoring.build solutions/$(NAME).py
	$(BIN)/python -m authoring.release solutions/$(NAME).ipynb

# make student-edition DEST=DIR [ZIP=FILE]: the repository a class gets (a Classroom
# template, or ZIP for an LMS); stops if any file holds solution text.
student-edition: $(DEV_STAMP)
	@test -n "$(DEST)" || { echo 'usage: make student-edition DEST=DIR [ZIP=FILE]'; exit 2; }
	$(BIN)/python tools/student_edition.py "$(DEST)" $(if $(ZIP),--zip "$(ZIP)")

# make gradescope [LESSONS=01,02] [CASES=FILE]: build/gradescope/autograder.zip for a
# Gradescope programming assignment (the course, its references and hidden cases).
gradescope: $(DEV_STAMP)
	$(BIN)/python tools/gradescope_bundle.py $(if $(LESSONS),--lessons $(LESSONS)) $(if $(CASES),--cases "$(CASES)")

clean:
	rm -rf $(VENV) build .pytest_cache
