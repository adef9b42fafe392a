"""environment.yml (conda) and pyproject.toml (pip) must describe the same environment."""

import re
import tomllib

import yaml

from newsfacts import paths


def _name(spec: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(?:==?\s*([^\s;,]+))?", spec)
    return m.group(1).lower().replace("_", "-"), (m.group(2) or "")


def pyproject_packages() -> dict[str, str]:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra, deps in project["optional-dependencies"].items():
        specs += [d for d in deps if not d.startswith("newsfacts")]
    return dict(_name(s) for s in specs)


def environment_packages() -> tuple[dict[str, str], list[str]]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    conda, pip = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip += dep.get("pip", [])
        else:
            conda.update([_name(dep)])
    return conda, pip


def test_same_packages_and_pins():
    conda, pip = environment_packages()
    assert conda.pop("python") == "3.11"
    conda.pop("pip")
    assert conda == pyproject_packages()
    assert "-e .[dev]" in pip


def test_pins_are_exact():
    assert all(v for v in pyproject_packages().values()), "every dependency is pinned"
