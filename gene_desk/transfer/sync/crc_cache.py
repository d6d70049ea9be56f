"""What sync already knows, so an unchanged file is neither read nor asked about again.

Two tables in one SQLite file in the data folder (``sync-cache.sqlite3``, apart from the
journal: clearing the transfer list must not forget it, and it can be deleted at any time; it
only saves work):

- ``local_files``: path, size, mtime (ns) -> CRC-64 of the content. Trusted only while size and
  mtime are both unchanged; either one changed and the file is read again. A file modified less
  than :data:`RACY_SECONDS` before it was read is not remembered: on a filesystem with coarse
  timestamps a second write in the same tick would keep the mtime (git's "racily clean" case).
- ``remote_objects``: bucket, key -> ETag and what the object holds: its own CRC-64
  (``x-cos-hash-crc64ecma``) and, for a Gene Desk ``.zst``, the original size and CRC-64
  (metadata or trailer). Trusted only while the listing shows the same ETag and size. COS's ETag
  is the MD5 of the object (of its parts' MD5s for a multipart upload), so a different content
  under the same key has another ETag; an overwrite with identical bytes keeps it, and then
  the facts are still true.

Schema changes are numbered migrations (``PRAGMA user_version``) as in the journal; a cache
from a newer Gene Desk is set aside (renamed) and a fresh one started: it is only a cache.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gene_desk.core import paths

log = logging.getLogger(__name__)

CACHE_FILE = "sync-cache.sqlite3"
RACY_SECONDS = 2.0

MIGRATIONS: list[str] = [
    """
    CREATE TABLE local_files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        crc64 TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE remote_objects (
        bucket TEXT NOT NULL,
        key TEXT NOT NULL,
        etag TEXT NOT NULL,
        size INTEGER NOT NULL,
        crc64 TEXT,
        codec TEXT NOT NULL DEFAULT '',
        original_size INTEGER,
        original_crc64 TEXT,
        PRIMARY KEY (bucket, key)
    ) WITHOUT ROWID;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)  # 100,000s of them in a sync: no __dict__ each
class LocalFacts:
    size: int
    mtime_ns: int
    crc64: int


@dataclass(frozen=True, slots=True)
class RemoteFacts:
    """What one version (ETag) of an object holds."""

    etag: str
    size: int  # bytes stored on COS
    crc64: int | None  # of the stored bytes; None if unknown
    codec: str = ""  # "zstd" / "tar+zstd" for Gene Desk compressed objects, else ""
    original_size: int | None = None  # a Gene Desk .zst: what it decompresses to
    original_crc64: int | None = None

    @property
    def compressed(self) -> bool:
        return bool(self.codec)


def is_racy(mtime_ns: int, read_at: float) -> bool:
    """Whether a file modified at ``mtime_ns`` and read at ``read_at`` (seconds) may have been
    written again in the same timestamp tick: its CRC is not remembered."""
    return mtime_ns >= int((read_at - RACY_SECONDS) * 1e9)


def _upper_bound(prefix: str) -> str | None:
    """The smallest string above every string starting with ``prefix`` (None: no bound)."""
    if not prefix:
        return None
    last = prefix[-1]
    if ord(last) >= 0x10FFFF:
        return None
    return prefix[:-1] + chr(ord(last) + 1)


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


class SyncCache:
    """Thread-safe access to the cache file (one connection, one lock, short transactions)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / CACHE_FILE
        self._lock = threading.Lock()
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            aside = self.path.with_name(f"{self.path.name}.newer-{os.getpid()}")
            log.warning(
                "sync cache %s is from a newer Gene Desk: set aside as %s", self.path, aside
            )
            os.replace(self.path, aside)
            return self._open()
        for number in range(version, SCHEMA_VERSION):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- local files ----------------------------------------------------------------------------
    def local_under(self, root: str) -> dict[str, LocalFacts]:
        """Every remembered file under the folder ``root`` (absolute paths as keys)."""
        start = root.rstrip(os.sep) + os.sep
        upper = _upper_bound(start)
        with self._lock:
            rows = self._conn.execute(
                "SELECT path, size, mtime_ns, crc64 FROM local_files WHERE path >= ?"
                + (" AND path < ?" if upper else ""),
                (start, upper) if upper else (start,),
            ).fetchall()
        return {p: LocalFacts(s, m, int(c)) for p, s, m, c in rows}

    def remember_local(
        self, entries: Iterable[tuple[str, LocalFacts]], *, now: float | None
    ) -> int:
        """Store CRCs just read; those of files modified within RACY_SECONDS of ``now`` (the
        time the reading started) are left out (``None``: the caller checked). Returns how
        many were stored."""
        rows = [
            (path, f.size, f.mtime_ns, str(f.crc64))
            for path, f in entries
            if now is None or not is_racy(f.mtime_ns, now)
        ]
        if rows:
            with self._lock:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    self._conn.executemany(
                        "INSERT OR REPLACE INTO local_files(path, size, mtime_ns, crc64)"
                        " VALUES (?,?,?,?)",
                        rows,
                    )
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
        return len(rows)

    def forget_local(self, path_list: Iterable[str]) -> None:
        self._delete("DELETE FROM local_files WHERE path=?", [(p,) for p in path_list])

    # -- remote objects -------------------------------------------------------------------------
    def remote_under(self, bucket: str, prefix: str) -> dict[str, RemoteFacts]:
        """Every remembered object of ``bucket`` whose key starts with ``prefix``."""
        upper = _upper_bound(prefix)
        sql = (
            "SELECT key, etag, size, crc64, codec, original_size, original_crc64"
            " FROM remote_objects WHERE bucket=? AND key >= ?"
        )
        params: tuple = (bucket, prefix)
        if upper:
            sql += " AND key < ?"
            params += (upper,)
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return {
            k: RemoteFacts(e, s, _int(c), codec, osize, _int(ocrc))
            for k, e, s, c, codec, osize, ocrc in rows
        }

    def remember_remote(self, bucket: str, entries: Iterable[tuple[str, RemoteFacts]]) -> None:
        rows = [
            (
                bucket,
                key,
                f.etag,
                f.size,
                _text(f.crc64),
                f.codec,
                f.original_size,
                _text(f.original_crc64),
            )
            for key, f in entries
        ]
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO remote_objects(bucket, key, etag, size, crc64, codec,"
                    " original_size, original_crc64) VALUES (?,?,?,?,?,?,?,?)",
                    rows,
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def forget_remote(self, bucket: str, key_list: Iterable[str]) -> None:
        self._delete(
            "DELETE FROM remote_objects WHERE bucket=? AND key=?", [(bucket, k) for k in key_list]
        )

    def _delete(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(sql, rows)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
