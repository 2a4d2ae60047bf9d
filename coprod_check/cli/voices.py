"""`survey` and `import` as plain functions: the community's questionnaire out, its answers in.
No typer and no printing (cli/app.py prints what these return)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coprod_check.cli.services import plan_for_role, write_all


@dataclass(frozen=True)
class SurveyWritten:
    files: list[Path]
    questions: int


def write_survey(
    plan: Path,
    kinds: Sequence[str],
    *,
    output: Path | None = None,
    role: str = "community",
    comments: bool = True,
    force: bool = False,
    principles: Sequence[Path] | None = None,
) -> SurveyWritten:
    """The questionnaire of `role` for `plan`, in each of `kinds` (html, csv, markdown), into
    `output` (default: the plan's folder)."""
    from coprod_check.core.errors import UsageError
    from coprod_check.outputs import survey as sv
    from coprod_check.outputs.registry import get_format

    start = plan_for_role(plan, role, principles)
    context = start.context
    wanted = sv.survey_view(
        start.plan, context.catalogue, context.model, start.views, role, comments
    )
    folder = output or plan.parent
    if folder.exists() and not folder.is_dir():
        raise UsageError("is a file, not a folder", file=str(folder), hint="give a folder")
    forms = [get_format(f"survey-{kind}") for kind in kinds]
    files = sv.survey_files(wanted, folder, plan.name, forms)
    return SurveyWritten(write_all(files, force), len(wanted.questions))


@dataclass(frozen=True)
class TableRead:
    """One export as read: its rows, the questions matched, the columns left out."""

    file: str
    rows: int
    asked: int
    dropped: list[str]
    """Columns that name people: never stored."""
    ignored: list[str]


@dataclass(frozen=True)
class Imported:
    tables: list[TableRead]
    added: dict[str, int]
    """Respondents added, by role, in the order met."""
    skipped_existing: int
    skipped_empty: int
    written: bool

    def added_text(self) -> str:
        """`12 community, 2 partner`, or `none`."""
        return ", ".join(f"{n} {r}" for r, n in self.added.items()) or "none"

    def skipped_text(self) -> str:
        """` (skipped: 3 already in the plan; 1 with no answers)`, or nothing."""
        notes = []
        if self.skipped_existing:
            notes.append(f"{self.skipped_existing} already in the plan")
        if self.skipped_empty:
            notes.append(f"{self.skipped_empty} with no answers")
        return f" (skipped: {'; '.join(notes)})" if notes else ""


def import_responses(
    plan: Path,
    responses: Sequence[Path],
    *,
    role: str = "community",
    names_from: str | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    principles: Sequence[Path] | None = None,
) -> Imported:
    """Survey exports (CSV, XLSX) added to `plan` as respondents, anonymously (names kept
    only from `names_from`); a response already in the plan is not added again."""
    from coprod_check.io import responses as rs
    from coprod_check.io.loading import no_cyclic_gc
    from coprod_check.io.plan_append import add_respondents

    start = plan_for_role(plan, role, principles)
    context = start.context
    tables = [rs.read_table(path, sheet) for path in responses]
    with no_cyclic_gc():  # hundreds of rows: many small objects, no cycles
        result = rs.read_responses(
            tables, start.plan, context.catalogue, context.model, start.views, role,
            names_from=names_from,
        )  # fmt: skip
    read = []
    for table in tables:
        columns = result.columns[table.file]
        read.append(
            TableRead(
                file=table.file,
                rows=len(table.rows),
                asked=sum(c.kind == "answer" for c in columns),
                dropped=[c.header for c in columns if c.kind == "identifying"],
                ignored=[
                    c.header or f"column {rs.column_letter(c.index)}"
                    for c in columns
                    if c.kind == "ignored"
                ],
            )
        )
    people = [rs.respondent_data(r) for r in result.responses]
    added: dict[str, int] = {}
    for person in people:
        added[person["role"]] = added.get(person["role"], 0) + 1
    write = bool(people) and not dry_run
    if write:
        with no_cyclic_gc():
            add_respondents(plan, people, context.catalogue, context.model, checked_text=start.text)
    return Imported(read, added, result.skipped_existing, result.skipped_empty, write)
