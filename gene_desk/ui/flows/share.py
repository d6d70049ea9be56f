"""分享 a selected file: the dialog asks for an expiry, the engine makes the link on a worker.

A coroutine on the Qt loop (``ui/aio.py``): open the dialog with ``open()``, then wait for either
生成链接 (with the chosen expiry) or the dialog closing; each 生成链接 runs
:func:`gene_desk.account.sharing.share_object` through ``run_in_worker`` (a HEAD with the
window's keys, then the account service signs) and shows the link or the coded error in words.
The person may generate again with another expiry; closing the dialog ends the flow.
"""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from gene_desk.account.sharing import share_object
from gene_desk.storage.models import Bucket
from gene_desk.ui import aio, errors_text
from gene_desk.ui.selection import one_file_or_warn
from gene_desk.ui.share_dialog import ShareDialog


class ShareFlow:
    """The window's 分享 entry point; ``window`` is the MainWindow (duck-typed: ctx, storage,
    runner, bucket, selected_entries)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: ShareDialog | None = None

    def share_selection(self) -> ShareDialog | None:
        chosen = one_file_or_warn(
            self.window,
            QCoreApplication.translate("MainWindow", "Please choose one file to share."),
        )
        return self.share(*chosen) if chosen is not None else None

    def share(self, bucket: Bucket, key: str) -> ShareDialog:
        dialog = ShareDialog(key.rsplit("/", 1)[-1], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        # listening before the dialog shows: a click before the flow's first step is not lost
        aio.start(self._run(dialog, self._next_request(dialog), bucket, key), name="share")
        dialog.open()
        return dialog

    @staticmethod
    def _next_request(dialog: ShareDialog) -> asyncio.Future[tuple[int, Any]]:
        """生成链接 (index 0, with the seconds) or the dialog closing (index 1)."""
        return aio.when_emitted(dialog.generate_requested, dialog.finished, owner=dialog)

    async def _run(
        self,
        dialog: ShareDialog,
        request: asyncio.Future[tuple[int, Any]],
        bucket: Bucket,
        key: str,
    ) -> None:
        api = self.window.ctx.session.api
        storage = self.window.storage
        while True:
            try:
                which, seconds = await request
            except asyncio.CancelledError:
                return
            if which == 1:
                return  # closed
            # the next request is listened for now: the button comes back with the answer
            request = self._next_request(dialog)
            try:
                result = await aio.run_in_worker(
                    self.window.runner,
                    lambda _h, s=seconds: share_object(api, storage, bucket, key, s),
                    owner=dialog,
                )
            except asyncio.CancelledError:
                request.cancel()
                return  # the dialog closed first
            except Exception as exc:
                if shiboken6.isValid(dialog):
                    dialog.show_error(errors_text.error_text(exc))
                continue
            if shiboken6.isValid(dialog):
                dialog.show_link(result)
