"""Typed records returned by the account client (no HTTP knowledge here).

The account-panel records (overview, bills, consumption, orders, ...) are frozen dataclasses:
money is :class:`~decimal.Decimal` (parsed from the contract's strings, never through float),
times are timezone-aware :class:`~datetime.datetime`, enumerations are :class:`CodeEnum`
members carrying the portal's Chinese label. Lists come as :class:`Page` objects; the query
dataclasses (:class:`ConsumptionQuery`, ...) hold the filters of one list, so a Qt model can keep
one query and ask for page after page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from gene_desk.account.enums import (  # noqa: F401 - re-exported: records and queries use them
    AllocationMethod,
    AllocationStatus,
    Category,
    CodeEnum,
    CouponState,
    InvoiceStatus,
    InvoiceType,
    MessageCategory,
    OrderStatus,
    RechargeInvoiceStatus,
    RefundStatus,
    TicketStatus,
    TicketTab,
    TicketType,
)
from gene_desk.core.errors import ErrorCode, GeneDeskError


@dataclass(frozen=True)
class UserProfile:
    account: str
    display_name: str
    company: str
    role: str
    is_main_account: bool
    agent: str
    has_agent: bool
    tencent_opened: bool
    tencent_key_bound: bool
    appid: str | None
    last_login_at: datetime | None
    last_login_ip: str | None


@dataclass(frozen=True)
class LoginResult:
    session_token: str = field(repr=False)
    expires_at: datetime | None
    user: UserProfile


# -- account panels -----------------------------------------------------------------------------


_MONTH_RE = re.compile(r"^([0-9]{4})-([0-9]{2})$")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month (账单月份); ``str()`` gives ``YYYY-MM``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.year <= 9999):
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        match = _MONTH_RE.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"{text!r} is not a month YYYY-MM")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    def shift(self, months: int) -> YearMonth:
        index = self.year * 12 + self.month - 1 + months
        return YearMonth(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class TicketCounts:
    """Tab sizes of the ticket list (全部/待办/进行中/已完成)."""

    all: int
    todo: int
    in_progress: int
    done: int


@dataclass(frozen=True)
class AccountOverview:
    """运营控制台 / 账户概览. ``month`` is the current month the ``month_*`` figures are for."""

    account: str
    display_name: str
    company: str
    role: str
    is_main_account: bool
    last_login_at: datetime | None
    last_login_ip: str | None
    month: YearMonth
    account_balance: Decimal
    zhongjinyun_balance: Decimal
    frozen_amount: Decimal
    coupon_count: int
    month_estimated_cost: Decimal
    month_consumption: Decimal  # 本月消费金额: this month's consumption recorded so far
    last_month_cost: Decimal
    month_recharge: Decimal
    month_allocation: Decimal
    tickets: TicketCounts
    unread_messages: int


@dataclass(frozen=True)
class Platform:
    """A cloud platform (云平台) with this company's contract discount."""

    code: str
    name: str
    opened: bool
    discount: Decimal


@dataclass(frozen=True)
class MonthlyBill:
    month: YearMonth
    total: Decimal


@dataclass(frozen=True)
class CategoryAmounts:
    compute: Decimal
    storage: Decimal
    network: Decimal
    security: Decimal
    other: Decimal

    def __getitem__(self, category: Category) -> Decimal:
        return getattr(self, category.name.lower())

    def total(self) -> Decimal:
        return sum((self[c] for c in Category), Decimal("0.00"))


@dataclass(frozen=True)
class PlatformBill:
    """One row of the month's 云平台 table; ``total`` is 消费金额合计."""

    platform: str
    platform_name: str
    amounts: CategoryAmounts
    total: Decimal


@dataclass(frozen=True)
class BillDetail:
    """账单概览 of one month: ``categories`` are the column totals, ``total`` the month's."""

    month: YearMonth
    total: Decimal
    categories: CategoryAmounts
    platforms: tuple[PlatformBill, ...]


@dataclass(frozen=True)
class ConsumptionItem:
    """One line of 消费明细."""

    id: str
    month: YearMonth
    platform: str
    platform_name: str
    category: Category
    product: str
    amount: Decimal


@dataclass(frozen=True)
class Order:
    """我的订单"""

    order_no: str
    ordered_at: datetime
    product: str
    spec: str
    quantity: int
    status: OrderStatus
    paid_amount: Decimal
    ordered_by: str
    ordered_by_name: str

    @property
    def product_info(self) -> str:
        """产品信息 as the portal shows it: the product and its configuration in one cell
        (``防病毒引擎 linux终端数:1个 ...``)."""
        return f"{self.product} {self.spec}".strip()


@dataclass(frozen=True)
class Recharge:
    """充值记录"""

    recharge_no: str
    amount: Decimal
    created_at: datetime
    completed_at: datetime
    invoice_status: RechargeInvoiceStatus
    operator: str


