"""``gene-desk sync`` against the real sandbox: only what differs moves, and it is proved by the
requests the sandbox saw (counted with the fault injector's per-rule use counts).

Files get fixed, old modification times (``OLD``): the CRC cache does not remember a file
modified within two seconds of being read (a same-size rewrite in the same timestamp tick would
go unseen), and the tests must not depend on how fast they run.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State
from tests.transfer.conftest import fastq_bytes

OLD = 1_600_000_000  # 2020-09-13, seconds
NEVER = 10**9  # a rule that never runs out within a test


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def set_time(path: Path, seconds: int) -> None:
    os.utime(path, ns=(seconds * 10**9, seconds * 10**9))


def write(path: Path, data: bytes, when: int = OLD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    set_time(path, when)
    return path


def make_tree(root: Path) -> Path:
    write(root / "lane1" / "a.fastq", fastq_bytes(40, seed=1))
    write(root / "lane1" / "b.fastq", fastq_bytes(40, seed=2))
    write(root / "lane2" / "c.fastq.gz", gzip.compress(fastq_bytes(30, seed=3), mtime=0))
    write(root / "notes.txt", b"run notes\n")
    return root


def keys(storage, bucket, prefix: str = "") -> set[str]:
    return {o.key for o in storage.iter_objects(bucket, prefix)}


def body(storage, bucket, key: str) -> bytes:
    response = storage.clients.client(bucket.region).get_object(Bucket=bucket.name, Key=key)
    return response["Body"].get_raw_stream().read()


def put(storage, bucket, key: str, data: bytes) -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=data)


class Requests:
    """Counts the sandbox's requests by method on one bucket: a zero-delay latency rule per
    method, whose remaining use count drops by one per matching request."""

    METHODS = ("GET", "HEAD", "PUT", "POST", "DELETE")

    def __init__(self, faults, bucket) -> None:
        self.faults = faults
        self.rules = {
            m: faults.add_latency(0.0, count=NEVER, method=m, path=f"^/{bucket.name}(/|$)")
            for m in self.METHODS
        }

    def counts(self) -> dict[str, int]:
        left = {r["id"]: r["count"] for r in self.faults.rules()}
        return {m: NEVER - left.get(rule, 0) for m, rule in self.rules.items()}

    def stop(self) -> dict[str, int]:
        counts = self.counts()
        for rule in self.rules.values():
            self.faults.remove(rule)
        return counts


def sync_json(capsys, *argv) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "sync", "--json", *argv)
    return code, json.loads(out), err


@pytest.fixture
def tree(tmp_path) -> Path:
    return make_tree(tmp_path / "run1")


def test_upload_then_resync_sends_no_object_bytes(
    capsys, account_env, storage, bucket, faults, tree
):
    dest = f"cos://{bucket.name}/runs/run1/"
    code, result, err = sync_json(capsys, str(tree), dest)
    assert code == 0, err
    assert result["plan"]["counts"] == {"new": 4, "changed": 0, "unchanged": 0, "extra": 0}
    assert keys(storage, bucket) == {
        "runs/run1/lane1/a.fastq.zst",
        "runs/run1/lane1/b.fastq.zst",
        "runs/run1/lane2/c.fastq.gz",  # already compressed: sent as it is
        "runs/run1/notes.txt.zst",
    }
    assert (
        body(storage, bucket, "runs/run1/lane2/c.fastq.gz")
        == (tree / "lane2/c.fastq.gz").read_bytes()
    )

    seen = Requests(faults, bucket)
    code, result, err = sync_json(capsys, str(tree), dest)
    counts = seen.stop()
    assert code == 0, err
    assert result["plan"]["counts"] == {"new": 0, "changed": 0, "unchanged": 4, "extra": 0}
    assert result["job"] is None
    # one listing and nothing else: no object sent, none asked about, no file read
    assert counts == {"GET": 1, "HEAD": 0, "PUT": 0, "POST": 0, "DELETE": 0}
    assert result["plan"]["stats"]["files_read"] == 0


def test_changed_file_of_the_same_size_is_sent_again(
    capsys, account_env, storage, bucket, faults, tree
):
    dest = f"cos://{bucket.name}/r/"
    workers = os.environ.get("GENE_DESK_WORKER_PROCESSES")
    assert run(capsys, "sync", str(tree), dest)[0] == 0
    # a few files go without worker processes, and the setting is this run's only
    assert os.environ.get("GENE_DESK_WORKER_PROCESSES") == workers
    changed = tree / "lane1" / "a.fastq"
    data = bytearray(changed.read_bytes())
    data[10:14] = b"TTTT" if data[10:14] != b"TTTT" else b"GGGG"  # same size, new content
    write(changed, bytes(data), OLD + 60)

    seen = Requests(faults, bucket)
    code, result, err = sync_json(capsys, str(tree), dest)
    counts = seen.stop()
    assert code == 0, err
    assert result["plan"]["counts"] == {"new": 0, "changed": 1, "unchanged": 3, "extra": 0}
    assert [e["path"] for e in result["plan"]["changed"]] == ["lane1/a.fastq"]
    assert counts["PUT"] == 1 and counts["HEAD"] == 0
    assert result["plan"]["stats"]["files_read"] == 1  # only the file whose mtime changed
    # what is on COS now decompresses to the new content
    out = tree.parent / "back"
    code, _, err = run(capsys, "download", f"cos://{bucket.name}/r/lane1/a.fastq.zst", str(out))
    assert code == 0, err
    assert (out / "a.fastq").read_bytes() == bytes(data)


def test_extras_are_listed_and_deleted_only_with_delete(capsys, account_env, storage, bucket, tree):
    dest = f"cos://{bucket.name}/r/"
    assert run(capsys, "sync", str(tree), dest)[0] == 0
    put(storage, bucket, "r/old.txt", b"gone locally")
    put(storage, bucket, "r/lane1/a.fastq", b"a stale plain copy")  # twin of a.fastq.zst
    put(storage, bucket, "elsewhere.txt", b"outside the prefix")

    code, out, err = run(capsys, "sync", "--dry-run", str(tree), dest)
    assert code == 0, err
    assert "plan: 0 new, 0 changed, 4 unchanged, 2 extra (kept: --delete removes them)" in out
    assert "extra      old.txt" in out
    code, _, err = run(capsys, "sync", str(tree), dest)
    assert code == 0, err
    assert {"r/old.txt", "r/lane1/a.fastq"} <= keys(storage, bucket)  # kept without --delete

    code, out, err = run(capsys, "sync", "--delete", str(tree), dest)
    assert code == 0, err
    assert f"deleted cos://{bucket.name}/r/old.txt" in err
    assert keys(storage, bucket) == {
        "elsewhere.txt",
        "r/lane1/a.fastq.zst",
        "r/lane1/b.fastq.zst",
        "r/lane2/c.fastq.gz",
        "r/notes.txt.zst",
    }
    job = Journal().jobs(["upload"])[0]
    assert job.state is State.SUCCEEDED and job.options["sync"]["delete"] is True


def test_filters_decide_what_is_synced_and_protect_what_they_exclude(
    capsys, account_env, storage, bucket, tree, tmp_path
):
    write(tree / ".git" / "objects" / "ab" / "cdef", b"git object")
    write(tree / ".DS_Store", b"finder")
    write(tree / "lane1" / "big.fastq", fastq_bytes(400, seed=9))
    write(tree / "tmp" / "scratch.log", b"log")
    patterns = write(tmp_path / "exclude.txt", b"# scratch\n*.log\n\n")
    put(storage, bucket, "r/tmp/keep.log.zst", b"excluded on COS too: never deleted")
    dest = f"cos://{bucket.name}/r/"
    code, result, err = sync_json(
        capsys,
        "--exclude-defaults",
        "--exclude-from",
        str(patterns),
        "--max-size",
        "20k",
        "--delete",
        str(tree),
        dest,
    )
    assert code == 0, err
    assert keys(storage, bucket) == {
        "r/lane1/a.fastq.zst",
        "r/lane1/b.fastq.zst",
        "r/lane2/c.fastq.gz",
        "r/notes.txt.zst",
        "r/tmp/keep.log.zst",
    }
    # includes first (command-line order), then the implied exclude of everything else
    code, result, err = sync_json(
        capsys, "--dry-run", "--include", "lane1/**", "--exclude", "*.fastq", str(tree), dest
    )
    assert code == 0, err
    paths = sorted(e["path"] for a in ("new", "unchanged") for e in result["plan"][a])
    assert paths == ["lane1/a.fastq", "lane1/b.fastq", "lane1/big.fastq"]


def test_crc_of_a_compressed_multipart_object_comes_from_one_trailer_range_get(
    capsys, account_env, storage, bucket, faults, tmp_path
):
    """A compressed multipart upload's metadata has no CRC-64 (fixed before it was known; with
    the MD5 recorded, a copy onto itself adds both, so --no-md5 here): sync reads the trailer
    with one suffix range GET, no HEAD, and nothing is sent."""
    folder = tmp_path / "big"
    reads = write(folder / "reads.fastq", fastq_bytes(12_000, seed=5))  # ~2.5 MiB
    dest = f"cos://{bucket.name}/b/"
    code, _, err = run(capsys, "upload", "--no-md5", "--part-size", "1M", str(reads), dest)
    assert code == 0, err
    info = storage.head_object(bucket, "b/reads.fastq.zst")
    assert info.metadata.get("gd-codec") == "zstd" and "gd-crc64" not in info.metadata

    seen = Requests(faults, bucket)
    code, result, err = sync_json(capsys, "--dry-run", str(folder), dest)
    counts = seen.stop()
    assert code == 0, err
    assert result["plan"]["counts"]["unchanged"] == 1
    assert counts == {"GET": 2, "HEAD": 0, "PUT": 0, "POST": 0, "DELETE": 0}  # list + tail
    assert result["plan"]["stats"]["range_gets"] == 1

    # the same size, another content: the trailer's CRC-64 tells them apart
    data = bytearray(reads.read_bytes())
    data[100] = ord("T") if data[100] != ord("T") else ord("G")
    write(reads, bytes(data), OLD + 5)
    code, result, err = sync_json(capsys, "--dry-run", str(folder), dest)
    assert code == 0, err
    assert result["plan"]["counts"]["changed"] == 1
    assert result["plan"]["stats"]["range_gets"] == 0  # the trailer's facts are remembered


def test_cache_is_trusted_until_mtime_or_size_changes(capsys, account_env, bucket, tree):
    dest = f"cos://{bucket.name}/r/"
    assert run(capsys, "sync", str(tree), dest)[0] == 0
    _, result, _ = sync_json(capsys, "--dry-run", str(tree), dest)
    assert result["plan"]["stats"]["files_read"] == 0

    set_time(tree / "notes.txt", OLD + 100)  # touched, same content
    _, result, _ = sync_json(capsys, "--dry-run", str(tree), dest)
    assert result["plan"]["stats"]["files_read"] == 1
    assert result["plan"]["counts"]["unchanged"] == 4
    _, result, _ = sync_json(capsys, "--dry-run", str(tree), dest)
    assert result["plan"]["stats"]["files_read"] == 0  # remembered again

    write(tree / "notes.txt", b"run notes, longer\n", OLD + 100)  # same mtime, new size
    _, result, _ = sync_json(capsys, "--dry-run", str(tree), dest)
    assert [e["path"] for e in result["plan"]["changed"]] == ["notes.txt"]


def test_download_direction(capsys, account_env, storage, bucket, faults, tree, tmp_path):
    source = f"cos://{bucket.name}/r/"
    assert run(capsys, "sync", str(tree), source)[0] == 0
    local = tmp_path / "copy"
    code, result, err = sync_json(capsys, source, str(local))
    assert code == 0, err
    assert result["plan"]["counts"] == {"new": 4, "changed": 0, "unchanged": 0, "extra": 0}
    for rel in ("lane1/a.fastq", "lane1/b.fastq", "lane2/c.fastq.gz", "notes.txt"):
        assert (local / rel).read_bytes() == (tree / rel).read_bytes(), rel
    for path in local.rglob("*"):
        if path.is_file():
            set_time(path, OLD)

    seen = Requests(faults, bucket)
    code, result, err = sync_json(capsys, source, str(local))
    counts = seen.stop()
    assert code == 0, err
    assert result["plan"]["counts"]["unchanged"] == 4
    assert counts == {"GET": 1, "HEAD": 0, "PUT": 0, "POST": 0, "DELETE": 0}  # the listing

    write(local / "stray.txt", b"only here")
    put(storage, bucket, "r/notes.txt.zst", b"")  # replaced on COS by something else
    assert (
        run(capsys, "upload", "--on-conflict", "overwrite", str(tree / "notes.txt"), source)[0] == 0
    )
    write(tree / "notes.txt", b"new notes\n", OLD + 10)
    assert run(capsys, "sync", str(tree), source)[0] == 0
    code, result, err = sync_json(capsys, "--delete", source, str(local))
    assert code == 0, err
    assert result["plan"]["counts"] == {"new": 0, "changed": 1, "unchanged": 3, "extra": 1}
    assert (local / "notes.txt").read_bytes() == b"new notes\n"
    assert not (local / "stray.txt").exists()


def test_bad_arguments_are_coded_errors(capsys, account_env, bucket, tmp_path):
    code, _, err = run(capsys, "sync", str(tmp_path), str(tmp_path / "x"))
    assert code == 1 and "(INVALID_ARGUMENT)" in err and "Traceback" not in err
    code, _, err = run(capsys, "sync", str(tmp_path / "missing"), f"cos://{bucket.name}/x/")
    assert code == 1 and "(LOCAL_NOT_FOUND)" in err
    code, _, err = run(capsys, "sync", "--exclude", "[abc", str(tmp_path), f"cos://{bucket.name}/")
    assert code == 1 and "bad filter pattern" in err and "(INVALID_ARGUMENT)" in err
    code, _, err = run(
        capsys,
        "sync",
        "--min-size",
        "2M",
        "--max-size",
        "1M",
        str(tmp_path),
        f"cos://{bucket.name}/",
    )
    assert code == 1 and "(INVALID_ARGUMENT)" in err


def test_an_interrupted_sync_is_resumed_by_the_same_command(
    capsys, account_env, storage, bucket, tree
):
    """A sync is a job like any other: left queued (the app quit before it ran), the same
    command adopts and finishes it instead of planning a second one."""
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.sync import jobs
    from gene_desk.transfer.sync.crc_cache import SyncCache
    from gene_desk.transfer.sync.model import UPLOAD, SyncSpec
    from gene_desk.transfer.sync.planner import plan_sync

    spec = SyncSpec(UPLOAD, tree.resolve(), bucket, "r/")
    journal = Journal()
    manager = TransferManager(storage, journal)  # never started: its job waits, as after a quit
    job_id = jobs.queue(manager, plan_sync(storage, spec, SyncCache()))
    manager.shutdown()
    assert journal.job(job_id).state is State.QUEUED and not keys(storage, bucket)

    code, _, err = run(capsys, "sync", str(tree), f"cos://{bucket.name}/r/")
    assert code == 0, err
    assert f"resuming sync job {job_id}" in err
    assert len(keys(storage, bucket)) == 4
    assert journal.job(job_id).state is State.SUCCEEDED
    assert [j.id for j in journal.jobs(["upload"])] == [job_id]
    journal.close()


def test_what_cannot_be_read_fails_the_sync_and_its_objects_are_not_deleted(
    capsys, account_env, storage, bucket, tree
):
    dest = f"cos://{bucket.name}/r/"
    assert run(capsys, "sync", str(tree), dest)[0] == 0
    (tree / "notes.txt").unlink()
    (tree / "notes.txt").symlink_to(tree / "nowhere")  # a broken link where the file was
    code, out, err = run(capsys, "sync", "--delete", str(tree), dest)
    assert code == 1
    assert "broken symbolic link" in out and "(LOCAL_NOT_FOUND)" in out
    assert "r/notes.txt.zst" in keys(storage, bucket)  # not known to be gone: kept
    assert "FAILED" in err and "notes.txt" in err


def test_storage_class_and_archived_objects(capsys, account_env, storage, bucket, tree, tmp_path):
    """Upload: --storage-class as for upload. Download: an archived object that is not restored
    is a problem of the plan, refused with the restore to run, and the rest comes down."""
    source = f"cos://{bucket.name}/r/"
    code, _, err = run(capsys, "sync", "--storage-class", "ARCHIVE", str(tree / "lane1"), source)
    assert code == 0, err
    classes = {o.key: o.storage_class for o in storage.iter_objects(bucket, "r/")}
    assert classes == {"r/a.fastq.zst": "ARCHIVE", "r/b.fastq.zst": "ARCHIVE"}
    assert run(capsys, "sync", str(tree / "lane2"), f"cos://{bucket.name}/r/more/")[0] == 0

    local = tmp_path / "copy"
    code, result, _ = sync_json(capsys, source, str(local))
    assert code == 1
    problems = {p["path"]: p["code"] for p in result["plan"]["problems"]}
    assert problems == {"a.fastq": "OBJECT_ARCHIVED", "b.fastq": "OBJECT_ARCHIVED"}
    assert (local / "more" / "c.fastq.gz").read_bytes() == (tree / "lane2/c.fastq.gz").read_bytes()
    assert not (local / "a.fastq").exists()
    code, _, err = run(capsys, "sync", "--storage-class", "ARCHIVE", source, str(local))
    assert code == 1 and "(INVALID_ARGUMENT)" in err
