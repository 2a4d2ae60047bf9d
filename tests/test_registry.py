"""The output-format registry: every format the CLI offers is one class with one interface
(`name`, `suffix`, `render(view)`), drawing a view model, not an assessment."""

from __future__ import annotations

import json
from enum import Enum

import pytest

from coprod_check.cli import app as cli
from coprod_check.core.errors import UsageError
from coprod_check.core.risk import Reason
from coprod_check.outputs.registry import ALIASES, FORMATS, canonical, for_command, get_format
from coprod_check.outputs.views import CheckView, PlanView
from tests.fresh import packages_loaded


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_registered_format_loads_with_its_own_name_and_one_interface(name: str) -> None:
    found = get_format(name)
    assert found.name == name
    assert found.suffix.startswith(".")
    assert callable(found.render)


def test_aliases_name_registered_formats() -> None:
    assert {canonical(a) for a in ALIASES} <= set(FORMATS)
    assert get_format("md").name == "markdown"
    assert get_format("report-md").name == "report-markdown"


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        ("check", cli.CheckFormat),
        ("report", cli.ReportFormat),
        ("diff", cli.DiffFormat),
        ("survey", [c for c in cli.SurveyFormat if c.value != "all"]),
    ],
)
def test_every_format_option_of_the_cli_is_in_the_registry(
    command: str, choices: list[Enum]
) -> None:
    names = {for_command(command, str(c.value)) for c in choices}
    assert names <= set(FORMATS), names - set(FORMATS)


def test_an_unknown_format_is_a_usage_error_with_the_nearest_name() -> None:
    with pytest.raises(UsageError) as caught:
        get_format("jsn")
    assert "json" in str(caught.value)


def _view() -> CheckView:
    reason = Reason("joined-midway", "Came in | late", ("fol.x",), "q", "a", 20)
    plan = PlanView(
        file="plans/a|b.yaml",
        project="Park <b>",
        organisation=None,
        claim="co-production",
        evidenced="Engagement",
        band="high",
        score=55,
        maturity="40",
        maturity_line="maturity 40/100",
        headline="claims co-production, evidence supports engagement: HIGH risk (55/100)",
        reasons=(reason,),
        data={"file": "plans/a|b.yaml", "risk": {"band": "high"}},
        line=7,
    )
    return CheckView((plan,), failing=frozenset({"high", "severe"}))


def test_formats_draw_a_hand_made_view_with_no_assessment_behind_it() -> None:
    view = _view()
    row = get_format("markdown").render(view).splitlines()[4]
    assert row == (
        "| plans/a\\|b.yaml | Park \\<b\\> | co-production | Engagement | **high** (55) | 40 "
        "| joined-midway: Came in \\| late |"
    )
    assert json.loads(get_format("json").render(view))["results"] == [view.plans[0].data]
    assert get_format("github").render(view) == (
        "::error file=plans/a|b.yaml,line=7,title=coprod-check high risk%3A joined-midway"
        "::Came in | late"
    )
    text = get_format("text").render(view)
    assert text.startswith("plans/a|b.yaml: Park <b>\n  claims co-production")
    assert "  - [joined-midway] Came in | late" in text


def test_the_check_formats_import_neither_jinja2_nor_rich() -> None:
    loaded = packages_loaded(
        "from coprod_check.outputs.registry import get_format\n"
        "for n in ('text', 'json', 'markdown', 'github', 'diff-text'): get_format(n)"
    )
    assert "coprod_check" in loaded and not {"jinja2", "rich"} & loaded


def test_the_json_format_refuses_a_view_built_without_its_data() -> None:
    from dataclasses import replace

    view = _view()
    bare = replace(view, plans=(replace(view.plans[0], data=None),))
    with pytest.raises(ValueError, match="with_data"):
        get_format("json").render(bare)
