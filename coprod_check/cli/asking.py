"""Asking one question at a terminal: the question drawn with the source's words, the reply
read until it means something, an earlier answer offered to keep. Interview (cli/interactive.py)
asks through this."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from coprod_check.cli import questionnaire as q
from coprod_check.cli import replies as r
from coprod_check.core.plan import UNKNOWN, Answer
from coprod_check.core.viewpoints import Viewpoint
from coprod_check.io.loading import Context

T = TypeVar("T")

SCORE_PROMPT = "Score 0-4, ? don't know, b back (3n: add a note)"

TEXT_PROMPTS = {
    "project.name": ("Project name", ""),
    "project.organisation": (
        "Organisation (optional)",
        "Which organisation leads it? Enter skips.",
    ),
    "claim.wording": (
        "Public wording (optional)",
        "How does the project describe itself in public (a website line, a report title)? "
        "Enter skips.",
    ),
}


def _tolerate_bad_bytes() -> None:
    """A byte that is not UTF-8, typed or pasted, must not end the session: read it as a
    stand-in character, so the prompt can ask again."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if callable(reconfigure) and getattr(sys.stdin, "errors", "") != "surrogateescape":
        reconfigure(errors="surrogateescape")


class Asking:
    """The prompts of one interview; the interview supplies its console, its context, the
    question's number and the viewpoint of the person answering."""

    console: Console
    context: Context

    def _number(self) -> str:
        raise NotImplementedError

    def _viewpoint(self) -> Viewpoint:
        raise NotImplementedError

    def _indent(self, markup: str) -> None:
        """A line indented two spaces, wrapped lines too (narrow terminals)."""
        self.console.print(Padding(Text.from_markup(markup), (0, 0, 0, 2)))

    def _prompt(self, label: str, read: Callable[[str], T], default: str | None = None) -> T:
        """Ask until the reply means something; `default` is shown as what Enter keeps."""
        shown = f" [{default}]" if default else ""
        _tolerate_bad_bytes()
        while True:
            text = self.console.input(Text(f"{label}{shown}: "))
            if any("\udc80" <= ch <= "\udcff" for ch in text):
                self.console.print(
                    "[yellow]That was not valid text (UTF-8): type it again.[/yellow]"
                )
                continue
            try:
                return read(text)
            except r.ReplyError as exc:
                message = str(exc)
                self.console.print(f"[yellow]{escape(message[:1].upper() + message[1:])}[/yellow]")

    def _ask(self, question: q.Question, session: q.Session) -> Any:
        earlier = session.earlier(question)
        if question.kind not in ("score", "choice"):
            self.console.print(f"\n[dim]{self._number()}[/dim]")
        if question.kind == "score":
            return self._ask_score(question, earlier)
        if question.kind == "choice":
            return self._ask_screening(question, earlier)
        if question.kind == "level":
            return self._ask_level(earlier)
        if question.kind == "scope":
            return self._ask_scope(earlier)
        if question.kind == "parts":
            self.console.print("Which parts of the project were co-produced?")
            shown = ", ".join(earlier) if isinstance(earlier, list) else None
            return self._prompt(
                "Parts, separated by commas", lambda t: r.read_parts(t, bool(shown)), shown
            )
        label, explain = TEXT_PROMPTS[question.id]
        if explain:
            self.console.print(escape(explain))
        shown = str(earlier) if earlier is not None else None
        return self._prompt(
            label,
            lambda t: r.read_text(t, shown is not None, required=not question.optional),
            shown,
        )

    def _ask_level(self, earlier: Any) -> Any:
        model = self.context.model
        say = self.console.print
        say("Which rung of the ladder does the project claim in public?")
        for n, level in enumerate(model.levels, 1):
            self._indent(f"{n} [bold]{escape(level.label)}[/bold]: {escape(level.meaning)}")
        ids = list(model.level_ids)
        return self._prompt(
            f"Claimed level 1-{len(ids)}",
            lambda t: r.read_choice(t, ids, earlier is not None),
            str(earlier) if earlier else None,
        )

    def _ask_scope(self, earlier: Any) -> Any:
        self.console.print("Does the claim cover the whole project, or only some parts of it?")
        self.console.print("  1 whole   2 part")
        default = str(earlier) if earlier else "whole"

        def read(text: str) -> Any:
            reply = r.read_choice(text, ["whole", "part"], True)
            return "whole" if isinstance(reply, r.Keep) and not earlier else reply

        return self._prompt("Scope", read, default)

    def _ask_screening(self, question: q.Question, earlier: Any) -> Any:
        model = self.context.model
        key = str(question.path[-1])
        screening = model.screening[key]
        say = self.console.print
        say(f"\n[bold]{self._number()} · {escape(screening.question)}[/bold]")
        for quote, attribution in q.screening_why(model, key):
            self._indent(f"[italic]“{escape(quote)}”[/italic]")
            self._indent(f"[dim]— {escape(attribution)}[/dim]")
        items = [f"{n} {c}" for n, c in enumerate(screening.choices, 1)] + ["? don't know"]
        for line in _fill(items, self.console.width - 2):
            self._indent(escape(line))
        shown = None
        if earlier is not None:
            shown = "?" if earlier == UNKNOWN else str(earlier)
            if isinstance(earlier, bool):  # a plan written by hand: `yes` reads as true
                shown = "yes" if earlier else "no"
        return self._prompt(
            "Answer",
            lambda t: r.read_choice(t, screening.choices, shown is not None, unknown=True),
            shown,
        )

    def _ask_score(self, question: q.Question, earlier: Answer | None) -> Any:
        principle = question.principle
        assert principle is not None
        model = self.context.model
        pset = self.context.catalogue.sets[principle.set_id]
        say = self.console.print
        say(
            f"\n[bold]{self._number()} · {escape(principle.title)}[/bold] "
            f"[dim]({escape(principle.id)})[/dim]"
        )
        view = self._viewpoint()
        say(escape(view.question(principle)))
        self._indent(f"[italic]“{escape(principle.quote)}”[/italic]")
        self._indent(f"[dim]— {escape(pset.source.attribution())}[/dim]")
        steps = [f"{step.score} {step.label}" for step in view.scale]
        for line in _fill(steps, self.console.width - 2, gap=" · "):  # each step whole
            self._indent(escape(line))
        shown = None
        if earlier is not None:
            shown = "?" if earlier.score is None else str(earlier.score)
            self._indent(f"[dim]Earlier answer: {escape(_describe(earlier))}[/dim]")
        score, wants_note = self._prompt(
            SCORE_PROMPT, lambda t: r.read_score_note(t, earlier is not None), shown
        )
        if isinstance(score, r.Back) or (isinstance(score, r.Keep) and not wants_note):
            return score
        if isinstance(score, r.Keep):  # `n` alone: the earlier answer, with a note
            assert earlier is not None
            note = self._optional_text("Note", earlier.note)
            return note if isinstance(note, r.Back) else replace(earlier, note=note)
        evidence = earlier.evidence if earlier else None
        if score is not None and score >= model.evidenced_from:
            cap = model.unevidenced_cap
            prompt = view.evidence_prompt or principle.evidence_prompt
            self._indent(
                f"[cyan]What shows it?[/cyan] {escape(prompt)} "
                f"[dim]Without evidence it counts as {cap} ({escape(view.label(cap))}).[/dim]"
            )
            given = self._optional_text("Evidence", evidence)
            if isinstance(given, r.Back):
                return given
            evidence = given
            if not evidence:
                self._indent(f"[yellow]Counted as {cap} until evidence is added.[/yellow]")
        note = earlier.note if earlier else None
        if wants_note:  # asked only when wanted: most answers need none
            given_note = self._optional_text("Note", note)
            if isinstance(given_note, r.Back):
                return given_note
            note = given_note
        return Answer(score, evidence, note)

    def _optional_text(self, label: str, earlier: str | None) -> str | r.Back | None:
        hint = "Enter keeps, - clears" if earlier else "Enter skips"
        reply = self._prompt(
            f"{label}, {hint}", lambda t: r.read_text(t, earlier is not None, required=False)
        )
        if isinstance(reply, r.Keep):
            return earlier
        return reply


def _fill(items: Sequence[str], width: int, gap: str = "   ") -> list[str]:
    """Items on as few lines as fit `width`, each item whole (`? don't know` never splits)."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(gap) + len(item) <= width:
            lines[-1] += gap + item
        else:
            lines.append(item)
    return lines


def _describe(answer: Answer) -> str:
    parts = ["don't know" if answer.score is None else str(answer.score)]
    if answer.evidence:
        parts.append(f"evidence: {answer.evidence}")
    if answer.note:
        parts.append(f"note: {answer.note}")
    return " · ".join(parts)
