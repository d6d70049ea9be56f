"""Multipart uploads, mixed into :class:`Backend`.

Kept apart from backend.py because an upload has its own rows (``uploads``, ``parts``) and
life cycle (initiate, parts, complete or abort); Complete turns the upload directory into the
object's blob using the store's replace/insert/discard primitives.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from pathlib import Path

from gene_desk.core import crc64

from .backend_types import (
    MIN_PART_SIZE,
    BackendParts,
    ObjectInfo,
    Part,
    Upload,
    _norm_etag,
    key_successor,
)
from .errors import CosError


class MultipartMixin(BackendParts):
    """Multipart uploads; :class:`Backend` provides connections and blobs."""

    def create_upload(
        self,
        bucket: str,
        key: str,
        headers: dict[str, str],
        meta: dict[str, str],
        storage_class: str = "STANDARD",
    ) -> Upload:
        upload_id = f"{int(time.time())}{secrets.token_hex(20)}"
        (self.root / "mpu" / upload_id).mkdir()
        up = Upload(upload_id, bucket, key, time.time(), headers, meta, storage_class)
        with self._write() as conn:
            self._require_bucket(conn, bucket)
            conn.execute(
                "INSERT INTO uploads(upload_id, bucket, key, initiated, headers, meta, "
                "storage_class) VALUES(?,?,?,?,?,?,?)",
                (upload_id, bucket, key, up.initiated, json.dumps(headers), json.dumps(meta),
                 storage_class),
            )  # fmt: skip
        return up

    def get_upload(self, upload_id: str, bucket: str, key: str | None = None) -> Upload:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT upload_id, bucket, key, initiated, headers, meta, storage_class "
                "FROM uploads WHERE upload_id=?",
                (upload_id,),
            ).fetchone()
        if row is None or row[1] != bucket or (key is not None and row[2] != key):
            raise CosError("NoSuchUpload")
        return Upload(
            row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]), row[6]
        )

    def put_part(
        self,
        upload: Upload,
        number: int,
        temp: Path,
        *,
        size: int,
        md5_hex: str,
        crc: int,
    ) -> Part:
        name = f"{number}-{secrets.token_hex(6)}"
        rel = f"mpu/{upload.upload_id}/{name}"
        part = Part(number, size, f'"{md5_hex}"', str(crc), time.time(), name)
        old: list[str] = []
        with self._write() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM uploads WHERE upload_id=?", (upload.upload_id,)
                ).fetchone()
                is None
            ):
                raise CosError("NoSuchUpload")
            try:
                os.replace(temp, self._abs(rel))
            except FileNotFoundError:
                raise CosError("NoSuchUpload") from None
            prev = conn.execute(
                "SELECT file FROM parts WHERE upload_id=? AND part_number=?",
                (upload.upload_id, number),
            ).fetchone()
            if prev:
                prev_rel = f"mpu/{upload.upload_id}/{prev[0]}"
                conn.execute("INSERT OR IGNORE INTO garbage(path) VALUES(?)", (prev_rel,))
                old.append(prev_rel)
            conn.execute(
                "INSERT OR REPLACE INTO parts(upload_id, part_number, size, etag, crc64, mtime, "
                "file) VALUES(?,?,?,?,?,?,?)",
                (upload.upload_id, number, size, part.etag, part.crc64, part.mtime, name),
            )
        self._discard(old)
        return part

    def list_parts(self, upload_id: str, marker: int, limit: int) -> tuple[list[Part], bool]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT part_number, size, etag, crc64, mtime, file FROM parts "
                "WHERE upload_id=? AND part_number>? ORDER BY part_number LIMIT ?",
                (upload_id, marker, limit + 1),
            ).fetchall()
        parts = [Part(*r) for r in rows]
        return parts[:limit], len(parts) > limit

    def list_uploads(self, bucket: str, prefix: str = "") -> list[Upload]:
        upper = key_successor(prefix) if prefix else None
        sql = (
            "SELECT upload_id, bucket, key, initiated, headers, meta, storage_class FROM uploads "
            "WHERE bucket=? AND key>=?"
        )
        args: list = [bucket, prefix]
        if upper is not None:
            sql += " AND key<?"
            args.append(upper)
        sql += " ORDER BY key, initiated, upload_id"
        with self._conn() as conn:
            rows = conn.execute(sql, args).fetchall()
        return [
            Upload(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6]) for r in rows
        ]

    def abort_upload(self, upload: Upload) -> None:
        rel = f"mpu/{upload.upload_id}"
        with self._write() as conn:
            if conn.execute("DELETE FROM uploads WHERE upload_id=?", (upload.upload_id,)).rowcount:
                conn.execute("DELETE FROM parts WHERE upload_id=?", (upload.upload_id,))
                conn.execute("INSERT OR IGNORE INTO garbage(path) VALUES(?)", (rel,))
            else:
                raise CosError("NoSuchUpload")
        self._discard([rel])

    def complete_upload(self, upload: Upload, requested: list[tuple[int, str]]) -> ObjectInfo:
        """Check the client's part list and make the upload directory the object's blob."""
        blob = f"mpu/{upload.upload_id}"
        old: list[str] = []
        with self._write() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM uploads WHERE upload_id=?", (upload.upload_id,)
                ).fetchone()
                is None
            ):
                raise CosError("NoSuchUpload")
            stored = {
                r[0]: Part(*r)
                for r in conn.execute(
                    "SELECT part_number, size, etag, crc64, mtime, file FROM parts "
                    "WHERE upload_id=?",
                    (upload.upload_id,),
                )
            }
            previous = 0
            chosen: list[Part] = []
            for number, etag in requested:
                if number <= previous:
                    raise CosError("InvalidPartOrder")
                previous = number
                part = stored.get(number)
                if part is None or _norm_etag(etag) != _norm_etag(part.etag):
                    raise CosError(
                        "InvalidPart",
                        f"Part {number} was not uploaded or its ETag does not match.",
                    )
                chosen.append(part)
            for part in chosen[:-1]:
                if part.size < MIN_PART_SIZE:
                    raise CosError(
                        "EntityTooSmall",
                        f"Part {part.number} is {part.size} bytes; every part but the last "
                        f"must be at least {MIN_PART_SIZE} bytes.",
                    )
            digest = hashlib.md5(b"".join(bytes.fromhex(_norm_etag(p.etag)) for p in chosen))
            total_crc = 0
            for p in chosen:
                total_crc = crc64.combine(total_crc, int(p.crc64), p.size)
            size = sum(p.size for p in chosen)
            info = ObjectInfo(
                upload.bucket,
                upload.key,
                size,
                f'"{digest.hexdigest()}-{len(chosen)}"',
                str(total_crc),
                time.time(),
                upload.headers,
                upload.meta,
                blob,
                len(chosen),
                upload.storage_class,
            )
            self._require_bucket(conn, upload.bucket)
            old = self._replace(conn, upload.bucket, upload.key)
            self._insert(conn, info)
            conn.executemany(
                "INSERT INTO segments(blob, idx, file, size) VALUES(?,?,?,?)",
                [(blob, i, p.file, p.size) for i, p in enumerate(chosen)],
            )
            unused = [
                f"{blob}/{p.file}" for n, p in stored.items() if n not in {c.number for c in chosen}
            ]
            conn.executemany(
                "INSERT OR IGNORE INTO garbage(path) VALUES(?)", [(u,) for u in unused]
            )
            conn.execute("DELETE FROM parts WHERE upload_id=?", (upload.upload_id,))
            conn.execute("DELETE FROM uploads WHERE upload_id=?", (upload.upload_id,))
        self._discard(old + unused)
        return info
