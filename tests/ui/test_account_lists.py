"""The list pages against the sandbox: every filter the API offers, paging, the portal's tabs,
unread marks, empty states; ``qtmodeltester`` on each model."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.ui.account import values
from gene_desk.ui.account.lists import recent_months
from tests.helpers.today import FIXED_TODAY, recent_range
from tests.ui.account_support import (
    all_rows,
    make_account_window,
    no_message_boxes,
    open_list,
    wait_idle,
)

PAGE = 10  # the portal's 10条/页, the window's default page size
COMPLETED = m.AllocationStatus.COMPLETED  # 拨付记录 shows successful allocations by default


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def _same(panel, api_page) -> None:
    assert panel.model.records() == api_page.items
    assert panel.model.total == api_page.total
    assert panel.overlay.mode == ("empty" if api_page.total == 0 else "hidden")


def test_consumption_filters_and_paging(qtbot, qtmodeltester, account_window, session):
    api = session.api
    panel = open_list(qtbot, account_window, "consumption")
    model = panel.model
    first = api.consumption(page_size=PAGE)
    _same(panel, first)
    assert first.total > 100  # several pages
    qtmodeltester.check(model)
    # the table: portal headers, money right-aligned as the portal writes it, no row headers
    assert panel.pager.size_combo.currentData() == PAGE
    assert [panel.pager.size_combo.itemData(i) for i in range(4)] == [10, 20, 50, 100]
    assert panel.pager.size_combo.itemText(0) == "10条/页"
    assert panel.view.verticalHeader().isHidden()  # 消费明细 has no 序号
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)] == [
        "消费时间",
        "云平台",
        "产品类别",
        "产品名称",
        "金额(元)",
    ]
    big = next(r for r, item in enumerate(first.items) if item.amount >= 1000)
    amount = model.index(big, 4)
    assert amount.data() == catalogue.money_text(first.items[big].amount)
    assert "," not in amount.data() and amount.data().count(".") == 1
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 2).data() == first.items[0].category.label  # 计算, 存储 ...
    assert panel.summary.text() == f"消费金额合计：¥{values.money_text(first.amount_total)}"
    assert panel.pager.total_label.text() == f"共 {first.total:,} 条"
    assert panel.pager.after_label.text() == f"/ {first.page_count} 页"

    # paging: next, a typed page number, page size
    panel.pager.next_button.click()
    wait_idle(qtbot, panel)
    _same(panel, api.consumption(page=2, page_size=PAGE))
    panel.pager.page_spin.setValue(first.page_count)
    wait_idle(qtbot, panel)
    last = api.consumption(page=first.page_count, page_size=PAGE)
    _same(panel, last)
    assert not panel.pager.next_button.isEnabled() and panel.pager.prev_button.isEnabled()
    panel.pager.size_combo.setCurrentIndex(panel.pager.size_combo.findData(100))
    wait_idle(qtbot, panel)
    _same(panel, api.consumption(page=1, page_size=100))
    qtmodeltester.check(model)

    # filters: month range, platform (filled from the API), category
    months = recent_months(today=FIXED_TODAY)
    # the months offered end with the window's month (its calendar), not the computer's
    assert panel.from_month.values()[1:] == months == panel.to_month.values()[1:]
    assert months[0] == m.YearMonth.of(FIXED_TODAY) and len(months) == 36
    panel.from_month.set_value(months[5])
    wait_idle(qtbot, panel)
    panel.to_month.set_value(months[2])
    wait_idle(qtbot, panel)
    query = m.ConsumptionQuery(from_month=months[5], to_month=months[2])
    expected = api.consumption(query, page_size=100)
    _same(panel, expected)
    assert {item.month for item in model.records()} <= set(months[2:6])
    qtbot.waitUntil(lambda: panel.platform.count() > 1)
    assert panel.platform.values()[1:] == [p.code for p in api.platforms()]
    panel.platform.set_value("huaweicloud")
    wait_idle(qtbot, panel)
    panel.category.set_value(m.Category.STORAGE)
    wait_idle(qtbot, panel)
    query = m.ConsumptionQuery(months[5], months[2], "huaweicloud", m.Category.STORAGE)
    expected = api.consumption(query, page_size=100)
    assert expected.total > 0
    _same(panel, expected)
    assert panel.summary.text() == f"消费金额合计：¥{values.money_text(expected.amount_total)}"
    assert panel.pager.page_count == 1 and not panel.pager.next_button.isEnabled()

    # a platform without consumption: the portal's empty state
    panel.platform.set_value("aliyun")
    wait_idle(qtbot, panel)
    assert model.rowCount() == 0 and panel.overlay.mode == "empty"
    assert panel.overlay.message.text() == "暂无数据"
    assert not panel.export_button.isEnabled()
    # a contradictory range is said inline, nothing is asked
    panel.reset_filters()
    wait_idle(qtbot, panel)
    _same(panel, api.consumption(page_size=100))
    panel.from_month.set_value(months[1])
    wait_idle(qtbot, panel)
    panel.to_month.set_value(months[3])
    assert panel.overlay.mode == "notice"
    assert panel.overlay.message.text() == "开始月份晚于结束月份，请重新选择。"
    assert not panel.export_button.isEnabled()
    assert no_message_boxes()


def _query(key: str, start: date | None, end: date | None, **f):
    if key == "orders":
        return m.OrderQuery(status=f.get("status_filter"), start_date=start, end_date=end)
    if key == "recharges":
        return m.RechargeQuery(start, end, f.get("invoice_status"))
    if key == "allocations":
        status = f.get("status_filter", COMPLETED)
        return m.AllocationQuery(start, end, f.get("platform"), f.get("method"), status)
    if key == "invoices":
        return m.InvoiceQuery(start, end, f.get("invoice_type"))
    return m.RefundQuery(start, end)


@pytest.mark.parametrize("key", ["orders", "recharges", "allocations", "invoices", "refunds"])
def test_record_pages_filter_by_dates_and_kind(qtbot, qtmodeltester, account_window, session, key):
    api = session.api
    method = getattr(api, key)
    panel = open_list(qtbot, account_window, key)
    _same(panel, method(_query(key, None, None), page_size=PAGE))
    qtmodeltester.check(panel.model)
    assert panel.dates.start.text() == "开始时间"  # unset = "any", as the portal's placeholder
    # the time range, taken from the rows themselves so it is never empty
    rows = all_rows(partial(method, _query(key, None, None)))
    times = sorted(values.china_time(_time_of(r)).date() for r in rows)
    start, end = times[len(times) // 4], times[3 * len(times) // 4]
    panel.dates.set_values(start, end)
    wait_idle(qtbot, panel)
    filters = {}
    _same(panel, method(_query(key, start, end), page_size=PAGE))
    assert 0 < panel.model.total < len(rows)
    # the page's own filter (state, invoice status, method, type)
    extra = {
        "orders": ("status_filter", m.OrderStatus.COMPLETED),
        "recharges": ("invoice_status", m.RechargeInvoiceStatus.INVOICED),
        "allocations": ("method", m.AllocationMethod.BALANCE),
        "invoices": ("invoice_type", m.InvoiceType.RECHARGE),
    }.get(key)
    if extra is not None:
        panel.dates.set_values(None, None)
        wait_idle(qtbot, panel)
        getattr(panel, extra[0]).set_value(extra[1])
        wait_idle(qtbot, panel)
        filters[extra[0]] = extra[1]
        expected = method(_query(key, None, None, **filters), page_size=PAGE)
        assert 0 < expected.total < len(rows)
        _same(panel, expected)
    if key == "allocations":
        qtbot.waitUntil(lambda: panel.platform.count() > 1)
        panel.platform.set_value("zhongjinyun")
        wait_idle(qtbot, panel)
        filters["platform"] = "zhongjinyun"
        expected = method(_query(key, None, None, **filters), page_size=PAGE)
        assert expected.total > 0
        _same(panel, expected)
        assert {r.platform_name for r in panel.model.records()} == {"中金云"}
    if key == "allocations":  # 拨付中 and every status stay a choice away
        assert panel.status_filter.value() is COMPLETED
        panel.platform.set_value(None)  # 中金云 is allocated at once: never 拨付中
        wait_idle(qtbot, panel)
        filters["platform"] = None
        panel.status_filter.set_value(None)
        wait_idle(qtbot, panel)
        filters["status_filter"] = None
        everything = method(_query(key, None, None, **filters), page_size=PAGE)
        _same(panel, everything)
        panel.status_filter.set_value(m.AllocationStatus.IN_PROGRESS)
        wait_idle(qtbot, panel)
        filters["status_filter"] = m.AllocationStatus.IN_PROGRESS
        expected = method(_query(key, None, None, **filters), page_size=PAGE)
        assert 0 < expected.total < everything.total
        _same(panel, expected)
        assert {r.status for r in panel.model.records()} == {m.AllocationStatus.IN_PROGRESS}
    # reversed range: said inline
    panel.dates.set_values(date(2026, 5, 1), date(2026, 4, 1))
    assert panel.overlay.mode == "notice"
    assert panel.overlay.message.text() == "开始时间晚于结束时间，请重新选择。"
    # reset: the page's defaults again
    panel.reset_button.click()
    wait_idle(qtbot, panel)
    _same(panel, method(_query(key, None, None), page_size=PAGE))
    qtmodeltester.check(panel.model)


def _time_of(record):
    for attr in ("ordered_at", "created_at", "applied_at"):
        if hasattr(record, attr):
            return getattr(record, attr)
    raise AssertionError(record)


def test_coupons_by_state(qtbot, qtmodeltester, account_window, session):
    api = session.api
    panel = open_list(qtbot, account_window, "coupons")
    assert [panel.tabs.tabText(i) for i in range(4)] == ["未使用", "已使用", "拨付中", "已过期"]
    assert panel.state() is m.CouponState.UNUSED  # the portal opens on 未使用
    for i, state in enumerate(m.CouponState):
        panel.tabs.setCurrentIndex(i)
        wait_idle(qtbot, panel)
        expected = api.coupons(m.CouponQuery(state=state), page_size=PAGE)
        _same(panel, expected)
        assert {c.state for c in panel.model.records()} <= {state}
        qtmodeltester.check(panel.model)


def test_ticket_tabs_counts_and_filters(qtbot, qtmodeltester, account_window, session):
    api = session.api
    panel = open_list(qtbot, account_window, "tickets")
    everything = api.tickets(page_size=PAGE)
    _same(panel, everything)
    c = everything.counts
    # the portal's tab labels carry no counts (the counts are kept for the overview)
    assert [panel.tabs.tabText(i) for i in range(4)] == [
        "全部工单",
        "待办工单",
        "进行中工单",
        "已完成工单",
    ]
    assert panel.counts == c
    for i, tab in enumerate(m.TicketTab):
        panel.tabs.setCurrentIndex(i)
        wait_idle(qtbot, panel)
        _same(panel, api.tickets(m.TicketQuery(tab=tab), page_size=PAGE))
        qtmodeltester.check(panel.model)
    # 已完成 with a type and a time range; the tab counts follow the filters. The range is a
    # recent one that always holds completed allocations (tests/account/test_seed_every_day.py)
    panel.ticket_type.set_value(m.TicketType.ALLOCATION)
    wait_idle(qtbot, panel)
    start, end = recent_range(FIXED_TODAY)
    panel.dates.set_values(start, end)
    wait_idle(qtbot, panel)
    query = m.TicketQuery(m.TicketTab.DONE, start, end, m.TicketType.ALLOCATION)
    expected = api.tickets(query, page_size=PAGE)
    _same(panel, expected)
    assert panel.counts == expected.counts
    assert panel.tabs.tabText(3) == "已完成工单"
    for ticket in panel.model.records():
        assert ticket.ticket_type is m.TicketType.ALLOCATION
    assert panel.model.total > 0
    # 序号, 工单类型, 工单描述, 申请时间, 申请人, 完成时间, 状态 (工单编号 only when chosen)
    headers = [model_header(panel, i) for i in range(panel.model.columnCount())]
    assert headers == ["序号", "工单类型", "工单描述", "申请时间", "申请人", "完成时间", "状态"]
    assert panel.model.index(0, 0).data() == "1"
    assert panel.model.index(0, 1).data() == "拨付"
    # 待办工单 leaves 完成时间 out, as the portal does (seed 1.3.1)
    panel.reset_filters()
    panel.set_tab(m.TicketTab.TODO)
    wait_idle(qtbot, panel)
    assert panel.model.total == c.todo
    headers = [model_header(panel, i) for i in range(panel.model.columnCount())]
    assert headers == ["序号", "工单类型", "工单描述", "申请时间", "申请人", "状态"]
    assert panel.model.index(0, 5).data() == "待处理"
    qtmodeltester.check(panel.model)
    panel.set_tab(m.TicketTab.ALL)
    wait_idle(qtbot, panel)
    assert panel.model.columnCount() == 7


def model_header(panel, section: int) -> str:
    return panel.model.headerData(section, Qt.Orientation.Horizontal)


def test_messages_unread_marks_filters_and_details(qtbot, qtmodeltester, account_window, session):
    api = session.api
    panel = open_list(qtbot, account_window, "messages")
    model = panel.model
    _same(panel, api.messages(page_size=PAGE))
    qtmodeltester.check(model)
    unread_rows = [r for r, msg in enumerate(model.records()) if not msg.read]
    read_rows = [r for r, msg in enumerate(model.records()) if msg.read]
    assert unread_rows and read_rows
    u, r = unread_rows[0], read_rows[0]
    assert model.index(u, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(model.index(u, 0).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.index(u, 3).data() == "未读"
    assert model.index(r, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(r, 3).data() == "已读"
    # the message's text below the list; nothing is marked read (no such call exists)
    panel.view.setCurrentIndex(model.index(u, 0))
    message = model.record(u)
    assert message.content in panel.details.toPlainText()
    assert message.title in panel.details.toPlainText()
    assert panel.view.currentIndex().isValid()
    assert api.unread_messages().total == sum(1 for x in all_rows(api.messages) if not x.read)
    # filters: category and read state
    panel.category.set_value(m.MessageCategory.BILL)
    wait_idle(qtbot, panel)
    _same(panel, api.messages(m.MessageQuery(category=m.MessageCategory.BILL), page_size=PAGE))
    assert {x.category for x in model.records()} == {m.MessageCategory.BILL}
    panel.category.set_value(None)
    panel.read_state.set_value(False)
    wait_idle(qtbot, panel)
    expected = api.messages(m.MessageQuery(read=False), page_size=PAGE)
    _same(panel, expected)
    assert expected.total == api.unread_messages().total
    assert all(
        model.index(i, 0).data(Qt.ItemDataRole.FontRole).bold() for i in range(model.rowCount())
    )
    assert panel.details.toPlainText() == ""
    assert model.index(0, 0).parent() == QModelIndex()


def test_users_and_roles_for_the_main_account(qtbot, qtmodeltester, account_window, session):
    api = session.api
    users = open_list(qtbot, account_window, "users")
    _same(users, api.users(page_size=PAGE))
    qtmodeltester.check(users.model)
    main = [u for u in users.model.records() if u.is_main_account]
    assert [u.account for u in main] == [session.user.account]
    row = users.model.records().index(main[0])
    assert users.model.index(row, 3).data() == "主账号"
    roles = open_list(qtbot, account_window, "roles")
    _same(roles, api.roles(page_size=PAGE))
    qtmodeltester.check(roles.model)
    assert roles.model.index(0, 0).data() == "1"  # 序号
    assert roles.model.index(0, 1).data() == api.roles().items[0].name
    assert roles.overlay.mode == "hidden" and roles.export_button.isVisible()


def test_platform_combo_keeps_codes(qtbot, account_window, session):
    panel = open_list(qtbot, account_window, "allocations")
    qtbot.waitUntil(lambda: panel.platform.count() > 1)
    assert [panel.platform.itemText(i) for i in range(panel.platform.count())] == [
        "全部云平台",
        *(p.name for p in session.api.platforms()),
    ]
    fetch = panel.fetcher()
    assert isinstance(fetch, partial) and fetch.args[0] == m.AllocationQuery(status=COMPLETED)
