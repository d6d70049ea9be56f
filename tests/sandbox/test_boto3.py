"""botocore/boto3 (SigV4) against the sandbox: path-style to 127.0.0.1:PORT, and virtual-host
through the sandbox as HTTP proxy with the real COS endpoint name."""

from __future__ import annotations

import io
import os

import boto3
import botocore
import pytest
import requests
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

from .support import APPID, PERM, TEMP, crc64_ref, md5_etag, multipart_etag

MiB = 1024 * 1024


def _client(server, style: str, record=PERM):
    common = {
        "region_name": "ap-guangzhou",
        "aws_access_key_id": record.secret_id,
        "aws_secret_access_key": record.secret_key,
        "aws_session_token": record.token,
    }
    if style == "path":
        return boto3.client(
            "s3",
            endpoint_url=f"http://{server.address}",
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
            **common,
        )
    return boto3.client(
        "s3",
        endpoint_url="http://cos.ap-guangzhou.myqcloud.com",
        config=Config(
            s3={"addressing_style": "virtual"},
            proxies={"http": f"http://{server.address}"},
            retries={"max_attempts": 1},
        ),
        **common,
    )


@pytest.fixture(params=["path", "virtual"])
def s3(request, server):
    client = _client(server, request.param, TEMP if request.param == "virtual" else PERM)
    client.style = request.param
    yield client
    client.close()


def _code(info) -> str:
    return info.value.response["Error"]["Code"]


