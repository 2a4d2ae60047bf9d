"""The plan file while `assess` edits it: read through the safe loader, locked against a second
writer, and saved atomically after every answer with its comments and other content kept.

Reading and validation go through `yamlio`'s safe loader first; only a file that passes is
loaded again with ruamel.yaml's round-trip loader, which is what keeps comments when it is
written back. ruamel is imported here lazily, so only `assess` pays for it.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprod_check.core.errors import CoprodError, InputError, UsageError
from coprod_check.core.model import Model
from coprod_check.core.plan import FORMAT_VERSION, VERSION_KEY, Plan, parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.io.mapping_edits import put
from coprod_check.io.partial_plan import check_partial
from coprod_check.io.plan_lock import PlanLock
from coprod_check.io.yamlio import (
    Positions,
    atomic_write,
    parse_positioned,
    problems_placed,
    read_text,
)


class PlanChangedError(UsageError):
    """The file changed on disk while assess was editing it."""


# --- the document ---------------------------------------------------------------------------


@functools.cache
def _ruamel() -> tuple[Callable[[], Any], Callable[[], Any]]:
    """Round-trip loader and dumper. The dumper quotes every string that YAML 1.1 (PyYAML, so
    `check`) would read as something else, such as `yes`, `no` or `1:20`."""
    from ruamel.yaml import YAML
    from ruamel.yaml.resolver import VersionedResolver

    class Yaml11Resolver(VersionedResolver):
        def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None):
            super().__init__(version=(1, 1), loader=loader, loadumper=loadumper)

    def loader() -> Any:
        yaml = YAML()
        yaml.preserve_quotes = True
        return yaml

    def dumper() -> Any:
        yaml = loader()
        yaml.Resolver = Yaml11Resolver
        yaml.width = 100
        return yaml

    return loader, dumper


def sequence_offset(text: str) -> int:
    """How far the file indents `- ` items under their key (0 or 2), to write it the same way."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for before, line in itertools.pairwise(lines):
        if line.lstrip().startswith("- ") and before.rstrip().split("#")[0].rstrip().endswith(":"):
            offset = (len(line) - len(line.lstrip())) - (len(before) - len(before.lstrip()))
            return 2 if offset >= 2 else 0
    return 2


def _plain(value: Any) -> Any:
    """Plain Python data (dicts, lists, scalars) of a round-trip loaded value."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def _rest(raw: dict[Any, Any]) -> list[tuple[Any, Any]]:
    """The plan apart from its respondents, in order, as plain data."""
    return [(k, _plain(v)) for k, v in raw.items() if k != "respondents"]


def _find_all(text: str, part: str) -> list[int]:
    """Where `part` starts in `text`, every time."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


class _Spans:
    """A full dump's text cut at its respondents: head + chunks + tail."""

    def __init__(
        self,
        people: Any,
        rest: list[tuple[Any, Any]],
        snapshots: list[Any],
        chunks: list[str],
        head: str,
        tail: str,
    ) -> None:
        self.people = people
        self.rest = rest
        self.snapshots = snapshots
        self.chunks = chunks
        self.head = head
        self.tail = tail


