"""Restartable compression sources: the API the resumable uploader builds on.

A *source* describes one input (a file, or a snapshot of a folder seen as a tar stream) and
turns it into independent zstd frames at fixed input boundaries::

    src = open_source("/data/run42")           # FileSource or FolderSource
    src.input_size                             # bytes of input (file size / exact tar length)
    src.frame_size, src.frame_count            # frame k covers [k*frame_size, ...) of the input
    for frame in src.frames(start=k * src.frame_size, level=3):
        frame.input_offset, frame.input_length, frame.input_crc64, frame.data, frame.data_crc64

``frames(start)`` begins at any frame boundary without reading or compressing anything before
it. Each ``Frame.data`` is a complete zstd frame (content size and checksum in it); the
concatenation of all frames, in order, is a plain zstd stream (``zstd -d``, ``tar --zstd -x``).
Frames are compressed in parallel (a bounded pool of single-threaded compressors; at most
``workers + 2`` frames in memory) and yielded in order.

What the uploader persists to resume: ``src.to_dict()`` (or the fingerprint plus the original
path, for files), the index of the next frame, and a :class:`FrameTally` (``to_dict``) holding the
running CRC-64s and byte counts (``FrameTally.add`` joins frame CRCs with a cached operator,
~15 us a frame, where ``core.crc64.combine`` rebuilds it each call, ~8 ms). On resume,
``source_from_dict`` rebuilds the same layout (it raises SOURCE_CHANGED, details
``{"reason": "layout"}``, if the rebuilt headers differ from the saved digest) and ``frames(start)``
raises SOURCE_CHANGED as soon as a file it reads has a
different size or mtime than in the snapshot: a changed source means "start again", never a
spliced object. Compressed bytes of a frame are not guaranteed identical across library
versions; only the input boundaries are, which is all a resume needs (already-uploaded parts are
kept, later frames are produced fresh).

The fingerprint (``src.fingerprint``) is a sha256 over the kind, absolute path, frame size and
snapshot (every entry's path, kind, size, mtime, mode, link target): equal fingerprints mean the
same input bytes at the same frame boundaries. ``src.check()`` re-stats every file now (cheap)
for a resume that wants to fail fast rather than at the first changed file.

The object ``compress_path`` writes, and the uploader sends, is the frames followed by the Gene
Desk trailer (trailer.py, a skippable frame with the original size and CRC-64), which the
decompressor verifies. Memory: ``workers + 2`` frames of input and output (~60 MB at level 3 on
2 cores); high levels cost more per worker (zstd's own context: level 19 peaks ~200 MB on 2).
"""

from __future__ import annotations

import abc
import base64
import functools
import hashlib
import json
import os
import stat
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from gene_desk.codec._common import (
    DEFAULT_FRAME_SIZE,
    DEFAULT_LEVEL,
    check_cancel,
    check_level,
    default_workers,
)
from gene_desk.codec.tarstream import (
    LAYOUT_VERSION,
    SkippedEntry,
    SnapshotEntry,
    TarLayout,
    _arc_root_name,
    read_bytes,
    read_exact,
    scan_folder,
    snapshot_from_json,
    snapshot_to_json,
)
from gene_desk.core.crc64 import combine, crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error

_MIN_FRAME_SIZE = 64 << 10
_MAX_FRAME_SIZE = 256 << 20
# From this level on a frame takes seconds per core (level 19: ~9 s for 8 MiB), so it is fed to
# the compressor in pieces: progress and cancel then act within a piece. Below it a frame takes
# well under a second and is compressed in one call (streaming costs ~0.8% of ratio at level 3;
# none from level 12 on).
_PIECEWISE_LEVEL = 10
_PIECE = 256 << 10


@dataclass(frozen=True)
class Frame:
    """One independent zstd frame.

    ``input_offset``/``input_length``: the slice of the input (file bytes or tar stream) it
    holds; ``input_crc64``: CRC-64/XZ (the COS CRC) of that slice; ``data``: the compressed
    frame; ``data_crc64``: CRC-64 of ``data`` (what COS computes for the uploaded bytes).
    """

    index: int
    input_offset: int
    input_length: int
    input_crc64: int
    data: bytes
    data_crc64: int

    @property
    def output_length(self) -> int:
        return len(self.data)


