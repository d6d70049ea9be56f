"""The account window's detail views against the sandbox, offscreen with zh_CN: 上月账单汇总,
发票操作, 退费操作, 银行账号管理 and the 查看 / 查看详情 dialogs, each compared with the account
service's answer asked from the test thread. Also: each caption of ``catalogue_details`` is its
key's zh_CN translation (what the CLI prints is what the window shows)."""

from __future__ import annotations

import dataclasses
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from gene_desk.account import catalogue_details as cd
from gene_desk.account.catalogue import CONTEXT, WORD_CONTEXT
from gene_desk.account.paging import fetch_all
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.ui import errors_text
from gene_desk.ui.account.detail_pages import DetailDialog, RefundablePanel, caption_text
from tests.account.detail_columns import SEED_COLUMNS
from tests.helpers.money import portal_money
from tests.ui.account_support import make_account_window, no_message_boxes, open_list
from tests.ui.conftest import WAIT


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def _open_answer(qtbot, window, key):
    panel = window.show_page(key)
    qtbot.waitUntil(lambda: panel.started and not panel.is_loading, timeout=WAIT)
    assert panel.overlay.mode == "hidden"
    return panel


@pytest.mark.parametrize("view", sorted(SEED_COLUMNS))
def test_window_headers_are_the_seeds(zh, view):
    """What the window shows as captions and headers (zh_CN), against the seed's table."""
    _section, headers = SEED_COLUMNS[view]
    assert tuple(caption_text(f) for f in cd.TUPLES[view]) == headers


def test_captions_are_the_keys_zh_translations(zh):
    for name, fields in cd.TUPLES.items():
        for f in fields:
            assert QCoreApplication.translate(CONTEXT, f.key) == f.label, (name, f.key)
    for word in (cd.DEFAULT_ACCOUNT[0], cd.REFUNDED_THIS_MONTH):
        assert QCoreApplication.translate(WORD_CONTEXT, word.key) == word.label


def test_navigation_has_the_detail_pages_in_portal_order(account_window):
    keys = [k for k in account_window.nav_items]
    order = ["recharges", "last_month", "allocations", "coupons", "invoiceable", "invoices"]
    order += ["refundable", "refunds", "payment_accounts"]
    assert [k for k in keys if k in order] == order
    texts = {k: account_window.nav_texts[k] for k in cd_keys()}
    assert texts == {
        "last_month": "上月账单汇总",
        "invoiceable": "发票操作",
        "refundable": "退费操作",
        "payment_accounts": "银行账号管理",
    }


def cd_keys() -> list[str]:
    return ["last_month", "invoiceable", "refundable", "payment_accounts"]


def test_last_month_summary_page(qtbot, account_window, session):
    panel = _open_answer(qtbot, account_window, "last_month")
    s = session.api.last_month_summary()
    assert account_window.title_label.text() == "上月账单汇总"
    assert panel.form.text("month") == str(s.month)
    assert panel.form.text("total") == portal_money(s.total)
    assert panel.form.text("account_balance") == portal_money(s.account_balance)
    model = panel.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["云平台", "上月消费(元)", "余额(元)", "折扣"]
    assert model.rowCount() == len(s.platforms) > 1
    for row, p in enumerate(s.platforms):
        cells = [model.index(row, c).data() for c in range(4)]
        balance = "--" if p.balance is None else portal_money(p.balance)
        discount = f"{(p.discount * 100).normalize():f}%"
        assert cells == [p.platform_name, portal_money(p.total), balance, discount]
    # the portal's chart: ■ 上月消费 ■ 余额 per platform (余额 only where the platform has one)
    chart = panel.chart
    assert chart.categories == [p.platform_name for p in s.platforms]
    assert (chart.spend.label(), chart.balance.label()) == ("上月消费", "余额")
    assert [chart.spend.at(i) for i in range(len(s.platforms))] == [
        float(p.total) for p in s.platforms
    ]
    assert [chart.balance.at(i) for i in range(len(s.platforms))] == [
        float(p.balance or 0) for p in s.platforms
    ]


def test_refundable_page(qtbot, account_window, session):
    panel = _open_answer(qtbot, account_window, "refundable")
    r = session.api.refundable()
    assert panel.amount.text() == f"本月可退余额：¥{portal_money(r.refundable_amount)}"
    assert panel.form.text("account_balance") == portal_money(r.account_balance)
    assert panel.form.text("invoiced_recharge_amount") == portal_money(r.invoiced_recharge_amount)
    assert panel.form.text("limit_amount") == "10000.00"
    assert panel.form.text("refund_account_no") == r.refund_account_no
    assert panel.notice.isVisible() == r.refunded_this_month
    if r.refunded_this_month:
        assert panel.notice.text() == "退费每月只能退一次，您本月已退过费"


