"""Streaming decoders: compressed bytes in (an ``InputReader``), decompressed chunks out.

Memory stays bounded whatever the ratio: every decoder caps the output of one call (zlib, bz2,
lzma ``max_length``; zstd one block of <= 128 KiB per feed in streaming mode), and the parallel
paths keep at most ``workers + 2`` units in flight.

Parallel where the format allows it:

* zstd: frames that declare a content size of at most ``PARALLEL_FRAME_MAX`` (ours are 8 MiB)
  are located by walking their block headers (no decoding) and decompressed on a thread pool;
  other frames (the zstd CLI writes one frame per file) are streamed on the calling thread.
* BGZF (bgzip, BAM-style gzip): each block states its size, so batches of blocks are inflated
  on the pool and checked against their CRC-32 and length.

Everything else (plain gzip, bzip2, xz) is inherently sequential. Truncation, bad checksums and
trailing garbage raise ARCHIVE_CORRUPT; a frame needing a dictionary raises UNSUPPORTED_FORMAT.
"""

from __future__ import annotations

import bz2
import lzma
import struct
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import zstandard

from gene_desk.codec._common import check_cancel, default_workers
from gene_desk.codec.detect import Format, _gzip_header_end, bgzf_block_size
from gene_desk.codec.reader import InputReader, corrupt
from gene_desk.core.crc64 import combine, crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError

PARALLEL_FRAME_MAX = 32 << 20  # frames up to this content size are decoded on the pool
OUT_CHUNK = 4 << 20  # max output of one sequential decoder call
IN_CHUNK = 1 << 20
_ZSTD_MAGIC = 0xFD2FB528
_BLOCK_MAX = 128 << 10
_FEED_BLOCKS = 32  # blocks per streaming feed: bounds one call's output to 4 MiB
_BGZF_BATCH = 4 << 20  # compressed bytes of BGZF blocks per pool task

Chunks = Iterator[bytes]  # (memoryviews too, with reuse_buffers)


SkippableCallback = Callable[[int, bytes], None]


class ContentTally:
    """Size and CRC-64 of the decompressed content, in order.

    The zstd pool computes each frame's CRC on the worker that decompressed it; ``add_crc``
    joins it in with ``core.crc64.combine`` (its "shift by N bytes" operator is cached per length,
    and our frames all have the same length), which keeps the CRC off the consuming thread.
    """

    __slots__ = ("crc", "size")

    def __init__(self) -> None:
        self.size = 0
        self.crc = 0

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self.crc = crc64(data, self.crc)
        self.size += len(data)

    def add_crc(self, crc: int, length: int) -> None:
        self.crc = combine(self.crc, crc, length)
        self.size += length


def _tallied(chunks: Chunks, tally: ContentTally) -> Chunks:
    for chunk in chunks:
        tally.update(chunk)
        yield chunk


_SKIPPABLE_KEEP = 64 << 10  # payloads up to this size are handed to ``on_skippable``


def decode(
    reader: InputReader,
    fmt: Format,
    *,
    workers: int | None = None,
    cancel: threading.Event | None = None,
    on_skippable: SkippableCallback | None = None,
    tally: ContentTally | None = None,
    reuse_buffers: bool = False,
) -> Chunks:
    """Decompressed chunks of a single-stream format (zstd, gzip/BGZF, bzip2, xz).

    With ``tally``, the size and CRC-64 of everything yielded are accumulated into it. With
    ``reuse_buffers``, chunks may be memoryviews of buffers that are overwritten once the next
    chunk is requested: only for a consumer that is done with a chunk when it asks for another.

    ``on_skippable(magic, payload)`` receives zstd skippable frames of up to 64 KiB (metadata
    such as the Gene Desk trailer); larger ones are skipped unread.
    """
    workers = max(1, workers or default_workers())
    if fmt is Format.ZSTD:
        return _iter_zstd(reader, workers, cancel, on_skippable, tally, reuse_buffers)
    if fmt in (Format.GZIP, Format.BGZF, Format.BAM):
        chunks = _iter_gzip(reader, workers, cancel)
    elif fmt is Format.BZIP2:
        chunks = _iter_multistream(reader, bz2.BZ2Decompressor, b"BZh", "bzip2", cancel)
    elif fmt is Format.XZ:
        chunks = _iter_multistream(
            reader,
            lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ),
            b"\xfd7zXZ\x00",
            "xz",
            cancel,
        )
    else:
        raise GeneDeskError(ErrorCode.UNSUPPORTED_FORMAT, f"cannot decode {fmt.value}")
    return chunks if tally is None else _tallied(chunks, tally)


# --- zstd -------------------------------------------------------------------------------------


