"""How the account panels word and format values: money, times, months, rates, enumerations.

One module for the table cells, the overview's figures and the exports, so the three always
agree. Money stays :class:`~decimal.Decimal` from the wire to the screen and the file: shown with
thousands separators and two decimals (``f"{d:,.2f}"`` formats a Decimal exactly, without float),
written plain (``21828.59``) to CSV. Times are shown in China Standard Time, as the portal and the
CLI show them, so a record reads the same everywhere. Enumerations are translated from their code
(never from the portal's Chinese label); in Chinese the translation *is* the portal's label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.account.catalogue import (  # noqa: F401 - the panels' formats, from the catalogue
    CENT,
    MISSING,
    china_time,
    money_plain,
    money_text,
    rate_text,
    time_text,
)


def month_text(value: m.YearMonth | None) -> str:
    return "" if value is None else str(value)


def account_kind_text(is_main: bool) -> str:
    main, sub = catalogue.MAIN_ACCOUNT
    return QCoreApplication.translate(catalogue.WORD_CONTEXT, (main if is_main else sub).key)


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
