"""The bundled example plans: each header comment states what it should show, checked here."""

from __future__ import annotations

import pytest

from coprod_check.core.assessment import assess
from coprod_check.io.loading import Context, read_plan
from tests.conftest import EXAMPLES

# file -> (claimed, evidenced, band, reasons that must be present, reasons that must be absent)
EXPECTED = {
    "honest-consultation": (
        "consult", "consult", "low", set(), {"claim-contradicted", "claim-unsubstantiated"},
    ),
    "textbook-co-washing": (
        "co-production",
        "engage",
        "severe",
        # Joining midway holds the claim down (its cap carries the rungs); it is not counted a
        # second time as a whole-project claim (model v2 counting rule).
        {"joined-midway", "advisory-only", "unrewarded-participants", "whos-not-in-the-room",
         "no-community-voice", "unevidenced-scores"},
        {"whole-project-claim", "claim-unsubstantiated"},
    ),
    "genuine-co-production": ("co-production", "co-production", "low", set(), {"perception-gap"}),
    "staff-only-unevidenced": (
        "co-production", "co-design", "high",
        {"claim-unsubstantiated", "no-community-voice", "unevidenced-scores"},
        {"claim-contradicted"},
    ),
    "perception-gap": (
        "co-design", "consult", "high", {"claim-contradicted", "perception-gap"}, set(),
    ),
    "honest-partial-scope": (
        "co-production", "co-production", "low", set(), {"joined-midway", "whole-project-claim"},
    ),
    "over-claim-one-rung": (
        "co-design", "engage", "moderate", {"claim-contradicted"}, {"claim-unsubstantiated"},
    ),
    # Unknowns are not zeros: nothing known contradicts the claim, too little shows it.
    "mostly-unknown": (
        "co-design", "engage", "moderate", {"claim-unsubstantiated"}, {"claim-contradicted"},
    ),
    "consultation-called-co-production": (
        "co-production", "consult", "severe", {"wording-outruns-claim"}, set(),
    ),
    "ourlife-steps-skipped": (
        "co-production", "co-design", "moderate", {"ourlife-step-skipped"}, set(),
    ),
}  # fmt: skip


def test_every_example_is_covered() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(context: Context, name: str) -> None:
    claimed, evidenced, band, present, absent = EXPECTED[name]
    _, plan = read_plan(EXAMPLES / f"{name}.yaml", context)
    result = assess(plan, context.catalogue, context.model)
    found = {r.code for r in result.risk.reasons}
    assert result.risk.worded.id == claimed
    assert result.risk.evidenced.id == evidenced
    assert result.risk.band == band
    assert present <= found, f"missing reasons: {present - found}"
    assert not (absent & found), f"unexpected reasons: {absent & found}"
    if band == "low":
        assert result.risk.score < context.model.bands[1][1]


def test_example_headers_state_the_expected_band() -> None:
    for path in EXAMPLES.glob("*.yaml"):
        header = path.read_text(encoding="utf-8").split("\n\n")[0]
        assert f"{EXPECTED[path.stem][2].upper()} risk" in header.replace("\n#", ""), path.name
