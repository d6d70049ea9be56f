"""Downloads of archived (and missing) objects: decided while planning, before any byte moves,
and again when such an item is retried.

An ARCHIVE or DEEP_ARCHIVE object that is not restored answers a GET with 403
InvalidObjectState. A download that met it mid-job would fail late and opaquely, so the planner
asks first: the listing names each object's class, and only the archived ones get a HEAD (its
``x-cos-restore`` says whether a restored copy is there). A folder of 100,000 STANDARD objects
costs no extra request. A download of that one object alone is refused outright (OBJECT_ARCHIVED
or RESTORE_IN_PROGRESS, with the restore to run); in a folder, or among several sources, such
objects become refused items with that code, keeping where they would be saved, and the rest
downloads (the job then ends failed: not everything came down).

A refusal is a fact of the moment it was made: the user restores the object and retries. A
retried archived refusal is therefore checked again (:func:`recheck`, one HEAD) instead of
failing with the stale reason; a restored object is then downloaded like any other.

A named source that does not exist (a typo, or deleted by someone else after the listing) is
handled the same way (:func:`head_for_download`): alone it is refused with NO_SUCH_KEY; among
several it is a failed item naming it, and a retry looks again (it may have been uploaded since).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.storage_classes import is_archived
from gene_desk.storage import Storage
from gene_desk.storage.archive import not_readable
from gene_desk.storage.models import Bucket, ObjectEntry, ObjectInfo

#: refusals that can lift (a restore, an upload): worth a fresh look when the item is retried
RECHECKED_REFUSALS = (
    ErrorCode.OBJECT_ARCHIVED,
    ErrorCode.RESTORE_IN_PROGRESS,
    ErrorCode.NO_SUCH_KEY,
)


def with_archive_state(
    storage: Storage, bucket: Bucket, entries: Iterable[ObjectEntry]
) -> Iterator[tuple[ObjectEntry, GeneDeskError | None]]:
    """Each entry, and why it cannot be downloaded (None: it can). HEADs archived ones only."""
    for entry in entries:
        if is_archived(entry.storage_class) and not entry.key.endswith("/"):
            yield entry, not_readable(storage.head_object(bucket, entry.key), bucket)
        else:
            yield entry, None


def head_for_download(
    storage: Storage, bucket: Bucket, key: str
) -> tuple[ObjectInfo | None, GeneDeskError | None]:
    """``key``'s HEAD (None: there is no such object) and why it cannot be downloaded now
    (None: it can). Other errors (network, permission) are raised: they are not about ``key``."""
    try:
        info = storage.head_object(bucket, key)
    except GeneDeskError as exc:
        if exc.code is not ErrorCode.NO_SUCH_KEY:
            raise
        location = f"cos://{bucket.name}/{key}"
        # the HEAD's own message is only "HTTP 404": say which object is missing
        missing = GeneDeskError(
            ErrorCode.NO_SUCH_KEY,
            f"{location} does not exist (deleted, or never uploaded)",
            path=location,
            request_id=exc.request_id,
        )
        return None, missing
    return info, not_readable(info, bucket)


def recheck(storage: Storage, bucket: Bucket, key: str) -> GeneDeskError | None:
    """Why ``key`` still cannot be downloaded (None: restored, uploaded, or its class changed)."""
    return head_for_download(storage, bucket, key)[1]
