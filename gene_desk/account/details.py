"""Typed records of the portal's read-only detail views (no HTTP knowledge here).

Apart from :mod:`gene_desk.account.models` (the lists) because these are one answer each rather
than rows of a list: an invoice's 查看 (guide 1.5.11 with the 发票信息 of 1.5.10), an order's
查看详情 (1.5.3), the payment accounts of 银行账号管理 (1.5.14), 本月可退余额 (1.5.12), 可开发票金额
with its recharges (1.5.10) and 上月账单汇总及余额 with the contract discounts (1.5.7). They are
parsed like every record, by :func:`gene_desk.account.wire.structure` from their annotations:
money as :class:`~decimal.Decimal`, times aware, nested records as dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from gene_desk.account.models import Invoice, Order, Page, Recharge, YearMonth


@dataclass(frozen=True)
class MailingAddress:
    """邮寄地址: 姓名, 地址, 电话."""

    recipient: str
    address: str
    phone: str


@dataclass(frozen=True)
class InvoiceDetail(Invoice):
    """查看 on an invoice: the 发票记录 row (its fields first, in its order) and the 发票信息 it
    was asked for with."""

    taxpayer_id: str
    mailing_address: MailingAddress
    remark: str

    # the address's parts, so a catalogue field can name them like any attribute
    @property
    def recipient(self) -> str:
        return self.mailing_address.recipient

    @property
    def address(self) -> str:
        return self.mailing_address.address

    @property
    def phone(self) -> str:
        return self.mailing_address.phone


@dataclass(frozen=True)
class OrderConfigItem:
    name: str
    value: str


@dataclass(frozen=True)
class OrderDetail(Order):
    """查看详情 on an order: the 我的订单 row (its fields first, in its order), its configuration,
    price and progress; ``paid_amount = unit_price × quantity × duration_months``."""

    config: tuple[OrderConfigItem, ...]
    duration_months: int
    unit_price: Decimal
    ticket_no: str | None
    completed_at: datetime | None

    @property
    def config_text(self) -> str:
        """The configuration as the portal writes it: ``业务带宽:1兆 规格:基础版``."""
        return " ".join(f"{item.name}:{item.value}" for item in self.config)


@dataclass(frozen=True)
class PaymentAccount:
    """银行账号管理: 付款单位, 付款账号, 开户行 ("" when not given), 默认账号."""

    account_name: str
    account_no: str
    bank: str
    is_default: bool


@dataclass(frozen=True)
class Refundable:
    """本月可退余额 and how it is made (see the contract for the rule)."""

    month: YearMonth
    refundable_amount: Decimal
    balance_refundable: Decimal
    refunded_this_month: bool
    account_balance: Decimal
    invoiced_recharge_amount: Decimal
    invoiced_allocated_amount: Decimal
    limit_amount: Decimal
    refund_account: PaymentAccount | None

    # 退费单位, 退费账号 and 银行信息 as the portal's 退费操作 shows them ("" without a default
    # account)
    @property
    def refund_account_name(self) -> str:
        return self.refund_account.account_name if self.refund_account else ""

    @property
    def refund_account_no(self) -> str:
        return self.refund_account.account_no if self.refund_account else ""

    @property
    def refund_bank(self) -> str:
        return self.refund_account.bank if self.refund_account else ""


@dataclass(frozen=True)
class InvoiceablePage(Page[Recharge]):
    """Recharges a 充值发票 can be asked for; ``amount_total`` (可开发票金额) covers every page."""

    amount_total: Decimal


@dataclass(frozen=True)
class PlatformSummary:
    """One opened platform last month: spend, contract discount, and its balance (中金云 only)."""

    platform: str
    platform_name: str
    discount: Decimal
    total: Decimal
    balance: Decimal | None


@dataclass(frozen=True)
class LastMonthSummary:
    """上月账单汇总及余额: ``total`` is last month's consumption on every platform."""

    month: YearMonth
    total: Decimal
    account_balance: Decimal
    platforms: tuple[PlatformSummary, ...]
