"""The lock that keeps a second writer off a plan while `assess` or `import` edits it:
PLAN.lock beside the plan, holding the writer's pid, locked with flock (POSIX) or msvcrt
(Windows); the operating system drops either lock when its process dies, so none is stale."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from coprod_check.core.errors import InputError, UsageError

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
