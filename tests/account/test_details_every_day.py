"""The detail views' seeded records hold what the tests and the demo rely on, on every day (a
day a week through a year, plus a leap day; straight on the generators, no HTTP): every invoice
and order has its details, an invoice with and one without 备注, an order of each kind (with a
finished ticket, in progress, cancelled without one), invoiceable recharges, one default payment
account."""

from __future__ import annotations

import json

import pytest

from gene_desk.sandbox.account import billing_details, billing_seed
from tests.account.test_seed_every_day import DAYS, MEMBERS

COMPANY = "研发部客户"


@pytest.mark.parametrize("today", [*DAYS[::7], DAYS[-1]], ids=str)
def test_detail_records_every_day(today):
    data = billing_seed.generate(COMPANY, MEMBERS, today, rich=True)
    tables = billing_details.generate(COMPANY, data, today)
    invoices = {row["invoice_no"]: row for row in tables["invoice_details"]}
    assert set(invoices) == {i["invoice_no"] for i in data.invoices}
    remarks = {row["remark"] for row in invoices.values()}
    assert "" in remarks and remarks - {""}
    assert {row["taxpayer_id"] for row in invoices.values()} == {
        billing_details.taxpayer_id(COMPANY)
    }
    orders = {row["order_no"]: row for row in tables["order_details"]}
    assert set(orders) == {o["order_no"] for o in data.orders}
    kinds = set()
    for order in data.orders:
        detail = orders[order["order_no"]]
        assert (
            detail["unit_fen"] * detail["duration_months"] * order["quantity"]
            == (order["paid_fen"])
        )
        assert json.loads(detail["config"]) and "购买时长" not in detail["config"]
        if order["status"] == "cancelled":
            assert detail["ticket_no"] is None
        else:
            assert detail["ticket_no"] is not None  # every live order has its ticket
            assert (detail["completed_at"] is None) == (order["status"] == "processing")
        kinds.add(order["status"])
    assert kinds == {"completed", "processing", "cancelled"}
    assert any(r["invoice_status"] == "not_invoiced" for r in data.recharges)  # 发票操作
    accounts = tables["payment_accounts"]
    assert len(accounts) == 3 and sum(a["is_default"] for a in accounts) == 1


def test_a_company_without_records_has_no_details():
    data = billing_seed.generate("空公司", MEMBERS[:1], DAYS[0], rich=False)
    assert all(not rows for rows in billing_details.generate("空公司", data, DAYS[0]).values())
