"""COS request signatures (``q-sign-algorithm=sha1``), verified exactly as
``qcloud_cos/cos_auth.py`` builds them.

The SDK signs ``method.lower()``, the *unencoded* key path (``/`` + key), the url-param list and
the header list, each name lower-cased and every name and value ``quote(..., '-_.~')``-encoded,
sorted by encoded name. The server does not know which headers/params were signed except through
``q-header-list``/``q-url-param-list``, so it rebuilds the format string from those lists.
The same signature may also arrive in the query string (presigned URLs).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from gene_desk.sandbox.keys import KeyRecord, KeyStore

from .errors import CosError

ALLOWED_SKEW = 900  # seconds a q-sign-time may start in the future (clock drift)
_FIELDS = (
    "q-sign-algorithm",
    "q-ak",
    "q-sign-time",
    "q-key-time",
    "q-header-list",
    "q-url-param-list",
    "q-signature",
)


@dataclass
class CosSignature:
    fields: dict[str, str]
    presigned: bool

    @property
    def secret_id(self) -> str:
        return self.fields.get("q-ak", "")


def _enc(text: str) -> str:
    return quote(text.encode("utf-8"), "-_.~")


def _enc_header_value(text: str) -> str:
    # http.server decodes header bytes as latin-1; re-encode to get the bytes the client signed
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    return quote(raw, "-_.~")


def parse_header(value: str) -> CosSignature | None:
    if not value.lstrip().startswith("q-sign-algorithm="):
        return None
    fields: dict[str, str] = {}
    for item in value.strip().split("&"):
        name, _, val = item.partition("=")
        fields[name.strip()] = val.strip()
    return CosSignature(fields, presigned=False)


def parse_query(params: Mapping[str, str]) -> CosSignature | None:
    if "q-sign-algorithm" not in params:
        return None
    return CosSignature({k: params[k] for k in _FIELDS if k in params}, presigned=True)


def _time_range(text: str) -> tuple[int, int]:
    start, _, end = text.partition(";")
    try:
        return int(start), int(end)
    except ValueError:
        raise CosError("AccessDenied", "q-sign-time is malformed.") from None


def verify(
    sig: CosSignature,
    *,
    method: str,
    paths: Sequence[str],
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    keystore: KeyStore,
    now: float | None = None,
) -> KeyRecord:
    """Check ``sig`` against the request; returns the caller's key record or raises CosError.

    ``paths`` are the candidate signed paths (``/key`` for virtual-host requests; for a
    path-style request both ``/bucket/key`` and ``/key``), tried in order.
    ``headers`` must be a case-insensitive mapping of the received headers.
    """
    f = sig.fields
    missing = [k for k in _FIELDS if k not in f and k not in ("q-header-list", "q-url-param-list")]
    if missing:
        raise CosError("AccessDenied", f"Authorization is missing {', '.join(missing)}.")
    if f["q-sign-algorithm"].lower() != "sha1":
        raise CosError("AccessDenied", "Only q-sign-algorithm=sha1 is supported.")
    record = keystore.lookup(f["q-ak"])
    if record is None:
        raise CosError("InvalidAccessKeyId")
    now = time.time() if now is None else now
    start, end = _time_range(f["q-sign-time"])
    kstart, kend = _time_range(f["q-key-time"])
    if start > now + ALLOWED_SKEW or kstart > now + ALLOWED_SKEW:
        raise CosError("RequestTimeTooSkewed", "q-sign-time starts in the future.")
    if end < now or kend < now:
        raise CosError("AccessDenied", "Request has expired")

    header_names = [h for h in f.get("q-header-list", "").split(";") if h]
    param_names = [p for p in f.get("q-url-param-list", "").split(";") if p]
    encoded_headers: dict[str, str] = {}
    for name, value in headers.items():
        encoded_headers.setdefault(_enc(name).lower(), _enc_header_value(value))
    encoded_params: dict[str, str] = {}
    for name, value in query:
        encoded_params.setdefault(_enc(name).lower(), _enc(value))
    param_str = "&".join(f"{n}={encoded_params.get(n, '')}" for n in sorted(param_names))
    # The SDK signs the URL's hostname (no port) unless it set Host itself: try both forms.
    host_values = [encoded_headers.get("host", "")]
    host = headers.get("host", "")
    if ":" in host and not host.endswith("]"):
        host_values.append(_enc_header_value(host.rsplit(":", 1)[0]))
    header_strs = []
    for host_value in host_values:
        encoded_headers["host"] = host_value
        header_strs.append(
            "&".join(f"{n}={encoded_headers.get(n, '')}" for n in sorted(header_names))
        )

    sign_key = hmac.new(
        record.secret_key.encode("utf-8"), f["q-key-time"].encode("utf-8"), hashlib.sha1
    ).hexdigest()
    given = f["q-signature"].lower()
    for path in paths:
        for header_str in header_strs:
            fmt = f"{method.lower()}\n{path}\n{param_str}\n{header_str}\n"
            sts = f"sha1\n{f['q-sign-time']}\n{hashlib.sha1(fmt.encode('utf-8')).hexdigest()}\n"
            expected = hmac.new(sign_key.encode("utf-8"), sts.encode("utf-8"), hashlib.sha1)
            if hmac.compare_digest(expected.hexdigest(), given):
                break
        else:
            continue
        break
    else:
        raise CosError("SignatureDoesNotMatch")
    token = headers.get("x-cos-security-token") or _qget(query, "x-cos-security-token")
    check_token(record, token, now=now)
    return record


def _qget(query: Sequence[tuple[str, str]], name: str) -> str | None:
    for k, v in query:
        if k.lower() == name:
            return v
    return None


def check_token(record: KeyRecord, token: str | None, *, now: float | None = None) -> None:
    """Temporary keys need their session token, and stop working at ``expires_at``."""
    if record.token is None:
        return
    if record.expired(now):
        raise CosError("ExpiredToken")
    if not token:
        raise CosError("InvalidToken", "This temporary key requires its security token.")
    if not hmac.compare_digest(token.encode("utf-8"), record.token.encode("utf-8")):
        raise CosError("InvalidToken")
