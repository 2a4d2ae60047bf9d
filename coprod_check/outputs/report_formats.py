"""The two report formats, Markdown and HTML: a ReportView drawn by the built-in templates, or
by the user's own `--template` (sandboxed either way; outputs/render.py)."""

from __future__ import annotations

from coprod_check.outputs.views import ReportView


class _Report:
    kind = "markdown"

    def render(self, view: ReportView) -> str:
        from coprod_check.outputs import render  # jinja2: only for the commands that draw

        if view.template is not None:
            return render.render_user(view.template, view.context)
        return render.render_builtin(view.context, self.kind)


class ReportMarkdown(_Report):
    """The report a consultant hands to a client, as Markdown."""

    name = "report-markdown"
    kind = "markdown"
    suffix = ".md"


class ReportHtml(_Report):
    """The same report as one self-contained HTML page (print it to PDF from a browser)."""

    name = "report-html"
    kind = "html"
    suffix = ".html"
