"""账户概览: the figures, the 12-month chart and the per-platform bill table against the API;
the main window's 账户 entry; links into other pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from gene_desk.account import models as m
from gene_desk.ui import app as ui_app
from gene_desk.ui import settings as ui_settings
from gene_desk.ui.account import values
from gene_desk.ui.account.lists import TicketsPanel
from gene_desk.ui.account.window import AccountWindow
from tests.ui.account_support import make_account_window, open_overview, wait_idle
from tests.ui.conftest import WAIT


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def test_overview_figures_chart_and_bill_table(qtbot, qtmodeltester, account_window, session):
    panel = open_overview(qtbot, account_window)
    api = session.api
    o = api.overview()
    assert panel.overlay.mode == "hidden"
    assert account_window.title_label.text() == "账户概览"
    cards = {k: c.value.text() for k, c in panel.cards.items()}
    assert cards["account_balance"] == values.money_text(o.account_balance)
    assert cards["zhongjinyun_balance"] == values.money_text(o.zhongjinyun_balance)
    assert cards["frozen_amount"] == values.money_text(o.frozen_amount)
    assert cards["coupon_count"] == f"{o.coupon_count} 张"
    assert cards["month_estimated_cost"] == f"¥{values.money_text(o.month_estimated_cost)}"
    assert cards["month_recharge"] == values.money_text(o.month_recharge)
    assert cards["month_allocation"] == values.money_text(o.month_allocation)
    assert "," in cards["zhongjinyun_balance"]  # thousands separators
    assert panel.info["role"].text() == o.role == "管理员"
    assert panel.info["company"].text() == o.company
    assert panel.info["kind"].text() == "主账号"
    assert panel.info["last_login"].text() == values.time_text(o.last_login_at)
    assert panel.info["ip"].text() == o.last_login_ip
    assert f">{o.tickets.todo}<" in panel.ticket_links[m.TicketTab.TODO].text()
    assert f">{o.tickets.all}<" in panel.ticket_links[m.TicketTab.ALL].text()

    # the chart: 12 consecutive months ending with this one, bars = the monthly bills
    chart = panel.chart
    assert chart.months == tuple(o.month.shift(i) for i in range(-11, 1))
    bills = {b.month: b.total for b in api.bills(page_size=100).items}
    assert chart.amounts == tuple(bills.get(month, Decimal("0.00")) for month in chart.months)
    assert chart.bar_set.count() == 12
    assert chart.bar_set.at(11) == float(bills[o.month])
    axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == [f"{month.month}月" for month in chart.months]
    assert axis.titleText() == f"{chart.months[0]} – {chart.months[-1]}"

    # the bill table of last month (the default), with the totals row
    last = o.month.shift(-1)
    assert panel.selected_month() == last
    assert chart.bar_set.selectedBars() == [10]
    detail = api.bill(last)
    model = panel.bill_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(detail.platforms) + 1
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "云平台",
        "计算(元)",
        "存储(元)",
        "网络(元)",
        "安全(元)",
        "其他(元)",
        "消费金额合计(元)",
    ]
    for row, bill in enumerate(detail.platforms):
        texts = [model.index(row, c).data() for c in range(7)]
        assert texts[0] == bill.platform_name
        assert texts[1:6] == [values.money_text(bill.amounts[c]) for c in m.Category]
        assert texts[6] == values.money_text(bill.total)
    total = model.rowCount() - 1
    assert model.index(total, 0).data() == "合计"
    assert model.index(total, 6).data() == values.money_text(detail.total)
    assert model.index(total, 6).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert panel.month_total.text() == f"{last} 消费总计：¥{values.money_text(detail.total)}"

    # another month, chosen by clicking its bar
    earlier = o.month.shift(-5)
    chart.month_clicked.emit(earlier)
    qtbot.waitUntil(
        lambda: model.detail is not None and model.detail.month == earlier, timeout=WAIT
    )
    assert model.detail == api.bill(earlier)
    assert panel.selected_month() == earlier
    assert chart.bar_set.selectedBars() == [6]
    qtmodeltester.check(model)


def test_month_without_bill_shows_no_data(qtbot, account_window, session):
    panel = open_overview(qtbot, account_window)
    empty = session.api.bill(m.YearMonth(2020, 1))
    panel._show_bill(empty)
    assert panel.bill_model.rowCount() == 0
    assert panel.bill_overlay.mode == "empty"
    assert panel.bill_overlay.message.text() == "暂无数据"


def test_overview_links_open_pages(qtbot, account_window, session):
    panel = open_overview(qtbot, account_window)
    panel.ticket_links[m.TicketTab.TODO].linkActivated.emit("todo")
    tickets = account_window.pages["tickets"]
    assert isinstance(tickets, TicketsPanel)
    assert account_window.current_key() == "tickets"
    wait_idle(qtbot, tickets)
    assert tickets.tab() is m.TicketTab.TODO
    todo = session.api.tickets(m.TicketQuery(tab=m.TicketTab.TODO))
    assert tickets.model.total == todo.total
    assert {t.status for t in tickets.model.records()} == {m.TicketStatus.TODO}
    panel.cards["month_recharge"].link.linkActivated.emit("recharges")
    assert account_window.current_key() == "recharges"
    assert account_window.title_label.text() == "充值记录"


def test_main_window_opens_the_account_window(qtbot, window):
    assert window.act_account.text() == "账户"
    assert window.act_account in window.toolbar.actions()
    window.act_account.trigger()
    account = window.account_window
    assert isinstance(account, AccountWindow) and account.isVisible()
    panel = open_overview(qtbot, account)
    assert panel.data is not None and panel.overlay.mode == "hidden"
    qtbot.waitUntil(lambda: account.unread is not None, timeout=WAIT)
    assert account.nav_items["messages"].text().strip() == f"消息中心（{account.unread}）"
    # opening again reuses the window; a page can be asked for directly
    assert window.show_account("coupons") is account
    assert account.current_key() == "coupons"
    # "log in again" from the panels is the main window's log-out
    with qtbot.waitSignal(window.logout_requested, timeout=WAIT):
        account.relogin_requested.emit()


def test_language_switch_reopens_the_account_window(qtbot, sandbox, session, zh):
    controller = ui_app.AppController(sandbox.account_url, settings=ui_settings.UiSettings())
    with qtbot.waitSignal(controller.ready, timeout=WAIT) as blocker:
        controller.logged_in(session)
    window = blocker.args[0]
    try:
        window.show_account("coupons")
        with qtbot.waitSignal(controller.ready, timeout=WAIT) as rebuilt:
            controller.set_language("en")
        window = rebuilt.args[0]
        account = window.account_window
        assert account is not None and account.isVisible()
        assert account.current_key() == "coupons"
        assert account.title_label.text() == "Coupons"
        assert window.act_account.text() == "Account"
    finally:
        window.quit_now()
        controller.shutdown()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ui_app.i18n.install("zh_CN")
