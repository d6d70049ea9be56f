"""cos-python-sdk-v5, configured as Gene Desk does (sandbox as HTTP proxy), against every
operation and error the product relies on."""

from __future__ import annotations

import base64
import hashlib
import os
from urllib.parse import unquote, unquote_plus

import pytest
from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_exception import CosServiceError

from .support import (
    APPID,
    OTHER,
    OTHER_APPID,
    Signed,
    crc64_ref,
    error_of,
    md5_etag,
    multipart_etag,
)

MiB = 1024 * 1024


def expect_error(status: int, code: str, fn, *args, **kwargs) -> CosServiceError:
    with pytest.raises(CosServiceError) as info:
        fn(*args, **kwargs)
    assert error_of(info.value) == (status, code), info.value.get_digest_msg()
    return info.value


# -- service and buckets ---------------------------------------------------------------------------
def test_list_buckets_shows_only_the_callers_buckets(client, make_client):
    client.create_bucket(Bucket=f"alpha-{APPID}")
    client.create_bucket(Bucket=f"beta-{APPID}")
    bob = make_client(OTHER)
    bob.create_bucket(Bucket=f"bobs-{OTHER_APPID}")

    result = client.list_buckets()
    names = [b["Name"] for b in result["Buckets"]["Bucket"]]
    assert names == [f"alpha-{APPID}", f"beta-{APPID}"]
    first = result["Buckets"]["Bucket"][0]
    assert first["Location"] == "ap-guangzhou"
    assert first["CreationDate"].endswith("Z") and "T" in first["CreationDate"]
    assert APPID in result["Owner"]["ID"]
    assert [b["Name"] for b in bob.list_buckets()["Buckets"]["Bucket"]] == [f"bobs-{OTHER_APPID}"]


def test_list_buckets_when_there_are_none(client):
    assert client.list_buckets()["Buckets"] is None


def test_bucket_lifecycle_and_errors(client, make_client):
    name = f"life-{APPID}"
    # the SDK reports every 404 on HEAD as NoSuchResource
    expect_error(404, "NoSuchResource", client.head_bucket, Bucket=name)
    client.create_bucket(Bucket=name)
    head = client.head_bucket(Bucket=name)
    assert head["x-cos-request-id"]
    assert head["Server"] == "tencent-cos"
    assert client.get_bucket_location(Bucket=name)["LocationConstraint"] == "ap-guangzhou"
    expect_error(409, "BucketAlreadyOwnedByYou", client.create_bucket, Bucket=name)
    # someone else's bucket name
    bob = make_client(OTHER)
    expect_error(409, "BucketAlreadyExists", bob.create_bucket, Bucket=name)
    # "HEAD Object"/"HEAD Bucket": a HEAD error has no body and no code, so the SDK can only
    # say "Unknown" for a 403 (as on COS); the status is all a client has
    expect_error(403, "Unknown", bob.head_bucket, Bucket=name)
    expect_error(403, "AccessDenied", bob.list_objects, Bucket=name)
    # not empty: an object, then only a multipart upload
    client.put_object(Bucket=name, Key="x", Body=b"1")
    expect_error(409, "BucketNotEmpty", client.delete_bucket, Bucket=name)
    client.delete_object(Bucket=name, Key="x")
    upload = client.create_multipart_upload(Bucket=name, Key="pending")
    expect_error(409, "BucketNotEmpty", client.delete_bucket, Bucket=name)
    client.abort_multipart_upload(Bucket=name, Key="pending", UploadId=upload["UploadId"])
    client.delete_bucket(Bucket=name)
    expect_error(404, "NoSuchResource", client.head_bucket, Bucket=name)
    expect_error(404, "NoSuchBucket", client.delete_bucket, Bucket=name)


@pytest.mark.parametrize(
    "name",
    [
        "no-appid",  # no APPID suffix
        "x" * 40 + "-1250000000",  # the domain would be over 60 characters
        "short-12",  # an APPID has at least 5 digits
        "a-",  # ends with '-' once the SDK appends nothing
    ],
)
def test_invalid_bucket_names(client, name):
    with pytest.raises(Exception) as info:
        client.create_bucket(Bucket=name)
    if not isinstance(info.value, CosServiceError):  # the SDK refused it before sending
        assert name.endswith("-")
        return
    assert error_of(info.value) == (400, "InvalidBucketName")
    assert client.list_buckets()["Buckets"] is None


