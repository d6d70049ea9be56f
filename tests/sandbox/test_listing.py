"""Listing semantics at scale: 100,000 keys paged through the SDK, delimiters, markers,
encoding-type=url, and UTF-8 byte order."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
import requests
from qcloud_cos import CosS3Client

from gene_desk.sandbox.cos import CosServer
from gene_desk.sandbox.keys import MemoryKeyStore

from .support import ALL_KEYS, APPID, PERM, cos_config

BUCKET = f"listing-{APPID}"
N = 100_000
DIRS = 1500


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    server = CosServer(tmp_path_factory.mktemp("cos-listing"), MemoryKeyStore(list(ALL_KEYS)))
    server.start()
    session = requests.Session()
    client = CosS3Client(cos_config(server.address, PERM), retry=0, session=session)
    client.create_bucket(Bucket=BUCKET)
    assert server.generate_objects(BUCKET, "many/", N) == N
    for d in range(DIRS):
        server.generate_objects(BUCKET, f"tree/d{d:04d}/", 2, size=3)
    yield server, client
    session.close()
    server.stop()


def test_100k_keys_page_through_with_markers(listed):
    _, client = listed
    keys: list[str] = []
    marker = ""
    pages = 0
    while True:
        page = client.list_objects(Bucket=BUCKET, Prefix="many/", Marker=marker, MaxKeys=1000)
        pages += 1
        contents = page.get("Contents", [])
        keys.extend(c["Key"] for c in contents)
        if page["IsTruncated"] == "false":
            assert "NextMarker" not in page
            break
        assert len(contents) == 1000
        assert page["NextMarker"] == contents[-1]["Key"]
        marker = page["NextMarker"]
    assert pages == N // 1000
    assert keys == [f"many/{i:06d}" for i in range(N)]


def test_max_keys_default_and_cap(listed):
    _, client = listed
    assert len(client.list_objects(Bucket=BUCKET, Prefix="many/")["Contents"]) == 1000
    capped = client.list_objects(Bucket=BUCKET, Prefix="many/", MaxKeys=5000)
    assert len(capped["Contents"]) == 1000 and capped["MaxKeys"] == "1000"
    small = client.list_objects(Bucket=BUCKET, Prefix="many/", MaxKeys=7, Marker="many/099990")
    assert [c["Key"] for c in small["Contents"]] == [f"many/{i:06d}" for i in range(99991, 99998)]
    assert small["IsTruncated"] == "true"


def test_common_prefixes_count_against_max_keys(listed):
    _, client = listed
    top = client.list_objects(Bucket=BUCKET, Delimiter="/", EncodingType="url")
    assert [p["Prefix"] for p in top["CommonPrefixes"]] == ["many/", "tree/"]
    assert top.get("Contents") in (None, [])

    prefixes: list[str] = []
    marker = ""
    while True:
        page = client.list_objects(
            Bucket=BUCKET, Prefix="tree/", Delimiter="/", Marker=marker, MaxKeys=1000,
            EncodingType="url",
        )  # fmt: skip
        assert page["EncodingType"] == "url"
        got = [unquote(p["Prefix"]) for p in page.get("CommonPrefixes", [])]
        prefixes.extend(got)
        if page["IsTruncated"] == "false":
            break
        assert len(got) == 1000
        # the next marker is the last common prefix returned
        assert unquote(page["NextMarker"]) == got[-1]
        marker = unquote(page["NextMarker"])
    assert prefixes == [f"tree/d{d:04d}/" for d in range(DIRS)]

    inside = client.list_objects(Bucket=BUCKET, Prefix="tree/d0007/", Delimiter="/")
    assert [c["Key"] for c in inside["Contents"]] == ["tree/d0007/000000", "tree/d0007/000001"]
    assert inside["Contents"][0]["Size"] == "3"


def test_mixed_keys_and_prefixes_paging(server, client, bucket):
    for key in ("a", "b/1", "b/2", "c", "d/1", "e"):
        client.put_object(Bucket=bucket, Key=key, Body=b"")
    seen: list[str] = []
    marker = ""
    while True:
        page = client.list_objects(Bucket=bucket, Delimiter="/", Marker=marker, MaxKeys=2)
        items = [c["Key"] for c in page.get("Contents", [])]
        items += [p["Prefix"] for p in page.get("CommonPrefixes", [])]
        assert len(items) <= 2
        seen.extend(sorted(items))
        if page["IsTruncated"] == "false":
            break
        marker = page["NextMarker"]
    assert seen == ["a", "b/", "c", "d/", "e"]


def test_utf8_byte_order_and_url_encoding(client, bucket):
    # code point order differs from UTF-16 order for astral characters: '\uffff' < '😀'
    keys = ["z", "é", "中", "\uffff", "😀", "A", "a b", "a+b", "a%b", "a/b"]
    for key in keys:
        client.put_object(Bucket=bucket, Key=key, Body=b"")
    listed = [c["Key"] for c in client.list_objects(Bucket=bucket)["Contents"]]
    assert listed == sorted(keys, key=lambda k: k.encode("utf-8"))
    raw = client.list_objects(Bucket=bucket, EncodingType="url", Prefix="a", Delimiter="/")
    assert raw["Prefix"] == "a"
    assert [c["Key"] for c in raw["Contents"]] == ["a%20b", "a%25b", "a%2Bb"]
    assert [p["Prefix"] for p in raw["CommonPrefixes"]] == ["a/"]
    marker = client.list_objects(Bucket=bucket, Marker="a%b", EncodingType="url", MaxKeys=1)
    assert marker["Marker"] == "a%25b" and marker["NextMarker"] == "a%2Bb"
