"""Evidence you can follow: what an answer cites, as text, a link or a file beside the plan,
optionally dated. The plan's `evidence` may be a plain string (still valid), a mapping
`{text, url, path, date}`, or a list of either; every form reads into `Evidence` items."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_LINK = re.compile(r"https?://\S+\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence an answer cites."""

    text: str
    url: str | None = None
    path: str | None = None
    """Relative to the plan file."""
    date: str | None = None
    """YYYY-MM-DD."""

    def label(self) -> str:
        """`Steering group minutes (2026-03-03)`: how reports and warnings name it."""
        return f"{self.text} ({self.date})" if self.date else self.text

    def age_days(self, on: str) -> int | None:
        """Days from its date to `on` (YYYY-MM-DD); None when undated."""
        if not self.date:
            return None
        return (dt.date.fromisoformat(on) - dt.date.fromisoformat(self.date)).days

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v is not None}


def from_checked(value: Any) -> tuple[Evidence, ...]:
    """The checked `evidence` value (a list of {text, url, path, date}, or None) as items. A
    plain string that is a link is a link."""
    if not value:
        return ()
    items = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict) or not item.get("text"):
            continue
        text = str(item["text"])
        url = item.get("url") or (text if _LINK.match(text) else None)
        items.append(Evidence(text, url, item.get("path") or None, item.get("date") or None))
    return tuple(items)


def summary(items: Sequence[Evidence]) -> str | None:
    """One line naming every piece: what older code and plain reports show."""
    return "; ".join(e.label() for e in items) or None


def too_old(items: Iterable[Evidence], on: str, max_days: float) -> list[tuple[Evidence, int]]:
    """The dated pieces older than `max_days` on the date `on`, with their age in days."""
    out = []
    for item in items:
        age = item.age_days(on)
        if age is not None and age > max_days:
            out.append((item, age))
    return out
