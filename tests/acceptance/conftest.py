"""Acceptance tests: the real ``gene-desk`` program, driven from outside through AT-SPI.

One private desktop (session D-Bus, Xvfb, AT-SPI bus) per pytest process, one real sandbox
(COS endpoint + account service on 127.0.0.1, today fixed) for the run, and for each test a fresh
``GENE_DESK_HOME`` and fresh ``gene-desk`` processes. On a failure the screen, the app's logs
and its console output are saved under ``test-reports/acceptance/<test>/``.

These tests run last (they set DISPLAY and the session bus for the rest of the process).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.acceptance.driver import GeneDesk
from tests.helpers.today import FIXED_TODAY

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HERE = Path(__file__).parent
REQUIRED = ("Xvfb", "dbus-daemon", "/usr/libexec/at-spi-bus-launcher")


def pytest_collection_modifyitems(config, items):
    """Acceptance tests last: the desktop they start stays up until the session ends."""
    here = str(HERE)
    first = [i for i in items if not str(i.path).startswith(here)]
    last = [i for i in items if str(i.path).startswith(here)]
    items[:] = first + last
    for item in last:
        item.add_marker(pytest.mark.filterwarnings("ignore::DeprecationWarning"))
        item.add_marker(pytest.mark.filterwarnings("ignore::PendingDeprecationWarning"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.acceptance_failed = report.failed  # read by the gene_desk fixture's teardown
    return report


@pytest.fixture(scope="session")
def desktop():
    missing = [t for t in REQUIRED if not shutil.which(t) and not os.path.exists(t)]
    if missing:
        pytest.fail(f"acceptance tests need {missing}: run scripts/test.sh (installs them)")
    from tests.acceptance.desktop import desktop as make_desktop

    with make_desktop() as tree:
        yield tree


@pytest.fixture(scope="session")
def acc_sandbox(tmp_path_factory):
    """The sandbox the app logs in to (never ``--demo``), with today fixed."""
    from gene_desk.sandbox.account.service import ServiceSettings
    from gene_desk.sandbox.runner import Sandbox

    sb = Sandbox(
        tmp_path_factory.mktemp("acceptance-sandbox"),
        settings=ServiceSettings(min_credential_ttl=1, max_failures=1000),
        today=FIXED_TODAY,
    ).start()
    yield sb
    sb.stop()


@pytest.fixture
def faults(acc_sandbox):
    yield acc_sandbox.cos.faults
    acc_sandbox.cos.faults.clear()


_names = itertools.count(1)


@pytest.fixture
def unique():
    """A fresh bucket-safe name per call (buckets outlive a test in the shared sandbox)."""
    return lambda prefix="acc": f"{prefix}{os.getpid() % 10000}n{next(_names)}"


@pytest.fixture
def app_env(acc_sandbox, isolated_home):
    return {
        **os.environ,
        "GENE_DESK_HOME": str(isolated_home),
        "GENE_DESK_ACCOUNT_URL": acc_sandbox.account_url,
        "GENE_DESK_TODAY": FIXED_TODAY.isoformat(),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }


@pytest.fixture
def launch(request, desktop, app_env, isolated_home) -> Iterator:
    """``launch(*args)`` starts a real ``gene-desk`` process; all are stopped after the test."""
    apps: list[GeneDesk] = []

    def start(*args: str, env: dict[str, str] | None = None) -> GeneDesk:
        app = GeneDesk(desktop, isolated_home, {**app_env, **(env or {})}, args)
        apps.append(app)
        return app.start()

    yield start
    if getattr(request.node, "acceptance_failed", False) and apps:
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
        folder = Path(request.config.rootpath) / "test-reports" / "acceptance" / name
        for i, app in enumerate(apps):
            app.save_evidence(folder / str(i) if len(apps) > 1 else folder)
    for app in apps:
        app.stop()


@pytest.fixture
def demo_account():
    from gene_desk.sandbox.account import seed

    return seed.DEMO


@pytest.fixture
def api(acc_sandbox, demo_account):
    """The test's own client of the account service as the demo user (its HTTP API, not the
    app's objects): where the account pages' tests read what the window should show."""
    from gene_desk.account.api import AccountApi

    client = AccountApi(acc_sandbox.account_url)
    client.login(demo_account.account, demo_account.password)
    yield client
    client.logout()


@pytest.fixture
def archive_clock(acc_sandbox):
    """The acceptance sandbox's archive clock, settable from the test (the sandbox runs in this
    process): ``advance(seconds)`` finishes a restore the app asked for without waiting for it.
    Signatures and keys keep the real clock."""
    from gene_desk.sandbox.clock import SettableClock

    previous = acc_sandbox.cos.archive_clock
    clock = SettableClock()
    acc_sandbox.cos.archive_clock = clock
    yield clock
    acc_sandbox.cos.archive_clock = previous
