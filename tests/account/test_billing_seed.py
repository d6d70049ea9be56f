"""The sandbox's generated account records, checked directly (no HTTP) on awkward days: the first
of a month, year ends, leap days. Whatever the day, nothing lies in the future, the balances
never go negative, and every state the panels must show exists."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.account import seed

MEMBERS = [
    bs.Member(seed.DEMO.account, seed.DEMO.display_name, seed.DEMO.role, True),
    bs.Member(seed.SUB.account, seed.SUB.display_name, seed.SUB.role, False),
]
DAYS = [
    date(2025, 1, 1),
    date(2025, 1, 2),
    date(2024, 2, 29),
    date(2024, 3, 1),
    date(2025, 12, 31),
    date(2021, 2, 5),
    *(date(2025, 1, 1) + timedelta(days=37 * k) for k in range(10)),
]


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_records_are_consistent_on_any_day(today):
    data = bs.generate(seed.DEMO.company, MEMBERS, today, rich=True)
    times = [
        value
        for table, rows in data.tables().items()
        if table != "members"
        for row in rows
        for key, value in row.items()
        if key.endswith("_at") and key != "expires_at" and value
    ]
    assert times and max(t[:10] for t in times) < today.isoformat()
    assert all(t.endswith("+08:00") for t in times)
    balance = (
        sum(r["amount_fen"] for r in data.recharges)
        - sum(a["amount_fen"] for a in data.allocations if a["method"] == "balance")
        - sum(r["amount_fen"] for r in data.refunds)
    )
    assert balance >= 0
    zhongjinyun = sum(
        a["actual_fen"]
        for a in data.allocations
        if a["platform"] == "zhongjinyun" and a["status"] == "completed"
    ) - sum(c["amount_fen"] for c in data.consumption if c["platform"] == "zhongjinyun")
    assert zhongjinyun > 0
    assert {c["state"] for c in data.coupons} == {"unused", "used", "allocating", "expired"}
    assert {t["type"] for t in data.tickets} == set(bs.TICKET_TYPE_LABELS)
    assert {t["status"] for t in data.tickets} == {"todo", "in_progress", "done"}
    assert {i["type"] for i in data.invoices} == set(bs.INVOICE_TYPE_LABELS)
    assert {r["invoice_status"] for r in data.recharges} == {
        "not_invoiced",
        "invoiced",
        "not_invoiceable",
    }
    assert {o["status"] for o in data.orders} == {"processing", "completed", "cancelled"}
    assert len({m["month"] for m in data.consumption}) == bs.MONTHS
    assert len(data.consumption) > 300
    assert {m["read"] for m in data.messages} == {0, 1}
    refund_months = [r["applied_at"][:7] for r in data.refunds]
    assert len(refund_months) == len(set(refund_months))  # at most one refund a month
    assert all(r["amount_fen"] <= 1_000_000 for r in data.refunds)  # 退费金额上限为1万元


def test_same_day_same_records_other_company_empty():
    one = bs.generate(seed.DEMO.company, MEMBERS, date(2026, 3, 9), rich=True)
    two = bs.generate(seed.DEMO.company, MEMBERS, date(2026, 3, 9), rich=True)
    assert one == two
    other = bs.generate("华东测序中心", MEMBERS[:1], date(2026, 3, 9), rich=False)
    assert not other.consumption and not other.tickets and len(other.members) == 1


def test_allocation_arithmetic_matches_the_guide():
    assert bs.actual_fen(200_000, 70) == 285_714  # 2000.00 at 70% -> 2857.14
    assert bs.actual_fen(900_000, 70) == 1_285_714  # 9000.00 -> 12857.14
    assert bs.actual_fen(100, 70) == 143  # 1.00 -> 1.43
    assert bs.actual_fen(9_900, 80) == 12_375  # 99.00 at 80% -> 123.75
    assert bs.yuan(285_714) == "2857.14" and bs.yuan(-5) == "-0.05" and bs.yuan(0) == "0.00"


def test_record_numbers_are_shaped_like_the_portals():
    """Seed 1.5.8 BF16044750630118511 (拨付时间 2020-11-04 15:31:03), 1.5.13 TF15644722171414256:
    the prefix, the moment in epoch milliseconds (13 digits) and 4 more, 17 digits in all. The
    sandbox's had 18 once."""
    from datetime import datetime

    data = bs.generate(seed.DEMO.company, MEMBERS, date(2026, 3, 9), rich=True)
    moments = {
        ("allocations", "allocation_no", "created_at"): "BF",
        ("recharges", "recharge_no", "created_at"): "CZ",
        ("invoices", "invoice_no", "applied_at"): "KP",
        ("refunds", "refund_no", "applied_at"): "TF",
        ("tickets", "ticket_no", "applied_at"): "GD",
    }
    for (table, number, moment), prefix in moments.items():
        rows = data.tables()[table]
        assert rows, table
        for row in rows:
            value = row[number]
            assert re.fullmatch(prefix + r"\d{17}", value), value
            made = datetime.fromisoformat(row[moment]).timestamp() * 1000
            assert int(value[2:15]) == int(made), (value, row[moment])
