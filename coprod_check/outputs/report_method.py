"""The report's method section and the levels as every section shows them: the scale, the
ladder, the bands, the model's thresholds and the sources, so a reader can check the reasoning."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.model import Level, Model
from coprod_check.core.principles import Catalogue


def level_data(level: Level) -> dict[str, Any]:
    return {
        "id": level.id,
        "rank": level.rank,
        "label": level.label,
        "iap2": level.iap2,
        "arnstein": level.arnstein,
        "meaning": level.meaning,
        "honest_wording": level.honest_wording,
        "min_overall": level.min_overall,
        "min_weakest_pillar": level.min_weakest_pillar,
        "min_coverage": level.min_coverage,
    }


def method_data(
    results: Iterable[Assessment], catalogue: Catalogue, model: Model
) -> dict[str, Any]:
    """The scale, the model and the sources, so a reader can check the reasoning."""
    results = list(results)
    bands = list(model.bands)
    set_ids = list(dict.fromkeys(s for r in results for s in r.plan.sets))
    attributions = list(
        dict.fromkeys(reason.attribution for r in results for reason in r.risk.reasons)
    )
    return {
        "scale": [{"score": s, "label": label} for s, label in model.scale.items()],
        "evidenced_from": model.evidenced_from,
        "unevidenced_cap": model.unevidenced_cap,
        "ladder": [level_data(level) for level in model.levels],
        "bands": [
            {"id": name, "from": floor, "to": bands[i + 1][1] - 1 if i + 1 < len(bands) else 100}
            for i, (name, floor) in enumerate(bands)
        ],
        "points_per_rung": model.points_per_rung,
        "over_claim": {
            "contradicted_per_rung": model.over_claim.contradicted_per_rung,
            "unsubstantiated_per_rung": model.over_claim.unsubstantiated_per_rung,
            "backed_per_rung": model.over_claim.backed_per_rung,
            "backing_min_answers": model.over_claim.backing_min_answers,
            "backing_evidenced_share": model.over_claim.backing_evidenced_share,
        },
        "never_na": list(model.never_na),
        "screening": [
            {
                "id": key,
                "question": q.question,
                "pillars": list(q.pillars),
                "supports": list(q.supports),
                "caps": [
                    {"answer": a, "level": c.level, "reason": c.reason} for a, c in q.caps.items()
                ],
            }
            for key, q in model.screening.items()
        ],
        "thresholds": dict(model.thresholds),
        "roles": [
            {"id": role.id, "group": role.group, "label": role.label}
            for role in model.roles.values()
        ],
        "groups": [
            {"id": group, "roles": [r.id for r in model.roles.values() if r.group == group]}
            for group in dict.fromkeys(r.group for r in model.roles.values())
        ],
        "sets": [
            {
                "id": s,
                "name": catalogue.sets[s].name,
                "ordered": catalogue.sets[s].ordered,
                "principles": len(catalogue.sets[s].principles),
                "title": catalogue.sets[s].source.title,
                "attribution": catalogue.sets[s].source.attribution(),
                "url": catalogue.sets[s].source.url,
            }
            for s in set_ids
        ],
        "cited": attributions,
    }
