"""The original file's MD5, computed from the blocks an upload already reads (no second read).

Why: archives (NCBI SRA, CNCB GSA) want each submitted file's MD5, and a Gene Desk object's ETag
is not it (compressed, or multipart). MD5 cannot be combined from pieces the way CRC-64 can, so
it must see the bytes in order, while a multipart upload reads its parts in parallel.
:class:`OrderedMd5` takes blocks in any order from the part threads and hashes them in file
order: the block at the hash's position is hashed at once (``hashlib`` releases the GIL for
large buffers), later ones wait in a buffer of at most ``limit`` bytes; a thread whose block
would overflow it waits until the part in front has moved on (that part is always being sent:
parts start in order). A retried part offers bytes already hashed: they are skipped. Ranges no
part will send in this run (a resume's confirmed parts) are read from the file when the hash
reaches them: the only bytes read twice, and only after an interruption.

If the upload fails, :meth:`abandon` releases every waiting thread and the digest is void.
"""

from __future__ import annotations

import hashlib
import os
import threading

from gene_desk.core.localfs import os_error

#: metadata header of the original's MD5 (lower-case hex); beside gd-size / gd-crc64
META_MD5 = "x-cos-meta-gd-md5"
_READ = 1024 * 1024


class Abandoned(Exception):
    """The digest was given up (the upload failed or stopped)."""


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
        self._pos = 0
        self._pending: dict[int, bytes] = {}
        self._buffered = 0
        self._limit = limit
        # (offset, length) ranges read from disk when reached: nobody sends them this run
        self._fill = sorted(fill or [])
        self._cond = threading.Condition()
        self._abandoned = False
        self._hashing = False

    @property
    def position(self) -> int:
        return self._pos

    def abandon(self) -> None:
        with self._cond:
            self._abandoned = True
            self._pending.clear()
            self._buffered = 0
            self._cond.notify_all()

    def hexdigest(self) -> str | None:
        """The MD5 once every byte was hashed; None if abandoned or incomplete."""
        with self._cond:
            self._advance_fills_locked()
            if self._abandoned or self._pos != self._size:
                return None
            return self._md5.hexdigest()

    def feed(self, offset: int, block: bytes) -> None:
        """Offer ``block`` (file bytes at ``offset``); may wait while the buffer is full."""
        end = offset + len(block)
        with self._cond:
            while True:
                if not self._hashing and not self._abandoned:
                    self._drain_locked()  # fill ranges reached, blocks buffered earlier
                if self._abandoned or end <= self._pos:
                    return
                if offset <= self._pos and not self._hashing:
                    break
                if offset > self._pos and (
                    self._buffered + len(block) <= self._limit or not self._pending
                ):
                    if offset not in self._pending:
                        self._pending[offset] = block
                        self._buffered += len(block)
                    return
                self._cond.wait(0.5)
            self._hashing = True
        # hash outside the lock: other parts keep buffering meanwhile
        try:
            view = memoryview(block)[self._pos - offset :]
            self._md5.update(view)
            with self._cond:
                self._pos = end
                self._drain_locked()
        finally:
            with self._cond:
                self._hashing = False
                self._cond.notify_all()

    def _drain_locked(self) -> None:
        """Hash buffered blocks (and fill ranges) that now follow on. Called with the lock
        held and ``_hashing`` set, so no other thread touches the hash."""
        while True:
            self._advance_fills_locked()
            nxt = self._pending.pop(self._pos, None)
            if nxt is None:
                # a retried part may have buffered a block that starts before the position
                stale = [o for o in self._pending if o < self._pos]
                for o in stale:
                    data = self._pending.pop(o)
                    self._buffered -= len(data)
                    if o + len(data) > self._pos:
                        self._pending[self._pos] = data[self._pos - o :]
                        self._buffered += len(data) - (self._pos - o)
                if not stale:
                    return
                continue
            self._buffered -= len(nxt)
            self._md5.update(nxt)
            self._pos += len(nxt)

    def _advance_fills_locked(self) -> None:
        while self._fill and self._fill[0][0] <= self._pos:
            offset, length = self._fill.pop(0)
            end = offset + length
            if end <= self._pos:
                continue
            self._read_into_hash(self._pos, end - self._pos)
            self._pos = end

    def _read_into_hash(self, offset: int, length: int) -> None:
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
