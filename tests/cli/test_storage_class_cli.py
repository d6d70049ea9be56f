"""Storage classes and restores from the command line, through `main()` against the sandbox:
``upload --storage-class``, the class in ``ls``, ``restore``, and ``download`` refusing an
archived object or restoring it first with ``--restore`` (issue 15, items 2-3).

Restores take the sandbox's archive clock; ``download --restore`` spends its waits through
``restore_cmds.pause``, which these tests point at that clock: the waits are skipped, not slept.
"""

from __future__ import annotations

import json

import pytest

from gene_desk.cli import restore_cmds
from gene_desk.cli.main import main
from gene_desk.journal import Journal


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _put(storage, bucket, key: str, data: bytes, cls: str = "STANDARD") -> None:
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key=key, Body=data, StorageClass=cls
    )


@pytest.fixture
def waits(monkeypatch, archive_clock):
    """Each wait of ``download --restore`` moves the archive clock instead of sleeping."""
    seen: list[float] = []

    def skip(seconds: float) -> None:
        seen.append(seconds)
        archive_clock.advance(seconds)

    monkeypatch.setattr(restore_cmds, "pause", skip)
    return seen


def test_upload_with_a_storage_class_and_ls_shows_it(capsys, account_env, bucket, tmp_path):
    src = tmp_path / "r1.fastq"
    src.write_bytes(b"@r\nACGT\n+\nIIII\n" * 100)
    url = f"cos://{bucket.name}/cold/"
    code, _, err = run(capsys, "upload", "--storage-class", "archive", str(src), url)
    assert code == 0, err
    code, _, err = run(capsys, "upload", "--no-compress", str(src), f"cos://{bucket.name}/warm/")
    assert code == 0, err
    code, out, _ = run(capsys, "ls", "-r", f"cos://{bucket.name}/")
    lines = {line.split()[-1]: line for line in out.splitlines()}
    assert " ARCHIVE " in lines["cold/r1.fastq.zst"]
    assert " STANDARD " in lines["warm/r1.fastq"]
    code, out, _ = run(capsys, "ls", f"cos://{bucket.name}/cold/", "--json")
    assert [(e["key"], e["storage_class"]) for e in json.loads(out)] == [
        ("cold/r1.fastq.zst", "ARCHIVE")
    ]


def test_upload_storage_class_refusals(capsys, account_env, bucket, tmp_path, storage):
    src = tmp_path / "x.txt"
    src.write_text("x")
    with pytest.raises(SystemExit) as info:  # not a COS class: usage error, nothing sent
        main(["upload", "--storage-class", "GLACIER", str(src), f"cos://{bucket.name}/"])
    assert info.value.code == 2
    assert "unknown storage class 'GLACIER'" in capsys.readouterr().err
    # "存储类型概述": MAZ_ classes are for multi-AZ buckets; refused before any upload
    code, _, err = run(
        capsys, "upload", "--storage-class", "MAZ_STANDARD", str(src), f"cos://{bucket.name}/"
    )
    assert code == 1 and "INVALID_ARGUMENT" in err and "multi-AZ" in err
    assert list(storage.iter_objects(bucket)) == [] and Journal().count_jobs() == 0


def test_download_of_an_archived_object_is_refused_with_the_restore_offered(
    capsys, account_env, bucket, storage, tmp_path
):
    _put(storage, bucket, "cold.bam", b"bam", "DEEP_ARCHIVE")
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "download", f"cos://{bucket.name}/cold.bam", str(out_dir))
    assert code == 1 and "(OBJECT_ARCHIVED)" in err and "Traceback" not in err
    assert f"gene-desk restore cos://{bucket.name}/cold.bam" in err and "--restore" in err
    assert not (out_dir / "cold.bam").exists() and Journal().count_jobs() == 0


