"""The COS side of an upload: the item modes and metadata names, one PUT, the multipart
primitives (initiate, list parts, send a part, complete, abort) and the checks that end every
upload (CRC-64 against COS, the source unchanged, a completed upload whose answer was lost).

Split out of :mod:`gene_desk.transfer.upload` so the plain and the compressed paths share one
implementation of the protocol without either module growing past a readable size.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from gene_desk.core.crc64 import combine, crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.journal import PartRecord
from gene_desk.storage.lean import LEAN_MAX
from gene_desk.transfer.bodies import BytesBody
from gene_desk.transfer.context import ItemRun

log = logging.getLogger("gene_desk.transfer.upload")

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

    headers = run.call("upload", send, lean=len(data) <= LEAN_MAX)
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
