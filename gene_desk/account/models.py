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
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP


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
class CosEndpoint:
    """How to reach COS when not through the SDK's default HTTPS endpoints."""

    scheme: str
    proxy: str


@dataclass(frozen=True)
class StorageCredentials:
    """Temporary COS keys. ``repr`` hides the secret parts so they never reach a log."""

    secret_id: str
    secret_key: str = field(repr=False)
    token: str = field(repr=False)
    expires_at: float
    appid: str
    default_region: str
    endpoint: CosEndpoint | None

    def remaining(self, now: float | None = None) -> float:
        return self.expires_at - (now if now is not None else time.time())


@dataclass(frozen=True)
class LoginResult:
    session_token: str = field(repr=False)
    expires_at: datetime | None
    user: UserProfile


# -- account panels -----------------------------------------------------------------------------


class CodeEnum(str, Enum):
    """An enumeration whose members have a stable code (the value), the portal's Chinese label
    (what the CLI prints) and an English key that the window translates (context
    ``AccountEnums``; its zh_CN translation is the label, which a test checks)."""

    label: str
    key: str

    def __new__(cls, code: str, label: str, key: str) -> CodeEnum:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        member.key = key
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> Any:
        """A member from its code or its Chinese label (for CLI arguments); ValueError if none."""
        for member in cls:
            if text in (member.value, member.label):
                return member
        choices = ", ".join(f"{m.value} ({m.label})" for m in cls)
        raise ValueError(f"{text!r} is not one of {choices}")


class Category(CodeEnum):
    """产品类别"""

    COMPUTE = ("compute", "计算", QT_TRANSLATE_NOOP("AccountEnums", "Compute"))
    STORAGE = ("storage", "存储", QT_TRANSLATE_NOOP("AccountEnums", "Storage"))
    NETWORK = ("network", "网络", QT_TRANSLATE_NOOP("AccountEnums", "Network"))
    SECURITY = ("security", "安全", QT_TRANSLATE_NOOP("AccountEnums", "Security"))
    OTHER = ("other", "其他", QT_TRANSLATE_NOOP("AccountEnums", "Other"))


class OrderStatus(CodeEnum):
    PROCESSING = ("processing", "处理中", QT_TRANSLATE_NOOP("AccountEnums", "Processing"))
    COMPLETED = ("completed", "已完成", QT_TRANSLATE_NOOP("AccountEnums", "Completed"))
    CANCELLED = ("cancelled", "已取消", QT_TRANSLATE_NOOP("AccountEnums", "Cancelled"))


class RechargeInvoiceStatus(CodeEnum):
    """开票状态 of a recharge"""

    NOT_INVOICED = ("not_invoiced", "未开票", QT_TRANSLATE_NOOP("AccountEnums", "Not invoiced"))
    INVOICED = ("invoiced", "已开票", QT_TRANSLATE_NOOP("AccountEnums", "Invoiced"))
    NOT_INVOICEABLE = (
        "not_invoiceable",
        "不可开票",
        QT_TRANSLATE_NOOP("AccountEnums", "Not invoiceable"),
    )


class AllocationMethod(CodeEnum):
    """拨付方式"""

    BALANCE = ("balance", "余额拨付", QT_TRANSLATE_NOOP("AccountEnums", "From balance"))
    COUPON = ("coupon", "云券拨付", QT_TRANSLATE_NOOP("AccountEnums", "With coupons"))


class AllocationStatus(CodeEnum):
    IN_PROGRESS = ("in_progress", "拨付中", QT_TRANSLATE_NOOP("AccountEnums", "Allocating"))
    COMPLETED = ("completed", "已完成", QT_TRANSLATE_NOOP("AccountEnums", "Completed"))


class CouponState(CodeEnum):
    """云券使用情况"""

    UNUSED = ("unused", "未使用", QT_TRANSLATE_NOOP("AccountEnums", "Unused"))
    USED = ("used", "已使用", QT_TRANSLATE_NOOP("AccountEnums", "Used"))
    ALLOCATING = ("allocating", "拨付中", QT_TRANSLATE_NOOP("AccountEnums", "Allocating"))
    EXPIRED = ("expired", "已过期", QT_TRANSLATE_NOOP("AccountEnums", "Expired"))


