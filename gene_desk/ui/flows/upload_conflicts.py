"""上传 with existing objects: check on a worker, ask per conflict, then queue the upload.

Why a flow of its own: the check lists the destination (one listing, never a HEAD per file: a
folder can hold 100,000 files), which must not run on the GUI thread; the questions are
non-blocking dialogs (``open()``), one after the other, with 应用到全部; only then is the job
queued, with every decision, so the engine never has to ask. Closing a question queues nothing
and gives the upload dialog back to the user.

A coroutine (ui/aio.py) awaited by the upload flow (flows/transfers.py): nothing keeps it once
it has ended. (Kept on the window as an object, an earlier callback version held the deleted
dialogs' wrappers until exit, and PySide then crashed at interpreter shutdown in about one run
in four, "bool_dealloc".) Every step is owned by the upload dialog: when it closes, the flow
ends quietly (``asyncio.CancelledError`` to the awaiting flow).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QWidget

from gene_desk.storage.models import Bucket
from gene_desk.transfer.plan import plan_upload
from gene_desk.transfer.upload_conflicts import Conflict, OnConflict, UploadCheck, check_upload
from gene_desk.transfer.upload_names import refuse_same_keys
from gene_desk.ui import aio
from gene_desk.ui.tasks import TaskHandle, TaskRunner
from gene_desk.ui.upload_conflict_dialog import UploadConflictDialog

log = logging.getLogger(__name__)

Groups = list[tuple[list[str], bool]]


def _groups(flags: dict[str, bool]) -> Groups:
    """Compressed paths first, then the others: one job per path either way."""
    groups = [
        ([p for p, c in flags.items() if c is compress], compress) for compress in (True, False)
    ]
    return [(paths, compress) for paths, compress in groups if paths]


async def upload_asking(
    parent: QWidget,
    runner: TaskRunner,
    transfers: Any,
    flags: dict[str, bool],
    bucket: Bucket,
    prefix: str,
) -> list[int] | None:
    """Check → ask → queue; the queued job ids, or None when a question was closed (nothing
    queued). An engine failure is raised; ``transfers`` is the TransferManager (or the
    archive actions' wrapper that adds the storage class)."""
    groups = _groups(flags)

    def check(handle: TaskHandle) -> UploadCheck:
        # files from two folders with one name (repeated picks) would write one object, also
        # across the compressed and the plain group: refused before anything is asked or sent
        refuse_same_keys(list(flags.items()), prefix)
        planned = []
        for paths, compress in groups:
            planned += plan_upload(paths, bucket, prefix, compress=compress)
        return check_upload(transfers.storage, bucket, planned, handle.cancel_event)

    checked = await aio.run_in_worker(runner, check, owner=parent)
    if checked.conflicts:
        log.info("upload: %d object(s) exist already; asking", len(checked.conflicts))
    decisions = await ask_each(parent, list(checked.conflicts))
    if decisions is None:
        log.info("upload: cancelled at a conflict question; nothing queued")
        return None

    def queue(_h: TaskHandle) -> list[int]:
        ids: list[int] = []
        for paths, compress in groups:
            ids += transfers.upload(
                paths,
                bucket,
                prefix,
                compress=compress,
                on_conflict=OnConflict.ASK,
                decisions=decisions,
                remote=checked.remote,
            )
        return ids

    return await aio.run_in_worker(runner, queue, owner=parent)


async def ask_each(parent: QWidget, pending: list[Conflict]) -> dict[str, OnConflict] | None:
    """One question per conflict, in order (应用到全部 answers the rest); the decisions by local
    path, or None when a question was closed. Each question opens after the previous one has
    closed: the flow resumes on the loop's next turn, after the dialog's own ``accept()``."""
    decisions: dict[str, OnConflict] = {}
    while pending:
        conflict = pending.pop(0)
        dialog = UploadConflictDialog(conflict, len(pending), parent)
        answer = aio.when_emitted(dialog.chosen, dialog.rejected, owner=dialog)
        dialog.open()
        which, value = await answer
        if which == 1:
            return None
        choice, to_all = value
        decisions[conflict.source] = choice
        if to_all:
            decisions.update((other.source, choice) for other in pending)
            pending = []
    return decisions
