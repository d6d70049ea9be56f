"""Ranged downloads written by lanes, made durable and journaled in checkpoints (issue 18, 3).

Functional, not timed: the bytes are right, ranges are recorded only after a sync and in
batches, a stop keeps what arrived so the resume fetches only the rest, and the CRC-64 still
catches a corrupted range."""

from __future__ import annotations

import mmap
import os
from pathlib import Path

import pytest

from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import NewItem, PartRecord, State
from gene_desk.transfer import part_checkpoint
from gene_desk.transfer.part_checkpoint import PartCheckpoint
from gene_desk.transfer.settings import DOWNLOAD_PART, MiB, part_size_for
from tests.helpers.pagecache import resident_pages
from tests.helpers.wait import wait_until
from tests.transfer.conftest import random_bytes, run_jobs
from tests.transfer.test_faults import _item, _wait_for_parts


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _item_id(journal) -> int:
    job = journal.create_job("download", "t", "cos://b/k", "/tmp/x")
    journal.add_items(job, [NewItem("k", "/tmp/x/k", 8 * MiB)])
    return journal.items(job)[0].id


def _record(item_id: int, n: int, length: int = MiB) -> PartRecord:
    return PartRecord(item_id, n, (n - 1) * length, length, length, None, str(n), None)


def test_checkpoint_records_after_one_sync_per_batch(journal, tmp_path, monkeypatch):
    item_id = _item_id(journal)
    path = tmp_path / "part.tmp"
    path.write_bytes(b"\0" * 8 * MiB)
    synced: list[int] = []
    real = part_checkpoint.datasync

    def spy(fd: int, p: Path) -> None:
        synced.append(len(journal.parts(item_id)))  # how many were recorded before the sync
        real(fd, p)

    monkeypatch.setattr(part_checkpoint, "datasync", spy)
    clock = FakeClock()
    fd = os.open(path, os.O_WRONLY)
    try:
        cp = PartCheckpoint(
            journal, fd, path, every_bytes=3 * MiB, every_seconds=60, clock=clock, background=False
        )
        cp.finished(_record(item_id, 1))
        cp.finished(_record(item_id, 2))
        assert journal.parts(item_id) == []  # not durable yet: not listed
        cp.finished(_record(item_id, 3))  # 3 MiB gathered: one sync, three records
        assert [p.part_number for p in journal.parts(item_id)] == [1, 2, 3]
        assert synced == [0] and cp.syncs == 1
        cp.finished(_record(item_id, 4))
        clock.now += 61  # a slow link: time alone makes the next range a checkpoint
        cp.finished(_record(item_id, 5))
        assert [p.part_number for p in journal.parts(item_id)] == [1, 2, 3, 4, 5]
        cp.finished(_record(item_id, 6))
        cp.flush()  # the end (or a stop): the rest after one more sync
        assert len(journal.parts(item_id)) == 6 and cp.syncs == 3
        cp.flush()  # nothing left: no sync
        assert cp.syncs == 3
    finally:
        os.close(fd)


def test_background_checkpoint_is_awaited_by_flush_and_reports_disk_errors(
    journal, tmp_path, monkeypatch
):
    item_id = _item_id(journal)
    path = tmp_path / "part.tmp"
    path.write_bytes(b"\0" * 4 * MiB)
    fd = os.open(path, os.O_WRONLY)
    try:
        cp = PartCheckpoint(journal, fd, path, every_bytes=2 * MiB, every_seconds=60)
        for n in (1, 2, 3):
            cp.finished(_record(item_id, n))  # the second one starts a checkpoint thread
        cp.flush()  # waits for it, then records the third
        assert [p.part_number for p in journal.parts(item_id)] == [1, 2, 3]

        def broken(fd: int, p: Path) -> None:
            raise GeneDeskError(ErrorCode.DISK_FULL, "full", path=str(p))

        monkeypatch.setattr(part_checkpoint, "datasync", broken)
        cp.finished(_record(item_id, 4))
        cp.finished(_record(item_id, 5))  # due: its checkpoint fails on the thread
        with pytest.raises(GeneDeskError) as caught:
            cp.flush()
        assert caught.value.code is ErrorCode.DISK_FULL
        assert len(journal.parts(item_id)) == 3  # nothing listed that was not synced
    finally:
        os.close(fd)


