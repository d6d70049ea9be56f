"""Typed results of storage operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from gene_desk.core import storage_classes


@dataclass(frozen=True)
class Bucket:
    name: str  # full name, "short-APPID"
    region: str
    created: datetime | None = None

    @property
    def short_name(self) -> str:
        head, _, tail = self.name.rpartition("-")
        return head if tail.isdigit() and head else self.name


@dataclass(frozen=True)
class RestoreState:
    """An archived object's restore, from HEAD's ``x-cos-restore``: being restored, or restored
    until ``expires`` (COS drops the header once the restored copy has expired)."""

    ongoing: bool
    expires: datetime | None = None


@dataclass(frozen=True)
class ObjectEntry:
    key: str
    size: int
    last_modified: datetime | None
    etag: str = ""
    storage_class: str = "STANDARD"  # as listed (GET Bucket <StorageClass>)

    @property
    def name(self) -> str:
        """Last path component (folders keep no trailing slash)."""
        return self.key.rstrip("/").rsplit("/", 1)[-1]

    @property
    def is_folder_marker(self) -> bool:
        return self.key.endswith("/")


@dataclass(frozen=True)
class ListPage:
    """One page of a folder listing: sub-folders (common prefixes) and objects."""

    bucket: str
    prefix: str
    folders: list[str]
    objects: list[ObjectEntry]
    next_marker: str | None  # None when this is the last page

    @property
    def truncated(self) -> bool:
        return self.next_marker is not None


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int
    etag: str
    crc64: int | None
    last_modified: str | None
    content_type: str | None
    metadata: dict[str, str] = field(default_factory=dict)  # x-cos-meta-* without the prefix
    request_id: str | None = None
    storage_class: str = "STANDARD"  # HEAD sends x-cos-storage-class only for other classes
    restore: RestoreState | None = None  # x-cos-restore, for ARCHIVE / DEEP_ARCHIVE objects
    headers: dict[str, str] = field(default_factory=dict)  # Content-Type and friends, as stored

    @property
    def archived(self) -> bool:
        return storage_classes.is_archived(self.storage_class)

    @property
    def readable(self) -> bool:
        """Can be downloaded now: not archived, or restored (and not expired: COS then sends
        no x-cos-restore any more)."""
        return not self.archived or (self.restore is not None and not self.restore.ongoing)


@dataclass
class DeleteResult:
    deleted: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (key, code, message)

    @property
    def ok(self) -> bool:
        return not self.failed