def test_invoiceable_page(qtbot, account_window, session):
    panel = open_list(qtbot, account_window, "invoiceable")
    page = session.api.invoiceable(page_size=panel.model.page_size)
    assert panel.model.records() == page.items and panel.model.total == page.total > 0
    headers = [
        panel.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(panel.model.columnCount())
    ]
    assert headers == ["充值编号", "充值金额(元)", "充值时间", "完成时间"]
    assert panel.summary.text() == f"可开发票金额：¥{portal_money(page.amount_total)}"


def test_payment_accounts_page_marks_the_default(qtbot, account_window, session):
    panel = open_list(qtbot, account_window, "payment_accounts")
    accounts = session.api.payment_accounts().items
    assert panel.model.records() == accounts
    marks = [panel.model.index(r, 3).data() for r in range(panel.model.rowCount())]
    assert marks == ["默认账号" if a.is_default else "" for a in accounts]
    assert marks.count("默认账号") == 1


@pytest.mark.parametrize("key", ["invoices", "orders"])
def test_view_button_and_double_click_open_the_details(qtbot, account_window, session, key):
    panel = open_list(qtbot, account_window, key)
    button = panel.view_button
    assert button.text() == ("查看" if key == "invoices" else "查看详情")
    assert not button.isEnabled()  # nothing selected yet
    panel.view.selectRow(0)
    assert button.isEnabled()
    record = panel.model.record(0)
    button.click()
    dialog = panel.detail_dialog
    assert isinstance(dialog, DetailDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=WAIT)
    if key == "invoices":
        expected = session.api.invoice(record.invoice_no)
        assert dialog.form.text("taxpayer_id") == expected.taxpayer_id
        assert dialog.form.text("address") == expected.mailing_address.address
        assert dialog.form.text("remark") == (expected.remark or "--")
        assert dialog.form.text("amount") == portal_money(expected.amount)
    else:
        expected = session.api.order(record.order_no)
        assert dialog.form.text("config_text") == expected.config_text
        assert dialog.form.text("unit_price") == portal_money(expected.unit_price)
        assert dialog.form.text("duration_months") == str(expected.duration_months)
    close = dialog.findChild(QPushButton, "closeDetails")
    assert close.text() == "关闭"
    close.click()
    assert not dialog.isVisible()
    # a double-click on another row opens that row's details
    panel.view.doubleClicked.emit(panel.model.index(1, 0))
    second = panel.detail_dialog
    assert second is not dialog
    qtbot.waitUntil(lambda: second.answer is not None, timeout=WAIT)
    number = panel.model.record(1).invoice_no if key == "invoices" else None
    if number is not None:
        assert second.answer.invoice_no == number
    else:
        assert second.answer.order_no == panel.model.record(1).order_no
    second.close()
    assert no_message_boxes()


def test_every_invoice_in_the_list_has_details(session):
    """The dialog's source: every listed invoice answers (no 404 for a listed number)."""
    numbers = [i.invoice_no for i in fetch_all(session.api.invoices)]
    assert all(session.api.invoice(n).invoice_no == n for n in numbers[:10])


def test_answer_pages_show_failures_inline_with_retry(qtbot, session, runner, zh, tmp_path):
    """A dead service: 退费操作 says so over the page with Retry (no message box), and Retry
    shows the answer once the service is back."""
    api = session.api
    good = api.base_url
    api.base_url = "http://127.0.0.1:9"  # discard port: connection refused at once
    try:
        window = make_account_window(qtbot, session, runner, tmp_path)
        panel = window.show_page("refundable")
        qtbot.waitUntil(lambda: panel.started and not panel.is_loading, timeout=WAIT)
        assert panel.overlay.mode == "error" and panel.overlay.retry_button.isVisible()
        network = errors_text.error_text(GeneDeskError(ErrorCode.NETWORK))
        assert panel.overlay.message.text() == network
        assert no_message_boxes() and window.isEnabled()
    finally:
        api.base_url = good
    panel.overlay.retry_button.click()
    qtbot.waitUntil(lambda: panel.answer is not None, timeout=WAIT)
    assert panel.overlay.mode == "hidden"
    assert panel.amount.text().startswith("本月可退余额：¥")


def test_an_answer_to_an_older_load_is_dropped(qtbot, session, runner, zh):
    """Retry pressed while a load is still out: the older answer, arriving last, does not replace
    the newer one on 退费操作 (as on the overview pages and the lists)."""
    release = threading.Event()
    stale = Decimal("12345.67")

    class SlowFirst(RefundablePanel):
        loads = 0

        def loader(self):
            fetch = super().loader()
            self.loads += 1
            if self.loads > 1:
                return fetch

            def older():
                release.wait(WAIT / 1000)  # until the newer answer is shown
                return dataclasses.replace(fetch(), refundable_amount=stale)

            return older

    panel = SlowFirst(session.api, runner)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.answer is not None, timeout=WAIT)
    newer = panel.answer
    release.set()
    assert runner.wait_done(WAIT)
    QCoreApplication.processEvents()
    assert panel.answer is newer and newer.refundable_amount != stale
    assert str(stale) not in panel.amount.text() and not panel.is_loading
