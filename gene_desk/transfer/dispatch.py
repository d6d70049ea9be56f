"""The dispatcher thread and the worker threads: queued items in, settled items out.

The dispatcher pages through the queued items of the jobs this manager runs and puts them on a
bounded queue: small items in batches for the worker processes (:mod:`small_pool`), the rest one by
one. ``files_parallel`` worker threads take entries off the queue and hand them to the
:class:`~settle.Settler`, which claims, runs and settles them. ``dispatched`` (in the shared
:class:`~runtime_state.RuntimeState`) remembers what is on its way, so a page read again (every
wake-up re-reads the queued items) never queues an item twice. A page is read as keys first and
only the items not yet on their way are read whole: most queued items of a big job sit in the
queue, and rebuilding their records on every wake-up cost the parent 6 records per item.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import TYPE_CHECKING

from gene_desk.core.errors import ErrorCode
from gene_desk.core.thread_priority import lower_this_thread
from gene_desk.journal import TRANSFER_KINDS, ItemRecord, JobRecord, State
from gene_desk.transfer.plan import OPTION_STREAMED
from gene_desk.transfer.queue_entries import OneItem, QueueEntry, SmallBatch
from gene_desk.transfer.refused import is_refused
from gene_desk.transfer.runtime_state import RuntimeState
from gene_desk.transfer.small_pool import make_batches

if TYPE_CHECKING:
    from gene_desk.transfer.settle import Settler

log = logging.getLogger(__name__)

PAGE = 500  # queued items read from the journal at a time


class Dispatcher:
    """Feeds the worker threads; see the module docstring."""

    def __init__(self, state: RuntimeState, settler: Settler) -> None:
        self.state = state
        self.settler = settler
        self.journal = state.journal
        self.queue: queue.Queue[QueueEntry | None] = queue.Queue(
            maxsize=state.settings.files_parallel * 2
        )
        self.workers: list[threading.Thread] = []  # started as entries need them (_add_threads)
        self._workers_lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._loop, name="gd-dispatch")
        self.thread.daemon = True
        self.thread.start()
        self._add_threads()

    def _put(self, entry: QueueEntry, timeout: float) -> None:
        """Queue ``entry`` (``queue.Full`` after ``timeout``), then make sure it has a thread."""
        self.queue.put(entry, timeout=timeout)
        self._add_threads()

    def _add_threads(self) -> None:
        """Worker threads start as entries arrive, not all at :meth:`start`: ``--jobs 64``
        means 64 threads, and starting them in a row cost the CLI 116 ms before its first
        listing request while its worker processes started on the same two cores (issue 18).
        Once started, there are never fewer threads than entries queued or running
        (``unfinished_tasks``: a thread marks its entry done once settled), up to
        ``files_parallel``."""
        with self._workers_lock:
            if self.thread is None:  # not started: entries wait for start()
                return
            wanted = min(self.state.settings.files_parallel, self.queue.unfinished_tasks)
            while len(self.workers) < wanted and not self.state.closing.is_set():
                worker = threading.Thread(
                    target=self._worker_loop, name=f"gd-transfer-{len(self.workers)}"
                )
                worker.daemon = True
                worker.start()
                self.workers.append(worker)

    def stop(self) -> None:
        """Tell the worker threads to end (the dispatcher ends on the manager's closing flag)."""
        with self._workers_lock:
            count = len(self.workers)
        for _ in range(count):
            try:
                self.queue.put_nowait(None)
            except queue.Full:
                break

    def join(self, deadline: float) -> None:
        with self._workers_lock:
            workers = list(self.workers)
        for thread in [*workers, *(t for t in [self.thread] if t)]:
            thread.join(max(0.0, deadline - time.monotonic()))

    # -- the dispatcher thread ------------------------------------------------------------------
    def _loop(self) -> None:
        lower_this_thread()
        rt = self.state
        while not rt.closing.is_set():
            rt.wake.wait()
            rt.wake.clear()
            if rt.closing.is_set():
                return
            try:
                self._dispatch_once()
            except Exception:
                log.exception("transfer dispatcher error")

    def _dispatch_once(self) -> None:
        rt = self.state
        runnable = [State.PLANNING, State.QUEUED, State.RUNNING]
        for job in reversed(self.journal.jobs(TRANSFER_KINDS, runnable)):
            if job.runner != rt.runner_id:
                continue
            listing = job.state is State.PLANNING
            if listing and not job.options.get(OPTION_STREAMED):
                continue  # its items wait until it is listed (see submit.py)
            after = 0
            while not rt.closing.is_set():
                # keys first: most queued items of a big job are already in the queue (up to
                # 2 x files_parallel entries of 32), and every wake-up reads the job again
                keys = self.journal.item_keys(job.id, [State.QUEUED], limit=PAGE, after_seq=after)
                if not keys:
                    break
                after = keys[-1][0]
                with rt.lock:
                    fresh = [item_id for _seq, item_id in keys if item_id not in rt.dispatched]
                page = self.journal.items_with_ids(fresh, [State.QUEUED]) if fresh else []
                if listing:  # refused items fail when the listing ends, with their reason
                    page = [i for i in page if not is_refused(i.mode)]
                if not self._dispatch_page(job, page) or self.job_stopped(job.id):
                    break
            self.settler.maybe_finish(job.id)

    def _dispatch_page(self, job: JobRecord, page: list[ItemRecord]) -> bool:
        """Queue a page of items: small ones in batches for the worker processes, the rest one
        by one. False when the job was stopped meanwhile."""
        rt = self.state
        with rt.lock:
            fresh = [i for i in page if i.id not in rt.dispatched]
            rt.dispatched.update(i.id for i in fresh)
        batches: list[list[ItemRecord]] = []
        if rt.small_pool is not None and rt.limiter.rate == 0:
            batches = make_batches(job.kind, fresh)
        small_ids = {i.id for batch in batches for i in batch}
        entries: list[QueueEntry] = [SmallBatch(job.id, tuple(batch)) for batch in batches]
        entries += [OneItem(i.id) for i in fresh if i.id not in small_ids]
        for n, entry in enumerate(entries):
            while not rt.closing.is_set():
                try:
                    self._put(entry, timeout=0.5)
                    break
                except queue.Full:  # workers busy: meanwhile, was the job stopped?
                    if self.job_stopped(job.id):
                        self._undispatch(entries[n:])
                        return False
            else:
                return False
        return True

    def _undispatch(self, entries: list[QueueEntry]) -> None:
        with self.state.lock:
            for entry in entries:
                self.state.dispatched.difference_update(entry.item_ids)

    def job_stopped(self, job_id: int) -> bool:
        return self.journal.job_state(job_id) in (None, State.PAUSED, State.CANCELLED)

    # -- the worker threads ---------------------------------------------------------------------
    def _worker_loop(self) -> None:
        lower_this_thread()  # the window's GUI thread goes first (core/thread_priority.py)
        rt = self.state
        while True:
            entry = self.queue.get()
            if entry is None or rt.closing.is_set():
                self.queue.task_done()
                return
            ids = entry.item_ids
            match entry:
                case SmallBatch(job_id, items):  # small items for the worker processes
                    try:
                        self.settler.run_batch(job_id, list(items))
                    except Exception as exc:
                        log.exception("transfer worker error on a batch of %d items", len(ids))
                        for item_id in ids:
                            self._abandon(item_id, exc)
                case OneItem(item_id):
                    try:
                        self.settler.run_item(item_id)
                    except Exception as exc:
                        log.exception("transfer worker error on item %s", item_id)
                        self._abandon(item_id, exc)
            with rt.lock:
                rt.dispatched.difference_update(ids)
            self.queue.task_done()
            if self.queue.empty():
                rt.wake.set()

    def _abandon(self, item_id: int, exc: Exception) -> None:
        """Safety net: an item whose bookkeeping crashed is failed, never left 'running'."""
        rt = self.state
        with rt.idle:
            running = rt.running.pop(item_id, None)
            rt.idle.notify_all()
        try:
            self.journal.update_item(
                item_id,
                state=State.FAILED,
                error_code=ErrorCode.INTERNAL.value,
                error_message=f"internal error: {type(exc).__name__}: {exc}",
                finished_at=time.time(),
            )
            if running is not None:
                rt.emit_item(running.job_id, item_id)  # every failure is reported
                self.settler.maybe_finish(running.job_id)
        except Exception:
            log.exception("could not record the failure of item %s", item_id)
