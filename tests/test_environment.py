"""pyproject.toml and environment.yml list the same packages with the same minimums."""

import re
import tomllib

from tests.support import ROOT


def _requirement(text: str) -> tuple[str, str]:
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][0-9.]*)\s*", text)
    assert match, f"not a 'name>=version' pin: {text!r}"
    return match.group(1).lower(), match.group(2)


def _pyproject() -> dict:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    reqs = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["test"]
    return dict(_requirement(r) for r in reqs)


def _environment() -> dict:
    deps = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        match = re.match(r"^  - ([A-Za-z0-9_.\-]+\s*>=.*)$", line)
        if match:
            name, version = _requirement(match.group(1))
            deps[name] = version
    return deps


def test_every_dependency_has_a_minimum_and_no_cap():
    text = (ROOT / "pyproject.toml").read_text()
    assert "<" not in "".join(re.findall(r'"[a-z0-9\-]+[<>=!~][^"]*"', text))


def test_environment_yml_mirrors_pyproject():
    env = _environment()
    python = env.pop("python")
    assert python == "3.11"
    assert env == _pyproject()


def test_python_requirement_matches():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert data["project"]["requires-python"] == ">=3.11"
