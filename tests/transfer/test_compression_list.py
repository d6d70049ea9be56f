"""The compression list (压缩列表) engine: queued local compress/decompress jobs with history."""

from __future__ import annotations

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal, State
from gene_desk.transfer.compression_list import CodecQueue
from tests.helpers.wait import wait_until
from tests.transfer.conftest import fastq_bytes, tree_bytes


class Events:
    def __init__(self):
        self.jobs: list[int] = []
        self.progressed: list[int] = []

    def job_changed(self, job_id):
        self.jobs.append(job_id)

    def item_changed(self, job_id, item_id):
        pass

    def progress(self, job_id):
        self.progressed.append(job_id)


@pytest.fixture
def queue(journal):
    events = Events()
    q = CodecQueue(journal, listener=events).start()
    q.events = events
    yield q
    q.shutdown()


def test_compress_then_decompress_round_trip_with_history(queue, journal, tmp_path):
    src = tmp_path / "run"
    (src / "lane 1").mkdir(parents=True)
    (src / "lane 1" / "reads.fastq").write_bytes(fastq_bytes(3000))
    (src / "empty").mkdir()
    single = tmp_path / "sample.vcf"
    single.write_bytes(b"##fileformat=VCFv4.2\n" * 500)
    out = tmp_path / "archives"
    jobs = queue.compress([src, single], out)
    assert queue.wait(jobs, timeout=60)
    for job_id in jobs:
        status = queue.status(job_id)
        assert status.job.state is State.SUCCEEDED, status.job.error_message
        assert status.fraction == 1.0
    assert sorted(p.name for p in out.iterdir()) == ["run.tar.zst", "sample.vcf.zst"]
    restored = tmp_path / "restored"
    back = queue.decompress([out / "run.tar.zst", out / "sample.vcf.zst"], restored)
    assert queue.wait(back, timeout=60)
    assert all(queue.status(j).job.state is State.SUCCEEDED for j in back)
    assert tree_bytes(restored / "run") == tree_bytes(src)
    assert (restored / "sample.vcf").read_bytes() == single.read_bytes()
    assert set(queue.events.jobs) >= set(jobs + back)
    # history survives a restart (same journal file)
    queue.shutdown()
    again = Journal(journal.path)
    kinds = [j.kind for j in again.jobs(["compress", "decompress"])]
    assert kinds.count("compress") == 2 and kinds.count("decompress") == 2


