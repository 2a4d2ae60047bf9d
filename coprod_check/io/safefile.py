"""Files we read are regular files of bounded size; nothing we read can block or run away.

Inputs (plans, principle sets, templates) come from clients and from strangers' pull requests:

- **Regular files only.** The file is opened with O_NONBLOCK (a FIFO cannot hang the open) and
  checked with fstat on the open descriptor (no race between the check and the read):
  devices, FIFOs and sockets are refused.
- **A hard byte limit.** The size is checked before reading, and the read itself stops one byte
  past the limit, so a file that grows, or lies about its size, cannot pass it either.
- **Symlinks.** A plan, set or template that is itself a symlink is followed only when its
  target lies inside the current working directory (the checkout a CI job runs in), so a pull
  request cannot add `plan.yaml -> ~/.ssh/id_rsa` and have its text echoed into a log or a
  report. Files shipped with coprod-check are trusted.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from coprod_check.core.errors import CoprodError, InputError, Problem, UsageError

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def inside(path: Path | str, folder: Path | str) -> bool:
    """Whether path (already resolved) lies in folder (resolved here) or is it."""
    base = os.path.realpath(folder)
    real = os.fspath(path)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _follow(path: Path, trusted: bool) -> str:
    """The path to open: symlinks resolved and allowed only inside the working directory."""
    name = os.fspath(path)
    try:
        info = os.lstat(name)
    except FileNotFoundError:
        raise InputError("no such file", file=str(path), hint="check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})", file=str(path)) from None
    if not stat.S_ISLNK(info.st_mode):
        return name
    real = os.path.realpath(name)
    if not trusted and not inside(real, os.getcwd()):
        raise InputError(
            "is a symlink to a file outside the working directory; it was not read",
            file=str(path),
            hint="copy the file into the working directory, or give its real path",
        )
    return real


def read_bytes(path: Path, max_bytes: int, *, trusted: bool = False) -> bytes:
    """The bytes of a regular file no bigger than max_bytes, or an InputError saying why not."""
    name = str(path)
    target = _follow(Path(path), trusted)
    try:
        fd = os.open(target, _READ_FLAGS)
    except FileNotFoundError:
        raise InputError("no such file", file=name, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=name) from None
    except PermissionError:
        if os.path.isdir(target):  # Windows refuses to open folders this way
            raise InputError("is a directory, not a file", file=name) from None
        raise InputError("permission denied", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})", file=name) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file", file=name)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                "is not a regular file (a device, pipe or socket); it was not read",
                file=name,
                hint="give the path of a plain file",
            )
        if info.st_size > max_bytes:
            raise _too_big(name, _mb(info.st_size), max_bytes)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise _too_big(name, f"over {_mb(max_bytes)}", max_bytes)
        return b"".join(chunks)
    except BlockingIOError:  # pragma: no cover - regular files do not block
        raise InputError("the file could not be read without waiting", file=name) from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})", file=name) from None
    finally:
        os.close(fd)


def _too_big(name: str, size: str, max_bytes: int) -> InputError:
    return InputError(
        f"file is {size}; the limit is {max_bytes / 1024 / 1024:.0f} MB, so it was not read",
        file=name,
        hint="is this really a plan file?",
    )


# --- writing ------------------------------------------------------------------------------


class OutputError(CoprodError):
    """A file could not be written (a full disk, a read-only folder, no permission...)."""


def write_failed(
    path: Path | str, exc: OSError | ValueError, what: str = "cannot write it"
) -> OutputError:
    return OutputError(
        f"{what} ({getattr(exc, 'strerror', None) or exc}); nothing was written",
        file=str(path),
        hint="check the path, the folder's permissions and the free space",
    )


def target_problem(path: Path, force: bool) -> Problem | None:
    """Why an output may not go to path, if it may not: something is there already and
    --force was not given (a symlink or special file is never replaced silently), or a
    folder is there."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return write_failed(path, exc).problems[0]
    if stat.S_ISDIR(info.st_mode):
        return Problem("is a folder; nothing was written", file=str(path))
    if force:
        return None
    if stat.S_ISLNK(info.st_mode):
        what = "is a symlink; nothing was written"
        hint = "use --force to replace the link itself (its target is left alone)"
    elif not stat.S_ISREG(info.st_mode):
        what = "is not a regular file (a device, pipe or socket); nothing was written"
        hint = "choose another path"
    else:
        what = "file already exists; nothing was written"
        hint = "use --force to replace it, or choose another path"
    return Problem(what, file=str(path), hint=hint)


def write_files(
    files: list[tuple[Path, str]], *, force: bool = False, replace: bool = False
) -> None:
    """Write every file, or none: all are checked, then all written to temp files beside
    their targets (O_EXCL and O_NOFOLLOW, as mkstemp opens them), and only when every one
    is on disk are they renamed into place. `replace` (assess saving a plan): an existing
    file is replaced, and a symlinked one written through to its target."""
    import tempfile  # only writers pay for it: `check` starts without it

    if not replace:
        problems = [p for p in (target_problem(path, force) for path, _ in files) if p]
        if problems:
            raise UsageError(problems)
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files:
            target = Path(os.path.realpath(path)) if replace and os.path.islink(path) else path
            folder = target.parent if str(target.parent) else Path(".")
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            except (OSError, ValueError) as exc:
                raise write_failed(path, exc) from None
            staged.append((tmp, target))
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
                mode = 0o644
                if replace and target.exists():
                    mode = target.stat().st_mode & 0o777
                os.chmod(tmp, mode)
            except OSError as exc:
                raise write_failed(path, exc) from None
        for index, (tmp, target) in enumerate(staged):
            try:
                os.replace(tmp, target)
            except OSError as exc:
                written = [str(t) for _, t in staged[:index]]
                error = write_failed(target, exc, "cannot put it in place")
                if written:
                    error = OutputError(
                        f"cannot put it in place ({exc.strerror or exc}); already written: "
                        + ", ".join(written),
                        file=str(target),
                    )
                raise error from None
        staged = []
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
