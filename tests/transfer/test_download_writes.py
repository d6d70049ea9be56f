"""A download reaches the disk 256 KiB at a time at most (core/fileio.py), by the one-GET path
and by the ranged lanes, and every byte arrives: a larger write held its CPU with the kernel
until it returned, and the window's GUI thread waited behind it."""

from __future__ import annotations

from gene_desk.core.fileio import WRITE_SLICE
from gene_desk.journal import State
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.helpers.writes import recorded_writes
from tests.transfer.conftest import random_bytes, run_jobs
from tests.transfer.test_faults import _item


def _download(manager, storage, bucket, tmp_path, monkeypatch, size: int, seed: int):  # type: ignore[no-untyped-def]
    data = random_bytes(size, seed=seed)
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="d.bin", Body=data)
    with recorded_writes(monkeypatch) as log:
        (job,) = manager.download(["d.bin"], bucket, tmp_path / "out")
        run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert (tmp_path / "out" / "d.bin").read_bytes() == data
    return log, item


def test_one_get_download_writes_in_slices(storage, bucket, journal, tmp_path, monkeypatch):
    manager = TransferManager(storage, journal, TransferSettings()).start()  # default part size
    try:
        log, item = _download(manager, storage, bucket, tmp_path, monkeypatch, 3 * MiB + 5, 41)
    finally:
        manager.shutdown()
    assert item.part_size is None  # the one-GET path
    assert log.total >= 3 * MiB + 5
    assert log.largest <= WRITE_SLICE


def test_ranged_download_writes_in_slices(storage, bucket, journal, tmp_path, monkeypatch):
    # 8 MiB ranges: the lanes' blocks grow past 256 KiB (pacing.py) within each range
    settings = TransferSettings(parts_parallel=2, part_size=8 * MiB)
    manager = TransferManager(storage, journal, settings).start()
    try:
        log, item = _download(manager, storage, bucket, tmp_path, monkeypatch, 20 * MiB + 123, 42)
    finally:
        manager.shutdown()
    assert item.part_size is not None  # the ranged path
    assert log.total >= 7 * MiB + 123
    assert log.largest <= WRITE_SLICE
