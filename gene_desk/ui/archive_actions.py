"""The window's storage-class and archive features, kept out of main_window.py:

* the 存储类型 / 恢复状态 columns' restore states, read lazily (archive_states.py);
* 恢复… for ARCHIVE / DEEP_ARCHIVE files (days, restore mode), and 修改存储类型… for files;
* a download refused because a file is archived: the refusal offers 恢复 right there;
* the upload dialog's storage class reaching the transfer engine.

Each action is a coroutine on the Qt loop (ui/aio.py): the dialog's answer is awaited, the COS
calls run on the task runner, and the rows involved are read again (a restore asked shows 恢复中
at once). A refused download's 恢复 opens the restore dialog straight from the question's
button (the box's answer is the entry point of the restore flow).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gene_desk.core import storage_classes as sc
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import archive
from gene_desk.storage.models import Bucket, ObjectEntry
from gene_desk.ui import aio, errors_text, prompts
from gene_desk.ui.archive_dialogs import ChangeClassDialog, RestoreDialog
from gene_desk.ui.archive_states import RestoreStateFetcher
from gene_desk.ui.object_model import COL_CLASS, COL_RESTORE, Entry
from gene_desk.ui.storage_class_ui import StorageClassCombo, offer_multi_az_when_known
from gene_desk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from gene_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

T = TypeVar("T")


class UploadWithClass:
    """The transfer manager as the upload flow sees it, with the dialog's storage class added
    to every ``upload`` (the flow itself knows nothing of classes)."""

    def __init__(self, transfers: Any, storage_class: str | None) -> None:
        self._transfers = transfers
        self._storage_class = storage_class

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transfers, name)

    def upload(self, *args: Any, **kwargs: Any) -> list[int]:
        if self._storage_class and self._storage_class != sc.STANDARD:
            kwargs.setdefault("storage_class", self._storage_class)
        return self._transfers.upload(*args, **kwargs)


class ArchiveActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RestoreDialog | ChangeClassDialog | None = None
        self.states = RestoreStateFetcher(
            window.table, window.table_model, window.runner, window.storage
        )
        header = window.table.horizontalHeader()
        header.resizeSection(COL_CLASS, 110)
        header.resizeSection(COL_RESTORE, 190)
        self.act_restore = self._action(
            "actionRestore", self.tr("Restore..."), self.restore_selection
        )
        self.act_change_class = self._action(
            "actionChangeClass", self.tr("Change storage class..."), self.change_class_selection
        )

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # -- menus ------------------------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu) -> None:
        """For the file list's context menu: 恢复… only when an archived file is selected."""
        files = self._selected_files()
        self.act_restore.setEnabled(any(e.storage_class in sc.ARCHIVED for e in files))
        self.act_change_class.setEnabled(bool(files))
        menu.addAction(self.act_restore)
        menu.addAction(self.act_change_class)

    def _selected_files(self) -> list[Entry]:
        model = self.window.table_model
        rows = sorted({i.row() for i in self.window.table.selectionModel().selectedRows()})
        return [e for e in (model.entry(r) for r in rows) if not e.is_folder]

    # -- upload -----------------------------------------------------------------------------------
    def add_upload_choice(self, dialog: Any, bucket: Bucket) -> StorageClassCombo:
        """The storage class row of the upload dialog (MAZ classes once the bucket says it is
        multi-AZ)."""
        combo = StorageClassCombo()
        dialog.extra.addRow(self.tr("Storage class:"), combo)
        dialog.storage_class = combo
        offer_multi_az_when_known(combo, self.window.runner, self.window.storage, bucket)
        return combo

    def transfers_for(self, dialog: Any) -> Any:
        combo = getattr(dialog, "storage_class", None)
        return UploadWithClass(self.window.ctx.transfers, combo.value() if combo else None)

    # -- restore ----------------------------------------------------------------------------------
    def restore_selection(self) -> None:
        bucket = self.window.bucket
        files = [e for e in self._selected_files() if e.storage_class in sc.ARCHIVED]
        if bucket is None or not files:
            prompts.warn(self.window, self.tr("Select archive or deep archive files to restore."))
            return
        entries = [ObjectEntry(e.key, e.size or 0, e.modified, "", e.storage_class) for e in files]
        self.open_restore(bucket, entries)

    def open_restore(self, bucket: Bucket, entries: list[ObjectEntry]) -> RestoreDialog:
        names = [e.key.rsplit("/", 1)[-1] for e in entries]
        dialog = RestoreDialog(names, {e.storage_class for e in entries}, self.window)
        self._open(dialog, lambda answer: self._restore(bucket, entries, *answer), "restore")
        return dialog

    async def _restore(
        self, bucket: Bucket, entries: list[ObjectEntry], days: int, tier: str
    ) -> None:
        storage = self.window.storage
        out = await self._in_worker(
            lambda _h: archive.restore_many(storage, bucket, entries, days=days, tier=tier)
        )
        if out is None:
            return
        self.states.forget([e.key for e in entries])
        if out.failed:
            key, exc = out.failed[0]
            prompts.warn(
                self.window,
                self.tr("{n} file(s) could not be restored.").format(n=len(out.failed)),
                detail=f"{key}\n{errors_text.error_text(exc, with_path=False)}",
            )
            return
        text = self.tr("Restore started for {n} file(s).").format(n=len(out.started))
        if out.in_progress:
            text += "\n" + self.tr("{n} file(s) were being restored already.").format(
                n=len(out.in_progress)
            )
        prompts.inform(self.window, text)

    # -- change storage class ---------------------------------------------------------------------
    def change_class_selection(self) -> None:
        bucket = self.window.bucket
        files = self._selected_files()
        if bucket is None or not files:
            prompts.warn(self.window, self.tr("Select the files whose storage class to change."))
            return
        classes = {e.storage_class for e in files}
        current = classes.pop() if len(classes) == 1 else sc.STANDARD
        keys = [e.key for e in files]
        dialog = ChangeClassDialog(keys, current, self.window)
        offer_multi_az_when_known(
            dialog.storage_class, self.window.runner, self.window.storage, bucket
        )
        self._open(dialog, lambda cls: self._change_class(bucket, keys, cls), "change-class")

    async def _change_class(self, bucket: Bucket, keys: list[str], storage_class: str) -> None:
        storage = self.window.storage

        def work(_h: TaskHandle) -> list[tuple[str, GeneDeskError]]:
            failed = []
            for key in keys:
                try:
                    archive.change_storage_class(storage, bucket, key, storage_class)
                except GeneDeskError as exc:
                    failed.append((key, exc))
            return failed

        failed = await self._in_worker(work)
        if failed is None:
            return
        self.window.refresh()
        if failed:
            key, exc = failed[0]
            prompts.warn(
                self.window,
                self.tr("The storage class of {n} file(s) could not be changed.").format(
                    n=len(failed)
                ),
                detail=f"{key}\n{errors_text.error_text(exc, with_path=False)}",
            )

    # -- the flows' shared steps ------------------------------------------------------------------
    def _open(
        self,
        dialog: RestoreDialog | ChangeClassDialog,
        then: Callable[[Any], Coroutine[Any, Any, None]],
        name: str,
    ) -> None:
        """Open ``dialog`` (``open()``) and start its flow: the answer is connected before the
        dialog shows, so an immediate 确定 is never missed; 取消 ends the flow."""
        self.dialog = dialog
        answer = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
        dialog.open()

        async def flow() -> None:
            try:
                which, value = await answer
            except asyncio.CancelledError:
                return  # the window closed
            if which == 0:
                await then(value)

        aio.start(flow(), name=name)

    async def _in_worker(self, work: Callable[[TaskHandle], T]) -> T | None:
        """``work`` on the task runner; None (the error shown) when it failed."""
        try:
            return await aio.run_in_worker(self.window.runner, work, owner=self.window)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            prompts.show_error(self.window, exc)
            return None

    # -- downloads --------------------------------------------------------------------------------
    def download_failed(self, exc: BaseException, bucket: Bucket) -> None:
        """A download refused before it started: an archived file offers 恢复 at once."""
        if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.OBJECT_ARCHIVED:
            key = str(exc.details.get("key") or exc.path or "")
            cls = str(exc.details.get("storage_class") or sc.ARCHIVE)
            prompts.ask(
                self.window,
                errors_text.error_text(exc),
                lambda: self.open_restore(bucket, [ObjectEntry(key, 0, None, "", cls)]),
                title=self.tr("The file is archived"),
                yes_text=self.tr("Restore"),
            )
            return
        prompts.show_error(self.window, exc)
