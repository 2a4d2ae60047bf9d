"""The command line: typer commands that parse options, call the service functions
(cli/services.py, cli/reporting.py, cli/community.py), print what they return and leave the
exit codes to cli/exits.py. Heavy modules are imported inside commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from coprod_check import __version__
from coprod_check.cli import options as opts
from coprod_check.cli.exits import (
    DEBUG_ENV,
    EXIT_INTERRUPTED,
    EXIT_RISK,
    CommandGroup,
    earn,
    echo,
    internal_error,
    quiet_broken_pipe,
)
from coprod_check.cli.options import (
    EXAMPLES,
    CheckFormat,
    DiffFormat,
    FailOn,
    ListFormat,
    NoColorOpt,
    PrinciplesOpt,
    ReportFormat,
    SurveyFormat,
)
from coprod_check.cli.services import load_context, parse_sets

if TYPE_CHECKING:
    from coprod_check.core.errors import Problem

app = typer.Typer(
    cls=CommandGroup,
    help="Is what your project calls co-production the real thing? Score the co-washing risk.",
    epilog="\nStart here:\n  coprod-check init park.yaml\n  coprod-check assess park.yaml\n"
    "  coprod-check report park.yaml -o park.html",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
principles_app = typer.Typer(
    cls=CommandGroup,
    help="Browse and validate principle sets.",
    epilog="\nExamples:\n  coprod-check principles list\n  coprod-check principles show fol",
    no_args_is_help=True,
)
app.add_typer(principles_app, name="principles")

__all__ = ["CheckFormat", "DiffFormat", "ReportFormat", "SurveyFormat", "app", "main"]


def _version(value: bool) -> None:
    if value:
        echo(f"coprod-check {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    no_color: NoColorOpt = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help=f"Show the traceback of an internal error (or {DEBUG_ENV}=1)."
        ),
    ] = False,
) -> None:
    opts.STYLE["plain"] = no_color  # each run starts from its own options
    if debug:
        os.environ[DEBUG_ENV] = "1"


# --- principles ---------------------------------------------------------------------------


@principles_app.command("list", epilog=EXAMPLES["principles list"])
def principles_list(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")] = (
        ListFormat.table
    ),
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """List every principle set and its principles."""
    opts.plain(no_color)
    catalogue = load_context(principles).catalogue
    if fmt is ListFormat.json:
        import json

        data = [pset.to_dict() for pset in catalogue.sets.values()]
        from coprod_check.outputs.sanitize import json_text

        echo(json_text(json.dumps(data, indent=2, ensure_ascii=False)))
        return
    from coprod_check.outputs.console import make_console, principles_tables

    make_console(no_color=opts.no_color()).print(principles_tables(catalogue))


@principles_app.command("show", epilog=EXAMPLES["principles show"])
def principles_show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="A set id or a principle id.")],
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Show a set or a principle in full, with the source passage it comes from."""
    opts.plain(no_color)
    from coprod_check.core.principles import PrincipleSet

    catalogue = load_context(principles).catalogue
    found = catalogue.find(item_id)
    from coprod_check.outputs.console import make_console, principle_panel, set_view

    console = make_console(no_color=opts.no_color())
    if isinstance(found, PrincipleSet):
        console.print(set_view(found))
    else:
        console.print(principle_panel(found, catalogue.set_of(found.id)))


@principles_app.command("validate", epilog=EXAMPLES["principles validate"])
def principles_validate(
    files: Annotated[
        list[Path], typer.Argument(help="Principle set files to check.", metavar="FILES")
    ],
    no_color: NoColorOpt = False,
) -> None:
    """Check custom principle-set files: exit 0 when valid, 2 with every problem listed."""
    opts.plain(no_color)
    from coprod_check.core.errors import ValidationError
    from coprod_check.io.datafiles import add_custom_sets, load_catalogue

    sets = dict(load_catalogue(use_env=False).sets)
    known = set(sets)
    problems = add_custom_sets(sets, files)
    for set_id, pset in sets.items():
        if set_id not in known:
            count = len(pset.principles)
            echo(f"ok: {pset.path} ({set_id}, {count} principle{'s' if count != 1 else ''})")
    if problems:
        raise ValidationError(problems)


