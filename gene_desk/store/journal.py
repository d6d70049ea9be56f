"""The SQLite journal: transfer and compression jobs, their items, and completed parts.

One file (``paths.journal_path()``) holds the transfer list, the compression list and everything
needed to resume after a crash: upload ids, completed parts with their ETags and the input ranges
they cover, downloaded ranges. It is the source of truth the lists are drawn from, so it must never
be the bottleneck: one connection in WAL mode with ``synchronous=NORMAL`` (a crash loses at most
the last few commits, which resume simply redoes), batched inserts, and :meth:`Journal.batch` to
fold many small updates into one transaction.

No secret ever enters this file: jobs name local paths and ``cos://`` URLs, never keys or tokens.
Schema changes are numbered migrations (``PRAGMA user_version``); an old journal is upgraded in
place, a journal from a newer Gene Desk is refused rather than damaged.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Any

from gene_desk.core import paths
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import atomic_open
from gene_desk.core.text import spreadsheet_cell

log = logging.getLogger(__name__)


class State(str, Enum):
    # a transfer job whose items are still being listed into the journal: nothing runs it,
    # pauses it or resumes it yet (a crash meanwhile fails it at the next start)
    PLANNING = "planning"
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (State.SUCCEEDED, State.FAILED, State.CANCELLED)


FINISHED = (State.SUCCEEDED, State.FAILED, State.CANCELLED)
UNFINISHED = (State.QUEUED, State.RUNNING, State.PAUSED)

TRANSFER_KINDS = ("upload", "download")
CODEC_KINDS = ("compress", "decompress")

MIGRATIONS: list[str] = [
    # 1: jobs, items, parts
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        destination TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL,
        started_at REAL,
        finished_at REAL,
        total_bytes INTEGER NOT NULL DEFAULT 0,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        total_items INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        request_id TEXT
    );
    CREATE INDEX jobs_kind_state ON jobs(kind, state);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,
        source TEXT NOT NULL,
        destination TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        mtime_ns INTEGER,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        mode TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        upload_id TEXT,
        part_size INTEGER,
        fingerprint TEXT,
        crc64 TEXT,
        etag TEXT,
        result TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        request_id TEXT,
        started_at REAL,
        finished_at REAL
    );
    CREATE INDEX items_job_state ON items(job_id, state, seq);
    CREATE TABLE parts (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        part_number INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        length INTEGER NOT NULL,
        sent_bytes INTEGER NOT NULL DEFAULT 0,
        etag TEXT,
        crc64 TEXT,
        input_crc64 TEXT,
        PRIMARY KEY (item_id, part_number)
    );
    """,
    # 2: the saved input layout of a compressed upload (folder snapshot), to resume exactly
    """
    CREATE TABLE item_sources (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    """,
    # 3: which process runs a job (its lock file says whether it is alive), and which part of a
    # compressed upload carries the trailer (a resume must not add a second one)
    """
    ALTER TABLE jobs ADD COLUMN runner TEXT;
    ALTER TABLE parts ADD COLUMN trailer INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: a job being planned is in state 'planning', no longer a flag among its JSON options
    # (an unfinished one becomes 'planning', which the next start fails as interrupted)
    """
    UPDATE jobs SET state = 'planning'
        WHERE json_extract(options, '$.planning') AND state IN ('queued', 'running', 'paused');
    UPDATE jobs SET options = json_remove(options, '$.planning')
        WHERE json_extract(options, '$.planning') IS NOT NULL;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class JobRecord:
    id: int
    kind: str
    state: State
    title: str
    source: str
    destination: str
    options: dict[str, Any]
    created_at: float
    started_at: float | None
    finished_at: float | None
    total_bytes: int
    done_bytes: int
    total_items: int
    error_code: str | None
    error_message: str | None
    request_id: str | None
    runner: str | None = None


@dataclass(frozen=True)
class ItemRecord:
    id: int
    job_id: int
    seq: int
    state: State
    source: str
    destination: str
    size: int
    mtime_ns: int | None
    done_bytes: int
    mode: str
    note: str
    upload_id: str | None
    part_size: int | None
    fingerprint: str | None
    crc64: str | None
    etag: str | None
    result: str | None
    attempts: int
    error_code: str | None
    error_message: str | None
    request_id: str | None
    started_at: float | None
    finished_at: float | None


