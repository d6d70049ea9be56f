"""The original's MD5 recorded on upload (x-cos-meta-gd-md5), through every path: single PUT
(plain and compressed), multipart (plain and compressed, with parts sent in parallel and out of
order), a big single PUT, small-file batches in worker processes, and a resumed upload. Each
time it must equal hashlib's MD5 of the original file."""

from __future__ import annotations

import hashlib
import threading

import pytest

from gene_desk.journal import State
from gene_desk.transfer.md5_digest import META_MD5, OrderedMd5
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.transfer.conftest import fastq_bytes, random_bytes, run_jobs

MD5_KEY = META_MD5.removeprefix("x-cos-meta-")


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def _item(manager, job_id):
    (item,) = manager.journal.items(job_id)
    assert item.state is State.SUCCEEDED, item.error_message
    return item


def test_plain_single_put_and_multipart(manager, storage, bucket, tmp_path):
    small = tmp_path / "small.bin"
    small.write_bytes(random_bytes(300_000, seed=5))
    big = tmp_path / "big.bin"
    big.write_bytes(random_bytes(7 * MiB + 321, seed=6))  # 8 parts of 1 MiB, 3 in parallel
    jobs = manager.upload([small, big], bucket, "plain/", compress=False)
    run_jobs(manager, jobs)
    for job, path in zip(jobs, [small, big], strict=True):
        item = _item(manager, job)
        info = storage.head_object(bucket, item.destination)
        assert info.metadata[MD5_KEY] == md5(path.read_bytes()), path.name
        assert info.etag == item.etag  # the journal knows the object as it is now
    assert len(manager.journal.parts(_item(manager, jobs[1]).id)) == 8


def test_compressed_single_put_and_multipart_keep_codec_metadata(
    manager, storage, bucket, tmp_path
):
    small = tmp_path / "small.fastq"
    small.write_bytes(fastq_bytes(300))
    big = tmp_path / "big.fastq"
    big.write_bytes(fastq_bytes(60_000, seed=9))  # ~13 MiB: compressed multipart
    jobs = manager.upload([small, big], bucket, "zst/")
    run_jobs(manager, jobs)
    for job, path in zip(jobs, [small, big], strict=True):
        item = _item(manager, job)
        assert item.mode == "zstd"
        info = storage.head_object(bucket, item.destination)
        assert info.metadata[MD5_KEY] == md5(path.read_bytes()), path.name
        assert info.metadata["gd-codec"] == "zstd"
        assert info.metadata["gd-size"] == str(path.stat().st_size)
        assert info.metadata["gd-name"] == path.name
        assert "gd-crc64" in info.metadata
    assert manager.journal.parts(_item(manager, jobs[1]).id)


@pytest.mark.parametrize("workers", ["2"])
def test_small_files_in_worker_process_batches(
    manager, storage, bucket, tmp_path, monkeypatch, workers
):
    monkeypatch.setenv("GENE_DESK_WORKER_PROCESSES", workers)
    root = tmp_path / "many"
    root.mkdir()
    for n in range(40):
        (root / f"f{n:02d}.dat").write_bytes(random_bytes(2000 + n, seed=n))
    (plain,) = manager.upload([root], bucket, "batch/", compress=False)
    run_jobs(manager, [plain])
    pool = manager.state.small_pool
    assert pool is not None and pool.batches >= 1
    for n in (0, 17, 39):
        info = storage.head_object(bucket, f"batch/many/f{n:02d}.dat")
        assert info.metadata[MD5_KEY] == md5(random_bytes(2000 + n, seed=n))


def _spy_copies(monkeypatch) -> list[str]:
    """Destinations of the MD5 copies onto themselves (the real copy still runs)."""
    from gene_desk.transfer import upload as upload_module

    copied: list[str] = []
    real = upload_module.replace_metadata

    def spy(run, *args, **kwargs):
        copied.append(run.item.destination)
        return real(run, *args, **kwargs)

    monkeypatch.setattr(upload_module, "replace_metadata", spy)
    return copied


