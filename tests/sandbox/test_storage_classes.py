"""Storage classes and archive restores, as Tencent documents them (issue 15, item 4).

Each test names the document (and section) it checks. Time is the server's ``archive_clock``, a
SettableClock the tests move forward: a restore of minutes or hours and the expiry of a restored
copy after its Days happen without waiting, while signatures and keys keep the real clock.
"""

from __future__ import annotations

import email.utils
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from qcloud_cos import CosS3Client
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox.clock import SettableClock
from gene_desk.sandbox.cos import CosServer
from gene_desk.sandbox.cos.archive import day_end_china
from gene_desk.sandbox.keys import MemoryKeyStore

from .support import Signed, cos_config, error_of

HOUR = 3600
DAY = 86400
DATA = b"@read1\nACGTACGT\n+\nIIIIIIII\n" * 10


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock()


@pytest.fixture
def server(data_dir: Path, keystore: MemoryKeyStore, clock: SettableClock) -> Iterator[CosServer]:
    srv = CosServer(data_dir, keystore, archive_clock=clock).start()
    yield srv
    srv.stop()


def _refused(fn, *args, **kwargs) -> tuple[int, str]:
    with pytest.raises(CosServiceError) as info:
        fn(*args, **kwargs)
    return error_of(info.value)


def _restore(client, bucket: str, key: str, days: object = 1, tier: str | None = "Expedited"):
    """POST Object restore with a hand-written body; the response (status is the point)."""
    job = f"<CASJobParameters><Tier>{tier}</Tier></CASJobParameters>" if tier else ""
    days_xml = f"<Days>{days}</Days>" if days is not None else ""
    body = f"<RestoreRequest>{days_xml}{job}</RestoreRequest>".encode()
    return Signed(client).request(
        "POST",
        bucket,
        key,
        params={"restore": ""},
        data=body,
        headers={"Content-Type": "application/xml"},
    )


def _get(client, bucket: str, key: str, headers: dict[str, str] | None = None):
    return Signed(client).request("GET", bucket, key, headers=headers)


def _archived(client, bucket: str, key: str = "cold/r1.fastq", cls: str = "ARCHIVE") -> str:
    client.put_object(Bucket=bucket, Key=key, Body=DATA, StorageClass=cls)
    return key


# -- "PUT Object" / "GET Bucket" / "HEAD Object": the class is stored, listed and shown ---------
@pytest.mark.parametrize(
    "cls", ["STANDARD", "STANDARD_IA", "INTELLIGENT_TIERING", "ARCHIVE", "DEEP_ARCHIVE"]
)
def test_put_object_stores_and_lists_the_class(client, bucket, cls):
    client.put_object(Bucket=bucket, Key="k", Body=b"x", StorageClass=cls)
    listed = client.list_objects(Bucket=bucket)["Contents"]
    assert [(c["Key"], c["StorageClass"]) for c in listed] == [("k", cls)]
    head = client.head_object(Bucket=bucket, Key="k")
    # "HEAD Object" 响应头: x-cos-storage-class 仅当对象不是标准存储（STANDARD）时才会返回
    assert head.get("x-cos-storage-class") == (None if cls == "STANDARD" else cls)
    # x-cos-storage-tier: only for intelligent tiering (FREQUENT / INFREQUENT)
    assert head.get("x-cos-storage-tier") == ("FREQUENT" if cls == "INTELLIGENT_TIERING" else None)
    versions = client.list_objects_versions(Bucket=bucket)["Version"]
    versions = versions if isinstance(versions, list) else [versions]
    assert [v["StorageClass"] for v in versions] == [cls]


def test_no_class_is_standard_and_lower_case_is_accepted(client, bucket):
    client.put_object(Bucket=bucket, Key="plain", Body=b"x")
    client.put_object(Bucket=bucket, Key="ia", Body=b"x", StorageClass="standard_ia")
    listed = {c["Key"]: c["StorageClass"] for c in client.list_objects(Bucket=bucket)["Contents"]}
    assert listed == {"plain": "STANDARD", "ia": "STANDARD_IA"}


def test_multipart_upload_keeps_the_class_of_its_initiate(client, bucket):
    # "Initiate Multipart Upload": x-cos-storage-class; "List Multipart Uploads" / "List Parts"
    up = client.create_multipart_upload(Bucket=bucket, Key="big", StorageClass="DEEP_ARCHIVE")
    uid = up["UploadId"]
    uploads = client.list_multipart_uploads(Bucket=bucket)["Upload"]
    uploads = uploads if isinstance(uploads, list) else [uploads]
    assert [u["StorageClass"] for u in uploads] == ["DEEP_ARCHIVE"]
    etag = client.upload_part(Bucket=bucket, Key="big", Body=b"y" * 10, PartNumber=1, UploadId=uid)
    assert client.list_parts(Bucket=bucket, Key="big", UploadId=uid)["StorageClass"] == (
        "DEEP_ARCHIVE"
    )
    client.complete_multipart_upload(
        Bucket=bucket,
        Key="big",
        UploadId=uid,
        MultipartUpload={"Part": [{"PartNumber": 1, "ETag": etag["ETag"]}]},
    )
    assert client.head_object(Bucket=bucket, Key="big")["x-cos-storage-class"] == "DEEP_ARCHIVE"


