"""Removing an extra from the destination: the one item a sync adds to the transfer engine.

A ``sync --delete`` job carries, besides its uploads or downloads, one item per extra in mode
:data:`MODE_SYNC_DELETE`: it runs, fails, is retried and is listed like every other item (and
resumes after a quit), instead of being a side effect nobody can see. In an upload job it
deletes the object ``item.destination`` (a key); in a download job the local file
``item.destination``. Something already gone counts as deleted: that is what was asked.
"""

from __future__ import annotations

import logging
import os

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error
from gene_desk.transfer.context import ItemRun

log = logging.getLogger(__name__)

MODE_SYNC_DELETE = "sync-delete"


def is_sync_delete(mode: str) -> bool:
    return mode == MODE_SYNC_DELETE


def delete_extra(run: ItemRun, kind: str) -> str:
    """Delete the item's extra; returns what was deleted (the item's result)."""
    item = run.item
    if kind == "upload":
        try:
            run.call(
                "delete object",
                lambda c: c.delete_object(Bucket=run.bucket.name, Key=item.destination),
                resource=f"{run.bucket.name}/{item.destination}",
            )
        except GeneDeskError as exc:
            if exc.code is not ErrorCode.NO_SUCH_KEY:
                raise
        log.info("sync: deleted extra cos://%s/%s", run.bucket.name, item.destination)
        return item.destination
    run.check_stop()
    try:
        os.unlink(item.destination)
    except FileNotFoundError:
        pass
    except IsADirectoryError as exc:  # a folder appeared under the file's name: left alone
        raise GeneDeskError(
            ErrorCode.TARGET_EXISTS, "a folder is there now: not deleted", path=item.destination
        ) from exc
    except OSError as exc:
        raise os_error(exc, item.destination, "cannot delete") from exc
    log.info("sync: deleted extra %s", item.destination)
    return item.destination
