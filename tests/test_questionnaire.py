"""The questionnaire's flow without a terminal: what is missing, going back, continuing a
respondent, reading replies, and writing answers into the plan's own mapping."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from coprod_check.cli import plan_mapping as pm
from coprod_check.cli import questionnaire as q
from coprod_check.cli import replies as r
from coprod_check.cli import shell_commands as shell
from coprod_check.core.plan import Answer, parse_plan, read_answer
from coprod_check.io.loading import Context
from tests import plans
from tests.conftest import EXAMPLES, REPO
from tests.plans import FOL, GOOD_SCREENING, evidenced, person


def plan(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """A fresh copy: the flow edits plans in place, and the builder shares its screening."""
    return copy.deepcopy(plans.plan(*args, **kwargs))


def session(context: Context, raw: Any, respondent: int | None = None, **kw: Any) -> q.Session:
    return q.Session(raw, context.model, context.catalogue, ("fol",), respondent, **kw)


def ids(questions: list[q.Question]) -> list[str]:
    return [question.id for question in questions]


def answer_all(s: q.Session, replies: dict[str, Any]) -> list[str]:
    """Answer every question the session asks, from `replies` by question id; the ids asked."""
    asked = []
    while (question := s.current()) is not None:
        asked.append(question.id)
        s.answer(question, replies[question.id])
    return asked


# --- what is missing -------------------------------------------------------------------------


def test_a_new_plan_asks_project_claim_then_screening(context: Context) -> None:
    s = session(context, {})
    asked = ids(s.pending())
    screening = [f"screening.{k}" for k in context.model.screening]
    assert asked == [
        "project.name",
        "project.organisation",
        "claim.level",
        "claim.scope",
        "claim.wording",
        *screening,
    ]
    s.respondent = pm.add_respondent(s.raw, "Jo", "staff")
    assert ids(s.pending())[-3:] == [f"answers.{s.respondent}.{pid}" for pid in FOL]


def test_only_what_is_missing_is_asked(context: Context) -> None:
    raw = plan("consult", [person("Jo", "staff", {FOL[0]: 2, FOL[1]: "unknown"})])
    del raw["screening"]["decision_power"]
    raw["screening"]["outcome_predetermined"] = "unknown"
    s = session(context, raw, respondent=0)
    # organisation is present, wording and scope follow the claim level, which is answered
    assert ids(s.pending()) == [
        "screening.decision_power",
        "screening.outcome_predetermined",
        f"answers.0.{FOL[1]}",
        f"answers.0.{FOL[2]}",
    ]


def test_an_answer_marked_n_a_is_answered_not_asked_again(context: Context) -> None:
    na = {"score": "n/a", "reason": "no site to visit"}
    raw = plan("consult", [person("Jo", "staff", {FOL[0]: 2, FOL[1]: na})])
    s = session(context, raw, respondent=0)
    assert [i for i in ids(s.pending()) if i.startswith("answers.")] == [f"answers.0.{FOL[2]}"]
    assert pm.progress(raw, 0, FOL) == (2, 3)
    earlier = s.earlier(s.questions()[[*ids(s.questions())].index(f"answers.0.{FOL[1]}")])
    assert earlier.not_applicable and earlier.reason == "no site to visit"
    # kept with a note added (`n` alone): still n/a, its reason kept
    assert pm.encode_answer(replace(earlier, note="ask again")) == {**na, "note": "ask again"}


def test_optional_questions_are_asked_only_with_their_section(context: Context) -> None:
    raw: dict[str, Any] = {"project": {"name": "Park"}, "claim": {"level": "consult"}}
    s = session(context, raw)
    assert "project.organisation" not in ids(s.questions())
    assert "claim.wording" not in ids(s.questions())


def test_a_skipped_optional_answer_is_not_written_nor_asked_again(context: Context) -> None:
    s = session(context, {})
    s.answer(s.current(), "Park")  # name
    organisation = s.current()
    assert organisation is not None and organisation.id == "project.organisation"
    s.answer(organisation, None)
    assert "organisation" not in s.raw["project"]
    assert s.current() is not None and s.current().id == "claim.level"  # type: ignore[union-attr]


def test_dont_know_is_not_asked_twice_in_a_session_but_is_in_the_next(context: Context) -> None:
    s = session(context, plan("consult", [], screening={}))
    first = s.current()
    assert first is not None and first.id == "screening.initiated_by"
    s.answer(first, "unknown")
    assert s.raw["screening"]["initiated_by"] == "unknown"
    assert s.current() is not None and s.current().id == "screening.involved_from"  # type: ignore[union-attr]
    later = session(context, s.raw)
    assert later.current() == first
    assert later.earlier(first) == "unknown"


def test_a_second_respondent_in_the_same_run_gets_every_question(context: Context) -> None:
    raw = plan("consult", [person("Jo", "staff", {})], screening={"involved_from": "unknown"})
    first = session(context, raw, respondent=0)
    replies: dict[str, Any] = {f"answers.0.{pid}": Answer(1) for pid in FOL}
    replies |= {f"screening.{k}": v for k, v in GOOD_SCREENING.items()}
    replies["screening.involved_from"] = "unknown"
    asked = answer_all(first, replies)
    assert "screening.involved_from" in asked
    sam = pm.add_respondent(raw, "Sam", "community")
    second = session(context, raw, respondent=sam, asked=first.asked)
    # the don't-know screening answer was just given: not asked again; Sam's principles are
    assert ids(second.pending()) == [f"answers.{sam}.{pid}" for pid in FOL]


def test_parts_are_asked_only_for_a_part_claim(context: Context) -> None:
    s = session(context, {"project": {"name": "Park", "organisation": "Council"}})
    replies = {"claim.level": "co-design", "claim.scope": "part", "claim.parts": ["play area"]}
    replies |= {"claim.wording": "We co-designed the play area."}
    replies |= {f"screening.{k}": v for k, v in GOOD_SCREENING.items()}
    asked = answer_all(s, replies)
    assert asked.index("claim.parts") == asked.index("claim.scope") + 1
    assert s.raw["claim"] == {
        "level": "co-design",
        "scope": "part",
        "parts": ["play area"],
        "wording": "We co-designed the play area.",
    }


# --- going back --------------------------------------------------------------------------------


def test_back_reasks_then_replays_before_new_questions(context: Context) -> None:
    s = session(context, plan("consult", [person("Jo", "staff", {})]), respondent=0)
    for score in (1, 2):
        s.answer(s.current(), Answer(score))
    third = s.current()
    assert third is not None and third.id == f"answers.0.{FOL[2]}"
    assert s.back() and s.back()
    first = s.current()
    assert first is not None and first.id == f"answers.0.{FOL[0]}"
    assert s.earlier(first) == Answer(1)
    s.answer(first, Answer(4, "minutes"))  # changed
    second = s.current()
    assert second is not None and second.id == f"answers.0.{FOL[1]}"  # replayed, not skipped
    s.answer(second, r.KEEP)
    assert s.current() == third
    assert s.raw["respondents"][0]["answers"] == {FOL[0]: evidenced(4, "minutes"), FOL[1]: 2}


def test_back_at_the_first_question_goes_nowhere(context: Context) -> None:
    s = session(context, {})
    assert not s.back()
    assert s.current() is not None and s.current().id == "project.name"  # type: ignore[union-attr]


def test_back_skips_a_question_that_no_longer_applies(context: Context) -> None:
    s = session(context, {"project": {"name": "Park", "organisation": "Council"}})
    for reply in ("co-design", "part", ["play area"]):
        s.answer(s.current(), reply)
    assert s.back() and s.back()  # back to scope
    scope = s.current()
    assert scope is not None and scope.id == "claim.scope"
    s.answer(scope, "whole")
    nxt = s.current()
    assert nxt is not None and nxt.id == "claim.wording"  # parts no longer apply
    assert s.back()
    assert s.current() == scope
    assert s.raw["claim"]["parts"] == ["play area"], "changing scope loses nothing written"


# --- writing into the plan ---------------------------------------------------------------------


def test_answers_keep_the_plans_other_content_and_order(context: Context) -> None:
    raw: dict[str, Any] = {
        "coprod-check": 1,
        "respondents": [person("Ann", "community", {FOL[2]: 1})],
        "project": {"summary": "A park.", "name": "Park"},
        "claim": {"wording": "We consulted.", "level": "consult"},
        "assessed": "2024-05-01",
    }
    s = session(context, raw)
    s.answer(s.current(), "community")  # screening is new: it goes before `assessed`
    assert list(raw) == ["coprod-check", "respondents", "project", "claim", "screening", "assessed"]
    jo = pm.add_respondent(raw, "Jo", "staff")
    s.respondent = jo
    while (question := s.current()) is not None and question.kind != "score":
        s.answer(question, GOOD_SCREENING[str(question.path[-1])])
    for _ in range(2):
        s.answer(s.current(), Answer(2))
    assert raw["respondents"][0] == person("Ann", "community", {FOL[2]: 1})
    assert raw["project"] == {"summary": "A park.", "name": "Park"}
    assert raw["claim"] == {"wording": "We consulted.", "level": "consult"}
    assert list(raw["screening"]) == list(context.model.screening)
    assert raw["respondents"][jo] == person("Jo", "staff", {FOL[0]: 2, FOL[1]: 2})
    parse_plan(raw, context.catalogue, context.model)


def test_answers_are_inserted_in_principle_order(context: Context) -> None:
    raw = plan("consult", [person("Jo", "staff", {FOL[2]: 3})])
    s = session(context, raw, respondent=0)
    s.answer(s.current(), Answer(1))
    assert list(raw["respondents"][0]["answers"]) == [FOL[0], FOL[2]]


@pytest.mark.parametrize(
    ("answer", "written"),
    [
        (Answer(2), 2),
        (Answer(None), "unknown"),
        (Answer(3, "minutes"), {"score": 3, "evidence": "minutes"}),
        (Answer(None, None, "ask Sam"), {"score": "unknown", "note": "ask Sam"}),
        (Answer(4, "sign-off", "n"), {"score": 4, "evidence": "sign-off", "note": "n"}),
    ],
)
def test_answers_are_written_in_the_plans_own_forms(answer: Answer, written: Any) -> None:
    assert pm.encode_answer(answer) == written
    decoded = read_answer(written)
    assert (decoded.score, decoded.evidence, decoded.note) == (
        answer.score,
        answer.evidence,
        answer.note,
    )


# --- respondents and sets ----------------------------------------------------------------------


def test_a_respondent_of_the_same_name_is_continued(context: Context) -> None:
    raw = plan("consult", [person("Jo Bloggs", "staff", {FOL[0]: 2})])
    assert pm.find_respondent(raw, "  jo   BLOGGS ") == 0
    assert pm.find_respondent(raw, "Sam") is None
    index = pm.add_respondent(raw, "Sam", "community")
    assert index == 1 and pm.find_respondent(raw, "sam") == 1
    assert raw["respondents"][1] == {"name": "Sam", "role": "community"}


def test_progress_and_the_respondent_resume_continues(context: Context) -> None:
    raw = plan(
        "consult",
        [
            person("Done", "staff", dict.fromkeys(FOL, 2)),
            person("Half", "community", {FOL[0]: 1, FOL[1]: "unknown"}),
            person("Also done", "partner", dict.fromkeys(FOL, 3)),
        ],
    )
    assert [pm.progress(raw, i, FOL) for i in range(3)] == [(3, 3), (1, 3), (3, 3)]
    assert pm.resume_candidate(raw, FOL) == 1
    raw["respondents"][1]["answers"] = dict.fromkeys(FOL, 1)
    assert pm.resume_candidate(raw, FOL) is None


def test_sets_asked_and_kept(context: Context) -> None:
    model = context.model
    raw = plan("consult", [], sets=["fol", "newham"])
    assert pm.choose_sets(raw, None, model) == (("fol", "newham"), ("fol", "newham"))
    assert pm.choose_sets(raw, ["trueman"], model) == (("trueman",), ("fol", "newham", "trueman"))
    answered_without_sets = {"respondents": [person("Jo", "staff", {FOL[0]: 1})]}
    _, listed = pm.choose_sets(answered_without_sets, ["trueman"], model)
    assert listed == (*model.default_sets, "trueman"), "answers to the default sets stay valid"
    assert pm.choose_sets({}, None, model) == (model.default_sets, model.default_sets)
    assert pm.set_sets(raw, ["fol", "newham"]) is False
    assert pm.set_sets(raw, ["fol", "newham", "trueman"]) is True
    assert raw["sets"] == ["fol", "newham", "trueman"]


def test_resume_command_names_only_what_resume_would_not_guess(context: Context) -> None:
    model, catalogue = context.model, context.catalogue
    raw = plan(
        "consult",
        [person("Ann Lee", "staff", {FOL[0]: 1}), person("Jo", "community", {FOL[0]: 1})],
        sets=["fol", "newham"],
    )
    path = Path("my plan.yaml")
    both = ("fol", "newham")
    assert shell.resume_command(path, raw, model, catalogue, both, 1) == (
        "coprod-check assess 'my plan.yaml' --resume"
    )
    assert shell.resume_command(path, raw, model, catalogue, both, 0).endswith(
        "--resume --name 'Ann Lee'"
    )
    assert shell.resume_command(path, raw, model, catalogue, ("fol",), 1).endswith(
        "--resume --sets fol"
    )


# --- the sources' words ------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["involved_from", "decision_power", "outcome_predetermined"])
def test_screening_why_quotes_the_reasons_behind_each_cap(context: Context, key: str) -> None:
    model = context.model
    rules = [model.reasons[cap.reason] for cap in model.screening[key].caps.values()]
    why = q.screening_why(model, key)
    assert why, "every screening question with caps explains itself"
    sources = [(rule.quote, rule.attribution) for rule in rules]
    assert all(item in sources for item in why)
    shown = [quote for quote, _ in why]
    for rule in rules:  # each reason's words are shown, alone or inside a longer quote
        assert any(rule.quote in quote for quote in shown)
    assert len(shown) == len(set(shown))
    assert not any(a != b and a in b for a in shown for b in shown), "no quote shown twice"


# --- replies -----------------------------------------------------------------------------------


def test_score_replies() -> None:
    assert [r.read_score(t, False) for t in ("0", " 4 ", "?", "unknown")] == [0, 4, None, None]
    assert r.read_score("b", False) is r.BACK
    assert r.read_score("", True) is r.KEEP
    for bad in ("", "5", "-1", "two", "2.5"):
        with pytest.raises(r.ReplyError):
            r.read_score(bad, False)


def test_choice_replies() -> None:
    choices = ["start", "early", "midway", "late"]
    assert r.read_choice("3", choices, False) == "midway"
    assert r.read_choice("LATE", choices, False) == "late"
    assert r.read_choice("mid", choices, False) == "midway"
    assert r.read_choice("?", choices, False, unknown=True) == "unknown"
    assert r.read_choice("", choices, True) is r.KEEP
    assert r.read_choice("b", choices, True) is r.BACK
    with pytest.raises(r.ReplyError, match="Did you mean `early`"):
        r.read_choice("eraly", choices, False)
    for bad in ("5", "0", "?", ""):
        with pytest.raises(r.ReplyError):
            r.read_choice(bad, choices, False)


def test_text_and_parts_replies() -> None:
    assert r.read_text("  Play   park ", False, required=True) == "Play park"
    assert r.read_text("", False, required=False) is None
    assert r.read_text("-", True, required=False) is None
    assert r.read_text("", True, required=True) is r.KEEP
    with pytest.raises(r.ReplyError):
        r.read_text(" ", False, required=True)
    assert r.read_parts("play area; planting, ", False) == ["play area", "planting"]
    with pytest.raises(r.ReplyError):
        r.read_parts(",", False)
    assert r.read_yes_no("", False) is False and r.read_yes_no("Y", False) is True
    with pytest.raises(r.ReplyError):
        r.read_yes_no("maybe", False)


@pytest.mark.parametrize("reply", ["¹", "²", "٣"])
def test_non_ascii_digits_are_refused_not_crashed(reply: str) -> None:
    with pytest.raises(r.ReplyError):
        r.read_choice(reply, ["yes", "partly", "no"], earlier=False)


PLAN_FILES = sorted(EXAMPLES.glob("*.yaml")) + sorted(
    (REPO / "tests" / "calibration").glob("*.yaml")
)


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.stem)
def test_the_questionnaire_reads_answers_as_the_plan_does(context: Context, path: Path) -> None:
    """One decoding of answers: what assess reads back is what check scores."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    parsed = parse_plan(raw, context.catalogue, context.model)
    pairs = [
        (value, person.answers[pid])
        for person, data in zip(parsed.respondents, raw.get("respondents") or [], strict=True)
        for pid, value in (data.get("answers") or {}).items()
    ]
    assert pairs
    assert [read_answer(value) for value, _ in pairs] == [answer for _, answer in pairs]
