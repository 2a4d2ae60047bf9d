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
            "risk": {
                "band": r.band,
                "score": r.score,
                "reasons": [reason.to_dict() for reason in r.reasons],
            },
            "maturity": {
                "overall": m.overall,
                "pillars": dict(sorted(m.pillars.items())),
                "sets": dict(sorted(m.sets.items())),
                "roles": dict(sorted(m.roles.items())),
            },
            "unknown_share": m.unknown_share,
            **({"voices": self.voices.to_dict()} if self.voices else {}),
        }


def assess(plan: Plan, catalogue: Catalogue, model: Model, file: str | None = None) -> Assessment:
    maturity = score_maturity(plan, catalogue, model)
    risk = evaluate_risk(plan, maturity, catalogue, model)
    return Assessment(plan, maturity, risk, file, voices(plan, maturity.principles, model))
