"""Decompression and extraction entry points.

* ``decompress_path(src, out_dir)``: a local file of any supported format.
* ``decompress_stream(fileobj, out_dir, name=...)``: the same from anything with ``read(n)``
  (an HTTP response body, a pipe), for a downloader that does not want to store the compressed
  object first. Zip needs random access: a non-seekable zip stream is spooled to a hidden
  temporary file in ``out_dir`` first.
* ``StreamDecompressor``: push-style (``write(chunk)`` ... ``close()``) wrapper of
  ``decompress_stream`` running on its own thread, with a bounded buffer (``write`` blocks when
  it is full), for a downloader that receives chunks in callbacks.
* ``decode_stream(fileobj)``: just the decompressed bytes of a single-stream file, as chunks.

The format comes from the content (see detect.py). A single compressed stream (zstd, gzip/BGZF,
bzip2, xz) becomes one file named after the input minus its extension, unless its content is a
tar, which is then extracted; tar and zip archives are extracted (zip in unzip.py). All writing
goes through ``Extractor`` (extract.py): staging folder, safety checks, bomb limits, conflict
policy.

``progress(done, total)`` reports *compressed* bytes read (total: the compressed size, or None
when a stream's size is unknown) at most every ~100 ms from the thread doing the work; ``cancel``
(a ``threading.Event``) raises CANCELLED at the next chunk and removes partial output.
"""

from __future__ import annotations

import os
import stat
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gene_desk.codec._common import ProgressCallback, Throttle, check_cancel
from gene_desk.codec.decoders import ContentTally, _tallied, decode
from gene_desk.codec.detect import HEAD_BYTES, STREAM_FORMATS, Format, detect, is_tar_header
from gene_desk.codec.extract import ExtractLimits, Extractor, ExtractResult
from gene_desk.codec.reader import COPY_CHUNK, ChunkReader, InputReader, Readable
from gene_desk.codec.reader import raw_chunks as _raw_chunks
from gene_desk.codec.tarread import DEVICE, DIR, FIFO, FILE, HARDLINK, SYMLINK, TarReader
from gene_desk.codec.trailer import TRAILER_MAGIC, Trailer, parse_payload
from gene_desk.codec.unzip import _zip_from_stream
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error

_TAR_DRAIN_LIMIT = 16 << 20  # bytes read past the end-of-archive marker to verify the stream

_NOT_ARCHIVE = {
    Format.BAM: "BAM files are BGZF-compressed and read directly by sequencing tools; "
    "there is nothing to decompress",
    Format.CRAM: "CRAM files are read directly by sequencing tools; there is nothing to decompress",
    Format.SEVEN_Z: "7z archives are not supported",
    Format.RAR: "RAR archives are not supported",
    Format.PNG: "this is a PNG image, not an archive",
    Format.JPEG: "this is a JPEG image, not an archive",
    Format.GIF: "this is a GIF image, not an archive",
    Format.TIFF: "this is a TIFF image, not an archive",
    Format.WEBP: "this is a WebP image, not an archive",
    Format.UNKNOWN: "not a compressed file or archive this app can read",
}

_SUFFIXES = {
    Format.ZSTD: (".zst", ".zstd"),
    Format.GZIP: (".gz", ".gzip", ".bgz", ".bgzf"),
    Format.BGZF: (".gz", ".gzip", ".bgz", ".bgzf"),
    Format.BZIP2: (".bz2", ".bz"),
    Format.XZ: (".xz",),
}
_TAR_SHORT = {
    Format.ZSTD: (".tzst", ".tzstd"),
    Format.GZIP: (".tgz",),
    Format.BGZF: (".tgz",),
    Format.BZIP2: (".tbz2", ".tbz"),
    Format.XZ: (".txz",),
}


def output_name(name: str, fmt: Format) -> str:
    """Name of the file a single compressed stream becomes: ``reads.fq.gz`` -> ``reads.fq``,
    ``x.tgz`` -> ``x.tar``. A name without a known suffix is kept (conflicts are then resolved
    like any other)."""
    lower = name.lower()
    for suffix in _SUFFIXES.get(fmt, ()):
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    for suffix in _TAR_SHORT.get(fmt, ()):
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)] + ".tar"
    return name


