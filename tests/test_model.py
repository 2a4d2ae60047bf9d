"""The risk model file: every quote verbatim from its source, every reference resolvable."""

from __future__ import annotations

import re

import pytest
import yaml

from coprod_check.io.loading import Context
from coprod_check.io.resources import model_file
from tests.conftest import REPO

SOURCES = REPO.parent / "shared" / "sources"
RAW = yaml.safe_load(model_file().read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("code", sorted(RAW["reasons"]))
def test_reason_quote_is_verbatim(code: str) -> None:
    if not SOURCES.is_dir():
        pytest.skip("shared/sources not found beside the repo: quotes cannot be checked")
    rule = RAW["reasons"][code]
    document = RAW["sources"][rule["source"]]["document"]
    text = _norm((SOURCES / document).read_text(encoding="utf-8"))
    for piece in rule["quote"].split("..."):
        piece = _norm(piece)
        if piece:
            assert piece in text, f"{code}: not verbatim in {document}: {piece!r}"


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
    assert set(model.verdicts) == {"low", "moderate", "high", "severe"}


def test_default_sets_exist(context: Context) -> None:
    assert set(context.model.default_sets) <= set(context.catalogue.sets)
    assert context.model.default_sets == ("fol", "demsoc", "newham", "ourlife")
