"""Co-washing risk: how far what a project claims runs ahead of what it can show.

Every rule, number and word is in principles/model/model.yaml with the source passage it rests
on; this module only applies them, following the model's counting rule (each fact adds to the
score once). It is a pure function of the plan, its maturity and the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coprod_check.core.maturity import (
    Maturity,
    group_steps,
    is_unevidenced,
    pillar_sides,
    side_by_side,
)
from coprod_check.core.model import Cap, Level, Model, show
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue


def plural(count: int, noun: str) -> str:
    """`1 plan`, `3 plans`: for the outputs' own words (findings take theirs from the model)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


CONTRADICTED = "claim-contradicted"
UNSUBSTANTIATED = "claim-unsubstantiated"


@dataclass(frozen=True)
class Reason:
    """One finding behind the risk score, with the source passage it rests on."""

    code: str
    message: str
    principles: tuple[str, ...]
    quote: str
    attribution: str
    points: int
    kind: str = "flag"
    """`contradicted` or `unsubstantiated` for the findings that carry over-claimed rungs
    (`rungs` of them), `flag` for the rest."""
    rungs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "message": self.message,
            "points": self.points,
            "rungs": self.rungs,
            "principles": list(self.principles),
            "source": {"quote": self.quote, "attribution": self.attribution},
        }


@dataclass(frozen=True)
class Risk:
    """How far the claim runs ahead of the evidence, scored and banded."""

    stated: Level
    """`claim.level`: the rung the plan states."""
    worded: Level
    """The rung the claim is judged at: `stated`, raised to the project's own wording
    ("co-produced") where that says more."""
    supported: Level
    """The highest rung the evidenced figures support with enough coverage (before caps)."""
    evidenced: Level
    """`supported`, lowered by any screening caps."""
    caps: tuple[tuple[str, Level], ...]
    score: int
    band: str
    reasons: tuple[Reason, ...]
    known: Level | None = None
    """The highest rung the answers as rated and the screening allow (evidence and coverage
    aside): rungs above it are contradicted, rungs between it and `evidenced` unsubstantiated."""
    thin: Level | None = None
    """The rung the evidenced figures would support but coverage is too thin for, if any."""
    contradicted: int = 0
    unsubstantiated: int = 0
    backed_by: tuple[str, ...] = ()
    """The groups (community side, independent reviewers) whose evidenced answers back the
    claim; empty when it is not backed (unsubstantiated rungs then cost full points)."""
    verdict_kind: str = "supported"
    wording_match: tuple[Level, str] | None = field(default=None, compare=False)
    """The rung the project's own words claim, and the words that claim it."""
    led_by: str | None = None
    """Who leads the project, the model's default filled in."""
    verdict: str = ""
    """The verdict paragraph for this kind of over-claim and band."""

    @property
    def backed(self) -> bool:
        return bool(self.backed_by)

    @property
    def gap(self) -> int:
        return max(0, self.worded.rank - self.evidenced.rank)


class _Findings:
    """Collects reasons, applying each rule's `min_claim`, leader and points."""

    def __init__(self, model: Model, claimed: Level, led_by: str | None) -> None:
        self.model = model
        self.claimed = claimed
        self.led_by = led_by
        self.reasons: list[Reason] = []

    def add(
        self,
        code: str,
        principles: Iterable[str] = (),
        points: int | None = None,
        *,
        kind: str = "flag",
        rungs: int = 0,
        quote: tuple[str, str] | None = None,
        template: str | None = None,
        known_id: str | None = None,
        **fields: Any,
    ) -> None:
        rule = self.model.reasons[code]
        if (
            kind == "flag"
            and rule.min_claim
            and self.claimed.rank < self.model.rank(rule.min_claim)
        ):
            return
        if not self.model.raised_for(code, self.led_by):
            return
        chosen = rule.quote_for(self.claimed.id, known_id)
        text, source = quote or (chosen.text, chosen.attribution)
        message = rule.message_for(self.led_by or self.model.default_leader).format(
            claimed=self.claimed.label.lower(), **fields
        )
        if template:
            message = template.format(message=message)
        self.reasons.append(
            Reason(
                code=code,
                message=message,
                principles=tuple(principles),
                quote=text,
                attribution=source,
                points=points if points is not None else (rule.points or 0),
                kind=kind,
                rungs=rungs,
            )
        )


