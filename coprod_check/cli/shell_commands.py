"""The coprod-check command lines `assess` tells a person to type next, quoted for a shell."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coprod_check.cli.plan_mapping import (
    choose_sets,
    principle_ids,
    respondent_name,
    resume_candidate,
)
from coprod_check.core.model import Model
from coprod_check.core.principles import Catalogue


def command(*words: str) -> str:
    """`coprod-check WORDS...`, each word quoted where a shell needs it."""
    return " ".join(shlex.quote(w) for w in ("coprod-check", *words))


def start_command(path: Path) -> str:
    return command("assess", str(path))


def report_command(path: Path) -> str:
    return command("report", str(path))


def resume_command(
    path: Path,
    raw: Any = None,
    model: Model | None = None,
    catalogue: Catalogue | None = None,
    ask: Sequence[str] = (),
    respondent: int | None = None,
) -> str:
    """The command that picks up where a session stopped, with only the options it needs:
    `--sets` where they differ from what resume would choose, `--name` where resume would
    continue someone else. Without the plan (`raw`), just `--resume`."""
    words = ["assess", str(path), "--resume"]
    if raw is None or model is None or catalogue is None:
        return command(*words)
    if tuple(ask) != choose_sets(raw, None, model)[0]:
        words += ["--sets", ",".join(ask)]
    if (
        respondent is not None
        and resume_candidate(raw, principle_ids(catalogue, ask)) != respondent
    ):
        words += ["--name", respondent_name(raw, respondent)]
    return command(*words)
