"""SDK clients built from the session's temporary credentials, and the error/retry policy.

Why not one long-lived CosS3Client: the SDK keeps credentials on its config object and updates
them field by field, so a refresh racing a request could sign with a half-updated pair. Instead a
client is built per (region, credential generation); building one is cheap and they all share one
requests.Session, so connections are reused across refreshes.

How COS is reached comes only from the account service's answer: ``endpoint`` is None for real
Tencent Cloud (the SDK's default HTTPS endpoints), or a proxy address (the sandbox).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import requests
from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_exception import CosClientError, CosServiceError

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import sdk_xml
from gene_desk.storage.cos_sign import Signer
from gene_desk.storage.credentials import StorageCredentials
from gene_desk.storage.http import abort_on, make_session
from gene_desk.storage.lean import LeanClient

sdk_xml.install()  # the SDK's own XML parsing eval()s and freezes other threads (see sdk_xml)
log = logging.getLogger(__name__)
T = TypeVar("T")

_SERVICE_CODES = {
    "NoSuchBucket": ErrorCode.NO_SUCH_BUCKET,
    "NoSuchKey": ErrorCode.NO_SUCH_KEY,
    "NoSuchResource": ErrorCode.NO_SUCH_KEY,
    "BucketNotEmpty": ErrorCode.BUCKET_NOT_EMPTY,
    "BucketAlreadyOwnedByYou": ErrorCode.BUCKET_EXISTS,
    "BucketAlreadyExists": ErrorCode.BUCKET_EXISTS,
    "InvalidBucketName": ErrorCode.INVALID_BUCKET_NAME,
    "AccessDenied": ErrorCode.ACCESS_DENIED,
    "InvalidAccessKeyId": ErrorCode.ACCESS_DENIED,
    "ExpiredToken": ErrorCode.CREDENTIALS_EXPIRED,
    "TokenRefreshRequired": ErrorCode.CREDENTIALS_EXPIRED,
    "RequestTimeTooSkewed": ErrorCode.CREDENTIALS_EXPIRED,
    "SignatureDoesNotMatch": ErrorCode.SIGNATURE_MISMATCH,
    "SlowDown": ErrorCode.SLOW_DOWN,
    "InvalidRegionName": ErrorCode.INVALID_REGION,
    "InvalidLocationConstraint": ErrorCode.INVALID_REGION,
    # an ARCHIVE / DEEP_ARCHIVE object read before a restore ("COS 访问 403 错误")
    "InvalidObjectState": ErrorCode.OBJECT_ARCHIVED,
    "RestoreAlreadyInProgress": ErrorCode.RESTORE_IN_PROGRESS,  # "POST Object restore": 409
}


# A HEAD answer has no body, so COS's error code never reaches the client ("HEAD Object",
# 实际案例 案例三: an error is its status, x-cos-request-id and x-cos-trace-id, nothing more).
# The SDK then reports "NoSuchResource" for a 404 and "Unknown" (with the response headers as
# its message) for anything else. Those errors are mapped by their status alone; the storage
# layer only ever HEADs objects, so a 404 is the object being absent.
_CODELESS = {"", "Unknown", "NoSuchResource"}
_STATUS_CODES = {
    403: ErrorCode.ACCESS_DENIED,
    404: ErrorCode.NO_SUCH_KEY,
    503: ErrorCode.SLOW_DOWN,
}


def _codeless_request_id(exc: CosServiceError) -> str | None:
    """The request id of an error without a body.

    For a 404 the SDK builds a dict with ``requestid``; otherwise it passes the response headers
    as the message (kept as the digest when they are a requests CaseInsensitiveDict, as the
    "origin" message when they are urllib3's HTTPHeaderDict, as with our LiteSession).
    """
    for message in (exc.get_digest_msg(), exc.get_origin_msg()):
        if isinstance(message, dict):
            value = message.get("requestid")
        elif isinstance(message, Mapping):
            value = message.get("x-cos-request-id")
        else:
            continue
        if value:
            return str(value)
    return None


def map_cos_error(exc: Exception, *, operation: str, resource: str = "") -> GeneDeskError:
    """Turn an SDK exception into a GeneDeskError (code, request id, retryable flag)."""
    if isinstance(exc, CosServiceError):
        status = exc.get_status_code()
        remote = exc.get_error_code() or ""
        if remote in _CODELESS:
            code = _STATUS_CODES.get(status)
            if code is None:
                code = ErrorCode.SERVER_ERROR if status >= 500 else ErrorCode.COS_ERROR
            return GeneDeskError(
                code,
                f"{operation} failed: HTTP {status}",
                request_id=_codeless_request_id(exc),
                path=resource or None,
                status=status,
                retryable=status >= 500,
                details={"cos_code": "", "status_only": True},
            )
        code = _SERVICE_CODES.get(remote)
        if code is None:
            code = ErrorCode.SERVER_ERROR if status >= 500 else ErrorCode.COS_ERROR
        # RequestTimeout: COS gave up waiting for the body (a slow link); try again
        retryable = status >= 500 or code is ErrorCode.SLOW_DOWN or remote == "RequestTimeout"
        message = exc.get_error_msg() or remote or f"HTTP {status}"
        return GeneDeskError(
            code,
            f"{operation} failed: {remote or status}: {message}",
            request_id=exc.get_request_id() or None,
            path=resource or None,
            status=status,
            retryable=retryable,
            details={"cos_code": remote},
        )
    if isinstance(exc, CosClientError):
        text = str(exc)
        timeout = "timed out" in text.lower() or "timeout" in text.lower()
        return GeneDeskError(
            ErrorCode.TIMEOUT if timeout else ErrorCode.NETWORK,
            f"{operation} failed: cannot reach COS ({_short(text)})",
            path=resource or None,
            retryable=True,
        )
    if isinstance(exc, requests.RequestException | ConnectionError | TimeoutError):
        return GeneDeskError(
            ErrorCode.NETWORK,
            f"{operation} failed: connection problem ({type(exc).__name__})",
            path=resource or None,
            retryable=True,
        )
    raise exc


def _maybe_expired(error: GeneDeskError) -> bool:
    """Expired keys, or a HEAD refused with 400/403 and no code: on COS that is how expired
    temporary keys look to a HEAD, so it is worth one renewal before calling it denied."""
    if error.code is ErrorCode.CREDENTIALS_EXPIRED:
        return True
    return bool(error.details.get("status_only")) and error.status in (400, 403)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class RetryPolicy:
    """The one retry policy of every COS request (listing buckets, a HEAD, a part upload):
    exponential backoff with full jitter, bounded by a time budget per request.

    Why one policy and a time budget: metadata calls run one at a time, so a burst of 5xx that
    parallel part uploads share among themselves used to hit a single listing call five times
    and end the command after ~13 s, while the transfer requests survived the same burst. Every
    request now keeps retrying while its budget lasts (``attempts`` is only a safety cap: its
    worst-case backoff still fits in the budget). ``clock``, ``sleep`` and ``rng`` are injectable
    so tests never wait on real time.
    """

    def __init__(
        self,
        attempts: int = 10,
        base: float = 0.5,
        cap: float = 20.0,
        budget: float = 120.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float, threading.Event | None], bool] | None = None,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.attempts = attempts
        self.base = base
        self.cap = cap
        self.budget = budget
        self.clock = clock
        self._sleep = sleep or _sleep
        self._rng = rng

    def delay(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt))."""
        return self._rng() * min(self.cap, self.base * (2**attempt))

    def gives_up(self, attempt: int, started: float) -> bool:
        """After ``attempt`` failures of a request that started at ``started`` (``clock``)."""
        return attempt >= self.attempts or self.clock() - started >= self.budget

    def pause(self, seconds: float, cancel: threading.Event | None) -> bool:
        """Wait before the next try; True when ``cancel`` was set meanwhile."""
        return self._sleep(seconds, cancel)


def _sleep(seconds: float, cancel: threading.Event | None) -> bool:
    if cancel is not None:
        return cancel.wait(seconds)
    time.sleep(seconds)
    return False


class CosClients:
    """Per-region CosS3Client factory over a refreshing credential source."""

    def __init__(
        self,
        credentials: Callable[[], StorageCredentials],
        invalidate: Callable[[str], None],
        *,
        pool_size: int = 32,
        timeout: float = 60.0,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._credentials = credentials
        self._invalidate = invalidate
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.http = make_session(pool_size)
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], CosS3Client] = {}
        self._lean: dict[tuple[str, str], LeanClient] = {}
        self._signer: Signer | None = None  # of the current key generation

    @property
    def appid(self) -> str:
        return self._credentials().appid

    def current(self) -> StorageCredentials:
        return self._credentials()

    def invalidate(self, secret_id: str) -> None:
        """These keys were refused as expired: the next call fetches new ones."""
        self._invalidate(secret_id)

    def client(self, region: str) -> CosS3Client:
        creds = self._credentials()
        key = (region, creds.secret_id)
        with self._lock:
            client = self._cache.get(key)
            if client is None:
                # drop clients of older credential generations
                self._cache = {k: v for k, v in self._cache.items() if k[1] == creds.secret_id}
                client = CosS3Client(self._config(region, creds), retry=0, session=self.http)
                self._cache[key] = client
            return client

    def lean(self, region: str) -> LeanClient:
        """The engine's own PUT/GET/HEAD client (``storage.lean``) for ``region`` with the
        current keys: same session, same configuration as :meth:`client`, one signer (and so one
        cached SignKey) per key generation."""
        creds = self._credentials()
        key = (region, creds.secret_id)
        client = self._lean.get(key)
        if client is not None:
            return client
        sdk = self.client(region)
        with self._lock:
            client = self._lean.get(key)
            if client is None:
                if self._signer is None or self._signer.secret_id != creds.secret_id:
                    self._signer = Signer(creds.secret_id, creds.secret_key)
                    self._lean = {k: v for k, v in self._lean.items() if k[1] == creds.secret_id}
                client = LeanClient(
                    self.http, sdk.get_conf(), self._signer, creds.token or None, self.timeout
                )
                self._lean[key] = client
            return client

    def _config(self, region: str, creds: StorageCredentials) -> CosConfig:
        options: dict[str, Any] = {
            "Region": region,
            "SecretId": creds.secret_id,
            "SecretKey": creds.secret_key,
            "Token": creds.token,
            "Timeout": self.timeout,
        }
        if creds.endpoint is not None:
            options["Scheme"] = creds.endpoint.scheme
            options["Proxies"] = {"http": creds.endpoint.proxy, "https": creds.endpoint.proxy}
        return CosConfig(**options)

    def call(
        self,
        region: str,
        operation: str,
        fn: Callable[[Any], T],
        *,
        resource: str = "",
        retry: bool = True,
        cancel: threading.Event | None = None,
        lean: bool = False,
    ) -> T:
        """Run ``fn(client)``; retry transient failures with backoff, refresh expired keys once.

        ``client`` is the SDK's ``CosS3Client``, or with ``lean`` the engine's own
        :class:`LeanClient` (small-object PUT/GET/HEAD, the same call signatures): either way
        this is the one path of retries, error mapping and key renewal. ``cancel`` stops the
        retries; when it is a ``StopFlag``, setting it also cuts off the request in flight (see
        ``http.abort_on``). Failures are logged with the COS request id, which is what support
        asks for.
        """
        attempt = 0
        refreshed = False
        policy = self.retry
        started = policy.clock()
        while True:
            try:
                # may renew keys: a retryable account error
                client = self.lean(region) if lean else self.client(region)
                with abort_on(cancel):  # a stop cuts the request off, even mid-body
                    return fn(client)
            except (CosServiceError, CosClientError, requests.RequestException) as exc:
                error = map_cos_error(exc, operation=operation, resource=resource)
            except GeneDeskError as exc:
                if not exc.retryable or exc.code is ErrorCode.CANCELLED:
                    raise
                error = exc  # the account service did not answer: back off like for COS
            if _maybe_expired(error) and not refreshed:
                refreshed = True
                log.info(
                    "%s: credentials expired or refused without a code (HTTP %s, request id %s);"
                    " renewing them once",
                    operation,
                    error.status,
                    error.request_id,
                )
                self._invalidate(client.get_conf()._secret_id)
                continue
            attempt += 1
            if not retry or not error.retryable or policy.gives_up(attempt, started):
                log.warning("%s failed after %d tries: %s", operation, attempt, error.to_dict())
                raise error
            wait = policy.delay(attempt)
            log.info(
                "%s: transient %s (request id %s), retry %d in %.2fs",
                operation,
                error.details.get("cos_code") or error.code.value,
                error.request_id,
                attempt,
                wait,
            )
            if policy.pause(wait, cancel):
                raise GeneDeskError(ErrorCode.CANCELLED, f"{operation} cancelled")
