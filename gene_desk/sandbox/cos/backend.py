"""On-disk object store: blob files under ``data_dir``, the index in SQLite.

Layout (everything relative to ``data_dir``)::

    index.sqlite3        buckets, objects, uploads, parts, segments, garbage (WAL)
    tmp/                 bodies being received; emptied at start-up
    blobs/ab/<id>        one file per simple object (never modified once written)
    mpu/<upload id>/     parts of a multipart upload; after Complete the directory *is* the
                         object's blob (no copy), listed part by part in ``segments``

Why this shape:

* Keys never touch the file system, so any UTF-8 key (``..``, 850 bytes, emoji) is safe, and
  listing is an index range scan in UTF-8 byte order (SQLite's BINARY collation on UTF-8 text).
* A body is written to ``tmp/`` and becomes visible only when the row pointing at its renamed
  file is committed: a dropped connection leaves nothing behind.
* Replaced or deleted blobs are recorded in ``garbage`` in the same transaction and removed
  after commit, unless a GET is still streaming them (reference counts), so readers are never
  cut off, even on Windows where open files cannot be unlinked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from gene_desk.core.filelock import FileLock

from .backend_archive import ArchiveIndex, drop_restore, migrate
from .backend_listing import ListingMixin
from .backend_multipart import MultipartMixin
from .backend_types import (
    MAX_KEY_BYTES,
    MAX_PART_NUMBER,
    MIN_PART_SIZE,
    Bucket,
    ListEntry,
    ListResult,
    ObjectInfo,
    ObjectReader,
    Part,
    Upload,
    _link_or_copy,
    check_key,
    key_successor,
)
from .errors import CosError

log = logging.getLogger(__name__)

# The records and key rules live in backend_types; importable from here as before.
__all__ = [
    "MAX_KEY_BYTES",
    "MAX_PART_NUMBER",
    "MIN_PART_SIZE",
    "SCHEMA_VERSION",
    "Backend",
    "Bucket",
    "DataDirInUse",
    "ListEntry",
    "ListResult",
    "ObjectInfo",
    "ObjectReader",
    "Part",
    "Upload",
    "check_key",
    "key_successor",
]

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS buckets(
    name TEXT PRIMARY KEY, appid TEXT NOT NULL, region TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS objects(
    bucket TEXT NOT NULL, key TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL,
    crc64 TEXT NOT NULL, mtime REAL NOT NULL, headers TEXT NOT NULL, meta TEXT NOT NULL,
    blob TEXT, nparts INTEGER NOT NULL DEFAULT 0,
    storage_class TEXT NOT NULL DEFAULT 'STANDARD',
    PRIMARY KEY(bucket, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS segments(
    blob TEXT NOT NULL, idx INTEGER NOT NULL, file TEXT NOT NULL, size INTEGER NOT NULL,
    PRIMARY KEY(blob, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uploads(
    upload_id TEXT PRIMARY KEY, bucket TEXT NOT NULL, key TEXT NOT NULL,
    initiated REAL NOT NULL, headers TEXT NOT NULL, meta TEXT NOT NULL,
    storage_class TEXT NOT NULL DEFAULT 'STANDARD');
CREATE INDEX IF NOT EXISTS uploads_by_key ON uploads(bucket, key, initiated);
CREATE TABLE IF NOT EXISTS parts(
    upload_id TEXT NOT NULL, part_number INTEGER NOT NULL, size INTEGER NOT NULL,
    etag TEXT NOT NULL, crc64 TEXT NOT NULL, mtime REAL NOT NULL, file TEXT NOT NULL,
    PRIMARY KEY(upload_id, part_number)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS garbage(path TEXT PRIMARY KEY);
"""


class DataDirInUse(RuntimeError):
    """Another running sandbox owns this data directory."""


def _lock_dir(root: Path) -> FileLock:
    """Exclusive lock on ``root/.lock`` for this process's lifetime of the backend: a second
    server on the same folder (``gene-desk sandbox`` and ``--demo`` share one) would wipe the
    other's ``tmp/`` and race its index."""
    lock = FileLock(root / ".lock")
    if not lock.acquire():
        raise DataDirInUse(f"{root} is used by another running sandbox")
    return lock