@dataclass(frozen=True)
class Allocation:
    """拨付记录: ``actual_amount`` = ``amount`` / ``discount``, rounded half-up to the fen."""

    allocation_no: str
    created_at: datetime
    completed_at: datetime | None
    platform: str
    platform_name: str
    method: AllocationMethod
    amount: Decimal
    actual_amount: Decimal
    discount: Decimal
    status: AllocationStatus
    operator: str


@dataclass(frozen=True)
class Coupon:
    """云券"""

    coupon_no: str
    amount: Decimal
    state: CouponState
    issued_at: datetime
    expires_at: datetime
    used_at: datetime | None
    platform: str
    platform_name: str


@dataclass(frozen=True)
class Invoice:
    """发票记录"""

    invoice_no: str
    applied_at: datetime
    amount: Decimal
    title: str
    invoice_type: InvoiceType
    status: InvoiceStatus
    completed_at: datetime | None


@dataclass(frozen=True)
class Refund:
    """退费记录"""

    refund_no: str
    amount: Decimal
    applied_at: datetime
    completed_at: datetime | None
    status: RefundStatus


@dataclass(frozen=True)
class Ticket:
    """运营工单"""

    ticket_no: str
    ticket_type: TicketType
    description: str
    applied_at: datetime
    applicant: str
    applicant_name: str
    completed_at: datetime | None
    status: TicketStatus


@dataclass(frozen=True)
class Message:
    """消息中心"""

    id: str
    category: MessageCategory
    title: str
    content: str
    created_at: datetime
    read: bool


@dataclass(frozen=True)
class UnreadCounts:
    total: int
    bill: int
    ticket: int


@dataclass(frozen=True)
class Member:
    """用户列表 (main account only)"""

    account: str
    display_name: str
    role: str
    is_main_account: bool
    phone: str
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class Role:
    """角色说明 (main account only)"""

    name: str
    description: str


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: ``items`` of page ``page`` (from 1) among ``total`` rows."""

    items: tuple[T, ...]
    total: int
    page: int
    page_size: int

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page * self.page_size < self.total


@dataclass(frozen=True)
class ConsumptionPage(Page[ConsumptionItem]):
    """A consumption page plus the server's sum of *all* matching lines (every page)."""

    amount_total: Decimal


@dataclass(frozen=True)
class TicketPage(Page[Ticket]):
    """A ticket page plus the tab sizes under the same date and type filters."""

    counts: TicketCounts


# -- queries (filters of one list) --------------------------------------------------------------


def _check_range(low: Any, high: Any, what: str) -> None:
    if low is not None and high is not None and low > high:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"{what}: {low} is after {high}")


@dataclass(frozen=True)
class BillQuery:
    from_month: YearMonth | None = None
    to_month: YearMonth | None = None

    def __post_init__(self) -> None:
        _check_range(self.from_month, self.to_month, "month range")


@dataclass(frozen=True)
class ConsumptionQuery:
    """消费明细 filters: 消费时间 (month range), 云平台 (platform code), 产品类别."""

    from_month: YearMonth | None = None
    to_month: YearMonth | None = None
    platform: str | None = None
    category: Category | None = None

    def __post_init__(self) -> None:
        _check_range(self.from_month, self.to_month, "month range")


@dataclass(frozen=True)
class OrderQuery:
    status: OrderStatus | None = None
    start_date: date | None = None
    end_date: date | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class RechargeQuery:
    start_date: date | None = None
    end_date: date | None = None
    invoice_status: RechargeInvoiceStatus | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class AllocationQuery:
    """拨付记录 filters: time range (拨付时间) and 拨付到云平台, plus the method and the status
    (the portal lists successful allocations only: the faces default to ``COMPLETED``)."""

    start_date: date | None = None
    end_date: date | None = None
    platform: str | None = None
    method: AllocationMethod | None = None
    status: AllocationStatus | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class CouponQuery:
    state: CouponState | None = None


@dataclass(frozen=True)
class InvoiceQuery:
    start_date: date | None = None
    end_date: date | None = None
    invoice_type: InvoiceType | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class RefundQuery:
    start_date: date | None = None
    end_date: date | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class TicketQuery:
    """运营工单 filters: the tab, 开始时间/结束时间 and 工单类型."""

    tab: TicketTab = TicketTab.ALL
    start_date: date | None = None
    end_date: date | None = None
    ticket_type: TicketType | None = None

    def __post_init__(self) -> None:
        _check_range(self.start_date, self.end_date, "date range")


@dataclass(frozen=True)
class MessageQuery:
    """消息中心 filters: category, and ``read`` True/False for read/unread only."""

    category: MessageCategory | None = None
    read: bool | None = None
