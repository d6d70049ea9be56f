"""Listing and bulk generation of objects, mixed into :class:`Backend`.

Kept apart from backend.py (blobs, single objects, garbage) because listing is its own
algorithm (an index range scan rolled up at the delimiter) and generation is a test and demo
aid; both only need the store's connections and its replace/discard primitives.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import time

from gene_desk.core import crc64

from .backend_types import (
    BackendParts,
    ListEntry,
    ListResult,
    _link_or_copy,
    check_key,
    key_successor,
)
from .errors import CosError


class ListingMixin(BackendParts):
    """Object listing and generation; :class:`Backend` provides connections and blobs."""

    def generate_objects(
        self,
        bucket: str,
        prefix: str,
        count: int,
        size: int = 0,
        storage_class: str = "STANDARD",
        suffix: str = "",
    ) -> int:
        """Create ``count`` objects ``prefix000000suffix``... of ``size`` bytes each, in one
        transaction.

        Meant for listing tests and demos (100,000 keys in a few seconds): all objects share the
        same pseudo-random content, hard-linked from one file when ``size`` > 0. A ``suffix`` such
        as ``"/x"`` makes each number a folder (20,000 sibling folders for the tree's tests).
        """
        if count < 0 or size < 0:
            raise CosError("InvalidArgument", "count and size must be >= 0")
        width = max(6, len(str(max(count - 1, 0))))
        keys = [f"{prefix}{i:0{width}d}{suffix}" for i in range(count)]
        for key in keys[:1] + keys[-1:]:
            check_key(key)
        data = random.Random(size).randbytes(size) if size else b""
        etag = f'"{hashlib.md5(data).hexdigest()}"'
        crc = str(crc64.crc64(data))
        now = time.time()
        blobs: list[str | None] = [None] * count
        template = None
        if size:
            template = self.temp_path()
            template.write_bytes(data)
            batch = secrets.token_hex(8)
            for i in range(count):
                rel = f"blobs/{batch[:2]}/{batch}-{i}"
                dest = self._abs(rel)
                if i == 0:
                    dest.parent.mkdir(exist_ok=True)
                _link_or_copy(template, dest)
                blobs[i] = rel
        rows = [
            (bucket, k, size, etag, crc, now, "{}", "{}", blobs[i], 0, storage_class)
            for i, k in enumerate(keys)
        ]
        old: list[str] = []
        try:
            with self._write() as conn:
                self._require_bucket(conn, bucket)
                for key in keys:
                    old.extend(self._replace(conn, bucket, key))
                conn.executemany(
                    "INSERT INTO objects(bucket, key, size, etag, crc64, mtime, headers, meta, "
                    "blob, nparts, storage_class) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                    rows,
                )
        except BaseException:
            for rel in blobs:
                if rel:
                    self._abs(rel).unlink(missing_ok=True)
            raise
        finally:
            if template is not None:
                template.unlink(missing_ok=True)
        self._discard(old)
        return count

    # -- listing ----------------------------------------------------------------------------------
    def list_objects(
        self,
        bucket: str,
        *,
        prefix: str = "",
        delimiter: str = "",
        after: str = "",
        limit: int = 1000,
    ) -> ListResult:
        """Keys > ``after`` starting with ``prefix``, rolled up at ``delimiter``, in UTF-8 order.

        Common prefixes count against ``limit``; ``next_marker`` is the last key or prefix
        returned, to be passed back as ``after``.
        """
        entries: list[ListEntry] = []
        prefixes: list[str] = []
        items = 0
        upper = key_successor(prefix) if prefix else None
        lower = prefix
        lower_inclusive = True
        if after and after >= prefix:
            lower, lower_inclusive = after, False
        last: str | None = None
        truncated = False
        if limit <= 0:
            return ListResult([], [], False, None)
        with self._conn() as conn:
            while True:
                batch = limit - items + 1
                sql = (
                    "SELECT key, size, etag, mtime, storage_class FROM objects"
                    " WHERE bucket=? AND key " + (">=" if lower_inclusive else ">") + " ?"
                )
                args: list = [bucket, lower]
                if upper is not None:
                    sql += " AND key < ?"
                    args.append(upper)
                sql += " ORDER BY key LIMIT ?"
                args.append(batch)
                rows = conn.execute(sql, args).fetchall()
                if not rows:
                    break
                restart = False
                for key, size, etag, mtime, cls in rows:
                    if delimiter:
                        pos = key.find(delimiter, len(prefix))
                        if pos >= 0:
                            cp = key[: pos + len(delimiter)]
                            nxt = key_successor(cp)
                            if not (after and after.startswith(cp)):  # not already returned
                                if items == limit:
                                    truncated = True
                                    break
                                prefixes.append(cp)
                                items += 1
                                last = cp
                            if nxt is None:
                                rows = []
                                break
                            lower, lower_inclusive = nxt, True
                            restart = True
                            break
                    if items == limit:
                        truncated = True
                        break
                    entries.append(ListEntry(key, size, etag, mtime, cls))
                    items += 1
                    last = key
                    lower, lower_inclusive = key, False
                if truncated or (not restart and len(rows) < batch) or not rows:
                    break
        return ListResult(entries, prefixes, truncated, last if truncated else None)
