"""The one catalogue of the account lists' columns, and how their values become text and cells.

Both faces read it: the window's table models and exports (``ui/account/columns.py``) and
``gene-desk account`` (``cli/account_cmds.py``). Each :class:`Field` names the record attribute,
its :class:`Kind` (money, time, percent, ...), the untranslated English header key (context
``AccountColumns``: the window translates it) and the Chinese header (the zh_CN translation of the
key, printed by the CLI, which has no Qt; a test keeps the two equal). Because the CSV cells of
both faces come from :func:`csv_cells`, the two faces write the same bytes for the same rows
(``tests/account/test_catalogue_csv.py``).

Money stays :class:`~decimal.Decimal`: CSV holds it plain with two decimals (``12.30``, as the
portal shows fen), never through float. Times are China Standard Time. Enumerations and yes/no
values are worded by the face (:class:`Wording`): the CLI uses the portal's Chinese labels, the
window translates the English key, which in Chinese *is* the portal's label.
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from gene_desk.account import models as m
from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP
from gene_desk.core.localfs import atomic_open
from gene_desk.core.text import spreadsheet_cell

CENT = Decimal("0.01")
MISSING = "--"  # what the portal shows for "not yet" (完成时间 of an open ticket)
CONTEXT = "AccountColumns"  # translation context of the header keys
WORD_CONTEXT = "AccountValues"  # translation context of the yes/no words


class Kind(enum.Enum):
    TEXT = "text"
    ENUM = "enum"  # a CodeEnum, worded by the face
    MONEY = "money"  # Decimal, two decimals
    MONTH = "month"  # YearMonth
    TIME = "time"  # aware datetime or None (not yet)
    INT = "int"
    RATE = "rate"  # Decimal 0.70 shown as 70%
    FLAG = "flag"  # bool, worded by Field.words


NUMERIC = (Kind.MONEY, Kind.INT, Kind.RATE)


@dataclass(frozen=True)
class Field:
    """One column of a list: which attribute, what kind of value, and its header."""

    attr: str
    kind: Kind
    key: str  # English header, translated by the window (context AccountColumns)
    label: str  # Chinese header, the zh_CN translation of key (the CLI prints it)
    stretch: bool = False  # a long text that takes the rest of the window's width
    max_width: int | None = None  # the CLI table cuts longer cells
    words: tuple[Word, Word] | None = None  # FLAG: (true, false)

    def value(self, record: Any) -> Any:
        return getattr(record, self.attr)

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC


@dataclass(frozen=True)
class Word:
    """A fixed word of a yes/no column: English key (context ``AccountValues``) and Chinese."""

    key: str
    label: str


class Wording(Protocol):
    """How a face words enumerations and fixed words."""

    def enum(self, value: m.CodeEnum) -> str: ...

    def word(self, word: Word) -> str: ...


class PortalWording:
    """The portal's Chinese labels, without Qt (the CLI)."""

    def enum(self, value: m.CodeEnum) -> str:
        return value.label

    def word(self, word: Word) -> str:
        return word.label


# -- value formats (face-neutral) ---------------------------------------------------------------


def money_text(value: Decimal | None) -> str:
    """``1234567.8`` -> ``1,234,567.80`` (exact: Decimal formatting, no float)."""
    return "" if value is None else f"{value.quantize(CENT):,.2f}"


def money_plain(value: Decimal | None) -> str:
    """For CSV and the CLI: two decimals, no separators (``1234567.80``)."""
    return "" if value is None else f"{value.quantize(CENT):.2f}"


def china_time(value: datetime) -> datetime:
    """The same instant in China Standard Time, without tzinfo (for display and Excel)."""
    return value.astimezone(CHINA_TZ).replace(tzinfo=None)


def time_text(value: datetime | None, missing: str = MISSING) -> str:
    """Portal style, China Standard Time: ``2020-11-04 15:31:03``."""
    if value is None:
        return missing
    return china_time(value).strftime("%Y-%m-%d %H:%M:%S")


def rate_text(value: Decimal | None) -> str:
    """A discount rate ``0.70`` as the portal shows it: ``70%``."""
    return "" if value is None else f"{(value * 100).normalize():f}%"


