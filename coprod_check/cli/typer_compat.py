"""Start-up help for typer: coerce simple options without importing pydantic.

Only an optimisation: with any typer whose internals differ, typer's own coercion is used.
Typer offers no public way to coerce without pydantic, so this uses its private modules, under a
tested contract: pyproject.toml caps typer below the next minor release, and
tests/test_startup.py fails when `check` imports pydantic or when the cap is missing.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Any

import typer


def fast_params(params: list[Any]) -> None:
    """Coerce flags, paths, text and enums without typer's pydantic adapters.

    Recent typer coerces every parameter through a pydantic TypeAdapter, and importing pydantic
    costs more than all the rest of `check`. Our parameters need no more than the conversion
    below (typer's own path checks and choice matching, so messages stay typer's). Any other
    type, a custom parser, or a typer without these internals keeps typer's own coercion.
    """
    try:
        from typing import get_args, get_origin

        from typer._coercion import RuntimeParam
        from typer._param_types import coerce_cli_choice, coerce_cli_path
    except ImportError:
        return

    class Simple(RuntimeParam):
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind: Any = self.annotation
            if get_origin(kind) is list:
                kind = get_args(kind)[0]
                return [self._one(kind, item, param, ctx) for item in value]
            return self._one(kind, value, param, ctx)

        def _one(self, kind: Any, value: Any, param: Any, ctx: Any) -> Any:
            if kind is bool:
                return _flag(value, param, ctx)
            if kind is str:
                return os.fsdecode(value) if isinstance(value, bytes) else str(value)
            if kind is Path:
                path = value if isinstance(value, Path) else Path(os.fsdecode(value))
                return coerce_cli_path(
                    path, self.parameter_info, path_type=Path, param=param, ctx=ctx
                )
            try:
                choices = list(kind)
                case = self.parameter_info.case_sensitive
                return coerce_cli_choice(value, choices=choices, case_sensitive=case, ctx=ctx)
            except ValueError as exc:
                raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None

    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None:
            continue
        kind = descriptor.annotation
        if get_origin(kind) is list and len(get_args(kind)) == 1:
            kind = get_args(kind)[0]
        simple = kind in (bool, str, Path) or (isinstance(kind, type) and issubclass(kind, Enum))
        if simple and descriptor.parameter_info.parser is None and not descriptor.file_annotation:
            try:
                param._runtime_param = Simple(
                    parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
                )
            except (TypeError, AttributeError):  # typer's internals changed: keep its own path
                return


_FLAG_WORDS = {
    **dict.fromkeys(("1", "true", "t", "yes", "y", "on"), True),
    **dict.fromkeys(("0", "false", "f", "no", "n", "off", ""), False),
}


def _flag(value: Any, param: Any, ctx: Any) -> bool:
    """A flag's value: a bool already, or a word such as `yes` from an environment variable."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word not in _FLAG_WORDS:
        raise typer.BadParameter(f"{value!r} is not a valid boolean.", ctx=ctx, param=param)
    return _FLAG_WORDS[word]


def tidy_help(params: list[Any]) -> None:
    """Help that reads like a well-made CLI: `PLANS...` and `[PLAN]` in the usage line and the
    arguments panel, a metavar such as `FORMAT` or `DIR` for an option that takes a value, and
    nothing after a flag (typer would show `<bool>`, `<str>`, `<list[Path]>`)."""
    for param in params:
        if getattr(param, "_tidied", False):
            continue
        try:
            if param.param_type_name == "argument":
                _tidy_argument(param)
            elif getattr(param, "is_flag", False) and not getattr(param, "count", False):
                param.metavar = ""
            elif param.metavar is None:
                longs = [o for o in param.opts if o.startswith("--")] or [param.name]
                param.metavar = longs[0].lstrip("-").upper()
            param._tidied = True
        except AttributeError:  # typer's internals changed: its own help is still correct
            return


def _tidy_argument(param: Any) -> None:
    name = param.metavar or param.name.upper()
    many = param.nargs != 1
    shown = f"{name}..." if many else name
    param.metavar = shown
    usage = shown if param.required else f"[{shown}]"
    param._usage_display_name = lambda: usage
    param._rich_display_name = lambda: shown
    param.display_type_rich = lambda ctx: None
