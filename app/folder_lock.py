"""One program at a time works in a data folder: the window, or a command
that writes (`caravane demo`, `import`, `sync`...).

The lock is the operating system's own on `<data folder>/caravane.lock`
(`flock` on Linux and macOS, `msvcrt.locking` on Windows): the system drops
it when the process ends, however it ends (`kill -9`, a power cut), so a
lock is never left stale.  The file says who holds it, so the program that
is refused can say who to wait for.  Qt-free: the commands use it too.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE = "caravane.lock"
WINDOW = "window"
# Windows locks are mandatory: the locked byte lies past the text others read.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder: its process and "window" or a command's name."""

    pid: int
    what: str

    @property
    def is_window(self) -> bool:
        return self.what == WINDOW


class FolderLock:
    """`acquire(what)` once; held until `release()` or the end of the process."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, what: str) -> bool:
        """Take the lock without waiting; False if another program holds it.
        Raises OSError when the folder cannot be written (read-only, full)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {what}\n".encode())
        except OSError:
            _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # a holder's name is only true while it holds
        except OSError:
            pass  # a read-only or full disk: the next holder writes its own
        _unlock(fd)
        os.close(fd)

    def holder(self) -> Holder | None:
        """Who holds the lock (None when free, or not yet written down)."""
        if self._fd is not None:
            return Holder(os.getpid(), "?")
        if not self.path.exists():
            return None
        probe = FolderLock(self.folder)
        try:
            if probe.acquire("?"):
                probe.release()
                return None
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        pid, _, what = text.strip().partition(" ")
        return Holder(int(pid), what) if pid.isdigit() and what else None


if sys.platform == "win32":  # pragma: no cover - checked on the Windows build
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
