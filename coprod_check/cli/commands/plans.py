"""`check`, `init` and `schema`: score plan files for CI, start one, describe the format."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coprod_check.cli import options as opts
from coprod_check.cli.exits import EXIT_RISK, earn, echo
from coprod_check.cli.options import (
    CheckFormat,
    FailOn,
    NoColorOpt,
    PrinciplesOpt,
)

if TYPE_CHECKING:
    from coprod_check.core.errors import Problem


def check(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Plan files, or folders of *.yaml / *.yml plans.", metavar="PLANS"),
    ],
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a plan reaches this risk band: moderate, high or severe.",
            metavar="BAND",
        ),
    ] = FailOn.high,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json, markdown or github.")
    ] = CheckFormat.text,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show every reason.")] = False,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Score plan files for CI: exit 0 ok, 1 risk at or above --fail-on, 2 invalid input."""
    opts.plain(no_color)
    from coprod_check.cli.services import check_plans
    from coprod_check.outputs.registry import for_command, get_format

    name = for_command("check", fmt.value)
    run = check_plans(
        paths,
        fail_on.value,
        verbose=verbose,
        annotate=name == "github",
        with_data=name == "json",
        principles=principles,
    )
    _warn(run.warnings, github=name == "github")
    earn(EXIT_RISK if run.failed else 0)
    if name == "github":
        output = get_format(name).render(run.view)
        if output:
            typer.echo(output)  # annotations: built by formats.GitHub, data escaped there
        _add_job_summary(get_format("markdown").render(run.view))
    elif name == "text" and opts.on_terminal():
        from coprod_check.outputs.console import check_panels, make_console

        make_console(no_color=opts.no_color()).print(check_panels(run.view))
    else:
        echo(get_format(name).render(run.view), nl=name != "text")
    if name in ("text", "github"):
        echo(run.summary(), err=name == "github")
    if run.failed:
        raise typer.Exit(EXIT_RISK)


def _warn(warnings: Sequence[Problem], github: bool = False) -> None:
    """`warning:` lines on stderr, or GitHub annotations with --format github; the exit code
    stays."""
    from coprod_check.outputs.formats import gh_warning
    from coprod_check.outputs.sanitize import one_line

    for problem in warnings:
        if github:
            # an annotation: every part escaped by gh_warning
            typer.echo(
                gh_warning(problem.file, problem.line, "coprod-check evidence", str(problem))
            )
        else:
            echo(f"warning: {one_line(str(problem))}", err=True)


def _add_job_summary(markdown: str) -> None:
    """The Markdown table appended to $GITHUB_STEP_SUMMARY, where a workflow gives one."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    try:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(markdown + "\n")
    except OSError as exc:
        from coprod_check.io.safefile import write_failed

        raise write_failed(summary, exc, "cannot add the job summary") from None


def init(
    path: Annotated[
        Path, typer.Argument(help="Where to write the starter plan.", metavar="PLAN")
    ] = Path("coprod-plan.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    sets: Annotated[
        str | None,
        typer.Option("--sets", help="Set ids, comma-separated (default: the four).", metavar="IDS"),
    ] = None,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Write a commented starter plan, every key explained and every question listed."""
    opts.plain(no_color)
    from coprod_check.cli.services import write_starter

    write_starter(path, sets, force=force, principles=principles)
    echo(f"Wrote {path}. Fill it in (or run `coprod-check assess {path}`), then:")
    echo(f"  coprod-check check {path}")


def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", metavar="FILE"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Print the plan file's JSON Schema, for editors and other tools."""
    opts.plain(no_color)
    from coprod_check.cli.services import schema_text

    text = schema_text(principles)
    if output is None:
        echo(text)
        return
    from coprod_check.io.yamlio import write_new

    write_new(output, text + "\n", force)
    echo(f"Wrote {output}")
