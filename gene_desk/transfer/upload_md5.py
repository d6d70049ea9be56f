"""Record the original's MD5 in an object's metadata once it is known.

Why after the upload: COS takes user metadata only with the PUT or the multipart initiate, and a
multipart upload's MD5 is known only when its last byte was read. Tencent's way to change an
object's metadata is a copy onto itself with ``x-cos-metadata-directive: Replaced`` ("PUT Object
- Copy"; "修改对象元数据"), part by part with "Upload Part - Copy" over 5 GB; it is done inside
COS, no byte crosses the network again. The copy is conditional on the ETag the upload just got
(``x-cos-copy-source-If-Match``), so an object someone replaced in between is never given our
MD5. A single PUT needs none of this: its MD5 goes with the PUT.

An object in ARCHIVE / DEEP_ARCHIVE cannot be copied before a restore: it keeps no MD5 (a note
on the item says so; ``gene-desk manifest --compute`` can still list it after a restore).
"""

from __future__ import annotations

import logging
from typing import Any

from gene_desk.core import storage_classes as sc
from gene_desk.core.errors import GeneDeskError
from gene_desk.transfer.context import ItemRun
from gene_desk.transfer.md5_digest import META_MD5
from gene_desk.transfer.upload_protocol import OPTION_STORAGE_CLASS, _header, _write_kwargs

log = logging.getLogger("gene_desk.transfer.upload")

#: "PUT Object - Copy" takes objects up to 5 GB; larger ones are copied part by part
COPY_LIMIT = 5 * 1024**3
COPY_PART_SIZE = 1024**3


def record_md5_enabled(run: ItemRun) -> bool:
    """Whether this item records the MD5 (the setting, unless the job says otherwise)."""
    option = run.options.get("record_md5")
    return bool(run.settings.record_md5 if option is None else option)


def with_md5(metadata: dict[str, str], md5_hex: str | None) -> dict[str, str]:
    if md5_hex:
        return {**metadata, META_MD5: md5_hex}
    return metadata


def replace_metadata(run: ItemRun, metadata: dict[str, str], size: int, etag: str) -> str | None:
    """Copy the just-completed object onto itself with ``metadata`` (its MD5 among them).
    Returns the object's new ETag, or None when it was not done (archived class, or the copy
    failed: the upload itself stands, the note says the MD5 is missing)."""
    if sc.is_archived(str(run.options.get(OPTION_STORAGE_CLASS) or "")):
        run.note("the MD5 was not recorded: objects in an archive class cannot be copied")
        return None
    key = run.item.destination
    source = {"Bucket": run.bucket.name, "Key": key, "Region": run.bucket.region}
    kwargs = _write_kwargs(run, metadata)
    try:
        if size <= COPY_LIMIT:
            answer = run.call(
                "record MD5",
                lambda c: c.copy_object(
                    Bucket=run.bucket.name,
                    Key=key,
                    CopySource=source,
                    CopyStatus="Replaced",
                    CopySourceIfMatch=f'"{etag}"',
                    **kwargs,
                ),
            )
            return str(answer.get("ETag") or _header(answer, "etag") or "").strip('"')
        return _copy_in_parts(run, source, kwargs, size, etag)
    except GeneDeskError as exc:
        log.warning("could not record the MD5 of %s: %s", key, exc)
        run.note("the MD5 could not be recorded in the object's metadata")
        return None


def _copy_in_parts(
    run: ItemRun, source: dict[str, str], kwargs: dict[str, Any], size: int, etag: str
) -> str:
    bucket, key = run.bucket.name, run.item.destination
    upload = run.call(
        "record MD5: start copy",
        lambda c: c.create_multipart_upload(Bucket=bucket, Key=key, **kwargs),
    )
    upload_id = upload["UploadId"]
    parts = []
    try:
        start, number = 0, 1
        while start < size:
            end = min(size, start + COPY_PART_SIZE) - 1
            answer = run.call(
                "record MD5: copy part",
                lambda c, n=number, s=start, e=end: c.upload_part_copy(
                    Bucket=bucket,
                    Key=key,
                    PartNumber=n,
                    UploadId=upload_id,
                    CopySource=source,
                    CopySourceRange=f"bytes={s}-{e}",
                    CopySourceIfMatch=f'"{etag}"',
                ),
            )
            parts.append({"PartNumber": number, "ETag": answer["ETag"]})
            start, number = end + 1, number + 1
        done = run.call(
            "record MD5: complete copy",
            lambda c: c.complete_multipart_upload(
                Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Part": parts}
            ),
        )
        return str(done.get("ETag", "")).strip('"')
    except BaseException:
        try:
            run.call(
                "record MD5: abort copy",
                lambda c: c.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id),
            )
        except GeneDeskError as exc:
            log.warning("could not abort multipart copy %s: %s", upload_id, exc)
        raise
