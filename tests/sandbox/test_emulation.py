"""What the sandbox does not emulate is refused the way COS refuses it, never served as a plain
object or bucket operation (issue 14, problems 1 and 2).

Every request here is one a client could send to real COS expecting a feature; the sandbox must
answer NotImplemented (501) for a feature it lacks or InvalidArgument (400) for a value COS
itself refuses, and must leave every object and bucket exactly as it was.
"""

from __future__ import annotations

import pytest
from qcloud_cos.cos_exception import CosServiceError

from .support import APPID, Signed, error_of


def _refused(fn, *args, **kwargs) -> tuple[int, str]:
    with pytest.raises(CosServiceError) as info:
        fn(*args, **kwargs)
    return error_of(info.value)


def _body(client, bucket: str, key: str) -> bytes:
    return client.get_object(Bucket=bucket, Key=key)["Body"].get_raw_stream().read()


@pytest.fixture
def obj(client, bucket) -> str:
    client.put_object(Bucket=bucket, Key="data/sample.fastq", Body=b"@read1\nACGT\n+\nIIII\n")
    return "data/sample.fastq"


# -- problem 1: requests the sandbox does not understand, served as something else ---------------
def test_delete_object_tagging_does_not_delete_the_object(client, bucket, obj):
    # "DELETE Object tagging": removes the object's tags, never the object
    assert _refused(client.delete_object_tagging, Bucket=bucket, Key=obj) == (501, "NotImplemented")
    assert _body(client, bucket, obj) == b"@read1\nACGT\n+\nIIII\n"


def test_put_symlink_does_not_overwrite_the_object(client, bucket, obj):
    # "PUT Object - symlink": creates a link object; the sandbox has no links
    status = _refused(client.put_symlink, Bucket=bucket, SymlinkName=obj, SymlinkTarget="x")
    assert status == (501, "NotImplemented")
    assert _body(client, bucket, obj) == b"@read1\nACGT\n+\nIIII\n"


def test_get_object_tagging_is_not_the_object(client, bucket, obj):
    # "GET Object tagging": answers a <Tagging> document, never the object's bytes
    r = Signed(client).request("GET", bucket, obj, params={"tagging": ""})
    assert r.status_code == 501 and b"<Code>NotImplemented</Code>" in r.content
    assert b"ACGT" not in r.content


def test_put_with_an_unknown_bucket_sub_resource_is_not_create_bucket(client, bucket):
    # "PUT Bucket origin" (回源): a sub-resource of an existing bucket, never PUT Bucket
    name = f"origin-test-{APPID}"
    r = Signed(client).request("PUT", name, params={"origin": ""}, data=b"<OriginConfiguration/>")
    assert r.status_code == 404 and b"<Code>NoSuchBucket</Code>" in r.content
    assert name not in [b["Name"] for b in client.list_buckets()["Buckets"]["Bucket"]]
    r = Signed(client).request("PUT", bucket, params={"origin": ""}, data=b"<OriginConfiguration/>")
    assert r.status_code == 501 and b"<Code>NotImplemented</Code>" in r.content


@pytest.mark.parametrize(
    ("method", "sub"),
    [
        ("PUT", "tagging"),
        ("DELETE", "tagging"),
        ("PUT", "cors"),
        ("DELETE", "cors"),
        ("PUT", "lifecycle"),
        ("DELETE", "lifecycle"),
        ("PUT", "policy"),
        ("DELETE", "policy"),
        ("PUT", "website"),
        ("PUT", "referer"),
        ("PUT", "logging"),
        ("PUT", "inventory"),
        ("PUT", "encryption"),
        ("PUT", "replication"),
        ("PUT", "domain"),
        ("PUT", "intelligenttiering"),
        ("PUT", "object-lock"),
        ("DELETE", "location"),
        ("PUT", "versioning"),
    ],
)
def test_bucket_sub_resources_are_refused_and_the_bucket_kept(client, bucket, obj, method, sub):
    # the COS bucket APIs (cos-python-sdk-v5 put_bucket_*/delete_bucket_*); a DELETE must never
    # fall through to DELETE Bucket, a PUT never to PUT Bucket
    r = Signed(client).request(method, bucket, params={sub: ""}, data=b"<X/>")
    assert (r.status_code, r.content.count(b"<Code>NotImplemented</Code>")) == (501, 1)
    client.head_bucket(Bucket=bucket)
    assert _body(client, bucket, obj) == b"@read1\nACGT\n+\nIIII\n"


