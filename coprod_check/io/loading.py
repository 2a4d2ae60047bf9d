"""Reading plans from disk: find them, parse them safely, place every problem at line:column."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from coprod_check.core.errors import CoprodError, InputError, Problem, ValidationError
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan, parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.io.datafiles import load_catalogue, load_model
from coprod_check.io.starter import unfilled
from coprod_check.io.yamlio import Positions, parse_positioned, problems_placed, read_text

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Context:
    """What every command that reads plans needs: the principle sets and the model."""

    catalogue: Catalogue
    model: Model


def load_context(principle_dirs: Sequence[Path] = ()) -> Context:
    model = load_model()
    return Context(load_catalogue(principle_dirs, first=model.default_sets), model)


def find_plans(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched for *.yaml / *.yml, skipping hidden folders."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in PLAN_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                problems.append(
                    Problem(
                        "folder holds no plan files (*.yaml, *.yml)",
                        file=str(path),
                        hint="run `coprod-check init` to write one",
                    )
                )
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            problems.append(
                Problem("no such file or folder", file=str(path), hint="check the path")
            )
    if problems:
        raise InputError(problems)
    return list(dict.fromkeys(found))


def read_plan(path: Path, context: Context) -> tuple[str, Plan]:
    """The text and the checked plan of one file."""
    text, plan, _ = read_plan_positioned(path, context)
    return text, plan


def read_plan_positioned(path: Path, context: Context) -> tuple[str, Plan, Positions]:
    """The text, the checked plan and where each key is: every problem placed from one parse."""
    text = read_text(path)
    with no_cyclic_gc():
        data, positions = parse_positioned(text, str(path))
    if unfilled(data):
        raise ValidationError(
            [
                Problem(
                    "not filled in yet: the project's name and its claim are empty, as "
                    "`coprod-check init` left them, so there is nothing to score",
                    file=str(path),
                    hint=f"answer the questions with `coprod-check assess {path}`, or fill in "
                    "`project.name`, `claim.level` and each respondent by hand",
                )
            ]
        )
    with problems_placed(positions), no_cyclic_gc():
        plan = parse_plan(data, context.catalogue, context.model, str(path), positions.source)
    return text, plan, positions


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Reading a plan builds many small objects and no reference cycles, so the cyclic
    garbage collector only slows it down: by about a fifth for a plan of 500 respondents."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _PathTextPlan(NamedTuple):
    path: Path
    text: str
    plan: Plan


class LoadedPlan(_PathTextPlan):
    """(path, text, plan), with `positions` of its keys kept from the one parse."""

    positions: Positions


def read_plans(paths: Sequence[Path], context: Context) -> list[LoadedPlan]:
    """Every plan, or one error listing the problems of every bad file (nothing half-run)."""
    plans: list[LoadedPlan] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            text, plan, positions = read_plan_positioned(path, context)
        except CoprodError as exc:
            problems.extend(exc.problems)
            continue
        loaded = LoadedPlan(path, text, plan)
        loaded.positions = positions
        plans.append(loaded)
    if problems:
        raise ValidationError(problems)
    return plans