@dataclass
class FrameTally:
    """Running totals over frames taken in order; persist it with a checkpoint to resume.

    ``input_crc64`` ends as the CRC-64 of the whole original input (for folders: of the tar
    stream), ``output_crc64`` as the CRC-64 of the whole compressed object.
    """

    frame_size: int = DEFAULT_FRAME_SIZE
    next_index: int = 0
    input_bytes: int = 0
    output_bytes: int = 0
    input_crc64: int = 0
    output_crc64: int = 0

    def add(self, frame: Frame) -> None:
        if frame.index != self.next_index or frame.input_offset != self.input_bytes:
            raise GeneDeskError(
                ErrorCode.INTERNAL,
                f"frame {frame.index} added out of order (expected {self.next_index})",
            )
        self.input_crc64 = combine(self.input_crc64, frame.input_crc64, frame.input_length)
        self.output_crc64 = crc64(frame.data, self.output_crc64)
        self.input_bytes += frame.input_length
        self.output_bytes += len(frame.data)
        self.next_index += 1

    @property
    def next_offset(self) -> int:
        """Input offset to pass to ``frames(start=...)`` to continue."""
        return self.input_bytes

    def to_dict(self) -> dict[str, int]:
        return {
            "frame_size": self.frame_size,
            "next_index": self.next_index,
            "input_bytes": self.input_bytes,
            "output_bytes": self.output_bytes,
            "input_crc64": self.input_crc64,
            "output_crc64": self.output_crc64,
        }

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> FrameTally:
        return cls(**{k: int(v) for k, v in data.items()})


