"""The transfer manager: the queue behind the transfer list, shared by the window and the CLI.

Jobs and items live in the journal; this object runs them. A dispatcher thread feeds item ids to
``files_parallel`` worker threads; big items send or fetch their parts on a shared pool of
``parts_parallel`` threads. Control (pause, resume, cancel, retry, remove) works per job and for
all. Quitting stops running items where they are and leaves them queued: the next start (window or
CLI) resumes them from the last completed part.

Faces subscribe with a :class:`TransferListener`; callbacks arrive on worker threads (the Qt layer
turns them into queued signals), and progress callbacks are throttled per job.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.filelock import FileLock, is_held_elsewhere, sweep_stale
from gene_desk.core.stats import RateStats
from gene_desk.core.stopflag import StopFlag
from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket
from gene_desk.store import (
    FINISHED,
    TRANSFER_KINDS,
    UNFINISHED,
    ItemRecord,
    JobRecord,
    Journal,
    State,
)
from gene_desk.store.progress import ItemProgress, JobListener, JobStatus
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.context import ItemRun
from gene_desk.transfer.download import discard_item
from gene_desk.transfer.execute import run_item
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.outcome import Outcome
from gene_desk.transfer.plan import PlannedJob, plan_download, plan_upload
from gene_desk.transfer.queue_entries import OneItem, QueueEntry, SmallBatch
from gene_desk.transfer.settings import TransferSettings
from gene_desk.transfer.small_pool import SmallItemPool, make_batches, worker_count
from gene_desk.transfer.upload import OPTION_STORAGE_CLASS, abort_item
from gene_desk.transfer.upload_conflicts import MODE_SKIPPED, OnConflict, RemoteKeys, apply_policy

log = logging.getLogger(__name__)

# A small item whose keys expired in a worker process is queued again with fresh keys, this
# many attempts at most (then it fails with the expiry error, instead of looping).
MAX_EXPIRED_REQUEUES = 3

PROGRESS_INTERVAL = 0.2
_BATCH = 500


TransferListener = JobListener  # kept for readability at call sites


@dataclass
class _Running:
    job_id: int
    # setting it also cuts off the item's requests in flight (pause/cancel/quit never wait
    # for a slow link to drain what was already handed to the socket)
    stop: threading.Event = field(default_factory=StopFlag)
    reason: str = ""
    done: int = 0
    stats: RateStats | None = None  # the item's own speed and ETA (threads only, not batches)


class TransferManager:
    def __init__(
        self,
        storage: Storage,
        journal: Journal,
        settings: TransferSettings | None = None,
        listener: TransferListener | None = None,
    ) -> None:
        self.storage = storage
        self.journal = journal
        self.settings = (settings or TransferSettings()).validated()
        self.listener = listener
        self.limiter = BandwidthLimiter(self.settings.bandwidth_limit)
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._queue: queue.Queue[QueueEntry | None] = queue.Queue(
            maxsize=self.settings.files_parallel * 2
        )
        self._dispatched: set[int] = set()
        self._running: dict[int, _Running] = {}
        self._stats: dict[int, RateStats] = {}
        self._last_emit: dict[int, float] = {}
        self._workers: list[threading.Thread] = []
        self._dispatcher: threading.Thread | None = None
        self._parts_pool = ThreadPoolExecutor(
            max(2, self.settings.parts_parallel * 2), thread_name_prefix="gd-part"
        )
        self._idle = threading.Condition(self._lock)
        self._scope: set[int] | None = None  # None: every job (the window); else only these
        self._jobs: dict[int, JobRecord] = {}  # fixed parts of jobs, see _job_record
        # This manager's identity in the journal: a job is run by the manager whose lock file is
        # held, so the window and a CLI run never run the same job, and a crashed runner's jobs
        # can be adopted by the next one.
        self.runner_id = uuid.uuid4().hex
        self._runner_dir = journal.path.parent / "runners"
        self._runner_lock = FileLock(
            self._runner_dir / f"{self.runner_id}.lock", remove_on_release=True
        )
        self._runner_lock.acquire()
        # lock files of runs that were killed (no live holder) would otherwise pile up
        sweep_stale(self._runner_dir)
        workers = worker_count()
        self._small_pool = SmallItemPool(journal.path, workers) if workers else None

    def limit_to(self, job_ids: Iterable[int]) -> None:
        """Adopt only these unfinished jobs (plus the ones this manager creates): the CLI must
        not pick up the window's queue."""
        with self._lock:
            self._scope = set(job_ids)

    def _in_scope(self, job_id: int) -> bool:
        with self._lock:
            return self._scope is None or job_id in self._scope

    # -- ownership ------------------------------------------------------------------------------
    def _alive_elsewhere(self, runner: str | None) -> bool:
        if not runner or runner == self.runner_id:
            return False
        return is_held_elsewhere(self._runner_dir / f"{runner}.lock")

    def owner_is_elsewhere(self, job_id: int) -> bool:
        """True when another live Gene Desk process (window or CLI) runs this job."""
        return self._alive_elsewhere(self.journal.job(job_id).runner)

    def adopt(self, job_id: int) -> None:
        """Make this manager the job's runner; JOB_IN_USE if another live process runs it."""
        job = self.journal.job(job_id)
        if job.runner == self.runner_id:
            return
        if self._alive_elsewhere(job.runner):
            raise GeneDeskError(
                ErrorCode.JOB_IN_USE,
                f"job {job_id} is being run by another Gene Desk process (the window or a CLI"
                " run); control it there, or quit that process first",
                details={"job_id": job_id},
            )
        if not self.journal.claim_job(job_id, self.runner_id, job.runner):
            raise GeneDeskError(
                ErrorCode.JOB_IN_USE,
                f"job {job_id} was just taken over by another Gene Desk process",
                details={"job_id": job_id},
            )
        with self._lock:
            self._jobs.pop(job_id, None)
            if self._scope is not None:
                self._scope.add(job_id)

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> TransferManager:
        """Start the workers. Jobs left unfinished by a crash or a quit are requeued."""
        self.recover()
        self._dispatcher = threading.Thread(target=self._dispatch_loop, name="gd-dispatch")
        self._dispatcher.daemon = True
        self._dispatcher.start()
        for i in range(self.settings.files_parallel):
            worker = threading.Thread(target=self._worker_loop, name=f"gd-transfer-{i}")
            worker.daemon = True
            worker.start()
            self._workers.append(worker)
        self._wake.set()
        return self

    def recover(self) -> int:
        """Adopt the jobs a crash or a quit left behind (whose runner is gone) and requeue their
        running items; returns the number of unfinished jobs adopted. Jobs another live process
        runs are left alone."""
        adopted = 0
        for job in self.journal.jobs(TRANSFER_KINDS):
            if not self._in_scope(job.id) or self._alive_elsewhere(job.runner):
                continue
            unfinished = job.state in UNFINISHED
            stuck = self.journal.has_items(job.id, [State.RUNNING])
            if not unfinished and not stuck:
                continue
            if job.runner != self.runner_id and not self.journal.claim_job(
                job.id, self.runner_id, job.runner
            ):
                continue  # another process adopted it a moment ago
            with self._lock:
                self._jobs.pop(job.id, None)
            if job.options.get("planning"):
                self.journal.update_job(
                    job.id,
                    state=State.FAILED,
                    options={k: v for k, v in job.options.items() if k != "planning"},
                    error_code=ErrorCode.CANCELLED.value,
                    error_message="interrupted while its files were being listed; start it again",
                    finished_at=time.time(),
                )
                continue
            if unfinished:
                adopted += 1
                with self.journal.batch():
                    self.journal.set_item_states(job.id, [State.RUNNING], State.QUEUED)
                    self.journal.set_job_state_if(job.id, [State.RUNNING], State.QUEUED)
            elif job.state is State.CANCELLED:  # killed while cancelling: finish the cancel
                self.journal.set_item_states(
                    job.id, [State.RUNNING], State.CANCELLED, finished_at=time.time()
                )
                self._cleanup_cancelled(job.id)
            else:  # a finished job with an item caught mid-run: make it retryable
                self.journal.set_item_states(
                    job.id,
                    [State.RUNNING],
                    State.FAILED,
                    error_code=ErrorCode.CANCELLED.value,
                    error_message="interrupted; retry to run it again",
                    finished_at=time.time(),
                )
        return adopted

    def shutdown(self, wait: bool = True, timeout: float = 30.0) -> None:
        """Stop everything where it is; running items go back to queued and stay resumable.

        Nothing here waits for the network: the stop flags cut off the requests in flight
        (the multipart upload and its confirmed parts stay in the journal), and batches of
        small files in worker processes are cut off too. ``wait`` waits (at most ``timeout``)
        for the threads to record where their items stopped."""
        self._closing.set()
        with self._lock:
            for running in self._running.values():
                running.reason = "shutdown"
                running.stop.set()
        self._wake.set()
        for _ in self._workers:
            try:
                self._queue.put_nowait(None)
            except queue.Full:
                break
        small_pool = self._small_pool
        if small_pool is not None:
            small_pool.shutdown(cut_off=True)  # frees the threads waiting for their batches
        if wait:
            deadline = time.monotonic() + timeout
            for thread in [*self._workers, *(t for t in [self._dispatcher] if t)]:
                thread.join(max(0.0, deadline - time.monotonic()))
        self._parts_pool.shutdown(wait=wait, cancel_futures=True)
        if wait:
            self._runner_lock.release()

    def has_active_work(self) -> bool:
        return bool(self.journal.count_jobs(TRANSFER_KINDS, [State.QUEUED, State.RUNNING]))

    # -- submitting -----------------------------------------------------------------------------
    def upload(
        self,
        paths: list[str | Path],
        bucket: Bucket,
        prefix: str = "",
        *,
        compress: bool = True,
        level: int | None = None,
        on_conflict: OnConflict | str = OnConflict.OVERWRITE,
        decisions: Mapping[str, OnConflict] | None = None,
        remote: RemoteKeys | None = None,
        storage_class: str | None = None,
    ) -> list[int]:
        """Queue an upload; objects that exist are handled as ``on_conflict`` says (see
        upload_conflicts: ``ask`` takes ``decisions`` by local path, and ``remote`` is the
        listing of the window's check, so the destination is not listed twice).
        ``storage_class`` (a COS class, checked by the caller) goes on every object's PUT or
        multipart initiate; None is COS's default, STANDARD."""
        planned = plan_upload(
            paths, bucket, prefix, compress=compress, level=level or self.settings.compress_level
        )
        if storage_class:
            for plan in planned:
                plan.options[OPTION_STORAGE_CLASS] = storage_class
        apply_policy(self.storage, bucket, planned, on_conflict, decisions=decisions, remote=remote)
        return self._submit(planned)

    def download(
        self,
        keys: list[str],
        bucket: Bucket,
        target_dir: str | Path,
        *,
        decompress: bool = True,
        conflict: str = "rename",
    ) -> list[int]:
        planned = plan_download(
            self.storage, bucket, keys, target_dir, decompress=decompress, conflict=conflict
        )
        return self._submit(planned)

    def submit(self, planned: list[PlannedJob]) -> list[int]:
        """Queue jobs planned elsewhere (a sync's plan, see transfer/sync/jobs), as
        ``upload`` and ``download`` queue theirs; returns their ids."""
        return self._submit(planned)

    def find_unfinished(self, kind: str, source: str, destination: str) -> JobRecord | None:
        """The unfinished job doing exactly this: a CLI re-run resumes it, not a new copy."""
        for job in self.journal.jobs([kind], UNFINISHED):
            if job.options.get("planning"):
                continue
            if job.source == source and job.destination == destination:
                return job
        return None

    def _submit(self, planned: list[PlannedJob]) -> list[int]:
        ids = []
        for plan in planned:
            # "planning" keeps the dispatcher away until every item is in the journal
            job_id = self.journal.create_job(
                plan.kind,
                plan.title,
                plan.source,
                plan.destination,
                {**plan.options, "planning": True},
                runner=self.runner_id,
            )
            try:
                batch = []
                for item in plan.items:
                    batch.append(item)
                    if len(batch) >= _BATCH:
                        self.journal.add_items(job_id, batch)
                        batch = []
                if batch:
                    self.journal.add_items(job_id, batch)
            except BaseException as exc:  # a listing error: the job fails visibly, not half-made
                error = exc if isinstance(exc, GeneDeskError) else None
                self.journal.update_job(
                    job_id,
                    state=State.FAILED,
                    options=plan.options,
                    error_code=(error.code if error else ErrorCode.INTERNAL).value,
                    error_message=f"could not list what to transfer: {error or exc}",
                    finished_at=time.time(),
                )
                self.journal.set_item_states(job_id, [State.QUEUED], State.CANCELLED)
                self._emit_job(job_id)
                raise
            skipped = self.journal.succeed_items_in_mode(job_id, MODE_SKIPPED)
            self.journal.update_job(job_id, options=plan.options)
            with self._lock:
                if self._scope is not None:
                    self._scope.add(job_id)
            for item_id in skipped:  # shown and printed as skipped, not silently dropped
                self._emit_item(job_id, item_id)
            self._fail_refused(job_id)
            ids.append(job_id)
            log.info("queued %s job %d: %s -> %s", plan.kind, job_id, plan.source, plan.destination)
            self._emit_job(job_id)
        self._wake.set()
        return ids

    def _fail_refused(self, job_id: int) -> None:
        """Items the planner refused (hostile keys, unreadable or special local files) fail at
        once, with the reason, and are reported like every other failed item."""
        for item_id in self.journal.fail_refused_items(job_id, ErrorCode.UNSAFE_KEY.value):
            self._emit_item(job_id, item_id)
        self._maybe_finish(job_id)

    # -- control --------------------------------------------------------------------------------
    def _stop_running(self, job_id: int, reason: str) -> None:
        with self._lock:
            for running in self._running.values():
                if running.job_id == job_id:
                    running.reason = reason
                    running.stop.set()

    def pause(self, job_id: int) -> None:
        self.adopt(job_id)
        if not self.journal.set_job_state_if(job_id, [State.QUEUED, State.RUNNING], State.PAUSED):
            return
        # running items stop and settle by the job's state (PAUSED) when they notice
        self._stop_running(job_id, "pause")
        self._emit_job(job_id)

    def resume(self, job_id: int) -> None:
        self.adopt(job_id)
        with self.journal.batch():
            if not self.journal.set_job_state_if(job_id, [State.PAUSED], State.QUEUED):
                return
            self.journal.set_item_states(job_id, [State.PAUSED], State.QUEUED)
        # items still stopping from the pause will see a queued job and requeue themselves
        self._emit_job(job_id)
        self._wake.set()

    def cancel(self, job_id: int) -> None:
        self.adopt(job_id)
        job = self.journal.job(job_id)
        if job.state.finished and job.state is not State.FAILED:
            return
        with self.journal.batch():
            self.journal.update_job(job_id, state=State.CANCELLED, finished_at=time.time())
            self.journal.set_item_states(
                job_id, [State.QUEUED, State.PAUSED], State.CANCELLED, finished_at=time.time()
            )
        self._stop_running(job_id, "cancel")
        self._cleanup_cancelled(job_id)
        self._emit_job(job_id)

    def _cleanup_cancelled(self, job_id: int) -> None:
        """Abort multipart uploads / delete temp files of items that were not running."""
        with self._lock:
            running = {i for i, r in self._running.items() if r.job_id == job_id}
        job = self.journal.job(job_id)
        for item in self.journal.items(job_id, [State.CANCELLED, State.FAILED]):
            if item.id in running or not (item.upload_id or item.part_size):
                continue
            run = self._item_run(job, item, threading.Event(), lambda n: None)
            try:
                (abort_item if job.kind == "upload" else discard_item)(run)
            except GeneDeskError as exc:
                log.warning("cleanup of item %d failed: %s", item.id, exc)

    def retry(self, job_id: int, item_ids: Iterable[int] | None = None) -> int:
        """Queue failed (and cancelled) items again; returns how many."""
        self.adopt(job_id)
        job = self.journal.job(job_id)
        with self.journal.batch():
            if item_ids is None:
                count = self.journal.set_item_states(
                    job_id,
                    [State.FAILED, State.CANCELLED],
                    State.QUEUED,
                    error_code=None,
                    error_message=None,
                    request_id=None,
                    finished_at=None,
                )
            else:
                count = 0
                for item_id in item_ids:
                    item = self.journal.item(item_id)
                    if item.job_id == job_id and item.state in (State.FAILED, State.CANCELLED):
                        self.journal.update_item(
                            item_id,
                            state=State.QUEUED,
                            error_code=None,
                            error_message=None,
                            request_id=None,
                            finished_at=None,
                        )
                        count += 1
            if count or job.state in (State.FAILED, State.CANCELLED):
                self.journal.update_job(
                    job_id,
                    state=State.QUEUED,
                    finished_at=None,
                    error_code=None,
                    error_message=None,
                )
        self._emit_job(job_id)
        self._wake.set()
        return count

    def remove(self, job_id: int) -> None:
        self.adopt(job_id)
        job = self.journal.job(job_id)
        if not job.state.finished:
            self.cancel(job_id)
            self._wait_not_running(job_id, 30)
        else:
            self._cleanup_cancelled(job_id)  # failed items may hold uploads or temp files
        self.journal.remove_job(job_id)
        with self._lock:
            self._stats.pop(job_id, None)
            self._jobs.pop(job_id, None)
        self._emit_job(job_id)

    def clear_finished(self) -> int:
        """Forget finished jobs, first aborting the uploads and deleting the temporary files
        their failed or cancelled items kept for a retry."""
        for job in self.journal.jobs(TRANSFER_KINDS, FINISHED):
            if not self._alive_elsewhere(job.runner):
                self._cleanup_cancelled(job.id)
        count = self.journal.clear_finished(TRANSFER_KINDS)
        self._emit_job(0)
        return count

    def pause_all(self) -> None:
        for job in self.journal.jobs(TRANSFER_KINDS, [State.QUEUED, State.RUNNING]):
            self.pause(job.id)

    def resume_all(self) -> None:
        for job in self.journal.jobs(TRANSFER_KINDS, [State.PAUSED]):
            self.resume(job.id)

    def cancel_all(self) -> None:
        for job in self.journal.jobs(TRANSFER_KINDS, UNFINISHED):
            self.cancel(job.id)

    def export_csv(self, target: str | Path) -> int:
        return self.journal.export_csv(Path(target), TRANSFER_KINDS)

    def set_bandwidth_limit(self, rate: int) -> None:
        self.settings.bandwidth_limit = rate
        self.limiter.set_rate(rate)

    # -- status ---------------------------------------------------------------------------------
    def status(self, job_id: int) -> JobStatus:
        job = self.journal.job(job_id)
        counts = self.journal.item_counts(job_id)
        with self._lock:
            stats = self._stats.get(job_id)
            live = stats.done if stats else None
            speed = stats.speed if stats and not job.state.finished else 0.0
            eta = stats.eta() if stats and not job.state.finished else None
        done = live if live is not None else self.journal.item_bytes_done(job_id)
        return JobStatus(
            job, counts, min(done, job.total_bytes) if job.total_bytes else done, speed, eta
        )

    def item_progress(self, item_id: int) -> int | None:
        """Live bytes of a running item (None when not running)."""
        with self._lock:
            running = self._running.get(item_id)
            return running.done if running else None

    def item_status(self, item_id: int) -> ItemProgress | None:
        """Live bytes, speed and ETA of a running item (None when not running). In-memory
        counters only: cheap enough for every refresh of the transfer list."""
        with self._lock:
            running = self._running.get(item_id)
        if running is None:
            return None
        stats = running.stats
        if stats is None:  # a small item in a worker process reports when its batch ends
            return ItemProgress(running.done, 0.0, None)
        return ItemProgress(running.done, stats.speed, stats.eta())

    def activity(self) -> tuple[int, float]:
        """(transfers running now, their total speed in bytes/s), for the status bar. A job
        counts once however many of its items run. In-memory, no journal read."""
        with self._lock:
            jobs = {r.job_id for r in self._running.values()}
            stats = [self._stats[j] for j in jobs if j in self._stats]
        return len(jobs), sum(s.speed for s in stats)

    def wait(self, job_ids: Iterable[int], timeout: float | None = None) -> bool:
        """Block until the jobs are finished or paused; True if they all are."""
        ids = list(job_ids)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while True:
                if all(self._settled(j) for j in ids):
                    return True
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._idle.wait(remaining if remaining is not None else 1.0)

    def _settled(self, job_id: int) -> bool:
        if any(r.job_id == job_id for r in self._running.values()):
            return False  # a stopped job is settled once its running items have stopped
        state = self.journal.job_state(job_id)
        return state is None or state.finished or state is State.PAUSED

    def _wait_not_running(self, job_id: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._idle:
            while any(r.job_id == job_id for r in self._running.values()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                self._idle.wait(remaining)

    # -- events ---------------------------------------------------------------------------------
    def _emit_job(self, job_id: int) -> None:
        with self._idle:
            self._idle.notify_all()
        if self.listener is not None:
            try:
                self.listener.job_changed(job_id)
            except Exception:
                log.exception("transfer listener failed")

    def _emit_item(self, job_id: int, item_id: int) -> None:
        if self.listener is not None:
            try:
                self.listener.item_changed(job_id, item_id)
            except Exception:
                log.exception("transfer listener failed")

    def _on_progress(
        self, job_id: int, running: _Running, delta: int, *, kept: bool = False
    ) -> None:
        """Bytes of a running item, as its blocks are sent or written (part threads report
        concurrently). Live counters only: the journal hears of parts when they complete, and
        the listener at most every PROGRESS_INTERVAL per job, however small the blocks."""
        now = time.monotonic()
        with self._lock:
            running.done += delta
            stats = self._stats.get(job_id)
            emit = now - self._last_emit.get(job_id, 0.0) >= PROGRESS_INTERVAL
            if emit:
                self._last_emit[job_id] = now
        for rate in (stats, running.stats):
            if rate is not None:
                if kept:
                    rate.add_kept(delta)
                else:
                    rate.add(delta)
        if emit and self.listener is not None:
            try:
                self.listener.progress(job_id)
            except Exception:
                log.exception("transfer listener failed")

    # -- scheduling -----------------------------------------------------------------------------
    def _dispatch_loop(self) -> None:
        while not self._closing.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._closing.is_set():
                return
            try:
                self._dispatch_once()
            except Exception:
                log.exception("transfer dispatcher error")

    def _dispatch_once(self) -> None:
        for job in reversed(self.journal.jobs(TRANSFER_KINDS, [State.QUEUED, State.RUNNING])):
            if job.runner != self.runner_id or job.options.get("planning"):
                continue
            after = 0
            while not self._closing.is_set():
                page = self.journal.items(job.id, [State.QUEUED], limit=_BATCH, after_seq=after)
                if not page:
                    break
                after = page[-1].seq
                if not self._dispatch_page(job, page) or self._job_stopped(job.id):
                    break
            self._maybe_finish(job.id)

    def _dispatch_page(self, job: JobRecord, page: list[ItemRecord]) -> bool:
        """Queue a page of items: small ones in batches for the worker processes, the rest one
        by one. False when the job was stopped meanwhile."""
        with self._lock:
            fresh = [i for i in page if i.id not in self._dispatched]
            self._dispatched.update(i.id for i in fresh)
        batches: list[list[ItemRecord]] = []
        if self._small_pool is not None and self.limiter.rate == 0:
            batches = make_batches(job.kind, fresh)
        small_ids = {i.id for batch in batches for i in batch}
        entries: list[QueueEntry] = [SmallBatch(job.id, tuple(batch)) for batch in batches]
        entries += [OneItem(i.id) for i in fresh if i.id not in small_ids]
        for n, entry in enumerate(entries):
            while not self._closing.is_set():
                try:
                    self._queue.put(entry, timeout=0.5)
                    break
                except queue.Full:  # workers busy: meanwhile, was the job stopped?
                    if self._job_stopped(job.id):
                        self._undispatch(entries[n:])
                        return False
            else:
                return False
        return True

    def _undispatch(self, entries: list[QueueEntry]) -> None:
        with self._lock:
            for entry in entries:
                self._dispatched.difference_update(entry.item_ids)

    def _job_stopped(self, job_id: int) -> bool:
        return self.journal.job_state(job_id) in (None, State.PAUSED, State.CANCELLED)

    def _job_record(self, job_id: int) -> JobRecord:
        """A job's record for its fixed parts (kind, options, totals), cached after planning;
        its state is always read fresh with ``journal.job_state``."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            job = self.journal.job(job_id)
            if not job.options.get("planning"):
                with self._lock:
                    self._jobs[job_id] = job
        return job

    def _worker_loop(self) -> None:
        while True:
            entry = self._queue.get()
            if entry is None or self._closing.is_set():
                return
            ids = entry.item_ids
            match entry:
                case SmallBatch(job_id, items):  # small items for the worker processes
                    try:
                        self._run_batch(job_id, list(items))
                    except Exception as exc:
                        log.exception("transfer worker error on a batch of %d items", len(ids))
                        for item_id in ids:
                            self._abandon(item_id, exc)
                case OneItem(item_id):
                    try:
                        self._run_item(item_id)
                    except Exception as exc:
                        log.exception("transfer worker error on item %s", item_id)
                        self._abandon(item_id, exc)
            with self._lock:
                self._dispatched.difference_update(ids)
            if self._queue.empty():
                self._wake.set()

    def _abandon(self, item_id: int, exc: Exception) -> None:
        """Safety net: an item whose bookkeeping crashed is failed, never left 'running'."""
        with self._idle:
            running = self._running.pop(item_id, None)
            self._idle.notify_all()
        try:
            self.journal.update_item(
                item_id,
                state=State.FAILED,
                error_code=ErrorCode.INTERNAL.value,
                error_message=f"internal error: {type(exc).__name__}: {exc}",
                finished_at=time.time(),
            )
            if running is not None:
                self._emit_item(running.job_id, item_id)  # every failure is reported
                self._maybe_finish(running.job_id)
        except Exception:
            log.exception("could not record the failure of item %s", item_id)

    def _item_run(
        self,
        job: JobRecord,
        item: ItemRecord,
        stop: threading.Event,
        progress: Any,
        kept: Any = None,
    ) -> ItemRun:
        options = job.options
        return ItemRun(
            journal=self.journal,
            clients=self.storage.clients,
            bucket=Bucket(options["bucket"], options["region"]),
            item=item,
            options=options,
            settings=self.settings,
            limiter=self.limiter,
            stop=stop,
            parts_pool=self._parts_pool,
            progress=progress,
            kept=kept,
        )

    def _run_item(self, item_id: int) -> None:
        try:
            item = self.journal.item(item_id)
            job = self._job_record(item.job_id)
        except GeneDeskError:
            return  # removed meanwhile
        if item.state is not State.QUEUED:
            return
        running = _Running(job.id)
        with self._lock:  # registered before the claim: a cancel from now on reaches it
            self._running[item_id] = running
        if not self.journal.claim_item(item_id):  # a cancel or pause got there first
            with self._idle:
                self._running.pop(item_id, None)
                self._idle.notify_all()
            return
        now = time.time()
        job_state = self.journal.job_state(job.id)
        if self.journal.set_job_state_if(job.id, [State.QUEUED], State.RUNNING) and (
            job.started_at is None
        ):
            self.journal.update_job(job.id, started_at=now)
        self._ensure_stats(job)
        item = dataclasses.replace(
            item, state=State.RUNNING, attempts=item.attempts + 1, started_at=now, done_bytes=0
        )
        if job_state not in (State.QUEUED, State.RUNNING):  # paused/cancelled meanwhile
            running.stop.set()
        running.stats = RateStats(item.size)
        self._emit_item(job.id, item_id)
        run = self._item_run(
            job,
            item,
            running.stop,
            lambda n: self._on_progress(job.id, running, n),
            lambda n: self._on_progress(job.id, running, n, kept=True),
        )
        stopped = False
        try:
            outcome = run_item(run, job.kind)
        except Stopped:
            stopped = True
            outcome = self._stopped_outcome(run, job.kind)
        if outcome.state is not State.SUCCEEDED and running.done:
            with self._lock:
                stats = self._stats.get(job.id)
            if stats is not None:
                stats.add_kept(-running.done)  # a resumed item reports its kept parts again
        outcome = self._record_outcome(job.id, item_id, outcome, stopped)
        with self._idle:
            self._running.pop(item_id, None)
            self._idle.notify_all()
        self._emit_item(job.id, item_id)
        if outcome.state is State.QUEUED:
            # resumed or retried while it was stopping: run it again now. It must leave
            # _dispatched first, or the dispatcher skips it and waits for the next wake-up.
            with self._lock:
                self._dispatched.discard(item_id)
            self._wake.set()
        self._maybe_finish(job.id)

    def _ensure_stats(self, job: JobRecord) -> None:
        """The job's rate stats, seeded from the journal. The journal is read outside
        ``self._lock``: a thread inside a journal transaction may be waiting for that lock."""
        with self._lock:
            if job.id in self._stats:
                return
        stats = RateStats(job.total_bytes)
        stats.done = self.journal.item_bytes_done(job.id)
        with self._lock:
            self._stats.setdefault(job.id, stats)

    def _run_batch(self, job_id: int, items: list[ItemRecord]) -> None:
        """Run a batch of small items in the worker processes (see small_pool)."""
        try:
            job = self._job_record(job_id)
        except GeneDeskError:
            return
        pool = self._small_pool
        if pool is None:  # the pool failed after this batch was queued: run it here
            for item in items:
                self._run_item(item.id)
            return
        with pool.slots:
            self._run_batch_in(pool, job, items)

    def _run_batch_in(self, pool: SmallItemPool, job: JobRecord, items: list[ItemRecord]) -> None:
        job_id = job.id
        claimed: list[ItemRecord] = []
        now = time.time()
        # Lock order: never take self._lock inside a journal transaction (or the reverse).
        with self._lock:
            for item in items:
                self._running[item.id] = _Running(job_id)
        with self.journal.batch():
            for item in items:
                if self.journal.claim_item(item.id):
                    claimed.append(
                        dataclasses.replace(
                            item,
                            state=State.RUNNING,
                            attempts=item.attempts + 1,
                            started_at=now,
                            done_bytes=0,
                        )
                    )
            started = self.journal.set_job_state_if(job_id, [State.QUEUED], State.RUNNING)
            if claimed and started and job.started_at is None:
                self.journal.update_job(job_id, started_at=now)
        claimed_ids = {i.id for i in claimed}
        with self._lock:
            for item in items:
                if item.id not in claimed_ids:
                    self._running.pop(item.id, None)
        if not claimed:
            return
        self._ensure_stats(job)
        job_state = self.journal.job_state(job_id)
        results: list[tuple[int, Outcome, int]]
        if job_state not in (State.QUEUED, State.RUNNING) or self._closing.is_set():
            settle = {State.PAUSED: State.PAUSED, State.CANCELLED: State.CANCELLED}
            back = settle.get(job_state, State.QUEUED) if job_state else State.QUEUED
            results = [(i.id, Outcome(back), 0) for i in claimed]
        else:
            try:
                results = pool.run(
                    job.kind, job.options, self.settings, self.storage.clients.current(), claimed
                )
            except Exception as exc:  # the pool itself failed: run these items in-process
                if not self._closing.is_set():  # (quitting cuts batches off: no failure)
                    log.warning("worker processes unavailable (%r); continuing in-process", exc)
                self._small_pool = None
                results = [(i.id, Outcome(State.QUEUED), 0) for i in claimed]
        expired = False
        moved = 0
        attempts = {i.id: i.attempts for i in claimed}
        with self.journal.batch():
            for n, (item_id, outcome, nbytes) in enumerate(results):
                if outcome.expired_keys and attempts.get(item_id, 0) < MAX_EXPIRED_REQUEUES:
                    # the keys handed to the worker ran out: run it again with fresh ones
                    expired = True
                    outcome = Outcome(State.QUEUED)
                    results[n] = (item_id, outcome, nbytes)
                if outcome.state is State.SUCCEEDED:
                    moved += nbytes
                elif outcome.state is State.FAILED:
                    log.warning(
                        "%s item %d of job %d failed in a worker process: %s (%s, request id %s)",
                        job.kind, item_id, job_id, outcome.error_message,
                        outcome.error_code, outcome.request_id,
                    )  # fmt: skip
                self.journal.update_item(item_id, **outcome.columns())
        if expired:
            current = self.storage.clients.current()
            self.storage.clients.invalidate(current.secret_id)
        with self._lock:
            stats = self._stats.get(job_id)
        if stats is not None and moved:
            stats.add(moved)
        with self._idle:
            for item_id, _values, _n in results:
                self._running.pop(item_id, None)
            self._idle.notify_all()
        for item_id, _values, _n in results:
            self._emit_item(job_id, item_id)
        if self.listener is not None and moved:
            try:
                self.listener.progress(job_id)
            except Exception:
                log.exception("transfer listener failed")
        if any(o.state is State.QUEUED for _i, o, _n in results):
            self._wake.set()
        self._maybe_finish(job_id)

    def _record_outcome(
        self, job_id: int, item_id: int, outcome: Outcome, stopped: bool
    ) -> Outcome:
        """Write how an item ended; returns what was written.

        A stopped item settled by its job's state a moment ago (and may have cleaned up since);
        a resume or retry that came in meanwhile would be lost, leaving the item paused or
        cancelled under a queued job. So the job's state is read again and the item written in
        one transaction (resume and retry write theirs in one too): then it is queued again."""
        with self.journal.batch():
            if (
                stopped
                and outcome.state in (State.PAUSED, State.CANCELLED)
                and not self._closing.is_set()
                and self.journal.job_state(job_id) in (State.QUEUED, State.RUNNING)
            ):
                outcome = Outcome(State.QUEUED)
            self.journal.update_item(item_id, **outcome.columns())
        return outcome

    def _stopped_outcome(self, run: ItemRun, kind: str) -> Outcome:
        """A stopped item settles by what its job is *now*: the user may have resumed a pause
        or retried a cancel while the item was still stopping."""
        if self._closing.is_set():
            return Outcome(State.QUEUED)  # quitting: resume next time
        state = self.journal.job_state(run.item.job_id)
        if state is State.CANCELLED:
            try:
                # the item's stop flag is set: clean up with a fresh one
                cleanup = dataclasses.replace(run, stop=threading.Event())
                (abort_item if kind == "upload" else discard_item)(cleanup)
            except (GeneDeskError, Stopped) as exc:
                log.warning("cleanup after cancel failed: %r", exc)
            return Outcome.settled(State.CANCELLED, finished=True)
        if state is State.PAUSED:
            return Outcome(State.PAUSED)
        return Outcome(State.QUEUED)

    def _maybe_finish(self, job_id: int) -> None:
        """Settle a job's state once none of its items is queued or running."""
        try:
            job = self._job_record(job_id)
        except GeneDeskError:
            return
        if job.options.get("planning"):
            return
        state = self.journal.job_state(job_id)
        if state is None or state in (State.PAUSED, State.CANCELLED) or state.finished:
            if state is State.CANCELLED:
                self._emit_job(job_id)
            return
        with self._lock:
            if any(r.job_id == job_id for r in self._running.values()):
                return
        # cheap index probe first: this runs after every item of a 10,000-item job
        if self.journal.has_items(job_id, UNFINISHED):
            return
        counts = self.journal.item_counts(job_id)
        failed = counts.get(State.FAILED, 0)
        state = State.FAILED if failed else State.SUCCEEDED
        values: dict[str, Any] = {"state": state, "finished_at": time.time()}
        if failed:
            first = self.journal.items(job_id, [State.FAILED], limit=1)[0]
            values.update(
                error_code=first.error_code,
                error_message=f"{failed} item(s) failed; first: {first.error_message}",
                request_id=first.request_id,
            )
        values["done_bytes"] = self.journal.item_bytes_done(job_id)
        self.journal.update_job(job_id, **values)
        log.info("job %d %s (%s)", job_id, state.value, dict(counts))
        self._emit_job(job_id)