def worded_level(wording: str | None, model: Model) -> tuple[Level, str] | None:
    """The highest rung the project's own words claim, and the words that claim it."""
    best: tuple[Level, str] | None = None
    for level_id, pattern in model.wording:
        match = pattern.search(wording or "")
        level = model.level(level_id)
        if match and (best is None or level.rank > best[0].rank):
            best = (level, match.group(0))
    return best


def meets(level: Level, overall: float | None, weakest: float | None) -> bool:
    """The figures reach a rung's bars (overall and weakest pillar; coverage aside)."""
    if level.min_overall <= 0 and level.min_weakest_pillar <= 0:
        return True
    if overall is None or overall < level.min_overall:
        return False
    return level.min_weakest_pillar <= 0 or (
        weakest is not None and weakest >= level.min_weakest_pillar
    )


def _covered(level: Level, maturity: Maturity) -> bool:
    if level.min_coverage <= 0 or maturity.coverage is None:
        return True
    return all(v is None or v >= level.min_coverage for v in maturity.coverage.pillars.values())


def figures_level(maturity: Maturity, model: Model) -> Level:
    """The highest rung the evidenced figures reach, coverage aside."""
    _, weakest = maturity.weakest_pillar
    best = model.levels[0]
    for level in model.levels:
        if meets(level, maturity.overall, weakest):
            best = level
    return best


def supported_level(maturity: Maturity, model: Model) -> Level:
    """The highest rung the evidenced figures reach AND the coverage is enough for."""
    _, weakest = maturity.weakest_pillar
    best = model.levels[0]
    for level in model.levels:
        if meets(level, maturity.overall, weakest) and _covered(level, maturity):
            best = level
    return best


def rated_level(maturity: Maturity, model: Model) -> Level:
    """The highest rung the answers as rated allow: only what IS known can hold it down, so a
    pillar or plan with nothing answered contradicts nothing."""
    if maturity.rated_overall is None:
        return model.levels[-1]
    _, weakest = maturity.rated_weakest_pillar
    best = model.levels[0]
    for level in model.levels:
        if maturity.rated_overall >= level.min_overall and (
            weakest is None or weakest >= level.min_weakest_pillar
        ):
            best = level
    return best


def backing_groups(plan: Plan, model: Model) -> tuple[str, ...]:
    """Who, other than the side making the claim, backs it with evidence: the groups that gave
    evidenced answers, when between them enough principles were answered and enough of those
    answers carry evidence; nobody otherwise."""
    over = model.over_claim
    known = evidenced = 0
    groups: set[str] = set()
    for person in plan.respondents:
        group = model.group_of(person.role, plan.project.led_by)
        if group not in over.backing_groups:
            continue
        for answer in person.answers.values():
            if answer.score is not None:
                known += 1
                if answer.evidence:
                    evidenced += 1
                    groups.add(group)
    if known >= over.backing_min_answers and evidenced >= over.backing_evidenced_share * known:
        return tuple(g for g in over.backing_groups if g in groups)
    return ()


