"""The terminal side of `assess`: prompts, explanations in the sources' words, and the summary.

Imported only inside the assess command, since it loads rich. What to ask, going back and
writing answers is questionnaire.py's job; this module only talks to the person.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from coprod_check.cli import plan_mapping as pm
from coprod_check.cli import questionnaire as q
from coprod_check.cli import replies as r
from coprod_check.cli.shell_commands import report_command, resume_command, start_command
from coprod_check.core.errors import UsageError, did_you_mean
from coprod_check.core.plan import UNKNOWN, Answer
from coprod_check.core.viewpoints import Viewpoint, Viewpoints
from coprod_check.io.datafiles import load_viewpoints
from coprod_check.io.loading import Context
from coprod_check.io.plandoc import PlanDocument

T = TypeVar("T")

SECONDS_PER_QUESTION = 18
"""Time for one question by someone who knows the project: reading it and the source's words,
answering, and now and then the evidence for a 3 or 4 (a person took 20-30 minutes for 80-120
prompts, about 15 seconds each)."""
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


class Interview:
    """One run of `coprod-check assess`: a plan opened, questions asked, the result shown."""

    def __init__(
        self,
        path: Path,
        context: Context,
        console: Console,
        *,
        sets: Sequence[str] | None = None,
        name: str | None = None,
        role: str | None = None,
        resume: bool = False,
    ) -> None:
        self.path = path
        self.context = context
        self.console = console
        self.requested_sets = tuple(sets) if sets else None
        self.name = " ".join(name.split()) if name else None
        self.role = role
        self.resume = resume
        self.doc: PlanDocument | None = None
        self.session: q.Session | None = None
        self.ask_sets: tuple[str, ...] = ()
        self._section = ""
        self._introduced = ""
        self._viewpoints: Viewpoints | None = None

    # --- the whole run ------------------------------------------------------------------------

    def run(self) -> None:
        model = self.context.model
        if self.name is not None and not self.name:
            raise UsageError("--name is empty", hint='give a name, e.g. --name "Sam Patel"')
        if self.role is not None and self.role not in model.roles:
            raise UsageError(
                f"unknown role `{self.role}`", hint=did_you_mean(self.role, model.roles)
            )
        if self.resume and not self.path.exists():
            raise UsageError(
                "nothing to resume: the plan does not exist yet",
                file=str(self.path),
                hint=f"start it with `coprod-check assess {self.path}`",
            )
        with PlanDocument(self.path, self.context.catalogue, model) as doc:
            self.doc = doc
            self.ask_sets, listed = pm.choose_sets(doc.raw, self.requested_sets, model)
            pm.set_sets(doc.raw, listed)
            self._greet()
            respondent = self._preselect()
            while True:
                asked = self.session.asked if self.session else set()
                self.session = q.Session(
                    doc.raw, model, self.context.catalogue, self.ask_sets, respondent, asked
                )
                self._estimate(self.session)
                self._run_session(self.session)
                self._summary()
                if not self._ask_another():
                    return
                self.name = self.role = None
                respondent = None
                self._section = self._introduced = ""

    def stopped_message(self) -> str:
        """What Ctrl-C prints: what is safe on disk, and how to go on (the command on a line of
        its own, to copy)."""
        saved = self.doc.saves if self.doc else 0
        if not saved and not self.path.exists():
            return f"Stopped; nothing was written.\nStart again with: {start_command(self.path)}"
        what = f"{saved} answer{'s' if saved != 1 else ''} saved to {self.path}"
        return f"Stopped: {what}.\nResume with: {self.resume_command()}"

    def resume_command(self) -> str:
        if self.doc is None:
            return resume_command(self.path)
        respondent = self.session.respondent if self.session else None
        return resume_command(
            self.path,
            self.doc.raw,
            self.context.model,
            self.context.catalogue,
            self.ask_sets,
            respondent,
        )

    def _viewpoint(self) -> Viewpoint:
        """The words for the person answering now: the questions of their role's side."""
        if self._viewpoints is None:
            self._viewpoints = load_viewpoints(self.context.model.roles)
        role = None
        if self.doc is not None and self.session and self.session.respondent is not None:
            role = pm.respondent_role(self.doc.raw, self.session.respondent)
        return self._viewpoints.for_role(role or self.role)

    # --- start -----------------------------------------------------------------------------------

    def _greet(self) -> None:
        assert self.doc is not None
        raw = self.doc.raw
        say = self.console.print
        if not self.doc.existed:
            say(f"[bold]Starting a new plan:[/bold] {escape(str(self.path))}")
        else:
            name = pm.lookup(raw, ("project", "name"))
            title = f" ({escape(str(name))})" if name else ""
            say(
                f"[bold]Continuing {escape(str(self.path))}[/bold]{title}: "
                "asking only what is missing."
            )
            ids = pm.principle_ids(self.context.catalogue, self.ask_sets)
            for index in pm.named(raw):
                done, total = pm.progress(raw, index, ids)
                say(
                    f"  {escape(pm.respondent_name(raw, index))} "
                    f"({escape(pm.respondent_role(raw, index))}): {done} of {total} answered"
                )
        sets = ", ".join(self.ask_sets)
        say(f"Principle sets: {escape(sets)}.")
        say(
            "[dim]Each answer is saved as you give it. Type b to go back one question, "
            "? if you don't know, and n after a score (3n) to add a note; Ctrl-C stops, and "
            "you can resume later.[/dim]"
        )

    def _estimate(self, session: q.Session) -> None:
        """How long this will take, said before the first question."""
        if session.current() is None and session.respondent is not None:
            return
        _, total = session.position()
        minutes = max(1, round(total * SECONDS_PER_QUESTION / 60))
        self.console.print(
            f"[bold]{total} question{'s' if total != 1 else ''}[/bold], about {minutes} "
            f"minute{'s' if minutes != 1 else ''} if you know the project well."
        )

    def _number(self) -> str:
        """`Question 12 of 49`: where this question stands in the whole session."""
        assert self.session is not None
        number, total = self.session.position()
        return f"Question {number} of {total}"

    def _preselect(self) -> int | None:
        """The respondent known before any question: --name, or the one --resume continues."""
        assert self.doc is not None
        raw = self.doc.raw
        if self.name:
            index = pm.find_respondent(raw, self.name)
            if index is not None:
                held = pm.respondent_role(raw, index)
                if self.role and self.role != held:
                    raise UsageError(
                        f"{self.name} already answered as {held}, not {self.role}",
                        file=str(self.path),
                        hint="drop --role to continue them, or give another --name",
                    )
                self._say_continuing(index)
            return index
        if self.resume:
            ids = pm.principle_ids(self.context.catalogue, self.ask_sets)
            index = pm.resume_candidate(raw, ids)
            people = pm.named(raw)
            if index is None and people:
                index = people[-1]
            if index is not None:
                self._say_continuing(index)
            return index
        return None

    def _say_continuing(self, index: int) -> None:
        assert self.doc is not None
        raw = self.doc.raw
        done, total = pm.progress(
            raw, index, pm.principle_ids(self.context.catalogue, self.ask_sets)
        )
        self.console.print(
            f"Continuing respondent [bold]{escape(pm.respondent_name(raw, index))}[/bold] "
            f"({escape(pm.respondent_role(raw, index))}): {done} of {total} answered."
        )

    # --- the loop --------------------------------------------------------------------------------

    def _run_session(self, session: q.Session) -> None:
        assert self.doc is not None
        while True:
            question = session.current()
            if question is None:
                if session.respondent is not None:
                    return
                chosen = self._choose_respondent()
                if isinstance(chosen, r.Back):
                    self._back(session)
                else:
                    session.respondent = chosen
                continue
            self._heading(question)
            reply = self._ask(question, session)
            if isinstance(reply, r.Back):
                self._back(session)
                continue
            session.answer(question, reply)
            if not isinstance(reply, r.Keep):
                self.doc.save()

    def _back(self, session: q.Session) -> None:
        if not session.back():
            self.console.print("[yellow]Nothing earlier to go back to in this session.[/yellow]")

    def _heading(self, question: q.Question) -> None:
        section = question.section
        if question.principle is not None:
            section = question.principle.set_id
        if section == self._section:
            return
        self._section = section
        model = self.context.model
        say = self.console.print
        if question.section == "project":
            self._rule("Project and claim")
        elif question.section == "screening":
            self._rule(f"Screening: {len(model.screening)} tells")
            say(
                "[dim]The signs the sources name that tell co-production from "
                "co-production washing.[/dim]"
            )
        else:
            pset = self.context.catalogue.sets[section]
            self._rule(f"{pset.name} ({pset.id})")
            view = self._viewpoint()
            if view.id != self._introduced:
                self._introduced = view.id
                say(f"[dim]{escape(view.intro)}[/dim]")

    def _rule(self, title: str) -> None:
        """A section rule after a blank line; a title too long for the rule (a set's full name
        at 60 columns) goes on its own lines under a plain rule, never cut mid-word."""
        self.console.print()
        if len(title) + 8 <= self.console.width:
            self.console.print(Rule(Text(title), align="left"))
            return
        self.console.print(Rule())
        self.console.print(Text(title, style="bold"))

    # --- asking ----------------------------------------------------------------------------------

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

    # --- respondents ---------------------------------------------------------------------------

    def _choose_respondent(self) -> int | r.Back:
        assert self.doc is not None
        raw = self.doc.raw
        model = self.context.model
        say = self.console.print
        self._rule("Who is answering")
        self._section = "respondent"
        ids = pm.principle_ids(self.context.catalogue, self.ask_sets)
        name = self.name
        if not name:
            people = pm.named(raw)
            if people:
                listed = ", ".join(pm.respondent_name(raw, i) for i in people)
                say(f"Answered so far: {escape(listed)}. Give one of these names to continue.")
            candidate = pm.resume_candidate(raw, ids)
            default = pm.respondent_name(raw, candidate) if candidate is not None else None

            def read(text: str) -> str | r.Back:
                reply = r.read_text(text, default is not None, required=True)
                return default if isinstance(reply, r.Keep) else reply  # type: ignore[return-value]

            chosen = self._prompt("Your name", read, default)
            if isinstance(chosen, r.Back):
                return chosen
            name = chosen
        index = pm.find_respondent(raw, name)
        if index is not None:
            self._say_continuing(index)
            return index
        role = self.role
        if role is None:
            say("Your role in the project:")
            roles = list(model.roles)
            for n, role_id in enumerate(roles, 1):
                self._indent(f"{n} [bold]{role_id}[/bold]: {escape(model.roles[role_id].label)}")
            picked = self._prompt(f"Role 1-{len(roles)}", lambda t: r.read_choice(t, roles, False))
            if isinstance(picked, r.Back):
                return picked
            role = str(picked)
        # Not saved yet: the respondent reaches the file with their first answer, so stopping
        # here leaves no empty respondent behind.
        index = pm.add_respondent(raw, name, role)
        say(f"Adding respondent [bold]{escape(name)}[/bold] ({escape(role)}).")
        return index

    def _ask_another(self) -> bool:
        self.console.print(escape(self._viewpoint().another))
        return self._prompt("Add another respondent now? y/N", lambda t: r.read_yes_no(t, False))

    # --- the end -------------------------------------------------------------------------------

    def _summary(self) -> None:
        from coprod_check.core.assessment import assess
        from coprod_check.outputs.console import check_panels
        from coprod_check.outputs.views import check_view

        assert self.doc is not None
        say = self.console.print
        if self.session and self.session.respondent is not None and not self.session.history:
            name = pm.respondent_name(self.doc.raw, self.session.respondent)
            say(f"Nothing left to ask {escape(name)}.")
        thanks = self._viewpoint().thanks if self.session else None
        if thanks and self.session and self.session.history:
            say(escape(thanks))
        plan = self.doc.plan()
        result = assess(plan, self.context.catalogue, self.context.model, str(self.path))
        self._rule("Result")
        say(check_panels(check_view([result]), more="in the report"))
        if self.doc.saves:
            say(f"Saved to {escape(str(self.path))}.")
        else:
            say(f"Nothing changed; {escape(str(self.path))} is as it was.")
        say("Next, the full report with every reason explained:")
        self._indent(escape(report_command(self.path)))


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
