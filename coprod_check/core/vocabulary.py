"""The values the plan spec names with `From(...)`, taken from the principle sets and the model
in use (custom sets included), for the checker and the JSON Schema alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.principles import Catalogue
from coprod_check.core.spec import Choice, Either, From, Node, Obj, Text


@dataclass(frozen=True)
class Vocabulary:
    """The values `From(...)` names, from the principle sets and the model in use."""

    catalogue: Catalogue
    model: Model
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def doc(self, source: From) -> str:
        """A description of a vocabulary's values, for the JSON Schema."""
        if source.name == "levels":
            return "; ".join(f"{lv.id}: {lv.meaning}" for lv in self.model.levels)
        return ""

    def choices(self, source: From) -> tuple[str, ...]:
        if source.name == "levels":
            return self.model.level_ids
        if source.name == "roles":
            return tuple(self.model.roles)
        if source.name == "sets":
            return tuple(self.catalogue.sets)
        if source.name == "leaders":
            return tuple(self.model.leaders)
        if source.name == "sectors":
            return tuple(self.model.sectors)
        if source.name == "principles":
            return tuple(self.catalogue.principles)
        raise KeyError(source.name)

    def value(self, source: From) -> Any:
        if source.name == "default_sets":
            return list(self.model.default_sets)
        if source.name == "default_leader":
            return self.model.default_leader
        if source.name == "default_sector":
            return self.model.default_sector
        raise KeyError(source.name)

    def fields(self, source: From) -> dict[str, Node]:
        if source.name != "screening":
            raise KeyError(source.name)
        if "screening" not in self._cache:
            self._cache["screening"] = {
                key: Either(
                    short=Choice(q.choices, unknown=True, yes_no=True),
                    long=Obj(
                        {
                            "value": Choice(q.choices, unknown=True, yes_no=True, required=True),
                            "evidence": Text(
                                "What shows it: an answer that helps the claim counts as known "
                                "only with evidence"
                            ),
                            "note": Text("Anything else worth saying"),
                        }
                    ),
                    key="value",
                    doc=q.question,
                )
                for key, q in self.model.screening.items()
            }
        result: dict[str, Node] = self._cache["screening"]
        return result

    def describe(self, source: From, key: str) -> str:
        """The description of one key of a `Map` (a principle's question)."""
        if source.name == "principles":
            p = self.catalogue.principles[key]
            return f"{p.title}: {p.question}"
        return ""

    def scale(self) -> str:
        return "; ".join(f"{s} {label}" for s, label in self.model.scale.items()) + "; or unknown"

    def scope(self, sets: list[str]) -> set[str]:
        """Principle ids that may be answered when the plan assesses `sets`."""
        return {p.id for p in self.catalogue.principles_in(sets)}

    def members(self, set_id: str) -> tuple[str, ...]:
        return tuple(p.id for p in self.catalogue.principles_in([set_id]))