def evaluate_risk(plan: Plan, maturity: Maturity, catalogue: Catalogue, model: Model) -> Risk:
    led_by = plan.project.led_by
    stated = model.level(plan.claim.level)
    worded = worded_level(plan.claim.wording, model)
    claimed = worded[0] if worded and worded[0].rank > stated.rank else stated
    found = _Findings(model, claimed, led_by)
    if worded and worded[0].rank > stated.rank:
        found.add(
            "wording-outruns-claim",
            worded=worded[0].label.lower(),
            stated=stated.label.lower(),
            match=worded[1],
        )

    caps = _caps(plan, model)
    lowest = min(caps, key=lambda c: c[1].rank) if caps else None
    supported = supported_level(maturity, model)
    figures = figures_level(maturity, model)
    rated = rated_level(maturity, model)
    cap_rank = lowest[1].rank if lowest else len(model.levels) - 1
    known = model.levels[min(rated.rank, cap_rank)]
    evidenced = model.levels[min(supported.rank, cap_rank)]
    over = model.over_claim

    # 1. Rungs the known practice holds down: to the figures, or to the lowest cap.
    contradicted = max(0, claimed.rank - known.rank)
    binding = lowest if lowest and lowest[1].rank < rated.rank else None
    figure_rungs = max(0, claimed.rank - rated.rank)
    if figure_rungs:
        found.add(
            CONTRADICTED,
            _weak_principles(maturity, model),
            points=figure_rungs * over.contradicted_per_rung,
            kind="contradicted",
            rungs=figure_rungs,
            limit=_figures_limit(maturity, model, model.levels[rated.rank + 1], rated=True),
            known=rated.label.lower(),
            known_id=rated.id,
        )
    # 2. Each screening answer below the claim counts once: the binding cap by its rungs, the
    #    others as flags.
    for code, level in caps:
        if level.rank >= claimed.rank:
            continue
        if binding is not None and code == binding[0]:
            rungs = min(claimed.rank, rated.rank) - level.rank
            found.add(
                code,
                points=rungs * over.contradicted_per_rung,
                kind="contradicted",
                rungs=rungs,
                template=model.phrases["cap_binding"]
                .replace("{level}", level.label.lower())
                .replace("{rungs}", model.plural("rungs", rungs))
                .replace("{claimed}", claimed.label.lower()),
            )
        else:
            found.add(code)

    # 3. Rungs nothing known contradicts but the evidence does not show.
    unsubstantiated = max(0, min(claimed.rank, known.rank) - evidenced.rank)
    backed_by = backing_groups(plan, model)
    thin = figures if figures.rank > supported.rank else None
    if unsubstantiated:
        per = over.backed_per_rung if backed_by else over.unsubstantiated_per_rung
        top = model.levels[min(claimed.rank, known.rank)]
        found.add(
            UNSUBSTANTIATED,
            _unknown_principles(maturity, model),
            points=unsubstantiated * per,
            kind="unsubstantiated",
            rungs=unsubstantiated,
            upto=(
                model.phrases["upto_claim"]
                if top.rank >= claimed.rank
                else model.phrases["upto_known"].format(known=top.label.lower())
            ),
            why=_why_unshown(maturity, model, model.levels[supported.rank + 1]),
            evidenced=evidenced.label.lower(),
            backing=_backing_phrase(backed_by, model),
        )

    _whole_project(plan, maturity, model, found)
    _community_voice(plan, model, found)
    _perception_gap(plan, maturity, model, found)
    _not_applicable(maturity, found)
    _unevidenced(plan, maturity, model, found)
    _ordered_steps(plan, maturity, catalogue, model, found)

    reasons = sorted(found.reasons, key=lambda r: (-r.points, r.code))
    score = min(model.max_score, sum(r.points for r in reasons))
    kind = "contradicted" if contradicted else "unsubstantiated" if unsubstantiated else "supported"
    far = contradicted >= model.thresholds["far_below_rungs"]
    band = model.band_for(score)
    return Risk(
        stated=stated,
        worded=claimed,
        supported=supported,
        evidenced=evidenced,
        caps=tuple(caps),
        score=score,
        band=band,
        reasons=tuple(reasons),
        known=known,
        thin=thin,
        contradicted=contradicted,
        unsubstantiated=unsubstantiated,
        backed_by=backed_by,
        verdict_kind=kind,
        wording_match=worded,
        led_by=led_by or model.default_leader,
        verdict=model.verdicts[f"{kind}_far" if kind == "contradicted" and far else kind][band],
    )


def screening_cap(plan: Plan, model: Model, key: str) -> tuple[Cap | None, str | None]:
    """The cap one screening answer sets here, or None; and when its answer has a cap that
    does not apply to this plan, why: `part` (a whole-project cap, a claim for part of it) or
    `led_by` (a rule that does not fire for this leader)."""
    question = model.screening[key]
    answer = plan.screening.get(key)
    cap = question.caps.get(answer) if answer is not None else None
    if cap is None:
        return None, None
    if question.whole_only and plan.claim.scope != "whole":
        return None, "part"
    if not model.raised_for(cap.reason, plan.project.led_by):
        return None, "led_by"
    return cap, None


def _caps(plan: Plan, model: Model) -> list[tuple[str, Level]]:
    """Caps from the screening tells, in the model's order of questions."""
    caps: list[tuple[str, Level]] = []
    for key in model.screening:
        cap, _ = screening_cap(plan, model, key)
        if cap is not None:
            caps.append((cap.reason, model.level(cap.level)))
    return caps


