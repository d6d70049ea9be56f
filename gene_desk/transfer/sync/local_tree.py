"""The local side of a sync: every file under a folder, filtered, and the CRC-64 of a file.

Walks like a folder upload does: files in sorted order, symlinked files followed, symlinked
folders not (they could loop); what cannot be synced (an unreadable folder, a broken link, a
FIFO) is reported as a problem, never silently left out. Folders the filter excludes as a whole
(``.git/``) are not entered. Empty folders are not synced (COS has no folders, only keys).
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.transfer.sync.filters import SyncFilter

BLOCK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class LocalFile:
    rel: str  # relative to the root, '/'-separated
    path: str  # absolute
    size: int
    mtime_ns: int


@dataclass
class LocalTree:
    root: Path
    files: dict[str, LocalFile] = field(default_factory=dict)  # by rel
    problems: list[tuple[str, GeneDeskError]] = field(default_factory=list)  # (rel, why)
    unread_folders: list[str] = field(default_factory=list)  # rel + '/' ('' for the root)
    excluded: int = 0  # files the path filters left out (size limits are the planner's)


def scan(root: Path, filters: SyncFilter, cancel: threading.Event | None = None) -> LocalTree:
    """Every file under ``root`` that the path rules include."""
    tree = LocalTree(root)
    try:
        st = root.stat()
    except OSError as exc:
        raise os_error(exc, root, "cannot read the folder") from exc
    if not stat.S_ISDIR(st.st_mode):
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, "a sync runs between folders: not a folder", path=str(root)
        )
    for item in _walk(str(root), "", filters, tree, cancel):
        tree.files[item.rel] = item
    return tree


def _walk(
    folder: str,
    base: str,
    filters: SyncFilter,
    tree: LocalTree,
    cancel: threading.Event | None,
) -> Iterator[LocalFile]:
    if cancel is not None and cancel.is_set():
        raise GeneDeskError(ErrorCode.CANCELLED, "sync cancelled")
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        tree.problems.append((base or ".", os_error(exc, folder, "cannot read folder")))
        tree.unread_folders.append(base)
        return
    for entry in entries:
        rel = base + entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                if not filters.skips_folder(rel):
                    yield from _walk(entry.path, rel + "/", filters, tree, cancel)
                continue
        except OSError as exc:
            tree.problems.append((rel, os_error(exc, entry.path, "cannot read")))
            continue
        if not filters.includes(rel):
            tree.excluded += 1
            continue
        try:
            st = entry.stat()  # follows a symlink
        except OSError as exc:
            tree.problems.append((rel, _unreadable(entry, exc)))
            continue
        if not stat.S_ISREG(st.st_mode):
            what = (
                "a symbolic link to a folder: not followed (it could loop)"
                if stat.S_ISDIR(st.st_mode)
                else "not a regular file (a FIFO, socket or device): not synced"
            )
            tree.problems.append(
                (rel, GeneDeskError(ErrorCode.INVALID_ARGUMENT, what, path=entry.path))
            )
            continue
        yield LocalFile(rel, entry.path, st.st_size, st.st_mtime_ns)


def _unreadable(entry: os.DirEntry[str], exc: OSError) -> GeneDeskError:
    if isinstance(exc, FileNotFoundError) and entry.is_symlink():
        return GeneDeskError(
            ErrorCode.LOCAL_NOT_FOUND, "broken symbolic link: not synced", path=entry.path
        )
    return os_error(exc, entry.path, "cannot read")


def file_crc(path: str, cancel: threading.Event | None = None) -> tuple[int, int, int]:
    """(CRC-64, size, mtime_ns) of the file's content, with the stat taken *before* reading:
    a file written while it is read gets a newer mtime than the one remembered, so the next
    sync reads it again rather than trusting a CRC of half-old bytes."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            crc = 0
            while block := fh.read(BLOCK):
                if cancel is not None and cancel.is_set():
                    raise GeneDeskError(ErrorCode.CANCELLED, "sync cancelled")
                crc = crc64(block, crc)
    except OSError as exc:
        raise os_error(exc, path, "cannot read") from exc
    return crc, st.st_size, st.st_mtime_ns
