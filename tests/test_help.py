"""`--help` reads like a well-made typer/rich CLI (issue 13, item 9): proper metavars, one
argument style, choices shown, nothing split mid-word at 60 columns, `--no-color` everywhere
and an example in every command's help."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import typer

from coprod_check.cli.app import app

WIDTH = 60
BOX = re.compile(r"[│╭╮╰╯─]")


def _commands() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, ...]] = [()]

    def walk(group: object, prefix: tuple[str, ...]) -> None:
        for name, command in getattr(group, "commands", {}).items():
            found.append((*prefix, name))
            walk(command, (*prefix, name))

    walk(root, ())
    return found


COMMANDS = _commands()


@cache
def help_text(words: tuple[str, ...]) -> str:
    env = {**os.environ, "COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb"}
    script = Path(sys.executable).with_name("coprod-check")  # the name a person types
    command = [str(script)] if script.exists() else [sys.executable, "-m", "coprod_check"]
    done = subprocess.run(
        [*command, *words, "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def flat(text: str) -> str:
    return " ".join(BOX.sub(" ", text).split())


def test_every_command_is_covered() -> None:
    assert {"check", "report", "assess", "diff", "init", "schema"} <= {c[0] for c in COMMANDS if c}
    assert ("principles", "show") in COMMANDS


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "root")
def test_help_shows_metavars_not_python_types(words: tuple[str, ...]) -> None:
    text = help_text(words)
    assert not re.search(r"<(bool|str|path|int|list\[[^\]]*\]|[a-z|]+)>", text), text
    text = text.replace("python -m coprod_check", "coprod-check")
    usage_lines = re.split(r"\n\s*\n", text.split("Usage:", 1)[1], maxsplit=1)[0]
    usage = " ".join(usage_lines.split())  # it may wrap at 60 columns
    assert "{" not in usage and "}" not in usage
    # arguments in capitals, optional ones in brackets: `PLANS...`, `[PLAN]`, `OLD NEW`
    args = usage.split("[OPTIONS]", 1)[1].split()
    assert all(re.fullmatch(r"\[?[A-Z][A-Z-]*(\.\.\.)?\]?(\.\.\.)?", a) for a in args), usage


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "root")
def test_help_has_an_example_and_no_color(words: tuple[str, ...]) -> None:
    text = help_text(words)
    assert re.search(r"^ (Examples?|Start here):\s*$", text, re.M), text
    examples = [line.strip() for line in text.splitlines() if line.startswith("   coprod-check")]
    assert examples
    for line in examples:
        assert len(line) + 3 <= WIDTH
        if words and words[0] != "principles":
            assert line.split()[1] == words[0]
    if words not in ((), ("principles",)):
        assert "--no-color" in text


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "root")
def test_nothing_is_cut_or_split_mid_word_at_60_columns(words: tuple[str, ...]) -> None:
    text = help_text(words)
    assert "…" not in text
    assert all(len(line) <= WIDTH for line in text.splitlines())
    shown = flat(text)
    root = typer.main.get_command(app)
    command = root
    for word in words:
        command = command.commands[word]  # type: ignore[attr-defined]
    for param in command.params:
        for word in (param.help or "").split():
            word = word.strip(".,;:()")
            if len(word) >= 4:
                assert word in shown, f"{word!r} is split or cut in {' '.join(words)} --help"


def test_role_options_show_every_role_the_model_has() -> None:
    from coprod_check.io.datafiles import load_model

    roles = list(load_model().roles)
    for words in (("assess",), ("survey",), ("import",)):
        shown = flat(help_text(words))
        role_help = shown.split("--role", 1)[1].split("--", 1)[0]
        assert all(role in role_help for role in roles), (words, role_help)


def test_the_choices_of_format_options_are_named() -> None:
    assert "text, json, markdown or github" in flat(help_text(("check",)))
    assert "markdown (or md) or html" in flat(help_text(("report",)))
    assert "moderate, high or severe" in flat(help_text(("check",)))
