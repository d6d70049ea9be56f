"""``gene-desk account invoice|order|payment-accounts|refundable|invoiceable|last-month``: the
portal's read-only detail views (guide 1.5.3, 1.5.7, 1.5.10-1.5.12, 1.5.14) for scripts.

Apart from :mod:`gene_desk.cli.account_cmds` (the paged lists) because these print one answer: a
form of caption and value rows (an invoice's 查看, an order's 查看详情, 本月可退余额) or a short
table under its figures (银行账号管理, 发票操作's 可开发票金额, 上月账单汇总及余额). Captions and
columns come from :mod:`gene_desk.account.catalogue_details`, the window's too. ``--json`` prints
the record (money as strings, enumerations as codes); ``--csv FILE`` writes a table's rows.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gene_desk.account import catalogue
from gene_desk.account import catalogue_details as cd
from gene_desk.account.catalogue import Field
from gene_desk.account.paging import iter_pages
from gene_desk.cli.account_cmds import PORTAL, jsonable
from gene_desk.cli.context import open_session
from gene_desk.cli.tables import render
from gene_desk.core.text import json_text, printable

EMPTY = "暂无数据 (no records)"


def _json_option(p: argparse.ArgumentParser, *, csv: bool = False) -> None:
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    if csv:
        p.add_argument(
            "--csv", metavar="FILE", type=Path, help="write the rows to FILE (UTF-8 with BOM)"
        )


def register(cmds: argparse._SubParsersAction) -> None:
    """Add the detail views to ``gene-desk account``'s subcommands."""
    p = cmds.add_parser(
        "invoice", help="查看: one invoice's details (纳税人识别号, 邮寄地址, 备注)"
    )
    p.add_argument("number", metavar="INVOICE_NO", help="发票编号, e.g. KP1604479399358486")
    _json_option(p)
    p.set_defaults(func=cmd_invoice)

    p = cmds.add_parser("order", help="查看详情: one order's details")
    p.add_argument("number", metavar="ORDER_NO", help="订单编号")
    _json_option(p)
    p.set_defaults(func=cmd_order)

    p = cmds.add_parser("payment-accounts", help="银行账号管理: payment accounts, default marked")
    _json_option(p, csv=True)
    p.set_defaults(func=cmd_payment_accounts)

    p = cmds.add_parser("refundable", help="退费操作: 本月可退余额 and how it is made")
    _json_option(p)
    p.set_defaults(func=cmd_refundable)

    p = cmds.add_parser("invoiceable", help="发票操作: 可开发票金额 and the invoiceable recharges")
    _json_option(p, csv=True)
    p.set_defaults(func=cmd_invoiceable)

    p = cmds.add_parser(
        "last-month", help="拨付操作: 上月账单汇总及余额 and each platform's contract discount"
    )
    _json_option(p, csv=True)
    p.set_defaults(func=cmd_last_month)


# -- output -------------------------------------------------------------------------------------


def form_lines(fields: Sequence[Field], record: Any) -> list[str]:
    """Caption and value rows, aligned ("not yet" as --, empty text as --)."""
    rows = [
        (f.label, printable(catalogue.cell_text(f, record, PORTAL)) or catalogue.MISSING)
        for f in fields
    ]
    return render(["项目", "值"], rows)[2:]


def table_lines(fields: Sequence[Field], records: Sequence[Any]) -> list[str]:
    cells = [
        [printable(catalogue.cell_text(f, r, PORTAL, missing="")) for f in fields] for r in records
    ]
    return render(
        [f.label for f in fields],
        cells,
        aligns=[">" if f.numeric else "<" for f in fields],
        max_widths=[f.max_width for f in fields],
    )


def _write_csv(path: Path, fields: Sequence[Field], records: Sequence[Any]) -> None:
    count = catalogue.write_records_csv(path, fields, [f.label for f in fields], records, PORTAL)
    print(f"wrote {count} rows to {path}")


def _print_json(value: Any) -> None:
    print(json_text(jsonable(value), indent=2))


# -- commands -----------------------------------------------------------------------------------


def _print_form(args: argparse.Namespace, fields: Sequence[Field], record: Any) -> int:
    """One record as JSON (``--json``) or as caption and value rows."""
    if args.json:
        _print_json(record)
    else:
        print("\n".join(form_lines(fields, record)))
    return 0


def cmd_invoice(args: argparse.Namespace) -> int:
    return _print_form(args, cd.INVOICE_DETAIL, open_session(args).api.invoice(args.number))


def cmd_order(args: argparse.Namespace) -> int:
    return _print_form(args, cd.ORDER_DETAIL, open_session(args).api.order(args.number))


def cmd_refundable(args: argparse.Namespace) -> int:
    refundable = open_session(args).api.refundable()
    if args.json:
        _print_json(refundable)
        return 0
    print(f"{refundable.month} 本月可退余额 ¥{catalogue.money_plain(refundable.refundable_amount)}")
    print("\n".join(form_lines(cd.REFUNDABLE, refundable)))
    if refundable.refunded_this_month:
        print(cd.REFUNDED_THIS_MONTH.label)
    return 0


def _all_rows(fetch: Any) -> tuple[list[Any], Any]:
    rows: list[Any] = []
    first = None
    for page in iter_pages(fetch):
        first = first or page
        rows.extend(page.items)
    return rows, first


def cmd_payment_accounts(args: argparse.Namespace) -> int:
    rows, _first = _all_rows(open_session(args).api.payment_accounts)
    if args.csv:
        _write_csv(args.csv, cd.PAYMENT_ACCOUNTS, rows)
    if args.json:
        _print_json({"total": len(rows), "items": jsonable(rows)})
    elif not args.csv:
        print("\n".join(table_lines(cd.PAYMENT_ACCOUNTS, rows)) if rows else EMPTY)
    return 0


def cmd_invoiceable(args: argparse.Namespace) -> int:
    rows, first = _all_rows(open_session(args).api.invoiceable)
    if args.csv:
        _write_csv(args.csv, cd.INVOICEABLE, rows)
    if args.json:
        total = jsonable(first.amount_total)
        _print_json({"total": len(rows), "amount_total": total, "items": jsonable(rows)})
    elif not args.csv:
        print(f"{cd.INVOICEABLE_TOTAL.label} {catalogue.money_plain(first.amount_total)}")
        print("\n".join(table_lines(cd.INVOICEABLE, rows)) if rows else EMPTY)
    return 0


def cmd_last_month(args: argparse.Namespace) -> int:
    summary = open_session(args).api.last_month_summary()
    if args.csv:
        _write_csv(args.csv, cd.LAST_MONTH_PLATFORMS, summary.platforms)
    if args.json:
        _print_json(summary)
    elif not args.csv:
        print("\n".join(form_lines(cd.LAST_MONTH, summary)))
        if summary.platforms:
            print("\n".join(table_lines(cd.LAST_MONTH_PLATFORMS, summary.platforms)))
        else:
            print(EMPTY)
    return 0
