"""The plan file while `assess` edits it: safe reading, comments kept, atomic saves, the lock,
and refusing a file that changed underneath."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from coprod_check.cli import plan_mapping as pm
from coprod_check.cli import questionnaire as q
from coprod_check.core.errors import InputError, ValidationError
from coprod_check.core.plan import Answer
from coprod_check.io import plan_lock
from coprod_check.io.loading import Context
from coprod_check.io.plan_lock import PlanBusyError, lock_path
from coprod_check.io.plandoc import PlanChangedError, PlanDocument
from coprod_check.io.starter import starter_plan
from tests.conftest import EXAMPLES


def open_doc(path: Path, context: Context) -> PlanDocument:
    return PlanDocument(path, context.catalogue, context.model)


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_an_answer_changes_only_its_own_lines(
    example: Path, tmp_path: Path, context: Context
) -> None:
    path = tmp_path / example.name
    shutil.copy(example, path)
    before = path.read_text(encoding="utf-8")
    with open_doc(path, context) as doc:
        assert doc.dump() == before, "reading and writing back changes nothing"
        first = doc.raw["respondents"][0]
        pid = next(iter(first["answers"]))
        s = q.Session(doc.raw, context.model, context.catalogue, ("fol",), respondent=0)
        s.answer(
            q.Question(f"answers.{pid}", "score", ("respondents", 0, "answers", pid), "principles"),
            Answer(0, None, "changed"),
        )
        doc.save()
    after = path.read_text(encoding="utf-8")
    expected = yaml.safe_load(before)
    expected["respondents"][0]["answers"][pid] = {"score": 0, "note": "changed"}
    assert yaml.safe_load(after) == expected
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert 0 < len(changed) <= 8, changed  # only the answer's own few lines
    assert comments(after) == comments(before)


def test_the_starter_plans_comments_survive_answers(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "coprod-plan.yaml"
    starter = starter_plan(context.catalogue, context.model, ("fol",))
    path.write_text(starter, encoding="utf-8")
    with open_doc(path, context) as doc:
        assert doc.dump() == starter
        s = q.Session(doc.raw, context.model, context.catalogue, ("fol",), respondent=0)
        pm.add_respondent(doc.raw, "Jo", "staff")  # fills in the starter's empty respondent
        replies = {"text": "Play park", "level": "co-design", "scope": "whole"}
        while (question := s.current()) is not None:
            if question.kind == "choice":
                s.answer(question, context.model.screening[str(question.path[-1])].choices[0])
            elif question.kind == "score":
                s.answer(question, Answer(4, "Signed terms of reference", "from the board"))
            else:
                s.answer(question, replies[question.kind])
            doc.save()
    saved = path.read_text(encoding="utf-8")
    assert comments(saved) == comments(starter)
    lines = saved.splitlines()
    for principle in context.catalogue.sets["fol"].principles:  # each heading above its own key
        heading = next(i for i, line in enumerate(lines) if f"# {principle.title}:" in line)
        key = next(i for i, line in enumerate(lines) if line.strip() == f"{principle.id}:")
        assert all(line.lstrip().startswith("#") for line in lines[heading:key]), lines[heading:key]
    data = yaml.safe_load(saved)
    assert data["project"]["name"] == "Play park" and data["claim"]["level"] == "co-design"
    assert [(p["name"], p["role"]) for p in data["respondents"]] == [("Jo", "staff")]
    assert data["respondents"][0]["answers"]["fol.being-inclusive"] == {
        "score": 4,
        "evidence": "Signed terms of reference",
        "note": "from the board",
    }


@pytest.mark.parametrize(
    "tricky", ["yes", "No", "on", "1:20", "010", "~", "2024-01-02", "#1", "a: b"]
)
def test_text_that_yaml_1_1_would_misread_stays_text(
    tricky: str, tmp_path: Path, context: Context
) -> None:
    path = tmp_path / "plan.yaml"
    with open_doc(path, context) as doc:
        s = q.Session(doc.raw, context.model, context.catalogue, ("fol",))
        s.answer(s.current(), tricky)  # project name
        s.answer(s.current(), tricky)  # organisation
        doc.save()
        index = pm.add_respondent(doc.raw, tricky, "staff")
        doc.save()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["project"] == {"name": tricky, "organisation": tricky}
    assert data["respondents"][index]["name"] == tricky


def test_a_new_plan_is_written_only_when_answered(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "sub" / "plan.yaml"
    with open_doc(path, context) as doc:
        assert not doc.existed
        assert lock_path(path).exists()
    assert not path.exists() and not lock_path(path).exists()
    with open_doc(path, context) as doc:
        q.Session(doc.raw, context.model, context.catalogue, ("fol",)).answer(
            q.Question("project.name", "text", ("project", "name"), "project"), "Park"
        )
        doc.save()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data == {"coprod-check": 2, "project": {"name": "Park"}, "assessed": dt.date.today()}


def test_a_blank_file_is_a_new_plan(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("\n  \n", encoding="utf-8")
    with open_doc(path, context) as doc:
        assert not doc.existed


def test_a_plan_in_progress_opens(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("project: {name: Park}\nclaim: {scope: part}\n", encoding="utf-8")
    with open_doc(path, context) as doc:
        assert doc.existed and doc.raw["project"]["name"] == "Park"


def test_an_invalid_plan_is_refused_and_left_alone(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    text = "project: {name: Park}\nclaim:\n  level: co-desing\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as caught, open_doc(path, context):
        pass
    [problem] = caught.value.problems
    assert (problem.line, problem.key) == (3, "claim.level")
    assert "did you mean" in (problem.hint or "")
    assert path.read_text(encoding="utf-8") == text
    assert not lock_path(path).exists()


def test_unsafe_yaml_is_refused(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("project: !!python/object:os.system {name: x}\n", encoding="utf-8")
    with pytest.raises(InputError, match="not allowed"), open_doc(path, context):
        pass


def test_a_file_changed_underneath_is_not_overwritten(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("project: {name: Park}\n", encoding="utf-8")
    elsewhere = "project: {name: Edited in an editor}\n"
    with open_doc(path, context) as doc:
        s = q.Session(doc.raw, context.model, context.catalogue, ("fol",))
        s.answer(s.current(), "consult")  # claim level
        doc.save()
        path.write_text(elsewhere, encoding="utf-8")
        s.answer(s.current(), "whole")
        with pytest.raises(PlanChangedError, match="changed on disk") as caught:
            doc.save()
        assert "--resume" in (caught.value.problems[0].hint or "")
    assert path.read_text(encoding="utf-8") == elsewhere


def test_a_second_writer_is_refused_while_the_first_holds_the_plan(
    tmp_path: Path, context: Context
) -> None:
    path = tmp_path / "plan.yaml"
    with open_doc(path, context):
        assert lock_path(path).read_text().strip() == str(os.getpid())
        with pytest.raises(PlanBusyError, match=f"pid {os.getpid()}"), open_doc(path, context):
            pass
        assert lock_path(path).exists(), "the refused writer leaves the holder's lock alone"
    assert not lock_path(path).exists()
    with open_doc(path, context):
        pass


def test_a_lock_left_by_a_dead_process_does_not_block(tmp_path: Path, context: Context) -> None:
    path = tmp_path / "plan.yaml"
    lock_path(path).write_text("999999999\n", encoding="utf-8")
    with open_doc(path, context):
        assert lock_path(path).read_text().strip() == str(os.getpid())
    assert not lock_path(path).exists()


def test_without_flock_a_lock_left_by_a_crash_blocks_nothing(
    tmp_path: Path, context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: msvcrt.locking on the open lock file, which Windows releases when its process
    dies, so a stale PLAN.lock (here: one with a dead pid in it) does not block; a live one
    does. (msvcrt is stood in for by flock, which has the same per-open-file behaviour.)"""
    import fcntl
    import types

    def locking(fd: int, mode: int, size: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(LK_NBLCK=2, locking=locking))
    monkeypatch.setattr(plan_lock, "fcntl", None)
    path = tmp_path / "plan.yaml"
    lock_path(path).write_text("999999\n", encoding="ascii")  # left behind by a crash
    with open_doc(path, context):
        with pytest.raises(PlanBusyError) as caught, open_doc(path, context):
            pass
        assert f"pid {os.getpid()}" in str(caught.value)
    assert not lock_path(path).exists()
    with open_doc(path, context):
        pass
