"""The jinja2 side of reports: every template, built-in or a user's, runs in the sandbox.

Plan text is untrusted. In HTML it is autoescaped; in Markdown every `{{ value }}` passes
through `md` (escape `|`, `<` and the other Markdown specials, fold newlines) unless a template
marks it `|safe`. A template that reaches for Python internals stops with a clear error.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from coprod_check.core.errors import InputError, Problem
from coprod_check.io.resources import templates_dir
from coprod_check.io.yamlio import read_text
from coprod_check.outputs.diff import signed
from coprod_check.outputs.formats import md_cell
from coprod_check.outputs.sanitize import CONTROL

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xml", ".svg")
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_BUILT = 1_000_000
"""The longest string or list a template may build with `*`: a guard against memory bombs."""
MAX_EXPONENT = 1000
SANDBOX_HINT = "templates may use the report context and filters only, not Python internals"


class MdSafe(str):
    """Text already escaped for Markdown, so the Markdown finalizer leaves it alone."""


EXTENSIONS = {"markdown": "md", "html": "html"}
"""Each output format's file extension (`markdown` is the format's name, `.md` its files')."""


def output_kind(name: str) -> str:
    """`html` for `*.html(.j2)` and other markup, `markdown` for everything else."""
    lowered = name.lower()
    for suffix in TEMPLATE_SUFFIXES:
        lowered = lowered.removesuffix(suffix)
    return "html" if lowered.endswith(HTML_SUFFIXES) else "markdown"


def md(value: Any) -> MdSafe:
    """Plan text made harmless in Markdown: one line, tables unbroken, no raw HTML."""
    if isinstance(value, MdSafe | Markup):
        return MdSafe(value)
    text = "" if value is None else str(value)
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return MdSafe(lead + md_cell(text) + trail)


_MERMAID_UNSAFE = re.compile(r"[^\w .,'\-]+")


def mermaid_text(value: Any, limit: int = 60) -> MdSafe:
    """Text for a quoted Mermaid label: only letters, digits, spaces and `.,'-` survive."""
    text = " ".join(_MERMAID_UNSAFE.sub(" ", str(value if value is not None else "")).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return MdSafe(text)


def score(value: float | None, unknown: str = "unknown") -> str:
    """A 0-4 score as `3`, `2.5` or `unknown`."""
    if value is None:
        return unknown
    return f"{value:.1f}".removesuffix(".0")


def figure(value: float | None, unknown: str = "\N{EN DASH}") -> str:
    """A 0-100 figure exactly as the JSON gives it: `37.5`, `40` (never `38` for 37.5)."""
    return unknown if value is None else f"{value:.1f}".removesuffix(".0")


def share(value: float | None, unknown: str = "\N{EN DASH}") -> str:
    """A 0-1 share as a percentage: `40%`, `37.5%`."""
    return unknown if value is None else figure(round(value * 100, 1)) + "%"


def _html_finalize(value: Any) -> Any:
    """No control or bidi character from a plan reaches the HTML (escaping is jinja's)."""
    if value is None:
        return ""
    if isinstance(value, str):
        cleaned = CONTROL.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


def _md_finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, MdSafe | Markup | int | float):
        return value
    return md(value)


class _Sandbox(SandboxedEnvironment):
    """The stock sandbox, plus limits on `*` and `**` so a template cannot exhaust memory."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise jinja2.exceptions.SecurityError(f"exponent {right} is too large")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(count, int)
                    and len(seq) * count > MAX_BUILT
                ):
                    raise jinja2.exceptions.SecurityError("repetition builds too long a value")
        return super().call_binop(context, operator, left, right)


def make_environment(kind: str, loader: jinja2.BaseLoader) -> SandboxedEnvironment:
    """A sandboxed environment for `html` (autoescaped) or `markdown` (escaped) output."""
    html = kind == "html"
    env = _Sandbox(
        loader=loader,
        autoescape=html,
        finalize=_html_finalize if html else _md_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        md=(lambda v: "" if v is None else str(v)) if html else md,
        mermaid=mermaid_text,
        score=score,
        figure=figure,
        share=share,
        signed=signed,
    )
    return env


def builtin_name(fmt: str, combined: bool) -> str:
    return f"{'portfolio' if combined else 'report'}.{EXTENSIONS[fmt]}.j2"


@functools.cache
def builtin_environment(kind: str) -> SandboxedEnvironment:
    """The process's one environment for `kind` (autoescaped HTML or escaped Markdown): jinja2
    keeps each template it compiles, so a hundred reports compile the templates once."""
    return make_environment(kind, jinja2.FileSystemLoader(templates_dir()))


def render_builtin(context: dict[str, Any], fmt: str) -> str:
    """A built-in report (`markdown` or `html`) from `templates/`."""
    name = builtin_name(fmt, bool(context.get("combined")))
    env = builtin_environment(fmt)
    return _render(env, name, context, str(templates_dir() / name), user=False)


def render_user(path: Path, context: dict[str, Any]) -> str:
    """A user's own template, in the sandbox; it may include the built-in partials."""
    name = str(path)
    env = _user_environment(name, read_text(path, MAX_TEMPLATE_BYTES))
    return _render(env, name, context, name, user=True)


@functools.lru_cache(maxsize=4)
def _user_environment(name: str, source: str) -> SandboxedEnvironment:
    """One environment per user template (and its text) for the process, compiled once."""

    def load(wanted: str) -> tuple[str, str, Any] | None:
        return (source, name, lambda: True) if wanted == name else None

    loader = jinja2.ChoiceLoader(
        [jinja2.FunctionLoader(load), jinja2.FileSystemLoader(templates_dir())]
    )
    return make_environment(output_kind(name), loader)


def _render(
    env: SandboxedEnvironment, name: str, context: dict[str, Any], file: str, user: bool
) -> str:
    """Render, turning every template failure into an error with file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            Problem(
                f"template syntax: {exc.message}",
                file=exc.filename or file,
                line=exc.lineno,
                hint="see https://jinja.palletsprojects.com/templates/",
            )
        ) from None
    except jinja2.exceptions.SecurityError as exc:
        raise _runtime_error(exc, file, "template refused by the sandbox", SANDBOX_HINT) from None
    except jinja2.UndefinedError as exc:
        raise _runtime_error(
            exc,
            file,
            "template uses a value that is not in the report context",
            "the README's `Template context` section lists every field",
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise _runtime_error(
            exc, file, "template includes a file that does not exist", "check the name"
        ) from None
    except Exception as exc:
        if not user and not isinstance(exc, jinja2.TemplateError):
            raise
        raise _runtime_error(exc, file, "template failed", None) from None


def _runtime_error(exc: BaseException, file: str, what: str, hint: str | None) -> InputError:
    where = _template_line(exc.__traceback__)
    detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return InputError(
        Problem(
            f"{what}: {detail}",
            file=where[0] if where else file,
            line=where[1] if where else None,
            hint=hint,
        )
    )


def _template_line(tb: TracebackType | None) -> tuple[str, int] | None:
    """The deepest template file and line in a traceback jinja has rewritten."""
    found = None
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
