"""Small files in worker processes (transfer/small_pool.py), driven through the manager the way
the CLI and the window drive it: the bytes arrive, failures inside a batch are reported per item
with their request id, and a pool that cannot run falls back to the manager's own threads."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures.process import BrokenProcessPool

import pytest

from gene_desk.journal import State
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import TransferSettings
from gene_desk.transfer.settle import MAX_EXPIRED_REQUEUES
from gene_desk.transfer.small_pool import (
    BATCH_BYTES,
    BATCH_SIZE,
    MIN_BATCH,
    SMALL_MAX,
    SmallItemPool,
    make_batches,
)
from tests.transfer.conftest import object_bytes, random_bytes, run_jobs, tree_bytes


@pytest.fixture(autouse=True)
def two_workers(monkeypatch):
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "2")


def _folder(root, count: int, size: int = 4096):
    for n in range(count):
        sub = root / f"d{n % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{n:03d}.dat").write_bytes(random_bytes(size, seed=n))
    return root


def test_small_files_go_up_and_down_through_worker_processes(manager, storage, bucket, tmp_path):
    root = _folder(tmp_path / "many", 60)
    (up,) = manager.upload([root], bucket, "", compress=False)
    run_jobs(manager, [up])
    pool = manager.state.small_pool
    assert pool is not None and pool.batches >= 2
    assert pool.pids and os.getpid() not in pool.pids
    items = manager.journal.items(up)
    assert {i.state for i in items} == {State.SUCCEEDED} and len(items) == 60
    assert all(i.etag for i in items)  # what the worker learned reached the parent's journal
    assert object_bytes(storage, bucket, "many/d1/f004.dat") == random_bytes(4096, seed=4)
    status = manager.status(up)
    assert status.done_bytes == status.total_bytes == 60 * 4096

    batches = pool.batches
    out = tmp_path / "out"
    (down,) = manager.download(["many/"], bucket, out)
    run_jobs(manager, [down])
    assert pool.batches > batches
    assert tree_bytes(out / "many") == tree_bytes(root)
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no temporary left over


def test_a_failure_inside_a_batch_fails_only_that_item(manager, storage, bucket, tmp_path, faults):
    root = _folder(tmp_path / "batch", 2 * MIN_BATCH)
    faults.add(kind="error", code="AccessDenied", method="PUT", path="f005\\.dat$", count=1)
    (job,) = manager.upload([root], bucket, "", compress=False)
    run_jobs(manager, [job])
    assert manager.state.small_pool is not None and manager.state.small_pool.batches >= 1
    items = {i.source.rsplit("/", 1)[-1]: i for i in manager.journal.items(job)}
    bad = items.pop("f005.dat")
    assert bad.state is State.FAILED
    assert bad.error_code == "ACCESS_DENIED" and bad.request_id
    assert {i.state for i in items.values()} == {State.SUCCEEDED}
    assert manager.journal.job(job).state is State.FAILED

    assert manager.retry(job) == 1
    run_jobs(manager, [job])
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert object_bytes(storage, bucket, "batch/d2/f005.dat") == random_bytes(4096, seed=5)


def test_a_broken_pool_falls_back_to_the_managers_threads(
    storage, journal, bucket, tmp_path, monkeypatch
):
    def broken(self, *args, **kwargs):
        raise BrokenProcessPool("a worker process died")

    monkeypatch.setattr(SmallItemPool, "run", broken)
    # one file at a time: the later batches are certainly still queued when the pool fails
    manager = TransferManager(storage, journal, TransferSettings(files_parallel=1)).start()
    try:
        count = 3 * BATCH_SIZE + 5
        root = _folder(tmp_path / "fallback", count)
        (job,) = manager.upload([root], bucket, "", compress=False)
        run_jobs(manager, [job])
        assert manager.state.small_pool is None  # given up on for the rest of the session
        assert manager.status(job).counts == {State.SUCCEEDED: count}
        assert manager.journal.job(job).state is State.SUCCEEDED
        assert object_bytes(storage, bucket, "fallback/d0/f003.dat") == random_bytes(4096, seed=3)
    finally:
        manager.shutdown()


def test_a_bandwidth_limit_keeps_items_in_process(storage, journal, bucket, tmp_path):
    """The limiter lives in the parent: a limited job must not escape it into workers."""
    limited = TransferSettings(files_parallel=4, bandwidth_limit=10 * 1024 * 1024)
    manager = TransferManager(storage, journal, limited).start()
    try:
        root = _folder(tmp_path / "limited", 2 * MIN_BATCH)
        (job,) = manager.upload([root], bucket, "", compress=False)
        run_jobs(manager, [job])
        assert manager.journal.job(job).state is State.SUCCEEDED
        assert manager.state.small_pool is not None and manager.state.small_pool.batches == 0
    finally:
        manager.shutdown()


def _record(n: int, size: int, **changes):
    from gene_desk.journal import ItemRecord
    from gene_desk.transfer.upload import MODE_PLAIN

    fields = {f: None for f in ItemRecord.__dataclass_fields__}
    fields.update(id=n, job_id=1, seq=n, state=State.QUEUED, source=f"k{n}", destination=f"d{n}",
                  size=size, done_bytes=0, mode=MODE_PLAIN, note="", attempts=0)  # fmt: skip
    fields.update(changes)
    return ItemRecord(**fields)


def test_batches_are_cut_by_count_and_by_bytes():
    tiny = [_record(n, 100) for n in range(BATCH_SIZE + 5)]
    assert [len(b) for b in make_batches("upload", tiny)] == [BATCH_SIZE, 5]
    full = [_record(n, SMALL_MAX) for n in range(20)]
    batches = make_batches("download", full)
    assert all(sum(i.size for i in b) <= BATCH_BYTES for b in batches)
    assert [i.id for b in batches for i in b] == list(range(20))  # order kept, nothing lost
    # too big, resuming a multipart transfer, or too few: left to the manager's threads
    mixed = [
        _record(100, SMALL_MAX + 1),
        _record(101, 10, upload_id="u"),
        _record(102, 10, part_size=1),
    ]
    assert make_batches("upload", mixed + tiny[: MIN_BATCH - 1]) == []
    assert [i.id for b in make_batches("upload", mixed + tiny[:MIN_BATCH]) for i in b] == list(
        range(MIN_BATCH)
    )


def test_keys_that_expire_in_a_worker_are_renewed_then_given_up_on(
    manager, storage, bucket, tmp_path, faults
):
    """An expiry seen in a worker is retried (the worker once, then the parent re-queues the
    item with fresh keys); one that never goes away fails the item clearly instead of looping."""
    root = _folder(tmp_path / "keys", MIN_BATCH + 2)
    faults.add(kind="error", code="ExpiredToken", method="PUT", path="f001\\.dat$", count=1)
    faults.add(kind="error", code="ExpiredToken", method="PUT", path="f002\\.dat$", count=None)
    (job,) = manager.upload([root], bucket, "", compress=False)
    run_jobs(manager, [job])
    items = {i.source.rsplit("/", 1)[-1]: i for i in manager.journal.items(job)}
    once, always = items.pop("f001.dat"), items.pop("f002.dat")
    assert once.state is State.SUCCEEDED
    assert always.state is State.FAILED and always.error_code == "CREDENTIALS_EXPIRED"
    assert always.request_id and 2 <= always.attempts <= MAX_EXPIRED_REQUEUES
    assert {i.state for i in items.values()} == {State.SUCCEEDED}
    assert object_bytes(storage, bucket, "keys/d1/f001.dat") == random_bytes(4096, seed=1)


def test_each_worker_has_a_batch_waiting_behind_the_running_one(tmp_path):
    """A worker that finishes a batch starts the next at once (issue 18): two batches per
    worker may be claimed, a third waits for a slot."""
    pool = SmallItemPool(tmp_path / "journal.sqlite3", 2)
    assert all(pool.slots.acquire(blocking=False) for _ in range(4))
    assert not pool.slots.acquire(blocking=False)


def _serving(monkeypatch, fake_batch):
    """small_pool._serve on a thread of this process, with ``fake_batch`` for the batches."""
    import multiprocessing
    import threading

    from gene_desk.transfer import small_pool

    monkeypatch.setattr(small_pool, "_worker_batch", fake_batch)
    parent, child = multiprocessing.Pipe()
    server = threading.Thread(target=small_pool._serve, args=(child,), daemon=True)
    server.start()
    return parent, server


def test_a_worker_answers_the_batch_behind_while_the_one_in_front_still_runs(monkeypatch):
    """No barrier between batches (issue 18): one worker process holds two batches and runs
    both at once, so the threads the first no longer needs go on with the second."""
    import threading

    release = threading.Event()

    def fake_batch(name):
        if name == "front":
            assert release.wait(60)  # an item that takes long
        return 1, [name]

    parent, server = _serving(monkeypatch, fake_batch)
    parent.send((1, ("front",)))
    parent.send((2, ("behind",)))
    assert parent.poll(60)
    assert parent.recv() == (2, True, (1, ["behind"]))
    release.set()
    assert parent.recv() == (1, True, (1, ["front"]))
    parent.send(None)  # an orderly stop
    server.join(60)
    assert not server.is_alive()


def test_a_batch_that_raises_is_answered_with_its_error(monkeypatch):
    import threading

    class Unpicklable(Exception):
        def __reduce__(self):
            raise TypeError("cannot pickle")

    lock = threading.Lock()

    def fake_batch(kind):
        if kind == "plain":
            raise ValueError("bad batch")
        with lock:  # (a local object: its error cannot cross a pipe as itself)
            raise Unpicklable("odd")

    parent, server = _serving(monkeypatch, fake_batch)
    parent.send((1, ("plain",)))
    batch_id, ok, error = parent.recv()
    assert (batch_id, ok, type(error), str(error)) == (1, False, ValueError, "bad batch")
    parent.send((2, ("odd",)))
    batch_id, ok, error = parent.recv()
    assert (batch_id, ok, type(error)) == (2, False, RuntimeError)
    assert "Unpicklable: odd" in str(error)
    parent.send(None)
    server.join(60)


def test_a_dead_worker_process_fails_its_batches_instead_of_hanging(tmp_path):
    import signal

    pool = SmallItemPool(tmp_path / "journal.sqlite3", 1)
    pool.warm()
    (worker,) = pool._procs
    os.kill(worker.process.pid, signal.SIGKILL)
    worker.process.join(60)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.run("upload", {}, TransferSettings(), None, [])
    finally:
        pool.shutdown(cut_off=True)


def test_a_folder_starts_the_worker_processes_while_it_is_listed(
    manager, storage, bucket, tmp_path
):
    """The processes' start-up overlaps the listing of a folder; one file never needs them."""
    pool = manager.state.small_pool
    assert pool is not None and not pool._procs
    one = tmp_path / "dir" / "one.dat"
    one.parent.mkdir()
    one.write_bytes(random_bytes(100))
    (job,) = manager.upload([one], bucket, "dir/", compress=False)
    run_jobs(manager, [job])
    (job,) = manager.download(["dir/one.dat"], bucket, tmp_path / "back")
    run_jobs(manager, [job])
    assert not pool._procs
    (job,) = manager.download(["dir/"], bucket, tmp_path / "all")
    assert len(pool._procs) == 2  # started, though the folder holds too few for a batch
    run_jobs(manager, [job])
    assert pool.batches == 0
    assert (tmp_path / "all" / "dir" / "one.dat").read_bytes() == one.read_bytes()


