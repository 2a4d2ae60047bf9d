"""`report` and `diff`: the report a consultant hands over, and two assessments compared."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coprod_check.cli import options as opts
from coprod_check.cli.exits import echo
from coprod_check.cli.options import (
    DiffFormat,
    NoColorOpt,
    PrinciplesOpt,
    ReportFormat,
)

if TYPE_CHECKING:
    pass


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
