"""Format detection by content (magic bytes), never by file name alone.

Why content: sequencing pipelines name things loosely (``reads.fq`` that is really gzip, ``.gz``
files that are BGZF, ``.bam`` that is BGZF with a BAM payload), and the uploader must not spend
CPU recompressing data that is already compressed, nor the decompressor refuse a ``.dat`` that is
plainly zstd. The name is only used to choose output names.

``detect`` looks at the first 64 KiB + a little: enough to inflate the first BGZF block (at most
64 KiB) and tell BAM from other BGZF files (bgzipped VCF, FASTQ), and to see a tar header.
"""

from __future__ import annotations

import os
import struct
import zlib
from enum import Enum

from gene_desk.core.localfs import os_error

# Enough for a whole BGZF block (<= 65536 bytes) plus slack.
HEAD_BYTES = 65536 + 64


class Format(str, Enum):
    """What a file is. Values are stable (logged, shown in --json output)."""

    ZSTD = "zstd"
    GZIP = "gzip"
    BGZF = "bgzf"  # blocked gzip (bgzip): still a valid multi-member gzip stream
    BAM = "bam"  # BGZF whose payload starts with BAM\1
    CRAM = "cram"
    BZIP2 = "bzip2"
    XZ = "xz"
    ZIP = "zip"
    SEVEN_Z = "7z"
    RAR = "rar"
    TAR = "tar"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    TIFF = "tiff"
    WEBP = "webp"
    UNKNOWN = "unknown"


#: single compressed streams we can decode (the payload may itself be a tar)
STREAM_FORMATS = frozenset({Format.ZSTD, Format.GZIP, Format.BGZF, Format.BZIP2, Format.XZ})
#: containers we extract
ARCHIVE_FORMATS = frozenset({Format.TAR, Format.ZIP})
#: formats whose bytes are already compressed: uploading them through zstd wastes CPU for ~0%
_ALWAYS_COMPRESSED = frozenset(
    {
        Format.ZSTD,
        Format.GZIP,
        Format.BGZF,
        Format.BAM,
        Format.CRAM,
        Format.BZIP2,
        Format.XZ,
        Format.ZIP,
        Format.SEVEN_Z,
        Format.RAR,
        Format.PNG,
        Format.JPEG,
        Format.GIF,
        Format.WEBP,
    }
)

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_XZ_MAGIC = b"\xfd7zXZ\x00"
_7Z_MAGIC = b"7z\xbc\xaf\x27\x1c"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _read_head(path: str | os.PathLike[str], n: int = HEAD_BYTES) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(n)
    except OSError as exc:
        raise os_error(exc, path, "cannot read") from exc