def test_bucket_name_with_someone_elses_appid_is_refused(client):
    expect_error(403, "AccessDenied", client.create_bucket, Bucket=f"mine-{OTHER_APPID}")


def test_unknown_region_is_refused(make_client):
    client = make_client(region="ap-nowhere")
    expect_error(400, "InvalidRegionName", client.create_bucket, Bucket=f"reg-{APPID}")


def test_bucket_in_another_region_is_not_found(client, make_client):
    client.create_bucket(Bucket=f"gz-{APPID}")
    beijing = make_client(region="ap-beijing")
    expect_error(404, "NoSuchBucket", beijing.list_objects, Bucket=f"gz-{APPID}")
    beijing.create_bucket(Bucket=f"bj-{APPID}")
    assert beijing.get_bucket_location(Bucket=f"bj-{APPID}")["LocationConstraint"] == "ap-beijing"


# -- objects ---------------------------------------------------------------------------------------
def test_put_get_head_delete_with_metadata(client, bucket):
    body = os.urandom(300_000)
    put = client.put_object(
        Bucket=bucket,
        Key="dir/data.bin",
        Body=body,
        ContentType="application/x-fastq",
        Metadata={"x-cos-meta-sample": "S01", "x-cos-meta-run": "42"},
    )
    assert put["ETag"] == md5_etag(body)
    assert put["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    assert put["x-cos-request-id"]

    head = client.head_object(Bucket=bucket, Key="dir/data.bin")
    assert head["Content-Length"] == str(len(body))
    assert head["ETag"] == md5_etag(body)
    assert head["Content-Type"] == "application/x-fastq"
    assert head["x-cos-meta-sample"] == "S01" and head["x-cos-meta-run"] == "42"
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    assert head["Last-Modified"].endswith(" GMT")

    got = client.get_object(Bucket=bucket, Key="dir/data.bin")
    assert got["Body"].get_raw_stream().read() == body
    assert got["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    assert got["ETag"] == md5_etag(body)

    client.delete_object(Bucket=bucket, Key="dir/data.bin")
    expect_error(404, "NoSuchResource", client.head_object, Bucket=bucket, Key="dir/data.bin")
    expect_error(404, "NoSuchKey", client.get_object, Bucket=bucket, Key="dir/data.bin")
    # deleting what is not there is still a success
    assert client.delete_object(Bucket=bucket, Key="dir/data.bin") is not None


def test_put_from_file_and_download_file(client, bucket, tmp_path):
    src = tmp_path / "src.bin"
    src.write_bytes(os.urandom(3 * MiB + 17))
    with open(src, "rb") as fp:
        client.put_object(Bucket=bucket, Key="f.bin", Body=fp)
    dest = tmp_path / "dest.bin"
    client.download_file(Bucket=bucket, Key="f.bin", DestFilePath=str(dest), PartSize=1,
                         MAXThread=3, EnableCRC=True)  # fmt: skip
    assert dest.read_bytes() == src.read_bytes()


def test_overwrite_replaces_content_and_type(client, bucket):
    client.put_object(Bucket=bucket, Key="k", Body=b"first", ContentType="text/plain")
    client.put_object(Bucket=bucket, Key="k", Body=b"second!")
    head = client.head_object(Bucket=bucket, Key="k")
    assert head["Content-Length"] == "7"
    assert head["Content-Type"] == "application/octet-stream"
    assert client.get_object(Bucket=bucket, Key="k")["Body"].get_raw_stream().read() == b"second!"


def test_zero_byte_object_and_folder_markers(client, bucket):
    client.put_object(Bucket=bucket, Key="folder/", Body=b"")
    client.put_object(Bucket=bucket, Key="folder/sub/", Body=b"")
    client.put_object(Bucket=bucket, Key="folder/file.txt", Body=b"x")
    head = client.head_object(Bucket=bucket, Key="folder/")
    assert head["Content-Length"] == "0"
    assert head["x-cos-hash-crc64ecma"] == "0"
    assert head["ETag"] == md5_etag(b"")
    top = client.list_objects(Bucket=bucket, Delimiter="/")
    assert [p["Prefix"] for p in top["CommonPrefixes"]] == ["folder/"]
    inside = client.list_objects(Bucket=bucket, Prefix="folder/", Delimiter="/")
    assert [c["Key"] for c in inside["Contents"]] == ["folder/", "folder/file.txt"]
    assert [p["Prefix"] for p in inside["CommonPrefixes"]] == ["folder/sub/"]


ODD_KEYS = [
    "中文目录/基因 数据.fastq.gz",
    "with space/and  two",
    "plus+sign",
    "percent%20literal%",
    "hash#and?question",
    "emoji😀/🧬.vcf",
    "dir/../up.txt",
    "..hidden",
    "a/./b",
    "semi;colon,comma=eq&amp'quote\"",
    "tab\tand~tilde!*()",
    "中" * 283,  # 849 bytes of UTF-8
    "k" * 850,  # the COS limit
]


def test_odd_keys_round_trip(client, bucket):
    for i, key in enumerate(ODD_KEYS):
        client.put_object(Bucket=bucket, Key=key, Body=f"body {i}".encode())
    for i, key in enumerate(ODD_KEYS):
        got = client.get_object(Bucket=bucket, Key=key)
        assert got["Body"].get_raw_stream().read() == f"body {i}".encode(), key
        assert client.head_object(Bucket=bucket, Key=key)["Content-Length"] == str(len(f"body {i}"))
    listed = [c["Key"] for c in client.list_objects(Bucket=bucket)["Contents"]]
    assert listed == sorted(ODD_KEYS, key=lambda k: k.encode("utf-8"))  # UTF-8 byte order
    encoded = [c["Key"] for c in client.list_objects(Bucket=bucket, EncodingType="url")["Contents"]]
    assert all(k.isascii() and " " not in k and "\t" not in k for k in encoded)
    assert [unquote(k) for k in encoded] == listed
    assert [unquote_plus(k) for k in encoded] == listed  # botocore decodes with unquote_plus
    result = client.delete_objects(
        Bucket=bucket, Delete={"Quiet": "true", "Object": [{"Key": k} for k in ODD_KEYS]}
    )
    assert "Error" not in result or not result["Error"]
    assert client.list_objects(Bucket=bucket).get("Contents") in (None, [])


def test_key_too_long_is_refused(client, bucket):
    expect_error(400, "KeyTooLongError", client.put_object, Bucket=bucket, Key="k" * 851, Body=b"")
    expect_error(400, "KeyTooLongError", client.put_object, Bucket=bucket, Key="中" * 284, Body=b"")


def test_copy_object_keeps_bytes_and_metadata(client, bucket):
    body = os.urandom(5000)
    client.put_object(Bucket=bucket, Key="src", Body=body, Metadata={"x-cos-meta-a": "1"})
    source = {"Bucket": bucket, "Key": "src", "Region": "ap-guangzhou"}
    result = client.copy_object(Bucket=bucket, Key="dst", CopySource=source)
    assert result["ETag"] == md5_etag(body)
    head = client.head_object(Bucket=bucket, Key="dst")
    assert head["x-cos-meta-a"] == "1"
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    client.delete_object(Bucket=bucket, Key="src")  # the copy does not depend on the source
    assert client.get_object(Bucket=bucket, Key="dst")["Body"].get_raw_stream().read() == body
    missing = {"Bucket": bucket, "Key": "nope", "Region": "ap-guangzhou"}
    expect_error(404, "NoSuchKey", client.copy_object, Bucket=bucket, Key="d2", CopySource=missing)


# -- ranges ----------------------------------------------------------------------------------------
def test_range_gets(client, bucket):
    body = bytes(range(256)) * 40  # 10240 bytes
    client.put_object(Bucket=bucket, Key="r", Body=body)
    cases = {
        "bytes=0-0": (0, 0),
        "bytes=100-199": (100, 199),
        "bytes=10000-": (10000, 10239),
        "bytes=-10": (10230, 10239),
        "bytes=10200-99999": (10200, 10239),
        "bytes=-99999": (0, 10239),
    }
    for spec, (start, end) in cases.items():
        got = client.get_object(Bucket=bucket, Key="r", Range=spec)
        assert got["Content-Range"] == f"bytes {start}-{end}/10240", spec
        assert got["Content-Length"] == str(end - start + 1)
        assert got["Body"].get_raw_stream().read() == body[start : end + 1], spec
        # the CRC header describes the whole object, also on ranged reads
        assert got["x-cos-hash-crc64ecma"] == str(crc64_ref(body))
    expect_error(
        416, "InvalidRange", client.get_object, Bucket=bucket, Key="r", Range="bytes=10240-"
    )
    expect_error(416, "InvalidRange", client.get_object, Bucket=bucket, Key="r", Range="bytes=-0")
    client.put_object(Bucket=bucket, Key="empty", Body=b"")
    expect_error(
        416, "InvalidRange", client.get_object, Bucket=bucket, Key="empty", Range="bytes=0-"
    )


def test_range_request_is_answered_206(client, bucket):
    client.put_object(Bucket=bucket, Key="r", Body=b"0123456789")
    response = Signed(client).request("GET", bucket, "r", headers={"Range": "bytes=2-4"})
    assert response.status_code == 206
    assert response.content == b"234"
    assert response.headers["Content-Range"] == "bytes 2-4/10"
    plain = Signed(client).request("GET", bucket, "r")
    assert plain.status_code == 200 and plain.content == b"0123456789"


# -- batch delete ----------------------------------------------------------------------------------
def test_batch_delete_reports_each_key(client, bucket):
    for k in ("a", "b", "c"):
        client.put_object(Bucket=bucket, Key=k, Body=b"x")
    result = client.delete_objects(
        Bucket=bucket,
        Delete={"Object": [{"Key": "a"}, {"Key": "b"}, {"Key": "missing"}, {"Key": "k" * 900}]},
    )
    assert sorted(d["Key"] for d in result["Deleted"]) == ["a", "b", "missing"]
    assert [(e["Key"], e["Code"]) for e in result["Error"]] == [("k" * 900, "KeyTooLongError")]
    quiet = client.delete_objects(Bucket=bucket, Delete={"Quiet": "true", "Object": [{"Key": "c"}]})
    assert not quiet.get("Deleted")
    assert client.list_objects(Bucket=bucket).get("Contents") in (None, [])


def test_batch_delete_limits(client, bucket):
    keys = [{"Key": f"k{i}"} for i in range(1001)]
    expect_error(400, "MalformedXML", client.delete_objects, Bucket=bucket, Delete={"Object": keys})
    ok = client.delete_objects(Bucket=bucket, Delete={"Quiet": "true", "Object": keys[:1000]})
    assert not ok.get("Error")
    response = Signed(client).request(
        "POST",
        bucket,
        params={"delete": ""},
        data=b"<Delete><Object><Key>a</Key>",
        headers={"Content-Type": "application/xml"},
    )
    assert response.status_code == 400 and b"<Code>MalformedXML</Code>" in response.content


# -- multipart -------------------------------------------------------------------------------------
def _upload_parts(client, bucket, key, parts):
    upload_id = client.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
    etags = []
    for n, data in enumerate(parts, 1):
        r = client.upload_part(Bucket=bucket, Key=key, Body=data, PartNumber=n, UploadId=upload_id)
        assert r["ETag"] == md5_etag(data)
        assert r["x-cos-hash-crc64ecma"] == str(crc64_ref(data))
        etags.append({"PartNumber": n, "ETag": r["ETag"]})
    return upload_id, etags


def test_multipart_upload_round_trip(client, bucket):
    parts = [os.urandom(MiB), os.urandom(MiB + 5), os.urandom(1234)]
    upload_id, etags = _upload_parts(client, bucket, "mp/object.bin", parts)
    listed = client.list_multipart_uploads(Bucket=bucket)
    assert [(u["Key"], u["UploadId"]) for u in listed["Upload"]] == [("mp/object.bin", upload_id)]
    result = client.complete_multipart_upload(
        Bucket=bucket, Key="mp/object.bin", UploadId=upload_id, MultipartUpload={"Part": etags}
    )
    whole = b"".join(parts)
    assert result["ETag"] == multipart_etag(parts)
    assert result["x-cos-hash-crc64ecma"] == str(crc64_ref(whole))
    head = client.head_object(Bucket=bucket, Key="mp/object.bin")
    assert head["Content-Length"] == str(len(whole))
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(whole))
    got = client.get_object(Bucket=bucket, Key="mp/object.bin")
    assert got["Body"].get_raw_stream().read() == whole
    # a range across the part boundary
    span = client.get_object(Bucket=bucket, Key="mp/object.bin", Range=f"bytes={MiB - 3}-{MiB + 2}")
    assert span["Body"].get_raw_stream().read() == whole[MiB - 3 : MiB + 3]
    assert client.list_multipart_uploads(Bucket=bucket).get("Upload") in (None, [])
    expect_error(
        404, "NoSuchUpload", client.abort_multipart_upload, Bucket=bucket, Key="mp/object.bin",
        UploadId=upload_id,
    )  # fmt: skip


def test_multipart_rules(client, bucket):
    small = os.urandom(MiB - 1)
    upload_id, etags = _upload_parts(client, bucket, "m", [small, b"tail"])
    expect_error(
        400, "EntityTooSmall", client.complete_multipart_upload, Bucket=bucket, Key="m",
        UploadId=upload_id, MultipartUpload={"Part": etags},
    )  # fmt: skip
    wrong = [{"PartNumber": 1, "ETag": md5_etag(b"other")}, etags[1]]
    expect_error(
        400, "InvalidPart", client.complete_multipart_upload, Bucket=bucket, Key="m",
        UploadId=upload_id, MultipartUpload={"Part": wrong},
    )  # fmt: skip
    missing = [etags[0], {"PartNumber": 7, "ETag": etags[1]["ETag"]}]
    expect_error(
        400, "InvalidPart", client.complete_multipart_upload, Bucket=bucket, Key="m",
        UploadId=upload_id, MultipartUpload={"Part": missing},
    )  # fmt: skip
    expect_error(
        400, "InvalidPartOrder", client.complete_multipart_upload, Bucket=bucket, Key="m",
        UploadId=upload_id, MultipartUpload={"Part": [etags[1], etags[0]]},
    )  # fmt: skip
    # a single small part is fine (the last part may be small), and re-uploading a part replaces it
    client.upload_part(Bucket=bucket, Key="m", Body=b"redo", PartNumber=1, UploadId=upload_id)
    done = client.complete_multipart_upload(
        Bucket=bucket, Key="m", UploadId=upload_id,
        MultipartUpload={"Part": [{"PartNumber": 1, "ETag": md5_etag(b"redo")}]},
    )  # fmt: skip
    assert done["ETag"] == multipart_etag([b"redo"])
    assert client.get_object(Bucket=bucket, Key="m")["Body"].get_raw_stream().read() == b"redo"


def test_multipart_unknown_upload_and_part_numbers(client, bucket):
    expect_error(
        404, "NoSuchUpload", client.upload_part, Bucket=bucket, Key="m", Body=b"x", PartNumber=1,
        UploadId="nope",
    )  # fmt: skip
    expect_error(404, "NoSuchUpload", client.abort_multipart_upload, Bucket=bucket, Key="m",
                 UploadId="nope")  # fmt: skip
    expect_error(404, "NoSuchUpload", client.list_parts, Bucket=bucket, Key="m", UploadId="nope")
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="m")["UploadId"]
    for bad in (0, 10001):
        expect_error(
            400, "InvalidArgument", client.upload_part, Bucket=bucket, Key="m", Body=b"x",
            PartNumber=bad, UploadId=upload_id,
        )  # fmt: skip
    client.upload_part(Bucket=bucket, Key="m", Body=b"x", PartNumber=10000, UploadId=upload_id)
    # the upload id belongs to key "m", not to another key
    expect_error(404, "NoSuchUpload", client.list_parts, Bucket=bucket, Key="n", UploadId=upload_id)
    client.abort_multipart_upload(Bucket=bucket, Key="m", UploadId=upload_id)
    expect_error(404, "NoSuchUpload", client.list_parts, Bucket=bucket, Key="m", UploadId=upload_id)


