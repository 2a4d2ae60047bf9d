"""The report's template context: plain dicts built from assessments, no jinja and no I/O.

Every built-in template and every user `--template` sees exactly this context, so its shape is
public (documented in the README's "Template context"). Wording lives in model.yaml and in the
templates; this module only arranges the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from coprod_check import __version__
from coprod_check.core.assessment import Assessment
from coprod_check.core.model import Model
from coprod_check.core.principles import PILLARS, Catalogue
from coprod_check.outputs.report_advice import (
    next_steps,
    perception_gap,
    screening_rows,
    step_rows,
)
from coprod_check.outputs.report_evidence import (
    evidence_rows,
    principle_rows,
    shown_names,
    voices_data,
)
from coprod_check.outputs.report_method import level_data, method_data
from coprod_check.outputs.views import claim_text

MAX_NAMED = 6
"""Principles a finding names in full; the rest are counted ("and 30 more")."""


def _named(ids: Sequence[str], catalogue: Catalogue) -> dict[str, Any]:
    """A finding's principles: all of them, the first few to name, and how many are left."""
    every = [
        {"id": pid, "title": catalogue.principles[pid].title}
        for pid in ids
        if pid in catalogue.principles
    ]
    return {
        "principles": every,
        "named": every[:MAX_NAMED],
        "more_principles": max(0, len(every) - MAX_NAMED),
    }


def build_context(
    results: Sequence[Assessment],
    catalogue: Catalogue,
    model: Model,
    generated: dt.date,
    combined: bool = False,
    community_names: bool = False,
    links_from: str | None = None,
) -> dict[str, Any]:
    """The whole context: `reports` always, `report` too when there is exactly one plan.
    `community_names`: name community-side respondents even where the plan does not say so.
    `links_from`: the folder the report will be read from, so links to evidence files beside
    a plan work from there (default: the current folder)."""
    reports = [report_data(r, catalogue, model, community_names, links_from) for r in results]
    context: dict[str, Any] = {
        "tool": {"name": "coprod-check", "version": __version__},
        "generated": generated.isoformat(),
        "combined": combined,
        "reports": reports,
        "portfolio": portfolio_data(reports, model),
        "method": method_data(results, catalogue, model),
    }
    if len(reports) == 1 and not combined:
        context["report"] = reports[0]
    return context


