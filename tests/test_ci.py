"""CI integrations: the pre-commit hook, the GitHub action (its shell run for real), the JSON
Schema command, the README's exit codes and JSON shape."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app
from tests.conftest import EXAMPLES, REPO

runner = CliRunner()
LOW = EXAMPLES / "honest-consultation.yaml"
SEVERE = EXAMPLES / "textbook-co-washing.yaml"


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# --- pre-commit ---------------------------------------------------------------------------


def test_pre_commit_hook_runs_check_on_plan_files() -> None:
    hooks = _load(REPO / ".pre-commit-hooks.yaml")
    assert [h["id"] for h in hooks] == ["coprod-check"]
    hook = hooks[0]
    assert hook["entry"] == "coprod-check check"
    assert hook["language"] == "python"
    assert hook.get("pass_filenames", True) is True
    files = re.compile(hook["files"])
    for name in ["coprod-plan.yaml", "coprod-plan.yml", "docs/coprod-plan.yaml",
                 "play-area.coprod.yaml", "projects/x/y.coprod.yml"]:  # fmt: skip
        assert files.search(name), name
    for name in ["plan.yaml", "my-coprod-plan.yaml", "coprod-plan.yaml.bak", "a.coprod.json",
                 "coprod.yaml", ".pre-commit-config.yaml"]:  # fmt: skip
        assert not files.search(name), name


def test_pre_commit_entry_is_the_installed_console_script() -> None:
    toml = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    entry = _load(REPO / ".pre-commit-hooks.yaml")[0]["entry"].split()[0]
    assert re.search(rf'^{re.escape(entry)} = "coprod_check\.__main__:main"$', toml, re.M)


# --- GitHub action ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def action() -> dict[str, Any]:
    data = _load(REPO / "action.yml")
    assert isinstance(data, dict)
    return data


def _step(action: dict[str, Any], name: str) -> dict[str, Any]:
    steps = {s.get("name"): s for s in action["runs"]["steps"]}
    return steps[name]


def test_action_declares_inputs_and_is_composite(action: dict[str, Any]) -> None:
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"plans", "fail-on", "report", "python-version"}
    assert action["inputs"]["fail-on"]["default"] == "high"
    assert action["inputs"]["report"]["default"] == ""
    uses = [s["uses"] for s in action["runs"]["steps"] if "uses" in s]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    install = _step(action, "Install coprod-check")["run"]
    assert '"$GITHUB_ACTION_PATH"' in install, "installs the package from the action's own path"
    assert "--format=github" in _step(action, "Check plans")["run"]
    assert "report" in _step(action, "Write the report")["run"]


def test_action_never_pastes_inputs_into_scripts(action: dict[str, Any]) -> None:
    """`${{ inputs.x }}` inside `run:` is a script-injection hole; inputs go through env."""
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]


@pytest.fixture(scope="module")
def shim_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PATH whose `coprod-check` is this checkout, run by this interpreter."""
    folder = tmp_path_factory.mktemp("bin")
    script = folder / "coprod-check"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m coprod_check "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


def _run_step(
    action: dict[str, Any], name: str, env: dict[str, str], shim_path: str, cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run one step's script as GitHub does: `bash --noprofile --norc -eo pipefail`."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    script = cwd / "step.sh"
    script.write_text(_step(action, name)["run"])
    full = {**os.environ, "PATH": shim_path, "NO_COLOR": "1", **env}
    command = ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)]
    return subprocess.run(command, env=full, cwd=cwd, capture_output=True, text=True)


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines())


