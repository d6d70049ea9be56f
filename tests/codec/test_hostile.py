"""Hostile and damaged archives: each refused with a clear coded error, nothing written outside
the output folder, and no partial output left inside it."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import struct
import zipfile

import pytest

from gene_desk.codec import ExtractLimits, compress_path, decompress_path
from gene_desk.core.errors import ErrorCode, GeneDeskError
from tests.codec.conftest import listing
from tests.codec.hostile import tar_bomb_header, tar_of, zeros_zstd, zip_of, zstd_of

FAST_BOMB = ExtractLimits(max_ratio=50, ratio_floor=1 << 20)


@pytest.fixture
def base(tmp_path):
    """base/ holds a sentinel, an output folder with a user's file, and the archives."""
    base = tmp_path / "base"
    (base / "out").mkdir(parents=True)
    (base / "out" / "mine.txt").write_text("user data")
    (base / "sentinel.txt").write_text("untouched")
    return base


def refuse(base, name: str, data: bytes, code: ErrorCode, limits=None) -> GeneDeskError:
    archive = base.parent / name
    archive.write_bytes(data)
    before = listing(base.parent)
    with pytest.raises(GeneDeskError) as info:
        decompress_path(archive, base / "out", limits=limits)
    err = info.value
    assert err.code is code, f"{err.code}: {err}"
    assert "Traceback" not in str(err) and str(err)
    # nothing new anywhere under tmp_path, the user's file intact, no staging left
    assert listing(base.parent) == before
    assert listing(base / "out") == ["mine.txt"]
    assert (base / "out" / "mine.txt").read_text() == "user data"
    return err


OK = ("file", "ok.txt", b"fine")

UNSAFE_TAR = {
    "dotdot": [OK, ("file", "../evil.txt", b"x")],
    "dotdot-nested": [OK, ("file", "a/../../evil.txt", b"x")],
    "dotdot-backslash": [OK, ("file", "a\\..\\..\\evil.txt", b"x")],
    "absolute": [OK, ("file", "/tmp/gene-desk-evil.txt", b"x")],
    "drive-letter": [OK, ("file", "C:/Windows/evil.txt", b"x")],
    "drive-relative": [OK, ("file", "C:evil.txt", b"x")],
    "unc": [OK, ("file", "\\\\server\\share\\evil.txt", b"x")],
    "nul": [OK, ("file", "ü\x00b.txt", b"x")],  # non-ASCII: goes in a pax path record
    "symlink-escape": [OK, ("symlink", "link", "../../outside")],
    "symlink-absolute": [OK, ("symlink", "link", "/etc")],
    "symlink-then-write-through": [("symlink", "d", "."), ("file", "d/evil.txt", b"x")],
    "symlink-chain": [("dir", "sub"), ("symlink", "a", "sub/.."), ("symlink", "b", "a/../x")],
    "symlink-chain-later": [("symlink", "b", "a/../x"), ("dir", "sub"), ("symlink", "a", ".")],
    "hardlink-escape": [OK, ("hardlink", "h", "../../etc/passwd")],
    "hardlink-absolute": [OK, ("hardlink", "h", "/etc/passwd")],
    "hardlink-not-a-member": [OK, ("hardlink", "h", "not/in/archive")],
    "hardlink-through-symlink": [("symlink", "l", "."), ("hardlink", "h", "l/ok.txt")],
    "device": [OK, ("chr", "dev/null")],
    "fifo": [OK, ("fifo", "pipe")],
}


@pytest.mark.parametrize("case", sorted(UNSAFE_TAR))
@pytest.mark.parametrize("wrap", ["tar", "tar.zst"])
def test_unsafe_tar_members(base, case, wrap):
    data = tar_of(UNSAFE_TAR[case])
    if wrap == "tar.zst":
        data = zstd_of(data)
    err = refuse(base, f"hostile.{wrap}", data, ErrorCode.ARCHIVE_UNSAFE)
    assert "unsafe archive member" in str(err)
    assert err.details["reason"]
    assert not os.path.lexists("/tmp/gene-desk-evil.txt")


UNSAFE_ZIP = {
    "dotdot": [OK, ("file", "../evil.txt", b"x")],
    "absolute": [OK, ("file", "/tmp/gene-desk-evil.txt", b"x")],
    "drive-letter": [OK, ("file", "C:\\evil.txt", b"x")],
    "backslash": [OK, ("file", "..\\evil.txt", b"x")],
    "symlink-escape": [OK, ("symlink", "link", "../../../outside")],
    "symlink-write-through": [("symlink", "d", "."), ("file", "d/x.txt", b"x")],
    "fifo": [OK, ("fifo", "pipe")],
}


