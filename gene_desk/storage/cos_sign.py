"""COS request signatures, built as Tencent's "请求签名" document describes them.

Source: https://cloud.tencent.com/document/product/436/7778 (请求签名; also
https://www.tencentcloud.com/zh/document/product/436/7778). The steps, in the document's names:

1. ``KeyTime`` = ``StartTimestamp;EndTimestamp`` (Unix seconds).
2. ``SignKey`` = HMAC-SHA1(SecretKey, KeyTime), lower-case hex.
3. ``UrlParamList`` / ``HttpParameters``, ``HeaderList`` / ``HttpHeaders``: each name and value
   UrlEncoded (everything but ``A-Z a-z 0-9 - _ . ~``; a space is ``%20``), names lower-cased,
   sorted by name, joined as ``name=value`` with ``&`` (the lists: names joined with ``;``).
4. ``HttpString`` = ``HttpMethod(lower)\\nUriPathname\\nHttpParameters\\nHttpHeaders\\n``, where
   ``UriPathname`` is the request path as the object key reads (``/`` + key, not encoded).
5. ``StringToSign`` = ``sha1\\nKeyTime\\nSHA1(HttpString) (hex)\\n``.
6. ``Signature`` = HMAC-SHA1(SignKey, StringToSign), lower-case hex.
7. ``Authorization`` = ``q-sign-algorithm=sha1&q-ak=SecretId&q-sign-time=KeyTime&q-key-time=
   KeyTime&q-header-list=HeaderList&q-url-param-list=UrlParamList&q-signature=Signature``.

Why here and not the SDK's ``CosS3Auth``: that signer re-derives ``SignKey`` and re-encodes every
header (the 1 KB security token included) for each request; with 10,000 small objects that is a
measurable share of the client's CPU. :class:`Signer` keeps one key time for a window and caches
the ``SignKey`` derived from it (the document lets the key serve every request of its key time),
and caches the encodings of names and values that repeat (host, token). Which headers are signed
is the signer's choice; this one signs the same set as the SDK (:data:`SIGNED_HEADERS`, ``x-cos-*``
and ``x-ci-*``), so a test can compare the two byte for byte (tests/storage/test_cos_sign.py).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from urllib.parse import quote

DOC_URL = "https://cloud.tencent.com/document/product/436/7778"

# Headers worth signing (the SDK's ``filter_headers`` list): a proxy could change any of them.
SIGNED_HEADERS = frozenset(
    {
        "cache-control",
        "content-disposition",
        "content-encoding",
        "content-type",
        "content-md5",
        "content-length",
        "expect",
        "expires",
        "host",
        "if-match",
        "if-modified-since",
        "if-none-match",
        "if-unmodified-since",
        "origin",
        "range",
        "transfer-encoding",
        "pic-operations",
    }
)

#: A key time serves requests for this long, then the next window starts.
KEY_WINDOW = 3600
#: A key time starts this long before now: the document's allowance for clocks running ahead.
CLOCK_SLACK = 60
#: A request never gets a key time with less than this left (a slow 256 KiB upload still fits).
MIN_LEFT = 600


@lru_cache(maxsize=4096)
def url_encode(text: str) -> str:
    """The document's UrlEncode: UTF-8 bytes, everything but ``A-Za-z0-9-_.~`` as %XX."""
    return quote(text.encode("utf-8"), "-_.~")


def _signed(name: str) -> bool:
    return name in SIGNED_HEADERS or name.startswith(("x-cos-", "x-ci-"))


def _pairs(items: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """(``a;b``, ``a=1&b=2``): encoded, lower-cased, sorted by encoded name."""
    encoded = sorted((url_encode(k).lower(), url_encode(v)) for k, v in items)
    return ";".join(k for k, _ in encoded), "&".join(f"{k}={v}" for k, v in encoded)


def sign_key(secret_key: str, key_time: str) -> str:
    """Step 2: SignKey = HMAC-SHA1(SecretKey, KeyTime) in lower-case hex."""
    return hmac.new(secret_key.encode("utf-8"), key_time.encode("utf-8"), hashlib.sha1).hexdigest()


def authorization(
    secret_id: str,
    signing_key: str,
    key_time: str,
    method: str,
    path: str,
    params: Mapping[str, str],
    headers: Mapping[str, str],
) -> str:
    """Steps 3–7 for one request. ``path`` is ``/`` + the object key, unencoded; ``headers``
    are those sent (only :data:`SIGNED_HEADERS`, ``x-cos-*`` and ``x-ci-*`` are signed)."""
    header_list, http_headers = _pairs((k, v) for k, v in headers.items() if _signed(k.lower()))
    param_list, http_params = _pairs(params.items())
    http_string = f"{method.lower()}\n{path}\n{http_params}\n{http_headers}\n"
    digest = hashlib.sha1(http_string.encode("utf-8")).hexdigest()
    string_to_sign = f"sha1\n{key_time}\n{digest}\n"
    signature = hmac.new(
        signing_key.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha1
    ).hexdigest()
    return (
        f"q-sign-algorithm=sha1&q-ak={secret_id}&q-sign-time={key_time}&q-key-time={key_time}"
        f"&q-header-list={header_list}&q-url-param-list={param_list}&q-signature={signature}"
    )


class Signer:
    """Signs requests with one pair of keys; the key time and its SignKey are kept for a window.

    A key time ``[now - CLOCK_SLACK, now + KEY_WINDOW]`` serves every request until less than
    ``MIN_LEFT`` of it remains; then the next one is made (thread-safe). ``clock`` is injectable
    so tests never wait for a window to pass."""

    def __init__(
        self, secret_id: str, secret_key: str, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.secret_id = secret_id
        self._secret_key = secret_key
        self._clock = clock
        self._lock = threading.Lock()
        self._window: tuple[int, str, str] = (0, "", "")  # (end, key time, sign key)
        self.derivations = 0  # SignKeys derived (tests check the cache)

    def __repr__(self) -> str:  # never the secret key
        return f"Signer(secret_id={self.secret_id!r})"

    def key(self) -> tuple[str, str]:
        """(KeyTime, SignKey) for a request sent now."""
        now = int(self._clock())
        end, key_time, signing_key = self._window
        if end - now >= MIN_LEFT:
            return key_time, signing_key
        with self._lock:
            end, key_time, signing_key = self._window
            if end - now < MIN_LEFT:
                start, end = now - CLOCK_SLACK, now + KEY_WINDOW
                key_time = f"{start};{end}"
                signing_key = sign_key(self._secret_key, key_time)
                self._window = (end, key_time, signing_key)
                self.derivations += 1
            return key_time, signing_key

    def sign(
        self,
        method: str,
        path: str,
        params: Mapping[str, str],
        headers: Mapping[str, str],
        key_time: str | None = None,
    ) -> str:
        """The Authorization header value; ``key_time`` given: that one (tests, cross-checks)."""
        if key_time is None:
            key_time, signing_key = self.key()
        else:
            signing_key = sign_key(self._secret_key, key_time)
        return authorization(self.secret_id, signing_key, key_time, method, path, params, headers)