def value_text(
    kind: Kind,
    value: Any,
    wording: Wording,
    *,
    missing: str = MISSING,
    words: tuple[Word, Word] | None = None,
) -> str:
    """A value as text: money plain, "not yet" as ``missing``, enumerations worded."""
    if kind is Kind.TIME:
        return time_text(value, missing)
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return money_plain(value)
    if kind is Kind.RATE:
        return rate_text(value)
    if kind is Kind.ENUM:
        return wording.enum(value)
    if kind is Kind.FLAG and words is not None:
        return wording.word(words[0] if value else words[1])
    return str(value)


def cell_text(field: Field, record: Any, wording: Wording, *, missing: str = MISSING) -> str:
    """The text of ``field`` of ``record`` (see :func:`value_text`)."""
    return value_text(field.kind, field.value(record), wording, missing=missing, words=field.words)


def csv_cells(fields: Sequence[Field], record: Any, wording: Wording) -> list[str]:
    """One CSV row: like the table, money plain with two decimals, "not yet" empty."""
    return [cell_text(f, record, wording, missing="") for f in fields]


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write atomically (UTF-8 with BOM, so Excel opens Chinese); returns the row count. Cells
    hold server text: formulas are neutralised and control characters escaped."""
    count = 0
    with atomic_open(Path(path).expanduser(), "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([spreadsheet_cell(h) for h in headers])
        for row in rows:
            writer.writerow([spreadsheet_cell(v) for v in row])
            count += 1
    return count


def write_records_csv(
    path: Path,
    fields: Sequence[Field],
    headers: Sequence[str],
    records: Iterable[Any],
    wording: Wording,
) -> int:
    """Every record as a CSV row of ``fields``: what both faces' CSV exports call."""
    return write_csv(path, headers, (csv_cells(fields, r, wording) for r in records))


# -- the lists ----------------------------------------------------------------------------------

READ = (
    Word(QT_TRANSLATE_NOOP("AccountValues", "Read"), "已读"),
    Word(QT_TRANSLATE_NOOP("AccountValues", "Unread"), "未读"),
)
MAIN_ACCOUNT = (
    Word(QT_TRANSLATE_NOOP("AccountValues", "Main account"), "主账号"),
    Word(QT_TRANSLATE_NOOP("AccountValues", "Sub-account"), "子账号"),
)


