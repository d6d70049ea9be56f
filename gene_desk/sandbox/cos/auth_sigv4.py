"""AWS Signature Version 4, as S3 tools send it to a COS-compatible endpoint.

What the tools send (found by capturing them against the sandbox; see docs/sandbox.md):

* botocore/boto3/aws-cli: header auth, ``x-amz-content-sha256`` = hex SHA-256 of the body (or
  ``UNSIGNED-PAYLOAD``), or ``STREAMING-UNSIGNED-PAYLOAD-TRAILER`` with an aws-chunked body and a
  trailing ``x-amz-checksum-crc32`` for PutObject/UploadPart (botocore >= 1.36).
* rclone 1.60 (aws-sdk-go v1): hex SHA-256 for small bodies, ``UNSIGNED-PAYLOAD`` for uploads.
* s3cmd 2.3: hex SHA-256, or ``STREAMING-AWS4-HMAC-SHA256-PAYLOAD`` (signed chunks).
* curl 7.88 ``--aws-sigv4``: no ``x-amz-content-sha256`` header at all; it signs the SHA-256 of
  the *empty* string whatever the body, and the path and query exactly as sent (not re-encoded,
  not sorted).

So the canonical URI and query are tried both as sent and re-encoded, and a missing
payload header means "the empty-payload hash was signed, the body is not covered".
"""

from __future__ import annotations

import calendar
import email.utils
import hashlib
import hmac
import time
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, unquote, unquote_plus

from gene_desk.sandbox.keys import KeyRecord, KeyStore

from .auth_cos import check_token
from .errors import CosError

ALGORITHM = "AWS4-HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
UNSIGNED = "UNSIGNED-PAYLOAD"
STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
STREAMING_SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
STREAMING_MODES = (STREAMING_SIGNED, STREAMING_SIGNED_TRAILER, STREAMING_UNSIGNED_TRAILER)
MAX_SKEW = 15 * 60
MAX_PRESIGN_EXPIRES = 7 * 24 * 3600


@dataclass
class SigV4Auth:
    """A verified SigV4 request: who signed it and how its payload must be checked."""

    record: KeyRecord
    payload: str  # the signed x-amz-content-sha256 value (hex, UNSIGNED-PAYLOAD, STREAMING-...)
    body_verified: bool  # False when the signature does not cover the body (curl, unsigned)
    signing_key: bytes
    amz_date: str
    scope: str
    signature: str

    @property
    def payload_sha256(self) -> str | None:
        """Hex SHA-256 the body must have, or None when it is not signed."""
        if self.body_verified and len(self.payload) == 64:
            return self.payload.lower()
        return None

    def chunk_string_to_sign(self, previous: str, chunk_sha256: str) -> str:
        return "\n".join(
            [
                "AWS4-HMAC-SHA256-PAYLOAD",
                self.amz_date,
                self.scope,
                previous,
                EMPTY_SHA256,
                chunk_sha256,
            ]
        )

    def trailer_string_to_sign(self, previous: str, trailer_sha256: str) -> str:
        return "\n".join(
            ["AWS4-HMAC-SHA256-TRAILER", self.amz_date, self.scope, previous, trailer_sha256]
        )

    def sign(self, string_to_sign: str) -> str:
        data = string_to_sign.encode("utf-8")
        return hmac.new(self.signing_key, data, hashlib.sha256).hexdigest()


def aws_encode(text: str, keep_slash: bool = False) -> str:
    return quote(text.encode("utf-8"), safe="-_.~/" if keep_slash else "-_.~")


def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    key = ("AWS4" + secret).encode("utf-8")
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def parse_header(value: str) -> dict[str, str] | None:
    value = value.strip()
    if not value.startswith(ALGORITHM + " "):
        return None
    fields: dict[str, str] = {}
    for item in value[len(ALGORITHM) :].split(","):
        name, _, val = item.strip().partition("=")
        fields[name.strip()] = val.strip()
    return fields


def _parse_amz_date(text: str) -> float:
    try:
        return float(calendar.timegm(time.strptime(text, "%Y%m%dT%H%M%SZ")))
    except ValueError:
        raise CosError("AccessDenied", "X-Amz-Date is not a valid ISO 8601 basic date.") from None


