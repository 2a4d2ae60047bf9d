"""The report's template context: plain dicts built from assessments, no jinja and no I/O.

Every built-in template and every user `--template` sees exactly this context, so its shape is
public (documented in the README's "Template context"). Wording lives in model.yaml and in the
templates; this module only arranges the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any

from coprod_check import __version__
from coprod_check.core.assessment import Assessment
from coprod_check.core.maturity import (
    group_steps,
    ordered_steps,
    percent,
    pillar_sides,
    side_by_side,
)
from coprod_check.core.model import Level, Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import PILLARS, Catalogue
from coprod_check.outputs.views import claim_text

MAX_ADVICE = 6
"""The weakest principles whose advice the report repeats; more would bury the first steps."""
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


def report_data(
    result: Assessment,
    catalogue: Catalogue,
    model: Model,
    community_names: bool = False,
    links_from: str | None = None,
) -> dict[str, Any]:
    """Everything about one plan's assessment."""
    plan, m, risk = result.plan, result.maturity, result.risk
    shown = _shown_names(plan, model, community_names or plan.community_names == "shown")
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
            "screening": _screening_rows(plan, model, cover.screening if cover else {}),
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
        "voices": _voices(result, model),
        "evidence": _evidence(result, catalogue, model, links_from),
        "roles": [{"id": r, "label": model.roles[r].label} for r in roles],
        "principles": _principle_rows(result, catalogue, model, roles, shown),
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
        "perception_gap": _perception_gap(result, model),
        "steps": _steps(result, catalogue, model),
        "next_steps": _next_steps(result, catalogue, model),
    }


def _shown_names(plan: Plan, model: Model, show: bool) -> dict[str, str]:
    """How a report names each respondent: staff and independents by name; community members
    and partners by name only when the plan (`community_names: shown`) or the command line
    allows it, else numbered within their role ("Community member 3")."""
    from coprod_check.io.datafiles import load_viewpoints

    words = load_viewpoints(model.roles).anonymous
    shown: dict[str, str] = {}
    numbers: dict[str, int] = {}
    for person in plan.respondents:
        if show or model.group_of(person.role, plan.project.led_by) != model.sides["community"]:
            shown[person.name] = person.name
            continue
        numbers[person.role] = numbers.get(person.role, 0) + 1
        label = words.get(person.role, model.roles[person.role].label)
        shown[person.name] = f"{label} {numbers[person.role]}"
    return shown


def _evidence(
    result: Assessment, catalogue: Catalogue, model: Model, links_from: str | None
) -> list[dict[str, Any]]:
    """Every piece of evidence the plan cites, in principle order, each with a link a reader
    can follow: a web address as it is, a file as a path from the report to the file."""
    import os.path
    from urllib.parse import quote

    from coprod_check.io.evidence import max_age_days

    plan = result.plan
    base = os.path.dirname(result.file or "")
    on = plan.assessed or dt.date.today().isoformat()
    limit = max_age_days(model)
    rows = []
    for pid in result.maturity.principles:
        for person in plan.respondents:
            answer = person.answers.get(pid)
            for piece in answer.cited if answer else ():
                href = None
                if piece.url and piece.url.lower().startswith(("https://", "http://")):
                    href = piece.url
                elif piece.path:
                    target = os.path.join(base, piece.path)
                    relative = os.path.relpath(target, links_from or os.curdir)
                    href = quote(relative.replace(os.sep, "/"))
                age = piece.age_days(on)
                rows.append(
                    {
                        "principle": pid,
                        "title": catalogue.principles[pid].title,
                        "text": piece.text,
                        "url": piece.url,
                        "path": piece.path,
                        "href": href,
                        "date": piece.date,
                        "old": age is not None and age > limit,
                        "role": person.role,
                        "role_label": model.roles[person.role].label,
                    }
                )
    # screening answers cite evidence too (a plain text; a web address is a link)
    for key, question in model.screening.items():
        text = plan.screening_evidence.get(key)
        if not text:
            continue
        is_link = text.lower().startswith(("https://", "http://")) and " " not in text
        link = text if is_link else None
        rows.append(
            {
                "principle": key,
                "title": question.question,
                "text": text,
                "url": link,
                "path": None,
                "href": link,
                "date": None,
                "old": False,
                "role": "screening",
                "role_label": "screening",
            }
        )
    return rows


def _voices(result: Assessment, model: Model) -> dict[str, Any]:
    """Who answered on each side, and whether each side is big enough to speak for anyone."""
    from coprod_check.io.datafiles import load_viewpoints

    labels = load_viewpoints(model.roles).group_labels
    v = result.voices
    if v is None:
        return {"small_group": 0, "groups": [], "too_small": []}
    groups: list[dict[str, Any]] = [
        {
            "id": g.id,
            "label": labels.get(g.id, g.id),
            "roles": list(g.roles),
            "respondents": g.respondents,
            "too_small": g.too_small,
        }
        for g in v.groups.values()
    ]
    return {
        "small_group": v.threshold,
        "groups": groups,
        "too_small": [g for g in groups if g["too_small"]],
        "many": v.many,
    }


