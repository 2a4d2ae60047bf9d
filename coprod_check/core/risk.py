"""Co-washing risk: how far what a project claims runs ahead of what it can show.

Every rule is in principles/model/model.yaml with the source passage it rests on; this module
only applies them. It is a pure function of the plan, its maturity and the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coprod_check.core.maturity import (
    Maturity,
    is_unevidenced,
    ordered_steps,
    pillar_sides,
    side_by_side,
)
from coprod_check.core.model import Level, Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue

MAX_LISTED = 6
"""Principles a reason names when it does not count them (the weakest, the skipped steps).
A reason that gives a count lists every principle it counts; outputs shorten the list."""


def plural(count: int, noun: str) -> str:
    """`1 high score`, `36 high scores`."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Reason:
    """One finding behind the risk score, with the source passage it rests on."""

    code: str
    message: str
    principles: tuple[str, ...]
    quote: str
    attribution: str
    points: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "points": self.points,
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
    """The highest rung the maturity figures support."""
    evidenced: Level
    """`supported`, lowered by any screening caps."""
    caps: tuple[tuple[str, Level], ...]
    score: int
    band: str
    reasons: tuple[Reason, ...]

    @property
    def gap(self) -> int:
        return max(0, self.worded.rank - self.evidenced.rank)


class _Findings:
    """Collects reasons, applying each rule's `min_claim` and points."""

    def __init__(self, model: Model, claimed: Level) -> None:
        self.model = model
        self.claimed = claimed
        self.reasons: list[Reason] = []

    def add(
        self,
        code: str,
        principles: Iterable[str] = (),
        points: int | None = None,
        **fields: Any,
    ) -> None:
        rule = self.model.reasons[code]
        if rule.min_claim and self.claimed.rank < self.model.rank(rule.min_claim):
            return
        self.reasons.append(
            Reason(
                code=code,
                message=rule.message.format(claimed=self.claimed.label.lower(), **fields),
                principles=tuple(principles),
                quote=rule.quote,
                attribution=rule.attribution,
                points=points if points is not None else (rule.points or 0),
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


def supported_level(maturity: Maturity, model: Model) -> Level:
    _, weakest = maturity.weakest_pillar
    best = model.levels[0]
    for level in model.levels:
        if maturity.overall >= level.min_overall and weakest >= level.min_weakest_pillar:
            best = level
    return best


def evaluate_risk(plan: Plan, maturity: Maturity, catalogue: Catalogue, model: Model) -> Risk:
    stated = model.level(plan.claim.level)
    worded = worded_level(plan.claim.wording, model)
    claimed = worded[0] if worded and worded[0].rank > stated.rank else stated
    found = _Findings(model, claimed)
    if worded and worded[0].rank > stated.rank:
        found.add("wording-outruns-claim", stated=stated.label.lower(), match=worded[1])

    caps = _screening_caps(plan, model, found)
    supported = supported_level(maturity, model)
    evidenced = min([supported, *(level for _, level in caps)], key=lambda lv: lv.rank)
    if claimed.rank > evidenced.rank:
        rungs = claimed.rank - evidenced.rank
        found.add(
            "claim-exceeds-evidence",
            _weak_principles(maturity, model),
            points=rungs * model.points_per_rung,
            evidenced=evidenced.label.lower(),
            limit=_limit(maturity, supported, claimed, caps, model),
        )
    _whole_project(plan, maturity, found)
    _community_voice(plan, model, found)
    _perception_gap(plan, maturity, model, found)
    _unknowns(plan, maturity, found)
    _unevidenced(plan, maturity, model, found)
    _ourlife_steps(plan, maturity, catalogue, model, found)

    reasons = sorted(found.reasons, key=lambda r: (-r.points, r.code))
    score = min(100, sum(r.points for r in reasons))
    return Risk(
        stated=stated,
        worded=claimed,
        supported=supported,
        evidenced=evidenced,
        caps=tuple(caps),
        score=score,
        band=model.band_for(score),
        reasons=tuple(reasons),
    )


def _screening_caps(plan: Plan, model: Model, found: _Findings) -> list[tuple[str, Level]]:
    """Caps from the screening tells; each one below the claim is a reason."""
    caps: list[tuple[str, Level]] = []
    unanswered = []
    for key, question in model.screening.items():
        answer = plan.screening.get(key)
        if answer is None:
            unanswered.append(key)
            continue
        cap = question.caps.get(answer)
        if cap is None or (question.whole_only and plan.claim.scope != "whole"):
            continue
        level = model.level(cap.level)
        caps.append((cap.reason, level))
        if level.rank < found.claimed.rank:
            found.add(cap.reason)
    if unanswered:
        found.add("screening-unanswered", fields=", ".join(unanswered))
    return caps


def _limit(
    maturity: Maturity,
    supported: Level,
    claimed: Level,
    caps: list[tuple[str, Level]],
    model: Model,
) -> str:
    """Why the evidence stops where it does, in words."""
    pillar, weakest = maturity.weakest_pillar
    parts = []
    if supported.rank < claimed.rank:
        nxt = model.levels[supported.rank + 1]
        parts.append(
            f"overall maturity {maturity.overall:.0f}/100 and weakest pillar {pillar} "
            f"{weakest:.0f}/100, where {nxt.label.lower()} needs {nxt.min_overall:.0f} and "
            f"{nxt.min_weakest_pillar:.0f}"
        )
    low_caps = [code for code, level in caps if level.rank < claimed.rank]
    if low_caps:
        parts.append("the screening answers cap it (" + ", ".join(low_caps) + ")")
    return "; ".join(parts) or "the evidence is thin"


def _weak_principles(maturity: Maturity, model: Model) -> list[str]:
    pillar, _ = maturity.weakest_pillar
    limit = model.thresholds["low_principle"]
    weak = [
        s
        for s in maturity.principles.values()
        if pillar in s.pillars and (s.combined is None or s.combined <= limit)
    ]
    weak.sort(key=lambda s: -1 if s.combined is None else s.combined)
    return [s.id for s in weak[:MAX_LISTED]]


def _whole_project(plan: Plan, maturity: Maturity, found: _Findings) -> None:
    """A whole-project claim where the tells say only parts could be co-produced."""
    if plan.claim.scope != "whole":
        return
    why = []
    joined = plan.screening.get("involved_from")
    if joined in ("midway", "late"):
        why.append(f"community members joined {joined}")
    honest = maturity.principles.get("glasshouse.honest-scope")
    if honest is not None and honest.combined is not None and honest.combined <= 1:
        why.append("honesty about scope is rated low")
    if plan.claim.parts:
        why.append("the plan itself lists parts (" + ", ".join(plan.claim.parts) + ")")
    if why:
        found.add("whole-project-claim", why=" and ".join(why))


def _community_voice(plan: Plan, model: Model, found: _Findings) -> None:
    groups = {model.roles[p.role].group for p in plan.respondents}
    if "community" in groups:
        return
    roles = sorted({p.role for p in plan.respondents})
    who = f"answers came only from {' and '.join(roles)}" if roles else "no one has answered yet"
    found.add("no-community-voice", roles=who)


def _perception_gap(plan: Plan, maturity: Maturity, model: Model, found: _Findings) -> None:
    """Staff rating principles or pillars well above the community side, as rated."""
    pairs = side_by_side(plan, model, maturity.principles)
    gap_points = model.thresholds["perception_gap_points"]
    wide = {pid: sc for pid, sc in pairs.items() if sc[0] - sc[1] >= gap_points}
    details = []
    if wide:
        shown = ", ".join(f"{pid} {s:.1f} vs {c:.1f}" for pid, (s, c) in list(wide.items())[:3])
        more = f" and {len(wide) - 3} more" if len(wide) > 3 else ""
        details.append(f"{plural(len(wide), 'principle')} 2+ points apart ({shown}{more})")
    for pillar, (s, c) in pillar_sides(pairs, maturity).items():
        if s - c >= model.thresholds["perception_gap_pillar"]:
            details.append(f"{pillar} pillar {s:.0f} vs {c:.0f}")
    if details:
        found.add("perception-gap", list(wide), detail="; ".join(details))


def _unknowns(plan: Plan, maturity: Maturity, found: _Findings) -> None:
    if maturity.unknown_share >= found.model.thresholds["many_unknowns_share"]:
        unknown = [pid for pid, s in maturity.principles.items() if s.combined is None]
        found.add("many-unknowns", unknown, share=round(maturity.unknown_share * 100))


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
            scores=plural(count, "high score"),
            spread=plural(len(distinct), "principle"),
        )


def _ourlife_steps(
    plan: Plan, maturity: Maturity, catalogue: Catalogue, model: Model, found: _Findings
) -> None:
    """In an ordered set, a later step rated well above the steps it rests on."""
    gap = model.thresholds["ourlife_step_gap"]
    skipped: list[str] = []
    details: list[str] = []
    for _, _, principle, score, before in ordered_steps(plan, maturity, catalogue):
        if score is not None and before is not None and score - before >= gap:
            skipped.append(principle.id)
            details.append(f"{principle.id} {score:.1f} vs {before:.1f} before it")
    if skipped:
        found.add("ourlife-step-skipped", skipped[:MAX_LISTED], detail="; ".join(details[:3]))
