"""``gene-desk download`` of several sources of which one is archived, and ``transfers retry``
once it is restored, against the sandbox (its archive clock stands for the hours a restore
takes).

- One archived object among several sources used to refuse the whole command: nothing came
  down. Now the others download; the archived one is a failed item with OBJECT_ARCHIVED and its
  message, and the exit status is 1. A single archived source is still refused outright (with
  the restore to run: tests/cli/test_storage_class_cli.py).
- A retry of such an item failed again with the stale refusal after the object was restored
  (re-running the download worked). A retry now asks COS again (HEAD) and downloads it.
"""

from __future__ import annotations

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _put(storage, bucket, key: str, data: bytes, cls: str = "STANDARD") -> None:
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key=key, Body=data, StorageClass=cls
    )


def _restore(capsys, url: str) -> None:
    code, _, err = run(capsys, "restore", url, "--tier", "expedited", "--days", "1")
    assert code == 0, err


def _archived_job(journal: Journal):
    (job,) = [j for j in journal.jobs(["download"]) if j.title == "cold.bam"]
    return job


def test_one_archived_source_fails_alone_and_retry_downloads_it_once_restored(
    capsys, account_env, bucket, storage, tmp_path, archive_clock
):
    _put(storage, bucket, "a.txt", b"a")
    _put(storage, bucket, "cold.bam", b"cold", "ARCHIVE")
    _put(storage, bucket, "b.txt", b"b")
    base = f"cos://{bucket.name}"
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "download", f"{base}/a.txt", f"{base}/cold.bam", f"{base}/b.txt", str(out)
    )
    assert code == 1, err
    assert (out / "a.txt").read_bytes() == b"a" and (out / "b.txt").read_bytes() == b"b"
    assert not (out / "cold.bam").exists()
    assert "FAILED  cold.bam:" in err and "(OBJECT_ARCHIVED)" in err
    assert f"gene-desk restore {base}/cold.bam" in err  # the coded message says what to do
    journal = Journal()
    job = _archived_job(journal)
    assert job.state is State.FAILED
    # a retry before the restore has finished says so, from a fresh look at the object
    _restore(capsys, f"{base}/cold.bam")
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 1 and "(RESTORE_IN_PROGRESS)" in err, err
    archive_clock.advance(61)  # Expedited: one minute
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 0, err
    assert (out / "cold.bam").read_bytes() == b"cold"
    (item,) = Journal().items(job.id)
    assert item.state is State.SUCCEEDED and "must be restored" not in item.note


def test_retry_of_an_archived_object_in_a_folder_after_its_restore(
    capsys, account_env, bucket, storage, tmp_path, archive_clock
):
    _put(storage, bucket, "run/a.txt", b"a")
    _put(storage, bucket, "run/cold/b.bam", b"b", "DEEP_ARCHIVE")
    base = f"cos://{bucket.name}"
    out = tmp_path / "out"
    code, _, err = run(capsys, "download", f"{base}/run/", str(out))
    assert code == 1 and "(OBJECT_ARCHIVED)" in err, err
    (job,) = Journal().jobs(["download"])
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 1 and "(OBJECT_ARCHIVED)" in err, err  # still archived: refused again
    code, _, err = run(capsys, "restore", f"{base}/run/cold/b.bam", "--tier", "standard")
    assert code == 0, err
    archive_clock.advance(12 * 3600 + 1)  # DEEP_ARCHIVE, Standard: 12 hours
    code, _, err = run(capsys, "transfers", "retry", str(job.id))
    assert code == 0, err
    assert (out / "run" / "cold" / "b.bam").read_bytes() == b"b"
    assert (out / "run" / "a.txt").read_bytes() == b"a"
    assert Journal().job(job.id).state is State.SUCCEEDED


def test_an_archived_source_in_another_bucket_does_not_stop_the_first(
    capsys, account_env, bucket, storage, tmp_path
):
    """Sources are planned bucket by bucket: an archived one in the second bucket used to raise
    after the first bucket's job was queued, so that job never ran."""
    other = storage.create_bucket(f"{bucket.short_name}x", bucket.region)
    _put(storage, bucket, "a.txt", b"a")
    _put(storage, other, "cold.bam", b"cold", "DEEP_ARCHIVE")
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "download", f"cos://{bucket.name}/a.txt", f"cos://{other.name}/cold.bam", str(out)
    )
    assert code == 1 and "(OBJECT_ARCHIVED)" in err, err
    assert (out / "a.txt").read_bytes() == b"a"
    assert {j.state for j in Journal().jobs(["download"])} == {State.SUCCEEDED, State.FAILED}
