"""``wire.structure``: the one generic parser that builds every account record from JSON."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from gene_desk.account import models as m
from gene_desk.account import wire
from gene_desk.account.api import _WIRE_NAMES


def _bill_json() -> dict:
    amounts = {k: "1.10" for k in ("compute", "storage", "network", "security", "other")}
    return {
        "month": "2021-01",
        "amount_total": "5.50",
        "categories": amounts,
        "platforms": [
            {
                "platform": "tencent",
                "platform_name": "腾讯云",
                "amounts": amounts,
                "amount_total": "5.50",
            }
        ],
    }


def test_nested_records_tuples_renames_and_exact_money():
    bill = wire.structure(m.BillDetail, _bill_json(), _WIRE_NAMES)
    assert bill.month == m.YearMonth(2021, 1)
    assert bill.total == Decimal("5.50") and str(bill.total) == "5.50"
    assert bill.categories[m.Category.STORAGE] == Decimal("1.10")
    assert bill.platforms == (
        m.PlatformBill("tencent", "腾讯云", bill.categories, Decimal("5.50")),
    )


def test_optional_times_and_enumerations():
    body = {
        "ticket_no": "T1",
        "type": "refund",
        "description": "d",
        "applied_at": "2021-01-02T03:04:05+08:00",
        "applicant": "a",
        "applicant_name": "A",
        "completed_at": None,
        "status": "todo",
    }
    ticket = wire.structure(m.Ticket, body, _WIRE_NAMES)
    assert ticket.ticket_type is m.TicketType.REFUND and ticket.status is m.TicketStatus.TODO
    assert ticket.completed_at is None
    assert ticket.applied_at == datetime(2021, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ({"platforms": {}}, wire.WireError, "expected a list"),
        ({"categories": "x"}, wire.WireError, "expected an object for CategoryAmounts"),
        ({"amount_total": 5.5}, wire.WireError, "decimal string"),
        ({"month": None}, wire.WireError, "YYYY-MM"),
    ],
)
def test_malformed_members_are_refused(change, error, words):
    with pytest.raises(error, match=words):
        wire.structure(m.BillDetail, {**_bill_json(), **change}, _WIRE_NAMES)


def test_a_missing_member_names_its_wire_name():
    body = _bill_json()
    del body["amount_total"]
    with pytest.raises(KeyError, match="amount_total"):
        wire.structure(m.BillDetail, body, _WIRE_NAMES)
