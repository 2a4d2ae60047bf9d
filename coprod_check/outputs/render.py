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
from urllib.parse import quote

import jinja2
import jinja2.compiler
import jinja2.nodes
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from coprod_check.core.errors import InputError, Problem
from coprod_check.io.resources import templates_dir
from coprod_check.io.yamlio import read_text
from coprod_check.outputs.numbers import gap, signed
from coprod_check.outputs.precompile import TEMPLATE_SUFFIXES, use_compiled
from coprod_check.outputs.sanitize import CONTROL, md_cell

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xml", ".svg")
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_BUILT = 1_000_000
"""The longest string or list a template may build with `*`: a guard against memory bombs."""
MAX_EXPONENT = 1000
MAX_INT_BITS = 100_000
"""The largest number (in bits, about 30,000 digits) `*` and `**` may build."""
MAX_OUTPUT = 32 * 1024 * 1024
"""What one render may write, in characters: a portfolio of a thousand plans fits."""
DEFAULT_SECONDS = 30.0
TIME_ENV = "COPROD_CHECK_TEMPLATE_SECONDS"
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


def md_url(value: Any) -> MdSafe:
    """A link destination for generated Markdown, written `[text]({{ x|md_url }})`: one line,
    no controls, and every character that could end the destination (spaces, brackets),
    open raw HTML, break a table or read as a mention percent-encoded. Unlike `md`, the
    address itself keeps working."""
    text = CONTROL.sub("", " ".join(str(value if value is not None else "").split()))
    return MdSafe(quote(text, safe=":/?#!$&'*+,;=%~-._"))


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


class TemplateLimit(jinja2.exceptions.SecurityError):
    """A template went past a limit on what it may build or how long it may run."""


LIMIT_HINT = (
    "a template may build values of up to a million characters or items, write up to "
    f"{MAX_OUTPUT // 1024 // 1024} MB and run for ${TIME_ENV} seconds (default "
    f"{DEFAULT_SECONDS:.0f})"
)
_BUDGET_FILTER = "coprod_budget"
_FORMAT_NUMBERS = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?|\{[^{}]*:([^{}]*)\}")
_SIZED_METHODS = frozenset(
    (
        "center",
        "ljust",
        "rjust",
        "zfill",
        "expandtabs",
        "replace",
        "join",
        "format",
        "format_map",
        "indent",
        "wordwrap",
    )
)


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | bytearray | list | tuple) else 0


def _check_format(spec: Any) -> None:
    """Refuse a %-format or str.format string that pads or widens past MAX_BUILT."""
    if not isinstance(spec, str):
        return
    for match in _FORMAT_NUMBERS.finditer(spec):
        numbers = [g for g in match.groups() if g]
        if "*" in numbers:
            raise TemplateLimit("`*` widths in a format string are not allowed")
        for number in re.findall(r"\d+", " ".join(numbers)):
            if len(number) > 7 or int(number) > MAX_BUILT:
                raise TemplateLimit(f"format width {number} is too large")


