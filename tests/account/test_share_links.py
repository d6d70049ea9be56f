"""Share links (issue 16 part 1): ``POST/GET /api/v1/storage/share-links`` of the sandbox against
``docs/duoyungu-api.yaml``, the client (``AccountApi.create_share_link``, ``shares``) and the
engine call both faces use (``sharing.share_object``), over real HTTP against the whole sandbox.

What COS does with the link is Tencent's: a presigned URL carries the signature in its query
string (请求签名, https://cloud.tencent.com/document/product/436/7778: ``q-sign-algorithm=sha1``,
``q-ak``, ``q-sign-time``, ``q-key-time``, ``q-header-list``, ``q-url-param-list``,
``q-signature``), and a request after the end of ``q-sign-time`` is refused with ``403
AccessDenied`` ("Request has expired", COS 错误码 https://cloud.tencent.com/document/product/436/7730).
The link is fetched with plain urllib and no credentials of any kind.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from openapi_schema_validator import OAS30Validator
from qcloud_cos import CosConfig
from qcloud_cos.cos_auth import CosS3Auth

from gene_desk.account import sharing
from gene_desk.account.api import AccountApi
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.cos_presign import signature_fields
from tests.account.test_panels_contract import SPEC, _resolve

PATH = "/api/v1/storage/share-links"


def _schema(method: str, status: int) -> dict:
    response = _resolve(SPEC["paths"][PATH][method]["responses"][str(status)])
    return response["content"]["application/json"]["schema"]


def _valid(body: object, method: str, status: int) -> None:
    validator = OAS30Validator(
        _schema(method, status), format_checker=OAS30Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, errors


def fetch(url: str) -> tuple[int, bytes]:
    """A plain HTTP GET, as a browser or curl would: no proxy, no credentials."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _api(sandbox, account: seed.SeedAccount = seed.DEMO) -> AccountApi:
    api = AccountApi(sandbox.account_url, timeout=10)
    api.login(account.account, account.password)
    return api


def _post(sandbox, token: str, body: object) -> requests.Response:
    return requests.post(
        sandbox.account_url + PATH,
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


@contextmanager
def role_of(sandbox, account: str, role: str):
    """Give a seeded account another of the portal's roles for one test."""
    db = sandbox.account.store.db()
    before = db.execute("SELECT role FROM users WHERE account=?", (account,)).fetchone()[0]
    with sandbox.account.store.db() as tx:
        tx.execute("UPDATE users SET role=? WHERE account=?", (role, account))
    try:
        yield
    finally:
        with sandbox.account.store.db() as tx:
            tx.execute("UPDATE users SET role=? WHERE account=?", (before, account))


@pytest.fixture
def shared(storage, bucket):
    data = bytes(range(256)) * 41 + b"\x00end"
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key="交付/样本 1.fastq", Body=data
    )
    return bucket, "交付/样本 1.fastq", data


def test_link_downloads_the_exact_bytes_without_credentials(sandbox, session, storage, shared):
    bucket, key, data = shared
    result = sharing.share_object(session.api, storage, bucket, key, 3 * sharing.DAY)
    query = parse_qs(urlsplit(result.link.url).query)
    assert query["q-sign-algorithm"] == ["sha1"]
    assert query["q-ak"] == [seed.DEMO.secret_id]  # the permanent key, not a temporary one
    assert "x-cos-security-token" not in query
    start, end = (int(t) for t in query["q-sign-time"][0].split(";"))
    assert end - start == 3 * sharing.DAY
    assert result.link.expires_at - result.link.created_at == timedelta(days=3)
    assert fetch(result.link.url) == (200, data)
    assert result.packing is sharing.Packing.PLAIN and result.open_note() is None
    assert result.size == len(data)


