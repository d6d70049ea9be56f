"""The journal's records and states: what a job, an item and a part are, as the engine sees them.

Kept apart from the SQL (:mod:`journal`) so the transfer and codec code, the faces and the tests
can name states and records without the connection machinery; ``set_clause`` is the one place
where column names from a caller's keywords reach SQL, whitelisted against these records.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any


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
    # a download decompressed on arrival: the size of the file it becomes (None: ``size``)
    original_size: int | None = None


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


JOB_COLUMNS = frozenset({f.name for f in fields(JobRecord)} - {"id"})
ITEM_COLUMNS = frozenset({f.name for f in fields(ItemRecord)} - {"id", "job_id", "seq"})


def job_from_row(row: sqlite3.Row) -> JobRecord:
    data = dict(row)
    data["state"] = State(data["state"])
    data["options"] = json.loads(data["options"] or "{}")
    return JobRecord(**data)


def item_from_row(row: sqlite3.Row) -> ItemRecord:
    data = dict(row)
    data["state"] = State(data["state"])
    return ItemRecord(**data)


def set_clause(allowed: frozenset[str], values: dict[str, Any], what: str) -> tuple[str, list[Any]]:
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
