"""The SDK's HTTP session (LiteSession): environment proxies honour NO_PROXY."""

from __future__ import annotations

from gene_desk.storage.http import LiteSession


def test_no_proxy_exempts_hosts_from_the_environment_proxy(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,.internal.example")
    session = LiteSession()
    assert session._env_proxy("http", "127.0.0.1") is None
    assert session._env_proxy("http", "cos.internal.example") is None
    assert session._env_proxy("http", "bucket-1.cos.ap-guangzhou.myqcloud.com") == (
        "http://127.0.0.1:9"
    )
    session.close()


def test_without_environment_proxy_requests_go_direct(monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    session = LiteSession()
    assert session._env_proxy("https", "example.com") is None
    session.close()
