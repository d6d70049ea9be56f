"""Upload one item: a file as is, a file compressed to ``.zst``, a folder as ``.tar.zst``, or a
folder marker; single PUT when small, multipart otherwise; resumable; CRC-64 verified.

Multipart, plain: parts are fixed byte ranges of the file, sent in parallel straight from disk
(:class:`FileRangeBody`), each checked against the part's ``x-cos-hash-crc64ecma`` as it lands and
recorded in the journal; resume asks COS (ListParts) which parts it really has and sends only the
others.

Multipart, compressed: the codec yields independent zstd frames at fixed input boundaries; frames
are packed into parts of at least the part size and sent while later frames compress. Each part
records the input range it covers, so a resume restarts compression at the end of the last part
of the unbroken run of finished parts, never from the start and never spliced. The trailer frame
(original name, size, CRC-64) ends the last part.

Every upload ends by comparing the CRC-64 of what we sent (computed while sending) with the
object's ``x-cos-hash-crc64ecma``; a mismatch fails the item and deletes nothing the user had.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from gene_desk.codec.source import CompressionSource, open_source, source_from_dict
from gene_desk.codec.trailer import Trailer
from gene_desk.core.crc64 import combine, crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.journal import PartRecord
from gene_desk.transfer.bodies import BytesBody, FileRangeBody
from gene_desk.transfer.context import ItemRun, run_bounded
from gene_desk.transfer.settings import part_size_for

log = logging.getLogger(__name__)

META_CODEC = "x-cos-meta-gd-codec"
META_NAME = "x-cos-meta-gd-name"
META_SIZE = "x-cos-meta-gd-size"
META_CRC = "x-cos-meta-gd-crc64"
CODEC_FILE = "zstd"
CODEC_FOLDER = "tar+zstd"
#: upload job option: the COS storage class of every object the job writes (absent: STANDARD)
OPTION_STORAGE_CLASS = "storage_class"

# item modes (also shown in the transfer list)
MODE_PLAIN = "plain"  # sent as is, compression off
MODE_AS_IS = "as-is"  # compression on, but the content is already compressed: sent as is
MODE_ZSTD = "zstd"  # a file compressed to NAME.zst
MODE_TAR_ZSTD = "tar.zst"  # a folder compressed to NAME.tar.zst
MODE_MARKER = "folder"  # an (empty) folder marker


@dataclass
class UploadResult:
    key: str
    etag: str
    crc64: int
    sent_bytes: int
    request_id: str | None = None


def _header(headers: dict[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value)
    return None


def _write_kwargs(run: ItemRun, metadata: dict[str, str]) -> dict[str, Any]:
    """SDK arguments of a PUT or multipart initiate: metadata and the job's storage class."""
    kwargs: dict[str, Any] = {"Metadata": metadata} if metadata else {}
    storage_class = run.options.get(OPTION_STORAGE_CLASS)
    if storage_class:
        kwargs["StorageClass"] = storage_class
    return kwargs


def _verify(run: ItemRun, expected: int, headers: dict[str, Any], what: str) -> None:
    got = _header(headers, "x-cos-hash-crc64ecma")
    if got is None:
        run.note("COS returned no CRC-64; integrity not verified by the server")
        return
    if int(got) != expected:
        raise GeneDeskError(
            ErrorCode.CHECKSUM_MISMATCH,
            f"{what}: CRC-64 mismatch (sent {expected}, COS has {got})",
            request_id=_header(headers, "x-cos-request-id"),
            path=run.item.destination,
        )


def upload_item(run: ItemRun) -> UploadResult:
    mode = run.item.mode
    if mode == MODE_MARKER:
        return _put_bytes(run, b"", {})
    if mode in (MODE_ZSTD, MODE_TAR_ZSTD):
        return _upload_compressed(run)
    return _upload_plain(run)


# -- plain files ---------------------------------------------------------------------------------
def _stat_checked(run: ItemRun) -> os.stat_result:
    """The source's current stat; a change since the job started restarts the item cleanly."""
    item = run.item
    try:
        st = os.stat(item.source)
    except OSError as exc:
        raise os_error(exc, item.source) from exc
    if item.mtime_ns is not None and (st.st_size != item.size or st.st_mtime_ns != item.mtime_ns):
        log.info("%s changed since the job started: restarting its upload", item.source)
        _restart(run, size=st.st_size, mtime_ns=st.st_mtime_ns)
        run.note("the file changed since the job started; its upload was restarted")
    return st


