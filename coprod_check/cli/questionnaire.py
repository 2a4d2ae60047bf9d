"""The questionnaire's flow, without a terminal: which questions a plan still needs, going back,
continuing a respondent, reading replies, and writing each answer into the plan's own mapping
(so its other content, key order and comments stay as they were).

"Missing" means what the engine counts as missing: absent, empty or `unknown`. A question is
asked at most once a session unless the person goes back to it, so a "don't know" is asked
again only in a later session, where Enter keeps it.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_check.core.errors import did_you_mean
from coprod_check.core.model import Model
from coprod_check.core.plan import TOP_KEYS, UNKNOWN, Answer, parse_score
from coprod_check.core.principles import Catalogue, Principle
from coprod_check.io.plandoc import new_mapping, put

PROJECT_KEYS = ("name", "organisation", "summary")  # the order `init` and the README use
CLAIM_KEYS = ("level", "scope", "parts", "wording")
RESPONDENT_KEYS = ("name", "role", "answers")

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


class Back:
    """The reply `b`: go back one question."""


class Keep:
    """An empty reply to a question answered before: keep that answer."""


class ReplyError(ValueError):
    """A reply that means nothing here; the message says what would."""


BACK = Back()
KEEP = Keep()


# --- reading the plan -----------------------------------------------------------------------


def lookup(raw: Any, path: Sequence[str | int]) -> Any:
    """The value at `path`, or None where any step is absent."""
    node = raw
    for step in path:
        if isinstance(step, int):
            if not isinstance(node, list) or not 0 <= step < len(node):
                return None
        elif not isinstance(node, dict) or step not in node:
            return None
        node = node[step]
    return node


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def decode_answer(value: Any) -> Answer:
    """A principle's answer as written: `3`, `unknown`, or `{score, evidence, note}`."""
    evidence = note = None
    if isinstance(value, dict):
        evidence, note = _evidence_text(value.get("evidence")), _text(value.get("note"))
        value = value.get("score")
    score = parse_score(value)
    known = isinstance(score, int) and not isinstance(score, bool)
    return Answer(score if known else None, evidence, note)


def _evidence_text(value: Any) -> str | None:
    """Evidence as one line: a plain string as it is; the long forms (`{text, url, path,
    date}` or a list) named by their pieces."""
    if isinstance(value, dict | list):
        pieces = value if isinstance(value, list) else [value]
        texts = []
        for piece in pieces:
            if isinstance(piece, dict):
                text = _text(piece.get("text"))
                date = piece.get("date")
                texts.append(f"{text} ({date})" if text and date else text)
            else:
                texts.append(_text(piece))
        return "; ".join(t for t in texts if t) or None
    return _text(value)


def encode_answer(answer: Answer, like: Any = None, before: Any = None) -> Any:
    """The plan's form of an answer: a bare score unless there is evidence or a note. Evidence
    kept unchanged (Enter at its prompt) stays in the form it was written in (`before`)."""
    score: int | str = UNKNOWN if answer.score is None else answer.score
    if not answer.evidence and not answer.note:
        return score
    body = new_mapping(like)
    body["score"] = score
    old = before.get("evidence") if isinstance(before, dict) else None
    if answer.evidence and old is not None and _evidence_text(old) == answer.evidence:
        body["evidence"] = old
    elif answer.evidence:
        body["evidence"] = answer.evidence
    if answer.note:
        body["note"] = answer.note
    return body


def is_missing(question: Question, value: Any) -> bool:
    if value is None:
        return True
    if question.kind == "score":
        return decode_answer(value).score is None
    if question.kind == "parts":
        return not value
    if isinstance(value, str):
        return not value.strip() or (question.kind != "text" and value.strip() == UNKNOWN)
    return False


# --- sets and respondents -------------------------------------------------------------------


def _listed_sets(raw: Any) -> list[str]:
    value = raw.get("sets") if isinstance(raw, dict) else None
    if isinstance(value, str):
        return [value]
    return [str(s) for s in value] if isinstance(value, list) else []


