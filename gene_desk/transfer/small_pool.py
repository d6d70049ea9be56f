"""Small files in worker processes: the engine's answer to 10,000 tiny objects.

A 4 KiB object costs ~1.5 ms of Python CPU in the client (the SDK building and signing the
request, http.client parsing the answer, the journal), and every thread of one process shares one
interpreter lock: with many small files a single process is CPU-bound on one core while the
others idle. So items up to ``SMALL_MAX`` are sent, in batches, to a few worker processes
(spawned, or forked by :func:`prestart` from a process with no other thread), each with its
own SDK clients, and run there with exactly the code the manager runs in-process
(:func:`execute.run_item`). The parent claims the items (a batch ahead per worker), hands the
current temporary keys with each batch, and writes every outcome of a batch to the journal in
one transaction. A worker runs the batches it
holds at once on shared threads and answers each when it is done, so no request slot waits for
the slowest item of a batch or for its flush (:class:`SmallItemPool`).

Not used when a bandwidth limit is set (the limiter lives in the parent) or for items that are
resuming a multipart transfer; ``GENE_DESK_WORKER_PROCESSES=0`` turns it off.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


def threads_per_worker(workers: int, files_parallel: int) -> int:
    """Item threads in each worker process: ``files_parallel`` in flight across them all."""
    return max(1, -(-files_parallel // workers))


def batches_in_hand(workers: int, files_parallel: int) -> int:
    """Batches a worker process holds at once: at least two (one running, one behind), and
    enough for four rounds of its item threads. With ``--jobs 64`` a worker has 32 threads and a
    batch of 32 is a single round: two batches left the threads waiting for the parent between
    rounds (0 ms, 10,000 x 4 KiB down: 685 and 776 files/s with two, 784 and 860 with four;
    issue 18). With 16 (8 threads) two batches are eight rounds already; more would only make a
    pause wait longer for what a worker holds."""
    threads = threads_per_worker(workers, files_parallel)
    return max(PREFETCH, -(-4 * threads // BATCH_SIZE))


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


class _Worker:
    """One worker process, the pipe to it, and the futures of the batches it holds.

    A reader thread resolves each batch's future as its answer arrives; when the pipe ends
    (the process died or was cut off) every batch still held fails with BrokenProcessPool."""

    def __init__(self, ctx: Any, index: int, siblings: list[Any] | None = None) -> None:
        """Start the process (its reader thread starts in :meth:`start_reader`). A forked
        worker is handed the parent's ends of the pipes made so far, ``siblings`` and its own,
        to close: a copy of them would keep a pipe open after the parent is gone."""
        self.index = index
        self.conn, child = ctx.Pipe()
        inherited = [*siblings, self.conn] if siblings is not None else []
        self.process = ctx.Process(
            target=_worker_main, args=(child, inherited), name=f"gd-small-{index}", daemon=True
        )
        self.process.start()
        child.close()  # only the worker holds its end: its exit is our EOF
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._pending: dict[int, Future] = {}
        self.ended = False

    def start_reader(self) -> None:
        threading.Thread(target=self._read, name=f"gd-small-read-{self.index}", daemon=True).start()

    @property
    def load(self) -> int:
        return len(self._pending)

    def submit(self, batch_id: int, args: tuple) -> Future:
        future: Future = Future()
        with self._lock:
            if self.ended:
                raise BrokenProcessPool("the worker process has ended")
            self._pending[batch_id] = future
        try:
            with self._send_lock:
                self.conn.send((batch_id, args))
        except (OSError, ValueError) as exc:
            with self._lock:
                self._pending.pop(batch_id, None)
            raise BrokenProcessPool(f"the worker process cannot be reached: {exc!r}") from exc
        return future

    def _read(self) -> None:
        while True:
            try:
                batch_id, ok, value = self.conn.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                future = self._pending.pop(batch_id, None)
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        with self._lock:
            self.ended = True
            pending, self._pending = self._pending, {}
        for future in pending.values():
            future.set_exception(BrokenProcessPool("a worker process ended"))

    def stop(self, *, cut_off: bool) -> None:
        if cut_off:
            self.process.terminate()
        else:
            try:
                with self._send_lock:
                    self.conn.send(None)  # finish the batches in hand, then exit
            except (OSError, ValueError):
                pass
        self.process.join()
        self.conn.close()


class SmallItemPool:
    """Worker processes started on first use (or on :meth:`warm`); ``run`` blocks until a
    batch is done.

    A worker runs every batch it holds at once on one set of threads, so the batch behind
    starts on the threads the one in front no longer needs: no thread waits for the slowest
    item of its batch or for the batch's flush (with one batch at a time, that barrier left
    a tenth of the requests unsent at 20 ms, a fifth at 0 ms; issue 18)."""

    def __init__(self, journal_path: Path, workers: int, files_parallel: int = 16) -> None:
        self.journal_path = Path(journal_path)
        self.workers = workers
        self._lock = threading.Lock()
        self._procs: list[_Worker] = []
        self._closed = False  # after shutdown no batch may start a new pool
        self._next_id = 0
        # Batches held per worker (see batches_in_hand): the threads the first no longer needs
        # start on the next at once instead of waiting for the parent to settle, claim and send.
        self.slots = threading.BoundedSemaphore(workers * batches_in_hand(workers, files_parallel))
        self.batches = 0  # batches run, and the worker processes that ran them (for support
        self.pids: set[int] = set()  # logs and tests)

    def _started(self) -> list[_Worker]:
        """The worker processes, started on first use or taken over from :func:`prestart`
        (hold ``self._lock``)."""
        if self._closed:
            raise RuntimeError("the small-file pool is shut down")
        if not self._procs:
            self._procs = _take_prestarted(self.workers) or _start_workers(self.workers)
            log.info("small files: up to %d worker processes", self.workers)
        return self._procs

    def warm(self) -> None:
        """Start the worker processes now, while the job is being planned: their start-up
        (an interpreter and the engine's imports, ~0.5 s) then overlaps the listing."""
        with self._lock:
            if not self._closed:
                self._started()

    def run(
        self,
        kind: str,
        options: dict[str, Any],
        settings: TransferSettings,
        credentials: StorageCredentials,
        items: list[ItemRecord],
    ) -> list[tuple[int, Outcome, int]]:
        """[(item id, outcome, bytes moved)] for every item of the batch.

        Each worker runs its batches on ``files_parallel / workers`` threads, so the number of
        requests in flight stays what the user set: on a distant endpoint, concurrency (not
        CPU) is what small files need."""
        threads = threads_per_worker(self.workers, settings.files_parallel)
        args = (str(self.journal_path), kind, options, settings, credentials, items, threads)
        with self._lock:  # a shutdown sees either this batch's worker process or none
            procs = self._started()
            if any(p.ended for p in procs):
                raise BrokenProcessPool("a worker process ended")
            worker = min(procs, key=lambda p: p.load)
            self._next_id += 1
            batch_id = self._next_id
        pid, results = worker.submit(batch_id, args).result()
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
            procs, self._procs = self._procs, []
            self._closed = True
        for proc in procs:
            proc.stop(cut_off=cut_off)


_prestarted: list[_Worker] = []
_prestart_lock = threading.Lock()


def _start_workers(count: int, *, fork: bool = False) -> list[_Worker]:
    """``count`` worker processes: forked if ``fork`` (see :func:`prestart`), else spawned (no
    inherited locks or threads). Their reader threads start once every process has started."""
    if fork:
        ctx = multiprocessing.get_context("fork")
        workers: list[_Worker] = []
        for n in range(count):
            workers.append(_Worker(ctx, n, siblings=[w.conn for w in workers]))
    else:
        ctx = multiprocessing.get_context("spawn")
        workers = [_Worker(ctx, n) for n in range(count)]
    for worker in workers:
        worker.start_reader()
    return workers


def can_fork() -> bool:
    """Whether worker processes may be forked from this process now: on Linux, with no other
    thread running (no lock can be held by a thread the child would not have). Elsewhere fork
    is unsafe (macOS system libraries) or absent (Windows)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def prestart(*, fork: bool = False) -> None:
    """Start the worker processes now, before the caller has even logged in (the CLI, given a
    folder): the first pool made in this process takes them over. A worker knows no journal,
    keys or settings until a batch brings them, so nothing it holds can be stale.

    The CLI calls this before any thread or connection exists, with ``fork``: on Linux the
    workers are then forked (:func:`can_fork`), and a fork has the engine imported already. A
    spawned worker starts an interpreter and imports the engine again (~0.15 s of CPU each, on
    the cores the parent is logging in and listing on): a 64-file folder took 0.61 s to
    download with spawned workers, 0.49 s with forked ones (rclone 0.16 s; issue 18).
    Otherwise (threads running) they are spawned, and their start-up overlaps the login and
    the listing."""
    count = worker_count()
    with _prestart_lock:
        if count and not _prestarted:
            fork = fork and can_fork()
            if fork:
                # what a batch runs, imported once here instead of in every worker; and the
                # objects made so far moved out of the collector's sight, so that neither
                # process's collections write to the pages they share
                import gene_desk.transfer.batch_place
                import gene_desk.transfer.execute  # noqa: F401

                gc.freeze()
            _prestarted.extend(_start_workers(count, fork=fork))
            log.debug("small files: %d worker processes %s", count, "forked" if fork else "spawned")


def _take_prestarted(count: int) -> list[_Worker]:
    """The prestarted workers if there are ``count`` of them, all alive; else none (and those
    there are stopped)."""
    with _prestart_lock:
        taken = list(_prestarted)
        _prestarted.clear()
    if len(taken) == count and not any(w.ended for w in taken):
        return taken
    for worker in taken:
        worker.stop(cut_off=True)
    return []


# -- the worker process side -----------------------------------------------------------------------
_worker_state: dict[str, Any] = {}
_state_lock = threading.Lock()  # batches run at once in a worker: one sets up what they share


def _worker_main(conn: Any, inherited: list[Any]) -> None:
    """A worker process: serve batches until the parent says stop or is gone. ``inherited``:
    the parent's pipe ends a forked worker has copies of (closed here)."""
    for end in inherited:
        end.close()
    _worker_init()
    # what the first batch needs, imported while the parent is still listing (see warm)
    import gene_desk.transfer.batch_place
    import gene_desk.transfer.execute  # noqa: F401

    if not _serve(conn):
        os._exit(0)  # the parent died or cut us off: the unfinished resume from the journal


def _serve(conn: Any) -> bool:
    """Run every batch received on a thread of its own (its items on the item threads the
    worker's batches share) and answer each as soon as it is done. True after an orderly
    stop (the batches in hand answered first), False when the pipe ended."""
    send_lock = threading.Lock()
    batches: list[threading.Thread] = []

    def serve(batch_id: int, args: tuple) -> None:
        try:
            answer: tuple = (batch_id, True, _worker_batch(*args))
        except BaseException as exc:  # every failure goes back to the parent
            answer = (batch_id, False, _sendable(exc))
        with send_lock:
            try:
                conn.send(answer)
            except (OSError, ValueError):
                os._exit(0)  # the parent is gone

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return False
        if message is None:
            for thread in batches:
                thread.join()
            conn.close()
            return True
        batches = [t for t in batches if t.is_alive()]
        thread = threading.Thread(target=serve, args=message, name="gd-wbatch", daemon=True)
        batches.append(thread)
        thread.start()


def _sendable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else a RuntimeError that names it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _worker_init() -> None:
    # No log file here (one rotating file, one writer): the parent logs every outcome it
    # receives. Without a handler, warnings would reach the CLI's terminal via stderr.
    # A forked worker has the parent's handlers (its log file among them): dropped.
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(logging.NullHandler())
    parent = multiprocessing.parent_process()
    if parent is not None:
        # Belt and braces beside the pipe's EOF: the parent's sentinel closes when it dies.
        # An item cut short is still "running" in the journal and resumes.
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: Any) -> None:
    parent.join()
    os._exit(0)


def _clients(credentials: StorageCredentials, threads: int) -> Any:
    """The worker's SDK clients for these keys (hold ``_state_lock``)."""
    from gene_desk.storage.client import CosClients

    cache: dict[str, Any] = _worker_state.setdefault("clients", {})
    clients = cache.get(credentials.secret_id)
    if clients is None:
        cache.clear()  # older keys: a batch still using their clients holds its own reference
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

    with _state_lock:
        journal = _worker_state.get("journal")
        if journal is None or str(journal.path) != journal_path:
            journal = _worker_state["journal"] = Journal(Path(journal_path))
            _worker_state["parts"] = ThreadPoolExecutor(2, thread_name_prefix="gd-wpart")
        # one set of item threads per size: the batches a worker holds share it (a new size
        # comes only with a changed setting; the old threads then idle)
        executors: dict[int, ThreadPoolExecutor] = _worker_state.setdefault("threads", {})
        if threads not in executors:
            executors[threads] = ThreadPoolExecutor(threads, thread_name_prefix="gd-witem")
        item_threads = executors[threads]
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

    results = list(item_threads.map(one, items))
    if placement is not None:  # one flush for the batch's files, then their real names
        results = placement.finish(results)
    return os.getpid(), results
