"""How figures are written in every output: a 0-100 figure, a share, a signed change."""

from __future__ import annotations

from coprod_check.core.model import show

DASH = "\N{EN DASH}"


def figure(value: float | None) -> str:
    """A 0-100 figure exactly as JSON gives it (already rounded); a dash where nothing is
    known."""
    return DASH if value is None else show(value)


def share(value: float | None) -> str:
    return DASH if value is None else f"{show(value * 100)}%"


def signed(value: float | None, digits: int = 0, zero: str = "±0") -> str:
    """`+2`, `-1.5`, or `zero` when the change rounds to nothing."""
    if value is None:
        return DASH
    text = f"{value:+.{digits}f}"
    return zero if float(text) == 0 else text


def gap(value: float | None) -> str:
    """A difference as a reader expects it beside figures: `+62.5`, `+2`, `-1.5`, `±0`."""
    if value is None:
        return DASH
    return "±0" if value == 0 else ("+" if value > 0 else "-") + show(abs(value))
