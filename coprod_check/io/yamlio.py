"""Safe YAML in and atomic files out: the only place that touches YAML parsing or writing."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from coprod_check.core.errors import InputError, Problem, ValidationError

MAX_BYTES = 10 * 1024 * 1024
"""Plan and principle files are small; anything larger is refused before it is read."""

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64
"""Plans nest about six levels deep; deeper documents are refused before they are built."""
MAX_NUMBER_DIGITS = 100
"""Longer numbers are refused (Python refuses to convert ints of 4,300 digits anyway)."""
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_BOOLEAN_KEYS = {"yes": "True", "no": "False", "true": "True", "false": "False", "on": "True"}
_BOOLEAN_KEYS["off"] = "False"
_PLAIN_NUMBER = re.compile(r"[0-9]+(\.0*)?")

Spot = tuple[int, int, "str | None"]
"""Line and column (1-based) of a key or item, and the source text of a scalar value that
YAML read as something other than text (a number, a date, true/false), else None."""


class Positions:
    """Where every key and item of one parsed document is, kept from that one parse.

    Looking a path up costs one dict access per step, so placing N problems is linear in N
    and nothing is parsed again.
    """

    def __init__(
        self, root: Any, table: dict[int, tuple[Any, Any]], plain_numbers: bool = False
    ) -> None:
        self.root = root
        self._table = table
        self.plain_numbers = plain_numbers
        """Every number in the document is written as plain digits (`3`, `3.0`): a checker
        need not look up how a number was written to refuse `0x3` or `+3`."""

    def _walk(self, path: Sequence[str | int]) -> tuple[Spot | None, int]:
        """The spot of the deepest key or item along path, and how many steps were found."""
        node: Any = self.root
        found: Spot | None = None
        for steps, step in enumerate(path):
            entry = self._table.get(id(node))
            if entry is None or entry[0] is not node:
                return found, steps
            spots = entry[1]
            if isinstance(spots, yaml.Node):  # worked out on first use: most never are
                spots = _spots_of(spots)
                self._table[id(node)] = (node, spots)
            if isinstance(spots, dict):
                spot = spots.get(str(step))
                if spot is None:
                    return found, steps
                node = _child(node, step)
            elif isinstance(step, int) and 0 <= step < len(spots):
                spot = spots[step]
                node = node[step]
            else:
                return found, steps
            found = spot
        return found, len(path)

    def locate(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """Line and column of the deepest key or item along path that exists."""
        spot, _ = self._walk(path)
        return (spot[0], spot[1]) if spot else None

    def source(self, path: Sequence[str | int]) -> str | None:
        """The text as written of the scalar at path, when YAML read it as a non-text value
        (`0x3`, `yes`, `2024-01-01`); None for text or when the path is not there."""
        spot, steps = self._walk(path)
        return spot[2] if spot and steps == len(path) else None


def _child(node: Any, step: str | int) -> Any:
    if not isinstance(node, dict):
        return None
    for key in (step, str(step)):
        if key in node:
            return node[key]
    for key, value in node.items():
        if str(key) == str(step):
            return value
    return None


def _spots_of(node: yaml.Node) -> dict[str, Spot] | list[Spot]:
    """The spot of each key of a mapping node, or of each item of a sequence node."""
    if isinstance(node, yaml.SequenceNode):
        return [_spot(item, item) for item in node.value]
    spots: dict[str, Spot] = {}
    for key, value in node.value:
        spot = _spot(key, value)
        spots.setdefault(key.value, spot)
        alias = _BOOLEAN_KEYS.get(str(key.value).lower()) if key.tag != _STR_TAG else None
        if alias:
            spots.setdefault(alias, spot)
    return spots


def _spot(key: yaml.Node, value: yaml.Node | None = None) -> Spot:
    mark = key.start_mark
    source = None
    if isinstance(value, yaml.ScalarNode) and value.tag not in (_STR_TAG, _NULL_TAG):
        source = value.value
    return mark.line + 1, mark.column + 1, source


_Mixin: Any = object


class _Strict(_Mixin):  # type: ignore[misc]
    """Mixed into a safe loader (libyaml's, or PyYAML's pure-Python one where libyaml is not
    installed): refuses aliases (no "billion laughs", no merge-key bombs), duplicate and
    complex keys, deep nesting and huge numbers, turns impossible dates into errors with their
    place, reads `1:20` as text (not YAML 1.1's sexagesimal 80), and keeps the position of
    every key and item."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.spots: dict[int, tuple[Any, Any]] = {}
        self.plain_numbers = True

    def vet(self, root: yaml.Node) -> None:
        """One pass over the composed nodes, before anything is built from them."""
        seen: set[int] = set()
        stack: list[tuple[yaml.Node, int, yaml.Node | None]] = [(root, 1, None)]
        while stack:
            node, depth, used_at = stack.pop()
            if id(node) in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "YAML aliases (*name) are not allowed; write the value out in full",
                    (used_at or node).start_mark,
                )
            seen.add(id(node))
            if isinstance(node, yaml.ScalarNode):
                continue
            if depth > MAX_DEPTH:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", node.start_mark
                )
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if not isinstance(key, yaml.ScalarNode):
                        raise yaml.constructor.ConstructorError(
                            None,
                            None,
                            "a key must be plain text, not a list or mapping",
                            key.start_mark,
                        )
                    stack.append((key, depth + 1, None))
                    stack.append((value, depth + 1, key))
            else:
                stack.extend((item, depth + 1, node) for item in node.value)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        data = super().construct_object(node, deep)
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            self.spots[id(data)] = (data, node)  # its spots are worked out when first asked
        return data

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

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        if not _PLAIN_NUMBER.fullmatch(node.value):
            self.plain_numbers = False
        if ":" in node.value:  # YAML 1.1 sexagesimal: `1:20` is 80 there; text here
            return self.construct_scalar(node)
        if len(node.value) > MAX_NUMBER_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"number longer than {MAX_NUMBER_DIGITS} digits", node.start_mark
            )
        return super().construct_yaml_int(node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> Any:
        if not _PLAIN_NUMBER.fullmatch(node.value):
            self.plain_numbers = False
        if ":" in node.value:
            return self.construct_scalar(node)
        return super().construct_yaml_float(node)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"`{node.value}` is not a real date",
                node.start_mark,
            ) from None


