"""Uploads and downloads end to end: engine -> SDK -> HTTP -> sandbox, and back."""

from __future__ import annotations

import zstandard

from gene_desk.codec.trailer import find_trailer
from gene_desk.core.crc64 import crc64
from gene_desk.journal import State
from tests.transfer.conftest import (
    SHARED_DATA,
    fastq_bytes,
    object_bytes,
    random_bytes,
    run_jobs,
    tree_bytes,
)


def _only_item(manager, job_id):
    items = manager.journal.items(job_id)
    assert len(items) == 1
    return items[0]


def test_compressed_file_round_trip_small_and_multipart(manager, storage, bucket, tmp_path):
    small = tmp_path / "small reads.fastq"
    small.write_bytes(fastq_bytes(500))
    big = tmp_path / "样本_R1.fastq"
    big.write_bytes(fastq_bytes(60_000, seed=3))  # ~13 MiB: several 1 MiB parts, compressed
    jobs = manager.upload([small, big], bucket, "run1/")
    run_jobs(manager, jobs)
    for job_id, path in zip(jobs, [small, big], strict=True):
        item = _only_item(manager, job_id)
        assert item.state is State.SUCCEEDED, item.error_message
        assert item.mode == "zstd" and item.destination == f"run1/{path.name}.zst"
        data = object_bytes(storage, bucket, item.destination)
        # a plain zstd stream any tool can read, ending with Gene Desk's trailer
        assert (
            zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
            == path.read_bytes()
        )
        trailer = find_trailer(data[-4096:])
        assert trailer is not None and trailer.name == path.name
        assert trailer.size == path.stat().st_size and trailer.crc64 == crc64(path.read_bytes())
        info = storage.head_object(bucket, item.destination)
        assert info.metadata["gd-codec"] == "zstd"
        assert info.crc64 == crc64(data)
    # big one really went multipart
    assert manager.journal.parts(_only_item(manager, jobs[1]).id)

    out = tmp_path / "out"
    down = manager.download([f"run1/{small.name}.zst", f"run1/{big.name}.zst"], bucket, out)
    run_jobs(manager, down)
    assert (out / small.name).read_bytes() == small.read_bytes()
    assert (out / big.name).read_bytes() == big.read_bytes()
    assert not list(out.glob(".*gdpart")) and not list(out.glob("*.zst"))


def test_plain_upload_multipart_is_byte_identical(manager, storage, bucket, tmp_path):
    path = tmp_path / "random.bin"
    path.write_bytes(random_bytes(5 * 1024 * 1024 + 123))
    (job,) = manager.upload([path], bucket, "", compress=False)
    run_jobs(manager, [job])
    item = _only_item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert item.destination == "random.bin" and item.mode == "plain"
    assert len(manager.journal.parts(item.id)) == 6
    assert object_bytes(storage, bucket, "random.bin") == path.read_bytes()
    out = tmp_path / "out"
    (down,) = manager.download(["random.bin"], bucket, out)
    run_jobs(manager, [down])
    assert (out / "random.bin").read_bytes() == path.read_bytes()


def test_already_compressed_inputs_are_sent_byte_identical(manager, storage, bucket, tmp_path):
    sources = [SHARED_DATA / "census.fastq.gz", SHARED_DATA / "census.paired.bam"]
    jobs = manager.upload(sources, bucket, "raw/")
    run_jobs(manager, jobs)
    for job, src in zip(jobs, sources, strict=True):
        item = _only_item(manager, job)
        assert item.state is State.SUCCEEDED, item.error_message
        assert item.mode == "as-is" and item.destination == f"raw/{src.name}"
        assert "already compressed" in item.note
        assert object_bytes(storage, bucket, item.destination) == src.read_bytes()


