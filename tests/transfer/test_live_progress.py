"""Live progress: bytes count as a body is sent or a range is written, not when a part completes;
a compressed upload counts the original file's bytes; every running item has a speed and an
ETA; the listener hears of it a few times a second, never once per block.

The slow link is the sandbox's bandwidth fault (real HTTP on 127.0.0.1); the observations poll
the manager's in-memory status with a bounded deadline."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from gene_desk.core.stats import RateStats
from gene_desk.journal import State
from gene_desk.storage.client import RetryPolicy
from gene_desk.transfer.bodies import BytesBody
from gene_desk.transfer.compression_list import CodecQueue
from gene_desk.transfer.manager import PROGRESS_INTERVAL, TransferManager
from gene_desk.transfer.pacing import MIN_BLOCK, START_BLOCK, BlockPacer
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.helpers.sandbox_objects import put_raw
from tests.helpers.wait import wait_until
from tests.transfer.conftest import fastq_bytes, random_bytes

SLOW = 256 * 1024  # bytes/s over all connections: the "link"


class Recorder:
    """A JobListener counting its calls (called on worker threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.progress_calls = 0

    def job_changed(self, job_id: int) -> None:
        pass

    def item_changed(self, job_id: int, item_id: int) -> None:
        pass

    def progress(self, job_id: int) -> None:
        with self.lock:
            self.progress_calls += 1


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=4, base=0.02, cap=0.1)


@pytest.fixture
def listener():
    return Recorder()


@pytest.fixture
def live(storage, journal, listener):
    settings = TransferSettings(files_parallel=2, parts_parallel=2, part_size=1 * MiB)
    manager = TransferManager(storage, journal, settings, listener).start()
    yield manager
    manager.shutdown()


def _poll(predicate, what: str, timeout: float = 60.0):
    return wait_until(predicate, timeout, what)


def _only_item(manager, job):
    (item,) = manager.journal.items(job)
    return item


def test_compressed_upload_counts_input_bytes_while_the_first_part_is_sent(
    live, bucket, tmp_path, faults
):
    """Before the fix a compressed part counted nothing until COS had confirmed all of it: on a
    slow link the row sat at 0% for the whole first part."""
    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(40_000))  # ~8.6 MB, ~1.7 MB compressed: two parts
    size = path.stat().st_size
    faults.limit_bandwidth(SLOW, scope="global", method="PUT")
    (job,) = live.upload([path], bucket, "", compress=True)
    item = _poll(lambda: _only_item(live, job).state is State.RUNNING and _only_item(live, job),
                 "the item to run")  # fmt: skip

    def moving_or_part_done():
        parts = live.journal.parts(item.id)
        status = live.item_status(item.id)
        return (parts, status) if parts or (status and status.done) else None

    parts, status = _poll(moving_or_part_done, "progress or a finished part")
    assert not parts, "progress was counted only once a part had completed"
    assert 0 < status.done < size
    # speed and ETA of the running item, then of the job, and the status bar's figures
    status = _poll(
        lambda: (s := live.item_status(item.id)) and s.speed > 0 and s.eta is not None and s,
        "the item's speed and ETA",
    )
    assert status.eta > 0
    job_status = live.status(job)
    assert job_status.speed > 0 and job_status.eta is not None
    running, speed = live.activity()
    assert running == 1 and speed > 0
    # the bar runs against the original size: more input counted than compressed bytes sent
    _poll(lambda: live.item_status(item.id).done > 1 * MiB, "more than a part's bytes")
    assert not live.journal.parts(item.id) or live.item_status(item.id).done <= size
    live.cancel(job)
    assert live.wait([job], timeout=60)
    assert live.journal.job(job).state is State.CANCELLED


def test_ranged_download_counts_blocks_as_they_are_written(
    live, sandbox, storage, bucket, tmp_path, faults
):
    """Before the fix a range was read in 1 MiB blocks: with 1 MiB ranges the bytes of a range
    appeared all at once, when it was complete."""
    data = random_bytes(3 * MiB)
    put_raw(sandbox.cos.backend, bucket.name, "big.bin", data)
    faults.limit_bandwidth(SLOW, scope="global", method="GET")
    (job,) = live.download(["big.bin"], bucket, tmp_path / "out")
    item = _poll(lambda: _only_item(live, job).state is State.RUNNING and _only_item(live, job),
                 "the item to run")  # fmt: skip
    seen: set[int] = set()

    def three_values_or_a_range():
        if live.journal.parts(item.id):
            return True
        status = live.item_status(item.id)
        if status is not None and status.done:
            seen.add(status.done)
        return len(seen) >= 3

    _poll(three_values_or_a_range, "three progress values or a finished range")
    assert not live.journal.parts(item.id), f"only {sorted(seen)} before a range completed"
    assert max(seen) < 3 * MiB
    live.cancel(job)
    assert live.wait([job], timeout=60)


