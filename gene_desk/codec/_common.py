"""Small pieces shared by the codec modules: progress throttling, cancellation, levels and the
default worker count. (OS-error translation and conflict renames are in ``core.localfs``.)

Kept private so the public surface stays the handful of names re-exported by
``gene_desk.codec``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from gene_desk.core.errors import ErrorCode, GeneDeskError

ProgressCallback = Callable[[int, "int | None"], None]

# zstd frames of our own making hold this much input each (see compress.py for the reasoning).
DEFAULT_FRAME_SIZE = 8 << 20
DEFAULT_LEVEL = 3
MIN_LEVEL = -7
MAX_LEVEL = 22


def default_workers() -> int:
    """All cores: python-zstandard, zlib and fastcrc release the GIL while they work."""
    return max(1, os.cpu_count() or 1)


def check_level(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not MIN_LEVEL <= level <= MAX_LEVEL:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"compression level must be an integer from {MIN_LEVEL} to {MAX_LEVEL}, got {level!r}",
        )
    return level


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise GeneDeskError(ErrorCode.CANCELLED, "cancelled")


_clock = time.monotonic  # tests stop it to check the throttling without timing anything


class Throttle:
    """Call ``callback(done, total)`` at most once per ``interval`` seconds (plus a final call)."""

    __slots__ = ("_callback", "_interval", "_last", "total")

    def __init__(
        self, callback: ProgressCallback | None, total: int | None, interval: float = 0.1
    ) -> None:
        self._callback = callback
        self.total = total
        self._interval = interval
        self._last = 0.0

    def __call__(self, done: int, *, final: bool = False) -> None:
        if self._callback is None:
            return
        now = _clock()
        if final or now - self._last >= self._interval:
            self._last = now
            self._callback(done, self.total)