def test_download_part_size_default_is_larger_than_upload_parts():
    assert part_size_for(1024 * MiB, DOWNLOAD_PART) == 32 * MiB
    assert part_size_for(1024 * MiB, 0) == 8 * MiB  # uploads keep 8 MiB parts


def test_auto_part_size_fetches_one_range_by_one_get(storage, bucket, journal, tmp_path):
    """With no part size set, an object up to one range (32 MiB) comes in one GET: no HEAD, no
    ranges in the journal, no part size recorded (12 MiB went by HEAD and a ranged GET before)."""
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.settings import TransferSettings, whole_download_max

    data = random_bytes(12 * MiB + 9, seed=33)
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="one.bin", Body=data)
    manager = TransferManager(storage, journal, TransferSettings()).start()
    try:
        (job,) = manager.download(["one.bin"], bucket, tmp_path / "out")
        run_jobs(manager, [job])
    finally:
        manager.shutdown()
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert item.part_size is None and item.etag is None  # the ranged path records both
    assert (tmp_path / "out" / "one.bin").read_bytes() == data
    assert whole_download_max(0) == DOWNLOAD_PART and whole_download_max(2 * MiB) == 2 * MiB


def test_lanes_write_every_range_and_clear_the_journal(manager, storage, bucket, tmp_path):
    data = random_bytes(7 * MiB + 123, seed=31)  # 8 ranges of 1 MiB, the last one short
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="lanes.bin", Body=data)
    out = tmp_path / "out"
    (job,) = manager.download(["lanes.bin"], bucket, out)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert (out / "lanes.bin").read_bytes() == data
    assert manager.journal.parts(item.id) == []  # finished: the ranges are forgotten
    assert [p.name for p in out.iterdir()] == ["lanes.bin"]  # no temporary file left


def test_pause_keeps_the_ranges_that_arrived_and_resume_fetches_the_rest(
    manager, storage, bucket, tmp_path, faults
):
    data = random_bytes(6 * MiB, seed=32)
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="resume.bin", Body=data)
    slow = faults.limit_bandwidth(2 * MiB, method="GET", scope="global")
    manager.settings.parts_parallel = 1
    out = tmp_path / "out"
    (job,) = manager.download(["resume.bin"], bucket, out)
    _wait_for_parts(manager, job, 1)
    manager.pause(job)
    wait_until(lambda: _item(manager, job).state is State.PAUSED, 30, "paused")
    item = _item(manager, job)
    kept = {p.part_number: p.crc64 for p in manager.journal.parts(item.id)}
    assert kept and len(kept) < 6
    faults.remove(slow)
    manager.resume(job)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert "resumed" in (item.note or "")
    assert (out / "resume.bin").read_bytes() == data


def test_a_corrupted_range_is_caught_by_the_crc(manager, storage, bucket, tmp_path, sandbox):
    data = random_bytes(5 * MiB, seed=33)
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="rot.bin", Body=data)
    # bit rot on the server's side: the stored bytes change, COS's CRC-64 header does not
    blobs = [
        p
        for p in Path(sandbox.data_dir).rglob("*")
        if p.is_file() and p.stat().st_size == len(data) and p.read_bytes() == data
    ]
    assert len(blobs) == 1
    rotten = bytearray(data)
    rotten[3 * MiB + 17] ^= 0x40  # inside the fourth range
    blobs[0].write_bytes(bytes(rotten))
    out = tmp_path / "out"
    (job,) = manager.download(["rot.bin"], bucket, out)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.FAILED
    assert item.error_code == "CHECKSUM_MISMATCH"
    assert list(out.iterdir()) == []  # nothing got the real name, no temporary file kept
    assert manager.journal.parts(item.id) == []