class CompressionSource(abc.ABC):
    """Base class of FileSource and FolderSource (see the module docstring)."""

    kind: str = ""
    path: Path
    input_size: int
    frame_size: int
    #: things that are not in the archive (FIFOs, sockets, devices), with the reason
    skipped: list[SkippedEntry]
    #: drop what a frame read from the page cache (an upload sets it: the bytes are not read
    #: again; core/fileio.release_cache). Files only: a folder's members are read as they are.
    drop_after_read: bool = False

    @property
    @abc.abstractmethod
    def output_name(self) -> str:
        """Default name of the compressed object: NAME.zst or NAME.tar.zst."""
        ...

    @property
    def frame_count(self) -> int:
        """Number of frames (an empty input still makes one empty frame)."""
        return max(1, -(-self.input_size // self.frame_size))

    def frame_offset(self, index: int) -> int:
        return index * self.frame_size

    @property
    @abc.abstractmethod
    def fingerprint(self) -> str: ...

    @abc.abstractmethod
    def read_range(self, offset: int, length: int) -> bytes | bytearray:
        """Input bytes [offset, offset+length). Thread-safe; checks the source is unchanged."""
        ...

    @abc.abstractmethod
    def check(self) -> None:
        """Raise SOURCE_CHANGED now if the source differs from the snapshot."""
        ...

    @abc.abstractmethod
    def to_dict(self) -> dict[str, Any]: ...

    def _start_index(self, start: int) -> int:
        if start == self.input_size:  # the end: nothing left (or the one empty frame)
            return self.frame_count if self.input_size else 0
        if start < 0 or start % self.frame_size or start > self.input_size:
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT,
                f"start={start} is not a frame boundary (multiple of {self.frame_size} "
                f"up to {self.input_size})",
            )
        if self.input_size == 0:
            return 0
        return start // self.frame_size

    def frames(
        self,
        start: int = 0,
        *,
        level: int = DEFAULT_LEVEL,
        workers: int | None = None,
        cancel: threading.Event | None = None,
        on_input: Callable[[int], None] | None = None,
        input_digest: Any | None = None,
    ) -> Iterator[Frame]:
        """Yield frames in order from input offset ``start`` (a frame boundary) to the end.

        Compression runs on ``workers`` threads (default: all cores). ``cancel`` is checked
        between frames (raises CANCELLED). Closing the generator early stops the workers.
        Raises SOURCE_CHANGED if the input changed since the snapshot. ``on_input(n)`` is
        called on the calling thread about every 0.1 s while it waits for the next frame, with
        the input bytes compressed so far (since ``start``, by every worker: it can run ahead
        of the frames yielded); only at slow levels (from 10), where a frame takes seconds.
        ``input_digest`` (a ``hashlib`` object): updated with each frame's input, in order, on
        the calling thread just before the frame is yielded (the original's MD5 from the bytes
        read for compression; no second read).
        """
        check_level(level)
        first = self._start_index(start)
        if start == self.input_size and self.input_size:
            return iter(())
        workers = max(1, workers or default_workers())
        return self._frames(first, level, workers, cancel, on_input, input_digest)

    def _frames(
        self,
        first: int,
        level: int,
        workers: int,
        cancel: threading.Event | None,
        on_input: Callable[[int], None] | None,
        input_digest: Any | None = None,
    ) -> Iterator[Frame]:
        count = self.frame_count
        window = workers + 2
        local = threading.local()
        size = self.input_size
        frame_size = self.frame_size
        consumed = [0]  # input bytes compressed so far, by every worker
        lock = threading.Lock()

        def counted(nbytes: int) -> None:
            with lock:
                consumed[0] += nbytes

        def compress(index: int) -> tuple[Frame, Any]:
            offset = index * frame_size
            length = min(frame_size, size - offset)
            data = self.read_range(offset, length)
            cctx = getattr(local, "cctx", None)
            if cctx is None:
                cctx = local.cctx = zstandard.ZstdCompressor(
                    level=level, write_checksum=True, write_content_size=True
                )
            if level < _PIECEWISE_LEVEL or length <= _PIECE:
                out = cctx.compress(data)
                counted(length)
            else:
                stream = cctx.compressobj(size=length)  # still one frame, with its size
                view = memoryview(data)
                pieces = []
                for pos in range(0, length, _PIECE):
                    check_cancel(cancel)
                    pieces.append(stream.compress(view[pos : pos + _PIECE]))
                    counted(min(_PIECE, length - pos))
                pieces.append(stream.flush())
                out = b"".join(pieces)
            frame = Frame(index, offset, length, crc64(data), out, crc64(out))
            return frame, (data if input_digest is not None else None)

        def result(head: Future[tuple[Frame, Any]]) -> tuple[Frame, Any]:
            if on_input is None or level < _PIECEWISE_LEVEL:  # frames come often enough
                return head.result()
            while True:
                try:
                    return head.result(timeout=0.1)
                except TimeoutError:
                    check_cancel(cancel)
                    on_input(consumed[0])

        pending: deque[Future[tuple[Frame, Any]]] = deque()
        next_index = first
        with ThreadPoolExecutor(workers, thread_name_prefix="gd-zstd") as pool:
            try:
                while pending or next_index < count:
                    check_cancel(cancel)
                    while next_index < count and len(pending) < window:
                        pending.append(pool.submit(compress, next_index))
                        next_index += 1
                    frame, data = result(pending.popleft())
                    if input_digest is not None:
                        input_digest.update(data)
                        del data
                    yield frame
            finally:
                for fut in pending:
                    fut.cancel()


class FileSource(CompressionSource):
    """A single file, compressed as itself (``NAME.zst``)."""

    kind = "file"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        frame_size: int = DEFAULT_FRAME_SIZE,
        size: int | None = None,
        mtime_ns: int | None = None,
    ) -> None:
        self.path = Path(os.path.abspath(path))
        self.frame_size = _check_frame_size(frame_size)
        self.skipped = []
        if size is None or mtime_ns is None:
            try:
                st = os.stat(self.path)
            except OSError as exc:
                raise os_error(exc, self.path, "cannot read") from exc
            if not stat.S_ISREG(st.st_mode):
                raise GeneDeskError(
                    ErrorCode.INVALID_ARGUMENT, "not a regular file", path=str(self.path)
                )
            size, mtime_ns = st.st_size, st.st_mtime_ns
        self.input_size = int(size)
        self.mtime_ns = int(mtime_ns)

    @property
    def output_name(self) -> str:
        return self.path.name + ".zst"

    @property
    def fingerprint(self) -> str:
        text = json.dumps(
            [
                "file",
                LAYOUT_VERSION,
                str(self.path),
                self.frame_size,
                self.input_size,
                self.mtime_ns,
            ]
        )
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

    def read_range(self, offset: int, length: int) -> bytes:
        if not length:
            return b""
        return read_bytes(
            self.path, self.input_size, self.mtime_ns, offset, length, release=self.drop_after_read
        )

    def check(self) -> None:
        read_exact(self.path, self.input_size, self.mtime_ns, 0, memoryview(b""))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "file",
            "version": LAYOUT_VERSION,
            "path": os.fsdecode(self.path),
            "frame_size": self.frame_size,
            "size": self.input_size,
            "mtime_ns": self.mtime_ns,
            "fingerprint": self.fingerprint,
        }


