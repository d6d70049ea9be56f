"""A strict, streaming tar reader (ustar, pax, GNU long names).

Why not ``tarfile`` in stream mode: it stops silently at a corrupt or truncated header after the
first member (treating it as the end of the archive), so a damaged download would "succeed" with
part of its content; and it keeps every member in memory. Here a bad header checksum, a header
cut short or a missing end-of-archive marker is ARCHIVE_CORRUPT, and memory is one member.
``parse_header`` reads each 512-byte header block exactly as ``tarfile.TarInfo.frombuf`` does
(octal and base-256 numbers, ustar prefix, old-style directories), only faster; a test holds
the two equal.
"""

from __future__ import annotations

import tarfile
import zlib
from dataclasses import dataclass

from gene_desk.codec.reader import ChunkReader, corrupt
from gene_desk.core.errors import ErrorCode, GeneDeskError

BLOCK = 512
_MAX_EXTENDED = 1 << 20  # pax / GNU long-name payloads larger than this are refused

FILE = "file"
DIR = "dir"
SYMLINK = "symlink"
HARDLINK = "hardlink"
DEVICE = "device"
FIFO = "fifo"
OTHER = "other"

_KINDS = {
    tarfile.REGTYPE: FILE,
    tarfile.AREGTYPE: FILE,
    tarfile.CONTTYPE: FILE,
    tarfile.DIRTYPE: DIR,
    tarfile.SYMTYPE: SYMLINK,
    tarfile.LNKTYPE: HARDLINK,
    tarfile.CHRTYPE: DEVICE,
    tarfile.BLKTYPE: DEVICE,
    tarfile.FIFOTYPE: FIFO,
}


@dataclass
class TarMember:
    name: str
    kind: str
    size: int
    mode: int
    mtime_ns: int
    linkname: str
    typeflag: bytes


class _Header:
    __slots__ = ("linkname", "mode", "mtime", "name", "size", "type")


def _nti(field: bytes) -> int:
    """A numeric header field: octal text, or GNU base-256 (rare: left to tarfile)."""
    if field[0] in (0o200, 0o377):
        return tarfile.nti(field)
    text = field.split(b"\0", 1)[0].strip()
    try:
        return int(text, 8) if text else 0
    except ValueError:
        raise tarfile.InvalidHeaderError("invalid header") from None


def _nts(field: bytes) -> str:
    return field.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")


def parse_header(block: bytes) -> _Header:
    """``tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")`` for the fields we use,
    several times faster (archives of 100,000s of small files are mostly headers)."""
    chksum = _nti(block[148:156])
    unsigned = _byte_sum(block) - sum(block[148:156]) + 256
    if chksum != unsigned and chksum not in tarfile.calc_chksums(block):
        raise tarfile.InvalidHeaderError("bad checksum")
    h = _Header()
    h.name = _nts(block[0:100])
    h.mode = _nti(block[100:108])
    h.size = _nti(block[124:136])
    h.mtime = _nti(block[136:148])
    h.type = block[156:157]
    h.linkname = _nts(block[157:257])
    prefix = _nts(block[345:500])
    if h.type == tarfile.AREGTYPE and h.name.endswith("/"):
        h.type = tarfile.DIRTYPE
    if h.type == tarfile.DIRTYPE:
        h.name = h.name.rstrip("/")
    if prefix and h.type not in tarfile.GNU_TYPES:
        h.name = prefix + "/" + h.name
    return h


def _byte_sum(block: bytes) -> int:
    """sum(block) of 512 bytes in C (adler32's low half is 1 + the sum, exact up to 256 bytes)."""
    return (zlib.adler32(block[:256]) & 0xFFFF) + (zlib.adler32(block[256:]) & 0xFFFF) - 2


def _parse_time(text: str) -> int:
    """pax time ("1700000000.123456789", maybe negative) to integer nanoseconds, exactly."""
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    whole, _, frac = text.partition(".")
    frac = (frac + "000000000")[:9]
    return sign * (int(whole or "0") * 1_000_000_000 + int(frac or "0"))


def _parse_pax(data: bytes) -> dict[str, str]:
    # Values are UTF-8, or raw bytes after "hdrcharset=BINARY": decoding with surrogateescape
    # keeps both exactly (the same bytes come back when the name is encoded for the OS).
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] == 0:  # some writers pad the payload with NULs
            break
        space = data.find(b" ", pos)
        if space < 0:
            raise corrupt("invalid pax header")
        try:
            length = int(data[pos:space])
        except ValueError:
            raise corrupt("invalid pax header") from None
        end = pos + length
        if length <= 0 or end > len(data) or data[end - 1] != 0x0A:
            raise corrupt("invalid pax header")
        keyword, eq, value = data[space + 1 : end - 1].partition(b"=")
        if not eq:
            raise corrupt("invalid pax header")
        records[keyword.decode("utf-8", "surrogateescape")] = value.decode(
            "utf-8", "surrogateescape"
        )
        pos = end
    return records


