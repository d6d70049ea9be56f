"""Export to CSV and XLSX: every row of every page under the filters on screen, read back with
the csv module and openpyxl and compared with the API's rows, money to the fen."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from gene_desk.account import models as m
from gene_desk.ui.account import columns as cols
from gene_desk.ui.account import export as account_export
from gene_desk.ui.account.lists import recent_months
from tests.helpers.today import FIXED_TODAY
from tests.ui.account_support import (
    all_rows,
    check_csv,
    check_xlsx,
    export,
    make_account_window,
    open_list,
    wait_idle,
)
from tests.ui.conftest import WAIT


@pytest.fixture
def account_window(qtbot, session, runner, zh, tmp_path):
    return make_account_window(qtbot, session, runner, tmp_path)


def test_consumption_export_all_pages_exact_money(qtbot, account_window, session, tmp_path):
    api = session.api
    panel = open_list(qtbot, account_window, "consumption")
    # a filter that still spans several pages of 100 (the export's request size)
    months = recent_months(today=FIXED_TODAY)  # what the panel offers: the window's calendar
    panel.from_month.set_value(months[11])
    wait_idle(qtbot, panel)
    query = m.ConsumptionQuery(from_month=months[11])
    reference = all_rows(partial(api.consumption, query))
    first = api.consumption(query, page_size=100)
    assert first.total == len(reference) > 100
    assert panel.model.total == first.total and panel.model.rowCount() == 10  # one page shown

    csv_path = tmp_path / "spend.csv"
    assert export(qtbot, panel, csv_path, "csv") == len(reference)
    check_csv(csv_path, cols.CONSUMPTION, reference)
    assert panel.status.text() == f"已导出 {len(reference)} 条记录到 {csv_path}"
    xlsx_path = tmp_path / "spend.xlsx"
    assert export(qtbot, panel, xlsx_path, "xlsx") == len(reference)
    check_xlsx(xlsx_path, cols.CONSUMPTION, reference)
    # the file's amounts add up to the service's own total, to the fen
    sheet = openpyxl.load_workbook(xlsx_path).worksheets[0]
    assert sheet.title == "消费明细"
    assert sheet.freeze_panes == "A2"
    amounts = [Decimal(str(row[4])) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sum(amounts, Decimal("0.00")) == first.amount_total
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_export_through_the_save_dialog(qtbot, account_window, session, tmp_path):
    panel = open_list(qtbot, account_window, "refunds")
    panel.export_button.xlsx_action.trigger()
    dialog = panel.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.windowTitle() == "导出退费记录"
    # named after the window's day (its calendar), not the computer's
    assert dialog.selectedFiles()[0] == str(tmp_path / f"退费记录-{FIXED_TODAY:%Y%m%d}.xlsx")
    target = tmp_path / "refunds.xlsx"
    with qtbot.waitSignal(panel.export_finished, timeout=WAIT):
        dialog.fileSelected.emit(str(target))  # what accepting the dialog emits
        dialog.close()
    check_xlsx(target, SHOWN["refunds"], all_rows(session.api.refunds))


# the columns on screen by default (the portal's), which an export writes
KEYS = [
    "orders",
    "recharges",
    "allocations",
    "coupons",
    "invoices",
    "refunds",
    "tickets",
    "messages",
    "users",
]
SHOWN = {key: cols.shown(getattr(cols, key.upper())) for key in KEYS}
EXPORTS = [
    ("orders", SHOWN["orders"], lambda p: p.status_filter.set_value(m.OrderStatus.COMPLETED),
     partial(m.OrderQuery, status=m.OrderStatus.COMPLETED)),
    ("recharges", SHOWN["recharges"], lambda p: None, m.RechargeQuery),
    ("allocations", SHOWN["allocations"],
     lambda p: p.method.set_value(m.AllocationMethod.BALANCE),
     partial(m.AllocationQuery, method=m.AllocationMethod.BALANCE,
             status=m.AllocationStatus.COMPLETED)),
    ("coupons", SHOWN["coupons"], lambda p: p.tabs.setCurrentIndex(3),
     partial(m.CouponQuery, state=m.CouponState.EXPIRED)),
    ("invoices", SHOWN["invoices"], lambda p: p.invoice_type.set_value(m.InvoiceType.RECHARGE),
     partial(m.InvoiceQuery, invoice_type=m.InvoiceType.RECHARGE)),
    ("refunds", SHOWN["refunds"], lambda p: None, m.RefundQuery),
    ("tickets", SHOWN["tickets"], lambda p: p.set_tab(m.TicketTab.DONE),
     partial(m.TicketQuery, tab=m.TicketTab.DONE)),
    ("messages", SHOWN["messages"], lambda p: p.read_state.set_value(True),
     partial(m.MessageQuery, read=True)),
    ("users", SHOWN["users"], lambda p: None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "columns", "set_filter", "query"), EXPORTS, ids=[e[0] for e in EXPORTS]
)
def test_record_exports_match_the_api(
    qtbot, account_window, session, tmp_path, key, columns, set_filter, query
):
    api = session.api
    panel = open_list(qtbot, account_window, key)
    set_filter(panel)
    wait_idle(qtbot, panel)
    method = getattr(api, key)
    reference = all_rows(partial(method, query()) if query else method)
    assert reference and panel.model.total == len(reference)
    assert export(qtbot, panel, tmp_path / f"{key}.csv", "csv") == len(reference)
    check_csv(tmp_path / f"{key}.csv", columns, reference)
    assert export(qtbot, panel, tmp_path / f"{key}.xlsx", "xlsx") == len(reference)
    check_xlsx(tmp_path / f"{key}.xlsx", columns, reference)


def test_failed_export_is_said_inline_and_leaves_no_file(qtbot, account_window, tmp_path):
    panel = open_list(qtbot, account_window, "refunds")
    target = tmp_path / "missing-folder" / "refunds.csv"
    with qtbot.waitSignal(panel.export_finished, timeout=WAIT) as blocker:
        panel.export_to(target, "csv")
    assert isinstance(blocker.args[0], Exception)
    assert panel.status.text().startswith("导出失败：")
    assert not target.parent.exists()
    assert panel.export_button.isEnabled()


def test_decimal_digits_survive_where_float_would_not(qapp, tmp_path):
    """openpyxl alone would store Decimal("0.07") as 0.07000000000000001 and 9.95 as
    9.949999999999999; the cells hold the Decimal's own digits."""
    rows = [
        m.ConsumptionItem("1", m.YearMonth(2026, 1), "x", "中金云", m.Category.OTHER, "p", amount)
        for amount in map(Decimal, ("0.07", "9.95", "1234567890123.45", "0.00", "-12.30"))
    ]
    headers = [c.title() for c in cols.CONSUMPTION]
    account_export.write_rows(tmp_path / "x.xlsx", "xlsx", cols.CONSUMPTION, headers, rows)
    check_xlsx(tmp_path / "x.xlsx", cols.CONSUMPTION, rows)
