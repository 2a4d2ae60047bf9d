"""`coprod-check import`: survey exports (CSV, XLSX) read, checked and merged into a plan.

A column is a principle's answer when its header carries the principle id (`... [fol.sharing-
power]`, as `coprod-check survey` titles its questions, or the bare id, as a typed-up paper form
has it) or is the text of one of its questions. `[<id> comment]` columns hold comments, a
`[role]` or `role` column the role. Columns that name people (name, email, phone, address) are
dropped unless `--names-from` asks for one; every other column (timestamps, ids) is ignored.

Every cell is checked before anything is written: one bad cell anywhere is an error naming the
file, row and column, and the plan is left as it was. Each response gets a stable key (a hash
of its whole row), so importing the same export twice adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_check.core.errors import InputError, Problem, UsageError, did_you_mean
from coprod_check.core.model import Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue
from coprod_check.core.viewpoints import Viewpoints, normalise

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
KEY_FIELD = "key"
ANONYMOUS = "Response"
"""Respondents imported without a name are called `Response <key>`."""

IDENTIFYING = {
    "name", "full name", "your name", "first name", "last name", "surname", "given name",
    "family name", "respondent name", "email", "email address", "e-mail", "e-mail address",
    "your email", "phone", "phone number", "telephone", "mobile", "address", "postcode",
    "post code", "zip", "zip code", "ip address", "username", "user name",
}  # fmt: skip
"""Headers (normalised) of columns that identify someone: dropped unless asked for."""

SECOND_HEADER = {"response", "open-ended response", "other (please specify)", ""}
"""SurveyMonkey exports put these under the questions, in a second header row."""

_BRACKET = re.compile(r"\[([^\[\]]+)\]\s*$")
_NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d+\s*[.):]\s*", re.IGNORECASE)
_SCORE = re.compile(r"^([0-4])(?:\.0+)?(?:\s*[-\u2013:.)]\s*.*)?$")
_COMMENT = re.compile(r"^(.+?)[\s._-]*\(?(comment|comments|note|notes)\)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    kind: str
    """answer, comment, role, name, identifying or ignored."""
    principle: str | None = None


@dataclass
class Table:
    """One export: its header row and data rows, all cells as text."""

    file: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    """(row number as the spreadsheet shows it, cells)."""


@dataclass
class Response:
    key: str
    role: str
    name: str | None
    answers: dict[str, dict[str, Any]]
    """principle id -> {score, note}: the plan's own long form, before shortening."""


@dataclass
class ImportResult:
    responses: list[Response] = field(default_factory=list)
    skipped_existing: int = 0
    skipped_empty: int = 0
    columns: dict[str, list[Column]] = field(default_factory=dict)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- reading files ----------------------------------------------------------------------------


