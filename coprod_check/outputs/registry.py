"""One registry of the named output formats.

Every format is one class with one interface: `name`, `suffix` (a file's ending) and
`render(view) -> str` drawing a view
model (outputs/views.py, or outputs/survey.py's SurveyView) built once from assessments. Each
command's `--format` names a format here: `check -f json` is `json`, `report -f html` is
`report-html`, `diff -f markdown` is `diff-markdown`, `survey -f csv` is `survey-csv`.

Formats are named here as `module:Class` and imported only when asked for, so `check` never
imports what reports or surveys need.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, TypeVar

from coprod_check.core.errors import UsageError, did_you_mean

View = TypeVar("View", contravariant=True)


class OutputFormat(Protocol[View]):
    name: str
    suffix: str
    """The ending of a file in this format (`.md`, `.survey.csv`)."""

    def render(self, view: View) -> str: ...


FORMATS: dict[str, str] = {
    "text": "formats:Text",
    "json": "formats:Json",
    "markdown": "formats:Markdown",
    "github": "formats:GitHub",
    "report-markdown": "report_formats:ReportMarkdown",
    "report-html": "report_formats:ReportHtml",
    "diff-text": "diff:DiffText",
    "diff-json": "diff:DiffJson",
    "diff-markdown": "diff:DiffMarkdown",
    "survey-html": "survey:SurveyHtml",
    "survey-csv": "survey:SurveyCsv",
    "survey-markdown": "survey:SurveyMarkdown",
}
"""Name: `module:Class` in coprod_check.outputs."""

ALIASES = {"md": "markdown", "report-md": "report-markdown", "diff-md": "diff-markdown"}
"""`md` is accepted wherever `markdown` is; the canonical name is `markdown`."""


def canonical(name: str) -> str:
    """The registry's own name for `name` (`md` is `markdown`)."""
    return ALIASES.get(name, name)


def for_command(command: str, choice: str) -> str:
    """The format a command's `--format` choice names: `report`'s `md` is `report-markdown`,
    `check`'s `json` is `json`."""
    choice = canonical(choice)
    return choice if command == "check" else f"{command}-{choice}"


def get_format(name: str) -> OutputFormat[Any]:
    name = canonical(name)
    if name not in FORMATS:
        raise UsageError(f"no output format `{name}`", hint=did_you_mean(name, list(FORMATS)))
    module, _, cls = FORMATS[name].partition(":")
    found: OutputFormat[Any] = getattr(
        importlib.import_module(f"coprod_check.outputs.{module}"), cls
    )()
    return found
