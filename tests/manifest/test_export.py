"""``gene-desk manifest cos://B/P/ --md5`` and the engine under it: the manifest written from
metadata alone equals what the real ``md5sum`` says of the original files, and ``md5sum -c``
passes against the files Gene Desk downloads; objects uploaded without the MD5 are named on
stderr (exit 1) unless ``--compute`` streams them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from gene_desk.cli.main import main
from gene_desk.journal import Journal
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.manifest import parse_manifest
from gene_desk.transfer.manifest.export import iter_md5s, original_name
from gene_desk.transfer.settings import MiB, TransferSettings
from tests.transfer.conftest import fastq_bytes, random_bytes, run_jobs


@pytest.fixture
def journal(isolated_home):
    j = Journal()
    yield j
    j.close()


def md5sum_lines(root, names) -> bytes:
    """What the real md5sum prints for ``names`` under ``root``."""
    return subprocess.run(
        ["md5sum", "--", *names], cwd=root, capture_output=True, check=True
    ).stdout


@pytest.fixture
def uploaded(storage, bucket, journal, tmp_path):
    """A delivery uploaded through every path: compressed PUT and multipart, plain PUT and
    multipart, small batch, a hostile name; plus one object put by another tool (no MD5)."""
    src = tmp_path / "delivery"
    (src / "lane1").mkdir(parents=True)
    files = {
        "lane1/S1_R1.fastq": fastq_bytes(30_000, seed=1),  # ~6.6 MiB: compressed multipart
        "lane1/S1_R2.fastq": fastq_bytes(200, seed=2),
        "notes.txt": "说明\n".encode(),
        "new\nline\\name.txt": b"hostile",
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "ref.bin").write_bytes(random_bytes(3 * MiB + 7, seed=4))  # plain multipart
    settings = TransferSettings(part_size=1 * MiB, parts_parallel=3)
    manager = TransferManager(storage, journal, settings).start()
    try:
        jobs = []
        for name in files:  # file by file: a folder would go up as one .tar.zst
            folder = name.rpartition("/")[0]
            dest = f"sub/{folder}/" if folder else "sub/"
            jobs += manager.upload([src / name], bucket, dest)
        jobs += manager.upload([plain / "ref.bin"], bucket, "sub/", compress=False)
        run_jobs(manager, jobs)
    finally:
        manager.shutdown()
    other = storage.clients.client(bucket.region)
    other.put_object(Bucket=bucket.name, Key="sub/other-tool.txt", Body=b"no metadata here")
    originals = {**files, "ref.bin": (plain / "ref.bin").read_bytes()}
    return src, originals


def test_engine_reads_md5_from_metadata_with_original_names(storage, bucket, uploaded):
    _, originals = uploaded
    entries = {e.name: e for e in iter_md5s(storage, bucket, "sub")}
    assert entries["lane1/S1_R1.fastq"].key == "sub/lane1/S1_R1.fastq.zst"
    for name, data in originals.items():
        assert entries[name].md5 == hashlib.md5(data).hexdigest(), name
        assert entries[name].source == "metadata"
    assert entries["other-tool.txt"].md5 is None and entries["other-tool.txt"].problem == "no-md5"
    computed = {e.name: e for e in iter_md5s(storage, bucket, "sub/", compute=True)}
    assert computed["other-tool.txt"].md5 == hashlib.md5(b"no metadata here").hexdigest()
    assert computed["other-tool.txt"].source == "computed"


def test_compute_decompresses_gene_desk_objects(storage, bucket, journal, tmp_path):
    path = tmp_path / "r.fastq"
    path.write_bytes(fastq_bytes(3000, seed=8))
    manager = TransferManager(storage, journal, TransferSettings(record_md5=False)).start()
    try:
        run_jobs(manager, manager.upload([path], bucket, "nomd5/"))
    finally:
        manager.shutdown()
    (entry,) = iter_md5s(storage, bucket, "nomd5/")
    assert entry.problem == "no-md5" and entry.name == "r.fastq"
    (entry,) = iter_md5s(storage, bucket, "nomd5/", compute=True)
    assert entry.md5 == hashlib.md5(path.read_bytes()).hexdigest()


def test_original_name_strips_only_gene_desk_suffix():
    assert original_name("a/x.fastq.zst", "zstd") == "a/x.fastq"
    assert original_name("d.tar.zst", "tar+zstd") == "d.tar"
    assert original_name("x.fastq.zst", "") == "x.fastq.zst"  # someone else's zstd file
    assert original_name("a/.zst", "zstd") == "a/.zst"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_manifest_equals_md5sum_and_md5sum_c_passes(
    capsys, account_env, storage, bucket, uploaded, tmp_path
):
    _src, originals = uploaded
    target = tmp_path / "md5sum.txt"
    code, out, err = run(capsys, "manifest", f"cos://{bucket.name}/sub/", "--md5", "-o", target)
    assert code == 1  # other-tool.txt has no MD5
    assert "other-tool.txt: no MD5 recorded" in err and "MD5_UNKNOWN" in err
    written = target.read_bytes()
    listed = [e.name for e in parse_manifest(written).entries]
    assert sorted(listed) == sorted(originals)
    # line for line what md5sum says of the originals (escaped names included)
    ref = tmp_path / "ref"
    ref.mkdir()
    for name, data in originals.items():
        (ref / name).parent.mkdir(parents=True, exist_ok=True)
        (ref / name).write_bytes(data)
    assert sorted(written.splitlines()) == sorted(md5sum_lines(ref, listed).splitlines())
    check = subprocess.run(["md5sum", "--strict", "-c", str(target)], cwd=ref, capture_output=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(b": OK") == len(originals)
    # and against what Gene Desk downloads (decompressed); the download renames the name with
    # a newline (no file name needs one), so that one line is not found there
    down = tmp_path / "down"
    code, _, err = run(capsys, "download", f"cos://{bucket.name}/sub/", down)
    assert code == 0, err
    check = subprocess.run(
        ["md5sum", "--strict", "--ignore-missing", "-c", str(target)],
        cwd=down / "sub",
        capture_output=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(b": OK") == len(originals) - 1
    # --compute lists everything and succeeds
    code, out, err = run(capsys, "manifest", f"cos://{bucket.name}/sub", "--md5", "--compute")
    assert code == 0, err
    assert f"{hashlib.md5(b'no metadata here').hexdigest()}  other-tool.txt\n" in out
    assert "1 computed by streaming" in err


def test_cli_manifest_real_command_to_stdout(account_env, bucket, storage, tmp_path):
    client = storage.clients.client(bucket.region)
    data = b"x" * 1000
    client.put_object(
        Bucket=bucket.name,
        Key="p/a.txt",
        Body=data,
        Metadata={"x-cos-meta-gd-md5": hashlib.md5(data).hexdigest()},
    )
    proc = subprocess.run(
        [sys.executable, "-m", "gene_desk", "manifest", f"cos://{bucket.name}/p/", "--md5"],
        capture_output=True,
        env={**os.environ},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{hashlib.md5(data).hexdigest()}  a.txt\n".encode()
    assert b"1 files listed" in proc.stderr


def test_cli_manifest_of_an_empty_folder_fails(capsys, account_env, bucket):
    code, out, err = run(capsys, "manifest", f"cos://{bucket.name}/nothing-here/", "--md5")
    assert code == 1 and out == ""
    assert "NO_SUCH_KEY" in err


def test_cli_manifest_needs_md5(capsys, account_env, bucket):
    code, _, err = run(capsys, "manifest", f"cos://{bucket.name}/", "--compute")
    assert code == 1 and "INVALID_ARGUMENT" in err


def test_sync_then_manifest_then_md5sum_c_on_the_local_folder(
    capsys, account_env, bucket, tmp_path
):
    """What a submitter does: sync the run folder up, export the list, and the list checks
    against the local folder with the real md5sum (sync records the MD5 too)."""
    tree = tmp_path / "run9"
    (tree / "lane1").mkdir(parents=True)
    (tree / "lane1" / "S1_R1.fastq").write_bytes(fastq_bytes(3000, seed=21))
    (tree / "lane1" / "S1_R2.fastq").write_bytes(fastq_bytes(3000, seed=22))
    (tree / "sample sheet.csv").write_text("sample,lane\nS1,1\n")
    code, _, err = run(capsys, "sync", str(tree), f"cos://{bucket.name}/run9/")
    assert code == 0, err
    target = tmp_path / "md5sum.txt"
    code, _, err = run(capsys, "manifest", f"cos://{bucket.name}/run9/", "--md5", "-o", target)
    assert code == 0, err
    check = subprocess.run(["md5sum", "--strict", "-c", str(target)], cwd=tree, capture_output=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(b": OK") == 3
