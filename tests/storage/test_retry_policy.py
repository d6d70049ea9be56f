"""One retry policy for every COS request (issue 13, item 9): a burst of 5xx that the transfer
requests ride out no longer ends a command on its metadata calls. The clock and the sleep are
injected: these tests never wait on real time."""

from __future__ import annotations

import threading

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal, State
from gene_desk.storage import Storage
from gene_desk.storage.client import CosClients, RetryPolicy
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import TransferSettings

BURST = 8  # consecutive 5xx on one request: more than the old policy's five tries


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float, cancel: threading.Event | None) -> bool:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds
        return bool(cancel is not None and cancel.is_set())


def _storage(session, fake: FakeTime, **policy) -> Storage:
    """The product's own policy (default parameters), with the fake clock and sleep."""
    retry = RetryPolicy(clock=fake.clock, sleep=fake.sleep, **policy)
    return Storage(CosClients(session.credentials, session.invalidate_credentials, retry=retry))


def test_metadata_calls_ride_out_a_burst_of_5xx(session, bucket, faults):
    fake = FakeTime()
    storage = _storage(session, fake)
    faults.fail_next(BURST, status=503, method="GET")  # list buckets (GET Service)
    assert bucket.name in {b.name for b in storage.list_buckets()}
    assert len(fake.sleeps) == BURST
    faults.fail_next(BURST, status=500, method="HEAD")  # head object / "does it exist"
    assert storage.exists(storage.bucket(bucket.name), "nothing-here") is False
    assert len(fake.sleeps) == 2 * BURST


def test_transfer_requests_use_the_same_policy(session, bucket, faults, tmp_path, monkeypatch):
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "0")  # the item runs on this client
    fake = FakeTime()
    storage = _storage(session, fake)
    path = tmp_path / "small.txt"
    path.write_bytes(b"one PUT, no parallel parts to share the burst")
    journal = Journal()
    manager = TransferManager(storage, journal, TransferSettings(files_parallel=1)).start()
    try:
        faults.fail_next(BURST, status=503, method="PUT")
        (job,) = manager.upload([path], bucket, "", compress=False)
        assert manager.wait([job], timeout=60)
        (item,) = journal.items(job)
        assert item.state is State.SUCCEEDED, item.error_message
    finally:
        manager.shutdown()
    assert len(fake.sleeps) == BURST


def test_a_request_gives_up_when_its_budget_is_spent(session, bucket, faults):
    fake = FakeTime()
    storage = _storage(session, fake, rng=lambda: 1.0)  # the longest backoff every time
    faults.fail_next(1000, status=503, method="GET")
    started = fake.now
    with pytest.raises(GeneDeskError) as raised:
        storage.list_buckets()
    faults.clear()
    policy = storage.clients.retry
    assert raised.value.code is ErrorCode.SLOW_DOWN
    spent = fake.now - started
    assert spent <= policy.budget
    assert len(fake.sleeps) >= BURST  # the budget, not a count of five, ended it
    assert max(fake.sleeps) <= policy.cap


def test_backoff_is_exponential_with_full_jitter_and_capped():
    policy = RetryPolicy(rng=lambda: 1.0)
    assert [policy.delay(a) for a in range(1, 8)] == [1.0, 2.0, 4.0, 8.0, 16.0, 20.0, 20.0]
    assert RetryPolicy(rng=lambda: 0.0).delay(5) == 0.0
    # the worst case of the attempts cap still fits in the budget: the budget is what binds
    worst = sum(policy.delay(a) for a in range(1, policy.attempts))
    assert worst < policy.budget and policy.attempts > BURST
