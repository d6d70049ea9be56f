"""A download into a full disk fails clearly and leaves no file under the final name."""

from __future__ import annotations

import subprocess

import pytest

from gene_desk.journal import State
from tests.transfer.conftest import random_bytes, run_jobs


@pytest.fixture
def small_fs(tmp_path):
    mount_point = tmp_path / "small-fs"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {result.stderr!r}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_download_bigger_than_free_space_is_refused_up_front(manager, storage, bucket, small_fs):
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="big.bin", Body=random_bytes(6 * 1024 * 1024))
    (job,) = manager.download(["big.bin"], bucket, small_fs)
    run_jobs(manager, [job])
    (item,) = manager.journal.items(job)
    assert item.state is State.FAILED and item.error_code == "DISK_FULL"
    assert "not enough free space" in item.error_message
    assert list(small_fs.iterdir()) == []


def test_disk_filling_during_parallel_downloads(manager, storage, bucket, small_fs):
    """Each object fits alone, not together: one fails with DISK_FULL mid-write."""
    client = storage.clients.client(bucket.region)
    for name in ("a.bin", "b.bin"):
        client.put_object(Bucket=bucket.name, Key=name, Body=random_bytes(3 * 1024 * 1024))
    jobs = manager.download(["a.bin"], bucket, small_fs) + manager.download(
        ["b.bin"], bucket, small_fs
    )
    run_jobs(manager, jobs)
    items = [manager.journal.items(j)[0] for j in jobs]
    states = sorted(i.state.value for i in items)
    assert "failed" in states
    failed = [i for i in items if i.state is State.FAILED]
    assert all(i.error_code == "DISK_FULL" for i in failed)
    names = sorted(p.name for p in small_fs.iterdir())
    # whatever succeeded is complete; nothing partial under a real name, no temp left behind
    for item in items:
        if item.state is State.SUCCEEDED:
            assert (small_fs / item.source).stat().st_size == 3 * 1024 * 1024
    assert all(not n.endswith(".gdpart") for n in names)
    assert len(names) == sum(i.state is State.SUCCEEDED for i in items)