class _FrameHeader:
    __slots__ = ("checksum", "content_size", "header_len")

    def __init__(self, header_len: int, content_size: int | None, checksum: bool) -> None:
        self.header_len = header_len
        self.content_size = content_size
        self.checksum = checksum


def _parse_frame_header(reader: InputReader) -> _FrameHeader:
    if not reader.ensure(6):
        raise corrupt("zstd stream is truncated (in a frame header)")
    buf, pos = reader.buf, reader.pos
    fhd = buf[pos + 4]
    fcs_flag = fhd >> 6
    single_segment = (fhd >> 5) & 1
    if fhd & 0x08:
        raise corrupt("invalid zstd frame header (reserved bit set)")
    checksum = bool((fhd >> 2) & 1)
    dict_id_len = (0, 1, 2, 4)[fhd & 3]
    fcs_len = (single_segment, 2, 4, 8)[fcs_flag]
    header_len = 5 + (0 if single_segment else 1) + dict_id_len + fcs_len
    if not reader.ensure(header_len):
        raise corrupt("zstd stream is truncated (in a frame header)")
    buf, pos = reader.buf, reader.pos
    at = pos + 5 + (0 if single_segment else 1)
    if dict_id_len:
        dict_id = int.from_bytes(buf[at : at + dict_id_len], "little")
        if dict_id:
            raise GeneDeskError(
                ErrorCode.UNSUPPORTED_FORMAT,
                f"zstd frame needs dictionary {dict_id}, which is not available",
            )
        at += dict_id_len
    content_size: int | None = None
    if fcs_len:
        content_size = int.from_bytes(buf[at : at + fcs_len], "little")
        if fcs_len == 2:
            content_size += 256
    return _FrameHeader(header_len, content_size, checksum)


def _walk_blocks(reader: InputReader, start: int, limit: int) -> int | None:
    """Length of the frame's blocks (+checksum is the caller's) starting ``start`` bytes past
    ``reader.pos``; None if that exceeds ``limit`` bytes (then the caller streams)."""
    rel = start
    b, pos, have = reader.buf, reader.pos, reader.available()
    while True:
        if rel + 3 > limit:
            return None
        if rel + 3 > have:
            if not reader.ensure(rel + 3):
                raise corrupt("zstd stream is truncated (in a block header)")
            b, pos, have = reader.buf, reader.pos, reader.available()
        at = pos + rel
        header = b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)
        last = header & 1
        btype = (header >> 1) & 3
        bsize = header >> 3
        if btype == 3:
            raise corrupt("invalid zstd block type")
        if bsize > _BLOCK_MAX:
            raise corrupt("invalid zstd block size")
        rel += 3 + (1 if btype == 1 else bsize)
        if last:
            return rel


