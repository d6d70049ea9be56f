"""Buffered readers for the decompression pipeline.

``InputReader`` wraps the compressed source (a file, an HTTP response, a pipe: anything with
``read(n)``): it can peek without consuming (format detection, zstd frame walking), counts the
bytes consumed (progress, bomb ratio) and lets a decoder give back bytes it over-read.

``ChunkReader`` is the other side: it turns the decoders' iterator of decompressed chunks into
zero-copy ``memoryview`` reads for the tar parser and the file writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from gene_desk.core.errors import ErrorCode, GeneDeskError

READ_CHUNK = 4 << 20


class Readable(Protocol):
    def read(self, n: int = ..., /) -> bytes: ...


def corrupt(message: str, **details: Any) -> GeneDeskError:
    return GeneDeskError(ErrorCode.ARCHIVE_CORRUPT, message, details=details or None)


class InputReader:
    """Peekable, counting reader over a compressed source."""

    def __init__(
        self,
        raw: Readable,
        *,
        chunk: int = READ_CHUNK,
        on_read: Callable[[int], None] | None = None,
    ) -> None:
        self._raw = raw
        self._chunk = chunk
        self._on_read = on_read
        self.buf = bytearray()
        self.pos = 0
        self.raw_read = 0  # bytes pulled from the source so far
        self.eof = False

    @property
    def consumed(self) -> int:
        """Bytes handed to decoders (raw_read minus what is still buffered)."""
        return self.raw_read - (len(self.buf) - self.pos)

    def available(self) -> int:
        return len(self.buf) - self.pos

    def ensure(self, n: int) -> bool:
        """Buffer at least ``n`` bytes past ``pos``; False if the source ends first."""
        while len(self.buf) - self.pos < n:
            if self.eof:
                return False
            if self.pos and (self.pos >= len(self.buf) // 2 or self.pos > (64 << 20)):
                del self.buf[: self.pos]
                self.pos = 0
            want = max(self._chunk, n - (len(self.buf) - self.pos))
            data = self._raw.read(want)
            if not data:
                self.eof = True
                return False
            self.buf += data
            self.raw_read += len(data)
            if self._on_read is not None:
                self._on_read(self.raw_read)
        return True

    def _copy(self, start: int, end: int) -> bytes:
        # one copy (a bytearray slice would copy twice); the view is released at once, so the
        # buffer can still grow and shrink afterwards
        with memoryview(self.buf) as view:
            return bytes(view[start:end])

    def peek(self, n: int) -> bytes:
        self.ensure(n)
        return self._copy(self.pos, self.pos + n)

    def read(self, n: int) -> bytes:
        """Up to ``n`` bytes (fewer only at the end of the source)."""
        self.ensure(n)
        out = self._copy(self.pos, self.pos + n)
        self.pos += len(out)
        return out

    def read_some(self, limit: int) -> bytes:
        """Whatever is buffered (refilling if empty), at most ``limit`` bytes; b"" at the end."""
        if self.pos >= len(self.buf) and not self.ensure(1):
            return b""
        end = min(len(self.buf), self.pos + limit)
        out = self._copy(self.pos, end)
        self.pos = end
        return out

    def take(self, n: int, what: str = "data") -> bytes:
        """Exactly ``n`` bytes, or ARCHIVE_CORRUPT (truncated)."""
        if not self.ensure(n):
            raise corrupt(f"file is truncated (in {what})")
        out = self._copy(self.pos, self.pos + n)
        self.pos += n
        return out

    def skip(self, n: int, what: str = "data") -> None:
        """Consume exactly ``n`` bytes without keeping them (ARCHIVE_CORRUPT if truncated)."""
        while n:
            if self.pos >= len(self.buf) and not self.ensure(1):
                raise corrupt(f"file is truncated (in {what})")
            step = min(n, len(self.buf) - self.pos)
            self.pos += step
            n -= step

    def unread(self, n: int) -> None:
        """Give back the last ``n`` bytes returned by read/read_some (decoders over-read)."""
        if n:
            if n > self.pos:  # pragma: no cover - would be a bug in a decoder
                raise GeneDeskError(ErrorCode.INTERNAL, "unread past the buffer")
            self.pos -= n

    def at_end(self) -> bool:
        return not self.ensure(1)


class ChunkReader:
    """Reads over an iterator of byte chunks; ``read_view`` avoids copies."""

    def __init__(self, chunks: Iterator[bytes | bytearray | memoryview]) -> None:
        self._it = chunks
        self._cur = memoryview(b"")
        self.offset = 0  # bytes returned so far
        self._done = False

    def _next_chunk(self) -> bool:
        while not self._done:
            try:
                chunk = next(self._it)
            except StopIteration:
                self._done = True
                return False
            if len(chunk):
                self._cur = memoryview(chunk).cast("B")
                return True
        return False

    def read_view(self, n: int) -> memoryview:
        """Up to ``n`` bytes from the current chunk (empty only at the end)."""
        if not len(self._cur) and not self._next_chunk():
            return memoryview(b"")
        view = self._cur[:n]
        self._cur = self._cur[len(view) :]
        self.offset += len(view)
        return view

    def read(self, n: int) -> bytes:
        """Exactly ``n`` bytes unless the stream ends first."""
        first = self.read_view(n)
        if len(first) == n or not len(first):
            return bytes(first)
        parts = [bytes(first)]
        got = len(first)
        while got < n:
            view = self.read_view(n - got)
            if not len(view):
                break
            parts.append(bytes(view))
            got += len(view)
        return b"".join(parts)

    def peek(self, n: int) -> bytes:
        """The next ``n`` bytes (fewer at the end) without consuming them."""
        if not len(self._cur):
            self._next_chunk()
        if len(self._cur) >= n:
            return bytes(self._cur[:n])
        start = self.offset
        data = self.read(n)
        self._cur = memoryview(data + bytes(self._cur)) if len(self._cur) else memoryview(data)
        self.offset = start
        return data

    def skip(self, n: int) -> int:
        skipped = 0
        while skipped < n:
            view = self.read_view(n - skipped)
            if not len(view):
                break
            skipped += len(view)
        return skipped

    @property
    def exhausted(self) -> bool:
        """True once the underlying iterator has ended (everything was read)."""
        return self._done and not len(self._cur)

    def close(self) -> None:
        close = getattr(self._it, "close", None)
        if close is not None:
            close()


#: bytes moved per step when copying decoded or archived content to a file
COPY_CHUNK = 8 << 20


def raw_chunks(reader: InputReader) -> Iterator[bytes]:
    """The rest of ``reader`` as it is (a plain tar, a zip being spooled), ``COPY_CHUNK`` at a
    time; shared by the stream and the zip paths of decompress.py and unzip.py."""
    while True:
        data = reader.read_some(COPY_CHUNK)
        if not data:
            return
        yield data
