"""The plan file while `assess` edits it: read through the safe loader, locked against a second
writer, and saved atomically after every answer with its comments and other content kept.

Reading and validation go through `yamlio`'s safe loader first; only a file that passes is
loaded again with ruamel.yaml's round-trip loader, which is what keeps comments when it is
written back. ruamel is imported here lazily, so only `assess` pays for it.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import io
import itertools
import os
import stat
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from coprod_check.core.errors import CoprodError, InputError, UsageError
from coprod_check.core.model import Model
from coprod_check.core.plan import FORMAT_VERSION, VERSION_KEY, Plan, parse_plan
from coprod_check.core.principles import Catalogue
from coprod_check.io.yamlio import (
    Positions,
    atomic_write,
    parse_positioned,
    problems_placed,
    read_text,
)

try:  # POSIX: the kernel drops an flock when its process dies, so no lock is ever stale
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
_LOCK_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_WINDOWS_LOCK_OFFSET = 1 << 30
"""Windows locks a byte far past the pid, so another process can still read who holds it."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def real_plan(path: Path) -> Path:
    """The file a plan path stands for: a symlinked plan is edited where it really is, so
    the link stays a link and its target gets the answers (never a silent copy)."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)


class PlanBusyError(UsageError):
    """Another process holds the plan's lock."""


class PlanLock:
    """`PLAN.lock`, held while one `assess` edits PLAN, so two cannot interleave their writes.

    The lock is the OS's, on an open descriptor, so a lock left by a crash is free again: its
    process took it along. POSIX uses flock; Windows locks one byte with msvcrt.locking. The
    file itself only names the holder's pid for the message. It lives in the plan's own
    folder (the target's, for a symlinked plan) and is opened with O_NOFOLLOW, without
    O_TRUNC, and refused unless it is a plain file with one link: a planted symlink or hard
    link (`ln -s ../victim coprod-plan.yaml.lock`) can never make it truncate another file.

    Why not the `filelock` package (issue 10 suggests it): its current release (4.3.1) is
    safe here (O_NOFOLLOW, O_EXCL on create, no O_TRUNC), but releases it still accepts
    opened with O_TRUNC and followed symlinks, which is this very hole; it is some 15,000
    lines for what these 100 do; and it cannot tell the second `assess` who holds the plan.
    """

    def __init__(self, path: Path) -> None:
        self.plan = path
        self.path = lock_path(real_plan(path))
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self._acquire()
        except (PlanBusyError, InputError):
            raise
        except OSError as exc:
            raise InputError(
                f"cannot create the lock file ({exc.strerror or exc})",
                file=str(self.path),
                hint="assess needs to write beside the plan: check the folder's permissions",
            ) from None

    def _open(self) -> int:
        try:
            fd = os.open(self.path, _LOCK_FLAGS, 0o644)
        except OSError as exc:
            if os.path.islink(self.path):  # ELOOP from O_NOFOLLOW
                raise self._not_plain("a symlink") from None
            raise exc
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            what = "a hard link" if stat.S_ISREG(info.st_mode) else "not a regular file"
            raise self._not_plain(what)
        return fd

    def _not_plain(self, what: str) -> InputError:
        return InputError(
            f"the lock file is {what}, so assess will not open it; nothing was changed",
            file=str(self.path),
            hint=f"if no coprod-check is running, delete {self.path} and run assess again",
        )

    def _acquire(self) -> None:
        for _ in range(20):
            fd = self._open()
            try:
                self._lock(fd)
            except OSError:
                holder = self._holder_of_fd(fd)
                os.close(fd)
                raise self._busy(holder) from None
            # The holder before us may have deleted the file as it let go: lock the new one.
            try:
                same = os.path.samestat(os.fstat(fd), os.lstat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)  # our own lock file, locked: no one else's data
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode())
                self._fd = fd
                return
            os.close(fd)
        raise self._busy(None)  # pragma: no cover - twenty lost races in a row

    @staticmethod
    def _lock(fd: int) -> None:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        import msvcrt  # pragma: no cover - Windows

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # released by Windows when the process dies

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if fcntl is not None:
                self.path.unlink(missing_ok=True)  # while still locked: see _acquire
        finally:
            os.close(self._fd)
            self._fd = None
        if fcntl is None:  # pragma: no cover - Windows: an open file cannot be deleted
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def _busy(self, pid: int | None) -> PlanBusyError:
        who = f"another coprod-check (pid {pid})" if pid else "another coprod-check"
        hint = "wait for it to finish, or answer in that session"
        return PlanBusyError(
            f"{who} is already assessing this plan; nothing was changed",
            file=str(self.plan),
            hint=hint,
        )

    @staticmethod
    def _holder_of_fd(fd: int) -> int | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            return _pid(os.read(fd, 32))
        except OSError:  # pragma: no cover
            return None


