"""The command line: a thin layer over the core. Heavy modules are imported inside commands."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NamedTuple, NoReturn

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


def _debugging() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "no", "off", "false")


def internal_error(exc: BaseException) -> NoReturn:
    """An exception nobody expected: one line saying it is a bug, exit 3 (never 1: CI reads 1
    as "risk found"). The traceback only with --debug or COPROD_CHECK_DEBUG=1."""
    if _debugging():
        import traceback

        echo("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), err=True)
    name = type(exc).__name__
    echo(
        f"internal error ({name}): this is a bug in coprod-check {__version__}, not a problem "
        f"with your files; {REPORT_BUG}",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def _quiet_broken_pipe() -> NoReturn:
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


class _Group(TyperGroup):
    """Turns the project's own errors into a message and exit 2, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CoprodError as exc:
            report_error(exc)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            _quiet_broken_pipe()
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


app = typer.Typer(
    cls=_Group,
    help="Is what your project calls co-production the real thing? Score the co-washing risk.",
    epilog="\nStart here:\n  coprod-check init park.yaml\n  coprod-check assess park.yaml\n"
    "  coprod-check report park.yaml -o park.html",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
principles_app = typer.Typer(
    cls=_Group,
    help="Browse and validate principle sets.",
    epilog="\nExamples:\n  coprod-check principles list\n  coprod-check principles show fol",
    no_args_is_help=True,
)
app.add_typer(principles_app, name="principles")

PrinciplesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--principles",
        "-p",
        help="Add the principle sets (*.yaml) in DIR; COPROD_CHECK_PRINCIPLES does the same.",
        metavar="DIR",
        rich_help_panel="Shared options",
    ),
]


NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color",
        help="Plain output, no colour (or set NO_COLOR).",
        rich_help_panel="Shared options",
    ),
]


_STYLE = {"plain": False}
"""`--no-color` for this run, passed to what draws (never written into os.environ)."""


def _plain(no_color: bool) -> None:
    _STYLE["plain"] = no_color or _STYLE["plain"]


def _no_color() -> bool:
    return _STYLE["plain"] or bool(os.environ.get("NO_COLOR"))


EXAMPLES = {
    "principles list": "\nExamples:\n  coprod-check principles list\n"
    "  coprod-check principles list --format json",
    "principles show": "\nExamples:\n  coprod-check principles show fol\n"
    "  coprod-check principles show fol.sharing-power",
    "principles validate": "\nExample:\n  coprod-check principles validate my-sets/*.yaml",
    "check": "\nExamples:\n  coprod-check check coprod-plan.yaml\n"
    "  coprod-check check plans/ --fail-on moderate\n"
    "  coprod-check check plans/ --format json",
    "init": "\nExamples:\n  coprod-check init\n  coprod-check init park.yaml --sets fol,newham",
    "schema": "\nExample:\n  coprod-check schema -o coprod-plan.schema.json",
    "assess": "\nExamples:\n  coprod-check assess park.yaml\n"
    "  coprod-check assess park.yaml --resume\n"
    "  coprod-check assess park.yaml --name Ama --role community",
    "survey": "\nExamples:\n  coprod-check survey park.yaml\n"
    "  coprod-check survey park.yaml --format csv -o forms/",
    "import": "\nExamples:\n  coprod-check import park.yaml answers.csv\n"
    "  coprod-check import park.yaml answers.xlsx --dry-run",
    "report": "\nExamples:\n  coprod-check report park.yaml -o park.html\n"
    "  coprod-check report plans/ -o reports/\n"
    "  coprod-check report plans/ --combined -o all.html\n"
    "For a PDF, print the HTML file from a browser.",
    "diff": "\nExamples:\n  coprod-check diff march.yaml september.yaml\n"
    "  coprod-check diff march.yaml september.yaml -f markdown",
}
"""An example in every command's help (its epilog); each line fits a 60-column terminal. The
leading newline keeps the indentation of the examples (typer dedents from the second line)."""


