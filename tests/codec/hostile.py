"""Builders for hostile and damaged archives (used by test_hostile.py)."""

from __future__ import annotations

import io
import tarfile
import zipfile

import zstandard

ZEROS_8M = bytes(8 << 20)


def tar_of(members: list[tuple], fmt: int = tarfile.PAX_FORMAT) -> bytes:
    """members: ("file", name, data) | ("dir", name) | ("symlink", name, target) |
    ("hardlink", name, target) | ("chr", name) | ("fifo", name)"""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        for kind, name, *rest in members:
            info = tarfile.TarInfo(name)
            info.mtime = 1_600_000_000
            data = None
            if kind == "file":
                data = rest[0]
                info.size = len(data)
                info.mode = rest[1] if len(rest) > 1 else 0o644
            elif kind == "dir":
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
            elif kind == "symlink":
                info.type = tarfile.SYMTYPE
                info.linkname = rest[0]
            elif kind == "hardlink":
                info.type = tarfile.LNKTYPE
                info.linkname = rest[0]
            elif kind == "chr":
                info.type = tarfile.CHRTYPE
                info.devmajor, info.devminor = 1, 3
            elif kind == "fifo":
                info.type = tarfile.FIFOTYPE
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def zip_of(members: list[tuple]) -> bytes:
    """members: ("file", name, data) | ("symlink", name, target) | ("fifo", name)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for kind, name, *rest in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
            info.create_system = 3
            info.compress_type = zipfile.ZIP_DEFLATED
            if kind == "file":
                info.external_attr = 0o100644 << 16
                zf.writestr(info, rest[0])
            elif kind == "symlink":
                info.external_attr = 0o120777 << 16
                zf.writestr(info, rest[0])
            elif kind == "fifo":
                info.external_attr = 0o010644 << 16
                zf.writestr(info, b"")
    return buf.getvalue()


def zstd_of(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=1, write_checksum=True).compress(data)


def zeros_zstd(total: int, prefix: bytes = b"") -> bytes:
    """A zstd stream of ``prefix`` + zeros up to ``total`` bytes, made of repeated 8 MiB
    frames: gigabytes declared, a few hundred KB on disk, built in milliseconds."""
    cctx = zstandard.ZstdCompressor(level=1)
    first = cctx.compress(prefix + ZEROS_8M[len(prefix) :])
    zero_frame = cctx.compress(ZEROS_8M)
    frames = [first] + [zero_frame] * (total // len(ZEROS_8M) - 1)
    return b"".join(frames)


def tar_bomb_header(size: int) -> bytes:
    info = tarfile.TarInfo("bomb.bin")
    info.size = size
    return info.tobuf(tarfile.PAX_FORMAT)
