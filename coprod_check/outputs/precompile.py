"""The built-in templates, compiled ahead of time so a single `report` does not compile them.

Compiling the built-in templates (about 900 lines) is the largest part of one `report` run.
`python tools/compile_templates.py` compiles each of them with the environment a report uses
(the sandbox, its loop and `~` budget, HTML autoescaped or Markdown escaped) into a module of
`coprod_check/outputs/precompiled/`, which ships in the package like any other module (pip
byte-compiles it at install), with the jinja2 version it was made with and a hash of each
template's text. A report loads them only when both match what is installed; otherwise (another
jinja2, an edited template) it compiles the templates from their text, as before.

Nothing is written at run time, and compiled code is read from the installed package only,
never from a place a user names (a user's own template is always compiled from its text, in
the sandbox). `tests/test_precompile.py` fails when the modules are not what the tool would
write now.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
"""What a template's file name ends with."""
KINDS = ("html", "markdown")
PROBE = (
    "{% for x in items %}{{ x ~ '-' }}{{ x * 2 }}{{ x.upper() }}{{ x|md }}\n"
    "  {%- if x %} {{ -x }}{% endif %}\n{% endfor %}"
)
"""A template whose compiled code shows how an environment compiles: the sandbox's calls and
operators, the loop and `~` budget, escaping, finalize, whitespace control. Compiled modules
are used only by an environment that compiles it as the one that made them did."""
PRECOMPILED = Path(__file__).with_name("precompiled")
"""The compiled modules: one folder per output kind, and `__init__.py` saying what they are."""


def builtin_sources(folder: Path) -> dict[str, str]:
    """Every template in `folder` by its name there (`report.md.j2`, `sub/x.j2`), with its text."""
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name.endswith(TEMPLATE_SUFFIXES)
    }


def fingerprint(sources: dict[str, str]) -> dict[str, str]:
    """Each template's name and the SHA-256 of its text."""
    return {
        name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in sources.items()
    }


def generate(
    folder: Path, make_environment: Callable[[str, jinja2.BaseLoader], jinja2.Environment]
) -> dict[str, str]:
    """Every file of `precompiled/` (a path inside it, and its text), compiled now by the
    report environments `make_environment` builds (render.make_environment: passed in, so this
    module, which render uses, does not import render back).

    Every template is compiled for both kinds, since an HTML report includes partials whose
    names do not say HTML (`_style.css.j2`): the environment decides how it is compiled.
    """
    sources = builtin_sources(folder)
    files: dict[str, str] = {}
    probes: dict[str, str] = {}
    for kind in KINDS:
        env = make_environment(kind, jinja2.DictLoader(sources))
        probes[kind] = probe(env)
        for name, text in sources.items():
            module = jinja2.ModuleLoader.get_module_filename(name)
            code = env.compile(text, name, None, raw=True, defer_init=True)
            files[f"{kind}/{module}"] = f"# Generated from templates/{name}: do not edit.\n{code}"
    hashes = "".join(
        f"    {name!r}: {digest!r},\n" for name, digest in fingerprint(sources).items()
    )
    files["__init__.py"] = (
        '"""The built-in templates compiled by tools/compile_templates.py: do not edit.\n\n'
        "Used only while JINJA2 is the installed jinja2, SOURCES the templates' hashes and\n"
        'PROBES the hashes of the probe as the report environments compile it."""\n'
        "\n"
        f"JINJA2 = {jinja2.__version__!r}\n"
        f"PROBES = {probes!r}\n"
        f"SOURCES = {{\n{hashes}}}\n"
    )
    return files


def probe(env: jinja2.Environment) -> str:
    """The SHA-256 of PROBE's code as `env` compiles it."""
    code = env.compile(PROBE, "probe", None, raw=True, defer_init=True)
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


@functools.cache
def usable(folder: Path) -> bool:
    """Whether the compiled modules are those of `folder`'s templates and this jinja2."""
    try:
        from coprod_check.outputs.precompiled import JINJA2, SOURCES
    except ImportError:
        return False
    return jinja2.__version__ == JINJA2 and fingerprint(builtin_sources(folder)) == SOURCES


def use_compiled(env: SandboxedEnvironment, kind: str, folder: Path) -> SandboxedEnvironment:
    """`env` (a report environment of `kind` loading `folder`'s templates), set to load the
    compiled modules first when they were made from those templates, by this jinja2, with an
    environment that compiles as `env` does; else it compiles the templates' text, as it would
    have anyway (and still does for any name the modules do not have)."""
    if kind not in KINDS or not usable(folder):
        return env
    from coprod_check.outputs.precompiled import PROBES

    if PROBES.get(kind) != probe(env) or env.loader is None:
        return env
    env.loader = jinja2.ChoiceLoader([jinja2.ModuleLoader(PRECOMPILED / kind), env.loader])
    return env
