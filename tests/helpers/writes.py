"""Record the size of every ``os.write`` and ``os.pwrite`` the code under test makes
(core/fileio.py: a bulk write reaches the kernel 256 KiB at a time at most). The real calls still
do the writing."""

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
    """Within the block, every ``os.write`` and ``os.pwrite`` (any thread) is logged; with
    ``short``, each call writes at most ``short`` bytes, as a signal can cut a real write short."""
    real_write, real_pwrite = os.write, os.pwrite
    log = WriteLog()

    def cut(data) -> memoryview:  # type: ignore[no-untyped-def]
        view = memoryview(data)
        return view if short is None else view[:short]

    def write(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        n = real_write(fd, cut(data))
        log.add(n)
        return n

    def pwrite(fd: int, data, offset: int) -> int:  # type: ignore[no-untyped-def]
        n = real_pwrite(fd, cut(data), offset)
        log.add(n)
        return n

    with monkeypatch.context() as m:
        m.setattr(os, "write", write)
        m.setattr(os, "pwrite", pwrite)
        yield log
