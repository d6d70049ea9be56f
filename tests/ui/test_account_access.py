"""Who sees what, and failures shown inline: a sub-account's users and roles pages say
"main account only" (no error box); a dead service and an expired session are shown over the
page with Retry (and Log in again) and recover; English texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.ui import errors_text
from tests.ui.account_support import (
    make_account_window,
    no_message_boxes,
    open_list,
    open_overview,
    wait_idle,
)
from tests.ui.conftest import WAIT

DEAD_URL = "http://127.0.0.1:9"  # discard port: connection refused at once


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


@pytest.fixture
def sub_session(sandbox):
    s = AccountSession.login(sandbox.account_url, seed.SUB.account, seed.SUB.password)
    yield s
    s.logout()


def test_sub_account_sees_main_account_only_state(qtbot, sub_session, runner, zh, tmp_path):
    window = make_account_window(qtbot, sub_session, runner, tmp_path)
    for key, text in (
        ("users", "只有主账号可以查看用户列表。"),
        ("roles", "只有主账号可以查看角色说明。"),
    ):
        panel = open_list(qtbot, window, key)
        assert panel.overlay.mode == "main_only"
        assert panel.overlay.isVisible()
        assert panel.overlay.message.text() == text
        assert panel.overlay.detail.text() == "子账号无权查看，请联系本企业的主账号。"
        assert not panel.overlay.retry_button.isVisible()
        assert panel.model.rowCount() == 0
        assert not panel.export_button.isVisible() and not panel.pager.isVisible()
        assert no_message_boxes()
    # the money pages are the company's, the tickets only the sub-account's own
    tickets = open_list(qtbot, window, "tickets")
    assert tickets.overlay.mode == "hidden"
    assert tickets.model.total == sub_session.api.tickets().total
    assert {t.applicant for t in tickets.model.records()} == {seed.SUB.account}
    overview = open_overview(qtbot, window)
    assert overview.info["kind"].text() == "子账号"
    assert overview.info["role"].text() == "业务员"


def test_network_failure_inline_and_retry(qtbot, session, runner, zh, tmp_path):
    api = session.api
    good = api.base_url
    api.base_url = DEAD_URL
    try:
        account_window = make_account_window(qtbot, session, runner, tmp_path)
        overview = open_overview(qtbot, account_window)
        assert overview.overlay.mode == "error"
        network = errors_text.error_text(GeneDeskError(ErrorCode.NETWORK))
        assert overview.overlay.message.text() == network
        assert overview.overlay.retry_button.isVisible()
        assert not overview.overlay.relogin_button.isVisible()
        panel = open_list(qtbot, account_window, "consumption")
        assert panel.overlay.mode == "error"
        assert panel.overlay.message.text() == network
        assert not panel.export_button.isEnabled()
        assert no_message_boxes()
        assert account_window.isEnabled()  # nothing froze or went modal
    finally:
        api.base_url = good
    panel.overlay.retry_button.click()
    wait_idle(qtbot, panel)
    assert panel.overlay.mode == "hidden"
    assert panel.model.total == api.consumption().total
    account_window.show_page("overview")
    overview.overlay.retry_button.click()
    qtbot.waitUntil(lambda: overview.data is not None, timeout=WAIT)
    assert overview.overlay.mode == "hidden"


def test_error_on_a_later_page_keeps_the_filters(qtbot, account_window, session):
    api = session.api
    panel = open_list(qtbot, account_window, "messages")
    good = api.base_url
    api.base_url = DEAD_URL
    try:
        panel.pager.next_button.click()
        wait_idle(qtbot, panel)
        assert panel.overlay.mode == "error"
    finally:
        api.base_url = good
    panel.overlay.retry_button.click()  # retries page 2, not page 1
    wait_idle(qtbot, panel)
    assert panel.model.page.page == 2
    assert panel.model.records() == api.messages(page=2, page_size=10).items


def test_expired_session_offers_log_in_again(qtbot, account_window, session):
    api = session.api
    token = api.token
    api.token = "expired-session-token"
    try:
        panel = open_list(qtbot, account_window, "orders")
        assert panel.overlay.mode == "error"
        expired = errors_text.error_text(GeneDeskError(ErrorCode.SESSION_EXPIRED))
        assert panel.overlay.message.text().startswith(expired)  # + the request id
        assert panel.overlay.relogin_button.isVisible()
        assert panel.overlay.retry_button.isVisible()
        with qtbot.waitSignal(account_window.relogin_requested, timeout=WAIT):
            panel.overlay.relogin_button.click()
        assert no_message_boxes()
    finally:
        api.token = token


def test_english(qtbot, session, runner, en, tmp_path):
    window = make_account_window(qtbot, session, runner, tmp_path)
    assert window.windowTitle() == "Account center - Gene Desk"
    overview = open_overview(qtbot, window)
    assert overview.cards["account_balance"].caption.text() == "Account balance (CNY)"
    first = overview.chart.months[0]
    assert overview.chart.month_texts()[0] == f"{first.year}\n{first.month:02d}"
    last = overview.data.overview.month.shift(-1)
    assert overview.cards["last_month_cost"].caption.text() == f"Spent last month ({last})"
    bills = window.show_page("bill_overview")
    qtbot.waitUntil(lambda: bills.data is not None, timeout=WAIT)
    assert bills.bill_model.index(bills.bill_model.rowCount() - 1, 0).data() == "Total"
    assert bills.by_product.title.text() == f"Product overview of {last.year}-{last.month:02d}"
    panel = open_list(qtbot, window, "consumption")
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Amount (CNY)"
    assert panel.model.index(0, 2).data() in ("Compute", "Storage", "Network", "Security", "Other")
    assert panel.pager.total_label.text().endswith("rows in total")
    tickets = open_list(qtbot, window, "tickets")
    assert tickets.tabs.tabText(0) == "All tickets"  # no counts, as the portal
