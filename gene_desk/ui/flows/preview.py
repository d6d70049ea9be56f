"""预览 a selected file: open the dialog, run the preview on a worker, show what it found.

A coroutine on the Qt loop (``ui/aio.py``): the dialog opens with ``open()`` at once (saying it
is reading), the engine call runs through ``run_in_worker`` with the dialog's stop flag, and the
answer fills the dialog. Closing the dialog first sets the flag (the fetch ends between ranges,
the range in flight is cut off) and, the dialog being deleted, cancels the flow: nothing is
shown in a widget that is gone.
"""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from gene_desk.core.text import printable
from gene_desk.preview import preview_object
from gene_desk.storage.models import Bucket
from gene_desk.ui import aio, errors_text
from gene_desk.ui.preview_dialog import PreviewDialog
from gene_desk.ui.selection import one_file_or_warn


class PreviewFlow:
    """The window's 预览 entry point; ``window`` is the MainWindow (duck-typed: storage, runner,
    bucket, selected_entries)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: PreviewDialog | None = None

    def preview_selection(self) -> PreviewDialog | None:
        chosen = one_file_or_warn(
            self.window,
            QCoreApplication.translate("MainWindow", "Please choose one file to preview."),
        )
        return self.preview(*chosen) if chosen is not None else None

    def preview(self, bucket: Bucket, key: str) -> PreviewDialog:
        w = self.window
        dialog = PreviewDialog(printable(key.rsplit("/", 1)[-1]), w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        aio.start(self._run(dialog, bucket, key), name="preview")
        return dialog

    async def _run(self, dialog: PreviewDialog, bucket: Bucket, key: str) -> None:
        storage = self.window.storage
        stop = dialog.stop
        try:
            result = await aio.run_in_worker(
                self.window.runner,
                lambda _h: preview_object(storage, bucket, key, stop=stop),
                owner=dialog,
            )
        except asyncio.CancelledError:
            return  # the dialog closed first
        except Exception as exc:
            if shiboken6.isValid(dialog) and not stop.is_set():
                dialog.show_error(errors_text.error_text(exc))
            return
        if shiboken6.isValid(dialog):
            dialog.show_result(result)
