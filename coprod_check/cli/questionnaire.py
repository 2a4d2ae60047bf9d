"""The questionnaire's flow, without a terminal: which questions a plan still needs, going back,
continuing a respondent, and each answer written into the plan's own mapping (cli/plan_mapping.py;
replies are read by cli/replies.py).

"Missing" means what the engine counts as missing: absent, empty or `unknown` (an `n/a` with
its reason is an answer, read as the plan reads it: core/plan.py's `read_answer`). A question is
asked at most once a session unless the person goes back to it, so a "don't know" is asked
again only in a later session, where Enter keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coprod_check.cli.plan_mapping import (
    CLAIM_KEYS,
    PROJECT_KEYS,
    RESPONDENT_KEYS,
    answered,
    encode_answer,
    lookup,
)
from coprod_check.cli.replies import Keep
from coprod_check.core.model import Model
from coprod_check.core.plan import (
    TOP_KEYS,
    UNKNOWN,
    read_answer,
)
from coprod_check.core.principles import Catalogue, Principle
from coprod_check.io.mapping_edits import new_mapping, put

FOLLOWUPS = {
    "project.name": ("project.organisation",),
    "claim.level": ("claim.scope", "claim.wording"),
}
"""Questions asked only together with their anchor, when the anchor is missing at the start:
an organisation or wording left blank is not asked for again at every resume."""
_ALL_FOLLOWUPS = {follow for follows in FOLLOWUPS.values() for follow in follows}


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    """text, level, scope, parts, choice (a screening question) or score (a principle)."""
    path: tuple[str | int, ...]
    """Where the answer lives in the plan."""
    section: str
    """project (with the claim), screening or principles: each has its own heading."""
    number: int = 1
    total: int = 1
    optional: bool = False
    principle: Principle | None = None


def is_missing(question: Question, value: Any) -> bool:
    if value is None:
        return True
    if question.kind == "score":
        return not answered(value)
    if question.kind == "parts":
        return not value
    if isinstance(value, str):
        return not value.strip() or (question.kind != "text" and value.strip() == UNKNOWN)
    return False


# --- the source's words for each screening question -----------------------------------------


def screening_why(model: Model, key: str) -> list[tuple[str, str]]:
    """(quote, attribution) of the reasons a screening question can raise, without repeats:
    why the question matters, in the words of the source behind it."""
    found: list[tuple[str, str]] = []
    for cap in model.screening[key].caps.values():
        rule = model.reasons[cap.reason]
        found.append((rule.quote, rule.attribution))
    flat = [" ".join(q.split()) for q, _ in found]
    keep = []
    for i, item in enumerate(found):
        inside_other = any(
            flat[i] in flat[j] and (flat[i] != flat[j] or j < i)
            for j in range(len(found))
            if j != i
        )
        if not inside_other:
            keep.append(item)
    return keep


# --- the session ----------------------------------------------------------------------------


class Session:
    """One person's pass through the questions: what comes next, and going back.

    `history` holds the questions asked this session in order; `cursor` points at the one being
    asked. Going back moves the cursor; answering moves it on, replaying later questions (Enter
    keeps each) before the first new one.
    """

    def __init__(
        self,
        raw: Any,
        model: Model,
        catalogue: Catalogue,
        sets: Sequence[str],
        respondent: int | None = None,
        asked: set[str] | None = None,
    ) -> None:
        """`asked`: what an earlier session of the same run asked, not to be asked again."""
        self.raw = raw
        self.model = model
        self.catalogue = catalogue
        self.sets = tuple(sets)
        self.respondent = respondent
        self.history: list[Question] = []
        self.cursor = 0
        self.asked: set[str] = set(asked or ())
        everything = {q.id: q for q in self._all(_ALL_FOLLOWUPS)}
        self.followups = {
            follow
            for anchor, follows in FOLLOWUPS.items()
            if is_missing(everything[anchor], lookup(raw, everything[anchor].path))
            for follow in follows
        }

    # which questions

    def _all(self, followups: set[str]) -> list[Question]:
        questions = [
            Question("project.name", "text", ("project", "name"), "project"),
            Question(
                "project.organisation",
                "text",
                ("project", "organisation"),
                "project",
                optional=True,
            ),
            Question("claim.level", "level", ("claim", "level"), "project"),
            Question("claim.scope", "scope", ("claim", "scope"), "project"),
        ]
        if lookup(self.raw, ("claim", "scope")) == "part":
            questions.append(Question("claim.parts", "parts", ("claim", "parts"), "project"))
        questions.append(
            Question("claim.wording", "text", ("claim", "wording"), "project", optional=True)
        )
        questions = [q for q in questions if q.id not in _ALL_FOLLOWUPS or q.id in followups]
        keys = list(self.model.screening)
        for n, key in enumerate(keys, 1):
            questions.append(
                Question(
                    f"screening.{key}", "choice", ("screening", key), "screening", n, len(keys)
                )
            )
        if self.respondent is not None:
            principles = list(self.catalogue.principles_in(self.sets))
            for n, p in enumerate(principles, 1):
                path = ("respondents", self.respondent, "answers", p.id)
                questions.append(
                    Question(
                        f"answers.{self.respondent}.{p.id}",
                        "score",
                        path,
                        "principles",
                        n,
                        len(principles),
                        principle=p,
                    )
                )
        return questions

    def position(self) -> tuple[int, int]:
        """(the number of the question asked now, how many this session asks in all).

        Before the respondent is known their principles are counted as all still to come."""
        waiting = 0
        if self.respondent is None:
            waiting = len(list(self.catalogue.principles_in(self.sets)))
        return self.cursor + 1, len(self.history) + len(self.pending()) + waiting

    def questions(self) -> list[Question]:
        """Every question that applies now, answered or not, in the order they are asked."""
        return self._all(self.followups)

    def pending(self) -> list[Question]:
        """The questions still to ask this session."""
        return [
            q
            for q in self.questions()
            if q.id not in self.asked and is_missing(q, lookup(self.raw, q.path))
        ]

    def current(self) -> Question | None:
        """The question to ask now, or None when there is nothing left."""
        applicable = {q.id: q for q in self.questions()}
        while self.cursor < len(self.history):
            question = applicable.get(self.history[self.cursor].id)
            if question is not None:
                return question
            self.cursor += 1
        pending = self.pending()
        return pending[0] if pending else None

    def back(self) -> bool:
        """Step back to the previous question asked this session; False when there is none."""
        applicable = {q.id for q in self.questions()}
        index = self.cursor - 1
        while index >= 0 and self.history[index].id not in applicable:
            index -= 1
        if index < 0:
            return False
        self.cursor = index
        return True

    def earlier(self, question: Question) -> Any:
        """The answer the plan holds for this question now, or None."""
        value = lookup(self.raw, question.path)
        if question.kind == "score":
            return None if value is None else read_answer(value)
        return None if is_missing(question, value) and question.kind != "choice" else value

    # answering

    def answer(self, question: Question, value: Any) -> None:
        """Write the answer into the plan and move on (KEEP leaves the plan as it is)."""
        if not isinstance(value, Keep):
            self._write(question, value)
        if self.cursor < len(self.history) and self.history[self.cursor].id == question.id:
            self.cursor += 1
        else:
            self.history.append(question)
            self.asked.add(question.id)
            self.cursor = len(self.history)

    def _write(self, question: Question, value: Any) -> None:
        if question.kind == "score":
            value = encode_answer(value, self.raw, lookup(self.raw, question.path))
        if value is None:  # an optional question skipped, or cleared with `-`
            parent = lookup(self.raw, question.path[:-1])
            if isinstance(parent, dict) and question.path[-1] in parent:
                del parent[question.path[-1]]
            return
        parent = self._parent(question.path[:-1])
        put(parent, str(question.path[-1]), value, self._order(question.path))

    def _parent(self, path: tuple[str | int, ...]) -> Any:
        node = self.raw
        for depth, step in enumerate(path):
            if isinstance(step, int):
                node = node[step]
                continue
            if node.get(step) is None:
                put(node, step, new_mapping(self.raw), self._order(path[: depth + 1]))
            node = node[step]
        return node

    def _order(self, path: Sequence[str | int]) -> Sequence[str]:
        if len(path) == 1:
            return TOP_KEYS
        head = path[0]
        if head == "project":
            return PROJECT_KEYS
        if head == "claim":
            return CLAIM_KEYS
        if head == "screening":
            return tuple(self.model.screening)
        if head == "respondents" and len(path) == 3:
            return RESPONDENT_KEYS
        if head == "respondents" and len(path) == 4:
            return tuple(self.catalogue.principles)
        return ()
