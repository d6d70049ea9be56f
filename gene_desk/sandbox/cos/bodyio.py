"""Moving object bytes between sockets and files without becoming the bottleneck.

Upload: the connection thread receives into large buffers and writes them to the temp file,
while helper threads hash each buffer (MD5 for the ETag, CRC-64 for x-cos-hash-crc64ecma, and
SHA-256 when a SigV4 payload hash must be checked). hashlib and fastcrc release the GIL, so on
two cores receive/write and MD5 (the slowest, ~600 MB/s) overlap instead of adding up.

Download: ``socket.sendfile`` (``os.sendfile`` on Linux/macOS) straight from the blob files;
only when a fault rule throttles or cuts the response are bytes copied through Python.
"""

from __future__ import annotations

import hashlib
import os
import queue
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from gene_desk.core import crc64
from gene_desk.core.fileio import write_all

from .errors import ConnectionAbort, CosError
from .faults import Throttle

BUFFER_SIZE = 2 * 1024 * 1024  # at most BUFFERS x BUFFER_SIZE of memory per upload
BUFFERS = 4
INLINE_LIMIT = 1024 * 1024  # bodies up to this size are hashed on the connection thread


class Readable(Protocol):
    def readinto(self, buffer: memoryview) -> int | None: ...


@dataclass
class Received:
    size: int
    md5_hex: str
    crc: int
    sha256_hex: str | None


class LimitedReader:
    """Wrap a body source with fault rules: pacing and a connection reset after N bytes."""

    def __init__(
        self, source: Readable, throttles: list[Throttle], reset_after: int | None
    ) -> None:
        self._src = source
        self._throttles = throttles
        self._reset_after = reset_after
        self.count = 0
        self._step = min((t.chunk for t in throttles), default=BUFFER_SIZE)

    def readinto(self, buffer: memoryview) -> int:
        want = min(len(buffer), self._step)
        if self._reset_after is not None:
            left = self._reset_after - self.count
            if left <= 0:
                raise ConnectionAbort("fault: reset while reading the request body")
            want = min(want, left)
        for t in self._throttles:
            t.wait(want)
        n = self._src.readinto(buffer[:want]) or 0
        self.count += n
        return n


class _Hasher:
    """One helper thread applying ``update`` functions to buffers handed over by the reader."""

    def __init__(self, updates: list[Callable[[memoryview], None]], done: Callable) -> None:
        self._updates = updates
        self._done = done
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="cos-hash", daemon=True)
        self._thread.start()

    def submit(self, buf: bytearray, n: int) -> None:
        self._queue.put((buf, n))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            buf, n = item
            try:
                if self.error is None:
                    view = memoryview(buf)[:n]
                    for update in self._updates:
                        update(view)
                    view.release()
            except BaseException as exc:  # pragma: no cover - hashing does not fail
                self.error = exc
            finally:
                self._done(buf)

    def finish(self) -> None:
        self._queue.put(None)
        self._thread.join()


def receive(
    source: Readable,
    dest: Path,
    length: int | None,
    *,
    want_sha256: bool = False,
    checksums: list[Any] | None = None,
) -> Received:
    """Copy the body (``length`` bytes, or until the decoder ends) into ``dest`` and hash it.

    Raises ConnectionAbort when the client goes away early; ``dest`` is left for the caller to
    delete.
    """
    md5 = hashlib.md5()
    sha = hashlib.sha256() if want_sha256 else None
    crc = crc64.Crc64()
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
    try:
        if length is not None and length <= INLINE_LIMIT:
            buf = bytearray(max(length, 1))
            view = memoryview(buf)[:length]
            got = _fill(source, view)
            if got != length:
                raise ConnectionAbort("client closed the connection mid-body", reset=False)
            if length:
                md5.update(view)
                crc.update(view)
                if sha is not None:
                    sha.update(view)
                for c in checksums or []:
                    c.update(view)
                write_all(fd, view)
            total = length
        else:
            total = _pipeline(source, fd, length, md5, crc, sha, checksums or [])
    finally:
        os.close(fd)
    return Received(total, md5.hexdigest(), crc.value, sha.hexdigest() if sha else None)


