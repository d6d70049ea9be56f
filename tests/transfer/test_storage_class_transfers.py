"""Uploads with a storage class and downloads of folders holding archived objects, through the
real transfer manager and the sandbox (issue 15, items 2-3)."""

from __future__ import annotations

from gene_desk.core.errors import ErrorCode
from gene_desk.journal import State
from gene_desk.storage import archive

from .conftest import fastq_bytes, random_bytes, run_jobs


def test_upload_with_a_storage_class_sets_it_on_every_object(manager, storage, bucket, tmp_path):
    src = tmp_path / "run"
    (src / "lane1").mkdir(parents=True)
    (src / "lane1" / "r1.fastq").write_bytes(fastq_bytes(200))
    (src / "big.bin").write_bytes(random_bytes(3 * 1024 * 1024 + 5))  # multipart (1 MiB parts)
    (src / "empty").mkdir()  # a folder marker
    single = tmp_path / "s.fastq"
    single.write_bytes(fastq_bytes(30000))  # compressed, several parts
    ids = manager.upload([src], bucket, "plain/", compress=False, storage_class="ARCHIVE")
    ids += manager.upload([single], bucket, "zst/", storage_class="DEEP_ARCHIVE")
    ids += manager.upload([single], bucket, "std/")
    run_jobs(manager, ids)
    classes = {o.key: o.storage_class for o in storage.iter_objects(bucket)}
    assert classes == {
        "plain/run/big.bin": "ARCHIVE",
        "plain/run/empty/": "ARCHIVE",
        "plain/run/lane1/r1.fastq": "ARCHIVE",
        "zst/s.fastq.zst": "DEEP_ARCHIVE",
        "std/s.fastq.zst": "STANDARD",
    }
    assert storage.head_object(bucket, "zst/s.fastq.zst").etag.count("-") == 1  # multipart


def test_folder_download_lists_archived_objects_and_downloads_the_rest(
    manager, storage, bucket, tmp_path, archive_clock
):
    src = tmp_path / "run"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(name)
    ids = manager.upload([src], bucket, "", compress=False)
    cold = tmp_path / "cold"
    cold.mkdir()
    (cold / "c.bam").write_bytes(b"cold data")
    (cold / "d.bam").write_bytes(b"being restored")
    ids += manager.upload([cold], bucket, "run/", compress=False, storage_class="ARCHIVE")
    run_jobs(manager, ids)
    archive.restore_object(storage, bucket, "run/cold/d.bam", days=1, tier="Standard")
    out = tmp_path / "out"
    [job_id] = manager.download(["run/"], bucket, out)
    run_jobs(manager, [job_id])
    assert (out / "run" / "a.txt").read_text() == "a.txt"
    assert (out / "run" / "b.txt").read_text() == "b.txt"
    assert not (out / "run" / "cold").exists()
    items = {i.source: i for i in manager.journal.items(job_id)}
    assert items["run/cold/c.bam"].state is State.FAILED
    assert items["run/cold/c.bam"].error_code == ErrorCode.OBJECT_ARCHIVED.value
    assert "gene-desk restore" in items["run/cold/c.bam"].error_message
    assert items["run/cold/d.bam"].error_code == ErrorCode.RESTORE_IN_PROGRESS.value
    assert manager.journal.job(job_id).state is State.FAILED  # not everything came down
    # once restored, downloading the folder again brings them too
    archive.restore_object(storage, bucket, "run/cold/c.bam", days=1, tier="Expedited")
    archive_clock.advance(3 * 3600 + 1)
    [again] = manager.download(["run/cold/"], bucket, out)
    run_jobs(manager, [again])
    assert (out / "cold" / "c.bam").read_bytes() == b"cold data"
    assert (out / "cold" / "d.bam").read_bytes() == b"being restored"
