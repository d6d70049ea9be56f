"""Who may do what: COS signatures (header and presigned URL), temporary keys and their tokens,
and SigV4 in every payload mode S3 tools use (hex, unsigned, signed aws-chunked, trailer)."""

from __future__ import annotations

import base64
import hashlib
import http.client
import time
import zlib

import pytest
import requests
from qcloud_cos.cos_auth import CosS3Auth
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox.keys import KeyRecord

from .support import (
    EXPIRED,
    PERM,
    TEMP,
    Signed,
    aws_chunked_signed,
    aws_chunked_trailer,
    error_of,
    md5_etag,
    sigv4_headers,
)


def _err(fn, *args, **kwargs) -> tuple[int, str]:
    with pytest.raises(CosServiceError) as info:
        fn(*args, **kwargs)
    return error_of(info.value)


# -- COS signatures --------------------------------------------------------------------------------
def test_wrong_secret_key_is_refused(make_client, bucket):
    bad = make_client(PERM, secret_key="not-the-secret")
    assert _err(bad.put_object, Bucket=bucket, Key="k", Body=b"x") == (403, "SignatureDoesNotMatch")
    assert _err(bad.list_objects, Bucket=bucket) == (403, "SignatureDoesNotMatch")


def test_unknown_secret_id_is_refused(make_client, bucket):
    stranger = make_client(KeyRecord("AKIDnobody", "whatever", "1250000000", "nobody"))
    assert _err(stranger.list_objects, Bucket=bucket) == (403, "InvalidAccessKeyId")


def test_temporary_key_with_its_token_works(make_client, bucket):
    temp = make_client(TEMP)
    temp.put_object(Bucket=bucket, Key="t", Body=b"temp")
    assert temp.get_object(Bucket=bucket, Key="t")["Body"].get_raw_stream().read() == b"temp"


def test_temporary_key_without_or_with_wrong_token_is_refused(make_client, bucket):
    missing = make_client(TEMP, token=None)
    assert _err(missing.list_objects, Bucket=bucket) == (400, "InvalidToken")
    wrong = make_client(TEMP, token="forged-token")
    assert _err(wrong.list_objects, Bucket=bucket) == (400, "InvalidToken")


def test_expired_temporary_key_is_refused(make_client, bucket):
    old = make_client(EXPIRED)
    assert _err(old.list_objects, Bucket=bucket) == (400, "ExpiredToken")
    assert _err(old.put_object, Bucket=bucket, Key="k", Body=b"x") == (400, "ExpiredToken")


def test_key_that_expires_while_in_use(make_client, keystore, bucket):
    soon = KeyRecord("AKIDsoon", "soon-secret", "1250000000", "alice", token="t", expires_at=0)
    keystore.add(KeyRecord(**{**soon.__dict__, "expires_at": time.time() + 3600}))
    client = make_client(soon)
    client.list_objects(Bucket=bucket)
    keystore.add(KeyRecord(**{**soon.__dict__, "expires_at": time.time() - 1}))
    assert _err(client.list_objects, Bucket=bucket) == (400, "ExpiredToken")


def test_signature_time_window(client, bucket):
    conf = client.get_conf()
    url = Signed(client).url(bucket, "k")
    expired = CosS3Auth(conf, "k", expire=-30)  # valid from now-60 to now-30
    r = requests.put(url, data=b"x", auth=expired, proxies=conf._proxies, timeout=10)
    assert r.status_code == 403 and b"<Code>AccessDenied</Code>" in r.content
    fresh = CosS3Auth(conf, "k", expire=60)
    r = requests.put(url, data=b"x", auth=fresh, proxies=conf._proxies, timeout=10)
    assert r.status_code == 200


def test_signed_headers_and_params_cannot_be_changed(client, bucket):
    conf = client.get_conf()
    client.put_object(Bucket=bucket, Key="k", Body=b"x")
    url = Signed(client).url(bucket)
    prepared = requests.Request(
        "GET", url, params={"prefix": "k"}, auth=CosS3Auth(conf, params={"prefix": "k"})
    ).prepare()
    with requests.Session() as s:
        assert s.send(prepared, proxies=conf._proxies, timeout=10).status_code == 200
        tampered = prepared.copy()
        tampered.prepare_url(url, {"prefix": "other"})
        r = s.send(tampered, proxies=conf._proxies, timeout=10)
        assert r.status_code == 403 and b"SignatureDoesNotMatch" in r.content
        header = requests.Request(
            "PUT", Signed(client).url(bucket, "k"), data=b"x",
            headers={"Content-Type": "text/plain"}, auth=CosS3Auth(conf, "k"),
        ).prepare()  # fmt: skip
        header.headers["Content-Type"] = "text/html"
        r = s.send(header, proxies=conf._proxies, timeout=10)
        assert r.status_code == 403 and b"SignatureDoesNotMatch" in r.content


def test_presigned_url(client, bucket):
    client.put_object(Bucket=bucket, Key="shared file.txt", Body=b"shared")
    url = client.get_presigned_url(Bucket=bucket, Key="shared file.txt", Method="GET", Expired=60)
    proxies = client.get_conf()._proxies
    r = requests.get(url, proxies=proxies, timeout=10)
    assert r.status_code == 200 and r.content == b"shared"
    r = requests.get(url.replace("q-signature=", "q-signature=0"), proxies=proxies, timeout=10)
    assert r.status_code == 403


