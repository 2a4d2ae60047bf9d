"""Maturity and coverage: how far co-production practice is in place, and how much is known.

Figures run 0-100 (a mean score x 25) and are the *evidenced* view: a 3 or 4 without evidence
counts as the model's `unevidenced_cap`. An unknown answer is left out of the figures - it is
not a zero - and shows instead in the **coverage**, the share of what the sets ask that is
known. A principle every respondent marks `n/a` is left out of both.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
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
    rated: float | None = None
    """As rated 0-4: the lowest group mean of the scores as given (evidence aside)."""
    group_rated: dict[str, float] | None = None
    """Mean score as given, per side (organisation, community, independent)."""
    not_applicable: bool = False
    """Every respondent who answered marked it n/a: left out of figures and coverage."""
    na_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Coverage:
    """The share (0-1) of what the sets ask that is known, overall and per pillar, set, role."""

    overall: float
    pillars: dict[str, float | None]
    """None where nothing in scope bears on the pillar."""
    sets: dict[str, float | None]
    roles: dict[str, float]
    screening: dict[str, bool]
    """Each screening question: known (a holding-back answer, or a helping one with evidence)."""
    items: int
    known: int

    @property
    def thinnest_pillar(self) -> tuple[str, float] | None:
        shown = [(p, v) for p, v in self.pillars.items() if v is not None]
        if not shown:
            return None
        return min(shown, key=lambda kv: (kv[1], PILLARS.index(kv[0])))


@dataclass(frozen=True)
class Maturity:
    """How far practice is in place (0-100), overall and per pillar, set and role."""

    overall: float | None
    """None when no principle is answered: nothing is shown, which is not the same as 0."""
    pillars: dict[str, float | None]
    sets: dict[str, float | None]
    roles: dict[str, float | None]
    principles: dict[str, PrincipleScore]
    unknown_share: float
    """Share of (respondent, applicable principle) answers that are unknown or missing."""
    coverage: Coverage | None = None
    rated_overall: float | None = None
    """The same figures as rated (evidence aside): what the answers themselves say."""
    rated_pillars: dict[str, float | None] | None = None

    @property
    def weakest_pillar(self) -> tuple[str, float | None]:
        """The lowest pillar figure; a pillar with nothing answered counts as lowest (None)."""
        return _weakest(self.pillars)

    @property
    def rated_weakest_pillar(self) -> tuple[str, float | None]:
        """The lowest pillar as rated, over pillars with answers: nothing known contradicts
        a pillar nobody answered."""
        known = {p: v for p, v in (self.rated_pillars or {}).items() if v is not None}
        return _weakest(known) if known else (PILLARS[0], None)

    @property
    def not_applicable(self) -> list[str]:
        return [pid for pid, s in self.principles.items() if s.not_applicable]


def _weakest(figures: Mapping[str, float | None]) -> tuple[str, float | None]:
    if not figures:
        return PILLARS[0], None
    missing = [p for p in PILLARS if p in figures and figures[p] is None]
    if missing:
        return missing[0], None
    known = {p: v for p, v in figures.items() if v is not None}
    return min(known.items(), key=lambda kv: (kv[1], PILLARS.index(kv[0])))


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
    """0-4 to 0-100, rounded to one decimal; unknown shows nothing (0) in a cell that needs a
    number - figures leave unknowns out instead (see `to_percent`)."""
    return 0.0 if score is None else round(score / FULL * 100, 1)


def to_percent(score: float) -> float:
    return score / FULL * 100


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def score_principle(
    principle: Principle,
    people: Iterable[Respondent],
    model: Model,
    led_by: str | None = None,
) -> PrincipleScore:
    """Combine every respondent's answer to one principle."""
    people = list(people)
    raw: dict[str, list[float]] = {}
    ev: dict[str, list[float]] = {}
    groups: dict[str, list[float]] = {}
    groups_raw: dict[str, list[float]] = {}
    unevidenced, evidence, na_reasons = [], [], []
    unknown = 0
    na = 0
    for person in people:
        answer = person.answers.get(principle.id)
        if answer is not None and answer.not_applicable:
            na += 1
            if answer.reason:
                na_reasons.append(answer.reason)
            continue
        if answer is None or answer.score is None:
            unknown += 1
            continue
        shown = evidenced_score(answer, model)
        assert shown is not None
        group = model.group_of(person.role, led_by)
        raw.setdefault(person.role, []).append(answer.score)
        ev.setdefault(person.role, []).append(shown)
        groups.setdefault(group, []).append(shown)
        groups_raw.setdefault(group, []).append(answer.score)
        if is_unevidenced(answer, model):
            unevidenced.append(person.name)
        if answer.evidence:
            evidence.append(answer.evidence)
    group_means = [fmean(v) for v in groups.values()]
    rated_means = {g: fmean(v) for g, v in groups_raw.items()}
    answered = sum(len(v) for v in raw.values())
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
        answered=answered,
        rated=min(rated_means.values()) if rated_means else None,
        group_rated=rated_means,
        not_applicable=na > 0 and answered == 0,
        na_reasons=tuple(dict.fromkeys(na_reasons)),
    )


def screening_known(plan: Plan, model: Model) -> dict[str, bool]:
    """A screening answer is known as given when it holds the claim back or is neutral; an
    answer that would help the claim is known only with evidence."""
    out = {}
    for key, question in model.screening.items():
        answer = plan.screening.get(key)
        if answer is None:
            out[key] = False
        elif answer in question.supports:
            out[key] = bool(plan.screening_evidence.get(key))
        else:
            out[key] = True
    return out


