"""What the on-disk store promises: restarts keep data and pending uploads, a PUT that dies
halfway leaves nothing, a GET in progress survives overwrite and delete, and no file is leaked."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest
import requests
from qcloud_cos import CosS3Client
from qcloud_cos.cos_exception import CosServiceError

from gene_desk.sandbox.cos import CosServer
from gene_desk.sandbox.cos.backend import DataDirInUse
from tests.helpers.wait import wait_until

from .support import APPID, PERM, Signed, cos_config, crc64_ref, md5_etag

MiB = 1024 * 1024


def _files(root: Path, sub: str) -> list[Path]:
    return [p for p in (root / sub).rglob("*") if p.is_file()]


def test_restart_keeps_objects_and_pending_uploads(data_dir, keystore):
    first = CosServer(data_dir, keystore).start()
    with requests.Session() as s1:
        c1 = CosS3Client(cos_config(first.address), retry=0, session=s1)
        bucket = f"keep-{APPID}"
        c1.create_bucket(Bucket=bucket)
        c1.put_object(Bucket=bucket, Key="kept.txt", Body=b"still here", ContentType="text/plain")
        upload_id = c1.create_multipart_upload(Bucket=bucket, Key="later.bin")["UploadId"]
        part1 = os.urandom(MiB)
        e1 = c1.upload_part(Bucket=bucket, Key="later.bin", Body=part1, PartNumber=1,
                            UploadId=upload_id)["ETag"]  # fmt: skip
    first.stop()

    second = CosServer(data_dir, keystore).start()
    try:
        with requests.Session() as s2:
            c2 = CosS3Client(cos_config(second.address), retry=0, session=s2)
            got = c2.get_object(Bucket=bucket, Key="kept.txt")
            assert got["Body"].get_raw_stream().read() == b"still here"
            assert got["Content-Type"] == "text/plain"
            parts = c2.list_parts(Bucket=bucket, Key="later.bin", UploadId=upload_id)["Part"]
            assert [(p["PartNumber"], p["ETag"]) for p in parts] == [("1", e1)]
            e2 = c2.upload_part(Bucket=bucket, Key="later.bin", Body=b"end", PartNumber=2,
                                UploadId=upload_id)["ETag"]  # fmt: skip
            c2.complete_multipart_upload(
                Bucket=bucket,
                Key="later.bin",
                UploadId=upload_id,
                MultipartUpload={
                    "Part": [{"PartNumber": 1, "ETag": e1}, {"PartNumber": 2, "ETag": e2}]
                },
            )
            head = c2.head_object(Bucket=bucket, Key="later.bin")
            assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(part1 + b"end"))
    finally:
        second.stop()


def test_one_server_per_data_dir(server, data_dir, keystore):
    """`gene-desk sandbox` and `--demo` share a folder: a second server must not take it."""
    with pytest.raises(DataDirInUse):
        CosServer(data_dir, keystore).start()
    server.stop()
    again = CosServer(data_dir, keystore).start()
    again.stop()


def _raw_put(server: CosServer, client: CosS3Client, bucket: str, key: str, total: int,
             send: int) -> None:  # fmt: skip
    """Send a correctly signed PUT announcing ``total`` bytes, send ``send`` of them, hang up."""
    conf = client.get_conf()
    url = conf.uri(bucket=bucket, path=key)
    auth = client.get_auth("PUT", bucket, key, Headers={"Content-Length": str(total)})
    host = url.split("/")[2]
    head = (
        f"PUT {url} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {total}\r\n"
        f"Authorization: {auth}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head + b"x" * send)
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(10)
        while sock.recv(65536):  # the server closes without a response
            pass


@pytest.mark.parametrize("total", [1000, 20 * MiB])  # inline and pipelined receive paths
def test_put_dropped_halfway_leaves_nothing(server, client, bucket, data_dir, total):
    client.put_object(Bucket=bucket, Key="old", Body=b"previous version")
    _raw_put(server, client, bucket, "new", total, total // 2)
    _raw_put(server, client, bucket, "old", total, total // 2)
    with pytest.raises(CosServiceError) as info:
        client.head_object(Bucket=bucket, Key="new")
    assert info.value.get_status_code() == 404
    assert client.get_object(Bucket=bucket, Key="old")["Body"].get_raw_stream().read() == (
        b"previous version"
    )
    assert _files(data_dir, "tmp") == []
    assert [c["Key"] for c in client.list_objects(Bucket=bucket)["Contents"]] == ["old"]


def test_get_in_progress_survives_overwrite_and_delete(client, bucket, data_dir):
    # multipart, so the second part's file is opened only after the delete below
    parts = [os.urandom(8 * MiB), os.urandom(8 * MiB)]
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="moving")["UploadId"]
    etags = [
        {"PartNumber": n, "ETag": client.upload_part(Bucket=bucket, Key="moving", Body=p,
                                                     PartNumber=n, UploadId=upload_id)["ETag"]}
        for n, p in enumerate(parts, 1)
    ]  # fmt: skip
    client.complete_multipart_upload(
        Bucket=bucket, Key="moving", UploadId=upload_id, MultipartUpload={"Part": etags}
    )
    signed = Signed(client)
    with requests.Session() as s1, requests.Session() as s2:
        response = signed.request("GET", bucket, "moving", session=s1, stream=True)
        first = response.raw.read(1024)
        client.put_object(Bucket=bucket, Key="moving", Body=b"new content")
        response2 = signed.request("GET", bucket, "moving", session=s2, stream=True)
        second = response2.raw.read()
        client.delete_object(Bucket=bucket, Key="moving")
        assert _files(data_dir, "mpu"), "removed while still being read"
        rest = response.raw.read()
    assert first + rest == b"".join(parts)
    assert second == b"new content"
    with pytest.raises(CosServiceError):
        client.head_object(Bucket=bucket, Key="moving")
    # once the reader is done the deferred removal happens
    wait_until(lambda: _files(data_dir, "mpu") == [], 10, "the deferred removal")


def test_deleted_and_replaced_blobs_are_removed(client, bucket, data_dir):
    client.put_object(Bucket=bucket, Key="a", Body=b"1" * 1000)
    client.put_object(Bucket=bucket, Key="a", Body=b"2" * 1000)
    client.put_object(Bucket=bucket, Key="b", Body=b"3" * 1000)
    assert len(_files(data_dir, "blobs")) == 2
    client.delete_object(Bucket=bucket, Key="a")
    upload_id = client.create_multipart_upload(Bucket=bucket, Key="m")["UploadId"]
    etag = client.upload_part(Bucket=bucket, Key="m", Body=b"p", PartNumber=1,
                              UploadId=upload_id)["ETag"]  # fmt: skip
    client.upload_part(Bucket=bucket, Key="m", Body=b"unused", PartNumber=2, UploadId=upload_id)
    client.complete_multipart_upload(
        Bucket=bucket, Key="m", UploadId=upload_id,
        MultipartUpload={"Part": [{"PartNumber": 1, "ETag": etag}]},
    )  # fmt: skip
    assert len(_files(data_dir, "mpu")) == 1  # the unused part is gone
    client.delete_objects(Bucket=bucket, Delete={"Object": [{"Key": "b"}, {"Key": "m"}]})
    assert _files(data_dir, "blobs") == [] and _files(data_dir, "mpu") == []


def test_generate_objects_with_content(server, client, bucket):
    assert server.generate_objects(bucket, "gen/", 300, size=4096) == 300
    got = client.get_object(Bucket=bucket, Key="gen/000123")["Body"].get_raw_stream().read()
    assert len(got) == 4096
    head = client.head_object(Bucket=bucket, Key="gen/000299")
    assert head["ETag"] == md5_etag(got) and head["x-cos-hash-crc64ecma"] == str(crc64_ref(got))
    with pytest.raises(CosServiceError):
        client.head_object(Bucket=bucket, Key="gen/000300")


def test_parallel_clients(make_client, bucket):
    """Many connections at once (the transfer engine uses several threads)."""
    errors: list[BaseException] = []
    bodies = {f"par/{i}": os.urandom(200_000 + i) for i in range(24)}

    def work(keys: list[str]) -> None:
        c = make_client(PERM)
        try:
            for k in keys:
                c.put_object(Bucket=bucket, Key=k, Body=bodies[k])
                assert (
                    c.get_object(Bucket=bucket, Key=k)["Body"].get_raw_stream().read() == bodies[k]
                )
        except BaseException as exc:  # reported below
            errors.append(exc)

    keys = sorted(bodies)
    threads = [threading.Thread(target=work, args=(keys[i::6],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
