"""Advisory file locks that die with their process (flock on POSIX, msvcrt on Windows).

Used where two processes must not do the same work: the sandbox's data folder, and transfer jobs
(the window and a CLI run share one journal; each job is run by the process whose lock is alive,
so a crashed runner's jobs can be adopted and a live one's are left alone).
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        elif msvcrt is not None:  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class FileLock:
    """An exclusive lock on ``path`` held until :meth:`release` (or the process exits)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fd = -1

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        if self._fd >= 0:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        return self._fd >= 0

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = -1


def is_held_elsewhere(path: str | os.PathLike[str]) -> bool:
    """True when another live process holds the lock at ``path`` (a missing file: False)."""
    path = Path(path)
    if not path.exists():
        return False
    probe = FileLock(path)
    if probe.acquire():
        probe.release()
        return False
    return True
