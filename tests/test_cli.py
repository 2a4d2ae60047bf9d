"""The CLI end to end: principles, check, init and schema, in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check import __version__
from coprod_check.cli.app import app
from tests.conftest import EXAMPLES
from tests.principle_ids import PRINCIPLE_SLUGS

runner = CliRunner()
IDS = PRINCIPLE_SLUGS
CUSTOM_SET = """\
id: local
name: Our local principles
source: {title: Our charter, organisation: Example Trust}
summary: Principles our trust agreed with residents.
principles:
  - id: local.open-books
    title: Open books
    source: {quote: "We publish every budget line."}
    question: Do you publish every budget line to residents?
    evidence_prompt: The published budget.
    advice: Publish it.
    pillars: [knowledge, power]
"""


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env=env)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_version() -> None:
    code, out = invoke("--version")
    assert code == 0
    assert out.strip() == f"coprod-check {__version__}"


def test_principles_list_json_has_the_six_sets_with_exact_ids() -> None:
    code, out = invoke("principles", "list", "--format", "json")
    assert code == 0
    sets = json.loads(out)
    assert {s["id"]: [p["id"] for p in s["principles"]] for s in sets} == {
        set_id: [f"{set_id}.{slug}" for slug in slugs] for set_id, slugs in IDS.items()
    }
    first = sets[0]["principles"][0]
    assert set(sets[0]) == {"id", "name", "source", "summary", "ordered", "principles"}
    assert set(first) == {
        "id", "title", "source", "question", "community_question", "evidence_prompt", "advice",
        "pillars",
    }  # fmt: skip
    assert first["source"]["quote"]
    assert [s["ordered"] for s in sets if s["id"] == "ourlife"] == [True]


def test_principles_list_table() -> None:
    code, out = invoke("principles", "list")
    assert code == 0
    assert "fol.sharing-power" in out and "trueman.blank-canvas" in out


def test_principles_show_principle_and_set() -> None:
    code, out = invoke("principles", "show", "glasshouse.involved-from-start")
    assert code == 0
    assert "halfway through the journey" in " ".join(out.split())
    code, out = invoke("principles", "show", "ourlife")
    assert code == 0
    assert "ourlife.independent-support" in out


def test_principles_show_unknown_suggests() -> None:
    code, out = invoke("principles", "show", "fol.sharing-powr")
    assert code == 2
    assert "did you mean `fol.sharing-power`" in out


def test_custom_principles_dir_and_env_var(tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(CUSTOM_SET, encoding="utf-8")
    code, out = invoke("principles", "list", "-f", "json", "--principles", str(tmp_path))
    assert code == 0
    assert [s["id"] for s in json.loads(out)][-1] == "local"
    code, out = invoke("principles", "show", "local.open-books",
                       env={"COPROD_CHECK_PRINCIPLES": str(tmp_path)})  # fmt: skip
    assert code == 0 and "Open books" in out


def test_custom_set_clashing_with_builtin_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "fol.yaml").write_text(
        CUSTOM_SET.replace("id: local", "id: fol").replace("local.", "fol."), encoding="utf-8"
    )
    code, out = invoke("principles", "list", "--principles", str(tmp_path))
    assert code == 2
    assert "clashes with a built-in set" in out


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    good = tmp_path / "local.yaml"
    good.write_text(CUSTOM_SET, encoding="utf-8")
    code, out = invoke("principles", "validate", str(good))
    assert code == 0 and "ok:" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        CUSTOM_SET.replace("id: local.open-books", "id: other.open-books")
        .replace("[knowledge, power]", "[knowledge, powr]")
        .replace("    advice: Publish it.\n", ""),
        encoding="utf-8",
    )
    code, out = invoke("principles", "validate", str(bad))
    assert code == 2
    assert "must start with its set id: `local.`" in out
    assert "unknown pillar `powr`" in out and "did you mean `power`?" in out
    assert "`principles[0].advice`: is required but missing" in out
    assert "bad.yaml:" in out


def test_check_exit_codes_follow_fail_on() -> None:
    severe = str(EXAMPLES / "textbook-co-washing.yaml")
    moderate = str(EXAMPLES / "over-claim-one-rung.yaml")
    low = str(EXAMPLES / "honest-consultation.yaml")
    assert invoke("check", low)[0] == 0
    assert invoke("check", moderate)[0] == 0  # default --fail-on high
    assert invoke("check", "--fail-on", "moderate", moderate)[0] == 1
    assert invoke("check", severe)[0] == 1
    assert invoke("check", "--fail-on", "severe", moderate, low)[0] == 0


def test_check_json_shape() -> None:
    code, out = invoke("check", "--format", "json", str(EXAMPLES))
    assert code == 1
    data = json.loads(out)
    assert data["version"] == 2
    files = [r["file"] for r in data["results"]]
    assert files == sorted(files) and len(files) == len(list(EXAMPLES.glob("*.yaml")))
    result = next(r for r in data["results"] if r["file"].endswith("perception-gap.yaml"))
    assert result["stated_level"] == "co-design"
    assert result["evidenced_level"] == "consult"
    assert result["risk"]["band"] == "high"
    assert set(result["maturity"]) == {"overall", "pillars", "sets", "roles"}
    assert set(result["maturity"]["roles"]) == {"staff", "community"}
    reason = result["risk"]["reasons"][0]
    assert set(reason) >= {"code", "message", "principles", "source"}
    assert reason["source"]["quote"] and reason["source"]["attribution"]
    assert 0 <= result["unknown_share"] <= 1


def test_check_markdown_summary_table() -> None:
    code, out = invoke("check", "--format", "markdown", str(EXAMPLES / "perception-gap.yaml"))
    assert code == 1
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert len(rows) == 3
    assert "**high**" in rows[2] and "Youth centre redesign" in rows[2]


def test_check_markdown_names_wording_that_outruns_the_claim() -> None:
    plan = str(EXAMPLES / "consultation-called-co-production.yaml")
    code, out = invoke("check", "--format", "markdown", plan)
    assert code == 1
    row = next(line for line in out.splitlines() if "charging policy" in line)
    assert "consultation, worded as co-production" in row


def test_check_markdown_escapes_table_breakers(tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "honest-consultation.yaml").read_text(encoding="utf-8"))
    data["project"]["name"] = "Evil | name\nwith <b>html</b>"
    path = tmp_path / "evil.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    code, out = invoke("check", "--format", "markdown", str(path))
    assert code == 0
    row = next(line for line in out.splitlines() if "Evil" in line)
    assert row.count(" | ") == 6  # the pipe in the name did not add a column
    assert "<b>" not in row and "\\<b\\>" in row


def test_check_github_annotations_and_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    code, out = invoke(
        "check", "--format", "github", str(EXAMPLES / "staff-only-unevidenced.yaml"),
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith("::")]
    assert lines and all(line.startswith("::error file=") for line in lines)
    assert any("claim-unsubstantiated" in line for line in lines)
    assert "line=" in lines[0]
    assert "| Plan |" in summary.read_text(encoding="utf-8")
    code, out = invoke(
        "check", "--format", "github", "--fail-on", "severe",
        str(EXAMPLES / "staff-only-unevidenced.yaml"),
    )  # fmt: skip
    assert code == 0
    assert all(line.startswith("::warning") for line in out.splitlines() if line.startswith("::"))


def test_check_text_is_plain_without_a_terminal() -> None:
    code, out = invoke("check", str(EXAMPLES / "textbook-co-washing.yaml"))
    assert code == 1
    assert "SEVERE risk" in out and "\x1b[" not in out
    assert "joined-midway" in out
    assert "1 plan checked: 1 severe" in out


def test_init_writes_a_plan_that_checks_and_never_clobbers(tmp_path: Path) -> None:
    path = tmp_path / "coprod-plan.yaml"
    code, _ = invoke("init", str(path))
    assert code == 0
    text = path.read_text(encoding="utf-8")
    assert "yaml-language-server: $schema=" in text
    assert "fol.sharing-power: unknown" in text and "# Sharing power:" in text
    code, out = invoke("check", str(path))  # untouched: nothing to score yet
    assert code == 2 and "not filled in yet" in out and "coprod-check assess" in out
    filled = (
        text.replace("  name:  #", "  name: Play park  #", 1)
        .replace("  level:  #", "  level: consult  #", 1)
        .replace("  - name:  #", "  - name: Jo  #", 1)
        .replace("    role:  #", "    role: staff  #", 1)
    )
    path.write_text(filled, encoding="utf-8")
    assert invoke("check", str(path))[0] == 0
    path.write_text("mine", encoding="utf-8")
    code, out = invoke("init", str(path))
    assert code == 2 and "--force" in out
    assert path.read_text(encoding="utf-8") == "mine"
    assert invoke("init", "--force", "--sets", "trueman", str(path))[0] == 0
    assert "trueman.blank-canvas: unknown" in path.read_text(encoding="utf-8")


def test_init_unknown_set(tmp_path: Path) -> None:
    code, out = invoke("init", "--sets", "fol,glashouse", str(tmp_path / "p.yaml"))
    assert code == 2 and "did you mean `glasshouse`?" in out


def test_schema_is_json_schema_naming_every_principle() -> None:
    code, out = invoke("schema")
    assert code == 0
    schema = json.loads(out)
    answers = schema["properties"]["respondents"]["items"]["properties"]["answers"]
    assert len(answers["properties"]) == sum(len(v) for v in IDS.values())
    assert schema["properties"]["claim"]["properties"]["level"]["enum"] == [
        "inform", "consult", "engage", "co-design", "co-production",
    ]  # fmt: skip


def test_module_entry_point_runs_from_another_directory(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "coprod_check", "check", str(EXAMPLES / "honest-consultation.yaml")],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "LOW risk" in proc.stdout


@pytest.mark.parametrize("flag", ["--no-color"])
def test_no_color_flag(flag: str) -> None:
    code, out = invoke(flag, "principles", "show", "fol")
    assert code == 0 and "\x1b[" not in out
