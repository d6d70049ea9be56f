"""Pause, cancel and quit act at once, even with requests in flight on a slow link (issue 12,
3.3 and 3.4), and what was sent stays resumable.

Before the fix an item's stop flag was only seen when the HTTP library asked the body for its
next block: what was already handed to the socket went on until the link had drained it, and a
request waiting for its answer was not stopped at all. Pause then took that long to settle (and
继续 waited behind it), and quitting waited for it too. The sandbox's fault injection stalls
requests at the server (or makes the link slow); every deadline here is a bounded wait.
"""

from __future__ import annotations

import threading
import time

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.stopflag import StopFlag
from gene_desk.journal import Journal, State
from gene_desk.storage.client import RetryPolicy
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings
from gene_desk.transfer.small_pool import MIN_BATCH
from tests.helpers.wait import wait_until
from tests.transfer.conftest import object_bytes, random_bytes

STALL = 10.0  # seconds a stalled server holds a request (a congested link, a busy proxy)
PROMPT = 3.0  # seconds: generous for a loaded 2-core machine; before the fix, the whole stall


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=4, base=0.02, cap=0.1)


def _held_at_the_server(faults) -> bool:
    """The stall rule is used up: every request it was meant for has reached the server,
    which holds it (no answer, body unread)."""
    return not faults.rules()


# -- the flag and the connection ----------------------------------------------------------------
def test_stop_flag_runs_each_hook_once_and_at_once_when_already_set():
    flag = StopFlag()
    calls: list[str] = []
    flag.on_set(lambda: calls.append("a"))
    forget = flag.on_set(lambda: calls.append("b"))
    forget()
    flag.set()
    flag.set()
    assert calls == ["a"]
    flag.on_set(lambda: calls.append("late"))  # registered after the stop: runs now
    assert calls == ["a", "late"] and flag.is_set()


def test_a_stop_cuts_off_a_request_waiting_for_its_answer(storage, bucket, faults):
    """The server holds the request; setting the stop flag ends the call at once as a cancel
    (not a failure), and the next request on the same pool works."""
    faults.add_latency(STALL, method="HEAD", count=1)  # gone from the rules once it is used
    stop = StopFlag()
    outcome: list[BaseException] = []

    def head() -> None:
        try:
            storage.clients.call(
                bucket.region,
                "head bucket",
                lambda c: c.head_bucket(Bucket=bucket.name),
                cancel=stop,
            )
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=head)
    worker.start()
    wait_until(lambda: _held_at_the_server(faults), 10, "the requests held at the server")
    stop.set()
    worker.join(PROMPT)
    assert not worker.is_alive(), "the request was not cut off"
    assert isinstance(outcome[0], GeneDeskError) and outcome[0].code is ErrorCode.CANCELLED
    faults.clear()
    storage.clients.call(bucket.region, "head", lambda c: c.head_bucket(Bucket=bucket.name))


# -- pause -------------------------------------------------------------------------------------
def test_pause_settles_at_once_with_parts_in_flight_and_resume_finishes(
    storage, journal, bucket, tmp_path, faults
):
    path = tmp_path / "slow.bin"
    path.write_bytes(random_bytes(6 * MiB, seed=11))
    settings = TransferSettings(files_parallel=2, parts_parallel=3, part_size=MiB)
    manager = TransferManager(storage, journal, settings).start()
    try:
        faults.add_latency(STALL, method="PUT", count=3)  # the three parts in flight stall
        (job,) = manager.upload([path], bucket, "", compress=False)
        wait_until(lambda: _held_at_the_server(faults), 30, "the requests held at the server")
        manager.pause(job)
        assert manager.wait([job], timeout=PROMPT), "pause did not settle"
        assert journal.items(job)[0].state is State.PAUSED

        manager.resume(job)
        assert manager.wait([job], timeout=60)
        assert journal.job(job).state is State.SUCCEEDED
        assert object_bytes(storage, bucket, "slow.bin") == path.read_bytes()
        client = storage.clients.client(bucket.region)
        assert not client.list_multipart_uploads(Bucket=bucket.name).get("Upload")
    finally:
        manager.shutdown()


