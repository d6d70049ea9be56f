"""The compression list (压缩列表): local compress and decompress jobs, queued and remembered.

Seed 1.4.2 steps 12, 13 and 15: users pick files or folders, an output folder, and start; the
list shows what is running, what succeeded and what failed, lets them retry failures and remove
entries. Jobs live in the same journal as transfers (kinds "compress" and "decompress"), so the
history survives restarts; a job interrupted by a quit or a crash is simply run again (its
partial output was never visible: the codec writes through temporary names).

One job per picked path (a folder to decompress is one job with an item per compressed file
in it, see codec_items.py). Jobs run one at a time by default: each one already uses every core.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.stats import RateStats
from gene_desk.core.thread_priority import lower_this_thread
from gene_desk.journal import CODEC_KINDS, UNFINISHED, ItemRecord, JobRecord, Journal, State
from gene_desk.transfer.codec_items import plan_items, run_item
from gene_desk.transfer.progress import JobListener, JobStatus

log = logging.getLogger(__name__)

CONFLICTS = ("rename", "overwrite", "skip")


class CodecQueue:
    def __init__(
        self,
        journal: Journal,
        *,
        workers: int = 1,
        level: int = 3,
        listener: JobListener | None = None,
    ) -> None:
        self.journal = journal
        self.level = level
        self.listener = listener
        self._workers_count = workers
        self._cond = threading.Condition()
        self._closing = False
        self._threads: list[threading.Thread] = []
        self._cancels: dict[int, threading.Event] = {}
        self._stats: dict[int, RateStats] = {}
        self._last_emit: dict[int, float] = {}

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> CodecQueue:
        with self.journal.batch():
            for job in self.journal.jobs(CODEC_KINDS, [State.RUNNING]):
                self.journal.update_job(job.id, state=State.QUEUED)
                self.journal.set_item_states(job.id, [State.RUNNING], State.QUEUED)
        for i in range(self._workers_count):
            thread = threading.Thread(target=self._loop, name=f"gd-codec-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def shutdown(self, wait: bool = True, timeout: float = 30.0) -> None:
        """Stop; a running job returns to queued and runs again at the next start."""
        with self._cond:
            self._closing = True
            for cancel in self._cancels.values():
                cancel.set()
            self._cond.notify_all()
        if wait:
            deadline = time.monotonic() + timeout
            for thread in self._threads:
                thread.join(max(0.0, deadline - time.monotonic()))

    def has_active_work(self) -> bool:
        return bool(self.journal.count_jobs(CODEC_KINDS, [State.QUEUED, State.RUNNING]))

    # -- submitting -----------------------------------------------------------------------------
    def compress(
        self,
        paths: list[str | os.PathLike[str]],
        out_dir: str | os.PathLike[str],
        *,
        level: int | None = None,
    ) -> list[int]:
        return self._submit("compress", paths, out_dir, {"level": level or self.level})

    def decompress(
        self,
        paths: list[str | os.PathLike[str]],
        out_dir: str | os.PathLike[str],
        *,
        conflict: str = "rename",
    ) -> list[int]:
        if conflict not in CONFLICTS:
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"unknown conflict policy {conflict!r}")
        return self._submit("decompress", paths, out_dir, {"conflict": conflict})

    def _submit(
        self,
        kind: str,
        paths: list[str | os.PathLike[str]],
        out_dir: str | os.PathLike[str],
        options: dict[str, Any],
    ) -> list[int]:
        if not paths:
            raise GeneDeskError(
                ErrorCode.NOT_SELECTED, "请选择文件或文件夹 (choose files or folders)"
            )
        target = Path(out_dir).expanduser()
        planned = []
        for raw in paths:  # validate everything before queueing anything
            path = Path(raw).expanduser()
            if not path.exists():
                raise GeneDeskError(
                    ErrorCode.LOCAL_NOT_FOUND, "no such file or folder", path=str(path)
                )
            path = path.resolve()
            planned.append((path, plan_items(kind, path, target.resolve())))
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GeneDeskError(
                ErrorCode.LOCAL_PERMISSION,
                f"cannot create the output folder: {exc.strerror}",
                path=str(target),
            ) from exc
        ids = []
        for path, items in planned:
            # one transaction: a worker scanning for queued jobs must never see a job before
            # its items (it would run it with nothing to do and call it done)
            with self.journal.batch():
                job_id = self.journal.create_job(
                    kind, path.name, str(path), str(target.resolve()), options
                )
                self.journal.add_items(job_id, items)
            ids.append(job_id)
            self._emit(job_id)
        with self._cond:
            self._cond.notify_all()
        return ids

    # -- control --------------------------------------------------------------------------------
    def cancel(self, job_id: int) -> None:
        job = self.journal.job(job_id)
        if job.state.finished:
            return
        with self._cond:
            cancel = self._cancels.get(job_id)
            if cancel is not None:
                cancel.set()  # the worker records CANCELLED when the codec stops
                return
        with self.journal.batch():
            self.journal.update_job(job_id, state=State.CANCELLED, finished_at=time.time())
            self.journal.set_item_states(job_id, UNFINISHED, State.CANCELLED)
        self._emit(job_id)

    def retry(self, job_id: int) -> None:
        job = self.journal.job(job_id)
        if job.state not in (State.FAILED, State.CANCELLED):
            return
        with self.journal.batch():
            self.journal.set_item_states(
                job_id,
                [State.FAILED, State.CANCELLED],
                State.QUEUED,
                error_code=None,
                error_message=None,
                finished_at=None,
            )
            self.journal.update_job(
                job_id,
                state=State.QUEUED,
                error_code=None,
                error_message=None,
                finished_at=None,
                done_bytes=0,
            )
        self._emit(job_id)
        with self._cond:
            self._cond.notify_all()

    def remove(self, job_id: int) -> None:
        self.cancel(job_id)
        self.wait([job_id], timeout=30)
        self.journal.remove_job(job_id)
        self._emit(job_id)

    def clear_finished(self) -> int:
        count = self.journal.clear_finished(CODEC_KINDS)
        self._emit(0)
        return count

    # -- status ---------------------------------------------------------------------------------
    def status(self, job_id: int) -> JobStatus:
        job = self.journal.job(job_id)
        with self._cond:
            stats = self._stats.get(job_id)
        running = stats is not None and job.state is State.RUNNING
        return JobStatus(
            job,
            self.journal.item_counts(job_id),
            stats.done if running else job.done_bytes,
            stats.speed if running else 0.0,
            stats.eta() if running else None,
        )

    def wait(self, job_ids: Iterable[int], timeout: float | None = None) -> bool:
        ids = list(job_ids)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                try:
                    if all(self.journal.job(j).state.finished for j in ids):
                        return True
                except GeneDeskError:
                    return True
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)

    # -- work -----------------------------------------------------------------------------------
    def _emit(self, job_id: int) -> None:
        with self._cond:
            self._cond.notify_all()
        if self.listener is not None:
            try:
                self.listener.job_changed(job_id)
            except Exception:
                log.exception("compression listener failed")

    def _next_job(self) -> int | None:
        with self._cond:
            while not self._closing:
                queued = self.journal.jobs(CODEC_KINDS, [State.QUEUED])
                for job in reversed(queued):  # oldest first
                    if job.id not in self._cancels:
                        self._cancels[job.id] = threading.Event()
                        return job.id
                self._cond.wait()
            return None

    def _loop(self) -> None:
        lower_this_thread()  # the window's GUI thread goes first (core/thread_priority.py)
        while True:
            job_id = self._next_job()
            if job_id is None:
                return
            try:
                self._run(job_id)
            except Exception:
                log.exception("compression job %d crashed", job_id)
            finally:
                with self._cond:
                    self._cancels.pop(job_id, None)
                    self._cond.notify_all()

    def _run(self, job_id: int) -> None:
        """Run a job's unfinished items in order; one failing does not stop the others."""
        job = self.journal.job(job_id)
        items = self.journal.items(job_id)
        cancel = self._cancels[job_id]
        done = sum(i.size for i in items if i.state is State.SUCCEEDED)
        stats = RateStats(sum(i.size for i in items))
        stats.set_done(done)
        with self._cond:
            self._stats[job_id] = stats
        self.journal.update_job(job_id, state=State.RUNNING, started_at=time.time())
        self._emit(job_id)
        job_state = State.SUCCEEDED
        for item in items:
            if item.state not in (State.QUEUED, State.RUNNING):
                continue
            if job_state is not State.SUCCEEDED:  # stopped: the rest waits or is cancelled
                if job_state is State.CANCELLED:
                    self.journal.update_item(item.id, state=State.CANCELLED)
                continue
            state = self._run_one(job, item, cancel, stats, done, single=len(items) == 1)
            if state is State.SUCCEEDED:
                done += item.size
            elif state is not State.FAILED:
                job_state = state
        failed = next(iter(self.journal.items(job_id, [State.FAILED], limit=1)), None)
        if job_state is State.SUCCEEDED and failed is not None:
            job_state = State.FAILED
        finished = None if job_state is State.QUEUED else time.time()
        self.journal.update_job(
            job_id,
            state=job_state,
            finished_at=finished,
            done_bytes=done if job_state is not State.QUEUED else 0,
            error_code=failed.error_code if failed is not None else None,
            error_message=failed.error_message if failed is not None else None,
        )
        with self._cond:
            self._stats.pop(job_id, None)
        self._emit(job_id)

    def _run_one(
        self,
        job: JobRecord,
        item: ItemRecord,
        cancel: threading.Event,
        stats: RateStats,
        base: int,
        *,
        single: bool,
    ) -> State:
        """Run one item; its new state (QUEUED when the queue is shutting down: the item runs
        again at the next start)."""
        job_id = job.id
        now = time.time()
        self.journal.update_item(
            item.id, state=State.RUNNING, started_at=now, attempts=item.attempts + 1
        )

        def progress(done: int, total: int | None) -> None:
            if total and single:
                stats.total = total
            stats.set_done(base + done)
            stamp = time.monotonic()
            if stamp - self._last_emit.get(job_id, 0.0) >= 0.2 and self.listener is not None:
                self._last_emit[job_id] = stamp
                try:
                    self.listener.progress(job_id)
                except Exception:  # a broken face must not fail the job
                    log.exception("compression listener failed")

        values: dict[str, Any]
        try:
            values = run_item(job, item, self.level, progress, cancel)
            values.update(state=State.SUCCEEDED, done_bytes=item.size)
        except GeneDeskError as exc:
            if exc.code is ErrorCode.CANCELLED:
                values = {"state": State.QUEUED if self._closing else State.CANCELLED}
            else:
                log.warning("%s %s failed: %s", job.kind, item.source, exc.to_dict())
                values = {
                    "state": State.FAILED,
                    "error_code": exc.code.value,
                    "error_message": exc.message,
                    "request_id": None,
                }
        except Exception as exc:
            log.exception("%s %s crashed", job.kind, item.source)
            values = {
                "state": State.FAILED,
                "error_code": ErrorCode.INTERNAL.value,
                "error_message": f"internal error: {type(exc).__name__}: {exc}",
            }
        state: State = values["state"]
        finished = None if state is State.QUEUED else time.time()
        self.journal.update_item(item.id, finished_at=finished, **values)
        if not single and self.listener is not None:
            try:
                self.listener.item_changed(job_id, item.id)
            except Exception:
                log.exception("compression listener failed")
        return state
