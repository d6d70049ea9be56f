"""The sandbox store's records (buckets, objects, parts, uploads, listings), the object reader
and the key rules.

Kept apart from backend.py so the store's parts (backend_listing, backend_multipart) and the
request handlers share one definition of each record without importing the store itself.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import CosError

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from .backend import Backend

MIN_PART_SIZE = 1024 * 1024
MAX_PART_NUMBER = 10000
MAX_KEY_BYTES = 850
_BAD_KEY_CHARS = {chr(24), chr(25), chr(26), chr(27)}


@dataclass
class Bucket:
    name: str
    appid: str
    region: str
    created: float


@dataclass
class ObjectInfo:
    bucket: str
    key: str
    size: int
    etag: str  # quoted, as sent in the ETag header
    crc64: str  # decimal, as sent in x-cos-hash-crc64ecma
    mtime: float
    headers: dict[str, str] = field(default_factory=dict)  # content-type and friends
    meta: dict[str, str] = field(default_factory=dict)  # user metadata, lower-case suffixes
    blob: str | None = None
    nparts: int = 0
    storage_class: str = "STANDARD"


@dataclass
class ListEntry:
    key: str
    size: int
    etag: str
    mtime: float
    storage_class: str = "STANDARD"


@dataclass
class Part:
    number: int
    size: int
    etag: str
    crc64: str
    mtime: float
    file: str


@dataclass
class Upload:
    upload_id: str
    bucket: str
    key: str
    initiated: float
    headers: dict[str, str]
    meta: dict[str, str]
    storage_class: str = "STANDARD"


@dataclass
class ListResult:
    entries: list[ListEntry]
    prefixes: list[str]
    truncated: bool
    next_marker: str | None  # last key or common prefix returned, when truncated


class ObjectReader:
    """An object opened for reading: its metadata and the files holding its bytes.

    Holds a reference on the blob so a concurrent overwrite or delete does not remove the files
    until :meth:`close`.
    """

    def __init__(
        self, backend: Backend, info: ObjectInfo, segments: list[tuple[Path, int]]
    ) -> None:
        self.info = info
        self.segments = segments
        self._backend = backend
        self._closed = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            if self.info.blob:
                self._backend._release(self.info.blob)

    def __enter__(self) -> ObjectReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ranges(self, start: int, length: int) -> Iterator[tuple[Path, int, int]]:
        """(file, offset in file, count) pieces covering ``length`` bytes from ``start``."""
        pos = 0
        end = start + length
        for path, size in self.segments:
            seg_start, seg_end = pos, pos + size
            pos = seg_end
            if seg_end <= start or size == 0:
                continue
            if seg_start >= end:
                break
            lo = max(start, seg_start)
            hi = min(end, seg_end)
            yield path, lo - seg_start, hi - lo


def check_key(key: str) -> None:
    if not key:
        raise CosError("InvalidObjectName", "The object key is empty.")
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise CosError("KeyTooLongError", f"Object keys are limited to {MAX_KEY_BYTES} bytes.")
    if any(c in _BAD_KEY_CHARS for c in key):
        raise CosError("InvalidObjectName", "The object key contains a forbidden control char.")


def key_successor(prefix: str) -> str | None:
    """Smallest string greater than every string starting with ``prefix`` (None: no bound)."""
    chars = list(prefix)
    while chars:
        code = ord(chars[-1]) + 1
        if code == 0xD800:
            code = 0xE000
        if code <= 0x10FFFF:
            chars[-1] = chr(code)
            return "".join(chars)
        chars.pop()
    return None


def _norm_etag(etag: str) -> str:
    return etag.strip().strip('"').lower()


def _link_or_copy(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


class BackendParts:
    """What the listing and multipart mixins use of :class:`Backend` (its connections, blob
    files and index writes), declared once for type checkers; nothing at run time."""

    if TYPE_CHECKING:
        root: Path
        _conn: Callable[[], AbstractContextManager[sqlite3.Connection]]
        _write: Callable[[], AbstractContextManager[sqlite3.Connection]]
        _require_bucket: Callable[[sqlite3.Connection, str], None]
        _replace: Callable[..., list[str]]
        _insert: Callable[[sqlite3.Connection, ObjectInfo], None]
        _discard: Callable[[list[str]], None]
        _abs: Callable[[str], Path]
        temp_path: Callable[[], Path]
