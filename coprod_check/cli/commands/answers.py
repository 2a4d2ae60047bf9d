"""`assess`, `survey` and `import`: answers from a terminal, a printed form or an online
form."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coprod_check.cli import options as opts
from coprod_check.cli.exits import EXIT_INTERRUPTED, echo
from coprod_check.cli.options import (
    NoColorOpt,
    PrinciplesOpt,
    SurveyFormat,
)
from coprod_check.cli.services import load_context, parse_sets

if TYPE_CHECKING:
    pass


def assess(
    path: Annotated[
        Path, typer.Argument(help="The plan to fill in or continue.", metavar="PLAN")
    ] = Path("coprod-plan.yaml"),
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue where the last session stopped.")
    ] = False,
    name: Annotated[
        str | None, typer.Option("--name", help="Who is answering (asked if not given).")
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role", help="staff, community, partner or independent (asked if not given)."
        ),
    ] = None,
    sets: Annotated[
        str | None,
        typer.Option(
            "--sets",
            help="Set ids, comma-separated (default: the plan's, or the four).",
            metavar="IDS",
        ),
    ] = None,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Answer the questionnaire at a terminal; every answer is saved to PLAN as you give it."""
    opts.plain(no_color)
    if not sys.stdin.isatty():
        from coprod_check.core.errors import UsageError

        raise UsageError(
            "assess is an interactive questionnaire and needs a terminal (stdin is not one)",
            hint=f"without one, write a plan with `coprod-check init {path}`, fill it in, "
            f"and score it with `coprod-check check {path}`",
        )
    context = load_context(principles)
    chosen = parse_sets(sets, context) if sets is not None else None
    from coprod_check.cli.interactive import Interview
    from coprod_check.outputs.console import make_console

    interview = Interview(
        path,
        context,
        make_console(no_color=opts.no_color()),
        sets=chosen,
        name=name,
        role=role,
        resume=resume,
    )
    try:
        interview.run()
    except (KeyboardInterrupt, EOFError):
        echo("", err=True)
        echo(interview.stopped_message(), err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def survey(
    plan: Annotated[
        Path, typer.Argument(help="The plan whose sets the survey asks about.", metavar="PLAN")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder to write into (default: the plan's own folder).",
            metavar="DIR",
        ),
    ] = None,
    fmt: Annotated[
        SurveyFormat,
        typer.Option(
            "--format", "-f", help="all, html (printable form), csv or markdown (question list)."
        ),
    ] = SurveyFormat.all,
    role: Annotated[
        str,
        typer.Option(
            "--role", help="Whose questions: community (default), partner, staff or independent."
        ),
    ] = "community",
    no_comments: Annotated[
        bool, typer.Option("--no-comments", help="Leave out the optional comment questions.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Write the community questionnaire: a printable form and a question list for online forms."""
    opts.plain(no_color)
    from coprod_check.cli.voices import write_survey
    from coprod_check.outputs.survey import SURVEY_KINDS

    kinds = list(SURVEY_KINDS) if fmt is SurveyFormat.all else [fmt.value]
    done = write_survey(
        plan,
        kinds,
        output=output,
        role=role,
        comments=not no_comments,
        force=force,
        principles=principles,
    )
    for target in done.files:
        echo(f"Wrote {target}")
    echo(f"{done.questions} questions. Once answers are in: coprod-check import {plan} RESPONSES")


def import_responses(
    plan: Annotated[Path, typer.Argument(help="The plan to add the responses to.", metavar="PLAN")],
    responses: Annotated[
        list[Path], typer.Argument(help="Survey exports: .csv or .xlsx files.", metavar="FILES")
    ],
    role: Annotated[
        str,
        typer.Option(
            "--role",
            help="Role of respondents without a role column: community (default), partner, "
            "staff or independent.",
        ),
    ] = "community",
    names_from: Annotated[
        str | None,
        typer.Option(
            "--names-from",
            help="Keep names from this column (by default no one's name is stored).",
            metavar="COLUMN",
        ),
    ] = None,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help="XLSX: the sheet to read (default: the first).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, write nothing.")
    ] = False,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Add survey responses (CSV or XLSX exports) to a plan, anonymously; twice adds nothing."""
    opts.plain(no_color)
    from coprod_check.cli.voices import import_responses as add

    done = add(
        plan,
        responses,
        role=role,
        names_from=names_from,
        sheet=sheet,
        dry_run=dry_run,
        principles=principles,
    )
    for table in done.tables:
        echo(f"{table.file}: {table.rows} rows, {table.asked} questions matched")
        if table.dropped:
            echo(f"  not stored (names people): {', '.join(table.dropped)}")
        if table.ignored:
            more = len(table.ignored) - 6
            echo(
                f"  ignored: {', '.join(table.ignored[:6])}"
                + (f" and {more} more" if more > 0 else "")
            )
    added, extra = done.added_text(), done.skipped_text()
    if dry_run:
        echo(f"Would add {added}{extra}; nothing written (--dry-run).")
    elif done.written:
        echo(f"Added {added}{extra} to {plan}.")
    else:
        echo(f"Nothing to add{extra}; {plan} is as it was.")
