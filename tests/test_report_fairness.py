"""What a report says must be true of the plan: never more than the answers show.

Found by reading the calibration reports as someone who knows each project would: unknown
principles were listed among the "weakest", a community-led project was told no community
member had answered, one contradicted rung was met with "stop describing the project as ...",
a 62.5-point gap read "+62", and a cap was named by its code alone. Each case here is a small
plan worked by hand, checked both ways.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.plans import FOL, SHOWN_SCREENING, evidenced, person, plan
from tests.report_support import cli, write_plan

POWER, KNOWLEDGE, INCLUSION = FOL
DASH = "\N{EN DASH}"  # a cell with nothing in it


def report(tmp_path: Path, data: dict[str, Any], fmt: str = "markdown") -> str:
    path = write_plan(tmp_path / "plan.yaml", data)
    code, out, err = cli("report", str(path), "--format", fmt)
    assert code == 0, err
    return out


def section(markdown: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", markdown, re.S | re.M)
    assert match, title
    return match.group(1)


def both(answers: dict[str, Any]) -> list[dict[str, Any]]:
    return [person("Lead", "staff", answers), person("Resident", "community", dict(answers))]


def test_unknown_principles_are_listed_apart_never_as_weakest(tmp_path: Path) -> None:
    # power rated 1 (weak), knowledge unknown, inclusion 3
    answers = {POWER: evidenced(1), KNOWLEDGE: "unknown", INCLUSION: evidenced(3)}
    out = section(report(tmp_path, plan("co-design", both(answers))), "What to do next")
    weakest, _, rest = out.partition("Not yet known")
    assert "Sharing power" in weakest and "Sharing knowledge" not in weakest
    assert "not answered" not in weakest
    assert "Sharing knowledge" in rest and "Sharing power" not in rest


def test_nothing_is_listed_as_not_yet_known_when_everything_is_answered(tmp_path: Path) -> None:
    answers = {pid: evidenced(1) for pid in FOL}
    out = section(report(tmp_path, plan("co-design", both(answers))), "What to do next")
    assert "Not yet known" not in out


def test_one_contradicted_rung_asks_to_close_the_gaps_not_to_stop(tmp_path: Path) -> None:
    # all 2s: co-design as rated, one rung under a co-production claim
    one = plan("co-production", both(dict.fromkeys(FOL, evidenced(2))), screening=SHOWN_SCREENING)
    out = section(report(tmp_path, one), "What to do next")
    assert "What is known reaches co-design but not co-production" in out
    assert "Stop describing" not in out
    # all 1s: consultation as rated, three rungs under: "stop" is true there
    three = plan("co-production", both(dict.fromkeys(FOL, evidenced(1))), screening=SHOWN_SCREENING)
    out = section(report(tmp_path, three), "What to do next")
    assert "Stop describing the project as co-production until the evidence supports it." in out


def test_an_unshown_claim_is_asked_for_evidence_not_told_to_stop(tmp_path: Path) -> None:
    out = section(report(tmp_path, plan("co-production", [])), "What to do next")
    assert "Nothing known contradicts the claim, but too little of it is shown" in out
    assert "Stop describing" not in out


def test_an_honest_claim_is_told_how_to_go_further(tmp_path: Path) -> None:
    data = plan("consult", both(dict.fromkeys(FOL, evidenced(1))))
    out = section(report(tmp_path, data), "What to do next")
    assert "The claim matches what the plan shows." in out
    assert "To go further, start with the weakest principles:" in out


def test_a_community_led_project_is_not_told_nobody_from_the_community_answered(
    tmp_path: Path,
) -> None:
    data = plan("co-design", [person("Member", "staff", dict.fromkeys(FOL, evidenced(3)))])
    data["project"]["led_by"] = "community"
    out = section(report(tmp_path, data), "Perception gap")
    assert "The community leads this project" in out
    assert "no community member" not in out.lower()
    # the same respondent in an organisation-led project: the community side is missing
    data["project"]["led_by"] = "organisation"
    out = section(report(tmp_path, data), "Perception gap")
    assert "no community member or partner answered (answers came from staff)" in out


def test_a_desk_review_says_neither_side_answered(tmp_path: Path) -> None:
    data = plan("co-design", [person("Reviewer", "independent", {POWER: evidenced(3)})])
    out = section(report(tmp_path, data), "Perception gap")
    assert "neither staff of the organisation nor any community member or partner answered" in out
    assert "(answers came from independent reviewers)" in out


def test_sides_with_no_principle_in_common_are_not_said_to_agree(tmp_path: Path) -> None:
    people = [
        person("Lead", "staff", {POWER: evidenced(3)}),
        person("Resident", "community", {KNOWLEDGE: evidenced(3)}),
    ]
    out = section(report(tmp_path, plan("co-design", people)), "Perception gap")
    assert "No principle was answered by both" in out
    assert "rate all 0" not in out


def test_the_count_of_wide_gaps_agrees_with_its_verb(tmp_path: Path) -> None:
    people = [
        person("Lead", "staff", {POWER: 3, KNOWLEDGE: 2}),
        person("Resident", "community", {POWER: 1, KNOWLEDGE: 1}),
    ]
    out = section(report(tmp_path, plan("co-design", people)), "Perception gap")
    assert "disagree on 2 of 2 principles; 1 is 2 or more points apart" in out
    # pillar gaps as figures: power 75 vs 25 is +50, knowledge 50 vs 25 is +25
    assert "| Power | 75 | 25 | +50 ⚠ |" in out
    assert "| Knowledge | 50 | 25 | +25 |" in out


def test_a_pillar_gap_keeps_its_half_point(tmp_path: Path) -> None:
    # staff 3 and 3 on power's... one principle per pillar: a half point needs two respondents
    # on one side: staff 3 and 2 (mean 2.5 = 62.5) against community 0 -> +62.5
    people = [
        person("Lead", "staff", {POWER: 3}),
        person("Officer", "staff", {POWER: 2}),
        person("Resident", "community", {POWER: 0}),
    ]
    out = section(report(tmp_path, plan("co-design", people)), "Perception gap")
    assert "| Power | 62.5 | 0 | +62.5 ⚠ |" in out


def test_a_cap_is_named_by_its_question_and_answer(tmp_path: Path) -> None:
    screening = {**SHOWN_SCREENING, "decision_power": "advisory"}
    data = plan("co-production", both(dict.fromkeys(FOL, evidenced(4))), screening=screening)
    out = section(report(tmp_path, data), "What to do next")
    assert (
        "- a different answer to “What decision-making power do community members have?” "
        "(now *advisory*)\n" in out
    )
    assert "scope: part" not in out  # how much power people have is not history
    html = report(tmp_path, data, "html")
    assert "(now <em>advisory</em>)</li>" in html


def test_a_history_that_cannot_change_suggests_claiming_part(tmp_path: Path) -> None:
    screening = {**SHOWN_SCREENING, "involved_from": "midway"}
    data = plan("co-production", both(dict.fromkeys(FOL, evidenced(4))), screening=screening)
    out = section(report(tmp_path, data), "What to do next")
    assert (
        "- a different answer to “When were community members first involved?” (now *midway*): "
        "if that cannot change, claim only the parts it fits (`scope: part`)" in out
    )


def test_the_next_rung_lists_only_what_falls_short(tmp_path: Path) -> None:
    # an informing-level plan with one answer at 0: consultation needs 10 overall, no pillar bar
    data = plan("consult", both({POWER: evidenced(0)}))
    out = section(report(tmp_path, data), "What to do next")
    needs = "To support **consultation**, the plan still needs:\n\n"
    assert needs + "- overall maturity of 10 (now 0)\n" in out
    assert "every pillar" not in out
    # all 1s (25 everywhere): engagement needs 30 overall, short, and 15 a pillar, met
    data = plan("consult", both(dict.fromkeys(FOL, evidenced(1))))
    out = section(report(tmp_path, data), "What to do next")
    assert "- overall maturity of 30 (now 25)\n" in out
    assert "every pillar" not in out
    # power 1, the others 4 (75 overall): co-design needs every pillar at 50, power is 25
    answers = {POWER: evidenced(1), KNOWLEDGE: evidenced(4), INCLUSION: evidenced(4)}
    out = section(report(tmp_path, plan("engage", both(answers))), "What to do next")
    assert "- every pillar at 50 (the weakest, power, is 25)\n" in out
    assert "overall maturity of" not in out


def test_the_next_rung_names_the_pillar_too_thin_to_support_it(tmp_path: Path) -> None:
    # every FoL principle at evidenced 3 but screening left out: power and inclusion are only
    # partly known (1 of 6 and 1 of 4), under co-design's 50%
    data = plan("co-design", both(dict.fromkeys(FOL, evidenced(3))), screening={})
    out = section(report(tmp_path, data), "What to do next")
    assert "- at least 50% of every pillar known (power: 16.7%)\n" in out


def test_screening_answers_are_shown_with_their_evidence_and_effect(tmp_path: Path) -> None:
    screening = {
        **SHOWN_SCREENING,
        "initiated_by": {"value": "community", "evidence": "https://example.org/founding"},
        "decision_power": "advisory",
        "participants_rewarded": "yes",
    }
    data = plan("co-design", both(dict.fromkeys(FOL, evidenced(3))), screening=screening)
    out = report(tmp_path, data)
    row = next(line for line in out.splitlines() if line.startswith("| Who started the project? |"))
    # a bare link in a table is neutralised (Markdown safety); the evidence list links it
    assert row == (
        "| Who started the project? | community | https&#8203;://example.org/founding "
        "| in the claim's favour, with evidence: counted as known |"
    )
    assert f"| advisory | {DASH} | caps the evidence at engagement (`advisory-only`) |" in out
    assert f"| yes | {DASH} | in the claim's favour, but without evidence: not counted |" in out
    cited = section(out, "Evidence cited")
    assert f"(https://example.org/founding) | {DASH} | screening |" in cited
    assert "| Who started the project? | [https" in cited  # the question names it, no key


def test_a_part_claim_and_a_community_led_project_are_not_capped(tmp_path: Path) -> None:
    screening = {**SHOWN_SCREENING, "involved_from": "late", "participants_rewarded": "no"}
    data = plan(
        "co-design",
        both(dict.fromkeys(FOL, evidenced(3))),
        screening=screening,
        scope="part",
        parts=["the play area"],
    )
    data["project"]["led_by"] = "community"
    out = report(tmp_path, data)
    assert f"| late | {DASH} | no cap: the claim is for part of the project |" in out
    assert f"| no | {DASH} | no cap: the community leads the project |" in out
    data["project"]["led_by"] = "organisation"
    out = report(tmp_path, data)
    assert f"| no | {DASH} | caps the evidence at co-design (`unrewarded-participants`) |" in out


def test_the_headline_gives_the_band_without_calling_it_washing(tmp_path: Path) -> None:
    one = plan("co-production", both(dict.fromkeys(FOL, evidenced(2))), screening=SHOWN_SCREENING)
    out = report(tmp_path, one)
    assert "| Co-washing risk | **Moderate** (20/100) |" in out
    assert "risk of co-production washing" not in section(out, "Headline")


def test_the_projects_words_are_replaced_only_where_they_claim_more(tmp_path: Path) -> None:
    answers = dict.fromkeys(FOL, evidenced(2))
    modest = plan("co-production", both(answers), wording="Homes by and for local people.")
    out = section(report(tmp_path, modest), "What to do next")
    assert "instead of" not in out
    worded = plan("co-production", both(answers), wording="We co-produced the homes.")
    out = section(report(tmp_path, worded), "What to do next")
    assert "instead of “We co-produced the homes.”" in out


def test_an_unknown_step_is_not_shown_as_weak(tmp_path: Path) -> None:
    ids = [
        "ourlife.valuing-communities",
        "ourlife.mutual-recognition",
        "ourlife.staff-training",
    ]
    answers = {ids[0]: evidenced(1), ids[1]: "unknown", ids[2]: evidenced(3)}
    data = plan("consult", both(answers), sets=["ourlife"])
    out = section(report(tmp_path, data), "Steps in order")
    rows = {line.split(" | ")[0]: line for line in out.splitlines() if line.startswith("| ")}
    assert "unknown (not shown)" in rows["| 2. Mutual recognition"]
    assert "(weak)" not in rows["| 2. Mutual recognition"]
    assert rows["| 3. Staff training in co-production"].endswith("| 1 |")  # on step 1, not 2


def test_our_lifes_agency_advice_is_not_given_to_a_community_leading_its_own_project(
    tmp_path: Path,
) -> None:
    answers = {"ourlife.staff-training": evidenced(0)}
    data = plan("consult", both(answers), sets=["ourlife"])
    advice = "Train staff"
    out = section(report(tmp_path, data), "What to do next")
    assert advice in out
    data["project"]["led_by"] = "community"
    out = section(report(tmp_path, data), "What to do next")
    assert advice not in out
    assert "*Evidence to collect:*" in out


def test_one_principle_compared_is_one_principle(tmp_path: Path) -> None:
    people = [
        person("Lead", "staff", {POWER: 3}),
        person("Resident", "community", {POWER: 1}),
    ]
    out = section(report(tmp_path, plan("co-design", people)), "Perception gap")
    assert "disagree on 1 of 1 principle; 1 is 2 or more points apart" in out


def test_our_life_steps_are_for_information_in_a_community_led_project(tmp_path: Path) -> None:
    answers = {"ourlife.valuing-communities": evidenced(1)}
    data = plan("consult", both(answers), sets=["ourlife"])
    note = "The community leads this project. Our Life's steps are written for agencies"
    assert note not in section(report(tmp_path, data), "Steps in order")
    data["project"]["led_by"] = "community"
    assert note in section(report(tmp_path, data), "Steps in order")
    assert note in report(tmp_path, data, "html")