def _restart(run: ItemRun, **new_values: Any) -> None:
    item = run.item
    if item.upload_id:
        _abort(run, item.upload_id)
    run.journal.clear_parts(item.id)
    run.journal.clear_source(item.id)
    run.journal.update_item(item.id, upload_id=None, part_size=None, done_bytes=0, **new_values)
    run.item = run.journal.item(item.id)


def _abort(run: ItemRun, upload_id: str) -> None:
    try:
        run.call(
            "abort multipart upload",
            lambda c: c.abort_multipart_upload(
                Bucket=run.bucket.name, Key=run.item.destination, UploadId=upload_id
            ),
        )
    except GeneDeskError as exc:
        if exc.details.get("cos_code") != "NoSuchUpload":
            log.warning("could not abort upload %s: %s", upload_id, exc)


def abort_item(run: ItemRun) -> None:
    """Cancel: abort the multipart upload (no orphaned parts) and forget its parts."""
    if run.item.upload_id:
        _abort(run, run.item.upload_id)
    run.journal.clear_parts(run.item.id)
    run.journal.clear_source(run.item.id)
    run.journal.update_item(run.item.id, upload_id=None)


def _upload_plain(run: ItemRun) -> UploadResult:
    st = _stat_checked(run)
    size = st.st_size
    part_size = run.item.part_size or part_size_for(size, run.settings.part_size)
    if size <= part_size:
        return _put_file(run, size)
    return _multipart_file(run, size, part_size)


def _put_file(run: ItemRun, size: int) -> UploadResult:
    item = run.item
    holder: dict[str, Any] = {}

    def send(client: Any) -> dict[str, Any]:
        body = FileRangeBody(
            item.source, 0, size, limiter=run.limiter, stop=run.stop, on_bytes=run.progress
        )
        holder["body"] = body
        try:
            return client.put_object(
                Bucket=run.bucket.name, Key=item.destination, Body=body, **_write_kwargs(run, {})
            )
        except BaseException:
            run.progress(-body.reported)
            body.raise_own_error()  # the body's own reason, not the SDK's "network" wrapper
            raise
        finally:
            body.close()

    headers = run.call("upload", send)
    body = holder["body"]
    _verify(run, body.crc, headers, "upload")
    _stat_unchanged_after(run, sent_object=True)  # a file rewritten during the PUT is no upload
    return UploadResult(
        item.destination,
        str(_header(headers, "etag") or "").strip('"'),
        body.crc,
        size,
        _header(headers, "x-cos-request-id"),
    )


def _put_bytes(
    run: ItemRun, data: bytes, metadata: dict[str, str], worth: int | None = None
) -> UploadResult:
    """PUT ``data``; with ``worth``, progress counts that many input bytes as it is sent."""
    item = run.item
    expected = crc64(data)

    def send(client: Any) -> dict[str, Any]:
        on_bytes = run.progress if worth is not None else None
        body = BytesBody(data, limiter=run.limiter, stop=run.stop, on_bytes=on_bytes, worth=worth)
        kwargs = _write_kwargs(run, metadata)
        try:
            return client.put_object(
                Bucket=run.bucket.name, Key=item.destination, Body=body, **kwargs
            )
        except BaseException:
            run.progress(-body.reported)
            body.raise_own_error()
            raise

    headers = run.call("upload", send)
    _verify(run, expected, headers, "upload")
    return UploadResult(
        item.destination,
        str(_header(headers, "etag") or "").strip('"'),
        expected,
        len(data),
        _header(headers, "x-cos-request-id"),
    )


def _ensure_upload(run: ItemRun, part_size: int, metadata: dict[str, str]) -> str:
    item = run.item
    if item.upload_id:
        return item.upload_id
    kwargs = _write_kwargs(run, metadata)
    response = run.call(
        "start multipart upload",
        lambda c: c.create_multipart_upload(Bucket=run.bucket.name, Key=item.destination, **kwargs),
    )
    upload_id = response["UploadId"]
    run.journal.update_item(item.id, upload_id=upload_id, part_size=part_size)
    run.item = run.journal.item(item.id)
    log.info("started multipart upload %s for %s", upload_id, item.destination)
    return upload_id


