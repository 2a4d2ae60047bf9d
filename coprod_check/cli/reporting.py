"""`report` as a plain function: which format, which files, every report drawn before any is
written. No typer and no printing (cli/app.py prints what `write_reports` returns)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_check.cli.services import assess_all, check_targets, load_context

if TYPE_CHECKING:
    from coprod_check.core.assessment import Assessment

REPORT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Reports:
    text: str | None = None
    """The one report, when no output was named (for stdout)."""
    written: list[Path] = field(default_factory=list)


def write_reports(
    paths: Sequence[Path],
    *,
    output: str | None = None,
    fmt: str | None = None,
    template: Path | None = None,
    combined: bool = False,
    force: bool = False,
    community_names: bool = False,
    principles: Sequence[Path] | None = None,
    today: dt.date | None = None,
) -> Reports:
    """The report of each plan (or one `combined` portfolio): into `output` (a .md or .html
    file, or a folder when it ends in `/` or is one), else returned as text. `fmt`: markdown,
    md or html (default: from `output`'s name, else markdown)."""
    from coprod_check.core.errors import UsageError
    from coprod_check.io.loading import find_plans, read_plans
    from coprod_check.outputs.registry import get_format
    from coprod_check.outputs.report import build_context
    from coprod_check.outputs.views import ReportView

    files = find_plans(paths)
    target = Path(output) if output else None
    to_dir = target is not None and (str(output).endswith(("/", os.sep)) or target.is_dir())
    if len(files) > 1 and not combined and not to_dir:
        raise UsageError(
            f"{len(files)} plans make {len(files)} reports",
            hint="write them into a folder with `-o DIR/`, or compare them in one with --combined",
        )
    kind = report_kind(fmt, None if to_dir else target, template)
    context = load_context(principles)
    loaded = read_plans(files, context)
    results = assess_all(loaded, context)
    today = today or report_date()
    writer = get_format(f"report-{kind}")

    def draw(chosen: list[Assessment], links_from: Path | None) -> str:
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

    if target is None:
        return Reports(text=draw(results, None))
    links_from = target if to_dir else target.parent  # evidence links start where it is read
    if combined or not to_dir:
        jobs = [(target / f"portfolio{writer.suffix}" if to_dir else target, results)]
    else:
        jobs = [
            (target / f"{path.stem}{writer.suffix}", [r])
            for (path, _, _), r in zip(loaded, results, strict=True)
        ]
    check_targets([where for where, _ in jobs], force)
    drawn = [(where, draw(chosen, links_from)) for where, chosen in jobs]  # all before any write
    from coprod_check.io.safefile import write_files

    write_files(drawn, force=force)
    return Reports(written=[where for where, _ in drawn])


def report_kind(fmt: str | None, output: Path | None, template: Path | None) -> str:
    """markdown or html: `fmt` (--format: markdown, md or html), else the output's suffix,
    else the template's name, else markdown."""
    from coprod_check.core.errors import UsageError
    from coprod_check.outputs.registry import canonical
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
    chosen = canonical(fmt) if fmt else None
    if chosen and inferred and chosen != inferred and not template:
        raise UsageError(
            f"--format {fmt} does not match the name {output}",
            hint=f"name the file *.{EXTENSIONS[chosen]}, or drop --format",
        )
    return chosen or inferred or (output_kind(template.name) if template else "markdown")


def report_date() -> dt.date:
    """Today, or $SOURCE_DATE_EPOCH for reproducible reports."""
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
