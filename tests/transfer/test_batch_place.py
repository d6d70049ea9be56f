"""Small downloads of a worker-process batch: one flush (syncfs) for the batch, then placement
without clobbering (renameat2 RENAME_NOREPLACE, link + unlink where unsupported), then the
journal (transfer/batch_place.py, core/durable.py; issue 18)."""

from __future__ import annotations

import ctypes
import errno
import os

import pytest

from gene_desk.core import durable
from gene_desk.core.localfs import publish
from gene_desk.journal import State
from gene_desk.transfer import batch_place
from gene_desk.transfer.small_pool import BATCH_SIZE, SmallItemPool, _worker_batch
from tests.transfer.conftest import random_bytes, run_jobs


@pytest.fixture(autouse=True)
def two_workers(monkeypatch):
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "2")


def _upload(manager, storage, bucket, count: int) -> dict[str, bytes]:
    client = storage.clients.client(bucket.region)
    expected = {}
    for n in range(count):
        expected[f"f{n:03d}.dat"] = body = random_bytes(2000, seed=n)
        client.put_object(Bucket=bucket.name, Key=f"many/f{n:03d}.dat", Body=body)
    return expected


@pytest.fixture
def in_process_pool(monkeypatch):
    """Worker batches run in this process (exactly the worker's code), so a test can watch or
    break the flush; the parent's claim and settle around it are the real ones."""

    def run(self, kind, options, settings, credentials, items):
        _pid, results = _worker_batch(
            str(self.journal_path), kind, options, settings, credentials, items, 2
        )
        return results

    monkeypatch.setattr(SmallItemPool, "run", run)


def test_the_batch_is_flushed_once_before_any_file_gets_its_name(
    manager, storage, bucket, tmp_path, monkeypatch, in_process_pool
):
    count = BATCH_SIZE + 8
    expected = _upload(manager, storage, bucket, count)
    out = tmp_path / "out"
    flushed: set[str] = set()  # temporary files present at a flush (made durable by it)
    flushes = []
    placed: list[str] = []
    real_sync, real_publish = batch_place.sync_filesystem, batch_place.publish

    def watched_sync(folder):
        flushes.append(folder)
        names = {p.name for p in (out / "many").iterdir() if p.name.endswith(".gdpart")}
        assert real_sync(folder)
        flushed.update(names)
        return True

    def watched_publish(tmp, final, policy):
        assert tmp.name in flushed, f"{final.name} was named before a flush"
        placed.append(final.name)
        return real_publish(tmp, final, policy)

    monkeypatch.setattr(batch_place, "sync_filesystem", watched_sync)
    monkeypatch.setattr(batch_place, "publish", watched_publish)
    (job,) = manager.download(["many/"], bucket, out)
    run_jobs(manager, [job])
    assert manager.journal.job(job).state is State.SUCCEEDED
    got = {p.name: p.read_bytes() for p in (out / "many").iterdir()}
    assert got == expected  # all placed, no temporaries left
    assert sorted(placed) == sorted(expected)
    assert 2 <= len(flushes) < count // 4  # one per batch, not one per file


def test_a_failed_flush_places_nothing_and_journals_nothing_done(
    manager, storage, bucket, tmp_path, monkeypatch, in_process_pool
):
    expected = _upload(manager, storage, bucket, 12)

    def broken(folder):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(batch_place, "sync_filesystem", broken)
    out = tmp_path / "out"
    (job,) = manager.download(["many/"], bucket, out)
    run_jobs(manager, [job])
    items = manager.journal.items(job)
    assert {i.state for i in items} == {State.FAILED}
    assert {i.error_code for i in items} == {"LOCAL_IO"}
    assert list((out / "many").iterdir()) == []  # no file named, no temporary left

    monkeypatch.undo()  # the disk is back: a retry downloads everything
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", "2")
    assert manager.retry(job) == 12
    run_jobs(manager, [job])
    assert manager.journal.job(job).state is State.SUCCEEDED
    assert {p.name: p.read_bytes() for p in (out / "many").iterdir()} == expected