def report_data(
    result: Assessment,
    catalogue: Catalogue,
    model: Model,
    community_names: bool = False,
    links_from: str | None = None,
) -> dict[str, Any]:
    """Everything about one plan's assessment."""
    plan, m, risk = result.plan, result.maturity, result.risk
    shown = shown_names(plan, model, community_names or plan.community_names == "shown")
    project = plan.project
    roles = list(dict.fromkeys(p.role for p in plan.respondents))
    weak_pillar, weak_score = m.weakest_pillar
    cover = m.coverage
    nouns = model.nouns(project.community, project.sector)
    return {
        "file": result.file,
        "file_name": PurePath(result.file).name if result.file else None,
        "project": {
            "name": project.name,
            "organisation": project.organisation,
            "summary": project.summary,
            "led_by": risk.led_by,
            "led_by_label": model.leaders[risk.led_by].label
            if risk.led_by in model.leaders
            else None,
            "community": nouns["community"],
            "sector": project.sector or model.default_sector,
        },
        "assessed": plan.assessed,
        "claim": {
            **level_data(risk.stated),
            "scope": plan.claim.scope,
            "parts": list(plan.claim.parts),
            "wording": plan.claim.wording,
            "text": claim_text(result),
        },
        "stated": level_data(risk.stated),
        "worded": level_data(risk.worded),
        "supported": level_data(risk.supported),
        "evidenced": level_data(risk.evidenced),
        "known": level_data(risk.known) if risk.known else None,
        "thin": level_data(risk.thin) if risk.thin else None,
        "caps": [
            {"reason": code, "level": level.id, "label": level.label} for code, level in risk.caps
        ],
        "gap": risk.gap,
        "risk": {
            "band": risk.band,
            "rank": model.band_rank(risk.band),
            "score": risk.score,
            "verdict": risk.verdict,
            "kind": risk.verdict_kind,
            "contradicted_rungs": risk.contradicted,
            "unsubstantiated_rungs": risk.unsubstantiated,
            "backed": risk.backed,
            "far": risk.contradicted >= model.thresholds["far_below_rungs"],
        },
        "ladder": [
            {
                **level_data(level),
                "worded": level.id == risk.worded.id,
                "stated": level.id == risk.stated.id,
                "evidenced": level.id == risk.evidenced.id,
                "supported": level.id == risk.supported.id,
            }
            for level in model.levels
        ],
        "maturity": {
            "overall": m.overall,
            "unknown_share": m.unknown_share,
            "coverage": cover.overall if cover else None,
            "known_items": cover.known if cover else None,
            "items": cover.items if cover else None,
            "weakest_pillar": {"id": weak_pillar, "score": weak_score},
            "pillars": [
                {
                    "id": p,
                    "score": m.pillars[p],
                    "rated": (m.rated_pillars or {}).get(p),
                    "coverage": cover.pillars[p] if cover else None,
                }
                for p in PILLARS
            ],
            "sets": [
                {
                    "id": s,
                    "name": catalogue.sets[s].name,
                    "ordered": catalogue.sets[s].ordered,
                    "score": score,
                    "coverage": cover.sets.get(s) if cover else None,
                }
                for s, score in m.sets.items()
            ],
            "roles": [
                {
                    "id": r,
                    "label": model.roles[r].label,
                    "score": m.roles[r],
                    "coverage": cover.roles.get(r) if cover else None,
                }
                for r in roles
            ],
            "screening": screening_rows(plan, model, cover.screening if cover else {}),
        },
        "not_applicable": [
            {
                "id": pid,
                "title": m.principles[pid].title,
                "reasons": list(m.principles[pid].na_reasons),
            }
            for pid in m.not_applicable
        ],
        "respondents": [{"name": shown[p.name], "role": p.role} for p in plan.respondents],
        "voices": voices_data(result, model),
        "evidence": evidence_rows(result, catalogue, model, links_from),
        "roles": [{"id": r, "label": model.roles[r].label} for r in roles],
        "principles": principle_rows(result, catalogue, model, roles, shown),
        "reasons": [
            {
                "code": reason.code,
                "message": reason.message,
                "points": reason.points,
                "kind": reason.kind,
                "rungs": reason.rungs,
                "quote": reason.quote,
                "attribution": reason.attribution,
                **_named(reason.principles, catalogue),
            }
            for reason in risk.reasons
        ],
        "perception_gap": perception_gap(result, model),
        "steps": step_rows(result, catalogue, model),
        "next_steps": next_steps(result, catalogue, model),
    }


def portfolio_data(reports: Sequence[dict[str, Any]], model: Model) -> dict[str, Any]:
    """The comparison across plans: counts by band and points for a claim-against-evidence chart."""
    top = len(model.levels) - 1 or 1
    seen: dict[tuple[int, int], int] = {}
    points = []
    for report in reports:
        spot = (report["worded"]["rank"], report["evidenced"]["rank"])
        nudge = seen.get(spot, 0)
        seen[spot] = nudge + 1
        points.append(
            {
                "name": report["project"]["name"],
                "x": _unit(spot[0] / top, nudge),
                "y": _unit(spot[1] / top, nudge),
            }
        )
    bands = [b for b, _ in model.bands]
    ranked = sorted(
        reports, key=lambda r: (-r["risk"]["score"], -r["risk"]["rank"], r["project"]["name"])
    )
    return {
        "count": len(reports),
        "ranked": ranked,
        "bands": [{"id": b, "count": sum(r["risk"]["band"] == b for r in reports)} for b in bands],
        "points": points,
    }


def _unit(fraction: float, nudge: int) -> str:
    """A chart coordinate inside (0, 1), written as Mermaid's grammar wants it (`0.xx`)."""
    value = 0.05 + 0.9 * fraction + 0.03 * (nudge % 3) - 0.015 * (nudge // 3)
    return f"{min(0.99, max(0.01, value)):.2f}"
