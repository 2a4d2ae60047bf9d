"""Evidence a reader can follow, checked against the disk: a cited file that is missing, and
dated evidence older than the model allows (`thresholds.evidence_max_age_days`), give a
warning from `check`. Warnings never change the exit code: the plan is still valid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath, PureWindowsPath

from coprod_check.core.errors import Problem, format_path
from coprod_check.core.evidence import too_old
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan

DEFAULT_MAX_AGE_DAYS = 548


def max_age_days(model: Model) -> float:
    return float(model.thresholds.get("evidence_max_age_days", DEFAULT_MAX_AGE_DAYS))


def evidence_warnings(
    plan: Plan, plan_file: Path, model: Model, today: dt.date | None = None
) -> list[Problem]:
    """Every cited file that is not there, and every piece of evidence that is too old on the
    assessment date (or today, when the plan has none)."""
    base = plan_file.parent
    on = plan.assessed or (today or dt.date.today()).isoformat()
    limit = max_age_days(model)
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, person in enumerate(plan.respondents):
        for pid, answer in person.answers.items():
            for k, piece in enumerate(answer.cited):
                where = ("respondents", i, "answers", pid, "evidence", k)
                if piece.path and piece.path not in seen:
                    seen.add(piece.path)
                    problem = _missing(piece.path, base, plan_file, where)
                    if problem:
                        problems.append(problem)
                for _, age in too_old([piece], on, limit):
                    problems.append(_old(piece.label(), age, on, limit, plan_file, where))
    return problems


def _old(
    label: str, age: int, on: str, limit: float, plan_file: Path, where: tuple[str | int, ...]
) -> Problem:
    return Problem(
        f"evidence `{label}` is {age} days old on {on}; the model allows {limit:.0f} "
        "(evidence_max_age_days)",
        file=str(plan_file),
        key=format_path(where[:-1]),
        path=where,
        hint="confirm it is still true and update its date, or cite newer evidence",
    )


def _missing(
    written: str, base: Path, plan_file: Path, where: tuple[str | int, ...]
) -> Problem | None:
    posix, windows = PurePosixPath(written), PureWindowsPath(written)
    if posix.is_absolute() or windows.is_absolute() or windows.drive:
        return Problem(
            f"evidence path `{written}` is absolute: a reader elsewhere cannot open it",
            file=str(plan_file),
            key=format_path(where[:-1]),
            path=where,
            hint="write it relative to the plan file's folder, e.g. evidence/minutes.pdf",
        )
    if (base / written).is_file():
        return None
    return Problem(
        f"evidence file `{written}` not found",
        file=str(plan_file),
        key=format_path(where[:-1]),
        path=where,
        hint="paths are relative to the plan file's folder: fix the path or add the file",
    )
