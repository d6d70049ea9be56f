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

import csv
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import atomic_open
from gene_desk.core.text import spreadsheet_cell
from gene_desk.journal.connection import Connection
from gene_desk.journal.records import (
    CODEC_KINDS,
    FINISHED,
    ITEM_COLUMNS,
    JOB_COLUMNS,
    TRANSFER_KINDS,
    UNFINISHED,
    ItemRecord,
    JobRecord,
    NewItem,
    PartRecord,
    State,
    item_from_row,
    job_from_row,
    set_clause,
)
from gene_desk.journal.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "CODEC_KINDS",
    "FINISHED",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "TRANSFER_KINDS",
    "UNFINISHED",
    "ItemRecord",
    "JobRecord",
    "Journal",
    "NewItem",
    "PartRecord",
    "State",
]


class Journal(Connection):
    """Jobs, items, parts and saved sources over the journal's connection (see connection)."""

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
        assignments, params = set_clause(JOB_COLUMNS, {"state": to_state, **values}, "job")
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

    def update_job(self, job_id: int, *, only_from: State | None = None, **values: Any) -> bool:
        """Whether the row changed. ``only_from``: only while the job is in that state (a
        compare-and-set: of two threads that settle a job's last items at once, one finishes
        it, and it is announced once)."""
        assignments, params = set_clause(JOB_COLUMNS, values, "job")
        if not values:
            return False
        where, keys = (
            ("id=?", [job_id])
            if only_from is None
            else ("id=? AND state=?", [job_id, only_from.value])
        )
        cursor = self._write(f"UPDATE jobs SET {assignments} WHERE {where}", [*params, *keys])
        return cursor.rowcount > 0

    def job(self, job_id: int) -> JobRecord:
        rows = self._read("SELECT * FROM jobs WHERE id=?", (job_id,))
        if not rows:
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"no job {job_id} in the list")
        return job_from_row(rows[0])

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
        return [job_from_row(r) for r in rows]

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
        assignments, params = set_clause(ITEM_COLUMNS, values, "item")
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
        return item_from_row(rows[0])

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
        return [item_from_row(r) for r in rows]

    def item_keys(
        self, job_id: int, states: Iterable[State], *, limit: int = -1, after_seq: int = 0
    ) -> list[tuple[int, int]]:
        """``(seq, id)`` of items in list order: a page for a reader that skips most of them
        (the dispatcher passes over items it already queued), without building their records."""
        states = [State(s) for s in states]
        rows = self._read(
            f"SELECT seq, id FROM items WHERE job_id=? AND seq>?"
            f" AND state IN ({','.join('?' * len(states))}) ORDER BY seq LIMIT ?",
            [job_id, after_seq, *(s.value for s in states), limit],
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def items_with_ids(self, item_ids: list[int], states: Iterable[State]) -> list[ItemRecord]:
        """The items of ``item_ids`` that are still in ``states``, in list order."""
        states = [State(s) for s in states]
        out: list[ItemRecord] = []
        for n in range(0, len(item_ids), 500):  # well under SQLite's limit on parameters
            chunk = item_ids[n : n + 500]
            rows = self._read(
                f"SELECT * FROM items WHERE id IN ({','.join('?' * len(chunk))})"
                f" AND state IN ({','.join('?' * len(states))}) ORDER BY seq",
                [*chunk, *(s.value for s in states)],
            )
            out += [item_from_row(r) for r in rows]
        return out

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

    def original_bytes(self, job_id: int) -> int | None:
        """What a download's files come to once decompressed (each item's original size, or
        its own size); None when no item recorded an original size."""
        total, known = self._read(
            "SELECT COALESCE(SUM(COALESCE(original_size, size)), 0), COUNT(original_size)"
            " FROM items WHERE job_id=?",
            (job_id,),
        )[0]
        return int(total) if known else None

    def set_item_states(
        self, job_id: int, from_states: Iterable[State], to_state: State, **values: Any
    ) -> int:
        """Move every item of a job in ``from_states`` to ``to_state`` (retry, cancel, pause)."""
        from_states = [State(s) for s in from_states]
        assignments, params = set_clause(ITEM_COLUMNS, {"state": to_state, **values}, "item")
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
