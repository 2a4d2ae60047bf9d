"""Principle sets: the schema of a set file, and the catalogue of built-in and custom sets.
(Reading the files is io/datafiles.py's job.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from coprod_check.core.checks import Checker
from coprod_check.core.errors import CoprodError, did_you_mean, either

PILLARS = ("power", "knowledge", "inclusion")
"""Future of London's three principles: "sharing power, sharing knowledge and being inclusive"."""


SET_ID = re.compile(r"[a-z][a-z0-9-]{0,31}")
"""Ids are written into plans, file names, YAML keys and terminals: nothing but these."""
PRINCIPLE_ID = re.compile(r"[a-z][a-z0-9-]{0,31}\.[a-z0-9][a-z0-9-]{0,63}")


@dataclass(frozen=True)
class Source:
    """The published text a set comes from, so every finding can be traced."""

    title: str
    author: str | None = None
    organisation: str | None = None
    date: str | None = None
    document: str | None = None
    url: str | None = None
    """Where a reader can open the text: an http(s) address, so a report can link it."""

    def attribution(self) -> str:
        """`Author, Organisation (date)`: how a reader can find the text."""
        who = ", ".join(x for x in (self.author, self.organisation) if x)
        when = f" ({self.date})" if self.date else ""
        return f"{who or self.title}{when}"


