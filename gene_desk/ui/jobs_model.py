"""The transfer list and the compression list as a tree model: jobs, then their items.

Source of truth is the journal plus the queue's live status (speed, ETA, bytes of running items).
The engine's listener callbacks arrive on worker threads; :class:`JobSignals` turns them into
queued signals, the model only marks what changed and, at most five times a second, reads a
snapshot of it on a worker thread (:func:`_snapshot`) and applies it on the GUI thread with
fine-grained insert/remove/dataChanged signals (no resets, so expansion and selection survive).
Jobs are paged 200 at a time and the items of a job 500 at a time, as the view asks for them, so
a job of 100,000 files opens at once.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from gene_desk.core.errors import GeneDeskError
from gene_desk.core.text import printable
from gene_desk.journal import CODEC_KINDS, TRANSFER_KINDS, ItemRecord, Journal, State
from gene_desk.transfer.compression_list import CodecQueue
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.progress import ItemProgress, JobStatus
from gene_desk.transfer.upload_conflicts import OPTION_SKIPPED, is_skipped
from gene_desk.ui import errors_text, formatting, job_columns, job_tooltips
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

JOB_PAGE = 200
ITEM_PAGE = 500
REFRESH_MS = 200  # at most 5 refreshes a second

(COL_NAME, COL_STATE, COL_PROGRESS, COL_SIZE, COL_SPEED, COL_ETA, COL_DESTINATION, COL_DETAILS) = (
    range(8)
)
N_COLUMNS = 8
ProgressRole = Qt.ItemDataRole.UserRole + 1  # 0..1000, or -1 for none
JobIdRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3
StateRole = Qt.ItemDataRole.UserRole + 4

FILTERS: dict[str, tuple[State, ...] | None] = {
    "all": None,
    "active": (State.PLANNING, State.QUEUED, State.RUNNING, State.PAUSED),
    "succeeded": (State.SUCCEEDED,),
    "failed": (State.FAILED, State.CANCELLED),
}

_Index = QModelIndex | QPersistentModelIndex


# -- the engine side ------------------------------------------------------------------------------
class JobSignals(QObject):
    """The engine's JobListener, as signals. Create it on the GUI thread."""

    jobChanged = Signal(int)
    itemChanged = Signal(int, int)
    progressed = Signal(int)


class QtJobListener:
    """Implements the engine's listener protocol; called on worker threads, only emits."""

    def __init__(self, signals: JobSignals) -> None:
        self.signals = signals

    def job_changed(self, job_id: int) -> None:
        self.signals.jobChanged.emit(job_id)

    def item_changed(self, job_id: int, item_id: int) -> None:
        self.signals.itemChanged.emit(job_id, item_id)

    def progress(self, job_id: int) -> None:
        self.signals.progressed.emit(job_id)


class JobSource(Protocol):
    kinds: tuple[str, ...]
    journal: Journal
    supports_pause: bool

    def status(self, job_id: int) -> JobStatus: ...
    def item_progress(self, item_id: int) -> int | None: ...
    def item_status(self, item_id: int) -> ItemProgress | None: ...
    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int: ...
    def pause(self, job_id: int) -> None: ...
    def resume(self, job_id: int) -> None: ...
    def cancel(self, job_id: int) -> None: ...
    def remove(self, job_id: int) -> None: ...
    def clear_finished(self) -> int: ...
    def export_csv(self, path: str) -> int: ...


class TransferSource:
    kinds = TRANSFER_KINDS
    supports_pause = True

    def __init__(self, manager: TransferManager) -> None:
        self.manager = manager
        self.journal = manager.journal

    def status(self, job_id: int) -> JobStatus:
        return self.manager.status(job_id)

    def item_progress(self, item_id: int) -> int | None:
        return self.manager.item_progress(item_id)

    def item_status(self, item_id: int) -> ItemProgress | None:
        return self.manager.item_status(item_id)

    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int:
        return self.manager.retry(job_id, item_ids)

    def pause(self, job_id: int) -> None:
        self.manager.pause(job_id)

    def resume(self, job_id: int) -> None:
        self.manager.resume(job_id)

    def cancel(self, job_id: int) -> None:
        self.manager.cancel(job_id)

    def remove(self, job_id: int) -> None:
        self.manager.remove(job_id)

    def clear_finished(self) -> int:
        return self.manager.clear_finished()

    def export_csv(self, path: str) -> int:
        return self.manager.export_csv(path)


