"""POST Object restore: start (202) or extend (200) the restore of an archived object.

The rules (which classes, tiers, errors, expiry) are in archive.py; this is the HTTP side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gene_desk.core.storage_classes import ARCHIVED

from . import archive
from .backend import check_key
from .errors import CosError
from .routing import Target

if TYPE_CHECKING:
    from .backend import Bucket

MAX_RESTORE_DOCUMENT = 64 * 1024


class RestoreOps:
    cos: Any

    if TYPE_CHECKING:  # provided by the handler and the other operation mixins

        def bucket_for(self, t: Target) -> Bucket: ...

        def read_document(self, limit: int) -> bytes: ...

        def send_reply(
            self, status: int, headers: Any = None, body: bytes = b"", **kw: Any
        ) -> None: ...

    def op_restore_object(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        check_key(t.key)
        document = self.read_document(MAX_RESTORE_DOCUMENT)
        backend = self.cos.backend
        info = backend.head_object(bucket.name, t.key)
        if info is None:
            raise CosError("NoSuchKey")
        if info.storage_class not in ARCHIVED:
            # "POST Object restore" (恢复错误状态): a non-archive object is 405 Method Not Allowed
            raise CosError(
                "MethodNotAllowed",
                f"Only ARCHIVE and DEEP_ARCHIVE objects are restored; this one is"
                f" {info.storage_class}.",
            )
        request = archive.parse_restore_request(document, info.storage_class)
        now = self.cos.archive_clock()
        current = backend.get_restore(bucket.name, t.key)
        restore, status = archive.start_or_extend(
            current, request, info.storage_class, now, self.cos.restore_delays
        )
        if not backend.put_restore(bucket.name, t.key, info.mtime, restore):
            raise CosError("NoSuchKey", "The object was replaced or deleted meanwhile.")
        self.send_reply(status)
