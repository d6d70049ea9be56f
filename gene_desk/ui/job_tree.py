"""The jobs tree's nodes and how they are kept up to date without blocking the window.

The model marks what changed; :meth:`JobsTreeSync._refresh_now` reads a snapshot of it on a
worker thread (:func:`read_snapshot`) and :meth:`JobsTreeSync._apply` applies it on the GUI thread
with fine-grained insert/remove/dataChanged signals (no resets, so expansion and selection
survive). Jobs are paged 200 at a time and the items of a job 500 at a time, as the view asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex

from gene_desk.core.errors import GeneDeskError
from gene_desk.journal import ItemRecord, State
from gene_desk.transfer.progress import ItemProgress, JobStatus
from gene_desk.ui.job_cells import N_COLUMNS
from gene_desk.ui.job_sources import JobSource
from gene_desk.ui.tasks import TaskRunner

JOB_PAGE = 200
ITEM_PAGE = 500


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
class Snapshot:
    job_ids: list[int] | None = None  # new order when the structure was re-read
    total: int = 0
    statuses: dict[int, JobStatus] = field(default_factory=dict)
    items: dict[int, ItemRecord] = field(default_factory=dict)
    live: dict[int, ItemProgress | None] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)


def read_snapshot(
    source: JobSource,
    states: tuple[State, ...] | None,
    limit: int,
    structure: bool,
    known: frozenset[int],
    dirty_jobs: set[int],
    dirty_items: set[int],
    loaded_items: dict[int, int],
    running_items: set[int],
) -> Snapshot:
    """Worker thread: read what changed from the journal and the live queue."""
    snap = Snapshot()
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


class JobsTreeSync:
    """The refresh half of :class:`gene_desk.ui.jobs_model.JobsModel` (mixed into it): reading
    snapshots and item pages on worker threads and applying them to the tree. It relies on the
    model's QAbstractItemModel methods and on the state below, which the model's __init__ sets."""

    source: JobSource
    runner: TaskRunner
    jobs: list[JobNode]
    _by_id: dict[int, JobNode]
    _states: tuple[State, ...] | None
    _limit: int
    _total: int
    _structure: bool
    _dirty_jobs: set[int]
    _dirty_items: set[int]
    _in_flight: bool
    _generation: int

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
            lambda _h: read_snapshot(*args),
            on_done=lambda snap: self._apply(generation, snap),
            on_error=self._failed,
            owner=self,
        )

    def _apply(self, generation: int, snap: Snapshot) -> None:
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

    def _apply_structure(self, snap: Snapshot) -> None:
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
