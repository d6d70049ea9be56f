"""Downloads of archived objects: decided while planning, before any byte moves, and again when
such an item is retried.

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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.storage_classes import is_archived
from gene_desk.storage import Storage
from gene_desk.storage.archive import not_readable
from gene_desk.storage.models import Bucket, ObjectEntry

#: refusals that a restore can lift: worth a fresh look when the item is retried
ARCHIVE_REFUSALS = (ErrorCode.OBJECT_ARCHIVED, ErrorCode.RESTORE_IN_PROGRESS)


def with_archive_state(
    storage: Storage, bucket: Bucket, entries: Iterable[ObjectEntry]
) -> Iterator[tuple[ObjectEntry, GeneDeskError | None]]:
    """Each entry, and why it cannot be downloaded (None: it can). HEADs archived ones only."""
    for entry in entries:
        if is_archived(entry.storage_class) and not entry.key.endswith("/"):
            yield entry, not_readable(storage.head_object(bucket, entry.key), bucket)
        else:
            yield entry, None


def recheck(storage: Storage, bucket: Bucket, key: str) -> GeneDeskError | None:
    """Why ``key`` still cannot be downloaded (None: restored, or its class changed)."""
    return not_readable(storage.head_object(bucket, key), bucket)
