"""Local files: OS errors as coded errors, "keep both" names, the umask, atomic text files.

Shared by the codec (extraction, compression output), the transfer engine (downloads) and the
faces (CSV/XLSX exports), so a disk-full or a name conflict reads the same everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from gene_desk.core.errors import ErrorCode, GeneDeskError


def os_error(
    exc: OSError, path: str | os.PathLike[str] | None = None, what: str = ""
) -> GeneDeskError:
    """Translate an OSError into the matching GeneDeskError (never loses the path)."""
    where = str(path if path is not None else (exc.filename or ""))
    prefix = f"{what}: " if what else ""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return GeneDeskError(ErrorCode.DISK_FULL, f"{prefix}disk full", path=where or None)
    if isinstance(exc, FileNotFoundError):
        return GeneDeskError(ErrorCode.LOCAL_NOT_FOUND, f"{prefix}not found", path=where or None)
    if isinstance(exc, PermissionError):
        return GeneDeskError(
            ErrorCode.LOCAL_PERMISSION, f"{prefix}permission denied", path=where or None
        )
    return GeneDeskError(ErrorCode.LOCAL_IO, f"{prefix}{exc.strerror or exc}", path=where or None)


def unique_path(path: Path) -> Path:
    """``path`` if free, else ``name (1).ext``, ``name (2).ext``, ...: the first that does not
    exist ("keep both").

    Multi-part extensions stay together: ``a.tar.zst`` -> ``a (1).tar.zst``,
    ``sample.R1.fastq.gz`` -> ``sample.R1 (1).fastq.gz``.
    """
    if not os.path.lexists(path):
        return path
    name = path.name
    stem, ext = split_ext(name)
    n = 1
    while True:
        candidate = path.with_name(f"{stem} ({n}){ext}")
        if not os.path.lexists(candidate):
            return candidate
        n += 1


_COMPRESSED_EXT = (".zst", ".zstd", ".gz", ".bgz", ".bz2", ".xz")


def split_ext(name: str) -> tuple[str, str]:
    """``reads.fastq.zst`` -> (``reads``, ``.fastq.zst``); ``a.txt`` -> (``a``, ``.txt``)."""
    stem, ext = os.path.splitext(name)
    if not stem:
        return name, ""
    if ext.lower() in _COMPRESSED_EXT:
        inner_stem, inner = os.path.splitext(stem)
        if inner_stem and 1 < len(inner) <= 7:
            return inner_stem, inner + ext
    return stem, ext


def umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


@contextlib.contextmanager
def atomic_open(
    target: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Write a file under a hidden temporary name beside ``target``; it is flushed, synced and
    renamed over ``target`` only when the block ends without error, so a half-written export
    never looks complete. Created like any new file (0o666 minus the umask). OS errors come out
    as coded errors (DISK_FULL, LOCAL_PERMISSION, ...)."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, 0o666)
    except OSError as exc:
        raise os_error(exc, target, "cannot write") from exc
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise os_error(exc, target, "cannot write") from exc
        raise


def publish(tmp: Path, final: Path, on_conflict: str) -> Path:
    """Move a finished temp file to its final name without ever clobbering unless asked to."""
    if on_conflict == "overwrite":
        os.replace(tmp, final)
        return final
    while True:
        try:
            os.link(tmp, final)  # fails if final exists: no check-then-rename race
        except FileExistsError:
            if on_conflict == "rename":
                final = unique_path(final)
                continue
            raise GeneDeskError(
                ErrorCode.TARGET_EXISTS, "output already exists", path=str(final)
            ) from None
        except OSError:  # hard links unsupported (FAT, some network shares)
            if os.path.lexists(final):
                if on_conflict == "rename":
                    final = unique_path(final)
                    continue
                raise GeneDeskError(
                    ErrorCode.TARGET_EXISTS, "output already exists", path=str(final)
                ) from None
            os.replace(tmp, final)
            return final
        os.unlink(tmp)
        return final
