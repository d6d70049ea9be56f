"""The original file's MD5, computed from the blocks an upload already reads (no second read).

Why: archives (NCBI SRA, CNCB GSA) want each submitted file's MD5, and a Gene Desk object's ETag
is not it (compressed, or multipart). MD5 cannot be combined from pieces the way CRC-64 can, so
it must see the bytes in order, while a multipart upload reads its parts in parallel.
:class:`OrderedMd5` takes blocks in any order from the part threads and hashes them in file
order. The block at the hash's position is hashed at once (``hashlib`` releases the GIL for
large buffers; one thread hashes at a time, outside the lock, so the others keep sending); a
later block is kept in a buffer of at most ``limit`` bytes. A block that would overflow the
buffer is not kept and never waited for: its range is noted and read from the file when the
hash reaches it. With the usual parts (4 of 8 MiB in flight) nothing is read twice; with huge
parts memory stays bounded and no part is held back. A retried part offers bytes already
hashed: they are skipped. Ranges no part sends in this run (a resume's confirmed parts) are
read from the file the same way.

If the upload fails, :meth:`abandon` drops everything and the digest is void.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import threading
from collections.abc import Callable

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error

#: metadata header of the original's MD5 (lower-case hex); beside gd-size / gd-crc64
META_MD5 = "x-cos-meta-gd-md5"
_READ = 1024 * 1024


class OrderedMd5:
    """MD5 of ``[0, size)`` of a file whose blocks arrive in any order (see module doc)."""

    def __init__(
        self,
        path: str,
        size: int,
        *,
        fill: list[tuple[int, int]] | None = None,
        limit: int = 64 * 1024 * 1024,
    ) -> None:
        self._path = path
        self._size = size
        self._md5 = hashlib.md5()
        self._pos = 0  # bytes hashed; moved only by the thread that holds ``_hashing``
        self._pending: dict[int, bytes] = {}
        self._buffered = 0
        self._limit = limit
        # (offset, length) ranges read from the file when reached: not sent in this run, or
        # not kept because the buffer was full
        self._fill: list[tuple[int, int]] = sorted(fill or [])
        self._cond = threading.Condition()
        self._abandoned = False
        self._hashing = False
        self.reread = 0  # bytes read from the file for the hash (fills), for tests and logs

    def abandon(self) -> None:
        with self._cond:
            self._abandoned = True
            self._pending.clear()
            self._fill.clear()
            self._buffered = 0
            self._cond.notify_all()

    def hexdigest(self) -> str | None:
        """The MD5 once every byte was hashed (reading what is left to read); None if
        abandoned or bytes are missing."""
        self._hash_from(None, b"")
        with self._cond:
            if self._abandoned or self._pos != self._size:
                return None
            return self._md5.hexdigest()

    def feed(self, offset: int, block: bytes) -> None:
        """Offer ``block`` (file bytes at ``offset``). Never waits for other parts."""
        if block:
            self._hash_from(offset, block)

    # -- inside ------------------------------------------------------------------------------
    def _stash_locked(self, offset: int, block: bytes) -> None:
        if offset in self._pending:
            return
        if self._buffered + len(block) <= self._limit:
            self._pending[offset] = block
            self._buffered += len(block)
        else:
            bisect.insort(self._fill, (offset, len(block)))

    def _next_task_locked(self) -> tuple[str, object, int] | None:
        """The next piece at the hash's position: ("mem", view, end) or ("disk", start, end)."""
        pos = self._pos
        for start in [o for o in self._pending if o <= pos]:
            data = self._pending.pop(start)
            self._buffered -= len(data)
            if start + len(data) > pos:
                return "mem", memoryview(data)[pos - start :], start + len(data)
        while self._fill and self._fill[0][0] <= pos:
            start, length = self._fill.pop(0)
            if start + length > pos:
                return "disk", pos, start + length
        return None

    def _hash_from(self, offset: int | None, block: bytes) -> None:
        """Hash ``block`` (if it is next) and whatever follows on; or keep it for the thread
        that is hashing, which looks again before it stops. Only ``hexdigest`` (no block) ever
        waits, for the last part's hashing to end."""
        end = (offset or 0) + len(block)
        mine = offset is not None
        with self._cond:
            while True:
                if self._abandoned or (mine and end <= self._pos):
                    return
                if not self._hashing:
                    break
                if mine:
                    self._stash_locked(offset, block)  # type: ignore[arg-type]
                    return
                self._cond.wait(0.5)
            self._hashing = True
        released = False
        try:
            while True:
                with self._cond:
                    task: tuple[str, object, int] | None = None
                    if not self._abandoned:
                        if mine and offset <= self._pos < end:  # type: ignore[operator]
                            view = memoryview(block)[self._pos - offset :]  # type: ignore[operator]
                            task = ("mem", view, end)
                            mine = False
                        else:
                            task = self._next_task_locked()
                    if task is None:
                        if mine and not self._abandoned:
                            self._stash_locked(offset, block)  # type: ignore[arg-type]
                        # stop hashing under the same lock that found nothing left to do: a
                        # block stashed by another thread meanwhile is seen by the next one
                        self._hashing = False
                        released = True
                        self._cond.notify_all()
                        return
                kind, what, task_end = task
                if kind == "mem":
                    self._md5.update(what)  # type: ignore[arg-type]
                else:
                    start = int(what)  # type: ignore[call-overload]
                    self._read_into_hash(start, task_end - start)
                with self._cond:
                    self._pos = task_end
        finally:
            if not released:
                with self._cond:
                    self._hashing = False
                    self._cond.notify_all()

    def _read_into_hash(self, offset: int, length: int) -> None:
        self.reread += length
        try:
            fd = os.open(self._path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise os_error(exc, self._path, "cannot read the local file") from exc
        try:
            done = 0
            while done < length:
                block = os.pread(fd, min(_READ, length - done), offset + done)
                if not block:
                    raise os_error(OSError(5, "the file became shorter"), self._path, "cannot read")
                self._md5.update(block)
                done += len(block)
        finally:
            os.close(fd)


def md5_of_range(read, start: int, end: int) -> hashlib._Hash:
    """A fresh MD5 over ``read(offset, length)`` for ``[start, end)`` in 1 MiB reads (a resumed
    compressed upload hashes the input its kept parts covered)."""
    digest = hashlib.md5()
    pos = start
    while pos < end:
        block = read(pos, min(_READ, end - pos))
        digest.update(block)
        pos += len(block)
    return digest


def md5_of_file(
    path: str | os.PathLike[str],
    *,
    cancel: threading.Event | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> str:
    """The MD5 (hex) of a whole file, streamed in 1 MiB blocks into one reused buffer: what a
    manifest check compares, and what a plain upload in one PUT carries (a first read, so the
    MD5 goes with the PUT instead of a copy afterwards)."""
    digest = hashlib.md5()
    buffer = bytearray(_READ)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as fh:
        while True:
            if cancel is not None and cancel.is_set():
                raise GeneDeskError(ErrorCode.CANCELLED, "MD5 check cancelled")
            got = fh.readinto(buffer)
            if not got:
                return digest.hexdigest()
            digest.update(view[:got])
            if on_bytes is not None:
                on_bytes(got)
