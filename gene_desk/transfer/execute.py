"""Run one item and turn its outcome into the values the journal records.

Shared by the manager's own threads and the worker processes of :mod:`small_pool`, so an item
ends the same way wherever it ran. A stop (pause, cancel, quit) is not an outcome: it propagates
as :class:`Stopped` and the caller settles it by the job's state.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.store import State
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.context import ItemRun
from gene_desk.transfer.download import download_item
from gene_desk.transfer.refused import is_refused, refusal_code
from gene_desk.transfer.sync.extras import delete_extra, is_sync_delete
from gene_desk.transfer.upload import MODE_AS_IS, MODE_PLAIN, upload_item
from gene_desk.transfer.upload_conflicts import is_skipped, replace_twin

log = logging.getLogger(__name__)


def failure_values(code: ErrorCode | str, message: str, request_id: str | None) -> dict[str, Any]:
    return {
        "state": State.FAILED,
        "error_code": ErrorCode(code).value,
        "error_message": message,
        "request_id": request_id,
        "finished_at": time.time(),
        "done_bytes": 0,
    }


def _message(exc: GeneDeskError, source: str) -> str:
    """The error's message, naming the path it is about when that is not the item itself (the
    unreadable subfolder inside a folder being archived, say)."""
    inside = exc.path and exc.path.startswith(source.rstrip("/\\") + os.sep)
    if inside and exc.path not in exc.message:
        return f"{exc.message}: {exc.path}"
    return exc.message


def run_item(run: ItemRun, kind: str) -> dict[str, Any]:
    """Upload or download ``run.item``; the journal values of how it ended."""
    item = run.item
    values: dict[str, Any]
    if is_refused(item.mode):  # retried: the planner's reason still holds
        return failure_values(refusal_code(item.mode), item.note or "refused", None)
    if is_skipped(item.mode):  # normally settled when queued (manager._submit)
        return {"state": State.SUCCEEDED, "done_bytes": item.size, "finished_at": time.time()}
    try:
        if is_sync_delete(item.mode):  # an extra a sync removes from its destination
            values = {"result": delete_extra(run, kind)}
        elif kind == "upload":
            result = upload_item(run)
            values = {"etag": result.etag, "result": result.key}
            if item.mode in (MODE_PLAIN, MODE_AS_IS):  # the file's CRC-64 is the object's
                values["crc64"] = str(result.crc64)  # (a sync remembers it; see sync/jobs)
            replace_twin(run)
        else:
            downloaded = download_item(run)
            values = {"result": downloaded.path}
        values.update(state=State.SUCCEEDED, done_bytes=run.item.size, finished_at=time.time())
    except Stopped:
        raise
    except GeneDeskError as exc:
        if exc.code is ErrorCode.CANCELLED and run.stop.is_set():
            raise Stopped() from exc
        log.warning("%s item %d (%s) failed: %s", kind, item.id, item.source, exc.to_dict())
        values = failure_values(exc.code, _message(exc, item.source), exc.request_id)
    except Exception as exc:
        log.exception("%s item %d (%s) crashed", kind, item.id, item.source)
        values = failure_values(
            ErrorCode.INTERNAL, f"internal error: {type(exc).__name__}: {exc}", None
        )
    if run.notes:
        values["note"] = "; ".join([n for n in [run.item.note, *run.notes] if n])
    return values