def _spread_rows(result: Assessment, pid: str, model: Model) -> list[dict[str, Any]]:
    from coprod_check.io.datafiles import load_viewpoints

    labels = load_viewpoints(model.roles).group_labels
    if result.voices is None:
        return []
    return [
        {"group": gid, "label": labels.get(gid, gid), **s.to_dict()}
        for gid, s in result.voices.principles.get(pid, {}).items()
    ]


def _principle_rows(
    result: Assessment,
    catalogue: Catalogue,
    model: Model,
    roles: list[str],
    names: dict[str, str],
) -> list[dict[str, Any]]:
    """One row per principle assessed: the score per role, as rated and as evidenced."""
    rows = []
    notes = _notes(result.plan)
    for pid, score in result.maturity.principles.items():
        cells = []
        for role in roles:
            rated = score.as_rated.get(role)
            shown = score.evidenced.get(role)
            cells.append(
                {
                    "role": role,
                    "rated": rated,
                    "evidenced": shown,
                    "unknown": rated is None,
                    "unevidenced": rated is not None and shown != rated,
                }
            )
        rows.append(
            {
                "id": pid,
                "title": score.title,
                "set": catalogue.principles[pid].set_id,
                "pillars": list(score.pillars),
                "score": score.combined,
                "percent": percent(score.combined),
                "cells": cells,
                "evidence": list(dict.fromkeys(score.evidence)),
                "notes": notes.get(pid, []),
                "unevidenced_by": [names.get(n, n) for n in score.unevidenced],
                "spread": _spread_rows(result, pid, model),
                "unknown": score.unknown,
                "answered": score.answered,
                "status": (
                    "unknown"
                    if score.combined is None
                    else "unevidenced"
                    if score.unevidenced
                    else "evidenced"
                    if score.evidence
                    else "rated"
                ),
            }
        )
    return rows


def _notes(plan: Plan) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    for person in plan.respondents:
        for pid, answer in person.answers.items():
            if answer.note and answer.note not in notes.get(pid, []):
                notes.setdefault(pid, []).append(answer.note)
    return notes


def _perception_gap(result: Assessment, model: Model) -> dict[str, Any]:
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
    """Weak: rated low (the model's test), or not shown at all."""
    return score is None or model.is_low(score)


def _steps(result: Assessment, catalogue: Catalogue, model: Model) -> list[dict[str, Any]]:
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


def _next_steps(result: Assessment, catalogue: Catalogue, model: Model) -> dict[str, Any]:
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
    _, weakest = m.weakest_pillar
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
        "advice": [advice(s) for s in weak[:MAX_ADVICE]],
        "more_weak": max(0, len(weak) - MAX_ADVICE),
        "unknown": [advice(s) for s in unknown[:MAX_ADVICE]],
        "more_unknown": max(0, len(unknown) - MAX_ADVICE),
        "next_level": None
        if nxt is None
        else {
            **level_data(nxt),
            "reached": m.overall is not None
            and m.overall >= nxt.min_overall
            and weakest is not None
            and weakest >= nxt.min_weakest_pillar,
            "min_coverage": nxt.min_coverage,
            "coverage_now": cover_now,
            "overall_now": m.overall,
            "weakest_pillar_now": weakest,
            "blocked_by": [
                _screening_answer(result.plan, model, code)
                for code, level in risk.caps
                if level.rank < nxt.rank
            ],
        },
    }


def _screening_rows(plan: Plan, model: Model, known: dict[str, bool]) -> list[dict[str, Any]]:
    """Each screening answer with its evidence and what it does to the claim (`effect`, worded
    by the templates): not_answered, cap, no_cap_part, no_cap_led_by, supports, unevidenced or
    neutral."""
    rows = []
    for key, q in model.screening.items():
        answer = plan.screening.get(key)
        cap = q.caps.get(answer) if answer is not None else None
        evidence = plan.screening_evidence.get(key)
        if answer is None:
            effect = "not_answered"
        elif cap is not None and q.whole_only and plan.claim.scope != "whole":
            effect = "no_cap_part"
        elif cap is not None and not model.raised_for(cap.reason, plan.project.led_by):
            effect = "no_cap_led_by"
        elif cap is not None:
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


def _screening_answer(plan: Plan, model: Model, code: str) -> dict[str, Any]:
    """The screening question and answer behind a cap's reason code, for a reader."""
    for key, question in model.screening.items():
        answer = plan.screening.get(key)
        cap = question.caps.get(answer) if answer is not None else None
        if cap is not None and cap.reason == code:
            return {"code": code, "question": question.question, "answer": answer}
    return {"code": code, "question": None, "answer": None}


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
