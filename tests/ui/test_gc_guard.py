"""Cycles made on worker threads are collected on the GUI thread, never where they were made."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar


class _Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_from_worker_threads_are_collected_on_the_gui_thread(gui_thread_gc, qtbot):
    """``gui_thread_gc`` (tests/ui/conftest.py) is the app's MainThreadCollector."""
    assert not gc.isenabled()
    _Cycle.freed_on.clear()

    def churn() -> None:
        for _ in range(20 * gc.get_threshold()[0]):  # would trigger many collections here
            _Cycle()

    worker = threading.Thread(target=churn, name="engine-worker")
    worker.start()
    worker.join()
    assert _Cycle.freed_on == []  # nothing was collected on the worker thread
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5000)
    assert set(_Cycle.freed_on) == {threading.main_thread().name}
    assert gui_thread_gc.collections >= 1
