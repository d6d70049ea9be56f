"""Presigned COS GET URLs, signed as Tencent's 请求签名 document describes
(https://cloud.tencent.com/document/product/436/7778, "XML 版本请求签名").

Why the account service signs instead of the client: a URL signed with the client's *temporary*
keys stops working when those keys expire (at most two hours), while a share link lives up to
seven days. The service knows the account's bound permanent SecretId/SecretKey, so it signs with
those and never hands the key itself out.

The steps, as in the document (and as ``qcloud_cos.cos_auth.CosS3Auth`` implements them):

1. ``KeyTime = StartTimestamp;EndTimestamp``; ``SignKey = HMAC-SHA1(SecretKey, KeyTime)`` (hex);
2. ``UrlParamList``/``HttpParameters`` and ``HeaderList``/``HttpHeaders``: names lower-cased and
   URL-encoded, sorted, ``;``/``&``-joined (a GET share link signs only ``host``);
3. ``HttpString = method\\nUriPathname\\nHttpParameters\\nHttpHeaders\\n`` with the *decoded*
   path;
4. ``StringToSign = sha1\\nKeyTime\\nSHA1(HttpString)\\n``;
5. ``Signature = HMAC-SHA1(SignKey, StringToSign)`` (hex);
6. the fields go into the URL's query string (``q-sign-algorithm=sha1&q-ak=...``).

The start and end times are arguments (the service's injectable clock), not ``time.time()``, so a
test can move the clock past a link's expiry.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote, unquote, urlencode, urlsplit


def _enc(text: str) -> str:
    return quote(text.encode("utf-8"), "-_.~")


def signature_fields(
    *,
    secret_id: str,
    secret_key: str,
    method: str,
    path: str,
    host: str,
    start: int,
    end: int,
) -> dict[str, str]:
    """The ``q-*`` fields of a request signature for ``method path`` with ``host`` signed."""
    key_time = f"{start};{end}"
    sign_key = hmac.new(secret_key.encode(), key_time.encode(), hashlib.sha1).hexdigest()
    headers = {"host": host}
    header_list = ";".join(sorted(_enc(k).lower() for k in headers))
    http_headers = "&".join(f"{_enc(k).lower()}={_enc(v)}" for k, v in sorted(headers.items()))
    http_string = f"{method.lower()}\n{path}\n\n{http_headers}\n"
    string_to_sign = f"sha1\n{key_time}\n{hashlib.sha1(http_string.encode()).hexdigest()}\n"
    signature = hmac.new(sign_key.encode(), string_to_sign.encode(), hashlib.sha1).hexdigest()
    return {
        "q-sign-algorithm": "sha1",
        "q-ak": secret_id,
        "q-sign-time": key_time,
        "q-key-time": key_time,
        "q-header-list": header_list,
        "q-url-param-list": "",
        "q-signature": signature,
    }


def object_url(base: str, key: str) -> str:
    """``base`` (scheme://host[/bucket]) plus the object key, percent-encoded, ``/`` kept."""
    return f"{base.rstrip('/')}/{quote(key.encode('utf-8'), safe='/-_.~')}"


def presigned_get(url: str, *, secret_id: str, secret_key: str, start: int, end: int) -> str:
    """``url`` (an object URL without query) signed for GET from ``start`` to ``end``."""
    parts = urlsplit(url)
    # the document signs the decoded path (/exampleobject), not its percent-encoded form
    path = unquote(parts.path, encoding="utf-8", errors="strict")
    fields = signature_fields(
        secret_id=secret_id,
        secret_key=secret_key,
        method="GET",
        path=path,
        # the host name without a port, as the SDK signs it (COS checks either form)
        host=parts.hostname or "",
        start=start,
        end=end,
    )
    return f"{url}?{urlencode(fields)}"