# --- check, init, schema -------------------------------------------------------------------


@app.command(epilog=EXAMPLES["check"])
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
        paths, fail_on.value, verbose=verbose, annotate=name == "github", principles=principles
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


@app.command(epilog=EXAMPLES["init"])
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
    from coprod_check.io.starter import starter_plan
    from coprod_check.io.yamlio import write_new

    context = load_context(principles)
    chosen = parse_sets(sets, context) if sets else None
    write_new(path, starter_plan(context.catalogue, context.model, chosen), force)
    echo(f"Wrote {path}. Fill it in (or run `coprod-check assess {path}`), then:")
    echo(f"  coprod-check check {path}")


@app.command(epilog=EXAMPLES["schema"])
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
    import json

    from coprod_check.core.schema import plan_schema

    context = load_context(principles)
    from coprod_check.outputs.sanitize import json_text

    text = json_text(
        json.dumps(plan_schema(context.catalogue, context.model), indent=2, ensure_ascii=False)
    )
    if output is None:
        echo(text)
        return
    from coprod_check.io.yamlio import write_new

    write_new(output, text + "\n", force)
    echo(f"Wrote {output}")


# --- assess (interactive questionnaire) -------------------------------------------------------


@app.command(epilog=EXAMPLES["assess"])
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


# --- survey and import: many community voices -------------------------------------------------


@app.command(epilog=EXAMPLES["survey"])
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
    from coprod_check.cli.community import write_survey
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


@app.command("import", epilog=EXAMPLES["import"])
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
    from coprod_check.cli.community import import_responses as add

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


# --- report and diff ---------------------------------------------------------------------------


@app.command(epilog=EXAMPLES["report"])
def report(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Plan files, or folders of *.yaml / *.yml plans.", metavar="PLANS"),
    ],
    output_arg: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to a .html or .md file, or one report per plan into a folder (DIR/).",
            metavar="PATH",
        ),
    ] = None,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format", "-f", help="markdown (or md) or html (default: from -o, else markdown)."
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template", "-t", help="Render your own jinja2 template (sandboxed).", metavar="FILE"
        ),
    ] = None,
    combined: Annotated[
        bool, typer.Option("--combined", help="One portfolio report comparing every plan.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    community_names: Annotated[
        bool,
        typer.Option(
            "--community-names",
            help="Name community members and partners (by default they are numbered).",
        ),
    ] = False,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Write the co-washing risk report a consultant hands to a client (Markdown or HTML)."""
    opts.plain(no_color)
    from coprod_check.cli.reporting import write_reports

    done = write_reports(
        paths,
        output=output_arg,
        fmt=fmt.value if fmt else None,
        template=template,
        combined=combined,
        force=force,
        community_names=community_names,
        principles=principles,
    )
    if done.text is not None:
        echo(done.text, nl=False)
    for target in done.written:
        echo(f"Wrote {target}")


@app.command(epilog=EXAMPLES["diff"])
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier plan file.", metavar="OLD")],
    new: Annotated[Path, typer.Argument(help="The later plan file.", metavar="NEW")],
    fmt: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, json or markdown.")
    ] = DiffFormat.text,
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Compare two assessments of a project: levels, band, maturity, principles and reasons."""
    opts.plain(no_color)
    from coprod_check.cli.services import compare_plans
    from coprod_check.outputs.registry import for_command, get_format

    name = for_command("diff", fmt.value)
    echo(get_format(name).render(compare_plans(old, new, principles)), nl=name == "diff-json")


def main() -> NoReturn:
    """Run the command line (the console script enters through coprod_check.__main__)."""
    try:
        app()
    except KeyboardInterrupt:
        echo("\nInterrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        quiet_broken_pipe()
    except Exception as exc:  # outside a command: typer itself, or start-up
        internal_error(exc)
    sys.exit(0)
