"""What one plan's figures mean and what to do next, for its report: the perception gap between
the sides, the steps of an ordered set, the screening answers and their effect, the advice of
the weakest principles and what the next rung needs."""

from __future__ import annotations

from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.maturity import (
    group_steps,
    ordered_steps,
    pillar_sides,
    side_by_side,
)
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue
from coprod_check.core.risk import meets, screening_cap
from coprod_check.outputs.report_method import level_data

MAX_ADVICE = 6
"""The weakest principles whose advice the report repeats; more would bury the first steps."""


def perception_gap(result: Assessment, model: Model) -> dict[str, Any]:
    """Staff against the community side, principle by principle and pillar by pillar."""
    plan, m = result.plan, result.maturity
    groups = {model.group_of(p.role, plan.project.led_by) for p in plan.respondents}
    threshold = model.thresholds["perception_gap_points"]
    pillar_threshold = model.thresholds["perception_gap_pillar"]
    pairs = side_by_side(plan, model, m.principles)
    rows: list[dict[str, Any]] = [
        {
            "id": pid,
            "title": m.principles[pid].title,
            "staff": s,
            "community": c,
            "gap": s - c,
            "wide": s - c >= threshold,
        }
        for pid, (s, c) in pairs.items()
        if s != c
    ]
    rows.sort(key=lambda row: -abs(row["gap"]))
    pillars = [
        {"id": pillar, "staff": s, "community": c, "gap": s - c, "wide": s - c >= pillar_threshold}
        for pillar, (s, c) in pillar_sides(pairs, m).items()
    ]
    sides = (model.sides["organisation"], model.sides["community"])
    answered = [p for p in plan.respondents if p.answers]
    return {
        "available": set(sides) <= groups,
        # why not: the side(s) nobody answered for, and who did answer (plural role names)
        "missing": [side for side in sides if side not in groups],
        "answered_by": [
            model.roles[r].plural for r in model.roles if any(p.role == r for p in answered)
        ],
        "community_led": (plan.project.led_by or model.default_leader) == "community",
        "compared": len(pairs),
        "threshold": threshold,
        "pillar_threshold": pillar_threshold,
        "rows": rows,
        "pillars": pillars,
    }


def _is_weak(score: float | None, model: Model) -> bool:
    """Weak: rated low (the model's test). Unknown is not weak, only not shown."""
    return score is not None and model.is_low(score)


def step_rows(result: Assessment, catalogue: Catalogue, model: Model) -> list[dict[str, Any]]:
    """Each ordered set's steps in order, marking later steps that rest on weak earlier ones."""
    outruns = {
        (pset.id, principle.id)
        for pset, _, principle, _, score, before in group_steps(
            result.plan, result.maturity, catalogue
        )
        if model.outruns(score, before)
    }
    out: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    for pset, number, principle, score, before in ordered_steps(
        result.plan, result.maturity, catalogue
    ):
        if number == 1:
            steps = []
            out.append({"id": pset.id, "name": pset.name, "steps": steps})
        steps.append(
            {
                "number": number,
                "id": principle.id,
                "title": principle.title,
                "score": score,
                "weak": _is_weak(score, model),
                "weak_before": [s["number"] for s in steps if s["weak"]],
                "mean_before": before,
                "outruns": (pset.id, principle.id) in outruns,
            }
        )
    return out