@pytest.mark.parametrize("case", sorted(UNSAFE_ZIP))
def test_unsafe_zip_members(base, case):
    refuse(base, "hostile.zip", zip_of(UNSAFE_ZIP[case]), ErrorCode.ARCHIVE_UNSAFE)


def test_safe_links_are_kept(base):
    data = tar_of(
        [
            ("dir", "top"),
            ("file", "top/a.txt", b"A"),
            ("symlink", "top/rel", "a.txt"),
            ("symlink", "top/up", "../top/a.txt"),
            ("symlink", "top/dangling", "nothing"),
            ("hardlink", "top/hard", "top/a.txt"),
        ]
    )
    archive = base.parent / "fine.tar"
    archive.write_bytes(data)
    result = decompress_path(archive, base / "out")
    top = base / "out" / "top"
    assert (result.files, result.symlinks, result.hardlinks) == (1, 3, 1)
    assert (top / "rel").read_bytes() == b"A"
    assert (top / "up").read_bytes() == b"A"
    assert os.readlink(top / "dangling") == "nothing"
    assert os.stat(top / "hard").st_ino == os.stat(top / "a.txt").st_ino


# --- bombs ----------------------------------------------------------------------------------


def test_zstd_bomb_10_gb_of_zeros(base):
    data = zeros_zstd(10 * 10**9)
    assert len(data) < 2_000_000
    err = refuse(base, "zeros.zst", data, ErrorCode.ARCHIVE_BOMB, limits=FAST_BOMB)
    assert err.details["written"] < 64 << 20  # stopped early, not after 10 GB


def test_tar_zst_bomb_with_an_honest_header(base):
    size = 10 * 10**9
    data = zeros_zstd(size + 4096, prefix=tar_bomb_header(size))
    refuse(base, "bomb.tar.zst", data, ErrorCode.ARCHIVE_BOMB, limits=FAST_BOMB)


def test_zstd_bomb_default_limits(base):
    """Default limits (1000x past 256 MiB) stop a 10 GB bomb too."""
    err = refuse(base, "zeros.zst", zeros_zstd(10 * 10**9), ErrorCode.ARCHIVE_BOMB)
    assert err.details["written"] <= 300 << 20


def test_gzip_bomb(base):
    data = gzip.compress(bytes(64 << 20), 9)
    refuse(base, "zeros.gz", data, ErrorCode.ARCHIVE_BOMB, limits=FAST_BOMB)


def test_zip_bomb_refused_up_front(base):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(4):
            zf.writestr(f"zeros{i}.bin", bytes(16 << 20))
    err = refuse(base, "bomb.zip", buf.getvalue(), ErrorCode.ARCHIVE_BOMB, limits=FAST_BOMB)
    assert err.details["declared"] == 64 << 20


def test_zip_with_lying_sizes(base):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.bin", bytes(1 << 20))
    data = bytearray(buf.getvalue())
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, 22, 100)  # local header: uncompressed size
    struct.pack_into("<I", data, central + 24, 100)  # central directory: uncompressed size
    refuse(base, "liar.zip", bytes(data), ErrorCode.ARCHIVE_CORRUPT)


def test_not_enough_disk_space(base):
    limits = ExtractLimits(min_free_bytes=1 << 62)
    refuse(base, "a.tar", tar_of([("file", "a.bin", bytes(1000))]), ErrorCode.DISK_FULL, limits)


def test_too_many_members(base):
    members = [("file", f"f{i}", b"") for i in range(20)]
    refuse(base, "many.tar", tar_of(members), ErrorCode.ARCHIVE_BOMB, ExtractLimits(max_entries=10))


# --- truncated and corrupt ------------------------------------------------------------------


@pytest.fixture(scope="module")
def our_tar_zst(tmp_path_factory, census_fastq) -> bytes:
    src = tmp_path_factory.mktemp("ours") / "data"
    (src / "sub").mkdir(parents=True)
    (src / "a.fq").write_bytes(census_fastq[:2_500_000])
    (src / "sub" / "b.fq").write_bytes(census_fastq[2_500_000:4_000_000])
    result = compress_path(src, src.parent / "z", frame_size=1 << 20)
    return result.output.read_bytes()


def _frame_ends(data: bytes) -> list[int]:
    import zstandard

    ends, pos = [], 0
    while pos < len(data):
        if int.from_bytes(data[pos : pos + 4], "little") & 0xFFFFFFF0 == 0x184D2A50:
            pos += 8 + int.from_bytes(data[pos + 4 : pos + 8], "little")
        else:
            d = zstandard.ZstdDecompressor().decompressobj()
            d.decompress(data[pos:])
            pos = len(data) - len(d.unused_data)
        ends.append(pos)
    return ends


