"""The risk model file: every quote verbatim from its source, every reference resolvable."""

from __future__ import annotations

import re

import pytest
import yaml

from coprod_check.io.loading import Context
from coprod_check.io.resources import model_file
from tests.conftest import SOURCES, require_sources

RAW = yaml.safe_load(model_file().read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _quotes(node: object, where: str = "") -> list[tuple[str, str, str]]:
    """Every (where, source, quote) in the model file, at any depth."""
    found = []
    if isinstance(node, dict):
        if "quote" in node and "source" in node and node["source"] in RAW["sources"]:
            found.append((where, node["source"], node["quote"]))
        for key, value in node.items():
            found += _quotes(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _quotes(value, f"{where}[{i}]")
    return found


QUOTES = _quotes(RAW)


def test_every_rule_rests_on_a_quoted_passage() -> None:
    # Every finding, and every rule of model v2 (leadership, n/a, coverage, backing, the
    # screening answers that support a claim), names a source passage.
    for code, rule in RAW["reasons"].items():
        assert rule.get("quote") or rule.get("quotes") or rule.get("source") == "step", code
    wheres = {w for w, _, _ in QUOTES}
    for needed in (
        "led_by.kinds.community",
        "not_applicable",
        "coverage",
        "over_claim.backing",
        "screening.initiated_by",
        "screening.decision_power",
    ):
        assert needed in wheres, needed
    assert len(QUOTES) >= 25


@pytest.mark.parametrize(("where", "source", "quote"), QUOTES, ids=[w for w, _, _ in QUOTES])
def test_every_quote_is_verbatim(where: str, source: str, quote: str) -> None:
    require_sources()  # skips loudly without shared/sources beside the repo
    document = RAW["sources"][source]["document"]
    text = _norm((SOURCES / document).read_text(encoding="utf-8"))
    for piece in quote.split("..."):
        piece = _norm(piece)
        if piece:
            assert piece in text, f"{where}: not verbatim in {document}: {piece!r}"


def test_every_cap_names_a_reason_and_a_level(context: Context) -> None:
    model = context.model
    for question in model.screening.values():
        for answer, cap in question.caps.items():
            assert answer in question.choices
            assert cap.reason in model.reasons
            assert cap.level in model.level_ids


def test_levels_and_bands_are_ordered(context: Context) -> None:
    model = context.model
    overall = [lv.min_overall for lv in model.levels]
    assert overall == sorted(overall)
    assert [floor for _, floor in model.bands] == sorted(floor for _, floor in model.bands)
    assert [name for name, _ in model.bands] == ["low", "moderate", "high", "severe"]
    assert set(model.verdicts) == {
        "supported",
        "unsubstantiated",
        "contradicted",
        "contradicted_far",
    }
    for kind in model.verdicts.values():
        assert set(kind) == {"low", "moderate", "high", "severe"}


def test_default_sets_exist(context: Context) -> None:
    assert set(context.model.default_sets) <= set(context.catalogue.sets)
    assert context.model.default_sets == ("fol", "demsoc", "newham", "ourlife")
