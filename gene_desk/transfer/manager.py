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

import logging
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gene_desk.journal import FINISHED, TRANSFER_KINDS, UNFINISHED, JobRecord, Journal, State
from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket
from gene_desk.transfer.dispatch import Dispatcher
from gene_desk.transfer.download import OPTION_RECHECK
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.ownership import Ownership
from gene_desk.transfer.plan import (
    OPTION_LISTING,
    OPTION_LISTING_CUT,
    OPTION_STREAMED,
    PlannedJob,
    plan_download,
    plan_upload,
)
from gene_desk.transfer.progress import ItemProgress, JobListener, JobStatus
from gene_desk.transfer.runtime_state import RuntimeState
from gene_desk.transfer.settings import TransferSettings
from gene_desk.transfer.settle import PROGRESS_INTERVAL, Settler
from gene_desk.transfer.small_pool import SmallItemPool, worker_count
from gene_desk.transfer.submit import submit_planned
from gene_desk.transfer.upload import OPTION_STORAGE_CLASS
from gene_desk.transfer.upload_conflicts import OnConflict, RemoteKeys, apply_policy

log = logging.getLogger(__name__)

__all__ = ["PROGRESS_INTERVAL", "TransferListener", "TransferManager"]

TransferListener = JobListener  # kept for readability at call sites


