"""Many voices: per principle and per group (staff, community side, independent), how many
answered and how their answers spread, not only the mean; and whether a group is big enough
to speak for anyone.

Kept apart from maturity and risk: they may call it, but nothing here changes a score. The
scores are as rated (what people said), not the evidenced view.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import Plan, Respondent

DEFAULT_SMALL_GROUP = 5


def small_group(model: Model) -> int:
    """A group with fewer respondents than this is too small to speak for anyone."""
    return int(model.thresholds.get("small_group", DEFAULT_SMALL_GROUP))


@dataclass(frozen=True)
class Spread:
    """How one group answered one principle."""

    group: str
    answered: int
    """Known scores (0-4)."""
    unknown: int
    """Don't know, or not answered, by someone in the group."""
    counts: tuple[int, ...]
    """How many gave each score: counts[0] gave 0, ... counts[4] gave 4."""
    mean: float | None
    median: float | None
    low: int | None
    high: int | None
    sd: float | None
    """Standard deviation (population); None under two answers."""
    too_small: bool
    """Community side only: fewer answers than the model's `small_group`, too few to speak
    for the community."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "unknown": self.unknown,
            "counts": list(self.counts),
            "mean": _round(self.mean),
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "sd": _round(self.sd),
            "too_small": self.too_small,
        }


@dataclass(frozen=True)
class Group:
    """One side: who is in it and whether there are enough of them."""

    id: str
    roles: tuple[str, ...]
    respondents: int
    too_small: bool


@dataclass(frozen=True)
class Voices:
    """Every group's size, and every principle's spread per group."""

    groups: dict[str, Group]
    principles: dict[str, dict[str, Spread]]
    threshold: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "small_group": self.threshold,
            "groups": {
                g.id: {"respondents": g.respondents, "too_small": g.too_small}
                for g in self.groups.values()
            },
            "principles": [
                {"id": pid, "groups": {group: s.to_dict() for group, s in by_group.items()}}
                for pid, by_group in self.principles.items()
            ]
            if self.many
            else [],
        }

    @property
    def many(self) -> bool:
        """Some side has two or more respondents: only then is there a spread to show (with
        one respondent a side, its answer is its score, and a portfolio of a thousand plans
        stays small)."""
        return any(g.respondents > 1 for g in self.groups.values())


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


COUNTED = "community"
"""The group whose size decides whether it can speak for anyone: staff speak for their
organisation and an evaluator for themselves, but community answers stand for a community."""


def spread_of(
    group: str, scores: Sequence[int], unknown: int, threshold: int, scale: int = 5
) -> Spread:
    counts = [0] * scale
    for score in scores:
        counts[score] += 1
    n = len(scores)
    small = group == COUNTED and n < threshold
    if not n:
        return Spread(group, 0, unknown, tuple(counts), None, None, None, None, None, small)
    ordered = sorted(scores)
    middle = n // 2
    median = float(ordered[middle]) if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    mean = math.fsum(scores) / n
    sd = math.sqrt(math.fsum((s - mean) ** 2 for s in scores) / n) if n > 1 else None
    return Spread(
        group, n, unknown, tuple(counts), mean, median, ordered[0], ordered[-1], sd, small
    )


def voices(plan: Plan, principle_ids: Iterable[str], model: Model) -> Voices:
    """Counts and spread per principle and group, for the principles assessed."""
    threshold = small_group(model)
    by_group: dict[str, list[Respondent]] = {}
    for person in plan.respondents:
        # a community-led project's own members speak for the community side (model.yaml led_by)
        by_group.setdefault(model.group_of(person.role, plan.project.led_by), []).append(person)
    groups = {
        gid: Group(
            gid,
            tuple(dict.fromkeys(p.role for p in people)),
            len(people),
            gid == COUNTED and len(people) < threshold,
        )
        for gid, people in by_group.items()
    }
    principles: dict[str, dict[str, Spread]] = {}
    if all(len(people) < 2 for people in by_group.values()):
        return Voices(groups, principles, threshold)  # one answer a side: no spread to show
    for pid in principle_ids:
        row = {}
        for gid, people in by_group.items():
            scores: list[int] = []
            for person in people:
                answer = person.answers.get(pid)
                if answer is not None and answer.score is not None:
                    scores.append(answer.score)
            row[gid] = spread_of(gid, scores, len(people) - len(scores), threshold)
        principles[pid] = row
    return Voices(groups, principles, threshold)