# Each header once: English key (marked for lupdate) -> Chinese header (its zh_CN translation).
_HEADERS: dict[str, str] = {
    QT_TRANSLATE_NOOP("AccountColumns", "Month"): "消费时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Cloud platform"): "云平台",
    QT_TRANSLATE_NOOP("AccountColumns", "Product category"): "产品类别",
    QT_TRANSLATE_NOOP("AccountColumns", "Product"): "产品名称",
    QT_TRANSLATE_NOOP("AccountColumns", "Amount (CNY)"): "金额(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Order no."): "订单编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Ordered at"): "下单时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Specification"): "产品配置",
    QT_TRANSLATE_NOOP("AccountColumns", "Quantity"): "数量",
    QT_TRANSLATE_NOOP("AccountColumns", "Status"): "状态",
    QT_TRANSLATE_NOOP("AccountColumns", "Paid (CNY)"): "实付(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Ordered by"): "下单人",
    QT_TRANSLATE_NOOP("AccountColumns", "Recharge no."): "充值编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Recharge amount (CNY)"): "充值金额(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Recharged at"): "充值时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Completed at"): "完成时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Invoice status"): "开票状态",
    QT_TRANSLATE_NOOP("AccountColumns", "Operator"): "操作用户",
    QT_TRANSLATE_NOOP("AccountColumns", "Allocation no."): "拨付编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Allocated at"): "拨付时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Allocated to"): "拨付到",
    QT_TRANSLATE_NOOP("AccountColumns", "Method"): "拨付方式",
    QT_TRANSLATE_NOOP("AccountColumns", "Allocated (CNY)"): "拨付金额(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Received (CNY)"): "实际到账金额(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Discount"): "折扣",
    QT_TRANSLATE_NOOP("AccountColumns", "Coupon no."): "云券编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Issued at"): "发放时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Expires at"): "失效时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Used at"): "使用时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Platform"): "适用平台",
    QT_TRANSLATE_NOOP("AccountColumns", "Invoice no."): "发票编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Applied at"): "申请时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Invoice title"): "发票抬头",
    QT_TRANSLATE_NOOP("AccountColumns", "Invoice type"): "发票类型",
    QT_TRANSLATE_NOOP("AccountColumns", "Refund no."): "退费编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Refund amount (CNY)"): "退费金额(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Refund requested at"): "退费时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Ticket no."): "工单编号",
    QT_TRANSLATE_NOOP("AccountColumns", "Ticket type"): "工单类型",
    QT_TRANSLATE_NOOP("AccountColumns", "Description"): "工单描述",
    QT_TRANSLATE_NOOP("AccountColumns", "Applicant"): "申请人",
    QT_TRANSLATE_NOOP("AccountColumns", "Title"): "标题",
    QT_TRANSLATE_NOOP("AccountColumns", "Category"): "消息类别",
    QT_TRANSLATE_NOOP("AccountColumns", "Received at"): "时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Read"): "阅读状态",
    QT_TRANSLATE_NOOP("AccountColumns", "Content"): "内容",
    QT_TRANSLATE_NOOP("AccountColumns", "Account"): "账号",
    QT_TRANSLATE_NOOP("AccountColumns", "Name"): "姓名",
    QT_TRANSLATE_NOOP("AccountColumns", "Role"): "角色",
    QT_TRANSLATE_NOOP("AccountColumns", "Account type"): "账号类型",
    QT_TRANSLATE_NOOP("AccountColumns", "Phone"): "手机号码",
    QT_TRANSLATE_NOOP("AccountColumns", "Created at"): "创建时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Last login"): "最后登录时间",
    QT_TRANSLATE_NOOP("AccountColumns", "Role name"): "角色名称",
    QT_TRANSLATE_NOOP("AccountColumns", "Role description"): "角色描述",
}


def _f(attr: str, kind: Kind, key: str, label: str = "", **kw: Any) -> Field:
    """A field whose Chinese header is the key's entry in _HEADERS (unless given)."""
    return Field(attr, kind, key, label or _HEADERS[key], **kw)


_T, _E, _MO, _TI = Kind.TEXT, Kind.ENUM, Kind.MONEY, Kind.TIME

