"""Fault injection, each rule type observed from a client: errors, resets, latency, bandwidth;
through the Python API and the /_sandbox HTTP admin API."""

from __future__ import annotations

import http.client
import json
import os
import threading
import time

import pytest
import requests
from qcloud_cos.cos_exception import CosClientError, CosServiceError

from .support import APPID, PERM, Signed, error_of

KiB = 1024


def _admin(server, method: str, path: str, payload=None, host: str | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        body = json.dumps(payload).encode() if payload is not None else None
        headers = {"Host": host} if host else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def test_next_requests_fail_then_service_recovers(server, client, bucket):
    client.put_object(Bucket=bucket, Key="k", Body=b"v")
    server.faults.fail_next(2)
    for _ in range(2):
        with pytest.raises(CosServiceError) as info:
            client.get_object(Bucket=bucket, Key="k")
        assert error_of(info.value) == (500, "InternalError")
    assert client.get_object(Bucket=bucket, Key="k")["Body"].get_raw_stream().read() == b"v"
    assert server.faults.rules() == []  # used up


def test_slow_down_and_sdk_retries(server, make_client, bucket):
    server.faults.fail_next(1, status=503)
    no_retry = make_client(PERM)
    with pytest.raises(CosServiceError) as info:
        no_retry.list_objects(Bucket=bucket)
    assert error_of(info.value) == (503, "SlowDown")
    server.faults.fail_next(1, code="SlowDown")
    retrying = make_client(PERM, retry=1)  # the SDK retries 5xx once, after a 1 s pause
    assert retrying.list_objects(Bucket=bucket)["Name"] == bucket


def test_rules_filter_on_method_and_path(server, client, bucket):
    client.put_object(Bucket=bucket, Key="a/one", Body=b"1")
    client.put_object(Bucket=bucket, Key="b/two", Body=b"2")
    server.faults.fail_next(5, method="GET", path=r"^/test-\d+/b/")
    assert client.get_object(Bucket=bucket, Key="a/one")["Body"].get_raw_stream().read() == b"1"
    client.put_object(Bucket=bucket, Key="b/two", Body=b"22")  # PUT is not matched
    with pytest.raises(CosServiceError):
        client.get_object(Bucket=bucket, Key="b/two")
    assert server.faults.rules()[0]["count"] == 4
    server.faults.clear()
    assert client.get_object(Bucket=bucket, Key="b/two")["Body"].get_raw_stream().read() == b"22"


def test_error_on_upload_body_is_seen_by_the_client(server, client, bucket):
    """A failed PUT (body drained, not stored) is a clean 500 to the SDK, not a broken pipe."""
    server.faults.fail_next(1, method="PUT")
    with pytest.raises(CosServiceError) as info:
        client.put_object(Bucket=bucket, Key="big", Body=os.urandom(2 * 1024 * KiB))
    assert error_of(info.value) == (500, "InternalError")
    with pytest.raises(CosServiceError):
        client.head_object(Bucket=bucket, Key="big")


def test_reset_while_receiving_request_body(server, client, bucket):
    server.faults.reset_after(64 * KiB, direction="request", method="PUT")
    with pytest.raises(CosClientError):
        client.put_object(Bucket=bucket, Key="cut", Body=os.urandom(1024 * KiB))
    with pytest.raises(CosServiceError):
        client.head_object(Bucket=bucket, Key="cut")  # nothing half-written became visible
    client.put_object(Bucket=bucket, Key="cut", Body=b"ok now")


def test_reset_while_sending_response_body(server, client, bucket):
    body = os.urandom(512 * KiB)
    client.put_object(Bucket=bucket, Key="dl", Body=body)
    server.faults.reset_after(100 * KiB, direction="response", method="GET")
    response = Signed(client).request("GET", bucket, "dl", stream=True)
    received = b""
    with pytest.raises(requests.exceptions.RequestException):
        for chunk in response.iter_content(16 * KiB):
            received += chunk
    assert 0 < len(received) <= 100 * KiB
    assert received == body[: len(received)]
    assert client.get_object(Bucket=bucket, Key="dl")["Body"].get_raw_stream().read() == body


def test_latency(server, client, bucket):
    server.faults.add_latency(0.4, count=1, method="GET")
    started = time.monotonic()
    client.list_objects(Bucket=bucket)
    assert time.monotonic() - started >= 0.4
    assert server.faults.rules() == []


def test_bandwidth_per_connection_and_global(server, make_client, bucket):
    body = os.urandom(150 * KiB)
    make_client(PERM).put_object(Bucket=bucket, Key="slow", Body=body)
    rule = server.faults.limit_bandwidth(300 * KiB, method="GET")
    c = make_client(PERM)
    started = time.monotonic()
    assert c.get_object(Bucket=bucket, Key="slow")["Body"].get_raw_stream().read() == body
    single = time.monotonic() - started
    assert single >= 0.4  # 150 KiB at 300 KiB/s
    server.faults.remove(rule)
    server.faults.limit_bandwidth(300 * KiB, scope="global", method="GET")
    results: list[bytes] = []

    def fetch() -> None:
        results.append(make_client(PERM).get_object(Bucket=bucket, Key="slow")["Body"]
                       .get_raw_stream().read())  # fmt: skip

    started = time.monotonic()
    threads = [threading.Thread(target=fetch) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [body, body]
    assert time.monotonic() - started >= 0.9  # 300 KiB shared at 300 KiB/s


def test_bandwidth_applies_to_uploads(server, client, bucket):
    server.faults.limit_bandwidth(400 * KiB, method="PUT", count=1)
    started = time.monotonic()
    client.put_object(Bucket=bucket, Key="up", Body=os.urandom(200 * KiB))
    assert time.monotonic() - started >= 0.4


def test_admin_api(server, client, bucket):
    assert _admin(server, "GET", "/_sandbox/health") == (200, b'{"status": "ok"}')
    status, body = _admin(server, "POST", "/_sandbox/faults",
                          [{"kind": "error", "status": 503, "count": 1, "path": "/k$"},
                           {"kind": "latency", "delay": 0.01}])  # fmt: skip
    assert status == 200 and len(json.loads(body)["ids"]) == 2
    rules = json.loads(_admin(server, "GET", "/_sandbox/faults")[1])["rules"]
    assert [(r["kind"], r["count"]) for r in rules] == [("error", 1), ("latency", None)]
    client.put_object(Bucket=bucket, Key="other", Body=b"")
    with pytest.raises(CosServiceError) as info:
        client.put_object(Bucket=bucket, Key="k", Body=b"")
    assert error_of(info.value) == (503, "SlowDown")
    assert _admin(server, "DELETE", f"/_sandbox/faults/{rules[1]['id']}")[0] == 200
    assert json.loads(_admin(server, "GET", "/_sandbox/faults")[1])["rules"] == []
    _admin(server, "POST", "/_sandbox/faults", {"kind": "error"})
    assert _admin(server, "DELETE", "/_sandbox/faults")[0] == 200
    client.put_object(Bucket=bucket, Key="k", Body=b"")  # cleared

    status, body = _admin(server, "POST", "/_sandbox/generate",
                          {"bucket": bucket, "prefix": "g/", "count": 1200})  # fmt: skip
    assert (status, json.loads(body)) == (200, {"created": 1200})
    assert client.list_objects(Bucket=bucket, Prefix="g/")["IsTruncated"] == "true"
    assert _admin(server, "POST", "/_sandbox/faults", {"kind": "nonsense"})[0] == 400
    assert (
        _admin(server, "POST", "/_sandbox/generate", {"bucket": f"no-{APPID}", "count": 1})[0]
        == 404
    )


def test_admin_api_is_not_reachable_through_a_bucket_domain(server, client, bucket):
    host = f"{bucket}.cos.ap-guangzhou.myqcloud.com"
    status, body = _admin(server, "POST", "/_sandbox/faults", {"kind": "error"}, host=host)
    assert status == 403 and b"AccessDenied" in body  # an (anonymous) object request instead
    assert server.faults.rules() == []
    status, _ = _admin(server, "GET", "/_sandbox/health", host="cos.ap-guangzhou.myqcloud.com")
    assert status != 200
