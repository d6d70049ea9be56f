"""Storage classes and archive restores: restore an object, change its class, read its state.

Why a module of its own: an ARCHIVE or DEEP_ARCHIVE object cannot be read until it is restored
(COS answers a GET with 403 InvalidObjectState), so the faces need to know the state of an
object before they try, to refuse a download with a message that offers the restore instead of
an opaque 403. Everything here follows Tencent's documents: "POST Object restore" (Days, Tier;
409 RestoreAlreadyInProgress), "HEAD Object" (``x-cos-storage-class``, ``x-cos-restore``),
"PUT Object - Copy" (案例四: the class changes with a copy onto itself, metadata directive
Replaced; objects over 5 GB are copied part by part, "Upload Part - Copy"; an archived object is
restored before it can change class), "HEAD Bucket" (``x-cos-bucket-az-type: MAZ`` for a
multi-AZ bucket, the only kind the MAZ_ classes are for).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from gene_desk.core import storage_classes as sc
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import Bucket, ObjectEntry, ObjectInfo, RestoreState

if TYPE_CHECKING:
    from gene_desk.storage.service import Storage

log = logging.getLogger(__name__)

#: restored copies live 1-365 days (the range the COS console offers: "恢复归档对象")
MIN_DAYS, MAX_DAYS = 1, 365
#: coscli's defaults for ``restore`` (days 3, mode Standard)
DEFAULT_DAYS = 3
DEFAULT_TIER = sc.DEFAULT_TIER
#: "PUT Object - Copy" is for objects up to 5 GB; larger ones are copied part by part
COPY_LIMIT = 5 * 1024**3
COPY_PART_SIZE = 256 * 1024**2

_ONGOING = re.compile(r'ongoing-request\s*=\s*"?(true|false)"?', re.IGNORECASE)
_EXPIRY = re.compile(r'expiry-date\s*=\s*"([^"]+)"', re.IGNORECASE)
# Stored headers a Replaced copy must send again, or the object loses them
_KEPT_HEADERS = (
    "Content-Type",
    "Content-Encoding",
    "Content-Disposition",
    "Content-Language",
    "Cache-Control",
    "Expires",
)


def parse_restore(value: str | None) -> RestoreState | None:
    """``ongoing-request="true"`` or ``ongoing-request="false", expiry-date="<HTTP date>"``."""
    if not value:
        return None
    ongoing = _ONGOING.search(value)
    if ongoing is None:
        return None
    expires = None
    found = _EXPIRY.search(value)
    if found:
        try:
            expires = parsedate_to_datetime(found.group(1))
        except (TypeError, ValueError):
            expires = None
    return RestoreState(ongoing.group(1).lower() == "true", expires)


# -- checks ------------------------------------------------------------------------------------
def check_class(text: str) -> str:
    """A storage class name (any case) -> COS's spelling; INVALID_ARGUMENT otherwise."""
    value = sc.normalize_class(text)
    if value is None:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"unknown storage class {text!r}: one of {', '.join(sc.CLASSES)}",
            details={"storage_class": text},
        )
    return value


def check_tier(text: str, storage_class: str | None = None) -> str:
    """A restore tier (any case) -> COS's spelling; with ``storage_class``, one it allows."""
    tier = sc.normalize_tier(text)
    if tier is None:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"unknown restore tier {text!r}: Expedited, Standard or Bulk",
            details={"tier": text},
        )
    if storage_class is not None and tier not in sc.RESTORE_TIERS.get(storage_class, sc.TIERS):
        allowed = " or ".join(sc.RESTORE_TIERS[storage_class])
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{storage_class} objects are restored with {allowed}, not {tier}",
            details={"tier": tier, "storage_class": storage_class},
        )
    return tier


def check_days(days: int) -> int:
    if not isinstance(days, int) or not MIN_DAYS <= days <= MAX_DAYS:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"a restored copy lasts {MIN_DAYS} to {MAX_DAYS} days, not {days!r}",
            details={"days": days},
        )
    return days


def tier_for(storage_class: str, tier: str) -> str:
    """``tier`` if the class allows it; DEEP_ARCHIVE has no Expedited, so Standard there (used
    when one tier is asked for a folder that mixes ARCHIVE and DEEP_ARCHIVE)."""
    allowed = sc.RESTORE_TIERS.get(storage_class, sc.TIERS)
    return tier if tier in allowed else sc.TIER_STANDARD


