"""What a person types at the questionnaire's prompts, read: a score, a choice, text, parts,
yes or no; `b` goes back, Enter keeps an earlier answer. A reply that means nothing here raises
ReplyError, whose message says what would."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coprod_check.core.errors import did_you_mean
from coprod_check.core.plan import (
    UNKNOWN,
    parse_score,
)


class Back:
    """The reply `b`: go back one question."""


class Keep:
    """An empty reply to a question answered before: keep that answer."""


class ReplyError(ValueError):
    """A reply that means nothing here; the message says what would."""


BACK = Back()
KEEP = Keep()


def read_score(text: str, earlier: bool) -> int | Back | Keep | None:
    """`0`-`4`, `?` (don't know), `b` (back), or Enter (keep the earlier answer)."""
    reply = text.strip().lower()
    if reply == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        raise ReplyError("type a score from 0 to 4, or ? if you don't know")
    if reply in ("?", UNKNOWN):
        return None
    score = parse_score(int(reply)) if reply.isascii() and reply.isdecimal() else False
    if isinstance(score, bool) or score is None:
        raise ReplyError(
            f"`{text.strip()}` is not a score: type 0, 1, 2, 3 or 4, or ? if you don't know"
        )
    return score


NOTE_KEY = "n"


def read_score_note(text: str, earlier: bool) -> tuple[int | Back | Keep | None, bool]:
    """A score reply, and whether the person wants to write a note with it: `3n` is a 3 and a
    note, `?n` a don't-know and a note, a lone `n` keeps the earlier answer and adds a note."""
    reply = text.strip().lower()
    if reply.endswith(NOTE_KEY) and reply != UNKNOWN:
        body = reply[: -len(NOTE_KEY)].strip()
        if not body:
            if earlier:
                return KEEP, True
            raise ReplyError("type the score first, then n: `3n` saves a 3 and asks for a note")
        value = read_score(body, earlier)
        if isinstance(value, Back | Keep):
            raise ReplyError("type a score, then n: `3n` saves a 3 and asks for a note")
        return value, True
    return read_score(text, earlier), False


def read_choice(
    text: str, choices: Sequence[str], earlier: bool, unknown: bool = False
) -> str | Back | Keep:
    """A choice by its number (1 = first) or its name; `?` gives `unknown` where allowed."""
    reply = " ".join(text.split())
    if reply.lower() == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        raise ReplyError("type the number or the name of one of the choices")
    if unknown and reply.lower() in ("?", UNKNOWN):
        return UNKNOWN
    if reply.isascii() and reply.isdigit() and 1 <= int(reply) <= len(choices):
        return choices[int(reply) - 1]
    by_name = {c.lower(): c for c in choices}
    if reply.lower() in by_name:
        return by_name[reply.lower()]
    starts = [c for c in choices if c.lower().startswith(reply.lower())]
    if len(starts) == 1:
        return starts[0]
    hint = did_you_mean(reply, choices) or ""
    hint = hint[:1].upper() + hint[1:]  # a sentence of its own
    numbers = f"1-{len(choices)}"
    raise ReplyError(
        f"`{reply}` is not one of the choices: type {numbers} or a name. {hint}".strip()
    )


def read_text(text: str, earlier: bool, required: bool) -> str | Back | Keep | None:
    """Free text; Enter keeps an earlier answer, or skips an optional question; `-` clears."""
    reply = " ".join(text.split())
    if reply == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        if required:
            raise ReplyError("this one is needed: type an answer")
        return None
    if reply == "-" and not required:
        return None
    return reply


def read_parts(text: str, earlier: bool) -> list[str] | Back | Keep:
    value = read_text(text, earlier, required=True)
    if isinstance(value, Back | Keep):
        return value
    parts = [p.strip() for p in re.split(r"[;,]", value or "") if p.strip()]
    if not parts:
        raise ReplyError("name at least one part, e.g. `play area design`")
    return parts


def read_yes_no(text: str, default: bool) -> bool:
    reply = text.strip().lower()
    if not reply:
        return default
    if reply in ("y", "yes"):
        return True
    if reply in ("n", "no"):
        return False
    raise ReplyError("type y or n")
