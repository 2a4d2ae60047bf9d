"""One family of errors, so the CLI can turn any of them into a clear message and exit 2."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, and where it is."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    key: str | None = None
    hint: str | None = None
    path: tuple[str | int, ...] = ()
    """Key path inside the document, used to find the line and column."""

    def where(self) -> str:
        place = self.file or ""
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        parts = [p for p in (self.where(), f"`{self.key}`" if self.key else "") if p]
        text = ": ".join([*parts, self.message])
        return f"{text} ({self.hint})" if self.hint else text


class CoprodError(Exception):
    """Base of every error the user can cause; the CLI reports it and exits 2."""

    exit_code = 2

    def __init__(self, problems: str | Problem | Sequence[Problem], **where: object) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems, **where)]  # type: ignore[arg-type]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(CoprodError):
    """A file could not be read or parsed."""


class ValidationError(CoprodError):
    """A file was read but its content breaks the schema."""


class UsageError(CoprodError):
    """The command line asks for something that cannot be done."""


def did_you_mean(value: object, choices: Iterable[str]) -> str | None:
    """A hint naming the closest valid choices, or listing them when none is close."""
    options = list(dict.fromkeys(str(c) for c in choices))  # in their own order, as documented
    close = difflib.get_close_matches(str(value), options, n=3, cutoff=0.6)
    if close:
        return f"did you mean {either(close)}?"
    if len(options) <= 8:
        return "expected one of: " + ", ".join(options)
    return None


def either(items: Sequence[str]) -> str:
    """`` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` ``."""
    quoted = [f"`{item}`" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def format_path(path: Sequence[str | int]) -> str:
    """`respondents[0].answers.fol.sharing-power` from its parts."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text
