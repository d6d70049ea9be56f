"""How the account panels word and format values: money, times, months, rates, enumerations.

One module for the table cells, the overview's figures and the exports, so the three always
agree. Money stays :class:`~decimal.Decimal` from the wire to the screen and the file: shown with
thousands separators and two decimals (``f"{d:,.2f}"`` formats a Decimal exactly, without float),
written plain (``21828.59``) to CSV. Times are shown in China Standard Time, as the portal and the
CLI show them, so a record reads the same everywhere. Enumerations are translated from their code
(never from the portal's Chinese label); in Chinese the translation *is* the portal's label.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from gene_desk.account import models as m
from gene_desk.ui import formatting

CHINA_TZ = formatting.CHINA_TZ  # the file list shows the same clock
MISSING = "--"  # what the portal shows for "not yet" (完成时间 of an open ticket)
CENT = Decimal("0.01")


def money_text(value: Decimal | None) -> str:
    """``1234567.8`` -> ``1,234,567.80`` (exact: Decimal formatting, no float)."""
    if value is None:
        return ""
    return f"{value.quantize(CENT):,.2f}"


def money_plain(value: Decimal | None) -> str:
    """For CSV: two decimals, no separators (``1234567.80``)."""
    if value is None:
        return ""
    return f"{value.quantize(CENT):.2f}"


def china_time(value: datetime) -> datetime:
    """The same instant in China Standard Time, without tzinfo (for display and Excel)."""
    return value.astimezone(CHINA_TZ).replace(tzinfo=None)


def time_text(value: datetime | None, missing: str = MISSING) -> str:
    """Portal style, China Standard Time: ``2020-11-04 15:31:03``."""
    if value is None:
        return missing
    return china_time(value).strftime("%Y-%m-%d %H:%M:%S")


def month_text(value: m.YearMonth | None) -> str:
    return "" if value is None else str(value)


def rate_text(value: Decimal | None) -> str:
    """A discount rate ``0.70`` as the portal shows it: ``70%``."""
    if value is None:
        return ""
    return f"{(value * 100).normalize():f}%"


def account_kind_text(is_main: bool) -> str:
    return (
        QCoreApplication.translate("AccountValues", "Main account")
        if is_main
        else QCoreApplication.translate("AccountValues", "Sub-account")
    )


def _enum_texts() -> list[tuple[m.CodeEnum, str]]:
    return [
        (m.Category.COMPUTE, QCoreApplication.translate("AccountEnums", "Compute")),
        (m.Category.STORAGE, QCoreApplication.translate("AccountEnums", "Storage")),
        (m.Category.NETWORK, QCoreApplication.translate("AccountEnums", "Network")),
        (m.Category.SECURITY, QCoreApplication.translate("AccountEnums", "Security")),
        (m.Category.OTHER, QCoreApplication.translate("AccountEnums", "Other")),
        (m.OrderStatus.PROCESSING, QCoreApplication.translate("AccountEnums", "Processing")),
        (m.OrderStatus.COMPLETED, QCoreApplication.translate("AccountEnums", "Completed")),
        (m.OrderStatus.CANCELLED, QCoreApplication.translate("AccountEnums", "Cancelled")),
        (
            m.RechargeInvoiceStatus.NOT_INVOICED,
            QCoreApplication.translate("AccountEnums", "Not invoiced"),
        ),
        (m.RechargeInvoiceStatus.INVOICED, QCoreApplication.translate("AccountEnums", "Invoiced")),
        (
            m.RechargeInvoiceStatus.NOT_INVOICEABLE,
            QCoreApplication.translate("AccountEnums", "Not invoiceable"),
        ),
        (m.AllocationMethod.BALANCE, QCoreApplication.translate("AccountEnums", "From balance")),
        (m.AllocationMethod.COUPON, QCoreApplication.translate("AccountEnums", "With coupons")),
        (m.AllocationStatus.IN_PROGRESS, QCoreApplication.translate("AccountEnums", "Allocating")),
        (m.AllocationStatus.COMPLETED, QCoreApplication.translate("AccountEnums", "Completed")),
        (m.CouponState.UNUSED, QCoreApplication.translate("AccountEnums", "Unused")),
        (m.CouponState.USED, QCoreApplication.translate("AccountEnums", "Used")),
        (m.CouponState.ALLOCATING, QCoreApplication.translate("AccountEnums", "Allocating")),
        (m.CouponState.EXPIRED, QCoreApplication.translate("AccountEnums", "Expired")),
        (m.InvoiceType.RECHARGE, QCoreApplication.translate("AccountEnums", "Recharge invoice")),
        (
            m.InvoiceType.PREPAID_RECHARGE,
            QCoreApplication.translate("AccountEnums", "Prepaid recharge invoice"),
        ),
        (
            m.InvoiceType.CONSUMPTION,
            QCoreApplication.translate("AccountEnums", "Consumption invoice"),
        ),
        (m.InvoiceStatus.PENDING, QCoreApplication.translate("AccountEnums", "Under review")),
        (m.InvoiceStatus.COMPLETED, QCoreApplication.translate("AccountEnums", "Completed")),
        (m.RefundStatus.REVIEWING, QCoreApplication.translate("AccountEnums", "Under review")),
        (m.RefundStatus.COMPLETED, QCoreApplication.translate("AccountEnums", "Completed")),
        (
            m.TicketType.OPEN_PUBLIC_CLOUD,
            QCoreApplication.translate("AccountEnums", "Open public cloud"),
        ),
        (m.TicketType.RECHARGE, QCoreApplication.translate("AccountEnums", "Recharge")),
        (m.TicketType.ALLOCATION, QCoreApplication.translate("AccountEnums", "Allocation")),
        (m.TicketType.REFUND, QCoreApplication.translate("AccountEnums", "Refund")),
        (m.TicketType.INVOICE, QCoreApplication.translate("AccountEnums", "Invoicing")),
        (m.TicketType.WITHDRAWAL, QCoreApplication.translate("AccountEnums", "Withdrawal")),
        (
            m.TicketType.OPEN_SECURITY,
            QCoreApplication.translate("AccountEnums", "Open security configuration"),
        ),
        (m.TicketStatus.TODO, QCoreApplication.translate("AccountEnums", "To do")),
        (m.TicketStatus.IN_PROGRESS, QCoreApplication.translate("AccountEnums", "In progress")),
        (m.TicketStatus.DONE, QCoreApplication.translate("AccountEnums", "Completed")),
        (m.TicketTab.ALL, QCoreApplication.translate("AccountEnums", "All tickets")),
        (m.TicketTab.TODO, QCoreApplication.translate("AccountEnums", "To-do tickets")),
        (
            m.TicketTab.IN_PROGRESS,
            QCoreApplication.translate("AccountEnums", "Tickets in progress"),
        ),
        (m.TicketTab.DONE, QCoreApplication.translate("AccountEnums", "Completed tickets")),
        (m.MessageCategory.BILL, QCoreApplication.translate("AccountEnums", "Bill messages")),
        (m.MessageCategory.TICKET, QCoreApplication.translate("AccountEnums", "Ticket messages")),
    ]


# Members of different enumerations share codes ("completed"), and CodeEnum members compare and
# hash as their code, so the table is keyed by (class, code). It is rebuilt when the language
# changed (checked with one cheap translate call) and replaced in one assignment, so an export
# reading it on a worker thread never sees it half-built.
_table: tuple[str, dict[tuple[type, str], str]] = ("", {})


def enum_text(value: m.CodeEnum | None) -> str:
    """The translated name of an enumeration member (its code if we have no text for it)."""
    global _table
    if value is None:
        return ""
    language = QCoreApplication.translate("AccountEnums", "Compute")
    if language != _table[0]:
        _table = (language, {(type(k), k.value): v for k, v in _enum_texts()})
    return _table[1].get((type(value), value.value), value.value)