def _iter_zstd(
    reader: InputReader,
    workers: int,
    cancel: threading.Event | None,
    on_skippable: SkippableCallback | None = None,
    tally: ContentTally | None = None,
    reuse: bool = False,
) -> Chunks:
    pool: ThreadPoolExecutor | None = None
    pending: deque[Future[tuple[bytes | memoryview, int, bytearray | None]]] = deque()
    local = threading.local()
    window = workers + 2
    with_crc = tally is not None
    free: list[bytearray] = []  # recycled output buffers (reuse mode only)

    def dctx() -> zstandard.ZstdDecompressor:
        d = getattr(local, "dctx", None)
        if d is None:
            d = local.dctx = zstandard.ZstdDecompressor()
        return d

    def decompress(
        frame: bytes, out: bytearray | None, size: int
    ) -> tuple[bytes | memoryview, int, bytearray | None]:
        try:
            if out is None:
                data: bytes | memoryview = dctx().decompress(frame)
            else:
                # into a recycled buffer: no fresh 8 MiB allocation (page faults) per frame
                data = memoryview(out)[:size]
                src = dctx().stream_reader(frame, read_across_frames=False)
                got = 0
                while got < size:
                    n = src.readinto(data[got:])
                    if not n:
                        raise corrupt("zstd frame is shorter than its header says")
                    got += n
                if src.read(1):  # also reads the epilogue, so the checksum is verified
                    raise corrupt("zstd frame is longer than its header says")
        except zstandard.ZstdError as exc:
            raise corrupt(f"zstd data is corrupt: {exc}") from None
        return data, crc64(data) if with_crc else 0, out

    def result(fut: Future[tuple[bytes | memoryview, int, bytearray | None]]) -> Chunks:
        data, crc, out = fut.result()
        if tally is not None:
            tally.add_crc(crc, len(data))
        yield data  # type: ignore[misc]
        if out is not None:  # the consumer has moved on: the buffer can be reused
            free.append(out)

    def out_buffer(size: int) -> bytearray | None:
        if not reuse:
            return None
        for i, buf in enumerate(free):
            if len(buf) >= size:
                return free.pop(i)
        return bytearray(size)

    frames = 0
    try:
        while True:
            check_cancel(cancel)
            if not reader.ensure(4):
                if reader.available():
                    raise corrupt("unexpected bytes after the last zstd frame")
                break
            magic = struct.unpack_from("<I", reader.buf, reader.pos)[0]
            if (magic & 0xFFFFFFF0) == 0x184D2A50:  # skippable frame
                header = reader.take(8, "a skippable frame")
                size = struct.unpack_from("<I", header, 4)[0]
                if on_skippable is not None and size <= _SKIPPABLE_KEEP:
                    on_skippable(magic, reader.take(size, "a skippable frame"))
                else:
                    reader.skip(size, "a skippable frame")
                frames += 1
                continue
            if magic != _ZSTD_MAGIC:
                if frames:
                    raise corrupt("unexpected bytes after the last zstd frame")
                raise corrupt("not a zstd stream")
            frames += 1
            head = _parse_frame_header(reader)
            tail = 4 if head.checksum else 0
            length = None
            if head.content_size is not None and head.content_size <= PARALLEL_FRAME_MAX:
                limit = head.content_size + head.content_size // 1024 + 4096
                blocks_end = _walk_blocks(reader, head.header_len, limit)
                if blocks_end is not None:
                    length = blocks_end + tail
            if length is not None:
                if not reader.ensure(length):
                    raise corrupt("zstd stream is truncated (in a checksum)")
                frame = reader.take(length)
                if pool is None:
                    pool = ThreadPoolExecutor(workers, thread_name_prefix="gd-unzstd")
                size = head.content_size or 0
                pending.append(pool.submit(decompress, frame, out_buffer(size), size))
                while len(pending) >= window:
                    yield from result(pending.popleft())
            else:
                while pending:
                    yield from result(pending.popleft())
                streamed = _stream_frame(reader, head, cancel)
                yield from streamed if tally is None else _tallied(streamed, tally)
        while pending:
            yield from result(pending.popleft())
        if not frames:
            raise corrupt("empty zstd stream")
    finally:
        for fut in pending:
            fut.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _stream_frame(
    reader: InputReader, head: _FrameHeader, cancel: threading.Event | None
) -> Chunks:
    """Decode one (large or size-less) frame block by block on this thread."""
    # write_size: one output buffer per feed (<= 32 blocks of <= 128 KiB) instead of 32 joins
    dobj = zstandard.ZstdDecompressor().decompressobj(write_size=_FEED_BLOCKS * _BLOCK_MAX)
    pending_len = head.header_len  # bytes of this frame not yet fed to the decoder
    fed_blocks = 0
    while True:
        if not reader.ensure(pending_len + 3):
            raise corrupt("zstd stream is truncated (in a block header)")
        at = reader.pos + pending_len
        b = reader.buf
        header = b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)
        last = header & 1
        btype = (header >> 1) & 3
        bsize = header >> 3
        if btype == 3 or bsize > _BLOCK_MAX:
            raise corrupt("invalid zstd block")
        pending_len += 3 + (1 if btype == 1 else bsize)
        fed_blocks += 1
        if last:
            pending_len += 4 if head.checksum else 0
        # Feed every 32 blocks (<= 4 MiB of output) or at the end of the frame.
        if last or fed_blocks >= _FEED_BLOCKS or pending_len >= IN_CHUNK:
            if not reader.ensure(pending_len):
                raise corrupt("zstd stream is truncated")
            data = reader.take(pending_len)
            pending_len = 0
            fed_blocks = 0
            try:
                out = dobj.decompress(data)
            except zstandard.ZstdError as exc:
                raise corrupt(f"zstd data is corrupt: {exc}") from None
            if out:
                yield out
            if last:
                if not dobj.eof:
                    raise corrupt("zstd frame did not end where its blocks say")
                if dobj.unused_data:  # pragma: no cover - impossible after an exact walk
                    raise corrupt("zstd frame length mismatch")
                return
            check_cancel(cancel)


# --- gzip / BGZF --------------------------------------------------------------------------------


def _inflate_bgzf_batch(blocks: list[tuple[bytes, int, int, int]]) -> bytes:
    out = []
    for data, start, crc, isize in blocks:
        try:
            d = zlib.decompressobj(-15)
            raw = d.decompress(memoryview(data)[start:], isize + 1)
            if not d.eof or len(raw) != isize:
                raise corrupt("BGZF block is corrupt (length mismatch)")
        except zlib.error as exc:
            raise corrupt(f"gzip data is corrupt: {exc}") from None
        if zlib.crc32(raw) != crc:
            raise corrupt("gzip data is corrupt (CRC mismatch)")
        out.append(raw)
    return b"".join(out)


