"""``gene-desk --demo --smoke-test``: a scripted round trip through the real window.

Used by the installers to prove a build works: the demo sandbox starts, the demo user logs in,
the main window lists the sample bucket, a small FASTQ file goes up through the upload dialog
with compression, comes back down through the download action (decompressed), and the bytes are
compared. Exit code 0 on success; any failure or a timeout prints why and exits 1.

The script waits by pumping the event loop (``processEvents``) from a plain slot: this runs under
``QApplication.exec()``, never inside a coroutine.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from gene_desk import APP_DISPLAY_NAME_ZH, __version__
from gene_desk.journal import State
from gene_desk.sandbox import demo_data
from gene_desk.sandbox.account import seed
from gene_desk.ui.resources import translations_dir

DEADLINE = 90.0  # seconds for the whole run (typically a few seconds)


class SmokeFailed(Exception):
    pass


class SmokeTest(QObject):
    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.controller = controller
        self.exit_code = 1
        self.error = "did not finish"
        self._deadline = time.monotonic() + DEADLINE
        controller.ready.connect(lambda window: QTimer.singleShot(0, lambda: self._run(window)))

    def fail(self, text: str) -> None:
        self.error = text
        self.exit_code = 1
        QApplication.quit()

    def wait_until(self, what: str, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
        end = min(time.monotonic() + timeout, self._deadline)
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > end:
                raise SmokeFailed(f"timed out waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def _run(self, window: Any) -> None:
        work = Path(tempfile.mkdtemp(prefix="gene-desk-smoke-"))
        try:
            self._script(window, work)
            self.exit_code = 0
            self.error = ""
        except Exception as exc:
            self.exit_code = 1
            self.error = f"{exc}" if isinstance(exc, SmokeFailed) else traceback.format_exc()
        finally:
            shutil.rmtree(work, ignore_errors=True)
            window.quit_now()
            QApplication.quit()

    def _job_state(self, window: Any, job_id: int) -> State:
        return window.ctx.transfers.status(job_id).job.state

    def _check_identity(self, window: Any) -> None:
        """Name, version, icon, translations: what a frozen or installed build can lose."""
        if QApplication.windowIcon().pixmap(32, 32).isNull():
            raise SmokeFailed("the window icon does not render (resources or SVG plugins missing)")
        if not (translations_dir() / "gene_desk_zh_CN.qm").is_file():
            raise SmokeFailed(f"the Chinese translation is missing from {translations_dir()}")
        about = window.open_about()
        try:
            label = about.findChild(QLabel, "aboutText")
            text = label.text() if label is not None else ""
            if __version__ not in text or APP_DISPLAY_NAME_ZH not in text:
                raise SmokeFailed(f"the About box does not show the name and {__version__}: {text}")
        finally:
            about.close()

    def _script(self, window: Any, work: Path) -> None:
        self._check_identity(window)
        bucket_name = seed.DEMO_BUCKET
        self.wait_until(
            "the bucket list", lambda: window.tree_model.bucket_index(bucket_name).isValid()
        )
        if not window.select_bucket(bucket_name):
            raise SmokeFailed("the sample bucket is not in the list")
        self.wait_until(
            "the sample bucket's files",
            lambda: window.table_model.complete and window.table_model.rowCount() > 0,
        )
        if window.table_model.row_of_key("README.txt") < 0:
            raise SmokeFailed("README.txt is not listed in the sample bucket")

        name = f"smoke-{secrets.token_hex(4)}.fastq"
        source = work / "up" / name
        source.parent.mkdir()
        source.write_bytes(demo_data.fastq(500, 100, 7, "SMOKE"))
        dialog = window.open_upload([str(source)])
        if dialog is None or dialog.compress_flags() != {str(source): True}:
            raise SmokeFailed("the upload dialog did not list the file with compression on")
        dialog.start_button.click()
        up_job = self.wait_until(
            "the upload to be queued", lambda: next(iter(window.submitted_jobs), None)
        )
        self.wait_until(
            "the upload to finish",
            lambda: self._job_state(window, up_job).finished,
        )
        if self._job_state(window, up_job) is not State.SUCCEEDED:
            raise SmokeFailed(f"upload ended {self._job_state(window, up_job).value}")
        key = name + ".zst"
        window.refresh()
        self.wait_until(
            f"{key} in the file table",
            lambda: window.table_model.complete and window.table_model.row_of_key(key) >= 0,
        )
        window.select_keys([key])
        target = work / "down"
        target.mkdir()
        window.download_selection()
        chooser = window.file_dialog
        if chooser is None or not chooser.isVisible():
            raise SmokeFailed("下载文件 did not ask where to save")
        chooser.fileSelected.emit(str(target))  # what the dialog sends when a folder is chosen
        chooser.close()
        down_job = self.wait_until(
            "the download to be queued",
            lambda: window.submitted_jobs[1] if len(window.submitted_jobs) > 1 else None,
        )
        self.wait_until(
            "the download to finish", lambda: self._job_state(window, down_job).finished
        )
        if self._job_state(window, down_job) is not State.SUCCEEDED:
            raise SmokeFailed(f"download ended {self._job_state(window, down_job).value}")
        result = target / name
        if not result.is_file():
            raise SmokeFailed(f"{result} was not written (decompressed)")
        if result.read_bytes() != source.read_bytes():
            raise SmokeFailed("the downloaded bytes differ from the uploaded ones")
        # leave the demo bucket as it was
        bucket = window.storage.bucket(bucket_name)
        window.storage.delete_objects(bucket, [key])
        for job_id in (up_job, down_job):
            window.ctx.transfers.remove(job_id)
