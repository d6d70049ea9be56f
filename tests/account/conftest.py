"""Fixtures for the account-panel tests: the sandbox account service with the billing endpoints,
on 127.0.0.1, over real HTTP, generated for ``FIXED_TODAY`` (the service's clock stays real).

``panels`` is one service for the whole session, for tests that only read (the records are
generated once per day and never change under a reader); tests that change the service (expire
sessions, add rows) start their own with ``fresh_panels``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from gene_desk.account.api import AccountApi
from gene_desk.cli.main import main
from gene_desk.sandbox.account import billing, seed
from gene_desk.sandbox.account.service import AccountService
from tests.helpers.today import FIXED_TODAY


@dataclass
class Panels:
    service: AccountService
    url: str

    def api(self, account: seed.SeedAccount = seed.DEMO) -> AccountApi:
        api = AccountApi(self.url, timeout=10)
        api.login(account.account, account.password)
        return api

    @property
    def store(self) -> billing.BillingStore:
        return self.service.billing.store  # type: ignore[attr-defined]


def start_panels(data_dir: Path, today: date = FIXED_TODAY) -> Panels:
    service = AccountService(data_dir, today=today)
    service.add_routes(billing.register)
    server = service.start("127.0.0.1", 0)
    return Panels(service, f"http://127.0.0.1:{server.port}")


@pytest.fixture(scope="session")
def panels(tmp_path_factory) -> Iterator[Panels]:
    p = start_panels(tmp_path_factory.mktemp("panels") / "account")
    yield p
    p.service.stop()


@pytest.fixture
def fresh_panels(tmp_path) -> Iterator[Panels]:
    p = start_panels(tmp_path / "account")
    yield p
    p.service.stop()


@pytest.fixture(scope="session")
def demo_api(panels) -> AccountApi:
    return panels.api(seed.DEMO)


@pytest.fixture(scope="session")
def sub_api(panels) -> AccountApi:
    return panels.api(seed.SUB)


@pytest.fixture
def run(panels, monkeypatch, capsys):
    """Run ``gene-desk account ARGV`` (the real ``main``) against ``panels`` as the demo user
    (or ``user``); returns (exit code, stdout, stderr)."""

    def call(*argv: str, user: seed.SeedAccount = seed.DEMO) -> tuple[int, str, str]:
        monkeypatch.setenv("GENE_DESK_USER", user.account)
        monkeypatch.setenv("GENE_DESK_PASSWORD", user.password)
        code = main(["--account-url", panels.url, "account", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call
