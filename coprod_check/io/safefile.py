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

import os
import stat
from pathlib import Path

from coprod_check.core.errors import InputError

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
