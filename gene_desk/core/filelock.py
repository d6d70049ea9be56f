"""Advisory file locks that die with their process (flock on POSIX, msvcrt on Windows).

Used where two processes must not do the same work: the sandbox's data folder, and transfer jobs
(the window and a CLI run share one journal; each job is run by the process whose lock is alive,
so a crashed runner's jobs can be adopted and a live one's are left alone).
"""

from __future__ import annotations

import contextlib
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
    """An exclusive lock on ``path`` held until :meth:`release` (or the process exits).

    ``remove_on_release``: the file is deleted when the lock is released (runner locks: one per
    process, which would otherwise pile up). Deleting a lock file is safe because :meth:`acquire`
    checks, once locked, that the path still names the file it locked (and starts again if it
    was swept meanwhile), so no process ever holds a lock on a file nobody can see.
    """

    def __init__(self, path: str | os.PathLike[str], *, remove_on_release: bool = False) -> None:
        self.path = Path(path)
        self.remove_on_release = remove_on_release
        self._fd = -1

    def acquire(self, *, create: bool = True) -> bool:
        """Take the lock without waiting; False when another process holds it (or, with
        ``create=False``, when there is no such file)."""
        if self._fd >= 0:
            return True
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
            except FileNotFoundError:
                return False
            if not _try_lock(fd):
                os.close(fd)
                return False
            if _same_file(fd, self.path):
                self._fd = fd
                return True
            os.close(fd)  # swept between our open and our lock: that file is gone
            if not create:
                return False

    @property
    def held(self) -> bool:
        return self._fd >= 0

    def release(self) -> None:
        if self._fd >= 0:
            if self.remove_on_release:
                with contextlib.suppress(OSError):
                    self.path.unlink()  # while still locked: nobody can take a doomed file
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = -1


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


def is_held_elsewhere(path: str | os.PathLike[str]) -> bool:
    """True when another live process holds the lock at ``path`` (a missing file: False)."""
    probe = FileLock(path)
    if probe.acquire(create=False):
        probe.release()
        return False
    return Path(path).exists()


def sweep_stale(folder: str | os.PathLike[str], pattern: str = "*.lock") -> int:
    """Delete the lock files in ``folder`` that no live process holds (left by killed runs);
    returns how many."""
    removed = 0
    for path in Path(folder).glob(pattern):
        probe = FileLock(path, remove_on_release=True)
        if probe.acquire(create=False):
            probe.release()
            removed += 1
    return removed
