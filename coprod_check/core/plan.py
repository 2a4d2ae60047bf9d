"""The plan file: its data classes, built from a plan checked against `core/spec.py`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from coprod_check.core.checks import SourceOf
from coprod_check.core.evidence import Evidence, from_checked, summary
from coprod_check.core.model import Model
from coprod_check.core.principles import Catalogue
from coprod_check.core.spec import (
    ANSWER,
    FORMAT_VERSION,
    FORMAT_VERSIONS,
    NOT_APPLICABLE,
    PLAN,
    SCOPES,
    UNKNOWN,
    VERSION_KEY,
)
from coprod_check.core.validate import SpecChecker, parse_score
from coprod_check.core.vocabulary import Vocabulary

TOP_KEYS = tuple(PLAN.fields) if isinstance(PLAN.fields, dict) else ()
__all__ = [
    "FORMAT_VERSION",
    "FORMAT_VERSIONS",
    "NOT_APPLICABLE",
    "SCOPES",
    "TOP_KEYS",
    "UNKNOWN",
    "VERSION_KEY",
    "Answer",
    "Claim",
    "Plan",
    "Project",
    "Respondent",
    "parse_plan",
    "parse_score",
    "read_answer",
]


@dataclass(frozen=True)
class Answer:
    """One respondent's score for one principle, and what shows it."""

    score: int | None
    """0-4, or None for unknown."""
    evidence: str | None = None
    """Every piece of evidence cited, named in one line (`cited` holds the pieces)."""
    note: str | None = None
    cited: tuple[Evidence, ...] = ()
    """The evidence as pieces a reader can follow: text, link or file, and date."""
    not_applicable: bool = False
    """`n/a`: the principle does not apply to this project (never counted as a score)."""
    reason: str | None = None
    """Why it does not apply (required with `n/a`)."""


@dataclass(frozen=True)
class Respondent:
    """Someone who answered, in one role."""

    name: str
    role: str
    answers: dict[str, Answer] = field(default_factory=dict)
    key: str | None = None
    """A survey response's stable key (`coprod-check import`), so it is never added twice."""


@dataclass(frozen=True)
class Project:
    """What the project is and who leads it."""

    name: str
    organisation: str | None = None
    summary: str | None = None
    led_by: str | None = None
    """organisation | community | partnership; None means the model's default."""
    community: str | None = None
    """The community's own name for itself; None means the sector's noun."""
    sector: str | None = None


@dataclass(frozen=True)
class Claim:
    """What the project says it does, in a level and in its own words."""

    level: str
    scope: str = "whole"
    parts: tuple[str, ...] = ()
    wording: str | None = None


@dataclass(frozen=True)
class Plan:
    """A checked plan file: the claim, and the answers that test it."""

    project: Project
    claim: Claim
    screening: dict[str, str | None]
    """Every screening key; None where unanswered."""
    sets: tuple[str, ...]
    respondents: tuple[Respondent, ...] = ()
    assessed: str | None = None
    community_names: str = "hidden"
    """`shown`: reports may name community-side respondents; by default they are numbered."""
    screening_evidence: dict[str, str] = field(default_factory=dict)
    """What shows a screening answer (the long form `{value: ..., evidence: ...}`)."""


def parse_plan(
    data: Any,
    catalogue: Catalogue,
    model: Model,
    file: str | None = None,
    source_of: SourceOf | None = None,
) -> Plan:
    """Check a plan's data against the spec; every problem is listed with its key path.

    `source_of` gives the text as written of values YAML 1.1 read as numbers, dates or
    true/false (the loader keeps it), so text fields and scores are judged as written."""
    check = SpecChecker(Vocabulary(catalogue, model), file, source_of)
    if data is None:
        check.add((), "the file is empty", "run `coprod-check init` for a starter plan")
        check.raise_if_any()
    values = check.walk(PLAN, data, ())
    if values is not None:
        _never_not_applicable(check, values, model)
    check.raise_if_any()
    assert values is not None
    claim = values["claim"]
    screening = {key: (v or {}).get("value") for key, v in values["screening"].items()}
    return Plan(
        project=_build(Project, values["project"]),
        claim=_build(Claim, {**claim, "parts": tuple(claim["parts"] or ())}),
        screening=screening,
        sets=tuple(dict.fromkeys(values["sets"])),
        respondents=tuple(
            Respondent(
                p["name"],
                p["role"],
                {pid: _answer(a) for pid, a in p["answers"].items()},
                p.get("key"),
            )
            for p in values["respondents"] or ()
        ),
        assessed=values["assessed"],
        community_names=values.get("community_names") or "hidden",
        screening_evidence={
            key: v["evidence"]
            for key, v in values["screening"].items()
            if v and v.get("evidence") and screening[key] is not None
        },
    )


def _never_not_applicable(check: SpecChecker, values: dict[str, Any], model: Model) -> None:
    """The key ingredients that define co-production can never be n/a (model.yaml)."""
    for i, person in enumerate(values.get("respondents") or ()):
        for pid, answer in ((person or {}).get("answers") or {}).items():
            if (answer or {}).get("score") == NOT_APPLICABLE and pid in model.never_na:
                check.add(
                    ("respondents", i, "answers", pid, "score"),
                    f"`{pid}` cannot be n/a: it is one of the key ingredients that define "
                    "co-production",
                    "give a score from 0 to 4, or `unknown`",
                )


T = TypeVar("T")


_BARE = {score: Answer(score) for score in (0, 1, 2, 3, 4, None)}
"""Answers that are a score and nothing else (most answers of a big plan): frozen, so one
of each is shared."""
_ANSWER_KEYS = {"score", "evidence", "note", "reason"}


def _answer(values: dict[str, Any]) -> Answer:
    score = values.get("score")
    if (
        (score is None or type(score) is int)
        and values.get("evidence") is None
        and values.get("note") is None
        and values.get("reason") is None
        and values.keys() <= _ANSWER_KEYS
    ):
        bare = _BARE.get(score)
        if bare is not None:
            return bare
    if values.get("evidence"):
        cited = from_checked(values["evidence"])
        shown = {**values, "evidence": summary(cited), "cited": cited}
    else:  # most answers of a big plan: nothing to read into pieces
        shown = values
    if values.get("score") == NOT_APPLICABLE:
        return _build(Answer, {**shown, "score": None, "not_applicable": True})
    return _build(Answer, shown)


def read_answer(value: Any) -> Answer:
    """One principle's answer as written in a plan (`3`, `unknown`, `{score: n/a, reason}`,
    the long form with evidence), decoded exactly as `parse_plan` decodes it; a part that
    does not check reads as not given (an invalid score as unknown)."""
    # The answer's spec names no vocabulary (no From node), so the checker never asks one.
    check = SpecChecker(cast(Vocabulary, None))
    values = check.walk(ANSWER, value, ())
    return _answer(values) if isinstance(values, dict) else Answer(None)


def _build(cls: type[T], values: dict[str, Any]) -> T:
    """A data class from checked values, by field name (absent fields take their default)."""
    names = cls.__dataclass_fields__  # type: ignore[attr-defined]
    return cls(**{k: v for k, v in values.items() if k in names})
