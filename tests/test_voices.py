"""Many respondents shown well: counts and spread per principle and side, a side too small to
speak for anyone said so, and community names kept out of reports unless allowed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app
from coprod_check.core.spread import spread_of
from tests.plans import FOL, evidenced, person, plan, same

runner = CliRunner()


def write(tmp_path: Path, data: dict[str, Any], name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    data = json.loads(json.dumps(data))  # no shared objects, so no YAML aliases
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def crowd(community: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    people = [person("Sam Staff", "staff", same(evidenced(4)))]
    for n in range(community):
        answers = {FOL[0]: n % 5, FOL[1]: "unknown"}
        people.append(person(f"Resident {n}", "community", answers))
    people.append(person("Ama Mensah", "community", {FOL[0]: 4, FOL[2]: 3}))
    return {**plan("co-design", people), **(extra or {})}


def test_spread_counts_median_and_sd() -> None:
    s = spread_of("community", [0, 1, 1, 4], unknown=2, threshold=5)
    assert s.counts == (1, 2, 0, 0, 1)
    assert (s.answered, s.unknown, s.low, s.high) == (4, 2, 0, 4)
    assert s.mean == 1.5 and s.median == 1.0
    assert s.sd == pytest.approx(1.5)
    assert s.too_small  # 4 community answers < 5
    assert not spread_of("organisation", [3], 0, 5).too_small  # one lead speaks for staff
    assert spread_of("community", [2, 2, 2, 2, 2], 0, 5).sd == 0.0
    assert spread_of("community", [], 3, 5).mean is None


def test_json_shows_counts_and_spread_per_principle_and_side(tmp_path: Path) -> None:
    path = write(tmp_path, crowd(9))
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    voices = json.loads(result.stdout)["results"][0]["voices"]
    assert voices["small_group"] == 5
    assert voices["groups"] == {
        "organisation": {"respondents": 1, "too_small": False},
        "community": {"respondents": 10, "too_small": False},
    }
    by_id = {p["id"]: p["groups"] for p in voices["principles"]}
    assert list(by_id) == list(FOL)
    power = by_id[FOL[0]]["community"]
    assert power["answered"] == 10 and power["unknown"] == 0
    assert power["counts"] == [2, 2, 2, 2, 2]  # 0..8 % 5, and Ama's 4
    assert (power["min"], power["max"], power["median"]) == (0, 4, 2.0)
    knowledge = by_id[FOL[1]]["community"]
    assert knowledge["answered"] == 0 and knowledge["unknown"] == 10 and knowledge["too_small"]
    assert "Ama" not in result.stdout


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_say_when_the_community_side_is_too_small(tmp_path: Path, fmt: str) -> None:
    small = write(tmp_path, crowd(2), "small.yaml")
    big = write(tmp_path, crowd(6), "big.yaml")
    out = {}
    for path in (small, big):
        result = runner.invoke(app, ["report", str(path), "-f", fmt])
        assert result.exit_code == 0, result.output
        out[path.stem] = " ".join(re.sub(r"<[^>]+>", "", result.stdout).split())
    assert "Community side: 3 respondents, too few to speak for anyone" in out["small"]
    assert "too few to speak for anyone" not in out["big"]
    assert "Community side: 7 respondents" in out["big"]
    # the spread, not only the mean
    assert "median" in out["big"] and "range 0" in out["big"]


TEMPLATE = """{% for p in report.respondents %}{{ p.name }} ({{ p.role }})
{% endfor %}{% for p in report.principles %}{% for n in p.unevidenced_by %}unevidenced: {{ n }}
{% endfor %}{% endfor %}"""


def test_community_names_stay_out_of_reports_unless_allowed(tmp_path: Path) -> None:
    template = tmp_path / "names.md.j2"
    template.write_text(TEMPLATE, encoding="utf-8")
    hidden = write(tmp_path, crowd(1), "hidden.yaml")
    shown = write(tmp_path, crowd(1, {"community_names": "shown"}), "shown.yaml")

    def names(path: Path, *flags: str) -> str:
        result = runner.invoke(app, ["report", str(path), "--template", str(template), *flags])
        assert result.exit_code == 0, result.output
        return str(result.stdout)

    by_default = names(hidden)
    assert "Ama Mensah" not in by_default and "Resident 0" not in by_default
    assert "Community member 1 (community)" in by_default
    assert "Community member 2 (community)" in by_default
    assert "unevidenced: Community member 2" in by_default  # Ama's 4 without evidence
    assert "Sam Staff (staff)" in by_default  # staff are named
    for html in ("md", "html"):
        full = runner.invoke(app, ["report", str(hidden), "-f", html]).stdout
        assert "Ama Mensah" not in full and "Resident 0" not in full
    assert "Ama Mensah (community)" in names(shown)
    assert "unevidenced: Ama Mensah" in names(hidden, "--community-names")


def test_one_respondent_a_side_has_no_spread_to_list(tmp_path: Path) -> None:
    path = write(tmp_path, crowd(0))  # one staff member, one community member
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    voices = json.loads(result.stdout)["results"][0]["voices"]
    assert voices["principles"] == []
    assert voices["groups"]["community"] == {"respondents": 1, "too_small": True}