class FolderSource(CompressionSource):
    """A snapshot of a folder, compressed as a tar stream (``NAME.tar.zst``)."""

    kind = "folder"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        frame_size: int = DEFAULT_FRAME_SIZE,
        entries: list[SnapshotEntry] | None = None,
        skipped: list[SkippedEntry] | None = None,
        arc_root: str | None = None,
    ) -> None:
        self.path = Path(os.path.abspath(path))
        self.frame_size = _check_frame_size(frame_size)
        if entries is None:
            entries, skipped = scan_folder(self.path)
        self.skipped = list(skipped or [])
        self.arc_root = arc_root or _arc_root_name(self.path)
        self.layout = TarLayout(self.path, self.arc_root, entries)
        self.input_size = self.layout.size

    @property
    def entries(self) -> list[SnapshotEntry]:
        return self.layout.entries

    @property
    def output_name(self) -> str:
        return self.arc_root + ".tar.zst"

    @functools.cached_property
    def fingerprint(self) -> str:  # the snapshot never changes: hash it once
        h = hashlib.sha256()
        head = json.dumps(
            ["folder", LAYOUT_VERSION, str(self.path), self.arc_root, self.frame_size]
        )
        h.update(head.encode("utf-8", "surrogateescape"))
        for entry in self.layout.entries:
            h.update(b"\n")
            h.update(json.dumps(entry.as_list()).encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def read_range(self, offset: int, length: int) -> bytearray:
        return self.layout.read_range(offset, length)

    def check(self) -> None:
        self.layout.check()

    def to_dict(self) -> dict[str, Any]:
        """JSON-able; the snapshot travels zstd-compressed and base64-encoded (a folder of 100k
        files is a few MB of JSON but a few hundred KB stored)."""
        packed = zstandard.ZstdCompressor(level=9).compress(
            snapshot_to_json(self.layout.entries).encode("utf-8", "surrogatepass")
        )
        return {
            "kind": "folder",
            "version": LAYOUT_VERSION,
            "path": os.fsdecode(self.path),
            "arc_root": self.arc_root,
            "frame_size": self.frame_size,
            "size": self.input_size,
            "entries_zst_b64": base64.b64encode(packed).decode("ascii"),
            "skipped": [[s.rel, s.reason] for s in self.skipped],
            "header_digest": self.layout.header_digest,
            "fingerprint": self.fingerprint,
        }


def _check_frame_size(frame_size: int) -> int:
    if not isinstance(frame_size, int) or not _MIN_FRAME_SIZE <= frame_size <= _MAX_FRAME_SIZE:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"frame size must be between {_MIN_FRAME_SIZE} and {_MAX_FRAME_SIZE} bytes",
        )
    return frame_size


def open_source(
    path: str | os.PathLike[str], *, frame_size: int = DEFAULT_FRAME_SIZE
) -> FileSource | FolderSource:
    """Snapshot ``path`` now: a FileSource for a file, a FolderSource for a folder.

    A top-level symlink is followed (the user chose it); links inside a folder are archived as
    links. Raises LOCAL_NOT_FOUND / LOCAL_PERMISSION / INVALID_ARGUMENT (not a file or folder).
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise os_error(exc, path, "cannot read") from exc
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(path, frame_size=frame_size)
    if stat.S_ISREG(st.st_mode):
        return FileSource(path, frame_size=frame_size, size=st.st_size, mtime_ns=st.st_mtime_ns)
    raise GeneDeskError(
        ErrorCode.INVALID_ARGUMENT, "not a regular file or folder", path=os.fspath(path)
    )


def source_from_dict(data: dict[str, Any]) -> FileSource | FolderSource:
    """Rebuild a source saved with ``to_dict`` (e.g. from the upload journal) without rescanning.

    Raises SOURCE_CHANGED if the layout cannot be reproduced exactly (different header bytes or
    total size), INVALID_ARGUMENT for an unknown version.
    """
    if data.get("version") != LAYOUT_VERSION or data.get("kind") not in ("file", "folder"):
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "unknown saved source format")
    if data["kind"] == "file":
        src: FileSource | FolderSource = FileSource(
            data["path"],
            frame_size=int(data["frame_size"]),
            size=int(data["size"]),
            mtime_ns=int(data["mtime_ns"]),
        )
    else:
        raw = zstandard.ZstdDecompressor().decompress(base64.b64decode(data["entries_zst_b64"]))
        entries = snapshot_from_json(raw.decode("utf-8", "surrogatepass"))
        src = FolderSource(
            data["path"],
            frame_size=int(data["frame_size"]),
            entries=entries,
            skipped=[SkippedEntry(rel, reason) for rel, reason in data.get("skipped", [])],
            arc_root=data["arc_root"],
        )
        if src.layout.header_digest != data.get("header_digest") or src.input_size != data["size"]:
            raise GeneDeskError(
                ErrorCode.SOURCE_CHANGED,
                "the saved folder snapshot no longer produces the same tar layout; start again",
                path=data["path"],
                details={"reason": "layout"},
            )
    if data.get("fingerprint") and src.fingerprint != data["fingerprint"]:
        raise GeneDeskError(
            ErrorCode.SOURCE_CHANGED,
            "saved source fingerprint does not match",
            path=data["path"],
            details={"reason": "fingerprint"},
        )
    return src
