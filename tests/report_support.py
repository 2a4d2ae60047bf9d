"""Helpers for the report and diff tests: run the CLI, parse HTML, check Mermaid blocks."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app

FIXED_EPOCH = "1790000000"  # 2026-09-21, so reports do not change with the day they are run
runner = CliRunner()

VOID = {"meta", "br", "img", "hr", "input", "link", "source", "wbr", "col", "area", "base"}


def cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one in-process run; never a traceback."""
    result = runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": FIXED_EPOCH, **(env or {})})
    assert "Traceback" not in result.output + result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.stdout, result.stderr


class _NoAliases(yaml.SafeDumper):
    """Plans refuse YAML aliases, so shared answer dicts are written out in full."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def write_plan(path: Path, data: dict[str, object]) -> Path:
    text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


class Page(HTMLParser):
    """Every start tag, every mismatched end tag, and the visible text of an HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.chunks: list[str] = []
        self._in_style = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.chunks).split())

    def names(self) -> set[str]:
        return {tag for tag, _ in self.tags}


MERMAID_BLOCK = re.compile(r"^```mermaid\n(.*?)^```$", re.S | re.M)
_FLOW_LINES = [
    re.compile(r'^L\d+\["[\w .,\'-]+"\]$'),
    re.compile(r"^L\d+( --> L\d+)+$"),
    re.compile(r"^classDef \w+ [\w:#.,-]+$"),
    re.compile(r"^class L\d+ \w+$"),
]
_QUADRANT_LINES = [
    re.compile(r"^title [\w ]+$"),
    re.compile(r"^[xy]-axis [\w ]+ --> [\w ]+$"),
    re.compile(r"^quadrant-[1-4] \w[\w -]*$"),
    re.compile(r'^"[\w .,\'-]*": \[(1|0(\.\d+)?), (1|0(\.\d+)?)\]$'),
]


def mermaid_blocks(markdown: str) -> list[str]:
    return MERMAID_BLOCK.findall(markdown)


def mermaid_problems(block: str) -> list[str]:
    """Lines outside the small Mermaid grammar subset the templates use (flowchart, quadrant)."""
    lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
    kind, body = lines[0], lines[1:]
    patterns = {"flowchart BT": _FLOW_LINES, "quadrantChart": _QUADRANT_LINES}.get(kind)
    if patterns is None:
        return [f"unexpected diagram type {kind!r}"]
    return [line for line in body if not any(p.match(line) for p in patterns)]
