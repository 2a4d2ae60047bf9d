"""The plan as `assess` edits it: the plan file's own mapping, read and written in place (so its
other content, key order and comments stay), with its sets, its respondents and their
progress."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import (
    NOT_APPLICABLE,
    TOP_KEYS,
    UNKNOWN,
    Answer,
    read_answer,
)
from coprod_check.core.principles import Catalogue
from coprod_check.io.mapping_edits import new_mapping, put

PROJECT_KEYS = ("name", "organisation", "summary")  # the order `init` and the README use
CLAIM_KEYS = ("level", "scope", "parts", "wording")
RESPONDENT_KEYS = ("name", "role", "answers")
"""The key order each mapping is written in."""


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


def encode_answer(answer: Answer, like: Any = None, before: Any = None) -> Any:
    """The plan's form of an answer: a bare score unless there is evidence or a note. Evidence
    kept unchanged (Enter at its prompt) stays in the form it was written in (`before`)."""
    score: int | str = UNKNOWN if answer.score is None else answer.score
    if answer.not_applicable:
        score = NOT_APPLICABLE
    if not answer.evidence and not answer.note and not answer.reason:
        return score
    body = new_mapping(like)
    body["score"] = score
    old = before.get("evidence") if isinstance(before, dict) else None
    if answer.evidence and old is not None and read_answer(before).evidence == answer.evidence:
        body["evidence"] = old
    elif answer.evidence:
        body["evidence"] = answer.evidence
    if answer.note:
        body["note"] = answer.note
    if answer.reason:
        body["reason"] = answer.reason
    return body


def answered(value: Any) -> bool:
    """A score given, or the principle marked `n/a` (with its reason): nothing left to ask."""
    answer = read_answer(value)
    return answer.score is not None or answer.not_applicable


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
    done = sum(answered(answers[i]) for i in ids if i in answers)
    return done, len(ids)


def resume_candidate(raw: Any, ids: Sequence[str]) -> int | None:
    """The respondent `--resume` continues: the latest one with questions left."""
    for index in reversed(named(raw)):
        done, total = progress(raw, index, ids)
        if done < total:
            return index
    return None
