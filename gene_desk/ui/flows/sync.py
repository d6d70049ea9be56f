"""同步 in the window: compare on a worker, show the plan, ask before deleting, queue the job.

Why a flow of its own: comparing walks a folder, lists a prefix and may read files or ask COS
about objects, none of which may run on the GUI thread; deleting extras is asked with the count
first (a non-blocking box); and only then is the job queued, on a worker too, so the sync shows
up in the transfer list like any upload or download (paused, resumed after a quit, retried).

A coroutine on the Qt loop (ui/aio.py): it waits for the dialog's next request (比较, 开始同步,
取消), runs it, and waits again; a step whose dialog closed meanwhile ends the flow quietly.
"""

from __future__ import annotations

import asyncio
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
from gene_desk.ui import aio, errors_text, prompts
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
) -> tuple[SyncDialog, asyncio.Task[None]]:
    """The 同步 dialog over the current bucket folder, opened (``open()``), and its flow."""
    dialog = SyncDialog(bucket, prefix, "", ctx.settings.compress_default, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    flow = SyncFlow(dialog, ctx, on_queued)
    first = flow.next_request()  # connected before the user can press anything
    dialog.open()
    return dialog, aio.start(flow.run(first), name="sync")


COMPARE, START, CANCEL = range(3)


class SyncFlow:
    """Drives one :class:`SyncDialog`; ``on_queued(job_id)`` once the job is in the list.

    A plain object that only its coroutine keeps (see flows/upload_conflicts.py); each step is
    owned by the dialog, so results for a closed dialog are dropped."""

    def __init__(
        self, dialog: SyncDialog, ctx: AppContext, on_queued: Callable[[int], None]
    ) -> None:
        self.dialog = dialog
        self.ctx = ctx
        self.on_queued = on_queued
        self.handles: list[TaskHandle] = []  # the comparison running, for 取消
        dialog.rejected.connect(self.cancel)

    def next_request(self) -> asyncio.Future[tuple[int, object]]:
        d = self.dialog
        return aio.when_emitted(d.compare_requested, d.start_requested, d.rejected, owner=d)

    async def run(self, answer: asyncio.Future[tuple[int, object]]) -> None:
        """Request by request until the job is queued or the dialog closes."""
        while True:
            try:
                which, _args = await answer
            except asyncio.CancelledError:
                return  # the dialog is gone
            if which == CANCEL:
                return
            answer = self.next_request()  # a request made while this one runs is kept
            try:
                done = await (self.compare() if which == COMPARE else self.start())
            except asyncio.CancelledError:
                answer.cancel()
                return
            if done:
                answer.cancel()
                return

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

    async def compare(self) -> bool:
        """比较: the plan on a worker, shown in the dialog (an error shown there instead)."""
        try:
            spec = self.spec()
            if spec.direction != DOWNLOAD and not spec.local_root.is_dir():
                raise GeneDeskError(
                    ErrorCode.LOCAL_NOT_FOUND, "no such folder", path=str(spec.local_root)
                )
        except GeneDeskError as exc:
            self.dialog.show_error(errors_text.error_text(exc))
            return False
        storage, journal = self.ctx.storage, self.ctx.journal

        def work(handle: TaskHandle) -> SyncPlan:
            cache = SyncCache()
            try:
                jobs.harvest(journal, cache)
                return plan_sync(storage, spec, cache, cancel=handle.cancel_event)
            finally:
                cache.close()

        self.dialog.set_busy(True, QCoreApplication.translate("SyncFlow", "Comparing..."))
        try:
            plan = await aio.run_in_worker(
                self.ctx.runner, work, owner=self.dialog, handle_box=self.handles
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._failed(exc)
            return False
        finally:
            self.handles.clear()
        self.dialog.set_busy(False)
        self.dialog.show_plan(plan)
        return False

    def _failed(self, exc: BaseException) -> None:
        self.dialog.set_busy(False)
        self.dialog.forget_plan()
        self.dialog.show_error(errors_text.error_text(exc))

    async def start(self) -> bool:
        """开始同步: asked first when files will be deleted, then queued on a worker; True once
        the dialog is done."""
        d = self.dialog
        plan = d.plan
        if plan is None:
            return False
        if plan.nothing_to_do:
            d.accept()
            prompts.inform(
                d.parentWidget(), QCoreApplication.translate("SyncFlow", "Everything is in sync.")
            )
            return True
        extras = len(plan.extra)
        if plan.spec.delete and extras:
            question = QCoreApplication.translate(
                "SyncFlow", "Delete {n} file(s) that are only in the destination?"
            ).format(n=extras)
            delete = QCoreApplication.translate("SyncFlow", "Delete")
            if not await prompts.confirm(d, question, yes_text=delete):
                return False
        transfers = self.ctx.transfers
        d.set_busy(True, QCoreApplication.translate("SyncFlow", "Starting..."))
        try:
            job_id = await aio.run_in_worker(
                self.ctx.runner, lambda _h: jobs.queue(transfers, plan), owner=d
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._failed(exc)
            return False
        log.info("sync queued as job %d", job_id)
        d.accept()
        self.on_queued(job_id)
        return True

    def cancel(self) -> None:
        """取消 while comparing stops the comparison at once."""
        for handle in self.handles:
            handle.cancel()
