"""MD5 lists in the window: 验证MD5 (check a delivery folder against its md5sum.txt), the same
check offered before an upload of a folder that came with one, and 导出MD5清单 (write the GNU
md5sum list of a COS folder from the objects' metadata, with an offer to compute the missing).

Coroutines on the Qt loop (``ui/aio.py``): every file dialog opens through ``file_dialogs`` with
``open()``, the engine work (hashing, listing and HEADs, streaming) runs through
``run_in_worker``, and the answers come back here on the GUI thread; the result dialog's
``stop`` flag ends the hashing when it is closed.
"""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from gene_desk.core.text import printable
from gene_desk.storage.models import Bucket
from gene_desk.transfer.manifest import find_manifest, read_manifest, verify_manifest
from gene_desk.transfer.manifest.export import iter_md5s, write_manifest
from gene_desk.transfer.manifest.verify import EXTRA
from gene_desk.ui import aio, errors_text, file_dialogs, formatting, prompts
from gene_desk.ui.md5_dialog import Md5ResultDialog


class Md5Flow:
    """The window's MD5 entry points; ``window`` is the MainWindow (duck-typed: runner, storage,
    bucket, prefix)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: Md5ResultDialog | None = None
        self.file_dialog: Any = None
        self.last_export: tuple[str, int, int] | None = None  # path, written, without MD5

    # -- 验证MD5 ----------------------------------------------------------------------------------
    def choose_and_verify(self) -> Any:
        """Pick the manifest (md5sum.txt, MD5.txt, a CSV...), then check its folder."""
        self.file_dialog = file_dialogs.choose_files(
            self.window,
            QCoreApplication.translate("Md5Flow", "Choose the MD5 list of the delivery"),
            lambda files: self.verify_file(files[0]) if files else None,
        )
        return self.file_dialog

    def verify_file(self, manifest: str, root: str | None = None) -> Md5ResultDialog:
        dialog = Md5ResultDialog(QCoreApplication.translate("Md5Flow", "Verify MD5"), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        aio.start(self._verify(dialog, manifest, root), name="verify-md5")
        return dialog

    async def _verify(
        self, dialog: Md5ResultDialog, manifest_path: str, root: str | None
    ) -> bool | None:
        """Check on a worker and fill ``dialog``; True/False when it passed/failed, None when
        it was closed first or the list could not be read."""
        stop = dialog.stop
        folder = root or str(Path(manifest_path).parent)

        def work(handle: Any) -> Any:
            manifest = read_manifest(manifest_path)
            total = len(manifest.entries)
            done = [0]
            lock = threading.Lock()

            def on_file(check: Any) -> None:
                if check.status != EXTRA:
                    with lock:
                        done[0] += 1
                        handle.report(done[0], total)

            return verify_manifest(
                manifest, folder, manifest_path=manifest_path, cancel=stop, on_file=on_file
            )

        def progress(done: Any, total: Any) -> None:
            if shiboken6.isValid(dialog) and dialog.progress.isVisible():
                dialog.show_progress(int(done), int(total))

        try:
            report = await aio.run_in_worker(
                self.window.runner, work, owner=dialog, on_progress=progress
            )
        except asyncio.CancelledError:
            return None
        except Exception as exc:
            if shiboken6.isValid(dialog) and not stop.is_set():
                dialog.show_error(errors_text.error_text(exc))
            return None
        if not shiboken6.isValid(dialog):
            return None
        passed = report.passed()
        dialog.show_report(report, passed, Path(manifest_path).name)
        return passed

    async def check_before_upload(self, parent: QWidget, paths: list[str]) -> bool:
        """For each chosen folder that came with an MD5 list, offer to check it first. True:
        go on with the upload; False: back to the upload dialog."""
        for folder in (p for p in paths if os.path.isdir(p)):
            # listing the folder may be slow (a network share): on a worker, not the GUI thread
            try:
                manifest = await aio.run_in_worker(
                    self.window.runner, lambda _h, f=folder: find_manifest(f), owner=parent
                )
            except asyncio.CancelledError:
                return False
            if manifest is None:
                continue
            choice = await self._ask_check(parent, Path(folder).name, manifest.name)
            if choice == "cancel":
                return False
            if choice == "skip":
                continue
            dialog = Md5ResultDialog(
                QCoreApplication.translate("Md5Flow", "Verify MD5"),
                parent,
                proceed_text=QCoreApplication.translate("Md5Flow", "Upload"),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            closed = aio.when_emitted(dialog.finished)
            dialog.open()
            await self._verify(dialog, str(manifest), folder)
            try:
                _which, code = await closed
            except asyncio.CancelledError:
                return False
            if code != QDialog.DialogCode.Accepted:
                return False
        return True

    async def _ask_check(self, parent: QWidget, folder: str, manifest: str) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Md5Flow", "Verify MD5"),
            QCoreApplication.translate(
                "Md5Flow",
                "The folder {folder} came with an MD5 list ({file}). Check its files against it"
                " before uploading?",
            ).format(folder=printable(folder), file=printable(manifest)),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("prompt")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        check = box.addButton(
            QCoreApplication.translate("Md5Flow", "Check first"), QMessageBox.ButtonRole.AcceptRole
        )
        skip = box.addButton(
            QCoreApplication.translate("Md5Flow", "Upload without checking"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(check)
        box.check_button = check  # type: ignore[attr-defined]
        box.skip_button = skip  # type: ignore[attr-defined]
        parent._last_prompt = box  # type: ignore[attr-defined]
        answer: list[str] = []
        box.finished.connect(
            lambda _r: answer.append(
                "check"
                if box.clickedButton() is check
                else "skip"
                if box.clickedButton() is skip
                else "cancel"
            )
        )
        box.open()
        try:
            await aio.next_signal(box.finished, owner=box)
        except asyncio.CancelledError:
            return "cancel"
        return answer[0] if answer else "cancel"

    # -- 导出MD5清单 ------------------------------------------------------------------------------
    def choose_and_export(self, bucket: Bucket | None = None, prefix: str | None = None) -> Any:
        w = self.window
        bucket = bucket or w.bucket
        if bucket is None:
            prompts.warn(
                w, QCoreApplication.translate("MainWindow", "Please choose a bucket first.")
            )
            return None
        prefix = w.prefix if prefix is None else prefix
        self.file_dialog = file_dialogs.choose_save_file(
            w,
            QCoreApplication.translate("Md5Flow", "Save the MD5 list"),
            lambda path: aio.start(self.export(bucket, prefix, path), name="export-md5"),
            start="md5sum.txt",
        )
        return self.file_dialog

    async def export(self, bucket: Bucket, prefix: str, path: str) -> None:
        w = self.window
        storage = w.storage

        def collect(handle: Any, **kwargs: Any) -> list[Any]:
            out = []
            for entry in iter_md5s(storage, bucket, prefix, cancel=handle.cancel_event, **kwargs):
                out.append(entry)
                if len(out) % 50 == 0:
                    handle.report(len(out), None)
            return out

        def progress(done: Any, _total: Any) -> None:
            if not shiboken6.isValid(w):
                return
            w.statusBar().showMessage(
                QCoreApplication.translate(
                    "Md5Flow", "Export MD5 list: {count} objects read..."
                ).format(count=done),
                5000,
            )

        try:
            entries = await aio.run_in_worker(w.runner, collect, owner=w, on_progress=progress)
        except asyncio.CancelledError:
            return
        except Exception as exc:
            prompts.show_error(w, exc)
            return
        missing = [e for e in entries if e.problem == "no-md5"]
        if missing:
            size = formatting.size_text(sum(e.size for e in missing))
            compute = await prompts.confirm(
                w,
                QCoreApplication.translate(
                    "Md5Flow",
                    "{count} files were uploaded without their MD5. Compute it by reading them"
                    " from COS ({size})? Nothing is saved to disk.",
                ).format(count=len(missing), size=size),
                title=QCoreApplication.translate("Md5Flow", "Export MD5 list"),
                yes_text=QCoreApplication.translate("Md5Flow", "Compute"),
            )
            if compute:
                keys = [e.key for e in missing]
                try:
                    done = await aio.run_in_worker(
                        w.runner,
                        lambda h: collect(h, compute=True, keys=keys),
                        owner=w,
                        on_progress=progress,
                    )
                except asyncio.CancelledError:
                    return
                except Exception as exc:
                    prompts.show_error(w, exc)
                    return
                by_key = {e.key: e for e in done}
                entries = [by_key.get(e.key, e) for e in entries]
        try:
            written = await aio.run_in_worker(
                w.runner, lambda _h: write_manifest(path, entries), owner=w
            )
        except asyncio.CancelledError:
            return
        except Exception as exc:
            prompts.show_error(w, exc)
            return
        without = sum(1 for e in entries if not e.md5)
        self.last_export = (path, written, without)
        text = QCoreApplication.translate(
            "Md5Flow", "The MD5 list of {count} files was saved to {path}."
        ).format(count=written, path=printable(path))
        if without:
            text += "\n" + QCoreApplication.translate(
                "Md5Flow", "{count} objects have no MD5 and are not in it."
            ).format(count=without)
        prompts.inform(w, text, QCoreApplication.translate("Md5Flow", "Export MD5 list"))
