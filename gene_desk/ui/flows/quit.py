"""退出: closing the main window while transfers or compression tasks run.

Why a module of its own: a close is refused at first (``closeEvent`` cannot wait), then a flow
asks the engine on a worker whether work is running, asks the user only if it is, and closes for
real once confirmed. Unfinished transfers stay in the journal and resume at the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from gene_desk.ui import aio, prompts


class QuitFlow:
    """``window`` is the MainWindow (duck-typed: ctx, runner, transfer_panel, codec_panel,
    account_window, closed)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.confirmed = False
        self._asking = False

    def close_event(self, event: QCloseEvent) -> None:
        """The window's ``closeEvent``: close now when confirmed, else check and ask."""
        w = self.window
        if self.confirmed:
            w.transfer_panel.close()
            w.codec_panel.close()
            if w.account_window is not None:
                w.account_window.close()
            event.accept()
            w.closed.emit()
            return
        event.ignore()
        if not self._asking:  # a second 退出 while the question is up changes nothing
            self._asking = True
            aio.start(self._quit(), name="quit")

    def quit_now(self) -> None:
        self.confirmed = True
        self.window.close()

    async def _quit(self) -> None:
        w = self.window
        transfers, codec = w.ctx.transfers, w.ctx.codec
        try:
            active = await aio.run_in_worker(
                w.runner,
                lambda _h: transfers.has_active_work() or codec.has_active_work(),
                owner=w,
            )
        except Exception:  # the engine cannot tell: quitting keeps everything resumable
            active = False
        try:
            if active and not await prompts.confirm(
                w,
                QCoreApplication.translate(
                    "MainWindow",
                    "Transfers or compression tasks are still running. Quit anyway? Unfinished"
                    " transfers continue the next time you start Gene Desk.",
                ),
                title=QCoreApplication.translate("MainWindow", "Exit"),
                yes_text=QCoreApplication.translate("MainWindow", "Exit"),
            ):
                return
        finally:
            self._asking = False
        self.quit_now()
