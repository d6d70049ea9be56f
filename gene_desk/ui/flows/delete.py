"""删除 (seed steps 8-10): count a folder → confirm → delete with progress → report; and 删除桶.

Why a flow of its own: deleting a folder is four steps, two of them long engine calls on a
worker (counting, deleting, each with a progress dialog and 取消) and one a question the user
answers in a non-blocking box. As a coroutine the steps read in order and the window only offers
the entry points. A step whose window closed meanwhile ends the flow (``owner``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import Bucket, DeleteResult
from gene_desk.ui import aio, delete_prompt, errors_text, prompts
from gene_desk.ui.tasks import TaskHandle


def _cancelled(exc: BaseException) -> bool:
    return isinstance(exc, GeneDeskError) and exc.code is ErrorCode.CANCELLED


async def confirm(window: QMainWindow, text: str, *, detail: str = "") -> bool:
    """The 删除 question (default: 取消); True when the user chose 删除."""
    delete = QCoreApplication.translate("MainWindow", "Delete")
    return await prompts.confirm(window, text, title=delete, detail=detail, yes_text=delete)


class DeleteFlow:
    """The window's delete entry points; ``window`` is the MainWindow (duck-typed: bucket,
    prefix, storage, runner, selected_entries, after_change, navigate, tree, tree_model)."""

    def __init__(self, window: Any) -> None:
        self.window = window

    # -- entry points ---------------------------------------------------------------------------
    def delete_selection(self) -> None:
        w = self.window
        files, folders = w.selected_entries()
        if files or folders:
            self.delete_entries(files, folders)
        elif w.bucket is not None and not w.prefix:
            self.delete_bucket()
        elif w.bucket is not None:
            prompts.warn(
                w,
                QCoreApplication.translate(
                    "MainWindow", "Please select the files or folders to delete."
                ),
            )

    def delete_files(self) -> None:
        files, _folders = self.window.selected_entries()
        if not files:
            prompts.warn(
                self.window,
                QCoreApplication.translate("MainWindow", "Please select the files to delete."),
            )
            return
        self.delete_entries(files, [])

    def delete_folders(self, folders: list[str] | None = None) -> None:
        if folders is None:
            _files, folders = self.window.selected_entries()
        if not folders:
            prompts.warn(
                self.window,
                QCoreApplication.translate("MainWindow", "Please select the folders to delete."),
            )
            return
        self.delete_entries([], folders)

    def delete_entries(self, files: list[str], folders: list[str]) -> None:
        if self.window.bucket is None:
            return
        aio.start(self._delete_entries(files, folders), name="delete")

    def delete_bucket(self, bucket: Bucket | None = None) -> None:
        bucket = bucket or self.window.bucket
        if bucket is None:
            prompts.warn(
                self.window,
                QCoreApplication.translate("MainWindow", "Please choose a bucket first."),
            )
            return
        aio.start(self._delete_bucket(bucket), name="delete-bucket")

    # -- the flows ------------------------------------------------------------------------------
    async def _delete_entries(self, files: list[str], folders: list[str]) -> None:
        w = self.window
        bucket, prefix, storage = w.bucket, w.prefix, w.storage
        tally = None
        if folders:  # count first: the question says how many objects go
            box: list[TaskHandle] = []
            progress = self._progress(
                QCoreApplication.translate("MainWindow", "Counting what will be deleted..."), box
            )
            try:
                tally = await aio.run_in_worker(
                    w.runner,
                    lambda h: delete_prompt.tally_folders(storage, bucket, folders, h),
                    owner=w,
                    handle_box=box,
                    on_progress=lambda done, _t: progress.setLabelText(
                        QCoreApplication.translate(
                            "MainWindow", "Counting what will be deleted... {n}"
                        ).format(n=done)
                    ),
                )
            except Exception as exc:
                if not _cancelled(exc):
                    prompts.show_error(w, exc)
                return
            finally:
                self._close_progress()
        text = delete_prompt.confirm_text(folders, files, tally)
        if not await confirm(
            w, text, detail=QCoreApplication.translate("MainWindow", "This cannot be undone.")
        ):
            return
        total = len(files) + (tally.objects if tally is not None else 0)
        await self._run_delete(bucket, prefix, files, folders, total)

    async def _run_delete(
        self, bucket: Bucket, prefix: str, files: list[str], folders: list[str], total: int
    ) -> None:
        w = self.window
        storage = w.storage
        box: list[TaskHandle] = []
        progress = self._progress(QCoreApplication.translate("MainWindow", "Deleting..."), box)
        if total:
            progress.setRange(0, total)

        def work(h: TaskHandle) -> DeleteResult:
            result = DeleteResult()
            base = 0

            def report(done: int, _total: int | None) -> None:
                h.report(base + done, total)

            if files:
                r = storage.delete_objects(bucket, files, progress=report, cancel=h.cancel_event)
                result.deleted += r.deleted
                result.failed += r.failed
                base += r.deleted + len(r.failed)
            for folder in folders:
                r = storage.delete_folder(bucket, folder, progress=report, cancel=h.cancel_event)
                result.deleted += r.deleted
                result.failed += r.failed
                base += r.deleted + len(r.failed)
            return result

        def progressed(done_n: Any, _total: Any) -> None:
            if w.progress_dialog is progress:
                progress.setValue(min(int(done_n), progress.maximum() or int(done_n)))
                progress.setLabelText(
                    QCoreApplication.translate("MainWindow", "Deleting... {n}").format(n=done_n)
                )

        try:
            result = await aio.run_in_worker(
                w.runner, work, owner=w, on_progress=progressed, handle_box=box
            )
        except Exception as exc:
            self._close_progress()
            w.after_change(bucket, prefix)
            if _cancelled(exc):
                w.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "Delete cancelled; {n} object(s) were deleted."
                    ).format(n=getattr(exc, "details", {}).get("deleted", 0)),
                    8000,
                )
            else:
                prompts.show_error(w, exc)
            return
        self._close_progress()
        w.after_change(bucket, prefix)
        if result.ok:
            prompts.inform(w, QCoreApplication.translate("MainWindow", "Deleted successfully."))
        else:
            first = result.failed[0]
            prompts.warn(
                w,
                QCoreApplication.translate(
                    "MainWindow", "{ok} deleted, {failed} could not be deleted."
                ).format(ok=result.deleted, failed=len(result.failed)),
                detail=f"{first[0]}: {first[1]} {first[2]}",
            )

    async def _delete_bucket(self, bucket: Bucket) -> None:
        w = self.window
        storage = w.storage
        try:
            empty = await aio.run_in_worker(
                w.runner, lambda _h: storage.is_bucket_empty(bucket), owner=w
            )
            # seed step 8.2: a bucket with files gets 请删除桶下所有文件后删除 straight away
            if not empty:
                raise GeneDeskError(ErrorCode.BUCKET_NOT_EMPTY, path=bucket.name)
            question = QCoreApplication.translate("MainWindow", "Delete the bucket {name}?")
            if not await confirm(w, question.format(name=bucket.short_name)):
                return
            await aio.run_in_worker(w.runner, lambda _h: storage.delete_bucket(bucket), owner=w)
        except Exception as exc:
            if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.BUCKET_NOT_EMPTY:
                prompts.inform(w, errors_text.error_text(exc))
            else:
                prompts.show_error(w, exc)
            return
        if w.bucket is not None and w.bucket.name == bucket.name:
            w.navigate(None, "")
            w.tree.clearSelection()
        w.tree_model.reload_buckets()
        prompts.inform(w, QCoreApplication.translate("MainWindow", "Deleted successfully."))

    # -- progress -------------------------------------------------------------------------------
    def _progress(self, label: str, handle_box: list[TaskHandle]) -> QProgressDialog:
        w = self.window
        dialog = QProgressDialog(label, QCoreApplication.translate("MainWindow", "Cancel"), 0, 0, w)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: [h.cancel() for h in handle_box])
        dialog.setValue(0)
        w.progress_dialog = dialog
        return dialog

    def _close_progress(self) -> None:
        w = self.window
        if w.progress_dialog is not None:
            w.progress_dialog.canceled.disconnect()
            w.progress_dialog.close()
            w.progress_dialog.deleteLater()
            w.progress_dialog = None