# -- quit ----------------------------------------------------------------------------------------
def test_shutdown_with_parts_in_flight_returns_at_once_and_the_next_start_resumes(
    storage, bucket, tmp_path, faults, isolated_home
):
    """Parts confirmed, one in flight and held by the server: shutdown returns at once, the
    journal keeps the multipart upload and the confirmed parts, and the next start sends only
    what is missing."""
    path = tmp_path / "resume.bin"
    path.write_bytes(random_bytes(12 * MiB, seed=12))
    settings = TransferSettings(files_parallel=2, parts_parallel=3, part_size=MiB)
    journal = Journal()
    first = TransferManager(storage, journal, settings).start()
    # a steady start until two parts are confirmed (pause keeps them), then a stalled link
    fast = faults.limit_bandwidth(4 * MiB, method="PUT")
    (job,) = first.upload([path], bucket, "", compress=False)
    item = journal.items(job)[0].id
    wait_until(lambda: len(journal.parts(item)) >= 2, 30, "two parts")
    first.pause(job)
    assert first.wait([job], timeout=30)
    faults.remove(fast)
    faults.add_latency(STALL, method="PUT", count=1)  # the next part sent stalls
    first.resume(job)
    wait_until(lambda: _held_at_the_server(faults), 30, "the requests held at the server")
    upload_id = journal.item(item).upload_id
    kept = {p.part_number for p in journal.parts(item)}
    assert upload_id and len(kept) >= 2

    started = time.monotonic()
    first.shutdown(wait=True, timeout=30)
    assert time.monotonic() - started < PROMPT, "shutdown waited for the stalled requests"
    journal.close()

    faults.clear()
    journal = Journal()  # the next start, same data folder
    record = journal.item(item)
    assert record.state is State.RUNNING or record.state is State.QUEUED
    assert record.upload_id == upload_id
    assert {p.part_number for p in journal.parts(item)} >= kept
    second = TransferManager(storage, journal, settings).start()
    try:
        assert second.wait([job], timeout=60)
        done = journal.item(item)
        assert done.state is State.SUCCEEDED, done.error_message
        assert "resumed" in (done.note or "")
        assert object_bytes(storage, bucket, "resume.bin") == path.read_bytes()
    finally:
        second.shutdown()
        journal.close()


def test_shutdown_cuts_off_a_batch_of_small_files_in_a_worker_process(
    storage, bucket, tmp_path, faults, isolated_home, monkeypatch
):
    """Small files run in worker processes in batches; on a slow link one batch lasts long.
    Quitting ends the workers instead of waiting; the next start finishes the items."""
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "1")
    root = tmp_path / "small"
    root.mkdir()
    for n in range(MIN_BATCH):
        (root / f"f{n}.dat").write_bytes(random_bytes(64 * 1024, seed=n))
    journal = Journal()
    first = TransferManager(storage, journal, TransferSettings(files_parallel=2)).start()
    faults.limit_bandwidth(8 * 1024, method="PUT")  # 8 s per file
    (job,) = first.upload([root], bucket, "", compress=False)
    # a batch was handed over
    wait_until(lambda: journal.item_counts(job).get(State.RUNNING), 30, "a running item")

    started = time.monotonic()
    first.shutdown(wait=True, timeout=30)
    assert time.monotonic() - started < PROMPT, "shutdown waited for the batch"
    journal.close()

    faults.clear()
    journal = Journal()
    second = TransferManager(storage, journal, TransferSettings(files_parallel=2)).start()
    try:
        assert second.wait([job], timeout=60)
        assert journal.job(job).state is State.SUCCEEDED
        assert object_bytes(storage, bucket, "small/f3.dat") == random_bytes(64 * 1024, seed=3)
    finally:
        second.shutdown()
        journal.close()
