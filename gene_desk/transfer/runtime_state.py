"""What the transfer manager's parts share while it runs, in one object the manager owns.

The manager's parts (:mod:`ownership`, :mod:`dispatch`, :mod:`settle`, :mod:`submit`) used to
reach into the manager's private attributes through a back-reference, so any of them could
touch any of its state and the manager could not change a name without reading all four. They
now get this object instead: the lock and the condition the waiters sleep on, the wake-up and
closing flags, the table of running items and what the dispatcher has handed out, the live
counters, the pools, the scope of jobs this runner takes, the cached job records, and the
listener calls. Nothing here runs anything: it is the state, plus the few helpers that read or
change it under the lock (lock order: never hold ``lock`` while waiting for the journal).
"""

from __future__ import annotations

import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from gene_desk.core.stats import RateStats
from gene_desk.core.stopflag import StopFlag
from gene_desk.journal import JobRecord, Journal, State
from gene_desk.storage import Storage
from gene_desk.transfer.limiter import BandwidthLimiter
from gene_desk.transfer.progress import JobListener
from gene_desk.transfer.settings import TransferSettings
from gene_desk.transfer.small_pool import SmallItemPool

log = logging.getLogger(__name__)


@dataclass
class Running:
    """An item running in this process (a thread, or a batch in a worker process)."""

    job_id: int
    # setting it also cuts off the item's requests in flight (pause/cancel/quit never wait
    # for a slow link to drain what was already handed to the socket)
    stop: threading.Event = field(default_factory=StopFlag)
    reason: str = ""
    done: int = 0
    stats: RateStats | None = None  # the item's own speed and ETA (threads only, not batches)


@dataclass(eq=False)
class RuntimeState:
    """The shared state of one :class:`~manager.TransferManager` (see the module docstring).

    ``lock`` guards ``running``, ``dispatched``, ``stats``, ``last_emit``, ``scope`` and
    ``jobs``; ``idle`` (on the same lock) is notified whenever an item stops running or a job
    changes, for the ``wait`` calls."""

    storage: Storage
    journal: Journal
    settings: TransferSettings
    limiter: BandwidthLimiter
    parts_pool: ThreadPoolExecutor
    small_pool: SmallItemPool | None  # None: off, or given up on after it failed
    listener: JobListener | None = None
    # this manager's identity in the journal (a job's ``runner``; see ownership.py)
    runner_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    lock: threading.RLock = field(default_factory=threading.RLock)
    wake: threading.Event = field(default_factory=threading.Event)  # the dispatcher's doorbell
    closing: threading.Event = field(default_factory=threading.Event)  # shutting down
    running: dict[int, Running] = field(default_factory=dict)  # item id -> its stop flag, bytes
    dispatched: set[int] = field(default_factory=set)  # item ids queued for the workers
    stats: dict[int, RateStats] = field(default_factory=dict)  # job id -> live speed / ETA
    last_emit: dict[int, float] = field(default_factory=dict)  # job id -> last progress call
    scope: set[int] | None = None  # None: every job (the window); else only these (a CLI run)
    jobs: dict[int, JobRecord] = field(default_factory=dict)  # fixed parts, see job_record
    idle: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.idle = threading.Condition(self.lock)

    # -- scope and job records -----------------------------------------------------------------
    def in_scope(self, job_id: int) -> bool:
        with self.lock:
            return self.scope is None or job_id in self.scope

    def adopted(self, job_id: int) -> None:
        """This runner took the job: its cached record is stale, and a CLI run follows it."""
        with self.lock:
            self.jobs.pop(job_id, None)
            if self.scope is not None:
                self.scope.add(job_id)

    def forget_job(self, job_id: int) -> None:
        with self.lock:
            self.jobs.pop(job_id, None)

    def job_record(self, job_id: int) -> JobRecord:
        """A job's record for its fixed parts (kind, options, totals), cached after planning;
        its state is always read fresh with ``journal.job_state``."""
        with self.lock:
            job = self.jobs.get(job_id)
        if job is None:
            job = self.journal.job(job_id)
            if job.state is not State.PLANNING:
                with self.lock:
                    self.jobs[job_id] = job
        return job

    def job_running(self, job_id: int) -> bool:
        with self.lock:
            return any(r.job_id == job_id for r in self.running.values())

    def requeue(self, item_ids: list[int]) -> None:
        """Items settled as queued again (resumed or retried while stopping, keys expired in a
        worker) leave ``dispatched`` first, or the dispatcher would skip them until the next
        wake-up."""
        with self.lock:
            self.dispatched.difference_update(item_ids)
        self.wake.set()

    # -- telling the listener ------------------------------------------------------------------
    def emit_job(self, job_id: int) -> None:
        with self.idle:
            self.idle.notify_all()
        self._tell("job_changed", job_id)

    def emit_item(self, job_id: int, item_id: int) -> None:
        self._tell("item_changed", job_id, item_id)

    def emit_progress(self, job_id: int) -> None:
        self._tell("progress", job_id)

    def _tell(self, method: str, *args: int) -> None:
        if self.listener is not None:
            try:
                getattr(self.listener, method)(*args)
            except Exception:
                log.exception("transfer listener failed")