def read_table(path: Path, sheet: str | None = None) -> Table:
    """A CSV or XLSX export as text cells, refusing what is not one. Read like every other
    input (a regular file of bounded size: io/safefile.py), then parsed from memory."""
    from coprod_check.io.safefile import read_bytes

    name = str(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError(
            "old Excel (.xls) files cannot be read",
            file=name,
            hint="save it as .xlsx or .csv (File > Save As) and import that",
        )
    if suffix not in (".xlsx", ".xlsm", ".csv", ".tsv", ".txt"):
        raise InputError(
            f"unknown kind of file `{suffix or name}`",
            file=name,
            hint="export the responses as CSV or XLSX (.csv, .xlsx)",
        )
    if sheet and suffix not in (".xlsx", ".xlsm"):
        raise UsageError("--sheet is for XLSX workbooks", file=name)
    raw = read_bytes(path, MAX_BYTES)
    grid = _read_xlsx(raw, name, sheet) if suffix in (".xlsx", ".xlsm") else _read_csv(raw, name)
    rows = [(n, cells) for n, cells in enumerate(grid, 1)]
    while rows and not any(c.strip() for c in rows[0][1]):
        rows.pop(0)  # blank lines above the header
    if not rows:
        raise InputError("the export is empty", file=name, hint="is this the right file?")
    if len(rows) > MAX_ROWS:
        raise InputError(f"more than {MAX_ROWS} rows", file=name)
    header = [" ".join(c.split()) for c in rows[0][1]]
    data = rows[1:]
    if data and data[0][1] and all(normalise(c) in SECOND_HEADER for c in data[0][1]):
        data = data[1:]
    width = len(header)
    return Table(name, header, [(n, cells + [""] * (width - len(cells))) for n, cells in data])


def _read_csv(raw: bytes, name: str) -> list[list[str]]:
    import contextlib
    import csv

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:  # Excel on Windows saves "CSV" in the Windows code page
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                file=name,
                hint="save the export as CSV UTF-8",
            ) from None
    sample = text[:8192]
    delimiter = ","
    with contextlib.suppress(csv.Error):
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    try:
        return [list(row) for row in csv.reader(text.splitlines(), delimiter=delimiter)]
    except csv.Error as exc:
        raise InputError(f"not a readable CSV file ({exc})", file=name) from None


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> list[list[str]]:
    import io

    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(
            "reading .xlsx needs openpyxl", file=name, hint="pip install openpyxl"
        ) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputError(
            f"not a readable XLSX workbook ({type(exc).__name__})",
            file=name,
            hint="open it in a spreadsheet and save it again as .xlsx, or export CSV",
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise UsageError(
                f"the workbook has no sheet `{sheet}`",
                file=name,
                hint=did_you_mean(sheet, book.sheetnames),
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        grid = []
        for row in ws.iter_rows(values_only=True):
            grid.append([_cell_text(v) for v in row])
            if len(grid) > MAX_ROWS + 2:
                break
        return grid
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


# --- columns ----------------------------------------------------------------------------------


def _clean_header(header: str) -> str:
    return normalise(_NUMBERED.sub("", header.rstrip(" *")))


def match_columns(
    table: Table,
    plan: Plan,
    catalogue: Catalogue,
    names_from: str | None,
    problems: list[Problem],
) -> list[Column]:
    """What each column of the export holds; unknown ids in brackets are problems."""
    in_plan = {p.id for p in catalogue.principles_in(plan.sets)}
    by_text: dict[str, str] = {}
    for p in catalogue.principles_in(plan.sets):
        for text in (p.community_question, p.question):
            if text:
                by_text.setdefault(normalise(text), p.id)
    columns = []
    for index, header in enumerate(table.header):
        kind, pid = _classify(header, by_text, catalogue, names_from)
        where = Problem(
            "", file=table.file, line=1, column=index + 1, key=f"column {column_letter(index)}"
        )
        if kind == "unknown-id":
            problems.append(
                _at(
                    where,
                    f"`{header}` names no principle (`{pid}`)",
                    did_you_mean(pid, sorted(in_plan))
                    or "use an id that `coprod-check principles list` shows",
                )
            )
            kind = "ignored"
        elif kind in ("answer", "comment") and pid not in in_plan:
            set_id = str(pid).split(".", 1)[0]
            problems.append(
                _at(
                    where,
                    f"`{pid}` belongs to set `{set_id}`, which the plan does not use",
                    f"add `{set_id}` to the plan's `sets`, or leave the column out",
                )
            )
            kind = "ignored"
        columns.append(Column(index, header, kind, pid))
    seen: dict[tuple[str, str | None], Column] = {}
    for col in columns:
        if col.kind not in ("answer", "comment", "role", "name"):
            continue
        slot = (col.kind, col.principle)
        if slot in seen:
            first = seen[slot]
            problems.append(
                Problem(
                    f"two columns hold the same question (`{col.header}`)",
                    file=table.file,
                    line=1,
                    column=col.index + 1,
                    key=f"column {column_letter(col.index)}",
                    hint=f"column {column_letter(first.index)} has it too: delete one",
                )
            )
        seen[slot] = col
    if names_from and not any(c.kind == "name" for c in columns):
        problems.append(
            Problem(
                f"no column is headed `{names_from}`",
                file=table.file,
                key="--names-from",
                hint=did_you_mean(names_from, [h for h in table.header if h]),
            )
        )
    return columns


def _at(where: Problem, message: str, hint: str | None) -> Problem:
    return Problem(
        message, file=where.file, line=where.line, column=where.column, key=where.key, hint=hint
    )


def _classify(
    header: str, by_text: dict[str, str], catalogue: Catalogue, names_from: str | None
) -> tuple[str, str | None]:
    cleaned = _clean_header(header)
    if names_from and cleaned == normalise(names_from):
        return "name", None
    bracket = _BRACKET.search(header)
    token = bracket.group(1).strip() if bracket else header.strip()
    if normalise(token) == "role":
        return "role", None
    comment = _COMMENT.match(token)
    base = comment.group(1).strip() if comment else token
    if base in catalogue.principles:
        return ("comment" if comment else "answer"), base
    if bracket and "." in base and " " not in base:
        return "unknown-id", base
    text = _clean_header(_BRACKET.sub("", header))
    if text in by_text:
        return "answer", by_text[text]
    if cleaned in IDENTIFYING or text in IDENTIFYING:
        return "identifying", None
    return "ignored", None


# --- cells ------------------------------------------------------------------------------------


def read_answer(cell: str, words: dict[str, int | None]) -> int | bool | None:
    """0-4, None for don't know, False when the cell means nothing."""
    text = normalise(cell)
    if text in words:
        return words[text]
    match = _SCORE.match(text)
    if match:
        return int(match.group(1))
    return False


def read_role(cell: str, model: Model) -> str | None:
    text = normalise(cell)
    for role in model.roles.values():
        if text in (normalise(role.id), normalise(role.label)):
            return role.id
    return None


def response_key(
    cells: Sequence[str], occurrence: int, squashed: dict[str, str] | None = None
) -> str:
    """A stable key for one row: the same export row always gets the same key, and two
    identical rows (two identical paper forms) get different ones. It is a hash: the row's
    cells (names and emails included, so two people never share a key) cannot be read back.

    `squashed`: each cell with its runs of whitespace made one space, kept across the rows of
    an import (an export repeats a handful of answers)."""
    from hashlib import blake2b

    memo = {} if squashed is None else squashed
    parts = []
    for cell in cells:
        part = memo.get(cell)
        if part is None:
            part = memo[cell] = " ".join(cell.split())
        parts.append(part)
    row = repr((occurrence, *parts))
    return blake2b(row.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def read_responses(
    tables: Iterable[Table],
    plan: Plan,
    catalogue: Catalogue,
    model: Model,
    views: Viewpoints,
    role: str,
    names_from: str | None = None,
) -> ImportResult:
    """Every response of every export, checked; raises with every problem found."""
    result = ImportResult()
    problems: list[Problem] = []
    words = views.answer_words
    existing = {r.key for r in plan.respondents if getattr(r, "key", None)}
    names = {r.name for r in plan.respondents}
    keys: set[str] = set()
    sample = ", ".join(f"`{s.label}`" for s in views.for_role(role).scale[:3])
    memo: dict[str, int | bool | None] = {}
    squashed: dict[str, str] = {}

    def read(cell: str) -> int | bool | None:
        """read_answer, once per distinct cell: an export repeats a handful of answers."""
        if cell not in memo:
            memo[cell] = read_answer(cell, words)
        return memo[cell]

    for table in tables:
        columns = match_columns(table, plan, catalogue, names_from, problems)
        result.columns[table.file] = columns
        if not any(c.kind == "answer" for c in columns):
            problems.append(
                Problem(
                    "no column is a question of the plan's principle sets",
                    file=table.file,
                    line=1,
                    hint="head each column with its principle id, e.g. `fol.sharing-power`, or "
                    "the question's title from `coprod-check survey` (it ends in [id])",
                )
            )
            continue
        seen: dict[str, int] = {}
        used = [c for c in columns if c.kind not in ("ignored", "identifying")]
        for number, cells in table.rows:
            if not any(c.strip() for c in cells):
                continue
            answers: dict[str, dict[str, Any]] = {}
            who = role
            name = None

            def bad(
                col: Column, message: str, hint: str, file: str = table.file, number: int = number
            ) -> None:
                problems.append(
                    Problem(
                        message,
                        file=file,
                        line=number,
                        column=col.index + 1,
                        key=f"row {number}, column {column_letter(col.index)} ({_short(col)})",
                        hint=hint,
                    )
                )

            for col in used:
                cell = cells[col.index].strip() if col.index < len(cells) else ""
                if not cell:
                    continue
                if col.kind == "answer":
                    score = read(cell)
                    if score is False:
                        close = did_you_mean(normalise(cell), [w for w in words if len(w) > 2])
                        bad(
                            col,
                            f"`{_clip(cell)}` is not an answer",
                            (f"{close} " if close and "expected" not in close else "")
                            + f'write 0-4, an answer such as {sample}, or "{views.dont_know}"; '
                            "a blank cell counts as don't know",
                        )
                        continue
                    answers.setdefault(col.principle or "", {})["score"] = score
                elif col.kind == "comment":
                    answers.setdefault(col.principle or "", {})["note"] = " ".join(cell.split())
                elif col.kind == "role":
                    found = read_role(cell, model)
                    if found is None:
                        labels = [model.roles[r].label for r in model.roles]
                        bad(
                            col,
                            f"`{_clip(cell)}` is not a role",
                            f"write one of: {', '.join(model.roles)} (or {labels[1]!r}, ...)",
                        )
                    else:
                        who = found
                elif col.kind == "name":
                    name = " ".join(cell.split())
            answers = {pid: a for pid, a in answers.items() if "score" in a or a.get("note")}
            if not answers:
                result.skipped_empty += 1
                continue
            base = response_key(cells, 0, squashed)
            seen[base] = seen.get(base, 0) + 1
            key = base if seen[base] == 1 else response_key(cells, seen[base] - 1, squashed)
            if key in existing or key in keys:
                result.skipped_existing += 1
                continue
            keys.add(key)
            name = name or f"{ANONYMOUS} {key}"
            if name in names:  # two people of one name, or a name already in the plan
                name = f"{name} ({key})"
            names.add(name)
            result.responses.append(Response(key, who, name, answers))
    if problems:
        raise InputError(problems)
    return result


def _short(col: Column) -> str:
    return col.principle or _clip(col.header, 30)


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# --- writing ----------------------------------------------------------------------------------


def respondent_data(response: Response) -> dict[str, Any]:
    """The plan's form of one response: a bare score unless there is a comment."""
    answers: dict[str, Any] = {}
    for pid, answer in response.answers.items():
        score = answer.get("score", "unknown")
        score = "unknown" if score is None else score
        answers[pid] = {"score": score, "note": answer["note"]} if answer.get("note") else score
    name = response.name or f"{ANONYMOUS} {response.key}"
    return {"name": name, "role": response.role, KEY_FIELD: response.key, "answers": answers}
