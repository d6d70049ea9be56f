"""Writes to local files go to the kernel in slices of at most :data:`WRITE_SLICE` (256 KiB).

Why not hand ``write()`` the whole buffer: a buffered write runs to its end inside the kernel,
and a kernel built without preemption (``Dynamic Preempt: none``, the default of many server and
cloud images) gives that CPU to no other thread until it returns. The page cache backs a large
aligned write with large folios (up to 2 MiB on ext4, Linux 6.x), and on a virtual machine with
free page reporting (virtio-balloon) that memory has often been handed back to the host and
faults in again at ~60 MB/s: one 2 MiB ``write()`` then held its CPU for ~35 ms, a 1 MiB one
for ~17 ms. Every thread queued on that CPU waits as long, the window's GUI thread included,
whichever process writes (the engine decompressing a download, or any other program).

Measured on the 2-core VM of issue 18 (docs/adr/0007-bounded-writes.md): with the sandbox writing
2 MiB blocks, the GUI thread came 38-77 ms late during a compressed upload; at 1 MiB, up to
50-72 ms in 9 runs; at 256 KiB, 8-33 ms in each of three runs of 9. Without a fault, 256 KiB
writes run as fast as 1 MiB ones (4.7-5.3 GB/s to ext4), so the slicing costs nothing measurable.

Every writer of bulk data (downloads, decompression output, compressed output, the zip spool,
the sandbox's blob files) goes through :func:`write_all` or :func:`pwrite_all`.

:func:`release_cache` drops file ranges that will not be read again from the page cache: a
download's ranges once durable (transfer/part_checkpoint.py), an upload's source once sent
(transfer/bodies.py).
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

WRITE_SLICE = 256 << 10


def _bytes_view(data: bytes | bytearray | memoryview) -> memoryview:
    view = memoryview(data)
    if view.ndim != 1 or view.itemsize != 1:
        view = view.cast("B")
    return view


def write_all(fd: int, data: bytes | bytearray | memoryview) -> int:
    """Write all of ``data`` to ``fd`` (retrying short writes), one ``WRITE_SLICE`` at a time.

    Returns the number of bytes written (``len(data)``); an OSError leaves a prefix written.
    """
    view = _bytes_view(data)
    total = len(view)
    while view:
        n = os.write(fd, view[:WRITE_SLICE])
        view = view[n:]
    return total


def pwrite_all(fd: int, data: bytes | bytearray | memoryview, offset: int) -> int:
    """:func:`write_all` at ``offset`` (``os.pwrite``): the file position is left alone, so
    ranges of one file can be written by several threads at once."""
    view = _bytes_view(data)
    total = len(view)
    while view:
        n = os.pwrite(fd, view[:WRITE_SLICE], offset)
        view = view[n:]
        offset += n
    return total


_fadvise = getattr(os, "posix_fadvise", None)  # missing on Windows and macOS


def release_cache(fd: int, offset: int, length: int) -> None:
    """Let the kernel drop these pages from the page cache (clean ones at once; dirty ones once
    written). Only a hint: a no-op where ``posix_fadvise`` is missing (Windows, macOS), failures
    ignored."""
    if _fadvise is None or length <= 0:
        return
    try:
        _fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)
    except OSError:
        log.debug("posix_fadvise(DONTNEED) refused", exc_info=True)
