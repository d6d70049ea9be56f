"""Shared fixtures. Every test runs with its own GENE_DESK_HOME (no real profile touched), an
in-memory keyring, Qt offscreen, and the sandbox's day fixed to ``FIXED_TODAY`` (also for a
sandbox a test starts as a subprocess, through GENE_DESK_SANDBOX_TODAY)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import keyring
import pytest

from gene_desk.sandbox.today import TODAY_ENV
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.today import FIXED_TODAY


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder (data, logs, config) at a fresh temp dir."""
    home = tmp_path_factory.mktemp("gene-desk-home")
    monkeypatch.setenv("GENE_DESK_HOME", str(home))
    monkeypatch.delenv("GENE_DESK_ACCOUNT_URL", raising=False)
    monkeypatch.delenv("GENE_DESK_USER", raising=False)
    monkeypatch.delenv("GENE_DESK_PASSWORD", raising=False)
    monkeypatch.setenv(TODAY_ENV, FIXED_TODAY.isoformat())
    return home


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- the sandbox, shared by the storage, transfer, CLI and UI tests -------------------------------
import itertools  # noqa: E402

_bucket_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def sandbox_clock():
    """The one clock of the session sandbox's two servers (see ``server_clock``)."""
    from tests.helpers.clock import TestClock

    return TestClock()


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory, sandbox_clock):
    """One real sandbox (COS endpoint + account service) on 127.0.0.1 for the whole run."""
    from gene_desk.sandbox.account.service import ServiceSettings
    from gene_desk.sandbox.runner import Sandbox

    sb = Sandbox(
        tmp_path_factory.mktemp("sandbox"),
        settings=ServiceSettings(min_credential_ttl=1, max_failures=1000),
        today=FIXED_TODAY,
        clock=sandbox_clock,
    ).start()
    yield sb
    sb.stop()


@pytest.fixture
def server_clock(sandbox, sandbox_clock):
    """The sandbox's clock for one test: ``server_clock.advance(seconds)`` expires sessions and
    temporary keys on the servers without waiting; put back on real time after the test."""
    yield sandbox_clock
    sandbox_clock.reset()


@pytest.fixture
def account_env(sandbox, monkeypatch):
    """Environment a script would set: account URL, user and password."""
    from gene_desk.sandbox.account import seed

    monkeypatch.setenv("GENE_DESK_ACCOUNT_URL", sandbox.account_url)
    monkeypatch.setenv("GENE_DESK_USER", seed.DEMO.account)
    monkeypatch.setenv("GENE_DESK_PASSWORD", seed.DEMO.password)
    return sandbox


@pytest.fixture
def session(sandbox):
    from gene_desk.account.session import AccountSession
    from gene_desk.sandbox.account import seed

    s = AccountSession.login(sandbox.account_url, seed.DEMO.account, seed.DEMO.password)
    yield s
    s.logout()


@pytest.fixture
def storage(session):
    from tests.helpers.storage import storage_for

    return storage_for(session)


@pytest.fixture
def bucket(storage):
    """A fresh, empty bucket for one test (ap-guangzhou)."""
    return storage.create_bucket(f"t{next(_bucket_numbers)}-{id(storage) % 100000}", "ap-guangzhou")


@pytest.fixture
def faults(sandbox):
    """The sandbox's fault injector, cleared after the test."""
    yield sandbox.cos.faults
    sandbox.cos.faults.clear()


@pytest.fixture
def archive_clock(sandbox):
    """The sandbox's archive clock, settable: ``archive_clock.advance(seconds)`` finishes a
    restore or expires a restored copy without waiting (signatures keep the real clock)."""
    from gene_desk.sandbox.clock import SettableClock

    previous = sandbox.cos.archive_clock
    clock = SettableClock()
    sandbox.cos.archive_clock = clock
    yield clock
    sandbox.cos.archive_clock = previous
