"""Small-object requests built and signed by the engine itself: PUT, GET and HEAD Object.

Why: for a 4 KiB object the SDK's per-call work (kwargs mapping, URL building, ``CosS3Auth``
re-deriving the sign key and re-encoding the security token, response dict building, debug log
formatting) costs more CPU than the bytes; on a 2-core machine that CPU caps how many requests
the client keeps in flight (issue 18). :class:`LeanClient` does only what those three calls need:

* the URL and ``Host`` exactly as the SDK builds them (``CosConfig.get_host``, key quoted with
  ``/-_.~`` kept, ``./`` escaped), cached per bucket;
* the Tencent-documented signature (:mod:`storage.cos_sign`), with the SignKey cached for its key
  time;
* sent on the connections of the same :class:`storage.http.LiteSession` pool (proxies, TCP
  options, stop flag), one request and its whole answer at a time (:mod:`storage.lean_http`:
  a quarter of the CPU of a request through urllib3 and http.client);
* failures raised as the SDK raises them (``CosServiceError`` built from the same status, body or
  headers; ``CosClientError`` for anything on the way), so ``CosClients.call`` — the one path of
  retries, error mapping with request ids and key renewal — treats both alike, and the callers'
  CRC-64 checks read the same headers.

It has the SDK's signatures for the calls (``put_object(Bucket=, Key=, Body=, Metadata=,
StorageClass=)``, ``get_object(Bucket=, Key=, IfMatch=, Range=)``, ``head_object``): a caller hands
either client to the same function. Anything else stays with the SDK.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import urllib3
from qcloud_cos import CosConfig
from qcloud_cos.cos_exception import CosClientError, CosServiceError

from gene_desk import __version__
from gene_desk.storage.cos_sign import Signer
from gene_desk.storage.http import LiteSession
from gene_desk.storage.lean_http import LeanResponse, exchange

log = logging.getLogger(__name__)

#: Objects up to this size go through the lean path. Measured (bench/cpu_per_object.py --rows
#: sizes, CPU per object, SDK path / lean path): GET 0.46 / 0.18 ms and PUT 0.57 / 0.19 ms at
#: 256 KiB, but GET 0.63 / 1.13 ms at 1 MiB, where reading the answer whole costs more than the
#: SDK's streaming; bigger objects are ranged or multipart anyway.
LEAN_MAX = 256 * 1024
USER_AGENT = f"gene-desk/{__version__}"
_NO_PARAMS: dict[str, str] = {}


class _StreamBody:
    """What callers read of the SDK's ``StreamBody``."""

    __slots__ = ("_raw",)

    def __init__(self, raw: LeanResponse) -> None:
        self._raw = raw

    def get_raw_stream(self) -> LeanResponse:
        return self._raw


def _error(method: str, raw: LeanResponse) -> CosServiceError:
    """The error the SDK raises for this answer (``CosS3Client.send_request``), field for field."""
    headers = raw.headers
    status = raw.status
    if method == "HEAD" and status == 404:
        info: dict[str, Any] = {
            "code": "NoSuchResource",
            "message": "The Resource You Head Not Exist",
            "resource": raw.geturl(),
        }
        if "x-cos-request-id" in headers:
            info["requestid"] = headers["x-cos-request-id"]
        if "x-cos-trace-id" in headers:
            info["traceid"] = headers["x-cos-trace-id"]
        return CosServiceError(method, info, status)
    text = raw.data.decode("utf-8", errors="replace") if method != "HEAD" else ""
    if "x-cos-error-code" in headers:
        info = {"code": headers["x-cos-error-code"], "message": text}
        if "x-cos-request-id" in headers:
            info["requestid"] = headers["x-cos-request-id"]
        return CosServiceError(method, info, status)
    # no body: the SDK hands the response headers over as the message (urllib3's mapping, which
    # CosServiceError keeps as the "origin" message; client.map_cos_error reads the id there)
    return CosServiceError(method, text or urllib3.HTTPHeaderDict(headers), status)


class LeanClient:
    """PUT / GET / HEAD Object with one generation of keys, in one region. The methods take
    the SDK's argument names (``Bucket=``, ``Key=``, ...): callers hand either client over."""

    def __init__(
        self,
        http: LiteSession,
        conf: CosConfig,
        signer: Signer,
        token: str | None,
        timeout: float | None,
    ) -> None:
        self._http = http
        self._conf = conf
        self.signer = signer
        self._token = token
        self._timeout = timeout
        self._proxies = conf._proxies
        self._scheme = conf._scheme
        self._hosts: dict[str, str] = {}

    def get_conf(self) -> CosConfig:
        """The SDK configuration this client mirrors (``CosClients.call`` reads the key id)."""
        return self._conf

    def _send(
        self,
        method: str,
        bucket: str,
        key: str,
        headers: dict[str, str],
        body: Any = None,
    ) -> LeanResponse:
        host = self._hosts.get(bucket)
        if host is None:
            host = self._hosts[bucket] = self._conf.get_host(Bucket=bucket)
        if not key or key == "/":
            raise CosClientError("Key is required not empty")
        path = key if key[0] == "/" else "/" + key
        url = f"{self._scheme}://{host}{quote(path.encode('utf-8'), '/-_.~').replace('./', '.%2F')}"
        headers["Host"] = host
        if self._token is not None:
            headers["x-cos-security-token"] = self._token
        headers["Authorization"] = self.signer.sign(method, path, _NO_PARAMS, headers)
        headers["User-Agent"] = USER_AGENT
        for name, value in headers.items():
            if not value.isascii():  # sent as UTF-8 bytes, as the SDK sends them (signed as text)
                headers[name] = value.encode("utf-8")  # type: ignore[assignment]
        try:
            raw = exchange(self._http, method, url, self._proxies, headers, body, self._timeout)
        except Exception as exc:  # as the SDK: whatever failed on the way is a client error
            raise CosClientError(str(exc)) from exc
        if raw.status >= 400:
            raise _error(method, raw)
        return raw

    def put_object(
        self,
        Bucket: str,
        Body: Any,
        Key: str,
        Metadata: dict[str, str] | None = None,
        StorageClass: str | None = None,
    ) -> dict[str, Any]:
        headers: dict[str, str] = {"Content-Length": str(len(Body))}
        if Metadata:
            headers.update(Metadata)
        if StorageClass:
            headers["x-cos-storage-class"] = StorageClass
        return self._send("PUT", Bucket, Key, headers, Body).headers

    def get_object(
        self,
        Bucket: str,
        Key: str,
        KeySimplifyCheck: bool = False,
        IfMatch: str | None = None,
        Range: str | None = None,
    ) -> dict[str, Any]:
        headers: dict[str, str] = {}
        if IfMatch:
            headers["If-Match"] = IfMatch
        if Range:
            headers["Range"] = Range
        raw = self._send("GET", Bucket, Key, headers)
        response: dict[str, Any] = dict(raw.headers)
        response["Body"] = _StreamBody(raw)
        return response

    def head_object(self, Bucket: str, Key: str) -> dict[str, Any]:
        return self._send("HEAD", Bucket, Key, {}).headers
