"""The risk model's numbers and words, read from principles/model/model.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coprod_check.core.errors import CoprodError


@dataclass(frozen=True)
class Level:
    """One rung of the ladder, and what the evidence must reach to support it."""

    id: str
    rank: int
    label: str
    iap2: str
    arnstein: str
    meaning: str
    honest_wording: str
    min_overall: float
    min_weakest_pillar: float


@dataclass(frozen=True)
class Cap:
    """A screening answer that caps the evidenced level, and the reason it gives."""

    level: str
    reason: str


@dataclass(frozen=True)
class ScreeningQuestion:
    """One of the tells named in the sources; some answers cap the level."""

    key: str
    question: str
    choices: tuple[str, ...]
    caps: dict[str, Cap]
    whole_only: bool


@dataclass(frozen=True)
class ReasonRule:
    """How one kind of finding is scored and worded, and the quote behind it."""

    code: str
    points: int | None
    """None for the level gap, which scores per rung."""
    min_claim: str | None
    message: str
    source: str
    quote: str
    attribution: str


@dataclass(frozen=True)
class Role:
    """Who answered, and which side (organisation or community) they speak for."""

    id: str
    group: str
    label: str


@dataclass(frozen=True)
class Model:
    """Every number and word of model.yaml, so no threshold lives in Python."""

    default_sets: tuple[str, ...]
    scale: dict[int, str]
    unevidenced_cap: int
    evidenced_from: int
    roles: dict[str, Role]
    levels: tuple[Level, ...]
    wording: tuple[tuple[str, re.Pattern[str]], ...]
    points_per_rung: int
    bands: tuple[tuple[str, int], ...]
    thresholds: dict[str, float]
    screening: dict[str, ScreeningQuestion]
    reasons: dict[str, ReasonRule]
    verdicts: dict[str, str]

    def level(self, level_id: str) -> Level:
        return next(lv for lv in self.levels if lv.id == level_id)

    def rank(self, level_id: str) -> int:
        return self.level(level_id).rank

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(lv.id for lv in self.levels)

    def band_for(self, score: int) -> str:
        band = self.bands[0][0]
        for name, floor in self.bands:
            if score >= floor:
                band = name
        return band

    def band_rank(self, band: str) -> int:
        return [name for name, _ in self.bands].index(band)


def parse_model(data: Any) -> Model:
    """Build the model; the file ships with the package, so a broken one is a packaging bug."""
    try:
        sources = data["sources"]
        levels = tuple(
            Level(
                id=lv["id"],
                rank=rank,
                label=lv["label"],
                iap2=lv["iap2"],
                arnstein=lv["arnstein"],
                meaning=lv["meaning"],
                honest_wording=lv["honest_wording"],
                min_overall=float(lv["requires"]["overall"]),
                min_weakest_pillar=float(lv["requires"]["weakest_pillar"]),
            )
            for rank, lv in enumerate(data["levels"])
        )
        screening = {
            key: ScreeningQuestion(
                key=key,
                question=q["question"],
                choices=tuple(str(c) for c in q["choices"]),
                caps={str(a): Cap(c["level"], c["reason"]) for a, c in q.get("caps", {}).items()},
                whole_only=bool(q.get("whole_only", False)),
            )
            for key, q in data["screening"].items()
        }
        reasons = {
            code: ReasonRule(
                code=code,
                points=r["points"] if isinstance(r["points"], int) else None,
                min_claim=r.get("min_claim"),
                message=r["message"],
                source=r["source"],
                quote=r["quote"],
                attribution=sources[r["source"]]["attribution"],
            )
            for code, r in data["reasons"].items()
        }
        return Model(
            default_sets=tuple(data["default_sets"]),
            scale={int(s["score"]): s["label"] for s in data["scale"]},
            unevidenced_cap=int(data["unevidenced_cap"]),
            evidenced_from=int(data["evidenced_from"]),
            roles={k: Role(k, v["group"], v["label"]) for k, v in data["roles"].items()},
            levels=levels,
            wording=tuple(
                (w["level"], re.compile(w["pattern"], re.IGNORECASE)) for w in data["wording"]
            ),
            points_per_rung=int(data["points_per_rung"]),
            bands=tuple(sorted(data["bands"].items(), key=lambda kv: kv[1])),
            thresholds={k: float(v) for k, v in data["thresholds"].items()},
            screening=screening,
            reasons=reasons,
            verdicts=dict(data["verdicts"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise CoprodError(f"the bundled risk model is broken ({exc!r}): reinstall") from None
