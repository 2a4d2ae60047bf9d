"""The terminal side of `assess`: prompts, explanations in the sources' words, and the summary.

Imported only inside the assess command, since it loads rich. What to ask, going back and
writing answers is questionnaire.py's job; this module only talks to the person.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.markup import escape
from rich.rule import Rule
from rich.text import Text

from coprod_check.cli import plan_mapping as pm
from coprod_check.cli import questionnaire as q
from coprod_check.cli import replies as r
from coprod_check.cli.asking import Asking
from coprod_check.cli.shell_commands import report_command, resume_command, start_command
from coprod_check.core.errors import UsageError, did_you_mean
from coprod_check.core.viewpoints import Viewpoint, Viewpoints
from coprod_check.io.datafiles import load_viewpoints
from coprod_check.io.loading import Context
from coprod_check.io.plandoc import PlanDocument

T = TypeVar("T")

SECONDS_PER_QUESTION = 18
"""Time for one question by someone who knows the project: reading it and the source's words,
answering, and now and then the evidence for a 3 or 4 (a person took 20-30 minutes for 80-120
prompts, about 15 seconds each)."""


class Interview(Asking):
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
