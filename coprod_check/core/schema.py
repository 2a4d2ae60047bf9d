"""The plan file's JSON Schema, written from the same spec (`core/spec.py`) the checker walks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.principles import Catalogue
from coprod_check.core.spec import (
    NOT_APPLICABLE,
    PLAN,
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
)
from coprod_check.core.vocabulary import Vocabulary

SCHEMA_ID = "https://coprod-check.invalid/schema/plan-v1.json"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

Path = tuple[str, ...]
"""Where a node sits, in schema steps: a property name, or `[]` for a list's items."""


def plan_schema(catalogue: Catalogue, model: Model) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan, for the sets and model in use."""
    writer = _Writer(Vocabulary(catalogue, model))
    body = writer.node(PLAN, (), nullable=False)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "coprod-check plan file",
        **body,
    }
    if writer.scoped:
        schema["allOf"] = writer.scoped
    if writer.defs:
        schema["$defs"] = writer.defs
    return schema


def _or_null(fragment: dict[str, Any]) -> dict[str, Any]:
    """The fragment, also accepting a blank value (YAML null): an optional key left blank."""
    if "enum" in fragment:
        return {**fragment, "enum": [*fragment["enum"], None]}
    if isinstance(fragment.get("type"), str):
        return {**fragment, "type": [fragment["type"], "null"]}
    described: dict[str, Any] = {
        k: fragment[k] for k in ("description", "default") if k in fragment
    }
    inner = {k: v for k, v in fragment.items() if k not in described}
    return {**described, "anyOf": [inner, {"type": "null"}]}


def _describe(fragment: dict[str, Any], doc: str) -> dict[str, Any]:
    return {**fragment, "description": doc} if doc else fragment


class _Writer:
    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.defs: dict[str, Any] = {}
        self.scoped: list[dict[str, Any]] = []

    def node(self, node: Node, path: Path, nullable: bool) -> dict[str, Any]:
        fragment = _describe(self._body(node, path), node.doc)
        default = getattr(node, "default", None)
        if default is not None:
            fragment["default"] = (
                self.vocab.value(default) if isinstance(default, From) else default
            )
        return _or_null(fragment) if nullable else fragment

    def _body(self, node: Node, path: Path) -> dict[str, Any]:
        if isinstance(node, Obj):
            return self._obj(node, path)
        if isinstance(node, Map):
            return self._map(node, path)
        if isinstance(node, ListOf):
            items = self.node(node.item, (*path, "[]"), nullable=False)
            out: dict[str, Any] = {"type": "array", "items": items}
            if node.min_items:
                out["minItems"] = node.min_items
            return out
        if isinstance(node, OneOrMany):
            one = self.node(node.item, path, nullable=False)
            many = {"type": "array", "items": one, "minItems": 1}
            return {"anyOf": [one, many]}
        if isinstance(node, Either):
            short = self.node(node.short, path, nullable=False)
            return {"oneOf": [short, self.node(node.long, path, nullable=False)]}
        if isinstance(node, Choice):
            return self._choice(node)
        if isinstance(node, Score):
            scores = {"type": "integer", "minimum": 0, "maximum": max(self.vocab.model.scale)}
            options: list[dict[str, Any]] = [scores, {"const": UNKNOWN}]
            if node.na:
                options.append({"const": NOT_APPLICABLE})
            return {"oneOf": options, "description": self.vocab.scale()}
        if isinstance(node, Date):
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if node.required:
            return {"type": "string", "pattern": "\\S"}
        return {"type": "string"}

    def _choice(self, node: Choice) -> dict[str, Any]:
        if isinstance(node.choices, From):
            choices: list[Any] = list(self.vocab.choices(node.choices))
            doc = self.vocab.doc(node.choices)
        else:
            choices, doc = list(node.choices), ""
        if node.unknown:
            choices.append(UNKNOWN)
        if node.yes_no:  # YAML 1.1 reads unquoted yes/no as booleans; the checker takes them
            choices += [{"yes": True, "no": False}[c] for c in ("yes", "no") if c in choices]
        return _describe({"enum": choices}, doc)

    def _obj(self, node: Obj, path: Path) -> dict[str, Any]:
        fields: Mapping[str, Node] = (
            self.vocab.fields(node.fields) if isinstance(node.fields, From) else node.fields
        )
        out: dict[str, Any] = {"type": "object", "additionalProperties": False}
        required = [key for key, child in fields.items() if child.required]
        if required:
            out["required"] = required
        out["properties"] = {
            key: self.node(child, (*path, key), nullable=not child.required)
            for key, child in fields.items()
        }
        rules = [
            {
                "if": {"properties": {r.if_key: {"const": r.equals}}, "required": [r.if_key]},
                "then": {
                    "required": [r.key],
                    # blank text is missing too (a pattern applies to strings only)
                    "properties": {r.key: {"not": {"enum": [None, []]}, "pattern": "\\S"}},
                },
            }
            for r in node.when
        ]
        if len(rules) == 1:
            out.update(rules[0])
        elif rules:
            out["allOf"] = rules
        return out

    def _map(self, node: Map, path: Path) -> dict[str, Any]:
        value = self.node(node.value, (*path, "*"), nullable=True)
        if node.ref:
            self.defs[node.ref] = value
            value = {"$ref": f"#/$defs/{node.ref}"}
        properties = {
            key: _describe(dict(value), self.vocab.describe(node.keys, key))
            for key in self.vocab.choices(node.keys)
        }
        if node.scoped_by:
            self._scope(node.scoped_by, path)
        return {"type": "object", "additionalProperties": False, "properties": properties}

    def _scope(self, sets_key: str, path: Path) -> None:
        """Principles of a set not in the plan's `sets` (or the default sets) may not appear."""
        defaults = self.vocab.value(From("default_sets"))
        absent = {
            "anyOf": [
                {"not": {"required": [sets_key]}},
                {"properties": {sets_key: {"type": "null"}}},
            ]
        }
        for set_id in self.vocab.choices(From("sets")):
            without = {
                "required": [sets_key],
                "properties": {sets_key: {"type": "array", "not": {"contains": {"const": set_id}}}},
            }
            forbid: dict[str, Any] = {
                "propertyNames": {"not": {"enum": list(self.vocab.members(set_id))}}
            }
            for step in reversed(path):
                forbid = {"items": forbid} if step == "[]" else {"properties": {step: forbid}}
            self.scoped.append(
                {
                    "if": without if set_id in defaults else {"anyOf": [without, absent]},
                    "then": forbid,
                }
            )