def _strict_loader(base: Any) -> Any:
    """The strict loader on `base`: yaml.CSafeLoader, or yaml.SafeLoader without libyaml."""
    loader: Any = type(f"_Strict{base.__name__}", (_Strict, base), {})
    loader.add_constructor("tag:yaml.org,2002:int", _Strict.construct_yaml_int)
    loader.add_constructor("tag:yaml.org,2002:float", _Strict.construct_yaml_float)
    loader.add_constructor("tag:yaml.org,2002:timestamp", _Strict.construct_yaml_timestamp)
    return loader


_StrictLoader = _strict_loader(_BaseLoader)


def read_text(path: Path, max_bytes: int = MAX_BYTES, *, trusted: bool = False) -> str:
    """Read a UTF-8 text file, refusing huge files and naming the place of bad bytes."""
    from coprod_check.io.safefile import read_bytes

    name = str(path)
    data = read_bytes(path, max_bytes, trusted=trusted)
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
    return parse_positioned(text, file)[0]


def parse_positioned(text: str, file: str = "<string>") -> tuple[Any, Positions]:
    """The parsed data, and where each of its keys and items is in the text.

    Plain data (what plans are: mappings, lists and scalars, no tags, anchors, merge keys or
    anything else unusual) is built straight from the parser's events, about three times
    faster than PyYAML's own constructor; a document with anything else in it, or anything
    wrong, is read again by the strict loader, which builds it the long way or raises the
    error with its place. Both give the same data and the same positions (tests compare them).
    """
    try:
        return _parse_plain(text, _StrictLoader)
    except (_NotPlain, yaml.YAMLError):
        pass
    return _parse_strict(text, file, _StrictLoader)


