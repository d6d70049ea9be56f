"""The journal's SQLite connection: one writer, one reader per thread, batches, migrations.

WAL mode with ``synchronous=NORMAL`` (a crash loses at most the last few commits, which resume
simply redoes); readers never wait for the writer; :meth:`Connection.batch` folds many small
updates into one transaction. :class:`~journal.Journal` adds the jobs, items and parts on top.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from gene_desk.core import paths
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)


class _Reader:
    """A thread's read connection; when the thread's local storage goes, so does it."""

    __slots__ = ("__weakref__", "entry")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.entry = (conn, threading.Lock())


def _close_reader(
    entry: tuple[sqlite3.Connection, threading.Lock],
    readers: set[tuple[sqlite3.Connection, threading.Lock]],
    lock: threading.RLock,
) -> None:
    conn, in_use = entry
    with lock:
        readers.discard(entry)
    with in_use:
        conn.close()


class Connection:
    """Thread-safe access to the journal file (one connection, one lock, short transactions)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.journal_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None  # thread holding an open batch
        self._local = threading.local()
        self._readers: set[tuple[sqlite3.Connection, threading.Lock]] = set()
        self._closed = False
        self._conn = sqlite3.connect(
            self.path, timeout=30, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    # -- schema ---------------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise GeneDeskError(
                    ErrorCode.INTERNAL,
                    f"the journal {self.path} was written by a newer Gene Desk (schema {version},"
                    f" this version knows {SCHEMA_VERSION}); update Gene Desk",
                    path=str(self.path),
                )
            for number in range(version, SCHEMA_VERSION):
                log.info("journal: migrating schema %d -> %d", number, number + 1)
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in MIGRATIONS[number].split(";"):
                        if statement.strip():
                            self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {number + 1}")
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for reader, in_use in list(self._readers):
                with in_use:
                    reader.close()
            self._readers.clear()
            self._conn.close()

    # -- transactions ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one transaction (nestable; the outermost commits)."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
                self._owner = threading.get_ident()
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._owner = None
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._owner = None
                self._conn.execute("COMMIT")

    def _write(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """One statement: inside an open batch it joins the batch, otherwise SQLite commits it
        on its own (autocommit; no BEGIN/COMMIT round trips for the hot per-item updates)."""
        with self._lock:
            return self._conn.execute(sql, params)

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Reads use a connection of their own per thread (WAL: readers never wait for the
        writer), except inside this thread's open batch, which must see its own writes."""
        if self._owner == threading.get_ident():
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        holder = getattr(self._local, "reader", None)
        if holder is None:
            reader = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            reader.row_factory = sqlite3.Row
            reader.execute("PRAGMA query_only=ON")
            holder = _Reader(reader)
            with self._lock:
                if self._closed:
                    reader.close()
                    raise sqlite3.ProgrammingError("the journal is closed")
                self._readers.add(holder.entry)
            # thread-local storage is dropped when the thread ends: close its connection then
            # (pool threads come and go; their connections must not pile up)
            weakref.finalize(holder, _close_reader, holder.entry, self._readers, self._lock)
            self._local.reader = holder
        reader, in_use = holder.entry
        with in_use:  # close() waits for a read in progress instead of pulling the rug
            if self._closed:
                raise sqlite3.ProgrammingError("the journal is closed")
            return reader.execute(sql, params).fetchall()