def _check_call(name: str, obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse, before it runs, a string method or filter call that would build a huge value."""
    values = [*args, *kwargs.values()]
    if name in ("center", "ljust", "rjust", "zfill", "wordwrap"):
        if any(isinstance(v, int) and v > MAX_BUILT for v in values):
            raise TemplateLimit(f"`{name}` to a width over {MAX_BUILT:,}")
    elif name in ("format", "format_map"):
        _check_format(obj)
    elif name == "expandtabs" and isinstance(obj, str):
        tab = next((v for v in values if isinstance(v, int)), 8)
        if len(obj) + obj.count("\t") * max(tab, 0) > MAX_BUILT:
            raise TemplateLimit("`expandtabs` builds too long a value")
    elif name == "replace" and isinstance(obj, str | bytes) and len(args) >= 2:
        old, new = args[0], args[1]
        if isinstance(old, str | bytes) and isinstance(new, str | bytes) and len(new) > len(old):
            times = len(obj) + 1 if not old else obj.count(old)  # type: ignore[arg-type]
            if len(obj) + times * (len(new) - len(old)) > MAX_BUILT:
                raise TemplateLimit("`replace` builds too long a value")
    elif name == "indent" and isinstance(obj, str):
        width = args[0] if args else kwargs.get("width", 4)
        pad = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        if len(obj) + (obj.count("\n") + 1) * pad > MAX_BUILT:
            raise TemplateLimit("`indent` builds too long a value")
    elif name == "join":
        items = args[0] if isinstance(obj, str | bytes) and args else obj
        sep = obj if isinstance(obj, str | bytes) else (args[0] if args else "")
        if isinstance(items, list | tuple):
            total = sum(_size(i) or 8 for i in items) + _size(sep) * len(items)
            if total > MAX_BUILT:
                raise TemplateLimit("`join` builds too long a value")


def _guarded_filter(name: str, function: Any) -> Any:
    """The filter, refusing first what would build a huge value (see _check_call)."""
    passes = getattr(function, "jinja_pass_arg", None)  # a context comes before the value

    def guarded(*args: Any, **kwargs: Any) -> Any:
        value, *rest = args[1:] if passes else args
        _check_call(name, value, tuple(rest), kwargs)
        return function(*args, **kwargs)

    guarded.__name__ = getattr(function, "__name__", name)
    if passes:
        guarded.jinja_pass_arg = passes  # type: ignore[attr-defined]
    return guarded


class _BudgetedCode(jinja2.compiler.CodeGenerator):
    """Compiles every `for` loop to tick the render's time budget at each item, and every
    `~` to check the length of what it built: a template cannot loop or grow unseen."""

    def visit_Template(self, node: jinja2.nodes.Template, frame: Any = None) -> None:
        for loop in node.find_all(jinja2.nodes.For):
            if not (
                isinstance(loop.iter, jinja2.nodes.Filter) and loop.iter.name == _BUDGET_FILTER
            ):
                loop.iter = jinja2.nodes.Filter(
                    loop.iter, _BUDGET_FILTER, [], [], None, None, lineno=loop.lineno
                )
        super().visit_Template(node, frame)

    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Any) -> None:
        self.write("environment.coprod_built(")
        super().visit_Concat(node, frame)
        self.write(")")


class _Sandbox(SandboxedEnvironment):
    """The stock sandbox, bounded in time and memory on any platform (no rlimits): `*`, `**`,
    `+`, `%`, `~`, padding, `format`, `replace`, `indent`, `join`, `lipsum` and `range` are
    checked before they build anything big; every loop item and call ticks a time budget;
    the output is capped while it is written."""

    intercepted_binops = frozenset(["*", "**", "+", "%"])
    code_generator_class = _BudgetedCode

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._deadline = float("inf")
        self._ticks = 0
        self.filters[_BUDGET_FILTER] = self._budgeted
        for name in ("center", "indent", "replace", "format", "join", "wordwrap"):
            if name in self.filters:
                self.filters[name] = _guarded_filter(name, self.filters[name])
        self.globals["lipsum"] = _lipsum

    def start(self, seconds: float) -> None:
        """Begin a render with this many seconds to run."""
        import time

        self._deadline = time.monotonic() + seconds
        self._ticks = 0

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks & 255 == 0:
            import time

            if time.monotonic() > self._deadline:
                raise TemplateLimit("the template ran out of time")

    def _budgeted(self, iterable: Any) -> Any:
        for item in iterable:
            self.tick()
            yield item

    def coprod_built(self, value: Any) -> Any:
        if _size(value) > MAX_BUILT:
            raise TemplateLimit("`~` builds too long a value")
        return value

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.tick()
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if name in _SIZED_METHODS and isinstance(owner, str | bytes | bytearray | list | tuple):
            _check_call(name, owner, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """`str.format` reached as an attribute (jinja 3.1.5+): its padding checked first."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args: Any, **kwargs: Any) -> Any:
            _check_format(value.__self__)
            return wrapped(*args, **kwargs)

        return checked

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "**" and isinstance(right, int | float):
            if abs(right) > MAX_EXPONENT:
                raise TemplateLimit(f"exponent {right} is too large")
            if ints and right > 0 and abs(left).bit_length() * right > MAX_INT_BITS:
                raise TemplateLimit("the power builds too large a number")
        if operator == "*":
            if ints and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
                raise TemplateLimit("the product is too large a number")
            for seq, count in ((left, right), (right, left)):
                counted = isinstance(count, int) and not isinstance(count, bool)
                if counted and _size(seq) * count > MAX_BUILT:
                    raise TemplateLimit("repetition builds too long a value")
        if operator == "+" and _size(left) + _size(right) > MAX_BUILT:
            raise TemplateLimit("`+` builds too long a value")
        if operator == "%" and isinstance(left, str | bytes):
            _check_format(left if isinstance(left, str) else left.decode("latin-1"))
        return super().call_binop(context, operator, left, right)


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> Any:
    """jinja's lipsum, for at most 100 paragraphs of at most 1,000 words."""
    from jinja2.utils import generate_lorem_ipsum

    if n > 100 or max > 1000:
        raise TemplateLimit("lipsum is limited to 100 paragraphs of 1,000 words")
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


def _render_bounded(template: jinja2.Template, context: dict[str, Any], env: Any) -> str:
    """Render within the time budget and the output cap, on any platform."""
    import os

    try:
        seconds = float(os.environ.get(TIME_ENV) or DEFAULT_SECONDS)
    except ValueError:
        seconds = DEFAULT_SECONDS
    if isinstance(env, _Sandbox):
        env.start(seconds)
    chunks: list[str] = []
    written = 0
    for chunk in template.generate(context):
        written += len(chunk)
        if written > MAX_OUTPUT:
            raise TemplateLimit(f"the output is over {MAX_OUTPUT // 1024 // 1024} MB")
        if isinstance(env, _Sandbox):
            env.tick()
        chunks.append(chunk)
    return "".join(chunks)


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
        md_url=md_url,
        mermaid=mermaid_text,
        score=score,
        figure=figure,
        share=share,
        signed=signed,
        gap=gap,
    )
    return env


def builtin_name(fmt: str, combined: bool) -> str:
    return f"{'portfolio' if combined else 'report'}.{EXTENSIONS[fmt]}.j2"


@functools.cache
def builtin_environment(kind: str) -> SandboxedEnvironment:
    """The process's one environment for `kind` (autoescaped HTML or escaped Markdown): jinja2
    keeps each template it compiles, so a hundred reports compile the templates once; and
    they come compiled ahead of time (outputs/precompile.py), so one report compiles none."""
    env = make_environment(kind, jinja2.FileSystemLoader(templates_dir()))
    return use_compiled(env, kind, templates_dir())


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
        return _render_bounded(env.get_template(name), context, env)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            Problem(
                f"template syntax: {exc.message}",
                file=exc.filename or file,
                line=exc.lineno,
                hint="see https://jinja.palletsprojects.com/templates/",
            )
        ) from None
    except TemplateLimit as exc:
        raise _runtime_error(exc, file, "template refused by the sandbox", LIMIT_HINT) from None
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
