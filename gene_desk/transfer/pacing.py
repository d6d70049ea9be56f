"""Block sizes that follow the link, so progress moves smoothly on a slow one.

Bodies and downloads count progress per block. A 1 MiB block takes five seconds on a 200 KB/s
link, and a progress bar that moves every five seconds looks stuck. :class:`BlockPacer` times
each block and sizes the next one to about :data:`TARGET` seconds of transfer: small on a slow
link, up to the caller's maximum on a fast one.

A new connection first fills socket buffers, which take blocks at memory speed whatever the link,
so a block's speed alone cannot tell a fast link from a slow one with empty buffers; a block sized
by that would then sit in ``sendall`` for seconds. Hence a block is also never more than a
1/:data:`SHARE` of what this body has moved so far (and at least :data:`START_BLOCK`): buffers of
a few hundred KB let blocks grow to a fraction of that before the first block waits for the link
(at 200 KB/s a quarter let the bar stand still for 1.5 s once; fixed 1 MiB blocks, 10 s). A fast
link reaches 1 MiB blocks after 8 MiB; an 8 MiB part takes 32 blocks instead of 8. Measured on
loopback (1 GiB upload, shared 2-core machine, noisy): 0.1-0.2 s more client CPU per GiB than
fixed 1 MiB blocks, the same as fixed 64 KiB blocks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MIN_BLOCK = 16 * 1024
START_BLOCK = 64 * 1024
TARGET = 0.2  # seconds of transfer per block
SHARE = 8  # a block is at most 1/SHARE of the bytes moved before it


class BlockPacer:
    """Not thread-safe: one per body or per ranged GET."""

    __slots__ = ("_clock", "_last", "_moved", "_size", "_stamp")

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._size = START_BLOCK
        self._moved = 0
        self._stamp = 0.0
        self._last = 0

    def size(self, maximum: int) -> int:
        """How much to move next, at most ``maximum``. Call it right before each block: the
        time since the previous call is what moving the previous block took."""
        now = self._clock()
        if self._last:
            self._moved += self._last
            elapsed = now - self._stamp
            fits = self._last * TARGET / elapsed if elapsed > 0 else float("inf")
            ceiling = max(START_BLOCK, self._moved // SHARE)
            self._size = int(max(MIN_BLOCK, min(fits, self._size * 2, ceiling)))
        self._stamp = now
        self._last = max(1, min(self._size, maximum))
        return self._last
