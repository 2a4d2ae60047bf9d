"""What one plan shows, for its report: each principle's scores by role (as rated and as
evidenced), the evidence cited with links a reader can follow, who answered on each side, and
how respondents are named."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coprod_check.core.assessment import Assessment
from coprod_check.core.evidence import Evidence, from_checked
from coprod_check.core.maturity import (
    percent,
)
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue


def shown_names(plan: Plan, model: Model, show: bool) -> dict[str, str]:
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


def evidence_rows(
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

    def row(piece: Evidence, cited: str, title: str, role: str, label: str) -> dict[str, Any]:
        href = None
        if piece.url and piece.url.lower().startswith(("https://", "http://")):
            href = piece.url
        elif piece.path:
            target = os.path.join(base, piece.path)
            relative = os.path.relpath(target, links_from or os.curdir)
            href = quote(relative.replace(os.sep, "/"))
        age = piece.age_days(on)
        return {
            "principle": cited,
            "title": title,
            "text": piece.text,
            "url": piece.url,
            "path": piece.path,
            "href": href,
            "date": piece.date,
            "old": age is not None and age > limit,
            "role": role,
            "role_label": label,
        }

    for pid in result.maturity.principles:
        title = catalogue.principles[pid].title
        for person in plan.respondents:
            answer = person.answers.get(pid)
            label = model.roles[person.role].label
            for piece in answer.cited if answer else ():
                rows.append(row(piece, pid, title, person.role, label))
    # screening answers cite evidence too (a plain text, read as an answer's would be)
    for key, question in model.screening.items():
        for piece in from_checked({"text": plan.screening_evidence.get(key)}):
            rows.append(row(piece, key, question.question, "screening", "screening"))
    return rows


def voices_data(result: Assessment, model: Model) -> dict[str, Any]:
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


def principle_rows(
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