class ListFormat(str, Enum):
    table = "table"
    json = "json"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    md = "md"  # an alias of markdown
    github = "github"


class FailOn(str, Enum):
    moderate = "moderate"
    high = "high"
    severe = "severe"


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
    _STYLE["plain"] = no_color  # each run starts from its own options
    if debug:
        os.environ[DEBUG_ENV] = "1"


def _context(principles: list[Path] | None) -> Any:
    from coprod_check.io.loading import load_context

    return load_context(principles or [])


class _RoleStart(NamedTuple):
    context: Any
    text: str
    plan: Any
    views: Any


def _plan_for_role(plan: Path, role: str, principles: list[Path] | None) -> _RoleStart:
    """What `survey` and `import` both start from: the context, the role checked against the
    model, the plan as read (text and parsed) and the viewpoints."""
    from coprod_check.core.errors import UsageError, did_you_mean
    from coprod_check.io.datafiles import load_viewpoints
    from coprod_check.io.loading import read_plan

    context = _context(principles)
    if role not in context.model.roles:
        raise UsageError(f"unknown role `{role}`", hint=did_you_mean(role, context.model.roles))
    text, loaded = read_plan(plan, context)
    views = load_viewpoints(context.model.roles)
    return _RoleStart(context, text, loaded, views)


def _assess_all(loaded: list[Any], context: Any) -> list[Any]:
    """An assessment per (path, text, plan) that `loading.read_plans` returned."""
    from coprod_check.core.assessment import assess

    return [assess(plan, context.catalogue, context.model, str(path)) for path, _, plan in loaded]


def _on_terminal() -> bool:
    return sys.stdout.isatty() and not _no_color()


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
    _plain(no_color)
    catalogue = _context(principles).catalogue
    if fmt is ListFormat.json:
        import json

        data = [pset.to_dict() for pset in catalogue.sets.values()]
        from coprod_check.outputs.sanitize import json_text

        echo(json_text(json.dumps(data, indent=2, ensure_ascii=False)))
        return
    from coprod_check.outputs.console import make_console, principles_tables

    make_console(no_color=_no_color()).print(principles_tables(catalogue))