class _NotPlain(Exception):
    """The document holds something `_parse_plain` leaves to the strict loader."""


_EVENT_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_PLAIN_TAGS = {
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
}


def _parse_plain(text: str, loader_class: Any) -> tuple[Any, Positions]:
    """Build plain data straight from the parse events, with every key's and item's spot.

    Scalars are resolved and built by the strict loader's own resolver and constructors, once
    per distinct plain value (a plan of 500 respondents repeats the same few dozen), so a value
    means here what it means there. Raises `_NotPlain` (or the parser's error) for anything
    else: tags, anchors and aliases, merge keys, complex or duplicate keys, nesting deeper than
    MAX_DEPTH, more than one document, or a scalar the loader refuses.
    """
    loader = loader_class(text)
    try:
        get = loader.get_event
        resolve = loader.resolve
        constructors = loader.yaml_constructors
        built: dict[str, tuple[Any, str | None]] = {}
        table: dict[int, tuple[Any, Any]] = {}

        def plain(value: str) -> tuple[Any, str | None]:
            tag = resolve(yaml.ScalarNode, value, (True, False))
            if tag == _STR_TAG:
                result: tuple[Any, str | None] = (value, None)
            elif tag == _NULL_TAG:
                result = (None, None)
            elif tag in _PLAIN_TAGS:
                result = (constructors[tag](loader, yaml.ScalarNode(tag, value)), value)
            else:  # `<<` (merge), `=` (value): the strict loader's to judge
                raise _NotPlain
            built[value] = result
            return result

        get()  # stream start
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None, Positions(None, {})
        no_key: Any = built  # a marker: no key read yet in the open mapping
        root: Any = None
        stack: list[tuple[Any, Any, bool, Any, str, Any, Any]] = []
        into: Any = None  # the open mapping or list; None at the top
        spots: Any = None
        is_map = False
        key: Any = no_key
        raw = ""  # the key as written
        key_mark: Any = None
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlain
                written = event.value
                if event.implicit[0]:
                    value, source = built.get(written) or plain(written)
                else:
                    value, source = written, None
                mark = event.start_mark
                if is_map and key is no_key:
                    key, raw, key_mark = value, written, mark
                    continue
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlain
                if is_map and key is no_key:
                    raise _NotPlain  # a list or mapping as a key
                if len(stack) >= MAX_DEPTH:
                    raise _NotPlain  # the strict loader says how deep is too deep
                stack.append((into, spots, is_map, key, raw, key_mark, event.start_mark))
                is_map = kind is yaml.MappingStartEvent
                into, spots = ({}, {}) if is_map else ([], [])
                table[id(into)] = (into, spots)
                key = no_key
                continue
            elif kind in _EVENT_END:
                value, source = into, None
                into, spots, is_map, key, raw, key_mark, mark = stack.pop()
            elif kind is yaml.DocumentEndEvent:
                break
            else:  # an alias
                raise _NotPlain
            if is_map:
                if raw in spots:
                    raise _NotPlain  # a duplicate key
                spot = (key_mark.line + 1, key_mark.column + 1, source)
                spots[raw] = spot
                if type(key) is not str:  # `yes:` is found as True too, as in _spots_of
                    alias = _BOOLEAN_KEYS.get(raw.lower())
                    if alias:
                        spots.setdefault(alias, spot)
                into[key] = value
                key = no_key
            elif into is not None:
                spots.append((mark.line + 1, mark.column + 1, source))
                into.append(value)
            else:
                root = value
        if not isinstance(get(), yaml.StreamEndEvent):
            raise _NotPlain  # more than one document: the strict loader says so
        return root, Positions(root, table, loader.plain_numbers)
    finally:
        loader.dispose()


