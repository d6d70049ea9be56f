"""The sandbox verifies COS signatures as Tencent's "请求签名" document describes them
(https://cloud.tencent.com/document/product/436/7778), not as one client happens to build them.

Each request here is signed step by step in the test itself (KeyTime, SignKey = HMAC-SHA1(SecretKey,
KeyTime), HttpString with the lower-case method, the *unencoded* path and the UrlEncoded, sorted
parameters and headers, StringToSign, Signature) and sent raw, so neither the SDK nor the engine's
signer (storage/cos_sign.py) decides what the sandbox accepts. One key time serves several
requests (the engine caches the SignKey derived from it).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import time
from urllib.parse import quote

from .support import PERM


def _enc(text: str) -> str:
    return quote(text.encode("utf-8"), "-_.~")


def _authorization(method: str, path: str, headers: dict[str, str], key_time: str) -> str:
    signed = sorted((_enc(k).lower(), _enc(v)) for k, v in headers.items())
    http_string = "\n".join([method.lower(), path, "", "&".join(f"{k}={v}" for k, v in signed), ""])
    sign_key = hmac.new(PERM.secret_key.encode(), key_time.encode(), hashlib.sha1).hexdigest()
    to_sign = f"sha1\n{key_time}\n{hashlib.sha1(http_string.encode()).hexdigest()}\n"
    signature = hmac.new(sign_key.encode(), to_sign.encode(), hashlib.sha1).hexdigest()
    return (
        f"q-sign-algorithm=sha1&q-ak={PERM.secret_id}&q-sign-time={key_time}"
        f"&q-key-time={key_time}&q-header-list={';'.join(k for k, _ in signed)}"
        f"&q-url-param-list=&q-signature={signature}"
    )


def _send(server, method, bucket, key, body, key_time, *, signed_path=None):
    host = f"{bucket}.cos.ap-guangzhou.myqcloud.com"
    headers = {"Host": host, "Content-Length": str(len(body))}
    path = "/" + key
    auth = _authorization(method, signed_path or path, headers, key_time)
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        url = f"http://{host}{quote(path.encode('utf-8'), '/-_.~')}"  # absolute form: a proxy
        conn.request(method, url, body=body, headers={**headers, "Authorization": auth})
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def test_a_request_signed_by_the_documented_steps_is_accepted(server, bucket):
    now = int(time.time())
    key_time = f"{now - 60};{now + 3600}"
    key = "数据 目录/reads (1)+x.fastq"
    assert _send(server, "PUT", bucket, key, b"ACGT", key_time)[0] == 200
    status, body = _send(server, "GET", bucket, key, b"", key_time)  # the same key time again
    assert (status, body) == (200, b"ACGT")


def test_the_signed_path_is_the_unencoded_one(server, bucket):
    now = int(time.time())
    key_time = f"{now - 60};{now + 3600}"
    key = "a b/中.txt"
    encoded = "/" + quote(key.encode("utf-8"), "/-_.~")
    status, body = _send(server, "PUT", bucket, key, b"x", key_time, signed_path=encoded)
    assert status == 403 and b"SignatureDoesNotMatch" in body


def test_a_key_time_that_has_ended_is_refused(server, bucket):
    now = int(time.time())
    status, body = _send(server, "PUT", bucket, "k", b"x", f"{now - 7200};{now - 3600}")
    assert status == 403 and b"AccessDenied" in body
