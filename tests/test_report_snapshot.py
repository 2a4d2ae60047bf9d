"""The Markdown report of one example, compared line by line with a reviewed snapshot.

A deliberate change to the templates or the model changes the report: regenerate the snapshot
with `UPDATE_SNAPSHOTS=1 pytest tests/test_report_snapshot.py`, read the diff, and commit it.
"""

from __future__ import annotations

import os

import pytest

from coprod_check import __version__
from tests.conftest import EXAMPLES, REPO
from tests.report_support import cli

SNAPSHOT = REPO / "tests" / "snapshots" / "textbook-co-washing.md"
VERSION_MARK = "coprod-check {version}"


def test_textbook_co_washing_markdown_matches_the_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the report names the plan file as given: keep it relative
    plan = (EXAMPLES / "textbook-co-washing.yaml").relative_to(REPO)
    code, text, err = cli("report", str(plan))
    assert code == 0, err
    text = text.replace(f"coprod-check {__version__}", VERSION_MARK)  # not a content change
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet: run with UPDATE_SNAPSHOTS=1 and review it"
    expected = SNAPSHOT.read_text(encoding="utf-8")
    assert text.splitlines() == expected.splitlines()
    assert text == expected
