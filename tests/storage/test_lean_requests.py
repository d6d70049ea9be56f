"""The engine's own small-object requests (storage/lean.py) against the real sandbox, which
verifies every signature as Tencent's "请求签名" document describes it
(https://cloud.tencent.com/document/product/436/7778; gene_desk/sandbox/cos/auth_cos.py).

Both kinds of request go through one ``CosClients.call``: the same retries, error mapping with
COS request ids and key renewal; and the transfer code's CRC-64 checks read the same headers.
"""

from __future__ import annotations

import pytest

from gene_desk.core.crc64 import crc64
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.client import RetryPolicy
from gene_desk.storage.lean import LeanClient
from tests.helpers.storage import storage_for

KEY = "数据 目录/reads (1)+x~.fastq"


@pytest.fixture(autouse=True)
def fast_retries(storage):
    storage.clients.retry = RetryPolicy(attempts=4, base=0.01, cap=0.05)


def _lean(storage, bucket, operation, fn):
    return storage.clients.call(bucket.region, operation, fn, lean=True)


def test_put_get_head_round_trip_with_unicode_key_and_metadata(storage, bucket):
    data = b"ACGT" * 1024
    meta = {"x-cos-meta-gd-name": "reads%20(1).fastq"}
    headers = _lean(
        storage,
        bucket,
        "put",
        lambda c: c.put_object(Bucket=bucket.name, Key=KEY, Body=data, Metadata=meta),
    )
    lower = {k.lower(): v for k, v in headers.items()}
    assert int(lower["x-cos-hash-crc64ecma"]) == crc64(data) and lower["x-cos-request-id"]

    def get(c: LeanClient) -> tuple[dict, bytes]:
        response = c.get_object(Bucket=bucket.name, Key=KEY)
        raw = response.pop("Body").get_raw_stream()
        body = raw.read()
        raw.release_conn()
        return response, body

    _headers, body = _lean(storage, bucket, "get", get)
    assert body == data
    # the SDK reads back what the lean PUT stored, under the same (unicode, spaced) key
    sdk = storage.clients.client(bucket.region).get_object(Bucket=bucket.name, Key=KEY)
    assert sdk["Body"].get_raw_stream().read() == data
    info = storage.head_object(bucket, KEY)  # a lean HEAD
    assert info.size == len(data) and info.crc64 == crc64(data)
    assert info.metadata["gd-name"] == "reads%20(1).fastq"


def test_ranged_and_conditional_get(storage, bucket):
    data = bytes(range(256)) * 16
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="r", Body=data)
    etag = storage.head_object(bucket, "r").etag

    def get(c: LeanClient) -> bytes:
        response = c.get_object(
            Bucket=bucket.name, Key="r", IfMatch=f'"{etag}"', Range="bytes=16-31"
        )
        return response["Body"].get_raw_stream().read()

    assert _lean(storage, bucket, "get", get) == data[16:32]
    with pytest.raises(GeneDeskError) as info:
        _lean(
            storage,
            bucket,
            "get",
            lambda c: c.get_object(Bucket=bucket.name, Key="r", IfMatch='"other"'),
        )
    assert info.value.status == 412 and info.value.details["cos_code"] == "PreconditionFailed"
    assert info.value.request_id


def test_errors_map_as_the_sdks_with_request_ids(storage, bucket):
    with pytest.raises(GeneDeskError) as got:
        _lean(storage, bucket, "get", lambda c: c.get_object(Bucket=bucket.name, Key="absent"))
    assert got.value.code is ErrorCode.NO_SUCH_KEY and got.value.request_id
    with pytest.raises(GeneDeskError) as head:  # a HEAD error has no body: status and id only
        storage.head_object(bucket, "absent")
    assert head.value.code is ErrorCode.NO_SUCH_KEY and head.value.request_id
    assert head.value.details.get("status_only")
    with pytest.raises(GeneDeskError) as sdk:  # the same error through the SDK maps the same
        storage.clients.call(
            bucket.region,
            "get",
            lambda c: c.get_object(Bucket=bucket.name, Key="absent"),
        )
    assert (sdk.value.code, sdk.value.status) == (got.value.code, got.value.status)


def test_transient_failures_are_retried_on_the_shared_path(storage, bucket, faults):
    faults.fail_next(2, status=503, method="PUT")
    headers = _lean(
        storage, bucket, "put", lambda c: c.put_object(Bucket=bucket.name, Key="k", Body=b"x")
    )
    assert {k.lower() for k in headers} >= {"etag", "x-cos-request-id"}
    assert storage.head_object(bucket, "k").size == 1


def test_a_wrong_signature_is_refused(storage, bucket):
    lean = storage.clients.lean(bucket.region)
    lean.signer._secret_key = "not the key"  # the sandbox checks signatures as COS does
    with pytest.raises(GeneDeskError) as info:
        storage.clients.call(
            bucket.region,
            "put",
            lambda c: c.put_object(Bucket=bucket.name, Key="k", Body=b"x"),
            lean=True,
            retry=False,
        )
    assert info.value.code is ErrorCode.SIGNATURE_MISMATCH and info.value.request_id


def test_expired_keys_are_renewed_for_lean_requests(sandbox, server_clock, bucket, session):
    sandbox.account.settings.credential_ttl = 600
    try:
        session.invalidate_credentials()
        storage = storage_for(session)
        first = session.credentials().secret_id
        _lean(
            storage, bucket, "put", lambda c: c.put_object(Bucket=bucket.name, Key="e", Body=b"1")
        )
        server_clock.advance(601)  # expired on the server; the client still trusts its keys
        _lean(
            storage, bucket, "put", lambda c: c.put_object(Bucket=bucket.name, Key="e", Body=b"2")
        )
        assert session.credentials().secret_id != first
        assert storage.clients.lean(bucket.region).signer.secret_id != first
    finally:
        sandbox.account.settings.credential_ttl = 1800


def test_lean_requests_keep_using_the_pools_connections(storage, bucket, sandbox):
    """One exchange at a time on the shared pool: the same keep-alive connection serves them
    all, and an SDK request after them still works on it."""
    _lean(storage, bucket, "put", lambda c: c.put_object(Bucket=bucket.name, Key="c", Body=b"1"))
    before = sandbox.cos.stats["connections"]
    for _ in range(20):
        storage.head_object(bucket, "c")
        _lean(storage, bucket, "get", lambda c: c.get_object(Bucket=bucket.name, Key="c"))
    storage.clients.client(bucket.region).head_object(Bucket=bucket.name, Key="c")
    assert sandbox.cos.stats["connections"] - before <= 1


def test_a_stop_cuts_off_a_lean_request_waiting_for_its_answer(storage, bucket, faults):
    import threading

    from gene_desk.core.stopflag import StopFlag
    from tests.helpers.wait import wait_until

    _lean(storage, bucket, "put", lambda c: c.put_object(Bucket=bucket.name, Key="s", Body=b"1"))
    faults.add_latency(10.0, method="GET", count=1)
    stop = StopFlag()
    outcome: list[BaseException] = []

    def get() -> None:
        try:
            storage.clients.call(
                bucket.region,
                "get",
                lambda c: c.get_object(Bucket=bucket.name, Key="s"),
                cancel=stop,
                lean=True,
            )
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=get)
    worker.start()
    wait_until(lambda: not faults.rules(), 10, "the request held at the server")
    stop.set()
    worker.join(3.0)
    assert not worker.is_alive(), "the lean request was not cut off"
    assert isinstance(outcome[0], GeneDeskError) and outcome[0].code is ErrorCode.CANCELLED
    assert storage.head_object(bucket, "s").size == 1  # the pool still serves