def test_failed_decompress_is_listed_then_retried(queue, tmp_path):
    import zstandard

    bad = tmp_path / "broken.zst"
    whole = zstandard.ZstdCompressor().compress(fastq_bytes(2000))
    bad.write_bytes(whole[: len(whole) // 2])  # truncated in the middle of its frame
    out = tmp_path / "out"
    (job,) = queue.decompress([bad], out)
    assert queue.wait([job], timeout=30)
    status = queue.status(job)
    assert status.job.state is State.FAILED
    assert status.job.error_code == ErrorCode.ARCHIVE_CORRUPT.value
    assert not out.exists() or list(out.iterdir()) == []  # no partial output
    # fix the input, retry the same entry
    bad.write_bytes(zstandard.ZstdCompressor().compress(b"fixed"))
    queue.retry(job)
    assert queue.wait([job], timeout=30)
    assert queue.status(job).job.state is State.SUCCEEDED
    assert (out / "broken").read_bytes() == b"fixed"


def test_cancel_remove_and_clear_finished(queue, journal, tmp_path):
    import os

    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        for _ in range(24):
            fh.write(os.urandom(8 * 1024 * 1024))  # 192 MiB: seconds of work, cancelled early
    out = tmp_path / "out"
    (job,) = queue.compress([big], out)
    wait_until(lambda: queue.status(job).job.state is not State.QUEUED, 30, "the job to start")
    queue.cancel(job)
    assert queue.wait([job], timeout=60)
    assert queue.status(job).job.state is State.CANCELLED
    assert list(out.iterdir()) == []  # no output and no temporary file left
    small = tmp_path / "small.txt"
    small.write_text("x")
    (done,) = queue.compress([small], out)
    assert queue.wait([done], timeout=30)
    assert queue.clear_finished() == 2  # the cancelled and the finished job
    assert journal.count_jobs(["compress"]) == 0
    (other,) = queue.compress([small], tmp_path / "out2")
    assert queue.wait([other], timeout=30)
    queue.remove(other)
    with pytest.raises(GeneDeskError):
        journal.job(other)


def test_bad_inputs_are_refused_before_queueing(queue, journal, tmp_path):
    with pytest.raises(GeneDeskError) as info:
        queue.compress([tmp_path / "missing"], tmp_path)
    assert info.value.code is ErrorCode.LOCAL_NOT_FOUND
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "notes.txt").write_text("not compressed\n")
    with pytest.raises(GeneDeskError) as info:
        queue.decompress([tmp_path / "x.zst", plain], tmp_path / "o")  # x.zst does not exist
    assert info.value.code is ErrorCode.LOCAL_NOT_FOUND
    with pytest.raises(GeneDeskError) as info:
        queue.decompress([plain], tmp_path / "o")  # a folder with nothing to decompress
    assert info.value.code is ErrorCode.UNSUPPORTED_FORMAT
    assert info.value.details == {"reason": "no_archives"}
    with pytest.raises(GeneDeskError) as info:
        queue.compress([], tmp_path)
    assert info.value.code is ErrorCode.NOT_SELECTED
    assert journal.count_jobs() == 0


def test_a_folder_is_one_job_with_an_item_per_compressed_file(queue, journal, tmp_path):
    """解压文件 → 选择文件夹: every compressed file in it, into OUTPUT/FOLDER/<subfolder>; a
    damaged one fails alone (as damaged), and a retry after fixing it finishes the job."""
    import zstandard

    batch = tmp_path / "batch"
    (batch / "lane 2").mkdir(parents=True)
    (batch / "a.fastq.zst").write_bytes(zstandard.ZstdCompressor().compress(b"AAAA\n" * 999))
    good = zstandard.ZstdCompressor().compress(b"BBBB\n" * 777)
    (batch / "lane 2" / "b.txt.zst").write_bytes(b"\0\0\0\0" + good[4:])  # damaged start
    (batch / "notes.txt").write_text("not compressed, not listed\n")
    out = tmp_path / "out"
    (job,) = queue.decompress([batch], out)
    items = journal.items(job)
    assert [(i.source, i.destination) for i in items] == [
        (str(batch / "a.fastq.zst"), str(out / "batch")),
        (str(batch / "lane 2" / "b.txt.zst"), str(out / "batch" / "lane 2")),
    ]
    assert queue.wait([job], timeout=30)
    status = queue.status(job)
    assert status.job.state is State.FAILED
    assert status.job.error_code == ErrorCode.ARCHIVE_CORRUPT.value
    assert [i.state for i in journal.items(job)] == [State.SUCCEEDED, State.FAILED]
    assert (out / "batch" / "a.fastq").read_bytes() == b"AAAA\n" * 999
    (batch / "lane 2" / "b.txt.zst").write_bytes(good)
    queue.retry(job)
    assert queue.wait([job], timeout=30)
    status = queue.status(job)
    assert status.job.state is State.SUCCEEDED and status.fraction == 1.0
    assert (out / "batch" / "lane 2" / "b.txt").read_bytes() == b"BBBB\n" * 777
    assert (out / "batch" / "a.fastq").read_bytes() == b"AAAA\n" * 999  # not decompressed twice
    assert not (out / "batch" / "a (1).fastq").exists()


def test_a_queued_job_is_never_seen_without_its_items(journal, tmp_path):
    """A worker scanning for queued jobs while a job was being added could take it before its
    items were written, run nothing and call it done (the compression row then never moved:
    test_live_progress timed out once in a full run). Job and items are one transaction."""
    import threading

    from gene_desk.journal import CODEC_KINDS

    path = tmp_path / "reads.fastq"
    path.write_bytes(fastq_bytes(100))
    seen: list[int] = []
    real_create = journal.create_job

    def look() -> None:  # what a worker does: queued jobs, then their items
        for job in journal.jobs(CODEC_KINDS, [State.QUEUED]):
            seen.append(len(journal.items(job.id)))

    def create_then_look(*args, **kwargs):
        job_id = real_create(*args, **kwargs)
        reader = threading.Thread(target=look)
        reader.start()
        reader.join(0.5)  # bounded: with the fix the reader waits for the commit
        readers.append(reader)
        return job_id

    readers: list[threading.Thread] = []
    journal.create_job = create_then_look
    try:
        CodecQueue(journal).compress([path], tmp_path / "out")
    finally:
        journal.create_job = real_create
    for reader in readers:
        reader.join(10)
    assert seen == [1]
