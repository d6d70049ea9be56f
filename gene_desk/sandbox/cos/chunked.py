"""Request bodies that are not a plain Content-Length stream.

* ``Transfer-Encoding: chunked`` (requests with a generator body, some S3 tools).
* ``aws-chunked`` (``x-amz-content-sha256: STREAMING-...``): ``hex-size[;chunk-signature=S]``
  CRLF data CRLF ..., a zero-size chunk, then optional trailers such as
  ``x-amz-checksum-crc32:BASE64`` and ``x-amz-trailer-signature:S``. Chunk signatures chain from
  the request's seed signature and are verified as each chunk ends; trailing checksums are
  verified against the decoded bytes.

Decoders expose ``readinto`` so the body pipeline treats every kind of body the same way.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from typing import Protocol

from fastcrc import crc32 as _crc32

from .auth_sigv4 import SigV4Auth
from .errors import ConnectionAbort, CosError

MAX_LINE = 8192


class Readable(Protocol):
    def readinto(self, buffer: memoryview) -> int | None: ...

    def readline(self, limit: int = -1) -> bytes: ...


class _Checksum:
    """Incremental trailing checksum (x-amz-checksum-*), rendered as S3 does (base64)."""

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self._value = 0
        self._hash = None
        if algorithm == "sha1":
            self._hash = hashlib.sha1()
        elif algorithm == "sha256":
            self._hash = hashlib.sha256()
        elif algorithm not in ("crc32", "crc32c"):
            raise ValueError(algorithm)

    def update(self, data: memoryview) -> None:
        if self._hash is not None:
            self._hash.update(data)
        elif self.algorithm == "crc32":
            self._value = zlib.crc32(data, self._value)
        elif self._value:
            self._value = _crc32.iscsi(data, self._value)
        else:
            self._value = _crc32.iscsi(data)

    def b64(self) -> str:
        raw = self._hash.digest() if self._hash is not None else self._value.to_bytes(4, "big")
        return base64.b64encode(raw).decode("ascii")


def checksum_for(name: str) -> _Checksum | None:
    """``x-amz-checksum-crc32`` -> a checksum object, None for algorithms not verified."""
    algorithm = name.lower().removeprefix("x-amz-checksum-")
    try:
        return _Checksum(algorithm)
    except ValueError:
        return None


class ChunkedDecoder:
    """Decode HTTP chunked or aws-chunked framing from ``source``.

    ``auth`` (a verified SigV4 request with a signed streaming payload) turns on chunk signature
    checks; ``trailer`` names the trailing checksum header announced in ``x-amz-trailer``.
    """

    def __init__(
        self,
        source: Readable,
        *,
        auth: SigV4Auth | None = None,
        signed_chunks: bool = False,
        trailer: str | None = None,
    ) -> None:
        self._src = source
        self._auth = auth if signed_chunks else None
        self._previous = auth.signature if auth is not None else ""
        self._remaining = 0
        self._chunk_sig: str | None = None
        self._chunk_hash: hashlib._Hash | None = None
        self._done = False
        self._started = False
        self.trailers: dict[str, str] = {}
        self.decoded = 0
        self._trailer_name = trailer.lower().strip() if trailer else None
        self._checksum = checksum_for(self._trailer_name) if self._trailer_name else None

    def _line(self) -> bytes:
        line = self._src.readline(MAX_LINE)
        if not line:
            raise ConnectionAbort("client closed the connection inside a chunked body", reset=False)
        if not line.endswith(b"\n"):
            raise CosError("IncompleteBody", "chunk header line too long")
        return line.rstrip(b"\r\n")

    def _start_chunk(self) -> None:
        header = self._line()
        size_text, _, ext = header.partition(b";")
        try:
            size = int(size_text.strip(), 16)
        except ValueError:
            raise CosError("IncompleteBody", "malformed chunk size") from None
        self._chunk_sig = None
        for item in ext.split(b";"):
            name, _, value = item.partition(b"=")
            if name.strip() == b"chunk-signature":
                self._chunk_sig = value.strip().decode("ascii", "replace").lower()
        if self._auth is not None:
            if not self._chunk_sig:
                raise CosError("SignatureDoesNotMatch", "chunk is missing its chunk-signature")
            self._chunk_hash = hashlib.sha256()
        self._remaining = size
        if size == 0:
            self._end_chunk()
            self._read_trailers()
            self._done = True

    def _end_chunk(self) -> None:
        if self._auth is not None:
            assert self._chunk_hash is not None
            sts = self._auth.chunk_string_to_sign(self._previous, self._chunk_hash.hexdigest())
            expected = self._auth.sign(sts)
            if expected != self._chunk_sig:
                raise CosError("SignatureDoesNotMatch", "chunk signature does not match")
            self._previous = expected

    def _read_trailers(self) -> None:
        raw_lines = []
        while True:
            line = self._line()
            if not line:
                break
            raw_lines.append(line)
            name, _, value = line.decode("latin-1").partition(":")
            self.trailers[name.strip().lower()] = value.strip()
        sig = self.trailers.pop("x-amz-trailer-signature", None)
        if self._auth is not None and self._trailer_name is not None:
            canonical = "".join(
                f"{k}:{v}\n" for k, v in self.trailers.items() if k != "x-amz-trailer-signature"
            )
            sts = self._auth.trailer_string_to_sign(
                self._previous, hashlib.sha256(canonical.encode("utf-8")).hexdigest()
            )
            if sig is None or self._auth.sign(sts) != sig.lower():
                raise CosError("SignatureDoesNotMatch", "trailer signature does not match")
        if self._checksum is not None:
            got = self.trailers.get(self._trailer_name or "")
            if got is None:
                raise CosError("InvalidRequest", f"missing trailer {self._trailer_name}")
            if got != self._checksum.b64():
                raise CosError(
                    "BadDigest", f"The {self._checksum.algorithm} checksum does not match."
                )

    def readinto(self, buffer: memoryview) -> int:
        if self._done:
            return 0
        if self._remaining == 0:
            if self._started:
                # CRLF after the previous chunk's data
                if self._line():
                    raise CosError("IncompleteBody", "chunk data longer than its size")
                self._end_chunk()
            self._started = True
            self._start_chunk()
            if self._done:
                return 0
        want = min(len(buffer), self._remaining)
        n = self._src.readinto(buffer[:want]) or 0
        if n <= 0:
            raise ConnectionAbort("client closed the connection inside a chunk", reset=False)
        view = buffer[:n]
        if self._chunk_hash is not None:
            self._chunk_hash.update(view)
        if self._checksum is not None:
            self._checksum.update(view)
        self._remaining -= n
        self.decoded += n
        return n

    def readline(self, limit: int = -1) -> bytes:  # for nesting aws-chunked inside chunked
        out = bytearray()
        one = bytearray(1)
        while limit < 0 or len(out) < limit:
            if self.readinto(memoryview(one)) == 0:
                break
            out += one
            if one == b"\n":
                break
        return bytes(out)