def test_list_parts_paging(client, bucket):
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="p")["UploadId"]
    for n in range(1, 8):
        client.upload_part(Bucket=bucket, Key="p", Body=b"%d" % n, PartNumber=n, UploadId=upload_id)
    seen, marker = [], 0
    while True:
        page = client.list_parts(
            Bucket=bucket, Key="p", UploadId=upload_id, MaxParts=3, PartNumberMarker=marker
        )
        seen.extend(int(p["PartNumber"]) for p in page["Part"])
        assert all(p["ETag"] == md5_etag(p["PartNumber"].encode()) for p in page["Part"])
        if page["IsTruncated"] == "false":
            break
        marker = int(page["NextPartNumberMarker"])
    assert seen == list(range(1, 8))


def test_list_multipart_uploads_with_prefix_and_delimiter(client, bucket):
    ids = {}
    for key in ("a/1", "a/2", "b/1", "top"):
        ids[key] = client.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
    only_a = client.list_multipart_uploads(Bucket=bucket, Prefix="a/")
    assert [u["Key"] for u in only_a["Upload"]] == ["a/1", "a/2"]
    rolled = client.list_multipart_uploads(Bucket=bucket, Delimiter="/")
    assert [u["Key"] for u in rolled["Upload"]] == ["top"]
    assert [p["Prefix"] for p in rolled["CommonPrefixes"]] == ["a/", "b/"]
    paged = client.list_multipart_uploads(Bucket=bucket, MaxUploads=2)
    assert paged["IsTruncated"] == "true"
    rest = client.list_multipart_uploads(
        Bucket=bucket, KeyMarker=paged["NextKeyMarker"], UploadIdMarker=paged["NextUploadIdMarker"]
    )
    assert [u["Key"] for u in paged["Upload"] + rest["Upload"]] == ["a/1", "a/2", "b/1", "top"]


