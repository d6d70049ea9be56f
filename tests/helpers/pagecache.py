"""How many of a file's pages are in the page cache (Linux ``mincore``), for tests of what the
engine leaves cached. Only where it can be told (:func:`disk_folder`): on Linux, and not on a file
system whose pages are its storage (tmpfs keeps every page: nothing there can be dropped)."""

from __future__ import annotations

import ctypes
import mmap
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gene_desk.core.durable import fs_type

_TMPFS_MAGIC = 0x01021994
_RAMFS_MAGIC = 0x858458F6


def can_observe(folder: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return fs_type(fd) not in (None, _TMPFS_MAGIC, _RAMFS_MAGIC)
    finally:
        os.close(fd)


@contextmanager
def disk_folder(tmp_path: Path) -> Iterator[Path | None]:
    """``tmp_path``, or a folder under /var/tmp (removed afterwards) when ``tmp_path`` is on
    tmpfs; None if neither can show what is cached."""
    if can_observe(tmp_path):
        yield tmp_path
        return
    alt = Path("/var/tmp")
    if not (alt.is_dir() and can_observe(alt)):
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="gd-pagecache-", dir=alt))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def resident_pages(path: Path) -> tuple[int, int]:
    """(pages in the page cache, pages of the file)."""
    size = path.stat().st_size
    page = mmap.PAGESIZE
    total = (size + page - 1) // page
    if size == 0:
        return 0, 0
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_ubyte)]
    with path.open("rb") as fh:
        mm = mmap.mmap(fh.fileno(), size, access=mmap.ACCESS_COPY)  # maps; reads nothing
    try:
        buf = (ctypes.c_char * size).from_buffer(mm)
        try:
            vec = (ctypes.c_ubyte * total)()
            if libc.mincore(ctypes.addressof(buf), size, vec) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err))
            return sum(v & 1 for v in vec), total
        finally:
            del buf
    finally:
        mm.close()
