"""The header of a BAM (from its decompressed BGZF prefix) or a CRAM (file definition and the
SAM header of its first container), as SAMv1 / CRAMv3 specify them.

BAM: ``BAM\\1``, ``l_text`` (int32), the header text, ``n_ref`` (int32), then per reference
``l_name``, the NUL-terminated name and ``l_ref``. The binary reference list is what
``samtools view -H`` turns into @SQ lines when the text has none, so the count and the names
come from it. A header that does not fit in the prefix is reported as truncated with what was
read; a header that cannot be one (bad magic, negative lengths) is damaged.

CRAM: ``CRAM``, major, minor, a 20-byte file id; the first container holds one block whose
content is ``l_text`` + the header text, raw or gzip (other codecs: only the version is shown).
"""

from __future__ import annotations

import struct
import zlib

from gene_desk.core.text import printable
from gene_desk.preview.lines import safe_line
from gene_desk.preview.model import DAMAGE_BAD_BAM, DAMAGE_BAD_CRAM, AlignmentHeader, Damage

MAX_TEXT = 32 * 1024 * 1024


class _Short(Exception):
    """The prefix ends inside the header."""


def parse_bam(data: bytes) -> tuple[AlignmentHeader | None, Damage | None, bool]:
    """(header, damage, header truncated) of decompressed BAM bytes."""
    if data[:4] != b"BAM\x01":
        return None, Damage(DAMAGE_BAD_BAM, "not a BAM: the magic BAM\\1 is missing"), False
    names: list[str] = []
    l_text = 0
    try:
        (l_text,) = _unpack("<i", data, 4)
        if not 0 <= l_text <= MAX_TEXT:
            return None, Damage(DAMAGE_BAD_BAM, f"impossible header length {l_text}"), False
        pos = 8 + l_text
        text = data[8:pos]
        if len(text) < l_text:
            return _from_text(text, [], truncated=True), None, True
        (n_ref,) = _unpack("<i", data, pos)
        if n_ref < 0:
            return None, Damage(DAMAGE_BAD_BAM, f"impossible reference count {n_ref}"), False
        pos += 4
        for _ in range(n_ref):
            (l_name,) = _unpack("<i", data, pos)
            if not 1 <= l_name <= 1 << 16:
                return None, Damage(DAMAGE_BAD_BAM, f"impossible name length {l_name}"), False
            raw = data[pos + 4 : pos + 4 + l_name]
            if len(raw) < l_name:
                raise _Short
            names.append(printable(raw.rstrip(b"\x00").decode("utf-8", "replace")))
            pos += 4 + l_name + 4
            if pos > len(data):
                raise _Short
        return _from_text(text, names, n_ref=n_ref), None, False
    except _Short:
        return _from_text(data[8 : 8 + l_text], names), None, True


def _unpack(fmt: str, data: bytes, pos: int) -> tuple[int, ...]:
    size = struct.calcsize(fmt)
    if pos + size > len(data):
        raise _Short
    return struct.unpack_from(fmt, data, pos)


def _from_text(
    text: bytes,
    names: list[str],
    *,
    n_ref: int | None = None,
    truncated: bool = False,
    version: str | None = None,
) -> AlignmentHeader:
    lines = text.rstrip(b"\x00").split(b"\n")
    if truncated and lines:
        lines.pop()
    shown = [safe_line(line) for line in lines if line.strip()]
    hd = next((line for line in shown if line.startswith("@HD")), None)
    sq = [line for line in shown if line.startswith("@SQ")]
    if not names and n_ref is None:  # CRAM, or a BAM cut short: names from the @SQ lines
        names = [_field(line, "SN") for line in sq]
    found_version = _field(hd, "VN") if hd else ""
    return AlignmentHeader(
        version=version or found_version,
        hd=hd,
        sq_count=n_ref if n_ref is not None else len(names),
        references=names,
        read_groups=[line for line in shown if line.startswith("@RG")],
        programs=[line for line in shown if line.startswith("@PG")],
    )


def _field(line: str, tag: str) -> str:
    for cell in line.split("\t")[1:]:
        if cell.startswith(tag + ":"):
            return cell[len(tag) + 1 :]
    return ""


# -- CRAM -------------------------------------------------------------------------------------


def _itf8(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise _Short
    b0 = data[pos]
    extra = 0 if b0 < 0x80 else 1 if b0 < 0xC0 else 2 if b0 < 0xE0 else 3 if b0 < 0xF0 else 4
    if pos + 1 + extra > len(data):
        raise _Short
    if extra == 4:
        b = data[pos + 1 : pos + 5]
        value = ((b0 & 0x0F) << 28) | (b[0] << 20) | (b[1] << 12) | (b[2] << 4) | (b[3] & 0x0F)
    else:
        value = b0 & (0xFF >> (extra + 1))
        for i in range(extra):
            value = (value << 8) | data[pos + 1 + i]
    if value >= 1 << 31:
        value -= 1 << 32
    return value, pos + 1 + extra


def _ltf8(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise _Short
    b0 = data[pos]
    extra = 0
    while extra < 8 and b0 & (0x80 >> extra):
        extra += 1
    if pos + 1 + extra > len(data):
        raise _Short
    value = b0 & (0xFF >> (extra + 1)) if extra < 8 else 0
    for i in range(extra):
        value = (value << 8) | data[pos + 1 + i]
    return value, pos + 1 + extra


def parse_cram(data: bytes) -> tuple[AlignmentHeader | None, Damage | None, bool]:
    """(header, damage, truncated) of a CRAM file's first bytes."""
    if data[:4] != b"CRAM" or len(data) < 26:
        return None, Damage(DAMAGE_BAD_CRAM, "not a CRAM file definition"), False
    major, minor = data[4], data[5]
    version = f"{major}.{minor}"
    only_version = AlignmentHeader(version, None, 0, [], [], [], text_available=False)
    if major not in (2, 3):
        return only_version, None, False
    try:
        pos = 26 + 4  # container length
        for _ in range(4):  # reference id, start, span, records
            _, pos = _itf8(data, pos)
        for _ in range(2):  # record counter, bases
            _, pos = _ltf8(data, pos) if major >= 3 else _itf8(data, pos)
        _, pos = _itf8(data, pos)  # blocks
        landmarks, pos = _itf8(data, pos)
        for _ in range(max(0, landmarks)):
            _, pos = _itf8(data, pos)
        if major >= 3:
            pos += 4  # CRC32
        method, content_type = data[pos], data[pos + 1]
        _, pos = _itf8(data, pos + 2)  # content id
        size, pos = _itf8(data, pos)
        raw_size, pos = _itf8(data, pos)
        block = data[pos : pos + size]
        if content_type != 0 or method not in (0, 1):
            return only_version, None, False
        if len(block) < size:
            raise _Short
        payload = block if method == 0 else zlib.decompress(block, 31)[:raw_size]
        (l_text,) = _unpack("<i", payload, 0)
        text = payload[4 : 4 + max(0, l_text)]
        return _from_text(text, [], version=version), None, False
    except (_Short, IndexError):
        return only_version, None, True
    except zlib.error:
        return only_version, Damage(DAMAGE_BAD_CRAM, "CRAM header block damaged"), False