def test_core_operations(s3):
    name = f"boto-{APPID}"
    # path-style: the region is the LocationConstraint; virtual-host: the endpoint's region
    region = "ap-shanghai" if s3.style == "path" else "ap-guangzhou"
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    assert s3.get_bucket_location(Bucket=name)["LocationConstraint"] == region
    assert name in [b["Name"] for b in s3.list_buckets()["Buckets"]]
    s3.head_bucket(Bucket=name)
    body = os.urandom(100_000)
    put = s3.put_object(
        Bucket=name, Key="dir/a b+c.bin", Body=body, Metadata={"sample": "S1"}, ContentType="x/y"
    )
    assert put["ETag"] == md5_etag(body)
    assert put["ResponseMetadata"]["HTTPHeaders"]["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    got = s3.get_object(Bucket=name, Key="dir/a b+c.bin")
    assert got["Body"].read() == body
    assert got["Metadata"] == {"sample": "S1"} and got["ContentType"] == "x/y"
    part = s3.get_object(Bucket=name, Key="dir/a b+c.bin", Range="bytes=10-19")
    assert part["Body"].read() == body[10:20] and part["ContentRange"] == "bytes 10-19/100000"
    head = s3.head_object(Bucket=name, Key="dir/a b+c.bin")
    assert head["ContentLength"] == len(body)
    s3.put_object(Bucket=name, Key="top.txt", Body=b"t")
    v1 = s3.list_objects(Bucket=name, Delimiter="/")
    assert [c["Key"] for c in v1["Contents"]] == ["top.txt"]
    assert [p["Prefix"] for p in v1["CommonPrefixes"]] == ["dir/"]
    v2 = s3.list_objects_v2(Bucket=name, Prefix="dir/")
    assert v2["KeyCount"] == 1 and v2["Contents"][0]["Key"] == "dir/a b+c.bin"
    copied = s3.copy_object(
        Bucket=name, Key="copy.bin", CopySource={"Bucket": name, "Key": "dir/a b+c.bin"}
    )
    assert copied["CopyObjectResult"]["ETag"] == md5_etag(body)
    deleted = s3.delete_objects(
        Bucket=name,
        Delete={"Objects": [{"Key": k} for k in ("dir/a b+c.bin", "top.txt", "copy.bin")]},
    )
    assert len(deleted["Deleted"]) == 3
    with pytest.raises(ClientError) as info:
        s3.get_object(Bucket=name, Key="top.txt")
    assert _code(info) == "NoSuchKey"
    s3.delete_bucket(Bucket=name)
    with pytest.raises(ClientError) as info:
        s3.list_objects_v2(Bucket=name)
    assert _code(info) == "NoSuchBucket"


def test_v2_paging(s3, server):
    name = f"pages-{APPID}"
    s3.create_bucket(Bucket=name)
    server.generate_objects(name, "p/", 2500)
    paginator = s3.get_paginator("list_objects_v2")
    pages = list(paginator.paginate(Bucket=name, Prefix="p/", PaginationConfig={"PageSize": 1000}))
    assert [p["KeyCount"] for p in pages] == [1000, 1000, 500]
    keys = [c["Key"] for p in pages for c in p["Contents"]]
    assert keys == [f"p/{i:06d}" for i in range(2500)]
    after = s3.list_objects_v2(Bucket=name, StartAfter="p/002497")
    assert [c["Key"] for c in after["Contents"]] == ["p/002498", "p/002499"]


def test_multipart(s3):
    name = f"mpu-{APPID}"
    s3.create_bucket(Bucket=name)
    data = os.urandom(11 * MiB + 3)
    s3.upload_fileobj(
        io.BytesIO(data),
        name,
        "big.bin",
        Config=TransferConfig(multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB),
    )
    head = s3.head_object(Bucket=name, Key="big.bin")
    assert head["ETag"] == multipart_etag(
        [data[: 5 * MiB], data[5 * MiB : 10 * MiB], data[10 * MiB :]]
    )
    assert head["ResponseMetadata"]["HTTPHeaders"]["x-cos-hash-crc64ecma"] == str(crc64_ref(data))
    out = io.BytesIO()
    s3.download_fileobj(name, "big.bin", out, Config=TransferConfig(multipart_chunksize=4 * MiB))
    assert out.getvalue() == data
    # low-level: list uploads/parts, then abort
    upload = s3.create_multipart_upload(Bucket=name, Key="pending")
    s3.upload_part(Bucket=name, Key="pending", PartNumber=1, UploadId=upload["UploadId"], Body=b"x")
    assert [u["Key"] for u in s3.list_multipart_uploads(Bucket=name)["Uploads"]] == ["pending"]
    parts = s3.list_parts(Bucket=name, Key="pending", UploadId=upload["UploadId"])["Parts"]
    assert [(p["PartNumber"], p["Size"]) for p in parts] == [(1, 1)]
    s3.abort_multipart_upload(Bucket=name, Key="pending", UploadId=upload["UploadId"])
    with pytest.raises(ClientError) as info:
        s3.list_parts(Bucket=name, Key="pending", UploadId=upload["UploadId"])
    assert _code(info) == "NoSuchUpload"


def test_path_style_bucket_name_rules(server):
    s3 = _client(server, "path")
    for bad in ("UPPER-1250000000", "-lead-1250000000", "under_score-1250000000"):
        with pytest.raises(ClientError) as info:
            s3.create_bucket(Bucket=bad)
        assert _code(info) == "InvalidBucketName", bad
    with pytest.raises(ClientError) as info:
        s3.create_bucket(
            Bucket=f"where-{APPID}", CreateBucketConfiguration={"LocationConstraint": "mars-1"}
        )
    assert _code(info) == "InvalidLocationConstraint"
    s3.close()
    virtual = _client(server, "virtual")
    with pytest.raises(ClientError) as info:
        virtual.create_bucket(
            Bucket=f"where-{APPID}", CreateBucketConfiguration={"LocationConstraint": "ap-beijing"}
        )
    assert _code(info) == "InvalidLocationConstraint"
    virtual.close()


def test_presigned_get(server):
    s3 = _client(server, "path")
    s3.create_bucket(Bucket=f"pre-{APPID}")
    s3.put_object(Bucket=f"pre-{APPID}", Key="f.txt", Body=b"presigned")
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": f"pre-{APPID}", "Key": "f.txt"}, ExpiresIn=60
    )
    r = requests.get(url, timeout=10)
    assert r.status_code == 200 and r.content == b"presigned"
    r = requests.get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0"), timeout=10)
    assert r.status_code == 403
    s3.close()


def test_expired_temporary_credentials(server):
    from .support import EXPIRED

    s3 = _client(server, "path", EXPIRED)
    with pytest.raises(ClientError) as info:
        s3.list_buckets()
    assert _code(info) == "ExpiredToken"
    s3.close()


def test_botocore_version_is_the_one_probed():
    """docs/sandbox.md describes what botocore 1.43 sends; re-probe when this changes."""
    assert botocore.__version__.startswith("1.")
