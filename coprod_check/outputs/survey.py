"""`coprod-check survey`: the questionnaire for one side of a plan, to send out or print.

Three forms of the same questions, each carrying its principle id so answers can be matched
back by `coprod-check import`: a printable HTML form for community events (tick boxes 0-4 and
"don't know", space for a comment), and a question list as CSV and Markdown to paste into an
online form tool. Question titles end in `[principle id]`; an export of the form then has those
titles as its column headers, which is what `import` reads.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_check.core.model import Model
from coprod_check.core.plan import Plan
from coprod_check.core.principles import Catalogue
from coprod_check.core.viewpoints import Viewpoint, Viewpoints

ROLE_ID = "role"
"""The id of the optional question asking which community-side role someone answers in."""
COMMENT = "comment"


@dataclass(frozen=True)
class SurveyQuestion:
    number: int
    id: str
    set_id: str
    set_name: str
    title: str
    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class SurveyView:
    """One role's questionnaire for one plan, as every survey format writes it."""

    questions: tuple[SurveyQuestion, ...]
    roles: tuple[tuple[str, str], ...]
    """The community-side roles someone may answer in: (id, label)."""
    viewpoint: Viewpoint
    plan: Plan
    dont_know: str
    comments: bool = True


def survey_view(
    plan: Plan,
    catalogue: Catalogue,
    model: Model,
    views: Viewpoints,
    role: str,
    comments: bool = True,
) -> SurveyView:
    view = views.for_role(role)
    questions = survey_questions(plan, catalogue, view, views.dont_know)
    roles = role_choices(model, views, view)
    return SurveyView(tuple(questions), tuple(roles), view, plan, views.dont_know, comments)


def titled(text: str, qid: str) -> str:
    """The title to paste into a form: the question, then its id in brackets."""
    return f"{' '.join(text.split())} [{qid}]"


def comment_id(principle_id: str) -> str:
    return f"{principle_id} {COMMENT}"


def survey_questions(
    plan: Plan, catalogue: Catalogue, viewpoint: Viewpoint, dont_know: str
) -> list[SurveyQuestion]:
    """The principle questions of the plan's sets, in order, worded for the viewpoint."""
    choices = (*(step.label for step in viewpoint.scale), dont_know)
    out = []
    for number, principle in enumerate(catalogue.principles_in(plan.sets), 1):
        pset = catalogue.set_of(principle.id)
        out.append(
            SurveyQuestion(
                number=number,
                id=principle.id,
                set_id=pset.id,
                set_name=pset.name,
                title=principle.title,
                text=" ".join(viewpoint.question(principle).split()),
                choices=choices,
            )
        )
    return out


def role_choices(model: Model, views: Viewpoints, viewpoint: Viewpoint) -> list[tuple[str, str]]:
    """(role id, label) of every role that answers from this viewpoint, when there are two or
    more (community members and partner organisations both answer the community survey)."""
    roles = [(r, model.roles[r].label) for r, v in views.roles.items() if v == viewpoint.id]
    return roles if len(roles) > 1 else []


