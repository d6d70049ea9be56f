"""A clock a test (or a demo) can move forward: real time plus an offset.

Why not a frozen clock: the sandbox's servers run on their own threads and a frozen clock makes
every timeout and expiry stand still; what tests need is to *skip* time (an archive restore of
three hours, a restored copy that expires after a day) without waiting for it. ``advance`` does
exactly that and nothing else: time keeps running between calls.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class SettableClock:
    """``clock()`` -> seconds since the epoch, ``offset`` ahead of ``base()``."""

    def __init__(self, base: Callable[[], float] = time.time, offset: float = 0.0) -> None:
        self._base = base
        self._offset = float(offset)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            offset = self._offset
        return self._base() + offset

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock ``seconds`` forward (never backward: expiries would undo); returns
        the new time."""
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            self._offset += float(seconds)
        return self()
