"""Maturity: how far co-production practice is in place, per principle, set, pillar and role.

Figures run 0-100 (a mean score x 25). They are the *evidenced* view: a 3 or 4 without evidence
counts as the model's `unevidenced_cap`, and an unknown or missing answer shows nothing (0),
because maturity is what a plan can show, not what it hopes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from coprod_check.core.model import Model
from coprod_check.core.plan import Answer, Plan, Respondent
from coprod_check.core.principles import PILLARS, Catalogue, Principle, PrincipleSet

FULL = 4
Pair = tuple[float, float]


@dataclass(frozen=True)
class PrincipleScore:
    """Every respondent's answer to one principle, combined."""

    id: str
    title: str
    pillars: tuple[str, ...]
    combined: float | None
    """Evidenced 0-4: the lowest group mean, so one side cannot carry a principle alone."""
    as_rated: dict[str, float | None]
    """Mean score as given, per role."""
    evidenced: dict[str, float | None]
    """Mean evidenced score, per role."""
    unevidenced: tuple[str, ...]
    """Respondents who gave 3 or 4 without evidence."""
    evidence: tuple[str, ...]
    unknown: int
    answered: int


@dataclass(frozen=True)
class Maturity:
    """How far practice is in place (0-100), overall and per pillar, set and role."""

    overall: float
    pillars: dict[str, float]
    sets: dict[str, float]
    roles: dict[str, float]
    principles: dict[str, PrincipleScore]
    unknown_share: float
    """Share of (respondent, principle) answers that are unknown or missing."""

    @property
    def weakest_pillar(self) -> tuple[str, float]:
        return min(self.pillars.items(), key=lambda kv: (kv[1], PILLARS.index(kv[0])))


def evidenced_score(answer: Answer, model: Model) -> int | None:
    """A 3 or 4 without evidence shows no more than the model's cap (2, "partly in place")."""
    if answer.score is None:
        return None
    if answer.score >= model.evidenced_from and not answer.evidence:
        return min(answer.score, model.unevidenced_cap)
    return answer.score


def is_unevidenced(answer: Answer, model: Model) -> bool:
    return answer.score is not None and answer.score >= model.evidenced_from and not answer.evidence


def fmean(values: Iterable[float]) -> float:
    """`statistics.fmean` (the same fsum, so the same result) without importing statistics,
    which costs more at start-up than scoring a plan."""
    data = list(values)
    return math.fsum(data) / len(data)


def percent(score: float | None) -> float:
    """0-4 to 0-100; unknown shows nothing."""
    return 0.0 if score is None else round(score / FULL * 100, 1)


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def score_principle(
    principle: Principle, people: Iterable[Respondent], model: Model
) -> PrincipleScore:
    """Combine every respondent's answer to one principle."""
    people = list(people)
    raw: dict[str, list[float]] = {}
    ev: dict[str, list[float]] = {}
    groups: dict[str, list[float]] = {}
    unevidenced, evidence = [], []
    unknown = 0
    for person in people:
        answer = person.answers.get(principle.id)
        if answer is None or answer.score is None:
            unknown += 1
            continue
        shown = evidenced_score(answer, model)
        assert shown is not None
        raw.setdefault(person.role, []).append(answer.score)
        ev.setdefault(person.role, []).append(shown)
        groups.setdefault(model.roles[person.role].group, []).append(shown)
        if is_unevidenced(answer, model):
            unevidenced.append(person.name)
        if answer.evidence:
            evidence.append(answer.evidence)
    group_means = [fmean(v) for v in groups.values()]
    return PrincipleScore(
        id=principle.id,
        title=principle.title,
        pillars=principle.pillars,
        combined=min(group_means) if group_means else None,
        as_rated={role: fmean(v) for role, v in raw.items()},
        evidenced={role: fmean(v) for role, v in ev.items()},
        unevidenced=tuple(unevidenced),
        evidence=tuple(evidence),
        unknown=unknown,
        answered=len(people) - unknown,
    )


def score_maturity(plan: Plan, catalogue: Catalogue, model: Model) -> Maturity:
    """Maturity of a plan over the principles of its sets."""
    principles = list(catalogue.principles_in(plan.sets))
    scores = {p.id: score_principle(p, plan.respondents, model) for p in principles}

    def figure(ids: Iterable[str]) -> float:
        ids = list(ids)
        return round(fmean(percent(scores[i].combined) for i in ids), 1) if ids else 0.0

    pillars = {
        pillar: figure(p.id for p in principles if pillar in p.pillars) for pillar in PILLARS
    }
    sets = {s: figure(p.id for p in catalogue.sets[s].principles) for s in plan.sets}
    roles: dict[str, float] = {}
    for role in dict.fromkeys(person.role for person in plan.respondents):
        per_principle = [
            percent(_mean(_role_scores(plan.respondents, role, p.id, model))) for p in principles
        ]
        roles[role] = round(fmean(per_principle), 1) if per_principle else 0.0
    asked = len(principles) * len(plan.respondents)
    unknown = sum(s.unknown for s in scores.values())
    return Maturity(
        overall=figure(scores),
        pillars=pillars,
        sets=sets,
        roles=roles,
        principles=scores,
        unknown_share=round(unknown / asked, 3) if asked else 1.0,
    )


def _role_scores(
    people: Iterable[Respondent], role: str, principle_id: str, model: Model
) -> list[float | None]:
    out: list[float | None] = []
    for person in people:
        if person.role == role and principle_id in person.answers:
            out.append(evidenced_score(person.answers[principle_id], model))
    return out


def side_by_side(plan: Plan, model: Model, principle_ids: Iterable[str]) -> dict[str, Pair]:
    """Staff and community-side mean scores as rated (0-4), where both sides answered."""
    staff = [p for p in plan.respondents if model.roles[p.role].group == "organisation"]
    community = [p for p in plan.respondents if model.roles[p.role].group == "community"]
    pairs: dict[str, Pair] = {}
    for pid in principle_ids:
        s = _mean(_rated(staff, pid))
        c = _mean(_rated(community, pid))
        if s is not None and c is not None:
            pairs[pid] = (s, c)
    return pairs


def pillar_sides(pairs: dict[str, Pair], maturity: Maturity) -> dict[str, Pair]:
    """The same comparison per pillar, 0-100, over the principles both sides answered."""
    out: dict[str, Pair] = {}
    for pillar in PILLARS:
        ids = [pid for pid in pairs if pillar in maturity.principles[pid].pillars]
        if ids:
            out[pillar] = (
                fmean(percent(pairs[i][0]) for i in ids),
                fmean(percent(pairs[i][1]) for i in ids),
            )
    return out


def ordered_steps(
    plan: Plan, maturity: Maturity, catalogue: Catalogue
) -> Iterator[tuple[PrincipleSet, int, Principle, float | None, float | None]]:
    """Each step of each ordered set: (set, number, principle, combined score, mean of the
    known scores of the steps before it), so later steps can be held to the ones they rest on."""
    for set_id in plan.sets:
        pset = catalogue.sets[set_id]
        if not pset.ordered:
            continue
        earlier: list[float] = []
        for number, principle in enumerate(pset.principles, start=1):
            score = maturity.principles[principle.id].combined
            yield pset, number, principle, score, (fmean(earlier) if earlier else None)
            if score is not None:
                earlier.append(score)


def _rated(people: Iterable[Respondent], pid: str) -> list[float | None]:
    return [p.answers[pid].score for p in people if pid in p.answers]