def test_restore_command(capsys, account_env, bucket, storage, tmp_path, archive_clock):
    _put(storage, bucket, "d/a.bam", b"a", "ARCHIVE")
    _put(storage, bucket, "d/b.bam", b"b", "DEEP_ARCHIVE")
    _put(storage, bucket, "d/c.txt", b"c")
    base = f"cos://{bucket.name}"
    code, _, err = run(capsys, "restore", f"{base}/d/a.bam", "--tier", "expedited", "--days", "1")
    assert code == 0 and "restore started" in err and "Expedited, 1 days" in err
    code, _, err = run(capsys, "restore", f"{base}/d/a.bam")
    assert code == 0 and "already being restored" in err
    # DEEP_ARCHIVE has no Expedited: refused for one object, fitted for a prefix
    code, _, err = run(capsys, "restore", f"{base}/d/b.bam", "--tier", "Expedited")
    assert code == 1 and "INVALID_ARGUMENT" in err and "Standard or Bulk" in err
    code, _, err = run(capsys, "restore", f"{base}/d/c.txt")
    assert code == 1 and "only ARCHIVE and DEEP_ARCHIVE" in err
    code, _, err = run(capsys, "restore", f"{base}/d/")
    assert code == 1 and "use -r" in err
    code, _, err = run(capsys, "restore", "-r", f"{base}/d", "--tier", "Expedited")
    assert code == 0, err
    assert "1 restore(s) started or extended, 1 already in progress, 0 failed, 1 not archived" in (
        err
    )
    with pytest.raises(SystemExit) as info:
        main(["restore", f"{base}/d/a.bam", "--days", "0"])
    assert info.value.code == 2 and "1 to 365" in capsys.readouterr().err
    archive_clock.advance(61)
    code, _, err = run(capsys, "download", f"{base}/d/a.bam", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "a.bam").read_bytes() == b"a"
    code, _, err = run(capsys, "restore", f"{base}/d/a.bam", "--days", "7")
    assert code == 0 and "restore extended" in err


def test_folder_download_lists_archived_objects_and_downloads_the_rest(
    capsys, account_env, bucket, storage, tmp_path
):
    _put(storage, bucket, "run/a.txt", b"a")
    _put(storage, bucket, "run/cold/b.bam", b"b", "ARCHIVE")
    code, _, err = run(capsys, "download", f"cos://{bucket.name}/run/", str(tmp_path / "out"))
    # exit 1: not everything was downloaded; the archived object is named with its code
    assert code == 1
    assert "FAILED  run/cold/b.bam" in err and "(OBJECT_ARCHIVED)" in err
    assert "1 done, 1 failed" in err
    assert (tmp_path / "out" / "run" / "a.txt").read_bytes() == b"a"
    assert not (tmp_path / "out" / "run" / "cold" / "b.bam").exists()


def test_download_restore_restores_waits_with_backoff_then_downloads(
    capsys, account_env, bucket, storage, tmp_path, waits
):
    _put(storage, bucket, "run/a.txt", b"a")
    _put(storage, bucket, "run/cold/b.bam", b"b", "ARCHIVE")
    _put(storage, bucket, "run/cold/c.bam", b"c", "DEEP_ARCHIVE")
    out_dir = tmp_path / "out"
    # a bare --restore is Standard and never swallows the next word (the source)
    code, _, err = run(capsys, "download", "--restore", f"cos://{bucket.name}/run/", str(out_dir))
    assert code == 0, err
    assert "restore started: cos://" in err and "waiting for restores: 0 of 2 restored" in err
    assert f"restored: cos://{bucket.name}/run/cold/b.bam" in err
    # Standard: ARCHIVE 3 h, DEEP_ARCHIVE 12 h; polls back off from 5 s to 5 minutes
    assert waits[:7] == [5, 10, 20, 40, 80, 160, 300] and set(waits[7:]) == {300}
    assert 12 * 3600 <= sum(waits) < 12 * 3600 + 300
    for name, data in (("a.txt", b"a"), ("cold/b.bam", b"b"), ("cold/c.bam", b"c")):
        assert (out_dir / "run" / name).read_bytes() == data


def test_download_restore_with_a_tier_and_nothing_archived(
    capsys, account_env, bucket, storage, tmp_path, waits
):
    _put(storage, bucket, "cold.bam", b"x", "ARCHIVE")
    url = f"cos://{bucket.name}/cold.bam"
    code, _, err = run(capsys, "download", url, str(tmp_path / "o1"), "--restore=expedited")
    assert code == 0, err
    assert waits == [5, 10, 20, 40]  # Expedited: one minute
    code, _, err = run(capsys, "download", url, str(tmp_path / "o2"), "--restore")
    assert code == 0 and "waiting" not in err and waits == [5, 10, 20, 40]  # restored already
    assert (tmp_path / "o2" / "cold.bam").read_bytes() == b"x"
    with pytest.raises(SystemExit) as info:
        main(["download", url, str(tmp_path / "o3"), "--restore=soon"])
    assert info.value.code == 2
