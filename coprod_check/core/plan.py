"""The plan file (format version 1): its schema, checked strictly, and its data classes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from coprod_check.core.checks import Checker, kind
from coprod_check.core.errors import did_you_mean
from coprod_check.core.model import Model
from coprod_check.core.principles import Catalogue

FORMAT_VERSION = 1
VERSION_KEY = "coprod-check"
TOP_KEYS = (VERSION_KEY, "project", "claim", "screening", "sets", "assessed", "respondents")
UNKNOWN = "unknown"
SCOPES = ("whole", "part")


@dataclass(frozen=True)
class Answer:
    """One respondent's score for one principle, and what shows it."""

    score: int | None
    """0-4, or None for unknown."""
    evidence: str | None = None
    note: str | None = None

    @property
    def known(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Respondent:
    """Someone who answered, in one role."""

    name: str
    role: str
    answers: dict[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class Project:
    """What the project is and who leads it."""

    name: str
    organisation: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Claim:
    """What the project says it does, in a level and in its own words."""

    level: str
    scope: str = "whole"
    parts: tuple[str, ...] = ()
    wording: str | None = None


@dataclass(frozen=True)
class Plan:
    """A checked plan file: the claim, and the answers that test it."""

    project: Project
    claim: Claim
    screening: dict[str, str | None]
    """Every screening key; None where unanswered."""
    sets: tuple[str, ...]
    respondents: tuple[Respondent, ...] = ()
    assessed: str | None = None


def parse_plan(data: Any, catalogue: Catalogue, model: Model, file: str | None = None) -> Plan:
    """Check a plan's data against the schema; every problem is listed with its key path."""
    check = Checker(file)
    if data is None:
        check.add((), "the file is empty", "run `coprod-check init` for a starter plan")
        check.raise_if_any()
    top = check.mapping(data, (), ("project", "claim"), TOP_KEYS, what="a plan (a mapping)")
    if top is None:
        check.raise_if_any()
        raise AssertionError("unreachable")
    version = top.get(VERSION_KEY, FORMAT_VERSION)
    if version != FORMAT_VERSION or isinstance(version, bool):
        check.add(
            (VERSION_KEY,),
            f"unsupported plan format version `{version}`",
            f"this coprod-check reads version {FORMAT_VERSION}: upgrade coprod-check or fix it",
        )
    project = _project(check, top.get("project"))
    claim = _claim(check, top.get("claim"), model)
    screening = _screening(check, top.get("screening"), model)
    sets = _sets(check, top.get("sets"), catalogue, model)
    respondents = _respondents(check, top.get("respondents"), catalogue, model, sets)
    assessed = _assessed(check, top.get("assessed"))
    check.raise_if_any()
    assert project is not None and claim is not None
    return Plan(project, claim, screening, tuple(sets), tuple(respondents), assessed)


def _project(check: Checker, value: Any) -> Project | None:
    body = check.mapping(value, ("project",), ("name",), ("organisation", "summary"))
    if body is None:
        return None
    name = check.text(body.get("name"), ("project", "name"))
    org = check.text(body.get("organisation"), ("project", "organisation"), required=False)
    summary = check.text(body.get("summary"), ("project", "summary"), required=False)
    return Project(name, org, summary) if name else None


def _claim(check: Checker, value: Any, model: Model) -> Claim | None:
    body = check.mapping(value, ("claim",), ("level",), ("scope", "parts", "wording"))
    if body is None:
        return None
    level = check.choice(body.get("level"), ("claim", "level"), model.level_ids)
    scope = check.choice(body.get("scope", "whole"), ("claim", "scope"), SCOPES)
    parts: list[str] = []
    if body.get("parts") is not None:
        parts = check.text_list(body["parts"], ("claim", "parts")) or []
    if scope == "part" and not parts:
        check.add(
            ("claim", "parts"),
            "is required when `scope: part`",
            "list the parts that were co-produced, e.g. `parts: [play area design]`",
        )
    wording = check.text(body.get("wording"), ("claim", "wording"), required=False)
    if level is None or scope is None:
        return None
    return Claim(level, scope, tuple(parts), wording)


def _screening(check: Checker, value: Any, model: Model) -> dict[str, str | None]:
    answers: dict[str, str | None] = dict.fromkeys(model.screening)
    if value is None:
        return answers
    body = check.mapping(value, ("screening",), (), model.screening)
    for key, question in model.screening.items():
        raw = (body or {}).get(key)
        if raw is None or raw == UNKNOWN:
            continue
        answers[key] = check.choice(raw, ("screening", key), question.choices)
    return answers


def _sets(check: Checker, value: Any, catalogue: Catalogue, model: Model) -> list[str]:
    if value is None:
        return list(model.default_sets)
    sets = check.text_list(value, ("sets",)) or []
    for i, set_id in enumerate(sets):
        if set_id not in catalogue.sets:
            hint = did_you_mean(set_id, catalogue.sets)
            check.add(("sets", i), f"unknown principle set `{set_id}`", hint)
    if isinstance(value, list) and not value:
        check.add(("sets",), "must name at least one principle set")
    return list(dict.fromkeys(s for s in sets if s in catalogue.sets))


def _respondents(
    check: Checker, value: Any, catalogue: Catalogue, model: Model, sets: list[str]
) -> list[Respondent]:
    if value is None:
        return []
    if not isinstance(value, list):
        check.add(("respondents",), f"must be a list of respondents, not {kind(value)}")
        return []
    in_scope = {p.id for p in catalogue.principles_in(sets)}
    people: list[Respondent] = []
    names: set[str] = set()
    for i, item in enumerate(value):
        path: tuple[str | int, ...] = ("respondents", i)
        body = check.mapping(item, path, ("name", "role"), ("answers",), what="a respondent")
        if body is None:
            continue
        name = check.text(body.get("name"), (*path, "name"))
        role = check.choice(body.get("role"), (*path, "role"), model.roles)
        if name and name in names:
            check.add((*path, "name"), f"two respondents are named `{name}`", "names must differ")
        names.add(name or "")
        answers = _answers(check, body.get("answers"), (*path, "answers"), catalogue, in_scope)
        if name and role:
            people.append(Respondent(name, role, answers))
    return people


def _answers(
    check: Checker,
    value: Any,
    path: tuple[str | int, ...],
    catalogue: Catalogue,
    in_scope: set[str],
) -> dict[str, Answer]:
    if value is None:
        return {}
    body = check.mapping(value, path, what="a mapping of principle id to score", any_keys=True)
    answers: dict[str, Answer] = {}
    for pid, raw in (body or {}).items():
        where = (*path, pid)
        if pid not in catalogue.principles:
            hint = did_you_mean(pid, catalogue.principles) or (
                "run `coprod-check principles list` for every id"
            )
            check.add(where, f"unknown principle id `{pid}`", hint)
            continue
        if pid not in in_scope:
            set_id = pid.split(".", 1)[0]
            check.add(where, f"set `{set_id}` is not in `sets`", f"add `{set_id}` to `sets`")
            continue
        answer = _answer(check, raw, where)
        if answer is not None:
            answers[pid] = answer
    return answers


def _answer(check: Checker, raw: Any, path: tuple[str | int, ...]) -> Answer | None:
    evidence = note = None
    if isinstance(raw, dict):
        body = check.mapping(raw, path, ("score",), ("evidence", "note"))
        if body is None:
            return None
        evidence = check.text(body.get("evidence"), (*path, "evidence"), required=False) or None
        note = check.text(body.get("note"), (*path, "note"), required=False) or None
        raw = body.get("score")
        path = (*path, "score")
    score = parse_score(raw)
    if score is False:
        shown = raw if isinstance(raw, str | int | float) else kind(raw)
        check.add(
            path,
            f"score `{shown}` is not valid",
            "use a whole number from 0 to 4, or `unknown`",
        )
        return None
    return Answer(score if isinstance(score, int) else None, evidence, note)


def parse_score(raw: Any) -> int | bool | None:
    """0-4 as int, None for unknown, False for anything invalid."""
    if raw is None or (isinstance(raw, str) and raw.strip().lower() in (UNKNOWN, "?", "")):
        return None
    if isinstance(raw, bool):
        return False
    if isinstance(raw, str) and raw.strip().isdecimal():  # not isdigit: int("¹") fails
        raw = int(raw.strip())
    if isinstance(raw, int) and 0 <= raw <= 4:
        return raw
    return False


def _assessed(check: Checker, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    check.add(("assessed",), f"`{value}` is not a date", "write it as YYYY-MM-DD")
    return None
