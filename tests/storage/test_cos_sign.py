"""The engine's COS signer (storage/cos_sign.py) against the SDK's own.

Tencent's "请求签名" document (https://cloud.tencent.com/document/product/436/7778) defines the
signature: KeyTime, SignKey = HMAC-SHA1(SecretKey, KeyTime), HttpString of the lower-case method,
the unencoded path and the UrlEncoded, lower-cased, sorted parameters and headers, StringToSign
and Signature. cos-python-sdk-v5 implements it (``CosS3Auth``, ``CosS3Client.get_auth``); for the
same inputs the two must produce the same Authorization header, byte for byte.
"""

from __future__ import annotations

import pytest
from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_auth import CosS3Auth

from gene_desk.storage import cos_sign
from gene_desk.storage.cos_sign import Signer, authorization, sign_key
from gene_desk.storage.http import _Prepared

SECRET_ID = "AKIDtestkey0000000000000000000000000"
SECRET_KEY = "s3cr3t/key+with=odd&chars"
TOKEN = "token with spaces/+=&?中文" * 20
BUCKET = "examplebucket-1250000000"

CASES = [
    # (method, key, params, headers): what the lean client and the SDK send
    ("GET", "plain.txt", {}, {}),
    ("PUT", "数据 目录/a b+c(1)~!.txt", {}, {"Content-Length": "4096"}),
    (
        "PUT",
        "dir/with space/x.fastq.zst",
        {},
        {
            "Content-Length": "12",
            "x-cos-meta-gd-name": "reads%20%281%29.fastq",
            "x-cos-storage-class": "STANDARD_IA",
            "Content-Type": "application/octet-stream",
            "User-Agent": "not signed",
        },
    ),
    ("HEAD", "/leading/slash", {}, {"If-Match": '"abc"'}),
    ("GET", "k", {"response-content-type": "text/plain; charset=utf-8", "versionId": "v 1"}, {}),
    ("GET", "range", {}, {"Range": "bytes=0-4095", "If-Match": '"e t a g"'}),
]


def _conf() -> CosConfig:
    return CosConfig(
        Region="ap-guangzhou", SecretId=SECRET_ID, SecretKey=SECRET_KEY, Token=TOKEN, Scheme="http"
    )


def _field(auth: str, name: str) -> str:
    return dict(item.split("=", 1) for item in auth.split("&"))[name]


@pytest.mark.parametrize(("method", "key", "params", "headers"), CASES)
def test_same_authorization_as_the_sdk_signer(method, key, params, headers):
    conf = _conf()
    host = conf.get_host(Bucket=BUCKET)
    sent = {**headers, "x-cos-security-token": TOKEN}
    request = _Prepared(method, conf.uri(bucket=BUCKET, path=key), dict(sent), None)
    CosS3Auth(conf, key, params=params)(request)  # the SDK signs (and adds the URL's host)
    theirs = request.headers["Authorization"]
    key_time = _field(theirs, "q-key-time")
    path = key if key.startswith("/") else "/" + key
    ours = Signer(SECRET_ID, SECRET_KEY).sign(
        method, path, params, {**sent, "Host": host}, key_time
    )
    assert ours == theirs
    assert "user-agent" not in _field(ours, "q-header-list")


@pytest.mark.parametrize(("method", "key", "params", "headers"), CASES)
def test_same_authorization_as_the_sdk_get_auth(method, key, params, headers):
    client = CosS3Client(_conf())
    theirs = client.get_auth(
        Method=method, Bucket=BUCKET, Key=key, Expired=300, Headers=dict(headers), Params=params
    )
    key_time = _field(theirs, "q-key-time")
    path = key if key.startswith("/") else "/" + key
    host = _conf().get_host(Bucket=BUCKET)
    signing_key = sign_key(SECRET_KEY, key_time)
    ours = authorization(
        SECRET_ID, signing_key, key_time, method, path, params, {**headers, "Host": host}
    )
    assert ours == theirs


def test_the_documented_steps():
    """Each step as the document writes it, spelled out independently of the module."""
    import hashlib
    import hmac

    key_time = "1557989151;1557996351"
    headers = {"Host": "b-1250000000.cos.ap-beijing.myqcloud.com", "Content-Length": "13"}
    got = Signer("AKIDexample", "secret").sign(
        "PUT", "/exampleobject(腾讯云)", {}, headers, key_time
    )
    signing = hmac.new(b"secret", key_time.encode(), hashlib.sha1).hexdigest()
    http_string = (
        "put\n/exampleobject(腾讯云)\n\n"
        "content-length=13&host=b-1250000000.cos.ap-beijing.myqcloud.com\n"
    )
    to_sign = f"sha1\n{key_time}\n{hashlib.sha1(http_string.encode()).hexdigest()}\n"
    signature = hmac.new(signing.encode(), to_sign.encode(), hashlib.sha1).hexdigest()
    assert got == (
        f"q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time={key_time}&q-key-time={key_time}"
        f"&q-header-list=content-length;host&q-url-param-list=&q-signature={signature}"
    )


def test_sign_key_is_derived_once_per_key_time():
    now = [1_700_000_000.0]
    signer = Signer(SECRET_ID, SECRET_KEY, clock=lambda: now[0])
    first = {signer.sign("GET", f"/k{i}", {}, {"Host": "h"}) for i in range(100)}
    assert signer.derivations == 1
    key_time = _field(next(iter(first)), "q-key-time")
    start, end = map(int, key_time.split(";"))
    assert start == now[0] - cos_sign.CLOCK_SLACK and end == now[0] + cos_sign.KEY_WINDOW
    now[0] = end - cos_sign.MIN_LEFT - 1  # still enough time left: the same key time
    assert _field(signer.sign("GET", "/k", {}, {"Host": "h"}), "q-key-time") == key_time
    now[0] = end - cos_sign.MIN_LEFT + 1  # too little left for a slow request: a new window
    renewed = _field(signer.sign("GET", "/k", {}, {"Host": "h"}), "q-key-time")
    assert renewed != key_time and signer.derivations == 2
    assert SECRET_KEY not in repr(signer)
