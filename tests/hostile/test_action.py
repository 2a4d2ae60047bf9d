"""Issue 12, item 7: options cannot come from file names or inputs. The action's own step
scripts are run with hostile inputs, as GitHub runs them; the pre-commit hook the same."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLES, REPO
from tests.hostile.support import GOOD
from tests.test_ci import _outputs, _run_step, _step, action, shim_path

__all__ = ["action", "shim_path"]  # fixtures, shared with test_ci

SEVERE = (EXAMPLES / "textbook-co-washing.yaml").read_text(encoding="utf-8")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "-v.yaml").write_text(SEVERE, encoding="utf-8")
    (tmp_path / "--help.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "evil.yaml").write_text("not: a set\n", encoding="utf-8")
    return tmp_path


def _check(action: dict[str, Any], shim_path: str, work: Path, plans: str, fail_on: str = "high"):
    out, summary = work / "output", work / "summary.md"
    out.unlink(missing_ok=True)
    env = {"PLANS": plans, "FAIL_ON": fail_on, "GITHUB_OUTPUT": str(out)}
    env["GITHUB_STEP_SUMMARY"] = str(summary)
    done = _run_step(action, "Check plans", env, shim_path, work)
    return done, _outputs(out)


def test_file_names_like_options_are_files(
    action: dict[str, Any], shim_path: str, work: Path
) -> None:
    done, outputs = _check(action, shim_path, work, "-v.yaml --help.yaml")
    assert outputs == {"exit-code": "1"}, done.stderr  # -v.yaml is the severe plan
    assert "::error file=-v.yaml" in done.stdout
    assert "Usage:" not in done.stdout + done.stderr


def test_an_option_in_the_plans_input_is_a_file_name(
    action: dict[str, Any], shim_path: str, work: Path
) -> None:
    done, outputs = _check(action, shim_path, work, "--principles=elsewhere ok.yaml")
    assert outputs == {"exit-code": "2"}
    assert "--principles=elsewhere: no such file or folder" in done.stderr
    assert "evil.yaml" not in done.stderr


@pytest.mark.parametrize(
    "plans", ["$(touch pwned) ok.yaml", "`touch pwned` ok.yaml", "ok.yaml; touch pwned", "*"]
)
def test_shell_syntax_in_the_plans_input_is_never_run(
    action: dict[str, Any], shim_path: str, work: Path, plans: str
) -> None:
    done, outputs = _check(action, shim_path, work, plans)
    assert not (work / "pwned").exists()
    assert outputs["exit-code"] in ("1", "2"), done.stderr


@pytest.mark.parametrize("fail_on", ["--verbose", "high --principles=elsewhere", "$(id)"])
def test_a_hostile_fail_on_is_a_usage_error(
    action: dict[str, Any], shim_path: str, work: Path, fail_on: str
) -> None:
    done, outputs = _check(action, shim_path, work, "ok.yaml", fail_on)
    assert outputs == {"exit-code": "2"}, done.stdout + done.stderr


def test_the_report_step_takes_hostile_names_as_files(
    action: dict[str, Any], shim_path: str, work: Path
) -> None:
    env = {"PLANS": "-v.yaml", "REPORT": "--force.md"}
    done = _run_step(action, "Write the report", env, shim_path, work)
    assert done.returncode == 0, done.stderr
    assert (work / "--force.md").read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(("code", "fails"), [("0", False), ("1", True), ("2", True), ("3", True)])
def test_report_runs_only_after_a_real_check_and_2_or_3_fail_the_job(
    action: dict[str, Any], shim_path: str, work: Path, code: str, fails: bool
) -> None:
    condition = _step(action, "Write the report")["if"]
    assert "== '0'" in condition and "== '1'" in condition  # never after 2 or 3
    step = _step(action, "Fail on risk or invalid input")
    done = _run_step(action, step["name"], {"CODE": code}, shim_path, work)
    assert (done.returncode != 0) is fails
    if code == "3":
        assert "internal error" in done.stdout and "not a finding" in done.stdout


def test_the_pre_commit_hook_ends_options_before_file_names(work: Path) -> None:
    """pre-commit runs `entry args... files`: run exactly that with hostile file names."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["args"][-1] == "--"
    command = [*shlex.split(hook["entry"]), *hook["args"], "-v.yaml", "--help.yaml"]
    assert command[0] == "coprod-check"
    done = subprocess.run(
        [sys.executable, "-m", "coprod_check", *command[1:]],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr  # -v.yaml read as the severe plan it is
    assert "-v.yaml" in done.stdout and "Usage:" not in done.stdout
