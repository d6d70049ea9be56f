"""Decode the prefix of a stream: zstd (Gene Desk's frames, any frames), gzip and BGZF, plain;
and, inside a ``.tar.zst`` folder, the first file.

A prefix normally stops in the middle of a frame or a gzip member: everything that is complete
is returned and ``truncated`` says the stream goes on. Bytes that cannot be decoded at all are a
:class:`Damage`, never an exception. Output is bounded (``out_cap``): a small prefix of highly
compressible data (zeros) must not become gigabytes in memory, so zstd input is fed in slices
small enough that one slice cannot expand past the cap by much, and zlib is given ``max_length``.
"""

from __future__ import annotations

import io
import struct
import tarfile
import zlib
from dataclasses import dataclass, field

import zstandard

from gene_desk.codec.detect import Format, bgzf_block_size, detect
from gene_desk.core.text import printable
from gene_desk.preview.model import DAMAGE_CUT_SHORT, DAMAGE_GZIP, DAMAGE_ZSTD, Damage

OUT_CAP = 48 * 1024 * 1024
# zstd cannot expand one input byte into more than ~32,768 output bytes (an RLE block of
# 128 KiB costs 4 bytes); a slice of (room / 32,768) bytes therefore never overshoots the cap.
_ZSTD_MAX_RATIO = 32768
_ZSTD_SLICE_MAX = 64 * 1024
_MAX_MEMBERS = 50


@dataclass
class Decoded:
    data: bytes
    layers: list[str] = field(default_factory=list)
    truncated: bool = False
    damage: Damage | None = None
    member: str | None = None  # tar: the member whose bytes ``data`` are
    members: list[str] = field(default_factory=list)


def decode(prefix: bytes, whole: bool, *, out_cap: int = OUT_CAP) -> Decoded:
    """Undo the compression of ``prefix`` (``whole``: it is the entire object); a tar inside
    (a compressed folder) gives its first file, itself decoded once more (``x.fastq.gz``)."""
    outer = _decompress(prefix, whole, out_cap)
    if outer.damage is not None or not _is_tar(outer):
        return outer
    inner = _first_member(outer)
    if inner.damage is not None or inner.member is None:
        return inner
    nested = _decompress(inner.data, not inner.truncated, out_cap)
    nested.layers = inner.layers + nested.layers
    nested.truncated = nested.truncated or inner.truncated
    nested.member, nested.members = inner.member, inner.members
    return nested


def _decompress(prefix: bytes, whole: bool, out_cap: int) -> Decoded:
    fmt = detect(prefix[: 65536 + 64])
    if fmt is Format.ZSTD:
        return _unzstd(prefix, whole, out_cap)
    if fmt in (Format.GZIP, Format.BGZF, Format.BAM):
        return _gunzip(prefix, whole, out_cap, "bgzf" if fmt is not Format.GZIP else "gzip")
    return Decoded(prefix, truncated=not whole)


def _unzstd(prefix: bytes, whole: bool, out_cap: int) -> Decoded:
    """Frame after frame (Gene Desk writes one per 8 MiB of input, then a skippable trailer)."""
    view = memoryview(prefix)
    out = bytearray()
    pos = 0  # start of the input not yet handed to a decompressor
    dobj = None
    try:
        while pos < len(view):
            room = out_cap - len(out)
            if room <= 0:
                return Decoded(bytes(out[:out_cap]), ["zstd"], truncated=True)
            if dobj is None:
                dobj = zstandard.ZstdDecompressor().decompressobj()
            step = max(16, min(_ZSTD_SLICE_MAX, room // _ZSTD_MAX_RATIO))
            piece = view[pos : pos + step]
            out += dobj.decompress(piece)
            pos += len(piece)
            if dobj.eof:  # the frame ended inside this slice: the rest starts the next one
                pos -= len(dobj.unused_data)
                dobj = None
    except zstandard.ZstdError as exc:
        damage = Damage(DAMAGE_ZSTD, f"zstd data damaged after {len(out)} bytes: {exc}")
        return Decoded(bytes(out[:out_cap]), ["zstd"], damage=damage)
    if len(out) > out_cap:
        return Decoded(bytes(out[:out_cap]), ["zstd"], truncated=True)
    if whole and dobj is not None:  # the whole object, and its last frame never ended
        damage = Damage(DAMAGE_CUT_SHORT, "zstd stream cut short")
        return Decoded(bytes(out), ["zstd"], damage=damage)
    return Decoded(bytes(out), ["zstd"], truncated=not whole)


def _gunzip(prefix: bytes, whole: bool, out_cap: int, name: str) -> Decoded:
    """Member after member (BGZF is many small gzip members; plain gzip usually one)."""
    view = memoryview(prefix)
    out = bytearray()
    pos = 0
    while pos < len(view) and len(out) < out_cap:
        if view[pos : pos + 2] != b"\x1f\x8b":
            if bytes(view[pos:]).count(0) == len(view) - pos:
                pos = len(view)  # zero padding after the last member, as gzip allows
                break
            damage = Damage(DAMAGE_GZIP, f"no gzip member at byte {pos}")
            return Decoded(bytes(out), [name], damage=damage)
        end = _bgzf_end(view, pos)
        dobj = zlib.decompressobj(31)
        try:
            piece = view[pos:end]
            out += dobj.decompress(piece, out_cap - len(out))
            while dobj.unconsumed_tail and len(out) < out_cap:
                out += dobj.decompress(dobj.unconsumed_tail, out_cap - len(out))
        except zlib.error as exc:
            damage = Damage(DAMAGE_GZIP, f"gzip data damaged at member starting {pos}: {exc}")
            return Decoded(bytes(out), [name], damage=damage)
        if not dobj.eof:
            if len(out) >= out_cap or not whole:
                return Decoded(bytes(out), [name], truncated=True)
            damage = Damage(DAMAGE_CUT_SHORT, "gzip stream cut short")
            return Decoded(bytes(out), [name], damage=damage)
        pos = end - len(dobj.unused_data)
    return Decoded(bytes(out), [name], truncated=not whole or pos < len(view))


def _bgzf_end(view: memoryview, pos: int) -> int:
    """End of the BGZF block at ``pos`` (BSIZE), else the end of the prefix."""
    head = bytes(view[pos : pos + 12])
    if len(head) == 12 and head[3] & 0x04:
        (xlen,) = struct.unpack_from("<H", head, 10)
        size = bgzf_block_size(bytes(view[pos + 12 : pos + 12 + xlen]))
        if size is not None:
            return min(len(view), pos + size)
    return len(view)


def _is_tar(decoded: Decoded) -> bool:
    return len(decoded.data) >= 512 and detect(decoded.data[: 65536 + 64]) is Format.TAR


def _first_member(outer: Decoded) -> Decoded:
    """Names in the tar prefix and the (possibly partial) bytes of its first regular file."""
    layers = [*outer.layers, "tar"]
    members: list[str] = []
    first: tarfile.TarInfo | None = None
    try:
        with tarfile.open(fileobj=io.BytesIO(outer.data), mode="r:") as archive:
            while len(members) < _MAX_MEMBERS:
                info = archive.next()
                if info is None:
                    break
                members.append(printable(info.name))
                if first is None and info.isfile():
                    first = info
    except (tarfile.TarError, EOFError, OSError):
        pass  # the prefix ends inside a header or a member: the names so far are what we know
    if first is None:
        return Decoded(b"", layers, truncated=outer.truncated, members=members)
    data = outer.data[first.offset_data : first.offset_data + first.size]
    return Decoded(
        data,
        layers,
        truncated=len(data) < first.size,
        member=printable(first.name),
        members=members,
    )