def _next_bgzf_block(reader: InputReader) -> tuple[bytes, int, int, int] | None:
    """Take one whole BGZF block (bytes, deflate offset, crc32, isize) or None if the next
    member is not BGZF-shaped (then the generic decoder takes over)."""
    if not reader.ensure(18):
        return None
    head = bytes(reader.buf[reader.pos : reader.pos + 1024])
    parsed = _gzip_header_end(head)
    if parsed is None:
        return None
    start, extra = parsed
    bsize = bgzf_block_size(extra)
    if bsize is None or bsize < start + 8:
        return None
    block = reader.take(bsize, "a BGZF block")
    crc, isize = struct.unpack_from("<II", block, bsize - 8)
    if isize > 65536:
        raise corrupt("BGZF block is corrupt (size field)")
    return block[: bsize - 8], start, crc, isize


def _iter_gzip(reader: InputReader, workers: int, cancel: threading.Event | None) -> Chunks:
    pool: ThreadPoolExecutor | None = None
    pending: deque[Future[bytes]] = deque()
    window = workers + 2
    members = 0
    batch: list[tuple[bytes, int, int, int]] = []
    batch_bytes = 0

    def flush() -> Chunks:
        nonlocal pool, batch, batch_bytes
        if batch:
            if pool is None:
                pool = ThreadPoolExecutor(workers, thread_name_prefix="gd-bgzf")
            pending.append(pool.submit(_inflate_bgzf_batch, batch))
            batch, batch_bytes = [], 0
        while len(pending) >= window:
            yield pending.popleft().result()

    try:
        while True:
            head = reader.peek(2)
            if head != b"\x1f\x8b":
                if not members:
                    raise corrupt("not a gzip stream" if head else "empty gzip stream")
                if head:
                    _trailing(reader, "gzip")
                break
            block = _next_bgzf_block(reader)
            members += 1
            if block is None:  # an ordinary gzip member: sequential, in order
                yield from flush()
                yield from _drain(pending)
                yield from _gzip_member(reader, cancel)
                continue
            batch.append(block)
            batch_bytes += len(block[0])
            if batch_bytes >= _BGZF_BATCH:
                check_cancel(cancel)
                yield from flush()
        yield from flush()
        yield from _drain(pending)
    finally:
        for fut in pending:
            fut.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _drain(pending: deque[Future[bytes]]) -> Chunks:
    while pending:
        yield pending.popleft().result()


def _gzip_member(reader: InputReader, cancel: threading.Event | None) -> Chunks:
    d = zlib.decompressobj(31)
    data = b""
    while not d.eof:
        if not data:
            data = reader.read_some(IN_CHUNK)
            if not data:
                raise corrupt("gzip stream is truncated")
        try:
            out = d.decompress(data, OUT_CHUNK)
        except zlib.error as exc:
            raise corrupt(f"gzip data is corrupt: {exc}") from None
        data = d.unconsumed_tail
        if out:
            yield out
            check_cancel(cancel)
    reader.unread(len(d.unused_data))


def _trailing(reader: InputReader, what: str) -> None:
    """Allow zero padding after the last member/stream (tape blocking, xz stream padding)."""
    while True:
        data = reader.read_some(IN_CHUNK)
        if not data:
            return
        if data.count(0) != len(data):
            raise corrupt(f"unexpected bytes after the end of the {what} stream")


# --- bzip2 / xz ---------------------------------------------------------------------------------


def _iter_multistream(
    reader: InputReader,
    factory: Callable[[], bz2.BZ2Decompressor | lzma.LZMADecompressor],
    magic: bytes,
    what: str,
    cancel: threading.Event | None,
) -> Chunks:
    streams = 0
    while True:
        if streams:
            head = reader.peek(len(magic))
            if not head:
                return
            if head != magic:
                _trailing(reader, what)
                return
        d = factory()
        while not d.eof:
            data = b""
            if d.needs_input:
                data = reader.read_some(IN_CHUNK)
                if not data:
                    raise corrupt(f"{what} stream is truncated")
            try:
                out = d.decompress(data, OUT_CHUNK)
            except (OSError, EOFError, lzma.LZMAError) as exc:
                raise corrupt(f"{what} data is corrupt: {exc}") from None
            if out:
                yield out
                check_cancel(cancel)
        reader.unread(len(d.unused_data))
        streams += 1
