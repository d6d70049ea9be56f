"""Local files: OS errors as coded errors, "keep both" names, the umask, atomic text files.

Shared by the codec (extraction, compression output), the transfer engine (downloads) and the
faces (CSV/XLSX exports), so a disk-full or a name conflict reads the same everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import secrets
import shutil
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from gene_desk.core.durable import rename_noreplace
from gene_desk.core.errors import ErrorCode, GeneDeskError

log = logging.getLogger(__name__)

# Temporary names carry their writer: ``.gd-HOST-PID`` (HOST: 6 hex digits of the host name).
# A later run can then tell the leftover of a killed process from a file that another live
# process, or another computer on a shared folder, is still writing.
_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_OWNER = re.compile(r"\.gd-([0-9a-f]{6})-(\d+)[.-]")


def owner_tag() -> str:
    """``gd-HOST-PID`` for this process, to put in a temporary name (see sweep_leftovers)."""
    return f"gd-{_HOST}-{os.getpid()}"


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this host; True when unsure (never delete then)."""
    if pid <= 0:
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        return _win_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. another user's process
    return True


def _win_pid_alive(pid: int) -> bool:
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() != 87  # ERROR_INVALID_PARAMETER: no such process
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except Exception:
        return True


_swept: set[str] = set()


def sweep_leftovers(folder: str | os.PathLike[str]) -> int:
    """Remove the hidden temporary files and folders that processes of this host, now dead,
    left in ``folder`` (a kill or a power cut mid-write); returns how many. Names without an
    owner tag, other hosts' and live processes' are never touched."""
    key = os.path.abspath(folder)
    if key in _swept:  # once per folder and process: a download of 10,000 compressed objects
        return 0  # into one folder must not list it 10,000 times
    _swept.add(key)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _OWNER.search(entry.name) if entry.name.startswith(".") else None
        if match is None or match.group(1) != _HOST or pid_alive(int(match.group(2))):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", entry.path, exc)
            continue
        removed += 1
        log.info("removed %s, left over by process %s", entry.path, match.group(2))
    return removed


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


def make_dirs(path: Path) -> None:
    """``mkdir -p`` whose failures are one coded line: a file in the way (LOCAL_IO, naming
    it), no permission or a read-only file system (LOCAL_PERMISSION), anything else (os_error)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        blocker = next((p for p in [path, *path.parents] if p.exists() and not p.is_dir()), path)
        raise GeneDeskError(
            ErrorCode.LOCAL_IO,
            f"cannot create the folder: {blocker} is a file, not a folder",
            path=str(path),
        ) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise GeneDeskError(
                ErrorCode.LOCAL_PERMISSION,
                "cannot create the folder: read-only file system",
                path=str(path),
            ) from exc
        raise os_error(exc, path, "cannot create the folder") from exc


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
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.{owner_tag()}.part")
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
            # one call that refuses an existing name (renameat2 RENAME_NOREPLACE); False where
            # the system cannot: then link + unlink, which refuses it too
            if rename_noreplace(tmp, final):
                return final
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
