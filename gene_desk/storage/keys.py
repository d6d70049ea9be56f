"""Object keys, folder names and ``cos://`` URLs.

COS keys are arbitrary UTF-8 up to 850 bytes; "folders" are prefixes ending in '/', made visible
by a zero-byte marker object. Names a user types are checked here before any request.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from gene_desk.core.errors import ErrorCode, GeneDeskError

MAX_KEY_BYTES = 850
_FORBIDDEN_IN_NAME = set("/\\")


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a folder or file name segment, or None."""
    if not name or not name.strip():
        return "empty"
    if name in (".", ".."):
        return "dots"
    if any(ch in _FORBIDDEN_IN_NAME for ch in name):
        return "slash"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "control"
    return None


def folder_key(parent: str, name: str) -> str:
    """Key of the marker of folder ``name`` under ``parent`` ('' or 'a/b/')."""
    problem = name_problem(name)
    if problem is not None:
        raise GeneDeskError(
            ErrorCode.INVALID_OBJECT_NAME,
            {
                "empty": "a folder name is required",
                "dots": "'.' and '..' are not folder names",
                "slash": "a folder name cannot contain '/' or '\\'",
                "control": "a folder name cannot contain control characters",
            }[problem],
            path=name,
            details={"reason": problem},
        )
    if parent and not parent.endswith("/"):
        parent += "/"
    key = f"{parent}{name}/"
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise GeneDeskError(
            ErrorCode.INVALID_OBJECT_NAME,
            f"the full path is longer than COS allows ({MAX_KEY_BYTES} bytes)",
            path=key,
            details={"reason": "length"},
        )
    return key


def parent_prefix(prefix: str) -> str:
    """'a/b/c/' -> 'a/b/', 'a/' -> '', '' -> ''."""
    trimmed = prefix.rstrip("/")
    if "/" not in trimmed:
        return ""
    return trimmed.rsplit("/", 1)[0] + "/"


def check_addressable(key: str) -> str:
    """``key``, or UNSAFE_KEY when a request cannot name it: a ``.`` or ``..`` path component
    (``a/..``, ``./a``) is resolved by the HTTP layer *after* the request was signed, so COS
    would see another path (SignatureDoesNotMatch at best, another object at worst)."""
    if any(part in (".", "..") for part in key.split("/")):
        raise GeneDeskError(
            ErrorCode.UNSAFE_KEY,
            "refused: a '.' or '..' path component cannot be sent to COS as it is",
            path=key,
            details={"reason": "dot segment"},
        )
    return key


@dataclass(frozen=True)
class CosUrl:
    bucket: str
    key: str  # may be '' (bucket root) or end in '/' (a folder)

    def __str__(self) -> str:
        return f"cos://{self.bucket}/{self.key}"


def parse_cos_url(text: str) -> CosUrl:
    """``cos://BUCKET[/KEY]`` -> CosUrl. The key is taken verbatim (no percent-decoding)."""
    if not text.startswith("cos://"):
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, f"expected cos://BUCKET[/PATH], got {text!r}", path=text
        )
    rest = text[len("cos://") :]
    bucket, _, key = rest.partition("/")
    if not bucket:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "the URL names no bucket", path=text)
    return CosUrl(bucket, check_addressable(key))