@principles_app.command("show", epilog=EXAMPLES["principles show"])
def principles_show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="A set id or a principle id.")],
    principles: PrinciplesOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Show a set or a principle in full, with the source passage it comes from."""
    _plain(no_color)
    from coprod_check.core.principles import PrincipleSet

    catalogue = _context(principles).catalogue
    found = catalogue.find(item_id)
    from coprod_check.outputs.console import make_console, principle_panel, set_view

    console = make_console(no_color=_no_color())
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
    _plain(no_color)
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
    _plain(no_color)
    from coprod_check.io.loading import find_plans, read_plans

    context = _context(principles)
    files = find_plans(paths)
    loaded = read_plans(files, context)
    results = _assess_all(loaded, context)
    model = context.model
    _warn_about_evidence(loaded, model, github=fmt is CheckFormat.github)
    failing = {b for b, _ in model.bands if model.band_rank(b) >= model.band_rank(fail_on.value)}
    count = sum(r.risk.band in failing for r in results)
    earn(EXIT_RISK if count else 0)
    from coprod_check.outputs.formats import summary_counts
    from coprod_check.outputs.registry import for_command, get_format
    from coprod_check.outputs.views import check_view

    name = for_command("check", fmt.value)
    lines = {}
    if name == "github":
        lines = {
            str(item.path): (item.positions.locate(("claim", "level")) or (1, 1))[0]
            for item in loaded
        }
    view = check_view(results, frozenset(failing), verbose, lines)
    if name == "github":
        output = get_format(name).render(view)
        if output:
            typer.echo(output)  # annotations: built by formats.GitHub, data escaped there
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            try:
                with open(summary, "a", encoding="utf-8") as handle:
                    handle.write(get_format("markdown").render(view) + "\n")
            except OSError as exc:
                from coprod_check.io.safefile import write_failed

                raise write_failed(summary, exc, "cannot add the job summary") from None
    elif name == "text" and _on_terminal():
        from coprod_check.outputs.console import check_panels, make_console

        make_console(no_color=_no_color()).print(check_panels(view))
    else:
        echo(get_format(name).render(view), nl=name != "text")
    if fmt in (CheckFormat.text, CheckFormat.github):
        verdict = f"{count} at or above {fail_on.value}" if count else f"none at {fail_on.value}+"
        echo(
            summary_counts(view.plans, [b for b, _ in model.bands]) + f"; {verdict}",
            err=fmt is CheckFormat.github,
        )
    if count:
        raise typer.Exit(EXIT_RISK)


def _warn_about_evidence(loaded: list[Any], model: Any, github: bool = False) -> None:
    """`warning:` lines on stderr (GitHub annotations with --format github) for evidence
    files that are missing and evidence older than the model allows; the exit code stays."""
    if not any(
        a.cited for item in loaded for p in item.plan.respondents for a in p.answers.values()
    ):
        return
    from coprod_check.io.evidence import evidence_warnings
    from coprod_check.io.yamlio import place_problems
    from coprod_check.outputs.sanitize import one_line

    for item in loaded:
        found = evidence_warnings(item.plan, Path(item.path), model)
        for problem in place_problems(found, item.positions):
            if github:
                from coprod_check.outputs.formats import gh_warning

                # an annotation: every part escaped by gh_warning
                typer.echo(
                    gh_warning(problem.file, problem.line, "coprod-check evidence", str(problem))
                )
            else:
                echo(f"warning: {one_line(str(problem))}", err=True)


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
    _plain(no_color)
    from coprod_check.io.starter import starter_plan
    from coprod_check.io.yamlio import write_new

    context = _context(principles)
    chosen = _parse_sets(sets, context) if sets else None
    write_new(path, starter_plan(context.catalogue, context.model, chosen), force)
    echo(f"Wrote {path}. Fill it in (or run `coprod-check assess {path}`), then:")
    echo(f"  coprod-check check {path}")


def _parse_sets(text: str, context: Any) -> tuple[str, ...]:
    ids = tuple(s.strip() for s in text.split(",") if s.strip())
    for set_id in ids:
        context.catalogue.get_set(set_id)
    if not ids:
        from coprod_check.core.errors import UsageError

        raise UsageError("--sets names no set", hint="e.g. --sets fol,newham")
    return ids


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
    _plain(no_color)
    import json

    from coprod_check.core.schema import plan_schema

    context = _context(principles)
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
    _plain(no_color)
    if not sys.stdin.isatty():
        from coprod_check.core.errors import UsageError

        raise UsageError(
            "assess is an interactive questionnaire and needs a terminal (stdin is not one)",
            hint=f"without one, write a plan with `coprod-check init {path}`, fill it in, "
            f"and score it with `coprod-check check {path}`",
        )
    context = _context(principles)
    chosen = _parse_sets(sets, context) if sets is not None else None
    from coprod_check.cli.interactive import Interview
    from coprod_check.outputs.console import make_console

    interview = Interview(
        path,
        context,
        make_console(no_color=_no_color()),
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


class SurveyFormat(str, Enum):
    all = "all"
    html = "html"
    csv = "csv"
    markdown = "markdown"


SURVEY_KINDS = ("html", "csv", "markdown")
"""What `survey --format all` writes, in this order."""


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
    _plain(no_color)
    from coprod_check.core.errors import UsageError
    from coprod_check.outputs import survey as sv
    from coprod_check.outputs.registry import get_format

    start = _plan_for_role(plan, role, principles)
    context, model, loaded, views = start.context, start.context.model, start.plan, start.views
    wanted = sv.survey_view(loaded, context.catalogue, model, views, role, not no_comments)
    folder = output or plan.parent
    if folder.exists() and not folder.is_dir():
        raise UsageError("is a file, not a folder", file=str(folder), hint="give a folder")
    stem = plan.name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".coprod")
    kinds = list(SURVEY_KINDS) if fmt is SurveyFormat.all else [fmt.value]
    writers = [get_format(f"survey-{kind}") for kind in kinds]
    targets = {folder / f"{stem}{w.suffix}": w for w in writers}
    texts = {target: w.render(wanted) for target, w in targets.items()}
    _check_targets(list(targets), force)
    from coprod_check.io.safefile import write_files

    write_files(list(texts.items()), force=force)
    for target in targets:
        echo(f"Wrote {target}")
    count = len(wanted.questions)
    echo(f"{count} questions. Once answers are in: coprod-check import {plan} RESPONSES")


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
    _plain(no_color)
    from coprod_check.io import responses as rs
    from coprod_check.io.plandoc import add_respondents

    start = _plan_for_role(plan, role, principles)
    context, model, text, loaded = start.context, start.context.model, start.text, start.plan
    views = start.views
    tables = [rs.read_table(path, sheet) for path in responses]
    result = rs.read_responses(
        tables, loaded, context.catalogue, model, views, role, names_from=names_from
    )
    for table in tables:
        columns = result.columns[table.file]
        asked = sum(c.kind == "answer" for c in columns)
        dropped = [c.header for c in columns if c.kind == "identifying"]
        ignored = [
            c.header or f"column {rs.column_letter(c.index)}"
            for c in columns
            if c.kind == "ignored"
        ]
        echo(f"{table.file}: {len(table.rows)} rows, {asked} questions matched")
        if dropped:
            echo(f"  not stored (names people): {', '.join(dropped)}")
        if ignored:
            shown = ", ".join(ignored[:6]) + (
                f" and {len(ignored) - 6} more" if len(ignored) > 6 else ""
            )
            echo(f"  ignored: {shown}")
    people = [rs.respondent_data(r) for r in result.responses]
    counts: dict[str, int] = {}
    for person in people:
        counts[person["role"]] = counts.get(person["role"], 0) + 1
    added = ", ".join(f"{n} {r}" for r, n in counts.items()) or "none"
    notes = []
    if result.skipped_existing:
        notes.append(f"{result.skipped_existing} already in the plan")
    if result.skipped_empty:
        notes.append(f"{result.skipped_empty} with no answers")
    extra = f" (skipped: {'; '.join(notes)})" if notes else ""
    if dry_run:
        echo(f"Would add {added}{extra}; nothing written (--dry-run).")
        return
    if people:
        add_respondents(plan, people, context.catalogue, model, checked_text=text)
        echo(f"Added {added}{extra} to {plan}.")
    else:
        echo(f"Nothing to add{extra}; {plan} is as it was.")


# --- report and diff ---------------------------------------------------------------------------


class ReportFormat(str, Enum):
    markdown = "markdown"
    md = "md"  # an alias of markdown
    html = "html"


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    md = "md"  # an alias of markdown


def _format_name(fmt: Enum) -> str:
    """The canonical name of a --format choice: `md` is `markdown`."""
    return "markdown" if fmt.value == "md" else str(fmt.value)


REPORT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


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
    _plain(no_color)
    from coprod_check.core.errors import UsageError
    from coprod_check.io.loading import find_plans, read_plans
    from coprod_check.outputs.registry import get_format
    from coprod_check.outputs.report import build_context
    from coprod_check.outputs.views import ReportView

    files = find_plans(paths)
    output = Path(output_arg) if output_arg else None
    to_dir = output is not None and (str(output_arg).endswith(("/", os.sep)) or output.is_dir())
    if len(files) > 1 and not combined and not to_dir:
        raise UsageError(
            f"{len(files)} plans make {len(files)} reports",
            hint="write them into a folder with `-o DIR/`, or compare them in one with --combined",
        )
    kind = _report_kind(fmt, None if to_dir else output, template)
    context = _context(principles)
    loaded = read_plans(files, context)
    results = _assess_all(loaded, context)
    today = _report_date()
    writer = get_format(f"report-{kind}")

    links_from: Path | None = None  # where the report is read from: evidence links start there

    def draw(chosen: list[Any]) -> str:
        ctx = build_context(
            chosen,
            context.catalogue,
            context.model,
            today,
            combined,
            community_names,
            links_from=str(links_from) if links_from else None,
        )
        return writer.render(ReportView(ctx, template))

    if output is None:
        echo(draw(results), nl=False)
        return
    links_from = output if to_dir else output.parent
    if combined or not to_dir:
        jobs = [(output / f"portfolio{writer.suffix}" if to_dir else output, results)]
    else:
        jobs = [
            (output / f"{path.stem}{writer.suffix}", [r])
            for (path, _, _), r in zip(loaded, results, strict=True)
        ]
    _check_targets([target for target, _ in jobs], force)
    drawn = [(target, draw(chosen)) for target, chosen in jobs]  # every one, before any write
    from coprod_check.io.safefile import write_files

    write_files(drawn, force=force)
    for target, _ in drawn:
        echo(f"Wrote {target}")


def _report_kind(fmt: ReportFormat | None, output: Path | None, template: Path | None) -> str:
    """markdown or html: --format, else the -o suffix, else the template's name, else
    markdown."""
    from coprod_check.core.errors import UsageError
    from coprod_check.outputs.render import EXTENSIONS, output_kind

    inferred = REPORT_SUFFIXES.get(output.suffix.lower()) if output else None
    if output is not None and output.suffix and inferred is None and not template:
        hint = "name it *.md or *.html"
        if output.suffix.lower() == ".pdf":
            hint = (
                f"write HTML (-o {output.with_suffix('.html')}) and print it to PDF from a "
                "browser; the README's Reports section shows how"
            )
        raise UsageError(
            f"cannot write a {output.suffix} report: reports are Markdown (.md) or HTML (.html)",
            file=str(output),
            hint=hint,
        )
    chosen = _format_name(fmt) if fmt else None
    if chosen and inferred and chosen != inferred and not template:
        raise UsageError(
            f"--format {fmt.value if fmt else chosen} does not match the name {output}",
            hint=f"name the file *.{EXTENSIONS[chosen]}, or drop --format",
        )
    return chosen or inferred or (output_kind(template.name) if template else "markdown")


def _check_targets(targets: list[Path], force: bool) -> None:
    """Refuse before writing anything: two plans with one name (also where only the case
    differs: `A.yaml` and `a.yaml` are one file on macOS and Windows), or files already there
    (a symlink or special file is never replaced without --force)."""
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


def _report_date() -> Any:
    """Today, or $SOURCE_DATE_EPOCH for reproducible reports."""
    import datetime as dt

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return dt.date.today()
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        from coprod_check.core.errors import UsageError

        raise UsageError(
            f"SOURCE_DATE_EPOCH={epoch} is not a time", hint="seconds since 1970, or unset it"
        ) from None


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
    _plain(no_color)
    from coprod_check.io.loading import read_plans
    from coprod_check.outputs.diff import diff_view
    from coprod_check.outputs.registry import for_command, get_format

    context = _context(principles)
    before, after = _assess_all(read_plans([old, new], context), context)
    name = for_command("diff", fmt.value)
    echo(get_format(name).render(diff_view(before, after, context.model)), nl=name == "diff-json")


def main() -> NoReturn:
    """Run the command line (the console script enters through coprod_check.__main__)."""
    try:
        app()
    except KeyboardInterrupt:
        echo("\nInterrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Exception as exc:  # outside a command: typer itself, or start-up
        internal_error(exc)
    sys.exit(0)