def _pipeline(
    source: Readable,
    fd: int,
    length: int | None,
    md5: hashlib._Hash,
    crc: crc64.Crc64,
    sha: hashlib._Hash | None,
    checksums: list[Any],
) -> int:
    free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
    size = BUFFER_SIZE if length is None else min(BUFFER_SIZE, length)
    count = BUFFERS if length is None else max(1, min(BUFFERS, -(-length // size)))
    for _ in range(count):
        free.put(bytearray(size))
    lock = threading.Lock()
    pending: dict[int, int] = {}
    workers: list[_Hasher] = []

    def done(buf: bytearray) -> None:
        with lock:
            left = pending[id(buf)] - 1
            pending[id(buf)] = left
        if left == 0:
            free.put(buf)

    # MD5 (~550 MB/s) gets a thread of its own; CRC-64 (~10 GB/s) runs on the receiving thread
    groups: list[list[Callable[[memoryview], None]]] = [[md5.update]]
    if sha is not None:
        groups.append([sha.update])
    if checksums:
        groups.append([c.update for c in checksums])
    workers = [_Hasher(g, done) for g in groups]
    total = 0
    try:
        while length is None or total < length:
            buf = free.get()
            view = memoryview(buf)
            want = size if length is None else min(size, length - total)
            n = _fill(source, view[:want])
            if n:
                write_all(fd, view[:n])
                crc.update(view[:n])
            view.release()
            total += n
            if n:
                with lock:
                    pending[id(buf)] = len(workers)
                for w in workers:
                    w.submit(buf, n)
            else:
                free.put(buf)
            if n < want:
                if length is not None:
                    raise ConnectionAbort("client closed the connection mid-body", reset=False)
                break
    finally:
        for w in workers:
            w.finish()
    for w in workers:
        if w.error is not None:
            raise CosError("InternalError", f"hashing failed: {w.error}")
    return total


def _fill(source: Readable, view: memoryview) -> int:
    """Read until ``view`` is full or the source ends."""
    got = 0
    size = len(view)
    while got < size:
        n = source.readinto(view[got:])
        if not n:
            break
        got += n
    return got


def discard(source: Readable, length: int | None, limit: int) -> bool:
    """Read and drop up to ``limit`` body bytes; True when the whole body was consumed."""
    buf = memoryview(bytearray(min(1 << 20, max(limit, 1))))
    total = 0
    while length is None or total < length:
        want = len(buf) if length is None else min(len(buf), length - total)
        if total + want > limit:
            return False
        n = source.readinto(buf[:want])
        if not n:
            return length is None
        total += n
    return True


def send_ranges(
    sock: socket.socket,
    pieces: Iterable[tuple[Path, int, int]],
    *,
    throttles: list[Throttle] | None = None,
    reset_after: int | None = None,
) -> int:
    """Send (file, offset, count) pieces; sendfile unless a fault rule needs to meter bytes."""
    sent = 0
    slow = bool(throttles) or reset_after is not None
    for path, offset, count in pieces:
        with open(path, "rb") as f:
            if not slow:
                sock.sendfile(f, offset, count)
                sent += count
                continue
            step = min((t.chunk for t in throttles or []), default=256 * 1024)
            done = 0
            while done < count:
                want = min(step, count - done)
                if reset_after is not None:
                    left = reset_after - sent
                    if left <= 0:
                        raise ConnectionAbort("fault: reset while sending the response body")
                    want = min(want, left)
                for t in throttles or []:
                    t.wait(want)
                data = os.pread(f.fileno(), want, offset + done) if hasattr(os, "pread") else None
                if data is None:
                    f.seek(offset + done)
                    data = f.read(want)
                if not data:
                    raise CosError("InternalError", "object file shorter than its index entry")
                sock.sendall(data)
                done += len(data)
                sent += len(data)
    if reset_after is not None and sent >= reset_after:
        raise ConnectionAbort("fault: reset after the response body")
    return sent