def _parse_strict(text: str, file: str, loader_class: Any) -> tuple[Any, Positions]:
    """Compose, vet and construct with the strict loader; every failure an InputError."""
    try:
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, Positions(None, {})
            loader.vet(node)
            data = loader.construct_document(node)
            return data, Positions(data, loader.spots, loader.plain_numbers)
        finally:
            loader.dispose()
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
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1
        raise InputError(
            f"character U+{exc.character:04X} is not allowed in YAML"
            if isinstance(exc.character, int)
            else "a character that is not allowed in YAML",
            file=file,
            line=line,
            column=exc.position - (before.rfind("\n") + 1) + 1,
            hint="remove it: YAML allows no control characters but tab and newline",
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=file) from None
    except RecursionError:
        raise InputError("YAML nesting is too deep", file=file) from None


def load_yaml_file(
    path: Path, max_bytes: int = MAX_BYTES, *, trusted: bool = False
) -> tuple[str, Any]:
    """The text and the parsed data of a YAML file; `trusted` for the files shipped with us
    (symlinks followed wherever they lead)."""
    text = read_text(path, max_bytes, trusted=trusted)
    return text, parse_yaml(text, str(path))


def locate(where: str | Positions, key_path: Sequence[str | int]) -> tuple[int, int] | None:
    """Line and column (1-based) of the deepest node along key_path, for error messages."""
    if isinstance(where, str):
        try:
            where = parse_positioned(where)[1]
        except InputError:
            return None
    return where.locate(key_path)


@contextlib.contextmanager
def problems_placed(where: str | Positions) -> Iterator[None]:
    """Run a check of data read from `where`; its ValidationError comes out with every problem
    at its line and column."""
    try:
        yield
    except ValidationError as exc:
        raise ValidationError(place_problems(exc.problems, where)) from None


def place_problems(problems: Iterable[Problem], where: str | Positions) -> list[Problem]:
    """Fill in line and column from each problem's key path: text is parsed once for all."""
    placed = []
    positions: Positions | None = where if isinstance(where, Positions) else None
    for problem in problems:
        spot = None
        if problem.path and problem.line is None:
            if positions is None:
                try:
                    positions = parse_positioned(str(where))[1]
                except InputError:
                    positions = Positions(None, {})
            spot = positions.locate(problem.path)
        placed.append(replace(problem, line=spot[0], column=spot[1]) if spot else problem)
    return placed


def atomic_write(path: Path, text: str) -> None:
    """Write text so a reader sees the old file or the new one, never half of either; a
    symlinked file is written through to its target (the link stays). Any failure is an
    error naming the path and the reason, with the file as it was."""
    from coprod_check.io.safefile import write_files

    write_files([(Path(path), text)], replace=True)


def write_new(path: Path, text: str, force: bool = False) -> None:
    """Write atomically, refusing to replace an existing file (or a symlink, or anything
    that is not a plain file) unless forced."""
    from coprod_check.io.safefile import write_files

    write_files([(Path(path), text)], force=force)


# --- writing YAML text fast, for `import` ------------------------------------------------------


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that every YAML 1.1 reader reads back exactly.

    JSON's quoting is close but not enough: PyYAML folds a raw U+2028, refuses some control
    and non-character code points, and reads `\\ud83d\\ude00` as two lone surrogates, so every
    such character is written as its own escape.
    """
    if _PLAIN_ASCII.fullmatch(text):  # most text: nothing to escape
        return f'"{text}"'
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


_PLAIN_ASCII = re.compile(r"[ !#-\[\]-~]*")
"""Printable ASCII but `"` and `\\`: text that goes between double quotes as it is."""
_SAFE_KEY = re.compile(r"[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*\Z")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


@functools.lru_cache(maxsize=4096)
def yaml_key(key: str) -> str:
    """A mapping key: plain when nothing could read it as anything but that text (kept for
    the keys a big import repeats: principle ids, `score`, `unknown`)."""
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