# the CLI's month list (the window shows bills in its overview): keys not marked for translation
BILLS = (
    _f("month", Kind.MONTH, "Bill month", "账单月份"),
    _f("total", _MO, "Spend (CNY)", "消费金额(元)"),
)
CONSUMPTION = (
    _f("month", Kind.MONTH, "Month"),
    _f("platform_name", _T, "Cloud platform"),
    _f("category", _E, "Product category"),
    _f("product", _T, "Product", stretch=True),
    _f("amount", _MO, "Amount (CNY)"),
)
ORDERS = (
    _f("order_no", _T, "Order no."),
    _f("ordered_at", _TI, "Ordered at"),
    _f("product", _T, "Product"),
    _f("spec", _T, "Specification", stretch=True, max_width=36),
    _f("quantity", Kind.INT, "Quantity"),
    _f("status", _E, "Status"),
    _f("paid_amount", _MO, "Paid (CNY)"),
    _f("ordered_by_name", _T, "Ordered by"),
)
RECHARGES = (
    _f("recharge_no", _T, "Recharge no."),
    _f("amount", _MO, "Recharge amount (CNY)"),
    _f("created_at", _TI, "Recharged at"),
    _f("completed_at", _TI, "Completed at"),
    _f("invoice_status", _E, "Invoice status"),
    _f("operator", _T, "Operator", stretch=True),
)
ALLOCATIONS = (
    _f("allocation_no", _T, "Allocation no."),
    _f("created_at", _TI, "Allocated at"),
    _f("completed_at", _TI, "Completed at"),
    _f("platform_name", _T, "Allocated to"),
    _f("method", _E, "Method"),
    _f("amount", _MO, "Allocated (CNY)"),
    _f("actual_amount", _MO, "Received (CNY)"),
    _f("discount", Kind.RATE, "Discount"),
    _f("status", _E, "Status"),
    _f("operator", _T, "Operator", stretch=True),
)
COUPONS = (
    _f("coupon_no", _T, "Coupon no."),
    _f("amount", _MO, "Amount (CNY)"),
    _f("state", _E, "Status"),
    _f("issued_at", _TI, "Issued at"),
    _f("expires_at", _TI, "Expires at"),
    _f("used_at", _TI, "Used at"),
    _f("platform_name", _T, "Platform", stretch=True),
)
INVOICES = (
    _f("invoice_no", _T, "Invoice no."),
    _f("applied_at", _TI, "Applied at"),
    _f("amount", _MO, "Amount (CNY)"),
    _f("title", _T, "Invoice title", stretch=True),
    _f("invoice_type", _E, "Invoice type"),
    _f("status", _E, "Status"),
    _f("completed_at", _TI, "Completed at"),
)
REFUNDS = (
    _f("refund_no", _T, "Refund no."),
    _f("amount", _MO, "Refund amount (CNY)"),
    _f("applied_at", _TI, "Refund requested at"),  # the portal's 退费时间 (asked for at)
    _f("completed_at", _TI, "Completed at"),
    _f("status", _E, "Status", stretch=True),
)
TICKETS = (
    _f("ticket_no", _T, "Ticket no."),
    _f("ticket_type", _E, "Ticket type"),
    _f("description", _T, "Description", stretch=True, max_width=40),
    _f("applied_at", _TI, "Applied at"),
    _f("applicant_name", _T, "Applicant"),
    _f("completed_at", _TI, "Completed at"),
    _f("status", _E, "Status"),
)
MESSAGES = (
    _f("title", _T, "Title"),
    _f("category", _E, "Category"),
    _f("created_at", _TI, "Received at"),
    _f("read", Kind.FLAG, "Read", words=READ),
    _f("content", _T, "Content", stretch=True, max_width=48),
)
USERS = (
    _f("account", _T, "Account"),
    _f("display_name", _T, "Name"),
    _f("role", _T, "Role"),
    _f("is_main_account", Kind.FLAG, "Account type", words=MAIN_ACCOUNT),
    _f("phone", _T, "Phone"),
    _f("created_at", _TI, "Created at"),
    _f("last_login_at", _TI, "Last login", stretch=True),
)
ROLES = (
    _f("name", _T, "Role name"),
    _f("description", _T, "Role description", stretch=True),
)

# every list by the CLI's subcommand name (the window's pages use the same tuples)
LISTS: dict[str, tuple[Field, ...]] = {
    "bills": BILLS,
    "consumption": CONSUMPTION,
    "orders": ORDERS,
    "recharges": RECHARGES,
    "allocations": ALLOCATIONS,
    "coupons": COUPONS,
    "invoices": INVOICES,
    "refunds": REFUNDS,
    "tickets": TICKETS,
    "messages": MESSAGES,
    "users": USERS,
    "roles": ROLES,
}

# The per-platform bill table (账单概览): 云平台, 计算 ... 其他, 消费金额合计.
BILL_PLATFORM = Word(QT_TRANSLATE_NOOP("AccountColumns", "Cloud platform"), "云平台")
BILL_CATEGORIES = (
    (m.Category.COMPUTE, Word(QT_TRANSLATE_NOOP("AccountColumns", "Compute (CNY)"), "计算(元)")),
    (m.Category.STORAGE, Word(QT_TRANSLATE_NOOP("AccountColumns", "Storage (CNY)"), "存储(元)")),
    (m.Category.NETWORK, Word(QT_TRANSLATE_NOOP("AccountColumns", "Network (CNY)"), "网络(元)")),
    (m.Category.SECURITY, Word(QT_TRANSLATE_NOOP("AccountColumns", "Security (CNY)"), "安全(元)")),
    (m.Category.OTHER, Word(QT_TRANSLATE_NOOP("AccountColumns", "Other (CNY)"), "其他(元)")),
)
BILL_TOTAL = Word(QT_TRANSLATE_NOOP("AccountColumns", "Total (CNY)"), "消费金额合计(元)")
