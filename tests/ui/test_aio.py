"""Window flows as coroutines on the Qt loop (ui/aio.py): each step awaits a worker's answer or
a dialog's, on the GUI thread, with no nested event loop."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog, QWidget

from gene_desk.ui import aio
from gene_desk.ui.tasks import TaskRunner

WAIT = 20_000


def test_a_flow_awaits_worker_results_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen = []

    async def flow():
        worker = await aio.run_in_worker(runner, lambda _h: threading.get_ident())
        seen.append(worker != gui)
        seen.append(threading.get_ident() == gui)
        try:
            await aio.run_in_worker(runner, lambda _h: 1 / 0)
        except ZeroDivisionError:
            seen.append("raised")
        return "done"

    task = aio.start(flow())
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == "done"
    assert seen == [True, True, "raised"]


def test_a_flow_awaits_the_dialogs_answer_opened_with_open(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)

    async def flow():
        return await aio.dialog_answer(dialog)

    task = aio.start(flow())
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert not task.done()  # the flow waits; nothing blocks the loop
    dialog.accept()
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == QDialog.DialogCode.Accepted


def test_a_flow_whose_owner_closes_ends_quietly(qtbot):
    runner = TaskRunner()
    owner = QWidget()
    release = threading.Event()
    after = []

    async def flow():
        await aio.run_in_worker(runner, lambda _h: release.wait(10), owner=owner)
        after.append("continued")  # must not run: the widget is gone

    task = aio.start(flow())
    qtbot.wait(10)
    owner.deleteLater()
    qtbot.waitUntil(task.done, timeout=WAIT)
    release.set()
    runner.wait_done(5_000)
    assert task.cancelled()
    assert after == []


def test_next_signal_tells_which_signal_came_first(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)

    async def flow():
        return await aio.next_signal(dialog.accepted, dialog.rejected)

    task = aio.start(flow())
    qtbot.wait(10)
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == (1, None)


def test_one_loop_per_application(qapp):
    assert aio.loop() is aio.loop()
    assert aio.loop().is_closed() is False