class CodecSource:
    kinds = CODEC_KINDS
    supports_pause = False

    def __init__(self, codec: CodecQueue) -> None:
        self.codec = codec
        self.journal = codec.journal

    def status(self, job_id: int) -> JobStatus:
        return self.codec.status(job_id)

    def item_progress(self, item_id: int) -> int | None:
        return None

    def item_status(self, item_id: int) -> ItemProgress | None:
        return None  # the job row carries the bytes, speed and ETA of its running item

    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int:
        self.codec.retry(job_id)
        return 1

    def pause(self, job_id: int) -> None:  # compression jobs cannot pause
        pass

    def resume(self, job_id: int) -> None:
        pass

    def cancel(self, job_id: int) -> None:
        self.codec.cancel(job_id)

    def remove(self, job_id: int) -> None:
        self.codec.remove(job_id)

    def clear_finished(self) -> int:
        return self.codec.clear_finished()

    def export_csv(self, path: str) -> int:
        return self.journal.export_csv(Path(path), CODEC_KINDS)


# -- nodes and snapshots --------------------------------------------------------------------------
@dataclass(eq=False)
class JobNode:
    status: JobStatus
    items: list[ItemNode] = field(default_factory=list)
    items_done: bool = False
    items_loading: bool = False

    @property
    def id(self) -> int:
        return self.status.job.id


@dataclass(eq=False)
class ItemNode:
    job: JobNode
    record: ItemRecord
    live: ItemProgress | None = None


@dataclass
class _Snapshot:
    job_ids: list[int] | None = None  # new order when the structure was re-read
    total: int = 0
    statuses: dict[int, JobStatus] = field(default_factory=dict)
    items: dict[int, ItemRecord] = field(default_factory=dict)
    live: dict[int, ItemProgress | None] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)


def _snapshot(
    source: JobSource,
    states: tuple[State, ...] | None,
    limit: int,
    structure: bool,
    known: frozenset[int],
    dirty_jobs: set[int],
    dirty_items: set[int],
    loaded_items: dict[int, int],
    running_items: set[int],
) -> _Snapshot:
    """Worker thread: read what changed from the journal and the live queue."""
    snap = _Snapshot()
    journal = source.journal
    want = set(dirty_jobs)
    if structure:
        jobs = journal.jobs(source.kinds, states, limit=limit)
        snap.job_ids = [j.id for j in jobs]
        snap.total = journal.count_jobs(source.kinds, states)
        want |= set(snap.job_ids) - known
    for job_id in want:
        try:
            snap.statuses[job_id] = source.status(job_id)
        except GeneDeskError:
            snap.gone.add(job_id)
    for job_id, count in loaded_items.items():
        if job_id in dirty_jobs and job_id not in snap.gone:
            for item in journal.items(job_id, limit=count):
                snap.items[item.id] = item
    for item_id in dirty_items:
        if item_id not in snap.items:
            try:
                snap.items[item_id] = journal.item(item_id)
            except GeneDeskError:
                pass
    for item_id in running_items:
        snap.live[item_id] = source.item_status(item_id)
    return snap