# -- SigV4 -----------------------------------------------------------------------------------------
class V4:
    """Hand-signed SigV4 requests, path-style, for payload modes botocore does not use on HTTP."""

    def __init__(self, server, record=PERM):
        self.server = server
        self.record = record
        self.host = server.address

    def send(self, method, path, body=b"", *, payload=None, extra=None, now=None, raw_body=None):
        if payload is None:
            payload = hashlib.sha256(body).hexdigest()
        headers, key, amz_date, scope_sig = sigv4_headers(
            self.record, method, self.host, path, payload=payload, extra=extra, now=now
        )
        if raw_body is not None:
            body = raw_body(key, amz_date, scope_sig)
        conn = http.client.HTTPConnection(self.host, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()


def test_sigv4_hex_payload_is_verified(server, bucket):
    v4 = V4(server)
    assert v4.send("PUT", f"/{bucket}/hex", b"payload")[0] == 200
    status, body = v4.send("PUT", f"/{bucket}/hex", b"payload", payload="0" * 64)
    assert status == 400 and b"XAmzContentSHA256Mismatch" in body
    assert v4.send("GET", f"/{bucket}/hex") == (200, b"payload")


def test_sigv4_unsigned_payload(server, bucket):
    v4 = V4(server)
    assert v4.send("PUT", f"/{bucket}/u", b"unsigned", payload="UNSIGNED-PAYLOAD")[0] == 200
    assert v4.send("GET", f"/{bucket}/u") == (200, b"unsigned")


def test_sigv4_signed_chunks(server, bucket, client):
    data = bytes(range(256)) * 1000  # 256000 bytes, several chunks
    v4 = V4(server)
    extra = {
        "content-encoding": "aws-chunked",
        "x-amz-decoded-content-length": str(len(data)),
    }
    status, body = v4.send(
        "PUT",
        f"/{bucket}/chunked",
        payload="STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        extra=extra,
        raw_body=lambda key, date, ss: aws_chunked_signed(data, 65536, key, date, ss),
    )
    assert status == 200, body
    head = client.head_object(Bucket=bucket, Key="chunked")
    assert head["ETag"] == md5_etag(data)
    assert "Content-Encoding" not in head  # aws-chunked is transport, not content

    def tamper(key, date, ss):
        good = aws_chunked_signed(data, 65536, key, date, ss)
        return good.replace(data[70000:70010], b"X" * 10, 1)

    status, body = v4.send(
        "PUT",
        f"/{bucket}/tampered",
        payload="STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        extra=extra,
        raw_body=tamper,
    )
    assert status == 403 and b"SignatureDoesNotMatch" in body
    assert _err(client.head_object, Bucket=bucket, Key="tampered") == (404, "NoSuchResource")


@pytest.mark.parametrize("good", [True, False])
def test_sigv4_unsigned_payload_with_trailing_checksum(server, bucket, client, good):
    data = b"trailer test " * 10000
    crc = zlib.crc32(data if good else data + b"!")
    trailer = "x-amz-checksum-crc32:" + base64.b64encode(crc.to_bytes(4, "big")).decode()
    extra = {
        "content-encoding": "aws-chunked",
        "x-amz-decoded-content-length": str(len(data)),
        "x-amz-trailer": "x-amz-checksum-crc32",
        "x-amz-sdk-checksum-algorithm": "CRC32",
    }
    status, body = V4(server).send(
        "PUT",
        f"/{bucket}/trailer",
        payload="STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        extra=extra,
        raw_body=lambda *a: aws_chunked_trailer(data, 8192, trailer),
    )
    if good:
        assert status == 200, body
        assert client.head_object(Bucket=bucket, Key="trailer")["ETag"] == md5_etag(data)
    else:
        assert status == 400 and b"BadDigest" in body
        assert _err(client.head_object, Bucket=bucket, Key="trailer")[0] == 404


def test_sigv4_time_skew_and_tokens(server, bucket):
    status, body = V4(server).send("GET", f"/{bucket}", now=time.time() - 3600)
    assert status == 403 and b"RequestTimeTooSkewed" in body
    assert V4(server, TEMP).send("GET", f"/{bucket}")[0] == 200
    no_token = KeyRecord(TEMP.secret_id, TEMP.secret_key, TEMP.appid, TEMP.owner)
    status, body = V4(server, no_token).send("GET", f"/{bucket}")
    assert status == 400 and b"InvalidToken" in body
    status, body = V4(server, EXPIRED).send("GET", f"/{bucket}")
    assert status == 400 and b"ExpiredToken" in body
    wrong = KeyRecord(PERM.secret_id, "bad-secret", PERM.appid, PERM.owner)
    status, body = V4(server, wrong).send("GET", f"/{bucket}")
    assert status == 403 and b"SignatureDoesNotMatch" in body


def test_expect_100_continue_refused_before_the_body_is_sent(server, bucket):
    """A refused upload is answered without asking for the body (no 100 Continue)."""
    wrong = KeyRecord(PERM.secret_id, "bad-secret", PERM.appid, PERM.owner)
    headers, *_ = sigv4_headers(wrong, "PUT", server.address, f"/{bucket}/big",
                                payload="UNSIGNED-PAYLOAD")  # fmt: skip
    headers["Content-Length"] = str(1 << 30)
    headers["Expect"] = "100-continue"
    conn = http.client.HTTPConnection(server.address, timeout=10)
    try:
        conn.putrequest("PUT", f"/{bucket}/big", skip_host=True, skip_accept_encoding=True)
        for k, v in headers.items():
            conn.putheader(k, v)
        conn.endheaders()
        response = conn.getresponse()  # no body was sent at all
        assert response.status == 403
        assert response.getheader("Connection") == "close"
        assert b"SignatureDoesNotMatch" in response.read()
    finally:
        conn.close()