@dataclass(frozen=True)
class PartRecord:
    item_id: int
    part_number: int
    offset: int
    length: int
    sent_bytes: int
    etag: str | None
    crc64: str | None
    input_crc64: str | None
    trailer: int = 0  # 1: this part ends with the compressed object's trailer


@dataclass(frozen=True)
class NewItem:
    """An item to add to a job (the journal assigns id, seq and state)."""

    source: str
    destination: str
    size: int = 0
    mtime_ns: int | None = None
    mode: str = ""
    note: str = ""


_JOB_FIELDS = frozenset({f.name for f in fields(JobRecord)} - {"id"})
_ITEM_FIELDS = frozenset({f.name for f in fields(ItemRecord)} - {"id", "job_id", "seq"})


def _job(row: sqlite3.Row) -> JobRecord:
    data = dict(row)
    data["state"] = State(data["state"])
    data["options"] = json.loads(data["options"] or "{}")
    return JobRecord(**data)


def _item(row: sqlite3.Row) -> ItemRecord:
    data = dict(row)
    data["state"] = State(data["state"])
    return ItemRecord(**data)


def _assignments(
    allowed: frozenset[str], values: dict[str, Any], what: str
) -> tuple[str, list[Any]]:
    """``name=?, ...`` and its parameters for an UPDATE. The one place column names from a
    caller's keywords reach SQL: only the record's own columns pass (never ``id``, ``job_id``
    or anything spliced in), whatever method is asked."""
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"unknown {what} fields: {sorted(unknown)}")
    return ", ".join(f"{name}=?" for name in values), [_encode(n, v) for n, v in values.items()]


def _encode(name: str, value: Any) -> Any:
    if isinstance(value, State):
        return value.value
    if name == "options":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


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