def test_big_single_put_is_hashed_before_it_is_sent(
    storage, bucket, journal, tmp_path, monkeypatch
):
    """Above the in-memory limit a file is hashed by a first read: its MD5 rides on the PUT and
    no copy onto itself follows (one request per file, as rclone sends Content-MD5)."""
    from gene_desk.transfer import upload as upload_module
    from gene_desk.transfer.manager import TransferManager

    copied = _spy_copies(monkeypatch)
    monkeypatch.setattr(upload_module, "INLINE_MD5_LIMIT", 1 * MiB)  # above it: not in memory
    path = tmp_path / "single.bin"
    path.write_bytes(random_bytes(3 * MiB + 5, seed=11))
    manager = TransferManager(storage, journal, TransferSettings(part_size=8 * MiB)).start()
    try:
        (job,) = manager.upload([path], bucket, "one/", compress=False)
        run_jobs(manager, [job])
    finally:
        manager.shutdown()
    item = _item(manager, job)
    assert not manager.journal.parts(item.id)  # one PUT
    info = storage.head_object(bucket, item.destination)
    assert info.metadata[MD5_KEY] == md5(path.read_bytes())
    assert copied == []


def test_auto_part_size_sends_files_up_to_64_mib_in_one_put(
    storage, bucket, journal, tmp_path, monkeypatch
):
    """With no part size set, a 12 MiB file (8 MiB parts once) and an ARCHIVE one go in one PUT
    each, with their MD5 (an ARCHIVE multipart upload could not record it); the multipart rule
    still holds above SINGLE_PUT_MAX."""
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.settings import SINGLE_PUT_MAX, single_put_max

    copied = _spy_copies(monkeypatch)
    paths = []
    for name, seed in (("warm.bin", 21), ("cold.bin", 22)):
        path = tmp_path / name
        path.write_bytes(random_bytes(12 * MiB + 7, seed=seed))
        paths.append(path)
    manager = TransferManager(storage, journal, TransferSettings()).start()
    try:
        jobs = manager.upload([paths[0]], bucket, "auto/", compress=False)
        jobs += manager.upload([paths[1]], bucket, "auto/", compress=False, storage_class="ARCHIVE")
        run_jobs(manager, jobs)
    finally:
        manager.shutdown()
    for job, path in zip(jobs, paths, strict=True):
        item = _item(manager, job)
        assert not manager.journal.parts(item.id) and not item.upload_id, path.name
        assert "MD5" not in (item.note or "")
        info = storage.head_object(bucket, item.destination)
        assert info.metadata[MD5_KEY] == md5(path.read_bytes()), path.name
    assert copied == []
    assert single_put_max(0) == SINGLE_PUT_MAX == 64 * MiB and single_put_max(2 * MiB) == 2 * MiB


def test_setting_off_records_no_md5(storage, bucket, journal, tmp_path):
    from gene_desk.transfer.manager import TransferManager

    path = tmp_path / "off.fastq"
    path.write_bytes(fastq_bytes(200))
    settings = TransferSettings(part_size=1 * MiB, record_md5=False)
    manager = TransferManager(storage, journal, settings).start()
    try:
        (job,) = manager.upload([path], bucket, "off/")
        run_jobs(manager, [job])
    finally:
        manager.shutdown()
    info = storage.head_object(bucket, _item(manager, job).destination)
    assert MD5_KEY not in info.metadata and info.metadata["gd-codec"] == "zstd"


# -- the ordered digest on its own -----------------------------------------------------------
def test_ordered_md5_out_of_order_retries_and_fill_ranges(tmp_path):
    data = random_bytes(10 * 65536, seed=3)
    path = tmp_path / "f"
    path.write_bytes(data)
    block = 65536
    blocks = [(o, data[o : o + block]) for o in range(0, len(data), block)]
    # blocks 2 and 5 are "confirmed parts" of an earlier run: read from disk when reached
    fill = [(2 * block, block), (5 * block, block)]
    digest = OrderedMd5(str(path), len(data), fill=fill, limit=3 * block)
    sent = [b for i, b in enumerate(blocks) if i not in (2, 5)]
    order = [sent[i] for i in (3, 1, 0, 6, 2, 4, 7, 5)] + [sent[0]]  # and a retried block
    threads = [threading.Thread(target=digest.feed, args=b) for b in order]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not any(t.is_alive() for t in threads)
    assert digest.hexdigest() == md5(data)