def test_truncated_mid_frame(base, our_tar_zst):
    err = refuse(
        base, "cut.tar.zst", our_tar_zst[: len(our_tar_zst) // 2], ErrorCode.ARCHIVE_CORRUPT
    )
    assert "truncated" in str(err)


def test_truncated_at_a_frame_boundary(base, our_tar_zst):
    ends = _frame_ends(our_tar_zst)
    refuse(base, "cut.tar.zst", our_tar_zst[: ends[1]], ErrorCode.ARCHIVE_CORRUPT)


def test_truncated_inside_the_trailer(base, our_tar_zst):
    refuse(base, "cut.tar.zst", our_tar_zst[:-3], ErrorCode.ARCHIVE_CORRUPT)


def test_corrupt_byte_in_a_frame(base, our_tar_zst):
    data = bytearray(our_tar_zst)
    data[len(data) // 3] ^= 0x55
    refuse(base, "flip.tar.zst", bytes(data), ErrorCode.ARCHIVE_CORRUPT)


def test_trailing_garbage(base, our_tar_zst):
    refuse(base, "tail.tar.zst", our_tar_zst + b"garbage!", ErrorCode.ARCHIVE_CORRUPT)


def test_content_not_matching_the_trailer(base, tmp_path, census_fastq):
    """Frames that decode fine but differ from what was compressed (e.g. a spliced upload)."""
    src = tmp_path / "a.fq"
    src.write_bytes(census_fastq[:3_000_000])
    good = compress_path(src, tmp_path / "z", frame_size=1 << 20).output.read_bytes()
    ends = _frame_ends(good)
    other = zstd_of(census_fastq[5_000_000:6_048_576])  # one 1 MiB frame from elsewhere
    spliced = good[: ends[0]] + other + good[ends[1] :]
    err = refuse(base, "spliced.fq.zst", spliced, ErrorCode.CHECKSUM_MISMATCH)
    assert err.details["expected_crc64"] != err.details["crc64"]


def test_plain_tar_truncated(base):
    data = tar_of([("file", "a.bin", bytes(range(256)) * 40), ("file", "b.bin", b"b" * 5000)])
    refuse(base, "cut.tar", data[:3000], ErrorCode.ARCHIVE_CORRUPT)  # inside a.bin's data
    # cut exactly after a.bin's padded data: no end-of-archive marker
    refuse(base, "cut.tar", data[: 512 + 10240], ErrorCode.ARCHIVE_CORRUPT)


def test_tar_with_a_bad_header_checksum(base):
    data = bytearray(tar_of([("file", "a.txt", b"a"), ("file", "b.txt", b"b")]))
    data[1024 + 10] ^= 0x01  # second member's header
    err = refuse(base, "bad.tar", bytes(data), ErrorCode.ARCHIVE_CORRUPT)
    assert "checksum" in str(err)


@pytest.mark.parametrize("codec", ["gz", "bz2", "xz"])
def test_other_streams_truncated_or_corrupt(base, census_fastq, codec):
    compress = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[codec]
    data = compress(census_fastq[:400_000])
    refuse(base, f"cut.fq.{codec}", data[: len(data) * 2 // 3], ErrorCode.ARCHIVE_CORRUPT)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    refuse(base, f"flip.fq.{codec}", bytes(flipped), ErrorCode.ARCHIVE_CORRUPT)


def test_zip_truncated_and_corrupt(base, census_fastq):
    data = zip_of([("file", "a.fq", census_fastq[:300_000]), ("file", "b.fq", b"bbb")])
    refuse(base, "cut.zip", data[: len(data) - 30], ErrorCode.ARCHIVE_CORRUPT)
    flipped = bytearray(data)
    flipped[200] ^= 0xFF  # inside a.fq's deflate data
    refuse(base, "flip.zip", bytes(flipped), ErrorCode.ARCHIVE_CORRUPT)


def test_a_damaged_start_is_reported_as_damaged_not_as_an_unknown_format(base, census_fastq):
    """A .zst whose first bytes were lost is damaged (ARCHIVE_CORRUPT), not 'not supported'."""
    import zstandard

    data = zstandard.ZstdCompressor().compress(census_fastq[:100_000])
    refuse(base, "head.fq.zst", bytes(4) + data[4:], ErrorCode.ARCHIVE_CORRUPT)
    refuse(base, "empty.fq.zst", b"", ErrorCode.ARCHIVE_CORRUPT)
    refuse(base, "zeros.tar.gz", bytes(4096), ErrorCode.ARCHIVE_CORRUPT)
    refuse(base, "zeros.bin", bytes(4096), ErrorCode.UNSUPPORTED_FORMAT)  # no name to go by


def test_unsupported_formats(base):
    refuse(base, "x.7z", b"7z\xbc\xaf\x27\x1c" + bytes(30), ErrorCode.UNSUPPORTED_FORMAT)
    refuse(base, "x.bin", b"plain text, not an archive\n", ErrorCode.UNSUPPORTED_FORMAT)
