"""Start-up: what `import coprod_check.cli.app` and `check` pull in, and the light parameter
coercion that keeps pydantic out (behind an upper bound on typer)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coprod_check import __version__
from coprod_check.cli.app import app
from tests.conftest import EXAMPLES, REPO

runner = CliRunner()
HEAVY = ("rich", "jinja2", "pydantic")
PLAN = EXAMPLES / "honest-consultation.yaml"

PROBE = """\
import json, sys
sys.argv = ["coprod-check", *sys.argv[1:]]
if len(sys.argv) == 1:
    import coprod_check.cli.app
else:
    from coprod_check.cli.app import app
    try:
        app()
    except SystemExit as exc:
        code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(%r)))
sys.stderr.write("HEAVY=" + json.dumps(heavy) + "\\n")
"""


def _heavy_modules(*args: str) -> tuple[list[str], str]:
    """Which heavy packages a fresh interpreter holds after importing the CLI or running it."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE % json.dumps(HEAVY), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("HEAVY=")]
    assert line, done.stderr
    return json.loads(line[0][len("HEAVY=") :]), done.stdout + done.stderr


def test_importing_the_cli_loads_no_rich_jinja2_or_pydantic() -> None:
    heavy, _ = _heavy_modules()
    assert heavy == []


@pytest.mark.parametrize("fmt", ["json", "text", "github", "markdown"])
def test_check_loads_no_rich_jinja2_or_pydantic(fmt: str) -> None:
    heavy, out = _heavy_modules("check", "--format", fmt, str(EXAMPLES / "perception-gap.yaml"))
    assert heavy == []
    assert "perception-gap.yaml" in out


def test_version_loads_no_core_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % json.dumps(["coprod_check.core.assessment"]), "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.stdout.startswith("coprod-check ")
    assert "HEAVY=[]" in done.stderr


def test_the_entry_point_answers_version_without_importing_typer() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coprod_check", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 0
    assert done.stdout == f"coprod-check {__version__}\n"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "typer" not in imported and "yaml" not in imported


# --- parameters coerced without pydantic behave as typer's ------------------------------


def test_a_bad_choice_names_the_valid_ones() -> None:
    result = runner.invoke(app, ["check", str(PLAN), "--fail-on", "hgih"])
    assert result.exit_code == 2
    message = " ".join(result.output.replace("│", " ").split())
    assert "Invalid value for '--fail-on': 'hgih' is not one of 'moderate', 'high', 'severe'." in (
        message
    )


def test_choices_paths_lists_and_flags_arrive_typed(tmp_path: Path) -> None:
    second = tmp_path / "second.yaml"
    second.write_text(PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(PLAN), str(second), "-f", "json", "--fail-on", "moderate", "-v"]
    )
    assert result.exit_code == 0, result.output
    files = [r["file"] for r in json.loads(result.output)["results"]]
    assert sorted(files) == sorted([str(PLAN), str(second)])


def test_a_missing_argument_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_text_and_path_options(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = runner.invoke(app, ["init", str(target), "--sets", "fol,newham"])
    assert result.exit_code == 0, result.output
    assert "sets: [fol, newham]" in target.read_text(encoding="utf-8")
    out = tmp_path / "schema.json"
    assert runner.invoke(app, ["schema", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "coprod-check plan file"


def test_principles_option_takes_several_folders(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["check", str(PLAN), "-p", str(tmp_path / "a"), "-p", str(tmp_path / "b")]
    )
    assert result.exit_code == 2
    assert f"{tmp_path / 'a'}: principles folder not found" in result.output
    assert f"{tmp_path / 'b'}: principles folder not found" in result.output


# --- nothing written outside the files asked for; the typer shim's contract ----------------


def test_check_writes_no_cache_or_any_other_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", "check", str(PLAN)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["home"]


def _typer_requirement() -> str:
    toml = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (requirement,) = re.findall(r'"(typer[^"]*)"', toml)
    return requirement


def test_typer_is_pinned_below_the_next_minor_release_the_shim_was_not_tested_on() -> None:
    """cli/typer_compat.py uses typer's private modules to keep pydantic out of `check`
    (test_check_loads_no_rich_jinja2_or_pydantic). A typer release may change them, so
    pyproject caps typer; raising the cap means re-running these tests on the new typer."""
    from importlib.metadata import version

    requirement = _typer_requirement()
    cap = re.search(r"<\s*([0-9]+)\.([0-9]+)", requirement)
    assert cap, f"no upper bound on typer in pyproject.toml: {requirement}"
    installed = tuple(int(x) for x in version("typer").split(".")[:2])
    assert installed < (int(cap[1]), int(cap[2])), (installed, requirement)
