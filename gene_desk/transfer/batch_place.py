"""A batch of small downloads made durable with one flush, then put in place (issue 18).

Each download of a worker-process batch writes its verified bytes under its temporary name and
registers here instead of fsyncing and renaming itself. When the whole batch has run,
:meth:`BatchPlacement.finish` makes all of them durable with ONE ``syncfs`` per file system
(core/durable.py; an fsync per file where that is unavailable), and only then gives each file
its real name without clobbering (localfs.publish: renameat2 RENAME_NOREPLACE, or link +
unlink). The parent journals the batch done in one transaction after that, so:

* nothing half-written gets a real name (the flush comes before any rename);
* an item is journaled done only after its bytes are durable;
* if the flush fails, no file of the batch is placed: their temporary files are removed and
  the items fail (retryable), never "done";
* a kill -9 anywhere leaves items "running": the resume downloads them again, and one already
  placed is recognised by its size and CRC-64 (download._already_in_place).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from gene_desk.core.durable import sync_filesystem
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error, publish
from gene_desk.journal import State
from gene_desk.transfer.outcome import Outcome

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    tmp: Path
    final: Path
    policy: str  # "overwrite", "rename" (keep both) or "skip"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BatchPlacement:
    """Deferred placements of one batch; ``defer`` from the item threads, ``finish`` once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}

    def defer(self, item_id: int, tmp: Path, final: Path, policy: str) -> None:
        with self._lock:
            self._pending[item_id] = _Pending(tmp, final, policy)

    def __len__(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        """Make every deferred temporary file durable: one syncfs per file system."""
        folders: dict[int, Path] = {}
        for p in self._pending.values():
            dev = os.stat(p.tmp.parent).st_dev
            folders.setdefault(dev, p.tmp.parent)
        unsynced = [dev for dev, folder in folders.items() if not sync_filesystem(folder)]
        for p in self._pending.values():
            if unsynced and os.stat(p.tmp.parent).st_dev in unsynced:
                _fsync_file(p.tmp)

    def finish(self, results: list[tuple[int, Outcome, int]]) -> list[tuple[int, Outcome, int]]:
        """The batch's results once its deferred files are durable and in place (or failed)."""
        if not self._pending:
            return results
        try:
            self.flush()
        except OSError as exc:
            error = os_error(exc, None, "could not make the downloaded files durable")
            log.warning("batch flush failed: %s", error.to_dict())
            return [self._fail(r, error) for r in results]
        return [self._place(r) for r in results]

    def _fail(
        self, result: tuple[int, Outcome, int], error: GeneDeskError
    ) -> tuple[int, Outcome, int]:
        item_id, outcome, _moved = result
        pending = self._pending.pop(item_id, None)
        if pending is None or outcome.state is not State.SUCCEEDED:
            return result
        pending.tmp.unlink(missing_ok=True)
        return item_id, Outcome.failure(error.code, error.message, None), 0

    def _place(self, result: tuple[int, Outcome, int]) -> tuple[int, Outcome, int]:
        item_id, outcome, moved = result
        pending = self._pending.pop(item_id, None)
        if pending is None:
            return result
        if outcome.state is not State.SUCCEEDED:  # (cannot happen: deferred means verified)
            pending.tmp.unlink(missing_ok=True)
            return result
        note = ""
        try:
            if pending.policy == "skip" and os.path.lexists(pending.final):  # appeared meanwhile
                pending.tmp.unlink(missing_ok=True)
                note = "skipped: a file with this name already exists"
                final = pending.final
            else:
                # (skip: a file appearing after this check is kept too, "keep both")
                keep = "overwrite" if pending.policy == "overwrite" else "rename"
                final = publish(pending.tmp, pending.final, keep)
                if final != pending.final:
                    note = f"saved as {final.name} (a file named {pending.final.name} exists)"
        except GeneDeskError as exc:
            pending.tmp.unlink(missing_ok=True)
            return item_id, Outcome.failure(exc.code, exc.message, None), 0
        except IsADirectoryError:
            pending.tmp.unlink(missing_ok=True)
            failed = Outcome.failure(
                ErrorCode.TARGET_EXISTS, "a folder with this name exists", None
            )
            return item_id, failed, 0
        except OSError as exc:
            pending.tmp.unlink(missing_ok=True)
            error = os_error(exc, str(pending.final))
            return item_id, Outcome.failure(error.code, error.message, None), 0
        if note:
            joined = "; ".join(n for n in (outcome.note, note) if n)
            outcome = dataclasses.replace(outcome, note=joined)
        return item_id, dataclasses.replace(outcome, result=str(final)), moved
