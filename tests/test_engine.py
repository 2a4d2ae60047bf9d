"""The scoring and risk model on hand-worked plans.

Each case states the arithmetic it expects, worked from the scale (score x 25 = 0-100), the
level thresholds, caps and points in principles/model/model.yaml, so a change to the model that
moves a result shows up here as a failing expectation rather than a silently different number.
With only the `fol` set each pillar has exactly one principle, which keeps the sums short.
"""

from __future__ import annotations

from typing import Any

import pytest

from coprod_check.core.assessment import Assessment, assess
from coprod_check.core.plan import parse_plan
from coprod_check.io.loading import Context
from tests.plans import FOL, evidenced, person, plan, same


def run(context: Context, data: dict[str, Any]) -> Assessment:
    return assess(
        parse_plan(data, context.catalogue, context.model), context.catalogue, context.model
    )


def codes(result: Assessment) -> set[str]:
    return {r.code for r in result.risk.reasons}


def test_genuine_claim_backed_by_community_is_low_risk(context: Context) -> None:
    # staff and community both give evidenced 3s: each pillar 75, overall 75 -> co-production
    # supported; claim co-design is below that: no gap, no flags, score 0.
    data = plan(
        "co-design",
        [
            person("Lead", "staff", same(evidenced(3))),
            person("Resident", "community", same(evidenced(3))),
        ],
    )
    result = run(context, data)
    assert result.maturity.pillars == {"power": 75.0, "knowledge": 75.0, "inclusion": 75.0}
    assert result.maturity.overall == 75.0
    assert result.risk.evidenced.id == "co-production"
    assert result.risk.score == 0
    assert result.risk.band == "low"
    assert result.risk.reasons == ()


def test_unevidenced_top_marks_from_staff_alone_are_high_risk(context: Context) -> None:
    # 4s without evidence count as 2 -> 50 everywhere -> co-design supported (needs 50/50).
    # Claim co-production: 1 rung x 20 = 20; no-community-voice 15; unevidenced-scores 5 => 40.
    result = run(context, plan("co-production", [person("Lead", "staff", same(4))]))
    assert result.maturity.overall == 50.0
    assert result.risk.evidenced.id == "co-design"
    assert codes(result) == {"claim-exceeds-evidence", "no-community-voice", "unevidenced-scores"}
    assert result.risk.score == 40
    assert result.risk.band == "high"
    unevidenced = next(r for r in result.risk.reasons if r.code == "unevidenced-scores")
    assert set(unevidenced.principles) == set(FOL)
    assert "3 high scores given without evidence, on 3 principles" in unevidenced.message


def test_community_rating_low_cannot_be_carried_by_staff(context: Context) -> None:
    # staff 4 (evidenced), community 1: combined = lowest group mean = 1 -> 25 per pillar,
    # overall 25: consultation (engagement needs 30). Claim engage: 1 rung = 20, plus a
    # perception gap (4 vs 1 is 3 points >= 2) of 15 => 35, the first score in "high".
    data = plan(
        "engage",
        [
            person("Lead", "staff", same(evidenced(4))),
            person("Resident", "community", same(1)),
        ],
    )
    result = run(context, data)
    assert result.maturity.overall == 25.0
    assert result.maturity.roles == {"staff": 100.0, "community": 25.0}
    assert result.risk.evidenced.id == "consult"
    assert codes(result) == {"claim-exceeds-evidence", "perception-gap"}
    assert result.risk.score == 35
    assert result.risk.band == "high"
    gap = next(r for r in result.risk.reasons if r.code == "perception-gap")
    assert set(gap.principles) == set(FOL)


def test_honest_consultation_with_weak_practice_is_low_risk(context: Context) -> None:
    # All 1s -> 25 overall -> consultation supported; the tells (late, no power, decided
    # outcome) cap at consultation, which is not below the claim, so none is a red flag.
    screening = {
        "involved_from": "late",
        "decision_power": "none",
        "participants_rewarded": "no",
        "outcome_predetermined": "yes",
        "whos_missing_reviewed": "no",
    }
    result = run(context, plan("consult", [person("Lead", "staff", same(1))], screening=screening))
    assert result.maturity.overall == 25.0
    assert result.risk.evidenced.id == "consult"
    assert result.risk.reasons == ()
    assert result.risk.band == "low"


def test_joining_midway_caps_a_whole_project_claim(context: Context) -> None:
    # Perfect evidenced answers (co-production supported) but people joined midway: the
    # Glass-House cap is engagement for the whole project: 2 rungs = 40, joined-midway 10,
    # whole-project-claim 10 => 60, high.
    people = [
        person("Lead", "staff", same(evidenced(4))),
        person("Resident", "community", same(evidenced(4))),
    ]
    screening = {"involved_from": "midway", "decision_power": "shared",
                 "participants_rewarded": "yes", "outcome_predetermined": "no",
                 "whos_missing_reviewed": "yes"}  # fmt: skip
    whole = run(context, plan("co-production", people, screening=screening))
    assert whole.risk.supported.id == "co-production"
    assert whole.risk.evidenced.id == "engage"
    assert codes(whole) == {"claim-exceeds-evidence", "joined-midway", "whole-project-claim"}
    assert whole.risk.score == 60
    assert whole.risk.band == "high"
    # The same practice claimed honestly for the part that was co-produced: no cap, no risk.
    part = run(
        context,
        plan("co-production", people, screening=screening, scope="part", parts=["play area"]),
    )
    assert part.risk.evidenced.id == "co-production"
    assert part.risk.band == "low"
    assert part.risk.reasons == ()


