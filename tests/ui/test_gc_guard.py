"""Cycles made on worker threads are collected on the GUI thread, never where they were made."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication

from gene_desk.ui.gc_guard import MainThreadCollector


class _Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_from_worker_threads_are_collected_on_the_gui_thread(qapp, qtbot):
    collector = qapp.gc_collector if hasattr(qapp, "gc_collector") else None
    own = collector is None
    if own:
        collector = MainThreadCollector(qapp, interval_ms=50)
    try:
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
        assert collector.collections >= 1
    finally:
        if own:
            collector.stop()
        QApplication.processEvents()
