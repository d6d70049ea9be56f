"""Cyclic garbage collection on the GUI thread only.

Python runs a collection on whichever thread happens to allocate when a threshold is crossed:
here that is often a transfer, task-pool or listing thread. If the cycle it frees holds a Qt
object (a closed dialog, a model, a lambda connected to a widget), the C++ side is destroyed on
that worker thread, and Qt crashes (seen in the test suite: a segfault in ``Garbage-collecting``
on a ``QThreadPool`` thread). So the window turns automatic collection off and collects from a
timer on the GUI thread, with the same thresholds, the approach pyqtgraph and Spyder use. Memory
freed by reference counting (nearly all of it) is unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as CPython would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
