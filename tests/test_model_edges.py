"""Every rule and threshold of the model at its edge, both ways, with hand-worked numbers.

Issue 15: each threshold is tested just below its limit and at it, each finding raised and not
raised along every path that can raise it, and figures are fractional so rounding is pinned.
The expected numbers are written out here, worked by hand from the rules in model.yaml (never
read back from the model), so a changed threshold, point value or operator fails a test.

Most plans use only FoL's three principles (one per pillar) and `SHOWN_SCREENING` (every
screening answer positive and evidenced), so every pillar is fully known and the sums are short:
- power:     fol.sharing-power + 5 screening questions (initiated_by, involved_from,
             decision_power, participants_rewarded, outcome_predetermined)
- knowledge: fol.sharing-knowledge
- inclusion: fol.being-inclusive + 3 (involved_from, participants_rewarded, whos_missing_reviewed)
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from coprod_check.core.assessment import Assessment, assess
from coprod_check.core.errors import CoprodError
from coprod_check.core.maturity import Coverage, Maturity
from coprod_check.core.model import show
from coprod_check.core.plan import parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.core.risk import rated_level, supported_level
from coprod_check.io.loading import Context
from coprod_check.outputs.views import headline, maturity_line
from tests.plans import (
    FOL,
    GOOD_SCREENING,
    SHOWN,
    SHOWN_SCREENING,
    evidenced,
    na,
    person,
    plan,
    same,
)

POWER, KNOWLEDGE, INCLUSION = FOL


def run(context: Context, data: dict[str, Any], catalogue: Catalogue | None = None) -> Assessment:
    cat = catalogue or context.catalogue
    return assess(parse_plan(data, cat, context.model), cat, context.model)


def shown(level: str, people: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    """A plan whose screening is all shown (every pillar fully known once FoL is answered)."""
    kw.setdefault("screening", SHOWN_SCREENING)
    return plan(level, people, **kw)


def points(result: Assessment) -> dict[str, int]:
    return {r.code: r.points for r in result.risk.reasons}


def reason(result: Assessment, code: str) -> Any:
    return next(r for r in result.risk.reasons if r.code == code)


def both(score: Any) -> list[dict[str, Any]]:
    """Staff and a community member giving the same answers (no gap, claim backed)."""
    return [person("Lead", "staff", same(score)), person("Resident", "community", same(score))]


# --- the ladder: each rung's figures, exactly at and just under the limit -------------------


def maturity(
    overall: float | None,
    power: float | None,
    knowledge: float | None,
    inclusion: float | None,
    cover: float = 1.0,
) -> Maturity:
    pillars = {"power": power, "knowledge": knowledge, "inclusion": inclusion}
    coverage = Coverage(cover, dict.fromkeys(pillars, cover), {}, {}, {}, 0, 0)
    return Maturity(overall, pillars, {}, {}, {}, 0.0, coverage, overall, dict(pillars))


# (rung, overall needed, weakest pillar needed, rung just below)
RUNGS = [
    ("consult", 10.0, 0.0, "inform"),
    ("engage", 30.0, 15.0, "consult"),
    ("co-design", 50.0, 50.0, "engage"),
    ("co-production", 75.0, 75.0, "co-design"),
]


@pytest.mark.parametrize(("rung", "overall", "weakest", "below"), RUNGS)
def test_each_rung_is_supported_at_its_limit_and_not_just_under(
    context: Context, rung: str, overall: float, weakest: float, below: str
) -> None:
    model = context.model
    top = max(overall, weakest)
    at = maturity(overall, weakest, top, top)
    assert supported_level(at, model).id == rung
    assert rated_level(at, model).id == rung
    under_overall = maturity(overall - 0.1, weakest, top, top)
    assert supported_level(under_overall, model).id == below
    assert rated_level(under_overall, model).id == below
    if weakest:
        under_pillar = maturity(top, weakest - 0.1, top, top)
        assert supported_level(under_pillar, model).id == below
        assert rated_level(under_pillar, model).id == below


@pytest.mark.parametrize(
    ("rung", "need", "below"), [("co-design", 0.5, "engage"), ("co-production", 0.5, "engage")]
)
def test_power_sharing_rungs_need_half_of_every_pillar_known(
    context: Context, rung: str, need: float, below: str
) -> None:
    model = context.model
    figure = 75.0 if rung == "co-production" else 50.0
    assert supported_level(maturity(figure, figure, figure, figure, need), model).id == rung
    thin = maturity(figure, figure, figure, figure, need - 0.001)
    assert supported_level(thin, model).id == below
    assert rated_level(thin, model).id == rung  # coverage never contradicts


def test_engagement_needs_no_coverage_bar_but_something_on_every_pillar(context: Context) -> None:
    model = context.model
    assert supported_level(maturity(40.0, 40.0, 40.0, 40.0, 0.0), model).id == "engage"
    # a pillar with nothing answered cannot show "no pillar near zero"
    assert supported_level(maturity(40.0, 40.0, None, 40.0), model).id == "consult"
    # ... but nothing known contradicts it either: as rated, the known pillars decide
    assert rated_level(maturity(40.0, 40.0, None, 40.0), model).id == "engage"
    # nothing answered at all: nothing is supported beyond informing, nothing is contradicted
    assert supported_level(maturity(None, None, None, None), model).id == "inform"
    assert rated_level(maturity(None, None, None, None), model).id == "co-production"


# --- figures: unknown is not zero, rounding half up, the same in JSON and text ----------------


def test_figures_leave_unknowns_out_and_round_half_up(context: Context) -> None:
    # staff: power 3 (evidenced), knowledge unknown, inclusion 2 -> power 75, inclusion 50,
    # knowledge not shown (None), overall mean(75, 50) = 62.5 (not (75+0+50)/3 = 41.7)
    answers = {POWER: evidenced(3), KNOWLEDGE: "unknown", INCLUSION: 2}
    result = run(context, shown("consult", [person("Lead", "staff", answers)]))
    m = result.maturity
    assert m.pillars == {"power": 75.0, "knowledge": None, "inclusion": 50.0}
    assert m.overall == 62.5
    assert m.roles == {"staff": 62.5}
    assert m.coverage is not None and m.coverage.roles == {"staff": 0.667}
    assert m.coverage.pillars == {"power": 1.0, "knowledge": 0.0, "inclusion": 1.0}
    assert m.unknown_share == 0.333


def test_fractional_means_are_rounded_half_up_to_one_decimal(context: Context) -> None:
    # three staff on every FoL principle: 3, 3, 2 (evidenced) -> mean 2.6667 -> 66.6667 -> 66.7
    people = [
        person("A", "staff", same(evidenced(3))),
        person("B", "staff", same(evidenced(3))),
        person("C", "staff", same(2)),
    ]
    result = run(context, shown("consult", people))
    assert result.maturity.overall == 66.7
    assert result.maturity.pillars["power"] == 66.7
    model = context.model
    assert model.figure(37.45) == 37.5  # half up, where round() would give 37.4
    assert model.figure(62.25) == 62.3
    assert model.figure(74.94) == 74.9
    assert model.figure(74.95) == 75.0


def test_text_and_json_show_the_same_figures(context: Context) -> None:
    # 3,3,2 from three staff again: JSON 66.7 and the text 66.7 (never 67 beside 66.7)
    people = [
        person("A", "staff", same(evidenced(3))),
        person("B", "staff", same(evidenced(3))),
        person("C", "staff", same(2)),
    ]
    result = run(context, shown("consult", people))
    data = result.to_dict()
    assert data["maturity"]["overall"] == 66.7
    line = maturity_line(result)
    assert line.startswith("maturity 66.7/100 (power 66.7 · knowledge 66.7 · inclusion 66.7)")
    assert "known 100% (power 100% · knowledge 100% · inclusion 100%)" in line
    assert show(4.0) == "4" and show(2.5) == "2.5" and show(1 / 3) == "0.33"


def test_headline_names_the_kind_of_over_claim(context: Context) -> None:
    result = run(context, shown("co-production", both(evidenced(2))))
    assert headline(result) == (
        "claims co-production, evidence supports co-design: MODERATE risk (20/100), contradicted"
    )


# --- the two kinds of over-claim ------------------------------------------------------------


def test_contradicted_rungs_score_20_each(context: Context) -> None:
    # evidenced 2s from both sides: 50 everywhere -> co-design, as rated and as evidenced.
    one = run(context, shown("co-production", both(evidenced(2))))
    assert points(one) == {"claim-contradicted": 20}
    assert (one.risk.contradicted, one.risk.unsubstantiated) == (1, 0)
    assert one.risk.verdict_kind == "contradicted"
    assert one.risk.band == "moderate"
    # all 1s: 25 -> consultation (engagement needs 30): co-production is 3 rungs above = 60
    three = run(context, shown("co-production", both(1)))
    assert points(three) == {"claim-contradicted": 60}
    assert reason(three, "claim-contradicted").rungs == 3
    assert three.risk.band == "high"
    # claimed at what is shown: nothing raised
    assert run(context, shown("co-design", both(evidenced(2)))).risk.reasons == ()


def test_contradiction_message_gives_the_figures_and_the_rung_they_reach(
    context: Context,
) -> None:
    result = run(context, shown("co-production", both(evidenced(2))))
    assert reason(result, "claim-contradicted").message == (
        "Claims co-production, but what is known falls below it: the answers as rated give "
        "maturity 50/100 and weakest pillar power 50/100, where co-production needs 75 and 75. "
        "At best it shows co-design."
    )


def _backing(
    context: Context,
    community: dict[str, Any],
    role: str = "community",
    staff: Any = 4,
    extra: list[dict[str, Any]] | None = None,
) -> Assessment:
    # staff: unevidenced 4 on all seven FoL + Trueman principles (-> 2, so 50: co-design by
    # the evidence, co-production as rated); a second respondent (`role`) answers `community`.
    ids = (
        *FOL,
        "trueman.range-of-people",
        "trueman.capture-stories",
        "trueman.embrace-challenge",
        "trueman.blank-canvas",
    )
    people = [person("Lead", "staff", same(staff, ids)), person("Second", role, community)]
    people += extra or []
    return run(context, shown("co-production", people, sets=["fol", "trueman"]))


@pytest.mark.parametrize(
    ("answers", "backed_by", "points_"),
    [
        (3, ("independent",), 10),  # three evidenced answers: the fewest that back a claim
        (2, (), 20),  # two are too few
    ],
)
def test_an_independent_reviewer_backs_a_claim_like_the_community_side(
    context: Context, answers: int, backed_by: tuple[str, ...], points_: int
) -> None:
    ids = [KNOWLEDGE, INCLUSION, "trueman.capture-stories"][:answers]
    result = _backing(context, {pid: evidenced(4) for pid in ids}, role="independent")
    assert result.risk.backed_by == backed_by
    assert points(result)["claim-unsubstantiated"] == points_
    message = reason(result, "claim-unsubstantiated").message
    assert ("backed with evidence by an independent reviewer" in message) is bool(backed_by)


def test_the_organisation_never_backs_its_own_claim(context: Context) -> None:
    # staff give every answer with evidence; the second staff member too: nobody else speaks
    result = _backing(context, same(evidenced(4), [KNOWLEDGE, INCLUSION, POWER]), role="staff")
    assert result.risk.backed_by == ()
    assert "not backed" in reason(result, "claim-unsubstantiated").message


def test_backing_pools_the_community_side_and_independent_reviewers(context: Context) -> None:
    # two evidenced community answers and one evidenced independent one: three between them
    reviewer = person("Reviewer", "independent", {"trueman.capture-stories": evidenced(4)})
    pair = {KNOWLEDGE: evidenced(4), INCLUSION: evidenced(4)}
    result = _backing(context, pair, extra=[reviewer])
    assert result.risk.backed_by == ("community", "independent")
    assert points(result)["claim-unsubstantiated"] == 10
    assert "by the community side and an independent reviewer" in (
        reason(result, "claim-unsubstantiated").message
    )


@pytest.mark.parametrize(
    ("evidenced_count", "answers", "backed", "points_"),
    [
        (2, 4, True, 10),  # 2 of 4 evidenced: half, at the limit -> backed, 10 a rung
        (1, 4, False, 20),  # 1 of 4: under half -> 20 a rung
        (3, 3, True, 10),  # three answers, all evidenced: the fewest that back a claim
        (2, 2, False, 20),  # two answers, however evidenced, are too few
        (2, 5, False, 20),  # 2 of 5 evidenced: 40%, under half
    ],
)
def test_unsubstantiated_rungs_cost_less_when_the_community_side_backs_them(
    context: Context, evidenced_count: int, answers: int, backed: bool, points_: int
) -> None:
    ids = [
        KNOWLEDGE,
        INCLUSION,
        "trueman.capture-stories",
        "trueman.range-of-people",
        "trueman.embrace-challenge",
    ][:answers]
    community = {pid: evidenced(4) if i < evidenced_count else 4 for i, pid in enumerate(ids)}
    result = _backing(context, community)
    assert result.risk.backed is backed
    assert result.risk.evidenced.id == "co-design"
    assert result.risk.known is not None and result.risk.known.id == "co-production"
    assert points(result)["claim-unsubstantiated"] == points_
    assert result.risk.verdict_kind == "unsubstantiated"


def test_a_staff_only_mostly_unknown_unevidenced_co_production_claim_is_severe(
    context: Context,
) -> None:
    # Staff alone; only power answered (unevidenced 4 -> 2); screening given short. Power is
    # 2 of 6 known, knowledge and inclusion nothing answered: consultation is supported (50
    # overall from what is answered; engagement needs something on every pillar). As rated
    # nothing contradicts co-production: 3 rungs unsubstantiated, unbacked, 60; no community
    # voice 15 => 75, severe - but never called contradicted.
    data = plan("co-production", [person("Lead", "staff", {POWER: 4})])
    result = run(context, data)
    assert result.risk.evidenced.id == "consult"
    assert points(result) == {
        "claim-unsubstantiated": 60,
        "no-community-voice": 15,
        "unevidenced-scores": 0,
    }
    assert result.risk.band == "severe"
    assert result.risk.verdict_kind == "unsubstantiated"
    assert "contradicts" not in result.risk.verdict
    assert "not shared" not in result.risk.verdict


def test_a_plan_nobody_has_answered_is_unsubstantiated_not_contradicted(context: Context) -> None:
    # 4 rungs unsubstantiated, unbacked: 80. Nobody answered, so nobody's word is charged:
    # the unknowns count once, through coverage (counting rule 3).
    result = run(context, plan("co-production", []))
    assert result.maturity.overall is None
    assert result.maturity.coverage is not None and result.maturity.coverage.overall == 0.111
    assert result.risk.evidenced.id == "inform"
    assert points(result) == {"claim-unsubstantiated": 80}
    assert result.risk.score == 80


def test_thin_coverage_is_said_as_such(context: Context) -> None:
    # evidenced 3s from both sides but the screening given short: power 2 of 6 known (33%),
    # under co-design's half: the figures reach co-production, the evidence engagement.
    result = run(context, plan("co-production", both(evidenced(3))))
    assert result.risk.thin is not None and result.risk.thin.id == "co-production"
    assert result.risk.evidenced.id == "engage"
    message = reason(result, "claim-unsubstantiated").message
    assert "only 25% of the inclusion pillar is known, where co-design needs 50%" in message
    # what is not shown: the thinnest pillar's unanswered items - here none are principles
    assert reason(result, "claim-unsubstantiated").principles == ()
    assert result.to_dict()["risk"]["coverage_too_thin_for"] == "co-production"


# --- screening: each answer counts once, as the binding cap or as a flag ----------------------

# (question, answer, finding, flag points) - each checked with the figures at consultation
# (all 1s), so the figures hold the claim lowest and every cap below the claim is a flag.
FLAGS = [
    ("involved_from", "early", "joined-after-start", 5),
    ("involved_from", "midway", "joined-midway", 10),
    ("involved_from", "late", "joined-late", 15),
    ("decision_power", "none", "no-decision-power", 20),
    ("decision_power", "advisory", "advisory-only", 10),
    ("participants_rewarded", "no", "unrewarded-participants", 10),
    ("outcome_predetermined", "yes", "outcome-predetermined", 20),
    ("outcome_predetermined", "partly", "outcome-partly-predetermined", 5),
    ("whos_missing_reviewed", "no", "whos-not-in-the-room", 10),
]


@pytest.mark.parametrize(("key", "answer", "code", "flag"), FLAGS)
def test_each_screening_tell_is_a_flag_when_something_else_holds_the_claim_lower(
    context: Context, key: str, answer: str, code: str, flag: int
) -> None:
    data = shown("co-production", both(1), screening={**SHOWN_SCREENING, key: answer})
    result = run(context, data)
    assert points(result)["claim-contradicted"] == 60  # 3 rungs, held by the figures
    assert points(result)[code] == flag
    assert reason(result, code).kind == "flag"


# (question, answer, finding, the rung it caps at, rungs it holds a co-production claim down)
CAPS = [
    ("involved_from", "early", "joined-after-start", "co-design", 1),
    ("involved_from", "midway", "joined-midway", "engage", 2),
    ("involved_from", "late", "joined-late", "engage", 2),
    ("decision_power", "none", "no-decision-power", "consult", 3),
    ("decision_power", "advisory", "advisory-only", "engage", 2),
    ("participants_rewarded", "no", "unrewarded-participants", "co-design", 1),
    ("outcome_predetermined", "yes", "outcome-predetermined", "consult", 3),
    ("outcome_predetermined", "partly", "outcome-partly-predetermined", "co-design", 1),
    ("whos_missing_reviewed", "no", "whos-not-in-the-room", "co-design", 1),
]


@pytest.mark.parametrize(("key", "answer", "code", "cap", "rungs"), CAPS)
def test_each_screening_tell_carries_the_rungs_when_it_binds(
    context: Context, key: str, answer: str, code: str, cap: str, rungs: int
) -> None:
    # evidenced 4s from both sides: co-production by the figures; the cap alone holds it down
    data = shown("co-production", both(evidenced(4)), screening={**SHOWN_SCREENING, key: answer})
    result = run(context, data)
    assert result.risk.evidenced.id == cap
    assert points(result) == {code: 20 * rungs}
    found = reason(result, code)
    assert (found.kind, found.rungs) == ("contradicted", rungs)
    assert result.risk.verdict_kind == "contradicted"
    # claimed at the cap: the same answer raises nothing
    honest = run(context, {**data, "claim": {"level": cap, "scope": "whole"}})
    assert points(honest) == {}


def test_a_tie_between_figures_and_a_cap_goes_to_the_figures(context: Context) -> None:
    # scores 1, 2, 2 -> pillars 25/50/50, overall 41.7: engagement by the figures; joined
    # midway also caps at engagement. Figures win the tie: claim-contradicted carries 2 rungs
    # (40), joined-midway is a flag (10) => 50. Counted once each, never cap and flag both.
    answers = {POWER: evidenced(1), KNOWLEDGE: evidenced(2), INCLUSION: evidenced(2)}
    people = [person("Lead", "staff", answers), person("Resident", "community", dict(answers))]
    screening = {**SHOWN_SCREENING, "involved_from": "midway"}
    result = run(context, shown("co-production", people, screening=screening))
    assert result.maturity.overall == 41.7
    assert points(result) == {"claim-contradicted": 40, "joined-midway": 10}
    assert result.risk.score == 50


def test_two_caps_below_the_claim_count_once_each(context: Context) -> None:
    # evidenced 4s; advisory (engage) and not reviewing who is missing (co-design): the lowest
    # binds with the rungs (2 x 20 = 40), the other is a flag (10).
    screening = {**SHOWN_SCREENING, "decision_power": "advisory", "whos_missing_reviewed": "no"}
    result = run(context, shown("co-production", both(evidenced(4)), screening=screening))
    assert points(result) == {"advisory-only": 40, "whos-not-in-the-room": 10}


def test_joining_midway_does_not_cap_a_part_claim(context: Context) -> None:
    screening = {**SHOWN_SCREENING, "involved_from": "midway"}
    data = shown("co-production", both(evidenced(4)), screening=screening, scope="part",
                 parts=["play area"])  # fmt: skip
    assert points(run(context, data)) == {}


# --- coverage of screening: helping answers count only with evidence ------------------------


def test_screening_known_only_when_a_helping_answer_is_shown(context: Context) -> None:
    screening: dict[str, Any] = {
        "initiated_by": "community",  # helps, given short: not known
        "involved_from": {"value": "start", "evidence": SHOWN},  # helps, shown: known
        "decision_power": "advisory",  # holds back: known as given
        "participants_rewarded": "partly",  # neutral: known as given
        "outcome_predetermined": "unknown",  # not known
    }
    result = run(context, plan("consult", both(2), screening=screening))
    coverage = result.maturity.coverage
    assert coverage is not None
    assert coverage.screening == {
        "initiated_by": False,
        "involved_from": True,
        "decision_power": True,
        "participants_rewarded": True,
        "outcome_predetermined": False,
        "whos_missing_reviewed": False,
    }
    # power: principle + involved_from + decision_power + participants_rewarded = 4 of 6
    assert coverage.pillars == {"power": 0.667, "knowledge": 1.0, "inclusion": 0.75}
    assert result.plan.screening_evidence == {"involved_from": SHOWN}


# --- the other findings, both ways ------------------------------------------------------------


def test_wording_raises_the_claim_in_any_case_and_names_the_highest_rung(
    context: Context,
) -> None:
    base = shown("consult", both(1))
    for wording, worded in [
        ("We CO-PRODUCED this.", "co-production"),
        ("It was co-designed and then co-produced.", "co-production"),
        ("A co-design process.", "co-design"),
        ("Co-created with residents", "co-production"),
    ]:
        result = run(context, {**base, "claim": {"level": "consult", "wording": wording}})
        assert result.risk.worded.id == worded, wording
        assert points(result)["wording-outruns-claim"] == 10
    plain = run(context, {**base, "claim": {"level": "consult", "wording": "We consulted."}})
    assert "wording-outruns-claim" not in points(plain)


def test_whole_project_claim_is_raised_by_listed_parts_only(context: Context) -> None:
    data = shown("co-design", both(evidenced(3)))
    data["claim"]["parts"] = ["the play area"]
    assert points(run(context, data)) == {"whole-project-claim": 10}
    assert (
        "the plan itself lists parts (the play area)"
        in reason(run(context, data), "whole-project-claim").message
    )
    engage = {**data, "claim": {**data["claim"], "level": "engage"}}
    assert points(run(context, engage)) == {}  # under the rule's co-design minimum
    # a low score on honesty about scope counts once, in the figures: no flag on top
    sets = ["fol", "glasshouse"]
    answers = {**same(evidenced(4)), "glasshouse.honest-scope": evidenced(1)}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("co-design", people, sets=sets))
    assert "whole-project-claim" not in points(result)


@pytest.mark.parametrize(
    ("roles", "raised", "who"),
    [
        (["staff"], "no-community-voice", "answers came only from staff"),
        (["staff", "independent"], "no-community-voice", "from staff and independent reviewers"),
        (["independent"], "community-view-unknown", "only from independent reviewers"),
        (["staff", "partner"], None, None),
        (["community"], None, None),
        (["independent", "community"], None, None),
    ],
)
def test_no_community_voice(
    context: Context, roles: list[str], raised: str | None, who: str | None
) -> None:
    # The claim resting on the organisation's word costs 15; a desk review by independent
    # reviewers alone hears neither side: noted at 0 points, never charged as a failure.
    people = [person(f"P{i}", role, same(evidenced(3))) for i, role in enumerate(roles)]
    result = run(context, shown("co-design", people))
    voice = {c: p for c, p in points(result).items() if c.endswith(("voice", "view-unknown"))}
    if raised is None:
        assert voice == {}
    else:
        assert voice == {raised: 15 if raised == "no-community-voice" else 0}
        assert who is not None and who in reason(result, raised).message
    engage = run(context, shown("engage", people))
    assert not {"no-community-voice", "community-view-unknown"} & set(points(engage))


def test_a_respondent_with_no_answers_is_not_a_voice(context: Context) -> None:
    people = [person("Lead", "staff", {}), person("Reviewer", "independent", same(evidenced(3)))]
    result = run(context, shown("co-design", people))
    assert "no-community-voice" not in points(result)
    assert points(result).get("community-view-unknown") == 0


def test_perception_gap_per_principle_at_two_points(context: Context) -> None:
    people = [person("Lead", "staff", same(3)), person("R", "community", same(1))]
    result = run(context, shown("engage", people))
    gap = reason(result, "perception-gap")
    assert gap.points == 15
    assert set(gap.principles) == set(FOL)
    assert "3 principles 2+ points apart (Sharing power 3 vs 1" in gap.message
    assert "more" not in gap.message  # three shown, none left over
    # each pillar here is one principle already named: no pillar restates it as a wider gap
    assert "pillar" not in gap.message


def test_a_pillar_gap_is_named_when_it_is_more_than_the_principles_named(
    context: Context,
) -> None:
    # power: FoL and Democratic Society's sharing of power, staff 3 on both, community 1 on
    # FoL's (2 apart, named) and 2 on DemSoc's (1 apart, not named): the pillar, 75 vs 37.5,
    # rests on more than the principle named, so it is named too
    people = [
        person("Lead", "staff", {POWER: 3, "demsoc.sharing-power": 3}),
        person("R", "community", {POWER: 1, "demsoc.sharing-power": 2}),
    ]
    gap = reason(run(context, shown("engage", people, sets=["fol", "demsoc"])), "perception-gap")
    assert "1 principle 2+ points apart (Sharing power 3 vs 1)" in gap.message
    assert "power pillar 75 vs 37.5" in gap.message


def test_perception_gap_by_the_pillar_alone_at_its_limit(context: Context) -> None:
    # power only, staff 3 vs community mean(1, 2) = 1.5: 1.5 points (under 2, no principle),
    # but the pillar 75 vs 37.5 is 37.5 apart: at the pillar limit -> raised by the pillar.
    people = [
        person("Lead", "staff", {POWER: 3}),
        person("R1", "community", {POWER: 1}),
        person("R2", "community", {POWER: 2}),
    ]
    gap = reason(run(context, shown("engage", people)), "perception-gap")
    assert gap.principles == ()
    assert gap.message.endswith("(scores as rated): power pillar 75 vs 37.5.")
    # community mean(1, 2, 2) = 1.67 -> 41.7: 33.3 apart, under the limit: not raised
    people.append(person("R3", "community", {POWER: 2}))
    assert "perception-gap" not in points(run(context, shown("engage", people)))


def test_perception_gap_one_way_only_and_from_the_claim_of_engagement(context: Context) -> None:
    higher = [person("Lead", "staff", same(1)), person("R", "community", same(4))]
    assert "perception-gap" not in points(run(context, shown("engage", higher)))
    partner = [
        person("Lead", "staff", same(4)),
        person("R", "community", same(1)),
        person("Org", "partner", same(2)),
    ]
    # community side mean(1, 2) = 1.5: 2.5 points under staff on every principle
    assert points(run(context, shown("engage", partner)))["perception-gap"] == 15
    gap_people = [person("Lead", "staff", same(3)), person("R", "community", same(1))]
    assert "perception-gap" not in points(run(context, shown("consult", gap_people)))


def test_many_not_applicable_at_a_third(context: Context) -> None:
    sets = ["fol", "glasshouse"]  # 9 principles; FoL's three can never be n/a
    glass = [p.id for p in context.catalogue.sets["glasshouse"].principles]

    def answers(na_count: int) -> dict[str, Any]:
        out: dict[str, Any] = {**same(evidenced(3)), **dict.fromkeys(glass, evidenced(3))}
        out.update({pid: na() for pid in glass[:na_count]})
        return out

    three = run(context, shown("co-design", [person("L", "staff", answers(3)),
                                               person("R", "community", answers(3))],
                               sets=sets))  # fmt: skip
    assert points(three)["many-not-applicable"] == 10
    assert (
        "3 of 9 principles (33.3%) are marked n/a" in reason(three, "many-not-applicable").message
    )
    two = run(context, shown("co-design", [person("L", "staff", answers(2)),
                                             person("R", "community", answers(2))],
                             sets=sets))  # fmt: skip
    assert "many-not-applicable" not in points(two)
    # 4 of 13 (30.8%), just under a third: not raised
    trueman = [p.id for p in context.catalogue.sets["trueman"].principles]
    four = {**answers(4), **dict.fromkeys(trueman, evidenced(3))}
    people = [person("L", "staff", four), person("R", "community", dict(four))]
    thirteen = run(context, shown("co-design", people, sets=[*sets, "trueman"]))
    assert len(thirteen.maturity.not_applicable) == 4
    assert "many-not-applicable" not in points(thirteen)


def test_not_applicable_is_left_out_of_figures_and_coverage(context: Context) -> None:
    answers = {**same(evidenced(4)), "glasshouse.honest-scope": na("a single-site scheme")}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("consult", people, sets=["fol", "glasshouse"]))
    m = result.maturity
    assert m.not_applicable == ["glasshouse.honest-scope"]
    assert m.principles["glasshouse.honest-scope"].na_reasons == ("a single-site scheme",)
    assert m.sets["glasshouse"] is None  # nothing else of the set answered: not a zero
    assert m.overall == 100.0
    assert result.to_dict()["not_applicable"] == {
        "glasshouse.honest-scope": ["a single-site scheme"]
    }


def test_not_applicable_needs_a_reason_and_never_applies_to_the_defining_principles(
    context: Context,
) -> None:
    with pytest.raises(CoprodError) as err:
        run(context, plan("consult", [person("L", "staff", {POWER: na()})]))
    assert "`fol.sharing-power` cannot be n/a" in str(err.value)
    with pytest.raises(CoprodError) as err:
        run(context, plan("consult", [person("L", "staff", {"glasshouse.honest-scope": "n/a"})],
                          sets=["fol", "glasshouse"]))  # fmt: skip
    assert "`n/a` needs a reason" in str(err.value)


def test_unevidenced_scores_are_counted_by_answer_and_principle(context: Context) -> None:
    result = run(context, shown("co-design", both(3)))
    found = reason(result, "unevidenced-scores")
    assert found.points == 0
    assert "6 high scores given without evidence, on 3 principles, were counted" in found.message
    assert "unevidenced-scores" not in points(run(context, shown("engage", both(3))))


# --- ordered steps: like with like ------------------------------------------------------------


def _steps(context: Context) -> list[str]:
    return [p.id for p in context.catalogue.sets["ourlife"].principles]


def test_a_step_two_points_above_the_same_sides_earlier_steps_is_flagged(
    context: Context,
) -> None:
    steps = _steps(context)
    answers: dict[str, Any] = dict.fromkeys(steps[:5], 0) | {steps[5]: evidenced(2)}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("co-design", people, sets=["ourlife"]))
    skipped = reason(result, "ourlife-step-skipped")
    assert skipped.points == 10
    assert skipped.principles == (steps[5],)
    assert (
        "Co-design of services rated 2 by the organisation side, against 0 for the earlier steps "
        "answered" in skipped.message
    )
    # one earlier step at 1: mean 0.2, a gap of 1.8: under the limit
    answers[steps[0]] = 1
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    assert "ourlife-step-skipped" not in points(
        run(context, shown("co-design", people, sets=["ourlife"]))
    )


def test_steps_are_compared_within_one_side_only(context: Context) -> None:
    steps = _steps(context)
    staff = person("Lead", "staff", {steps[5]: evidenced(4)})
    community = person("R", "community", dict.fromkeys(steps[:5], 0))
    result = run(context, shown("co-design", [staff, community], sets=["ourlife"]))
    assert "ourlife-step-skipped" not in points(result)


def test_a_community_led_project_is_not_held_to_an_agencys_steps(context: Context) -> None:
    steps = _steps(context)
    answers: dict[str, Any] = dict.fromkeys(steps[:5], 0) | {steps[5]: evidenced(4)}
    data = shown("co-design", [person("Member", "staff", answers)], sets=["ourlife"])
    data["project"]["led_by"] = "community"
    assert "ourlife-step-skipped" not in points(run(context, data))


def test_a_custom_ordered_set_is_worded_as_itself(context: Context) -> None:
    ourlife = context.catalogue.sets["ourlife"]
    principles = tuple(
        dataclasses.replace(p, id="ladder." + p.id.split(".", 1)[1]) for p in ourlife.principles
    )
    custom = dataclasses.replace(
        ourlife, id="ladder", name="Our Own Ladder", principles=principles, builtin=False
    )
    catalogue = Catalogue({**context.catalogue.sets, "ladder": custom})
    ids = [p.id for p in principles]
    answers: dict[str, Any] = dict.fromkeys(ids[:5], 0) | {ids[5]: evidenced(3)}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("co-design", people, sets=["ladder"]), catalogue)
    skipped = reason(result, "step-skipped")
    assert skipped.points == 10
    assert "Later steps of Our Own Ladder are rated well above" in skipped.message
    assert "Our Life" not in skipped.message
    assert skipped.quote == principles[5].quote


# --- who leads, and the project's own words ---------------------------------------------------


def test_community_led_members_speak_for_the_community_side(context: Context) -> None:
    screening = {**SHOWN_SCREENING, "participants_rewarded": "no"}
    data = shown("co-production", [person("Member", "staff", same(evidenced(4)))],
                 screening=screening)  # fmt: skip
    data["project"].update(led_by="community", community="Granby residents", sector="housing")
    result = run(context, data)
    assert points(result) == {}  # no "junior partners" cap, no missing community voice
    org = run(context, {**data, "project": {"name": "x"}})
    assert points(org) == {"unrewarded-participants": 20, "no-community-voice": 15}


def test_honest_wording_uses_the_projects_own_nouns(context: Context) -> None:
    from coprod_check.outputs.report import report_data

    data = shown("co-production", both(1))
    data["project"].update(sector="health", community="patients and carers")
    wording = report_data(run(context, data), context.catalogue, context.model)
    assert wording["next_steps"]["honest_wording"] == (
        "We consulted patients and carers and took their views into account in our decisions."
    )
    data["project"] = {"name": "NHS plan", "sector": "health"}
    wording = report_data(run(context, data), context.catalogue, context.model)
    assert "patients and carers" in wording["next_steps"]["honest_wording"]
    advice = {a["id"]: a["advice"] for a in wording["next_steps"]["advice"]}
    assert advice[POWER] is None  # regeneration advice is not given to a health service
    data["project"] = {"name": "x", "led_by": "community", "community": "the tenants"}
    wording = report_data(run(context, data), context.catalogue, context.model)
    assert wording["next_steps"]["honest_wording"] == (
        "We asked the tenants for their views and took them into account in our decisions."
    )


# --- quotes and concerns that fit -------------------------------------------------------------


def test_a_co_production_claim_whose_practice_reaches_co_design_is_not_called_unshared(
    context: Context,
) -> None:
    # known practice reaches co-design (power partly shared): FoL's "power and knowledge are
    # not shared" would overstate it; the Glass-House's conditions for the genuine article fit
    result = run(context, shown("co-production", both(evidenced(2))))
    quote = reason(result, "claim-contradicted").quote
    assert "there needs to be a clear shared starting point" in quote
    assert "not shared" not in quote


@pytest.mark.parametrize(
    ("claim", "fragment"),
    [
        ("co-production", "power and knowledge are not shared"),
        ("co-design", "there needs to be a clear shared starting point"),
        ("engage", "We need to be very clear about how we use the terms"),
    ],
)
def test_the_contradiction_quotes_a_passage_that_fits_the_claim(
    context: Context, claim: str, fragment: str
) -> None:
    result = run(context, shown(claim, both(0)))
    assert fragment in reason(result, "claim-contradicted").quote


def test_concerns_list_the_lowest_rated_first_and_never_the_unanswered(context: Context) -> None:
    sets = ["fol", "demsoc"]
    answers = {
        POWER: 1,
        "demsoc.sharing-power": 0,
        "demsoc.empower-decision-making": 1,
        "demsoc.truly-listen": "unknown",
        "demsoc.take-a-chance": 2,  # partly in place: not a concern (above `low_principle`)
        KNOWLEDGE: 3,
        INCLUSION: 3,
    }
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("co-design", people, sets=sets))
    concerns = reason(result, "claim-contradicted").principles
    assert concerns == ("demsoc.sharing-power", "demsoc.empower-decision-making", POWER)


def test_verdicts_follow_the_kind_of_over_claim(context: Context) -> None:
    model = context.model
    supported = run(context, shown("co-design", both(evidenced(3))))
    assert supported.risk.verdict == model.verdicts["supported"]["low"]
    contradicted = run(context, shown("co-production", both(1)))
    assert contradicted.risk.contradicted == 3
    assert contradicted.risk.verdict == model.verdicts["contradicted_far"]["high"]
    unshown = run(context, plan("co-production", [person("Lead", "staff", {POWER: 4})]))
    assert unshown.risk.verdict == model.verdicts["unsubstantiated"]["severe"]


def test_only_a_claim_two_rungs_above_what_is_known_falls_well_below_it(context: Context) -> None:
    model = context.model
    # just below the limit: all 2s -> 50/50, co-design as rated: 1 rung under co-production
    one = run(context, shown("co-production", both(evidenced(2))))
    assert (one.risk.contradicted, one.risk.score, one.risk.band) == (1, 20, "moderate")
    assert one.risk.verdict == model.verdicts["contradicted"]["moderate"]
    assert "well below" not in one.risk.verdict
    # at the limit: power 2, knowledge 1, inclusion 2 -> overall 41.7, weakest 25: engagement,
    # 2 rungs under co-production, 40, high
    answers = {POWER: evidenced(2), KNOWLEDGE: evidenced(1), INCLUSION: evidenced(2)}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    two = run(context, shown("co-production", people))
    assert (two.risk.contradicted, two.risk.score, two.risk.band) == (2, 40, "high")
    assert two.risk.verdict == model.verdicts["contradicted_far"]["high"]
    assert "well below" in two.risk.verdict
    # one contradicted rung made high by two flags (unrewarded 10, who's missing 10): 40, and
    # still not "well below"
    tells = {"participants_rewarded": "no", "whos_missing_reviewed": "no"}
    screening = {**SHOWN_SCREENING, **tells}
    mixed = run(context, shown("co-production", both(evidenced(2)), screening=screening))
    assert (mixed.risk.contradicted, mixed.risk.score, mixed.risk.band) == (1, 40, "high")
    assert mixed.risk.verdict == model.verdicts["contradicted"]["high"]
    assert "well below" not in mixed.risk.verdict


def test_a_two_given_without_evidence_is_not_an_unevidenced_high_score(context: Context) -> None:
    # only 3s and 4s need evidence (3 is "mostly in place with evidence")
    result = run(context, shown("co-design", both(2)))
    assert "unevidenced-scores" not in points(result)
    assert "unevidenced-scores" in points(run(context, shown("co-design", both(3))))


def test_good_screening_given_short_is_not_evidence(context: Context) -> None:
    short = run(context, plan("co-design", both(evidenced(3)), screening=GOOD_SCREENING))
    long = run(context, shown("co-design", both(evidenced(3))))
    assert long.risk.evidenced.id == "co-production"
    assert short.risk.evidenced.id == "engage"  # power 2 of 6 known: too thin for co-design


def test_the_gap_is_counted_from_the_claim_as_worded(context: Context) -> None:
    result = run(context, shown("co-production", both(1)))
    assert result.risk.gap == 3  # co-production down to consultation
    assert run(context, shown("consult", both(evidenced(4)))).risk.gap == 0  # never negative
    worded = shown("consult", both(1), wording="We co-produced it.")
    assert run(context, worded).risk.gap == 3


def test_the_first_words_that_claim_the_highest_rung_are_quoted(context: Context) -> None:
    data = shown("consult", both(1), wording="It was co-produced, then co-created again.")
    assert '("co-produced")' in reason(run(context, data), "wording-outruns-claim").message


def test_a_community_led_project_is_told_decisions_are_taken_elsewhere(context: Context) -> None:
    screening = {**SHOWN_SCREENING, "decision_power": "advisory"}
    data = shown("co-production", [person("Member", "staff", same(1))], screening=screening)
    data["project"]["led_by"] = "community"
    message = reason(run(context, data), "advisory-only").message
    assert "the decisions are taken elsewhere" in message
    assert "stay with the organisation" not in message


def test_counts_in_the_outputs_own_words() -> None:
    from coprod_check.core.risk import plural

    assert (plural(1, "plan"), plural(2, "plan"), plural(0, "plan")) == (
        "1 plan",
        "2 plans",
        "0 plans",
    )


def test_a_rung_that_needs_no_pillar_minimum_is_explained_by_the_overall_figure(
    context: Context,
) -> None:
    result = run(context, shown("consult", both(0)))
    assert reason(result, "claim-contradicted").message == (
        "Claims consultation, but what is known falls below it: the answers as rated give "
        "maturity 0/100, where consultation needs 10. At best it shows informing."
    )


def test_a_binding_cap_carries_only_the_rungs_between_it_and_the_claim(context: Context) -> None:
    # figures reach co-production, the claim is co-design, advisory caps at engagement: the
    # cap holds the claim down 1 rung (co-design -> engagement), not 2 (co-production's).
    screening = {**SHOWN_SCREENING, "decision_power": "advisory"}
    result = run(context, shown("co-design", both(evidenced(4)), screening=screening))
    assert points(result) == {"advisory-only": 20}
    assert reason(result, "advisory-only").rungs == 1


def test_thin_is_only_named_when_coverage_is_what_holds_the_evidence_down(
    context: Context,
) -> None:
    full = run(context, shown("co-production", both(evidenced(4))))
    assert full.risk.thin is None
    assert full.to_dict()["risk"]["coverage_too_thin_for"] is None


def test_the_unsubstantiated_message_says_how_far_nothing_contradicts_the_claim(
    context: Context,
) -> None:
    # pure: nothing known contradicts co-production (unevidenced 4s), the evidence shows co-design
    pure = run(context, shown("co-production", [person("Lead", "staff", same(4))]))
    assert reason(pure, "claim-unsubstantiated").message.startswith(
        "Claims co-production; nothing known contradicts it, but it is not shown: "
    )
    assert "pillar is known" not in reason(pure, "claim-unsubstantiated").message
    # both kinds: as rated co-design (2s) contradicts co-production; the short screening
    # leaves too little known for co-design (engagement shown): "up to co-design"
    mixed = run(context, plan("co-production", both(evidenced(2))))
    assert points(mixed) == {"claim-contradicted": 20, "claim-unsubstantiated": 10}
    assert reason(mixed, "claim-unsubstantiated").message.startswith(
        "Claims co-production; nothing known contradicts it up to co-design, but it is not shown"
    )
    assert (mixed.risk.contradicted, mixed.risk.unsubstantiated) == (1, 1)
    assert mixed.risk.verdict_kind == "contradicted"


def test_advice_is_left_out_only_where_it_does_not_fit(context: Context) -> None:
    fits = context.model.advice_fits_plan
    assert fits(POWER, None, "regeneration") and fits(POWER, "community", "housing")
    assert not fits(POWER, None, "health") and not fits(POWER, None, None)
    assert fits("demsoc.sharing-power", None, "health")
    assert fits("demsoc.sharing-power", "partnership", None)
    assert not fits("demsoc.sharing-power", "community", "regeneration")
    assert fits(KNOWLEDGE, "community", "research")  # no restriction at all


def test_the_unshown_principles_are_the_thinnest_pillars_unanswered_ones(
    context: Context,
) -> None:
    # knowledge is the thinnest pillar (its only principle unanswered, 0%): it is listed; the
    # unanswered principle marked n/a elsewhere is not
    answers = {POWER: evidenced(3), INCLUSION: evidenced(3), "glasshouse.honest-scope": na()}
    people = [person("Lead", "staff", answers), person("R", "community", dict(answers))]
    result = run(context, shown("co-design", people, sets=["fol", "glasshouse"]))
    assert reason(result, "claim-unsubstantiated").principles == (
        KNOWLEDGE,
        "glasshouse.shared-success",
    )


def _pillars(power: Any, knowledge: Any, inclusion: Any) -> list[dict[str, Any]]:
    answers = {POWER: power, KNOWLEDGE: knowledge, INCLUSION: inclusion}
    return [person("Lead", "staff", answers), person("R", "community", dict(answers))]


def test_a_limit_names_the_overall_figure_alone_when_every_pillar_meets_its_bar(
    context: Context,
) -> None:
    # all 1s: 25 overall, under engagement's 30; every pillar 25, over its 15
    result = run(context, shown("engage", _pillars(*[evidenced(1)] * 3)))
    message = reason(result, "claim-contradicted").message
    assert "the answers as rated give maturity 25/100, where engagement needs 30." in message
    assert "pillar" not in message


def test_a_limit_names_the_pillar_alone_when_the_overall_figure_meets_its_bar(
    context: Context,
) -> None:
    # power 1, the others 4: 75 overall (co-design needs 50), power 25 (needs 50)
    result = run(context, shown("co-design", _pillars(evidenced(1), evidenced(4), evidenced(4))))
    message = reason(result, "claim-contradicted").message
    assert (
        "the answers as rated give the weakest pillar, power, 25/100, where co-design needs 50 "
        "on every pillar." in message
    )
    assert "maturity" not in message


def test_an_evidence_limit_names_only_what_falls_short(context: Context) -> None:
    # knowledge 4 without evidence counts 2 (50) on the evidence; the others evidenced 4s:
    # evidenced overall 83.3 meets co-production's 75, the knowledge pillar does not
    result = run(context, shown("co-production", _pillars(evidenced(4), 4, evidenced(4))))
    message = reason(result, "claim-unsubstantiated").message
    assert (
        "the weakest pillar, knowledge, is 50/100 on the evidence, where co-production needs 75 "
        "on every pillar (3s and 4s need evidence)" in message
    )
    assert "evidenced maturity is" not in message


def test_a_desk_review_of_a_community_led_project_notes_no_unknown_view(context: Context) -> None:
    # the claim of a community-led project is the community's own words
    data = shown("co-design", [person("Reviewer", "independent", same(evidenced(3)))])
    assert points(run(context, data)) == {"community-view-unknown": 0}
    data["project"]["led_by"] = "community"
    assert points(run(context, data)) == {}


def test_the_engagement_wording_claims_no_more_than_engagement(context: Context) -> None:
    # people may have joined midway: engagement's honest words never say "throughout"
    for led_by in ("organisation", "community"):
        words = context.model.honest_wording(context.model.level("engage"), led_by, None, "health")
        assert "throughout" not in words
        assert "patients and carers" in words