def test_link_outlives_the_temporary_keys_and_dies_at_its_expiry(
    sandbox, session, storage, shared, server_clock
):
    bucket, key, data = shared
    result = sharing.share_object(session.api, storage, bucket, key, sharing.HOUR)
    server_clock.advance(sharing.HOUR - 60)  # past the 30-minute temporary keys
    assert fetch(result.link.url) == (200, data)
    server_clock.advance(120)  # past the link's end
    status, body = fetch(result.link.url)
    assert status == 403
    assert b"<Code>AccessDenied</Code>" in body and b"expired" in body


def test_contract_create_and_list(sandbox, shared):
    bucket, key, _ = shared
    api = _api(sandbox)
    response = _post(
        sandbox,
        api.token,
        {"bucket": bucket.name, "region": bucket.region, "key": key, "expires_seconds": 7200},
    )
    assert response.status_code == 201, response.text
    created = response.json()
    _valid(created, "post", 201)
    listed = requests.get(
        sandbox.account_url + PATH,
        params={"page": 1, "page_size": 100},
        headers={"Authorization": f"Bearer {api.token}"},
        timeout=10,
    )
    assert listed.status_code == 200
    body = listed.json()
    _valid(body, "get", 200)
    mine = [item for item in body["items"] if item["id"] == created["id"]]
    assert mine == [
        {
            "id": created["id"],
            "account": seed.DEMO.account,
            "account_name": seed.DEMO.display_name,
            "bucket": bucket.name,
            "region": bucket.region,
            "key": key,
            "created_at": created["created_at"],
            "expires_at": created["expires_at"],
        }
    ]
    assert "url" not in mine[0]  # the record keeps no bearer secret


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"expires_seconds": 3599}, "BAD_REQUEST"),
        ({"expires_seconds": 604801}, "BAD_REQUEST"),
        ({"expires_seconds": "3600"}, "BAD_REQUEST"),
        ({"key": "folder/"}, "BAD_REQUEST"),
        ({"region": "mars-1"}, "BAD_REQUEST"),
        ({"bucket": "nope"}, "BAD_REQUEST"),
        ({"extra": 1}, "BAD_REQUEST"),
        ({"bucket": "other-1250009999"}, "FORBIDDEN"),
    ],
)
def test_contract_refusals(sandbox, change, code):
    api = _api(sandbox)
    body = {"bucket": seed.DEMO_BUCKET, "region": seed.DEMO_REGION, "key": "k", **change}
    body["expires_seconds"] = change.get("expires_seconds", 3600)
    response = _post(sandbox, api.token, body)
    status = 403 if code == "FORBIDDEN" else 400
    assert response.status_code == status, response.text
    _valid(response.json(), "post", status)
    assert response.json()["error"]["code"] == code
    assert _post(sandbox, "not-a-session", body).status_code == 401


def test_signature_is_the_sdks_for_the_same_times():
    """The service's signer (cos_presign) and the COS SDK's CosS3Auth agree bit for bit: the
    SDK signs at its own time, the signer is given that time."""
    conf = CosConfig(Region="ap-guangzhou", SecretId="AKIDx", SecretKey="secret-key")
    auth = CosS3Auth(conf, "/交付/a b.txt", sign_host=True)
    prepared = requests.Request(
        "GET", "http://b-1250000000.cos.ap-guangzhou.myqcloud.com/x", auth=auth
    ).prepare()
    sdk = dict(item.split("=", 1) for item in prepared.headers["Authorization"].split("&"))
    start, end = (int(t) for t in sdk["q-sign-time"].split(";"))
    ours = signature_fields(
        secret_id="AKIDx",
        secret_key="secret-key",
        method="GET",
        path="/交付/a b.txt",
        host="b-1250000000.cos.ap-guangzhou.myqcloud.com",
        start=start,
        end=end,
    )
    assert ours == sdk


def test_role_without_storage_rights_is_refused(sandbox, shared):
    bucket, key, _ = shared
    with role_of(sandbox, seed.SUB.account, "客服辅助"):
        api = _api(sandbox, seed.SUB)
        with pytest.raises(GeneDeskError) as caught:
            api.create_share_link(bucket.name, bucket.region, key, 3600)
        assert caught.value.code is ErrorCode.FORBIDDEN
        assert caught.value.status == 403
        assert caught.value.details["remote_code"] == "SHARE_NOT_ALLOWED"
    # 业务员 works with data: the same account may share again
    link = _api(sandbox, seed.SUB).create_share_link(bucket.name, bucket.region, key, 3600)
    assert link.url


