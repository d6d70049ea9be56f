"""创建 → 桶 / 文件夹 (seed steps 5-7): the dialog, the engine call, the refreshed tree.

Why a flow of its own: creating is a loop, not one call. The dialog stays open while the name is
checked by COS; an error (name taken, bad name) is shown inside the dialog and the user tries
again; only success closes it, refreshes the tree and selects the new bucket. As a coroutine the
loop is a ``while``: await the dialog's next answer, await the worker, repeat.
"""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from gene_desk.storage.models import Bucket
from gene_desk.ui import aio, dialogs, errors_text, prompts


class CreateFlow:
    """The window's create entry points; ``window`` is the MainWindow (duck-typed: storage,
    runner, bucket, prefix, tree_model, select_bucket, after_change, create_dialog)."""

    def __init__(self, window: Any) -> None:
        self.window = window

    def create_bucket(self) -> dialogs.CreateBucketDialog:
        w = self.window
        dialog = dialogs.CreateBucketDialog(w.storage.appid, w.storage.default_region, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.create_dialog = dialog
        dialog._next_answer = self._answer(dialog)
        dialog.open()
        aio.start(self._create_bucket(dialog), name="create-bucket")
        return dialog

    def create_folder(
        self, bucket: Bucket | None = None, parent: str | None = None
    ) -> dialogs.CreateFolderDialog | None:
        w = self.window
        bucket = bucket or w.bucket
        if bucket is None:
            prompts.warn(
                w, QCoreApplication.translate("MainWindow", "Please choose a bucket first.")
            )
            return None
        parent = w.prefix if parent is None else parent
        dialog = dialogs.CreateFolderDialog(f"{bucket.short_name}/{parent}", w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.create_dialog = dialog
        dialog._next_answer = self._answer(dialog)
        dialog.open()
        aio.start(self._create_folder(dialog, bucket, parent), name="create-folder")
        return dialog

    @staticmethod
    def _answer(dialog: Any) -> asyncio.Future[tuple[int, Any]]:
        """The dialog's next 确定 (0, answer) or close (1, None). Connected when the dialog
        opens, before the flow's first step runs, so an immediate 确定 is not missed."""
        pending = getattr(dialog, "_next_answer", None)
        if pending is None:
            pending = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
        dialog._next_answer = None
        return pending

    async def _until_created(self, dialog: Any, create: Any) -> Any:
        """Each 确定 runs ``create(answer)`` on a worker; an error stays in the dialog for
        another try. The result of the first success, or None when the dialog was closed."""
        w = self.window
        while True:
            try:
                which, answer = await self._answer(dialog)
            except asyncio.CancelledError:
                return None  # the dialog is gone
            if which == 1 or not shiboken6.isValid(dialog):
                return None
            dialog.set_busy(True)
            dialog.show_error("")
            try:
                result = await aio.run_in_worker(
                    w.runner, lambda _h, a=answer: create(a), owner=dialog
                )
            except asyncio.CancelledError:
                return None
            except Exception as exc:
                dialog.set_busy(False)
                dialog.show_error(errors_text.error_text(exc, with_path=False))
                continue
            dialog.set_busy(False)
            dialog.accept()
            return result

    async def _create_bucket(self, dialog: dialogs.CreateBucketDialog) -> None:
        w = self.window
        storage = w.storage
        bucket = await self._until_created(
            dialog, lambda answer: storage.create_bucket(answer[0], answer[1])
        )
        if bucket is None:
            return
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Bucket created"), 5000)
        loaded = aio.when_emitted(w.tree_model.buckets_loaded, owner=w)
        w.tree_model.reload_buckets()
        await loaded
        w.select_bucket(bucket.name)

    async def _create_folder(
        self, dialog: dialogs.CreateFolderDialog, bucket: Bucket, parent: str
    ) -> None:
        w = self.window
        storage = w.storage
        key = await self._until_created(
            dialog, lambda name: storage.create_folder(bucket, parent, name)
        )
        if key is None:
            return
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Folder created"), 5000)
        w.after_change(bucket, parent)
