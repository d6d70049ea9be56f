"""Keys, clients and small helpers shared by the sandbox COS tests."""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import quote

import crcmod
import requests
from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_auth import CosS3Auth
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox.keys import KeyRecord

APPID = "1250000000"
OTHER_APPID = "1250000001"
REGION = "ap-guangzhou"

PERM = KeyRecord("AKIDsandboxPERM0001", "perm-secret-key", APPID, "alice")
TEMP = KeyRecord(
    "AKIDsandboxTEMP0001",
    "temp-secret-key",
    APPID,
    "alice",
    token="session-token-0001",
    expires_at=time.time() + 24 * 3600,
)
EXPIRED = KeyRecord(
    "AKIDsandboxOLD00001",
    "old-secret-key",
    APPID,
    "alice",
    token="session-token-old",
    expires_at=time.time() - 60,
)
OTHER = KeyRecord("AKIDsandboxBOB00001", "bob-secret-key", OTHER_APPID, "bob")
ALL_KEYS = (PERM, TEMP, EXPIRED, OTHER)

# the CRC-64 cos-python-sdk-v5 itself checks downloads with (independent of gene_desk.core)
crc64_ref = crcmod.mkCrcFun(0x142F0E1EBA9EA3693, initCrc=0, xorOut=0xFFFFFFFFFFFFFFFF, rev=True)


def md5_etag(data: bytes) -> str:
    return f'"{hashlib.md5(data).hexdigest()}"'


def multipart_etag(parts: list[bytes]) -> str:
    digest = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts)).hexdigest()
    return f'"{digest}-{len(parts)}"'


def cos_config(
    address: str,
    record: KeyRecord = PERM,
    *,
    secret_key: str | None = None,
    token: str | bool | None = True,
    region: str = REGION,
) -> CosConfig:
    """CosConfig exactly as Gene Desk builds it for the sandbox (the server is an HTTP proxy)."""
    proxy = f"http://{address}"
    return CosConfig(
        Region=region,
        SecretId=record.secret_id,
        SecretKey=secret_key or record.secret_key,
        Token=(record.token if token is True else token or None),
        Scheme="http",
        Proxies={"http": proxy, "https": proxy},
    )


def error_of(exc: CosServiceError) -> tuple[int, str]:
    return exc.get_status_code(), exc.get_error_code()


@dataclass
class Signed:
    """A COS-signed request sent with requests through the sandbox proxy (for what the SDK has
    no method for: odd methods, hand-written XML, partial bodies)."""

    client: CosS3Client

    def url(self, bucket: str | None, key: str | None = None) -> str:
        conf = self.client.get_conf()
        return conf.uri(bucket=bucket, path=key) if key else conf.uri(bucket=bucket)

    def request(
        self,
        method: str,
        bucket: str,
        key: str | None = None,
        *,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        data: bytes | None = None,
        session: requests.Session | None = None,
        stream: bool = False,
    ) -> requests.Response:
        conf = self.client.get_conf()
        params = params or {}
        headers = dict(headers or {})
        if conf._token:
            headers["x-cos-security-token"] = conf._token
        sess = session or requests
        return sess.request(
            method,
            self.url(bucket, key),
            params=params,
            headers=headers,
            data=data,
            auth=CosS3Auth(conf, key, params=params),
            proxies=conf._proxies,
            timeout=30,
            stream=stream,
        )


# -- an independent SigV4 signer, for request shapes botocore does not produce over plain HTTP --
def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def sigv4_headers(
    record: KeyRecord,
    method: str,
    host: str,
    path: str,
    *,
    payload: str,
    extra: dict[str, str] | None = None,
    query: str = "",
    region: str = REGION,
    now: float | None = None,
    date_header: bool = False,
) -> tuple[dict[str, str], bytes, str, str]:
    """Headers for a SigV4 request; returns (headers, signing key, amz date, scope+signature).

    ``date_header`` dates the request with an RFC 1123 ``Date`` header instead of
    ``x-amz-date`` (SigV4 allows either; the string to sign carries the ISO 8601 form).
    """
    when = now if now is not None else time.time()
    t = time.gmtime(when)
    amz_date = time.strftime("%Y%m%dT%H%M%SZ", t)
    date = amz_date[:8]
    headers = {"host": host, "x-amz-content-sha256": payload}
    if date_header:
        headers["date"] = email.utils.formatdate(when, usegmt=True)
    else:
        headers["x-amz-date"] = amz_date
    if record.token:
        headers["x-amz-security-token"] = record.token
    headers.update({k.lower(): v for k, v in (extra or {}).items()})
    names = sorted(headers)
    canonical = "\n".join(
        [
            method,
            quote(path, safe="/-_.~"),
            query,
            "".join(f"{n}:{headers[n].strip()}\n" for n in names),
            ";".join(names),
            payload,
        ]
    )
    scope = f"{date}/{region}/s3/aws4_request"
    sts = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("AWS4" + record.secret_key).encode()
    for part in (date, region, "s3", "aws4_request"):
        key = _hmac(key, part)
    signature = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={record.secret_id}/{scope}, "
        f"SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return headers, key, amz_date, f"{scope}|{signature}"


def sigv4_presigned_path(
    record: KeyRecord,
    method: str,
    host: str,
    path: str,
    *,
    expires: int,
    now: float,
    region: str = REGION,
) -> str:
    """A query-string-signed (presigned) path, as botocore's generate_presigned_url builds it."""
    amz_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now))
    scope = f"{amz_date[:8]}/{region}/s3/aws4_request"
    params = {
        "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
        "X-Amz-Credential": f"{record.secret_id}/{scope}",
        "X-Amz-Date": amz_date,
        "X-Amz-Expires": str(expires),
        "X-Amz-SignedHeaders": "host",
    }
    query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}" for k, v in sorted(params.items())
    )
    canonical = "\n".join(
        [method, quote(path, safe="/-_.~"), query, f"host:{host}\n", "host", "UNSIGNED-PAYLOAD"]
    )
    sts = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("AWS4" + record.secret_key).encode()
    for part in (amz_date[:8], region, "s3", "aws4_request"):
        key = _hmac(key, part)
    signature = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
    return f"{quote(path, safe='/-_.~')}?{query}&X-Amz-Signature={signature}"


def aws_chunked_signed(data: bytes, chunk: int, key: bytes, amz_date: str, scope_sig: str) -> bytes:
    """aws-chunked body with chunk signatures (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)."""
    scope, previous = scope_sig.split("|")
    empty = hashlib.sha256(b"").hexdigest()
    out = bytearray()
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)] + [b""]
    for piece in pieces:
        sts = "\n".join(
            [
                "AWS4-HMAC-SHA256-PAYLOAD",
                amz_date,
                scope,
                previous,
                empty,
                hashlib.sha256(piece).hexdigest(),
            ]
        )
        previous = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
        out += f"{len(piece):x};chunk-signature={previous}\r\n".encode() + piece + b"\r\n"
    return bytes(out)


def aws_chunked_trailer(data: bytes, chunk: int, trailer: str) -> bytes:
    """aws-chunked body with a trailing checksum (STREAMING-UNSIGNED-PAYLOAD-TRAILER)."""
    out = bytearray()
    for i in range(0, len(data), chunk):
        piece = data[i : i + chunk]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    out += b"0\r\n" + trailer.encode() + b"\r\n\r\n"
    return bytes(out)
