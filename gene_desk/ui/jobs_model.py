"""The transfer list and the compression list as a tree model: jobs, then their items.

Source of truth is the journal plus the queue's live status (speed, ETA, bytes of running items).
The engine's listener callbacks arrive on worker threads; :class:`JobSignals` turns them into
queued signals, the model only marks what changed and, at most five times a second, reads a
snapshot of it on a worker thread (:func:`gene_desk.ui.job_tree.read_snapshot`) and applies it on
the GUI thread with fine-grained insert/remove/dataChanged signals (no resets, so expansion and
selection survive). Jobs are paged 200 at a time and the items of a job 500 at a time, as the view
asks for them, so a job of 100,000 files opens at once.

Split for size (issue 17): the sources and listener bridge live in :mod:`gene_desk.ui.job_sources`,
the nodes, snapshots and refresh machinery in :mod:`gene_desk.ui.job_tree`, the columns, roles, cell
helpers and progress delegate in :mod:`gene_desk.ui.job_cells`; their public names are re-exported
here so ``from gene_desk.ui.jobs_model import ...`` keeps working.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from gene_desk.core.text import printable
from gene_desk.journal import State
from gene_desk.transfer.progress import JobStatus
from gene_desk.transfer.upload_conflicts import is_skipped
from gene_desk.ui import errors_text, formatting, job_columns, job_tooltips
from gene_desk.ui.job_cells import (
    COL_DESTINATION,
    COL_DETAILS,
    COL_ETA,
    COL_NAME,
    COL_PROGRESS,
    COL_SIZE,
    COL_SPEED,
    COL_STATE,
    N_COLUMNS,
    ItemIdRole,
    JobIdRole,
    ProgressDelegate,
    ProgressRole,
    StateRole,
    percent_text,
    relative_name,
    skipped_count,
    state_color,
)
from gene_desk.ui.job_sources import (
    CodecSource,
    JobSignals,
    JobSource,
    QtJobListener,
    TransferSource,
)
from gene_desk.ui.job_tree import ITEM_PAGE, JOB_PAGE, ItemNode, JobNode, JobsTreeSync
from gene_desk.ui.tasks import TaskRunner

__all__ = [  # re-exported: other modules and tests import these from here
    "COL_DESTINATION",
    "COL_DETAILS",
    "COL_ETA",
    "COL_NAME",
    "COL_PROGRESS",
    "COL_SIZE",
    "COL_SPEED",
    "COL_STATE",
    "FILTERS",
    "ITEM_PAGE",
    "JOB_PAGE",
    "N_COLUMNS",
    "REFRESH_MS",
    "CodecSource",
    "ItemIdRole",
    "ItemNode",
    "JobIdRole",
    "JobNode",
    "JobSignals",
    "JobSource",
    "JobsModel",
    "ProgressDelegate",
    "ProgressRole",
    "QtJobListener",
    "StateRole",
    "TransferSource",
]

log = logging.getLogger(__name__)

REFRESH_MS = 200  # at most 5 refreshes a second

FILTERS: dict[str, tuple[State, ...] | None] = {
    "all": None,
    "active": (State.PLANNING, State.QUEUED, State.RUNNING, State.PAUSED),
    "succeeded": (State.SUCCEEDED,),
    "failed": (State.FAILED, State.CANCELLED),
}

_Index = QModelIndex | QPersistentModelIndex


# -- the model ------------------------------------------------------------------------------------
class JobsModel(JobsTreeSync, QAbstractItemModel):
    """Jobs (top level) and their items (children) of one list, filtered by state."""

    refreshed = Signal()

    def __init__(
        self, source: JobSource, signals: JobSignals, runner: TaskRunner, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.runner = runner
        self.jobs: list[JobNode] = []
        self._by_id: dict[int, JobNode] = {}
        self._states: tuple[State, ...] | None = None
        self._limit = JOB_PAGE
        self._total = 0
        self._structure = True
        self._dirty_jobs: set[int] = set()
        self._dirty_items: set[int] = set()
        self._in_flight = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_now)
        signals.jobChanged.connect(self._on_job_changed)
        signals.itemChanged.connect(self._on_item_changed)
        signals.progressed.connect(self._on_progress)
        self.refresh()

    # -- change tracking ------------------------------------------------------------------------
    def _on_job_changed(self, job_id: int) -> None:
        self._structure = True  # state changes move jobs in and out of filters
        if job_id:
            self._dirty_jobs.add(job_id)
        else:
            self._dirty_jobs.update(self._by_id)
        self._schedule()

    def _on_item_changed(self, job_id: int, item_id: int) -> None:
        if job_id in self._by_id:
            self._dirty_jobs.add(job_id)
            self._dirty_items.add(item_id)
            self._schedule()

    def _on_progress(self, job_id: int) -> None:
        if job_id in self._by_id:
            self._dirty_jobs.add(job_id)
            self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive() and not self._in_flight:
            self._timer.start()

    def refresh(self) -> None:
        """Re-read the whole list (structure and every row) soon."""
        self._structure = True
        self._dirty_jobs.update(self._by_id)
        self._schedule()

    def set_filter(self, name: str) -> None:
        states = FILTERS[name]
        if states == self._states:
            return
        self.beginResetModel()
        self._generation += 1
        self._states = states
        self.jobs = []
        self._by_id = {}
        self._limit = JOB_PAGE
        self._total = 0
        self.endResetModel()
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive()

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.error("refreshing the %s list failed", "/".join(self.source.kinds), exc_info=exc)

    # -- lookups --------------------------------------------------------------------------------
    def job_node(self, index: _Index) -> JobNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, JobNode) else node.job

    def item_node(self, index: _Index) -> ItemNode | None:
        node = index.internalPointer() if index.isValid() else None
        return node if isinstance(node, ItemNode) else None

    def job_row(self, job_id: int) -> int:
        node = self._by_id.get(job_id)
        return self.jobs.index(node) if node is not None else -1

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.jobs[row])
        job = parent.internalPointer()
        if not isinstance(job, JobNode) or row >= len(job.items):
            return QModelIndex()
        return self.createIndex(row, column, job.items[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if isinstance(node, ItemNode):
            job = node.job
            if self._by_id.get(job.id) is job:
                return self.createIndex(self.jobs.index(job), 0, job)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.jobs)
        if parent.column() != 0:
            return 0
        node = parent.internalPointer()
        return len(node.items) if isinstance(node, JobNode) else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return N_COLUMNS

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.jobs) or self._total > 0
        if parent.column() != 0:
            return False
        node = parent.internalPointer()
        return isinstance(node, JobNode) and node.status.job.total_items > 1

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return self._total > self._limit and not self._in_flight
        node = parent.internalPointer()
        return (
            parent.column() == 0
            and isinstance(node, JobNode)
            and node.status.job.total_items > 1
            and not node.items_done
            and not node.items_loading
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if not parent.isValid():
            self._limit += JOB_PAGE
            self.refresh()
        else:
            self._fetch_items(parent.internalPointer())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Size"),
            self.tr("Speed"),
            self.tr("Time left"),
            self.tr("Destination"),
            self.tr("Details"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def state_text(self, state: State) -> str:
        return {
            State.PLANNING: self.tr("Waiting"),  # for its files to be listed
            State.QUEUED: self.tr("Waiting"),
            State.RUNNING: self.tr("In progress"),
            State.PAUSED: self.tr("Paused"),
            State.SUCCEEDED: self.tr("Succeeded"),
            State.FAILED: self.tr("Failed"),
            State.CANCELLED: self.tr("Cancelled"),
        }[state]

    def kind_text(self, kind: str) -> str:
        return {
            "upload": self.tr("Upload"),
            "download": self.tr("Download"),
            "compress": self.tr("Compress"),
            "decompress": self.tr("Decompress"),
        }.get(kind, kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            role = Qt.ItemDataRole.ToolTipRole  # a screen reader reads what the mouse shows
        node = index.internalPointer()
        if isinstance(node, JobNode):
            return self._job_data(node, index.column(), role)
        return self._item_data(node, index.column(), role)

    def _job_data(self, node: JobNode, col: int, role: int) -> Any:
        st = node.status
        job = st.job
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                kind = self.kind_text(job.kind)
                if job.options.get("sync"):  # a sync's job (transfer/sync/jobs.py)
                    up = job.kind == "upload"
                    kind = self.tr("Sync upload") if up else self.tr("Sync download")
                return f"{kind}  {printable(job.title)}"
            if col == COL_STATE:
                if job.state is State.SUCCEEDED and skipped_count(job.options) == job.total_items:
                    return self.tr("Skipped")  # every item existed and the user said skip
                if job.state is State.PLANNING and job.started_at is not None:
                    return self.state_text(State.RUNNING)  # a streamed folder, still listed
                return self.state_text(job.state)
            if col == COL_PROGRESS:
                return percent_text(st.fraction, job.state)
            if col == COL_SIZE:
                return job_columns.size_text(st)
            if col == COL_SPEED:
                return formatting.speed_text(st.speed) if job.state is State.RUNNING else ""
            if col == COL_ETA:
                return formatting.eta_text(st.eta) if job.state is State.RUNNING else ""
            if col == COL_DESTINATION:
                return job_columns.destination_text(job.destination)
            if col == COL_DETAILS:
                return self._job_details(st)
        elif role == ProgressRole and col == COL_PROGRESS:
            return int(st.fraction * 1000)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return job_tooltips.row_tooltip(
                job.source,
                job.destination,
                error_code=job.error_code if job.state is State.FAILED else None,
                request_id=job.request_id,
                details=self._job_details(st) if col == COL_DETAILS else "",
            )
        elif role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return state_color(job.state)
        elif role == JobIdRole:
            return job.id
        elif role == StateRole:
            return job.state.value
        return None

    def _job_details(self, st: JobStatus) -> str:
        job = st.job
        parts = []
        if job.total_items > 1:
            ok = st.counts.get(State.SUCCEEDED, 0)
            parts.append(self.tr("{ok}/{total} items").format(ok=ok, total=job.total_items))
            failed = st.counts.get(State.FAILED, 0)
            if failed:
                parts.append(self.tr("{n} failed").format(n=failed))
        if skipped_count(job.options):
            parts.append(self.tr("{n} skipped").format(n=skipped_count(job.options)))
        if job.state is State.FAILED and job.error_code:
            parts.append(errors_text.code_text(job.error_code, job.request_id))
        return "  ".join(parts)  # where it goes has its own column

    def _item_data(self, node: ItemNode, col: int, role: int) -> Any:
        r = node.record
        live = node.live if r.state is State.RUNNING else None
        done = live.done if live is not None else r.done_bytes
        if r.state is State.SUCCEEDED:
            done = r.size
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return printable(relative_name(r.source, node.job.status.job.source))
            if col == COL_STATE:
                if is_skipped(r.mode):
                    return self.tr("Skipped")
                return self.state_text(r.state)
            if col == COL_PROGRESS:
                return percent_text(min(done, r.size) / r.size if r.size else 0.0, r.state)
            if col == COL_SIZE:  # the file the user gets (a decompressed download: its size)
                return formatting.size_text(
                    r.original_size if r.original_size is not None else r.size
                )
            if col == COL_SPEED:
                return formatting.speed_text(live.speed) if live is not None else ""
            if col == COL_ETA:
                return formatting.eta_text(live.eta) if live is not None else ""
            if col == COL_DESTINATION:
                return job_columns.destination_text(r.destination)
            if col == COL_DETAILS:
                if r.state is State.FAILED:
                    return errors_text.code_text(r.error_code, r.request_id)
                if is_skipped(r.mode):
                    return self.tr("Not uploaded: the file is already in the bucket")
                return printable(r.result or r.destination)
            return ""
        if role == ProgressRole and col == COL_PROGRESS:
            if r.state is State.SUCCEEDED:
                return 1000
            return int(1000 * min(done, r.size) / r.size) if r.size else 0
        if role == Qt.ItemDataRole.ToolTipRole:
            details = ""
            if col == COL_DETAILS:  # the cell's whole text (it may be cut short on screen)
                details = self._item_data(node, col, Qt.ItemDataRole.DisplayRole)
            return job_tooltips.row_tooltip(
                r.source,
                r.destination,
                error_code=r.error_code if r.state is State.FAILED else None,
                request_id=r.request_id,
                details=details,
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return state_color(r.state)
        if role == JobIdRole:
            return r.job_id
        if role == ItemIdRole:
            return r.id
        if role == StateRole:
            return r.state.value
        return None
