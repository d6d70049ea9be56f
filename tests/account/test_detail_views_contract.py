"""The detail views' endpoints (invoice and order details, payment accounts, refundable balance,
invoiceable recharges, last month's summary) against ``docs/duoyungu-api.yaml`` and against the
sandbox's own lists: each figure is recomputed here from the list endpoints over HTTP, so the
rules the contract states (本月可退余额, 可开发票金额, 上月账单汇总) are checked, not echoed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gene_desk.account import models as m
from gene_desk.account.paging import fetch_all
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from tests.account.test_panels_contract import check, get
from tests.helpers.today import FIXED_TODAY

INVOICE = "/api/v1/billing/invoices/{invoice_no}"
ORDER = "/api/v1/billing/orders/{order_no}"


def test_every_invoice_detail_matches_its_record_and_the_contract(panels, demo_api):
    invoices = fetch_all(demo_api.invoices)
    assert len(invoices) > 5
    remarks = set()
    for record in invoices:
        body = check(
            get(panels.url, f"/api/v1/billing/invoices/{record.invoice_no}", demo_api.token),
            INVOICE,
            200,
        )
        assert body["taxpayer_id"] and body["mailing_address"]["recipient"]
        detail = demo_api.invoice(record.invoice_no)
        # the list's columns, unchanged, plus the 发票信息
        assert (detail.invoice_no, detail.applied_at, detail.amount, detail.title) == (
            record.invoice_no,
            record.applied_at,
            record.amount,
            record.title,
        )
        assert (detail.invoice_type, detail.status, detail.completed_at) == (
            record.invoice_type,
            record.status,
            record.completed_at,
        )
        assert detail.recipient == detail.mailing_address.recipient
        remarks.add(detail.remark)
    assert "" in remarks and len(remarks) > 1  # with and without 发票备注


def test_order_details_add_up_and_follow_the_sub_account_rule(panels, demo_api, sub_api):
    orders = fetch_all(demo_api.orders)
    for record in orders:
        body = check(
            get(panels.url, f"/api/v1/billing/orders/{record.order_no}", demo_api.token), ORDER, 200
        )
        assert body["order_no"] == record.order_no
        detail = demo_api.order(record.order_no)
        assert detail.paid_amount == record.paid_amount
        assert detail.unit_price * detail.quantity * detail.duration_months == detail.paid_amount
        assert f"购买时长:{detail.duration_months}个月" in record.spec
        assert detail.config_text and detail.config_text in record.spec
        if record.status is m.OrderStatus.CANCELLED:
            assert detail.ticket_no is None and detail.completed_at is None
        else:
            assert detail.ticket_no and detail.ticket_no.startswith("GD")
            assert (detail.completed_at is None) == (record.status is m.OrderStatus.PROCESSING)
    own = {o.order_no for o in fetch_all(sub_api.orders)}
    others = [o.order_no for o in orders if o.order_no not in own]
    assert own and others
    assert sub_api.order(sorted(own)[0]).ordered_by == seed.SUB.account
    body = check(get(panels.url, f"/api/v1/billing/orders/{others[0]}", sub_api.token), ORDER, 404)
    assert body["error"]["code"] == "NOT_FOUND"


@pytest.mark.parametrize(
    ("template", "path"),
    [
        (INVOICE, "/api/v1/billing/invoices/KP000"),
        (ORDER, "/api/v1/billing/orders/no-such-order"),
    ],
)
def test_unknown_numbers_are_404(panels, demo_api, template, path):
    body = check(get(panels.url, path, demo_api.token), template, 404)
    assert body["error"]["code"] == "NOT_FOUND"


def test_unknown_number_is_an_invalid_argument_for_the_client(demo_api):
    with pytest.raises(GeneDeskError) as caught:
        demo_api.invoice("KP000")
    assert caught.value.code is ErrorCode.INVALID_ARGUMENT and "KP000" in str(caught.value)
    with pytest.raises(GeneDeskError) as caught:
        demo_api.order("  ")
    assert caught.value.code is ErrorCode.INVALID_ARGUMENT


def test_payment_accounts_have_one_default(demo_api, sub_api):
    accounts = demo_api.payment_accounts().items
    assert len(accounts) == 3 and sum(a.is_default for a in accounts) == 1
    assert sub_api.payment_accounts().items == accounts  # company money records: same for all
    assert {a.account_name for a in accounts} == {seed.DEMO.company}


def test_refundable_follows_the_portal_rule(demo_api):
    """当月可退费金额 = 余额 - (充值开票金额 - 已开票拨付金额), 上限 1 万, once a month."""
    r = demo_api.refundable()
    overview = demo_api.overview()
    invoiced = sum(
        (
            x.amount
            for x in fetch_all(
                lambda **kw: demo_api.recharges(
                    m.RechargeQuery(invoice_status=m.RechargeInvoiceStatus.INVOICED), **kw
                )
            )
        ),
        Decimal("0.00"),
    )
    allocated = sum(
        (
            a.amount
            for a in fetch_all(
                lambda **kw: demo_api.allocations(
                    m.AllocationQuery(method=m.AllocationMethod.BALANCE), **kw
                )
            )
        ),
        Decimal("0.00"),
    )
    assert r.month == m.YearMonth.of(FIXED_TODAY)
    assert r.account_balance == overview.account_balance
    assert r.invoiced_recharge_amount == invoiced
    assert r.invoiced_allocated_amount == min(invoiced, allocated)
    expected = overview.account_balance - (invoiced - min(invoiced, allocated))
    assert r.balance_refundable == max(Decimal("0.00"), min(Decimal("10000.00"), expected))
    this_month = [
        x for x in fetch_all(demo_api.refunds) if m.YearMonth.of(x.applied_at.date()) == r.month
    ]
    assert r.refunded_this_month == bool(this_month)
    assert r.refundable_amount == (Decimal("0.00") if this_month else r.balance_refundable)
    default = next(a for a in demo_api.payment_accounts().items if a.is_default)
    assert r.refund_account == default


def test_invoiceable_are_the_not_invoiced_recharges(demo_api):
    page = demo_api.invoiceable(page_size=2)
    expected = fetch_all(
        lambda **kw: demo_api.recharges(
            m.RechargeQuery(invoice_status=m.RechargeInvoiceStatus.NOT_INVOICED), **kw
        )
    )
    assert page.total == len(expected) > 2
    assert fetch_all(demo_api.invoiceable) == expected
    assert page.amount_total == sum((x.amount for x in expected), Decimal("0.00"))


def test_last_month_summary_matches_the_bill_and_platforms(demo_api):
    s = demo_api.last_month_summary()
    month = m.YearMonth.of(FIXED_TODAY).shift(-1)
    bill = demo_api.bill(month)
    assert s.month == month and s.total == bill.total
    assert s.account_balance == demo_api.overview().account_balance
    platforms = {p.code: p for p in demo_api.platforms()}
    assert [p.platform for p in s.platforms] == [c for c, p in platforms.items() if p.opened]
    spent = {row.platform: row.total for row in bill.platforms}
    for row in s.platforms:
        assert row.discount == platforms[row.platform].discount
        assert row.total == spent.get(row.platform, Decimal("0.00"))
        if row.platform == "zhongjinyun":
            assert row.balance == demo_api.overview().zhongjinyun_balance
        else:
            assert row.balance is None
    assert {row.platform: row.discount for row in s.platforms}["zhongjinyun"] == Decimal("0.70")
