"""The account window's detail views in the real program, read through the accessibility tree
(guide 1.5.3 查看详情, 1.5.7 上月账单汇总及余额, 1.5.10 发票操作, 1.5.11 查看, 1.5.12 退费操作,
1.5.14 银行账号管理). Every expected value is worked out here from the account service's *lists*
over its HTTP API (consumption, recharges, allocations, orders, platforms), not read from the
endpoint the window uses, so the window and the service's rules are both checked."""

from __future__ import annotations

from decimal import Decimal

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.account.paging import fetch_all
from tests.acceptance.account_pages import (
    account_window,
    go_to,
    label,
    list_table,
    nav_item,
    open_account,
    rate,
    wait_rows,
    wait_text,
)
from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, need, showing
from tests.helpers.money import portal_money
from tests.helpers.today import FIXED_TODAY


def _sum(values) -> Decimal:
    return sum(values, Decimal("0.00"))


def _recharges(api: AccountApi, status: m.RechargeInvoiceStatus) -> list[m.Recharge]:
    query = m.RechargeQuery(invoice_status=status)
    return fetch_all(lambda **kw: api.recharges(query, **kw))


def _check_last_month(window, api: AccountApi) -> None:
    page = go_to(window, "last_month", "上月账单汇总", "上月账单汇总")
    month = m.YearMonth.of(FIXED_TODAY).shift(-1)
    spent = fetch_all(lambda **kw: api.consumption(m.ConsumptionQuery(month, month), **kw))
    wait_text(label(page, "detail_total"), portal_money(_sum(c.amount for c in spent)), "上月消费")
    wait_text(label(page, "detail_month"), str(month), "the month")
    wait_text(
        label(page, "detail_account_balance"), portal_money(api.overview().account_balance), "余额"
    )
    table = Table(need(page, id_is("platformTable"), "the platform table"))
    assert table.headers() == ["云平台", "上月消费(元)", "余额(元)", "折扣"]
    opened = [p for p in api.platforms() if p.opened]
    by_platform: dict[str, Decimal] = {}
    for c in spent:
        by_platform[c.platform] = by_platform.get(c.platform, Decimal("0.00")) + c.amount
    zhongjinyun = api.overview().zhongjinyun_balance
    expected = [
        [
            p.name,
            portal_money(by_platform.get(p.code, Decimal("0.00"))),
            portal_money(zhongjinyun) if p.code == "zhongjinyun" else "--",
            rate(p.discount),
        ]
        for p in opened
    ]
    wait_rows(table, expected, "the platforms of last month with their discounts")


def _check_invoiceable(window, api: AccountApi) -> None:
    page = go_to(window, "invoiceable", "发票操作", "发票操作")
    rows = _recharges(api, m.RechargeInvoiceStatus.NOT_INVOICED)
    assert rows, "the sandbox has no invoiceable recharge for the fixed day"
    total = portal_money(_sum(r.amount for r in rows))
    wait_text(label(page, "summary"), f"可开发票金额：¥{total}", "可开发票金额")
    table = list_table(page)
    assert table.headers() == ["充值编号", "充值金额(元)", "充值时间", "完成时间"]
    wait_for(lambda: table.cell(0, 0).name == rows[0].recharge_no, WAIT, "the newest recharge")


