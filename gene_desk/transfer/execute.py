"""Run one item and say how it ended (an :class:`Outcome`).

Shared by the manager's own threads and the worker processes of :mod:`small_pool`, so an item
ends the same way wherever it ran. A stop (pause, cancel, quit) is not an outcome: it propagates
as :class:`Stopped` and the caller settles it by the job's state.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import State
from gene_desk.storage import Storage
from gene_desk.transfer.archived import RECHECKED_REFUSALS, recheck
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.context import ItemRun
from gene_desk.transfer.download import download_item
from gene_desk.transfer.outcome import Outcome
from gene_desk.transfer.refused import is_refused, refusal_code
from gene_desk.transfer.sync.extras import delete_extra, is_sync_delete
from gene_desk.transfer.upload import MODE_AS_IS, MODE_PLAIN, upload_item
from gene_desk.transfer.upload_conflicts import is_skipped, replace_twin

log = logging.getLogger(__name__)


def _message(exc: GeneDeskError, source: str) -> str:
    """The error's message, naming the path it is about when that is not the item itself (the
    unreadable subfolder inside a folder being archived, say)."""
    inside = exc.path and exc.path.startswith(source.rstrip("/\\") + os.sep)
    if inside and exc.path not in exc.message:
        return f"{exc.message}: {exc.path}"
    return exc.message


def run_item(run: ItemRun, kind: str) -> Outcome:
    """Upload or download ``run.item``; how it ended."""
    planned_mode = run.item.mode
    outcome: Outcome
    if is_refused(planned_mode):  # retried: the planner's reason holds unless a restore lifted it
        refusal = _refusal_on_retry(run, kind)
        if refusal is not None:
            return refusal
    item = run.item
    if is_skipped(item.mode):  # normally settled when queued (transfer/submit.py)
        return Outcome(State.SUCCEEDED, done_bytes=item.size, finished_at=time.time())
    try:
        etag = crc64 = None
        if is_sync_delete(item.mode):  # an extra a sync removes from its destination
            result = delete_extra(run, kind)
        elif kind == "upload":
            uploaded = upload_item(run)
            etag, result = uploaded.etag, uploaded.key
            if item.mode in (MODE_PLAIN, MODE_AS_IS):  # the file's CRC-64 is the object's
                crc64 = str(uploaded.crc64)  # (a sync remembers it; see sync/jobs)
            replace_twin(run)
        else:
            result = download_item(run).path
        outcome = Outcome(
            State.SUCCEEDED,
            done_bytes=run.item.size,
            finished_at=time.time(),
            etag=etag,
            result=result,
            crc64=crc64,
        )
    except Stopped:
        raise
    except GeneDeskError as exc:
        if exc.code is ErrorCode.CANCELLED and run.stop.is_set():
            raise Stopped() from exc
        log.warning("%s item %d (%s) failed: %s", kind, item.id, item.source, exc.to_dict())
        outcome = Outcome.failure(exc.code, _message(exc, item.source), exc.request_id)
    except Exception as exc:
        log.exception("%s item %d (%s) crashed", kind, item.id, item.source)
        outcome = Outcome.failure(
            ErrorCode.INTERNAL, f"internal error: {type(exc).__name__}: {exc}", None
        )
    if run.notes:
        note = "; ".join([n for n in [run.item.note, *run.notes] if n])
        outcome = dataclasses.replace(outcome, note=note)
    if run.item.mode != planned_mode:
        outcome = dataclasses.replace(outcome, mode=run.item.mode)
    if run.original_size is not None:  # the list shows the size of the file the user gets
        outcome = dataclasses.replace(outcome, original_size=run.original_size)
    return outcome


def _refusal_on_retry(run: ItemRun, kind: str) -> Outcome | None:
    """The failure a retried refused item ends with, or None when the reason is gone: an
    archived object that has been restored since, or a missing one uploaded since (one HEAD),
    becomes a plain download."""
    item = run.item
    code = refusal_code(item.mode)
    if kind != "download" or code not in RECHECKED_REFUSALS or not item.destination:
        return Outcome.failure(code, item.note or "refused", None)
    try:
        problem = recheck(Storage(run.clients), run.bucket, item.source)
    except GeneDeskError as exc:
        return Outcome.failure(exc.code, exc.message, exc.request_id)
    if problem is not None:
        return Outcome.failure(problem.code, problem.message, problem.request_id)
    log.info("download item %d: %s is readable now; downloading it", item.id, item.source)
    run.item = dataclasses.replace(item, mode=MODE_PLAIN, note="")
    gone = "restored" if code is not ErrorCode.NO_SUCH_KEY else "uploaded"
    run.note(f"{gone} since it was refused: downloaded")
    return None
