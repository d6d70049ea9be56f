"""The field catalogue of the detail views: the same :class:`~gene_desk.account.catalogue.Field`
rows as the lists, for the pages and forms that show one answer (guide 1.5.3 查看详情, 1.5.7
上月账单汇总及余额, 1.5.10 发票操作, 1.5.11 查看, 1.5.12 退费操作, 1.5.14 银行账号管理).

Kept beside :mod:`gene_desk.account.catalogue` (the lists' columns) so the lists' table stays
one screen; both faces read these tuples as they read the lists': the window translates the
English key (context ``AccountColumns``), the CLI prints the Chinese label, which is the key's
zh_CN translation (``tests/ui/test_account_details.py`` keeps them equal). A form is a tuple of
fields shown as caption and value rows; a table is a tuple shown as columns. Headers are the
seed's words; where the seed shows a value without a caption (the default payment account's
默认账号 marker) the caption is the closest word the portal uses.
"""

from __future__ import annotations

from typing import Any

from gene_desk.account.catalogue import Field, Kind, Word
from gene_desk.core.i18n_marks import QT_TRANSLATE_NOOP

_T, _E, _MO, _TI = Kind.TEXT, Kind.ENUM, Kind.MONEY, Kind.TIME


def _field(attr: str, kind: Kind, key: str, label: str, **kw: Any) -> Field:
    return Field(attr, kind, key, label, **kw)


DEFAULT_ACCOUNT = (
    Word(QT_TRANSLATE_NOOP("AccountValues", "Default account"), "默认账号"),
    Word("", ""),
)

# 1.5.14 银行账号管理: 付款单位 付款账号 开户行, the default one marked 默认账号
PAYMENT_ACCOUNTS = (
    _field("account_name", _T, QT_TRANSLATE_NOOP("AccountColumns", "Payer"), "付款单位"),
    _field(
        "account_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Payment account no."), "付款账号"
    ),
    _field("bank", _T, QT_TRANSLATE_NOOP("AccountColumns", "Bank"), "开户行", stretch=True),
    _field(
        "is_default",
        Kind.FLAG,
        QT_TRANSLATE_NOOP("AccountColumns", "Default"),
        "默认",
        words=DEFAULT_ACCOUNT,
    ),
)

# 1.5.10 发票操作 (充值发票): 充值编号 充值金额(元) 充值时间 完成时间
INVOICEABLE = (
    _field("recharge_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Recharge no."), "充值编号"),
    _field(
        "amount",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Recharge amount (CNY)"),
        "充值金额(元)",
    ),
    _field("created_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Recharged at"), "充值时间"),
    _field("completed_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), "完成时间"),
)
INVOICEABLE_TOTAL = Word(
    QT_TRANSLATE_NOOP("AccountColumns", "Invoiceable amount (CNY)"), "可开发票金额(元)"
)

# 1.5.11 查看 on an invoice: the record, then 发票信息 and 邮寄地址 (1.5.10)
INVOICE_DETAIL = (
    _field("invoice_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Invoice no."), "发票编号"),
    _field("applied_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Applied at"), "申请时间"),
    _field("amount", _MO, QT_TRANSLATE_NOOP("AccountColumns", "Amount (CNY)"), "金额(元)"),
    _field("title", _T, QT_TRANSLATE_NOOP("AccountColumns", "Invoice title"), "发票抬头"),
    _field("invoice_type", _E, QT_TRANSLATE_NOOP("AccountColumns", "Invoice type"), "发票类型"),
    _field("status", _E, QT_TRANSLATE_NOOP("AccountColumns", "Status"), "状态"),
    _field("completed_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), "完成时间"),
    _field("taxpayer_id", _T, QT_TRANSLATE_NOOP("AccountColumns", "Taxpayer ID"), "纳税人识别号"),
    _field("recipient", _T, QT_TRANSLATE_NOOP("AccountColumns", "Recipient"), "姓名"),
    _field("address", _T, QT_TRANSLATE_NOOP("AccountColumns", "Mailing address"), "地址"),
    _field("phone", _T, QT_TRANSLATE_NOOP("AccountColumns", "Telephone"), "电话"),
    _field("remark", _T, QT_TRANSLATE_NOOP("AccountColumns", "Invoice remark"), "发票备注"),
)