def _figures_limit(maturity: Maturity, model: Model, need: Level, rated: bool) -> str:
    """Why the figures stop below `need`, in the model's words."""
    if rated:
        overall, (pillar, weakest) = maturity.rated_overall, maturity.rated_weakest_pillar
        key = "figures_limit"
    else:
        overall, (pillar, weakest) = maturity.overall, maturity.weakest_pillar
        key = "evidence_limit"
    # name only what falls short: never a pillar that meets its bar
    overall_short = overall is None or overall < need.min_overall
    pillar_short = weakest is not None and weakest < need.min_weakest_pillar
    if overall_short and not pillar_short:
        key += "_overall"
    elif pillar_short and not overall_short:
        key += "_pillar"
    return str(model.phrases[key]).format(
        overall=show(overall or 0),
        pillar=pillar,
        weakest=show(weakest or 0),
        level=need.label.lower(),
        min_overall=show(need.min_overall),
        min_weakest=show(need.min_weakest_pillar),
    )


def _why_unshown(maturity: Maturity, model: Model, need: Level) -> str:
    """Why the evidence stops below `need`: coverage too thin, or scores lacking evidence."""
    parts = []
    if maturity.overall is None:
        parts.append(model.phrases["nothing_known"])
    elif not meets(need, maturity.overall, maturity.weakest_pillar[1]):
        parts.append(_figures_limit(maturity, model, need, rated=False))
    thinnest = maturity.coverage.thinnest_pillar if maturity.coverage else None
    if maturity.overall is not None and thinnest and not _covered(need, maturity):
        parts.append(
            str(model.phrases["coverage_limit"]).format(
                share=show(thinnest[1] * 100),
                pillar=thinnest[0],
                level=need.label.lower(),
                need=show(need.min_coverage * 100),
            )
        )
    return str(model.phrases["join"]).join(parts) or model.phrases["nothing_known"]


def _weak_principles(maturity: Maturity, model: Model) -> list[str]:
    """What holds the figures down: the lowest-rated principles of the weakest pillar (as
    rated), lowest first; unanswered principles are not 'concerns' and are left out."""
    pillar, _ = maturity.rated_weakest_pillar
    weak = [
        s
        for s in maturity.principles.values()
        if pillar in s.pillars and s.rated is not None and model.is_low(s.rated)
    ]
    weak.sort(key=lambda s: (s.rated, s.id))
    return [s.id for s in weak][: int(model.thresholds["max_listed"])]


def _unknown_principles(maturity: Maturity, model: Model) -> list[str]:
    """What is not shown: the unanswered principles of the thinnest pillar (a few)."""
    thinnest = maturity.coverage.thinnest_pillar if maturity.coverage else None
    limit = int(model.thresholds["max_listed"])
    return [
        s.id
        for s in maturity.principles.values()
        if s.combined is None
        and not s.not_applicable
        and (thinnest is None or thinnest[0] in s.pillars)
    ][:limit]


def _whole_project(plan: Plan, maturity: Maturity, model: Model, found: _Findings) -> None:
    """A whole-project claim that the plan itself limits (its own parts, or honesty about scope
    rated low). Joining midway or late counts through its own screening finding, not here."""
    if plan.claim.scope != "whole":
        return
    why = []
    for pid in model.whole_project_low:
        score = maturity.principles.get(pid)
        if score is not None and score.combined is not None and model.is_low(score.combined):
            why.append(str(model.phrases["whole_low"]).format(title=score.title.lower()))
    if plan.claim.parts:
        why.append(
            str(model.phrases["whole_parts"]).format(
                parts=str(model.phrases["list"]).join(plan.claim.parts)
            )
        )
    if why:
        found.add("whole-project-claim", why=str(model.phrases["join"]).join(why))


def _backing_phrase(groups: tuple[str, ...], model: Model) -> str:
    if not groups:
        return str(model.phrases["not_backed"])
    names = [model.phrases["group_names"].get(g, g) for g in groups]
    return str(model.phrases["backed"]).format(groups=str(model.phrases["join"]).join(names))


def _community_voice(plan: Plan, model: Model, found: _Findings) -> None:
    """The claim resting on its maker's word is a finding; a desk review that cannot hear
    either side is missing information, noted at no cost (model.yaml `sides`)."""
    led_by = plan.project.led_by
    answered = [p for p in plan.respondents if p.answers]
    groups = {model.group_of(p.role, led_by) for p in answered}
    if not answered or model.sides["community"] in groups:
        return
    roles = sorted({p.role for p in answered}, key=list(model.roles).index)
    who = str(model.phrases["only_roles"]).format(
        roles=str(model.phrases["join"]).join(model.roles[r].plural for r in roles)
    )
    code = (
        "no-community-voice" if model.sides["organisation"] in groups else "community-view-unknown"
    )
    found.add(code, roles=who)