def test_co_production_wording_on_a_consultation_is_a_tell(context: Context) -> None:
    # Claim consult, practice consult (all 1s, 25), but the wording says "co-designed": the
    # effective claim is co-design, 2 rungs above consultation = 40; wording-outruns-claim 10;
    # no-community-voice (counts from co-design) 15 => 65, severe.
    data = plan(
        "consult",
        [person("Lead", "staff", same(1))],
        wording="The new service was co-designed with residents.",
    )
    result = run(context, data)
    assert result.risk.stated.id == "consult"
    assert result.risk.worded.id == "co-design"
    assert codes(result) == {
        "claim-exceeds-evidence",
        "wording-outruns-claim",
        "no-community-voice",
    }
    assert result.risk.score == 65
    assert result.risk.band == "severe"
    # The same plan worded honestly is not co-washing.
    honest = run(context, {**data, "claim": {"level": "consult", "wording": "We consulted."}})
    assert honest.risk.band == "low"


def test_unknowns_show_nothing(context: Context) -> None:
    # Only the power principle answered (evidenced 3, by staff and community); the other two
    # unknown: pillars 75/0/0, overall 25 -> consultation. 4 of 6 answers unknown (67% >= 50%).
    # Claim co-design: 2 rungs = 40; many-unknowns 10 => 50, high.
    answers = {"fol.sharing-power": evidenced(3), "fol.sharing-knowledge": "unknown"}
    data = plan(
        "co-design",
        [person("Lead", "staff", answers), person("Resident", "community", dict(answers))],
    )
    result = run(context, data)
    assert result.maturity.pillars == {"power": 75.0, "knowledge": 0.0, "inclusion": 0.0}
    assert result.maturity.unknown_share == pytest.approx(4 / 6, abs=0.001)
    assert result.risk.evidenced.id == "consult"
    assert codes(result) == {"claim-exceeds-evidence", "many-unknowns"}
    assert result.risk.score == 50


def test_skipped_our_life_steps_are_flagged(context: Context) -> None:
    # Steps 1-5 at 0 and step 6 (co-design of services) at 3: 3 - mean(0,0,0,0,0) = 3 >= 2.
    # Step 7 at 3: 3 - mean(0,0,0,0,0,3) = 2.5 >= 2. Steps 8 and 9 at 0 are not skipped.
    steps = [p for p in context.catalogue.sets["ourlife"].principles]
    answers = {p.id: 0 for p in steps}
    answers["ourlife.co-design-of-services"] = evidenced(3)
    answers["ourlife.participatory-appraisal"] = evidenced(3)
    data = plan(
        "co-design",
        [person("Lead", "staff", answers), person("Resident", "partner", dict(answers))],
        sets=["ourlife"],
    )
    result = run(context, data)
    skipped = next(r for r in result.risk.reasons if r.code == "ourlife-step-skipped")
    assert skipped.principles == (
        "ourlife.co-design-of-services",
        "ourlife.participatory-appraisal",
    )


def test_every_reason_carries_code_message_principles_and_source(context: Context) -> None:
    result = run(context, plan("co-production", [person("Lead", "staff", same(4))]))
    for reason in result.risk.reasons:
        assert reason.code and reason.message and reason.quote and reason.attribution
        assert "{" not in reason.message  # every template field was filled
    ordered = [r.points for r in result.risk.reasons]
    assert ordered == sorted(ordered, reverse=True)  # most serious first


def test_maturity_and_risk_are_separate_axes(context: Context) -> None:
    # Weak practice, honest claim: low maturity, low risk. Strong-looking practice, inflated
    # claim: higher maturity, higher risk.
    weak = run(context, plan("inform", [person("Lead", "staff", same(0))]))
    strong = run(context, plan("co-production", [person("Lead", "staff", same(4))]))
    assert weak.maturity.overall < strong.maturity.overall
    assert weak.risk.band == "low"
    assert strong.risk.band in ("high", "severe")


@pytest.mark.parametrize(
    ("score", "band"),
    [(0, "low"), (14, "low"), (15, "moderate"), (34, "moderate"), (35, "high"), (64, "high"),
     (65, "severe"), (100, "severe")],
)  # fmt: skip
def test_band_edges(context: Context, score: int, band: str) -> None:
    assert context.model.band_for(score) == band


def test_unevidenced_cap(context: Context) -> None:
    from coprod_check.core.maturity import evidenced_score
    from coprod_check.core.plan import Answer

    model = context.model
    assert evidenced_score(Answer(3), model) == 2
    assert evidenced_score(Answer(4), model) == 2
    assert evidenced_score(Answer(4, evidence="minutes"), model) == 4
    assert evidenced_score(Answer(2), model) == 2
    assert evidenced_score(Answer(None), model) is None