def test_main_account_sees_every_link_and_a_sub_account_its_own(sandbox, shared):
    bucket, key, _ = shared
    main, sub = _api(sandbox), _api(sandbox, seed.SUB)
    by_main = main.create_share_link(bucket.name, bucket.region, key, 3600)
    by_sub = sub.create_share_link(bucket.name, bucket.region, key, 86400)
    main_ids = {r.id for r in main.shares(page_size=100).items}
    sub_records = sub.shares(page_size=100).items
    assert {by_main.id, by_sub.id} <= main_ids
    assert by_sub.id in {r.id for r in sub_records}
    assert {r.account for r in sub_records} == {seed.SUB.account}
    newest = main.shares(page_size=1)
    assert newest.items[0].id == by_sub.id and newest.total >= 2
    record = newest.items[0]
    assert record.location == f"cos://{bucket.name}/{key}"
    assert record.expires_at == by_sub.expires_at
    assert record.account_name == seed.SUB.display_name


def test_engine_refuses_folders_missing_objects_and_bad_expiries(session, storage, bucket):
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key="run1/reads.fastq", Body=b"@r\nA\n+\nI\n"
    )
    storage.create_folder(bucket, "", "empty")
    for key in ("run1/", "run1", "empty"):
        with pytest.raises(GeneDeskError) as caught:
            sharing.share_object(session.api, storage, bucket, key, 3600)
        assert caught.value.code is ErrorCode.INVALID_ARGUMENT
        assert caught.value.details["reason"] == "folder"
    with pytest.raises(GeneDeskError) as caught:
        sharing.share_object(session.api, storage, bucket, "run1/nothing.fastq", 3600)
    assert caught.value.code is ErrorCode.NO_SUCH_KEY
    for seconds in (3599, 7 * sharing.DAY + 1):
        with pytest.raises(GeneDeskError) as caught:
            sharing.share_object(session.api, storage, bucket, "run1/reads.fastq", seconds)
        assert caught.value.details["reason"] == "expiry_range"
    before = session.api.shares(page_size=100).total
    assert session.api.shares(page_size=100).total == before  # nothing was signed


def test_compressed_object_says_what_the_recipient_gets(session, storage, bucket):
    client = storage.clients.client(bucket.region)
    client.put_object(Bucket=bucket.name, Key="reads.fastq.zst", Body=b"(\xb5/\xfd")
    client.put_object(Bucket=bucket.name, Key="run.tar.zst", Body=b"(\xb5/\xfd")
    result = sharing.share_object(session.api, storage, bucket, "reads.fastq.zst", 3600)
    assert result.packing is sharing.Packing.ZST
    note = result.open_note()
    assert "reads.fastq.zst" in note and "zstd -d reads.fastq.zst" in note
    assert "7-Zip" in note and "PeaZip" in note
    folder = sharing.share_object(session.api, storage, bucket, "run.tar.zst", 3600)
    assert folder.packing is sharing.Packing.TAR_ZST
    assert "tar --zstd -xf run.tar.zst" in folder.open_note()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1h", 3600), ("12H", 43200), ("3d", 259200), ("7d", 604800), ("1w", 604800),
     ("90m", 5400), ("3600", 3600)],
)  # fmt: skip
def test_parse_expiry(text, seconds):
    assert sharing.parse_expiry(text) == seconds


@pytest.mark.parametrize("text", ["59m", "8d", "2w", "0h", "", "3 days", "-1h", "1.5h"])
def test_parse_expiry_refuses(text):
    with pytest.raises(GeneDeskError) as caught:
        sharing.parse_expiry(text)
    assert caught.value.code is ErrorCode.INVALID_ARGUMENT
