"""Small pieces shared by the codec modules: progress throttling, cancellation, CRC-64 shifting,
OS-error translation and the default worker count.

Kept private so the public surface stays the handful of names re-exported by
``gene_desk.codec``.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from gene_desk.core.crc64 import combine as _crc_combine
from gene_desk.core.errors import ErrorCode, GeneDeskError

ProgressCallback = Callable[[int, "int | None"], None]

# zstd frames of our own making hold this much input each (see compress.py for the reasoning).
DEFAULT_FRAME_SIZE = 8 << 20
DEFAULT_LEVEL = 3
MIN_LEVEL = -7
MAX_LEVEL = 22

_MASK = 0xFFFFFFFFFFFFFFFF
_POLY_REFLECTED = 0xC96C5795D7870F42


def default_workers() -> int:
    """All cores: python-zstandard, zlib and fastcrc release the GIL while they work."""
    return max(1, os.cpu_count() or 1)


def check_level(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not MIN_LEVEL <= level <= MAX_LEVEL:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"compression level must be an integer from {MIN_LEVEL} to {MAX_LEVEL}, got {level!r}",
        )
    return level


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise GeneDeskError(ErrorCode.CANCELLED, "cancelled")


_clock = time.monotonic  # tests stop it to check the throttling without timing anything


class Throttle:
    """Call ``callback(done, total)`` at most once per ``interval`` seconds (plus a final call)."""

    __slots__ = ("_callback", "_interval", "_last", "total")

    def __init__(
        self, callback: ProgressCallback | None, total: int | None, interval: float = 0.1
    ) -> None:
        self._callback = callback
        self.total = total
        self._interval = interval
        self._last = 0.0

    def __call__(self, done: int, *, final: bool = False) -> None:
        if self._callback is None:
            return
        now = _clock()
        if final or now - self._last >= self._interval:
            self._last = now
            self._callback(done, self.total)


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


# --- CRC-64 of concatenations -------------------------------------------------------------------
# core.crc64.combine costs ~8 ms per call (it rebuilds the GF(2) operator every time). Frames have
# a fixed input length, so the operator "append N zero bytes" is built once per stream and each
# combine is then a 64-step matrix-vector product.


def _gf2_times(mat: list[int], vec: int) -> int:
    total = 0
    i = 0
    while vec:
        if vec & 1:
            total ^= mat[i]
        vec >>= 1
        i += 1
    return total


def _gf2_mul(a: list[int], b: list[int]) -> list[int]:
    """Operator a∘b (apply b, then a)."""
    return [_gf2_times(a, b[n]) for n in range(64)]


class CrcShift:
    """``combine(crc1, crc2)`` == crc64 of A+B when len(B) == ``length`` (fixed per instance)."""

    __slots__ = ("_op", "length")

    def __init__(self, length: int) -> None:
        self.length = length
        one_bit = [_POLY_REFLECTED] + [1 << n for n in range(63)]
        result: list[int] | None = None
        power = one_bit
        bits = 8 * length
        while bits:
            if bits & 1:
                result = power if result is None else _gf2_mul(power, result)
            bits >>= 1
            if bits:
                power = _gf2_mul(power, power)
        self._op = result or [1 << n for n in range(64)]

    def combine(self, crc1: int, crc2: int) -> int:
        if self.length <= 0:
            return crc1
        return (_gf2_times(self._op, crc1) ^ crc2) & _MASK


def crc_combine(crc1: int, crc2: int, len2: int, shift: CrcShift | None = None) -> int:
    if shift is not None and shift.length == len2:
        return shift.combine(crc1, crc2)
    return _crc_combine(crc1, crc2, len2)


def unique_path(path: Path) -> Path:
    """``name (1).ext``, ``name (2).ext``, ... : the first that does not exist.

    Multi-part extensions stay together: ``a.tar.zst`` -> ``a (1).tar.zst``.
    """
    name = path.name
    stem, ext = _split_ext(name)
    n = 1
    while True:
        candidate = path.with_name(f"{stem} ({n}){ext}")
        if not os.path.lexists(candidate):
            return candidate
        n += 1


_COMPRESSED_EXT = (".zst", ".zstd", ".gz", ".bgz", ".bz2", ".xz")


def _split_ext(name: str) -> tuple[str, str]:
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
