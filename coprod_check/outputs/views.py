"""Typed view models: what the output formats draw, built once from assessments.

Plain dataclasses, no rich, no jinja2 and no I/O: a format (outputs/registry.py) takes one of
these and returns text, and never goes back to the assessment or the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.principles import PILLARS
from coprod_check.core.risk import Reason
from coprod_check.outputs.numbers import figure, share


@dataclass(frozen=True)
class PlanView:
    """One plan's result as every `check` format shows it."""

    file: str | None
    project: str
    organisation: str | None
    claim: str
    """`co-design (part)`, or `consultation, worded as co-production`."""
    evidenced: str
    """The evidenced level's label, as the model writes it (`Engagement`)."""
    band: str
    score: int
    maturity: str
    """The overall maturity figure (`62.5`, or a dash)."""
    maturity_line: str
    headline: str
    reasons: tuple[Reason, ...]
    data: dict[str, Any] | None = None
    """The stable JSON shape (Assessment.to_dict), where the view was built `with_data`."""
    line: int = 1
    """The line of the plan's claim, where an annotation points."""


@dataclass(frozen=True)
class CheckView:
    """What `check` reports: every plan, and what the run was asked."""

    plans: tuple[PlanView, ...]
    failing: frozenset[str] = frozenset()
    """The bands at or above --fail-on."""
    verbose: bool = False


@dataclass(frozen=True)
class DiffView:
    """Two assessments compared (outputs/diff.py's `compare`: the JSON shape), with the
    level labels the text views name the rungs by."""

    change: dict[str, Any]
    labels: Mapping[str, str]


@dataclass(frozen=True)
class ReportView:
    """A report's template context (the public shape documented in the README), and the
    user's own template if one was given."""

    context: dict[str, Any]
    template: Path | None = None


def claim_text(result: Assessment) -> str:
    """`co-design (part)`, or `consultation, worded as co-production`."""
    r = result.risk
    text = r.stated.label.lower()
    if result.plan.claim.scope == "part":
        text += " (part)"
    if r.worded.rank > r.stated.rank:
        text += f", worded as {r.worded.label.lower()}"
    return text


def headline(result: Assessment, claim: str | None = None) -> str:
    """`claims co-production, evidence supports engagement: HIGH risk (55/100), unsubstantiated`
    (`claim`: claim_text's, where it is already made)."""
    r = result.risk
    kind = "" if r.verdict_kind == "supported" else f", {r.verdict_kind}"
    return (
        f"claims {claim or claim_text(result)}, evidence supports {r.evidenced.label.lower()}: "
        f"{r.band.upper()} risk ({r.score}/100){kind}"
    )


def maturity_line(result: Assessment) -> str:
    """`maturity 62.5/100 (power 50 · ...); coverage 40% (power 30% · ...)`: figures over the
    answers given, coverage the share known."""
    m = result.maturity
    pillars = " · ".join(f"{p} {figure(m.pillars[p])}" for p in PILLARS)
    line = f"maturity {figure(m.overall)}/100 ({pillars})"
    if m.coverage is not None:
        cover = " · ".join(f"{p} {share(m.coverage.pillars[p])}" for p in PILLARS)
        line += f"; known {share(m.coverage.overall)} ({cover})"
    na = len(m.not_applicable)
    if na:
        line += f"; {na} n/a"
    return line


def plan_view(result: Assessment, line: int = 1, with_data: bool = False) -> PlanView:
    """`with_data`: keep the JSON shape too (only the JSON format draws it)."""
    project = result.plan.project
    claim = claim_text(result)
    return PlanView(
        file=result.file,
        project=project.name,
        organisation=project.organisation,
        claim=claim,
        evidenced=result.risk.evidenced.label,
        band=result.risk.band,
        score=result.risk.score,
        maturity=figure(result.maturity.overall),
        maturity_line=maturity_line(result),
        headline=headline(result, claim),
        reasons=tuple(result.risk.reasons),
        data=result.to_dict() if with_data else None,
        line=line,
    )


def check_view(
    results: Sequence[Assessment],
    failing: frozenset[str] = frozenset(),
    verbose: bool = False,
    lines: Mapping[str, int] | None = None,
    with_data: bool = False,
) -> CheckView:
    """`lines`: the claim's line in each plan file, for annotations (default 1); `with_data`:
    keep each plan's JSON shape (for the JSON format)."""
    lines = lines or {}
    plans = tuple(plan_view(r, lines.get(r.file or "", 1), with_data) for r in results)
    return CheckView(plans, failing, verbose)