def test_empty_files(manager, storage, bucket, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    jobs = manager.upload([empty], bucket, "c/") + manager.upload(
        [empty], bucket, "p/", compress=False
    )
    run_jobs(manager, jobs)
    assert object_bytes(storage, bucket, "p/empty.txt") == b""
    assert (
        zstandard.ZstdDecompressor()
        .stream_reader(object_bytes(storage, bucket, "c/empty.txt.zst"), read_across_frames=True)
        .read()
        == b""
    )
    out = tmp_path / "out"
    down = manager.download(["c/empty.txt.zst", "p/empty.txt"], bucket, out, conflict="rename")
    run_jobs(manager, down)
    assert (out / "empty.txt").read_bytes() == b""
    assert (out / "empty (1).txt").read_bytes() == b""


def _make_tree(root):
    (root / "样本 A" / "lane 1").mkdir(parents=True)
    (root / "empty dir").mkdir()
    (root / "样本 A" / "lane 1" / "reads.fastq").write_bytes(fastq_bytes(300))
    (root / "样本 A" / "notes 🧬.txt").write_text("hello")
    (root / "top.vcf").write_bytes(b"##fileformat=VCFv4.2\n")
    (root / "zero").write_bytes(b"")


def test_folder_uncompressed_keeps_tree_and_empty_folders(manager, storage, bucket, tmp_path):
    root = tmp_path / "project"
    _make_tree(root)
    (job,) = manager.upload([root], bucket, "up/", compress=False)
    run_jobs(manager, [job])
    keys = {o.key for o in storage.iter_objects(bucket, "up/")}
    assert keys == {
        "up/project/empty dir/",
        "up/project/top.vcf",
        "up/project/zero",
        "up/project/样本 A/lane 1/reads.fastq",
        "up/project/样本 A/notes 🧬.txt",
    }
    out = tmp_path / "out"
    (down,) = manager.download(["up/project/"], bucket, out)
    run_jobs(manager, [down])
    assert manager.journal.job(down).state is State.SUCCEEDED
    assert tree_bytes(out / "project") == tree_bytes(root)


def test_folder_compressed_is_one_tar_zst_and_restores(manager, storage, bucket, tmp_path):
    root = tmp_path / "project"
    _make_tree(root)
    (job,) = manager.upload([root], bucket, "")
    run_jobs(manager, [job])
    item = _only_item(manager, job)
    assert item.state is State.SUCCEEDED, item.error_message
    assert item.destination == "project.tar.zst"
    assert storage.head_object(bucket, "project.tar.zst").metadata["gd-codec"] == "tar+zstd"
    out = tmp_path / "out"
    (down,) = manager.download(["project.tar.zst"], bucket, out)
    run_jobs(manager, [down])
    assert manager.journal.job(down).state is State.SUCCEEDED, manager.journal.job(
        down
    ).error_message
    assert tree_bytes(out / "project") == tree_bytes(root)
    # and without decompression the archive arrives as it is
    raw = tmp_path / "raw"
    (down2,) = manager.download(["project.tar.zst"], bucket, raw, decompress=False)
    run_jobs(manager, [down2])
    assert (raw / "project.tar.zst").read_bytes() == object_bytes(
        storage, bucket, "project.tar.zst"
    )


def test_download_conflicts_rename_overwrite_skip(manager, storage, bucket, tmp_path):
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="reads.fastq.gz", Body=b"remote")
    out = tmp_path / "out"
    out.mkdir()
    (out / "reads.fastq.gz").write_bytes(b"local")
    run_jobs(manager, manager.download(["reads.fastq.gz"], bucket, out))
    assert (out / "reads.fastq.gz").read_bytes() == b"local"
    assert (out / "reads (1).fastq.gz").read_bytes() == b"remote"
    run_jobs(manager, manager.download(["reads.fastq.gz"], bucket, out, conflict="skip"))
    assert (out / "reads.fastq.gz").read_bytes() == b"local"
    assert not (out / "reads (2).fastq.gz").exists()
    run_jobs(manager, manager.download(["reads.fastq.gz"], bucket, out, conflict="overwrite"))
    assert (out / "reads.fastq.gz").read_bytes() == b"remote"


def test_many_small_files_in_one_job(manager, storage, bucket, tmp_path):
    root = tmp_path / "small"
    for d in range(10):
        (root / f"d{d}").mkdir(parents=True)
        for f in range(60):
            (root / f"d{d}" / f"f{f}.txt").write_bytes(f"{d}-{f}".encode() * 10)
    (job,) = manager.upload([root], bucket, "", compress=False)
    run_jobs(manager, [job])
    status = manager.status(job)
    assert status.counts == {State.SUCCEEDED: 600}
    assert status.done_bytes == status.total_bytes
    out = tmp_path / "out"
    run_jobs(manager, manager.download(["small/"], bucket, out))
    assert tree_bytes(out / "small") == tree_bytes(root)


def test_an_empty_key_is_refused_before_any_request(manager, bucket, tmp_path):
    """The bucket's root is no object: refused as nothing selected at once, not sent to COS
    (where the SDK refused it on each of ten retries, a minute of backoff, as a NETWORK error)."""
    import pytest

    from gene_desk.core.errors import ErrorCode, GeneDeskError

    with pytest.raises(GeneDeskError) as info:
        manager.download([""], bucket, tmp_path / "out")
    assert info.value.code is ErrorCode.NOT_SELECTED
    assert not manager.journal.jobs()