class TarReader:
    """``next()`` returns members in order; ``read(n)`` the current member's data."""

    def __init__(self, src: ChunkReader) -> None:
        self._src = src
        self._remaining = 0  # data bytes of the current member not read yet
        self._padding = 0
        self._globals: dict[str, str] = {}
        self.ended = False

    def _read_block(self, what: str) -> bytes:
        block = self._src.read(BLOCK)
        if len(block) != BLOCK:
            if not block and what == "header":
                raise corrupt("archive is truncated (no end-of-archive marker)")
            raise corrupt(f"archive is truncated (in a {what})")
        return block

    def _payload(self, size: int, what: str) -> bytes:
        if size > _MAX_EXTENDED:
            raise corrupt(f"{what} is implausibly large ({size} bytes)")
        data = self._src.read(size)
        if len(data) != size:
            raise corrupt(f"archive is truncated (in a {what})")
        pad = -size % BLOCK
        if pad and self._src.skip(pad) != pad:
            raise corrupt(f"archive is truncated (in a {what})")
        return data

    def next(self) -> TarMember | None:
        """The next member, or None at the end-of-archive marker."""
        self.skip_data()
        pax: dict[str, str] = {}
        long_name: str | None = None
        long_link: str | None = None
        while True:
            block = self._read_block("header")
            if block.count(0) == BLOCK:
                self.ended = True
                return None
            try:
                info = parse_header(block)
            except tarfile.HeaderError as exc:
                raise corrupt(
                    f"invalid tar header at offset {self._src.offset - BLOCK}: {exc}"
                ) from None
            typeflag = info.type
            if typeflag == tarfile.XHDTYPE:
                pax.update(_parse_pax(self._payload(info.size, "pax header")))
                continue
            if typeflag == tarfile.XGLTYPE:
                self._globals.update(_parse_pax(self._payload(info.size, "pax header")))
                continue
            if typeflag in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
                raw = self._payload(info.size, "GNU long name")
                text = raw.split(b"\x00", 1)[0].decode("utf-8", "surrogateescape")
                if typeflag == tarfile.GNUTYPE_LONGNAME:
                    long_name = text
                else:
                    long_link = text
                continue
            break
        merged = {**self._globals, **pax}
        if typeflag == tarfile.GNUTYPE_SPARSE or any(k.startswith("GNU.sparse") for k in merged):
            raise GeneDeskError(
                ErrorCode.UNSUPPORTED_FORMAT, "sparse files in tar archives are not supported"
            )
        if typeflag in (b"M", b"N"):
            raise GeneDeskError(
                ErrorCode.UNSUPPORTED_FORMAT, "multi-volume tar archives are not supported"
            )
        name = merged.get("path", long_name if long_name is not None else info.name)
        linkname = merged.get("linkpath", long_link if long_link is not None else info.linkname)
        try:
            size = int(merged["size"]) if "size" in merged else info.size
            mtime_ns = (
                _parse_time(merged["mtime"]) if "mtime" in merged else info.mtime * 1_000_000_000
            )
        except ValueError:
            raise corrupt("invalid number in a pax header") from None
        if size < 0:
            raise corrupt("negative member size")
        kind = _KINDS.get(typeflag, OTHER)
        if kind == DIR:
            name = name.rstrip("/")
        elif kind == FILE and typeflag == tarfile.AREGTYPE and name.endswith("/"):
            kind, name = DIR, name.rstrip("/")
        # Data follows regular files and unknown types (as tarfile does); other types have none.
        has_data = kind in (FILE, OTHER)
        self._remaining = size if has_data else 0
        self._padding = -self._remaining % BLOCK
        return TarMember(
            name, kind, size if has_data else 0, info.mode, mtime_ns, linkname, typeflag
        )

    def read(self, n: int) -> memoryview:
        """Up to ``n`` bytes of the current member's data (empty when it is all read)."""
        if not self._remaining:
            return memoryview(b"")
        view = self._src.read_view(min(n, self._remaining))
        if not len(view):
            raise corrupt("archive is truncated (in file data)")
        self._remaining -= len(view)
        return view

    def skip_data(self) -> None:
        todo = self._remaining + self._padding
        if todo and self._src.skip(todo) != todo:
            raise corrupt("archive is truncated (in file data)")
        self._remaining = self._padding = 0