_ARCHIVE_SUFFIXES = (".tar", ".zip")


def named_as_compressed(name: str) -> bool:
    """Whether a file name says it is a compressed file or archive this module reads
    (``.zst``, ``.fq.gz``, ``.tgz``, ``.zip``, ...). Content that then matches no format is a
    damaged file, not an unsupported one: the user needs to fetch it again, not convert it."""
    lower = name.lower()
    known = [s for group in (*_SUFFIXES.values(), *_TAR_SHORT.values()) for s in group]
    return any(lower.endswith(s) and len(lower) > len(s) for s in (*known, *_ARCHIVE_SUFFIXES))


def _damaged(name: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.ARCHIVE_CORRUPT,
        "damaged: the name says compressed, but the content is in no compressed format",
        path=name,
    )


def _base_name(name: str) -> str:
    base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return base if base not in ("", ".", "..") else "download"


def _unsupported(fmt: Format, name: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.UNSUPPORTED_FORMAT,
        _NOT_ARCHIVE.get(fmt, f"{fmt.value} is not supported"),
        path=name,
        details={"format": fmt.value},
    )


def decode_stream(
    fileobj: Readable,
    fmt: Format | None = None,
    *,
    workers: int | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[bytes]:
    """Decompressed content of a single compressed stream (zstd, gzip/BGZF, bzip2, xz) as
    chunks, in order. The format is detected from the first bytes unless given. Raises
    ARCHIVE_CORRUPT (bad data, truncated, trailing garbage) and UNSUPPORTED_FORMAT."""
    reader = InputReader(fileobj)
    if fmt is None:
        fmt = detect(reader.peek(HEAD_BYTES))
    if fmt not in STREAM_FORMATS:
        raise _unsupported(fmt, "")
    return decode(reader, fmt, workers=workers, cancel=cancel)


def decompress_path(
    src: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    on_conflict: str = "rename",
    limits: ExtractLimits | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> ExtractResult:
    """Decompress or extract ``src`` into ``out_dir`` (created if missing).

    Errors: LOCAL_NOT_FOUND / LOCAL_PERMISSION (input), UNSUPPORTED_FORMAT, ARCHIVE_CORRUPT,
    ARCHIVE_UNSAFE, ARCHIVE_BOMB, DISK_FULL, CANCELLED; in every error case nothing is left in
    ``out_dir``.
    """
    src = Path(src)
    try:
        st = os.stat(src)
    except OSError as exc:
        raise os_error(exc, src, "cannot read") from exc
    if not stat.S_ISREG(st.st_mode):
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "not a regular file", path=str(src))
    try:
        f = open(src, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise os_error(exc, src, "cannot read") from exc
    with f:
        return decompress_stream(
            f,
            out_dir,
            name=src.name,
            size=st.st_size,
            mtime_ns=st.st_mtime_ns,
            on_conflict=on_conflict,
            limits=limits,
            progress=progress,
            cancel=cancel,
            workers=workers,
        )


def decompress_stream(
    fileobj: Readable,
    out_dir: str | os.PathLike[str],
    *,
    name: str,
    size: int | None = None,
    mtime_ns: int | None = None,
    on_conflict: str = "rename",
    limits: ExtractLimits | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> ExtractResult:
    """Like ``decompress_path`` for a readable object. ``name`` (e.g. the object key's last
    part) names a single decompressed file; ``size`` (compressed bytes, if known) is only for
    progress; ``mtime_ns`` is given to a single decompressed file (default: now)."""
    name = _base_name(name)
    throttle = Throttle(progress, size)
    reader = InputReader(fileobj, on_read=throttle)
    try:
        head = reader.peek(HEAD_BYTES)
    except OSError as exc:
        raise os_error(exc, name, "cannot read") from exc
    fmt = detect(head)
    if fmt is Format.ZIP:
        return _zip_from_stream(
            fileobj, reader, out_dir, name, size, on_conflict, limits, throttle, cancel
        )
    if fmt is not Format.TAR and fmt not in STREAM_FORMATS:
        if fmt is Format.UNKNOWN and named_as_compressed(name):
            raise _damaged(name)
        raise _unsupported(fmt, name)

    ex = Extractor(
        out_dir,
        source=name,
        fmt=fmt.value,
        on_conflict=on_conflict,
        limits=limits,
        cancel=cancel,
        consumed=lambda: reader.consumed,
    )
    tally = ContentTally()
    trailers: list[Trailer] = []

    def on_skippable(magic: int, payload: bytes) -> None:
        found = parse_payload(payload) if magic == TRAILER_MAGIC else None
        if found is not None:
            trailers.append(found)

    chunks = (
        _tallied(_raw_chunks(reader), tally)
        if fmt is Format.TAR
        else decode(
            reader,
            fmt,
            workers=workers,
            cancel=cancel,
            on_skippable=on_skippable,
            tally=tally,
            reuse_buffers=True,  # ChunkReader is done with a chunk when it asks for the next
        )
    )
    content = ChunkReader(chunks)
    try:
        if fmt is Format.TAR or is_tar_header(content.peek(512)):
            if fmt is not Format.TAR:
                ex.result.format = f"tar+{fmt.value}"
            _extract_tar(content, ex)
            content.skip(_TAR_DRAIN_LIMIT)
        else:
            _write_single(content, ex, output_name(name, fmt), mtime_ns)
        check_cancel(cancel)
        ex.result.content_size = tally.size
        ex.result.content_crc64 = tally.crc
        if trailers and content.exhausted:
            _verify_trailer(trailers[-1], tally, name)
            ex.result.verified = True
        result = ex.finish()
    except OSError as exc:
        ex.abort()
        raise os_error(exc, name, "cannot read") from exc
    except BaseException:
        ex.abort()
        raise
    finally:
        content.close()
    throttle(reader.raw_read, final=True)
    return result


def _verify_trailer(trailer: Trailer, tally: ContentTally, name: str) -> None:
    if trailer.size != tally.size or trailer.crc64 != tally.crc:
        raise GeneDeskError(
            ErrorCode.CHECKSUM_MISMATCH,
            "decompressed content does not match the size and CRC-64 recorded when it was "
            "compressed; nothing was extracted",
            path=name,
            details={
                "expected_size": trailer.size,
                "size": tally.size,
                "expected_crc64": str(trailer.crc64),
                "crc64": str(tally.crc),
            },
        )


def _write_single(content: ChunkReader, ex: Extractor, name: str, mtime_ns: int | None) -> None:
    writer = ex.add_file(name, None, mtime_ns, None)
    try:
        while True:
            view = content.read_view(COPY_CHUNK)
            if not len(view):
                break
            writer.write(view)
    except BaseException:
        writer.abort()
        raise
    ex.close_file(writer)


def _extract_tar(content: ChunkReader, ex: Extractor) -> None:
    tar = TarReader(content)
    while True:
        member = tar.next()
        if member is None:
            return
        name = member.name
        if member.kind == FILE:
            writer = ex.add_file(name, member.mode, member.mtime_ns, member.size)
            try:
                while True:
                    view = tar.read(COPY_CHUNK)
                    if not len(view):
                        break
                    writer.write(view)
            except BaseException:
                writer.abort()
                raise
            ex.close_file(writer)
        elif member.kind == DIR:
            ex.add_dir(name, member.mode, member.mtime_ns)
        elif member.kind == SYMLINK:
            ex.add_symlink(name, member.linkname, member.mtime_ns)
        elif member.kind == HARDLINK:
            ex.add_hardlink(name, member.linkname, member.mtime_ns)
        elif member.kind == DEVICE:
            ex.refuse(name, "device file")
        elif member.kind == FIFO:
            ex.refuse(name, "FIFO (named pipe)")
        else:
            ex.skip(name, f"unsupported tar member type {member.typeflag!r}")


# --- push-style wrapper ---------------------------------------------------------------------------


class _Pipe:
    """Bounded byte queue between ``StreamDecompressor.write`` and the worker's ``read``."""

    def __init__(self, max_bytes: int) -> None:
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._max = max_bytes
        self._cond = threading.Condition()
        self._closed = False
        self._aborted = False
        self._reader_done = False

    def put(self, data: bytes) -> bool:
        """Queue ``data``; False if the reader has stopped (finished or failed)."""
        with self._cond:
            while self._size >= self._max and not (self._aborted or self._reader_done):
                self._cond.wait()
            if self._aborted or self._reader_done:
                return False
            self._chunks.append(data)
            self._size += len(data)
            self._cond.notify_all()
            return True

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def abort(self) -> None:
        with self._cond:
            self._aborted = True
            self._cond.notify_all()

    def reader_finished(self) -> None:
        with self._cond:
            self._reader_done = True
            self._chunks.clear()
            self._cond.notify_all()

    def read(self, n: int = -1) -> bytes:
        with self._cond:
            while not self._chunks and not (self._closed or self._aborted):
                self._cond.wait()
            if self._aborted:
                raise GeneDeskError(ErrorCode.CANCELLED, "cancelled")
            if not self._chunks:
                return b""
            chunk = self._chunks.popleft()
            if 0 <= n < len(chunk):
                self._chunks.appendleft(chunk[n:])
                chunk = chunk[:n]
            self._size -= len(chunk)
            self._cond.notify_all()
            return chunk


class StreamDecompressor:
    """Push-style decompression: ``write(chunk)`` as bytes arrive, then ``close()`` for the
    :class:`ExtractResult` (or the error). ``abort()`` cancels and removes partial output.

    The work runs on a thread; at most ``buffer_bytes`` wait between ``write`` and it, so
    ``write`` blocks (back-pressure) when extraction is slower than the network. If extraction
    fails, the next ``write`` or ``close`` raises its error.
    """

    def __init__(
        self,
        out_dir: str | os.PathLike[str],
        *,
        name: str,
        size: int | None = None,
        mtime_ns: int | None = None,
        on_conflict: str = "rename",
        limits: ExtractLimits | None = None,
        progress: ProgressCallback | None = None,
        workers: int | None = None,
        buffer_bytes: int = 32 << 20,
    ) -> None:
        self._pipe = _Pipe(buffer_bytes)
        self._cancel = threading.Event()
        self._result: ExtractResult | None = None
        self._error: BaseException | None = None
        self._closed = False
        kwargs = {
            "name": name,
            "size": size,
            "mtime_ns": mtime_ns,
            "on_conflict": on_conflict,
            "limits": limits,
            "progress": progress,
            "cancel": self._cancel,
            "workers": workers,
        }
        self._thread = threading.Thread(
            target=self._run, args=(out_dir, kwargs), name="gd-decompress", daemon=True
        )
        self._thread.start()

    def _run(self, out_dir: str | os.PathLike[str], kwargs: dict[str, Any]) -> None:
        try:
            self._result = decompress_stream(self._pipe, out_dir, **kwargs)
        except BaseException as exc:  # handed to the writer thread
            self._error = exc
        finally:
            self._pipe.reader_finished()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._closed:
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "write after close")
        if not self._pipe.put(bytes(data)):
            self._thread.join()
            if self._error is not None:
                raise self._error
            # finished already (bytes after the end of an archive): ignore them

    def close(self) -> ExtractResult:
        """Signal the end of input, wait, return the result (or raise the error)."""
        self._closed = True
        self._pipe.close()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def abort(self) -> None:
        """Cancel; partial output is removed before this returns."""
        self._closed = True
        self._cancel.set()
        self._pipe.abort()
        self._thread.join()

    def __enter__(self) -> StreamDecompressor:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
        elif not self._closed:
            self.close()
