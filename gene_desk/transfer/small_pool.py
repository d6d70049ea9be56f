"""Small files in worker processes: the engine's answer to 10,000 tiny objects.

A 4 KiB object costs ~1.5 ms of Python CPU in the client (the SDK building and signing the
request, http.client parsing the answer, the journal), and every thread of one process shares one
interpreter lock: with many small files a single process is CPU-bound on one core while the
others idle. So items up to ``SMALL_MAX`` are sent, in batches, to a few worker processes
(``spawn``: no inherited locks or threads), each with its own SDK clients, and run there with
exactly the code the manager runs in-process (:func:`execute.run_item`). The parent claims the
items (a batch ahead per worker), hands the current temporary keys with each batch, and
writes every outcome of a batch to the journal in one transaction.

Not used when a bandwidth limit is set (the limiter lives in the parent) or for items that are
resuming a multipart transfer; ``GENE_DESK_WORKER_PROCESSES=0`` turns it off.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from gene_desk.journal import ItemRecord, Journal, State
from gene_desk.storage.credentials import StorageCredentials
from gene_desk.transfer.outcome import Outcome
from gene_desk.transfer.settings import MiB, TransferSettings
from gene_desk.transfer.upload import MODE_AS_IS, MODE_MARKER, MODE_PLAIN, MODE_ZSTD

log = logging.getLogger(__name__)

# Objects this small are bound by per-request CPU, not by bandwidth; bigger ones stay with the
# manager's threads, where pause and progress act on every block.
SMALL_MAX = 256 * 1024
BATCH_SIZE = 32
# A batch reports progress and notices a pause only when it ends: on a 1 MB/s link a batch of
# at most 2 MiB is a 2-second wait, not 30.
BATCH_BYTES = 2 * MiB
MIN_BATCH = 8  # fewer eligible items than this run in-process: a pool would not pay off
PREFETCH = 2  # batches claimed per worker process: one running, one waiting
ENV_WORKERS = "GENE_DESK_WORKER_PROCESSES"


def worker_count() -> int:
    configured = os.environ.get(ENV_WORKERS)
    if configured is not None:
        try:
            return max(0, int(configured))
        except ValueError:
            return 0
    return min(4, os.cpu_count() or 1)


def eligible(kind: str, item: ItemRecord) -> bool:
    """Whether ``item`` is a small, self-contained request the pool can run."""
    if item.size > SMALL_MAX or item.upload_id or item.part_size:
        return False
    if kind == "upload":
        return item.mode in (MODE_PLAIN, MODE_AS_IS, MODE_ZSTD, MODE_MARKER)
    return item.mode in (MODE_PLAIN, MODE_MARKER)


def make_batches(kind: str, items: list[ItemRecord]) -> list[list[ItemRecord]]:
    """The eligible ``items`` in order, cut into batches of at most BATCH_SIZE items and
    BATCH_BYTES bytes; none when fewer than MIN_BATCH are eligible."""
    small = [i for i in items if eligible(kind, i)]
    if len(small) < MIN_BATCH:
        return []
    batches: list[list[ItemRecord]] = []
    current: list[ItemRecord] = []
    size = 0
    for item in small:
        if current and (len(current) == BATCH_SIZE or size + item.size > BATCH_BYTES):
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += item.size
    batches.append(current)
    return batches


class SmallItemPool:
    """A process pool started on first use; ``run`` blocks until a batch is done."""

    def __init__(self, journal_path: Path, workers: int) -> None:
        self.journal_path = Path(journal_path)
        self.workers = workers
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False  # after shutdown no batch may start a new pool
        # Two batches per worker: one running, the next already claimed and waiting in the pool's
        # queue, so a worker that finishes starts again at once instead of waiting for the parent
        # to settle, claim and send (on a 60 ms link with --jobs 64 a batch is one round of
        # requests, and that gap cost up to a tenth of the throughput; issue 18). At most one
        # batch per worker shows as running while it waits for its process.
        self.slots = threading.BoundedSemaphore(workers * PREFETCH)
        self.batches = 0  # batches run, and the worker processes that ran them (for support
        self.pids: set[int] = set()  # logs and tests)

    def _pool(self) -> ProcessPoolExecutor:
        """The executor, started on first use (hold ``self._lock``)."""
        if self._closed:
            raise RuntimeError("the small-file pool is shut down")
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
            )
            log.info("small files: up to %d worker processes", self.workers)
        return self._executor

    def run(
        self,
        kind: str,
        options: dict[str, Any],
        settings: TransferSettings,
        credentials: StorageCredentials,
        items: list[ItemRecord],
    ) -> list[tuple[int, Outcome, int]]:
        """[(item id, outcome, bytes moved)] for every item of the batch.

        Each worker runs its batch on ``files_parallel / workers`` threads, so the number of
        requests in flight stays what the user set: on a distant endpoint, concurrency (not
        CPU) is what small files need."""
        threads = max(1, -(-settings.files_parallel // self.workers))
        with self._lock:  # a shutdown sees either this batch's worker process or none
            future = self._pool().submit(
                _worker_batch,
                str(self.journal_path),
                kind,
                options,
                settings,
                credentials,
                items,
                threads,
            )
        pid, results = future.result()
        with self._lock:
            self.batches += 1
            if pid not in self.pids:
                self.pids.add(pid)
                log.info("small files: worker process %d is running batches", pid)
        log.debug("%s batch of %d items ran in worker process %d", kind, len(items), pid)
        return results

    def shutdown(self, *, cut_off: bool = False) -> None:
        """Stop the worker processes. ``cut_off`` (quitting): batches in flight are not waited
        for (on a slow link one takes many seconds), their processes end now; the items stay
        "running" in the journal and resume at the next start, which recognises a file a cut
        off batch already put in place."""
        with self._lock:
            executor, self._executor = self._executor, None
            self._closed = True
        if executor is None:
            return
        if cut_off:
            # ProcessPoolExecutor has no public way to end a busy worker before Python 3.14
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)


# -- the worker process side -----------------------------------------------------------------------
_worker_state: dict[str, Any] = {}


def _worker_init() -> None:
    # No log file here (one rotating file, one writer): the parent logs every outcome it
    # receives. Without a handler, warnings would reach the CLI's terminal via stderr.
    logging.getLogger().addHandler(logging.NullHandler())
    parent = multiprocessing.parent_process()
    if parent is not None:
        # Every worker holds the write end of the pool's call queue, so a killed app would
        # leave its workers waiting for work forever. The parent's sentinel closes when it
        # dies: exit then. An item cut short is still "running" in the journal and resumes.
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: Any) -> None:
    parent.join()
    os._exit(0)


def _clients(credentials: StorageCredentials, threads: int) -> Any:
    from gene_desk.storage.client import CosClients

    cache: dict[str, Any] = _worker_state.setdefault("clients", {})
    clients = cache.get(credentials.secret_id)
    if clients is None:
        cache.clear()  # older keys: their clients are done
        clients = cache[credentials.secret_id] = CosClients(
            lambda: credentials, lambda _secret_id: None, pool_size=max(8, threads)
        )
    return clients


def _worker_batch(
    journal_path: str,
    kind: str,
    options: dict[str, Any],
    settings: TransferSettings,
    credentials: StorageCredentials,
    items: list[ItemRecord],
    threads: int,
) -> tuple[int, list[tuple[int, Outcome, int]]]:
    from gene_desk.storage.models import Bucket
    from gene_desk.transfer.bodies import Stopped
    from gene_desk.transfer.context import ItemRun
    from gene_desk.transfer.execute import run_item
    from gene_desk.transfer.limiter import BandwidthLimiter

    journal = _worker_state.get("journal")
    if journal is None or str(journal.path) != journal_path:
        journal = _worker_state["journal"] = Journal(Path(journal_path))
        _worker_state["parts"] = ThreadPoolExecutor(2, thread_name_prefix="gd-wpart")
    if _worker_state.get("thread_count") != threads:
        old = _worker_state.get("threads")
        if old is not None:
            old.shutdown(wait=False)
        _worker_state["threads"] = ThreadPoolExecutor(threads, thread_name_prefix="gd-witem")
        _worker_state["thread_count"] = threads
    clients = _clients(credentials, threads)
    bucket = Bucket(options["bucket"], options["region"])

    from gene_desk.transfer.batch_place import BatchPlacement

    parent = multiprocessing.parent_process()
    placement = BatchPlacement() if kind == "download" else None
    unlimited = BandwidthLimiter(0)  # stateless when unlimited: one for the whole batch
    never = threading.Event()  # nobody stops a batch midway (see the module docstring)

    def one(item: ItemRecord) -> tuple[int, Outcome, int]:
        if parent is not None and os.getppid() != parent.pid:
            # The app was killed: leave the rest of the batch for the resume. Finishing it
            # here, unrecorded, would make the resume download the same files a second time.
            return item.id, Outcome(State.QUEUED), 0
        moved = [0]
        run = ItemRun(
            journal=journal,
            clients=clients,
            bucket=bucket,
            item=item,
            options=options,
            settings=settings,
            limiter=unlimited,
            stop=never,
            parts_pool=_worker_state["parts"],
            progress=lambda n: moved.__setitem__(0, moved[0] + n),
            placement=placement,
        )
        try:
            outcome = run_item(run, kind)
        except Stopped:  # cannot happen (nobody sets this stop flag); fail safe
            outcome = Outcome.failure("INTERNAL", "stopped in a worker process", None)
        return item.id, outcome, moved[0]

    results = list(_worker_state["threads"].map(one, items))
    if placement is not None:  # one flush for the batch's files, then their real names
        results = placement.finish(results)
    return os.getpid(), results
