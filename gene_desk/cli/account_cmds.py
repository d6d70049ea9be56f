"""``gene-desk account ...``: the read-only account panels (guide 1.3, 1.5-1.8) for scripts.

One subcommand per panel. By default one page of 10 rows (the portal's 10条/页) is printed as an
aligned table (CJK-width aware) with the portal's columns; ``--columns`` adds the app's extra
columns (``--columns status`` or ``--columns 状态``, ``--columns all``), and filters default to
the portal's (拨付记录: completed allocations, 云券: 未使用; ``--status all``/``--state all``
for every one). ``--all`` prints every row. ``--json`` prints every row as JSON (money as strings,
enumerations as their codes, times ISO 8601 with offset), and ``--csv FILE`` writes every row to
FILE with the table's columns (UTF-8 with BOM so Excel opens the Chinese; written to a temporary
name and renamed, so FILE is never half-written). Enumerated filters take the code or the
portal's label (``--category storage`` or ``--category 存储``), platforms their code or name
(``中金云``).
"""

from __future__ import annotations

import argparse
import dataclasses
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.account.api import MAX_PAGE_SIZE, AccountApi
from gene_desk.account.paging import iter_pages
from gene_desk.cli.context import open_session
from gene_desk.cli.tables import render
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable

PORTAL = catalogue.PortalWording()
MISSING = catalogue.MISSING


# -- value formatting ---------------------------------------------------------------------------


def _time(value: datetime | None) -> str:
    """Portal style, in China Standard Time: 2020-11-04 15:31:03."""
    return catalogue.time_text(value, "")


_money = catalogue.money_text  # the window's rule: half-up to two decimals, no separators


def jsonable(value: Any) -> Any:
    """Records as JSON values: Decimal -> string, times ISO 8601, enums their code."""
    if isinstance(value, m.CodeEnum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, m.YearMonth):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class Column:
    """A CLI column of a catalogue field: the Chinese header, the CSV cell as its text."""

    field: catalogue.Field

    @property
    def header(self) -> str:
        return self.field.label

    @property
    def align(self) -> str:
        return ">" if self.field.numeric else "<"

    @property
    def max_width(self) -> int | None:
        return self.field.max_width

    def value(self, record: Any, number: int = 0) -> str:
        return catalogue.cell_text(self.field, record, PORTAL, missing="", number=number)


def columns_for(
    kind: str, query: Any = None, extra: Iterable[catalogue.Field] = ()
) -> list[Column]:
    """The columns a list prints: the portal's under ``query``, plus the ``--columns`` ones."""
    return [Column(f) for f in catalogue.shown_fields(catalogue.LISTS[kind], query, set(extra))]


# every list's default columns (no query, no --columns)
COLUMNS: dict[str, list[Column]] = {kind: columns_for(kind) for kind in catalogue.LISTS}


# -- argument types -----------------------------------------------------------------------------


ANY = ("all", "全部")  # an enumerated filter with a portal default: no filter at all


def _enum_type(cls: type[m.CodeEnum], *, allow_any: bool = False) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if allow_any and text.strip().casefold() in ANY:
            return None
        try:
            return cls.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = cls.__name__
    return parse


def _month_type(text: str) -> m.YearMonth:
    try:
        return m.YearMonth.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month YYYY-MM") from None