@pytest.mark.parametrize(
    ("method", "sub"),
    [
        ("PUT", "tagging"),
        ("GET", "tagging"),
        ("DELETE", "tagging"),
        ("GET", "symlink"),
        ("POST", "append"),
        ("POST", "select"),
        ("GET", "torrent"),
        ("PUT", "rename"),
        ("DELETE", "acl"),
    ],
)
def test_object_sub_resources_are_refused_and_the_object_kept(client, bucket, obj, method, sub):
    r = Signed(client).request(method, bucket, obj, params={sub: ""}, data=b"<X/>")
    assert (r.status_code, r.content.count(b"<Code>NotImplemented</Code>")) == (501, 1)
    assert _body(client, bucket, obj) == b"@read1\nACGT\n+\nIIII\n"


def test_delete_of_another_version_does_not_delete_the_current_one(client, bucket, obj):
    # "DELETE Object": versionId names one version; the sandbox keeps only the "null" version
    r = Signed(client).request("DELETE", bucket, obj, params={"versionId": "MTg0NDUxNTc1"})
    assert r.status_code == 404 and b"<Code>NoSuchVersion</Code>" in r.content
    deleted = client.delete_objects(
        Bucket=bucket, Delete={"Object": [{"Key": obj, "VersionId": "MTg0NDUxNTc1"}]}
    )
    assert [e["Code"] for e in deleted["Error"]] == ["NoSuchVersion"]
    assert _body(client, bucket, obj) == b"@read1\nACGT\n+\nIIII\n"
    # the "null" version is the object itself
    r = Signed(client).request("GET", bucket, obj, params={"versionId": "null"})
    assert r.status_code == 200 and r.content == b"@read1\nACGT\n+\nIIII\n"


# -- problem 2: unimplemented features answered 200 and ignored -----------------------------------
def test_put_bucket_versioning_is_refused(client, bucket):
    # "PUT Bucket versioning": a client must not believe its bucket keeps old versions
    status = _refused(client.put_bucket_versioning, Bucket=bucket, Status="Enabled")
    assert status == (501, "NotImplemented")
    assert client.get_bucket_versioning(Bucket=bucket).get("Status") in (None, "")


def test_put_bucket_acl(client, bucket):
    # "PUT Bucket acl"; "访问控制列表（ACL）概述 > 预设的 ACL": private, public-read,
    # public-read-write, authenticated-read. The SDK's own test_put_bucket_acl_illegal sends
    # 'public-read-writ', which COS refuses.
    assert _refused(client.put_bucket_acl, Bucket=bucket, ACL="public-read-writ")[0] == 400
    assert _refused(client.put_bucket_acl, Bucket=bucket, ACL="public-read-writ")[1] == (
        "InvalidArgument"
    )
    for acl in ("public-read", "public-read-write", "authenticated-read"):
        assert _refused(client.put_bucket_acl, Bucket=bucket, ACL=acl) == (501, "NotImplemented")
    grant = 'id="qcs::cam::uin/100000000001:uin/100000000001"'
    assert _refused(client.put_bucket_acl, Bucket=bucket, GrantRead=grant)[0] == 501
    client.put_bucket_acl(Bucket=bucket, ACL="private")  # what the sandbox enforces anyway
    grants = client.get_bucket_acl(Bucket=bucket)["AccessControlList"]["Grant"]
    grants = grants if isinstance(grants, list) else [grants]
    assert [g["Permission"] for g in grants] == ["FULL_CONTROL"]


def test_put_object_acl(client, bucket, obj):
    # "PUT Object acl"; object canned ACLs: default, private, public-read, authenticated-read,
    # bucket-owner-read, bucket-owner-full-control
    assert _refused(client.put_object_acl, Bucket=bucket, Key=obj, ACL="everyone") == (
        400,
        "InvalidArgument",
    )
    status = _refused(client.put_object_acl, Bucket=bucket, Key=obj, ACL="public-read")
    assert status == (501, "NotImplemented")
    client.put_object_acl(Bucket=bucket, Key=obj, ACL="default")
    client.put_object_acl(Bucket=bucket, Key=obj, ACL="private")
    assert _refused(client.put_object_acl, Bucket=bucket, Key="missing", ACL="private") == (
        404,
        "NoSuchKey",
    )


