"""One plan in, one assessment out: maturity and co-washing risk, kept as two separate axes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_check.core.maturity import Maturity, score_maturity
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue
from coprod_check.core.risk import Risk, evaluate_risk
from coprod_check.core.spread import Voices, voices


@dataclass(frozen=True)
class Assessment:
    """One plan's result: its maturity and its risk, two separate axes."""

    plan: Plan
    maturity: Maturity
    risk: Risk
    file: str | None = None
    voices: Voices | None = None
    """How many answered each principle on each side, and how their answers spread."""

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape of one result (documented in the README)."""
        m, r = self.maturity, self.risk
        return {
            "file": self.file,
            "project": self.plan.project.name,
            "organisation": self.plan.project.organisation,
            "stated_level": r.stated.id,
            "worded_level": r.worded.id,
            "scope": self.plan.claim.scope,
            "evidenced_level": r.evidenced.id,
            "known_level": r.known.id if r.known else None,
            "led_by": r.led_by,
            "risk": {
                "band": r.band,
                "score": r.score,
                "kind": r.verdict_kind,
                "verdict": r.verdict,
                "contradicted_rungs": r.contradicted,
                "unsubstantiated_rungs": r.unsubstantiated,
                "backed_by": list(r.backed_by),
                "coverage_too_thin_for": r.thin.id if r.thin else None,
                "reasons": [reason.to_dict() for reason in r.reasons],
            },
            "maturity": {
                "overall": m.overall,
                "pillars": dict(sorted(m.pillars.items())),
                "sets": dict(sorted(m.sets.items())),
                "roles": dict(sorted(m.roles.items())),
            },
            "coverage": None
            if m.coverage is None
            else {
                "overall": m.coverage.overall,
                "pillars": dict(sorted(m.coverage.pillars.items())),
                "sets": dict(sorted(m.coverage.sets.items())),
                "roles": dict(sorted(m.coverage.roles.items())),
                "screening": dict(sorted(m.coverage.screening.items())),
            },
            "not_applicable": {pid: list(m.principles[pid].na_reasons) for pid in m.not_applicable},
            "unknown_share": m.unknown_share,
            **({"voices": self.voices.to_dict()} if self.voices else {}),
        }


def assess(plan: Plan, catalogue: Catalogue, model: Model, file: str | None = None) -> Assessment:
    maturity = score_maturity(plan, catalogue, model)
    risk = evaluate_risk(plan, maturity, catalogue, model)
    return Assessment(plan, maturity, risk, file, voices(plan, maturity.principles, model))
