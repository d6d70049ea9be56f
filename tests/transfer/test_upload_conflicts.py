"""Upload conflicts in the engine: the check before queueing, the window's per-file decisions,
keep-both names, and skipped items settled in the list (gene_desk/transfer/upload_conflicts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gene_desk.core.errors import GeneDeskError
from gene_desk.journal import NewItem, State
from gene_desk.transfer.plan import plan_upload
from gene_desk.transfer.upload import MODE_AS_IS, MODE_PLAIN, MODE_TAR_ZSTD, MODE_ZSTD
from gene_desk.transfer.upload_conflicts import (
    ConflictResolver,
    OnConflict,
    RemoteKeys,
    check_upload,
    twin_key,
)
from tests.transfer.conftest import object_bytes, run_jobs


def put(storage, bucket, key: str, body: bytes = b"old") -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=body)


def test_twins_are_the_key_with_and_without_zst():
    assert twin_key("a/x.fastq") == "a/x.fastq.zst"
    assert twin_key("a/x.fastq.zst") == "a/x.fastq"
    assert twin_key("a/.zst") == "a/.zst.zst"  # no empty name
    assert twin_key("a/folder/") is None


@pytest.mark.parametrize(
    ("key", "mode", "taken", "expected"),
    [
        ("in/x.fastq.zst", MODE_ZSTD, set(), "in/x (1).fastq.zst"),
        ("in/run1.tar.zst", MODE_TAR_ZSTD, set(), "in/run1 (1).tar.zst"),
        ("s.R1.fastq.gz", MODE_AS_IS, set(), "s.R1 (1).fastq.gz"),
        ("in/data", MODE_PLAIN, set(), "in/data (1)"),
        ("in/x.fastq", MODE_PLAIN, {"in/x (1).fastq.zst"}, "in/x (2).fastq"),  # twin taken
        ("in/x.fastq.zst", MODE_ZSTD, {"in/x (1).fastq"}, "in/x (2).fastq.zst"),
    ],
)
def test_keep_both_numbers_the_name_before_the_compression_suffix(key, mode, taken, expected):
    resolver = ConflictResolver(RemoteKeys({key, *taken}), OnConflict.RENAME)
    assert resolver.free_key(key, mode) == expected


def test_names_this_upload_gives_are_not_given_twice():
    resolver = ConflictResolver(RemoteKeys({"x.fastq.zst"}), OnConflict.RENAME)
    options: dict = {}
    first = resolver.resolve(NewItem("/a/x.fastq", "x.fastq.zst", 1, None, MODE_ZSTD), options)
    second = resolver.resolve(NewItem("/b/x.fastq", "x.fastq.zst", 1, None, MODE_ZSTD), options)
    assert (first.destination, second.destination) == ("x (1).fastq.zst", "x (2).fastq.zst")


def _folder(root: Path, n: int) -> Path:
    (root / "sub").mkdir(parents=True)
    for i in range(n):
        (root / "sub" / f"f{i:03}.txt").write_text(f"new {i}")
    return root


def test_check_lists_once_and_never_heads_each_file(storage, bucket, tmp_path, faults):
    """A folder of 40 files, 10 of them there already (one as its .zst twin): found by listing.
    Every HEAD fails, so a check that asked file by file could not pass."""
    src = _folder(tmp_path / "run1", 40)
    for i in range(0, 9):
        put(storage, bucket, f"in/run1/sub/f{i:03}.txt")
    put(storage, bucket, "in/run1/sub/f039.txt.zst")
    put(storage, bucket, "in/other/f001.txt")  # elsewhere: not a conflict
    faults.fail_next(None, code="AccessDenied", method="HEAD")
    planned = plan_upload([src], bucket, "in/", compress=False)
    check = check_upload(storage, bucket, planned)
    found = {(Path(c.source).name, c.existing) for c in check.conflicts}
    assert found == {
        *((f"f{i:03}.txt", (f"in/run1/sub/f{i:03}.txt",)) for i in range(9)),
        ("f039.txt", ("in/run1/sub/f039.txt.zst",)),
    }
    assert [c.twin_only for c in check.conflicts].count(True) == 1
    with pytest.raises(GeneDeskError):  # the fault is live: a HEAD would have failed the check
        storage.head_object(bucket, "in/run1/sub/f000.txt")


def test_window_decisions_per_file_and_undecided_keeps_both(manager, storage, bucket, tmp_path):
    src = _folder(tmp_path / "run1", 4)
    for i in range(3):
        put(storage, bucket, f"run1/sub/f{i:03}.txt")
    planned = plan_upload([src], bucket, "", compress=False)
    check = check_upload(storage, bucket, planned)
    assert len(check.conflicts) == 3
    decisions = {
        str(src / "sub" / "f000.txt"): OnConflict.SKIP,
        str(src / "sub" / "f001.txt"): OnConflict.OVERWRITE,
    }  # f002: nobody asked -> keep both
    (job_id,) = manager.upload(
        [src], bucket, "", compress=False, on_conflict=OnConflict.ASK, decisions=decisions,
        remote=check.remote,
    )  # fmt: skip
    run_jobs(manager, [job_id])
    keys = {o.key for o in storage.iter_objects(bucket, "run1/")}
    assert keys == {f"run1/sub/f{i:03}.txt" for i in range(4)} | {"run1/sub/f002 (1).txt"}
    assert object_bytes(storage, bucket, "run1/sub/f000.txt") == b"old"
    assert object_bytes(storage, bucket, "run1/sub/f001.txt") == b"new 1"
    assert object_bytes(storage, bucket, "run1/sub/f002.txt") == b"old"
    job = manager.journal.job(job_id)
    assert job.state is State.SUCCEEDED and job.options["skipped"] == 1
    skipped = [i for i in manager.journal.items(job_id) if i.mode == "skipped"]
    assert [Path(i.source).name for i in skipped] == ["f000.txt"]
    assert skipped[0].state is State.SUCCEEDED and "already exists" in skipped[0].note


def test_skipping_everything_settles_the_job_without_sending(
    storage, journal, settings, bucket, tmp_path
):
    from gene_desk.transfer.manager import TransferManager

    events: list[tuple[int, int]] = []

    class Listener:
        def job_changed(self, job_id):
            pass

        def progress(self, job_id):
            pass

        def item_changed(self, job_id, item_id):
            events.append((job_id, item_id))

    src = _folder(tmp_path / "run1", 20)
    for i in range(20):
        put(storage, bucket, f"run1/sub/f{i:03}.txt")
    manager = TransferManager(storage, journal, settings, Listener()).start()
    try:
        (job_id,) = manager.upload([src], bucket, "", compress=False, on_conflict="skip")
        run_jobs(manager, [job_id])
    finally:
        manager.shutdown()
    items = journal.items(job_id)
    assert {(i.state, i.mode, i.attempts) for i in items} == {(State.SUCCEEDED, "skipped", 0)}
    assert {item_id for _, item_id in events} == {i.id for i in items}  # each one reported
    assert journal.job(job_id).state is State.SUCCEEDED
    assert all(object_bytes(storage, bucket, f"run1/sub/f{i:03}.txt") == b"old" for i in range(20))


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError):
        ConflictResolver(RemoteKeys(), "sometimes")  # type: ignore[arg-type]
