"""Writes to local files go to the kernel in slices of at most :data:`WRITE_SLICE` (1 MiB).

Why not hand ``write()`` the whole buffer: a buffered write runs to its end inside the kernel,
and a kernel built without preemption (``Dynamic Preempt: none``, the default of many server and
cloud images) gives that CPU to no other thread until it returns. On Linux 6.x, ext4 backs a
2 MiB-aligned write with one 2 MiB page-cache folio; on a virtual machine with free page
reporting (virtio-balloon, here ``page_reporting_order=9``) such a block has usually been handed
back to the host and faults in again at ~60 MB/s, so one 2 MiB ``write()`` held its CPU for
~35 ms and 4-8 MiB writes for 40-80 ms. Any thread queued on that CPU waited as long: the
window's GUI thread came 38-77 ms late while the sandbox wrote 2 MiB blocks, and came at most
15 ms late once every write was cut to 1 MiB (bench/gui_responsiveness.py, docs/adr/0007).
A pinned writer measured the same: a 5 ms sleeper on its CPU was up to 55-80 ms late behind
2 MiB writes and at most 6-11 ms late behind 1 MiB ones; with no fault, 1 MiB writes run at the
same 4.2 GB/s as 2 MiB ones, so the slicing costs nothing measurable.

Every writer of bulk data (decompression output, compressed output, the zip spool, the
sandbox's blob files) goes through :func:`write_all`; the download's ranged ``pwrite`` uses
blocks of ``WRITE_SLICE`` at most (transfer/download.py).
"""

from __future__ import annotations

import os

WRITE_SLICE = 1 << 20


def write_all(fd: int, data: bytes | bytearray | memoryview) -> int:
    """Write all of ``data`` to ``fd`` (retrying short writes), one ``WRITE_SLICE`` at a time.

    Returns the number of bytes written (``len(data)``); an OSError leaves a prefix written.
    """
    view = memoryview(data)
    if view.ndim != 1 or view.itemsize != 1:
        view = view.cast("B")
    total = len(view)
    while view:
        n = os.write(fd, view[:WRITE_SLICE])
        view = view[n:]
    return total
