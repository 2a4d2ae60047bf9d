"""Check the principle-set YAML files against their published source texts.

Every principle's ``source.quote`` must occur verbatim (modulo runs of whitespace) in the
source document it names, which lives in ``shared/sources`` beside the repository. An
elision is written as ``...`` between verbatim pieces; each piece is checked on its own.
The set-level contract (set ids, principle ids and their order, pillars, ordering flag,
required keys) is checked too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SOURCES, require_sources
from tests.principle_ids import PRINCIPLE_SLUGS, SET_COUNTS

REPO_DIR = Path(__file__).resolve().parents[1]
PRINCIPLES_DIR = REPO_DIR / "principles"
SOURCES_DIR = SOURCES

PILLARS = {"power", "knowledge", "inclusion"}

# Public contract: set id -> principle slugs, in order (tests/principle_ids.py).
EXPECTED_SETS = PRINCIPLE_SLUGS
EXPECTED_COUNTS = SET_COUNTS

ORDERED_SETS = {"ourlife"}

SET_KEYS = ("id", "name", "summary")
SET_SOURCE_KEYS = ("title", "organisation", "document")
SET_SOURCE_OPTIONAL_KEYS = ("author", "date")
PRINCIPLE_KEYS = ("id", "title", "question", "evidence_prompt", "advice")


def _set_files() -> list[Path]:
    return sorted(PRINCIPLES_DIR.glob("*.yaml"))


@cache
def _load(set_file: str) -> dict[str, Any]:
    with (PRINCIPLES_DIR / set_file).open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{set_file}: top level must be a mapping"
    return data


@cache
def _source_text(document: str) -> str:
    return _collapse((SOURCES_DIR / document).read_text(encoding="utf-8"))


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _principle_cases() -> list[Any]:
    cases = []
    for path in _set_files():
        data = _load(path.name)
        for principle in data.get("principles") or []:
            pid = principle.get("id") if isinstance(principle, dict) else None
            cases.append(pytest.param(path.name, pid, id=f"{path.name}::{pid}"))
    return cases


def _find_principle(set_file: str, principle_id: str) -> dict[str, Any]:
    matches = [p for p in _load(set_file)["principles"] if p.get("id") == principle_id]
    assert len(matches) == 1, f"{set_file}: expected exactly one principle {principle_id!r}"
    return matches[0]


def _is_nonempty_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


PRINCIPLE_CASES = _principle_cases()
SET_FILE_NAMES = [path.name for path in _set_files()]


def test_expected_set_files_exist() -> None:
    missing = [
        f"{set_id}.yaml" for set_id in EXPECTED_SETS if f"{set_id}.yaml" not in SET_FILE_NAMES
    ]
    assert not missing, f"missing principle set files: {missing}"


@pytest.mark.parametrize("set_id", list(EXPECTED_SETS))
def test_set_ids_in_order(set_id: str) -> None:
    data = _load(f"{set_id}.yaml")
    assert data["id"] == set_id
    ids = [p.get("id") for p in data["principles"]]
    expected = [f"{set_id}.{slug}" for slug in EXPECTED_SETS[set_id]]
    assert ids == expected, f"{set_id}: principle ids/order differ from the contract"
    assert len(ids) == EXPECTED_COUNTS[set_id]


@pytest.mark.parametrize("set_file", SET_FILE_NAMES)
def test_set_structure(set_file: str) -> None:
    data = _load(set_file)
    for key in SET_KEYS:
        assert _is_nonempty_str(data.get(key)), f"{set_file}: {key!r} must be a non-empty string"
    assert data["id"] == Path(set_file).stem, f"{set_file}: id must match the file name"

    source = data.get("source")
    assert isinstance(source, dict), f"{set_file}: 'source' must be a mapping"
    for key in SET_SOURCE_KEYS:
        assert _is_nonempty_str(source.get(key)), (
            f"{set_file}: source.{key} must be a non-empty string"
        )
    for key in SET_SOURCE_OPTIONAL_KEYS:
        if key in source:
            assert _is_nonempty_str(source[key]), (
                f"{set_file}: source.{key}, when present, must be a non-empty string"
            )

    assert isinstance(data.get("ordered"), bool), f"{set_file}: 'ordered' must be a boolean"
    assert data["ordered"] is (data["id"] in ORDERED_SETS), (
        f"{set_file}: ordered must be true only for {sorted(ORDERED_SETS)}"
    )

    principles = data.get("principles")
    assert isinstance(principles, list), f"{set_file}: 'principles' must be a list"
    assert principles, f"{set_file}: 'principles' must not be empty"
    assert all(isinstance(p, dict) for p in principles), f"{set_file}: principles must be mappings"
    ids = [p.get("id") for p in principles]
    assert len(ids) == len(set(ids)), f"{set_file}: duplicate principle ids"


@pytest.mark.parametrize(("set_file", "principle_id"), PRINCIPLE_CASES)
def test_principle_fields(set_file: str, principle_id: str) -> None:
    set_id = _load(set_file)["id"]
    principle = _find_principle(set_file, principle_id)
    for key in PRINCIPLE_KEYS:
        assert _is_nonempty_str(principle.get(key)), (
            f"{principle_id}: {key!r} must be a non-empty string"
        )
    assert principle_id.startswith(f"{set_id}."), (
        f"{principle_id}: id must be prefixed with {set_id + '.'!r}"
    )
    assert len(principle_id) > len(set_id) + 1, f"{principle_id}: empty slug"

    source = principle.get("source")
    assert isinstance(source, dict), f"{principle_id}: 'source' must be a mapping"
    assert _is_nonempty_str(source.get("quote")), f"{principle_id}: source.quote is empty"

    pillars = principle.get("pillars")
    assert isinstance(pillars, list), f"{principle_id}: 'pillars' must be a list"
    assert pillars, f"{principle_id}: 'pillars' must not be empty"
    assert set(pillars) <= PILLARS, f"{principle_id}: unknown pillars {set(pillars) - PILLARS}"
    assert len(pillars) == len(set(pillars)), f"{principle_id}: duplicate pillars"


@pytest.mark.parametrize(("set_file", "principle_id"), PRINCIPLE_CASES)
def test_quote_is_verbatim(set_file: str, principle_id: str) -> None:
    require_sources()  # skips loudly without shared/sources beside the repo
    document = _load(set_file)["source"]["document"]
    document_path = SOURCES_DIR / document
    assert document_path.is_file(), f"{principle_id}: source document {document!r} not found"
    text = _source_text(document)

    quote = _find_principle(set_file, principle_id)["source"]["quote"]
    pieces = [_collapse(piece) for piece in quote.split("...")]
    pieces = [piece for piece in pieces if piece]
    assert pieces, f"{principle_id}: quote has no content"
    for piece in pieces:
        assert piece in text, f"{principle_id}: quote piece not found in {document}: {piece!r}"