@pytest.mark.parametrize("cls", ["MAZ_STANDARD", "MAZ_STANDARD_IA", "MAZ_INTELLIGENT_TIERING"])
def test_multi_az_classes_need_a_multi_az_bucket(client, bucket, cls):
    # "存储类型概述": the MAZ_ classes are for multi-AZ buckets; no sandbox bucket is one
    # (PUT Bucket with BucketAZConfig is 501), so they are refused and nothing is stored
    assert _refused(client.put_object, Bucket=bucket, Key="m", Body=b"x", StorageClass=cls) == (
        400,
        "InvalidArgument",
    )
    assert _refused(client.head_object, Bucket=bucket, Key="m")[0] == 404


# -- "COS 访问 403 错误" / "错误码": an archived object is not read before a restore --------------
@pytest.mark.parametrize("cls", ["ARCHIVE", "DEEP_ARCHIVE"])
def test_get_of_an_unrestored_archived_object_is_invalid_object_state(client, bucket, cls):
    key = _archived(client, bucket, cls=cls)
    r = _get(client, bucket, key)
    assert r.status_code == 403 and b"<Code>InvalidObjectState</Code>" in r.content
    assert b"ACGT" not in r.content
    r = _get(client, bucket, key, headers={"Range": "bytes=0-3"})
    assert r.status_code == 403 and b"ACGT" not in r.content
    # HEAD still answers: class shown, no x-cos-restore before any restore ("HEAD Object")
    head = client.head_object(Bucket=bucket, Key=key)
    assert head["x-cos-storage-class"] == cls and "x-cos-restore" not in head
    assert int(head["Content-Length"]) == len(DATA)


def test_other_classes_are_read_directly(client, bucket):
    for cls in ("STANDARD_IA", "INTELLIGENT_TIERING"):
        client.put_object(Bucket=bucket, Key=cls, Body=DATA, StorageClass=cls)
        assert _get(client, bucket, cls).content == DATA


# -- "POST Object restore" ------------------------------------------------------------------------
def test_restore_runs_on_the_archive_clock_then_expires_after_days(client, bucket, clock):
    key = _archived(client, bucket)
    asked = clock()
    r = _restore(client, bucket, key, days=2, tier="Expedited")
    assert r.status_code == 202 and r.content == b""  # 实际案例 案例一: 202 Accepted, no body
    # "HEAD Object" 案例九: while restoring
    head = client.head_object(Bucket=bucket, Key=key)
    assert head["x-cos-restore"] == 'ongoing-request="true"'
    status = head["x-cos-restore-status"]
    assert status.startswith('tier="expedited"; request-date="') and status.endswith(' GMT"')
    assert _get(client, bucket, key).status_code == 403
    # 恢复错误状态: a second request while restoring is 409 RestoreAlreadyInProgress
    r = _restore(client, bucket, key)
    assert r.status_code == 409 and b"<Code>RestoreAlreadyInProgress</Code>" in r.content
    # Expedited: 1-5 minutes; the sandbox takes the low end by default
    clock.advance(59)
    assert client.head_object(Bucket=bucket, Key=key)["x-cos-restore"] == 'ongoing-request="true"'
    clock.advance(2)
    head = client.head_object(Bucket=bucket, Key=key)
    assert "x-cos-restore-status" not in head
    ongoing, expiry = head["x-cos-restore"].split(", ", 1)
    assert ongoing == 'ongoing-request="false"'
    expires = email.utils.parsedate_to_datetime(expiry.split("=", 1)[1].strip('"')).timestamp()
    # 案例十: expiry-date is on a China-time midnight (16:00:00 GMT), Days after the restore
    assert expiry.endswith(' 16:00:00 GMT"')
    assert expires == day_end_china(asked + 60 + 2 * DAY)
    assert head["x-cos-storage-class"] == "ARCHIVE"  # restoring never changes the class
    r = _get(client, bucket, key)
    assert r.status_code == 200 and r.content == DATA
    # 延长临时副本的过期时间: again while restored extends it, counted from this request
    clock.advance(DAY)
    r = _restore(client, bucket, key, days=3, tier="Bulk")
    assert r.status_code == 200
    head = client.head_object(Bucket=bucket, Key=key)
    later = email.utils.parsedate_to_datetime(
        head["x-cos-restore"].split("expiry-date=")[1].strip('"')
    ).timestamp()
    assert later == day_end_china(clock() + 3 * DAY) > expires
    # past the expiry the copy is gone: not readable, no x-cos-restore any more
    clock.advance(later - clock() + 1)
    assert _get(client, bucket, key).status_code == 403
    assert "x-cos-restore" not in client.head_object(Bucket=bucket, Key=key)
    # ... and it can be restored again
    assert _restore(client, bucket, key).status_code == 202