def _check_refundable(window, api: AccountApi) -> None:
    page = go_to(window, "refundable", "退费操作", "退费操作")
    balance = api.overview().account_balance
    invoiced = _sum(r.amount for r in _recharges(api, m.RechargeInvoiceStatus.INVOICED))
    allocated = _sum(
        a.amount
        for a in fetch_all(
            lambda **kw: api.allocations(m.AllocationQuery(method=m.AllocationMethod.BALANCE), **kw)
        )
    )
    this_month = [
        r
        for r in fetch_all(api.refunds)
        if m.YearMonth.of(r.applied_at.date()) == m.YearMonth.of(FIXED_TODAY)
    ]
    by_balance = max(
        Decimal("0"), min(Decimal("10000"), balance - (invoiced - min(invoiced, allocated)))
    )
    refundable = Decimal("0") if this_month else by_balance
    wait_text(
        label(page, "refundableAmount"),
        f"本月可退余额：¥{portal_money(refundable)}",
        "本月可退余额",
    )
    wait_text(label(page, "detail_account_balance"), portal_money(balance), "账户余额")
    wait_text(
        label(page, "detail_invoiced_recharge_amount"), portal_money(invoiced), "充值开票金额"
    )
    if this_month:
        wait_text(label(page, "refundNotice"), "退费每月只能退一次，您本月已退过费", "the notice")


def _check_payment_accounts(window, api: AccountApi) -> None:
    page = go_to(window, "payment_accounts", "银行账号管理", "银行账号管理")
    accounts = api.payment_accounts().items
    table = list_table(page)
    assert table.headers() == ["付款单位", "付款账号", "开户行", "默认"]
    wait_rows(
        table,
        [
            [a.account_name, a.account_no, a.bank, "默认账号" if a.is_default else ""]
            for a in accounts
        ],
        "the payment accounts, the default marked",
    )


def _open_first_details(app, window, key: str, nav: str, button_text: str):
    page = go_to(window, key, nav, nav)
    table = list_table(page)
    wait_for(lambda: table.node.queryTable().nRows > 0, WAIT, f"the rows of {nav}")
    button = label(page, "viewDetails", "the details button")
    assert button.name == button_text and not button.sensitive
    columns = table.node.queryTable().nColumns
    # a cell of the first row that is on screen (optional columns may be hidden)
    cell = next(c for c in (table.cell(0, i) for i in range(columns)) if showing(c))
    cell.click()
    wait_for(lambda: button.sensitive, WAIT, "the details button enabled by the selection")
    button.click()
    return app.window(id_is("detailDialog"), "the details dialog", WAIT)


def test_detail_views_show_what_the_service_holds(launch, demo_account, api):
    app = launch()
    window = open_account(app, app.login(demo_account.account, demo_account.password))
    for text in ("上月账单汇总", "发票操作", "退费操作", "银行账号管理"):
        nav_item(window, text)  # each view has its navigation entry
    _check_last_month(window, api)
    _check_invoiceable(window, api)
    _check_refundable(window, api)
    _check_payment_accounts(window, api)

    # 查看 on the newest invoice
    invoice = api.invoices(m.InvoiceQuery(), page_size=1).items[0]
    dialog = _open_first_details(app, window, "invoices", "发票记录", "查看")
    detail = api.invoice(invoice.invoice_no)
    wait_text(label(dialog, "detail_invoice_no"), invoice.invoice_no, "发票编号")
    wait_text(label(dialog, "detail_taxpayer_id"), detail.taxpayer_id, "纳税人识别号")
    wait_text(label(dialog, "detail_address"), detail.mailing_address.address, "地址")
    wait_text(label(dialog, "detail_amount"), portal_money(invoice.amount), "金额")
    app.activate(dialog)
    app.key("<Escape>")
    wait_for(lambda: not dialog.showing, WAIT, "the dialog closed")

    # 查看详情 on the newest order: its unit price worked out from the list's row
    window = account_window(app)
    order = api.orders(m.OrderQuery(), page_size=1).items[0]
    months = int(order.spec.split("购买时长:")[1].split("个月")[0])
    dialog = _open_first_details(app, window, "orders", "我的订单", "查看详情")
    wait_text(label(dialog, "detail_order_no"), order.order_no, "订单编号")
    unit = order.paid_amount / (order.quantity * months)
    wait_text(label(dialog, "detail_unit_price"), portal_money(unit), "单价")
    wait_text(label(dialog, "detail_duration_months"), str(months), "购买时长")
    assert app.alive()