def _perception_gap(plan: Plan, maturity: Maturity, model: Model, found: _Findings) -> None:
    """The organisation side rating principles or pillars well above the community side, both
    as rated: this compares what each side believes, evidence aside."""
    pairs = side_by_side(plan, model, maturity.principles)
    gap_points = model.thresholds["perception_gap_points"]
    shown_n = int(model.thresholds["max_detailed"])
    wide = {pid: sc for pid, sc in pairs.items() if sc[0] - sc[1] >= gap_points}
    details = []
    if wide:
        shown = str(model.phrases["list"]).join(
            str(model.phrases["gap_pair"]).format(
                id=pid, title=maturity.principles[pid].title, staff=show(s), community=show(c)
            )
            for pid, (s, c) in list(wide.items())[:shown_n]
        )
        more = (
            str(model.phrases["more"]).format(n=len(wide) - shown_n) if len(wide) > shown_n else ""
        )
        details.append(
            str(model.phrases["gap_principles"]).format(
                count=len(wide),
                principle_word=model.plural("principle", len(wide)),
                points=show(gap_points),
                shown=shown,
                more=more,
            )
        )
    listed = set(list(wide)[:shown_n])
    for pillar, (s, c) in pillar_sides(pairs, maturity).items():
        compared = [pid for pid in pairs if pillar in maturity.principles[pid].pillars]
        if listed.issuperset(compared):
            continue  # the pillar is only the principles already named: not a wider gap
        if model.figure(s) - model.figure(c) >= model.thresholds["perception_gap_pillar"]:
            details.append(
                str(model.phrases["gap_pillar"]).format(
                    pillar=pillar, staff=show(model.figure(s)), community=show(model.figure(c))
                )
            )
    if details:
        found.add("perception-gap", list(wide), detail=str(model.phrases["details"]).join(details))


def _not_applicable(maturity: Maturity, found: _Findings) -> None:
    na = maturity.not_applicable
    total = len(maturity.principles)
    if total and na and len(na) / total >= found.model.thresholds["many_not_applicable_share"]:
        found.add(
            "many-not-applicable",
            na,
            count=len(na),
            total=total,
            share=show(found.model.figure(len(na) / total * 100)),
        )


def _unevidenced(plan: Plan, maturity: Maturity, model: Model, found: _Findings) -> None:
    count = 0
    ids = []
    for person in plan.respondents:
        for pid, answer in person.answers.items():
            if is_unevidenced(answer, model):
                count += 1
                ids.append(pid)
    if count:
        distinct = list(dict.fromkeys(ids))
        found.add(
            "unevidenced-scores",
            distinct,
            count=count,
            scores=model.plural("score", count),
            were=model.plural("was", count),
            distinct=len(distinct),
            principle_word=model.plural("principle", len(distinct)),
        )


def _ordered_steps(
    plan: Plan, maturity: Maturity, catalogue: Catalogue, model: Model, found: _Findings
) -> None:
    """In an ordered set, a later step rated well above the steps it rests on, by the same side."""
    shown_n = int(model.thresholds["max_detailed"])
    by_set: dict[str, tuple[Any, list[str], list[str]]] = {}
    for pset, _, principle, group, score, before in group_steps(plan, maturity, catalogue):
        if model.outruns(score, before):
            entry = by_set.setdefault(pset.id, (pset, [], []))
            if principle.id not in entry[1]:
                entry[1].append(principle.id)
            entry[2].append(
                str(model.phrases["step_pair"]).format(
                    group=model.phrases["side_names"].get(group, group),
                    id=principle.id,
                    title=principle.title,
                    score=show(score),
                    before=show(before),
                )
            )
    for set_id, (pset, skipped, details) in by_set.items():
        generic = model.ordered_sets["default"]
        code = model.ordered_sets.get(set_id, generic)
        detail = str(model.phrases["details"]).join(details[:shown_n])
        if code == generic:
            first = catalogue.principles[skipped[0]]
            found.add(
                code,
                skipped[: int(model.thresholds["max_listed"])],
                quote=(first.quote, pset.source.attribution()),
                set=pset.name,
                detail=detail,
            )
        else:
            found.add(code, skipped[: int(model.thresholds["max_listed"])], detail=detail)
