"""Reports link every source that has a public address, and links stay working links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coprod_check.outputs.render import md_url
from coprod_check.outputs.sanitize import ZWSP
from tests.conftest import EXAMPLES, REPO
from tests.report_support import cli

DEMSOC = "https://www.demsoc.org/public-square/articles/key-ingredients-for-co-production"


def test_md_url_keeps_an_address_working_but_cannot_end_the_destination() -> None:
    assert md_url(DEMSOC) == DEMSOC
    hostile = md_url("https://x.org/a b>|(c)@d\x1b[2J")
    assert hostile == "https://x.org/a%20b%3E%7C%28c%29%40d%5B2J"
    assert ZWSP not in hostile


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_method_section_links_each_source_with_an_address(fmt: str) -> None:
    code, text, _ = cli("report", str(EXAMPLES / "honest-consultation.yaml"), "--format", fmt)
    assert code == 0
    link = f"({DEMSOC})" if fmt == "markdown" else f'<a href="{DEMSOC}">'
    assert link in text
    # Our Life's address is not known: its title stays plain text, never a made-up link
    assert "“So you say you want a Co-production”" in text


def test_an_evidence_link_in_markdown_points_at_the_address_itself(tmp_path: Path) -> None:
    plan = (EXAMPLES / "honest-consultation.yaml").read_text(encoding="utf-8")
    plan = re.sub(r"evidence: [^\n]*", 'evidence: "https://example.org/minutes.pdf"', plan, count=1)
    (tmp_path / "p.yaml").write_text(plan, encoding="utf-8")
    code, text, _ = cli("report", str(tmp_path / "p.yaml"), "--format", "markdown")
    assert code == 0
    assert "](https://example.org/minutes.pdf)" in text
    assert f"(https{ZWSP}" not in text


def test_a_source_address_must_be_http_or_https(tmp_path: Path) -> None:
    text = (REPO / "principles" / "trueman.yaml").read_text(encoding="utf-8")
    text = text.replace("id: trueman", "id: mine", 1).replace("trueman.", "mine.")
    text = re.sub(r"(\n  document: [^\n]*)", r"\1\n  url: javascript:alert(1)", text, count=1)
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    code, _, err = cli("principles", "validate", str(tmp_path / "mine.yaml"))
    assert code == 2
    assert "source.url" in err and "http" in err
