"""The risk model's numbers, rules and words, read from principles/model/model.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
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
    honest_wording_by_leader: dict[str, str]
    min_overall: float
    min_weakest_pillar: float
    min_coverage: float
    """The share of every pillar that must be known (0-1)."""

    @property
    def honest_wording(self) -> str:
        """The first (default leader's) wording as a template, {community} and {work} unfilled,
        for templates that do not know the plan; `Model.honest_wording` fills in the project's
        own nouns."""
        return next(iter(self.honest_wording_by_leader.values()))


@dataclass(frozen=True)
class Cap:
    """A screening answer that caps the evidenced level, and the reason it gives."""

    level: str
    reason: str


@dataclass(frozen=True)
class ScreeningQuestion:
    """One of the tells named in the sources; some answers cap the level, some support it."""

    key: str
    question: str
    choices: tuple[str, ...]
    caps: dict[str, Cap]
    whole_only: bool
    pillars: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A passage from a source text, and who wrote it."""

    source: str
    text: str
    attribution: str


@dataclass(frozen=True)
class ReasonRule:
    """How one kind of finding is scored and worded, and the quote behind it."""

    code: str
    points: int | None
    """None for the rung findings, which score per rung."""
    min_claim: str | None
    message: str
    source: str
    quote: str
    attribution: str
    quotes: dict[str, Quote] = field(default_factory=dict)
    """The passage that fits each claimed rung (`default` for the rest)."""
    led_by_message: dict[str, str] = field(default_factory=dict)

    def quote_for(self, level_id: str, known: str | None = None) -> Quote:
        """The passage that fits a claim of `level_id` (where what is known reaches `known`)."""
        if self.quotes:
            if known and f"{level_id}/{known}" in self.quotes:
                return self.quotes[f"{level_id}/{known}"]
            return self.quotes.get(level_id, self.quotes["default"])
        return Quote(self.source, self.quote, self.attribution)

    def message_for(self, led_by: str) -> str:
        return self.led_by_message.get(led_by, self.message)


@dataclass(frozen=True)
class Role:
    """Who answered, and which side (organisation or community) they speak for."""

    id: str
    group: str
    label: str
    plural: str = ""
    """How a finding names several of them ("independent reviewers")."""


@dataclass(frozen=True)
class Leader:
    """One kind of project leadership and how it changes the rules."""

    id: str
    label: str
    role_groups: dict[str, str]
    not_raised: tuple[str, ...]


@dataclass(frozen=True)
class Sector:
    id: str
    community: str
    work: str


@dataclass(frozen=True)
class OverClaim:
    """Points per rung of each kind of over-claim, and who can back a claim, and how."""

    contradicted_per_rung: int
    unsubstantiated_per_rung: int
    backed_per_rung: int
    backing_min_answers: int
    backing_evidenced_share: float
    backing_groups: tuple[str, ...] = ("community", "independent")


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
    bands: tuple[tuple[str, int], ...]
    thresholds: dict[str, float]
    screening: dict[str, ScreeningQuestion]
    reasons: dict[str, ReasonRule]
    verdicts: dict[str, dict[str, str]]
    over_claim: OverClaim = OverClaim(20, 20, 10, 3, 0.5)
    figure_decimals: int = 1
    max_score: int = 100
    sides: dict[str, str] = field(
        default_factory=lambda: {"organisation": "organisation", "community": "community"}
    )
    leaders: dict[str, Leader] = field(default_factory=dict)
    default_leader: str = "organisation"
    sectors: dict[str, Sector] = field(default_factory=dict)
    default_sector: str = "other"
    advice_fits: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    never_na: tuple[str, ...] = ()
    whole_project_low: tuple[str, ...] = ()
    ordered_sets: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, Any] = field(default_factory=dict)

    def level(self, level_id: str) -> Level:
        return next(lv for lv in self.levels if lv.id == level_id)

    def rank(self, level_id: str) -> int:
        return self.level(level_id).rank

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(lv.id for lv in self.levels)

    @property
    def points_per_rung(self) -> int:
        return self.over_claim.contradicted_per_rung

    def band_for(self, score: int) -> str:
        band = self.bands[0][0]
        for name, floor in self.bands:
            if score >= floor:
                band = name
        return band

    def band_rank(self, band: str) -> int:
        return [name for name, _ in self.bands].index(band)

    def is_low(self, score: float) -> bool:
        """A principle rated at or below `low_principle`: one that holds the figures down."""
        return score <= self.thresholds["low_principle"]

    def outruns(self, score: float, before: float) -> bool:
        """A later step of an ordered set rated `ourlife_step_gap` or more above the steps it
        rests on."""
        return score - before >= self.thresholds["ourlife_step_gap"]

    def group_of(self, role: str, led_by: str | None = None) -> str:
        """The side a role speaks for; in a community-led project staff are the community."""
        leader = self.leaders.get(led_by or self.default_leader)
        if leader and role in leader.role_groups:
            return leader.role_groups[role]
        return self.roles[role].group

    def raised_for(self, code: str, led_by: str | None) -> bool:
        leader = self.leaders.get(led_by or self.default_leader)
        return leader is None or code not in leader.not_raised

    def nouns(self, community: str | None, sector: str | None) -> dict[str, str]:
        kind = self.sectors.get(sector or self.default_sector) or self.sectors.get(
            self.default_sector
        )
        default = kind.community if kind else "the community"
        return {"community": community or default, "work": kind.work if kind else "the work"}

    def honest_wording(
        self, level: Level, led_by: str | None, community: str | None, sector: str | None
    ) -> str:
        """What the project can truthfully say at `level`, in its own nouns."""
        template = level.honest_wording_by_leader.get(
            led_by or self.default_leader,
            level.honest_wording_by_leader[self.default_leader],
        )
        text = template.format(**self.nouns(community, sector))
        return text[:1].upper() + text[1:]

    def advice_fits_plan(self, principle_id: str, led_by: str | None, sector: str | None) -> bool:
        fits = self.advice_fits.get(principle_id)
        if not fits:
            return True
        if "sectors" in fits and (sector or self.default_sector) not in fits["sectors"]:
            return False
        return "led_by" not in fits or (led_by or self.default_leader) in fits["led_by"]

    def figure(self, value: float) -> float:
        """A 0-100 figure rounded half up to `figure_decimals`, the same in every output."""
        step = Decimal(1).scaleb(-self.figure_decimals)
        return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))

    def plural(self, key: str, n: int) -> str:
        forms = self.phrases[key]
        return str(forms["one"] if n == 1 else forms["many"]).format(n=n)


