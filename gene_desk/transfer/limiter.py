"""A token-bucket bandwidth limiter shared by every transfer worker.

Workers call :meth:`consume` with the bytes they are about to move; it blocks just long enough to
keep the total rate under the limit (waiting on an Event, so a cancel wakes it at once). The limit
can change while transfers run.
"""

from __future__ import annotations

import threading
import time


class BandwidthLimiter:
    def __init__(self, rate: int = 0, *, burst: float = 0.25) -> None:
        self._lock = threading.Lock()
        self._rate = 0
        self._burst = burst
        self._tokens = 0.0
        self._stamp = time.monotonic()
        self.set_rate(rate)

    @property
    def rate(self) -> int:
        return self._rate

    def set_rate(self, rate: int) -> None:
        with self._lock:
            self._rate = max(0, int(rate))
            # a debt run up at the old rate must not keep threads asleep at the new one
            self._tokens = min(max(self._tokens, 0.0), self._capacity())
            self._stamp = time.monotonic()

    def block_size(self, default: int) -> int:
        """How much to move at once: about a quarter second's worth when limited, so a slow
        limit never sits on a 1 MiB block long enough for COS to time the request out."""
        rate = self._rate
        return default if rate <= 0 else min(default, max(16 * 1024, rate // 4))

    def _capacity(self) -> float:
        return max(self._rate * self._burst, 64 * 1024)

    def consume(self, nbytes: int, stop: threading.Event | None = None) -> None:
        """Block until ``nbytes`` may pass (returns at once when unlimited or when stopped)."""
        while True:
            with self._lock:
                if self._rate <= 0:
                    return
                now = time.monotonic()
                self._tokens = min(
                    self._capacity(), self._tokens + (now - self._stamp) * self._rate
                )
                self._stamp = now
                if self._tokens >= min(nbytes, self._capacity()):
                    self._tokens -= nbytes  # may go negative: large chunks repay later
                    return
                # short slices: a new limit (or none) applies within a quarter second
                wait = min((min(nbytes, self._capacity()) - self._tokens) / self._rate, 0.25)
            if stop is not None:
                if stop.wait(wait):
                    return
            else:
                time.sleep(wait)