def test_restore_with_the_sdk_and_the_default_tier(client, bucket, clock):
    key = _archived(client, bucket)
    # the older "POST Object restore" document: CASJobParameters optional, Tier default Standard
    client.restore_object(Bucket=bucket, Key=key, RestoreRequest={"Days": 1})
    clock.advance(3 * HOUR - 10)
    assert _get(client, bucket, key).status_code == 403
    clock.advance(20)  # Standard: 3-5 hours
    assert _get(client, bucket, key).content == DATA


def test_deep_archive_restore_times(client, bucket, clock):
    # Tier: DEEP_ARCHIVE Standard 12-24 hours, Bulk 24-48 hours; no Expedited
    std = _archived(client, bucket, "deep/std", cls="DEEP_ARCHIVE")
    bulk = _archived(client, bucket, "deep/bulk", cls="DEEP_ARCHIVE")
    assert _restore(client, bucket, std, tier="Standard").status_code == 202
    assert _restore(client, bucket, bulk, tier="Bulk").status_code == 202
    clock.advance(12 * HOUR + 1)
    assert _get(client, bucket, std).status_code == 200
    assert _get(client, bucket, bulk).status_code == 403
    clock.advance(12 * HOUR)
    assert _get(client, bucket, bulk).content == DATA


def test_restore_delays_are_configurable_per_class_and_tier(data_dir, keystore, clock):
    delays = {("ARCHIVE", "Bulk"): 5.0}
    with CosServer(data_dir, keystore, archive_clock=clock, restore_delays=delays) as srv:
        c = CosS3Client(cos_config(srv.address))
        c.create_bucket(Bucket="delays-1250000000")
        key = _archived(c, "delays-1250000000")
        assert _restore(c, "delays-1250000000", key, tier="Bulk").status_code == 202
        clock.advance(4)
        assert _get(c, "delays-1250000000", key).status_code == 403
        clock.advance(2)
        assert _get(c, "delays-1250000000", key).content == DATA


@pytest.mark.parametrize(
    ("days", "tier", "expected"),
    [
        (1, "Expedited", (400, "InvalidArgument")),  # DEEP_ARCHIVE has no Expedited
        (1, "Fast", (400, "InvalidArgument")),  # Tier: Expedited, Standard or Bulk
        (0, "Standard", (400, "InvalidArgument")),  # Days: a number of days
        ("two", "Standard", (400, "InvalidArgument")),
        (None, "Standard", (400, "MalformedXML")),  # Days is required
    ],
)
def test_bad_restore_requests_are_refused(client, bucket, days, tier, expected):
    key = _archived(client, bucket, cls="DEEP_ARCHIVE")
    r = _restore(client, bucket, key, days=days, tier=tier)
    assert (r.status_code, r.content.count(f"<Code>{expected[1]}</Code>".encode())) == (
        expected[0],
        1,
    )
    assert "x-cos-restore" not in client.head_object(Bucket=bucket, Key=key)


def test_restore_of_a_non_archive_object_or_a_missing_one(client, bucket):
    client.put_object(Bucket=bucket, Key="warm", Body=b"x", StorageClass="STANDARD_IA")
    # 恢复错误状态: "您无法对于一个非 archive 类型的对象执行该操作 ... 405 Method Not Allowed"
    r = _restore(client, bucket, "warm")
    assert r.status_code == 405 and b"<Code>MethodNotAllowed</Code>" in r.content
    r = _restore(client, bucket, "missing")
    assert r.status_code == 404 and b"<Code>NoSuchKey</Code>" in r.content


def test_a_replaced_object_loses_its_restore(client, bucket, clock):
    key = _archived(client, bucket)
    _restore(client, bucket, key)
    clock.advance(61)
    assert _get(client, bucket, key).status_code == 200
    _archived(client, bucket, key)  # a new object at the same key
    assert "x-cos-restore" not in client.head_object(Bucket=bucket, Key=key)
    assert _get(client, bucket, key).status_code == 403


