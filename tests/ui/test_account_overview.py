"""账户概览 (guide 1.3) and 账单概览 (1.5.1) against the account service's own answers, fetched
over HTTP by the test (raw JSON, not the client's objects): the figures with 本月消费金额 and the
month of 上月消费金额, 月度消费账单 with year and amount labels, 云操作's tiles, 消费概览 and
产品概览 with their text alternatives; the main window's 账户 entry; links into other pages."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
import requests
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton

from gene_desk.account import models as m
from gene_desk.ui import app as ui_app
from gene_desk.ui import settings as ui_settings
from gene_desk.ui.account import values
from gene_desk.ui.account.bill_overview import BillOverviewPanel
from gene_desk.ui.account.lists import TicketsPanel
from gene_desk.ui.account.window import AccountWindow
from tests.helpers.today import FIXED_TODAY
from tests.ui.account_support import make_account_window, open_overview, wait_idle
from tests.ui.conftest import WAIT

CATEGORIES = (("compute", "计算"), ("storage", "存储"), ("network", "网络"), ("security", "安全"))
CATEGORIES += (("other", "其他"),)


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


@pytest.fixture
def served(sandbox, session):
    """GET a path of the account service as the logged-in user: the decoded JSON body."""

    def get(path: str, **params: Any) -> Any:
        response = requests.get(
            sandbox.account_url.rstrip("/") + path,
            params=params,
            headers={"Authorization": f"Bearer {session.api.token}"},
            timeout=20,
        )
        assert response.status_code == 200, response.text
        return json.loads(response.content, parse_float=Decimal)

    return get


def yuan(text: Any) -> str:
    """The window's way of writing the service's amount (the shared money formatter)."""
    return values.money_text(Decimal(str(text)))


def plain(text: Any) -> str:
    """The portal's money: two decimals, half up, no separators (the detail pages' columns)."""
    return str(Decimal(str(text)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def month_cn(month: str) -> str:
    year, number = month.split("-")
    return f"{year}年{number}月"


def open_bill_overview(qtbot, window: AccountWindow, month: m.YearMonth | None = None):
    panel = window.show_page("bill_overview", month)
    qtbot.waitUntil(lambda: panel.started and not panel.is_loading, timeout=WAIT)
    return panel


def test_console_figures(qtbot, account_window, served):
    panel = open_overview(qtbot, account_window)
    o = served("/api/v1/console/overview")
    assert o["month"] == f"{FIXED_TODAY:%Y-%m}"
    assert panel.overlay.mode == "hidden"
    assert account_window.title_label.text() == "账户概览"
    cards = {k: c.value.text() for k, c in panel.cards.items()}
    assert cards["account_balance"] == yuan(o["account_balance"])
    assert cards["zhongjinyun_balance"] == yuan(o["zhongjinyun_balance"])
    assert cards["frozen_amount"] == yuan(o["frozen_amount"])
    assert cards["coupon_count"] == f"{o['coupon_count']} 张"
    assert cards["month_estimated_cost"] == f"¥{yuan(o['month_estimated_cost'])}"
    # 本月消费金额 beside 本月预估费用: this month's consumption so far, from the seeded rows
    rows = served("/api/v1/billing/consumption", from_month=o["month"], to_month=o["month"])
    so_far = Decimal(str(rows["amount_total"]))
    assert so_far > 0 and Decimal(str(o["month_consumption"])) == so_far
    assert cards["month_consumption"] == yuan(so_far)
    assert panel.cards["month_consumption"].accessibleName() == "本月消费金额(元)"
    assert cards["month_consumption"] != cards["month_estimated_cost"].lstrip("¥")
    # 上月消费金额 names its month
    last = str(m.YearMonth.parse(o["month"]).shift(-1))
    assert cards["last_month_cost"] == yuan(o["last_month_cost"])
    assert panel.cards["last_month_cost"].caption.text() == f"上月消费金额（{last}）"
    assert panel.cards["last_month_cost"].accessibleName() == f"上月消费金额（{last}）"
    assert panel.info["role"].text() == o["role"] == "管理员"
    assert panel.info["company"].text() == o["company"]
    assert panel.info["kind"].text() == "主账号"
    assert panel.info["ip"].text() == o["last_login_ip"]
    assert f">{o['tickets']['todo']}<" in panel.ticket_links[m.TicketTab.TODO].text()
    assert f">{o['tickets']['all']}<" in panel.ticket_links[m.TicketTab.ALL].text()


def test_monthly_bills_chart_has_year_and_amount_labels(qtbot, account_window, served):
    panel = open_overview(qtbot, account_window)
    account_window.resize(1260, 900)
    o = served("/api/v1/console/overview")
    this = m.YearMonth.parse(o["month"])
    bills = served("/api/v1/billing/bills", page_size=100)["items"]
    amounts = {b["month"]: Decimal(str(b["amount_total"])) for b in bills}
    months = [str(this.shift(i)) for i in range(-11, 1)]
    expected = [amounts.get(mo, Decimal("0")) for mo in months]
    chart = panel.chart
    assert [str(mo) for mo in chart.months] == months
    # each month with its year, under its bar (2025年 over 07月)
    assert chart.month_texts() == [month_cn(mo).replace("年", "年\n") for mo in months]
    assert chart.label_texts() == [values.money_text(a) for a in expected]
    assert chart.bar_set.count() == 12 and chart.bar_set.at(11) == float(expected[11])
    # each amount sits on its bar: above its top, over its centre
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 100, timeout=WAIT)
    chart.place_labels()
    for index, item in enumerate(chart.labels):
        assert item.isVisible()
        top = chart.chart().mapToPosition(QPointF(index, float(expected[index])), chart.series)
        box = item.mapRectToParent(item.boundingRect())
        assert box.bottom() <= top.y() + 0.5
        assert box.left() <= top.x() <= box.right()
        under = chart.month_labels[index].mapRectToParent(chart.month_labels[index].boundingRect())
        assert under.top() >= chart.chart().plotArea().bottom()
        assert under.left() <= top.x() <= under.right()
    # the text alternative: every month and amount, for a screen reader
    assert chart.accessibleName() == "月度消费账单"
    description = chart.accessibleDescription()
    for month, amount in zip(months, expected, strict=True):
        assert f"{month_cn(month)}：{values.money_text(amount)} 元" in description


def test_cloud_tiles_opened_and_not(qtbot, account_window, served):
    panel = open_overview(qtbot, account_window)
    platforms = served("/api/v1/billing/platforms")["items"]
    opened = [p for p in platforms if p["opened"]]
    unopened = [p for p in platforms if not p["opened"]]
    assert opened and unopened, "the sandbox should have both kinds"
    tiles = panel.tiles
    assert tiles.title() == "云操作"
    assert set(tiles.tiles) == {p["code"] for p in platforms}
    for p in opened:
        tile = tiles.tiles[p["code"]]
        assert tile.text() == f"{p['name']}\n已开通"
        assert tile.accessibleName() == f"{p['name']}：已开通"
        assert tiles.opened_grid.indexOf(tile) >= 0
    for p in unopened:
        tile = tiles.tiles[p["code"]]
        assert tile.text() == f"{p['name']}\n未开通"
        assert tiles.unopened_grid.indexOf(tile) >= 0
    assert tiles.opened_caption.text() == "朵云谷已开通云平台"
    assert tiles.unopened_caption.text() == "以下云资源，需要您申请开通"
    # read-only: nothing to press in the box
    assert not tiles.findChildren(QPushButton) and not tiles.findChildren(QToolButton)


def test_bill_overview_page(qtbot, qtmodeltester, account_window, served):
    nav = [account_window.nav.item(i).text().strip() for i in range(account_window.nav.count())]
    assert nav[nav.index("费用中心") + 1] == "账单概览"
    panel = open_bill_overview(qtbot, account_window)
    assert isinstance(panel, BillOverviewPanel)
    assert account_window.title_label.text() == "账单概览"
    o = served("/api/v1/console/overview")
    cards = {k: c.value.text() for k, c in panel.cards.items()}
    assert cards == {
        "account_balance": yuan(o["account_balance"]),
        "month_recharge": yuan(o["month_recharge"]),
        "month_allocation": yuan(o["month_allocation"]),
        "coupon_count": str(o["coupon_count"]),
    }
    last = str(m.YearMonth.parse(o["month"]).shift(-1))
    assert str(panel.selected_month()) == last  # last month by default
    bill = served(f"/api/v1/billing/bills/{last}")
    total = Decimal(str(bill["amount_total"]))
    assert bill["platforms"], "the sandbox has no bill for last month"

    # 消费概览: by platform
    by_platform = panel.by_platform
    assert by_platform.title.text() == f"{month_cn(last)}消费概览"
    assert by_platform.total.text() == f"¥ {yuan(total)}"
    assert by_platform.total_caption.text() == f"{month_cn(last)}消费总计"
    qtmodeltester.check(by_platform.model)
    rows = [
        [by_platform.model.text(r, c) for c in range(3)]
        for r in range(by_platform.model.rowCount())
    ]
    parts = [(p["platform_name"], Decimal(str(p["amount_total"]))) for p in bill["platforms"]]
    assert [r[:2] for r in rows] == [[name, values.money_text(a)] for name, a in parts if a]
    assert sum(Decimal(r[2].rstrip("%")) for r in rows) == pytest.approx(100, abs=0.3)
    assert by_platform.series.count() == len(rows)
    assert [s.label() for s in by_platform.series.slices()] == [r[0] for r in rows]
    assert by_platform.view.accessibleName() == by_platform.table.accessibleName()
    assert by_platform.accessibleName() == "消费概览"
    assert panel.by_product.accessibleName() == "产品概览"
    description = by_platform.view.accessibleDescription()
    for name, amount, share in rows:
        assert f"{name}: {amount} ({share})" in description
    assert [by_platform.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "云平台",
        "金额(元)",
        "占比",
    ]

    # 产品概览: by product category
    by_product = panel.by_product
    assert by_product.title.text() == f"{month_cn(last)}产品概览"
    categories = bill["categories"]
    expected = [(cn, values.money_text(Decimal(str(categories[k])))) for k, cn in CATEGORIES]
    rows = [
        (by_product.model.text(r, 0), by_product.model.text(r, 1))
        for r in range(by_product.model.rowCount())
    ]
    assert rows == [(cn, a) for cn, a in expected if Decimal(a.replace(",", "")) != 0]
    assert by_product.total.text() == f"¥ {yuan(total)}"

    # the 云平台 table by product category, with the totals row
    model = panel.bill_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(bill["platforms"]) + 1
    for row, p in enumerate(bill["platforms"]):
        texts = [model.index(row, c).data() for c in range(7)]
        assert texts[0] == p["platform_name"]
        assert texts[1:6] == [yuan(p["amounts"][k]) for k, _cn in CATEGORIES]
        assert texts[6] == yuan(p["amount_total"])
    assert model.index(model.rowCount() - 1, 0).data() == "合计"
    assert panel.month_total.text() == f"{last} 消费总计：¥{yuan(total)}"

    # 上月账单汇总及余额: each opened platform's spend, balance and contract discount
    summary = served("/api/v1/billing/last-month-summary")
    assert summary["month"] == last
    assert panel.summary_caption.text() == (
        f"{last} 上月消费 {yuan(summary['amount_total'])} 元，"
        f"余额 {yuan(summary['account_balance'])} 元"
    )
    sm = panel.summary_model
    assert [sm.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "云平台",
        "上月消费(元)",
        "余额(元)",
        "折扣",
    ]
    assert [[sm.index(r, c).data() for c in range(4)] for r in range(sm.rowCount())] == [
        [
            p["platform_name"],
            plain(p["amount_total"]),
            "--" if p["balance"] is None else plain(p["balance"]),
            f"{(Decimal(str(p['discount'])) * 100).normalize():f}%",
        ]
        for p in summary["platforms"]
    ]
    assert panel.summary_table.accessibleName() == "上月账单汇总及余额"

    # another month
    earlier = m.YearMonth.parse(o["month"]).shift(-5)
    panel.select_month(earlier)
    qtbot.waitUntil(
        lambda: model.detail is not None and model.detail.month == earlier, timeout=WAIT
    )
    other = served(f"/api/v1/billing/bills/{earlier}")
    assert panel.by_platform.total.text() == f"¥ {yuan(other['amount_total'])}"
    assert panel.by_platform.title.text() == f"{month_cn(str(earlier))}消费概览"


def test_month_without_bill_shows_no_data(qtbot, account_window, session):
    panel = open_bill_overview(qtbot, account_window)
    empty = session.api.bill(m.YearMonth(2020, 1))
    panel._show_bill(empty)
    assert panel.bill_model.rowCount() == 0
    assert panel.bill_overlay.mode == "empty"
    assert panel.bill_overlay.message.text() == "暂无数据"
    for chart in (panel.by_platform, panel.by_product):
        assert chart.model.rowCount() == 0 and chart.series.count() == 0
        assert chart.picture.currentWidget() is chart.empty
        assert chart.empty.text() == "暂无数据"
        assert chart.view.accessibleDescription().endswith("暂无数据")


def test_monthly_bar_opens_bill_overview_on_its_month(qtbot, account_window, session):
    panel = open_overview(qtbot, account_window)
    month = panel.chart.months[3]
    panel.chart.month_clicked.emit(month)
    assert account_window.current_key() == "bill_overview"
    bills = account_window.pages["bill_overview"]
    qtbot.waitUntil(lambda: bills.data is not None and not bills.is_loading, timeout=WAIT)
    qtbot.waitUntil(lambda: bills.bill_model.detail.month == month, timeout=WAIT)
    assert bills.selected_month() == month
    assert bills.bill_model.detail == session.api.bill(month)


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
    panel.cards["month_estimated_cost"].link.linkActivated.emit("bill_overview")
    assert account_window.current_key() == "bill_overview"
    bills = open_bill_overview(qtbot, account_window)
    bills.findChild(QLabel, "summaryLink").linkActivated.emit("last_month")
    assert account_window.current_key() == "last_month"
    assert account_window.title_label.text() == "上月账单汇总"
    account_window.show_page("bill_overview")
    bills.cards["month_recharge"].link.linkActivated.emit("recharges")
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
