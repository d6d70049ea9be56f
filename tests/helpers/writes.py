"""Record the size of every ``os.write`` the code under test makes (core/fileio.py: a bulk write
reaches the kernel 1 MiB at a time at most). The real ``os.write`` still does the writing."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class WriteLog:
    def __init__(self) -> None:
        self.sizes: list[int] = []
        self._lock = threading.Lock()

    def add(self, size: int) -> None:
        with self._lock:
            self.sizes.append(size)

    @property
    def total(self) -> int:
        return sum(self.sizes)

    @property
    def largest(self) -> int:
        return max(self.sizes, default=0)


@contextmanager
def recorded_writes(monkeypatch, short: int | None = None) -> Iterator[WriteLog]:  # type: ignore[no-untyped-def]
    """Within the block, every ``os.write`` (any thread) is logged; with ``short``, each call
    writes at most ``short`` bytes, as a pipe or a signal can make a real write come back short."""
    real = os.write
    log = WriteLog()

    def write(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        view = memoryview(data)
        if short is not None:
            view = view[:short]
        n = real(fd, view)
        log.add(n)
        return n

    with monkeypatch.context() as m:
        m.setattr(os, "write", write)
        yield log
