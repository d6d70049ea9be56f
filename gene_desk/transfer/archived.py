"""Downloads of archived objects: decided while planning, before any byte moves.

An ARCHIVE or DEEP_ARCHIVE object that is not restored answers a GET with 403
InvalidObjectState. A download that met it mid-job would fail late and opaquely, so the planner
asks first: the listing names each object's class, and only the archived ones get a HEAD (its
``x-cos-restore`` says whether a restored copy is there). A folder of 100,000 STANDARD objects
costs no extra request. A single archived object is refused outright (OBJECT_ARCHIVED or
RESTORE_IN_PROGRESS, with the restore to run); in a folder such objects become refused items
with that code, and the rest downloads (the job then ends failed: not everything came down).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from gene_desk.core.errors import GeneDeskError
from gene_desk.core.storage_classes import is_archived
from gene_desk.storage import Storage
from gene_desk.storage.archive import not_readable
from gene_desk.storage.models import Bucket, ObjectEntry, ObjectInfo


def refuse_unreadable(info: ObjectInfo, bucket: Bucket) -> None:
    """Raise why ``info`` cannot be downloaded now (a single object: nothing is queued)."""
    problem = not_readable(info, bucket)
    if problem is not None:
        raise problem


def with_archive_state(
    storage: Storage, bucket: Bucket, entries: Iterable[ObjectEntry]
) -> Iterator[tuple[ObjectEntry, GeneDeskError | None]]:
    """Each entry, and why it cannot be downloaded (None: it can). HEADs archived ones only."""
    for entry in entries:
        if is_archived(entry.storage_class) and not entry.key.endswith("/"):
            yield entry, not_readable(storage.head_object(bucket, entry.key), bucket)
        else:
            yield entry, None
