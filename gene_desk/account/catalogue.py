"""The one catalogue of the account lists' columns, and how their values become text and cells.

Both faces read it: the window's table models and exports (``ui/account/columns.py``) and
``gene-desk account`` (``cli/account_cmds.py``). Each :class:`Field` names the record attribute,
its :class:`Kind` (money, time, percent, ...), the untranslated English header key (context
``AccountColumns``: the window translates it) and the Chinese header (the zh_CN translation of the
key, printed by the CLI, which has no Qt; a test keeps the two equal). Because the CSV cells of
both faces come from :func:`csv_cells`, the two faces write the same bytes for the same rows
(``tests/ui/test_account_csv_faces.py``).

The lists carry the portal's columns in the portal's order (seed 1.3, 1.5-1.8; the table the tests
hold is ``tests/account/portal_columns.py``). A column the portal does not show is ``optional``:
hidden until the user asks for it (the window's header menu, ``--columns`` in the CLI), so both
faces show the same headers by default. :func:`shown_fields` is the one rule for which columns a
list shows.

Money stays :class:`~decimal.Decimal` and is shown and exported as the portal shows it: two
decimals, no thousands separators, rounded half-up (四舍五入) by :func:`money_value`, the one
rounding rule of both faces (the service may send up to four decimals, ``348.2242``). Times
are China Standard Time. Enumerations and yes/no values are worded by the face
(:class:`Wording`): the CLI uses the portal's Chinese labels, the window translates the
English key, which in Chinese *is* the portal's label.
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Protocol

from gene_desk.account import models as m
from gene_desk.core.chinatime import CHINA_TZ
from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP
from gene_desk.core.localfs import atomic_open
from gene_desk.core.text import spreadsheet_cell

CENT = Decimal("0.01")
PAGE_SIZE = 10  # the portal's 10条/页: the window's and the CLI's default page
PAGE_SIZES = (10, 20, 50, 100)  # what the window's pager offers
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
    ROW = "row"  # 序号: the row's number in the whole list (from 1), not a record attribute


NUMERIC = (Kind.MONEY, Kind.INT, Kind.RATE, Kind.ROW)


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
    optional: bool = False  # not on the portal: hidden unless asked for (header menu, --columns)
    absent_in: tuple[Any, ...] = ()  # query tabs where the portal leaves the column out

    def value(self, record: Any) -> Any:
        return getattr(record, self.attr)

    def absent_for(self, query: Any) -> bool:
        """Whether the portal leaves this column out under ``query`` (待办 has no 完成时间)."""
        return bool(self.absent_in) and getattr(query, "tab", None) in self.absent_in

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


def money_value(value: Decimal) -> Decimal:
    """The one rounding rule of both faces: to the fen, half-up (四舍五入, as Chinese finance
    portals show money: ``0.125`` -> ``0.13``, ``-0.125`` -> ``-0.13``; Python's default would be
    half-even, ``0.12``). Exact: Decimal arithmetic, never float."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def money_text(value: Decimal | None) -> str:
    """Money as the portal shows it, on screen and in files: ``348.2242`` -> ``348.22``,
    ``9488583.67`` (two decimals, no thousands separators)."""
    if value is None:
        return ""
    rounded = money_value(value)
    return f"{rounded if rounded else abs(rounded):f}"  # -0.001 is 0.00, not -0.00


money_plain = money_text  # the same rule (an older name, kept for callers)


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
    """A value as text: money as :func:`money_text`, "not yet" as ``missing``, enumerations
    worded. (A ``ROW`` value is the row's number, given by the caller.)"""
    if kind is Kind.TIME:
        return time_text(value, missing)
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return money_text(value)
    if kind is Kind.RATE:
        return rate_text(value)
    if kind is Kind.ENUM:
        return wording.enum(value)
    if kind is Kind.FLAG and words is not None:
        return wording.word(words[0] if value else words[1])
    return str(value)


def cell_text(
    field: Field, record: Any, wording: Wording, *, missing: str = MISSING, number: int = 0
) -> str:
    """The text of ``field`` of ``record``, the list's row ``number`` (see :func:`value_text`)."""
    if field.kind is Kind.ROW:
        return str(number)
    return value_text(field.kind, field.value(record), wording, missing=missing, words=field.words)


def csv_cells(fields: Sequence[Field], record: Any, wording: Wording, number: int = 0) -> list[str]:
    """One CSV row (row ``number`` of the list): like the table, "not yet" empty."""
    return [cell_text(f, record, wording, missing="", number=number) for f in fields]


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
    rows = (csv_cells(fields, r, wording, n) for n, r in enumerate(records, start=1))
    return write_csv(path, headers, rows)


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
    QT_TRANSLATE_NOOP("AccountColumns", "Quantity"): "数量",
    QT_TRANSLATE_NOOP("AccountColumns", "Status"): "状态",
    QT_TRANSLATE_NOOP("AccountColumns", "Product information"): "产品信息",
    QT_TRANSLATE_NOOP("AccountColumns", "Paid"): "实付",
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
    QT_TRANSLATE_NOOP("AccountColumns", "Coupon value (CNY)"): "额度(元)",
    QT_TRANSLATE_NOOP("AccountColumns", "Usage"): "使用情况",
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
    QT_TRANSLATE_NOOP("AccountColumns", "No."): "序号",
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
ROW = _f("", Kind.ROW, "No.")  # the portal's 序号 (运营工单, 角色说明)