@pytest.mark.parametrize(
    ("plans", "code"),
    [
        (f"{LOW}", "0"),
        (f"{LOW}\n  {SEVERE}", "1"),
        (f"{LOW} no-such-plan.yaml", "2"),
    ],
)
def test_action_check_step_annotates_summarises_and_records_the_exit_code(
    action: dict[str, Any], shim_path: str, tmp_path: Path, plans: str, code: str
) -> None:
    out, summary = tmp_path / "output", tmp_path / "summary.md"
    env = {
        "PLANS": plans,
        "FAIL_ON": "high",
        "GITHUB_OUTPUT": str(out),
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    done = _run_step(action, "Check plans", env, shim_path, tmp_path)
    assert done.returncode == 0, done.stderr  # the step records the code; a later step fails
    assert _outputs(out) == {"exit-code": code}
    if code == "2":
        assert "no-such-plan.yaml" in done.stderr and not summary.exists()
        return
    table = summary.read_text()
    assert "| Plan | Project |" in table and "Northgate library opening hours review" in table
    if code == "1":
        assert f"::error file={SEVERE}" in done.stdout
        assert "Riverside" in table


def test_action_fails_the_job_with_the_checks_exit_code(
    action: dict[str, Any], shim_path: str, tmp_path: Path
) -> None:
    step = _step(action, "Fail on risk or invalid input")
    assert step["if"] == "steps.check.outputs.exit-code != '0'"
    done = _run_step(action, step["name"], {"CODE": "1"}, shim_path, tmp_path)
    assert done.returncode == 1


@pytest.mark.parametrize("plans", [f"{LOW}", f"{LOW} {SEVERE}", str(EXAMPLES)])
def test_action_report_step_writes_markdown(
    action: dict[str, Any], shim_path: str, tmp_path: Path, plans: str
) -> None:
    report = tmp_path / "out" / "coprod-report.md"
    env = {"PLANS": plans, "REPORT": str(report)}
    done = _run_step(action, "Write the report", env, shim_path, tmp_path)
    assert done.returncode == 0, done.stderr
    text = report.read_text(encoding="utf-8")
    assert text.startswith("#") and "Northgate library opening hours review" in text
    upload = _step(action, "Upload the report")
    assert upload["with"]["path"] == "${{ inputs.report }}"
    assert upload["if"] == _step(action, "Write the report")["if"]


# --- the JSON Schema (generated on demand; tests/test_plan_spec.py checks it agrees) -------


def test_schema_command_prints_a_valid_json_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(EXAMPLES.glob("*.yaml")):
        assert [e.message for e in validator.iter_errors(_as_an_editor_sees(_load(path)))] == []
    target = tmp_path / "coprod-plan.schema.json"
    assert runner.invoke(app, ["schema", "-o", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8") == result.output


def test_no_generated_schema_ships_in_the_package() -> None:
    assert not (REPO / "coprod_check" / "plan.schema.json").exists()


def test_init_points_editors_at_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "coprod-plan.yaml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=coprod-plan.schema.json"


def test_the_starter_plan_validates_against_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    target = tmp_path / "coprod-plan.yaml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    data = _as_an_editor_sees(_load(target))
    validator = jsonschema.Draft202012Validator(schema)
    # what the starter leaves empty is what an editor flags as still to fill in, and only that
    empty = {tuple(e.absolute_path) for e in validator.iter_errors(data)}
    assert empty == {
        ("project", "name"),
        ("claim", "level"),
        ("respondents", 0, "name"),
        ("respondents", 0, "role"),
    }
    data["project"] = {"name": "Play park"}
    data["claim"] = {"level": "consult", "scope": "whole"}
    data["respondents"][0].update(name="Jo", role="staff")
    assert [e.message for e in validator.iter_errors(data)] == []


def _as_an_editor_sees(value: Any) -> Any:
    """YAML 1.2 editors read an unquoted date as text, where PyYAML makes a date."""
    if isinstance(value, dict):
        return {k: _as_an_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_an_editor_sees(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


# --- README: exit codes and the JSON shape ------------------------------------------------


def _readme_section(title: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_exit_code_table_matches_behaviour(monkeypatch: pytest.MonkeyPatch) -> None:
    from coprod_check.cli import app as cli

    table = re.findall(r"^\| (\d+) \|", _readme_section("Use in CI"), re.M)
    assert table == ["0", "1", "2", "3", "130"]
    codes = {
        0: runner.invoke(app, ["check", str(LOW)]).exit_code,
        1: runner.invoke(app, ["check", str(SEVERE)]).exit_code,
        2: runner.invoke(app, ["check", str(LOW), "--fail-on", "everything"]).exit_code,
    }
    assert codes == {0: 0, 1: 1, 2: 2}

    monkeypatch.setattr(sys, "argv", ["coprod-check", "check", str(LOW)])

    def crashed() -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(cli, "app", crashed)
    with pytest.raises(SystemExit) as caught:
        cli.main()
    assert caught.value.code == 3


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_ctrl_c_exits_130_in_a_real_process(tmp_path: Path) -> None:
    """Ctrl-C at a real terminal (a pseudo-terminal driving a real `coprod-check` process):
    the README's exit code 130, not a traceback."""
    pytest.importorskip("pexpect", reason="pexpect (test extra) drives the terminal")
    from tests.test_assess_pty import Terminal

    term = Terminal(tmp_path, "assess", "plan.yaml")
    assert term.interrupt("Project name") == 130
    assert "Traceback" not in term.text


def _shape(value: Any) -> Any:
    """Keys all the way down; lists by their first item."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value and isinstance(value[0], dict) else []
    return None


def test_readme_json_example_has_the_real_shape() -> None:
    section = _readme_section("JSON output")
    documented = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    example = EXAMPLES / Path(documented["results"][0]["file"]).name
    result = runner.invoke(app, ["check", "--format", "json", str(example)])
    real = json.loads(result.output)
    assert _shape(documented) == _shape(real)
    first_cells = re.findall(r"^\| (`.*?) \|", section, re.M)
    fields = {f for cell in first_cells for f in re.findall(r"`([a-z_]\w*)", cell)}
    assert fields == set(real["results"][0]), "the field table names every field"
