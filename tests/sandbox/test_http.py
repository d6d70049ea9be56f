"""HTTP-level behaviour: the ways clients address the sandbox (proxy absolute-form, IP/Port mode
with a bucket Host, tencentcos.cn domains, path-style), keep-alive, HEAD, and the headers every
response carries."""

from __future__ import annotations

import http.client
import socket

import pytest
import requests
from qcloud_cos import CosConfig, CosS3Client

from .support import APPID, PERM, Signed, md5_etag


def _client(**conf) -> tuple[CosS3Client, requests.Session]:
    session = requests.Session()
    config = CosConfig(
        Region="ap-guangzhou", SecretId=PERM.secret_id, SecretKey=PERM.secret_key, Scheme="http",
        **conf,
    )  # fmt: skip
    return CosS3Client(config, retry=0, session=session), session


def test_ip_port_mode_sends_the_bucket_domain_as_host(server, bucket):
    client, session = _client(IP="127.0.0.1", Port=server.port)
    with session:
        client.put_object(Bucket=bucket, Key="ip mode/文件", Body=b"direct")
        got = client.get_object(Bucket=bucket, Key="ip mode/文件")
        assert got["Body"].get_raw_stream().read() == b"direct"
        assert [c["Key"] for c in client.list_objects(Bucket=bucket)["Contents"]] == [
            "ip mode/文件"
        ]


def test_tencentcos_cn_domains(server):
    proxy = f"http://{server.address}"
    for internal in (False, True):  # cos.REGION.tencentcos.cn and cos-internal.REGION...
        client, session = _client(
            EnableOldDomain=False, EnableInternalDomain=internal,
            Proxies={"http": proxy, "https": proxy},
        )  # fmt: skip
        with session:
            name = f"new-domain-{int(internal)}-{APPID}"
            client.create_bucket(Bucket=name)
            client.put_object(Bucket=name, Key="k", Body=b"v")
            assert client.head_object(Bucket=name, Key="k")["ETag"] == md5_etag(b"v")
            assert name in [b["Name"] for b in client.list_buckets()["Buckets"]["Bucket"]]


def test_keep_alive_connection_is_reused(server, client, bucket):
    client.put_object(Bucket=bucket, Key="k", Body=b"0123456789")
    signed = Signed(client)
    before = server.stats["connections"]
    with requests.Session() as s:
        ids = set()
        for _ in range(5):
            r = signed.request("GET", bucket, "k", session=s)
            assert r.status_code == 200 and r.headers["Connection"] == "keep-alive"
            ids.add(r.headers["x-cos-request-id"])
            # also after errors
            assert signed.request("GET", bucket, "missing", session=s).status_code == 404
        assert len(ids) == 5
    assert server.stats["connections"] == before + 1


def test_head_has_length_but_no_body(server, client, bucket):
    client.put_object(Bucket=bucket, Key="k", Body=b"x" * 1000)
    r = Signed(client).request("HEAD", bucket, "k")
    assert r.status_code == 200
    assert r.headers["Content-Length"] == "1000" and r.content == b""
    assert r.headers["Server"] == "tencent-cos"
    missing = Signed(client).request("HEAD", bucket, "nope")
    assert missing.status_code == 404 and missing.content == b""
    assert "x-cos-error-code" not in missing.headers  # "HEAD Object": no code on HEAD errors


def test_malformed_request_line_gets_an_xml_error(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 400 ")
    assert b"x-cos-request-id: " in data and b"<Code>InvalidRequest</Code>" in data


def test_connect_is_refused_with_an_explanation(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("CONNECT", "test-1250000000.cos.ap-guangzhou.myqcloud.com:443")
        r = conn.getresponse()
        assert r.status == 405 and b"Scheme='http'" in r.read()
    finally:
        conn.close()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "cos.ap-guangzhou.myqcloud.com"])
def test_path_style_hosts(server, client, bucket, host):
    """S3 tools name the bucket in the path; the Host may be the address or a COS endpoint."""
    from .support import sigv4_headers

    client.put_object(Bucket=bucket, Key="p", Body=b"path style")
    port_host = f"{host}:{server.port}" if host != "cos.ap-guangzhou.myqcloud.com" else host
    headers, *_ = sigv4_headers(PERM, "GET", port_host, f"/{bucket}/p", payload="UNSIGNED-PAYLOAD")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.putrequest("GET", f"/{bucket}/p", skip_host=True)
        for k, v in headers.items():
            conn.putheader(k, v)
        conn.endheaders()
        r = conn.getresponse()
        assert (r.status, r.read()) == (200, b"path style")
    finally:
        conn.close()


def test_refused_request_body_is_drained_and_the_connection_kept(server):
    """An early error (here: a path that is not UTF-8) must not leave the body in the stream."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"PUT /b-1250000000/%ff%fe HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\n"
            b"hello"
            b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    first, _, second = data.partition(b"</Error>")
    assert first.startswith(b"HTTP/1.1 400 ") and b"<Code>InvalidURI</Code>" in first
    assert second.startswith(b"HTTP/1.1 200 OK") and second.endswith(b'{"status": "ok"}')
