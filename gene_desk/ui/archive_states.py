"""The restore state (归档中 / 恢复中 / 已恢复) of the archived rows the user can see.

Only HEAD tells whether an archived object is restored (``x-cos-restore``), and a folder may
hold 100,000 objects: so the listing stays one request per 1,000 rows, and HEADs go only to
archived rows that are on screen (plus a small margin), in batches on a worker, each row once
until the folder is reloaded or a restore is asked for it. Scrolling to new archived rows reads
those; STANDARD rows never cost a HEAD.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView

from gene_desk.core.errors import GeneDeskError
from gene_desk.storage import Storage
from gene_desk.storage.models import RestoreState
from gene_desk.ui.object_model import ObjectListModel
from gene_desk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

BATCH = 50  # HEADs per worker task
MARGIN = 20  # rows read beyond the visible ones (a small scroll needs no wait)
DELAY_MS = 120  # scrolling settles before rows are read


class RestoreStateFetcher(QObject):
    def __init__(
        self, table: QTableView, model: ObjectListModel, runner: TaskRunner, storage: Storage
    ) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.runner = runner
        self.storage = storage
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.fetch_visible)
        table.verticalScrollBar().valueChanged.connect(self.schedule)
        model.rowsInserted.connect(self.schedule)
        model.modelReset.connect(self.schedule)
        model.layoutChanged.connect(self.schedule)

    def schedule(self, *_args: Any) -> None:
        self._timer.start()

    def forget(self, keys: list[str]) -> None:
        """Read these rows again (a restore was just asked for them)."""
        self.model.forget_restore_states(keys)
        self.schedule()

    def visible_rows(self) -> tuple[int, int]:
        count = self.model.rowCount()
        if count == 0:
            return 0, -1
        viewport = self.table.viewport()
        first = self.table.rowAt(0)
        last = self.table.rowAt(max(0, viewport.height() - 1))
        first = 0 if first < 0 else first
        last = count - 1 if last < 0 else last
        return max(0, first - MARGIN), min(count - 1, last + MARGIN)

    def fetch_visible(self) -> None:
        if self._busy or self.model.bucket is None:
            return
        first, last = self.visible_rows()
        keys = self.model.archived_keys(first, last)[:BATCH]
        if not keys:
            return
        self._busy = True
        bucket, generation, storage = self.model.bucket, self.model.generation, self.storage

        def read(handle: TaskHandle) -> dict[str, RestoreState | None]:
            states: dict[str, RestoreState | None] = {}
            for key in keys:
                if handle.cancelled:
                    break
                try:
                    states[key] = storage.head_object(bucket, key).restore
                except GeneDeskError as exc:  # deleted meanwhile, say: shown as not restored
                    log.info("restore state of %s unknown: %s", key, exc)
                    states[key] = None
            return states

        def done(states: dict[str, RestoreState | None]) -> None:
            self._busy = False
            self.model.set_restore_states(generation, states)
            self.schedule()  # more archived rows on screen?

        def failed(_exc: BaseException) -> None:
            self._busy = False

        self.runner.start(read, on_done=done, on_error=failed, owner=self)
