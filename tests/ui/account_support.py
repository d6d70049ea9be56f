"""Shared fixtures and checks of the account-panel tests (tests/ui/test_account_*.py).

The panels run against the real sandbox (``session`` logs in as seed.DEMO) with the Chinese
translation installed; the tests ask the API the same questions from the test thread and compare.
"""

from __future__ import annotations

import csv
import re
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QApplication, QMessageBox

from gene_desk.account.paging import fetch_all
from gene_desk.ui.account import values
from gene_desk.ui.account.columns import Column, Kind
from gene_desk.ui.account.window import AccountWindow
from tests.helpers.today import FIXED_TODAY
from tests.ui.conftest import WAIT


def make_account_window(qtbot, session, runner, export_dir: Path) -> AccountWindow:
    """What each test module's ``account_window`` fixture returns (with ``zh`` installed): its
    calendar is the sandbox's fixed day, whatever the computer's date."""
    w = AccountWindow(session, runner, export_dir=str(export_dir), today=lambda: FIXED_TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def wait_idle(qtbot, panel) -> None:
    """Until the list page asked for last has arrived or failed."""
    qtbot.waitUntil(lambda: not panel.model.is_loading, timeout=WAIT)


def open_list(qtbot, window: AccountWindow, key: str):
    panel = window.show_page(key)
    qtbot.waitUntil(lambda: panel.started, timeout=WAIT)
    wait_idle(qtbot, panel)
    return panel


def open_overview(qtbot, window: AccountWindow):
    panel = window.show_page("overview")
    qtbot.waitUntil(lambda: not panel.is_loading and panel.started, timeout=WAIT)
    return panel


def all_rows(fetcher) -> list[Any]:
    """Every row of a list, asked from the test thread (the reference)."""
    return fetch_all(fetcher)


def no_message_boxes() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def export(qtbot, panel, path: Path, fmt: str) -> int:
    """Export through the panel (worker thread) and return the row count it reports."""
    with qtbot.waitSignal(panel.export_finished, timeout=WAIT) as blocker:
        assert panel.export_to(path, fmt) is not None
    result = blocker.args[0]
    if isinstance(result, BaseException):
        raise result
    assert panel.export_handle is None
    return result


def check_csv(path: Path, columns: tuple[Column, ...], rows: list[Any]) -> None:
    """The CSV holds the translated headers and every row, money plain with two decimals."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [c.title() for c in columns]
    assert len(table) - 1 == len(rows)
    for number, (line, record) in enumerate(zip(table[1:], rows, strict=True), start=1):
        for cell, column in zip(line, columns, strict=True):
            value = column.get(record)
            if column.kind is Kind.MONEY:
                assert re.fullmatch(r"-?\d+\.\d\d", cell), cell  # the portal's form
                assert Decimal(cell) == value
            elif column.kind is Kind.TIME:
                assert cell == ("" if value is None else values.time_text(value))
            elif column.kind is Kind.ROW:
                assert cell == str(number)  # 序号 counts through every page
            else:
                assert cell == column.text(record)


def check_xlsx(path: Path, columns: tuple[Column, ...], rows: list[Any]) -> None:
    """Typed cells: exact Decimal money (also in the sheet's XML), real dates, number formats."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    table = list(sheet.iter_rows())
    assert [c.value for c in table[0]] == [c.title() for c in columns]
    assert len(table) - 1 == len(rows)
    for number, (cells, record) in enumerate(zip(table[1:], rows, strict=True), start=1):
        for cell, column in zip(cells, columns, strict=True):
            value = column.get(record)
            if column.kind is Kind.ROW:
                assert cell.value == number
            elif value is None:
                assert cell.value is None
            elif column.kind is Kind.MONEY:
                assert cell.data_type == "n" and cell.number_format == "0.00"  # no separators
                assert Decimal(str(cell.value)) == value
            elif column.kind is Kind.RATE:
                assert Decimal(str(cell.value)) == value and cell.number_format == "0%"
            elif column.kind is Kind.TIME:
                assert isinstance(cell.value, datetime)
                assert abs(cell.value - values.china_time(value)) < timedelta(milliseconds=1)
            elif column.kind is Kind.MONTH:
                assert cell.value == datetime(value.year, value.month, 1)
                assert cell.number_format == "yyyy-mm"
            elif column.kind is Kind.INT:
                assert cell.value == value
            else:
                assert cell.value == column.text(record)
    # the stored digits of every money cell are the Decimal's own (no float round trip)
    money_cols = [i for i, c in enumerate(columns) if c.kind is Kind.MONEY]
    if money_cols:
        xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
        stored = dict(re.findall(r'<c r="([A-Z]+\d+)"[^>]*><v>([^<]*)</v>', xml))
        for r, record in enumerate(rows, start=2):
            for i in money_cols:
                ref = f"{openpyxl.utils.get_column_letter(i + 1)}{r}"
                assert stored[ref] == format(columns[i].get(record), "f"), ref
