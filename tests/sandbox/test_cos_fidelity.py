"""Where the sandbox must answer exactly as COS documents, because clients depend on it
(issue 14, problems 3 to 7). Each test names the Tencent document (and section) it follows."""

from __future__ import annotations

import email.utils
import http.client
from pathlib import Path

import pytest
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox.cos import CosServer

from .support import (
    APPID,
    EXPIRED,
    OTHER,
    PERM,
    Signed,
    error_of,
    sigv4_headers,
    sigv4_presigned_path,
)

# a fixed instant for the servers whose clock a test controls (2026-01-01T00:00:00Z)
T0 = 1767225600.0


def _refused(fn, *args, **kwargs) -> tuple[int, str]:
    with pytest.raises(CosServiceError) as info:
        fn(*args, **kwargs)
    return error_of(info.value)


@pytest.fixture
def fixed_server(data_dir: Path, keystore):
    """A sandbox whose clock stands still at T0."""
    srv = CosServer(data_dir.with_name("fixed-cos"), keystore, clock=lambda: T0).start()
    yield srv
    srv.stop()


def _raw(server: CosServer, method: str, path: str, headers: dict, body: bytes = b""):
    """One request exactly as given (bytes header values are sent as they are)."""
    conn = http.client.HTTPConnection(server.address, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        conn.close()


# -- 3. HEAD errors ----------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["missing key", "missing bucket", "foreign", "412", "expired"])
def test_head_errors_have_no_body_and_no_error_code(client, make_client, bucket, case):
    # "HEAD Object", 实际案例 案例三 (412 Precondition Failed): the response carries the status,
    # x-cos-request-id and x-cos-trace-id, Content-Length 0 and nothing else: no body and no
    # x-cos-error-code. ("HEAD Bucket": 403 without permission, 404 when it does not exist.)
    client.put_object(Bucket=bucket, Key="k", Body=b"data")
    signed = Signed(client)
    if case == "missing key":
        r, status = signed.request("HEAD", bucket, "nope"), 404
    elif case == "missing bucket":
        r, status = signed.request("HEAD", f"nothing-{APPID}"), 404
    elif case == "foreign":
        r, status = Signed(make_client(OTHER)).request("HEAD", bucket, "k"), 403
    elif case == "412":
        r, status = signed.request("HEAD", bucket, "k", headers={"If-Match": '"aa48"'}), 412
    else:
        r, status = Signed(make_client(EXPIRED)).request("HEAD", bucket, "k"), 400
    assert r.status_code == status
    assert r.content == b"" and r.headers["Content-Length"] == "0"
    assert "x-cos-error-code" not in r.headers
    assert r.headers["x-cos-request-id"] and r.headers["x-cos-trace-id"]


# -- 4. copy: source conditions and source range ---------------------------------------------
def _http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


def test_copy_source_conditions(client, bucket):
    # "PUT Object - Copy" request headers x-cos-copy-source-If-Modified-Since / -If-Unmodified-
    # Since / -If-Match / -If-None-Match: the copy happens only if they hold, otherwise 412
    client.put_object(Bucket=bucket, Key="src", Body=b"source bytes")
    head = client.head_object(Bucket=bucket, Key="src")
    etag = head["ETag"]
    mtime = email.utils.parsedate_to_datetime(head["Last-Modified"]).timestamp()
    source = {"Bucket": bucket, "Key": "src", "Region": "ap-guangzhou"}
    failing = [
        {"CopySourceIfMatch": '"0123456789abcdef0123456789abcdef"'},
        {"CopySourceIfNoneMatch": etag},
        {"CopySourceIfModifiedSince": _http_date(mtime + 86400)},
        {"CopySourceIfUnmodifiedSince": _http_date(mtime - 86400)},
    ]
    for conditions in failing:
        status = _refused(client.copy_object, Bucket=bucket, Key="dst", CopySource=source,
                          **conditions)  # fmt: skip
        assert status == (412, "PreconditionFailed"), conditions
        assert _refused(client.head_object, Bucket=bucket, Key="dst")[0] == 404
    holding = [
        {"CopySourceIfMatch": etag, "CopySourceIfUnmodifiedSince": _http_date(mtime + 86400)},
        {"CopySourceIfNoneMatch": '"other"', "CopySourceIfModifiedSince": _http_date(mtime - 9)},
    ]
    for conditions in holding:
        client.copy_object(Bucket=bucket, Key="dst", CopySource=source, **conditions)
        assert client.head_object(Bucket=bucket, Key="dst")["ETag"] == etag


def test_upload_part_copy_conditions_and_range(client, bucket):
    # "Upload Part - Copy": x-cos-copy-source-range is bytes=first-last with 0-based offsets;
    # the x-cos-copy-source-If-* headers apply as on PUT Object - Copy. Refused ranges
    # ("错误码": InvalidArgument 400, InvalidRange 416) must not copy the whole object.
    data = bytes(range(100))
    client.put_object(Bucket=bucket, Key="src", Body=data)
    source = {"Bucket": bucket, "Key": "src", "Region": "ap-guangzhou"}
    upload = client.create_multipart_upload(Bucket=bucket, Key="dst")["UploadId"]

    def part(number: int, rng: str, **kw):
        return client.upload_part_copy(Bucket=bucket, Key="dst", PartNumber=number,
                                       UploadId=upload, CopySource=source,
                                       CopySourceRange=rng, **kw)  # fmt: skip

    part(1, "bytes=10-19")
    for bad in ("bytes=abc", "10-19", "bytes=20-10", "bytes=-5", "bytes=5-", "bytes=0-1,4-5"):
        assert _refused(part, 2, bad) == (400, "InvalidArgument"), bad
    for beyond in ("bytes=0-100", "bytes=100-120"):
        assert _refused(part, 2, beyond) == (416, "InvalidRange"), beyond
    status = _refused(part, 2, "bytes=0-9", CopySourceIfMatch='"0123456789abcdef"')
    assert status == (412, "PreconditionFailed")
    parts = client.list_parts(Bucket=bucket, Key="dst", UploadId=upload)["Part"]
    parts = parts if isinstance(parts, list) else [parts]
    assert [(p["PartNumber"], p["Size"]) for p in parts] == [("1", "10")]
    client.complete_multipart_upload(Bucket=bucket, Key="dst", UploadId=upload,
                                     MultipartUpload={"Part": parts})  # fmt: skip
    got = client.get_object(Bucket=bucket, Key="dst")["Body"].get_raw_stream().read()
    assert got == data[10:20]


# -- 5. GET Bucket Object versions on an unversioned bucket -------------------------------------
def test_list_versions_on_a_bucket_never_versioned(client, bucket):
    # "GET Bucket Object versions", 实际案例 案例一 (版本控制未启用): every bucket answers;
    # each object is one <Version> with an empty VersionId, IsLatest true, STANDARD
    for key in ("a.txt", "dir/b.txt", "dir/c.txt", "z 文件.txt"):
        client.put_object(Bucket=bucket, Key=key, Body=key.encode())
    r = Signed(client).request("GET", bucket, params={"versions": ""})
    assert r.status_code == 200
    assert r.content.count(b"<VersionId/>") == 4 and b"<IsLatest>true</IsLatest>" in r.content
    listed = client.list_objects_versions(Bucket=bucket)
    versions = listed["Version"]
    assert [v["Key"] for v in versions] == ["a.txt", "dir/b.txt", "dir/c.txt", "z 文件.txt"]
    assert {v["IsLatest"] for v in versions} == {"true"}
    assert {v["StorageClass"] for v in versions} == {"STANDARD"}
    assert {v.get("VersionId") or "" for v in versions} == {""}
    assert [v["Size"] for v in versions] == ["5", "9", "9", str(len("z 文件.txt".encode()))]
    # delimiter and paging as in GET Bucket
    rolled = client.list_objects_versions(Bucket=bucket, Delimiter="/")
    assert [p["Prefix"] for p in rolled["CommonPrefixes"]] == ["dir/"]
    assert [v["Key"] for v in rolled["Version"]] == ["a.txt", "z 文件.txt"]
    page = client.list_objects_versions(Bucket=bucket, MaxKeys=2)
    assert page["IsTruncated"] == "true" and page["NextKeyMarker"] == "dir/b.txt"
    rest = client.list_objects_versions(Bucket=bucket, KeyMarker=page["NextKeyMarker"])
    assert [v["Key"] for v in rest["Version"]] == ["dir/c.txt", "z 文件.txt"]


# -- 6. SigV4 (the S3 side: rclone, aws-cli, s3cmd) -----------------------------------------------
def test_sigv4_non_ascii_header_values_are_utf8(server, client, bucket):
    # COS "使用 AWS S3 SDK 访问 COS" (SigV4 compatibility); AWS "Signature Calculations for the
    # Authorization Header": canonical headers are the UTF-8 values. rclone and curl send them
    # as UTF-8 bytes; botocore sends latin-1 bytes but signs the UTF-8 of its string.
    note = "café 测序 ✓"
    path = f"/{bucket}/meta.txt"
    headers, *_ = sigv4_headers(PERM, "PUT", server.address, path, payload="UNSIGNED-PAYLOAD",
                                extra={"x-amz-meta-note": note})  # fmt: skip
    wire = {k: (v.encode("utf-8") if k == "x-amz-meta-note" else v) for k, v in headers.items()}
    status, _, body = _raw(server, "PUT", path, wire, b"hello")
    assert status == 200, body
    got = client.head_object(Bucket=bucket, Key="meta.txt")
    assert got["x-cos-meta-note"].encode("latin-1").decode("utf-8") == note
    # latin-1 on the wire, UTF-8 in the signature (botocore with an 'é') still verifies
    headers, *_ = sigv4_headers(PERM, "PUT", server.address, path, payload="UNSIGNED-PAYLOAD",
                                extra={"x-amz-meta-note": "café"})  # fmt: skip
    status, _, body = _raw(server, "PUT", path, headers, b"hello")
    assert status == 200, body


def test_sigv4_date_header_without_x_amz_date(fixed_server, keystore):
    # AWS "Signature Calculations for the Authorization Header": the time stamp is taken from
    # x-amz-date or, when there is none, from the Date header (RFC 1123 on the wire,
    # YYYYMMDDTHHMMSSZ in the string to sign)
    srv = fixed_server
    path = f"/date-{APPID}"
    headers, *_ = sigv4_headers(PERM, "PUT", srv.address, path, payload="UNSIGNED-PAYLOAD",
                                now=T0, date_header=True)  # fmt: skip
    assert "x-amz-date" not in headers and headers["date"] == "Thu, 01 Jan 2026 00:00:00 GMT"
    status, _, body = _raw(srv, "PUT", path, headers)
    assert status == 200, body
    # the 15-minute window applies to a Date header as to x-amz-date
    headers, *_ = sigv4_headers(PERM, "GET", srv.address, path, payload="UNSIGNED-PAYLOAD",
                                now=T0 - 3600, date_header=True)  # fmt: skip
    status, _, body = _raw(srv, "GET", path, headers)
    assert status == 403 and b"RequestTimeTooSkewed" in body
    headers, *_ = sigv4_headers(PERM, "GET", srv.address, path, payload="UNSIGNED-PAYLOAD",
                                now=T0)  # fmt: skip
    del headers["x-amz-date"]  # signed, but neither header sent: nothing dates the request
    status, _, body = _raw(srv, "GET", path, headers)
    assert status == 403 and b"AccessDenied" in body


def test_presigned_url_valid_at_most_seven_days(fixed_server):
    # AWS "Authenticating Requests: Using Query Parameters": X-Amz-Expires is at most 604800
    # seconds (7 days); more is AuthorizationQueryParametersError (400)
    srv = fixed_server
    put, *_ = sigv4_headers(PERM, "PUT", srv.address, f"/week-{APPID}",
                            payload="UNSIGNED-PAYLOAD", now=T0)  # fmt: skip
    assert _raw(srv, "PUT", f"/week-{APPID}", put)[0] == 200
    put, *_ = sigv4_headers(PERM, "PUT", srv.address, f"/week-{APPID}/k",
                            payload="UNSIGNED-PAYLOAD", now=T0)  # fmt: skip
    assert _raw(srv, "PUT", f"/week-{APPID}/k", put, b"v")[0] == 200
    host = {"Host": srv.address}
    week = sigv4_presigned_path(PERM, "GET", srv.address, f"/week-{APPID}/k", expires=604800,
                                now=T0 - 60)  # fmt: skip
    assert _raw(srv, "GET", week, host)[::2] == (200, b"v")
    longer = sigv4_presigned_path(PERM, "GET", srv.address, f"/week-{APPID}/k",
                                  expires=604801, now=T0 - 60)  # fmt: skip
    status, _, body = _raw(srv, "GET", longer, host)
    assert status == 400 and b"AuthorizationQueryParametersError" in body
    expired = sigv4_presigned_path(PERM, "GET", srv.address, f"/week-{APPID}/k", expires=60,
                                   now=T0 - 61)  # fmt: skip
    status, _, body = _raw(srv, "GET", expired, host)
    assert status == 403 and b"Request has expired" in body


# -- 7. bucket names: the whole domain is at most 60 characters -------------------------------
@pytest.mark.parametrize(("region", "longest"), [("ap-beijing", 21), ("na-siliconvalley", 15)])
def test_bucket_name_limit_is_the_whole_domain(make_client, region, longest):
    # "存储桶概述 > 存储桶命名规范" and "创建存储桶 > 限制说明": NAME-APPID.cos.REGION.myqcloud.com
    # is at most 60 characters; 123456789012345678901-1250000000.cos.ap-beijing.myqcloud.com
    # is the documented 60
    regional = make_client(region=region)
    name = "123456789012345678901234"[:longest]
    regional.create_bucket(Bucket=f"{name}-{APPID}")
    assert regional.head_bucket(Bucket=f"{name}-{APPID}")["x-cos-bucket-region"] == region
    too_long = f"{name}x-{APPID}"
    assert _refused(regional.create_bucket, Bucket=too_long) == (400, "InvalidBucketName")
    assert _refused(regional.head_bucket, Bucket=too_long)[0] == 404
