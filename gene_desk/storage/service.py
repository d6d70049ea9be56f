"""Storage operations of seed section 1.4.2: buckets, folders, paged listing, deletes.

Rules are checked before any request (bucket names, folder names), so a bad input gets a clear
message without a round trip. Listing is page by page: a folder of 100,000 objects is never
loaded at once. Folder deletes are batched (1,000 keys per request), report progress, can be
cancelled between batches, and report partial failures key by key.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from gene_desk.core import regions
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.storage_classes import STANDARD
from gene_desk.storage import keys
from gene_desk.storage.archive import parse_restore
from gene_desk.storage.client import CosClients
from gene_desk.storage.models import Bucket, DeleteResult, ListPage, ObjectEntry, ObjectInfo

log = logging.getLogger(__name__)

BATCH_DELETE_MAX = 1000
BUCKET_NOT_EMPTY_PROMPT = "请删除桶下所有文件后删除"

Progress = Callable[[int, int | None], None]


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None


_STORED_HEADERS = frozenset(
    {
        "content-type",
        "content-encoding",
        "content-disposition",
        "content-language",
        "cache-control",
        "expires",
    }
)


def _entry(item: dict[str, Any]) -> ObjectEntry:
    """One <Contents> of a listing; StorageClass is there for every object (GET Bucket)."""
    return ObjectEntry(
        key=item["Key"],
        size=int(item.get("Size", 0)),
        last_modified=_parse_time(item.get("LastModified")),
        etag=str(item.get("ETag", "")).strip('"'),
        storage_class=str(item.get("StorageClass") or STANDARD).upper(),
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class Storage:
    """The storage operations a user (or a script) performs, over one account session."""

    def __init__(self, clients: CosClients) -> None:
        self.clients = clients
        self._regions: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def appid(self) -> str:
        return self.clients.appid

    @property
    def default_region(self) -> str:
        return self.clients.current().default_region

    # -- buckets --------------------------------------------------------------------------------
    def list_buckets(self) -> list[Bucket]:
        region = self.default_region
        buckets: list[Bucket] = []
        marker = ""
        while True:
            page = self.clients.call(
                region,
                "list buckets",
                lambda c, m=marker: c.list_buckets(Marker=m),
            )
            for item in _as_list((page.get("Buckets") or {}).get("Bucket")):
                buckets.append(
                    Bucket(
                        item["Name"],
                        item.get("Location", ""),
                        _parse_time(item.get("CreationDate")),
                    )
                )
            if str(page.get("IsTruncated", "false")).lower() != "true" or not page.get(
                "NextMarker"
            ):
                break
            marker = page["NextMarker"]
        with self._lock:
            self._regions = {b.name: b.region for b in buckets}
        buckets.sort(key=lambda b: b.name)
        return buckets

    def full_bucket_name(self, name: str) -> str:
        """Accept "name" or "name-APPID"; return the full name. A name no bucket can have
        (capitals, spaces, '_') is INVALID_BUCKET_NAME at once: appending the APPID to it made
        "Faults-1250000000-1250000000" and a misleading NO_SUCH_BUCKET."""
        if regions.split_full_name(name):
            return name
        problem = regions.short_name_problem(name, self.appid, regions.DEFAULT_REGION)
        if problem in ("empty", "chars"):
            raise GeneDeskError(
                ErrorCode.INVALID_BUCKET_NAME,
                "not a bucket name: bucket names use only lowercase letters, digits and '-',"
                " and cannot start or end with '-'",
                path=name,
                details={"reason": problem},
            )
        return f"{name}-{self.appid}"

    def bucket(self, name: str) -> Bucket:
        """The bucket called ``name`` (short or full), with its region."""
        full = self.full_bucket_name(name)
        with self._lock:
            region = self._regions.get(full)
        if region is None:
            for bucket in self.list_buckets():
                if bucket.name == full:
                    return bucket
            raise GeneDeskError(
                ErrorCode.NO_SUCH_BUCKET, f"bucket {full} does not exist", path=full
            )
        return Bucket(full, region)

    def create_bucket(self, short_name: str, region: str) -> Bucket:
        short_name = short_name.strip()
        appid = self.appid
        problem = regions.short_name_problem(short_name, appid, region)
        if problem is not None:
            longest = regions.max_short_name_length(appid, region)
            raise GeneDeskError(
                ErrorCode.INVALID_BUCKET_NAME,
                {
                    "empty": "a bucket name is required",
                    "chars": "bucket names use only lowercase letters, digits and '-', and cannot"
                    " start or end with '-'",
                    "length": f"bucket name too long: in {region} it can have at most {longest}"
                    f" characters (COS limits {regions.bucket_domain('NAME-' + appid, region)}"
                    f" to {regions.MAX_DOMAIN})",
                }[problem],
                path=short_name,
                details={"reason": problem, "max_length": longest},
            )
        if region not in regions.REGION_IDS:
            raise GeneDeskError(ErrorCode.INVALID_REGION, f"unknown region {region!r}", path=region)
        full = f"{short_name}-{appid}"
        self.clients.call(
            region, "create bucket", lambda c: c.create_bucket(Bucket=full), resource=full
        )
        with self._lock:
            self._regions[full] = region
        log.info("created bucket %s in %s", full, region)
        return Bucket(full, region, datetime.now().astimezone())

    def is_bucket_empty(self, bucket: Bucket) -> bool:
        listing = self.clients.call(
            bucket.region,
            "list objects",
            lambda c: c.list_objects(Bucket=bucket.name, MaxKeys=1),
            resource=bucket.name,
        )
        if _as_list(listing.get("Contents")):
            return False
        uploads = self.clients.call(
            bucket.region,
            "list multipart uploads",
            lambda c: c.list_multipart_uploads(Bucket=bucket.name, MaxUploads=1),
            resource=bucket.name,
        )
        return not _as_list(uploads.get("Upload"))

    def delete_bucket(self, bucket: Bucket) -> None:
        """Delete an empty bucket; otherwise the seed's prompt 请删除桶下所有文件后删除."""
        if not self.is_bucket_empty(bucket):
            raise GeneDeskError(
                ErrorCode.BUCKET_NOT_EMPTY,
                f"{BUCKET_NOT_EMPTY_PROMPT} (bucket {bucket.name} is not empty)",
                path=bucket.name,
            )
        try:
            self.clients.call(
                bucket.region,
                "delete bucket",
                lambda c: c.delete_bucket(Bucket=bucket.name),
                resource=bucket.name,
            )
        except GeneDeskError as exc:
            if exc.code is ErrorCode.BUCKET_NOT_EMPTY:  # something arrived meanwhile
                exc.message = f"{BUCKET_NOT_EMPTY_PROMPT} (bucket {bucket.name} is not empty)"
            raise
        with self._lock:
            self._regions.pop(bucket.name, None)
        log.info("deleted bucket %s", bucket.name)

    # -- listing --------------------------------------------------------------------------------
    def list_page(
        self,
        bucket: Bucket,
        prefix: str = "",
        marker: str = "",
        *,
        max_keys: int = 1000,
        delimiter: str = "/",
    ) -> ListPage:
        """One page of ``prefix``: sub-folders and objects. The folder's own marker is hidden."""
        result = self.clients.call(
            bucket.region,
            "list objects",
            lambda c: c.list_objects(
                Bucket=bucket.name,
                Prefix=prefix,
                Delimiter=delimiter,
                Marker=marker,
                MaxKeys=max_keys,
            ),
            resource=f"{bucket.name}/{prefix}",
        )
        folders = [p["Prefix"] for p in _as_list(result.get("CommonPrefixes"))]
        objects = [
            _entry(item) for item in _as_list(result.get("Contents")) if item["Key"] != prefix
        ]
        truncated = str(result.get("IsTruncated", "false")).lower() == "true"
        next_marker = None
        if truncated:
            next_marker = result.get("NextMarker") or (
                max([*(o.key for o in objects), *folders]) if (objects or folders) else None
            )
        return ListPage(bucket.name, prefix, folders, objects, next_marker)

    def iter_objects(
        self, bucket: Bucket, prefix: str = "", *, cancel: threading.Event | None = None
    ) -> Iterator[ObjectEntry]:
        """Every object under ``prefix`` (recursive), folder markers included, page by page."""
        marker = ""
        while True:
            if cancel is not None and cancel.is_set():
                raise GeneDeskError(ErrorCode.CANCELLED, "listing cancelled")
            result = self.clients.call(
                bucket.region,
                "list objects",
                lambda c, m=marker: c.list_objects(
                    Bucket=bucket.name, Prefix=prefix, Marker=m, MaxKeys=1000
                ),
                resource=f"{bucket.name}/{prefix}",
            )
            contents = _as_list(result.get("Contents"))
            for item in contents:
                yield _entry(item)
            if str(result.get("IsTruncated", "false")).lower() != "true" or not contents:
                return
            marker = result.get("NextMarker") or contents[-1]["Key"]

    def head_object(self, bucket: Bucket, key: str) -> ObjectInfo:
        keys.check_addressable(key)  # UNSAFE_KEY, not SignatureDoesNotMatch, for 'a/..'
        headers = self.clients.call(
            bucket.region,
            "head object",
            lambda c: c.head_object(Bucket=bucket.name, Key=key),
            resource=f"{bucket.name}/{key}",
            lean=True,  # no body either way: the engine's own signed request (storage.lean)
        )
        lower = {k.lower(): v for k, v in headers.items()}
        crc = lower.get("x-cos-hash-crc64ecma")
        stored = {k: v for k, v in lower.items() if k in _STORED_HEADERS}
        return ObjectInfo(
            key=key,
            size=int(lower.get("content-length", 0)),
            etag=str(lower.get("etag", "")).strip('"'),
            crc64=int(crc) if crc else None,
            last_modified=lower.get("last-modified"),
            content_type=lower.get("content-type"),
            metadata={
                k[len("x-cos-meta-") :]: v for k, v in lower.items() if k.startswith("x-cos-meta-")
            },
            request_id=lower.get("x-cos-request-id"),
            storage_class=str(lower.get("x-cos-storage-class") or STANDARD).upper(),
            restore=parse_restore(lower.get("x-cos-restore")),
            headers=stored,
        )

    def exists(self, bucket: Bucket, key: str) -> bool:
        try:
            self.head_object(bucket, key)
        except GeneDeskError as exc:
            if exc.code is ErrorCode.NO_SUCH_KEY:
                return False
            raise
        return True

    # -- folders --------------------------------------------------------------------------------
    def create_folder(self, bucket: Bucket, parent: str, name: str) -> str:
        """Create folder ``name`` under ``parent`` (a prefix ending in '/', or '' for the root)."""
        key = keys.folder_key(parent, name)
        if self.exists(bucket, key):
            raise GeneDeskError(
                ErrorCode.TARGET_EXISTS, f"folder {name!r} already exists", path=key
            )
        self.clients.call(
            bucket.region,
            "create folder",
            lambda c: c.put_object(Bucket=bucket.name, Key=key, Body=b""),
            resource=f"{bucket.name}/{key}",
        )
        log.info("created folder %s/%s", bucket.name, key)
        return key

    # -- deletes --------------------------------------------------------------------------------
    def delete_objects(
        self,
        bucket: Bucket,
        object_keys: Iterable[str],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        total: int | None = None,
    ) -> DeleteResult:
        """Delete keys in batches of 1,000; failures are collected per key, not raised."""
        result = DeleteResult()
        batch: list[str] = []

        def flush() -> None:
            if not batch:
                return
            if cancel is not None and cancel.is_set():
                raise GeneDeskError(
                    ErrorCode.CANCELLED, "delete cancelled", details={"deleted": result.deleted}
                )
            payload = {"Object": [{"Key": k} for k in batch], "Quiet": "true"}
            response = self.clients.call(
                bucket.region,
                "delete objects",
                lambda c: c.delete_objects(Bucket=bucket.name, Delete=payload),
                resource=bucket.name,
            )
            errors = _as_list(response.get("Error"))
            for err in errors:
                result.failed.append(
                    (err.get("Key", ""), err.get("Code", ""), err.get("Message", ""))
                )
                log.warning("delete %s/%s failed: %s", bucket.name, err.get("Key"), err)
            result.deleted += len(batch) - len(errors)
            batch.clear()
            if progress is not None:
                progress(result.deleted + len(result.failed), total)

        for key in object_keys:
            batch.append(key)
            if len(batch) >= BATCH_DELETE_MAX:
                flush()
        flush()
        return result

    def delete_folder(
        self,
        bucket: Bucket,
        prefix: str,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> DeleteResult:
        """Delete a folder and everything under it (its marker included)."""
        if not prefix or not prefix.endswith("/"):
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, "a folder prefix ends with '/'", path=prefix
            )
        keys_iter = (o.key for o in self.iter_objects(bucket, prefix, cancel=cancel))
        result = self.delete_objects(bucket, keys_iter, progress=progress, cancel=cancel)
        log.info(
            "deleted folder %s/%s: %d objects, %d failures",
            bucket.name,
            prefix,
            result.deleted,
            len(result.failed),
        )
        return result

    def count_under(
        self, bucket: Bucket, prefix: str, limit: int = 100_000
    ) -> tuple[int, int, bool]:
        """(objects, bytes, complete) under ``prefix``, stopping after ``limit`` objects.

        The UI uses this for "delete N objects?" confirmations without walking forever.
        """
        count = size = 0
        for entry in self.iter_objects(bucket, prefix):
            count += 1
            size += entry.size
            if count >= limit:
                return count, size, False
        return count, size, True