def test_prestarted_worker_processes_are_taken_over_by_the_first_pool(tmp_path, monkeypatch):
    """The CLI starts the worker processes before it logs in (small_pool.prestart); the pool
    made later runs its batches in exactly those processes instead of starting more."""
    from gene_desk.transfer import small_pool

    small_pool.prestart()
    prestarted = [w.process.pid for w in small_pool._prestarted]
    assert len(prestarted) == 2  # GENE_DESK_WORKER_PROCESSES=2 (the autouse fixture)
    pool = SmallItemPool(tmp_path / "journal.sqlite3", 2)
    try:
        pool.warm()
        assert [w.process.pid for w in pool._procs] == prestarted
        assert not small_pool._prestarted
    finally:
        pool.shutdown(cut_off=True)


def test_prestarted_workers_of_another_count_are_stopped_not_leaked(tmp_path):
    from gene_desk.transfer import small_pool

    small_pool.prestart()
    spare = list(small_pool._prestarted)
    pool = SmallItemPool(tmp_path / "journal.sqlite3", 3)
    try:
        pool.warm()
        assert len(pool._procs) == 3
        assert not {w.process.pid for w in pool._procs} & {w.process.pid for w in spare}
        assert all(not w.process.is_alive() for w in spare)
    finally:
        pool.shutdown(cut_off=True)


