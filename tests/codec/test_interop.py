"""Interoperability both ways with the standard tools (zstd, tar, gzip, bzip2, xz, zip)."""

from __future__ import annotations

import gzip
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from gene_desk.codec import compress_path, decode_stream, decompress_path
from tests.codec.conftest import describe, listing

pytestmark = pytest.mark.tools


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")


def run(*args: str, cwd: Path | None = None, stdin=None, stdout=None) -> None:
    subprocess.run(list(args), check=True, cwd=cwd, stdin=stdin, stdout=stdout)


def describe_seconds(root: Path) -> dict:
    """describe() with mtimes cut to whole seconds, for formats without sub-second times."""
    out = {}
    for rel, info in describe(root).items():
        if info[0] in ("file", "dir"):
            info = (*info[:-1], info[-1] // 1_000_000_000)
        out[rel] = info
    return out


def describe_without_times(root: Path) -> dict:
    """describe() minus folder mtimes and modes, for tools that do not keep them (zip)."""
    out = {}
    for rel, info in describe(root).items():
        out[rel] = info[:3] if info[0] == "file" else (info[0],) if info[0] == "dir" else info
    return out


# --- ours -> their tools ---------------------------------------------------------------------


def test_zstd_cli_reads_our_file(tmp_path, fastq_file, census_fastq):
    need("zstd")
    result = compress_path(fastq_file, tmp_path, frame_size=1 << 20)
    out = tmp_path / "restored.fastq"
    run("zstd", "-q", "-d", str(result.output), "-o", str(out))
    assert out.read_bytes() == census_fastq
    run("zstd", "-q", "-t", str(result.output))


def test_tar_cli_extracts_our_folder(tmp_path, tree):
    need("zstd", "tar")
    result = compress_path(tree, tmp_path / "z", frame_size=1 << 20)
    out = tmp_path / "out"
    out.mkdir()
    run("tar", "--zstd", "-xf", str(result.output), "-C", str(out))
    assert describe(out / tree.name) == describe(tree)


# --- their tools -> ours ---------------------------------------------------------------------


def _single(tmp_path: Path, packed: Path, expected: bytes, name: str) -> None:
    out = tmp_path / "out"
    result = decompress_path(packed, out)
    assert result.outputs == [out / name]
    assert (out / name).read_bytes() == expected
    assert listing(out) == [name]


@pytest.mark.parametrize(
    ("tool", "suffix"),
    [
        (["zstd", "-q", "-3", "-T2", "-k"], ".zst"),
        (["zstd", "-q", "-9", "--long=27", "-k"], ".zst"),
        (["gzip", "-k", "-6"], ".gz"),
        (["bzip2", "-k"], ".bz2"),
        (["xz", "-k", "-1", "-T2"], ".xz"),
    ],
    ids=["zstd", "zstd-long", "gzip", "bzip2", "xz"],
)
def test_single_files_from_cli_tools(tmp_path, census_fastq, tool, suffix):
    need(tool[0])
    data = census_fastq[:3_000_000]
    src = tmp_path / "in" / "reads.fastq"
    src.parent.mkdir()
    src.write_bytes(data)
    run(*tool, str(src))
    _single(tmp_path, src.with_name("reads.fastq" + suffix), data, "reads.fastq")


def test_zstd_stream_without_content_size_and_concatenated_frames(tmp_path, census_fastq):
    need("zstd")
    data = census_fastq[:3_000_000]
    piped = tmp_path / "piped.zst"
    with open(piped, "wb") as f:  # from a pipe: no content size in the frame header
        subprocess.run(["zstd", "-q", "-c", "-"], input=data, stdout=f, check=True)
    extra = tmp_path / "extra.zst"
    with open(extra, "wb") as f:
        subprocess.run(["zstd", "-q", "-c", "-"], input=b"tail\n", stdout=f, check=True)
    both = tmp_path / "both.fq.zst"
    both.write_bytes(piped.read_bytes() + extra.read_bytes())
    _single(tmp_path, both, data + b"tail\n", "both.fq")


def test_large_single_frame_is_streamed(tmp_path):
    """The zstd CLI writes one frame per file: larger than the parallel limit, it is streamed."""
    need("zstd")
    data = os.urandom(1 << 20) * 40  # 40 MiB, compressible through --long only
    src = tmp_path / "big.bin"
    src.write_bytes(data)
    run("zstd", "-q", "-1", "--single-thread", "-k", str(src))
    _single(tmp_path, tmp_path / "big.bin.zst", data, "big.bin")


@pytest.mark.parametrize(
    ("flags", "name"),
    [
        (["--zstd", "--format=posix"], "t.tar.zst"),
        (["-z", "--format=gnu"], "t.tgz"),
        (["-j", "--format=ustar"], "t.tar.bz2"),
        (["-I", "xz -1 -T2", "--format=pax"], "t.tar.xz"),
        (["--format=gnu"], "t.tar"),
    ],
)
def test_tar_archives_from_gnu_tar(tmp_path, tree, flags, name):
    need("tar", "zstd", "gzip", "bzip2", "xz")
    if "ustar" in str(flags):
        # ustar cannot hold the 120-character name in the tree
        for p in list(tree.rglob("x" * 120 + ".txt")):
            p.unlink()
    archive = tmp_path / name
    run("tar", *flags, "-cf", str(archive), "-C", str(tree.parent), tree.name)
    out = tmp_path / "out"
    result = decompress_path(archive, out)
    assert result.outputs == [out / tree.name]
    if "posix" in str(flags) or "pax" in str(flags):
        assert describe(out / tree.name) == describe(tree)
    else:  # gnu and ustar headers keep whole seconds only
        assert describe_seconds(out / tree.name) == describe_seconds(tree)


def test_zip_from_info_zip(tmp_path, tree):
    need("zip")
    archive = tmp_path / "t.zip"
    run("zip", "-q", "-r", "-y", str(archive), tree.name, cwd=tree.parent)
    out = tmp_path / "out"
    result = decompress_path(archive, out)
    assert result.format == "zip"
    assert describe_without_times(out / tree.name) == describe_without_times(tree)
    # Info-ZIP keeps exact seconds in its extended-timestamp field
    sample = "reads/lane 1/sample A.fastq"
    assert (out / tree.name / sample).stat().st_mtime == int((tree / sample).stat().st_mtime)


def test_gzip_multi_member(tmp_path, census_fastq):
    data_a, data_b = census_fastq[:1_000_000], census_fastq[1_000_000:2_500_000]
    path = tmp_path / "multi.fastq.gz"
    path.write_bytes(gzip.compress(data_a) + gzip.compress(data_b))
    _single(tmp_path, path, data_a + data_b, "multi.fastq")


def _bgzf(payload: bytes) -> bytes:
    out = []
    for i in range(0, len(payload), 65280):
        chunk = payload[i : i + 65280]
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = c.compress(chunk) + c.flush()
        header = b"\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff" + struct.pack(
            "<HBBHH", 6, 66, 67, 2, 18 + len(body) + 8 - 1
        )
        out.append(header + body + struct.pack("<II", zlib.crc32(chunk), len(chunk)))
    out.append(bytes.fromhex("1f8b08040000000000ff0600424302001b0003000000000000000000"))
    return b"".join(out)


def test_bgzf(tmp_path, census_fastq):
    data = census_fastq[:9_000_000]
    path = tmp_path / "reads.fastq.gz"
    if shutil.which("bgzip"):
        plain = tmp_path / "reads.fastq"
        plain.write_bytes(data)
        run("bgzip", "-@2", str(plain))
    else:
        path.write_bytes(_bgzf(data))  # bgzip's layout: 64 KiB blocks + the EOF marker block
    _single(tmp_path, path, data, "reads.fastq")
    with open(path, "rb") as f:
        assert b"".join(decode_stream(f)) == data


def test_bgzf_then_plain_member(tmp_path, census_fastq):
    data_a, data_b = census_fastq[:300_000], census_fastq[300_000:400_000]
    path = tmp_path / "mixed.gz"
    path.write_bytes(_bgzf(data_a) + gzip.compress(data_b))
    _single(tmp_path, path, data_a + data_b, "mixed")
