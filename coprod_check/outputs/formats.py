"""The plain `check` formats: text, JSON, Markdown and GitHub annotations, each drawing a
CheckView (outputs/views.py).

Kept free of rich and jinja2 so `check` starts fast; the rich view lives in console.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from coprod_check.core.risk import plural
from coprod_check.outputs.sanitize import json_text, md_cell, one_line, terminal
from coprod_check.outputs.views import CheckView, PlanView

JSON_VERSION = 2
TOP_REASONS = 3


class Json:
    """`{"version": 2, "results": [...]}`, the results in file order."""

    name = "json"
    suffix = ".json"

    def render(self, view: CheckView) -> str:
        import json  # imported here so the other formats start without it

        if any(p.data is None for p in view.plans):
            raise ValueError("the JSON format needs a view built with_data")
        payload = {
            "version": JSON_VERSION,
            "results": [p.data for p in sorted(view.plans, key=lambda p: p.file or "")],
        }
        return json_text(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False))


class Text:
    """A few lines a plan for a log: headline, maturity, the top reasons (all with
    --verbose)."""

    name = "text"
    suffix = ".txt"

    def render(self, view: CheckView) -> str:
        lines: list[str] = []
        for plan in view.plans:
            org = f" ({plan.organisation})" if plan.organisation else ""
            lines.append(one_line(f"{plan.file}: {plan.project}{org}"))
            lines.append(f"  {one_line(plan.headline)}")
            lines.append(f"  {plan.maturity_line}")
            reasons = plan.reasons if view.verbose else plan.reasons[:TOP_REASONS]
            for reason in reasons:
                lines.append(f"  - [{reason.code}] {one_line(reason.message)}")
            hidden = len(plan.reasons) - len(reasons)
            if hidden:
                lines.append(f"  ... and {plural(hidden, 'more reason')} (--verbose shows all)")
            lines.append("")
        return "\n".join(lines)


class Markdown:
    """One table row a plan: for a pull-request comment or a job summary."""

    name = "markdown"
    suffix = ".md"

    def render(self, view: CheckView) -> str:
        lines = [
            "## coprod-check: co-washing risk",
            "",
            "| Plan | Project | Claimed | Evidenced | Risk | Maturity | Top reason |",
            "|---|---|---|---|---|---:|---|",
        ]
        for p in view.plans:
            top = p.reasons[0] if p.reasons else None
            cells = [
                md_cell(p.file),
                md_cell(p.project),
                md_cell(p.claim),
                md_cell(p.evidenced),
                f"**{p.band}** ({p.score})",
                p.maturity,
                md_cell(f"{top.code}: {top.message}") if top else "none",
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
        return "\n".join(lines)


class GitHub:
    """`::error` for plans at or above --fail-on, `::warning` for the rest; one per reason,
    at the claim's line."""

    name = "github"
    suffix = ".txt"

    def render(self, view: CheckView) -> str:
        out = []
        for p in view.plans:
            kind = "error" if p.band in view.failing else "warning"
            out += [_annotation(kind, p, reason.code, reason.message) for reason in p.reasons]
        return "\n".join(out)


def _annotation(kind: str, plan: PlanView, code: str, message: str) -> str:
    file = gh_escape(plan.file or "", prop=True)
    title = gh_escape(f"coprod-check {plan.band} risk: {code}", prop=True)
    return f"::{kind} file={file},line={plan.line},title={title}::{gh_escape(message)}"


def gh_escape(text: str, prop: bool = False) -> str:
    """Escape per GitHub's workflow-command rules, after removing controls and `##[`."""
    text = one_line(text) if prop else terminal(text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def gh_warning(file: str | None, line: int | None, title: str, message: str) -> str:
    """A `::warning` annotation, every part escaped."""
    return (
        f"::warning file={gh_escape(file or '', prop=True)},line={line or 1},"
        f"title={gh_escape(title, prop=True)}::{gh_escape(message)}"
    )


def summary_counts(plans: Sequence[PlanView], bands: Sequence[str]) -> str:
    counts = {b: sum(p.band == b for p in plans) for b in bands}
    shown = ", ".join(f"{n} {b}" for b, n in reversed(counts.items()) if n)
    return f"{plural(len(plans), 'plan')} checked: {shown}"
