"""Who is asked what: the question and scale wording for each side, from viewpoints.yaml.

The scores mean the same from every side; only the words change. A role answers from its
viewpoint (staff from the organisation's, community members and partners from the
community's), so a community member is asked in plain words and never about "your staff".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coprod_check.core.errors import CoprodError
from coprod_check.core.principles import Principle

QUESTION_FIELDS = ("question", "community_question")


@dataclass(frozen=True)
class ScaleStep:
    """One score as a viewpoint words it."""

    score: int
    label: str
    """How the score reads to this side: "Partly"."""
    short: str
    """The same for every side, short enough for a form's answer list: "Partly in place"."""
    words: tuple[str, ...] = ()
    """Other ways people write it in a survey export or a typed-up form."""


@dataclass(frozen=True)
class Viewpoint:
    """The words one side is asked in."""

    id: str
    question_field: str
    intro: str
    scale: tuple[ScaleStep, ...]
    evidence_prompt: str | None
    another: str
    thanks: str | None

    def question(self, principle: Principle) -> str:
        """The principle's question for this side; the staff question where a custom set
        gives none."""
        text = getattr(principle, self.question_field, None)
        return text if isinstance(text, str) and text else principle.question

    def label(self, score: int) -> str:
        return next(step.label for step in self.scale if step.score == score)

    def scale_line(self) -> str:
        """`0 No, not at all · 1 Not yet, but it is planned · ...`"""
        return " · ".join(f"{step.score} {step.label}" for step in self.scale)


@dataclass(frozen=True)
class Viewpoints:
    """Every viewpoint, the role that answers from each, and the answer words they share."""

    roles: dict[str, str]
    viewpoints: dict[str, Viewpoint]
    dont_know: str
    dont_know_words: tuple[str, ...]
    group_labels: dict[str, str] = field(default_factory=dict)
    anonymous: dict[str, str] = field(default_factory=dict)
    """Role -> how a report refers to one of its respondents without their name."""

    def for_role(self, role: str | None) -> Viewpoint:
        """The viewpoint a role answers from (the organisation's for an unknown role)."""
        return self.viewpoints[self.roles.get(role or "", "organisation")]

    @functools.cached_property
    def answer_words(self) -> dict[str, int | None]:
        """Every answer word any side may write, normalised, to its score (None: don't know)."""
        words: dict[str, int | None] = {normalise(w): None for w in self.dont_know_words}
        words[normalise(self.dont_know)] = None
        for viewpoint in self.viewpoints.values():
            for step in viewpoint.scale:
                for word in (step.label, step.short, *step.words):
                    words.setdefault(normalise(word), step.score)
        return words

    def short_labels(self) -> list[tuple[int, str]]:
        """(score, the short label every side shares), for forms that mix viewpoints."""
        first = next(iter(self.viewpoints.values()))
        return [(step.score, step.short) for step in first.scale]


_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """Case, curly quotes, spacing and end punctuation do not matter in answer words."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip().strip(".!").strip().casefold()


def parse_viewpoints(data: Any, roles: Iterable[str]) -> Viewpoints:
    """Build the viewpoints; the file ships with the package, so a broken one is a bug."""
    try:
        views = {
            key: Viewpoint(
                id=key,
                question_field=str(v["question"]),
                intro=" ".join(str(v["intro"]).split()),
                scale=tuple(
                    ScaleStep(
                        int(s["score"]),
                        str(s["label"]),
                        str(s["short"]),
                        tuple(str(w) for w in s.get("words", ())),
                    )
                    for s in v["scale"]
                ),
                evidence_prompt=" ".join(str(v["evidence_prompt"]).split())
                if v.get("evidence_prompt")
                else None,
                another=" ".join(str(v["another"]).split()),
                thanks=str(v["thanks"]) if v.get("thanks") else None,
            )
            for key, v in data["viewpoints"].items()
        }
        role_map = {str(k): str(v) for k, v in data["roles"].items()}
        known = set(roles)
        if set(role_map) != known or not set(role_map.values()) <= set(views):
            raise ValueError(f"roles {sorted(role_map)} must be the model's roles {sorted(known)}")
        for view in views.values():
            if view.question_field not in QUESTION_FIELDS:
                raise ValueError(f"{view.id}: question must be one of {QUESTION_FIELDS}")
            if [s.score for s in view.scale] != list(range(len(view.scale))):
                raise ValueError(f"{view.id}: the scale must run 0, 1, 2, ... in order")
        dont_know = data["dont_know"]
        return Viewpoints(
            roles=role_map,
            viewpoints=views,
            dont_know=str(dont_know["label"]),
            dont_know_words=tuple(str(w) for w in dont_know.get("words", ())),
            group_labels={str(k): str(v) for k, v in data.get("groups", {}).items()},
            anonymous={str(k): str(v) for k, v in data.get("anonymous", {}).items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CoprodError(f"the bundled viewpoints are broken ({exc!r}): reinstall") from None