# Optional columns (optional=True) are the app's additions, hidden unless asked for; they stand
# where they read best when shown.
ORDERS = (  # the portal shows 订单编号 and 下单时间 above each order, not as columns
    _f("order_no", _T, "Order no.", optional=True),
    _f("ordered_at", _TI, "Ordered at", optional=True),
    _f("product_info", _T, "Product information", stretch=True, max_width=48),
    _f("quantity", Kind.INT, "Quantity"),
    _f("status", _E, "Status"),
    _f("paid_amount", _MO, "Paid"),
    _f("ordered_by_name", _T, "Ordered by", optional=True),
)
RECHARGES = (
    _f("recharge_no", _T, "Recharge no."),
    _f("amount", _MO, "Recharge amount (CNY)"),
    _f("created_at", _TI, "Recharged at"),
    _f("completed_at", _TI, "Completed at"),
    _f("invoice_status", _E, "Invoice status"),
    _f("operator", _T, "Operator", optional=True),
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
    _f("operator", _T, "Operator"),
    _f("status", _E, "Status", optional=True),
)
COUPONS = (  # the seed shows no coupon row; 额度 and 使用情况 are its words (1.5.9)
    _f("coupon_no", _T, "Coupon no."),
    _f("amount", _MO, "Coupon value (CNY)"),
    _f("state", _E, "Usage"),
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
    _f("completed_at", _TI, "Completed at"),
    _f("status", _E, "Status", optional=True),
)
REFUNDS = (
    _f("refund_no", _T, "Refund no."),
    _f("amount", _MO, "Refund amount (CNY)"),
    _f("applied_at", _TI, "Refund requested at"),  # the portal's 退费时间 (asked for at)
    _f("completed_at", _TI, "Completed at", stretch=True),
    _f("status", _E, "Status", optional=True),
)
TICKETS = (
    ROW,
    _f("ticket_no", _T, "Ticket no.", optional=True),
    _f("ticket_type", _E, "Ticket type"),
    _f("description", _T, "Description", stretch=True, max_width=40),
    _f("applied_at", _TI, "Applied at"),
    _f("applicant_name", _T, "Applicant"),
    # 待办工单 has no 完成时间 (seed 1.3.1)
    _f("completed_at", _TI, "Completed at", absent_in=(m.TicketTab.TODO,)),
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
    ROW,
    _f("name", _T, "Role name"),
    _f("description", _T, "Role description", stretch=True),
)

# 分享记录 (issue 16): who shared which object until when (the URL itself is not kept)
SHARES = (
    _f("account_name", _T, QT_TRANSLATE_NOOP("AccountColumns", "Shared by"), "分享人"),
    _f("account", _T, "Account", optional=True),
    _f("bucket", _T, QT_TRANSLATE_NOOP("AccountColumns", "Bucket"), "存储桶"),
    _f(
        "key",
        _T,
        QT_TRANSLATE_NOOP("AccountColumns", "Object"),
        "对象",
        stretch=True,
        max_width=48,
    ),
    _f("created_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Shared at"), "分享时间"),
    _f("expires_at", _TI, "Expires at"),
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
    "shares": SHARES,
}


# The portal's default filters by list, for both faces: 拨付记录 lists successful allocations
# (seed 1.5.8), 云券管理 opens on 未使用 (1.5.9). Other states stay a filter away.
DEFAULT_FILTERS: dict[str, dict[str, Any]] = {
    "allocations": {"status": m.AllocationStatus.COMPLETED},
    "coupons": {"state": m.CouponState.UNUSED},
}


def field_name(field: Field) -> str:
    """How ``--columns`` names a field: its attribute (``status``, ``ticket_no``)."""
    return field.attr or "row"


def optional_fields(fields: Sequence[Field]) -> tuple[Field, ...]:
    return tuple(f for f in fields if f.optional)


def find_optional(fields: Sequence[Field], name: str) -> Field | None:
    """The optional field called ``name``: its attribute, Chinese header or English key."""
    wanted = name.strip().casefold()
    for f in optional_fields(fields):
        if wanted in (field_name(f).casefold(), f.label.casefold(), f.key.casefold()):
            return f
    return None


def shown_fields(
    fields: Sequence[Field], query: Any = None, extra: Collection[Field] = ()
) -> tuple[Field, ...]:
    """The columns a list shows, in order: the portal's (minus those it leaves out under
    ``query``'s tab), plus the optional columns in ``extra``. Both faces call this."""
    return tuple(f for f in fields if (not f.optional or f in extra) and not f.absent_for(query))


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
