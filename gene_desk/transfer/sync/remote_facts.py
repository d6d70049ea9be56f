"""What an object holds, asked of COS with one request when the cache does not know it.

A listing gives key, size and ETag, never a CRC-64. Sync compares CRC-64s, so an object whose
version (ETag) is not in the cache costs exactly one request:

- an object compared byte for byte with a local file: ``HEAD`` (``x-cos-hash-crc64ecma``);
- a Gene Desk ``.zst`` compared with the file it decompresses to: one **suffix range GET**
  (``Range: bytes=-N``). Its headers carry the metadata the upload wrote (``x-cos-meta-gd-size``,
  and ``x-cos-meta-gd-crc64`` for a single PUT) and the object's own CRC-64; its body is the
  last N bytes, which end with the trailer frame (name, size, CRC-64 of the original): a
  compressed multipart upload, whose metadata was fixed before the CRC was known, has it there.
  N = :data:`TAIL_PROBE` covers every trailer of a file name up to 255 bytes even with every
  character JSON-escaped; only a longer trailer costs a second, larger range.
- an archived object (ARCHIVE, DEEP_ARCHIVE) cannot be read without a restore: HEAD only; a
  compressed multipart one then has no original CRC-64 to give (see :class:`Verdict`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from gene_desk.codec.trailer import TAIL_BYTES, find_trailer
from gene_desk.core import storage_classes
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket, ObjectEntry
from gene_desk.transfer.sync.crc_cache import RemoteFacts
from gene_desk.transfer.upload import CODEC_FILE, META_CODEC, META_CRC, META_SIZE

log = logging.getLogger(__name__)

TAIL_PROBE = 8 * 1024


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _total_from_range(content_range: str) -> int | None:
    """``bytes 10-19/20`` -> 20."""
    _, _, total = content_range.rpartition("/")
    return _int(total)


def facts_from_headers(headers: dict[str, str], size: int | None = None) -> RemoteFacts:
    """The facts in HEAD / GET response headers (lower-cased names)."""
    codec = headers.get(META_CODEC, "")
    if size is None:
        size = _int(headers.get("content-length")) or 0
    return RemoteFacts(
        etag=headers.get("etag", "").strip('"'),
        size=size,
        crc64=_int(headers.get("x-cos-hash-crc64ecma")),
        codec=codec,
        original_size=_int(headers.get(META_SIZE)) if codec else None,
        original_crc64=_int(headers.get(META_CRC)) if codec else None,
    )


class RemoteProber:
    """Asks COS for the facts of single objects; counts its requests (shown by --dry-run -v)."""

    def __init__(
        self, storage: Storage, bucket: Bucket, cancel: threading.Event | None = None
    ) -> None:
        self.storage = storage
        self.bucket = bucket
        self.cancel = cancel
        self.heads = 0
        self.range_gets = 0
        self._lock = threading.Lock()

    def _call(self, what: str, key: str, fn: Any) -> Any:
        return self.storage.clients.call(
            self.bucket.region,
            what,
            fn,
            resource=f"{self.bucket.name}/{key}",
            cancel=self.cancel,
        )

    def head(self, entry: ObjectEntry) -> RemoteFacts:
        with self._lock:
            self.heads += 1
        headers = self._call(
            "head object",
            entry.key,
            lambda c: c.head_object(Bucket=self.bucket.name, Key=entry.key),
        )
        return facts_from_headers({k.lower(): str(v) for k, v in headers.items()})

    def original(self, entry: ObjectEntry) -> RemoteFacts:
        """Facts of a (presumably) Gene Desk ``.zst``, original size and CRC-64 included when
        the object has them."""
        if storage_classes.is_archived(entry.storage_class) or entry.size == 0:
            return self.head(entry)  # an archived object cannot be read; an empty one is no .zst
        facts, tail = self._tail(entry, TAIL_PROBE)
        if facts.codec != CODEC_FILE or facts.original_crc64 is not None:
            return facts
        trailer = find_trailer(tail)
        if trailer is None and len(tail) < min(TAIL_BYTES, facts.size):
            facts, tail = self._tail(entry, TAIL_BYTES)  # a trailer longer than any file name
            trailer = find_trailer(tail)
        if trailer is None:
            log.warning("%s/%s: Gene Desk metadata but no trailer", self.bucket.name, entry.key)
            return facts
        size = facts.original_size if facts.original_size is not None else trailer.size
        if size != trailer.size:
            log.warning("%s/%s: metadata and trailer disagree", self.bucket.name, entry.key)
            return facts
        return RemoteFacts(facts.etag, facts.size, facts.crc64, facts.codec, size, trailer.crc64)

    def _tail(self, entry: ObjectEntry, length: int) -> tuple[RemoteFacts, bytes]:
        with self._lock:
            self.range_gets += 1

        def get(client: Any) -> tuple[dict[str, str], bytes]:
            response = client.get_object(
                Bucket=self.bucket.name,
                Key=entry.key,
                Range=f"bytes=-{length}",
                KeySimplifyCheck=False,
            )
            raw = response.pop("Body").get_raw_stream()
            try:
                data = raw.read(length + 1)
            finally:
                raw.close()
            return {k.lower(): str(v) for k, v in response.items()}, data

        headers, data = self._call("read object trailer", entry.key, get)
        content_range = headers.get("content-range", "")
        total = _total_from_range(content_range) if content_range else len(data)
        if total is None or len(data) > length:
            raise GeneDeskError(
                ErrorCode.BAD_RESPONSE,
                "the server ignored the byte range asked for",
                request_id=headers.get("x-cos-request-id"),
                path=entry.key,
            )
        return facts_from_headers(headers, size=total), data