def test_a_file_the_user_has_is_never_clobbered(manager, storage, bucket, tmp_path):
    """Real worker processes: "keep both" saves the object beside the user's file."""
    expected = _upload(manager, storage, bucket, 20)
    out = tmp_path / "out"
    (out / "many").mkdir(parents=True)
    (out / "many" / "f004.dat").write_bytes(b"mine")
    (job,) = manager.download(["many/"], bucket, out)
    run_jobs(manager, [job])
    assert manager.state.small_pool is not None and manager.state.small_pool.batches >= 1
    assert (out / "many" / "f004.dat").read_bytes() == b"mine"
    assert (out / "many" / "f004 (1).dat").read_bytes() == expected["f004.dat"]
    item = next(i for i in manager.journal.items(job) if i.source.endswith("f004.dat"))
    assert item.state is State.SUCCEEDED and item.result.endswith("f004 (1).dat")
    assert "saved as f004 (1).dat" in item.note


@pytest.mark.skipif(durable._renameat2 is None, reason="no renameat2 here")
def test_rename_noreplace_refuses_an_existing_name(tmp_path):
    (tmp_path / "tmp").write_bytes(b"new")
    (tmp_path / "final").write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        durable.rename_noreplace(tmp_path / "tmp", tmp_path / "final")
    assert (tmp_path / "final").read_bytes() == b"mine"
    assert durable.rename_noreplace(tmp_path / "tmp", tmp_path / "other")
    assert (tmp_path / "other").read_bytes() == b"new" and not (tmp_path / "tmp").exists()


@pytest.mark.parametrize("code", [errno.ENOSYS, errno.EINVAL])
def test_publish_falls_back_to_link_where_renameat2_is_unsupported(tmp_path, monkeypatch, code):
    calls = []

    def unsupported(*args):
        calls.append(args)
        ctypes.set_errno(code)
        return -1

    monkeypatch.setattr(durable, "_renameat2", unsupported)
    monkeypatch.setattr(durable, "_noreplace_ok", True)
    final = tmp_path / "a.txt"
    final.write_bytes(b"mine")
    for n in range(2):
        tmp = tmp_path / f".a.{n}.gdpart"
        tmp.write_bytes(b"theirs %d" % n)
        placed = publish(tmp, final, "rename")
        assert placed == tmp_path / f"a ({n + 1}).txt" and not tmp.exists()
    assert final.read_bytes() == b"mine"
    assert (tmp_path / "a (2).txt").read_bytes() == b"theirs 1"
    # ENOSYS: the kernel lacks it, asked once; EINVAL: this file system only, asked for each
    # name tried (a.txt then a (1).txt, twice)
    assert len(calls) == (1 if code == errno.ENOSYS else 4)


def test_sync_filesystem_flushes_or_says_it_cannot(tmp_path):
    assert durable.sync_filesystem(tmp_path) is (durable._syncfs is not None)
    assert os.path.isdir(tmp_path)


def test_where_syncfs_is_not_trusted_each_file_is_fsynced(tmp_path, monkeypatch):
    """FUSE and network file systems: syncfs may not reach the server, so one fsync per file."""
    monkeypatch.setattr(durable, "SYNCFS_TYPES", set())
    assert durable.sync_filesystem(tmp_path) is False
    synced = []
    monkeypatch.setattr(batch_place, "_fsync_file", synced.append)
    placement = batch_place.BatchPlacement()
    for n in range(3):
        (tmp_path / f".f{n}.gdpart").write_bytes(b"x")
        placement.defer(n, tmp_path / f".f{n}.gdpart", tmp_path / f"f{n}", "rename")
    placement.flush()
    assert sorted(p.name for p in synced) == [".f0.gdpart", ".f1.gdpart", ".f2.gdpart"]
