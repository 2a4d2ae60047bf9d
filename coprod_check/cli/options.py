"""The options the commands share, their choices, and each command's help example."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

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


STYLE = {"plain": False}
"""`--no-color` for this run, passed to what draws (never written into os.environ)."""


def plain(no_color: bool) -> None:
    STYLE["plain"] = no_color or STYLE["plain"]


def no_color() -> bool:
    return STYLE["plain"] or bool(os.environ.get("NO_COLOR"))


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


class SurveyFormat(str, Enum):
    all = "all"
    html = "html"
    csv = "csv"
    markdown = "markdown"


class ReportFormat(str, Enum):
    markdown = "markdown"
    md = "md"  # an alias of markdown
    html = "html"


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    md = "md"  # an alias of markdown


def on_terminal() -> bool:
    """stdout is a terminal and colour is wanted: draw with rich."""
    return sys.stdout.isatty() and not no_color()
