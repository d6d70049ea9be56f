"""``gene-desk upload --on-conflict overwrite|skip|rename`` against the real sandbox.

The rule (gene_desk/transfer/upload_conflicts.py): an upload conflicts when its key exists or the
same key with or without ``.zst`` does (``x.fastq`` and ``x.fastq.zst`` are one file to a user).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gene_desk.cli.main import main
from gene_desk.journal import Journal, State
from tests.transfer.conftest import fastq_bytes


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def put(storage, bucket, key: str, body: bytes) -> None:
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key=key, Body=body)


def body(storage, bucket, key: str) -> bytes:
    response = storage.clients.client(bucket.region).get_object(Bucket=bucket.name, Key=key)
    return response["Body"].get_raw_stream().read()


def keys(storage, bucket, prefix: str = "") -> set[str]:
    return {o.key for o in storage.iter_objects(bucket, prefix)}


@pytest.fixture
def reads(tmp_path) -> Path:
    path = tmp_path / "x.fastq"
    path.write_bytes(fastq_bytes(300))
    return path


def test_default_overwrites_the_existing_object(capsys, account_env, storage, bucket, reads):
    put(storage, bucket, "in/x.fastq", b"old")
    code, _, err = run(capsys, "upload", "--no-compress", str(reads), f"cos://{bucket.name}/in/")
    assert code == 0, err
    assert body(storage, bucket, "in/x.fastq") == reads.read_bytes()
    assert keys(storage, bucket) == {"in/x.fastq"}
    assert "replaced the existing object" in err


def test_skip_leaves_the_object_and_says_so(capsys, account_env, storage, bucket, reads):
    put(storage, bucket, "in/x.fastq.zst", b"old")
    dest = f"cos://{bucket.name}/in/"
    code, _, err = run(capsys, "upload", "--on-conflict", "skip", str(reads), dest)
    assert code == 0, err  # skipping was asked for: nothing failed
    assert body(storage, bucket, "in/x.fastq.zst") == b"old"
    assert keys(storage, bucket) == {"in/x.fastq.zst"}
    assert f"skipped {reads} (in/x.fastq.zst already exists)" in err
    assert "0 done, 0 failed, 1 skipped" in err
    (item,) = Journal().items(Journal().jobs(["upload"])[0].id)
    assert item.state is State.SUCCEEDED and item.mode == "skipped"


def test_rename_keeps_both_with_the_number_before_the_compression_suffix(
    capsys, account_env, storage, bucket, reads
):
    put(storage, bucket, "in/x.fastq.zst", b"old")
    dest = f"cos://{bucket.name}/in/"
    for _ in range(2):
        code, _, err = run(capsys, "upload", "--on-conflict", "rename", str(reads), dest)
        assert code == 0, err
    assert keys(storage, bucket) == {"in/x.fastq.zst", "in/x (1).fastq.zst", "in/x (2).fastq.zst"}
    assert body(storage, bucket, "in/x.fastq.zst") == b"old"
    assert "cos://" + bucket.name + "/in/x (2).fastq.zst" in err
    # and it downloads back to the original bytes under the new name
    code, _, err = run(
        capsys, "download", f"cos://{bucket.name}/in/x (1).fastq.zst", str(reads.parent / "d")
    )
    assert code == 0, err
    assert (reads.parent / "d" / "x (1).fastq").read_bytes() == reads.read_bytes()


def test_plain_upload_meets_its_compressed_twin(capsys, account_env, storage, bucket, reads):
    """x.fastq.zst exists; a plain upload of x.fastq is the same file: each policy."""
    dest = f"cos://{bucket.name}/in/"
    put(storage, bucket, "in/x.fastq.zst", b"old")
    code, _, err = run(capsys, "upload", "--no-compress", "--on-conflict", "skip", str(reads), dest)
    assert code == 0, err
    assert "skipped" in err and keys(storage, bucket) == {"in/x.fastq.zst"}

    code, _, err = run(
        capsys, "upload", "--no-compress", "--on-conflict", "rename", str(reads), dest
    )
    assert code == 0, err
    assert keys(storage, bucket) == {"in/x.fastq.zst", "in/x (1).fastq"}

    code, _, err = run(capsys, "upload", "--no-compress", str(reads), dest)  # overwrite
    assert code == 0, err
    # the new plain object replaces the compressed one: one copy of the file again
    assert keys(storage, bucket) == {"in/x.fastq", "in/x (1).fastq"}
    assert body(storage, bucket, "in/x.fastq") == reads.read_bytes()


def test_compressed_upload_meets_its_plain_twin(capsys, account_env, storage, bucket, reads):
    dest = f"cos://{bucket.name}/in/"
    put(storage, bucket, "in/x.fastq", b"old")
    put(storage, bucket, "in/x (1).fastq.zst", b"taken")
    code, _, err = run(capsys, "upload", "--on-conflict", "skip", str(reads), dest)
    assert code == 0, err
    assert "skipped" in err and body(storage, bucket, "in/x.fastq") == b"old"

    # keep both: "x (1)" is taken (in its compressed form), so the next free name is "x (2)"
    code, _, err = run(capsys, "upload", "--on-conflict", "rename", str(reads), dest)
    assert code == 0, err
    assert "in/x (2).fastq.zst" in keys(storage, bucket)

    code, _, err = run(capsys, "upload", "--on-conflict", "overwrite", str(reads), dest)
    assert code == 0, err
    assert "in/x.fastq" not in keys(storage, bucket)
    assert "replaces in/x.fastq" in err
    code, _, err = run(
        capsys, "download", f"cos://{bucket.name}/in/x.fastq.zst", str(reads.parent / "d")
    )
    assert code == 0, err
    assert (reads.parent / "d" / "x.fastq").read_bytes() == reads.read_bytes()


def _tree(root: Path) -> Path:
    (root / "lane1").mkdir(parents=True)
    (root / "lane1" / "a.fastq").write_bytes(b"@a\nACGT\n+\nIIII\n")
    (root / "lane1" / "b.fastq").write_bytes(b"@b\nACGT\n+\nIIII\n")
    (root / "notes.txt").write_text("new notes")
    return root


def test_folder_upload_with_some_files_existing(capsys, account_env, storage, bucket, tmp_path):
    src = _tree(tmp_path / "run1")
    dest = f"cos://{bucket.name}/"
    put(storage, bucket, "run1/lane1/a.fastq", b"old a")
    put(storage, bucket, "run1/notes.txt.zst", b"old notes")  # twin of notes.txt

    code, _, err = run(capsys, "upload", "--no-compress", "--on-conflict", "skip", str(src), dest)
    assert code == 0, err
    assert keys(storage, bucket) == {
        "run1/lane1/a.fastq",
        "run1/lane1/b.fastq",
        "run1/notes.txt.zst",
    }
    assert body(storage, bucket, "run1/lane1/a.fastq") == b"old a"
    assert err.count("skipped ") == 2
    assert "1 done, 0 failed, 2 skipped" in err

    code, _, err = run(capsys, "upload", "--no-compress", "--on-conflict", "rename", str(src), dest)
    assert code == 0, err
    assert {"run1/lane1/a (1).fastq", "run1/lane1/b (1).fastq", "run1/notes (1).txt"} <= keys(
        storage, bucket
    )
    assert body(storage, bucket, "run1/lane1/a.fastq") == b"old a"

    code, _, err = run(capsys, "upload", "--no-compress", str(src), dest)
    assert code == 0, err
    assert body(storage, bucket, "run1/lane1/a.fastq") == (src / "lane1" / "a.fastq").read_bytes()
    assert "run1/notes.txt.zst" not in keys(storage, bucket)


def test_compressed_folder_keeps_both_as_name_1_tar_zst(
    capsys, account_env, storage, bucket, tmp_path
):
    src = _tree(tmp_path / "run1")
    put(storage, bucket, "run1.tar.zst", b"old")
    code, _, err = run(
        capsys, "upload", "--on-conflict", "rename", str(src), f"cos://{bucket.name}"
    )
    assert code == 0, err
    assert keys(storage, bucket) == {"run1.tar.zst", "run1 (1).tar.zst"}


def test_on_conflict_rejects_an_unknown_policy(capsys, account_env, bucket, reads):
    with pytest.raises(SystemExit) as exc:
        main(["upload", "--on-conflict", "ask", str(reads), f"cos://{bucket.name}/"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
