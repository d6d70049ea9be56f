"""Whether a ranged GET got the bytes it asked for.

A GET with ``Range: bytes=A-B`` should answer 206 with ``Content-Range: bytes A-B/TOTAL``. A
server or a proxy on the way may ignore the header and send the whole object with 200: reading
``B-A+1`` bytes of it would put the object's first bytes where bytes A.. belong, silently. The
preview (preview/fetch.py) and ranged downloads (transfer/download.py) both check the answer here
before reading, so the rule and its message are one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gene_desk.core.errors import ErrorCode, GeneDeskError


def require_range(
    response: Mapping[str, Any], offset: int, length: int, *, path: str, body: Any = None
) -> None:
    """Raise BAD_RESPONSE unless ``response`` (the SDK's get_object answer) carries the range
    ``offset`` .. ``offset + length - 1``; ``body`` (the raw stream) is closed first, since the
    caller will not read it."""
    got = str(response.get("Content-Range") or response.get("content-range") or "")
    if got.startswith(f"bytes {offset}-{offset + length - 1}/"):
        return
    if body is not None:
        body.close()
    raise GeneDeskError(
        ErrorCode.BAD_RESPONSE,
        "the server (or a proxy on the way) ignored the byte range asked for",
        request_id=response.get("x-cos-request-id"),
        path=path,
    )
