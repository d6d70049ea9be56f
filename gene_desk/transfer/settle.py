"""Claiming, running and settling items: one path for the worker threads and the worker processes.

An item runs in a manager thread (big items, or any item when the small-file pool is off) or, in
a batch, in a worker process (:mod:`small_pool`). Either way it is claimed the same way (registered
as running *before* the journal's queued -> running compare-and-set, so a cancel from then on
reaches it; the claim of a whole batch is one transaction, and starts the job) and settled the same
way (:meth:`Settler.settle`: every outcome of a thread or a batch in one transaction, a stopped
item requeued when its job was resumed meanwhile, expired keys of a worker process requeued, the
live counters and the listener told, the job finished when nothing of it is left).

Lock order: never hold the manager's lock while waiting for the journal.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from gene_desk.core.errors import GeneDeskError
from gene_desk.core.stats import RateStats
from gene_desk.journal import UNFINISHED, ItemRecord, JobRecord, State
from gene_desk.storage.models import Bucket
from gene_desk.transfer.bodies import Stopped
from gene_desk.transfer.context import ItemRun
from gene_desk.transfer.download import discard_item
from gene_desk.transfer.execute import run_item
from gene_desk.transfer.outcome import Outcome
from gene_desk.transfer.plan import OPTION_ORIGINAL_SIZE
from gene_desk.transfer.runtime_state import Running, RuntimeState
from gene_desk.transfer.small_pool import SmallItemPool
from gene_desk.transfer.upload import abort_item

log = logging.getLogger(__name__)

# job states whose items run (a streamed job's run while it is still PLANNING: plan.py)
RUNNABLE = (State.PLANNING, State.QUEUED, State.RUNNING)

# A small item whose keys expired in a worker process is queued again with fresh keys, this
# many attempts at most (then it fails with the expiry error, instead of looping).
MAX_EXPIRED_REQUEUES = 3

PROGRESS_INTERVAL = 0.2


@dataclass(frozen=True)
class Ended:
    """An item's outcome on its way to the journal."""

    item: ItemRecord  # as claimed (its attempts count this run)
    outcome: Outcome
    moved: int = 0  # bytes to count now (a worker process reports them when its batch ends)
    stopped: bool = False  # stopped midway (pause, cancel, quit) rather than finished