def _date_type(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _positive(limit: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value < 1 or (limit is not None and value > limit):
            bounds = f"1-{limit}" if limit else "1 or more"
            raise argparse.ArgumentTypeError(f"{value} is not {bounds}")
        return value

    parse.__name__ = "number"
    return parse


# -- registration -------------------------------------------------------------------------------


def _columns_type(kind: str) -> Callable[[str], tuple[catalogue.Field, ...]]:
    """``--columns``: optional columns by attribute or header, comma separated, or ``all``."""
    fields = catalogue.LISTS[kind]

    def parse(text: str) -> tuple[catalogue.Field, ...]:
        names = [n for n in text.replace("，", ",").split(",") if n.strip()]
        if [n.strip().casefold() for n in names] in (["all"], ["全部"]):
            return catalogue.optional_fields(fields)
        chosen = []
        for name in names:
            field = catalogue.find_optional(fields, name)
            if field is None:
                offered = ", ".join(
                    f"{catalogue.field_name(f)} ({f.label})"
                    for f in catalogue.optional_fields(fields)
                )
                raise argparse.ArgumentTypeError(f"no extra column {name!r}; offered: {offered}")
            chosen.append(field)
        return tuple(chosen)

    parse.__name__ = "columns"
    return parse


def _columns_option(p: argparse.ArgumentParser, kind: str) -> None:
    optional = catalogue.optional_fields(catalogue.LISTS.get(kind, ()))
    if optional:
        names = ", ".join(f"{catalogue.field_name(f)} ({f.label})" for f in optional)
        p.add_argument(
            "--columns",
            type=_columns_type(kind),
            default=(),
            metavar="NAMES",
            help=f"also print columns the portal does not show: {names}; or all",
        )
    else:
        p.set_defaults(columns=())


def _output_options(p: argparse.ArgumentParser, *, paged: bool = True) -> None:
    p.add_argument("--json", action="store_true", help="print every row as JSON")
    p.add_argument(
        "--csv", metavar="FILE", type=Path, help="write every row to FILE (UTF-8 with BOM)"
    )
    if paged:
        p.add_argument("--page", type=_positive(), default=1, help="table page (default 1)")
        p.add_argument(
            "--page-size",
            type=_positive(MAX_PAGE_SIZE),
            default=catalogue.PAGE_SIZE,
            help=f"table rows per page, 1-{MAX_PAGE_SIZE} (default {catalogue.PAGE_SIZE})",
        )
        p.add_argument("--all", action="store_true", help="print every row, not one page")


def _month_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=_month_type, metavar="YYYY-MM", help="first month")
    p.add_argument("--to", dest="end", type=_month_type, metavar="YYYY-MM", help="last month")


def _date_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=_date_type, metavar="YYYY-MM-DD", help="first day")
    p.add_argument("--to", dest="end", type=_date_type, metavar="YYYY-MM-DD", help="last day")


def _platform_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--platform", help="cloud platform: code (zhongjinyun) or name (中金云)")


# Each list: its panel name (help) and query dataclass; the options are made from the query's
# fields (see _query_options), so a filter added to a query appears in the CLI.
LIST_QUERIES: dict[str, tuple[str, type | None]] = {
    "consumption": ("消费明细", m.ConsumptionQuery),
    "orders": ("我的订单", m.OrderQuery),
    "recharges": ("充值记录", m.RechargeQuery),
    "allocations": ("拨付记录", m.AllocationQuery),
    "coupons": ("云券", m.CouponQuery),
    "invoices": ("发票记录", m.InvoiceQuery),
    "refunds": ("退费记录", m.RefundQuery),
    "tickets": ("运营工单", m.TicketQuery),
    "messages": ("消息中心", m.MessageQuery),
    "users": ("用户列表 (main account only)", None),
    "roles": ("角色说明 (main account only)", None),
    "shares": ("分享记录: who shared which file until when (a sub-account: its own)", None),
}
# query field -> option, where the option is not the field's name
_OPTION_NAMES = {"tab": "status", "invoice_type": "type", "ticket_type": "type"}


def _query_options(p: argparse.ArgumentParser, query_cls: type, kind: str = "") -> None:
    """The filter options of a list, from its query dataclass's fields; a filter the portal
    sets by default (catalogue.DEFAULT_FILTERS) starts there, and ``all`` lifts it."""
    hints = typing.get_type_hints(query_cls)
    portal = catalogue.DEFAULT_FILTERS.get(kind, {})
    for f in dataclasses.fields(query_cls):
        kind = hints[f.name]
        enum_cls = next(
            (
                t
                for t in (kind, *typing.get_args(kind))
                if isinstance(t, type) and issubclass(t, m.CodeEnum)
            ),
            None,
        )
        if f.name in ("from_month", "start_date"):
            (_month_range if f.name == "from_month" else _date_range)(p)
        elif f.name == "platform":
            _platform_option(p)
        elif f.name == "read":
            read = p.add_mutually_exclusive_group()
            read.add_argument("--unread", dest="read", action="store_false", help="unread only")
            read.add_argument("--read", dest="read", action="store_true", help="read only")
            p.set_defaults(read=None)
        elif enum_cls is not None:
            codes = "|".join(member.value for member in enum_cls)
            default = None if f.default is dataclasses.MISSING else f.default
            default = portal.get(f.name, default)
            lift = f.name in portal
            p.add_argument(
                "--" + _OPTION_NAMES.get(f.name, f.name).replace("_", "-"),
                dest=f.name,
                type=_enum_type(enum_cls, allow_any=lift),
                default=default,
                help=f"{codes}{'|all' if lift else ''} (or the label)"
                + (f"; default {default}" if default else ""),
            )


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("account", help="the Duoyungu account panels: balances, bills, tickets")
    cmds = top.add_subparsers(dest="account_command", metavar="PANEL", required=True)

    p = cmds.add_parser("overview", help="运营控制台: balances, this month, tickets, messages")
    _output_options(p, paged=False)
    p.set_defaults(func=cmd_overview)

    p = cmds.add_parser("bills", help="月度消费账单, or one month's platform table (--month)")
    _month_range(p)
    p.add_argument(
        "--month", type=_month_type, metavar="YYYY-MM", help="账单概览 of this month by platform"
    )
    _columns_option(p, "bills")
    _output_options(p)
    p.set_defaults(func=cmd_bills)

    for kind, (panel, query_cls) in LIST_QUERIES.items():
        p = cmds.add_parser(kind, help=panel)
        if query_cls is not None:
            _query_options(p, query_cls, kind)
        _columns_option(p, kind)
        _output_options(p)
        p.set_defaults(func=partial(cmd_list, kind))

    from gene_desk.cli import account_detail_cmds  # it uses this module's helpers

    account_detail_cmds.register(cmds)