class InvoiceType(CodeEnum):
    RECHARGE = ("recharge", "充值发票", QT_TRANSLATE_NOOP("AccountEnums", "Recharge invoice"))
    PREPAID_RECHARGE = (
        "prepaid_recharge",
        "预开充值发票",
        QT_TRANSLATE_NOOP("AccountEnums", "Prepaid recharge invoice"),
    )
    CONSUMPTION = (
        "consumption",
        "消费发票",
        QT_TRANSLATE_NOOP("AccountEnums", "Consumption invoice"),
    )


class InvoiceStatus(CodeEnum):
    PENDING = ("pending", "审核中", QT_TRANSLATE_NOOP("AccountEnums", "Under review"))
    COMPLETED = ("completed", "已完成", QT_TRANSLATE_NOOP("AccountEnums", "Completed"))


class RefundStatus(CodeEnum):
    REVIEWING = ("reviewing", "审核中", QT_TRANSLATE_NOOP("AccountEnums", "Under review"))
    COMPLETED = ("completed", "已完成", QT_TRANSLATE_NOOP("AccountEnums", "Completed"))


class TicketType(CodeEnum):
    """工单类型 (guide 1.6)"""

    OPEN_PUBLIC_CLOUD = (
        "open_public_cloud",
        "开通公有云",
        QT_TRANSLATE_NOOP("AccountEnums", "Open public cloud"),
    )
    RECHARGE = ("recharge", "充值", QT_TRANSLATE_NOOP("AccountEnums", "Recharge"))
    ALLOCATION = ("allocation", "拨付", QT_TRANSLATE_NOOP("AccountEnums", "Allocation"))
    REFUND = ("refund", "退费", QT_TRANSLATE_NOOP("AccountEnums", "Refund"))
    INVOICE = ("invoice", "开票", QT_TRANSLATE_NOOP("AccountEnums", "Invoicing"))
    WITHDRAWAL = ("withdrawal", "提现", QT_TRANSLATE_NOOP("AccountEnums", "Withdrawal"))
    OPEN_SECURITY = (
        "open_security",
        "开通安全配置",
        QT_TRANSLATE_NOOP("AccountEnums", "Open security configuration"),
    )


class TicketStatus(CodeEnum):
    TODO = ("todo", "待处理", QT_TRANSLATE_NOOP("AccountEnums", "To do"))
    IN_PROGRESS = ("in_progress", "进行中", QT_TRANSLATE_NOOP("AccountEnums", "In progress"))
    DONE = ("done", "已完成", QT_TRANSLATE_NOOP("AccountEnums", "Completed"))


class TicketTab(CodeEnum):
    """The ticket list's tabs; every tab but ALL is one :class:`TicketStatus`."""

    ALL = ("all", "全部工单", QT_TRANSLATE_NOOP("AccountEnums", "All tickets"))
    TODO = ("todo", "待办工单", QT_TRANSLATE_NOOP("AccountEnums", "To-do tickets"))
    IN_PROGRESS = (
        "in_progress",
        "进行中工单",
        QT_TRANSLATE_NOOP("AccountEnums", "Tickets in progress"),
    )
    DONE = ("done", "已完成工单", QT_TRANSLATE_NOOP("AccountEnums", "Completed tickets"))


class MessageCategory(CodeEnum):
    BILL = ("bill", "账单消息", QT_TRANSLATE_NOOP("AccountEnums", "Bill messages"))
    TICKET = ("ticket", "工单消息", QT_TRANSLATE_NOOP("AccountEnums", "Ticket messages"))


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
    """拨付记录 filters: time range (拨付时间) and 拨付到云平台, plus the method."""

    start_date: date | None = None
    end_date: date | None = None
    platform: str | None = None
    method: AllocationMethod | None = None

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