class Settler:
    """Claims, runs and settles items for one manager (see the module docstring)."""

    def __init__(self, state: RuntimeState) -> None:
        self.state = state
        self.journal = state.journal

    # -- claiming -------------------------------------------------------------------------------
    def claim(self, job: JobRecord, items: list[ItemRecord]) -> list[ItemRecord]:
        """Mark ``items`` running (those still queued) and start the job, in one transaction;
        returns the claimed items as they now are. Each is registered as running first: a
        pause or cancel from now on reaches it."""
        rt = self.state
        now = time.time()
        with rt.lock:
            for item in items:
                rt.running[item.id] = Running(job.id)
        claimed: list[ItemRecord] = []
        with self.journal.batch():
            for item in items:
                if self.journal.claim_item(item.id):  # False: a cancel or pause got there first
                    claimed.append(
                        dataclasses.replace(
                            item,
                            state=State.RUNNING,
                            attempts=item.attempts + 1,
                            started_at=now,
                            done_bytes=0,
                        )
                    )
            if claimed:
                started = self.journal.set_job_state_if(job.id, [State.QUEUED], State.RUNNING)
                if (started or job.state is State.PLANNING) and job.started_at is None:
                    self.journal.update_job(job.id, started_at=now)
        claimed_ids = {i.id for i in claimed}
        with rt.idle:
            for item in items:
                if item.id not in claimed_ids:
                    rt.running.pop(item.id, None)
            rt.idle.notify_all()
        if claimed:
            self.ensure_stats(job)
        return claimed

    def ensure_stats(self, job: JobRecord) -> None:
        """The job's rate stats, seeded from the journal. The journal is read outside the
        manager's lock: a thread inside a journal transaction may be waiting for that lock."""
        rt = self.state
        with rt.lock:
            if job.id in rt.stats:
                return
        stats = RateStats(job.total_bytes)
        stats.done = self.journal.item_bytes_done(job.id)
        with rt.lock:
            rt.stats.setdefault(job.id, stats)

    # -- running in a thread --------------------------------------------------------------------
    def item_run(
        self,
        job: JobRecord,
        item: ItemRecord,
        stop: threading.Event,
        progress: Any,
        kept: Any = None,
    ) -> ItemRun:
        rt = self.state
        options = job.options
        return ItemRun(
            journal=self.journal,
            clients=rt.storage.clients,
            bucket=Bucket(options["bucket"], options["region"]),
            item=item,
            options=options,
            settings=rt.settings,
            limiter=rt.limiter,
            stop=stop,
            parts_pool=rt.parts_pool,
            progress=progress,
            kept=kept,
        )

    def run_item(self, item_id: int) -> None:
        rt = self.state
        try:
            item = self.journal.item(item_id)
            job = rt.job_record(item.job_id)
        except GeneDeskError:
            return  # removed meanwhile
        if item.state is not State.QUEUED:
            return
        claimed = self.claim(job, [item])
        if not claimed:
            return
        item = claimed[0]
        with rt.lock:
            running = rt.running[item_id]
        if self.journal.job_state(job.id) not in RUNNABLE:
            running.stop.set()  # paused/cancelled meanwhile
        running.stats = RateStats(item.size)
        rt.emit_item(job.id, item_id)
        run = self.item_run(
            job,
            item,
            running.stop,
            lambda n: self.on_progress(job.id, running, n),
            lambda n: self.on_progress(job.id, running, n, kept=True),
        )
        try:
            ended = Ended(item, run_item(run, job.kind))
        except Stopped:
            ended = Ended(item, self._stopped_outcome(run, job.kind), stopped=True)
        self.settle(job, [ended])

    def on_progress(self, job_id: int, running: Running, delta: int, *, kept: bool = False) -> None:
        """Bytes of a running item, as its blocks are sent or written (part threads report
        concurrently). Live counters only: the journal hears of parts when they complete, and
        the listener at most every PROGRESS_INTERVAL per job, however small the blocks."""
        rt = self.state
        now = time.monotonic()
        with rt.lock:
            running.done += delta
            stats = rt.stats.get(job_id)
            emit = now - rt.last_emit.get(job_id, 0.0) >= PROGRESS_INTERVAL
            if emit:
                rt.last_emit[job_id] = now
        for rate in (stats, running.stats):
            if rate is not None:
                if kept:
                    rate.add_kept(delta)
                else:
                    rate.add(delta)
        if emit:
            rt.emit_progress(job_id)

    def _stopped_outcome(self, run: ItemRun, kind: str) -> Outcome:
        """A stopped item settles by what its job is *now*: the user may have resumed a pause
        or retried a cancel while the item was still stopping."""
        if self.state.closing.is_set():
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

    # -- running in a worker process ------------------------------------------------------------
    def run_batch(self, job_id: int, items: list[ItemRecord]) -> None:
        """Run a batch of small items in the worker processes (see small_pool)."""
        rt = self.state
        try:
            job = rt.job_record(job_id)
        except GeneDeskError:
            return
        pool = rt.small_pool
        if pool is None:  # the pool failed after this batch was queued: run it here
            for item in items:
                self.run_item(item.id)
            return
        with pool.slots:  # claimed only once a worker process is free
            self._run_batch_in(pool, job, items)

    def _run_batch_in(self, pool: SmallItemPool, job: JobRecord, items: list[ItemRecord]) -> None:
        rt = self.state
        claimed = self.claim(job, items)
        if not claimed:
            return
        job_state = self.journal.job_state(job.id)
        ended: list[Ended]
        if job_state not in RUNNABLE or rt.closing.is_set():
            settle = {State.PAUSED: State.PAUSED, State.CANCELLED: State.CANCELLED}
            back = settle.get(job_state, State.QUEUED) if job_state else State.QUEUED
            # stopped: settle reads the job's state again in its transaction, so a resume that
            # lands in between queues them again instead of leaving them paused under a queued job
            ended = [Ended(i, Outcome(back), stopped=True) for i in claimed]
        else:
            try:
                results = pool.run(
                    job.kind,
                    job.options,
                    rt.settings,
                    rt.storage.clients.current(),
                    claimed,
                )
            except Exception as exc:  # the pool itself failed: run these items in-process
                if not rt.closing.is_set():  # (quitting cuts batches off: no failure)
                    log.warning("worker processes unavailable (%r); continuing in-process", exc)
                rt.small_pool = None
                results = [(i.id, Outcome(State.QUEUED), 0) for i in claimed]
            by_id = {i.id: i for i in claimed}
            ended = [Ended(by_id[i], outcome, moved) for i, outcome, moved in results]
        self.settle(job, ended, in_worker=True)

    # -- settling -------------------------------------------------------------------------------
    def settle(self, job: JobRecord, ended: list[Ended], *, in_worker: bool = False) -> None:
        """Write how items ended, in one transaction, and tell everyone.

        A stopped item settled by its job's state a moment ago (and may have cleaned up since);
        a resume or retry that came in meanwhile would be lost, leaving the item paused or
        cancelled under a queued job. So the job's state is read again inside the transaction
        that writes the item (resume and retry write theirs in one too): then it is queued
        again. An item whose keys ran out in a worker process is queued again too (with fresh
        keys, MAX_EXPIRED_REQUEUES times at most)."""
        rt = self.state
        expired = False
        moved = 0
        settled: list[Ended] = []
        with self.journal.batch():
            for end in ended:
                outcome = end.outcome
                if in_worker and outcome.expired_keys and end.item.attempts < MAX_EXPIRED_REQUEUES:
                    expired = True
                    outcome = Outcome(State.QUEUED)
                if (
                    end.stopped
                    and outcome.state in (State.PAUSED, State.CANCELLED)
                    and not rt.closing.is_set()
                    and self.journal.job_state(job.id) in RUNNABLE
                ):
                    outcome = Outcome(State.QUEUED)
                if outcome.state is State.SUCCEEDED:
                    moved += end.moved
                elif outcome.state is State.FAILED and in_worker:
                    log.warning(
                        "%s item %d of job %d failed in a worker process: %s (%s, request id %s)",
                        job.kind, end.item.id, job.id, outcome.error_message,
                        outcome.error_code, outcome.request_id,
                    )  # fmt: skip
                self.journal.update_item(end.item.id, **outcome.columns())
                settled.append(dataclasses.replace(end, outcome=outcome))
        if expired:  # the keys handed to the worker ran out: the next batch gets fresh ones
            current = rt.storage.clients.current()
            rt.storage.clients.invalidate(current.secret_id)
        with rt.idle:
            gone = [rt.running.pop(end.item.id, None) for end in settled]
            stats = rt.stats.get(job.id)
            rt.idle.notify_all()
        if stats is not None:
            if moved:
                stats.add(moved)
            for end, running in zip(settled, gone, strict=True):
                if end.outcome.state is not State.SUCCEEDED and running and running.done:
                    stats.add_kept(-running.done)  # a resumed item reports its kept parts again
        for end in settled:
            rt.emit_item(job.id, end.item.id)
        if moved:
            rt.emit_progress(job.id)
        requeued = [end.item.id for end in settled if end.outcome.state is State.QUEUED]
        if requeued:
            rt.requeue(requeued)
        self.maybe_finish(job.id)

    def wait(self, job_ids: Iterable[int], timeout: float | None = None) -> bool:
        """Block until the jobs are finished or paused; True if they all are."""
        rt = self.state
        ids = list(job_ids)
        deadline = None if timeout is None else time.monotonic() + timeout
        with rt.idle:
            while True:
                if all(self._settled(j) for j in ids):
                    return True
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                rt.idle.wait(remaining if remaining is not None else 1.0)

    def _settled(self, job_id: int) -> bool:
        if any(r.job_id == job_id for r in self.state.running.values()):
            return False  # a stopped job is settled once its running items have stopped
        state = self.journal.job_state(job_id)
        return state is None or state.finished or state is State.PAUSED

    def wait_not_running(self, job_id: int, timeout: float) -> None:
        rt = self.state
        deadline = time.monotonic() + timeout
        with rt.idle:
            while any(r.job_id == job_id for r in rt.running.values()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                rt.idle.wait(remaining)

    def maybe_finish(self, job_id: int) -> None:
        """Settle a job's state once none of its items is queued or running."""
        rt = self.state
        state = self.journal.job_state(job_id)
        if state is State.PLANNING:
            return
        if state is None or state in (State.PAUSED, State.CANCELLED) or state.finished:
            if state is State.CANCELLED:
                rt.emit_job(job_id)
            return
        with rt.lock:
            if any(r.job_id == job_id for r in rt.running.values()):
                return
        # cheap index probe first: this runs after every item of a 10,000-item job
        if self.journal.has_items(job_id, UNFINISHED):
            return
        unfinished = state
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
        original = self.journal.original_bytes(job_id)
        if original is not None:  # a download's row shows what its items' rows add up to
            options = self.journal.job(job_id).options
            if options.get(OPTION_ORIGINAL_SIZE) != original:
                values["options"] = {**options, OPTION_ORIGINAL_SIZE: original}
        if not self.journal.update_job(job_id, only_from=unfinished, **values):
            return  # another thread settled the last items at the same moment and finished it
        log.info("job %d %s (%s)", job_id, state.value, dict(counts))
        rt.emit_job(job_id)

    def cleanup_cancelled(self, job_id: int) -> None:
        """Abort multipart uploads / delete temp files of items that were not running."""
        rt = self.state
        with rt.lock:
            running = {i for i, r in rt.running.items() if r.job_id == job_id}
        job = self.journal.job(job_id)
        for item in self.journal.items(job_id, [State.CANCELLED, State.FAILED]):
            if item.id in running or not (item.upload_id or item.part_size):
                continue
            run = self.item_run(job, item, threading.Event(), lambda n: None)
            try:
                (abort_item if job.kind == "upload" else discard_item)(run)
            except GeneDeskError as exc:
                log.warning("cleanup of item %d failed: %s", item.id, exc)
