"""Upload a file compressed to ``.zst`` or a folder as ``.tar.zst``: one PUT when small,
otherwise multipart with zstd frames packed into parts while later frames compress.

Each part records the input range it covers, so a resume restarts compression at the end of the
last part of the unbroken run of finished parts, never from the start and never spliced. The
trailer frame (original name, size, CRC-64) ends the last part. Split out of
:mod:`gene_desk.transfer.upload`, which dispatches here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from gene_desk.codec.source import CompressionSource, open_source, source_from_dict
from gene_desk.codec.trailer import Trailer
from gene_desk.core.crc64 import combine
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import PartRecord
from gene_desk.transfer.bodies import BytesBody
from gene_desk.transfer.context import ItemRun, run_bounded
from gene_desk.transfer.md5_digest import md5_of_range
from gene_desk.transfer.settings import part_size_for
from gene_desk.transfer.upload_md5 import record_md5_enabled, replace_metadata, with_md5
from gene_desk.transfer.upload_protocol import (
    CODEC_FILE,
    CODEC_FOLDER,
    META_CODEC,
    META_CRC,
    META_NAME,
    META_SIZE,
    UploadResult,
    _complete,
    _completed_before,
    _confirmed_parts,
    _ensure_upload,
    _header,
    _put_bytes,
    _restart,
    _send_part,
)


def _source(run: ItemRun) -> CompressionSource:
    saved = run.journal.load_source(run.item.id)
    if saved is not None:
        try:
            source = source_from_dict(saved)
            source.check()  # the file or folder as it is now, against the saved snapshot
            return source
        except GeneDeskError as exc:
            if exc.code is not ErrorCode.SOURCE_CHANGED:
                raise
            run.note("the source changed since the job started; its upload was restarted")
            _restart(run)
    try:
        source = open_source(run.item.source)
    except GeneDeskError:
        raise
    run.journal.save_source(run.item.id, source.to_dict())
    if run.item.size != source.input_size:
        run.journal.update_item(run.item.id, size=source.input_size)
        run.item = run.journal.item(run.item.id)
    return source


def _metadata(run: ItemRun, source: CompressionSource, crc: int | None) -> dict[str, str]:
    codec = CODEC_FOLDER if source.kind == "folder" else CODEC_FILE
    meta = {
        META_CODEC: codec,
        META_NAME: quote(Path(run.item.source).name, safe=""),
        META_SIZE: str(source.input_size),
    }
    if crc is not None:
        meta[META_CRC] = str(crc)
    return meta


def _trailer(run: ItemRun, source: CompressionSource, input_crc: int) -> bytes:
    codec = CODEC_FOLDER if source.kind == "folder" else CODEC_FILE
    return Trailer(Path(run.item.source).name, source.input_size, input_crc, codec).to_bytes()


def _upload_compressed(run: ItemRun) -> UploadResult:
    source = _source(run)
    source.drop_after_read = True  # read once: leaves the page cache (transfer/bodies.py)
    level = int(run.options.get("level", run.settings.compress_level))
    part_size = run.item.part_size or part_size_for(source.input_size, run.settings.part_size)
    for skipped in getattr(source, "skipped", []) or []:
        run.note(f"not archived: {skipped.path} ({skipped.reason})")
    if source.input_size <= part_size and not run.item.upload_id:
        return _put_compressed_small(run, source, level)
    return _multipart_compressed(run, source, level, part_size)


def _put_compressed_small(run: ItemRun, source: CompressionSource, level: int) -> UploadResult:
    chunks: list[bytes] = []
    input_crc = 0
    digest = hashlib.md5() if record_md5_enabled(run) else None
    for frame in source.frames(0, level=level, cancel=run.stop, input_digest=digest):
        chunks.append(frame.data)
        input_crc = combine(input_crc, frame.input_crc64, frame.input_length)
    chunks.append(_trailer(run, source, input_crc))
    data = b"".join(chunks)
    metadata = with_md5(_metadata(run, source, input_crc), digest and digest.hexdigest())
    result = _put_bytes(run, data, metadata, worth=source.input_size)
    run.journal.update_item(run.item.id, crc64=str(input_crc))
    return result


def _multipart_compressed(
    run: ItemRun, source: CompressionSource, level: int, part_size: int
) -> UploadResult:
    item = run.item
    upload_id = _ensure_upload(run, part_size, _metadata(run, source, None))
    confirmed = _confirmed_parts(run, upload_id) if run.journal.parts(item.id) else {}
    if confirmed is None:
        done = _completed_before(run, None)
        if done is not None:
            return done
        run.note("the earlier upload had expired on COS; started again")
        _restart(run)
        upload_id = _ensure_upload(run, part_size, _metadata(run, source, None))
        confirmed = {}
    # keep the unbroken run of confirmed parts 1..k; later parts are produced again
    kept: list[PartRecord] = []
    for number in range(1, len(confirmed) + 1):
        if number not in confirmed:
            break
        kept.append(confirmed[number])
        if confirmed[number].trailer:
            break  # everything is on COS: only the complete was lost
    if kept and kept[-1].trailer:
        # only the complete was lost; the MD5 then needs the input read once more
        digest = _digest_of_prefix(run, source, source.input_size)
        return _finish_compressed(run, upload_id, kept, source, digest)
    start = kept[-1].offset + kept[-1].length if kept else 0
    if start % source.frame_size and start != source.input_size:
        kept, start = [], 0  # should not happen: parts hold whole frames
    # a resume hashes the input its kept parts hold (read again: MD5 cannot be resumed)
    digest = _digest_of_prefix(run, source, start)
    if kept:
        run.count_kept(start)
        run.note(f"resumed: {len(kept)} parts were already on COS")
    input_crc = 0
    for p in kept:
        input_crc = combine(input_crc, int(p.input_crc64 or 0), p.length)
    state = {"input_crc": input_crc}

    def part_tasks() -> Iterator[Any]:
        number = len(kept)
        buffer: list[bytes] = []
        buffered = 0
        part_offset = start
        part_input = 0
        part_input_crc = 0
        frames = source.frames(start, level=level, cancel=run.stop, input_digest=digest)
        try:
            for frame in frames:
                buffer.append(frame.data)
                buffered += len(frame.data)
                part_input += frame.input_length
                part_input_crc = combine(part_input_crc, frame.input_crc64, frame.input_length)
                state["input_crc"] = combine(
                    state["input_crc"], frame.input_crc64, frame.input_length
                )
                if buffered >= part_size:
                    number += 1
                    yield _compressed_task(
                        run,
                        upload_id,
                        number,
                        b"".join(buffer),
                        part_offset,
                        part_input,
                        part_input_crc,
                    )
                    part_offset += part_input
                    buffer, buffered, part_input, part_input_crc = [], 0, 0, 0
        finally:
            close = getattr(frames, "close", None)
            if close is not None:
                close()
        buffer.append(_trailer(run, source, state["input_crc"]))
        number += 1
        yield _compressed_task(
            run,
            upload_id,
            number,
            b"".join(buffer),
            part_offset,
            part_input,
            part_input_crc,
            trailer=True,
        )

    try:
        sent = run_bounded(run, part_tasks(), run.settings.parts_parallel)
    except GeneDeskError as exc:
        if exc.code is ErrorCode.SOURCE_CHANGED:
            _restart(run)  # never splice: the next attempt starts from a fresh snapshot
        raise
    numbers = {p.part_number for p in kept} | {p.part_number for p in sent}
    parts = [p for p in run.journal.parts(item.id) if p.part_number in numbers]
    return _finish_compressed(run, upload_id, parts, source, digest)


def _digest_of_prefix(run: ItemRun, source: CompressionSource, end: int) -> Any | None:
    """An MD5 of the input up to ``end`` (None when the MD5 is not recorded)."""
    if not record_md5_enabled(run):
        return None
    return md5_of_range(source.read_range, 0, end)


def _finish_compressed(
    run: ItemRun,
    upload_id: str,
    parts: list[PartRecord],
    source: CompressionSource | None = None,
    digest: Any | None = None,
) -> UploadResult:
    """Complete a compressed upload whose parts (the last one carrying the trailer) are sent;
    then record the original's CRC-64 and MD5 in its metadata (a copy onto itself)."""
    item = run.item
    parts = sorted(parts, key=lambda p: p.part_number)
    whole = 0
    input_crc = 0
    for p in parts:
        whole = combine(whole, int(p.crc64 or 0), p.sent_bytes)
        input_crc = combine(input_crc, int(p.input_crc64 or 0), p.length)
    response = _complete(run, upload_id, parts, whole)
    run.journal.update_item(item.id, crc64=str(input_crc))
    etag = str(response.get("ETag") or _header(response, "etag") or "").strip('"')
    sent = sum(p.sent_bytes for p in parts)
    if digest is not None and source is not None:
        metadata = with_md5(_metadata(run, source, input_crc), digest.hexdigest())
        etag = replace_metadata(run, metadata, sent, etag) or etag
    return UploadResult(item.destination, etag, whole, sent, _header(response, "x-cos-request-id"))


def _compressed_task(
    run: ItemRun,
    upload_id: str,
    number: int,
    data: bytes,
    input_offset: int,
    input_length: int,
    input_crc: int,
    *,
    trailer: bool = False,
):
    def make_body() -> BytesBody:
        # progress in input bytes, as the compressed bytes go out (not when the part completes)
        return BytesBody(
            data, limiter=run.limiter, stop=run.stop, on_bytes=run.progress, worth=input_length
        )

    def go() -> PartRecord:
        etag, crc, sent = _send_part(run, upload_id, number, make_body)
        record = PartRecord(
            run.item.id,
            number,
            input_offset,
            input_length,
            sent,
            etag,
            str(crc),
            str(input_crc),
            int(trailer),
        )
        run.journal.record_part(record)
        return record

    return go
