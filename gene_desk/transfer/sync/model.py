"""What a sync is asked to do (:class:`SyncSpec`) and what it found (:class:`SyncPlan`).

Shared by the planner, the job builder, the CLI and the window; no I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gene_desk.core.errors import GeneDeskError
from gene_desk.storage.models import Bucket, ObjectEntry
from gene_desk.transfer.sync.filters import SyncFilter
from gene_desk.transfer.sync.local_tree import LocalFile

UPLOAD = "upload"  # local folder -> cos://
DOWNLOAD = "download"  # cos:// -> local folder

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
EXTRA = "extra"
ACTIONS = (NEW, CHANGED, UNCHANGED, EXTRA)
ZST = ".zst"


@dataclass(frozen=True)
class SyncSpec:
    direction: str  # UPLOAD or DOWNLOAD
    local_root: Path
    bucket: Bucket
    prefix: str  # '' or ending with '/'
    compress: bool = True  # upload: compress (as upload does); download: decompress
    delete: bool = False  # remove extras from the destination
    filters: SyncFilter = field(default_factory=SyncFilter)
    level: int = 3
    storage_class: str | None = None  # upload: the class of the objects sent (COS default)

    @property
    def remote_url(self) -> str:
        return f"cos://{self.bucket.name}/{self.prefix}"

    @property
    def source(self) -> str:
        return str(self.local_root) if self.direction == UPLOAD else self.remote_url

    @property
    def destination(self) -> str:
        return self.remote_url if self.direction == UPLOAD else str(self.local_root)


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One file of the plan. ``remote`` is the object concerned: for an upload, the form that
    exists on COS (None when new); for a download, the object to fetch. ``twin`` (upload) is
    the other form of the same file on COS (``x.fastq`` beside ``x.fastq.zst``), removed once
    the new object is complete."""

    action: str
    rel: str  # the file's path relative to the roots ('/'-separated, as on the local side)
    local: LocalFile | None = None
    remote: ObjectEntry | None = None
    twin: str | None = None
    note: str = ""
    size: int = 0  # bytes of the file on the source side (of what is there, for an extra)


@dataclass
class PlanStats:
    listed: int = 0  # objects listed under the prefix
    local_files: int = 0
    excluded: int = 0  # files the filters left out (both sides)
    files_read: int = 0  # local files whose CRC-64 had to be computed
    bytes_read: int = 0
    heads: int = 0  # HEAD requests (object CRC-64 not in the cache)
    range_gets: int = 0  # suffix range GETs (trailer of a compressed object)
    cache_hits: int = 0  # comparisons answered from the cache


@dataclass
class SyncPlan:
    spec: SyncSpec
    new: list[PlanEntry] = field(default_factory=list)
    changed: list[PlanEntry] = field(default_factory=list)
    unchanged: list[PlanEntry] = field(default_factory=list)
    extra: list[PlanEntry] = field(default_factory=list)
    problems: list[tuple[str, GeneDeskError]] = field(default_factory=list)
    stats: PlanStats = field(default_factory=PlanStats)

    def entries(self, action: str) -> list[PlanEntry]:
        return {NEW: self.new, CHANGED: self.changed, UNCHANGED: self.unchanged, EXTRA: self.extra}[
            action
        ]

    def add(self, entry: PlanEntry) -> None:
        self.entries(entry.action).append(entry)

    def counts(self) -> dict[str, int]:
        return {action: len(self.entries(action)) for action in ACTIONS}

    @property
    def transfer_bytes(self) -> int:
        return sum(e.size for e in self.new) + sum(e.size for e in self.changed)

    @property
    def nothing_to_do(self) -> bool:
        extras = bool(self.extra) and self.spec.delete
        return not (self.new or self.changed or extras or self.problems)

    def sort(self) -> None:
        for action in ACTIONS:
            self.entries(action).sort(key=lambda e: e.rel)