class Journal:
    """Thread-safe access to the journal (one connection, one lock, short transactions)."""

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

    # -- jobs -----------------------------------------------------------------------------------
    def create_job(
        self,
        kind: str,
        title: str,
        source: str,
        destination: str,
        options: dict[str, Any] | None = None,
        *,
        state: State = State.QUEUED,
        runner: str | None = None,
    ) -> int:
        cur = self._write(
            "INSERT INTO jobs(kind, state, title, source, destination, options, created_at,"
            " runner) VALUES (?,?,?,?,?,?,?,?)",
            (
                kind,
                state.value,
                title,
                source,
                destination,
                json.dumps(options or {}, ensure_ascii=False, sort_keys=True),
                time.time(),
                runner,
            ),
        )
        return int(cur.lastrowid)

    def set_job_state_if(
        self, job_id: int, from_states: Iterable[State], to_state: State, **values: Any
    ) -> bool:
        """Compare-and-set: move the job only if it is still in ``from_states``."""
        from_states = [State(s) for s in from_states]
        assignments, params = _assignments(_JOB_FIELDS, {"state": to_state, **values}, "job")
        cur = self._write(
            f"UPDATE jobs SET {assignments} WHERE id=?"
            f" AND state IN ({','.join('?' * len(from_states))})",
            [*params, job_id, *(s.value for s in from_states)],
        )
        return cur.rowcount == 1

    def claim_job(self, job_id: int, runner: str, expected: str | None) -> bool:
        """Compare-and-set the job's runner: only if it is still ``expected`` (None included)."""
        cur = self._write(
            "UPDATE jobs SET runner=? WHERE id=? AND runner IS ?", (runner, job_id, expected)
        )
        return cur.rowcount == 1

    def claim_item(self, item_id: int) -> bool:
        """queued -> running, atomically: False if a cancel/pause got there first."""
        cur = self._write(
            "UPDATE items SET state=?, attempts=attempts+1, started_at=?, done_bytes=0"
            " WHERE id=? AND state=?",
            (State.RUNNING.value, time.time(), item_id, State.QUEUED.value),
        )
        return cur.rowcount == 1

    def running_items(self, kinds: Iterable[str]) -> list[tuple[int, int]]:
        """(job_id, item_id) of items marked running, in any job of these kinds."""
        kinds = list(kinds)
        rows = self._read(
            "SELECT i.job_id, i.id FROM items i JOIN jobs j ON j.id = i.job_id"
            f" WHERE i.state=? AND j.kind IN ({','.join('?' * len(kinds))})",
            [State.RUNNING.value, *kinds],
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def update_job(self, job_id: int, **values: Any) -> None:
        assignments, params = _assignments(_JOB_FIELDS, values, "job")
        if not values:
            return
        self._write(f"UPDATE jobs SET {assignments} WHERE id=?", [*params, job_id])

    def job(self, job_id: int) -> JobRecord:
        rows = self._read("SELECT * FROM jobs WHERE id=?", (job_id,))
        if not rows:
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"no job {job_id} in the list")
        return _job(rows[0])

    def jobs(
        self,
        kinds: Iterable[str] | None = None,
        states: Iterable[State] | None = None,
        *,
        limit: int = -1,
        offset: int = 0,
    ) -> list[JobRecord]:
        where, params = self._filters(kinds, states)
        rows = self._read(
            f"SELECT * FROM jobs {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_job(r) for r in rows]

    def job_state(self, job_id: int) -> State | None:
        """Just the state (no JSON decoding): the scheduler asks this once per item."""
        rows = self._read("SELECT state FROM jobs WHERE id=?", (job_id,))
        return State(rows[0][0]) if rows else None

    def count_jobs(
        self, kinds: Iterable[str] | None = None, states: Iterable[State] | None = None
    ) -> int:
        where, params = self._filters(kinds, states)
        return int(self._read(f"SELECT COUNT(*) FROM jobs {where}", params)[0][0])

    @staticmethod
    def _filters(
        kinds: Iterable[str] | None, states: Iterable[State] | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if kinds is not None:
            kinds = list(kinds)
            clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if states is not None:
            states = [State(s) for s in states]
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            params += [s.value for s in states]
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def unfinished_jobs(self, kinds: Iterable[str]) -> list[JobRecord]:
        return self.jobs(kinds, UNFINISHED)

    def remove_job(self, job_id: int) -> None:
        self._write("DELETE FROM jobs WHERE id=?", (job_id,))

    def clear_finished(self, kinds: Iterable[str]) -> int:
        kinds = list(kinds)
        cur = self._write(
            f"DELETE FROM jobs WHERE kind IN ({','.join('?' * len(kinds))})"
            f" AND state IN ({','.join('?' * len(FINISHED))})",
            [*kinds, *(s.value for s in FINISHED)],
        )
        return cur.rowcount

    # -- items ----------------------------------------------------------------------------------
    def add_items(self, job_id: int, items: Iterable[NewItem]) -> int:
        """Insert items in one transaction; returns how many. Updates the job's totals."""
        with self.batch():
            start = self._conn.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM items WHERE job_id=?", (job_id,)
            ).fetchone()[0]
            rows = [
                (
                    job_id,
                    start + i + 1,
                    State.QUEUED.value,
                    it.source,
                    it.destination,
                    it.size,
                    it.mtime_ns,
                    it.mode,
                    it.note,
                )
                for i, it in enumerate(items)
            ]
            self._conn.executemany(
                "INSERT INTO items(job_id, seq, state, source, destination, size, mtime_ns,"
                " mode, note) VALUES (?,?,?,?,?,?,?,?,?)",
                rows,
            )
            self._conn.execute(
                "UPDATE jobs SET total_items=(SELECT COUNT(*) FROM items WHERE job_id=?),"
                " total_bytes=(SELECT COALESCE(SUM(size), 0) FROM items WHERE job_id=?)"
                " WHERE id=?",
                (job_id, job_id, job_id),
            )
        return len(rows)

    def update_item(self, item_id: int, **values: Any) -> None:
        assignments, params = _assignments(_ITEM_FIELDS, values, "item")
        if not values:
            return
        self._write(f"UPDATE items SET {assignments} WHERE id=?", [*params, item_id])

    def succeed_items_in_mode(self, job_id: int, mode: str) -> list[int]:
        """Settle every queued item of a job in ``mode`` as succeeded (all its bytes counted),
        in one statement; returns their ids. For items the planner already decided, such as
        uploads skipped because their object exists: a folder of 100,000 of them must not go
        through the workers one by one."""
        with self.batch():
            ids = [
                row[0]
                for row in self._conn.execute(
                    "SELECT id FROM items WHERE job_id=? AND state=? AND mode=? ORDER BY seq",
                    (job_id, State.QUEUED.value, mode),
                )
            ]
            if ids:
                self._conn.execute(
                    "UPDATE items SET state=?, done_bytes=size, finished_at=?"
                    " WHERE job_id=? AND state=? AND mode=?",
                    (State.SUCCEEDED.value, time.time(), job_id, State.QUEUED.value, mode),
                )
        return ids

    def fail_refused_items(self, job_id: int, default_code: str) -> list[int]:
        """Fail every queued item the planner refused (mode ``refused`` or ``refused:CODE``),
        with the code from its mode (else ``default_code``) and its note as the message;
        returns their ids, so each can be reported like any other failed item."""
        refused = "(mode='refused' OR mode LIKE 'refused:%')"
        with self.batch():
            ids = [
                row[0]
                for row in self._conn.execute(
                    f"SELECT id FROM items WHERE job_id=? AND state=? AND {refused} ORDER BY seq",
                    (job_id, State.QUEUED.value),
                )
            ]
            if ids:
                self._conn.execute(
                    "UPDATE items SET state=?, error_code=CASE WHEN mode LIKE 'refused:%'"
                    " THEN substr(mode, 9) ELSE ? END, error_message=note, finished_at=?"
                    f" WHERE job_id=? AND state=? AND {refused}",
                    (State.FAILED.value, default_code, time.time(), job_id, State.QUEUED.value),
                )
        return ids

    def item(self, item_id: int) -> ItemRecord:
        rows = self._read("SELECT * FROM items WHERE id=?", (item_id,))
        if not rows:
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"no item {item_id} in the list")
        return _item(rows[0])

    def items(
        self,
        job_id: int,
        states: Iterable[State] | None = None,
        *,
        limit: int = -1,
        offset: int = 0,
        after_seq: int = 0,
    ) -> list[ItemRecord]:
        """Items in list order; ``after_seq`` pages by key, stable while states change."""
        params: list[Any] = [job_id, after_seq]
        where = "job_id=? AND seq>?"
        if states is not None:
            states = [State(s) for s in states]
            where += f" AND state IN ({','.join('?' * len(states))})"
            params += [s.value for s in states]
        rows = self._read(
            f"SELECT * FROM items WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_item(r) for r in rows]

    def item_counts(self, job_id: int) -> dict[State, int]:
        rows = self._read(
            "SELECT state, COUNT(*) FROM items WHERE job_id=? GROUP BY state", (job_id,)
        )
        return {State(r[0]): int(r[1]) for r in rows}

    def has_items(self, job_id: int, states: Iterable[State]) -> bool:
        """Whether any item of the job is in one of ``states`` (an index probe, not a count)."""
        states = [State(s) for s in states]
        rows = self._read(
            f"SELECT 1 FROM items WHERE job_id=? AND state IN ({','.join('?' * len(states))})"
            " LIMIT 1",
            [job_id, *(s.value for s in states)],
        )
        return bool(rows)

    def has_leftovers(self, kinds: Iterable[str]) -> bool:
        """Whether finished jobs have failed/cancelled items that still hold a multipart upload
        or a partial download (what clearing the list must clean up first)."""
        kinds = list(kinds)
        rows = self._read(
            "SELECT 1 FROM items i JOIN jobs j ON j.id = i.job_id"
            f" WHERE j.kind IN ({','.join('?' * len(kinds))})"
            f" AND j.state IN ({','.join('?' * len(FINISHED))})"
            " AND i.state IN (?, ?) AND (i.upload_id IS NOT NULL OR i.part_size IS NOT NULL)"
            " LIMIT 1",
            [*kinds, *(s.value for s in FINISHED), State.FAILED.value, State.CANCELLED.value],
        )
        return bool(rows)

    def item_bytes_done(self, job_id: int) -> int:
        return int(
            self._read("SELECT COALESCE(SUM(done_bytes), 0) FROM items WHERE job_id=?", (job_id,))[
                0
            ][0]
        )

    def set_item_states(
        self, job_id: int, from_states: Iterable[State], to_state: State, **values: Any
    ) -> int:
        """Move every item of a job in ``from_states`` to ``to_state`` (retry, cancel, pause)."""
        from_states = [State(s) for s in from_states]
        assignments, params = _assignments(_ITEM_FIELDS, {"state": to_state, **values}, "item")
        cur = self._write(
            f"UPDATE items SET {assignments} WHERE job_id=?"
            f" AND state IN ({','.join('?' * len(from_states))})",
            [*params, job_id, *(s.value for s in from_states)],
        )
        return cur.rowcount

    # -- parts ----------------------------------------------------------------------------------
    def record_part(self, part: PartRecord) -> None:
        self._write(
            "INSERT OR REPLACE INTO parts(item_id, part_number, offset, length, sent_bytes,"
            " etag, crc64, input_crc64, trailer) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                part.item_id,
                part.part_number,
                part.offset,
                part.length,
                part.sent_bytes,
                part.etag,
                part.crc64,
                part.input_crc64,
                part.trailer,
            ),
        )

    def parts(self, item_id: int) -> list[PartRecord]:
        rows = self._read("SELECT * FROM parts WHERE item_id=? ORDER BY part_number", (item_id,))
        return [PartRecord(**dict(r)) for r in rows]

    def clear_parts(self, item_id: int) -> None:
        self._write("DELETE FROM parts WHERE item_id=?", (item_id,))

    # -- saved sources --------------------------------------------------------------------------
    def save_source(self, item_id: int, data: dict[str, Any]) -> None:
        self._write(
            "INSERT OR REPLACE INTO item_sources(item_id, data) VALUES (?, ?)",
            (item_id, json.dumps(data, ensure_ascii=False)),
        )

    def load_source(self, item_id: int) -> dict[str, Any] | None:
        rows = self._read("SELECT data FROM item_sources WHERE item_id=?", (item_id,))
        return json.loads(rows[0][0]) if rows else None

    def clear_source(self, item_id: int) -> None:
        self._write("DELETE FROM item_sources WHERE item_id=?", (item_id,))

    # -- export ---------------------------------------------------------------------------------
    EXPORT_COLUMNS = (
        "job_id",
        "kind",
        "job_title",
        "item_id",
        "state",
        "source",
        "destination",
        "size",
        "done_bytes",
        "mode",
        "note",
        "attempts",
        "error_code",
        "error_message",
        "request_id",
        "started_at",
        "finished_at",
    )

    def export_csv(self, target: Path, kinds: Iterable[str] = TRANSFER_KINDS) -> int:
        """Write every item of the given kinds as CSV (UTF-8 with BOM so Excel reads Chinese).

        Written to a temporary name and renamed, so a half-written export never looks complete.
        Support staff open it in Excel or WPS: every cell goes through ``spreadsheet_cell``.
        """
        kinds = list(kinds)
        count = 0
        rows = self._read(
            "SELECT j.id AS job_id, j.kind, j.title AS job_title, i.id AS item_id, i.state,"
            " i.source, i.destination, i.size, i.done_bytes, i.mode, i.note, i.attempts,"
            " COALESCE(i.error_code, '') AS error_code,"
            " COALESCE(i.error_message, '') AS error_message,"
            " COALESCE(i.request_id, '') AS request_id, i.started_at, i.finished_at"
            f" FROM items i JOIN jobs j ON j.id = i.job_id WHERE j.kind IN"
            f" ({','.join('?' * len(kinds))}) ORDER BY j.id, i.seq",
            kinds,
        )
        with atomic_open(Path(target), "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(self.EXPORT_COLUMNS)
            for row in rows:
                values = [row[c] for c in self.EXPORT_COLUMNS]
                for idx in (15, 16):
                    if values[idx]:
                        values[idx] = time.strftime(
                            "%Y-%m-%d %H:%M:%S%z", time.localtime(values[idx])
                        )
                # keys and paths come from outside: no formulas, no raw control characters
                writer.writerow([spreadsheet_cell(v) for v in values])
                count += 1
        return count
