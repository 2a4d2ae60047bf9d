"""The built-in templates compiled ahead of time (outputs/precompile.py): current, used, the
same reports as compiling the text, and left alone whenever they might not match."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import jinja2.compiler
import pytest

from coprod_check.io.resources import templates_dir
from coprod_check.outputs import precompile, render
from tests.conftest import EXAMPLES, REPO
from tests.report_support import cli

REGENERATE = "run `python tools/compile_templates.py` and commit coprod_check/outputs/precompiled/"


@pytest.fixture(autouse=True)
def _fresh_environments() -> Iterator[None]:
    render.builtin_environment.cache_clear()
    precompile.usable.cache_clear()
    yield
    render.builtin_environment.cache_clear()  # (monkeypatch's own undo comes after this)


def shipped() -> dict[str, str]:
    folder = precompile.PRECOMPILED
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*.py"))
    }


def test_the_compiled_modules_are_what_the_tool_writes_now() -> None:
    """Fails after a template, the report environment or jinja2 changes without a recompile.
    With another jinja2 than the one they were made with, they must not be used at all."""
    from coprod_check.outputs.precompiled import JINJA2

    if jinja2.__version__ != JINJA2:
        assert not precompile.usable(templates_dir())
        loader = render.builtin_environment("html").loader
        assert isinstance(loader, jinja2.FileSystemLoader)
        return
    now = precompile.generate(templates_dir(), render.make_environment)
    assert sorted(shipped()) == sorted(now), REGENERATE
    stale = [name for name, text in now.items() if shipped()[name] != text]
    assert stale == [], REGENERATE
    assert precompile.usable(templates_dir())


def test_every_built_in_template_is_compiled_for_both_kinds() -> None:
    names = set(precompile.builtin_sources(REPO / "templates"))
    assert {"report.md.j2", "report.html.j2", "portfolio.html.j2", "_style.css.j2"} <= names
    for kind in precompile.KINDS:
        modules = {p.name for p in (precompile.PRECOMPILED / kind).glob("*.py")}
        assert modules == {jinja2.ModuleLoader.get_module_filename(n) for n in names}


def compiled_names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    real = render._Sandbox.compile

    def counting(self: Any, source: Any, name: Any = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(render._Sandbox, "compile", counting)
    return compiled


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_report_compiles_no_built_in_template(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = compiled_names(monkeypatch)
    plans = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    assert cli("report", *plans, "-f", fmt, "-o", f"{tmp_path}/each/")[0] == 0
    assert cli("report", *plans, "-f", fmt, "--combined", "-o", f"{tmp_path}/all")[0] == 0
    assert compiled == ["probe"]  # the environment's check, once: no template
    template = render.builtin_environment(fmt).get_template(render.builtin_name(fmt, False))
    assert Path(template.filename or "").is_relative_to(precompile.PRECOMPILED / fmt)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_compiled_and_text_templates_write_the_same_reports(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]

    def reports(folder: str) -> dict[str, str]:
        assert cli("report", *plans, "-f", fmt, "-o", f"{tmp_path}/{folder}/")[0] == 0
        assert (
            cli("report", *plans, "-f", fmt, "--combined", "-o", f"{tmp_path}/{folder}/all")[0] == 0
        )
        return {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / folder).iterdir()}

    ahead = reports("ahead")
    render.builtin_environment.cache_clear()
    monkeypatch.setattr(precompile, "usable", lambda folder: False)
    compiled = compiled_names(monkeypatch)
    now = reports("now")
    assert compiled, "the second run must compile the templates from their text"
    assert len(ahead) == len(plans) + 1
    assert ahead == now


def test_an_edited_template_is_compiled_from_its_text(tmp_path: Path) -> None:
    """A template that is not the one the modules were made from: none of them is used."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for name, text in precompile.builtin_sources(templates_dir()).items():
        (folder / name).write_text(text, encoding="utf-8")
    assert precompile.usable(folder)
    (folder / "_report.md.j2").write_text("edited {{ report.project.name }}\n", encoding="utf-8")
    precompile.usable.cache_clear()  # (it is asked once a process)
    assert not precompile.usable(folder)
    env = render.make_environment("markdown", jinja2.FileSystemLoader(folder))
    env = precompile.use_compiled(env, "markdown", folder)
    assert isinstance(env.loader, jinja2.FileSystemLoader)
    assert env.get_template("_report.md.j2").render(report={"project": {"name": "x"}}) == (
        "edited x\n"
    )


def test_another_jinja2_compiles_from_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(render.builtin_environment("markdown").loader, jinja2.ChoiceLoader)
    render.builtin_environment.cache_clear()
    precompile.usable.cache_clear()
    monkeypatch.setattr(jinja2, "__version__", "0.0.0")
    assert not precompile.usable(templates_dir())
    assert isinstance(render.builtin_environment("markdown").loader, jinja2.FileSystemLoader)


@pytest.mark.parametrize(
    "change",
    ["no loop budget", "no sandboxed operators", "whitespace kept", "no finalize", "other kind"],
)
def test_an_environment_that_compiles_differently_compiles_from_the_text(change: str) -> None:
    """The modules were compiled by the report environments; one that would compile the
    templates otherwise (a setting or the sandbox's code generator changed since) must not
    run them."""
    folder = templates_dir()
    kind = "markdown"
    env = render.make_environment(kind, jinja2.FileSystemLoader(folder))
    assert isinstance(precompile.use_compiled(env, kind, folder).loader, jinja2.ChoiceLoader)
    env = render.make_environment(kind, jinja2.FileSystemLoader(folder))
    if change == "no loop budget":
        env.code_generator_class = jinja2.compiler.CodeGenerator
    elif change == "no sandboxed operators":
        env.intercepted_binops = frozenset()
    elif change == "whitespace kept":
        env.trim_blocks = False
    elif change == "no finalize":
        env.finalize = None
    else:
        env = render.make_environment("html", jinja2.FileSystemLoader(folder))
    assert isinstance(precompile.use_compiled(env, kind, folder).loader, jinja2.FileSystemLoader)


def test_compiled_templates_keep_the_sandbox_budget() -> None:
    """The loop and `~` budget is compiled in: the modules carry it, and the environment that
    runs them is the sandbox."""
    for kind in precompile.KINDS:
        text = "".join(p.read_text("utf-8") for p in (precompile.PRECOMPILED / kind).glob("*.py"))
        assert "coprod_budget" in text and "environment.call(" in text
        assert isinstance(render.builtin_environment(kind), render._Sandbox)


def test_a_user_template_is_always_compiled_from_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even one named like a built-in and including a built-in partial."""
    compiled = compiled_names(monkeypatch)
    own = tmp_path / "report.md.j2"
    own.write_text(
        "mine: {% set h = '#' %}{% set r = report %}{% include '_evidence.md.j2' %}\n", "utf-8"
    )
    code, out, err = cli("report", str(EXAMPLES / "honest-consultation.yaml"), "-t", str(own))
    assert code == 0, err
    assert out.startswith("mine:")
    assert str(own) in compiled and "_evidence.md.j2" in compiled
