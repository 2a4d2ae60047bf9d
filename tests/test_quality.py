"""The linters and the type checker are part of the test command, run from the repo root."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import REPO

TOOLS = {
    "ruff check": ["ruff", "check", "."],
    "ruff format --check": ["ruff", "format", "--check", "."],
    "mypy (strict on the core modules)": ["mypy"],
}


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_tool_is_clean(name: str) -> None:
    module, *args = TOOLS[name]
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install '.[test]')")
    done = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, f"{name}:\n{done.stdout}\n{done.stderr}"


def test_mypy_is_strict_on_the_core_modules() -> None:
    """The config, not the command line, holds strictness, so editors and CI agree."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    strict = {m for o in config["overrides"] if o.get("strict") for m in o["module"]}
    core = ["errors", "principles", "plan", "model", "maturity", "risk", "assessment"]
    assert {f"coprod_check.core.{m}" for m in core} | {"coprod_check.io.yamlio"} <= strict