def _pid(data: bytes) -> int | None:
    text = data.decode("ascii", "replace").strip()
    return int(text) if text.isascii() and text.isdigit() else None


class PlanChangedError(UsageError):
    """The file changed on disk while assess was editing it."""


# --- a plan in progress ---------------------------------------------------------------------

STAND_IN = "(not answered yet)"


def with_stand_ins(data: Any, model: Model) -> Any:
    """A copy of a plan in progress with the answers still to come filled in, so the rest of it
    can be checked now: a plan saved after its first answer has no claim yet."""
    if not isinstance(data, dict):
        return data
    filled = copy.deepcopy(data)
    project = filled.get("project")
    if project is None:
        project = filled["project"] = {}
    if isinstance(project, dict) and project.get("name") is None:
        project["name"] = STAND_IN
    claim = filled.get("claim")
    if claim is None:
        claim = filled["claim"] = {}
    if isinstance(claim, dict):
        if claim.get("level") is None:
            claim["level"] = model.level_ids[0]
        if claim.get("scope") == "part" and claim.get("parts") is None:
            claim["parts"] = [STAND_IN]
    people = filled.get("respondents")
    for index, person in enumerate(people if isinstance(people, list) else []):
        if isinstance(person, dict):  # the starter's respondent, still to be named
            if person.get("name") is None:
                person["name"] = f"{STAND_IN} {index + 1}"
            if person.get("role") is None:
                person["role"] = next(iter(model.roles))
    return filled


def check_partial(
    data: Any, positions: Positions, file: str, catalogue: Catalogue, model: Model
) -> None:
    """Raise a placed ValidationError unless `data` is a valid plan or one on its way to it."""
    with problems_placed(positions):
        parse_plan(with_stand_ins(data, model), catalogue, model, file, positions.source)


# --- editing mappings in place --------------------------------------------------------------


def put(mapping: MutableMapping[Any, Any], key: str, value: Any, order: Sequence[str] = ()) -> None:
    """Set `mapping[key]`: a new key goes where `order` puts it among the keys already there
    (keys in another order are left as they are); an existing one keeps its place, and the
    comment lines that follow it stay after it."""
    if key in mapping:
        trailing = _take_trailing(mapping, key)
        mapping[key] = value
        if trailing is not None:
            _give_trailing(mapping, key, trailing)
        return
    rank = {k: i for i, k in enumerate(order)}
    position = len(mapping)
    if key in rank:  # after the last key that comes before it, else before the first after it
        before = [i for i, k in enumerate(mapping) if k in rank and rank[k] < rank[key]]
        after = [i for i, k in enumerate(mapping) if k in rank and rank[k] > rank[key]]
        position = before[-1] + 1 if before else (after[0] if after else position)
    insert = getattr(mapping, "insert", None)
    if callable(insert):  # ruamel's CommentedMap
        insert(position, key, value)
        return
    items = list(mapping.items())
    items.insert(position, (key, value))
    mapping.clear()
    mapping.update(items)


def new_mapping(like: Any) -> Any:
    """An empty mapping of the same kind as `like` (a CommentedMap can carry comments)."""
    return type(like)() if isinstance(like, dict) else {}


# ruamel keeps the comment lines after `key: value` in `mapping.ca.items[key][2]`; for a nested
# mapping they hang off its last key instead. Moving them keeps each heading comment of
# `coprod-check init`'s starter above the line it describes when a value changes shape.


def _trailing_owner(mapping: Any, key: Any) -> tuple[Any, Any]:
    value = mapping[key]
    if isinstance(value, dict) and value and hasattr(value, "ca"):
        return value, list(value)[-1]
    return mapping, key


