"""Two Linux system calls that make many small downloads cheaper, each with a portable fallback.

* ``rename_noreplace``: ``renameat2(RENAME_NOREPLACE)`` puts a finished temporary file under its
  final name in one call and refuses (FileExistsError) if that name exists, so a file the user
  has is never clobbered. Before, this took ``link`` + ``unlink`` (two metadata updates).
  Where the kernel, libc or file system lacks it (ENOSYS, EINVAL, ENOTSUP), callers fall back to
  link + unlink (core/localfs.publish).
* ``sync_filesystem``: ``syncfs`` makes every written file on one file system durable with one
  call: a batch of 32 small downloads pays one flush instead of 32 fsyncs (issue 18). Only on
  local file systems known to flush every file's data (SYNCFS_TYPES); False elsewhere and where
  unavailable: callers then fsync each file.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
# errors meaning "this kernel / file system cannot do it": fall back, never fail the item
UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, getattr(errno, "ENOTSUP", -1), errno.EOPNOTSUPP}


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


_LIBC = _libc()
_renameat2 = getattr(_LIBC, "renameat2", None) if _LIBC is not None else None
_syncfs = getattr(_LIBC, "syncfs", None) if _LIBC is not None else None
if _renameat2 is not None:
    _renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    _renameat2.restype = ctypes.c_int
if _syncfs is not None:
    _syncfs.argtypes = [ctypes.c_int]
    _syncfs.restype = ctypes.c_int

_fstatfs = getattr(_LIBC, "fstatfs", None) if _LIBC is not None else None
# Local file systems whose syncfs writes every file's data: ext2/3/4, xfs, btrfs, f2fs, tmpfs.
# Not FUSE (syncfs reaches the server only with FUSE_SYNCFS, virtiofs), not network ones: there,
# each file is fsynced instead.
SYNCFS_TYPES = {0xEF53, 0x58465342, 0x9123683E, 0xF2F52010, 0x01021994}

_noreplace_ok = _renameat2 is not None  # cleared the first time the kernel says unsupported


def rename_noreplace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> bool:
    """Rename ``src`` to ``dst`` unless ``dst`` exists (FileExistsError then). False when this
    system cannot do it atomically (the caller falls back); other OS errors are raised."""
    global _noreplace_ok
    if not _noreplace_ok or _renameat2 is None:
        return False
    rc = _renameat2(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in UNSUPPORTED:
        if err == errno.ENOSYS:
            _noreplace_ok = False  # the kernel lacks it: do not ask again
        return False  # EINVAL may be one file system's answer only: ask again next time
    raise OSError(err, os.strerror(err), str(src), None, str(dst))


def sync_filesystem(folder: str | os.PathLike[str]) -> bool:
    """Flush every written file of the file system holding ``folder`` (``syncfs``). False when
    unavailable (not Linux, old libc, ENOSYS): the caller must fsync its files itself."""
    if _syncfs is None:
        return False
    fd = os.open(Path(folder), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if fs_type(fd) not in SYNCFS_TYPES:
            return False
        if _syncfs(fd) == 0:
            return True
        err = ctypes.get_errno()
    finally:
        os.close(fd)
    if err == errno.ENOSYS:
        return False
    raise OSError(err, os.strerror(err), str(folder))


def fs_type(fd: int) -> int | None:
    """The ``f_type`` magic number of the file system holding ``fd`` (None if unknown)."""
    if _fstatfs is None:
        return None
    buf = ctypes.create_string_buffer(256)  # struct statfs; f_type is its first field
    if _fstatfs(ctypes.c_int(fd), buf) != 0:
        return None
    return ctypes.c_long.from_buffer(buf).value & 0xFFFFFFFF
