"""``gene-desk sandbox --latency-ms``: the COS endpoint answers each request 2 x the one-way
latency late, and a waiting request holds up no other (one thread per connection), so a client
keeping many requests in flight sees the throughput a distant endpoint gives (issue 18)."""

from __future__ import annotations

import threading
import time

import pytest

from gene_desk.cli.sandbox_cmd import _latency


@pytest.fixture
def latency(sandbox):
    yield sandbox.cos
    sandbox.cos.latency = 0.0


def test_requests_wait_for_the_round_trip_in_parallel(latency, storage):
    bucket = storage.create_bucket("latency", "ap-guangzhou")
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="k", Body=b"x")
    latency.latency = 0.25  # one way: each answer comes 0.5 s after its request
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def head() -> None:
        start = time.monotonic()
        storage.clients.client(bucket.region).head_object(Bucket=bucket.name, Key="k")
        with lock:
            spans.append((start, time.monotonic()))

    threads = [threading.Thread(target=head) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(spans) == 8
    assert all(end - start >= 0.5 for start, end in spans)
    # every request was under way before the first answer came: none waited for another
    assert max(start for start, _ in spans) < min(end for _, end in spans)


def test_latency_option_is_checked():
    assert _latency("20") == 20.0 and _latency("0") == 0.0
    for bad in ("-1", "x", "20000"):
        with pytest.raises(Exception, match="latency"):
            _latency(bad)
