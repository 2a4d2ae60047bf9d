"""What the commands do, as plain functions: options in, results out, no typer and no printing.

The typer commands (cli/app.py) parse options, call these, print what they return and map
errors to exit codes; a test or another program can call these directly. Heavy modules are
imported inside the functions, so `check` and `--version` start fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coprod_check.core.assessment import Assessment
    from coprod_check.core.errors import Problem
    from coprod_check.core.plan import Plan
    from coprod_check.core.viewpoints import Viewpoints
    from coprod_check.io.loading import Context, LoadedPlan
    from coprod_check.outputs.views import CheckView, DiffView


def load_context(principles: Sequence[Path] | None = None) -> Context:
    """The principle sets (the built-in ones and those in `principles`) and the model."""
    from coprod_check.io.loading import load_context as load

    return load(principles or [])


def assess_all(loaded: Sequence[LoadedPlan], context: Context) -> list[Assessment]:
    """An assessment per (path, text, plan) that `loading.read_plans` returned."""
    from coprod_check.core.assessment import assess
    from coprod_check.io.loading import no_cyclic_gc

    results = []
    for path, _, plan in loaded:
        with no_cyclic_gc():  # a big plan's assessment: many small objects, no cycles
            results.append(assess(plan, context.catalogue, context.model, str(path)))
    return results


def parse_sets(text: str, context: Context) -> tuple[str, ...]:
    """`--sets fol,newham`: the ids, each checked against the catalogue."""
    ids = tuple(s.strip() for s in text.split(",") if s.strip())
    for set_id in ids:
        context.catalogue.get_set(set_id)
    if not ids:
        from coprod_check.core.errors import UsageError

        raise UsageError("--sets names no set", hint="e.g. --sets fol,newham")
    return ids


# --- init and schema ----------------------------------------------------------------------------


def write_starter(
    path: Path,
    sets: str | None = None,
    *,
    force: bool = False,
    principles: Sequence[Path] | None = None,
) -> None:
    """A commented starter plan at `path` for `sets` (`fol,newham`; default: the model's),
    never over an existing file without `force`."""
    from coprod_check.io.starter import starter_plan
    from coprod_check.io.yamlio import write_new

    context = load_context(principles)
    chosen = parse_sets(sets, context) if sets else None
    write_new(path, starter_plan(context.catalogue, context.model, chosen), force)


def schema_text(principles: Sequence[Path] | None = None) -> str:
    """The plan file's JSON Schema, for the principle sets in use."""
    import json

    from coprod_check.core.schema import plan_schema
    from coprod_check.outputs.sanitize import json_text

    context = load_context(principles)
    schema = plan_schema(context.catalogue, context.model)
    return json_text(json.dumps(schema, indent=2, ensure_ascii=False))


# --- check --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRun:
    """What `check` found: the plans as read, their view, and how many reached --fail-on."""

    loaded: list[LoadedPlan]
    view: CheckView
    bands: tuple[str, ...]
    """Every band of the model, lowest first."""
    fail_on: str
    failed: int
    """Plans at or above --fail-on: exit 1 when there is one."""
    warnings: list[Problem]
    """Evidence files that are missing, evidence older than the model allows."""

    def summary(self) -> str:
        """`3 plans checked: 1 high, 2 low; none at high+`."""
        from coprod_check.outputs.formats import summary_counts

        verdict = (
            f"{self.failed} at or above {self.fail_on}"
            if self.failed
            else f"none at {self.fail_on}+"
        )
        return f"{summary_counts(self.view.plans, self.bands)}; {verdict}"


def check_plans(
    paths: Sequence[Path],
    fail_on: str = "high",
    *,
    verbose: bool = False,
    annotate: bool = False,
    with_data: bool = False,
    principles: Sequence[Path] | None = None,
) -> CheckRun:
    """Read, check and assess every plan in `paths` (files or folders). `annotate`: find the
    line of each plan's claim, where GitHub annotations point; `with_data`: keep each plan's
    JSON shape in the view (for the JSON format)."""
    from coprod_check.io.loading import find_plans, read_plans
    from coprod_check.outputs.views import check_view

    context = load_context(principles)
    loaded = read_plans(find_plans(paths), context)
    results = assess_all(loaded, context)
    model = context.model
    failing = frozenset(b for b, _ in model.bands if model.band_rank(b) >= model.band_rank(fail_on))
    lines = {
        str(item.path): (item.positions.locate(("claim", "level")) or (1, 1))[0]
        for item in loaded
        if annotate
    }
    view = check_view(results, failing, verbose, lines, with_data)
    return CheckRun(
        loaded,
        view,
        tuple(b for b, _ in model.bands),
        fail_on,
        sum(r.risk.band in failing for r in results),
        evidence_warnings(loaded, context),
    )


def evidence_warnings(loaded: Sequence[LoadedPlan], context: Context) -> list[Problem]:
    """Evidence files that are missing and evidence older than the model allows, placed at
    their line in the plan; they warn, the exit code stays."""
    if not any(
        a.cited for item in loaded for p in item.plan.respondents for a in p.answers.values()
    ):
        return []
    from coprod_check.io.evidence import evidence_warnings as found_in
    from coprod_check.io.yamlio import place_problems

    return [
        problem
        for item in loaded
        for problem in place_problems(
            found_in(item.plan, Path(item.path), context.model), item.positions
        )
    ]


# --- diff ---------------------------------------------------------------------------------------


def compare_plans(old: Path, new: Path, principles: Sequence[Path] | None = None) -> DiffView:
    """Two assessments of a project compared: what `diff` draws."""
    from coprod_check.io.loading import read_plans
    from coprod_check.outputs.diff import diff_view

    context = load_context(principles)
    before, after = assess_all(read_plans([old, new], context), context)
    return diff_view(before, after, context.model)


# --- survey and import: the plan and the role they start from -----------------------------------


@dataclass(frozen=True)
class RoleStart:
    context: Context
    text: str
    plan: Plan
    views: Viewpoints


def plan_for_role(plan: Path, role: str, principles: Sequence[Path] | None) -> RoleStart:
    """What `survey` and `import` both start from: the context, the role checked against the
    model, the plan as read (text and parsed) and the viewpoints."""
    from coprod_check.core.errors import UsageError, did_you_mean
    from coprod_check.io.datafiles import load_viewpoints
    from coprod_check.io.loading import read_plan

    context = load_context(principles)
    if role not in context.model.roles:
        raise UsageError(f"unknown role `{role}`", hint=did_you_mean(role, context.model.roles))
    text, loaded = read_plan(plan, context)
    return RoleStart(context, text, loaded, load_viewpoints(context.model.roles))


def check_targets(targets: Sequence[Path], force: bool) -> None:
    """Refuse before writing anything: two plans with one name (also where only the case
    differs: `A.yaml` and `a.yaml` are one file on macOS and Windows), or files already there
    (a symlink or special file is never replaced without --force)."""
    import os

    from coprod_check.core.errors import Problem, UsageError
    from coprod_check.io.safefile import target_problem

    problems = []
    seen: dict[str, Path] = {}
    for target in targets:
        key = os.path.normcase(os.path.abspath(target)).casefold()
        if key in seen:
            same = seen[key] == target
            problems.append(
                Problem(
                    "two plans would write the same report"
                    if same
                    else f"two plans would write reports whose names differ only in case "
                    f"({seen[key].name}), one file on macOS and Windows",
                    file=str(target),
                    hint="give the plan files different names, or use --combined",
                )
            )
        seen.setdefault(key, target)
        problem = target_problem(target, force)
        if problem:
            problems.append(problem)
    if problems:
        raise UsageError(problems)


def write_all(files: Sequence[tuple[Path, str]], force: bool) -> list[Path]:
    """Every file checked first (check_targets), then written atomically; the paths written."""
    from coprod_check.io.safefile import write_files

    check_targets([target for target, _ in files], force)
    write_files(list(files), force=force)
    return [target for target, _ in files]
