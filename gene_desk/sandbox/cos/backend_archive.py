"""The index side of storage classes and restores: columns, the ``restores`` table, migration.

Kept apart from backend.py (blobs, objects, multipart) because it is one concern: an object's
class is a column of its row (listing shows it without a second query), a restore is a row of
its own, keyed like the object and removed with it (a replaced or deleted object is a new
object: COS keeps no restore across that).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from .archive import Restore

if TYPE_CHECKING:
    from collections.abc import Callable

RESTORES_SCHEMA = """
CREATE TABLE IF NOT EXISTS restores(
    bucket TEXT NOT NULL, key TEXT NOT NULL, tier TEXT NOT NULL, days INTEGER NOT NULL,
    requested REAL NOT NULL, ready REAL NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY(bucket, key)) WITHOUT ROWID;
"""


def migrate(conn: sqlite3.Connection) -> None:
    """Add the storage-class columns to an index made before they existed (the demo folder
    outlives versions); new rows and old rows alike default to STANDARD."""
    conn.executescript(RESTORES_SCHEMA)
    for table in ("objects", "uploads"):
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if "storage_class" not in columns:
            conn.execute(
                f"ALTER TABLE {table} ADD COLUMN storage_class TEXT NOT NULL DEFAULT 'STANDARD'"
            )


def drop_restore(conn: sqlite3.Connection, bucket: str, key: str) -> None:
    """Inside a write transaction that replaces or deletes (bucket, key)."""
    conn.execute("DELETE FROM restores WHERE bucket=? AND key=?", (bucket, key))


class ArchiveIndex:
    """Restore rows, mixed into :class:`Backend` (which provides the connections)."""

    if TYPE_CHECKING:
        _conn: Callable[[], AbstractContextManager[sqlite3.Connection]]
        _write: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def get_restore(self, bucket: str, key: str) -> Restore | None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT tier, days, requested, ready, expires FROM restores"
                " WHERE bucket=? AND key=?",
                (bucket, key),
            ).fetchone()
        return Restore(*row) if row else None

    def put_restore(self, bucket: str, key: str, mtime: float, restore: Restore) -> bool:
        """Record ``restore`` for the object, if it is still the one written at ``mtime`` (a PUT
        may have replaced it since it was read); False when it was replaced or deleted."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT mtime FROM objects WHERE bucket=? AND key=?", (bucket, key)
            ).fetchone()
            if row is None or row[0] != mtime:
                return False
            conn.execute(
                "INSERT OR REPLACE INTO restores(bucket, key, tier, days, requested, ready,"
                " expires) VALUES(?,?,?,?,?,?,?)",
                (bucket, key, restore.tier, restore.days, restore.requested, restore.ready,
                 restore.expires),
            )  # fmt: skip
        return True

    def restores_under(self, bucket: str) -> Iterator[tuple[str, Restore]]:
        """Every restore row of ``bucket`` (diagnostics and tests)."""
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT key, tier, days, requested, ready, expires FROM restores WHERE bucket=?"
                " ORDER BY key",
                (bucket,),
            ).fetchall()
        for key, *rest in rows:
            yield key, Restore(*rest)
