"""Safe YAML in and atomic files out: the only place that touches YAML parsing or writing."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from coprod_check.core.errors import InputError, Problem

MAX_BYTES = 10 * 1024 * 1024
"""Plan and principle files are small; anything larger is refused before it is read."""

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that refuses aliases (no "billion laughs") and duplicate keys."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "YAML aliases (*name) are not allowed; write the value out in full",
                node.start_mark,
            )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen and key_node.tag != "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key `{key}`", key_node.start_mark
                )
            seen.add(key)
        result: dict[Any, Any] = super().construct_mapping(node, deep)
        return result


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, refusing huge files and naming the place of bad bytes."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{name} is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1024 / 1024:.1f} MB; the limit is "
                f"{max_bytes / 1024 / 1024:.0f} MB, so it was not read",
                file=name,
                hint="is this really a plan file?",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=name, hint="check the path") from None
    except PermissionError:
        raise InputError("permission denied", file=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            file=name,
            line=line,
            column=column,
            hint="save the file as UTF-8",
        ) from None


def parse_yaml(text: str, file: str = "<string>") -> Any:
    """Parse YAML with the safe loader; any failure becomes an InputError with line:column."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        hint = None
        if "could not determine a constructor" in message:
            tag = message.split("tag", 1)[-1].strip(" '").replace("tag:yaml.org,2002:", "!!")
            message = f"tag `{tag}` is not allowed"
            hint = "plan files hold plain data only: remove the tag"
        elif exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        raise InputError(
            Problem(
                message=message
                if isinstance(exc, yaml.constructor.ConstructorError)
                else f"YAML syntax: {message}",
                file=file,
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
                hint=hint,
            )
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=file) from None
    except RecursionError:
        raise InputError("YAML nesting is too deep", file=file) from None


def load_yaml_file(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, Any]:
    """The text and the parsed data of a YAML file."""
    text = read_text(path, max_bytes)
    return text, parse_yaml(text, str(path))


def locate(text: str, key_path: Sequence[str | int]) -> tuple[int, int] | None:
    """Line and column (1-based) of the deepest node along key_path, for error messages.

    Only called when something is already wrong, so the slower pure-Python composer is fine.
    """
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    found = node
    for step in key_path:
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if _key_matches(k, step)]
            if not match:
                break
            found, node = match[0][0], match[0][1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                break
            found = node = node.value[step]
        else:
            break
    if found is None:
        return None
    return found.start_mark.line + 1, found.start_mark.column + 1


def place_problems(problems: Iterable[Problem], text: str) -> list[Problem]:
    """Fill in line and column from each problem's key path."""
    placed = []
    for problem in problems:
        spot = locate(text, problem.path) if problem.path and problem.line is None else None
        placed.append(replace(problem, line=spot[0], column=spot[1]) if spot else problem)
    return placed


def _key_matches(node: yaml.Node, step: str | int) -> bool:
    value = getattr(node, "value", None)
    if str(value) == str(step):
        return True
    booleans = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
    return isinstance(value, str) and booleans.get(value.lower(), value) == step


def dump_yaml(data: Any) -> str:
    """Readable YAML for files people edit by hand: keys in the order given, unicode kept."""
    dumped: str = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return dumped


def atomic_write(path: Path, text: str) -> None:
    """Write text so a reader sees the old file or the new one, never half of either."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    import tempfile  # only writers pay for it: `check` starts without it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_new(path: Path, text: str, force: bool = False) -> None:
    """Write atomically, refusing to replace an existing file unless forced."""
    from coprod_check.core.errors import UsageError

    if path.exists() and not force:
        raise UsageError(exists_problem(path))
    atomic_write(path, text)


def exists_problem(path: Path) -> Problem:
    """What to say when a file is already there and --force was not given."""
    return Problem(
        "file already exists; nothing was written",
        file=str(path),
        hint="use --force to replace it, or choose another path",
    )


# --- writing YAML text fast, for `import` ------------------------------------------------------


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that every YAML 1.1 reader reads back exactly.

    JSON's quoting is close but not enough: PyYAML folds a raw U+2028, refuses some control
    and non-character code points, and reads `\\ud83d\\ude00` as two lone surrogates, so every
    such character is written as its own escape.
    """
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


_SAFE_KEY = re.compile(r"[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*\Z")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def yaml_key(key: str) -> str:
    """A mapping key: plain when nothing could read it as anything but that text."""
    if _SAFE_KEY.match(key) and key not in _YAML11_WORDS:
        return key
    return yaml_string(key)


def yaml_block(value: Any, indent: int) -> list[str]:
    """Block-style YAML lines for plain data (dicts, lists, str, int, bool, None), each line
    indented by `indent` spaces. Strings are always quoted, so nothing is misread."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            head = f"{pad}{yaml_key(str(key))}:"
            if isinstance(item, dict | list) and item:
                lines.append(head)
                lines += yaml_block(item, indent + 2)
            else:
                lines.append(f"{head} {_yaml_scalar(item)}")
        return lines
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list) and item:
                inner = yaml_block(item, indent + 2)
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}- {_yaml_scalar(item)}")
        return lines
    return [pad + _yaml_scalar(value)]


def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    text = str(value)
    return yaml_key(text)
