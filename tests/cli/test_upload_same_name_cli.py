"""``gene-desk upload`` of two picks that would write the same object, against the sandbox.

``upload a/x.fq b/x.fq cos://B/P/`` used to queue two jobs writing ``P/x.fq.zst``: the second
silently replaced the first. Such an upload is now refused before anything is sent, with
DUPLICATE_DESTINATION naming both sources and the key (transfer/upload_names.py). The same holds
after the compression suffix is added (``x.fq`` compressed and an already compressed
``x.fq.zst`` sent as is) and for two folders of one name.
"""

from __future__ import annotations

import zstandard

from gene_desk.cli.main import main
from gene_desk.journal import Journal
from tests.transfer.conftest import fastq_bytes


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def keys(storage, bucket) -> set[str]:
    return {o.key for o in storage.iter_objects(bucket, "")}


def _two_folders(tmp_path, name: str, first: bytes, second: bytes):
    a, b = tmp_path / "a" / name, tmp_path / "b" / name
    a.parent.mkdir()
    b.parent.mkdir()
    a.write_bytes(first)
    b.write_bytes(second)
    return a, b


def test_same_file_name_from_two_folders_is_refused_before_anything_is_sent(
    capsys, account_env, storage, bucket, tmp_path
):
    a, b = _two_folders(tmp_path, "x.fq", fastq_bytes(50, seed=1), fastq_bytes(50, seed=2))
    for extra in ([], ["--no-compress"]):
        code, _, err = run(capsys, "upload", *extra, str(a), str(b), f"cos://{bucket.name}/P/")
        assert code == 1, err
        assert "(DUPLICATE_DESTINATION)" in err and "Traceback" not in err
        assert str(a) in err and str(b) in err
        assert ("P/x.fq.zst" if not extra else "P/x.fq") in err
    assert keys(storage, bucket) == set()
    assert Journal().count_jobs() == 0


def test_a_file_and_an_already_compressed_twin_collide_after_the_suffix(
    capsys, account_env, storage, bucket, tmp_path
):
    plain = tmp_path / "a" / "x.fq"
    packed = tmp_path / "b" / "x.fq.zst"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_bytes(fastq_bytes(50, seed=1))
    packed.write_bytes(zstandard.ZstdCompressor().compress(fastq_bytes(50, seed=2)))
    code, _, err = run(capsys, "upload", str(plain), str(packed), f"cos://{bucket.name}/P/")
    assert code == 1 and "(DUPLICATE_DESTINATION)" in err, err
    assert str(plain) in err and str(packed) in err and "P/x.fq.zst" in err
    assert keys(storage, bucket) == set()
    # sent as they are, they are two objects: both go up
    code, _, err = run(
        capsys, "upload", "--no-compress", str(plain), str(packed), f"cos://{bucket.name}/P/"
    )
    assert code == 0, err
    assert keys(storage, bucket) == {"P/x.fq", "P/x.fq.zst"}


def test_two_folders_of_one_name_are_refused(capsys, account_env, storage, bucket, tmp_path):
    for side in ("a", "b"):
        (tmp_path / side / "run").mkdir(parents=True)
        (tmp_path / side / "run" / "x.fq").write_bytes(fastq_bytes(10, seed=ord(side)))
    a, b = tmp_path / "a" / "run", tmp_path / "b" / "run"
    for extra, key in (([], "P/run.tar.zst"), (["--no-compress"], "P/run/")):
        code, _, err = run(capsys, "upload", *extra, str(a), str(b), f"cos://{bucket.name}/P/")
        assert code == 1 and "(DUPLICATE_DESTINATION)" in err, err
        assert key in err
    assert keys(storage, bucket) == set()


def test_the_same_path_twice_is_one_upload(capsys, account_env, storage, bucket, tmp_path):
    a, _ = _two_folders(tmp_path, "x.fq", fastq_bytes(50, seed=1), b"")
    code, _, err = run(capsys, "upload", str(a), str(a), f"cos://{bucket.name}/P/")
    assert code == 0, err
    assert keys(storage, bucket) == {"P/x.fq.zst"}
    assert Journal().count_jobs() == 1
