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

import hashlib
import logging
import os
from typing import Any

from gene_desk.core.crc64 import combine
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.journal import PartRecord
from gene_desk.storage.lean import LEAN_MAX
from gene_desk.transfer.bodies import FileRangeBody
from gene_desk.transfer.context import ItemRun, run_bounded
from gene_desk.transfer.md5_digest import META_MD5, OrderedMd5, md5_of_file
from gene_desk.transfer.settings import MiB, part_size_for, single_put_max
from gene_desk.transfer.upload_compressed import _upload_compressed
from gene_desk.transfer.upload_md5 import record_md5_enabled, replace_metadata, with_md5
from gene_desk.transfer.upload_protocol import (  # re-exported: callers import them from here
    CODEC_FILE,
    CODEC_FOLDER,
    META_CODEC,
    META_CRC,
    META_NAME,
    META_SIZE,
    MODE_AS_IS,
    MODE_MARKER,
    MODE_PLAIN,
    MODE_TAR_ZSTD,
    MODE_ZSTD,
    OPTION_STORAGE_CLASS,
    UploadResult,
    _abort,
    _complete,
    _completed_before,
    _confirmed_parts,
    _ensure_upload,
    _header,
    _put_bytes,
    _restart,
    _send_part,
    _stat_unchanged_after,
    _verify,
    _write_kwargs,
)

__all__ = [
    "CODEC_FILE",
    "CODEC_FOLDER",
    "META_CODEC",
    "META_CRC",
    "META_MD5",
    "META_NAME",
    "META_SIZE",
    "MODE_AS_IS",
    "MODE_MARKER",
    "MODE_PLAIN",
    "MODE_TAR_ZSTD",
    "MODE_ZSTD",
    "OPTION_STORAGE_CLASS",
    "UploadResult",
    "abort_item",
    "upload_item",
]

log = logging.getLogger(__name__)

#: a file up to this size is read whole, hashed and sent from memory (one such buffer per file in
#: flight); a bigger one sent in one PUT is hashed by a first read (from the page cache on the
#: second) so that its MD5 rides on the PUT, as rclone does with Content-MD5
INLINE_MD5_LIMIT = 1 * MiB


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
    single = part_size if run.item.part_size else single_put_max(run.settings.part_size)
    if size <= max(part_size, single):  # a started multipart upload keeps its parts
        return _put_file(run, size)
    return _multipart_file(run, size, part_size)


def _read_whole(path: str, size: int) -> bytes:
    """A small file in one read (its MD5 must go with the PUT, so it is hashed first)."""
    try:
        with open(path, "rb", buffering=0) as fh:
            data = fh.read(size + 1)
    except OSError as exc:
        raise os_error(exc, path, "cannot read the local file") from exc
    if len(data) != size:
        raise GeneDeskError(
            ErrorCode.SOURCE_CHANGED,
            "the file changed while it was being uploaded",
            path=path,
            retryable=True,
        )
    return data


def _put_file(run: ItemRun, size: int) -> UploadResult:
    if not record_md5_enabled(run):
        return _put_file_streamed(run, size, {})
    if size <= INLINE_MD5_LIMIT:
        # read once, hash, send those bytes: the MD5 rides on the PUT as metadata
        data = _read_whole(run.item.source, size)
        metadata = with_md5({}, hashlib.md5(data).hexdigest())
        result = _put_bytes(run, data, metadata, worth=size)
        _stat_unchanged_after(run, sent_object=True)
        return result
    # Hashed before the PUT, not while it streams: a copy onto itself to add the MD5 afterwards
    # costs a request and, on COS, a second write of the object; a file that changes in between
    # is caught by the stat check after the PUT (same size and mtime as when the job started).
    try:
        md5_hex = md5_of_file(run.item.source)
    except OSError as exc:
        raise os_error(exc, run.item.source, "cannot read the local file") from exc
    return _put_file_streamed(run, size, with_md5({}, md5_hex))


def _put_file_streamed(run: ItemRun, size: int, metadata: dict[str, str]) -> UploadResult:
    item = run.item
    holder: dict[str, Any] = {}

    def send(client: Any) -> dict[str, Any]:
        body = FileRangeBody(
            item.source,
            0,
            size,
            limiter=run.limiter,
            stop=run.stop,
            on_bytes=run.progress,
        )
        holder["body"] = body
        try:
            return client.put_object(
                Bucket=run.bucket.name,
                Key=item.destination,
                Body=body,
                **_write_kwargs(run, metadata),
            )
        except BaseException:
            run.progress(-body.reported)
            body.raise_own_error()  # the body's own reason, not the SDK's "network" wrapper
            raise
        finally:
            body.close()

    headers = run.call("upload", send, lean=size <= LEAN_MAX)
    body = holder["body"]
    _verify(run, body.crc, headers, "upload")
    _stat_unchanged_after(run, sent_object=True)  # a file rewritten during the PUT is no upload
    etag = str(_header(headers, "etag") or "").strip('"')
    return UploadResult(
        item.destination, etag, body.crc, size, _header(headers, "x-cos-request-id")
    )


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
    digest = None
    if record_md5_enabled(run):
        kept = [(p.offset, p.length) for p in confirmed.values()]
        digest = OrderedMd5(item.source, size, fill=kept)
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
                digest=digest,
            )

        def go() -> PartRecord:
            try:
                etag, crc, sent = _send_part(run, upload_id, number, make_body)
            except BaseException:
                if digest is not None:
                    digest.abandon()  # no part waits for this one's bytes any more
                raise
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
    etag = str(response.get("ETag") or _header(response, "etag") or "").strip('"')
    md5_hex = digest.hexdigest() if digest is not None else None
    if md5_hex:
        etag = replace_metadata(run, with_md5({}, md5_hex), size, etag) or etag
    return UploadResult(item.destination, etag, whole, size, _header(response, "x-cos-request-id"))