class Backend(ArchiveIndex, ListingMixin, MultipartMixin):
    """The sandbox's storage. Thread-safe; one instance per ``data_dir`` at a time."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmp = self.root / "tmp"
        self.db_path = self.root / "index.sqlite3"
        self._pool: list[sqlite3.Connection] = []
        self._pool_lock = threading.Lock()
        self._all_conns: list[sqlite3.Connection] = []
        self._write_lock = threading.Lock()
        self._ref_lock = threading.Lock()
        self._refs: dict[str, int] = {}
        self._pending: set[str] = set()
        self._closed = False
        self._dir_lock = _lock_dir(self.root)
        try:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp.mkdir(exist_ok=True)
            (self.root / "blobs").mkdir(exist_ok=True)
            (self.root / "mpu").mkdir(exist_ok=True)
            with self._conn() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
                migrate(conn)
                conn.execute(
                    "INSERT OR IGNORE INTO info(name, value) VALUES('schema', ?)",
                    (str(SCHEMA_VERSION),),
                )
            self._collect_all_garbage()
        except BaseException:
            self.close()
            raise

    # -- infrastructure ---------------------------------------------------------------------------
    def close(self) -> None:
        with self._pool_lock:
            if not self._dir_lock.held:
                return
            self._closed = True
            for conn in self._all_conns:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all_conns.clear()
            self._pool.clear()
            self._dir_lock.release()

    @contextlib.contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        with self._pool_lock:
            if self._closed:
                raise CosError("InternalError", "the sandbox is shutting down", status=503)
            conn = self._pool.pop() if self._pool else None
        if conn is None:
            conn = sqlite3.connect(
                self.db_path, timeout=60, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=60000")
            with self._pool_lock:
                self._all_conns.append(conn)
        try:
            yield conn
        finally:
            with self._pool_lock:
                if not self._closed:
                    self._pool.append(conn)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. One writer at a time (a Python lock, not SQLite's busy loop)."""
        with self._write_lock, self._conn() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def temp_path(self) -> Path:
        return self.tmp / secrets.token_hex(12)

    def _abs(self, rel: str) -> Path:
        return self.root / rel

    # -- garbage and readers ----------------------------------------------------------------------
    def _acquire(self, blob: str) -> None:
        self._refs[blob] = self._refs.get(blob, 0) + 1  # caller holds _ref_lock

    def _release(self, blob: str) -> None:
        remove = False
        with self._ref_lock:
            count = self._refs.get(blob, 0) - 1
            if count <= 0:
                self._refs.pop(blob, None)
                if blob in self._pending:
                    self._pending.discard(blob)
                    remove = True
            else:
                self._refs[blob] = count
        if remove:
            self._remove_garbage([blob])

    def _discard(self, paths: list[str]) -> None:
        """Remove blobs whose rows are gone (already listed in ``garbage``), unless being read."""
        if not paths:
            return
        now: list[str] = []
        with self._ref_lock:
            for p in paths:
                if self._refs.get(p):
                    self._pending.add(p)
                else:
                    now.append(p)
        self._remove_garbage(now)

    def _remove_garbage(self, paths: list[str]) -> None:
        done = []
        for rel in paths:
            path = self._abs(rel)
            try:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
                done.append(rel)
            except OSError as exc:  # e.g. Windows, file still open elsewhere: retry at start-up
                log.warning("could not remove %s: %s", rel, exc)
        if done:
            with self._write() as conn:
                conn.executemany("DELETE FROM garbage WHERE path=?", [(p,) for p in done])

    def _collect_all_garbage(self) -> None:
        with self._conn() as conn:
            paths = [r[0] for r in conn.execute("SELECT path FROM garbage")]
        self._remove_garbage(paths)

    # -- buckets ----------------------------------------------------------------------------------
    def get_bucket(self, name: str) -> Bucket | None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT name, appid, region, created FROM buckets WHERE name=?", (name,)
            ).fetchone()
        return Bucket(*row) if row else None

    def list_buckets(self, appid: str) -> list[Bucket]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT name, appid, region, created FROM buckets WHERE appid=? ORDER BY name",
                (appid,),
            ).fetchall()
        return [Bucket(*r) for r in rows]

    def create_bucket(self, name: str, appid: str, region: str) -> Bucket:
        with self._write() as conn:
            row = conn.execute("SELECT appid FROM buckets WHERE name=?", (name,)).fetchone()
            if row is not None:
                if row[0] == appid:
                    raise CosError("BucketAlreadyOwnedByYou")
                raise CosError("BucketAlreadyExists")
            created = time.time()
            conn.execute(
                "INSERT INTO buckets(name, appid, region, created) VALUES(?,?,?,?)",
                (name, appid, region, created),
            )
        return Bucket(name, appid, region, created)

    def delete_bucket(self, name: str) -> None:
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM objects WHERE bucket=? LIMIT 1", (name,)).fetchone():
                raise CosError("BucketNotEmpty")
            if conn.execute("SELECT 1 FROM uploads WHERE bucket=? LIMIT 1", (name,)).fetchone():
                raise CosError("BucketNotEmpty", "The bucket has multipart uploads in progress.")
            if conn.execute("DELETE FROM buckets WHERE name=?", (name,)).rowcount == 0:
                raise CosError("NoSuchBucket")

    # -- objects ----------------------------------------------------------------------------------
    _OBJ_COLS = "bucket, key, size, etag, crc64, mtime, headers, meta, blob, nparts, storage_class"

    @staticmethod
    def _info(row: tuple) -> ObjectInfo:
        b, k, size, etag, crc, mtime, headers, meta, blob, nparts, cls = row
        hdrs, user_meta = json.loads(headers), json.loads(meta)
        return ObjectInfo(b, k, size, etag, crc, mtime, hdrs, user_meta, blob, nparts, cls)

    def head_object(self, bucket: str, key: str) -> ObjectInfo | None:
        with self._conn() as conn:
            row = conn.execute(
                f"SELECT {self._OBJ_COLS} FROM objects WHERE bucket=? AND key=?", (bucket, key)
            ).fetchone()
        return self._info(row) if row else None

    def open_object(self, bucket: str, key: str) -> ObjectReader | None:
        with self._conn() as conn, self._ref_lock:
            row = conn.execute(
                f"SELECT {self._OBJ_COLS} FROM objects WHERE bucket=? AND key=?", (bucket, key)
            ).fetchone()
            if row is None:
                return None
            info = self._info(row)
            segments: list[tuple[Path, int]] = []
            if info.blob and info.nparts:
                base = self._abs(info.blob)
                segments = [
                    (base / f, s)
                    for f, s in conn.execute(
                        "SELECT file, size FROM segments WHERE blob=? ORDER BY idx", (info.blob,)
                    )
                ]
            elif info.blob:
                segments = [(self._abs(info.blob), info.size)]
            if info.blob:
                self._acquire(info.blob)
        return ObjectReader(self, info, segments)

    def _replace(
        self, conn: sqlite3.Connection, bucket: str, key: str, existed: list[str] | None = None
    ) -> list[str]:
        """Inside a write transaction: drop the row of (bucket, key); returns blobs to discard.

        Appends ``key`` to ``existed`` when there was a row.
        """
        row = conn.execute(
            "SELECT blob, nparts FROM objects WHERE bucket=? AND key=?", (bucket, key)
        ).fetchone()
        if row is None:
            return []
        if existed is not None:
            existed.append(key)
        conn.execute("DELETE FROM objects WHERE bucket=? AND key=?", (bucket, key))
        drop_restore(conn, bucket, key)
        blob, nparts = row
        if not blob:
            return []
        if nparts:
            conn.execute("DELETE FROM segments WHERE blob=?", (blob,))
        conn.execute("INSERT OR IGNORE INTO garbage(path) VALUES(?)", (blob,))
        return [blob]

    def _require_bucket(self, conn: sqlite3.Connection, bucket: str) -> None:
        if conn.execute("SELECT 1 FROM buckets WHERE name=?", (bucket,)).fetchone() is None:
            raise CosError("NoSuchBucket")

    def put_object(
        self,
        bucket: str,
        key: str,
        temp: Path | None,
        *,
        size: int,
        md5_hex: str,
        crc: int,
        headers: dict[str, str],
        meta: dict[str, str],
        storage_class: str = "STANDARD",
    ) -> ObjectInfo:
        """Commit a received body (``temp``, or None for an empty object) as (bucket, key)."""
        blob = None
        if temp is not None and size > 0:
            blob_id = secrets.token_hex(16)
            blob = f"blobs/{blob_id[:2]}/{blob_id}"
            dest = self._abs(blob)
            dest.parent.mkdir(exist_ok=True)
            os.replace(temp, dest)
        elif temp is not None:
            temp.unlink(missing_ok=True)
        info = ObjectInfo(
            bucket, key, size, f'"{md5_hex}"', str(crc), time.time(), headers, meta, blob, 0,
            storage_class,
        )  # fmt: skip
        try:
            with self._write() as conn:
                self._require_bucket(conn, bucket)
                old = self._replace(conn, bucket, key)
                self._insert(conn, info)
        except BaseException:
            if blob:
                self._abs(blob).unlink(missing_ok=True)
            raise
        self._discard(old)
        return info

    @staticmethod
    def _insert(conn: sqlite3.Connection, info: ObjectInfo) -> None:
        conn.execute(
            "INSERT INTO objects(bucket, key, size, etag, crc64, mtime, headers, meta, blob, "
            "nparts, storage_class) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            (
                info.bucket,
                info.key,
                info.size,
                info.etag,
                info.crc64,
                info.mtime,
                json.dumps(info.headers),
                json.dumps(info.meta),
                info.blob,
                info.nparts,
                info.storage_class,
            ),
        )

    def delete_object(self, bucket: str, key: str) -> bool:
        existed: list[str] = []
        with self._write() as conn:
            self._require_bucket(conn, bucket)
            old = self._replace(conn, bucket, key, existed)
        self._discard(old)
        return bool(existed)

    def delete_objects(self, bucket: str, keys: list[str]) -> None:
        old: list[str] = []
        with self._write() as conn:
            self._require_bucket(conn, bucket)
            for key in keys:
                old.extend(self._replace(conn, bucket, key))
        self._discard(old)

    def copy_object(
        self,
        src: ObjectReader,
        bucket: str,
        key: str,
        *,
        headers: dict[str, str],
        meta: dict[str, str],
        storage_class: str = "STANDARD",
    ) -> ObjectInfo:
        """New object with the bytes of ``src`` (hard links when possible: blobs are immutable)."""
        s = src.info
        blob = None
        seg_rows: list[tuple[str, int]] = []
        if s.blob:
            blob_id = secrets.token_hex(16)
            if s.nparts:
                blob = f"mpu/copy-{blob_id}"
                dest_dir = self._abs(blob)
                dest_dir.mkdir()
                for i, (path, size) in enumerate(src.segments):
                    name = f"{i + 1:05d}"
                    _link_or_copy(path, dest_dir / name)
                    seg_rows.append((name, size))
            else:
                blob = f"blobs/{blob_id[:2]}/{blob_id}"
                dest = self._abs(blob)
                dest.parent.mkdir(exist_ok=True)
                _link_or_copy(src.segments[0][0], dest)
        info = ObjectInfo(
            bucket, key, s.size, s.etag, s.crc64, time.time(), headers, meta, blob, len(seg_rows),
            storage_class,
        )  # fmt: skip
        try:
            with self._write() as conn:
                self._require_bucket(conn, bucket)
                old = self._replace(conn, bucket, key)
                self._insert(conn, info)
                if seg_rows:
                    conn.executemany(
                        "INSERT INTO segments(blob, idx, file, size) VALUES(?,?,?,?)",
                        [(blob, i, f, sz) for i, (f, sz) in enumerate(seg_rows)],
                    )
        except BaseException:
            if blob:
                self._remove_garbage_now(blob)
            raise
        self._discard(old)
        return info

    def _remove_garbage_now(self, rel: str) -> None:
        path = self._abs(rel)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    def has_objects(self, bucket: str) -> bool:
        with self._conn() as conn:
            return bool(
                conn.execute("SELECT 1 FROM objects WHERE bucket=? LIMIT 1", (bucket,)).fetchone()
            )
