"""Builders for small hand-made plans used by the engine and CLI tests."""

from __future__ import annotations

from typing import Any

FOL = ("fol.sharing-power", "fol.sharing-knowledge", "fol.being-inclusive")
GOOD_SCREENING = {
    "involved_from": "start",
    "decision_power": "shared",
    "participants_rewarded": "yes",
    "outcome_predetermined": "no",
    "whos_missing_reviewed": "yes",
    "initiated_by": "organisation",
}


def evidenced(score: int, evidence: str = "minutes of the steering group") -> dict[str, Any]:
    return {"score": score, "evidence": evidence}


def person(name: str, role: str, answers: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "role": role, "answers": answers}


def same(score: Any, ids: tuple[str, ...] = FOL) -> dict[str, Any]:
    return dict.fromkeys(ids, score)


def plan(
    level: str,
    respondents: list[dict[str, Any]],
    *,
    screening: dict[str, Any] | None = None,
    sets: list[str] | None = None,
    wording: str | None = None,
    scope: str = "whole",
    parts: list[str] | None = None,
) -> dict[str, Any]:
    claim: dict[str, Any] = {"level": level, "scope": scope}
    if parts:
        claim["parts"] = parts
    if wording:
        claim["wording"] = wording
    return {
        "coprod-check": 1,
        "project": {"name": "Test project", "organisation": "Test council"},
        "claim": claim,
        "screening": dict(GOOD_SCREENING) if screening is None else screening,
        "sets": sets or ["fol"],
        "respondents": respondents,
    }


SHOWN = "decision log and minutes, 2025"
SHOWN_SCREENING: dict[str, Any] = {
    "initiated_by": {"value": "partnership", "evidence": SHOWN},
    "involved_from": {"value": "start", "evidence": SHOWN},
    "decision_power": {"value": "shared", "evidence": SHOWN},
    "participants_rewarded": {"value": "yes", "evidence": SHOWN},
    "outcome_predetermined": {"value": "no", "evidence": SHOWN},
    "whos_missing_reviewed": {"value": "yes", "evidence": SHOWN},
}
"""Every screening answer positive AND evidenced (the long form), so it counts as known."""


def na(reason: str = "there is no staff team") -> dict[str, Any]:
    return {"score": "n/a", "reason": reason}