@dataclass(frozen=True)
class Principle:
    """One principle: its source's words and the question that tests it."""

    id: str
    title: str
    quote: str
    question: str
    evidence_prompt: str
    advice: str
    pillars: tuple[str, ...]
    community_question: str | None = None
    """The question in plain words for a community member; None in a custom set without one
    (community respondents are then asked `question`)."""

    @property
    def set_id(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class PrincipleSet:
    """A published set of principles, built in or custom."""

    id: str
    name: str
    source: Source
    summary: str
    ordered: bool
    principles: tuple[Principle, ...]
    builtin: bool = True
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape of a set (documented in the README)."""
        source = {k: v for k, v in vars(self.source).items() if v is not None}
        return {
            "id": self.id,
            "name": self.name,
            "source": source,
            "summary": self.summary,
            "ordered": self.ordered,
            "principles": [
                {
                    "id": p.id,
                    "title": p.title,
                    "source": {"quote": p.quote},
                    "question": p.question,
                    **(
                        {"community_question": p.community_question} if p.community_question else {}
                    ),
                    "evidence_prompt": p.evidence_prompt,
                    "advice": p.advice,
                    "pillars": list(p.pillars),
                }
                for p in self.principles
            ],
        }


@dataclass(frozen=True)
class Catalogue:
    """Every known set, in order, with a lookup of every principle."""

    sets: dict[str, PrincipleSet]
    principles: dict[str, Principle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.principles:
            for pset in self.sets.values():
                for p in pset.principles:
                    self.principles[p.id] = p

    def get_set(self, set_id: str) -> PrincipleSet:
        if set_id not in self.sets:
            raise CoprodError(
                f"unknown principle set `{set_id}`", hint=did_you_mean(set_id, self.sets)
            )
        return self.sets[set_id]

    def set_of(self, principle_id: str) -> PrincipleSet:
        return self.sets[principle_id.split(".", 1)[0]]

    def find(self, item_id: str) -> PrincipleSet | Principle:
        """A set or a principle by id; unknown ids name the nearest valid ones."""
        if item_id in self.sets:
            return self.sets[item_id]
        if item_id in self.principles:
            return self.principles[item_id]
        # a bare slug like `sharing-power` is most likely a principle of one or more sets
        slugs = [p for p in self.principles if p.split(".", 1)[1] == item_id]
        if slugs:
            hint: str | None = f"did you mean {either(slugs)}?"
        else:
            hint = did_you_mean(item_id, [*self.sets, *self.principles])
        raise CoprodError(
            f"no principle set or principle has the id `{item_id}`",
            hint=hint or "run `coprod-check principles list` to see every id",
        )

    def principles_in(self, set_ids: Iterable[str]) -> Iterator[Principle]:
        for set_id in set_ids:
            yield from self.sets[set_id].principles


_SET_KEYS = ("id", "name", "source", "summary", "principles")
_PRINCIPLE_KEYS = ("id", "title", "source", "question", "evidence_prompt", "advice", "pillars")
_PRINCIPLE_OPTIONAL = ("community_question",)


def parse_set(data: Any, file: str | None = None, *, builtin: bool = False) -> PrincipleSet:
    """Check a set file's data against the schema and build the set; every problem is listed."""
    check = Checker(file)
    top = check.mapping(data, (), _SET_KEYS, ("ordered",), what="a principle set")
    if top is None:
        check.raise_if_any()
        raise AssertionError("unreachable")
    set_id = check.text(top.get("id"), ("id",)) or ""
    if set_id and not SET_ID.fullmatch(set_id):
        check.add(
            ("id",),
            f"set id `{set_id}` is not allowed",
            "one word of 1-32 lower-case letters, digits and dashes, starting with a letter",
        )
        set_id = ""
    source = _parse_source(check, top.get("source"))
    ordered = top.get("ordered", False)
    if not isinstance(ordered, bool):
        check.add(("ordered",), "must be true or false")
    principles: list[Principle] = []
    raw = top.get("principles")
    if raw is not None and not isinstance(raw, list):
        check.add(("principles",), "must be a list of principles")
    elif isinstance(raw, list) and not raw:
        check.add(("principles",), "must hold at least one principle")
    seen: set[str] = set()
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        principle = _parse_principle(check, item, ("principles", index), set_id)
        if principle is None:
            continue
        if principle.id in seen:
            check.add(("principles", index, "id"), f"duplicate principle id `{principle.id}`")
        seen.add(principle.id)
        principles.append(principle)
    name = check.text(top.get("name"), ("name",))
    summary = check.text(top.get("summary"), ("summary",))
    check.raise_if_any()
    assert name is not None and summary is not None and source is not None
    return PrincipleSet(
        id=set_id,
        name=name,
        source=source,
        summary=summary,
        ordered=bool(ordered),
        principles=tuple(principles),
        builtin=builtin,
        path=file,
    )


def _parse_source(check: Checker, value: Any) -> Source | None:
    src = check.mapping(
        value, ("source",), ("title",), ("author", "organisation", "date", "document", "url")
    )
    if src is None:
        return None
    title = check.text(src.get("title"), ("source", "title"))
    optional = {
        k: check.text(src.get(k), ("source", k), required=False)
        for k in ("author", "organisation", "date", "document", "url")
    }
    url = optional["url"]
    if url and not url.lower().startswith(("https://", "http://")):
        check.add(("source", "url"), "must be an http:// or https:// address")
        optional["url"] = None
    return Source(title=title or "", **optional)


def _parse_principle(
    check: Checker, item: Any, path: tuple[str | int, ...], set_id: str
) -> Principle | None:
    body = check.mapping(item, path, _PRINCIPLE_KEYS, _PRINCIPLE_OPTIONAL, what="a principle")
    if body is None:
        return None
    pid = check.text(body.get("id"), (*path, "id"))
    if pid and set_id and not pid.startswith(f"{set_id}."):
        check.add((*path, "id"), f"`{pid}` must start with its set id: `{set_id}.`")
    elif pid and not PRINCIPLE_ID.fullmatch(pid):
        check.add(
            (*path, "id"),
            f"principle id `{pid}` is not allowed",
            "the set id, a dot, then 1-64 lower-case letters, digits and dashes",
        )
    quote = None
    src = check.mapping(body.get("source"), (*path, "source"), ("quote",))
    if src is not None:
        quote = check.text(src.get("quote"), (*path, "source", "quote"))
    texts = {
        k: check.text(body.get(k), (*path, k))
        for k in ("title", "question", "evidence_prompt", "advice")
    }
    community = check.text(
        body.get("community_question"), (*path, "community_question"), required=False
    )
    pillars = body.get("pillars")
    if isinstance(pillars, str):
        pillars = [pillars]
    if not isinstance(pillars, list) or not pillars:
        check.add((*path, "pillars"), "must list one or more of: " + ", ".join(PILLARS))
        pillars = []
    for i, pillar in enumerate(pillars):
        if pillar not in PILLARS:
            check.add(
                (*path, "pillars", i), f"unknown pillar `{pillar}`", did_you_mean(pillar, PILLARS)
            )
    if pid is None or quote is None or None in texts.values():
        return None
    return Principle(
        id=pid,
        quote=quote,
        pillars=tuple(p for p in pillars if p in PILLARS),
        community_question=community or None,
        **texts,  # type: ignore[arg-type]
    )
