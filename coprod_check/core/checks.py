"""Small schema checks that collect every problem in a document instead of stopping at one
(principle-set files use them directly; `core/validate.py` builds the plan checker on them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from coprod_check.core.errors import Problem, ValidationError, did_you_mean, format_path

Path = tuple[str | int, ...]
SourceOf = Callable[[Path], "str | None"]
"""The text as written of the scalar at a path, where YAML 1.1 read it as a number, a date or
true/false; None where it was text (or is not known). The YAML loader keeps it."""


class Checker:
    """Collects problems, each with its key path, for one file."""

    def __init__(self, file: str | None = None, source_of: SourceOf | None = None) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self._source_of = source_of
        self.plain_numbers = bool(getattr(getattr(source_of, "__self__", None), "plain_numbers", 0))
        """The document writes every number as plain digits (its positions say so)."""

    def source(self, path: Path) -> str | None:
        """The value at path as written in the file, where YAML read it as something else."""
        return self._source_of(path) if self._source_of else None

    def add(self, path: Path, message: str, hint: str | None = None) -> None:
        """Note a problem; a second one at the same key is the same problem seen again (a
        missing mapping is both "required" and "not a mapping"), so only the first is kept."""
        if any(problem.path == path for problem in self.problems):
            return
        self.problems.append(
            Problem(message, file=self.file, key=format_path(path) or None, hint=hint, path=path)
        )

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def mapping(
        self,
        value: Any,
        path: Path,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        what: str = "a mapping",
        any_keys: bool = False,
    ) -> dict[str, Any] | None:
        """The value as a dict if it is one with only known keys; problems noted otherwise."""
        if not isinstance(value, Mapping):
            self.add(path, f"must be {what} (key: value lines), not {kind(value)}")
            return None
        required = list(required)
        allowed = [*required, *optional]
        for key in [] if any_keys else value:
            if str(key) not in allowed:
                self.add((*path, str(key)), "unknown key", did_you_mean(key, allowed))
        for key in required:
            if key not in value or value[key] is None:
                self.add((*path, key), "is required but missing")
        return {str(k): v for k, v in value.items()}

    def text(self, value: Any, path: Path, *, required: bool = True) -> str | None:
        if value is None:
            if required:
                self.add(path, "is required but missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.add(path, f"must be text, not {kind(value)}")
            return None
        text = str(value).strip()
        if required and not text:
            self.add(path, "must not be empty")
            return None
        return text

    def choice(self, value: Any, path: Path, choices: Iterable[str]) -> str | None:
        options = list(choices)
        if isinstance(value, bool):  # YAML 1.1 reads unquoted yes/no as booleans
            value = "yes" if value else "no"
        if not isinstance(value, str) or value not in options:
            shown = value if isinstance(value, str | int | float) else kind(value)
            self.add(path, f"`{shown}` is not valid", did_you_mean(shown, options))
            return None
        return value

    def text_list(self, value: Any, path: Path) -> list[str] | None:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(path, f"must be a list, not {kind(value)}")
            return None
        items = [self.text(item, (*path, i)) for i, item in enumerate(value)]
        return [item for item in items if item is not None]


def kind(value: Any) -> str:
    """How a YAML value reads to a person: `a list`, `text`, `a number`..."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return type(value).__name__