def not_readable(info: ObjectInfo, bucket: Bucket) -> GeneDeskError | None:
    """Why ``info`` cannot be downloaded now (None when it can), with the restore to offer."""
    if info.readable:
        return None
    url = f"cos://{bucket.name}/{info.key}"
    details = {"storage_class": info.storage_class, "key": info.key, "bucket": bucket.name}
    if info.restore is not None and info.restore.ongoing:
        return GeneDeskError(
            ErrorCode.RESTORE_IN_PROGRESS,
            f"{url} is being restored from {info.storage_class}; download it once the restore"
            " is done (or wait for it: gene-desk download --restore)",
            path=info.key,
            details=details,
        )
    return GeneDeskError(
        ErrorCode.OBJECT_ARCHIVED,
        f"{url} is in {info.storage_class} and must be restored before it can be downloaded:"
        f" gene-desk restore {url} (or gene-desk download --restore)",
        path=info.key,
        details=details,
    )


# -- operations ---------------------------------------------------------------------------------
def is_multi_az(storage: Storage, bucket: Bucket) -> bool:
    """HEAD Bucket: ``x-cos-bucket-az-type: MAZ`` marks a multi-AZ bucket."""
    headers = storage.clients.call(
        bucket.region,
        "head bucket",
        lambda c: c.head_bucket(Bucket=bucket.name),
        resource=bucket.name,
    )
    lower = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    return lower.get("x-cos-bucket-az-type", "").upper() == "MAZ"


def check_class_for_bucket(storage: Storage, bucket: Bucket, storage_class: str) -> str:
    """A MAZ_ class only for a multi-AZ bucket (COS refuses it elsewhere): checked before an
    upload starts, so a whole folder is not refused file by file."""
    storage_class = check_class(storage_class)
    if storage_class in sc.MULTI_AZ and not is_multi_az(storage, bucket):
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{storage_class} is for multi-AZ buckets; {bucket.name} is a single-AZ bucket",
            path=bucket.name,
            details={"storage_class": storage_class},
        )
    return storage_class


def restore_object(
    storage: Storage,
    bucket: Bucket,
    key: str,
    *,
    days: int = DEFAULT_DAYS,
    tier: str = DEFAULT_TIER,
) -> None:
    """POST Object restore. An object already being restored is RESTORE_IN_PROGRESS; a restored
    one gets its copy extended (counted from now)."""
    check_days(days)
    tier = check_tier(tier)
    body = {"Days": days, "CASJobParameters": {"Tier": tier}}
    storage.clients.call(
        bucket.region,
        "restore object",
        lambda c: c.restore_object(Bucket=bucket.name, Key=key, RestoreRequest=body),
        resource=f"{bucket.name}/{key}",
    )
    log.info("restore of %s/%s asked (%s, %d days)", bucket.name, key, tier, days)


@dataclass
class RestoreOutcome:
    """What ``restore_many`` did with each archived object it found."""

    started: list[str]
    in_progress: list[str]
    failed: list[tuple[str, GeneDeskError]]
    not_archived: int = 0


def restore_many(
    storage: Storage,
    bucket: Bucket,
    entries: Iterable[ObjectEntry],
    *,
    days: int = DEFAULT_DAYS,
    tier: str = DEFAULT_TIER,
    skip_restored: bool = False,
    on_entry: Callable[[str, str], None] | None = None,
) -> RestoreOutcome:
    """Restore every archived entry (the listing says which: no HEAD for the others). With
    ``skip_restored``, objects already restored are left alone (a download needs no more);
    otherwise their copy is extended, as a second POST Object restore does. ``on_entry(key,
    what)`` reports each: started, in progress, restored, failed."""
    check_days(days)
    tier = check_tier(tier)
    out = RestoreOutcome([], [], [])
    for entry in entries:
        if not sc.is_archived(entry.storage_class):
            out.not_archived += 1
            continue
        what = "started"
        try:
            if skip_restored:
                info = storage.head_object(bucket, entry.key)
                if info.readable:
                    if on_entry:
                        on_entry(entry.key, "restored")
                    continue
                if info.restore is not None and info.restore.ongoing:
                    out.in_progress.append(entry.key)
                    if on_entry:
                        on_entry(entry.key, "in progress")
                    continue
            restore_object(
                storage, bucket, entry.key, days=days, tier=tier_for(entry.storage_class, tier)
            )
            out.started.append(entry.key)
        except GeneDeskError as exc:
            if exc.code is ErrorCode.RESTORE_IN_PROGRESS:
                out.in_progress.append(entry.key)
                what = "in progress"
            else:
                out.failed.append((entry.key, exc))
                what = "failed"
        if on_entry:
            on_entry(entry.key, what)
    return out