class PlanDocument:
    """One plan file open for editing. Use as a context manager: the lock is held inside."""

    def __init__(
        self, path: Path, catalogue: Catalogue, model: Model, *, locked: bool = False
    ) -> None:
        """`locked`: the caller already holds the plan's lock."""
        self.path = Path(path)
        self.catalogue = catalogue
        self.model = model
        self.lock = PlanLock(self.path)
        self._locked = locked
        self.raw: Any = None
        self.existed = False
        self.saves = 0
        self._disk: str | None = None
        """The file's text as last read or written: anything else on disk is someone else's."""
        self._offset = 2
        self._spans: _Spans | None = None
        """Where each respondent's text is in `_disk`, after a full dump: see `_spliced`."""

    def __enter__(self) -> PlanDocument:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"cannot create its folder ({exc.strerror or exc})", file=str(self.path)
            ) from None
        if not self._locked:
            self.lock.acquire()
        try:
            self._load()
        except BaseException:
            if not self._locked:
                self.lock.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._locked:
            self.lock.release()

    def _load(self) -> None:
        loader, _ = _ruamel()
        exists = self.path.exists()
        text = read_text(self.path) if exists else ""
        self._disk = text if exists else None
        self.existed = bool(text.strip())
        if not self.existed:  # no file, or an empty one: a new plan
            from ruamel.yaml.comments import CommentedMap

            self.raw = CommentedMap()
            put(self.raw, VERSION_KEY, FORMAT_VERSION)
            put(self.raw, "assessed", dt.date.today())
            return
        check_partial(
            *parse_positioned(text, str(self.path)), str(self.path), self.catalogue, self.model
        )
        try:
            self.raw = loader().load(text)
        except Exception as exc:  # ruamel refusing what the safe loader read: keep the file
            raise InputError(
                f"the plan could be read but not opened for editing ({type(exc).__name__})",
                file=str(self.path),
                hint="check it with `coprod-check check`; nothing was changed",
            ) from None
        self._offset = sequence_offset(text)
        self._spans = self._index(text, own=True)

    def dump(self) -> str:
        _, dumper = _ruamel()
        yaml = dumper()
        yaml.indent(mapping=2, sequence=2 + self._offset, offset=self._offset)
        out = io.StringIO()
        yaml.dump(self.raw, out)
        return out.getvalue()

    def save(self) -> None:
        """Write the plan as it is now, if the safe loader reads it back as a valid plan in
        progress and nobody else changed the file since it was read.

        After one full dump, a save that changed only respondents' answers and names re-dumps
        just those respondents and splices their text in place of their old text (the rest of
        the file is the same text a full dump would give, byte for byte), so a save costs the
        same on a plan of 200 respondents as on one of 2. Anything else is a full dump."""
        spliced = self._spliced()
        if spliced is not None:
            text, spans = spliced
            if text == self._disk:
                return
            self._write(text)
            self._spans = spans
            return
        text = self.dump()
        if text == self._disk:
            return
        try:
            check_partial(
                *parse_positioned(text, str(self.path)), str(self.path), self.catalogue, self.model
            )
        except CoprodError as exc:
            raise CoprodError(
                f"this answer would make the plan unreadable, so it was not saved ({exc})",
                file=str(self.path),
            ) from None
        self._write(text)
        self._spans = self._index(text)

    def _write(self, text: str) -> None:
        on_disk = read_text(self.path) if self.path.exists() else None
        if on_disk != self._disk:
            raise PlanChangedError(
                "the plan changed on disk while assess was running; this answer was not saved",
                file=str(self.path),
                hint=f"run `coprod-check assess {self.path} --resume` to go on from the file as "
                "it is now",
            )
        try:
            atomic_write(self.path, text)
        except OSError as exc:
            raise InputError(
                f"could not save this answer ({exc.strerror or exc}); the file is as it was",
                file=str(self.path),
            ) from None
        self._disk = text
        self.saves += 1

    # --- saving one respondent without re-dumping the file ---------------------------------

    def _dump_one(self, person: Any) -> str | None:
        """One respondent's text exactly as a full dump writes it under `respondents:`."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        _, dumper = _ruamel()
        yaml = dumper()
        yaml.indent(mapping=2, sequence=2 + self._offset, offset=self._offset)
        out = io.StringIO()
        wrapper = CommentedMap()
        wrapper["respondents"] = CommentedSeq([person])
        yaml.dump(wrapper, out)
        text = out.getvalue()
        head = "respondents:\n"
        return text[len(head) :] if text.startswith(head) and len(text) > len(head) else None

    def _index(self, text: str, *, own: bool = False) -> _Spans | None:
        """Each respondent's text in `text` (a full dump), or None when the file's layout is
        not one where a respondent's dump alone is its text in the whole (flow style, aliases,
        comments kept on the list itself...): those plans are always dumped in full.

        `own`: `text` is the file as loaded, not a fresh dump, so the text around the
        respondents must also be what a full dump writes there: the plan is dumped with its
        first respondent only and compared. A file `assess` or `init` wrote passes, so its
        first save is spliced too; a hand-formatted one gets a full dump first."""
        raw = self.raw
        people = raw.get("respondents") if isinstance(raw, dict) else None
        if not isinstance(people, list) or not people:
            return None
        first = self._dump_one(people[0])
        if first is None:
            return None
        marker = "respondents:\n" + first
        found = [i for i in _find_all(text, marker) if i == 0 or text[i - 1] == "\n"]
        if len(found) != 1:
            return None
        start = found[0] + len("respondents:\n")
        head = text[:start]
        probe = ""
        if own:  # checked now, so a hand-formatted file is given up on before 200 dumps
            probe = self._dump_with(people[:1])
            if not probe.startswith(head + first):
                return None
        chunks = [first]
        end = start + len(first)
        for person in people[1:]:  # each must follow on exactly: give up at the first that won't
            chunk = self._dump_one(person)
            if chunk is None or not text.startswith(chunk, end):
                return None
            chunks.append(chunk)
            end += len(chunk)
        tail = text[end:]
        if own and probe != head + first + tail:
            return None
        return _Spans(
            people=people,
            rest=_rest(raw),
            snapshots=[_plain(p) for p in people],
            chunks=chunks,
            head=head,
            tail=tail,
        )

    def _dump_with(self, people: list[Any]) -> str:
        """A full dump of the plan with `people` as its respondents (a shallow copy: the plan
        itself is left as it is). Comments on the list itself are not copied, so a file with
        them never matches and is dumped in full."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        raw = self.raw
        probe = CommentedMap()
        raw.copy_attributes(probe)
        for key, value in raw.items():
            probe[key] = CommentedSeq(people) if key == "respondents" else value
        _, dumper = _ruamel()
        yaml = dumper()
        yaml.indent(mapping=2, sequence=2 + self._offset, offset=self._offset)
        out = io.StringIO()
        yaml.dump(probe, out)
        return out.getvalue()

    def _spliced(self) -> tuple[str, _Spans] | None:
        """The new text when only some respondents changed since the last save (their own
        text re-dumped, checked alone in the plan), else None for a full dump."""
        spans = self._spans
        raw = self.raw
        if spans is None or self._disk is None or not isinstance(raw, dict):
            return None
        people = raw.get("respondents")
        if people is not spans.people or len(people) != len(spans.snapshots):
            return None
        rest = _rest(raw)
        if rest != spans.rest:
            return None
        now = [_plain(p) for p in people]
        changed = [i for i, (a, b) in enumerate(zip(now, spans.snapshots, strict=True)) if a != b]
        if not changed:  # nothing to write
            return self._disk, spans
        if len(changed) > 3:
            return None
        chunks = list(spans.chunks)
        import yaml as pyyaml

        loader: Any = getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)
        for i in changed:
            chunk = self._dump_one(people[i])
            if chunk is None:
                return None
            try:  # the text written must read back as exactly this respondent
                back = pyyaml.load("respondents:\n" + chunk, Loader=loader)
            except pyyaml.YAMLError:
                return None
            if back != {"respondents": [now[i]]}:
                return None
            chunks[i] = chunk
        # The rest of the plan is as it was checked; each changed respondent is checked in it.
        alone = {k: v for k, v in rest}
        alone["respondents"] = [now[i] for i in changed]
        try:
            check_partial(alone, Positions(alone, {}), str(self.path), self.catalogue, self.model)
        except CoprodError:
            return None  # the full path says where, with line and column
        text = spans.head + "".join(chunks) + spans.tail
        return text, _Spans(people, rest, now, chunks, spans.head, spans.tail)

    def plan(self) -> Plan:
        """The saved plan, read back through the safe loader and checked in full."""
        text = self._disk if self._disk is not None else self.dump()
        data, positions = parse_positioned(text, str(self.path))
        with problems_placed(positions):
            return parse_plan(data, self.catalogue, self.model, str(self.path), positions.source)