# -- "PUT Object - Copy": changing the class with a copy in place ---------------------------------
def test_copy_in_place_changes_the_class(client, bucket):
    client.put_object(
        Bucket=bucket, Key="k", Body=DATA, ContentType="text/plain", Metadata={"x-cos-meta-a": "1"}
    )
    source = {"Bucket": bucket, "Key": "k", "Region": "ap-guangzhou"}
    # 案例四：修改对象存储类型 (x-cos-metadata-directive: Replaced, x-cos-storage-class: ARCHIVE)
    client.copy_object(
        Bucket=bucket,
        Key="k",
        CopySource=source,
        CopyStatus="Replaced",
        StorageClass="ARCHIVE",
        ContentType="text/plain",
        Metadata={"x-cos-meta-a": "1"},
    )
    head = client.head_object(Bucket=bucket, Key="k")
    assert head["x-cos-storage-class"] == "ARCHIVE" and head["x-cos-meta-a"] == "1"
    assert head["Content-Type"] == "text/plain"
    # without x-cos-storage-class a copy is STANDARD (功能描述: 目标对象均保持为标准存储)
    client.put_object(Bucket=bucket, Key="ia", Body=b"x", StorageClass="STANDARD_IA")
    client.copy_object(
        Bucket=bucket, Key="copy", CopySource={**source, "Key": "ia"}, CopyStatus="Copy"
    )
    assert "x-cos-storage-class" not in client.head_object(Bucket=bucket, Key="copy")


def test_an_archived_source_is_copied_only_once_restored(client, bucket, clock):
    # 案例四: an ARCHIVE / DEEP_ARCHIVE object is restored before it changes class
    key = _archived(client, bucket)
    source = {"Bucket": bucket, "Key": key, "Region": "ap-guangzhou"}
    status = _refused(
        client.copy_object,
        Bucket=bucket,
        Key=key,
        CopySource=source,
        CopyStatus="Replaced",
        StorageClass="STANDARD",
    )
    assert status == (403, "InvalidObjectState")
    up = client.create_multipart_upload(Bucket=bucket, Key="part-copy")
    status = _refused(
        client.upload_part_copy,
        Bucket=bucket,
        Key="part-copy",
        PartNumber=1,
        UploadId=up["UploadId"],
        CopySource=source,
    )
    assert status == (403, "InvalidObjectState")  # "Upload Part - Copy" reads the source too
    _restore(client, bucket, key)
    clock.advance(61)
    client.copy_object(
        Bucket=bucket, Key=key, CopySource=source, CopyStatus="Replaced", StorageClass="STANDARD"
    )
    assert "x-cos-storage-class" not in client.head_object(Bucket=bucket, Key=key)
    assert _get(client, bucket, key).content == DATA


# -- the index of an older sandbox gets the column (the demo folder outlives versions) ---------
OLD_SCHEMA = """
CREATE TABLE info(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE buckets(
    name TEXT PRIMARY KEY, appid TEXT NOT NULL, region TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE objects(
    bucket TEXT NOT NULL, key TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL,
    crc64 TEXT NOT NULL, mtime REAL NOT NULL, headers TEXT NOT NULL, meta TEXT NOT NULL,
    blob TEXT, nparts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(bucket, key)) WITHOUT ROWID;
CREATE TABLE uploads(
    upload_id TEXT PRIMARY KEY, bucket TEXT NOT NULL, key TEXT NOT NULL,
    initiated REAL NOT NULL, headers TEXT NOT NULL, meta TEXT NOT NULL);
"""


def test_an_index_without_storage_classes_is_migrated(tmp_path, keystore):
    root = tmp_path / "old"
    root.mkdir()
    with sqlite3.connect(root / "index.sqlite3") as db:
        db.executescript(OLD_SCHEMA)
        db.execute("INSERT INTO buckets VALUES('old-1250000000', '1250000000', ?, ?)",
                   ("ap-guangzhou", time.time()))  # fmt: skip
        db.execute(
            "INSERT INTO objects VALUES('old-1250000000', 'empty', 0, '\"d41d8cd98f00b204e9800998"
            "ecf8427e\"', '0', ?, '{}', '{}', NULL, 0)",
            (time.time(),),
        )
    with CosServer(root, keystore) as srv:
        c = CosS3Client(cos_config(srv.address))
        listed = c.list_objects(Bucket="old-1250000000")["Contents"]
        assert [(o["Key"], o["StorageClass"]) for o in listed] == [("empty", "STANDARD")]
        c.put_object(Bucket="old-1250000000", Key="cold", Body=b"x", StorageClass="ARCHIVE")
        assert c.head_object(Bucket="old-1250000000", Key="cold")["x-cos-storage-class"] == (
            "ARCHIVE"
        )
