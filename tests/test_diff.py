"""`coprod-check diff`: two hand-made assessments of one project, six months apart.

Before: staff alone give unevidenced 4s on the three FoL principles (each counts 2 -> 50 on
every pillar -> co-design by the figures); two screening answers are shown with evidence, the
rest given short, so half of the power and inclusion pillars is known (enough for co-design)
and too little evidenced screening backs the claim. As rated nothing contradicts co-production,
so the claim is one rung unsubstantiated: 20, plus no-community-voice 15 (unevidenced-scores
counts 0, its fact is already in the evidenced view) = 35, high.
After: every screening answer is shown with evidence.
After: staff and a resident both give evidenced 3s (75 everywhere -> co-production supported),
but nobody now reviews who is missing: whos-not-in-the-room caps the evidence at co-design and
carries the one rung it holds the claim down (20) = 20, moderate.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coprod_check.core.assessment import assess
from coprod_check.io.loading import Context, read_plan
from coprod_check.outputs.diff import compare
from tests.plans import GOOD_SCREENING, SHOWN_SCREENING, evidenced, person, plan, same
from tests.report_support import cli, write_plan


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    screening = {
        **GOOD_SCREENING,
        **{k: SHOWN_SCREENING[k] for k in ("initiated_by", "involved_from")},
    }
    before = plan("co-production", [person("Lead", "staff", same(4))], screening=screening)
    before["assessed"] = "2026-03-01"
    after = plan(
        "co-production",
        [
            person("Lead", "staff", same(evidenced(3))),
            person("Resident", "community", same(evidenced(3))),
        ],
        screening={**SHOWN_SCREENING, "whos_missing_reviewed": "no"},
    )
    after["assessed"] = "2026-09-01"
    return write_plan(tmp_path / "march.yaml", before), write_plan(tmp_path / "sept.yaml", after)


def load(context: Context, path: Path):  # type: ignore[no-untyped-def]
    _, data = read_plan(path, context)
    return assess(data, context.catalogue, context.model, str(path))


def test_compare_finds_every_known_change(context: Context, plans: tuple[Path, Path]) -> None:
    change = compare(load(context, plans[0]), load(context, plans[1]), context.model)
    assert change["same_project"] is True
    assert change["stated"] == {"old": "co-production", "new": "co-production", "change": 0}
    assert change["evidenced"] == {"old": "co-design", "new": "co-design", "change": 0}
    assert change["band"] == {"old": "high", "new": "moderate", "change": -1}
    assert change["score"] == {"old": 35, "new": 20, "change": -15}
    assert change["maturity"]["overall"] == {"old": 50.0, "new": 75.0, "change": 25.0}
    assert {p: c["change"] for p, c in change["maturity"]["pillars"].items()} == {
        "power": 25.0,
        "knowledge": 25.0,
        "inclusion": 25.0,
    }
    moved = {p["id"]: (p["old"], p["new"], p["change"]) for p in change["principles"]}
    assert moved == {
        "fol.sharing-power": (2, 3, 1),
        "fol.sharing-knowledge": (2, 3, 1),
        "fol.being-inclusive": (2, 3, 1),
    }
    reasons = change["reasons"]
    assert [r["code"] for r in reasons["appeared"]] == ["whos-not-in-the-room"]
    assert {r["code"] for r in reasons["went_away"]} == {
        "claim-unsubstantiated",
        "no-community-voice",
        "unevidenced-scores",
    }
    assert reasons["kept"] == []


def test_compare_with_itself_shows_no_change(context: Context, plans: tuple[Path, Path]) -> None:
    result = load(context, plans[0])
    change = compare(result, result, context.model)
    assert change["principles"] == []
    assert change["reasons"]["appeared"] == change["reasons"]["went_away"] == []
    assert change["score"]["change"] == 0 and change["band"]["change"] == 0


def test_diff_text(plans: tuple[Path, Path]) -> None:
    code, out, _ = cli("diff", str(plans[0]), str(plans[1]))
    assert code == 0
    assert "assessed 2026-03-01 -> 2026-09-01" in out
    assert re.search(r"risk band\s+high -> moderate\s+better", out)
    assert re.search(r"risk score\s+35 -> 20\s+-15", out)
    assert re.search(r"power pillar\s+50 -> 75\s+\+25", out)
    assert "Sharing power (fol.sharing-power): 2.0 -> 3.0 +1.0" in out
    assert "reasons that appeared (1):\n    [whos-not-in-the-room]" in out
    assert "reasons that went away (3):" in out and "[no-community-voice]" in out


def test_diff_json(plans: tuple[Path, Path]) -> None:
    code, out, _ = cli("diff", str(plans[0]), str(plans[1]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 2
    assert data["old"] == {
        "file": str(plans[0]),
        "project": "Test project",
        "assessed": "2026-03-01",
    }
    assert data["band"]["new"] == "moderate"
    appeared = data["reasons"]["appeared"][0]
    assert appeared["code"] == "whos-not-in-the-room"
    assert "questioning who isn" in appeared["source"]["quote"]


def test_diff_markdown(plans: tuple[Path, Path]) -> None:
    code, out, _ = cli("diff", str(plans[0]), str(plans[1]), "--format", "markdown")
    assert code == 0
    assert "| risk band | high | moderate | better |" in out
    assert "| evidenced level | co-design | co-design | no change |" in out
    assert "| Sharing power (fol.sharing-power) | 2.0 | 3.0 | +1.0 |" in out
    appeared = out.split("### Reasons that appeared", 1)[1].split("###", 1)[0]
    assert "`whos-not-in-the-room`" in appeared


def test_diff_notes_a_different_project_and_rejects_a_bad_plan(
    tmp_path: Path, plans: tuple[Path, Path]
) -> None:
    other = plan("consult", [person("Lead", "staff", same(1))])
    other["project"]["name"] = "Another project"
    code, out, _ = cli("diff", str(plans[0]), str(write_plan(tmp_path / "other.yaml", other)))
    assert code == 0
    assert "note: the project names differ (was Test project)" in out
    assert re.search(r"stated level\s+co-production -> consultation\s+down 3 rungs", out)
    bad = tmp_path / "bad.yaml"
    bad.write_text("project: {name: x}\nclaim: {level: co-prod}\n", encoding="utf-8")
    code, _, err = cli("diff", str(plans[0]), str(bad))
    assert code == 2 and f"{bad}:2:" in err and "co-production" in err


def test_diff_shows_how_much_more_is_known(context: Context, plans: tuple[Path, Path]) -> None:
    # Worked by hand (see the module docstring): before, power is 3 of 6 known (its principle,
    # initiated_by and involved_from shown; three answers in the claim's favour given short),
    # knowledge 1 of 1, inclusion 2 of 4 (its principle and involved_from); overall 5 of 9.
    # After, every answer is known.
    change = compare(load(context, plans[0]), load(context, plans[1]), context.model)
    assert change["maturity"]["coverage"] == {
        "overall": {"old": 0.556, "new": 1.0, "change": 0.44},
        "pillars": {
            "power": {"old": 0.5, "new": 1.0, "change": 0.5},
            "knowledge": {"old": 1.0, "new": 1.0, "change": 0.0},
            "inclusion": {"old": 0.5, "new": 1.0, "change": 0.5},
        },
    }
    code, out, _ = cli("diff", str(plans[0]), str(plans[1]))
    assert code == 0
    assert re.search(r"known +55\.6% -> 100% +\+44 points", out)
    assert re.search(r"known: power pillar +50% -> 100% +\+50 points", out)
    assert "known: knowledge pillar" not in out  # unchanged pillars are not listed


def test_diff_gives_figures_as_every_output_does(context: Context, tmp_path: Path) -> None:
    # a pillar of 62.5 (staff 3 and 2 on power, evidenced, nobody lower) reads 62.5, never 62
    staff = [
        person("A", "staff", {"fol.sharing-power": evidenced(3)}),
        person("B", "staff", {"fol.sharing-power": evidenced(2)}),
    ]
    before = write_plan(tmp_path / "a.yaml", plan("consult", staff))
    everyone = [person("A", "staff", same(evidenced(3)))]
    after = write_plan(tmp_path / "b.yaml", plan("consult", everyone))
    code, out, _ = cli("diff", str(before), str(after))
    assert code == 0
    assert re.search(r"power pillar +62\.5 -> 75 +\+12\.5", out)


def test_diff_of_a_pillar_with_nothing_in_scope_is_not_a_crash(tmp_path: Path) -> None:
    # Newham's knowledge principles all marked n/a: that pillar's coverage is not measured
    # (None), which diff once fed to float() and crashed on (exit 3)
    na = {"score": "n/a", "reason": "not this kind of project"}
    knowledge = [
        "newham.build-on-existing-conversations",
        "newham.mix-of-stakeholders",
        "newham.build-capacity",
    ]

    def newham(score: int) -> dict[str, object]:
        answers = {"newham.clear-influence": score, **{pid: dict(na) for pid in knowledge}}
        return plan("consult", [person("Jo", "staff", answers)], sets=["newham"])

    before = write_plan(tmp_path / "a.yaml", newham(2))
    after = write_plan(tmp_path / "b.yaml", newham(3))
    code, out, err = cli("diff", str(before), str(after))
    assert code == 0, err
    assert "known: knowledge pillar" not in out  # not measured on either side: nothing moved
    code, out, _ = cli("diff", str(before), str(after), "--format", "json")
    assert code == 0
    knowledge_cover = json.loads(out)["maturity"]["coverage"]["pillars"]["knowledge"]
    assert knowledge_cover == {"old": None, "new": None, "change": None}
