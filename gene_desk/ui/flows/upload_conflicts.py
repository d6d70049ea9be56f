"""上传 with existing objects: check on a worker, ask per conflict, then queue the upload.

Why a flow of its own: the check lists the destination (one listing, never a HEAD per file: a
folder can hold 100,000 files), which must not run on the GUI thread; the questions are
non-blocking dialogs (``open()``), one after the other, with 应用到全部; only then is the job
queued, with every decision, so the engine never has to ask. Closing a question queues nothing
and gives the upload dialog back to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from gene_desk.storage.models import Bucket
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.plan import plan_upload
from gene_desk.transfer.upload_conflicts import Conflict, OnConflict, UploadCheck, check_upload
from gene_desk.ui.tasks import TaskHandle, TaskRunner
from gene_desk.ui.upload_conflict_dialog import UploadConflictDialog

log = logging.getLogger(__name__)


class UploadConflictFlow:
    """One upload from the upload dialog: ``start()``, then exactly one of the callbacks.

    A plain object that nothing keeps once it has ended (its callbacks and the question's
    signal hold it meanwhile): kept on the window, it held the deleted dialogs' wrappers until
    exit, and PySide then crashed at interpreter shutdown in about one run in four
    ("bool_dealloc"). Worker results are dropped once the upload dialog is gone (``owner``)."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        transfers: TransferManager,
        flags: dict[str, bool],
        bucket: Bucket,
        prefix: str,
        *,
        on_queued: Callable[[list[int]], None],
        on_failed: Callable[[BaseException], None],
        on_cancelled: Callable[[], None],
    ) -> None:
        self.widget = parent
        self.runner = runner
        self.transfers = transfers
        self.bucket = bucket
        self.prefix = prefix
        # compressed paths first, then the others: one job per path either way
        self.groups = [
            ([p for p, c in flags.items() if c is compress], compress) for compress in (True, False)
        ]
        self.groups = [(paths, compress) for paths, compress in self.groups if paths]
        self.on_queued = on_queued
        self.on_failed = on_failed
        self.on_cancelled = on_cancelled
        self.check: UploadCheck | None = None
        self.pending: list[Conflict] = []
        self.decisions: dict[str, OnConflict] = {}
        self.dialog: UploadConflictDialog | None = None

    def start(self) -> None:
        transfers, bucket, prefix, groups = self.transfers, self.bucket, self.prefix, self.groups

        def check(handle: TaskHandle) -> UploadCheck:
            planned = []
            for paths, compress in groups:
                planned += plan_upload(paths, bucket, prefix, compress=compress)
            return check_upload(transfers.storage, bucket, planned, handle.cancel_event)

        self.runner.start(check, on_done=self._checked, on_error=self.on_failed, owner=self.widget)

    def _checked(self, check: UploadCheck) -> None:
        self.check = check
        self.pending = list(check.conflicts)
        if self.pending:
            log.info("upload: %d object(s) exist already; asking", len(self.pending))
        self._ask_next()

    def _ask_next(self) -> None:
        if not self.pending:
            self._queue()
            return
        conflict = self.pending.pop(0)
        dialog = UploadConflictDialog(conflict, len(self.pending), self.widget)
        dialog.chosen.connect(lambda choice, to_all: self._answered(conflict, choice, to_all))
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialog.open()

    def _answered(self, conflict: Conflict, choice: OnConflict, to_all: bool) -> None:
        self.dialog = None  # it deletes itself as it closes
        self.decisions[conflict.source] = choice
        if to_all:
            for other in self.pending:
                self.decisions[other.source] = choice
            self.pending = []
        QTimer.singleShot(0, self._ask_next)  # after this dialog has closed

    def _cancelled(self) -> None:
        log.info("upload: cancelled at a conflict question; nothing queued")
        self.dialog = None
        self.pending = []
        self.on_cancelled()

    def _queue(self) -> None:
        transfers, bucket, prefix, groups = self.transfers, self.bucket, self.prefix, self.groups
        decisions = dict(self.decisions)
        remote = self.check.remote if self.check is not None else None

        def work(_h: TaskHandle) -> list[int]:
            ids: list[int] = []
            for paths, compress in groups:
                ids += transfers.upload(
                    paths,
                    bucket,
                    prefix,
                    compress=compress,
                    on_conflict=OnConflict.ASK,
                    decisions=decisions,
                    remote=remote,
                )
            return ids

        self.runner.start(work, on_done=self.on_queued, on_error=self.on_failed, owner=self.widget)