def test_listener_is_told_a_few_times_a_second_not_per_block(live, listener, bucket, tmp_path):
    path = tmp_path / "plain.bin"
    path.write_bytes(random_bytes(24 * MiB))  # 24 parts, at least 5 blocks each
    started = time.monotonic()
    (job,) = live.upload([path], bucket, "", compress=False)
    assert live.wait([job], timeout=120)
    elapsed = time.monotonic() - started
    assert live.journal.job(job).state is State.SUCCEEDED
    assert live.status(job).done_bytes == path.stat().st_size
    # per job, at most one call per PROGRESS_INTERVAL (120+ blocks were counted)
    assert listener.progress_calls <= 2 + elapsed / PROGRESS_INTERVAL


def test_compression_list_row_counts_input_bytes_within_a_frame(journal, listener, tmp_path):
    """Level 19 takes seconds per 8 MiB frame: before the fix the row stayed at 0 until a whole
    frame was done (42 s measured for the first frame of a 40 MB FASTQ on this machine)."""
    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(40_000))  # ~8.6 MB: one 8 MiB frame and a bit
    queue = CodecQueue(journal, level=19, listener=listener).start()
    try:
        (job,) = queue.compress([path], tmp_path / "out", level=19)
        status = _poll(
            lambda: (s := queue.status(job)).done_bytes > 0 and s,
            "the compression row to count input bytes",
        )
        assert status.job.state is State.RUNNING
        assert status.done_bytes < 8 * MiB  # inside the first frame
        status = _poll(
            lambda: (s := queue.status(job)).speed > 0 and s.eta is not None and s,
            "the compression row's speed and ETA",
        )
        assert listener.progress_calls > 0
        queue.cancel(job)
        assert queue.wait([job], timeout=60)
    finally:
        queue.shutdown()


@pytest.mark.parametrize("action", ["pause", "cancel"])
def test_pause_and_cancel_are_not_logged_as_errors(live, bucket, tmp_path, faults, caplog, action):
    """Issue 12, 3.11: the SDK logged the stop raised inside a body as an ERROR traceback."""
    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(40_000))
    faults.limit_bandwidth(SLOW, scope="global", method="PUT")
    (job,) = live.upload([path], bucket, "", compress=True)
    item = _poll(lambda: _only_item(live, job).state is State.RUNNING and _only_item(live, job),
                 "the item to run")  # fmt: skip
    _poll(lambda: (s := live.item_status(item.id)) and s.done, "bytes to move")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        getattr(live, action)(job)
        assert live.wait([job], timeout=60)
    expected = State.PAUSED if action == "pause" else State.CANCELLED
    assert live.journal.job(job).state is expected
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [r.getMessage() for r in errors]


# -- the pieces, with injected clocks -------------------------------------------------------------
def test_block_pacer_follows_the_link():
    now = [0.0]
    pacer = BlockPacer(clock=lambda: now[0])
    sizes = []
    for _ in range(40):  # a fast link: 1 GB/s
        sizes.append(pacer.size(1 * MiB))
        now[0] += sizes[-1] / 1e9
    assert sizes[0] == START_BLOCK and sizes[-1] == 1 * MiB
    assert all(b <= max(START_BLOCK, sum(sizes[:i]) // 4) for i, b in enumerate(sizes))
    for _ in range(10):  # then 100 KB/s: blocks of about 0.2 s
        sizes.append(pacer.size(1 * MiB))
        now[0] += sizes[-1] / 100e3
    assert MIN_BLOCK <= sizes[-1] <= 32 * 1024
    assert sizes[-1] / 100e3 <= 0.35


def test_block_pacer_does_not_trust_buffers_that_fill_at_memory_speed():
    """Socket buffers take the first few hundred KB at once; the block that then waits for a
    100 KB/s link must still be small."""
    now = [0.0]
    pacer = BlockPacer(clock=lambda: now[0])
    absorbed = 0
    while absorbed < 400 * 1024:  # buffers: no time at all
        absorbed += pacer.size(1 * MiB)
    waiting = pacer.size(1 * MiB)
    assert waiting <= 128 * 1024  # at 100 KB/s, about a second at most


def test_a_body_reports_what_it_is_worth_in_proportion_exactly():
    reported: list[int] = []
    body = BytesBody(b"z" * 1000, on_bytes=reported.append, worth=4321)
    while body.read(300):
        assert 0 < body.reported <= 4321
    assert sum(reported) == body.reported == 4321


def test_kept_bytes_shorten_the_eta_without_a_burst_of_speed():
    now = [0.0]
    stats = RateStats(1000, clock=lambda: now[0])
    stats.add(0)
    stats.add_kept(600)  # a resumed item's parts already on COS
    now[0] += 1.0
    stats.add(100)
    assert stats.speed == pytest.approx(100)
    assert stats.eta() == pytest.approx(3.0)
    stats.add_kept(-200)  # a failed part's bytes given back: no negative speed either
    now[0] += 1.0
    stats.add(-50)
    assert stats.speed >= 0