def next_steps(result: Assessment, catalogue: Catalogue, model: Model) -> dict[str, Any]:
    """The advice of the weakest principles, the honest wording, and what the next rung needs."""
    risk, m = result.risk, result.maturity
    scores = [s for s in m.principles.values() if not s.not_applicable]
    # What is known to be weak, lowest first; what is not known is never called weak, it is
    # listed apart as evidence to gather.
    answered = [s for s in scores if s.combined is not None]
    weak = [s for s in answered if _is_weak(s.combined, model)]
    if not weak:
        weak = [s for s in answered if (s.combined or 0.0) < model.evidenced_from]
    weak.sort(key=lambda s: (s.combined or 0.0, s.id))
    unknown = [s for s in scores if s.combined is None]
    nxt = (
        model.levels[risk.evidenced.rank + 1]
        if risk.evidenced.rank + 1 < len(model.levels)
        else None
    )
    weakest_id, weakest = m.weakest_pillar
    thinnest = m.coverage.thinnest_pillar if m.coverage else None
    cover_now = thinnest[1] if thinnest else None
    project = result.plan.project

    def advice(s: Any) -> dict[str, Any]:
        return {
            "id": s.id,
            "title": s.title,
            "set_name": catalogue.set_of(s.id).name,
            "score": s.combined,
            "advice": catalogue.principles[s.id].advice
            if model.advice_fits_plan(s.id, project.led_by, project.sector)
            else None,
            "evidence_prompt": catalogue.principles[s.id].evidence_prompt,
        }

    return {
        "honest": risk.worded.rank <= risk.evidenced.rank,
        "honest_wording": model.honest_wording(
            risk.evidenced, project.led_by, project.community, project.sector
        ),
        "claim_wording": result.plan.claim.wording,
        # the project's own words claim a rung above what the evidence supports
        "wording_claims_more": bool(
            risk.wording_match and risk.wording_match[0].rank > risk.evidenced.rank
        ),
        "advice": [advice(s) for s in weak[:MAX_ADVICE]],
        "more_weak": max(0, len(weak) - MAX_ADVICE),
        "unknown": [advice(s) for s in unknown[:MAX_ADVICE]],
        "more_unknown": max(0, len(unknown) - MAX_ADVICE),
        "next_level": None
        if nxt is None
        else {
            **level_data(nxt),
            "reached": meets(nxt, m.overall, weakest),
            "min_coverage": nxt.min_coverage,
            "coverage_now": cover_now,
            "overall_now": m.overall,
            "weakest_pillar_now": weakest,
            "weakest_pillar_id": weakest_id,
            "thinnest_pillar_id": thinnest[0] if thinnest else None,
            # what still falls short of it, each named only when it does
            "short_overall": m.overall is None or m.overall < nxt.min_overall,
            "short_pillar": nxt.min_weakest_pillar > 0
            and (weakest is None or weakest < nxt.min_weakest_pillar),
            "short_coverage": nxt.min_coverage > 0
            and (cover_now is None or cover_now < nxt.min_coverage),
            "blocked_by": [
                screening_answer(result.plan, model, code)
                for code, level in risk.caps
                if level.rank < nxt.rank
            ],
        },
    }


def screening_rows(plan: Plan, model: Model, known: dict[str, bool]) -> list[dict[str, Any]]:
    """Each screening answer with its evidence and what it does to the claim (`effect`, worded
    by the templates): not_answered, cap, no_cap_part, no_cap_led_by, supports, unevidenced or
    neutral."""
    rows = []
    for key, q in model.screening.items():
        answer = plan.screening.get(key)
        cap = q.caps.get(answer) if answer is not None else None
        applied, why_not = screening_cap(plan, model, key)
        evidence = plan.screening_evidence.get(key)
        if answer is None:
            effect = "not_answered"
        elif why_not is not None:
            effect = f"no_cap_{why_not}"
        elif applied is not None:
            effect = "cap"
        elif answer in q.supports:
            effect = "supports" if evidence else "unevidenced"
        else:
            effect = "neutral"
        rows.append(
            {
                "id": key,
                "question": q.question,
                "answer": answer,
                "evidence": evidence,
                "known": bool(known.get(key)),
                "effect": effect,
                "cap": level_data(model.level(cap.level)) if cap else None,
                "reason": cap.reason if cap else None,
            }
        )
    return rows


def screening_answer(plan: Plan, model: Model, code: str) -> dict[str, Any]:
    """The screening question and answer behind a cap's reason code, for a reader."""
    for key, question in model.screening.items():
        answer = plan.screening.get(key)
        cap = question.caps.get(answer) if answer is not None else None
        if cap is not None and cap.reason == code:
            return {
                "code": code,
                "question": question.question,
                "answer": answer,
                "whole_only": question.whole_only,
            }
    return {"code": code, "question": None, "answer": None, "whole_only": False}
