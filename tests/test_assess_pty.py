"""`coprod-check assess` driven in a pseudo-terminal, as a person would: answer, press Ctrl-C,
resume, go back, finish, add a second respondent, then score the plan with `check`."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from coprod_check.cli.app import app

pexpect = pytest.importorskip("pexpect", reason="pexpect (test extra) drives the terminal")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

WIDTH = 60
TIMEOUT = 30
ANSI = re.compile(r"\x1b\[([0-9;]*)m")
STYLES = r"(?:\x1b\[[0-9;]*m)*"
SCORE = "Score 0-4, ? don't know, b back (3n: add a note): "
NOTE = "Note, Enter skips: "
EVIDENCE = "Evidence, Enter skips: "
COLOUR = re.compile(r"^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$")


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COPROD_CHECK_PRINCIPLES")}
    return {**base, "COLUMNS": str(WIDTH), "LINES": "40", "TERM": "xterm", **extra}


class Terminal:
    """One `coprod-check` process in a 60-column pseudo-terminal, with its whole transcript."""

    def __init__(self, cwd: Path, *args: str, **extra_env: str) -> None:
        self.transcript = io.StringIO()
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "coprod_check", *args],
            cwd=str(cwd),
            env=env(**({"NO_COLOR": "1"} | extra_env)),
            encoding="utf-8",
            timeout=TIMEOUT,
            dimensions=(40, WIDTH),
        )
        self.child.logfile_read = self.transcript

    def answer(self, prompt: str, reply: str) -> None:
        self.expect(prompt)
        self.child.sendline(reply)

    def expect(self, text: str) -> None:
        """Wait for `text` on screen, whatever styles (bold, dim) run through it."""
        self.child.expect(STYLES.join(re.escape(char) for char in text))

    def converse(self, *steps: tuple[str, str | None]) -> None:
        """Each step: wait for the text, then type the reply (None: only wait)."""
        for text, reply in steps:
            if reply is None:
                self.expect(text)
            else:
                self.answer(text, reply)

    def interrupt(self, prompt: str) -> int:
        self.expect(prompt)
        self.child.send("\x03")
        return self.end()

    def end(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        status: int = self.child.exitstatus
        return status

    @property
    def text(self) -> str:
        """The transcript as a person saw it: no escape codes, one entry per screen line."""
        return ANSI.sub("", self.transcript.getvalue()).replace("\r\n", "\n")


def colours(transcript: str) -> list[str]:
    return [p for params in ANSI.findall(transcript) for p in params.split(";") if COLOUR.match(p)]


def plan_data(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def leftovers(folder: Path) -> list[str]:
    """Lock files and atomic-write temp files that should have gone."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".lock", ".tmp")))