class _SafeWriter:
    """csv.writer that keeps a spreadsheet from reading a cell as a formula (`=`, `+`, `-`,
    `@` first): a custom set's text is pasted, never run."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow(
            ["'" + c if isinstance(c, str) and c[:1] in ("=", "+", "-", "@", "\t", "\r") else c
             for c in row]
        )  # fmt: skip


SURVEY_KINDS = ("html", "csv", "markdown")
"""The forms `survey` writes (`--format all`: every one, in this order)."""


def survey_files(
    view: SurveyView, folder: Path, plan_name: str, forms: Sequence[Any]
) -> list[tuple[Path, str]]:
    """(file, text) of each form (survey formats of the registry): `park.yaml` gives
    `park.survey.html`, `park.survey.csv` ..."""
    stem = plan_name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".coprod")
    return [(folder / f"{stem}{form.suffix}", form.render(view)) for form in forms]


class SurveyCsv:
    """The question list as CSV, to paste into an online form tool."""

    name = "survey-csv"
    suffix = ".survey.csv"

    def render(self, view: SurveyView) -> str:
        return to_csv(view.questions, view.roles, view.comments)


class SurveyMarkdown:
    """The question list as Markdown: each title (with its id) and its choices."""

    name = "survey-markdown"
    suffix = ".survey.md"

    def render(self, view: SurveyView) -> str:
        return to_markdown(
            view.questions, view.roles, view.viewpoint, view.plan.project.name, view.comments
        )


class SurveyHtml:
    """The printable form for community events: tick boxes and room for a comment."""

    name = "survey-html"
    suffix = ".survey.html"

    def render(self, view: SurveyView) -> str:
        context = html_context(
            view.questions, view.roles, view.viewpoint, view.plan, view.dont_know
        )
        return to_html(context)


def to_csv(
    questions: Sequence[SurveyQuestion], roles: Sequence[tuple[str, str]], comments: bool = True
) -> str:
    """One row per form question: what to paste as the title, its type, and its choices."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["number", "id", "title", "type", "required", "choices", "principle"])
    if roles:
        writer.writerow(
            [
                0,
                ROLE_ID,
                titled("How are you taking part?", ROLE_ID),
                "choice",
                "no",
                "|".join(label for _, label in roles),
                "",
            ]
        )
    for q in questions:
        writer.writerow(
            [q.number, q.id, titled(q.text, q.id), "choice", "no", "|".join(q.choices), q.title]
        )
        if comments:
            cid = comment_id(q.id)
            title = titled("Anything you want to add about this? (optional)", cid)
            writer.writerow([q.number, cid, title, "text", "no", "", q.title])
    return out.getvalue()


def to_markdown(
    questions: Sequence[SurveyQuestion],
    roles: Sequence[tuple[str, str]],
    viewpoint: Viewpoint,
    project: str,
    comments: bool = True,
) -> str:
    """The question list as Markdown: each question's title (with its id) and its choices."""
    from coprod_check.outputs.sanitize import md_cell as escape

    def md_cell(text: str) -> str:  # brackets stay plain, so a title copies as it reads
        return escape(text).replace("\\[", "[").replace("\\]", "]")

    lines = [
        f"# Questionnaire: {md_cell(project)}",
        "",
        md_cell(viewpoint.intro),
        "",
        "Paste each **title** below as a question of your online form, exactly as written",
        "(the id in square brackets lets `coprod-check import` match the answers back), with",
        "its choices as the answer options. Every question is optional.",
        "",
    ]
    if roles:
        lines += [
            f"0. **{md_cell(titled('How are you taking part?', ROLE_ID))}**",
            "   Choices: " + " / ".join(md_cell(label) for _, label in roles),
            "",
        ]
    current = None
    for q in questions:
        if q.set_id != current:
            current = q.set_id
            lines += [f"## {md_cell(q.set_name)}", ""]
        lines.append(f"{q.number}. **{md_cell(titled(q.text, q.id))}**")
        lines.append("   Choices: " + " / ".join(md_cell(c) for c in q.choices))
        if comments:
            title = titled("Anything you want to add about this? (optional)", comment_id(q.id))
            lines.append(f"   Then a text question: *{md_cell(title)}*")
        lines.append("")
    return "\n".join(lines)


def html_context(
    questions: Sequence[SurveyQuestion],
    roles: Sequence[tuple[str, str]],
    viewpoint: Viewpoint,
    plan: Plan,
    dont_know: str,
) -> dict[str, Any]:
    sets: list[dict[str, Any]] = []
    for q in questions:
        if not sets or sets[-1]["id"] != q.set_id:
            sets.append({"id": q.set_id, "name": q.set_name, "questions": []})
        sets[-1]["questions"].append(
            {"number": q.number, "id": q.id, "title": q.title, "text": q.text}
        )
    return {
        "project": {"name": plan.project.name, "organisation": plan.project.organisation},
        "intro": viewpoint.intro,
        "scale": [{"score": s.score, "label": s.label} for s in viewpoint.scale],
        "dont_know": dont_know,
        "roles": [{"id": r, "label": label} for r, label in roles],
        "sets": sets,
        "count": len(questions),
    }


def to_html(context: dict[str, Any]) -> str:
    import jinja2

    from coprod_check.io.resources import templates_dir
    from coprod_check.outputs.render import make_environment

    env = make_environment("html", jinja2.FileSystemLoader(templates_dir()))
    return env.get_template("survey.html.j2").render(context)
