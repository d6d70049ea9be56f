"""Storage operations end to end against the sandbox (real HTTP, real SDK)."""

from __future__ import annotations

import threading

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.storage.service import BUCKET_NOT_EMPTY_PROMPT

ODD_KEYS = [
    "样本/测序 数据 01.fastq",
    "plus+sign.txt",
    "percent%20literal.txt",
    "hash#tag.vcf",
    "question?.bam",
    "emoji 🧬.txt",
    "deep/a/b/c/d/e.txt",
]


def test_list_buckets_shows_demo_bucket_with_region(storage):
    buckets = storage.list_buckets()
    demo = [b for b in buckets if b.name == seed.DEMO_BUCKET]
    assert demo and demo[0].region == seed.DEMO_REGION
    assert demo[0].created is not None
    assert storage.appid == seed.DEMO_APPID


def test_create_bucket_appends_appid_and_rejects_bad_names_before_sending(storage):
    bucket = storage.create_bucket("reads-2026", "ap-shanghai")
    assert bucket.name == f"reads-2026-{seed.DEMO_APPID}"
    assert bucket.name in {b.name for b in storage.list_buckets()}
    assert storage.bucket("reads-2026").region == "ap-shanghai"
    for bad, reason in [("", "empty"), ("Upper", "chars"), ("-x", "chars"), ("a" * 60, "length")]:
        with pytest.raises(GeneDeskError) as info:
            storage.create_bucket(bad, "ap-shanghai")
        assert info.value.code is ErrorCode.INVALID_BUCKET_NAME
        assert info.value.details["reason"] == reason
    with pytest.raises(GeneDeskError) as info:
        storage.create_bucket("fine", "mars-1")
    assert info.value.code is ErrorCode.INVALID_REGION
    with pytest.raises(GeneDeskError) as info:
        storage.create_bucket("reads-2026", "ap-shanghai")
    assert info.value.code is ErrorCode.BUCKET_EXISTS
    assert info.value.request_id  # COS request id is carried for support
    storage.delete_bucket(bucket)
    assert bucket.name not in {b.name for b in storage.list_buckets()}


def test_delete_non_empty_bucket_gives_the_seed_prompt(storage, bucket):
    storage.create_folder(bucket, "", "data")
    with pytest.raises(GeneDeskError) as info:
        storage.delete_bucket(bucket)
    assert info.value.code is ErrorCode.BUCKET_NOT_EMPTY
    assert BUCKET_NOT_EMPTY_PROMPT in info.value.message
    storage.delete_folder(bucket, "data/")
    storage.delete_bucket(bucket)


def test_folders_at_root_and_nested(storage, bucket):
    assert storage.create_folder(bucket, "", "项目 A") == "项目 A/"
    assert storage.create_folder(bucket, "项目 A/", "raw") == "项目 A/raw/"
    root = storage.list_page(bucket, "")
    assert root.folders == ["项目 A/"] and root.objects == []
    inner = storage.list_page(bucket, "项目 A/")
    assert inner.folders == ["项目 A/raw/"]
    assert inner.objects == []  # the folder's own marker is not listed as a file
    with pytest.raises(GeneDeskError) as info:
        storage.create_folder(bucket, "", "项目 A")
    assert info.value.code is ErrorCode.TARGET_EXISTS
    for bad in ["", "a/b", "..", "x\x01"]:
        with pytest.raises(GeneDeskError) as info:
            storage.create_folder(bucket, "", bad)
        assert info.value.code is ErrorCode.INVALID_OBJECT_NAME


def test_odd_keys_round_trip(storage, bucket, sandbox):
    client = storage.clients.client(bucket.region)
    for key in ODD_KEYS:
        client.put_object(Bucket=bucket.name, Key=key, Body=key.encode())
    listed = {o.key for o in storage.iter_objects(bucket)}
    assert listed == set(ODD_KEYS)
    for key in ODD_KEYS:
        info = storage.head_object(bucket, key)
        assert info.size == len(key.encode())
        body = client.get_object(Bucket=bucket.name, Key=key)["Body"].get_raw_stream().read()
        assert body == key.encode()
    page = storage.list_page(bucket, "")
    assert "样本/" in page.folders and "deep/" in page.folders
    assert "emoji 🧬.txt" in {o.key for o in page.objects}
    result = storage.delete_objects(bucket, ODD_KEYS)
    assert result.ok and result.deleted == len(ODD_KEYS)
    assert list(storage.iter_objects(bucket)) == []


def test_delete_folder_recursively_with_progress(storage, bucket, sandbox):
    sandbox.cos.backend.generate_objects(bucket.name, "big/", 2500)
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="keep.txt", Body=b"x")
    seen = []
    result = storage.delete_folder(bucket, "big/", progress=lambda d, t: seen.append(d))
    assert result.deleted == 2500 and result.ok
    assert seen == sorted(seen) and seen[-1] == 2500 and len(seen) == 3  # batches of 1000
    assert [o.key for o in storage.iter_objects(bucket)] == ["keep.txt"]


def test_delete_folder_can_be_cancelled_between_batches(storage, bucket, sandbox):
    sandbox.cos.backend.generate_objects(bucket.name, "c/", 3000)
    cancel = threading.Event()

    def progress(done, total):
        cancel.set()

    with pytest.raises(GeneDeskError) as info:
        storage.delete_folder(bucket, "c/", progress=progress, cancel=cancel)
    assert info.value.code is ErrorCode.CANCELLED
    remaining = sum(1 for _ in storage.iter_objects(bucket, "c/"))
    assert remaining == 2000


def test_paging_100k_keys(storage, bucket, sandbox):
    sandbox.cos.backend.generate_objects(bucket.name, "run/", 100_000)
    pages = 0
    count = 0
    marker = ""
    while True:
        page = storage.list_page(bucket, "run/", marker)
        pages += 1
        count += len(page.objects)
        assert len(page.objects) + len(page.folders) <= 1000
        if page.next_marker is None:
            break
        marker = page.next_marker
    assert count == 100_000 and pages == 100
    # the root shows one folder, not 100,000 objects
    root = storage.list_page(bucket, "")
    assert root.folders == ["run/"] and not root.truncated


def test_missing_bucket_is_a_clear_error(storage):
    with pytest.raises(GeneDeskError) as info:
        storage.bucket("does-not-exist")
    assert info.value.code is ErrorCode.NO_SUCH_BUCKET


def test_expired_credentials_are_refreshed_during_long_operations(sandbox, server_clock, bucket):
    """Temporary keys that expire on the server while this client still trusts them (its clock
    lags behind) still carry a 3000-object delete through (refresh on expiry)."""
    from gene_desk.account.session import AccountSession
    from tests.helpers.storage import storage_for

    sandbox.account.settings.credential_ttl = 600
    try:
        session = AccountSession.login(sandbox.account_url, seed.DEMO.account, seed.DEMO.password)
        storage = storage_for(session)
        b = storage.bucket(bucket.name)
        first = session.credentials().secret_id
        sandbox.cos.backend.generate_objects(b.name, "x/", 3000)
        server_clock.advance(601)  # the cached key is now expired on the server
        result = storage.delete_folder(b, "x/")
        assert result.deleted == 3000
        assert session.credentials().secret_id != first
    finally:
        sandbox.account.settings.credential_ttl = 1800