def test_a_kill_between_checkpoints_refetches_only_what_was_not_recorded(
    storage, bucket, tmp_path, isolated_home, settings, faults
):
    """What a kill leaves: the journal lists the ranges of the last checkpoint, the temporary
    file holds those and maybe more (or garbage where a range was half written). The next start
    trusts only the listed ranges, fetches the rest, and the CRC-64 check passes."""
    from gene_desk.journal import Journal
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.naming import temp_path_for

    data = random_bytes(6 * MiB, seed=34)
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="kill.bin", Body=data)
    journal = Journal()
    settings.parts_parallel = 1
    slow = faults.limit_bandwidth(2 * MiB, method="GET", scope="global")
    out = tmp_path / "out"
    first = TransferManager(storage, journal, settings).start()
    try:
        (job,) = first.download(["kill.bin"], bucket, out)
        wait_until(lambda: len(journal.parts(journal.items(job)[0].id)) >= 2, 30, "two ranges")
    finally:
        first.shutdown()
    faults.remove(slow)
    (item,) = journal.items(job)
    recorded = sorted(p.part_number for p in journal.parts(item.id))
    assert 2 <= len(recorded) < 6
    # the kill came before the last checkpoint: its ranges are not listed, and the range after
    # them was half written
    keep = recorded[:1]
    tmp = temp_path_for(out / "kill.bin", item.id)
    assert tmp.exists()
    journal.clear_parts(item.id)

    for p in keep:
        offset = (p - 1) * MiB
        piece = data[offset : offset + MiB]
        journal.record_part(PartRecord(item.id, p, offset, MiB, MiB, None, str(crc64(piece)), None))
    with tmp.open("r+b") as fh:
        fh.seek(keep[-1] * MiB)
        fh.write(b"\xff" * (MiB // 2))  # garbage where an unlisted range was being written
    journal.update_item(item.id, state=State.RUNNING, result=None, finished_at=None)
    journal.update_job(job, state=State.RUNNING, runner="dead-runner", finished_at=None)
    again = TransferManager(storage, journal, settings).start()  # the next start adopts it
    try:
        assert again.wait([job], timeout=60)
        item = journal.item(item.id)
        assert item.state is State.SUCCEEDED, item.error_message
        assert "resumed: 1 ranges" in (item.note or "")
        assert (out / "kill.bin").read_bytes() == data
    finally:
        again.shutdown()


@pytest.mark.parametrize("release", [False, True])
def test_durable_ranges_leave_the_page_cache_only_when_asked(journal, observable_dir, release):
    """A checkpoint that made its ranges durable drops their pages (posix_fadvise DONTNEED):
    a 40 GB download must not push the user's cached files out of memory. Without ``release``
    (a file decompressed right after) the written pages stay, which is also this test's proof
    that mincore sees what was written."""
    item_id = _item_id(journal)
    path = observable_dir / "part.tmp"
    path.write_bytes(b"")
    fd = os.open(path, os.O_WRONLY)
    try:
        cp = PartCheckpoint(journal, fd, path, every_bytes=4 * MiB, release=release)
        for n in range(1, 9):
            os.pwrite(fd, random_bytes(MiB, seed=n), (n - 1) * MiB)
            cp.finished(_record(item_id, n))
        cp.flush()
    finally:
        os.close(fd)
    cached, total = resident_pages(path)
    assert total == 8 * MiB // mmap.PAGESIZE
    assert len(journal.parts(item_id)) == 8
    if release:
        assert cached <= total // 10, f"{cached} of {total} pages still cached"
    else:
        assert cached >= total * 9 // 10, f"only {cached} of {total} pages cached"


def test_a_ranged_download_leaves_its_file_out_of_the_page_cache(
    manager, storage, bucket, observable_dir
):
    """The real download path (lanes, checkpoints, fsync, rename): the finished file's bytes
    are on the disk and not held in memory."""
    out = observable_dir / "out"
    data = random_bytes(7 * MiB + 123, seed=32)
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="big.bin", Body=data)
    (job,) = manager.download(["big.bin"], bucket, out)
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    cached, total = resident_pages(out / "big.bin")
    assert cached <= total // 10, f"{cached} of {total} pages still cached"
    assert (out / "big.bin").read_bytes() == data