def _has_answers(raw: Any) -> bool:
    return any(isinstance(p, dict) and p.get("answers") for p in respondents(raw))


def choose_sets(
    raw: Any, requested: Sequence[str] | None, model: Model
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the sets to ask about, the sets the plan lists afterwards).

    Asked: `--sets`, else the plan's, else the defaults. The plan keeps every set it had (other
    respondents' answers depend on them) and gains any new one.
    """
    listed = _listed_sets(raw)
    existing = listed or (list(model.default_sets) if _has_answers(raw) else [])
    ask = list(dict.fromkeys(requested or ())) or existing or list(model.default_sets)
    return tuple(ask), tuple(existing + [s for s in ask if s not in existing])


def set_sets(raw: Any, sets: Sequence[str]) -> bool:
    """List `sets` in the plan; True when that changed it."""
    if _listed_sets(raw) == list(sets):
        return False
    put(raw, "sets", list(sets), TOP_KEYS)
    return True


def respondents(raw: Any) -> list[Any]:
    value = raw.get("respondents") if isinstance(raw, dict) else None
    return value if isinstance(value, list) else []


def respondent_name(raw: Any, index: int) -> str:
    return _text(lookup(raw, ("respondents", index, "name"))) or ""


def is_placeholder(raw: Any, index: int) -> bool:
    """A respondent still to be named, as `coprod-check init` writes one: not a person yet."""
    return not respondent_name(raw, index)


def named(raw: Any) -> list[int]:
    """The indexes of the respondents who are people (not the starter's empty slot)."""
    return [i for i in range(len(respondents(raw))) if not is_placeholder(raw, i)]


def respondent_role(raw: Any, index: int) -> str:
    return _text(lookup(raw, ("respondents", index, "role"))) or ""


def find_respondent(raw: Any, name: str) -> int | None:
    """The respondent of that name (ignoring case and spacing): answering again continues them."""
    wanted = " ".join(name.split()).casefold()
    for index, person in enumerate(respondents(raw)):
        if (
            isinstance(person, dict)
            and " ".join(str(person.get("name", "")).split()).casefold() == wanted
        ):
            return index
    return None


def add_respondent(raw: Any, name: str, role: str) -> int:
    """A new respondent; the starter's empty slot is filled in first (its comments stay)."""
    for index in range(len(respondents(raw))):
        person = respondents(raw)[index]
        if isinstance(person, dict) and is_placeholder(raw, index):
            put(person, "name", name, RESPONDENT_KEYS)
            put(person, "role", role, RESPONDENT_KEYS)
            return index
    people = raw.get("respondents")
    if not isinstance(people, list):
        people = []
        put(raw, "respondents", people, TOP_KEYS)
    body = new_mapping(raw)
    body["name"] = name
    body["role"] = role
    people.append(body)
    return len(people) - 1


def principle_ids(catalogue: Catalogue, sets: Sequence[str]) -> list[str]:
    return [p.id for p in catalogue.principles_in(sets)]


def progress(raw: Any, index: int, ids: Sequence[str]) -> tuple[int, int]:
    """(answered, asked about) for one respondent; don't-knows count as not answered."""
    answers = lookup(raw, ("respondents", index, "answers"))
    answers = answers if isinstance(answers, dict) else {}
    done = sum(decode_answer(answers[i]).score is not None for i in ids if i in answers)
    return done, len(ids)


def resume_candidate(raw: Any, ids: Sequence[str]) -> int | None:
    """The respondent `--resume` continues: the latest one with questions left."""
    for index in reversed(named(raw)):
        done, total = progress(raw, index, ids)
        if done < total:
            return index
    return None


def resume_command(
    path: Path,
    raw: Any,
    model: Model,
    catalogue: Catalogue,
    ask: Sequence[str],
    respondent: int | None,
) -> str:
    """The command that picks up where this session stopped, with only the options it needs."""
    words = ["coprod-check", "assess", str(path), "--resume"]
    if tuple(ask) != choose_sets(raw, None, model)[0]:
        words += ["--sets", ",".join(ask)]
    if (
        respondent is not None
        and resume_candidate(raw, principle_ids(catalogue, ask)) != respondent
    ):
        words += ["--name", respondent_name(raw, respondent)]
    return " ".join(shlex.quote(w) for w in words)


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


# --- replies --------------------------------------------------------------------------------


def read_score(text: str, earlier: bool) -> int | Back | Keep | None:
    """`0`-`4`, `?` (don't know), `b` (back), or Enter (keep the earlier answer)."""
    reply = text.strip().lower()
    if reply == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        raise ReplyError("type a score from 0 to 4, or ? if you don't know")
    if reply in ("?", UNKNOWN):
        return None
    score = parse_score(int(reply)) if reply.isascii() and reply.isdecimal() else False
    if isinstance(score, bool) or score is None:
        raise ReplyError(
            f"`{text.strip()}` is not a score: type 0, 1, 2, 3 or 4, or ? if you don't know"
        )
    return score


NOTE_KEY = "n"


def read_score_note(text: str, earlier: bool) -> tuple[int | Back | Keep | None, bool]:
    """A score reply, and whether the person wants to write a note with it: `3n` is a 3 and a
    note, `?n` a don't-know and a note, a lone `n` keeps the earlier answer and adds a note."""
    reply = text.strip().lower()
    if reply.endswith(NOTE_KEY) and reply != UNKNOWN:
        body = reply[: -len(NOTE_KEY)].strip()
        if not body:
            if earlier:
                return KEEP, True
            raise ReplyError("type the score first, then n: `3n` saves a 3 and asks for a note")
        value = read_score(body, earlier)
        if isinstance(value, Back | Keep):
            raise ReplyError("type a score, then n: `3n` saves a 3 and asks for a note")
        return value, True
    return read_score(text, earlier), False


def read_choice(
    text: str, choices: Sequence[str], earlier: bool, unknown: bool = False
) -> str | Back | Keep:
    """A choice by its number (1 = first) or its name; `?` gives `unknown` where allowed."""
    reply = " ".join(text.split())
    if reply.lower() == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        raise ReplyError("type the number or the name of one of the choices")
    if unknown and reply.lower() in ("?", UNKNOWN):
        return UNKNOWN
    if reply.isascii() and reply.isdigit() and 1 <= int(reply) <= len(choices):
        return choices[int(reply) - 1]
    by_name = {c.lower(): c for c in choices}
    if reply.lower() in by_name:
        return by_name[reply.lower()]
    starts = [c for c in choices if c.lower().startswith(reply.lower())]
    if len(starts) == 1:
        return starts[0]
    hint = did_you_mean(reply, choices) or ""
    hint = hint[:1].upper() + hint[1:]  # a sentence of its own
    numbers = f"1-{len(choices)}"
    raise ReplyError(
        f"`{reply}` is not one of the choices: type {numbers} or a name. {hint}".strip()
    )


def read_text(text: str, earlier: bool, required: bool) -> str | Back | Keep | None:
    """Free text; Enter keeps an earlier answer, or skips an optional question; `-` clears."""
    reply = " ".join(text.split())
    if reply == "b":
        return BACK
    if not reply:
        if earlier:
            return KEEP
        if required:
            raise ReplyError("this one is needed: type an answer")
        return None
    if reply == "-" and not required:
        return None
    return reply


def read_parts(text: str, earlier: bool) -> list[str] | Back | Keep:
    value = read_text(text, earlier, required=True)
    if isinstance(value, Back | Keep):
        return value
    parts = [p.strip() for p in re.split(r"[;,]", value or "") if p.strip()]
    if not parts:
        raise ReplyError("name at least one part, e.g. `play area design`")
    return parts


def read_yes_no(text: str, default: bool) -> bool:
    reply = text.strip().lower()
    if not reply:
        return default
    if reply in ("y", "yes"):
        return True
    if reply in ("n", "no"):
        return False
    raise ReplyError("type y or n")


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
            return None if value is None else decode_answer(value)
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