def _server_parts(run: ItemRun, upload_id: str) -> dict[int, tuple[str, int]] | None:
    """Parts COS holds for ``upload_id`` ({number: (etag, size)}), or None if it is gone."""
    parts: dict[int, tuple[str, int]] = {}
    marker = "0"
    while True:
        try:
            page = run.call(
                "list parts",
                lambda c, m=marker: c.list_parts(
                    Bucket=run.bucket.name,
                    Key=run.item.destination,
                    UploadId=upload_id,
                    PartNumberMarker=m,
                    MaxParts=1000,
                ),
            )
        except GeneDeskError as exc:
            if exc.details.get("cos_code") == "NoSuchUpload":
                return None
            raise
        items = page.get("Part") or []
        if isinstance(items, dict):
            items = [items]
        for p in items:
            parts[int(p["PartNumber"])] = (str(p["ETag"]).strip('"'), int(p["Size"]))
        if str(page.get("IsTruncated", "false")).lower() != "true":
            return parts
        marker = str(page.get("NextPartNumberMarker") or max(parts))


def _confirmed_parts(run: ItemRun, upload_id: str) -> dict[int, PartRecord] | None:
    """Journal parts that COS confirms (same ETag and size); None if the upload is gone."""
    server = _server_parts(run, upload_id)
    if server is None:
        return None
    confirmed = {}
    for part in run.journal.parts(run.item.id):
        remote = server.get(part.part_number)
        if remote and remote[0] == (part.etag or "").strip('"') and remote[1] == part.sent_bytes:
            confirmed[part.part_number] = part
    return confirmed


def _complete(run: ItemRun, upload_id: str, parts: list[PartRecord], expected_crc: int) -> dict:
    payload = {"Part": [{"PartNumber": p.part_number, "ETag": f'"{p.etag}"'} for p in parts]}
    try:
        response = run.call(
            "complete multipart upload",
            lambda c: c.complete_multipart_upload(
                Bucket=run.bucket.name,
                Key=run.item.destination,
                UploadId=upload_id,
                MultipartUpload=payload,
            ),
        )
    except GeneDeskError as exc:
        # a retried complete whose first answer was lost: the upload id is gone because the
        # object was made; check it is ours before calling it done
        if exc.details.get("cos_code") != "NoSuchUpload":
            raise
        head = run.call(
            "head object",
            lambda c: c.head_object(Bucket=run.bucket.name, Key=run.item.destination),
        )
        crc = _header(head, "x-cos-hash-crc64ecma")
        if crc is None or int(crc) != expected_crc:
            raise
        run.note("the upload completed, but its answer was lost; verified by CRC-64")
        return head
    _verify(run, expected_crc, response, "complete upload")
    return response


def _send_part(run: ItemRun, upload_id: str, number: int, make_body: Any) -> tuple[str, int, int]:
    """Send one part; returns (etag, crc64 of the bytes, bytes). Retries with a fresh body."""
    holder: dict[str, Any] = {}

    def send(client: Any) -> dict[str, Any]:
        body = make_body()
        holder["body"] = body
        try:
            return client.upload_part(
                Bucket=run.bucket.name,
                Key=run.item.destination,
                Body=body,
                PartNumber=number,
                UploadId=upload_id,
            )
        except BaseException:
            run.progress(-body.reported)  # progress is counted as sent: a failed send gives back
            body.raise_own_error()  # the body's own reason, not the SDK's "network" wrapper
            raise
        finally:
            close = getattr(body, "close", None)
            if close:
                close()

    headers = run.call(f"upload part {number}", send)
    body = holder["body"]
    _verify(run, body.crc, headers, f"part {number}")
    etag = str(_header(headers, "etag") or "").strip('"')
    return etag, body.crc, len(body)


