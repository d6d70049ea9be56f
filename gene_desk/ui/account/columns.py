"""The columns of every account list: header, value, and how the value is shown and exported.

A table model, its CSV export and its XLSX export all read the same :class:`Column` tuples, so a
file always has the columns and values the user saw (apart from form: money without thousands
separators in CSV, real numbers and dates in XLSX). Headers are English sources marked with
``QT_TRANSLATE_NOOP`` and translated when asked for, so a language change needs no rebuild here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gene_desk.account import models as m
from gene_desk.ui.account import values

CONTEXT = "AccountColumns"


class Kind(enum.Enum):
    TEXT = "text"
    ENUM = "enum"  # a CodeEnum, shown translated
    MONEY = "money"  # Decimal, two decimals
    MONTH = "month"  # YearMonth
    TIME = "time"  # aware datetime or None (not yet)
    INT = "int"
    RATE = "rate"  # Decimal 0.70 shown as 70%


NUMERIC = (Kind.MONEY, Kind.INT, Kind.RATE)


@dataclass(frozen=True)
class Column:
    header: str  # English source text, context AccountColumns
    kind: Kind
    get: Callable[[Any], Any]
    stretch: bool = False  # a long text that takes the rest of the width

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header)

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    def text(self, record: Any) -> str:
        """What the table shows."""
        value = self.get(record)
        kind = self.kind
        if kind is Kind.MONEY:
            return values.money_text(value)
        if kind is Kind.TIME:
            return values.time_text(value)
        if kind is Kind.MONTH:
            return values.month_text(value)
        if kind is Kind.ENUM:
            return values.enum_text(value)
        if kind is Kind.RATE:
            return values.rate_text(value)
        return "" if value is None else str(value)

    def csv(self, record: Any) -> str:
        """What a CSV cell holds: like the table, but money plain and "not yet" empty."""
        value = self.get(record)
        if self.kind is Kind.MONEY:
            return values.money_plain(value)
        if self.kind is Kind.TIME:
            return values.time_text(value, missing="")
        return self.text(record)

    def excel(self, record: Any) -> Any:
        """A typed XLSX value: Decimal money and rates, naive China-time datetimes, month
        dates, ints, text; None for an empty cell."""
        value = self.get(record)
        if value is None:
            return None
        kind = self.kind
        if kind is Kind.MONEY:
            return value.quantize(values.CENT)
        if kind is Kind.RATE:
            return Decimal(value)
        if kind is Kind.TIME:
            return values.china_time(value)
        if kind is Kind.MONTH:
            return date(value.year, value.month, 1)
        if kind is Kind.INT:
            return int(value)
        return self.text(record)


def _col(header: str, kind: Kind, attr: str | Callable[[Any], Any], **kw: Any) -> Column:
    get = attrgetter(attr) if isinstance(attr, str) else attr
    return Column(header, kind, get, **kw)


def _read_text(message: m.Message) -> str:
    return (
        QCoreApplication.translate("AccountValues", "Read")
        if message.read
        else QCoreApplication.translate("AccountValues", "Unread")
    )


CONSUMPTION = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Month"), Kind.MONTH, "month"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Cloud platform"), Kind.TEXT, "platform_name"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Product category"), Kind.ENUM, "category"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Product"), Kind.TEXT, "product", stretch=True),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Amount (CNY)"), Kind.MONEY, "amount"),
)
ORDERS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Order no."), Kind.TEXT, "order_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Ordered at"), Kind.TIME, "ordered_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Product"), Kind.TEXT, "product"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Specification"), Kind.TEXT, "spec", stretch=True),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Quantity"), Kind.INT, "quantity"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "status"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Paid (CNY)"), Kind.MONEY, "paid_amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Ordered by"), Kind.TEXT, "ordered_by_name"),
)
RECHARGES = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Recharge no."), Kind.TEXT, "recharge_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Recharge amount (CNY)"), Kind.MONEY, "amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Recharged at"), Kind.TIME, "created_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), Kind.TIME, "completed_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Invoice status"), Kind.ENUM, "invoice_status"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Operator"), Kind.TEXT, "operator", stretch=True),
)
ALLOCATIONS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Allocation no."), Kind.TEXT, "allocation_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Allocated at"), Kind.TIME, "created_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), Kind.TIME, "completed_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Allocated to"), Kind.TEXT, "platform_name"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Method"), Kind.ENUM, "method"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Allocated (CNY)"), Kind.MONEY, "amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Received (CNY)"), Kind.MONEY, "actual_amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Discount"), Kind.RATE, "discount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "status"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Operator"), Kind.TEXT, "operator", stretch=True),
)
COUPONS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Coupon no."), Kind.TEXT, "coupon_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Amount (CNY)"), Kind.MONEY, "amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "state"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Issued at"), Kind.TIME, "issued_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Expires at"), Kind.TIME, "expires_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Used at"), Kind.TIME, "used_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Platform"), Kind.TEXT, "platform_name", stretch=True),
)
INVOICES = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Invoice no."), Kind.TEXT, "invoice_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Applied at"), Kind.TIME, "applied_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Amount (CNY)"), Kind.MONEY, "amount"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Invoice title"), Kind.TEXT, "title", stretch=True),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Invoice type"), Kind.ENUM, "invoice_type"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "status"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), Kind.TIME, "completed_at"),
)
REFUNDS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Refund no."), Kind.TEXT, "refund_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Refund amount (CNY)"), Kind.MONEY, "amount"),
    # the portal's 退费时间 (when the refund was asked for), as the CLI calls it too
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Refund requested at"), Kind.TIME, "applied_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), Kind.TIME, "completed_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "status", stretch=True),
)
TICKETS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Ticket no."), Kind.TEXT, "ticket_no"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Ticket type"), Kind.ENUM, "ticket_type"),
    _col(
        QT_TRANSLATE_NOOP("AccountColumns", "Description"), Kind.TEXT, "description", stretch=True
    ),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Applied at"), Kind.TIME, "applied_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Applicant"), Kind.TEXT, "applicant_name"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), Kind.TIME, "completed_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Status"), Kind.ENUM, "status"),
)
MESSAGES = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Title"), Kind.TEXT, "title"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Category"), Kind.ENUM, "category"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Received at"), Kind.TIME, "created_at"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Read"), Kind.TEXT, _read_text),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Content"), Kind.TEXT, "content", stretch=True),
)
USERS = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Account"), Kind.TEXT, "account"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Name"), Kind.TEXT, "display_name"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Role"), Kind.TEXT, "role"),
    _col(
        QT_TRANSLATE_NOOP("AccountColumns", "Account type"),
        Kind.TEXT,
        lambda u: values.account_kind_text(u.is_main_account),
    ),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Phone"), Kind.TEXT, "phone"),
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Created at"), Kind.TIME, "created_at"),
    _col(
        QT_TRANSLATE_NOOP("AccountColumns", "Last login"), Kind.TIME, "last_login_at", stretch=True
    ),
)
ROLES = (
    _col(QT_TRANSLATE_NOOP("AccountColumns", "Role name"), Kind.TEXT, "name"),
    _col(
        QT_TRANSLATE_NOOP("AccountColumns", "Role description"),
        Kind.TEXT,
        "description",
        stretch=True,
    ),
)

# The per-platform bill table of the overview (账单概览): 云平台, 计算 ... 其他, 消费金额合计.
BILL_PLATFORM = QT_TRANSLATE_NOOP("AccountColumns", "Cloud platform")
BILL_CATEGORIES = (
    (m.Category.COMPUTE, QT_TRANSLATE_NOOP("AccountColumns", "Compute (CNY)")),
    (m.Category.STORAGE, QT_TRANSLATE_NOOP("AccountColumns", "Storage (CNY)")),
    (m.Category.NETWORK, QT_TRANSLATE_NOOP("AccountColumns", "Network (CNY)")),
    (m.Category.SECURITY, QT_TRANSLATE_NOOP("AccountColumns", "Security (CNY)")),
    (m.Category.OTHER, QT_TRANSLATE_NOOP("AccountColumns", "Other (CNY)")),
)
BILL_TOTAL = QT_TRANSLATE_NOOP("AccountColumns", "Total (CNY)")
