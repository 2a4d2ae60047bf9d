"""The command line: the typer app, its root options and its commands (cli/commands/: each
parses options, calls a service function of cli/services.py, cli/reporting.py or
cli/voices.py and prints what it returns); exit codes are cli/exits.py's. Heavy modules are
imported inside commands."""

from __future__ import annotations

import os
import sys
from typing import Annotated, NoReturn

import typer

from coprod_check import __version__
from coprod_check.cli import options as opts
from coprod_check.cli.commands import answers, plans, principles, reports
from coprod_check.cli.exits import (
    DEBUG_ENV,
    EXIT_INTERRUPTED,
    CommandGroup,
    echo,
    internal_error,
    quiet_broken_pipe,
)
from coprod_check.cli.options import (
    EXAMPLES,
    CheckFormat,
    DiffFormat,
    NoColorOpt,
    ReportFormat,
    SurveyFormat,
)

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


for group, name, command in (
    (principles_app, "list", principles.principles_list),
    (principles_app, "show", principles.principles_show),
    (principles_app, "validate", principles.principles_validate),
    (app, "check", plans.check),
    (app, "init", plans.init),
    (app, "schema", plans.schema),
    (app, "assess", answers.assess),
    (app, "survey", answers.survey),
    (app, "import", answers.import_responses),
    (app, "report", reports.report),
    (app, "diff", reports.diff),
):
    example = EXAMPLES[f"principles {name}" if group is principles_app else name]
    group.command(name, epilog=example)(command)


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