def score_maturity(plan: Plan, catalogue: Catalogue, model: Model) -> Maturity:
    """Maturity and coverage of a plan over the principles of its sets."""
    led_by = plan.project.led_by
    principles = list(catalogue.principles_in(plan.sets))
    scores = {p.id: score_principle(p, plan.respondents, model, led_by) for p in principles}
    applicable = [p for p in principles if not scores[p.id].not_applicable]

    def figure(ids: Iterable[str], rated: bool = False) -> float | None:
        values = [
            scores[i].rated if rated else scores[i].combined
            for i in ids
            if not scores[i].not_applicable
        ]
        known = [v for v in values if v is not None]
        return model.figure(fmean(to_percent(v) for v in known)) if known else None

    def share(known: int, total: int) -> float | None:
        return round(known / total, 3) if total else None

    pillars = {
        pillar: figure(p.id for p in principles if pillar in p.pillars) for pillar in PILLARS
    }
    rated_pillars = {
        pillar: figure((p.id for p in principles if pillar in p.pillars), rated=True)
        for pillar in PILLARS
    }
    sets = {s: figure(p.id for p in catalogue.sets[s].principles) for s in plan.sets}
    roles: dict[str, float | None] = {}
    role_cover: dict[str, float] = {}
    for role in dict.fromkeys(person.role for person in plan.respondents):
        means = [_mean(_role_scores(plan.respondents, role, p.id, model)) for p in applicable]
        known = [m for m in means if m is not None]
        roles[role] = model.figure(fmean(to_percent(m) for m in known)) if known else None
        role_cover[role] = share(len(known), len(applicable)) or 0.0

    screen = screening_known(plan, model)
    is_known = {p.id: scores[p.id].combined is not None for p in applicable}
    pillar_cover: dict[str, float | None] = {}
    for pillar in PILLARS:
        ids = [p.id for p in applicable if pillar in p.pillars]
        keys = [k for k, q in model.screening.items() if pillar in q.pillars]
        known_n = sum(is_known[i] for i in ids) + sum(screen[k] for k in keys)
        pillar_cover[pillar] = share(known_n, len(ids) + len(keys)) if ids else None
    set_cover = {
        s: share(
            sum(is_known.get(p.id, False) for p in catalogue.sets[s].principles),
            sum(p.id in is_known for p in catalogue.sets[s].principles),
        )
        for s in plan.sets
    }
    items = len(applicable) + len(screen)
    known_items = sum(is_known.values()) + sum(screen.values())
    coverage = Coverage(
        overall=share(known_items, items) or 0.0,
        pillars=pillar_cover,
        sets=set_cover,
        roles=role_cover,
        screening=screen,
        items=items,
        known=known_items,
    )
    asked = len(applicable) * len(plan.respondents)
    unknown = sum(scores[p.id].unknown for p in applicable)
    return Maturity(
        overall=figure(scores),
        pillars=pillars,
        sets=sets,
        roles=roles,
        principles=scores,
        unknown_share=round(unknown / asked, 3) if asked else 1.0,
        coverage=coverage,
        rated_overall=figure(scores, rated=True),
        rated_pillars=rated_pillars,
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
    """The organisation side's and the community side's mean scores as rated (0-4), where
    both sides answered. Evidence is left aside: this compares what each side believes."""
    led_by = plan.project.led_by
    org, com = model.sides["organisation"], model.sides["community"]
    staff = [p for p in plan.respondents if model.group_of(p.role, led_by) == org]
    community = [p for p in plan.respondents if model.group_of(p.role, led_by) == com]
    pairs: dict[str, Pair] = {}
    for pid in principle_ids:
        s = _mean(_rated(staff, pid))
        c = _mean(_rated(community, pid))
        if s is not None and c is not None:
            pairs[pid] = (s, c)
    return pairs


def pillar_sides(pairs: dict[str, Pair], maturity: Maturity) -> dict[str, Pair]:
    """The same comparison per pillar, 0-100 as rated, over the principles both sides answered."""
    out: dict[str, Pair] = {}
    for pillar in PILLARS:
        ids = [pid for pid in pairs if pillar in maturity.principles[pid].pillars]
        if ids:
            out[pillar] = (
                fmean(to_percent(pairs[i][0]) for i in ids),
                fmean(to_percent(pairs[i][1]) for i in ids),
            )
    return out


def ordered_steps(
    plan: Plan, maturity: Maturity, catalogue: Catalogue
) -> Iterator[tuple[PrincipleSet, int, Principle, float | None, float | None]]:
    """Each step of each ordered set: (set, number, principle, combined score, mean of the
    known combined scores of the steps before it), for display."""
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


def group_steps(
    plan: Plan, maturity: Maturity, catalogue: Catalogue
) -> Iterator[tuple[PrincipleSet, int, Principle, str, float, float]]:
    """Like with like: for each side, each later step it rated and the mean of the earlier
    steps the SAME side rated (as rated). Yields (set, number, principle, side, score, before)."""
    for set_id in plan.sets:
        pset = catalogue.sets[set_id]
        if not pset.ordered:
            continue
        earlier: dict[str, list[float]] = {}
        for number, principle in enumerate(pset.principles, start=1):
            rated = maturity.principles[principle.id].group_rated or {}
            for group, score in rated.items():
                before = earlier.get(group)
                if before:
                    yield pset, number, principle, group, score, fmean(before)
            for group, score in rated.items():
                earlier.setdefault(group, []).append(score)


def _rated(people: Iterable[Respondent], pid: str) -> list[float | None]:
    return [p.answers[pid].score for p in people if pid in p.answers]
