"""Where a run ends: the exit codes, every error's message on stderr, and the group that maps
the project's errors to exit 2, an interrupt to 130 and anything unexpected to 3 (a bug)."""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from coprod_check import __version__
from coprod_check.cli.typer_compat import fast_params, tidy_help
from coprod_check.core.errors import CoprodError

EXIT_RISK = 1
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
MAX_SHOWN = 50
DEBUG_ENV = "COPROD_CHECK_DEBUG"
REPORT_BUG = (
    "please report it to the coprod-check developers (an issue where you installed it from), "
    "with the command you ran and what `coprod-check --debug ...` prints"
)
_earned = [0]


def earn(code: int) -> None:
    """The exit code the work has earned so far: what a broken pipe on stdout exits with."""
    _earned[0] = code


def debugging() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "no", "off", "false")


def internal_error(exc: BaseException) -> NoReturn:
    """An exception nobody expected: one line saying it is a bug, exit 3 (never 1: CI reads 1
    as "risk found"). The traceback only with --debug or COPROD_CHECK_DEBUG=1."""
    if debugging():
        import traceback

        echo("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), err=True)
    name = type(exc).__name__
    echo(
        f"internal error ({name}): this is a bug in coprod-check {__version__}, not a problem "
        f"with your files; {REPORT_BUG}",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def quiet_broken_pipe() -> NoReturn:
    """stdout's reader went away (`| head -1`): stop quietly with the code the work earned."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush cannot fail again
    except (OSError, ValueError):
        pass
    sys.exit(_earned[0])


def echo(text: object = "", *, err: bool = False, nl: bool = True) -> None:
    """Print for a person or a CI log: nothing from a file can drive the terminal or run a
    GitHub workflow command (outputs/sanitize.py)."""
    from coprod_check.outputs.sanitize import terminal

    typer.echo(terminal(str(text)), err=err, nl=nl)


def report_error(exc: CoprodError) -> None:
    """Every user-caused error reaches the user through here, as plain lines on stderr."""
    from coprod_check.outputs.sanitize import one_line

    for problem in exc.problems[:MAX_SHOWN]:
        echo(f"error: {one_line(str(problem))}", err=True)
    hidden = len(exc.problems) - MAX_SHOWN
    if hidden > 0:
        echo(f"error: ... and {hidden} more problem{'s' if hidden != 1 else ''}", err=True)


class CommandGroup(TyperGroup):
    """Turns the project's own errors into a message and exit 2, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CoprodError as exc:
            report_error(exc)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            quiet_broken_pipe()
        except KeyboardInterrupt:
            echo("\nInterrupted.", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            # typer's own signals (Exit, Abort, usage errors: each carries an exit code, and
            # typer may or may not vendor click) pass; anything else is a bug of ours.
            if isinstance(exc, typer.Abort) or hasattr(exc, "exit_code"):
                raise
            internal_error(exc)

    def parse_args(self, ctx: Any, args: list[str]) -> Any:
        fast_params(self.get_params(ctx))
        tidy_help(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            fast_params(command.get_params(ctx))
            tidy_help(command.get_params(ctx))
        return name, command, rest
