"""The main window's status-bar line about transfers: how many run and how fast, all together.

Someone who closed the transfer list still sees that work goes on (and when it stops) without
opening it. The figures are the transfer manager's in-memory counters (``activity()``), read on
a worker like every engine call from the window; the line is refreshed when the engine reports
(job changes, progress) and, while anything runs, twice a second, so the speed also falls when a
link stalls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from gene_desk.transfer.manager import TransferManager
from gene_desk.ui import formatting
from gene_desk.ui.jobs_model import JobSignals
from gene_desk.ui.tasks import TaskRunner

REFRESH_MS = 500


class TransferStatusLabel(QLabel):
    """ "2 transfer(s) running · 1.2 MB/s"; empty when nothing runs."""

    def __init__(
        self,
        manager: TransferManager,
        signals: JobSignals,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferStatus")
        self.manager = manager
        self.runner = runner
        self._in_flight = False
        self._running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        signals.jobChanged.connect(self._soon)
        signals.itemChanged.connect(self._soon)
        signals.progressed.connect(self._soon)
        self.refresh()

    def _soon(self, *_args: Any) -> None:
        if not self._timer.isActive() and not self._in_flight:
            self._timer.start()

    def refresh(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        manager = self.manager
        self.runner.start(
            lambda _h: manager.activity(),
            on_done=self._show,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, _exc: BaseException) -> None:
        self._in_flight = False

    def _show(self, activity: tuple[int, float]) -> None:
        self._in_flight = False
        count, speed = activity
        self._running = count
        if not count:
            self.setText("")
            return
        text = self.tr("{n} transfer(s) running").format(n=count)
        if speed > 0:
            text += " · " + formatting.speed_text(speed)
        self.setText(text)
        self._timer.start()  # keep the figures current while anything runs

    @property
    def running(self) -> int:
        return self._running