def test_answer_interrupt_resume_finish_then_check(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    # first session: a new plan, stopped with Ctrl-C partway through the principles
    first = Terminal(tmp_path, "assess", "plan.yaml", "--sets", "fol")
    first.converse(
        ("Starting a new plan", None),
        ("Project name: ", "Play park"),
        ("Organisation (optional)", "Hackney Council"),
        ("Claimed level 1-5", "co-design"),
        ("Scope [whole]: ", "part"),
        ("Parts, separated by commas", "play area design"),
        ("Public wording (optional)", ""),
        ("Question 7 of 15 · Who started", None),
        ("Answer: ", "organisation"),
        ("Answer: ", "b"),  # back to the first screening question
        ("Answer [organisation]: ", ""),  # Enter keeps it
        *[("Answer: ", reply) for reply in ("start", "shared", "yes", "no", "yes")],
        ("Your name: ", "Jo"),
        ("Role 1-4: ", "1"),
        ("Question 13 of 15 · Sharing power", None),
        (SCORE, "3"),
        (EVIDENCE, "Steering group minutes"),  # no note asked: none was wanted
        ("Question 14 of 15 · Sharing knowledge", None),
    )
    assert first.interrupt(SCORE) == 130
    # saved: name, organisation, level, scope, parts, six screening, a score (with the
    # respondent: a respondent alone is never saved)
    assert "Stopped: 12 answers saved to plan.yaml.\n" in first.text
    assert "\nResume with: coprod-check assess plan.yaml --resume\n" in first.text
    assert "Traceback" not in first.text
    saved = plan_data(plan)
    assert saved["project"] == {"name": "Play park", "organisation": "Hackney Council"}
    assert saved["claim"] == {"level": "co-design", "scope": "part", "parts": ["play area design"]}
    assert saved["screening"] == {
        "initiated_by": "organisation",
        "involved_from": "start",
        "decision_power": "shared",
        "participants_rewarded": "yes",
        "outcome_predetermined": "no",
        "whos_missing_reviewed": "yes",
    }
    assert saved["sets"] == ["fol"]
    assert saved["respondents"] == [
        {
            "name": "Jo",
            "role": "staff",
            "answers": {"fol.sharing-power": {"score": 3, "evidence": "Steering group minutes"}},
        }
    ]
    assert leftovers(tmp_path) == []

    # second session: --resume asks only what is missing, and `b` goes back
    second = Terminal(tmp_path, "assess", "plan.yaml", "--resume")
    second.converse(
        ("Continuing plan.yaml", None),
        ("Continuing respondent Jo (staff): 1 of 3 answered.", None),
        ("Question 1 of 2 · Sharing knowledge", None),
        (SCORE, "2"),
        ("Question 2 of 2 · Being inclusive", None),
        (SCORE, "b"),
        ("Question 1 of 2 · Sharing knowledge", None),
        ("Earlier answer: 2", None),
        (SCORE[:-2] + " [2]: ", ""),
        ("Question 2 of 2 · Being inclusive", None),
        (SCORE, "4n"),
        (EVIDENCE, ""),
        ("Counted as 2 until evidence is added.", None),
        (NOTE, "residents say so"),
        ("Result", None),
        ("coprod-check report plan.yaml", None),
        # a second respondent: the community view
        ("Add another respondent now? y/N: ", "y"),
        ("Your name: ", "Sam"),
        ("Role 1-4: ", "community"),
        *[(SCORE, reply) for reply in ("1", "1", "?")],
    )
    second.expect("Result")
    second.answer("Add another respondent now? y/N: ", "")
    assert second.end() == 0
    assert "Project and claim" not in second.text, "nothing about the project was missing"
    assert "Screening" not in second.text

    answers = [(p["name"], p["role"], p["answers"]) for p in plan_data(plan)["respondents"]]
    assert answers == [
        (
            "Jo",
            "staff",
            {
                "fol.sharing-power": {"score": 3, "evidence": "Steering group minutes"},
                "fol.sharing-knowledge": 2,
                "fol.being-inclusive": {"score": 4, "note": "residents say so"},
            },
        ),
        (
            "Sam",
            "community",
            {"fol.sharing-power": 1, "fol.sharing-knowledge": 1, "fol.being-inclusive": "unknown"},
        ),
    ]
    assert leftovers(tmp_path) == []

    checked = subprocess.run(
        [sys.executable, "-m", "coprod_check", "check", "plan.yaml", "--format", "json"],
        cwd=tmp_path, env=env(), capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert checked.returncode in (0, 1), checked.stderr
    [result] = json.loads(checked.stdout)["results"]
    assert result["stated_level"] == "co-design" and result["scope"] == "part"
    assert set(result["maturity"]["roles"]) == {"staff", "community"}
    assert "unevidenced-scores" in [r["code"] for r in result["risk"]["reasons"]]
    # the summary on screen said what `check` says
    shown = f"{result['risk']['band'].upper()} risk {result['risk']['score']}/100"
    assert shown in " ".join(second.text.split())

    # NO_COLOR and a 60-column terminal: no colour codes, no line wider than the screen
    for session in (first, second):
        assert colours(session.transcript.getvalue()) == []
        too_wide = [line for line in session.text.split("\n") if len(line) > WIDTH]
        assert too_wide == []


STARTED = """\
project: {name: Park}
claim: {level: consult, scope: whole}
screening: {involved_from: start, decision_power: shared, participants_rewarded: 'yes',
            outcome_predetermined: 'no', whos_missing_reviewed: 'yes',
            initiated_by: organisation}
sets: [fol]
respondents:
  - {name: Jo, role: staff, answers: {fol.sharing-power: 2}}
"""


@pytest.mark.parametrize(
    ("args", "said", "people"),
    [
        (["--name", "jo"], "Continuing respondent Jo (staff): 1 of 3 answered.", ["Jo"]),
        (  # Ctrl-C before Sam's first answer leaves no empty respondent behind
            ["--name", "Sam", "--role", "community"],
            "Adding respondent Sam (community).",
            ["Jo"],
        ),
    ],
)
def test_a_name_continues_or_adds_a_respondent(
    tmp_path: Path, args: list[str], said: str, people: list[str]
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(STARTED, encoding="utf-8")
    term = Terminal(tmp_path, "assess", "plan.yaml", *args)
    term.expect(said)
    assert term.interrupt(SCORE) == 130
    assert [p["name"] for p in plan_data(plan)["respondents"]] == people
    assert plan_data(plan)["respondents"][0]["answers"] == {"fol.sharing-power": 2}


def test_a_known_name_with_another_role_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(STARTED, encoding="utf-8")
    term = Terminal(tmp_path, "assess", "plan.yaml", "--name", "Jo", "--role", "community")
    assert term.end() == 2
    assert "Jo already answered as staff, not community" in " ".join(term.text.split())
    assert plan.read_text(encoding="utf-8") == STARTED


@pytest.mark.parametrize("flag", [True, False])
def test_no_color_flag(tmp_path: Path, flag: bool) -> None:
    args = ["assess", "plan.yaml", *(["--no-color"] if flag else [])]
    term = Terminal(tmp_path, *args, NO_COLOR="")
    assert term.interrupt("Project name: ") == 130
    found = colours(term.transcript.getvalue())
    assert (found == []) is flag
    assert "Stopped; nothing was written" in term.text
    assert not (tmp_path / "plan.yaml").exists()


def test_a_second_process_is_refused_while_the_first_answers(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    first = Terminal(tmp_path, "assess", "plan.yaml", "--sets", "fol")
    first.answer("Project name: ", "Park")
    first.expect("Organisation (optional)")  # the name is on disk by now
    assert plan_data(plan)["project"] == {"name": "Park"}
    second = Terminal(tmp_path, "assess", "plan.yaml")
    assert second.end() == 2
    message = " ".join(second.text.split())
    assert f"another coprod-check (pid {first.child.pid}) is already assessing this plan" in message
    assert "Traceback" not in message
    first.child.sendline("Council")
    first.answer("Claimed level 1-5", "consult")
    assert first.interrupt("Scope") == 130
    assert plan_data(plan)["project"] == {"name": "Park", "organisation": "Council"}
    assert plan_data(plan)["claim"] == {"level": "consult"}
    assert leftovers(tmp_path) == []
    third = Terminal(tmp_path, "assess", "plan.yaml")  # free again once the first has stopped
    third.expect("Continuing plan.yaml")
    assert third.interrupt("Answer") == 130


def test_a_plan_edited_during_the_session_is_not_overwritten(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    term = Terminal(tmp_path, "assess", "plan.yaml")
    term.answer("Project name: ", "Park")
    term.expect("Organisation (optional)")
    edited = "project: {name: Edited elsewhere}\n"
    plan.write_text(edited, encoding="utf-8")
    term.child.sendline("Council")
    assert term.end() == 2
    assert "changed on disk" in " ".join(term.text.split())
    assert plan.read_text(encoding="utf-8") == edited
    assert leftovers(tmp_path) == []


def test_an_invalid_plan_is_explained_and_left_alone(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = "project:\n  name: Park\nclaim:\n  level: co-desing\n"
    plan.write_text(text, encoding="utf-8")
    term = Terminal(tmp_path, "assess", "plan.yaml")
    assert term.end() == 2
    message = " ".join(term.text.split())
    assert re.search(r"plan\.yaml:4:\d+: `claim\.level`: `co-desing` is not valid", message)
    assert "did you mean `co-design`?" in message
    assert plan.read_text(encoding="utf-8") == text
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--role", "boss"], "unknown role `boss`"),
        (["--sets", "fol,newhem"], "did you mean `newham`?"),
        (["--resume"], "nothing to resume"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], expected: str) -> None:
    term = Terminal(tmp_path, "assess", "plan.yaml", *args)
    assert term.end() == 2
    assert expected in " ".join(term.text.split())
    assert not (tmp_path / "plan.yaml").exists()


def test_without_a_terminal_assess_points_to_init_and_check(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "coprod_check", "assess", "plan.yaml"],
        cwd=tmp_path, env=env(), stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=TIMEOUT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: assess is an interactive questionnaire")
    assert "needs a terminal" in proc.stderr
    assert "coprod-check init plan.yaml" in proc.stderr
    assert "coprod-check check plan.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert list(tmp_path.iterdir()) == []


def test_without_a_terminal_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["assess"], input="Park\n")
    assert result.exit_code == 2
    assert "needs a terminal" in result.output
    assert "coprod-check init coprod-plan.yaml" in result.output
    assert not (tmp_path / "coprod-plan.yaml").exists()
