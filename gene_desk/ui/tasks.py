"""Engine work off the GUI thread, results back on it.

Every engine call the window makes (login, listing, deletes, planning an upload, journal
snapshots) goes through :class:`TaskRunner.start`: the function runs on a ``QThreadPool`` thread
and receives a :class:`TaskHandle` (cancel flag, progress reporting); its result or exception
comes back as a queued signal to a relay object that lives on the GUI thread, which then calls
``on_done(result)`` or ``on_error(exc)`` there. Worker threads never touch a widget.

A callback whose ``owner`` widget was destroyed meanwhile is dropped, so closing a dialog while
its request is in flight is harmless.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from gene_desk.core.thread_priority import lower_this_thread

log = logging.getLogger(__name__)


class TaskHandle:
    """What a task function gets: a cancel flag and a progress reporter (thread-safe)."""

    def __init__(self, relay: _Relay) -> None:
        self.cancel_event = threading.Event()
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, done: Any, total: Any = None) -> None:
        """Progress from the worker thread; delivered to ``on_progress`` on the GUI thread."""
        self._relay.progressed.emit(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    finished = Signal(object, object)  # result, error
    progressed = Signal(object, object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle
        self._relay = relay

    def run(self) -> None:
        lower_this_thread()  # once per pool thread: the GUI thread goes first
        try:
            result = self._fn(self._handle)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class TaskRunner(QObject):
    """Runs engine calls on its own thread pool; ``active`` counts tasks not yet delivered."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 6) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    @property
    def active(self) -> int:
        return len(self._relays)

    def start(
        self,
        fn: Callable[[TaskHandle], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any, Any], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        relay = _Relay()  # created here, so it lives on the GUI thread
        handle = TaskHandle(relay)
        if not shiboken6.isValid(self):  # the app is tearing down: nothing more runs
            log.debug("task dropped: the runner is gone")
            handle.cancel()
            return handle
        self._relays.add(relay)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        @Slot(object, object)
        def finished(result: Any, error: Any) -> None:
            self._relays.discard(relay)
            try:
                if not alive():
                    return
                if error is not None:
                    if on_error is not None:
                        on_error(error)
                    else:
                        log.error("background task failed", exc_info=error)
                elif on_done is not None:
                    on_done(result)
            finally:
                relay.deleteLater()
                if not self._relays and shiboken6.isValid(self):
                    self.idle.emit()

        relay.finished.connect(finished)
        if on_progress is not None:

            @Slot(object, object)
            def progressed(done: Any, total: Any) -> None:
                if alive() and relay in self._relays:
                    on_progress(done, total)

            relay.progressed.connect(progressed)
        self.pool.start(_Runnable(fn, handle, relay))
        return handle

    def wait_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown only; never call from a coroutine)."""
        return self.pool.waitForDone(msecs)