# -- fetchers -----------------------------------------------------------------------------------


def _platform_code(api: AccountApi, text: str | None) -> str | None:
    """A platform code from ``--platform`` (code or Chinese name)."""
    if text is None:
        return None
    for platform in api.platforms():
        if text in (platform.code, platform.name):
            return platform.code
    if text.isascii():
        return text  # an unknown code simply matches nothing
    raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"no cloud platform is called {text!r}")


def _fetcher(kind: str, api: AccountApi, query: Any) -> Callable[..., m.Page[Any]]:
    """The list method bound to ``query``."""
    method = getattr(api, kind)
    return method if query is None else partial(method, query)


def _query(kind: str, api: AccountApi, args: argparse.Namespace) -> Any:
    """The query the options describe (None: the list has no filters)."""
    query_cls = m.BillQuery if kind == "bills" else LIST_QUERIES[kind][1]
    if query_cls is None:
        return None
    values = {}
    for f in dataclasses.fields(query_cls):
        if f.name in ("from_month", "start_date"):
            values[f.name] = args.start
        elif f.name in ("to_month", "end_date"):
            values[f.name] = args.end
        elif f.name == "platform":
            values[f.name] = _platform_code(api, args.platform)
        else:
            values[f.name] = getattr(args, f.name)
    return query_cls(**values)


def _extras(page: m.Page[Any]) -> dict[str, Any]:
    """List-level figures beside the rows (for --json and the table footer)."""
    if isinstance(page, m.ConsumptionPage):
        return {"amount_total": jsonable(page.amount_total)}
    if isinstance(page, m.TicketPage):
        return {"counts": jsonable(page.counts)}
    return {}


# -- output -------------------------------------------------------------------------------------


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """The catalogue's CSV writer (the window's too)."""
    return catalogue.write_csv(path, headers, rows)


def _print_json(value: Any) -> None:
    print(json_text(value, indent=2))


def _table(
    columns: Sequence[Column], rows: Sequence[Any], *, first: int = 1, empty_cell: str = MISSING
) -> list[str]:
    """Rows as an aligned table; ``first`` is the 序号 of the first row."""
    cells = [
        [printable(c.value(r, n)) or empty_cell for c in columns]
        for n, r in enumerate(rows, start=first)
    ]
    return render(
        [c.header for c in columns],
        cells,
        aligns=[c.align for c in columns],
        max_widths=[c.max_width for c in columns],
    )


def _csv_rows(
    kind: str, rows: Iterable[Any], columns: Sequence[Column] | None = None
) -> Iterable[list[str]]:
    fields = [c.field for c in (COLUMNS[kind] if columns is None else columns)]
    return (catalogue.csv_cells(fields, r, PORTAL, n) for n, r in enumerate(rows, start=1))


# -- commands -----------------------------------------------------------------------------------


