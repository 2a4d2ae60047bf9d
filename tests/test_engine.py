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
from tests.plans import FOL, SHOWN_SCREENING, evidenced, person, plan, same


def run(context: Context, data: dict[str, Any]) -> Assessment:
    return assess(
        parse_plan(data, context.catalogue, context.model), context.catalogue, context.model
    )


def codes(result: Assessment) -> set[str]:
    return {r.code for r in result.risk.reasons}


def points(result: Assessment) -> dict[str, int]:
    return {r.code: r.points for r in result.risk.reasons}


def test_genuine_claim_backed_by_community_is_low_risk(context: Context) -> None:
    # staff and community both give evidenced 3s: each pillar 75, overall 75; every screening
    # answer is shown (evidenced), so every pillar is fully known -> co-production supported;
    # claim co-design is below that: no gap, no flags, score 0.
    data = plan(
        "co-design",
        [
            person("Lead", "staff", same(evidenced(3))),
            person("Resident", "community", same(evidenced(3))),
        ],
        screening=SHOWN_SCREENING,
    )
    result = run(context, data)
    assert result.maturity.pillars == {"power": 75.0, "knowledge": 75.0, "inclusion": 75.0}
    assert result.maturity.overall == 75.0
    assert result.maturity.coverage is not None
    assert result.maturity.coverage.pillars == {"power": 1.0, "knowledge": 1.0, "inclusion": 1.0}
    assert result.risk.evidenced.id == "co-production"
    assert result.risk.score == 0
    assert result.risk.band == "low"
    assert result.risk.verdict_kind == "supported"
    assert result.risk.reasons == ()


def test_unevidenced_top_marks_from_staff_alone_are_high_risk(context: Context) -> None:
    # 4s without evidence count as 2 -> 50 everywhere -> co-design by the figures; screening
    # shown, so coverage is full. As rated (4s) nothing contradicts co-production: the one rung
    # is UNSUBSTANTIATED, 20 (nobody on the community side backs it); no-community-voice 15;
    # unevidenced-scores counted once already (0) => 35, high.
    data = plan("co-production", [person("Lead", "staff", same(4))], screening=SHOWN_SCREENING)
    result = run(context, data)
    assert result.maturity.overall == 50.0
    assert result.risk.evidenced.id == "co-design"
    assert result.risk.known is not None and result.risk.known.id == "co-production"
    assert codes(result) == {"claim-unsubstantiated", "no-community-voice", "unevidenced-scores"}
    assert points(result) == {
        "claim-unsubstantiated": 20,
        "no-community-voice": 15,
        "unevidenced-scores": 0,
    }
    assert result.risk.score == 35
    assert result.risk.band == "high"
    assert result.risk.verdict_kind == "unsubstantiated"
    unevidenced = next(r for r in result.risk.reasons if r.code == "unevidenced-scores")
    assert set(unevidenced.principles) == set(FOL)
    assert "3 high scores given without evidence, on 3 principles" in unevidenced.message
    # The same with the screening answered in the short form (its helping answers not shown):
    # power 2 of 6 known (33%), inclusion 1 of 4 (25%) -> too thin for co-design (50%):
    # engagement, 2 rungs unsubstantiated = 40, + 15 => 55.
    thin = run(context, plan("co-production", [person("Lead", "staff", same(4))]))
    assert thin.risk.evidenced.id == "engage"
    assert thin.risk.thin is not None and thin.risk.thin.id == "co-design"
    assert points(thin)["claim-unsubstantiated"] == 40
    assert thin.risk.score == 55


def test_community_rating_low_cannot_be_carried_by_staff(context: Context) -> None:
    # staff 4 (evidenced), community 1: combined = lowest group mean = 1 -> 25 per pillar,
    # overall 25: consultation (engagement needs 30). As rated the community side's 1 holds it
    # there too, so the claim of engagement is CONTRADICTED: 1 rung = 20, plus a perception
    # gap (4 vs 1 is 3 points >= 2) of 15 => 35, the first score in "high".
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
    assert codes(result) == {"claim-contradicted", "perception-gap"}
    assert points(result) == {"claim-contradicted": 20, "perception-gap": 15}
    assert result.risk.score == 35
    assert result.risk.band == "high"
    assert result.risk.verdict_kind == "contradicted"
    gap = next(r for r in result.risk.reasons if r.code == "perception-gap")
    assert set(gap.principles) == set(FOL)
    assert "Sharing power 4 vs 1" in gap.message  # whole scores shown whole


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
    # Glass-House cap is engagement for the whole project. The cap is what holds the claim
    # down, so its finding carries the 2 rungs (40); the same fact is not counted again as a
    # whole-project claim => 40, high.
    people = [
        person("Lead", "staff", same(evidenced(4))),
        person("Resident", "community", same(evidenced(4))),
    ]
    screening = {**SHOWN_SCREENING, "involved_from": "midway"}
    whole = run(context, plan("co-production", people, screening=screening))
    assert whole.risk.supported.id == "co-production"
    assert whole.risk.evidenced.id == "engage"
    assert codes(whole) == {"joined-midway"}
    (reason,) = whole.risk.reasons
    assert (reason.points, reason.rungs, reason.kind) == (40, 2, "contradicted")
    assert "holds the claim down to engagement, 2 rungs below co-production" in reason.message
    assert whole.risk.score == 40
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
    # effective claim is co-design, 2 rungs above what the answers show (contradicted) = 40;
    # wording-outruns-claim 10; no-community-voice (counts from co-design) 15 => 65, severe.
    data = plan(
        "consult",
        [person("Lead", "staff", same(1))],
        wording="The new service was co-designed with residents.",
    )
    result = run(context, data)
    assert result.risk.stated.id == "consult"
    assert result.risk.worded.id == "co-design"
    assert points(result) == {
        "claim-contradicted": 40,
        "wording-outruns-claim": 10,
        "no-community-voice": 15,
    }
    assert result.risk.score == 65
    assert result.risk.band == "severe"
    # The same plan worded honestly is not co-washing.
    honest = run(context, {**data, "claim": {"level": "consult", "wording": "We consulted."}})
    assert honest.risk.band == "low"


def test_unknowns_are_not_zeros(context: Context) -> None:
    # Only the power principle answered (evidenced 3, by staff and community); the other two
    # unknown: the figures are over what is answered (power 75, the others not shown, overall
    # 75), not 75/0/0. With two pillars unknown only consultation is supported; nothing known
    # contradicts co-design, so its 2 rungs are UNSUBSTANTIATED; the community side answered
    # one principle (fewer than 3), so it does not back the claim: 2 x 20 = 40, high. No
    # separate "many unknowns" charge: unknowns count once.
    answers = {"fol.sharing-power": evidenced(3), "fol.sharing-knowledge": "unknown"}
    data = plan(
        "co-design",
        [person("Lead", "staff", answers), person("Resident", "community", dict(answers))],
        screening=SHOWN_SCREENING,
    )
    result = run(context, data)
    assert result.maturity.pillars == {"power": 75.0, "knowledge": None, "inclusion": None}
    assert result.maturity.overall == 75.0
    assert result.maturity.unknown_share == pytest.approx(4 / 6, abs=0.001)
    assert result.risk.evidenced.id == "consult"
    assert points(result) == {"claim-unsubstantiated": 40}
    assert result.risk.verdict_kind == "unsubstantiated"
    assert "nothing known contradicts it" in result.risk.reasons[0].message


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
