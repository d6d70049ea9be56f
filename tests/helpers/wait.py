"""One bounded poller for the tests: wait for a condition, never for a fixed time.

A test that waits for something another thread or process does polls it with a deadline, so a
fast machine does not wait and a slow one does not fail spuriously (a fixed ``sleep`` does both).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    predicate: Callable[[], T],
    timeout: float = 30.0,
    what: str = "condition",
    interval: float = 0.02,
) -> T:
    """Call ``predicate`` until it returns something truthy and return that; AssertionError
    naming ``what`` when ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)