# -- the model ------------------------------------------------------------------------------------
class JobsModel(QAbstractItemModel):
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

    def _refresh_now(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        structure, self._structure = self._structure, False
        dirty_jobs, self._dirty_jobs = self._dirty_jobs, set()
        dirty_items, self._dirty_items = self._dirty_items, set()
        loaded = {n.id: len(n.items) for n in self.jobs if n.items}
        running = {
            i.record.id for n in self.jobs for i in n.items if i.record.state is State.RUNNING
        }
        args = (
            self.source,
            self._states,
            self._limit,
            structure,
            frozenset(self._by_id),
            dirty_jobs,
            dirty_items,
            loaded,
            running,
        )
        generation = self._generation
        self.runner.start(
            lambda _h: _snapshot(*args),
            on_done=lambda snap: self._apply(generation, snap),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.error("refreshing the %s list failed", "/".join(self.source.kinds), exc_info=exc)

    def _apply(self, generation: int, snap: _Snapshot) -> None:
        self._in_flight = False
        if generation == self._generation:
            if snap.job_ids is not None:
                self._apply_structure(snap)
            for job_id, status in snap.statuses.items():
                node = self._by_id.get(job_id)
                if node is not None:
                    node.status = status
                    row = self.jobs.index(node)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, N_COLUMNS - 1))
            for item_id, record in snap.items.items():
                self._update_item(record, snap.live.get(item_id))
            for item_id, live in snap.live.items():
                if item_id not in snap.items:
                    self._update_item(None, live, item_id)
        if self._structure or self._dirty_jobs or self._dirty_items:
            self._timer.start()
        self.refreshed.emit()

    def _apply_structure(self, snap: _Snapshot) -> None:
        assert snap.job_ids is not None
        self._total = snap.total
        wanted = set(snap.job_ids) - snap.gone
        for row in range(len(self.jobs) - 1, -1, -1):
            if self.jobs[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                node = self.jobs.pop(row)
                self._by_id.pop(node.id, None)
                self.endRemoveRows()
        ordered = [j for j in snap.job_ids if j in wanted]
        for row, job_id in enumerate(ordered):
            if row < len(self.jobs) and self.jobs[row].id == job_id:
                continue
            status = snap.statuses.get(job_id)
            if status is None:
                continue  # vanished between the two reads; the next refresh settles it
            node = JobNode(status)
            self.beginInsertRows(QModelIndex(), row, row)
            self.jobs.insert(row, node)
            self._by_id[job_id] = node
            self.endInsertRows()

    def _update_item(
        self, record: ItemRecord | None, live: ItemProgress | None, item_id: int = 0
    ) -> None:
        job_id = record.job_id if record else None
        nodes = [self._by_id[job_id]] if job_id in self._by_id else self.jobs
        target = record.id if record else item_id
        for job in nodes:
            for row, item in enumerate(job.items):
                if item.record.id == target:
                    if record is not None:
                        item.record = record
                    item.live = live
                    parent = self.index(self.jobs.index(job), 0)
                    self.dataChanged.emit(
                        self.index(row, 0, parent), self.index(row, N_COLUMNS - 1, parent)
                    )
                    return

    # -- item paging ----------------------------------------------------------------------------
    def _fetch_items(self, job: JobNode) -> None:
        job.items_loading = True
        after = job.items[-1].record.seq if job.items else 0
        journal, job_id, generation = self.source.journal, job.id, self._generation
        self.runner.start(
            lambda _h: journal.items(job_id, limit=ITEM_PAGE, after_seq=after),
            on_done=lambda items: self._items_arrived(generation, job, items),
            on_error=self._items_failed(job),
            owner=self,
        )

    def _items_failed(self, job: JobNode) -> Any:
        def handler(exc: BaseException) -> None:
            job.items_loading = False
            job.items_done = True

        return handler

    def _items_arrived(self, generation: int, job: JobNode, items: list[ItemRecord]) -> None:
        job.items_loading = False
        if generation != self._generation or self._by_id.get(job.id) is not job:
            return
        if len(items) < ITEM_PAGE:
            job.items_done = True
        if items:
            parent = self.index(self.jobs.index(job), 0)
            first = len(job.items)
            self.beginInsertRows(parent, first, first + len(items) - 1)
            job.items.extend(ItemNode(job, r) for r in items)
            self.endInsertRows()

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
                if job.state is State.SUCCEEDED and _skipped(job.options) == job.total_items:
                    return self.tr("Skipped")  # every item existed and the user said skip
                return self.state_text(job.state)
            if col == COL_PROGRESS:
                return _percent_text(st.fraction, job.state)
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
            return _state_color(job.state)
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
        if _skipped(job.options):
            parts.append(self.tr("{n} skipped").format(n=_skipped(job.options)))
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
                return printable(_relative_name(r.source, node.job.status.job.source))
            if col == COL_STATE:
                if is_skipped(r.mode):
                    return self.tr("Skipped")
                return self.state_text(r.state)
            if col == COL_PROGRESS:
                return _percent_text(min(done, r.size) / r.size if r.size else 0.0, r.state)
            if col == COL_SIZE:
                return formatting.size_text(r.size)
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
            return _state_color(r.state)
        if role == JobIdRole:
            return r.job_id
        if role == ItemIdRole:
            return r.id
        if role == StateRole:
            return r.state.value
        return None


def _skipped(options: dict) -> int:
    """How many of an upload job's items were skipped because their objects exist."""
    try:
        return int(options.get(OPTION_SKIPPED, 0))
    except (TypeError, ValueError):
        return 0


def _percent_text(fraction: float, state: State) -> str:
    """A running row shows tenths of a percent: 1% of a 100 GB file is a gigabyte, minutes on
    a slow link, and the row must show that it moves."""
    if state is State.RUNNING and 0.0 < fraction < 1.0:
        return f"{math.floor(fraction * 1000) / 10:.1f}%"
    return f"{int(fraction * 100)}%"


def _relative_name(source: str, job_source: str) -> str:
    """An item's name inside its job: "lane1/reads.fastq" rather than a bare "reads.fastq"."""
    for sep in ("/", "\\"):
        base = job_source.rstrip(sep) + sep
        if source.startswith(base):
            return source[len(base) :]
    return Path(source).name or source


def _state_color(state: State) -> Any:
    from PySide6.QtGui import QColor

    return {
        State.SUCCEEDED: QColor("#1e7d32"),
        State.FAILED: QColor("#b3261e"),
        State.CANCELLED: QColor("#7a7a7a"),
        State.PAUSED: QColor("#9a6700"),
    }.get(state)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), max(hint.height(), 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(ProgressRole)
        if value is None or value < 0:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(3, 3, -3, -3))
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = int(value)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or f"{int(value) // 10}%")
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
