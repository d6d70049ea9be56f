"""同步 in the window: compare on a worker, show the plan, ask before deleting, queue the job.

Why a flow of its own: comparing walks a folder, lists a prefix and may read files or ask COS
about objects, none of which may run on the GUI thread; deleting extras is asked with the count
first (a non-blocking box); and only then is the job queued, on a worker too, so the sync shows
up in the transfer list like any upload or download (paused, resumed after a quit, retried).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.models import Bucket
from gene_desk.transfer.sync import jobs
from gene_desk.transfer.sync.crc_cache import SyncCache
from gene_desk.transfer.sync.filters import SyncFilter
from gene_desk.transfer.sync.model import DOWNLOAD, SyncPlan, SyncSpec
from gene_desk.transfer.sync.planner import plan_sync
from gene_desk.ui import errors_text, prompts
from gene_desk.ui.context import AppContext
from gene_desk.ui.sync_dialog import SyncDialog
from gene_desk.ui.tasks import TaskHandle

log = logging.getLogger(__name__)


def open_sync_dialog(
    parent: QWidget,
    ctx: AppContext,
    bucket: Bucket,
    prefix: str,
    on_queued: Callable[[int], None],
) -> tuple[SyncDialog, SyncFlow]:
    """The 同步 dialog over the current bucket folder, opened (``open()``) with its flow."""
    dialog = SyncDialog(bucket, prefix, "", ctx.settings.compress_default, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    flow = SyncFlow(dialog, ctx, on_queued)
    dialog.open()
    return dialog, flow


class SyncFlow:
    """Drives one :class:`SyncDialog`; ``on_queued(job_id)`` once the job is in the list.

    A plain object, not a QObject child of the dialog (see UploadConflictFlow); worker results
    are dropped once the dialog is gone (``owner``)."""

    def __init__(
        self, dialog: SyncDialog, ctx: AppContext, on_queued: Callable[[int], None]
    ) -> None:
        self.dialog = dialog
        self.ctx = ctx
        self.on_queued = on_queued
        self.handle: TaskHandle | None = None
        dialog.compare_requested.connect(self.compare)
        dialog.start_requested.connect(self.start)
        dialog.rejected.connect(self.cancel)

    def spec(self) -> SyncSpec:
        d = self.dialog
        text = d.local_edit.text().strip()
        if not text:
            raise GeneDeskError(ErrorCode.NOT_SELECTED, "choose a local folder")
        root = Path(text).expanduser()
        if not root.is_absolute():
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, "give the folder's full path", path=text
            )
        rules = [("include", p) for p in d.includes()] + [("exclude", p) for p in d.excludes()]
        return SyncSpec(
            direction=d.direction_value,
            local_root=root,
            bucket=d.bucket,
            prefix=d.prefix,
            compress=d.compress_box.isChecked(),
            delete=d.delete_box.isChecked(),
            filters=SyncFilter.build(rules, defaults=d.defaults_box.isChecked()),
            level=self.ctx.settings.compress_level,
        )

    def compare(self) -> None:
        try:
            spec = self.spec()
            if spec.direction != DOWNLOAD and not spec.local_root.is_dir():
                raise GeneDeskError(
                    ErrorCode.LOCAL_NOT_FOUND, "no such folder", path=str(spec.local_root)
                )
        except GeneDeskError as exc:
            self.dialog.show_error(errors_text.error_text(exc))
            return
        storage, journal = self.ctx.storage, self.ctx.journal

        def work(handle: TaskHandle) -> SyncPlan:
            cache = SyncCache()
            try:
                jobs.harvest(journal, cache)
                return plan_sync(storage, spec, cache, cancel=handle.cancel_event)
            finally:
                cache.close()

        self.dialog.set_busy(True, QCoreApplication.translate("SyncFlow", "Comparing..."))
        self.handle = self.ctx.runner.start(
            work, on_done=self._compared, on_error=self._failed, owner=self.dialog
        )

    def _compared(self, plan: SyncPlan) -> None:
        self.handle = None
        self.dialog.set_busy(False)
        self.dialog.show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        self.handle = None
        self.dialog.set_busy(False)
        self.dialog.forget_plan()
        self.dialog.show_error(errors_text.error_text(exc))

    def start(self) -> None:
        plan = self.dialog.plan
        if plan is None:
            return
        if plan.nothing_to_do:
            self.dialog.accept()
            prompts.inform(
                self.dialog.parentWidget(),
                QCoreApplication.translate("SyncFlow", "Everything is in sync."),
            )
            return
        extras = len(plan.extra)
        if plan.spec.delete and extras:
            prompts.ask(
                self.dialog,
                QCoreApplication.translate(
                    "SyncFlow", "Delete {n} file(s) that are only in the destination?"
                ).format(n=extras),
                lambda: self._queue(plan),
                yes_text=QCoreApplication.translate("SyncFlow", "Delete"),
            )
            return
        self._queue(plan)

    def _queue(self, plan: SyncPlan) -> None:
        transfers = self.ctx.transfers
        self.dialog.set_busy(True, QCoreApplication.translate("SyncFlow", "Starting..."))
        self.ctx.runner.start(
            lambda _h: jobs.queue(transfers, plan),
            on_done=self._queued,
            on_error=self._failed,
            owner=self.dialog,
        )

    def _queued(self, job_id: int) -> None:
        log.info("sync queued as job %d", job_id)
        self.dialog.accept()
        self.on_queued(job_id)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