class TransferManager:
    """The control API (submit, pause, resume, cancel, retry, remove, status) over the parts
    that run jobs: :class:`~ownership.Ownership` (which process runs which job),
    :class:`~dispatch.Dispatcher` (dispatcher and worker threads) and
    :class:`~settle.Settler` (claiming, running and settling items). They share one
    :class:`~runtime_state.RuntimeState` (the lock, the running items, the live counters, the
    flags), which this manager owns and hands to each; none of them knows the manager."""

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
        self.limiter = BandwidthLimiter(self.settings.bandwidth_limit)
        workers = worker_count()
        self.state = RuntimeState(
            storage=storage,
            journal=journal,
            settings=self.settings,
            limiter=self.limiter,
            parts_pool=ThreadPoolExecutor(
                max(2, self.settings.parts_parallel * 2), thread_name_prefix="gd-part"
            ),
            small_pool=(
                SmallItemPool(journal.path, workers, self.settings.files_parallel)
                if workers
                else None
            ),
            listener=listener,
        )
        self._settler = Settler(self.state)
        # This manager's identity in the journal: a job is run by the manager whose lock file is
        # held, so the window and a CLI run never run the same job, and a crashed runner's jobs
        # can be adopted by the next one.
        self._ownership = Ownership(self.state, self._settler)
        self.runner_id = self.state.runner_id
        self._dispatcher = Dispatcher(self.state, self._settler)

    @property
    def listener(self) -> TransferListener | None:
        """Told of job and item changes and progress, on worker threads."""
        return self.state.listener

    @listener.setter
    def listener(self, listener: TransferListener | None) -> None:
        self.state.listener = listener

    def limit_to(self, job_ids: Iterable[int]) -> None:
        """Adopt only these unfinished jobs (plus the ones this manager creates): the CLI must
        not pick up the window's queue."""
        with self.state.lock:
            self.state.scope = set(job_ids)

    # -- ownership (see ownership.py) ----------------------------------------------------------
    def owner_is_elsewhere(self, job_id: int) -> bool:
        """True when another live Gene Desk process (window or CLI) runs this job."""
        return self._ownership.owner_is_elsewhere(job_id)

    def adopt(self, job_id: int) -> None:
        """Make this manager the job's runner; JOB_IN_USE if another live process runs it."""
        self._ownership.adopt(job_id)

    def recover(self) -> int:
        """Adopt the jobs a crash or a quit left behind and requeue their running items;
        returns the number of unfinished jobs adopted."""
        return self._ownership.recover()

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> TransferManager:
        """Start the workers. Jobs left unfinished by a crash or a quit are requeued."""
        self.recover()
        self._dispatcher.start()
        self.state.wake.set()
        return self

    def shutdown(self, wait: bool = True, timeout: float = 30.0) -> None:
        """Stop everything where it is; running items go back to queued and stay resumable.

        Nothing here waits for the network: the stop flags cut off the requests in flight
        (the multipart upload and its confirmed parts stay in the journal), and batches of
        small files in worker processes are cut off too. ``wait`` waits (at most ``timeout``)
        for the threads to record where their items stopped."""
        self.state.closing.set()
        with self.state.lock:
            for running in self.state.running.values():
                running.reason = "shutdown"
                running.stop.set()
        self.state.wake.set()
        self._dispatcher.stop()
        small_pool = self.state.small_pool
        if small_pool is not None:
            small_pool.shutdown(cut_off=True)  # frees the threads waiting for their batches
        if wait:
            self._dispatcher.join(time.monotonic() + timeout)
        self.state.parts_pool.shutdown(wait=wait, cancel_futures=True)
        if wait:
            self._ownership.release()

    def has_active_work(self) -> bool:
        active = [State.PLANNING, State.QUEUED, State.RUNNING]
        return bool(self.journal.count_jobs(TRANSFER_KINDS, active))

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
        self._warm_small_pool(any(Path(p).is_dir() for p in paths))
        planned = plan_upload(
            paths, bucket, prefix, compress=compress, level=level or self.settings.compress_level
        )
        for plan in planned:
            if storage_class:
                plan.options[OPTION_STORAGE_CLASS] = storage_class
            # the job keeps the setting it was queued with (a resume, a worker process)
            plan.options["record_md5"] = bool(self.settings.record_md5)
        apply_policy(self.storage, bucket, planned, on_conflict, decisions=decisions, remote=remote)
        return submit_planned(self.state, self._settler, planned)

    def download(
        self,
        keys: list[str],
        bucket: Bucket,
        target_dir: str | Path,
        *,
        decompress: bool = True,
        conflict: str = "rename",
        refuse_alone: bool | None = None,
    ) -> list[int]:
        """Queue a download (``refuse_alone``: see plan_download)."""
        self._warm_small_pool(any(key.endswith("/") for key in keys))
        planned = plan_download(
            self.storage,
            bucket,
            keys,
            target_dir,
            decompress=decompress,
            conflict=conflict,
            refuse_alone=refuse_alone,
        )
        streamed = [p for p in planned if p.options.get(OPTION_STREAMED)]
        failed = self.journal.jobs(["download"], [State.FAILED]) if streamed else []
        cut = {(j.source, j.destination) for j in failed if j.options.get(OPTION_LISTING_CUT)}
        for plan in streamed:
            # the same folder to the same place, after a run cut off while listing it: what that
            # run finished is recognised instead of saved again as "name (1)"
            if (plan.source, plan.destination) in cut:
                plan.options[OPTION_RECHECK] = True
        return submit_planned(self.state, self._settler, planned)

    def _warm_small_pool(self, folders: bool) -> None:
        """A folder may hold thousands of small files: start the worker processes while it is
        listed, not after (a single file never needs them)."""
        pool = self.state.small_pool
        if folders and pool is not None and self.state.limiter.rate == 0:
            pool.warm()

    def submit(self, planned: list[PlannedJob]) -> list[int]:
        """Queue jobs planned elsewhere (a sync's plan, see transfer/sync/jobs), as
        ``upload`` and ``download`` queue theirs; returns their ids."""
        return submit_planned(self.state, self._settler, planned)

    def find_unfinished(self, kind: str, source: str, destination: str) -> JobRecord | None:
        """The unfinished job doing exactly this: a CLI re-run resumes it, not a new copy."""
        for job in self.journal.jobs([kind], UNFINISHED):  # (not PLANNING: never resumable)
            if job.source == source and job.destination == destination:
                return job
        return None

    # -- control --------------------------------------------------------------------------------
    def _stop_running(self, job_id: int, reason: str) -> None:
        with self.state.lock:
            for running in self.state.running.values():
                if running.job_id == job_id:
                    running.reason = reason
                    running.stop.set()

    def pause(self, job_id: int) -> None:
        self.adopt(job_id)
        with self.journal.batch():  # the listing's end cannot slip in between (submit.py)
            pausable = [State.QUEUED, State.RUNNING]
            if self.journal.job(job_id).options.get(OPTION_LISTING):
                pausable.append(State.PLANNING)  # a folder download still listing its files
            if not self.journal.set_job_state_if(job_id, pausable, State.PAUSED):
                return
        # running items stop and settle by the job's state (PAUSED) when they notice
        self._stop_running(job_id, "pause")
        self.state.emit_job(job_id)

    def resume(self, job_id: int) -> None:
        self.adopt(job_id)
        with self.journal.batch():
            # paused while listing and still listing: back to PLANNING, so that the job cannot
            # finish before its last items are listed (plan.OPTION_LISTING)
            listing = self.journal.job(job_id).options.get(OPTION_LISTING)
            back = State.PLANNING if listing else State.QUEUED
            if not self.journal.set_job_state_if(job_id, [State.PAUSED], back):
                return
            self.journal.set_item_states(job_id, [State.PAUSED], State.QUEUED)
        # items still stopping from the pause will see a queued job and requeue themselves
        self.state.emit_job(job_id)
        self.state.wake.set()

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
        self._settler.cleanup_cancelled(job_id)
        self.state.emit_job(job_id)

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
        self.state.emit_job(job_id)
        self.state.wake.set()
        return count

    def remove(self, job_id: int) -> None:
        self.adopt(job_id)
        job = self.journal.job(job_id)
        if not job.state.finished:
            self.cancel(job_id)
            self._settler.wait_not_running(job_id, 30)
        else:
            self._settler.cleanup_cancelled(job_id)  # failed items may hold uploads or temp files
        self.journal.remove_job(job_id)
        with self.state.lock:
            self.state.stats.pop(job_id, None)
            self.state.jobs.pop(job_id, None)
        self.state.emit_job(job_id)

    def clear_finished(self) -> int:
        """Forget finished jobs, first aborting the uploads and deleting the temporary files
        their failed or cancelled items kept for a retry."""
        for job in self.journal.jobs(TRANSFER_KINDS, FINISHED):
            if not self._ownership.alive_elsewhere(job.runner):
                self._settler.cleanup_cancelled(job.id)
        count = self.journal.clear_finished(TRANSFER_KINDS)
        self.state.emit_job(0)
        return count

    def pause_all(self) -> None:
        for job in self.journal.jobs(TRANSFER_KINDS, [State.PLANNING, State.QUEUED, State.RUNNING]):
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
        with self.state.lock:
            stats = self.state.stats.get(job_id)
            live = stats.done if stats else None
            speed = stats.speed if stats and not job.state.finished else 0.0
            eta = stats.eta() if stats and not job.state.finished else None
        done = live if live is not None else self.journal.item_bytes_done(job_id)
        return JobStatus(
            job, counts, min(done, job.total_bytes) if job.total_bytes else done, speed, eta
        )

    def item_progress(self, item_id: int) -> int | None:
        """Live bytes of a running item (None when not running)."""
        with self.state.lock:
            running = self.state.running.get(item_id)
            return running.done if running else None

    def item_status(self, item_id: int) -> ItemProgress | None:
        """Live bytes, speed and ETA of a running item (None when not running). In-memory
        counters only: cheap enough for every refresh of the transfer list."""
        with self.state.lock:
            running = self.state.running.get(item_id)
        if running is None:
            return None
        stats = running.stats
        if stats is None:  # a small item in a worker process reports when its batch ends
            return ItemProgress(running.done, 0.0, None)
        return ItemProgress(running.done, stats.speed, stats.eta())

    def activity(self) -> tuple[int, float]:
        """(transfers running now, their total speed in bytes/s), for the status bar. A job
        counts once however many of its items run. In-memory, no journal read."""
        with self.state.lock:
            jobs = {r.job_id for r in self.state.running.values()}
            stats = [self.state.stats[j] for j in jobs if j in self.state.stats]
        return len(jobs), sum(s.speed for s in stats)

    def wait(self, job_ids: Iterable[int], timeout: float | None = None) -> bool:
        """Block until the jobs are finished or paused; True if they all are."""
        return self._settler.wait(job_ids, timeout)
