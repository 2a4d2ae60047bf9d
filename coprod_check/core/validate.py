"""The plan checker: walks a document against the plan spec (`core/spec.py`), collecting every
problem with its key path, and returns the checked values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from coprod_check.core.checks import Checker, Path, SourceOf, kind
from coprod_check.core.errors import did_you_mean
from coprod_check.core.spec import (
    NOT_APPLICABLE,
    UNKNOWN,
    Choice,
    Date,
    Either,
    From,
    ListOf,
    Map,
    Node,
    Obj,
    OneOrMany,
    Score,
    Text,
)
from coprod_check.core.vocabulary import Vocabulary

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"[0-9]+(\.0*)?")
"""How a score is written: digits, with at most a zero fraction (`3`, `3.0`, as in JSON)."""


class SpecChecker(Checker):
    """Checks a document against a node of the plan spec, collecting every problem, and
    returns the checked values: text stripped, defaults filled in, long forms for short ones."""

    def __init__(
        self, vocab: Vocabulary, file: str | None = None, source_of: SourceOf | None = None
    ) -> None:
        super().__init__(file, source_of)
        self.vocab = vocab
        self.top: dict[str, Any] = {}
        self._empty: dict[int, dict[str, None]] = {}
        """Each Either node's long form with every field blank, made once."""
        self._scopes: dict[tuple[int, tuple[str, ...] | None], tuple[set[str], set[str]]] = {}
        """Each Map node's known keys and the keys in scope, per scope."""

    def walk(self, node: Node, value: Any, path: Path) -> Any:
        if isinstance(node, Obj):
            return self._obj(node, value, path)
        if isinstance(node, Map):
            return self._map(node, value, path)
        if isinstance(node, ListOf):
            return self._list(node, value, path)
        if isinstance(node, Either):
            if isinstance(value, Mapping):
                return self._obj(node.long, value, path)
            if isinstance(node.short, Score):  # a bare score: most answers of a big plan
                short = self._score(node.short, value, path)
            else:
                short = self.walk(node.short, value, path)
            return {**self._blank_long(node), node.key: short}
        if isinstance(node, Choice):
            return self._choice(node, value, path)
        if isinstance(node, Score):
            return self._score(node, value, path)
        if isinstance(node, Date):
            return self._date(value, path)
        if isinstance(node, OneOrMany):
            if isinstance(value, list):
                if not value:
                    self.add(path, "must not be an empty list", "leave it out instead")
                return [self.walk(node.item, item, (*path, i)) for i, item in enumerate(value)]
            return [self.walk(node.item, value, path)]
        return self._text(node, value, path)

    def _blank_long(self, node: Either) -> dict[str, None]:
        """The node's long form with every field blank, made once."""
        empty = self._empty.get(id(node))
        if empty is None:
            empty = self._empty[id(node)] = dict.fromkeys(self._fields(node.long))
        return empty

    def _keys(self, node: Map, scoped: Any) -> tuple[set[str], set[str]]:
        """The keys a Map node knows, and those the plan's scope (its sets) allows."""
        if scoped is not None and not isinstance(scoped, list):
            known = set(self.vocab.choices(node.keys))
            return known, self.vocab.scope(scoped)
        cache = (id(node), None if scoped is None else tuple(scoped))
        found = self._scopes.get(cache)
        if found is None:
            known = set(self.vocab.choices(node.keys))
            scope = known if scoped is None else self.vocab.scope(scoped)
            found = self._scopes[cache] = (known, scope)
        return found

    def blank(self, node: Node) -> Any:
        """What an optional key left out (or left blank) means: its default."""
        if isinstance(node, Obj):
            return {key: self.blank(child) for key, child in self._fields(node).items()}
        if isinstance(node, Map):
            return {}
        default = getattr(node, "default", None)
        if isinstance(default, From):
            return self.vocab.value(default)
        return [] if default is None and isinstance(node, ListOf) else default

    def _fields(self, node: Obj) -> Mapping[str, Node]:
        if isinstance(node.fields, From):
            return self.vocab.fields(node.fields)
        return node.fields

    def _obj(self, node: Obj, value: Any, path: Path) -> dict[str, Any] | None:
        fields = self._fields(node)
        required = [k for k, f in fields.items() if f.required]
        body = self.mapping(
            value, path, required, [k for k in fields if k not in required], node.what
        )
        if body is None:
            return None
        result: dict[str, Any] = {}
        for key, child in fields.items():
            raw = body.get(key)
            before = len(self.problems)
            if raw is None:
                result[key] = self.blank(child)
            else:
                result[key] = self.walk(child, raw, (*path, key))
            if not path:  # top-level values other checks depend on; None when broken
                self.top[key] = result[key] if len(self.problems) == before else None
        for rule in node.when:
            given = body.get(rule.key)
            if isinstance(given, str):
                given = given.strip()
            if body.get(rule.if_key) == rule.equals and not given:
                self.add((*path, rule.key), rule.message, rule.hint)
        return result

    def _map(self, node: Map, value: Any, path: Path) -> dict[str, Any]:
        body = self.mapping(value, path, what=node.what, any_keys=True)
        scoped = self.top.get(node.scoped_by) if node.scoped_by else None
        known, scope = self._keys(node, scoped)
        item = node.value
        bare: dict[Any, dict[str, Any]] = {}
        if isinstance(item, Either) and isinstance(item.short, Score):
            # A bare score as _score reads it, and the long form Either gives for it: most
            # answers of a big plan. A number is taken as it is only when every number in
            # the file is written as plain digits (else _score asks how it was written).
            empty = {**self._blank_long(item), item.key: None}
            bare = {UNKNOWN: empty, None: empty}
            if self.plain_numbers:
                bare.update({n: {**empty, item.key: n} for n in range(5)})
        result: dict[str, Any] = {}
        for key, raw in (body or {}).items():
            if (raw is None or type(raw) is int or type(raw) is str) and key in scope:
                shape = bare.get(raw)
                if shape is not None:
                    result[key] = dict(shape)
                    continue
            where = (*path, key)
            if key not in known:
                hint = did_you_mean(key, known) or node.unknown_hint
                self.add(where, node.unknown_key.format(key=key), hint)
            elif key not in scope:
                set_id = key.split(".", 1)[0]
                scoped = node.scoped_by
                self.add(
                    where, f"set `{set_id}` is not in `{scoped}`", f"add `{set_id}` to `{scoped}`"
                )
            else:
                result[key] = self.walk(node.value, raw, where)
        return result

    def _list(self, node: ListOf, value: Any, path: Path) -> list[Any]:
        if not isinstance(value, list):
            self.add(path, f"must be {node.what}, not {kind(value)}")
            return []
        if len(value) < node.min_items:
            self.add(path, node.empty_message)
        items = [self.walk(node.item, item, (*path, i)) for i, item in enumerate(value)]
        if node.unique:
            seen: set[Any] = set()
            for i, item in enumerate(items):
                key = (item or {}).get(node.unique)
                if key is not None and key in seen:
                    message = node.unique_message.format(key=node.unique, value=key)
                    self.add((*path, i, node.unique), message, node.unique_hint)
                seen.add(key)
        return [item for item in items if item is not None]

    def _choice(self, node: Choice, value: Any, path: Path) -> Any:
        if node.unknown and value == UNKNOWN:
            return None
        if node.yes_no and isinstance(value, bool):  # YAML 1.1 reads unquoted yes/no as bools
            value = "yes" if value else "no"
        options = (
            node.choices if isinstance(node.choices, tuple) else self.vocab.choices(node.choices)
        )
        if isinstance(value, bool | Mapping | list) or value not in options:
            shown = value if isinstance(value, str | int | float) else kind(value)
            hint = node.hint or did_you_mean(shown, [str(o) for o in options])
            self.add(path, node.message.format(value=shown), hint)
            return None
        return value

    def _score(self, node: Score, value: Any, path: Path) -> int | str | None:
        if isinstance(value, str) and value.strip().lower() == NOT_APPLICABLE:
            if node.na:
                return NOT_APPLICABLE
            self.add(
                path,
                "`n/a` needs a reason",
                "write it as `{score: n/a, reason: why it does not apply to this project}`",
            )
            return None
        score = parse_score(value)
        # how it was written matters for a number (`0x3`, `+3` read as 3), and for an error
        written = None if self.plain_numbers and score is not False else self.source(path)
        if written is not None and not _DECIMAL.fullmatch(written):
            score = False  # `0x3`, `+3`, `0o3`, `yes`: YAML 1.1 reads a number, not a score
        if score is False:
            shown = written or (value if isinstance(value, str | int | float) else kind(value))
            self.add(path, f"score `{shown}` is not valid", SCORE_HINT)
            return None
        return score if isinstance(score, int) else None

    def _date(self, value: Any, path: Path) -> str | None:
        if isinstance(value, dt.date):  # PyYAML reads an unquoted date as a date
            return value.isoformat()
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.add(path, f"`{value}` is not a date", "write it as YYYY-MM-DD")
        return None

    def _text(self, node: Text, value: Any, path: Path) -> str | None:
        written = self.source(path) if not isinstance(value, str | list | Mapping) else None
        if written is not None:
            # Text keeps its text as written: `1:20`, `yes`, `0x10` or `2026-01-01` where text
            # is expected are that text, not YAML 1.1's 80, true, 16 or a date.
            value = written
        if not isinstance(value, str):
            self.add(path, f"must be text, not {kind(value)}", "put it in quotes")
            return None
        text = value.strip()
        if node.required and not text:
            self.add(path, "must not be empty")
            return None
        return text or None


SCORE_HINT = "use a whole number from 0 to 4, `unknown`, or `{score: n/a, reason: ...}`"


def parse_score(raw: Any) -> int | bool | None:
    """A score as written in a plan: 0-4 as int, None for unknown (or blank), False for
    anything else. 2.0 is 2, as in JSON; the checker also refuses what is not written in
    decimal digits (`0x3`, `+3`, `yes`), which YAML 1.1 would read as 3, 3 and true."""
    if raw is None or raw == UNKNOWN:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= 4:
        return raw
    return False
