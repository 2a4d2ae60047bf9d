"""`principles list`, `principles show` and `principles validate`: the principle sets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coprod_check.cli import options as opts
from coprod_check.cli.exits import echo
from coprod_check.cli.options import (
    ListFormat,
    NoColorOpt,
    PrinciplesOpt,
)
from coprod_check.cli.services import load_context

if TYPE_CHECKING:
    pass


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