def _request_date(headers: Message) -> str:
    """The request time in ISO 8601 basic form, from ``x-amz-date`` or else ``Date``.

    SigV4 ("Signature Calculations for the Authorization Header": the time stamp comes from the
    x-amz-date header *or* the Date header, x-amz-date winning when both are sent) lets a client
    date a request with the ordinary HTTP ``Date`` header; the string to sign then carries that
    time as ``YYYYMMDDTHHMMSSZ``.
    """
    amz_date = (headers.get("x-amz-date") or "").strip()
    if amz_date:
        return amz_date
    date = (headers.get("date") or "").strip()
    if date:
        try:
            _parse_amz_date(date)
            return date  # already ISO 8601 basic
        except CosError:
            pass
        try:
            parsed = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError):
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(parsed.timestamp()))
    raise CosError("AccessDenied", "AWS authentication requires a valid Date or x-amz-date header.")


def _canonical_query(raw_query: str, plus_is_space: bool, drop: str | None = None) -> str:
    pairs = []
    for item in raw_query.split("&"):
        if not item:
            continue
        name, _, value = item.partition("=")
        dec = unquote_plus if plus_is_space else unquote
        name, value = dec(name), dec(value)
        if drop is not None and name == drop:
            continue
        pairs.append((aws_encode(name), aws_encode(value)))
    pairs.sort()
    return "&".join(f"{k}={v}" for k, v in pairs)


def _as_utf8(value: str) -> str:
    """A header value as the client most likely signed it.

    http.server decodes header bytes as latin-1. Clients that send UTF-8 bytes (rclone, curl:
    ``x-amz-meta-note: café`` as ``63 61 66 c3 a9``) sign those bytes, so the value must be read
    back as UTF-8; botocore instead sends latin-1 bytes but signs the UTF-8 of its str, which is
    what the latin-1 text already gives. Both are tried (see :func:`_canonical_headers`).
    """
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _canonical_headers(headers: Message, names: Sequence[str], host: str) -> list[str]:
    """The canonical header block; a second reading when a value is not plain ASCII."""
    lines = []
    for name in names:
        values = [host] if name == "host" else headers.get_all(name) or []
        joined = ",".join(" ".join(str(v).split()) for v in values)
        lines.append(f"{name}:{joined}\n")
    block = "".join(lines)
    if block.isascii():
        return [block]
    as_utf8 = _as_utf8(block)
    return [as_utf8, block] if as_utf8 != block else [block]


def _path_candidates(raw_path: str, decoded_path: str) -> list[str]:
    out = [raw_path]
    encoded = aws_encode(decoded_path, keep_slash=True)
    if encoded not in out:
        out.append(encoded)
    return out


def _verify(
    *,
    method: str,
    raw_path: str,
    decoded_path: str,
    raw_query: str,
    headers: Message,
    host: str,
    credential: str,
    signed_headers: str,
    signature: str,
    amz_date: str,
    payload_candidates: Sequence[str],
    keystore: KeyStore,
    drop_query: str | None,
) -> tuple[KeyRecord, bytes, str, str]:
    parts = credential.split("/")
    if len(parts) != 5 or parts[4] != "aws4_request":
        raise CosError("AccessDenied", "Credential is malformed.")
    access_key, date, region, service, _ = parts
    record = keystore.lookup(access_key)
    if record is None:
        raise CosError("InvalidAccessKeyId")
    key = signing_key(record.secret_key, date, region, service)
    scope = f"{date}/{region}/{service}/aws4_request"
    names = [n.strip().lower() for n in signed_headers.split(";") if n.strip()]
    header_blocks = _canonical_headers(headers, names, host)
    queries = [_canonical_query(raw_query, False, drop_query)]
    if "+" in raw_query:
        queries.append(_canonical_query(raw_query, True, drop_query))
    if drop_query is None and raw_query not in queries:
        queries.append(raw_query)  # curl 7.88 signs the query string exactly as sent
    given = signature.strip().lower()
    for path in _path_candidates(raw_path, decoded_path):
        for query in queries:
            for payload in payload_candidates:
                for canon_headers in header_blocks:
                    creq = "\n".join(
                        [method, path, query, canon_headers, ";".join(names), payload]
                    ).encode("utf-8")
                    sts = "\n".join(
                        [ALGORITHM, amz_date, scope, hashlib.sha256(creq).hexdigest()]
                    ).encode("utf-8")
                    mac = hmac.new(key, sts, hashlib.sha256).hexdigest()
                    if hmac.compare_digest(mac, given):
                        return record, key, scope, payload
    raise CosError("SignatureDoesNotMatch")