def test_ordered_md5_never_waits_a_full_buffer_is_read_again_later(tmp_path):
    """Fed from one thread in reverse order (the worst case): every call returns at once; what
    did not fit the buffer is read from the file when the hash gets there."""
    data = random_bytes(12 * 4096, seed=9)
    path = tmp_path / "f"
    path.write_bytes(data)
    digest = OrderedMd5(str(path), len(data), limit=3 * 4096)
    for offset in reversed(range(0, len(data), 4096)):
        digest.feed(offset, data[offset : offset + 4096])
    assert digest.hexdigest() == md5(data)
    assert 0 < digest.reread <= len(data) - 4 * 4096  # the 3 kept blocks and block 0 were not


def test_ordered_md5_in_order_reads_nothing_twice(tmp_path):
    data = random_bytes(8 * 4096, seed=10)
    digest = OrderedMd5(str(tmp_path / "unused"), len(data), limit=4096)
    for offset in range(0, len(data), 4096):
        digest.feed(offset, data[offset : offset + 4096])
    assert digest.hexdigest() == md5(data) and digest.reread == 0


def test_ordered_md5_many_threads_random_order(tmp_path):
    import random

    data = random_bytes(64 * 4096, seed=11)
    path = tmp_path / "f"
    path.write_bytes(data)
    digest = OrderedMd5(str(path), len(data), limit=8 * 4096)
    offsets = list(range(0, len(data), 4096))
    random.Random(5).shuffle(offsets)
    chunks = [offsets[i::4] for i in range(4)]

    def part(mine):
        for o in mine:
            digest.feed(o, data[o : o + 4096])

    threads = [threading.Thread(target=part, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert digest.hexdigest() == md5(data)


def test_ordered_md5_abandoned_gives_no_digest(tmp_path):
    digest = OrderedMd5(str(tmp_path / "none"), 20)
    digest.feed(0, b"x" * 10)
    digest.abandon()
    digest.feed(10, b"y" * 10)
    assert digest.hexdigest() is None


def test_archive_class_multipart_keeps_no_md5_and_says_so(manager, storage, bucket, tmp_path):
    """An ARCHIVE object cannot be copied onto itself before a restore: the upload stands,
    without the MD5, and the item's note says why; a small one carries it on its PUT."""
    big = tmp_path / "cold.bin"
    big.write_bytes(random_bytes(3 * MiB, seed=12))
    small = tmp_path / "small.bin"
    small.write_bytes(b"cold and small")
    jobs = manager.upload([big, small], bucket, "cold/", compress=False, storage_class="ARCHIVE")
    run_jobs(manager, jobs)
    item = _item(manager, jobs[0])
    assert "MD5 was not recorded" in item.note
    assert MD5_KEY not in storage.head_object(bucket, "cold/cold.bin").metadata
    info = storage.head_object(bucket, "cold/small.bin")
    assert info.metadata[MD5_KEY] == md5(b"cold and small")


def test_folder_archive_records_the_md5_of_its_tar_stream(manager, storage, bucket, tmp_path):
    """A folder goes up as NAME.tar.zst: its MD5 is the tar stream's, what ``zstd -d`` gives
    (the manifest lists it as NAME.tar)."""
    import zstandard

    from tests.transfer.conftest import object_bytes

    folder = tmp_path / "run7"
    (folder / "lane1").mkdir(parents=True)
    (folder / "lane1" / "r1.fastq").write_bytes(fastq_bytes(4000, seed=4))
    (folder / "notes.txt").write_text("说明")
    (job,) = manager.upload([folder], bucket, "")
    run_jobs(manager, [job])
    item = _item(manager, job)
    assert item.destination == "run7.tar.zst"
    data = object_bytes(storage, bucket, "run7.tar.zst")
    tar = zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
    assert storage.head_object(bucket, "run7.tar.zst").metadata[MD5_KEY] == md5(tar)