def _multipart_file(run: ItemRun, size: int, part_size: int) -> UploadResult:
    item = run.item
    if item.part_size and item.part_size != part_size:
        part_size = item.part_size
    upload_id = _ensure_upload(run, part_size, {})
    confirmed = _confirmed_parts(run, upload_id) if run.journal.parts(item.id) else {}
    if confirmed is None:
        done = _completed_before(run, size)
        if done is not None:
            return done
        run.note("the earlier upload had expired on COS; started again")
        _restart(run)
        upload_id = _ensure_upload(run, part_size, {})
        confirmed = {}
    count = max(1, -(-size // part_size))
    already = sum(p.sent_bytes for p in confirmed.values())
    if already:
        run.count_kept(already)
        run.note(f"resumed: {len(confirmed)} of {count} parts were already on COS")

    def task(number: int):
        offset = (number - 1) * part_size
        length = min(part_size, size - offset)

        def make_body() -> FileRangeBody:
            return FileRangeBody(
                item.source,
                offset,
                length,
                limiter=run.limiter,
                stop=run.stop,
                on_bytes=run.progress,
            )

        def go() -> PartRecord:
            etag, crc, sent = _send_part(run, upload_id, number, make_body)
            record = PartRecord(item.id, number, offset, length, sent, etag, str(crc), str(crc))
            run.journal.record_part(record)
            return record

        return go

    todo = (task(n) for n in range(1, count + 1) if n not in confirmed)
    run_bounded(run, todo, run.settings.parts_parallel)
    _stat_unchanged_after(run)
    parts = sorted(run.journal.parts(item.id), key=lambda p: p.part_number)[:count]
    whole = 0
    for p in parts:
        whole = combine(whole, int(p.crc64 or 0), p.sent_bytes)
    response = _complete(run, upload_id, parts, whole)
    return UploadResult(
        item.destination,
        str(response.get("ETag", "")).strip('"'),
        whole,
        size,
        _header(response, "x-cos-request-id"),
    )


def _completed_before(run: ItemRun, size: int | None) -> UploadResult | None:
    """The upload id is gone: was it completed (and only the answer lost, or the process
    killed right after)? Then the object's CRC-64 equals the one of the parts we sent."""
    parts = sorted(run.journal.parts(run.item.id), key=lambda p: p.part_number)
    if not parts or (not any(p.trailer for p in parts) and size is None):
        return None
    whole = 0
    total = 0
    for p in parts:
        whole = combine(whole, int(p.crc64 or 0), p.sent_bytes)
        total += p.sent_bytes
    try:
        head = run.call(
            "head object",
            lambda c: c.head_object(Bucket=run.bucket.name, Key=run.item.destination),
        )
    except GeneDeskError as exc:
        if exc.code is ErrorCode.NO_SUCH_KEY:
            return None
        raise
    crc = _header(head, "x-cos-hash-crc64ecma")
    length = int(_header(head, "content-length") or -1)
    if crc is None or int(crc) != whole or length != total or (size is not None and total != size):
        return None
    run.note("the upload had completed before the interruption")
    return UploadResult(
        run.item.destination,
        str(_header(head, "etag") or "").strip('"'),
        whole,
        total,
        _header(head, "x-cos-request-id"),
    )


def _stat_unchanged_after(run: ItemRun, *, sent_object: bool = False) -> None:
    """Fail (and restart the item) if the file changed while it was sent. With ``sent_object``
    the torn object a single PUT already stored is deleted: it must not look like an upload."""
    try:
        st = os.stat(run.item.source)
    except OSError as exc:
        raise os_error(exc, run.item.source) from exc
    if st.st_size != run.item.size or (
        run.item.mtime_ns is not None and st.st_mtime_ns != run.item.mtime_ns
    ):
        if sent_object:
            run.call(
                "delete torn upload",
                lambda c: c.delete_object(Bucket=run.bucket.name, Key=run.item.destination),
            )
        _restart(run, size=st.st_size, mtime_ns=st.st_mtime_ns)
        raise GeneDeskError(
            ErrorCode.SOURCE_CHANGED,
            "the file changed while it was being uploaded; retry to send the new version",
            path=run.item.source,
            retryable=True,
        )


# -- compressed files and folders ----------------------------------------------------------------
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
    for frame in source.frames(0, level=level, cancel=run.stop):
        chunks.append(frame.data)
        input_crc = combine(input_crc, frame.input_crc64, frame.input_length)
    chunks.append(_trailer(run, source, input_crc))
    data = b"".join(chunks)
    result = _put_bytes(run, data, _metadata(run, source, input_crc), worth=source.input_size)
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
        return _finish_compressed(run, upload_id, kept)
    start = kept[-1].offset + kept[-1].length if kept else 0
    if start % source.frame_size and start != source.input_size:
        kept, start = [], 0  # should not happen: parts hold whole frames
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
        frames = source.frames(start, level=level, cancel=run.stop)
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
    return _finish_compressed(run, upload_id, parts)


def _finish_compressed(run: ItemRun, upload_id: str, parts: list[PartRecord]) -> UploadResult:
    """Complete a compressed upload whose parts (the last one carrying the trailer) are sent."""
    item = run.item
    parts = sorted(parts, key=lambda p: p.part_number)
    whole = 0
    input_crc = 0
    for p in parts:
        whole = combine(whole, int(p.crc64 or 0), p.sent_bytes)
        input_crc = combine(input_crc, int(p.input_crc64 or 0), p.length)
    response = _complete(run, upload_id, parts, whole)
    run.journal.update_item(item.id, crc64=str(input_crc))
    return UploadResult(
        item.destination,
        str(response.get("ETag", "")).strip('"'),
        whole,
        sum(p.sent_bytes for p in parts),
        _header(response, "x-cos-request-id"),
    )


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