def test_upload_file_resumes_an_unfinished_upload(client, bucket, tmp_path):
    """The SDK's upload_file lists parts of a pending upload and skips the matching ones."""
    src = tmp_path / "big.bin"
    data = os.urandom(3 * MiB + 100)
    src.write_bytes(data)
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="resume")["UploadId"]
    client.upload_part(Bucket=bucket, Key="resume", Body=data[:MiB], PartNumber=1,
                       UploadId=upload_id)  # fmt: skip
    client.upload_file(Bucket=bucket, Key="resume", LocalFilePath=str(src), PartSize=1, MAXThread=2)
    head = client.head_object(Bucket=bucket, Key="resume")
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(data))
    assert head["ETag"].endswith('-4"')


# -- errors that need a hand-made request ----------------------------------------------------------
def test_method_not_allowed(client, bucket):
    signed = Signed(client)
    assert signed.request("PATCH", bucket, "k").status_code == 405
    response = signed.request("POST", bucket, "k", data=b"")
    assert response.status_code == 405
    assert b"<Code>MethodNotAllowed</Code>" in response.content
    assert response.headers["x-cos-request-id"]


def test_complete_with_malformed_xml(client, bucket):
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="m")["UploadId"]
    response = Signed(client).request(
        "POST", bucket, "m", params={"uploadId": upload_id}, data=b"<CompleteMultipartUpload><Part>"
    )
    assert response.status_code == 400 and b"<Code>MalformedXML</Code>" in response.content


