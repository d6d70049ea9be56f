"""Format detection by content, and the uploader's "already compressed" test."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import tarfile
import zipfile
import zlib

import pytest
import zstandard

from gene_desk.codec import Format, detect, is_already_compressed
from tests.codec.conftest import BAM, CENSUS_GZ


def bgzf_block(payload: bytes) -> bytes:
    """One BGZF block (gzip member with the 'BC' extra subfield), as bgzip writes it."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(payload) + deflate.flush()
    bsize = 18 + len(body) + 8 - 1
    header = (
        b"\x1f\x8b\x08\x04" + b"\x00" * 4 + b"\x00\xff" + struct.pack("<HBBHH", 6, 66, 67, 2, bsize)
    )
    return header + body + struct.pack("<II", zlib.crc32(payload), len(payload))


def tar_bytes() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        info = tarfile.TarInfo("a.txt")
        info.size = 3
        tf.addfile(info, io.BytesIO(b"abc"))
    return buf.getvalue()


def v7_tar_bytes() -> bytes:
    """An old (pre-POSIX) tar header: no "ustar" magic, only the checksum identifies it."""
    info = tarfile.TarInfo("old.txt")
    info.size = 0
    block = bytearray(info.tobuf(tarfile.USTAR_FORMAT)[:257] + b"\x00" * 255)
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % sum(block)
    return bytes(block)


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "abc")
    return buf.getvalue()


CASES = [
    (zstandard.ZstdCompressor().compress(b"hello"), Format.ZSTD),
    (struct.pack("<II", 0x184D2A50, 0) + zstandard.ZstdCompressor().compress(b"x"), Format.ZSTD),
    (gzip.compress(b"hello"), Format.GZIP),
    (bgzf_block(b"@r1\nACGT\n+\nIIII\n"), Format.BGZF),
    (bgzf_block(b"BAM\x01rest of a BAM header"), Format.BAM),
    (b"CRAM\x03\x00" + b"\x00" * 20, Format.CRAM),
    (bz2.compress(b"hello"), Format.BZIP2),
    (bz2.compress(b""), Format.BZIP2),
    (lzma.compress(b"hello"), Format.XZ),
    (zip_bytes(), Format.ZIP),
    (b"PK\x05\x06" + b"\x00" * 18, Format.ZIP),
    (b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 24, Format.SEVEN_Z),
    (b"Rar!\x1a\x07\x00" + b"\x00" * 10, Format.RAR),
    (b"Rar!\x1a\x07\x01\x00" + b"\x00" * 10, Format.RAR),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, Format.PNG),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 16, Format.JPEG),
    (b"GIF89a" + b"\x00" * 16, Format.GIF),
    (b"II*\x00\x08\x00\x00\x00" + b"\x00" * 16, Format.TIFF),
    (b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 16, Format.TIFF),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 16, Format.WEBP),
    (tar_bytes(), Format.TAR),
    (v7_tar_bytes(), Format.TAR),
    (b"@read1\nACGT\n+\nIIII\n", Format.UNKNOWN),
    (b"", Format.UNKNOWN),
    (b"\x00" * 1024, Format.UNKNOWN),
]


@pytest.mark.parametrize(("data", "expected"), CASES, ids=[c[1].value for c in CASES])
def test_detect_bytes(data, expected):
    assert detect(data) is expected


def test_detect_by_content_not_extension(tmp_path):
    path = tmp_path / "reads.fastq"  # misleading name: it is really gzip
    path.write_bytes(gzip.compress(b"@r\nA\n+\nI\n"))
    assert detect(path) is Format.GZIP
    text = tmp_path / "looks.zst"
    text.write_bytes(b"just text\n")
    assert detect(text) is Format.UNKNOWN


def test_real_files():
    assert detect(CENSUS_GZ) is Format.GZIP
    assert detect(BAM) is Format.BAM


def test_missing_path_is_a_coded_error(tmp_path):
    from gene_desk.core.errors import ErrorCode, GeneDeskError

    with pytest.raises(GeneDeskError) as info:
        detect(tmp_path / "nope")
    assert info.value.code is ErrorCode.LOCAL_NOT_FOUND


def _tiff(compression: int) -> bytes:
    # little-endian TIFF, one IFD at offset 8 with a single Compression (259) SHORT entry
    ifd = struct.pack("<H", 1) + struct.pack("<HHIHH", 259, 3, 1, compression, 0) + b"\x00" * 4
    return b"II*\x00" + struct.pack("<I", 8) + ifd


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (gzip.compress(b"x" * 100), True),
        (bgzf_block(b"BAM\x01" + b"\x00" * 50), True),
        (zstandard.ZstdCompressor().compress(b"x"), True),
        (lzma.compress(b"x"), True),
        (bz2.compress(b"x"), True),
        (zip_bytes(), True),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, True),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 16, True),
        (_tiff(1), False),  # uncompressed TIFF: worth compressing
        (_tiff(5), True),  # LZW TIFF
        (tar_bytes(), False),
        (b"@r\nACGT\n+\nIIII\n" * 100, False),
    ],
)
def test_is_already_compressed(tmp_path, data, expected):
    path = tmp_path / "f"
    path.write_bytes(data)
    assert is_already_compressed(path) is expected


def test_real_data_already_compressed(fastq_file):
    assert is_already_compressed(CENSUS_GZ)
    assert is_already_compressed(BAM)
    assert not is_already_compressed(fastq_file)
