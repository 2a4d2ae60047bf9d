"""Rich terminal views. Imported only by commands that draw on a terminal (rich is slow to load)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from coprod_check.core.principles import Catalogue, Principle, PrincipleSet
from coprod_check.outputs.sanitize import CONTROL, no_commands
from coprod_check.outputs.views import CheckView

BAND_STYLE = {"low": "green", "moderate": "yellow", "high": "red", "severe": "bold white on red"}


class SafeConsole(Console):
    """A console that draws no control or bidi character from the text it is given (its own
    styling and cursor codes are separate segments, kept), and prints no line that GitHub
    would read as a workflow command: see outputs/sanitize.py."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        cleaned = (
            segment if segment.control else Segment(CONTROL.sub("", segment.text), *segment[1:])
            for segment in buffer
        )
        return no_commands(super()._render_buffer(cleaned))


def make_console(stderr: bool = False, *, no_color: bool = False) -> Console:
    """A console; rich itself also honours $NO_COLOR."""
    return SafeConsole(stderr=stderr, no_color=no_color or None, highlight=False)


def principles_tables(catalogue: Catalogue) -> Group:
    """One small table per set: readable on a narrow terminal."""
    tables = []
    for pset in catalogue.sets.values():
        notes = []
        if pset.ordered:
            notes.append("steps in order")
        if not pset.builtin:
            notes.append(f"custom: {pset.path}")
        extra = f" [dim]({escape('; '.join(notes))})[/dim]" if notes else ""
        table = Table(
            title=f"[bold magenta]{escape(pset.id)}[/bold magenta] {escape(pset.name)}{extra}",
            title_justify="left",
            expand=False,
        )
        table.add_column("principle", style="bold", no_wrap=True)
        table.add_column("title")
        table.add_column("pillars", style="cyan")
        for p in pset.principles:
            table.add_row(escape(p.id), escape(p.title), ", ".join(p.pillars))
        tables.append(table)
    return Group(*tables)


def principle_panel(principle: Principle, pset: PrincipleSet) -> Panel:
    asked = [Text.from_markup(f"[bold]Staff:[/bold] {escape(principle.question)}")]
    if principle.community_question:
        asked.append(
            Text.from_markup(f"[bold]Community:[/bold] {escape(principle.community_question)}")
        )
    body = Group(
        *asked,
        Text(""),
        Text.from_markup(f"[italic]“{escape(principle.quote)}”[/italic]"),
        Text.from_markup(f"[dim]— {escape(pset.source.attribution())}[/dim]"),
        Text(""),
        Text.from_markup(f"[cyan]Evidence:[/cyan] {escape(principle.evidence_prompt)}"),
        Text.from_markup(f"[cyan]If it scores low:[/cyan] {escape(principle.advice)}"),
        Text.from_markup(f"[cyan]Pillars:[/cyan] {', '.join(principle.pillars)}"),
    )
    return Panel(body, title=f"{escape(principle.id)}: {escape(principle.title)}", expand=True)


def set_view(pset: PrincipleSet) -> Group:
    source = pset.source
    head = [
        Text.from_markup(f"[bold magenta]{escape(pset.name)}[/bold magenta] ({escape(pset.id)})"),
        Text(pset.summary),
        Text.from_markup(
            f"[dim]Source: {escape(source.title)} — {escape(source.attribution())}[/dim]"
        ),
    ]
    if pset.ordered:
        head.append(Text("Its steps build on each other, in this order.", style="yellow"))
    return Group(*head, *(principle_panel(p, pset) for p in pset.principles))


def check_panels(view: CheckView, more: str = "--verbose") -> Group:
    """One panel per plan; `more` says where the reasons left out can be read."""
    parts = []
    for p in view.plans:
        style = BAND_STYLE.get(p.band, "")
        title = Text(p.project, style="bold")
        badge = Text(f" {p.band.upper()} risk ", style=style)
        badge.append(f" {p.score}/100", style="")
        lines: list[RenderableType] = [
            Text(p.file or "", style="dim", overflow="fold"),
            badge,  # a line of its own: never split across lines
            Text.from_markup(
                f"Claims [bold]{escape(p.claim)}[/bold] · evidence supports "
                f"[bold]{p.evidenced.lower()}[/bold]"
            ),
            Text(p.maturity_line.capitalize(), style="dim"),
        ]
        reasons = p.reasons if view.verbose else p.reasons[:3]
        bullets = Table.grid(padding=(0, 1))  # wrapped lines hang under the text, not the dot
        bullets.add_column(no_wrap=True)
        bullets.add_column()
        for reason in reasons:
            bullets.add_row(
                "•", Text.from_markup(f"[bold]{reason.code}[/bold] {escape(reason.message)}")
            )
        if len(p.reasons) > len(reasons):
            bullets.add_row("", Text(f"… {len(p.reasons) - len(reasons)} more ({more})", "dim"))
        if reasons:
            lines.append(bullets)
        parts.append(Panel(Group(*lines), title=title, title_align="left", border_style=style))
    return Group(*parts)