def _gzip_header_end(head: bytes) -> tuple[int, bytes | None] | None:
    """Offset of the deflate data after a gzip member header, and the FEXTRA bytes (or None).

    None when the header does not fit in ``head`` or is malformed.
    """
    if len(head) < 10 or head[:3] != b"\x1f\x8b\x08":
        return None
    flags = head[3]
    if flags & 0xE0:  # reserved bits must be zero
        return None
    pos = 10
    extra = None
    if flags & 0x04:  # FEXTRA
        if len(head) < pos + 2:
            return None
        (xlen,) = struct.unpack_from("<H", head, pos)
        extra = head[pos + 2 : pos + 2 + xlen]
        if len(extra) != xlen:
            return None
        pos += 2 + xlen
    for flag in (0x08, 0x10):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            end = head.find(b"\x00", pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 0x02:  # FHCRC
        pos += 2
    if pos > len(head):
        return None
    return pos, extra


def bgzf_block_size(extra: bytes | None) -> int | None:
    """BSIZE+1 from a gzip FEXTRA field carrying the BGZF 'BC' subfield, else None."""
    if not extra:
        return None
    pos = 0
    while pos + 4 <= len(extra):
        si1, si2, slen = extra[pos], extra[pos + 1], struct.unpack_from("<H", extra, pos + 2)[0]
        if si1 == 66 and si2 == 67 and slen == 2 and pos + 6 <= len(extra):
            return struct.unpack_from("<H", extra, pos + 4)[0] + 1
        pos += 4 + slen
    return None


def is_tar_header(block: bytes | bytearray | memoryview) -> bool:
    """True when ``block`` (at least 512 bytes) is a plausible tar header (ustar/GNU/v7)."""
    if len(block) < 512:
        return False
    block = bytes(block[:512])
    if block.count(0) == 512:
        return False
    try:
        stored = int(block[148:156].replace(b"\x00", b" ").strip() or b"-1", 8)
    except ValueError:
        return False
    unsigned = sum(block[:148]) + 8 * 32 + sum(block[156:512])
    signed = (
        sum(struct.unpack("148b", block[:148])) + 256 + sum(struct.unpack("356b", block[156:512]))
    )
    if stored not in (unsigned, signed):
        return False
    if block[257:262] == b"ustar":
        return True
    # v7 tar: no magic; the checksum match plus a sane type flag and octal size is enough.
    return block[156:157] in b"\x000123456" and block[0] != 0


def detect(source: str | os.PathLike[str] | bytes | bytearray | memoryview) -> Format:
    """Format of a file (given its path) or of its first bytes (give at least HEAD_BYTES to tell
    BAM from other BGZF and to recognise tar).

    Raises LOCAL_NOT_FOUND / LOCAL_PERMISSION / LOCAL_IO when a path cannot be read.
    """
    head = (
        bytes(source) if isinstance(source, bytes | bytearray | memoryview) else _read_head(source)
    )
    return _detect_bytes(head)


def _detect_bytes(head: bytes) -> Format:
    if head[:4] == _ZSTD_MAGIC:
        return Format.ZSTD
    if len(head) >= 4 and (struct.unpack_from("<I", head)[0] & 0xFFFFFFF0) == 0x184D2A50:
        return Format.ZSTD  # starts with a skippable frame (e.g. a seek table or metadata)
    if head[:2] == b"\x1f\x8b":
        return _detect_gzip(head)
    if (
        head[:3] == b"BZh"
        and len(head) >= 10
        and 0x31 <= head[3] <= 0x39
        and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90")
    ):
        return Format.BZIP2
    if head[:6] == _XZ_MAGIC:
        return Format.XZ
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return Format.ZIP
    if head[:6] == _7Z_MAGIC:
        return Format.SEVEN_Z
    if head[:7] == b"Rar!\x1a\x07\x00" or head[:8] == b"Rar!\x1a\x07\x01\x00":
        return Format.RAR
    if head[:4] == b"CRAM":
        return Format.CRAM
    if head[:8] == _PNG_MAGIC:
        return Format.PNG
    if head[:3] == b"\xff\xd8\xff":
        return Format.JPEG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Format.GIF
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return Format.TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Format.WEBP
    if is_tar_header(head):
        return Format.TAR
    return Format.UNKNOWN


def _detect_gzip(head: bytes) -> Format:
    parsed = _gzip_header_end(head)
    if parsed is None:
        return Format.GZIP if head[2:3] == b"\x08" else Format.UNKNOWN
    pos, extra = parsed
    bsize = bgzf_block_size(extra)
    if bsize is None:
        return Format.GZIP
    try:
        payload = zlib.decompressobj(-15).decompress(head[pos:bsize], 4)
    except zlib.error:
        return Format.BGZF
    return Format.BAM if payload == b"BAM\x01" else Format.BGZF


def _tiff_is_compressed(path: str | os.PathLike[str]) -> bool:
    """Compression tag (259) of the first IFD: 1 means stored raw, anything else is compressed."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
            endian = "<" if head[:2] == b"II" else ">"
            big = head[2:4] in (b"+\x00", b"\x00+")
            if big:
                (ifd,) = struct.unpack_from(endian + "Q", head, 8)
                f.seek(ifd)
                (count,) = struct.unpack(endian + "Q", f.read(8))
                entry_size, fmt = 20, endian + "HHQ8s"
            else:
                (ifd,) = struct.unpack_from(endian + "I", head, 4)
                f.seek(ifd)
                (count,) = struct.unpack(endian + "H", f.read(2))
                entry_size, fmt = 12, endian + "HHI4s"
            table = f.read(min(count, 4096) * entry_size)
    except (OSError, struct.error):
        return False
    for i in range(len(table) // entry_size):
        tag, typ, _n, value = struct.unpack_from(fmt, table, i * entry_size)
        if tag == 259:
            if typ == 3:  # SHORT, left-justified in the value field
                (method,) = struct.unpack(endian + "H", value[:2])
            else:
                (method,) = struct.unpack(endian + "I", value[:4])
            return method != 1
    return False


def is_already_compressed(path: str | os.PathLike[str]) -> bool:
    """True when recompressing ``path`` with zstd would gain (almost) nothing: gzip/BGZF/BAM,
    CRAM, bzip2, xz, zstd, zip, 7z, rar, PNG, JPEG, GIF, WebP and compressed TIFF. The uploader
    sends such files byte-identical. Plain tar and uncompressed TIFF are worth compressing.
    """
    fmt = detect(path)
    if fmt in _ALWAYS_COMPRESSED:
        return True
    if fmt is Format.TIFF:
        return _tiff_is_compressed(path)
    return False
