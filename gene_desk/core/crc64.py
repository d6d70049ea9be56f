"""CRC-64 as COS computes it for ``x-cos-hash-crc64ecma``.

COS documents the header as "CRC64-ECMA182", but the value is the reflected variant that the
catalogue calls CRC-64/XZ (poly 0x42F0E1EBA9EA3693, init and xorout all ones, reflected), the
same function cos-python-sdk-v5 builds with crcmod. This module is neutral: both the engine and
the sandbox import it, so the two can never disagree.

``combine`` joins the CRCs of two adjacent byte ranges without re-reading them (zlib's
crc32_combine method over GF(2)), which lets parallel ranged downloads and multipart uploads
check the whole object's CRC while each range is hashed on its own thread.
"""

from __future__ import annotations

import functools
import threading

from fastcrc import crc64 as _fast

_POLY_REFLECTED = 0xC96C5795D7870F42  # reflected form of 0x42F0E1EBA9EA3693
_MASK = 0xFFFFFFFFFFFFFFFF


# fastcrc holds the GIL for a whole call (~0.2 ms per MiB): an 8 MiB frame or part in one call
# kept the window's GUI thread waiting for the GIL for 2 ms and more on a loaded machine, where
# the holder can also lose its CPU mid-call. Slices of 1 MiB let other threads in between.
_SLICE = 1 << 20


def crc64(data: bytes | bytearray | memoryview, crc: int = 0) -> int:
    """CRC-64/XZ of ``data``, continuing from ``crc`` (the CRC of the bytes before it)."""
    if len(data) > _SLICE:
        view = memoryview(data).cast("B")
        for pos in range(0, len(view), _SLICE):
            crc = _crc64_piece(view[pos : pos + _SLICE], crc)
        return crc
    return _crc64_piece(data, crc)


def _crc64_piece(data: bytes | bytearray | memoryview, crc: int) -> int:
    if crc:
        return _fast.xz(data, crc)
    return _fast.xz(data)


class Crc64:
    """Incremental CRC-64 with a hashlib-like interface."""

    __slots__ = ("length", "value")

    def __init__(self, value: int = 0, length: int = 0) -> None:
        self.value = value
        self.length = length

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self.value = crc64(data, self.value)
        self.length += len(data)

    def hexdigest(self) -> str:
        return format(self.value, "016x")

    def __str__(self) -> str:
        """COS writes the CRC as an unsigned decimal string."""
        return str(self.value)


def _gf2_times(mat: list[int], vec: int) -> int:
    total = 0
    i = 0
    while vec:
        if vec & 1:
            total ^= mat[i]
        vec >>= 1
        i += 1
    return total


def _gf2_square(mat: list[int]) -> list[int]:
    return [_gf2_times(mat, mat[n]) for n in range(64)]


def _gf2_product(a: list[int], b: list[int]) -> list[int]:
    """Matrix product a*b (apply b first, then a)."""
    return [_gf2_times(a, b[n]) for n in range(64)]


_ONE_ZERO_BYTE: list[int] | None = None
_POW2_BYTES: list[list[int]] = []  # [k]: operator appending 2**k zero bytes
_POW2_LOCK = threading.Lock()


def _pow2_operator(k: int) -> list[int]:
    global _ONE_ZERO_BYTE
    with _POW2_LOCK:
        if _ONE_ZERO_BYTE is None:
            op = [_POLY_REFLECTED] + [1 << n for n in range(63)]  # one zero bit
            for _ in range(3):  # -> two, four, eight zero bits
                op = _gf2_square(op)
            _ONE_ZERO_BYTE = op
            _POW2_BYTES.append(op)
        while len(_POW2_BYTES) <= k:
            _POW2_BYTES.append(_gf2_square(_POW2_BYTES[-1]))
        return _POW2_BYTES[k]


@functools.lru_cache(maxsize=256)
def _zeros_operator(nbytes: int) -> tuple[int, ...]:
    """Operator that advances a CRC register over ``nbytes`` zero bytes (cached per length:
    multipart objects have thousands of parts of one size, so one matrix serves them all)."""
    op: list[int] | None = None
    k = 0
    while nbytes:
        if nbytes & 1:
            step = _pow2_operator(k)
            op = step if op is None else _gf2_product(step, op)
        nbytes >>= 1
        k += 1
    assert op is not None
    return tuple(op)


def combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC of A+B from crc(A)=crc1, crc(B)=crc2 and len(B)=len2."""
    if len2 <= 0:
        return crc1
    op = _zeros_operator(len2)
    total = 0
    i = 0
    vec = crc1
    while vec:
        if vec & 1:
            total ^= op[i]
        vec >>= 1
        i += 1
    return (total ^ crc2) & _MASK


def combine_many(parts: list[tuple[int, int]]) -> int:
    """Combine ``[(crc, length), ...]`` of consecutive ranges into the CRC of the whole."""
    total = 0
    for crc, length in parts:
        total = combine(total, crc, length)
    return total
