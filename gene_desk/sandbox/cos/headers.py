"""Small header helpers shared by the handler: ranges, dates, metadata, digests."""

from __future__ import annotations

import base64
import binascii
import email.utils
import itertools
import os
import re
import time
from collections.abc import Mapping
from urllib.parse import quote

from .errors import CosError

_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
_counter = itertools.count(1)
_PROCESS_TAG = os.urandom(3).hex()

# stored with the object and returned on GET/HEAD
STORED_HEADERS = (
    "Content-Type",
    "Content-Encoding",
    "Content-Disposition",
    "Content-Language",
    "Cache-Control",
    "Expires",
)
DEFAULT_CONTENT_TYPE = "application/octet-stream"


def request_id() -> str:
    raw = f"{int(time.time()):x}_{_PROCESS_TAG}_{next(_counter):x}_{os.urandom(3).hex()}"
    return base64.b64encode(raw.encode("ascii")).decode("ascii").rstrip("=")


def http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


def parse_http_date(text: str | None) -> float | None:
    if not text:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return parsed.timestamp()


def parse_range(value: str | None, size: int) -> tuple[int, int] | None:
    """``Range`` -> (start, length); None to serve the whole object; InvalidRange for 416."""
    if not value:
        return None
    m = _RANGE.match(value)
    if not m:  # multiple ranges or another unit: ignored, as HTTP allows
        return None
    first, last = m.group(1), m.group(2)
    if first == "" and last == "":
        return None
    if first == "":
        n = int(last)
        if n == 0 or size == 0:
            raise _invalid_range(size)
        n = min(n, size)
        return size - n, n
    start = int(first)
    if last != "" and int(last) < start:
        return None  # syntactically invalid: ignore
    if start >= size:
        raise _invalid_range(size)
    end = size - 1 if last == "" else min(int(last), size - 1)
    return start, end - start + 1


_COPY_RANGE = re.compile(r"^bytes=(\d+)-(\d+)$")


def parse_copy_range(value: str, size: int) -> tuple[int, int]:
    """``x-cos-copy-source-range`` -> (start, length), strictly.

    "Upload Part - Copy": the value must be ``bytes=first-last``, both 0-based offsets into the
    source. Unlike ``Range`` on GET (which HTTP lets a server ignore), a copy range that is
    malformed is refused (InvalidArgument) and one past the source's end is InvalidRange:
    copying the whole object instead would silently build a wrong object.
    """
    m = _COPY_RANGE.match(value.strip())
    if not m:
        raise CosError(
            "InvalidArgument",
            "x-cos-copy-source-range must be bytes=first-last with 0-based offsets.",
        )
    first, last = int(m.group(1)), int(m.group(2))
    if first > last:
        raise CosError("InvalidArgument", "x-cos-copy-source-range: first is after last.")
    if last >= size:
        raise CosError(
            "InvalidRange",
            f"x-cos-copy-source-range is beyond the source object's {size} bytes.",
            headers={"Content-Range": f"bytes */{size}"},
        )
    return first, last - first + 1


def _etag_listed(value: str, etag: str) -> bool:
    tags = {v.strip().strip('"') for v in value.split(",")}
    return "*" in tags or etag in tags


def check_copy_conditions(headers: Mapping[str, str], etag: str, mtime: float) -> None:
    """``x-cos-copy-source-If-*`` ("PUT Object - Copy", "Upload Part - Copy" request headers):
    PreconditionFailed (412) unless they hold for the source. As on S3, a matching If-Match
    overrides If-Unmodified-Since and a present If-None-Match decides over If-Modified-Since."""

    def get(name: str) -> str | None:
        value = headers.get(f"x-cos-copy-source-{name}")
        return value if value is not None else headers.get(f"x-amz-copy-source-{name}")

    etag = etag.strip('"')
    if_match = get("If-Match")
    if if_match is not None:
        if not _etag_listed(if_match, etag):
            raise CosError("PreconditionFailed", "x-cos-copy-source-If-Match does not match.")
    else:
        since = parse_http_date(get("If-Unmodified-Since"))
        if since is not None and int(mtime) > since:
            raise CosError("PreconditionFailed", "The copy source was modified since then.")
    if_none = get("If-None-Match")
    if if_none is not None:
        if _etag_listed(if_none, etag):
            raise CosError("PreconditionFailed", "x-cos-copy-source-If-None-Match matches.")
    else:
        since = parse_http_date(get("If-Modified-Since"))
        if since is not None and int(mtime) <= since:
            raise CosError("PreconditionFailed", "The copy source was not modified since then.")


def _invalid_range(size: int) -> CosError:
    return CosError("InvalidRange", headers={"Content-Range": f"bytes */{size}"})


def user_metadata(headers: Mapping[str, str]) -> dict[str, str]:
    """``x-cos-meta-*`` and ``x-amz-meta-*`` -> {suffix: value}."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        low = name.lower()
        for prefix in ("x-cos-meta-", "x-amz-meta-"):
            if low.startswith(prefix) and len(low) > len(prefix):
                out[low[len(prefix) :]] = value
    return out


def stored_headers(headers: Mapping[str, str]) -> dict[str, str]:
    out = {}
    for name in STORED_HEADERS:
        value = headers.get(name)
        if value is None:
            continue
        if name == "Content-Encoding":
            parts = [p.strip() for p in value.split(",") if p.strip().lower() != "aws-chunked"]
            value = ", ".join(p for p in parts if p)
            if not value:
                continue
        out[name] = value
    return out


def content_md5(headers: Mapping[str, str]) -> bytes | None:
    value = headers.get("Content-MD5")
    if value is None:
        return None
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise CosError("InvalidDigest") from None
    if len(raw) != 16:
        raise CosError("InvalidDigest")
    return raw


def url_encode(text: str) -> str:
    """``encoding-type=url`` values: decodable by both unquote (COS SDK) and unquote_plus (boto)."""
    return quote(text.encode("utf-8"), safe="/")