def show(value: float) -> str:
    """A number as a reader expects it: `4`, not `4.0`; `2.5` stays `2.5`."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _quote(body: dict[str, Any], sources: dict[str, Any]) -> Quote:
    return Quote(body["source"], body["quote"], sources[body["source"]]["attribution"])


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
                honest_wording_by_leader=(
                    dict(lv["honest_wording"])
                    if isinstance(lv["honest_wording"], dict)
                    else {"organisation": lv["honest_wording"]}
                ),
                min_overall=float(lv["requires"]["overall"]),
                min_weakest_pillar=float(lv["requires"]["weakest_pillar"]),
                min_coverage=float(lv["requires"].get("coverage", 0)),
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
                pillars=tuple(q.get("pillars", ())),
                supports=tuple(str(s) for s in q.get("supports", ())),
            )
            for key, q in data["screening"].items()
        }
        reasons = {}
        for code, r in data["reasons"].items():
            quotes = {lv: _quote(q, sources) for lv, q in r.get("quotes", {}).items()}
            source = r.get("source") or quotes["default"].source
            reasons[code] = ReasonRule(
                code=code,
                points=r["points"] if isinstance(r["points"], int) else None,
                min_claim=r.get("min_claim"),
                message=r["message"],
                source=source,
                quote=r.get("quote") or (quotes["default"].text if quotes else ""),
                attribution=sources[source]["attribution"] if source in sources else "",
                quotes=quotes,
                led_by_message=dict(r.get("led_by_message", {})),
            )
        over = data["over_claim"]
        leaders = data["led_by"]
        sectors = data["sectors"]
        return Model(
            default_sets=tuple(data["default_sets"]),
            scale={int(s["score"]): s["label"] for s in data["scale"]},
            unevidenced_cap=int(data["unevidenced_cap"]),
            evidenced_from=int(data["evidenced_from"]),
            roles={
                k: Role(k, v["group"], v["label"], v.get("plural", k))
                for k, v in data["roles"].items()
            },
            levels=levels,
            wording=tuple(
                (w["level"], re.compile(w["pattern"], re.IGNORECASE)) for w in data["wording"]
            ),
            bands=tuple(sorted(data["bands"].items(), key=lambda kv: kv[1])),
            thresholds={k: float(v) for k, v in data["thresholds"].items()},
            screening=screening,
            reasons=reasons,
            verdicts={kind: dict(v) for kind, v in data["verdicts"].items()},
            over_claim=OverClaim(
                contradicted_per_rung=int(over["contradicted_per_rung"]),
                unsubstantiated_per_rung=int(over["unsubstantiated_per_rung"]),
                backed_per_rung=int(over["backed_per_rung"]),
                backing_min_answers=int(over["backing"]["min_answers"]),
                backing_evidenced_share=float(over["backing"]["evidenced_share"]),
                backing_groups=tuple(over["backing"]["groups"]),
            ),
            figure_decimals=int(data["figure_decimals"]),
            max_score=int(data["max_score"]),
            sides=dict(data["sides"]),
            leaders={
                k: Leader(k, v["label"], dict(v["role_groups"]), tuple(v["not_raised"]))
                for k, v in leaders["kinds"].items()
            },
            default_leader=leaders["default"],
            sectors={k: Sector(k, v["community"], v["work"]) for k, v in sectors["kinds"].items()},
            default_sector=sectors["default"],
            advice_fits={
                pid: {key: tuple(vals) for key, vals in fits.items()}
                for pid, fits in data["advice_fits"].items()
            },
            never_na=tuple(data["not_applicable"]["never"]),
            whole_project_low=tuple(data["whole_project"]["low_principles"]),
            ordered_sets=dict(data["ordered_sets"]),
            phrases=dict(data["phrases"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise CoprodError(f"the bundled risk model is broken ({exc!r}): reinstall") from None