def verify_header(
    fields: dict[str, str],
    *,
    method: str,
    raw_path: str,
    decoded_path: str,
    raw_query: str,
    headers: Message,
    keystore: KeyStore,
    now: float | None = None,
) -> SigV4Auth:
    for name in ("Credential", "SignedHeaders", "Signature"):
        if name not in fields:
            raise CosError("AccessDenied", f"Authorization header is missing {name}.")
    amz_date = _request_date(headers)
    when = _parse_amz_date(amz_date)
    now = time.time() if now is None else now
    content_sha = (headers.get("x-amz-content-sha256") or "").strip()
    candidates = [content_sha] if content_sha else [EMPTY_SHA256, UNSIGNED]
    record, key, scope, payload = _verify(
        method=method,
        raw_path=raw_path,
        decoded_path=decoded_path,
        raw_query=raw_query,
        headers=headers,
        host=headers.get("host", ""),
        credential=fields["Credential"],
        signed_headers=fields["SignedHeaders"],
        signature=fields["Signature"],
        amz_date=amz_date,
        payload_candidates=candidates,
        keystore=keystore,
        drop_query=None,
    )
    if abs(now - when) > MAX_SKEW:
        raise CosError("RequestTimeTooSkewed")
    check_token(record, headers.get("x-amz-security-token"), now=now)
    return SigV4Auth(
        record=record,
        payload=payload,
        body_verified=bool(content_sha),
        signing_key=key,
        amz_date=amz_date,
        scope=scope,
        signature=fields["Signature"].strip().lower(),
    )


def verify_presigned(
    params: dict[str, str],
    *,
    method: str,
    raw_path: str,
    decoded_path: str,
    raw_query: str,
    headers: Message,
    keystore: KeyStore,
    now: float | None = None,
) -> SigV4Auth:
    if params.get("X-Amz-Algorithm") != ALGORITHM:
        raise CosError("AccessDenied", "Only AWS4-HMAC-SHA256 presigned URLs are supported.")
    for name in ("X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Signature"):
        if name not in params:
            raise CosError("AccessDenied", f"Query-string authentication requires {name}.")
    amz_date = params["X-Amz-Date"]
    when = _parse_amz_date(amz_date)
    try:
        expires = int(params.get("X-Amz-Expires", str(MAX_PRESIGN_EXPIRES)))
    except ValueError:
        raise CosError(
            "AuthorizationQueryParametersError", "X-Amz-Expires should be a number."
        ) from None
    # "Authenticating Requests: Using Query Parameters": X-Amz-Expires is 1..604800 (7 days)
    if expires < 0:
        raise CosError("AuthorizationQueryParametersError", "X-Amz-Expires must be non-negative.")
    if expires > MAX_PRESIGN_EXPIRES:
        raise CosError(
            "AuthorizationQueryParametersError",
            "X-Amz-Expires must be less than a week (in seconds) that is, the given X-Amz-Expires"
            f" must be less than {MAX_PRESIGN_EXPIRES} seconds.",
        )
    now = time.time() if now is None else now
    content_sha = (headers.get("x-amz-content-sha256") or "").strip()
    record, key, scope, payload = _verify(
        method=method,
        raw_path=raw_path,
        decoded_path=decoded_path,
        raw_query=raw_query,
        headers=headers,
        host=headers.get("host", ""),
        credential=params["X-Amz-Credential"],
        signed_headers=params["X-Amz-SignedHeaders"],
        signature=params["X-Amz-Signature"],
        amz_date=amz_date,
        payload_candidates=[content_sha or UNSIGNED],
        keystore=keystore,
        drop_query="X-Amz-Signature",
    )
    if now < when - MAX_SKEW:
        raise CosError("RequestTimeTooSkewed")
    if now > when + expires:
        raise CosError("AccessDenied", "Request has expired")
    check_token(record, params.get("X-Amz-Security-Token"), now=now)
    return SigV4Auth(
        record=record,
        payload=payload,
        body_verified=False,
        signing_key=key,
        amz_date=amz_date,
        scope=scope,
        signature=params["X-Amz-Signature"].lower(),
    )
