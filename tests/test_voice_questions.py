"""Each side is asked in its own words: community questions in plain English beside the staff
ones, scale labels that read right from each side, and `assess` choosing them by role."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console

from coprod_check.cli.interactive import Interview
from coprod_check.core.errors import ValidationError
from coprod_check.core.principles import parse_set
from coprod_check.core.viewpoints import normalise
from coprod_check.io.datafiles import load_viewpoints
from coprod_check.io.loading import Context

STAFF_TALK = re.compile(
    r"\byour (staff|organisation|colleagues|managers)\b|\byou and your\b|\bKPI\b|"
    r"\bstakeholders?\b|\bagency\b|\bco-production\b|\bconsultees?\b",
    re.IGNORECASE,
)


def syllables(word: str) -> int:
    """A plain vowel-group count: rough, but the same rough for every question."""
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def grade(text: str) -> float:
    """Flesch-Kincaid grade level (US school grade; add 5 for a reading age)."""
    sentences = max(len(re.findall(r"[.?!]", text)), 1)
    words = re.findall(r"[A-Za-z']+", text)
    total = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59


def test_every_builtin_principle_has_a_plain_community_question(context: Context) -> None:
    grades = []
    for principle in context.catalogue.principles.values():
        text = principle.community_question
        assert text, f"{principle.id} has no community_question"
        assert text != principle.question
        assert not STAFF_TALK.search(text), f"{principle.id}: staff words in {text!r}"
        for sentence in re.split(r"(?<=[.?!])\s+", text):
            assert len(sentence.split()) <= 30, f"{principle.id}: long sentence {sentence!r}"
        grades.append((grade(text), principle.id))
    # Public reading age: on average about 12 (US grade 7.5),
    # and no single question beyond a reading age of 15 (grade 10).
    mean = sum(g for g, _ in grades) / len(grades)
    assert mean <= 7.5, f"mean grade {mean:.1f}"
    hardest = max(grades)
    assert hardest[0] <= 10.0, f"hardest: {hardest}"


def test_the_readability_check_can_fail() -> None:
    hard = (
        "Does the organisation institutionalise participatory co-governance mechanisms "
        "facilitating intersectoral deliberation?"
    )
    assert grade(hard) > 10


def test_scale_labels_read_right_from_each_side(context: Context) -> None:
    views = load_viewpoints(context.model.roles)
    staff, community = views.for_role("staff"), views.for_role("community")
    assert views.for_role("partner") is community
    assert [s.score for s in community.scale] == list(context.model.scale)
    assert [s.label for s in staff.scale] == list(context.model.scale.values())
    assert "community partners" in staff.label(4)
    assert "community partners" not in community.label(4)
    assert not STAFF_TALK.search(community.intro + community.another)
    # every side's words read back to the same score; "don't know" to unknown
    words = views.answer_words
    assert words[normalise("Partly in place")] == 2
    assert words[normalise("Mostly, and I have seen it happen")] == 3
    assert words[normalise("Don\u2019t know")] is None
    assert words[normalise("fully in place and confirmed by community partners")] == 4


CUSTOM = {
    "id": "budget",
    "name": "Budget openness",
    "source": {"title": "Our own rules"},
    "summary": "How open the budget is.",
    "principles": [
        {
            "id": "budget.open-lines",
            "title": "Open budget lines",
            "source": {"quote": "Publish every line"},
            "question": "Do you publish every budget line to residents?",
            "evidence_prompt": "The published budget.",
            "advice": "Publish it.",
            "pillars": ["knowledge"],
        }
    ],
}


def test_a_custom_set_may_supply_a_community_question() -> None:
    data: dict[str, Any] = yaml.safe_load(yaml.safe_dump(CUSTOM))
    assert parse_set(data).principles[0].community_question is None
    data["principles"][0]["community_question"] = "Can you see every line of the budget?"
    assert parse_set(data).principles[0].community_question == (
        "Can you see every line of the budget?"
    )
    data["principles"][0]["community_question"] = ["not", "text"]
    with pytest.raises(ValidationError) as err:
        parse_set(data, "budget.yaml")
    assert "principles[0].community_question" in str(err.value)
    data["principles"][0]["community_questions"] = "typo"
    with pytest.raises(ValidationError) as err:
        parse_set(data, "budget.yaml")
    assert "did you mean `community_question`" in str(err.value)


def test_without_one_the_community_is_asked_the_staff_question(context: Context) -> None:
    views = load_viewpoints(context.model.roles)
    principle = parse_set(yaml.safe_load(yaml.safe_dump(CUSTOM))).principles[0]
    assert views.for_role("community").question(principle) == principle.question


# --- assess, by role --------------------------------------------------------------------------


def interview(
    tmp_path: Path, context: Context, replies: list[str], **kw: Any
) -> tuple[Interview, io.StringIO]:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None, force_terminal=False)
    feed: Iterator[str] = iter(replies)

    def reply(prompt: Any = "", **_: Any) -> str:
        console.print(prompt, end="")
        text = next(feed)
        console.print(text)
        return text

    console.input = reply  # type: ignore[method-assign]
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "project: {name: Riverside}\nclaim: {level: consult, scope: whole}\n"
        "screening: {involved_from: start, decision_power: shared, participants_rewarded: 'yes',"
        " outcome_predetermined: 'no', whos_missing_reviewed: 'yes',"
        " initiated_by: organisation}\nsets: [fol]\n",
        encoding="utf-8",
    )
    return Interview(plan, context, console, sets=("fol",), **kw), out


def flat(out: io.StringIO) -> str:
    return " ".join(out.getvalue().split())


def test_assess_asks_a_community_member_in_plain_words(tmp_path: Path, context: Context) -> None:
    # three principles: 2, don't know, 3 with evidence; no notes; nobody else
    replies = ["2", "?", "3", "I was at the vote", "n"]
    run, out = interview(tmp_path, context, replies, name="Ama", role="community")
    run.run()
    text = flat(out)
    for p in context.catalogue.sets["fol"].principles:
        assert " ".join(str(p.community_question).split()) in text
        assert " ".join(p.question.split()) not in text
    assert "No, not at all · 1 Not yet, but it is planned · 2 Partly" in text
    assert "confirmed by community partners" not in text
    assert "What have you seen that shows it?" in text
    assert "Thank you for taking part" in text
    assert "Is someone else here who would like to answer?" in text
    assert "shows whether staff and community" not in text
    saved = yaml.safe_load((tmp_path / "plan.yaml").read_text(encoding="utf-8"))
    assert saved["respondents"][0]["answers"]["fol.being-inclusive"] == {
        "score": 3,
        "evidence": "I was at the vote",
    }


def test_assess_asks_staff_the_staff_questions(tmp_path: Path, context: Context) -> None:
    replies = ["2", "1", "0", "n"]
    run, out = interview(tmp_path, context, replies, name="Sam", role="staff")
    run.run()
    text = flat(out)
    for p in context.catalogue.sets["fol"].principles:
        assert " ".join(p.question.split()) in text
    assert "fully in place and confirmed by community partners" in text
    assert "shows whether staff and community" in text
    assert "Thank you for taking part" not in text
