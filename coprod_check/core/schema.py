"""The plan file's JSON Schema, built from the same model and principle sets the checker uses."""

from __future__ import annotations

from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import FORMAT_VERSION, SCOPES, UNKNOWN, VERSION_KEY
from coprod_check.core.principles import Catalogue

SCHEMA_ID = "https://coprod-check.invalid/schema/plan-v1.json"


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "description": description}


def plan_schema(catalogue: Catalogue, model: Model) -> dict[str, Any]:
    score = {
        "oneOf": [
            {"type": "integer", "minimum": 0, "maximum": 4},
            {"const": UNKNOWN},
        ],
        "description": "; ".join(f"{s} {label}" for s, label in model.scale.items())
        + "; or unknown",
    }
    answer = {
        "oneOf": [
            score,
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["score"],
                "properties": {
                    "score": score,
                    "evidence": _text("What shows it: documents, minutes, decisions"),
                    "note": {"type": "string"},
                },
            },
        ]
    }
    answers = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            p.id: {**answer, "description": f"{p.title}: {p.question}"}
            for p in catalogue.principles.values()
        },
    }
    # YAML 1.1 reads unquoted yes/no (and true/false) as booleans; the checker takes them as
    # yes/no, so the schema must too, or editors would flag plans that check fine.
    yes_no = {"yes": True, "no": False}
    screening = {
        key: {
            "enum": [*q.choices, UNKNOWN, *(yes_no[c] for c in q.choices if c in yes_no)],
            "description": q.question,
        }
        for key, q in model.screening.items()
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "coprod-check plan file",
        "description": "A project's claim and its co-production self-assessment.",
        "type": "object",
        "additionalProperties": False,
        "required": ["project", "claim"],
        "properties": {
            VERSION_KEY: {"const": FORMAT_VERSION, "description": "Plan format version"},
            "project": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    "name": _text("Project name"),
                    "organisation": _text("Organisation leading the project"),
                    "summary": {"type": "string"},
                },
            },
            "claim": {
                "type": "object",
                "additionalProperties": False,
                "required": ["level"],
                "properties": {
                    "level": {
                        "enum": list(model.level_ids),
                        "description": "; ".join(f"{lv.id}: {lv.meaning}" for lv in model.levels),
                    },
                    "scope": {"enum": list(SCOPES), "default": "whole"},
                    "parts": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "wording": {
                        "type": "string",
                        "description": "How the project describes itself",
                    },
                },
                "if": {"properties": {"scope": {"const": "part"}}, "required": ["scope"]},
                "then": {"required": ["parts"]},
            },
            "screening": {
                "type": "object",
                "additionalProperties": False,
                "properties": screening,
            },
            "sets": {
                "type": "array",
                "minItems": 1,
                "items": {"enum": list(catalogue.sets)},
                "default": list(model.default_sets),
            },
            "assessed": {"type": "string", "format": "date"},
            "respondents": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "role"],
                    "properties": {
                        "name": _text("Who answered"),
                        "role": {"enum": list(model.roles)},
                        "answers": answers,
                    },
                },
            },
        },
    }
