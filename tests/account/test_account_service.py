"""The account client against the sandbox account service, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import pytest
import requests

from gene_desk.account.api import AccountApi
from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.service import AccountService, ServiceSettings
from tests.helpers.clock import TestClock
from tests.helpers.today import FIXED_TODAY


@pytest.fixture
def clock() -> TestClock:
    """The service's clock (and, where a test says so, the client's): advanced, not slept."""
    return TestClock()


@pytest.fixture
def service(tmp_path, clock):
    svc = AccountService(
        tmp_path / "account",
        settings=ServiceSettings(max_failures=3, lockout=30, min_credential_ttl=1),
        cos_endpoint=lambda: {"scheme": "http", "proxy": "http://127.0.0.1:9"},
        today=FIXED_TODAY,
        clock=clock,
    )
    svc.start("127.0.0.1", 0)
    yield svc
    svc.stop()


def url(svc: AccountService) -> str:
    assert svc.server is not None
    return f"http://127.0.0.1:{svc.server.port}"


def test_demo_login_yields_profile_and_credentials(service):
    session = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password)
    assert session.user.account == seed.DEMO.account
    assert session.user.company == "研发部客户"
    assert session.user.tencent_opened and session.user.tencent_key_bound
    creds = session.credentials()
    assert creds.appid == seed.DEMO_APPID
    assert creds.endpoint is not None and creds.endpoint.proxy == "http://127.0.0.1:9"
    assert 1700 < creds.remaining() <= 1800
    # the COS endpoint verifies signatures against exactly these keys
    record = service.lookup(creds.secret_id)
    assert record is not None
    assert record.secret_key == creds.secret_key and record.token == creds.token
    assert record.appid == seed.DEMO_APPID
    # the cached keys are reused while fresh
    assert session.credentials() is creds


@pytest.mark.parametrize(
    ("account", "code", "words"),
    [
        (seed.NO_TENCENT, ErrorCode.ACCOUNT_NO_TENCENT, "not opened Tencent Cloud"),
        (seed.NO_KEY, ErrorCode.ACCOUNT_NO_KEYS, "no Tencent Cloud key bound"),
    ],
)
def test_accounts_without_tencent_or_key_are_refused_distinctly(service, account, code, words):
    with pytest.raises(GeneDeskError) as info:
        AccountApi(url(service)).login(account.account, account.password)
    assert info.value.code is code
    assert words in info.value.message
    assert info.value.status == 403


def test_wrong_password_then_throttled(service):
    api = AccountApi(url(service))
    for _ in range(3):
        with pytest.raises(GeneDeskError) as info:
            api.login(seed.DEMO.account, "wrong-password")
        assert info.value.code is ErrorCode.INVALID_CREDENTIALS
    # fourth attempt is throttled even with the right password
    with pytest.raises(GeneDeskError) as info:
        api.login(seed.DEMO.account, seed.DEMO.password)
    assert info.value.code is ErrorCode.LOGIN_THROTTLED
    assert 1 <= info.value.details["retry_after"] <= 30
    # other accounts are not affected
    assert api.login(seed.SUB.account, seed.SUB.password).user.account == seed.SUB.account


def test_unknown_account_looks_like_wrong_password(service):
    with pytest.raises(GeneDeskError) as info:
        AccountApi(url(service)).login("nobody@example.com", "x")
    assert info.value.code is ErrorCode.INVALID_CREDENTIALS


def test_credentials_refresh_before_expiry(service, clock):
    service.settings.credential_ttl = 2
    session = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password, clock=clock)
    first = session.credentials()
    assert first.remaining(clock()) <= 2
    assert session.credentials() is first  # still fresh
    clock.advance(1.6)  # past 3/4 of the lifetime (client and server): the next call must renew
    second = session.credentials()
    assert second.secret_id != first.secret_id
    assert second.remaining(clock()) > 1


def test_invalidate_forces_new_keys(service):
    session = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password)
    first = session.credentials()
    session.invalidate_credentials("some-other-id")  # stale invalidation is ignored
    assert session.credentials() is first
    session.invalidate_credentials(first.secret_id)
    assert session.credentials().secret_id != first.secret_id


def test_session_expiry_and_relogin(service, clock):
    service.settings.session_ttl = 1
    plain = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password)
    kept = AccountSession.login(
        url(service), seed.DEMO.account, seed.DEMO.password, keep_password=True
    )
    clock.advance(1.2)  # both sessions are now expired on the server
    with pytest.raises(GeneDeskError) as info:
        plain.credentials()
    assert info.value.code is ErrorCode.SESSION_EXPIRED
    service.settings.session_ttl = 3600
    assert kept.credentials().appid == seed.DEMO_APPID  # renewed the session transparently


def test_resume_and_logout(service):
    session = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password)
    resumed = AccountSession.resume(url(service), session.token)
    assert resumed.user.account == seed.DEMO.account
    resumed.logout()
    with pytest.raises(GeneDeskError) as info:
        AccountSession.resume(url(service), session.token)
    assert info.value.code is ErrorCode.SESSION_EXPIRED


def test_network_error_is_clear():
    with pytest.raises(GeneDeskError) as info:
        AccountApi("http://127.0.0.1:9", timeout=2).login("a", "b")
    assert info.value.code is ErrorCode.NETWORK
    assert "cannot reach the account service" in info.value.message


def test_error_envelope_has_request_id(service):
    response = requests.post(url(service) + "/api/v1/auth/login", json={}, timeout=5)
    assert response.status_code == 400
    body = response.json()
    assert body["error"]["code"] == "BAD_REQUEST"
    assert body["error"]["request_id"] == response.headers["X-Request-Id"]


def test_password_never_stored_in_plaintext(service):
    raw = (service.store.path).read_bytes()
    assert seed.DEMO.password.encode() not in raw


def test_account_service_blip_keeps_still_valid_keys(service):
    """Renewal fails (service unreachable) while the cached keys still have minutes left:
    transfers keep going with them instead of failing."""
    session = AccountSession.login(url(service), seed.DEMO.account, seed.DEMO.password)
    first = session.credentials()
    session._margin = 10_000  # make every call want to renew
    real_base = session.api.base_url
    session.api.base_url = "http://127.0.0.1:9"  # nothing listens there
    try:
        assert session.credentials() is first  # kept, not an error
        session.invalidate_credentials(first.secret_id)
        with pytest.raises(GeneDeskError) as info:  # nothing cached: the error shows
            session.credentials()
        assert info.value.code is ErrorCode.NETWORK
    finally:
        session.api.base_url = real_base
