"""One spec of the plan format: the checker and the JSON Schema are both made from
coprod_check/core/spec.py, and this file shows they agree, plan by plan: every example, every
broken plan the other tests use, and every leaf of two examples replaced by awkward values."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from coprod_check.core.errors import CoprodError, ValidationError
from coprod_check.core.plan import parse_plan
from coprod_check.core.schema import plan_schema
from coprod_check.core.spec import CHECKER_ONLY
from coprod_check.io.loading import Context
from tests.conftest import EXAMPLES
from tests.plans import person, plan, same

jsonschema = pytest.importorskip("jsonschema")

LOW = EXAMPLES / "honest-consultation.yaml"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def as_an_editor_sees(value: Any) -> Any:
    """YAML 1.2 editors read an unquoted date as text, where PyYAML makes a date."""
    if isinstance(value, dict):
        return {k: as_an_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_an_editor_sees(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.fixture(scope="module")
def validator(context: Context) -> Any:
    schema = plan_schema(context.catalogue, context.model)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def verdicts(validator: Any, context: Context, data: Any) -> tuple[list[str], list[str]]:
    """What the schema and what the checker find wrong with one plan (empty: valid)."""
    schema_errors = [e.message for e in validator.iter_errors(as_an_editor_sees(data))]
    try:
        parse_plan(data, context.catalogue, context.model)
    except CoprodError as exc:
        return schema_errors, [str(p) for p in exc.problems]
    return schema_errors, []


def assert_agree(validator: Any, context: Context, data: Any, label: str) -> None:
    schema_errors, problems = verdicts(validator, context, data)
    assert bool(schema_errors) == bool(problems), (
        f"{label}: schema says {schema_errors or 'valid'}, checker says {problems or 'valid'}"
    )


# --- every example, and the plans the issue named ------------------------------------------


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_example_is_valid_for_both(validator: Any, context: Context, path: Path) -> None:
    assert verdicts(validator, context, _load(path)) == ([], [])


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    inner = data
    for step in path[:-1]:
        inner = inner[step]
    if value is DELETE:
        del inner[path[-1]]
    else:
        inner[path[-1]] = value
    return data


DELETE = object()
NA_ANSWER = ("respondents", 0, "answers", "ourlife.staff-training")
ANSWER = ("respondents", 0, "answers", "fol.sharing-power")
BROKEN: dict[str, tuple[tuple[Any, ...], Any]] = {
    # the three the checker used to let through (issue 10)
    "project name a number": (("project", "name"), 2024),
    "claim.parts as text, not a list": (("claim", "parts"), "play area"),
    "sets as text, not a list": (("sets",), "fol"),
    # tests/test_ci.py's and tests/test_bad_input.py's broken plans
    "unknown top-level key": (("claimed",), "co-production"),
    "misspelt top-level key": (("respondants",), []),
    "claim level not on the ladder": (("claim", "level"), "co-creation"),
    "claim level misspelt": (("claim", "level"), "coproduction"),
    "no project name": (("project", "name"), DELETE),
    "blank project name": (("project", "name"), "   "),
    "no claim": (("claim",), DELETE),
    "score out of range": (ANSWER, 5),
    "score 7": (ANSWER, 7),
    "score negative": (ANSWER, -1),
    "score as a word": (ANSWER, "high"),
    "score as quoted digits": (ANSWER, "3"),
    "score true": (ANSWER, True),
    "score 2.5": (ANSWER, 2.5),
    "unknown principle": (("respondents", 0, "answers", "fol.sharing-powr"), 2),
    "answer for a set not in sets": (("respondents", 0, "answers", "trueman.blank-canvas"), 2),
    "unknown role": (("respondents", 0, "role"), "councillor"),
    "misspelt role": (("respondents", 0, "role"), "stafff"),
    "unknown screening answer": (("screening", "decision_power"), "lots"),
    "unknown screening key": (("screening", "who_decides"), "shared"),
    "unknown set": (("sets",), ["fol", "nosuchset"]),
    "no sets at all": (("sets",), []),
    "wrong format version": (("coprod-check",), 3),
    "n/a without a reason": (NA_ANSWER, "n/a"),
    "n/a long form without a reason": (NA_ANSWER, {"score": "n/a", "evidence": "minutes"}),
    "n/a with a blank reason": (NA_ANSWER, {"score": "n/a", "reason": "  "}),
    "unknown leader": (("project", "led_by"), "council"),
    "unknown sector": (("project", "sector"), "transport"),
    "community a number": (("project", "community"), 7),
    "screening long form without a value": (("screening", "decision_power"), {"evidence": "x"}),
    "screening long form, wrong value": (
        ("screening", "decision_power"),
        {"value": "lots", "evidence": "minutes"},
    ),
    "screening long form, unknown key": (
        ("screening", "decision_power"),
        {"value": "shared", "proof": "minutes"},
    ),
    "format version as text": (("coprod-check",), "1"),
    "respondents not a list": (("respondents",), {"name": "x", "role": "staff"}),
    "part scope without parts": (("claim", "scope"), "part"),
    "evidence without a score": (ANSWER, {"evidence": "minutes"}),
    "null score in the long form": (ANSWER, {"score": None, "evidence": "minutes"}),
    "evidence a number": (ANSWER, {"score": 3, "evidence": 42}),
    "not a date": (("assessed",), "last spring"),
    "impossible date": (("assessed",), "2026-02-30"),
    "compact date": (("assessed",), "20261125"),
    "wording a list": (("claim", "wording"), ["co-produced"]),
}
VALID: dict[str, tuple[tuple[Any, ...], Any]] = {
    "blank organisation": (("project", "organisation"), None),
    "blank screening answer": (("screening", "decision_power"), None),
    "screening unknown": (("screening", "decision_power"), "unknown"),
    "unquoted yes": (("screening", "participants_rewarded"), True),
    "unquoted no": (("screening", "participants_rewarded"), False),
    "blank answer": (ANSWER, None),
    "unknown answer": (ANSWER, "unknown"),
    "long-form answer": (ANSWER, {"score": 3, "evidence": "minutes", "note": "ok"}),
    "score 2.0": (ANSWER, 2.0),
    "blank sets mean the default": (("sets",), None),
    "no sets mean the default": (("sets",), DELETE),
    "blank respondents": (("respondents",), None),
    "scope left blank": (("claim", "scope"), None),
    "version blank": (("coprod-check",), None),
    "format version 2": (("coprod-check",), 2),
    "n/a with a reason": (NA_ANSWER, {"score": "n/a", "reason": "a residents' group, no staff"}),
    "community-led": (("project", "led_by"), "community"),
    "partnership": (("project", "led_by"), "partnership"),
    "sector": (("project", "sector"), "health"),
    "the community's own name": (("project", "community"), "patients and carers"),
    "screening long form": (
        ("screening", "decision_power"),
        {"value": "shared", "evidence": "board terms of reference"},
    ),
    "screening long form, unknown": (("screening", "decision_power"), {"value": "unknown"}),
    "who started it": (("screening", "initiated_by"), "community"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_plans_are_rejected_by_both(validator: Any, context: Context, case: str) -> None:
    base = _load(LOW)
    path, value = BROKEN[case]
    schema_errors, problems = verdicts(validator, context, _set(base, path, value))
    assert schema_errors, f"schema accepts: {case}"
    assert problems, f"checker accepts: {case}"


@pytest.mark.parametrize("case", sorted(VALID))
def test_valid_variants_are_accepted_by_both(validator: Any, context: Context, case: str) -> None:
    path, value = VALID[case]
    assert verdicts(validator, context, _set(_load(LOW), path, value)) == ([], [])


def test_hand_made_plans_of_the_other_tests_agree(validator: Any, context: Context) -> None:
    cases = {
        "valid": plan("consult", [person("Lead", "staff", same(1))]),
        "every problem at once": plan(
            "coproduction", [person("Lead", "stafff", {"fol.sharing-power": 9})]
        ),
        "part scope": plan("co-design", [], scope="part"),
        "parts given": plan("co-design", [], scope="part", parts=["play area"]),
        "out of scope": plan("consult", [person("L", "staff", {"trueman.blank-canvas": 2})]),
        "in scope": plan(
            "consult", [person("L", "staff", {"trueman.blank-canvas": 2})], sets=["trueman"]
        ),
        "default sets": {
            k: v for k, v in plan("consult", [person("L", "staff", same(2))]).items() if k != "sets"
        },
        "default sets, answer outside": {
            k: v
            for k, v in plan("consult", [person("L", "staff", {"trueman.blank-canvas": 2})]).items()
            if k != "sets"
        },
    }
    for label, data in cases.items():
        assert_agree(validator, context, data, label)


def test_the_checker_only_rule_is_the_one_the_schema_cannot_say(
    validator: Any, context: Context
) -> None:
    """Respondent names must differ: JSON Schema has no way to say so, so only the checker
    enforces it, and spec.CHECKER_ONLY lists it."""
    data = plan("consult", [person("Lead", "staff", {}), person("Lead", "community", {})])
    schema_errors, problems = verdicts(validator, context, data)
    assert schema_errors == []
    assert problems and "two respondents are named `Lead`" in problems[0]
    assert list(CHECKER_ONLY) == ["respondents[].name unique", "answers: never n/a"]


def test_never_n_a_is_the_other_checker_only_rule(validator: Any, context: Context) -> None:
    """The key ingredients that define co-production cannot be n/a (model.yaml): the schema
    accepts n/a on any principle, the checker refuses it here with a clear error."""
    answer = {"score": "n/a", "reason": "we are a small group"}
    data = plan("consult", [person("Lead", "staff", {"fol.sharing-power": answer})])
    schema_errors, problems = verdicts(validator, context, data)
    assert schema_errors == []
    assert problems and "`fol.sharing-power` cannot be n/a" in problems[0]


# --- every leaf of two examples, replaced by awkward values --------------------------------

AWKWARD: list[Any] = [
    None, "", "  ", "unknown", "yes", True, 0, 3, 7, 2.0, -1, "fol", "part", "co-design",
    "staff", "2026-11-25", [], ["fol"], ["x"], {}, {"score": 2}, {"nope": 1},
]  # fmt: skip


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from leaves(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value[:2]):
            yield from leaves(inner, (*path, i))


SMALL = {
    **plan(
        "co-design",
        [
            person("Lead", "staff", {"fol.sharing-power": {"score": 3, "evidence": "minutes"}}),
            person("Resident", "community", {"fol.being-inclusive": 2}),
        ],
        wording="We co-designed the play area.",
        scope="part",
        parts=["play area design", "opening hours"],
    ),
    "assessed": dt.date(2026, 11, 23),
}


def test_schema_and_checker_agree_on_every_mutation(validator: Any, context: Context) -> None:
    assert verdicts(validator, context, SMALL) == ([], [])
    checked = 0
    for path in leaves(SMALL):
        if not path:
            continue
        for value in [*AWKWARD, DELETE]:
            data = _set(SMALL, path, value)
            assert_agree(validator, context, data, f"{path} = {value!r}")
            checked += 1
    assert checked > 500


def test_problems_name_the_key_for_the_three_issue_cases(context: Context) -> None:
    base = _load(LOW)
    for path, value, key in [
        (("project", "name"), 2024, "project.name"),
        (("claim", "parts"), "play area", "claim.parts"),
        (("sets",), "fol", "sets"),
    ]:
        with pytest.raises(ValidationError) as caught:
            parse_plan(_set(base, path, value), context.catalogue, context.model)
        assert [p.key for p in caught.value.problems] == [key]
