"""Rolling transfer speed and ETA, shared by the transfer and compression lists.

A plain average since start lies after a stall or a burst; like qutebrowser's download stats,
the speed here is an exponentially weighted average of recent samples, so the ETA follows what the
link does now while staying calm enough to read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateStats:
    """Thread-safe: workers call :meth:`add`, faces read :attr:`speed` / :meth:`eta`."""

    def __init__(
        self,
        total: int | None = None,
        *,
        window: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self._window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._speed = 0.0
        self._last_time: float | None = None
        self._pending = 0

    def add(self, nbytes: int) -> None:
        """Bytes moved just now (negative: a failed send gave its bytes back)."""
        with self._lock:
            self.done += nbytes
            self._pending += nbytes
            self._sample_locked()

    def add_kept(self, nbytes: int) -> None:
        """Bytes that count as done but did not move now (the parts a resumed item already has
        on COS): they shorten the ETA, they must not show as a burst of speed."""
        with self._lock:
            self.done += nbytes

    def set_done(self, done: int) -> None:
        """For sources that report absolute progress (a restarted item, the codec)."""
        with self._lock:
            if done > self.done:
                self._pending += done - self.done
            self.done = done
            self._sample_locked()

    def _sample_locked(self) -> None:
        now = self._clock()
        if self._last_time is None:
            self._last_time = now
            self._pending = 0
            return
        dt = now - self._last_time
        if dt < 0.2:  # aggregate small chunks so one sample is not noise
            return
        instant = max(0.0, self._pending / dt)  # a retried part's give-back is no speed
        alpha = min(1.0, dt / self._window)
        self._speed = instant if self._speed == 0 else (1 - alpha) * self._speed + alpha * instant
        self._pending = 0
        self._last_time = now

    @property
    def speed(self) -> float:
        """Bytes per second (0 until there is a sample; decays when nothing moves)."""
        with self._lock:
            if self._last_time is None:
                return 0.0
            idle = self._clock() - self._last_time
            if idle > self._window:
                return self._speed * self._window / idle
            return self._speed

    def eta(self) -> float | None:
        """Seconds left, or None when unknown."""
        speed = self.speed
        if self.total is None or speed <= 0:
            return None
        return max(0.0, (self.total - self.done) / speed)