def change_storage_class(
    storage: Storage,
    bucket: Bucket,
    key: str,
    storage_class: str,
    *,
    copy_limit: int = COPY_LIMIT,
    part_size: int = COPY_PART_SIZE,
) -> str:
    """Copy the object onto itself with ``storage_class`` ("PUT Object - Copy", 案例四); its
    content type and user metadata (Gene Desk's original size and CRC-64 among them) are sent
    again, since a Replaced copy keeps only what the request carries. Over 5 GB the copy is
    made part by part. An archived object must be restored first (OBJECT_ARCHIVED otherwise).
    Returns the new class."""
    storage_class = check_class(storage_class)
    info = storage.head_object(bucket, key)
    if info.storage_class == storage_class:
        return storage_class
    if info.archived:
        problem = not_readable(info, bucket)
        if problem is not None:
            problem.message = (
                f"cos://{bucket.name}/{key} is in {info.storage_class}: restore it before"
                " changing its storage class"
            )
            raise problem
    if storage_class in sc.MULTI_AZ:
        check_class_for_bucket(storage, bucket, storage_class)
    kwargs = _replaced_headers(info)
    kwargs["StorageClass"] = storage_class
    source = {"Bucket": bucket.name, "Key": key, "Region": bucket.region}
    if info.size <= copy_limit:
        storage.clients.call(
            bucket.region,
            "change storage class",
            lambda c: c.copy_object(
                Bucket=bucket.name, Key=key, CopySource=source, CopyStatus="Replaced", **kwargs
            ),
            resource=f"{bucket.name}/{key}",
        )
    else:
        _copy_in_parts(storage, bucket, key, info, source, kwargs, part_size)
    log.info("%s/%s: storage class %s -> %s", bucket.name, key, info.storage_class, storage_class)
    return storage_class


def _replaced_headers(info: ObjectInfo) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for name in _KEPT_HEADERS:
        value = info.headers.get(name.lower())
        if value:
            kwargs[name.replace("-", "")] = value
    if info.metadata:
        kwargs["Metadata"] = {f"x-cos-meta-{k}": v for k, v in info.metadata.items()}
    return kwargs


def _copy_in_parts(
    storage: Storage,
    bucket: Bucket,
    key: str,
    info: ObjectInfo,
    source: dict[str, str],
    kwargs: dict[str, Any],
    part_size: int,
) -> None:
    """Initiate (with the class and metadata), Upload Part - Copy each range, complete; an
    error aborts the upload so no parts are left behind."""
    resource = f"{bucket.name}/{key}"
    call = storage.clients.call
    upload = call(
        bucket.region,
        "start multipart copy",
        lambda c: c.create_multipart_upload(Bucket=bucket.name, Key=key, **kwargs),
        resource=resource,
    )
    upload_id = upload["UploadId"]
    parts = []
    try:
        for number, (start, end) in enumerate(_ranges(info.size, part_size), start=1):
            answer = call(
                bucket.region,
                "copy part",
                lambda c, n=number, s=start, e=end: c.upload_part_copy(
                    Bucket=bucket.name,
                    Key=key,
                    PartNumber=n,
                    UploadId=upload_id,
                    CopySource=source,
                    CopySourceRange=f"bytes={s}-{e}",
                    CopySourceIfMatch=f'"{info.etag}"',
                ),
                resource=resource,
            )
            parts.append({"PartNumber": number, "ETag": answer["ETag"]})
        call(
            bucket.region,
            "complete multipart copy",
            lambda c: c.complete_multipart_upload(
                Bucket=bucket.name, Key=key, UploadId=upload_id, MultipartUpload={"Part": parts}
            ),
            resource=resource,
        )
    except BaseException:
        try:
            call(
                bucket.region,
                "abort multipart copy",
                lambda c: c.abort_multipart_upload(Bucket=bucket.name, Key=key, UploadId=upload_id),
                resource=resource,
            )
        except GeneDeskError as exc:
            log.warning("could not abort multipart copy %s: %s", upload_id, exc)
        raise


def _ranges(size: int, part_size: int) -> Iterator[tuple[int, int]]:
    start = 0
    while start < size:
        end = min(size, start + part_size) - 1
        yield start, end
        start = end + 1