def _take_trailing(mapping: Any, key: Any) -> Any:
    if not hasattr(mapping, "ca"):
        return None
    owner, owner_key = _trailing_owner(mapping, key)
    entry = owner.ca.items.get(owner_key)
    if not entry or len(entry) < 3 or entry[2] is None:
        return None
    token = entry[2]
    entry[2] = None
    return token


def _give_trailing(mapping: Any, key: Any, token: Any) -> None:
    owner, owner_key = _trailing_owner(mapping, key)
    if not hasattr(owner, "ca"):
        return
    entry = owner.ca.items.setdefault(owner_key, [None, None, None, None])
    entry[2] = token


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


def _sequence_offset(text: str) -> int:
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
        self._offset = _sequence_offset(text)
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


# --- adding many respondents at once (`coprod-check import`) ---------------------------------


def add_respondents(
    path: Path,
    people: Sequence[dict[str, Any]],
    catalogue: Catalogue,
    model: Model,
    checked_text: str | None = None,
) -> None:
    """Append respondents to a plan, written atomically under the plan's lock, keeping every
    comment.

    `checked_text`: the plan's text as the caller read and checked it, with `people` built
    from checked values (as `import` does, cell by cell): the merged plan is then valid by
    construction, and only a file changed since is refused. Without it, the merged plan is
    checked as a whole first.

    A plan whose `respondents` is a block list (or absent) gets the new ones appended as text
    after the last respondent, so the file is never re-dumped: hundreds of respondents stay
    fast, and everything else in the file stays byte for byte. Any other layout goes through
    the round-trip loader, as `assess` does (which checks the result again before saving).
    """
    lock = PlanLock(path)
    lock.acquire()
    try:
        text = read_text(path)
        if checked_text is not None and text != checked_text:
            raise PlanChangedError(
                "the plan changed on disk while the responses were read; nothing was written",
                file=str(path),
                hint="run the import again",
            )
        if checked_text is None:
            data, positions = parse_positioned(text, str(path))
            merged = dict(data) if isinstance(data, dict) else data
            if isinstance(merged, dict):
                old = merged.get("respondents")
                merged["respondents"] = [*(old if isinstance(old, list) else []), *people]
            with problems_placed(positions):
                parse_plan(merged, catalogue, model, str(path), positions.source)
        new_text = _appended(text, people)
        if new_text is None:
            with PlanDocument(path, catalogue, model, locked=True) as doc:
                listed = doc.raw.get("respondents")
                if not isinstance(listed, list):
                    listed = []
                    put(doc.raw, "respondents", listed)
                listed.extend(people)
                doc.save()
            return
        try:
            atomic_write(path, new_text)
        except OSError as exc:
            raise InputError(
                f"could not write the plan ({exc.strerror or exc}); it is as it was",
                file=str(path),
            ) from None
    finally:
        lock.release()


def _appended(text: str, people: Sequence[dict[str, Any]]) -> str | None:
    """The plan's text with `people` added to its block list of respondents, or None when the
    layout is one to leave to the round-trip loader."""
    import yaml

    from coprod_check.io.yamlio import yaml_block

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    found = [(k, v) for k, v in root.value if getattr(k, "value", None) == "respondents"]
    if not found:
        offset = _sequence_offset(text)
        lines = ["respondents:", *yaml_block(list(people), offset)]
        body = text if text.endswith("\n") or not text else text + "\n"
        return body + "\n".join(lines) + "\n"
    node = found[0][1]
    if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
        return None
    column = node.start_mark.column
    last: yaml.Node = node.value[-1]
    while True:  # the deepest last node: its end is exact, unlike a block collection's
        if isinstance(last, yaml.MappingNode) and last.value and not last.flow_style:
            last = last.value[-1][1]
        elif isinstance(last, yaml.SequenceNode) and last.value and not last.flow_style:
            last = last.value[-1]
        else:
            break
    end = last.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        cut = end
    else:
        newline = text.find("\n", end)
        cut = len(text) if newline < 0 else newline + 1
    head = text[:cut] if text[:cut].endswith("\n") else text[:cut] + "\n"
    added = "\n".join(yaml_block(list(people), column)) + "\n"
    return head + added + text[cut:]