def test_put_object_tagging_is_refused(client, bucket, obj):
    # "PUT Object tagging"
    tags = {"TagSet": {"Tag": [{"Key": "project", "Value": "wgs"}]}}
    status = _refused(client.put_object_tagging, Bucket=bucket, Key=obj, Tagging=tags)
    assert status == (501, "NotImplemented")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"StorageClass": "FOO"}, (400, "InvalidArgument")),  # not a COS storage class
        # "存储类型概述": multi-AZ classes need a multi-AZ bucket, which the sandbox never has
        # (the other classes are emulated: test_storage_classes.py)
        ({"StorageClass": "MAZ_STANDARD"}, (400, "InvalidArgument")),
        ({"ACL": "public-read"}, (501, "NotImplemented")),
        ({"ACL": "bogus"}, (400, "InvalidArgument")),
        ({"ServerSideEncryption": "AES256"}, (501, "NotImplemented")),  # SSE-COS
        ({"ServerSideEncryption": "cos/kms"}, (501, "NotImplemented")),  # SSE-KMS
        (
            {  # SSE-C ("服务端加密专用头部")
                "SSECustomerAlgorithm": "AES256",
                "SSECustomerKey": "MDEyMzQ1Njc4OUFCQ0RFRjAxMjM0NTY3ODlBQkNERUY=",
                "SSECustomerKeyMD5": "U5L61r7jcwdNvT7frmUG8g==",
            },
            (501, "NotImplemented"),
        ),
    ],
)
def test_put_object_headers_not_emulated_are_refused(client, bucket, headers, expected):
    # "PUT Object" request headers: a refused upload stores nothing
    assert _refused(client.put_object, Bucket=bucket, Key="refused", Body=b"x", **headers) == (
        expected
    )
    assert _refused(client.head_object, Bucket=bucket, Key="refused")[0] == 404
    # the same on Initiate Multipart Upload and PUT Object - Copy
    assert _refused(client.create_multipart_upload, Bucket=bucket, Key="refused", **headers) == (
        expected
    )
    assert client.list_multipart_uploads(Bucket=bucket).get("Upload") is None
    client.put_object(Bucket=bucket, Key="src", Body=b"source")
    source = {"Bucket": bucket, "Key": "src", "Region": "ap-guangzhou"}
    status = _refused(
        client.copy_object, Bucket=bucket, Key="refused", CopySource=source, **headers
    )
    assert status == expected
    assert _refused(client.head_object, Bucket=bucket, Key="refused")[0] == 404


def test_standard_storage_class_and_private_acl_are_what_is_stored(client, bucket):
    client.put_object(Bucket=bucket, Key="std", Body=b"x", StorageClass="STANDARD", ACL="private")
    listed = client.list_objects(Bucket=bucket)["Contents"]
    assert [(c["Key"], c["StorageClass"]) for c in listed] == [("std", "STANDARD")]


def test_sse_headers_on_get_are_refused(client, bucket, obj):
    # SSE-C keys on GET only make sense for an encrypted object; none exists here
    headers = {
        "x-cos-server-side-encryption-customer-algorithm": "AES256",
        "x-cos-server-side-encryption-customer-key": "MDEyMzQ1Njc4OUFCQ0RFRjAxMjM0NTY3OA==",
    }
    r = Signed(client).request("GET", bucket, obj, headers=headers)
    assert r.status_code == 501 and b"ACGT" not in r.content


def test_invalid_metadata_directive_is_refused(client, bucket, obj):
    # "PUT Object - Copy": x-cos-metadata-directive is Copy or Replaced (the SDK checks it too,
    # so this one is sent by hand)
    headers = {
        "x-cos-copy-source": f"{bucket}.cos.ap-guangzhou.myqcloud.com/{obj}",
        "x-cos-metadata-directive": "Merge",
    }
    r = Signed(client).request("PUT", bucket, "copy", headers=headers)
    assert r.status_code == 400 and b"<Code>InvalidArgument</Code>" in r.content
    assert _refused(client.head_object, Bucket=bucket, Key="copy")[0] == 404
