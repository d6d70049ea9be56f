"""Multi-step window flows as coroutines on the Qt event loop (qasync).

A flow such as "count the folder on a worker, ask the user, delete on a worker, report" used to
be a chain of callbacks, each step a nested function handed to the next. Written as a coroutine
it reads top to bottom: ``tally = await run_in_worker(...)``, ``if await dialog_answer(box) ...``.
The coroutine runs on qasync's ``QEventLoop``, which *is* the Qt loop: every step runs on the GUI
thread between Qt events, so widgets are touched exactly as before and nothing blocks. No nested
event loop is ever opened: a dialog is shown with ``open()`` and its ``finished`` signal resolves
a future.

The loop is created once per ``QApplication`` (:func:`loop`). ``run_app`` runs the program on it
(``run_forever``, which calls ``QApplication.exec``); window tests under pytest-qt process Qt
events with their own waits, and because qasync schedules its callbacks as Qt timer events the
same coroutines advance there too. The coroutines therefore await only futures made here (never
``asyncio.sleep`` or other calls that need a *running* asyncio loop).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import qasync
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from gene_desk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

_LOOP_ATTR = "gene_desk_loop"
_tasks: set[asyncio.Task[Any]] = set()  # asyncio keeps only weak references to tasks


def loop() -> qasync.QEventLoop:
    """The asyncio loop of this ``QApplication`` (created on first use)."""
    app = QApplication.instance()
    assert app is not None, "no QApplication"
    existing = getattr(app, _LOOP_ATTR, None)
    if existing is None or existing.is_closed():
        existing = qasync.QEventLoop(app)
        setattr(app, _LOOP_ATTR, existing)
        asyncio.set_event_loop(existing)
    return existing


def run() -> int:
    """Run the application's event loop until ``QApplication.quit`` (``run_app``)."""
    event_loop = loop()
    result = event_loop.run_forever()
    return int(result or 0)


def _finished(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("window flow %s failed", task.get_name(), exc_info=exc)


def start(coro: Coroutine[Any, Any, T], name: str = "") -> asyncio.Task[T]:
    """Run ``coro`` as a flow on the Qt loop; its first step runs at the next event.

    An exception nobody handled is logged (a flow shows its own errors to the user)."""
    task = loop().create_task(coro, name=name or getattr(coro, "__qualname__", "flow"))
    _tasks.add(task)
    task.add_done_callback(_finished)
    return task


def settle(future: asyncio.Future[Any], result: Any = None, error: Any = None) -> None:
    """Resolve ``future`` unless it is already done (cancelled by a closed widget): the bridge
    from a callback API to a flow."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def _cancel_when_destroyed(owner: QObject | None, future: asyncio.Future[Any]) -> Any:
    if owner is None:
        return None
    return owner.destroyed.connect(lambda *_a: future.cancel())


def _unwatch(owner: QObject | None, connection: Any) -> None:
    if owner is not None and connection is not None and shiboken6.isValid(owner):
        QObject.disconnect(connection)


async def run_in_worker(
    runner: TaskRunner,
    fn: Callable[[TaskHandle], T],
    *,
    owner: QObject | None = None,
    on_progress: Callable[[Any, Any], None] | None = None,
    handle_box: list[TaskHandle] | None = None,
) -> T:
    """``fn(handle)`` on the runner's thread pool; its result (or exception) comes back here.

    When ``owner`` is destroyed before the answer arrives the flow is cancelled (it ends
    quietly, as a callback for a closed widget was dropped); cancelling the flow sets the
    task's cancel flag. ``handle_box`` receives the handle (e.g. for a progress Cancel button).
    """
    future: asyncio.Future[T] = loop().create_future()
    handle = runner.start(
        fn,
        on_done=lambda result: settle(future, result),
        on_error=lambda exc: settle(future, error=exc),
        on_progress=on_progress,
    )
    if handle_box is not None:
        handle_box.append(handle)
    watch = _cancel_when_destroyed(owner, future)
    try:
        return await future
    except asyncio.CancelledError:
        handle.cancel()
        raise
    finally:
        _unwatch(owner, watch)


def when_emitted(*signals: Any, owner: QObject | None = None) -> asyncio.Future[tuple[int, Any]]:
    """A future of the first emission of one of ``signals``: (its index, its arguments as one
    value, a tuple or None). Connected at once, so a signal caused by the very next call is
    not missed; cancelled when ``owner`` is destroyed first."""
    future: asyncio.Future[tuple[int, Any]] = loop().create_future()
    slots = []
    for index, signal in enumerate(signals):

        def fire(*args: Any, _index: int = index) -> None:
            settle(future, (_index, args[0] if len(args) == 1 else (args or None)))

        signal.connect(fire)
        slots.append((signal, fire))
    watch = _cancel_when_destroyed(owner, future)

    def disconnect(_future: asyncio.Future[Any]) -> None:
        _unwatch(owner, watch)
        for signal, fire in slots:
            try:
                signal.disconnect(fire)
            except (RuntimeError, TypeError):  # the sender is gone
                pass

    future.add_done_callback(disconnect)
    return future


async def next_signal(*signals: Any, owner: QObject | None = None) -> tuple[int, Any]:
    """Await :func:`when_emitted`."""
    return await when_emitted(*signals, owner=owner)


async def dialog_answer(dialog: QDialog) -> int:
    """Open ``dialog`` with ``open()`` (never ``exec()``) and wait for its result code.

    A dialog destroyed without finishing (its parent closed) cancels the flow."""
    future: asyncio.Future[int] = loop().create_future()
    dialog.finished.connect(lambda code: settle(future, int(code)))
    dialog.destroyed.connect(lambda *_a: future.cancel())
    dialog.open()
    return await future
