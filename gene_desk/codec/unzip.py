"""Zip extraction for decompress.py: a seekable zip is read in place, a non-seekable stream is
spooled to a hidden temporary file in the output folder first (zip needs random access).

Member names and times are read as their creator meant them (Info-ZIP's Unicode Path and
extended timestamp fields); every member goes through ``Extractor`` like a tar member, and the
bomb limits are checked against the central directory before anything is written. Split out of
:mod:`gene_desk.codec.decompress` to keep each module to one format family.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

from gene_desk.codec._common import Throttle, check_cancel
from gene_desk.codec.detect import HEAD_BYTES, Format
from gene_desk.codec.extract import ExtractLimits, Extractor, ExtractResult
from gene_desk.codec.reader import COPY_CHUNK, InputReader, Readable, corrupt
from gene_desk.codec.reader import raw_chunks as _raw_chunks
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.fileio import write_all
from gene_desk.core.localfs import os_error, owner_tag

_MAX_ZIP_LINK = 4096


def _zip_from_stream(
    fileobj: Readable,
    reader: InputReader,
    out_dir: str | os.PathLike[str],
    name: str,
    size: int | None,
    on_conflict: str,
    limits: ExtractLimits | None,
    throttle: Throttle,
    cancel: threading.Event | None,
) -> ExtractResult:
    seekable = getattr(fileobj, "seekable", None)
    if seekable is not None and seekable() and reader.raw_read <= HEAD_BYTES + (4 << 20):
        fileobj.seek(0)  # type: ignore[attr-defined]
        return _extract_zip(fileobj, out_dir, name, size, on_conflict, limits, throttle, cancel)
    # Not seekable: spool to a hidden file next to the output (same disk), then extract.
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    fd, spool_name = tempfile.mkstemp(
        prefix=f".gene-desk-spool.{owner_tag()}-", suffix=".zip", dir=out_dir
    )
    try:
        with open(fd, "wb", buffering=0) as spool:
            for chunk in _raw_chunks(reader):
                check_cancel(cancel)
                write_all(spool.fileno(), chunk)  # 256 KiB per call (core/fileio.py)
        with open(spool_name, "rb") as f:
            return _extract_zip(
                f, out_dir, name, reader.raw_read, on_conflict, limits, throttle, cancel
            )
    except OSError as exc:
        raise os_error(exc, out_dir, "cannot spool zip") from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(spool_name)


def _zip_name(info: zipfile.ZipInfo) -> str:
    """The member name as its creator meant it.

    Without the UTF-8 flag zipfile decodes names as cp437, but Info-ZIP on Linux/macOS writes
    raw UTF-8 there (sometimes with a 0x7075 "Unicode Path" extra field): prefer that field, then
    the bytes as UTF-8 when they are valid UTF-8, else cp437.
    """
    name = info.orig_filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    extra = info.extra
    pos = 0
    while pos + 4 <= len(extra):
        tag = int.from_bytes(extra[pos : pos + 2], "little")
        length = int.from_bytes(extra[pos + 2 : pos + 4], "little")
        body = extra[pos + 4 : pos + 4 + length]
        if (
            tag == 0x7075
            and len(body) >= 5
            and body[0] == 1
            and int.from_bytes(body[1:5], "little") == zlib.crc32(raw)
        ):
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                break
        pos += 4 + length
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return name


def _zip_mtime_ns(info: zipfile.ZipInfo) -> int:
    """UTC mtime from the Info-ZIP extended timestamp if present, else the DOS local time."""
    extra = info.extra
    pos = 0
    while pos + 4 <= len(extra):
        tag = int.from_bytes(extra[pos : pos + 2], "little")
        length = int.from_bytes(extra[pos + 2 : pos + 4], "little")
        body = extra[pos + 4 : pos + 4 + length]
        if tag == 0x5455 and len(body) >= 5 and body[0] & 1:
            return int.from_bytes(body[1:5], "little", signed=True) * 1_000_000_000
        pos += 4 + length
    try:
        return int(time.mktime((*info.date_time, 0, 0, -1))) * 1_000_000_000
    except (OverflowError, ValueError):
        return 0


_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def _extract_zip(
    fileobj: Any,
    out_dir: str | os.PathLike[str],
    name: str,
    size: int | None,
    on_conflict: str,
    limits: ExtractLimits | None,
    throttle: Throttle,
    cancel: threading.Event | None,
) -> ExtractResult:
    try:
        zf = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise corrupt(f"zip archive is corrupt or truncated: {exc}") from None
    consumed = 0
    ex = Extractor(
        out_dir,
        source=name,
        fmt=Format.ZIP.value,
        on_conflict=on_conflict,
        limits=limits,
        cancel=cancel,
        consumed=lambda: consumed,
    )
    lim = ex.limits
    try:
        with zf:
            infos = zf.infolist()
            if len(infos) > lim.max_entries:
                raise GeneDeskError(
                    ErrorCode.ARCHIVE_BOMB,
                    f"zip has {len(infos)} members (limit {lim.max_entries}); nothing extracted",
                )
            declared = sum(i.file_size for i in infos)
            packed = size or sum(i.compress_size for i in infos) or 1
            if declared > lim.ratio_floor and declared > lim.max_ratio * packed:
                raise GeneDeskError(
                    ErrorCode.ARCHIVE_BOMB,
                    f"zip declares {declared} bytes from {packed} compressed, over the "
                    f"{lim.max_ratio:g}x limit; nothing extracted",
                    details={"declared": declared, "compressed": packed},
                )
            ex.reserve(declared, name)
            for info in infos:
                if info.flag_bits & 0x1:
                    raise GeneDeskError(
                        ErrorCode.UNSUPPORTED_FORMAT,
                        f"encrypted zip member {info.filename!r} is not supported",
                    )
                if info.compress_type not in _ZIP_METHODS:
                    raise GeneDeskError(
                        ErrorCode.UNSUPPORTED_FORMAT,
                        f"zip compression method {info.compress_type} "
                        f"({info.filename!r}) is not supported",
                    )
            for info in infos:
                consumed += info.compress_size + 30 + len(info.filename)
                _zip_member(zf, info, ex)
                throttle(consumed)
        check_cancel(cancel)
        result = ex.finish()
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        ex.abort()
        raise corrupt(f"zip archive is corrupt: {exc}") from None
    except BaseException:
        ex.abort()
        raise
    throttle(consumed, final=True)
    return result


def _zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, ex: Extractor) -> None:
    unix_mode = info.external_attr >> 16 if info.create_system == 3 else 0
    mtime_ns = _zip_mtime_ns(info)
    name = _zip_name(info)
    if stat.S_ISLNK(unix_mode):
        if info.file_size > _MAX_ZIP_LINK:
            raise corrupt(f"zip symlink {name!r} has an implausible target length")
        target = zf.read(info).decode("utf-8", "surrogateescape")
        ex.add_symlink(name, target, mtime_ns)
        return
    if name.endswith(("/", "\\")) or stat.S_ISDIR(unix_mode):
        ex.add_dir(name, stat.S_IMODE(unix_mode) or 0o755, mtime_ns)
        return
    if stat.S_IFMT(unix_mode) and not stat.S_ISREG(unix_mode):  # no type bits: a plain file
        kind = "FIFO (named pipe)" if stat.S_ISFIFO(unix_mode) else "device or special file"
        ex.refuse(name, kind)
    perm = stat.S_IMODE(unix_mode) or None
    writer = ex.add_file(name, perm, mtime_ns, info.file_size)
    try:
        with zf.open(info) as src:
            while True:
                data = src.read(COPY_CHUNK)
                if not data:
                    break
                writer.write(data)
        if writer.written != info.file_size:
            raise corrupt(f"zip member {name!r} is shorter than its header says")
    except BaseException:
        writer.abort()
        raise
    ex.close_file(writer)