def test_error_body_shape(client):
    with pytest.raises(CosServiceError) as info:
        client.list_objects(Bucket=f"nothere-{APPID}")
    msg = info.value.get_digest_msg()
    assert msg["code"] == "NoSuchBucket"
    assert msg["message"] and msg["resource"] and msg["requestid"] and msg["traceid"]


def test_anonymous_requests_are_denied(server, bucket):
    proxy = f"http://{server.address}"
    anonymous = CosS3Client(
        CosConfig(Region="ap-guangzhou", Anonymous=True, Scheme="http",
                  Proxies={"http": proxy, "https": proxy}),
        retry=0,
    )  # fmt: skip
    expect_error(403, "AccessDenied", anonymous.list_objects, Bucket=bucket)
    expect_error(403, "AccessDenied", anonymous.put_object, Bucket=bucket, Key="k", Body=b"x")


def test_streamed_body_without_length_is_chunked(client, bucket):
    """A generator body makes requests send Transfer-Encoding: chunked."""
    pieces = [os.urandom(100_000) for _ in range(30)]
    client.put_object(Bucket=bucket, Key="chunked", Body=(p for p in pieces))
    whole = b"".join(pieces)
    head = client.head_object(Bucket=bucket, Key="chunked")
    assert head["Content-Length"] == str(len(whole))
    assert head["ETag"] == md5_etag(whole)
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(whole))


def test_content_md5_is_verified(client, bucket, tmp_path):
    body = os.urandom(10_000)
    client.put_object(Bucket=bucket, Key="md5", Body=body, EnableMD5=True)
    wrong = base64.b64encode(hashlib.md5(b"other").digest()).decode()
    expect_error(400, "BadDigest", client.put_object, Bucket=bucket, Key="md5", Body=body,
                 ContentMD5=wrong)  # fmt: skip
    expect_error(400, "InvalidDigest", client.put_object, Bucket=bucket, Key="md5", Body=body,
                 ContentMD5="not-base64!")  # fmt: skip
    src = tmp_path / "f.bin"
    src.write_bytes(os.urandom(2 * MiB + 1))
    client.upload_file(Bucket=bucket, Key="parts", LocalFilePath=str(src), PartSize=1,
                       MAXThread=3, EnableMD5=True)  # fmt: skip
    got = client.get_object(Bucket=bucket, Key="parts")["Body"].get_raw_stream().read()
    assert got == src.read_bytes()
