"""The metadata trailer at the end of every ``.zst`` Gene Desk writes.

A compressed upload streams into a multipart upload whose headers (``x-cos-meta-*``) are fixed
when it starts, before the CRC-64 of the original bytes is known. So the facts a downloader needs
to verify the *original* bytes (name, size, CRC-64, codec) travel inside the object itself, as a
zstd *skippable frame* after the data frames: ``zstd -d`` and ``tar --zstd`` skip it, and Gene
Desk checks the decompressed output against it. The same trailer ends local ``.zst`` files, so a
file compressed on one machine verifies itself when decompressed on another.

Layout: magic ``0x184D2A5D`` (LE u32, a skippable-frame magic), payload length (LE u32), payload
= ``b"GeneDeskMeta\\x01"`` + UTF-8 JSON ``{"name", "size", "crc64", "codec"}`` (crc64 as a decimal
string: it does not fit a JSON double).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

TRAILER_MAGIC = 0x184D2A5D
SKIPPABLE_MIN = 0x184D2A50
SKIPPABLE_MAX = 0x184D2A5F
SIGNATURE = b"GeneDeskMeta\x01"
MAX_PAYLOAD = 64 * 1024
# Enough bytes from the end of an object to always contain the trailer.
TAIL_BYTES = 8 + MAX_PAYLOAD


@dataclass(frozen=True)
class Trailer:
    name: str
    size: int  # bytes of the original input (file size, or tar stream length)
    crc64: int  # CRC-64 (COS variant) of the original input
    codec: str  # "zstd" (a file) or "tar+zstd" (a folder)

    def to_bytes(self) -> bytes:
        payload = SIGNATURE + json.dumps(
            {"name": self.name, "size": self.size, "crc64": str(self.crc64), "codec": self.codec},
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
        if len(payload) > MAX_PAYLOAD:
            raise ValueError("trailer payload too large")
        return struct.pack("<II", TRAILER_MAGIC, len(payload)) + payload


def parse_payload(payload: bytes | bytearray | memoryview) -> Trailer | None:
    """The trailer in a skippable frame's payload, or None if it is someone else's frame."""
    payload = bytes(payload)
    if not payload.startswith(SIGNATURE):
        return None
    try:
        data: dict[str, Any] = json.loads(payload[len(SIGNATURE) :].decode("utf-8"))
        return Trailer(str(data["name"]), int(data["size"]), int(data["crc64"]), str(data["codec"]))
    except (ValueError, KeyError, TypeError):
        return None


def find_trailer(tail: bytes | bytearray | memoryview) -> Trailer | None:
    """Find a trailer that ends exactly at the end of ``tail`` (the last bytes of a stream)."""
    tail = bytes(tail)
    pos = tail.rfind(struct.pack("<I", TRAILER_MAGIC))
    while pos >= 0:
        if pos + 8 <= len(tail):
            (size,) = struct.unpack_from("<I", tail, pos + 4)
            if pos + 8 + size == len(tail):
                found = parse_payload(tail[pos + 8 :])
                if found is not None:
                    return found
        pos = tail.rfind(struct.pack("<I", TRAILER_MAGIC), 0, pos)
    return None
