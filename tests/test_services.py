"""The service functions behind the commands, called as plain functions: no typer, no
CliRunner, results returned rather than printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_check.cli.reporting import report_kind, write_reports
from coprod_check.cli.services import check_plans, compare_plans
from coprod_check.cli.voices import import_responses, write_survey
from coprod_check.core.errors import UsageError
from coprod_check.outputs.registry import get_format
from tests.conftest import EXAMPLES
from tests.fresh import packages_loaded

WASHING = EXAMPLES / "textbook-co-washing.yaml"
HONEST = EXAMPLES / "honest-consultation.yaml"


def test_check_plans_counts_the_plans_at_or_above_fail_on() -> None:
    run = check_plans([WASHING, HONEST], "high")
    bands = {Path(p.file or "").name: p.band for p in run.view.plans}
    assert bands["textbook-co-washing.yaml"] == "severe"
    assert run.failed == sum(b in ("high", "severe") for b in bands.values())
    assert run.summary().startswith("2 plans checked: ")
    assert run.summary().endswith(f"; {run.failed} at or above high")
    low = check_plans([HONEST], "severe")
    assert low.failed == 0 and low.summary().endswith("; none at severe+")


def test_check_plans_finds_the_claims_line_only_when_asked() -> None:
    plain = check_plans([WASHING])
    annotated = check_plans([WASHING], annotate=True)
    claim = next(
        n
        for n, line in enumerate(WASHING.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip().startswith("level:")
    )
    assert plain.view.plans[0].line == 1
    assert annotated.view.plans[0].line == claim


def test_write_reports_returns_the_text_without_an_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    done = write_reports([HONEST])
    assert done.written == [] and done.text is not None
    assert done.text.startswith("# ")


def test_write_reports_writes_one_per_plan_into_a_folder(tmp_path: Path) -> None:
    done = write_reports([WASHING, HONEST], output=f"{tmp_path}/out/", fmt="html")
    assert [p.name for p in done.written] == [
        "textbook-co-washing.html",
        "honest-consultation.html",
    ]
    assert all(p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") for p in done.written)
    with pytest.raises(UsageError, match="file already exists"):
        write_reports([WASHING], output=f"{tmp_path}/out/", fmt="html")


def test_report_kind_follows_format_then_name() -> None:
    assert report_kind(None, Path("a.HTML"), None) == "html"
    assert report_kind("md", None, None) == "markdown"
    with pytest.raises(UsageError, match="--format md does not match"):
        report_kind("md", Path("a.html"), None)


def test_compare_plans_is_a_view_every_diff_format_draws() -> None:
    view = compare_plans(HONEST, WASHING)
    assert view.change["old"]["file"] == str(HONEST)
    data = json.loads(get_format("diff-json").render(view))
    assert data == view.change
    assert get_format("diff-text").render(view).startswith(f"{HONEST} -> {WASHING}")


def test_survey_then_import_round_trip(tmp_path: Path) -> None:
    plan = tmp_path / "park.yaml"
    plan.write_text(HONEST.read_text(encoding="utf-8"), encoding="utf-8")
    written = write_survey(plan, ["csv", "markdown"], output=tmp_path / "forms")
    assert [p.name for p in written.files] == ["park.survey.csv", "park.survey.md"]
    ids = [
        line.split(",")[1]
        for line in written.files[0].read_text(encoding="utf-8").splitlines()[1:]
        if not line.split(",")[1].endswith("comment") and line.split(",")[1] != "role"
    ]
    assert len(ids) == written.questions
    export = tmp_path / "answers.csv"
    export.write_text(",".join(ids) + "\n" + ",".join("3" for _ in ids) + "\n", encoding="utf-8")
    dry = import_responses(plan, [export], dry_run=True)
    assert dry.added == {"community": 1} and not dry.written
    done = import_responses(plan, [export])
    assert done.written and done.tables[0].asked == len(ids)
    again = import_responses(plan, [export])
    assert not again.written and again.skipped_text() == " (skipped: 1 already in the plan)"


def test_the_services_do_not_need_typer() -> None:
    code = "import coprod_check.cli.services, coprod_check.cli.reporting, coprod_check.cli.voices"
    loaded = packages_loaded(code)
    assert "coprod_check" in loaded and "typer" not in loaded


def test_a_starter_plan_is_written_once_and_the_schema_is_json(tmp_path: Path) -> None:
    from coprod_check.cli.services import schema_text, write_starter

    path = tmp_path / "park.yaml"
    write_starter(path, "fol")
    assert "fol." in path.read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="file already exists"):
        write_starter(path, "fol")
    with pytest.raises(UsageError, match="--sets names no set"):
        write_starter(tmp_path / "other.yaml", " , ")
    schema = json.loads(schema_text())
    assert "fol.sharing-power" in json.dumps(schema)