def test_with_many_in_flight_a_worker_holds_four_rounds_of_batches(tmp_path):
    """--jobs 64 gives each of two workers 32 threads: one batch of 32 is one round, so each
    worker holds four batches (issue 18); --jobs 16 keeps two (eight rounds of 8 threads)."""
    from gene_desk.transfer.small_pool import batches_in_hand

    assert batches_in_hand(2, 16) == 2 and batches_in_hand(2, 64) == 4
    pool = SmallItemPool(tmp_path / "journal.sqlite3", 2, files_parallel=64)
    assert all(pool.slots.acquire(blocking=False) for _ in range(8))
    assert not pool.slots.acquire(blocking=False)


_FORKED = """
import os
import threading
import time
from gene_desk.transfer import small_pool

idle = threading.active_count() == 1 and small_pool.can_fork()
small_pool.prestart(fork=True)
workers = list(small_pool._prestarted)
ends = {f"socket:[{os.fstat(w.conn.fileno()).st_ino}]" for w in workers}


def held(pid):
    links = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            links.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except OSError:
            pass
    return links & ends


deadline = time.monotonic() + 60  # a worker closes them first thing: wait for that
while any(held(w.process.pid) for w in workers) and time.monotonic() < deadline:
    time.sleep(0.05)
print(idle, *(w.process._start_method for w in workers), len(workers))
print(sum(len(held(w.process.pid)) for w in workers))
for w in workers:
    w.stop(cut_off=False)
print(*(w.process.exitcode for w in workers))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and /proc: Linux")
def test_the_cli_forks_its_workers_and_no_worker_keeps_a_parents_pipe_end(tmp_path):
    """From a process with no other thread (the CLI before it logs in), prestart forks the
    workers: they have the engine imported already (issue 18). A forked worker closes the
    parent's pipe ends it was born with, its own and its elder siblings': a copy left open
    would hide the parent's end of that pipe from the worker on the other side."""
    env = {**os.environ, "GENE_DESK_WORKER_PROCESSES": "2", "GENE_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _FORKED], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "fork", "fork", "2", "0", "0", "0"]


def test_with_another_thread_running_workers_are_spawned(tmp_path):
    """A fork copies no other thread, and a lock another thread held would stay locked in the
    child forever: with a thread running, the workers are spawned."""
    from gene_desk.transfer import small_pool

    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert not small_pool.can_fork()
        small_pool.prestart(fork=True)
        methods = {w.process._start_method for w in small_pool._prestarted}
        assert methods == {"spawn"}
    finally:
        stop.set()
        small_pool._take_prestarted(0)
