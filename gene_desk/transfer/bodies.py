"""Request bodies that stream from disk (or memory) while hashing, metering and obeying stop.

The SDK's ``upload_file`` reads whole parts into memory and checks no CRC on upload; here a part
is a file-like view of a byte range: requests sends it with a Content-Length (``__len__``), each
block read is CRC-64'd on the way (no second pass over the data), counted for progress, throttled
by the shared bandwidth limiter, and aborted within one block when the item is paused or cancelled.

Progress is counted as the body is sent, not when the part completes, in blocks sized to the link
(:mod:`pacing`). A body can be worth a different number of progress units than it has bytes: a
part of compressed frames reports the *input* bytes it carries, in proportion to what has been
sent, so the bar runs against the original file's size.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.fileio import release_cache
from gene_desk.core.localfs import os_error
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.md5_digest import OrderedMd5
from gene_desk.transfer.pacing import BlockPacer


class Stopped(Exception):
    """Raised inside a body read when the item was told to stop (pause, cancel, shutdown)."""


class _StopIsNoError(logging.Filter):
    """The SDK logs whatever a body raises while it is sent at ERROR, with a traceback; a body
    that stopped because the person paused, cancelled or quit is no error (the manager records
    the stop)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, Stopped)


logging.getLogger("qcloud_cos.cos_client").addFilter(_StopIsNoError())


class _Body:
    """Common part of streamed bodies: CRC, progress, limiter, stop flag."""

    def __init__(
        self,
        length: int,
        *,
        limiter: BandwidthLimiter | None,
        stop: threading.Event | None,
        on_bytes: Callable[[int], None] | None,
        worth: int | None,
    ) -> None:
        self._length = length
        self._pos = 0
        self.crc = 0
        self._limiter = limiter
        self._stop = stop
        self._on_bytes = on_bytes
        self._worth = length if worth is None else worth
        # progress units handed to on_bytes so far: a failed send takes exactly these back
        self.reported = 0
        self._pacer = BlockPacer()
        # The SDK turns any exception raised while sending into a CosClientError ("network");
        # the real reason (file shrank, permission, stop) is kept here and re-raised by the caller.
        self.error: BaseException | None = None

    def __len__(self) -> int:
        return self._length

    def __iter__(self):  # requests treats objects with __iter__ + __len__ as streamed bodies
        while True:
            block = self.read(1024 * 1024)
            if not block:
                return
            yield block

    def tell(self) -> int:
        return 0  # requests subtracts tell() from len(); we always start from the beginning

    def _fail(self, exc: BaseException) -> BaseException:
        self.error = exc
        return exc

    def raise_own_error(self) -> None:
        """After a failed send: raise what this body raised, if anything."""
        if self.error is not None:
            raise self.error

    def _account(self, block: bytes) -> bytes:
        if self._stop is not None and self._stop.is_set():
            raise self._fail(Stopped())
        if self._limiter is not None:
            self._limiter.consume(len(block), self._stop)
            if self._stop is not None and self._stop.is_set():
                raise self._fail(Stopped())
        self.crc = crc64(block, self.crc)
        self._pos += len(block)
        if self._on_bytes is not None:
            if self._worth == self._length:
                delta = len(block)
            else:  # the last block lands exactly on ``worth``
                delta = self._pos * self._worth // self._length - self.reported
            if delta:
                self.reported += delta
                self._on_bytes(delta)
        return block

    def _block_size(self, size: int) -> int:
        if self._limiter is not None:
            size = self._limiter.block_size(size)
        return self._pacer.size(size)

    @property
    def sent(self) -> int:
        return self._pos


class FileRangeBody(_Body):
    """Bytes ``[offset, offset+length)`` of a local file.

    Once all of them were read, the range leaves the page cache (core/fileio.release_cache), as
    rclone's local backend does on upload: nothing reads it again, and tens of GB of sequencing
    data would otherwise push the user's cached files out of memory. The pages it frees are
    reused by the next reads and writes at once. Measured on the mixed tree upload (issue 18):
    the sandbox, writing into fresh pages instead, spent 44-45 s of CPU on our upload against
    34-35 s on rclone's, which drops what it reads.
    """

    def __init__(
        self,
        path: str,
        offset: int,
        length: int,
        *,
        limiter: BandwidthLimiter | None = None,
        stop: threading.Event | None = None,
        on_bytes: Callable[[int], None] | None = None,
        digest: OrderedMd5 | None = None,
    ) -> None:
        super().__init__(length, limiter=limiter, stop=stop, on_bytes=on_bytes, worth=None)
        self._path = path
        self._offset = offset
        self._fd: int | None = None
        # the original's MD5, fed the blocks this body reads anyway (no second read)
        self._digest = digest

    def read(self, size: int = -1) -> bytes:
        remaining = self._length - self._pos
        if remaining <= 0:
            self.close()
            return b""
        if size is None or size < 0 or size > remaining:
            size = remaining
        size = self._block_size(min(size, 4 * 1024 * 1024))
        if self._fd is None:
            try:
                self._fd = os.open(self._path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            except OSError as exc:
                raise self._fail(os_error(exc, self._path, "cannot read the local file")) from exc
        try:
            block = os.pread(self._fd, size, self._offset + self._pos)
        except OSError as exc:
            raise self._fail(os_error(exc, self._path, "cannot read the local file")) from exc
        if len(block) < size:
            self.close()
            raise self._fail(
                GeneDeskError(
                    ErrorCode.SOURCE_CHANGED,
                    "the file became shorter while it was being uploaded",
                    path=self._path,
                )
            )
        at = self._offset + self._pos
        self._account(block)
        if self._digest is not None:
            self._digest.feed(at, block)
        return block

    def close(self) -> None:
        if self._fd is not None:
            if self._pos == self._length:  # all sent: a retry reads it from the disk again
                release_cache(self._fd, self._offset, self._length)
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.close()


class BytesBody(_Body):
    """An in-memory part (compressed frames), sent in blocks of at most 1 MiB so stop and limits
    apply. ``worth``: the progress units the whole body stands for (the input bytes its frames
    hold); reported in proportion to the bytes sent."""

    def __init__(
        self,
        data: bytes | bytearray | memoryview,
        *,
        limiter: BandwidthLimiter | None = None,
        stop: threading.Event | None = None,
        on_bytes: Callable[[int], None] | None = None,
        worth: int | None = None,
    ) -> None:
        super().__init__(len(data), limiter=limiter, stop=stop, on_bytes=on_bytes, worth=worth)
        self._view = memoryview(data)

    def read(self, size: int = -1) -> bytes:
        remaining = self._length - self._pos
        if remaining <= 0:
            return b""
        if size is None or size < 0 or size > remaining:
            size = remaining
        size = self._block_size(min(size, 1024 * 1024))
        return self._account(bytes(self._view[self._pos : self._pos + size]))
