"""Storage classes and restores in the storage layer, against the sandbox (issue 15, items 2-3).

The listing carries each object's class, HEAD its restore state; restore and change-of-class go
through the real SDK calls; an archived object that is not restored is refused before any
download is queued. Time is the sandbox's archive clock, moved forward by the tests.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.journal import Journal
from gene_desk.storage import archive
from gene_desk.storage.models import RestoreState
from gene_desk.transfer.plan import plan_download

DATA = b"@r\nACGT\n+\nIIII\n" * 1000


def _put(storage, bucket, key: str, cls: str = "STANDARD", data: bytes = DATA, **kw) -> None:
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key=key, Body=data, StorageClass=cls, **kw
    )


def _get(storage, bucket, key: str) -> bytes:
    client = storage.clients.client(bucket.region)
    return client.get_object(Bucket=bucket.name, Key=key)["Body"].get_raw_stream().read()


def test_parse_restore_header():
    # "HEAD Object" 归档类型对象相关头部 (x-cos-restore), 案例九 / 案例十
    assert archive.parse_restore('ongoing-request="true"') == RestoreState(True, None)
    state = archive.parse_restore(
        'ongoing-request="false", expiry-date="Mon, 13 Apr 2020 16:00:00 GMT"'
    )
    assert state == RestoreState(False, datetime(2020, 4, 13, 16, 0, tzinfo=timezone.utc))
    assert archive.parse_restore(None) is None and archive.parse_restore("garbage") is None


def test_listing_and_head_carry_the_class(storage, bucket):
    for cls in ("STANDARD", "STANDARD_IA", "ARCHIVE"):
        _put(storage, bucket, f"d/{cls}", cls)
    page = storage.list_page(bucket, "d/")
    assert {o.key: o.storage_class for o in page.objects} == {
        "d/STANDARD": "STANDARD",
        "d/STANDARD_IA": "STANDARD_IA",
        "d/ARCHIVE": "ARCHIVE",
    }
    assert [o.storage_class for o in storage.iter_objects(bucket, "d/")] == [
        "ARCHIVE",
        "STANDARD",
        "STANDARD_IA",
    ]
    info = storage.head_object(bucket, "d/ARCHIVE")
    assert info.storage_class == "ARCHIVE" and info.restore is None and not info.readable
    assert storage.head_object(bucket, "d/STANDARD").storage_class == "STANDARD"


def test_restore_then_read(storage, bucket, archive_clock):
    _put(storage, bucket, "cold", "ARCHIVE")
    archive.restore_object(storage, bucket, "cold", days=2, tier="Expedited")
    info = storage.head_object(bucket, "cold")
    assert info.restore == RestoreState(True, None) and not info.readable
    with pytest.raises(GeneDeskError) as again:
        archive.restore_object(storage, bucket, "cold", days=2, tier="Expedited")
    assert again.value.code is ErrorCode.RESTORE_IN_PROGRESS  # 409 RestoreAlreadyInProgress
    with pytest.raises(GeneDeskError) as early:
        _get_via_storage(storage, bucket, "cold")
    assert early.value.code is ErrorCode.OBJECT_ARCHIVED  # 403 InvalidObjectState
    archive_clock.advance(61)
    info = storage.head_object(bucket, "cold")
    assert info.readable and info.restore is not None and info.restore.expires is not None
    assert _get(storage, bucket, "cold") == DATA


def _get_via_storage(storage, bucket, key):
    return storage.clients.call(
        bucket.region, "get object", lambda c: c.get_object(Bucket=bucket.name, Key=key)
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"days": 0}, "days"),
        ({"days": 366}, "days"),  # the console offers 1-365 days
        ({"tier": "Fast"}, "tier"),
    ],
)
def test_bad_restore_values_are_refused_before_any_request(storage, bucket, kwargs, field):
    with pytest.raises(GeneDeskError) as info:
        archive.restore_object(storage, bucket, "whatever", **kwargs)
    assert info.value.code is ErrorCode.INVALID_ARGUMENT and field in info.value.details


def test_deep_archive_has_no_expedited(storage, bucket):
    with pytest.raises(GeneDeskError) as info:
        archive.check_tier("expedited", "DEEP_ARCHIVE")
    assert info.value.code is ErrorCode.INVALID_ARGUMENT
    assert archive.tier_for("DEEP_ARCHIVE", "Expedited") == "Standard"
    # and the sandbox, like COS, refuses it too if asked directly
    _put(storage, bucket, "deep", "DEEP_ARCHIVE")
    with pytest.raises(GeneDeskError) as refused:
        archive.restore_object(storage, bucket, "deep", tier="Expedited")
    assert refused.value.code is ErrorCode.COS_ERROR
    assert refused.value.details["cos_code"] == "InvalidArgument"


def test_restore_many_uses_the_listing_and_fits_the_tier_to_the_class(
    storage, bucket, archive_clock
):
    _put(storage, bucket, "f/a", "ARCHIVE")
    _put(storage, bucket, "f/b", "DEEP_ARCHIVE")
    _put(storage, bucket, "f/c", "STANDARD")
    seen = []
    out = archive.restore_many(
        storage,
        bucket,
        storage.iter_objects(bucket, "f/"),
        days=1,
        tier="Expedited",
        on_entry=lambda k, w: seen.append((k, w)),
    )
    assert out.started == ["f/a", "f/b"] and out.not_archived == 1 and not out.failed
    assert seen == [("f/a", "started"), ("f/b", "started")]
    again = archive.restore_many(storage, bucket, storage.iter_objects(bucket, "f/"), days=1)
    assert again.in_progress == ["f/a", "f/b"] and not again.started
    archive_clock.advance(61)  # ARCHIVE Expedited done; DEEP_ARCHIVE (Standard) takes 12 h
    assert storage.head_object(bucket, "f/a").readable
    assert not storage.head_object(bucket, "f/b").readable
    skipped = archive.restore_many(
        storage, bucket, storage.iter_objects(bucket, "f/"), days=1, skip_restored=True
    )
    assert skipped.in_progress == ["f/b"] and not skipped.started


def test_change_class_in_place_keeps_metadata(storage, bucket):
    meta = {"x-cos-meta-gd-crc64": "12345", "x-cos-meta-gd-codec": "zstd"}
    _put(storage, bucket, "k.zst", data=DATA, ContentType="application/zstd", Metadata=meta)
    assert archive.change_storage_class(storage, bucket, "k.zst", "standard_ia") == "STANDARD_IA"
    info = storage.head_object(bucket, "k.zst")
    assert info.storage_class == "STANDARD_IA"
    assert info.metadata == {"gd-crc64": "12345", "gd-codec": "zstd"}
    assert info.content_type == "application/zstd"
    archive.change_storage_class(storage, bucket, "k.zst", "ARCHIVE")
    assert storage.head_object(bucket, "k.zst").storage_class == "ARCHIVE"


def test_change_class_of_an_archived_object_needs_a_restore(storage, bucket, archive_clock):
    _put(storage, bucket, "cold", "ARCHIVE")
    with pytest.raises(GeneDeskError) as info:
        archive.change_storage_class(storage, bucket, "cold", "STANDARD")
    assert info.value.code is ErrorCode.OBJECT_ARCHIVED and "restore" in info.value.message
    archive.restore_object(storage, bucket, "cold", days=1, tier="Expedited")
    archive_clock.advance(61)
    archive.change_storage_class(storage, bucket, "cold", "STANDARD")
    info = storage.head_object(bucket, "cold")
    assert info.storage_class == "STANDARD" and info.readable
    assert _get(storage, bucket, "cold") == DATA


def test_change_class_of_a_big_object_copies_part_by_part(storage, bucket):
    # "PUT Object - Copy" is for objects up to 5 GB; beyond, "Upload Part - Copy": the limit is
    # lowered here so a 3 MiB object takes that path (parts of 1 MiB, the sandbox's minimum)
    data = bytes(range(256)) * (3 * 4096 + 7)
    _put(storage, bucket, "big", data=data, Metadata={"x-cos-meta-gd-size": "9"})
    archive.change_storage_class(
        storage, bucket, "big", "ARCHIVE", copy_limit=1024 * 1024, part_size=1024 * 1024
    )
    info = storage.head_object(bucket, "big")
    assert info.storage_class == "ARCHIVE" and info.size == len(data)
    assert info.metadata == {"gd-size": "9"} and info.etag.endswith("-4")
    client = storage.clients.client(bucket.region)
    assert client.list_multipart_uploads(Bucket=bucket.name).get("Upload") is None


def test_multi_az_class_on_a_single_az_bucket(storage, bucket):
    assert not archive.is_multi_az(storage, bucket)
    with pytest.raises(GeneDeskError) as info:
        archive.check_class_for_bucket(storage, bucket, "MAZ_STANDARD")
    assert info.value.code is ErrorCode.INVALID_ARGUMENT and bucket.name in info.value.message
    assert archive.check_class_for_bucket(storage, bucket, "deep_archive") == "DEEP_ARCHIVE"
    with pytest.raises(GeneDeskError):
        archive.check_class("GLACIER")


# -- downloads are decided before anything is queued ---------------------------------------------
def test_download_of_an_unrestored_object_is_refused_before_queueing(
    storage, bucket, tmp_path, archive_clock
):
    _put(storage, bucket, "cold.fastq", "ARCHIVE")
    with pytest.raises(GeneDeskError) as info:
        plan_download(storage, bucket, ["cold.fastq"], tmp_path / "out")
    assert info.value.code is ErrorCode.OBJECT_ARCHIVED
    assert f"gene-desk restore cos://{bucket.name}/cold.fastq" in info.value.message
    archive.restore_object(storage, bucket, "cold.fastq", days=1, tier="Expedited")
    with pytest.raises(GeneDeskError) as info:
        plan_download(storage, bucket, ["cold.fastq"], tmp_path / "out")
    assert info.value.code is ErrorCode.RESTORE_IN_PROGRESS
    archive_clock.advance(61)
    [job] = plan_download(storage, bucket, ["cold.fastq"], tmp_path / "out")
    assert [i.source for i in job.items] == ["cold.fastq"]
    assert Journal().count_jobs() == 0  # planning queues nothing


def test_folder_download_heads_only_archived_objects(storage, bucket, sandbox, tmp_path):
    """A folder of 2,500 STANDARD objects and one ARCHIVE one: three listing pages and one HEAD
    (the listing says which objects are archived), the archived one a refused item."""
    sandbox.cos.generate_objects(bucket.name, "run/lane", 2500)
    _put(storage, bucket, "run/cold.bam", "ARCHIVE")
    before = sandbox.cos.stats["requests"]
    [job] = plan_download(storage, bucket, ["run/"], tmp_path / "out")
    items = list(job.items)
    requests = sandbox.cos.stats["requests"] - before
    assert len(items) == 2501
    refused = [i for i in items if i.mode.startswith("refused")]
    assert [(i.source, i.mode) for i in refused] == [("run/cold.bam", "refused:OBJECT_ARCHIVED")]
    assert "gene-desk restore" in refused[0].note
    assert requests <= 3 + 1 + 1  # pages, the HEAD of cold.bam, a possible key renewal
