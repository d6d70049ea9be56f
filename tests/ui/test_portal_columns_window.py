"""The window's account lists show the portal's columns (``tests/account/portal_columns.py``) in
zh_CN, its money (half-up to two decimals, no separators) on screen and in CSV and XLSX, and
keep the app's extra columns behind the header's menu; against the sandbox, offscreen."""

from __future__ import annotations

import csv
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from gene_desk.account import models as m
from gene_desk.ui.account import columns as cols
from gene_desk.ui.account import export as account_export
from gene_desk.ui.account.models import PagedTableModel
from tests.account.portal_columns import AMOUNTS, BILL_TABLE, SCREENS, same_headers
from tests.ui.account_support import export, make_account_window, open_list, wait_idle
from tests.ui.conftest import WAIT

WINDOW_SCREENS = [s for s in SCREENS if s.window]


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def shown_headers(panel: Any) -> list[str]:
    """The headers on screen, left to right. The model holds only those (no hidden column a
    screen reader would read), and the view shows every one, in the model's order."""
    header = panel.view.horizontalHeader()
    count = panel.model.columnCount()
    assert header.count() == count
    assert [header.logicalIndex(v) for v in range(count)] == list(range(count))
    assert not any(panel.view.isColumnHidden(i) for i in range(count))
    return [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(count)]


@pytest.mark.parametrize("screen", WINDOW_SCREENS, ids=[s.id for s in WINDOW_SCREENS])
def test_headers_are_the_portals(qtbot, account_window, screen, tmp_path):
    panel = open_list(qtbot, account_window, screen.key)
    if screen.query is not None:
        panel.set_tab(screen.query.tab)
        wait_idle(qtbot, panel)
    shown = shown_headers(panel)
    assert same_headers(screen.shown, shown), (screen.section, shown)
    assert panel.view.verticalHeader().isHidden()  # 序号 is a column where the portal has one
    # the export writes the columns on screen
    target = tmp_path / f"{screen.key}.csv"
    export(qtbot, panel, target, "csv")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle)) == shown


def test_bill_table_headers_are_the_portals(qtbot, account_window):
    page = account_window.show_page("bill_overview")
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
    model = page.bill_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert same_headers(BILL_TABLE.shown, headers), BILL_TABLE.section


def test_extra_columns_behind_the_header_menu(qtbot, account_window, tmp_path):
    panel = open_list(qtbot, account_window, "tickets")
    assert "工单编号" not in shown_headers(panel)
    header = panel.view.horizontalHeader()
    assert header.toolTip() == "右键单击列标题可显示更多列" == header.accessibleDescription()
    # a right-click on the header pops the menu up under the pointer (non-blocking)
    header.customContextMenuRequested.emit(QPoint(5, 5))
    popped = panel.column_menu
    qtbot.waitUntil(popped.isVisible, timeout=WAIT)
    assert popped.geometry().topLeft() == header.viewport().mapToGlobal(QPoint(5, 5))
    popped.close()  # deletes itself
    menu = panel.columns_menu()
    assert menu is not None and menu.objectName() == "columnMenu"
    assert menu.accessibleName() == "更多列"
    actions = menu.actions()
    assert [a.text() for a in actions] == ["工单编号"] and not actions[0].isChecked()
    actions[0].trigger()  # check it: the column appears after 序号
    assert shown_headers(panel)[:3] == ["序号", "工单编号", "工单类型"]
    assert panel.model.index(0, 1).data() == panel.model.record(0).ticket_no
    target = tmp_path / "tickets.csv"
    export(qtbot, panel, target, "csv")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["序号", "工单编号", "工单类型"]
    assert rows[1][:2] == ["1", panel.model.record(0).ticket_no]
    # the choice survives a tab change; 待办 still leaves out 完成时间
    panel.set_tab(m.TicketTab.TODO)
    wait_idle(qtbot, panel)
    assert shown_headers(panel)[1] == "工单编号" and "完成时间" not in shown_headers(panel)
    again = panel.columns_menu()
    assert again.actions()[0].isChecked()
    again.actions()[0].trigger()  # uncheck: hidden again
    assert "工单编号" not in shown_headers(panel)
    menu.deleteLater()
    again.deleteLater()
    # a page without extra columns has no menu (and says none)
    consumption = open_list(qtbot, account_window, "consumption")
    assert consumption.columns_menu() is None
    assert consumption.view.horizontalHeader().toolTip() == ""


def test_defaults_are_the_portals(qtbot, account_window, session):
    api = session.api
    coupons = open_list(qtbot, account_window, "coupons")
    assert coupons.state() is m.CouponState.UNUSED and coupons.tabs.currentIndex() == 0
    assert coupons.model.page_size == 10
    expected = api.coupons(m.CouponQuery(state=m.CouponState.UNUSED), page_size=10)
    assert coupons.model.records() == expected.items
    allocations = open_list(qtbot, account_window, "allocations")
    assert allocations.status_filter.value() is m.AllocationStatus.COMPLETED
    assert allocations.status_filter.currentText() == "已完成"
    completed = api.allocations(
        m.AllocationQuery(status=m.AllocationStatus.COMPLETED), page_size=10
    )
    assert allocations.model.total == completed.total < api.allocations().total
    assert allocations.pager.size_combo.currentText() == "10条/页"


# -- money ---------------------------------------------------------------------------------------


def _items() -> list[m.ConsumptionItem]:
    return [
        m.ConsumptionItem(str(i), m.YearMonth(2020, 2), "zhongjinyun", "中金云", m.Category.COMPUTE,
                          "主机", Decimal(a))
        for i, a in enumerate(AMOUNTS)
    ]  # fmt: skip


def test_table_shows_money_as_the_portal(qtbot, runner, zh):
    """348.2242 from the service is 348.22 on screen, 9488583.67 has no separators, ties round
    half-up (the CLI's table and CSV: tests/account/test_portal_columns_cli.py)."""
    items = tuple(_items())
    model = PagedTableModel(cols.CONSUMPTION, runner)

    def fetch(*, page: int, page_size: int) -> m.Page[Any]:
        return m.Page(items, len(items), page, page_size)

    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.set_fetcher(fetch)
    assert [model.index(r, 4).data() for r in range(len(items))] == list(AMOUNTS.values())


def test_csv_and_xlsx_hold_money_as_the_portal(qapp, zh, tmp_path):
    items = _items()
    headers = [c.title() for c in cols.CONSUMPTION]
    account_export.write_rows(tmp_path / "a.csv", "csv", cols.CONSUMPTION, headers, items)
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[4] for r in rows[1:]] == list(AMOUNTS.values())
    account_export.write_rows(tmp_path / "a.xlsx", "xlsx", cols.CONSUMPTION, headers, items)
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").worksheets[0]
    cells = [row[4] for row in sheet.iter_rows(min_row=2)]
    assert [Decimal(str(c.value)) for c in cells] == [Decimal(v) for v in AMOUNTS.values()]
    assert {c.number_format for c in cells} == {"0.00"}  # Excel shows 9488583.67, no separators
