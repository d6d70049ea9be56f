"""上传文件, 下载文件, 压缩文件 / 解压文件: from the window's dialog to a queued job.

Why a module of its own: each is a few steps with the user in between (the upload dialog, the
per-conflict questions, the folder picker, the codec dialog) and an engine call on a worker that
may fail back into the dialog for another try. As coroutines the steps read in order. What a
flow shows first (a dialog, a file picker) is opened synchronously by the entry point, and the
answer it waits for is connected at once, so an immediate answer is never missed; the coroutine
then carries the rest.
"""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import Bucket
from gene_desk.ui import aio, dialogs, errors_text, file_dialogs, prompts
from gene_desk.ui.bucket_model import BucketRole, PrefixRole
from gene_desk.ui.flows import upload_conflicts


def _tr_choose_bucket() -> str:
    return QCoreApplication.translate("MainWindow", "Please choose a bucket first.")


class TransferFlows:
    """The window's upload, download and codec entry points; ``window`` is the MainWindow
    (duck-typed: ctx, runner, bucket, prefix, archive, selected_entries, table_model,
    after_change, show_transfers, show_codec_list, submitted_jobs)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        # uploads seen unfinished (queued from here, or retried/resumed later): the folder they
        # went to is refreshed when each one finishes, every time it finishes
        self._watched_uploads: set[int] = set()

    # -- upload ---------------------------------------------------------------------------------
    def open_upload(
        self,
        paths: list[str] | None = None,
        bucket: Bucket | None = None,
        prefix: str | None = None,
    ) -> dialogs.UploadDialog | None:
        w = self.window
        bucket = bucket or w.bucket
        if bucket is None:
            prompts.warn(w, _tr_choose_bucket())
            return None
        prefix = w.prefix if prefix is None else prefix
        dialog = dialogs.UploadDialog(bucket, prefix, w.ctx.settings.compress_default, w)
        w.archive.add_upload_choice(dialog, bucket)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.upload_dialog = dialog
        if paths:
            dialog.add_paths(paths)
        first = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
        dialog.open()
        aio.start(self._upload(dialog, first), name="upload")
        return dialog

    async def _upload(self, dialog: dialogs.UploadDialog, answer: asyncio.Future[Any]) -> None:
        """开始上传 → conflicts asked → queued; a failure goes back into the dialog."""
        w = self.window
        while True:
            try:
                which, submitted = await answer
            except asyncio.CancelledError:
                return  # the dialog is gone
            if which == 1 or not shiboken6.isValid(dialog):
                return
            answer = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
            flags, bucket, prefix = submitted
            dialog.start_button.setEnabled(False)
            dialog.show_error("")
            # a folder that came with an md5sum.txt: offer to check it first (flows/md5.py)
            try:
                go_on = await w.md5.check_before_upload(dialog, list(flags))
            except asyncio.CancelledError:
                answer.cancel()
                return
            if not shiboken6.isValid(dialog):
                answer.cancel()
                return
            if not go_on:
                dialog.start_button.setEnabled(True)
                continue
            try:  # existing objects: asked about per file before anything is queued
                ids = await upload_conflicts.upload_asking(
                    dialog, w.runner, w.archive.transfers_for(dialog), flags, bucket, prefix
                )
            except asyncio.CancelledError:  # the dialog is gone
                answer.cancel()
                return
            except Exception as exc:
                dialog.start_button.setEnabled(True)
                dialog.show_error(errors_text.error_text(exc))
                continue
            if ids is None:  # a question was closed: the dialog is the user's again
                dialog.start_button.setEnabled(True)
                continue
            answer.cancel()
            self._watched_uploads.update(ids)
            for job_id in ids:  # a small upload may have finished already: look again
                self.transfer_job_changed(job_id)
            w.submitted_jobs.extend(ids)
            dialog.accept()
            w.show_transfers(ids[0] if ids else None)
            return

    def dropped_on_tree(self, paths: list[str], index: QModelIndex) -> None:
        if index.isValid():
            index = index.siblingAtColumn(0)
            self.open_upload(paths, index.data(BucketRole), index.data(PrefixRole) or "")
        else:
            self.open_upload(paths)

    def dropped_on_table(self, paths: list[str], index: QModelIndex) -> None:
        w = self.window
        if index.isValid() and w.bucket is not None:
            entry = w.table_model.entry(index.row())
            if entry.is_folder:
                self.open_upload(paths, w.bucket, entry.key)
                return
        self.open_upload(paths)

    def transfer_job_changed(self, job_id: int) -> None:
        """An upload finished: refresh the folder it went to, if shown. Any upload job counts,
        not only the ones queued from this window, and a job retried from the transfer list
        counts again when it finishes again (0 means "many jobs": nothing to follow)."""
        if job_id:
            aio.start(self._upload_changed(job_id), name="upload-changed")

    async def _upload_changed(self, job_id: int) -> None:
        w = self.window
        journal = w.ctx.journal

        def look(_h: Any) -> Any:
            try:
                return journal.job(job_id)
            except Exception:  # removed from the list meanwhile
                return None

        try:
            job = await aio.run_in_worker(w.runner, look, owner=w)
        except Exception:  # the journal is closing: nothing to refresh
            return
        if job is None or job.kind != "upload":
            return
        if not job.state.finished:
            self._watched_uploads.add(job_id)
            return
        if job_id not in self._watched_uploads:
            return
        self._watched_uploads.discard(job_id)
        if w.bucket is not None and job.options.get("bucket") == w.bucket.name:
            w.after_change(w.bucket, w.prefix)

    # -- download -------------------------------------------------------------------------------
    def download_selection(self) -> None:
        w = self.window
        if w.bucket is None:
            prompts.warn(w, _tr_choose_bucket())
            return
        files, folders = w.selected_entries()
        if not files and not folders:
            prompts.warn(w, errors_text.error_text(GeneDeskError(ErrorCode.NOT_SELECTED)))
            return
        self.download_to_chosen_folder(files + folders, w.bucket)

    def download_to_chosen_folder(self, keys: list[str], bucket: Bucket) -> None:
        """选择下载位置 (Qt's folder dialog on the default download folder), then download."""
        w = self.window
        chosen = aio.loop().create_future()
        w.file_dialog = file_dialogs.choose_folder(
            w,
            QCoreApplication.translate("MainWindow", "Choose where to save"),
            lambda folder: aio.settle(chosen, folder),
            w.ctx.settings.effective_download_dir(),
        )
        w.file_dialog.rejected.connect(lambda: chosen.cancel())
        aio.start(self._download_when_chosen(keys, bucket, chosen), name="download")

    async def _download_when_chosen(
        self, keys: list[str], bucket: Bucket, chosen: asyncio.Future[str]
    ) -> None:
        try:
            target = await chosen
        except asyncio.CancelledError:
            return  # 取消
        await self._download(keys, target, bucket)

    def download_keys(self, keys: list[str], target: str, bucket: Bucket | None = None) -> None:
        bucket = bucket or self.window.bucket
        assert bucket is not None
        aio.start(self._download(keys, target, bucket), name="download")

    async def _download(self, keys: list[str], target: str, bucket: Bucket) -> None:
        w = self.window
        transfers = w.ctx.transfers
        try:
            ids = await aio.run_in_worker(
                w.runner,
                lambda _h: transfers.download(keys, bucket, target, decompress=True),
                owner=w,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            w.archive.download_failed(exc, bucket)  # 恢复 offered for archived objects
            return
        w.submitted_jobs.extend(ids)
        w.show_transfers(ids[0] if ids else None)

    # -- compression ----------------------------------------------------------------------------
    def open_codec(self, mode: str) -> dialogs.CodecDialog:
        w = self.window
        dialog = dialogs.CodecDialog(mode, w.ctx.settings.effective_download_dir(), w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.codec_dialog = dialog
        first = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
        dialog.open()
        aio.start(self._codec(dialog, mode, first), name=mode)
        return dialog

    async def _codec(
        self, dialog: dialogs.CodecDialog, mode: str, answer: asyncio.Future[Any]
    ) -> None:
        w = self.window
        codec = w.ctx.codec
        while True:
            try:
                which, submitted = await answer
            except asyncio.CancelledError:
                return
            if which == 1 or not shiboken6.isValid(dialog):
                return
            answer = aio.when_emitted(dialog.submitted, dialog.rejected, owner=dialog)
            paths, out_dir = submitted
            dialog.start_button.setEnabled(False)
            level = w.ctx.settings.compress_level
            try:
                ids = await aio.run_in_worker(
                    w.runner,
                    lambda _h, p=paths, o=out_dir, lv=level: (
                        codec.compress(p, o, level=lv)
                        if mode == "compress"
                        else codec.decompress(p, o)
                    ),
                    owner=dialog,
                )
            except asyncio.CancelledError:
                answer.cancel()
                return
            except Exception as exc:
                dialog.start_button.setEnabled(True)
                dialog.show_error(errors_text.error_text(exc))
                continue
            answer.cancel()
            dialog.accept()
            w.show_codec_list(ids[0] if ids else None)
            return