def cmd_list(kind: str, args: argparse.Namespace) -> int:
    api = open_session(args).api
    query = _query(kind, api, args)
    fetch = _fetcher(kind, api, query)
    columns = columns_for(kind, query, args.columns)
    if args.json or args.csv:
        first: m.Page[Any] | None = None
        rows: list[Any] = []
        for page in iter_pages(fetch):
            first = first or page
            rows.extend(page.items)
        assert first is not None
        if args.csv:
            headers = [c.header for c in columns]
            count = write_csv(args.csv, headers, _csv_rows(kind, rows, columns))
            if not args.json:
                print(f"wrote {count} rows to {args.csv}")
        if args.json:
            body = {"total": len(rows), **_extras(first), "items": jsonable(rows)}
            _print_json(body)
        return 0
    start = 0
    if args.all:
        pages = list(iter_pages(fetch))
        rows = [item for page in pages for item in page.items]
        page = pages[0]
        position = f"{len(rows)} rows"
    else:
        page = fetch(page=args.page, page_size=args.page_size)
        rows = list(page.items)
        start = (page.page - 1) * page.page_size
        position = (
            f"rows {start + 1}-{start + len(rows)} of {page.total}, page {page.page}/"
            f"{page.page_count}"
            if rows
            else f"no rows on page {page.page} ({page.total} in all)"
        )
    if rows:
        print("\n".join(_table(columns, rows, first=start + 1)))
    else:
        print("暂无数据 (no records)")
    footer = [position] if rows or not args.all else []
    if isinstance(page, m.ConsumptionPage):
        footer.append(f"合计 {_money(page.amount_total)} 元")
    if isinstance(page, m.TicketPage):
        c = page.counts
        footer.append(f"全部 {c.all}  待办 {c.todo}  进行中 {c.in_progress}  已完成 {c.done}")
    if kind == "messages":
        unread = api.unread_messages()
        footer.append(f"未读 {unread.total} (账单消息 {unread.bill}, 工单消息 {unread.ticket})")
    if footer:
        print("; ".join(footer))
    return 0


def _overview_rows(o: m.AccountOverview) -> list[tuple[str, str]]:
    t = o.tickets
    return [
        ("账户名", o.account),
        ("联系人姓名", o.display_name),
        ("企业名称", o.company),
        ("当前角色", o.role),
        ("账号类型", PORTAL.word(catalogue.MAIN_ACCOUNT[0 if o.is_main_account else 1])),
        ("最后登录", _time(o.last_login_at) or MISSING),
        ("IP地址", o.last_login_ip or MISSING),
        ("账户余额 (元)", _money(o.account_balance)),
        ("中金云余额 (元)", _money(o.zhongjinyun_balance)),
        ("冻结金额 (元)", _money(o.frozen_amount)),
        ("云券 (张)", str(o.coupon_count)),
        ("月份", str(o.month)),
        ("本月预估费用 (元)", _money(o.month_estimated_cost)),
        ("本月消费金额 (元)", _money(o.month_consumption)),
        (f"上月消费金额 {o.month.shift(-1)} (元)", _money(o.last_month_cost)),  # seed 1.3.1
        ("本月充值 (元)", _money(o.month_recharge)),
        ("本月拨付金额 (元)", _money(o.month_allocation)),
        ("工单", f"全部 {t.all}  待办 {t.todo}  进行中 {t.in_progress}  已完成 {t.done}"),
        ("未读消息", str(o.unread_messages)),
    ]


def cmd_overview(args: argparse.Namespace) -> int:
    overview = open_session(args).api.overview()
    rows = _overview_rows(overview)
    if args.csv:
        count = write_csv(args.csv, ["项目", "值"], rows)
        if not args.json:
            print(f"wrote {count} rows to {args.csv}")
    if args.json:
        _print_json(jsonable(overview))
    elif not args.csv:
        print("\n".join(render(["项目", "值"], rows)[2:]))
    return 0


_BILL_HEADERS = [
    catalogue.BILL_PLATFORM.label,
    *(word.label for _c, word in catalogue.BILL_CATEGORIES),
    catalogue.BILL_TOTAL.label,
]


def _bill_rows(bill: m.BillDetail) -> list[list[str]]:
    rows = [
        [p.platform_name, *(_money(p.amounts[c]) for c in m.Category), _money(p.total)]
        for p in bill.platforms
    ]
    rows.append(["合计", *(_money(bill.categories[c]) for c in m.Category), _money(bill.total)])
    return rows


def cmd_bills(args: argparse.Namespace) -> int:
    if args.month is None:
        return cmd_list("bills", args)
    if args.start or args.end:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, "--month cannot be combined with --from/--to"
        )
    bill = open_session(args).api.bill(args.month)
    rows = _bill_rows(bill)
    if args.csv:
        count = write_csv(args.csv, _BILL_HEADERS, rows)
        if not args.json:
            print(f"wrote {count} rows to {args.csv}")
    if args.json:
        _print_json(jsonable(bill))
    elif not args.csv:
        print(f"{bill.month} 消费总计 ¥{_money(bill.total)}")
        if bill.platforms:
            print("\n".join(render(_BILL_HEADERS, rows, aligns=["<"] + [">"] * 6)))
        else:
            print("暂无数据 (no consumption this month)")
    return 0
