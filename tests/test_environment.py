"""pyproject.toml and environment.yml list the same packages with the same
minimums (the students' dependencies; the author and test tools are extras that
neither `make lab` nor Binder installs), environment.yml is valid for `conda env
create` as written (one channel, conda-forge names, the course itself installed by
pip), and the README's Binder link opens the course home or is a placeholder the
instructor is told to fill."""

import re
import tomllib

import yaml

from tests.support import ROOT

# conda-forge names that differ from the PyPI names in pyproject.toml.
CONDA_TO_PYPI = {"playwright-python": "playwright"}


def _requirement(text: str) -> tuple[str, str]:
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][0-9.]*)\s*", text)
    assert match, f"not a 'name>=version' pin: {text!r}"
    return match.group(1).lower(), match.group(2)


def _pyproject(part: str = "dependencies") -> dict:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = data["dependencies"] if part == "dependencies" else data["optional-dependencies"][part]
    return dict(_requirement(r) for r in reqs)

# Tools a student never needs: only in the extras, never in `make lab` or Binder.
TOOLS = {"pytest", "pytest-xdist", "nbval", "ruff", "playwright", "pre-commit", "zizmor", "jupytext", "nbformat", "nbclient"}


def _environment_yml() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text())


def _environment() -> dict:
    deps = {}
    for entry in _environment_yml()["dependencies"]:
        if isinstance(entry, str) and ">=" in entry:
            name, version = _requirement(entry)
            deps[CONDA_TO_PYPI.get(name, name)] = version
    return deps


def test_every_dependency_has_a_minimum_and_no_cap():
    text = (ROOT / "pyproject.toml").read_text()
    assert "<" not in "".join(re.findall(r'"[a-z0-9\-]+[<>=!~][^"]*"', text))


def test_environment_yml_mirrors_pyproject():
    env = _environment()
    python = env.pop("python")
    assert python == "3.11"
    assert env == _pyproject()


def test_students_get_the_notebooks_needs_and_the_tools_are_extras():
    students = _pyproject()
    extras = {**_pyproject("author"), **_pyproject("test")}
    assert not TOOLS & set(students), TOOLS & set(students)
    assert TOOLS == set(extras)
    makefile = (ROOT / "Makefile").read_text()
    lab = makefile[makefile.index("$(STAMP): pyproject.toml"):makefile.index("$(DEV_STAMP): $(STAMP)")]
    assert "pip install --quiet -e .\n" in lab and "[" not in lab.split("pip install", 2)[-1]
    assert re.search(r"^lab: \$\(STAMP\)$", makefile, re.M) and re.search(r"^test: \$\(DEV_STAMP\)$", makefile, re.M)
    assert 'pip install --quiet -e ".[author,test]"' in makefile


def test_python_requirement_matches():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert data["project"]["requires-python"] == ">=3.11"


def test_environment_yml_is_valid_for_conda_env_create():
    env = _environment_yml()
    assert set(env) == {"name", "channels", "dependencies"}
    assert env["name"] == "nn-first-principles"
    assert env["channels"] == ["conda-forge"]
    strings = [d for d in env["dependencies"] if isinstance(d, str)]
    subsections = [d for d in env["dependencies"] if isinstance(d, dict)]
    for entry in strings:
        # conda's match-spec: a lower-case name, optionally a version constraint; no extras, no URLs.
        assert re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*(>=[0-9][0-9.]*)?", entry), entry
    assert "pip" in strings, "a pip: subsection needs pip itself in the environment"
    # The only pip entry installs the course (helpers, grader, authoring) from this folder:
    # conda runs pip beside environment.yml, and repo2docker (Binder) installs
    # local pip requirements after copying the repository.
    assert subsections == [{"pip": ["-e ."]}]


def test_readme_has_a_binder_link_to_the_course_home():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    urls = re.findall(r"https://mybinder\.org/v2/gh/[^)\s`]+", readme)
    assert urls, "no Binder URL in README.md"
    # never a link that looks live but points nowhere: a placeholder is spelled as one and explained
    assert "OWNER/REPO" not in readme
    assert all("<owner>/<repo>" in url for url in urls)
    assert "replace `<owner>/<repo>`" in readme
    for url in urls:
        match = re.search(r"urlpath=lab/tree/([^)\s&]+)", url)
        assert match, f"the Binder link should open JupyterLab on a notebook: {url}"
        assert (ROOT / match.group(1)).exists(), url
    assert "mybinder.org/badge_logo.svg" in readme
