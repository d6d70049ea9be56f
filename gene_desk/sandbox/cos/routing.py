"""Where a request goes: service, bucket or object, and how it named the bucket.

The product reaches the sandbox as an HTTP *proxy*: the SDK sends absolute-form request lines
(``GET http://NAME-APPID.cos.REGION.myqcloud.com/key HTTP/1.1``) with the real COS Host header.
S3 tools (rclone, aws-cli, s3cmd, curl) talk to ``http://127.0.0.1:PORT/BUCKET/KEY`` instead
(path-style). Both, plus origin-form requests with a bucket domain in Host (CosConfig's IP/Port
mode), are resolved here into one :class:`Target` so the operations never care which it was.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote_to_bytes

from .errors import CosError

_DOMAINS = r"(?:myqcloud\.com|tencentcos\.cn)"
_COS = r"cos(?:-internal)?"  # CosConfig(EnableOldDomain=False) uses cos-internal. by default
_VIRTUAL = re.compile(rf"^(?P<bucket>[^.]+)\.{_COS}\.(?P<region>[a-z0-9-]+)\.{_DOMAINS}$")
_SERVICE = re.compile(rf"^service\.cos\.{_DOMAINS}$")
_REGIONAL = re.compile(rf"^{_COS}\.(?P<region>[a-z0-9-]+)\.{_DOMAINS}$")
# a bucket domain may also name an S3-style endpoint used with path-style buckets
_LOCAL_NAMES = {"localhost", "localhost.localdomain"}


@dataclass
class Target:
    method: str
    raw_path: str  # as sent, still percent-encoded (latin-1 text of the request bytes)
    raw_query: str
    host: str  # Host as the client sent/signed it (may include a port)
    hostname: str  # lower-case, no port
    style: str  # "service" | "virtual" | "path"
    bucket: str | None = None
    key: str = ""
    region: str | None = None  # from the host name, when it carries one
    local: bool = False  # Host is this machine (loopback/IP literal): admin API allowed
    query: list[tuple[str, str]] = field(default_factory=list)
    params: dict[str, str] = field(default_factory=dict)

    @property
    def resource(self) -> str:
        """``/bucket/key`` (decoded), used for fault matching and error Resource fields."""
        if not self.bucket:
            return "/"
        return f"/{self.bucket}/{self.key}" if self.key else f"/{self.bucket}"


def split_target(target: str) -> tuple[str | None, str, str]:
    """Request target -> (authority or None for origin-form, raw path, raw query)."""
    authority = None
    lower = target[:8].lower()
    if lower.startswith("http://") or lower.startswith("https://"):
        rest = target.split("://", 1)[1]
        slash = rest.find("/")
        qmark = rest.find("?")
        cut = min(i for i in (slash, qmark, len(rest)) if i >= 0)
        authority, rest = rest[:cut], rest[cut:]
        if not rest.startswith("/"):
            rest = "/" + rest
        target = rest
    path, _, query = target.partition("?")
    path = path.split("#", 1)[0]
    return authority, path or "/", query


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:port
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def is_local(hostname: str) -> bool:
    if hostname in _LOCAL_NAMES:
        return True
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


def decode_path(raw: str) -> str:
    """Percent-decode a path (raw text is latin-1 of the wire bytes) into a UTF-8 str."""
    try:
        return unquote_to_bytes(raw.encode("latin-1")).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise CosError("InvalidURI", "The request path is not valid UTF-8.") from None


def decode_query(raw: str) -> list[tuple[str, str]]:
    try:
        # the request line arrives as latin-1 text of the wire bytes; parse_qsl on str
        # percent-decodes as UTF-8 ('+' is a space, as requests sends it)
        text = raw.encode("latin-1").decode("utf-8")
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, UnicodeEncodeError, ValueError):
        raise CosError("InvalidURI", "The query string is not valid.") from None


def resolve(method: str, target: str, host_header: str | None) -> Target:
    authority, raw_path, raw_query = split_target(target)
    host = host_header if host_header else (authority or "")
    hostname = _hostname(host)
    query = decode_query(raw_query) if raw_query else []
    params: dict[str, str] = {}
    for k, v in query:
        params.setdefault(k, v)
    t = Target(method, raw_path, raw_query, host, hostname, "path", query=query, params=params)
    path = decode_path(raw_path)
    m = _VIRTUAL.match(hostname)
    if m:
        t.style = "virtual"
        t.bucket = m.group("bucket")
        t.region = m.group("region")
        t.key = path[1:] if path.startswith("/") else path
        return t
    if _SERVICE.match(hostname):
        t.style = "service"
        if path not in ("", "/"):
            raise CosError("InvalidURI", "The service endpoint has no objects.")
        return t
    m = _REGIONAL.match(hostname)
    if m:
        t.region = m.group("region")
    else:
        t.local = is_local(hostname) or not hostname
    stripped = path[1:] if path.startswith("/") else path
    if not stripped:
        t.style = "service"
        return t
    bucket, _, key = stripped.partition("/")
    t.bucket = bucket
    t.key = key
    return t
