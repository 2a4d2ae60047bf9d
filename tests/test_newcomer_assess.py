"""`init` then `assess` as a newcomer meets them (issue 13, items 1, 2 and 10)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console

from coprod_check.cli.interactive import SECONDS_PER_QUESTION, Interview
from coprod_check.io.loading import Context
from tests.report_support import cli


class Script:
    """An Interview fed scripted replies at a 60-column console, every prompt recorded."""

    def __init__(self, path: Path, context: Context, replies: list[str], **kw: Any) -> None:
        self.out = io.StringIO()
        self.prompts: list[str] = []
        console = Console(file=self.out, width=60, color_system=None, force_terminal=False)
        feed: Iterator[str] = iter(replies)

        def reply(prompt: Any = "", **_: Any) -> str:
            console.print(prompt, end="")
            self.prompts.append(str(prompt))
            try:
                text = next(feed)
            except StopIteration:
                raise AssertionError(f"no reply scripted for {prompt!s}") from None
            if text == "^C":
                raise KeyboardInterrupt
            console.print(text)
            return text

        console.input = reply  # type: ignore[method-assign]
        self.interview = Interview(path, context, console, **kw)

    def run(self) -> None:
        self.interview.run()

    @property
    def text(self) -> str:
        return " ".join(self.out.getvalue().split())


def starter(tmp_path: Path, sets: str = "fol") -> Path:
    path = tmp_path / "coprod-plan.yaml"
    code, _, err = cli("init", str(path), "--sets", sets)
    assert code == 0, err
    return path


# --- item 1: the starter's empty values are unanswered, and read as such ---------------------


def test_check_refuses_an_untouched_starter_with_one_clear_error(tmp_path: Path) -> None:
    path = starter(tmp_path)
    code, out, err = cli("check", str(path))
    assert code == 2 and out == ""
    assert err.count("error:") == 1, err
    assert "not filled in yet" in err and f"coprod-check assess {path}" in err
    code, _, err = cli("report", str(path))
    assert code == 2 and "not filled in yet" in err


def test_assess_on_a_starter_asks_about_the_project_and_fills_its_respondent(
    tmp_path: Path, context: Context
) -> None:
    path = starter(tmp_path)
    replies = ["Play park", "Example Council", "4", "We co-designed the play park"]
    replies += ["1", "3", "1", "2", "1", "3"]  # screening (the last: who started it)
    replies += ["Jo", "1", "2", "1", "3", "minutes of the design group", ""]
    run = Script(path, context, replies)
    run.run()
    asked = " ".join(run.prompts)
    for prompt in ("Project name", "Organisation", "Claimed level", "Public wording"):
        assert prompt in asked
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["project"]["name"] == "Play park"
    assert data["project"]["organisation"] == "Example Council"
    assert data["claim"]["level"] == "co-design"
    assert data["claim"]["wording"] == "We co-designed the play park"
    assert [(p["name"], p["role"]) for p in data["respondents"]] == [("Jo", "staff")]
    assert "# required: who answered" in path.read_text(encoding="utf-8")  # comments kept
    code, out, err = cli("check", str(path), "-f", "json")
    assert code in (0, 1), err
    assert '"unknown_share": 0.0' in out  # no placeholder respondent full of unknowns


# --- item 2: Ctrl-C right after adding a respondent ------------------------------------------


def test_ctrl_c_after_adding_a_respondent_leaves_no_empty_one(
    tmp_path: Path, context: Context
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "project: {name: Park}\nclaim: {level: consult}\n"
        "screening: {involved_from: start, decision_power: shared, participants_rewarded: 'yes',"
        " outcome_predetermined: 'no', whos_missing_reviewed: 'yes',"
        " initiated_by: organisation}\nsets: [fol]\n"
        "respondents:\n  - {name: Jo, role: staff, answers: {fol.sharing-power: 2}}\n",
        encoding="utf-8",
    )
    before = path.read_text(encoding="utf-8")
    run = Script(path, context, ["Sam", "2", "^C"])
    with pytest.raises(KeyboardInterrupt):
        run.run()
    assert "Adding respondent Sam (community)" in run.text
    assert path.read_text(encoding="utf-8") == before
    message = run.interview.stopped_message()
    assert message.startswith("Stopped: 0 answers saved"), message
    assert "1 answer" not in message


# --- item 10: notes when wanted, progress, and how long it takes ------------------------------


def test_a_note_is_asked_only_when_the_score_asks_for_one(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "project: {name: Park}\nclaim: {level: consult}\n"
        "screening: {involved_from: start, decision_power: shared, participants_rewarded: 'yes',"
        " outcome_predetermined: 'no', whos_missing_reviewed: 'yes',"
        " initiated_by: organisation}\nsets: [fol]\n",
        encoding="utf-8",
    )
    replies = ["Jo", "1", "2", "?n", "a note on this one", "3", "", "n"]
    run = Script(path, context, replies)
    run.run()
    notes = [p for p in run.prompts if p.startswith("Note")]
    assert len(notes) == 1
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["respondents"][0]["answers"] == {
        "fol.sharing-power": 2,
        "fol.sharing-knowledge": {"score": "unknown", "note": "a note on this one"},
        "fol.being-inclusive": 3,
    }


def test_a_default_run_says_its_length_counts_questions_and_fits_in_15_minutes(
    tmp_path: Path, context: Context
) -> None:
    """A project lead who knows the project, on a new plan with the four default sets."""
    path = tmp_path / "plan.yaml"
    principles = list(context.catalogue.principles_in(context.model.default_sets))
    scores = ["2", "3", "1", "4", "2", "0"]  # a third of the answers need evidence
    replies = ["Riverside", "Example Council", "5", "1", "We co-produced it"]
    replies += ["2", "3", "2", "2", "1", "3", "Jo", "1"]  # six screening answers
    for i, _ in enumerate(principles):
        replies.append(scores[i % len(scores)])
        if scores[i % len(scores)] in ("3", "4"):
            replies.append("")  # no evidence to hand
    replies.append("")  # no second respondent now
    run = Script(path, context, replies)
    run.run()
    transcript = run.out.getvalue()
    start = re.search(r"(\d+) questions, about (\d+) minutes", transcript)
    assert start, transcript[:600]
    total, minutes = int(start.group(1)), int(start.group(2))
    asked = 5 + len(context.model.screening) + len(principles)
    assert total == asked
    assert minutes == round(total * SECONDS_PER_QUESTION / 60) <= 15
    assert f"Question 13 of {total} · " in " ".join(transcript.split())
    assert f"Question {total} of {total} · " in " ".join(transcript.split())
    # every prompt a person meets (the evidence for a third of the answers, their name and
    # role, "another respondent?" included), at the 15 seconds each that 80-120 prompts in
    # 20-30 minutes come to, is about a quarter of an hour; it was 80-120 prompts
    assert len(run.prompts) * 15 <= 15.5 * 60, len(run.prompts)
    assert not [p for p in run.prompts if p.startswith("Note")]


# --- the cosmetic list, at 60 columns ----------------------------------------------------------


def test_the_result_panel_keeps_its_badge_whole_and_hangs_wrapped_bullets(
    context: Context,
) -> None:
    from coprod_check.core.assessment import assess
    from coprod_check.io.loading import read_plan
    from coprod_check.outputs.console import check_panels
    from coprod_check.outputs.views import check_view
    from tests.conftest import EXAMPLES

    path = EXAMPLES / "textbook-co-washing.yaml"
    loaded = read_plan(path, context)
    plan = loaded[1] if isinstance(loaded, tuple) else loaded.plan
    result = assess(plan, context.catalogue, context.model, str(path))
    out = io.StringIO()
    Console(file=out, width=60, color_system=None).print(check_panels(check_view([result])))
    lines = [line.strip("│ ") for line in out.getvalue().splitlines()]
    band = result.risk.band.upper()
    assert any(line.startswith(f"{band} risk") for line in lines)  # badge on one line
    body = out.getvalue().splitlines()
    bullets = [i for i, line in enumerate(body) if line.startswith("│ • ")]
    assert bullets
    for i in bullets:  # the line after a wrapped bullet starts under its text
        following = body[i + 1]
        assert following.startswith(("│   ", "│ • ", "╰")), following
    assert str(EXAMPLES) not in body[0]  # the title holds the project's name only


def test_assess_screens_are_tidy_at_60_columns(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    replies = ["Park", "", "2", "", ""]  # name, organisation, level, scope, wording
    # who started, when involved, then a bad reply to the decision-power question
    replies += ["1", "1", "zz", "2"] + ["1"] * (len(context.model.screening) - 3) + ["Jo", "1"]
    replies += ["2"] * len(list(context.catalogue.principles_in(context.model.default_sets)))
    replies.append("")
    run = Script(path, context, replies)
    run.run()
    lines = run.out.getvalue().splitlines()
    for i, line in enumerate(lines):
        if line.rstrip().endswith("─────") and i:  # a section rule
            assert lines[i - 1].strip() == "", f"no blank line before {line!r}"
        assert not line.rstrip().endswith("? don't"), "'? don't know' split across lines"
    assert "Expected one of: none, advisory, shared, community-led" in run.text
    assert "is not one of the choices: type 1-4 or a name. Expected" in run.text
    # a set's full name is never cut mid-word by its rule
    for pset in (context.catalogue.sets[s] for s in context.model.default_sets):
        assert f"{pset.name} ({pset.id})" in run.text
    # a quote that opens with the source's heading keeps it apart from the text
    assert re.search(r"“Truly listen *\n *Don.t go into", run.out.getvalue())
