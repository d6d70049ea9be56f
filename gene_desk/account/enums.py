"""The account panels' enumerations: a stable wire code, the portal's Chinese label, and the
English key the window translates.

Kept apart from the records (:mod:`gene_desk.account.models`, which re-exports them) because they
are the one place an enumeration's wording is defined: the CLI prints ``label``, the window
translates ``key`` (context ``AccountEnums``, whose zh_CN translation is the label; a test checks
it), and ``resources/translations/build.py`` scans this module for the keys.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP


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