# 1.5.3 查看详情 on an order: the record (its configuration split out), price and progress
ORDER_DETAIL = (
    _field("order_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Order no."), "订单编号"),
    _field("ordered_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Ordered at"), "下单时间"),
    _field("product", _T, QT_TRANSLATE_NOOP("AccountColumns", "Product"), "产品名称"),
    _field("config_text", _T, QT_TRANSLATE_NOOP("AccountColumns", "Configuration"), "配置"),
    _field(
        "duration_months",
        Kind.INT,
        QT_TRANSLATE_NOOP("AccountColumns", "Purchase duration (months)"),
        "购买时长(月)",
    ),
    _field("quantity", Kind.INT, QT_TRANSLATE_NOOP("AccountColumns", "Quantity"), "数量"),
    _field("unit_price", _MO, QT_TRANSLATE_NOOP("AccountColumns", "Unit price (CNY)"), "单价(元)"),
    _field("paid_amount", _MO, QT_TRANSLATE_NOOP("AccountColumns", "Paid (CNY)"), "实付(元)"),
    _field("status", _E, QT_TRANSLATE_NOOP("AccountColumns", "Status"), "状态"),
    _field("ordered_by_name", _T, QT_TRANSLATE_NOOP("AccountColumns", "Ordered by"), "下单人"),
    _field("ticket_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Ticket no."), "工单编号"),
    _field("completed_at", _TI, QT_TRANSLATE_NOOP("AccountColumns", "Completed at"), "完成时间"),
)

# 1.5.12 退费操作: 本月可退余额 and how it is made, 退费账号 and 银行信息
REFUNDABLE = (
    _field(
        "refundable_amount",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Refundable this month (CNY)"),
        "本月可退余额(元)",
    ),
    _field(
        "account_balance",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Account balance (CNY)"),
        "账户余额(元)",
    ),
    _field(
        "invoiced_recharge_amount",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Invoiced recharges (CNY)"),
        "充值开票金额(元)",
    ),
    _field(
        "invoiced_allocated_amount",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Invoiced and allocated (CNY)"),
        "已开票拨付金额(元)",
    ),
    _field(
        "limit_amount",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Refund limit (CNY)"),
        "退费上限(元)",
    ),
    _field(
        "refund_account_name", _T, QT_TRANSLATE_NOOP("AccountColumns", "Refund payee"), "退费单位"
    ),
    _field(
        "refund_account_no", _T, QT_TRANSLATE_NOOP("AccountColumns", "Refund account"), "退费账号"
    ),
    _field("refund_bank", _T, QT_TRANSLATE_NOOP("AccountColumns", "Bank information"), "银行信息"),
)
REFUNDED_THIS_MONTH = Word(
    QT_TRANSLATE_NOOP("AccountValues", "Refunds are once a month, and this month already has one."),
    "退费每月只能退一次，您本月已退过费",
)

# 1.5.7 上月账单汇总及余额: the month's figures, then one row per opened platform
LAST_MONTH = (
    _field("month", Kind.MONTH, QT_TRANSLATE_NOOP("AccountColumns", "Bill month"), "账单月份"),
    _field(
        "total",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Last month's spend (CNY)"),
        "上月消费(元)",
    ),
    _field(
        "account_balance", _MO, QT_TRANSLATE_NOOP("AccountColumns", "Balance (CNY)"), "余额(元)"
    ),
)
LAST_MONTH_PLATFORMS = (
    _field("platform_name", _T, QT_TRANSLATE_NOOP("AccountColumns", "Cloud platform"), "云平台"),
    _field(
        "total",
        _MO,
        QT_TRANSLATE_NOOP("AccountColumns", "Last month's spend (CNY)"),
        "上月消费(元)",
    ),
    _field("balance", _MO, QT_TRANSLATE_NOOP("AccountColumns", "Balance (CNY)"), "余额(元)"),
    # the contract's discount (拨付 at this platform: 实际到账金额 = 拨付金额 / 折扣)
    _field("discount", Kind.RATE, QT_TRANSLATE_NOOP("AccountColumns", "Discount"), "折扣"),
)

# every form and table of this module, by name (the tests check each label is its key's zh_CN)
TUPLES: dict[str, tuple[Field, ...]] = {
    "payment-accounts": PAYMENT_ACCOUNTS,
    "invoiceable": INVOICEABLE,
    "invoice": INVOICE_DETAIL,
    "order": ORDER_DETAIL,
    "refundable": REFUNDABLE,
    "last-month": LAST_MONTH,
    "last-month-platforms": LAST_MONTH_PLATFORMS,
}
