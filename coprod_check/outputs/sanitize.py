"""Text from files made harmless wherever it is shown: terminals, CI logs and Markdown.

Plan files come from strangers. Their text must not drive a terminal (escape sequences that
clear the screen, write the clipboard with OSC 52, forge links with OSC 8, move the cursor,
or hide text with CR and backspace), reorder what is read (bidi overrides), run GitHub
workflow commands in a CI log (`::add-mask::`, `::error ...::`, `##[command]`), or ping
people and plant links in a pull-request comment (`@someone`, bare URLs).

Every output goes through one of these:

- `terminal(text)` for anything printed to stdout or stderr (plain text, errors, JSON,
  Markdown on stdout); the rich console applies it to every segment it draws.
- `one_line(text)` for a value that must stay on its line (an error line, a table cell).
- `markdown(text)` for a value inside generated Markdown.
- `json_text(text)` for JSON: the same characters written as \\u escapes, data unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
"""C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), bidi marks."""
_CONTROL_OR_BREAK = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_BREAKS = "\t\n\r\x0b\x0c\x85\u2028\u2029"
_COMMAND_LINE = re.compile(r"^(\s*)::", re.M)
_V1_COMMAND = "##["
_MENTION = re.compile(r"(?<![\w`])@(?=[A-Za-z0-9_-])")
_BARE_LINK = re.compile(r"(?i)\b(https?|ftp|mailto)(:)|\b(www)(\.)")
ZWSP = "&#8203;"
"""A zero-width space as an HTML entity: invisible in rendered Markdown, but it breaks an
@mention and an autolink, and survives copy-editing (it is plain ASCII in the file)."""


def terminal(text: str) -> str:
    """Multi-line text for a terminal or a CI log: controls and bidi marks removed, and no
    line can be read as a GitHub workflow command."""
    return no_commands(CONTROL.sub("", text))


def no_commands(text: str) -> str:
    """No line starts a GitHub workflow command (`::name::`, after any spaces) and no
    `##[name]` (the older form, found anywhere in a line) is left whole."""
    text = _COMMAND_LINE.sub(r"\1\\::", text)
    return text.replace(_V1_COMMAND, "##\\[")


def one_line(text: str) -> str:
    """A value that stays on its line: line breaks and tabs become spaces, the rest as
    `terminal`."""
    text = _CONTROL_OR_BREAK.sub(lambda m: " " if m.group() in _BREAKS else "", text)
    return terminal(text)


def markdown(text: str, escape: Callable[[str], str] = str) -> str:
    """A value for generated Markdown: one line, no controls, Markdown-escaped by `escape`,
    and neither an @mention nor a bare link survives as one."""
    text = escape(one_line(text))
    text = _MENTION.sub("@" + ZWSP, text)
    return _BARE_LINK.sub(_unlink, text)


def _unlink(match: re.Match[str]) -> str:
    return f"{match.group(1) or match.group(3)}{ZWSP}{match.group(2) or match.group(4)}"


def json_text(text: str) -> str:
    """JSON text with the characters `terminal` removes (and the `#` of `##[`) written as
    \\u escapes instead: the data is unchanged, but nothing reaches a terminal raw."""
    text = CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text.replace(_V1_COMMAND, "#\\u0023[")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_cell(value: Any) -> str:
    """Text that cannot break a Markdown table, inject HTML, ping anyone (@mentions) or plant
    a link: controls removed, escaped, one line."""
    return markdown(str(value if value is not None else ""), _md_escape)


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
