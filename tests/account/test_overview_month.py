"""本月消费金额 and 本月预估费用 (guide 1.3.1) on days that stress the rule: the 1st (a half day
elapsed), an ordinary day, the last day of a short and of a long month. The sandbox's day is
injected (``AccountService(today=...)``); the expected figures are worked out here from the
seeded consumption rows, fetched over HTTP as raw JSON."""

from __future__ import annotations

import calendar
import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
import requests

from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.billing import estimated_fen
from tests.account.conftest import start_panels

DAYS = (date(2026, 3, 1), date(2026, 6, 15), date(2026, 2, 28), date(2025, 12, 31))


def _get(url: str, token: str, path: str, **params: object) -> dict:
    response = requests.get(
        url + path, params=params, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert response.status_code == 200, response.text
    return json.loads(response.content, parse_float=Decimal)


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_month_consumption_and_estimate(tmp_path, today):
    panels = start_panels(tmp_path / "account", today=today)
    try:
        login = requests.post(
            panels.url + "/api/v1/auth/login",
            json={"account": seed.DEMO.account, "password": seed.DEMO.password},
            timeout=10,
        ).json()
        token = login["session_token"]
        o = _get(panels.url, token, "/api/v1/console/overview")
        month = f"{today:%Y-%m}"
        assert o["month"] == month
        so_far = Decimal("0")
        page = 1
        while True:  # every consumption line of this month, summed here
            body = _get(
                panels.url,
                token,
                "/api/v1/billing/consumption",
                from_month=month,
                to_month=month,
                page=page,
                page_size=100,
            )
            so_far += sum((Decimal(str(i["amount"])) for i in body["items"]), Decimal("0"))
            if page * 100 >= body["total"]:
                break
            page += 1
        assert so_far > 0  # even on the 1st: the day is under way
        assert Decimal(str(o["month_consumption"])) == so_far
        days = calendar.monthrange(today.year, today.month)[1]
        estimate = (so_far * days / (today.day - Decimal("0.5"))).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
        assert Decimal(str(o["month_estimated_cost"])) == estimate
        if today.day == days:  # the last day: the estimate is hardly more than the spend
            assert so_far < estimate < so_far * Decimal("1.05")
    finally:
        panels.service.stop()


@pytest.mark.parametrize(
    ("so_far", "today", "fen"),
    [
        (100, date(2026, 3, 1), 6200),  # 100 × 31 / 0.5
        (0, date(2026, 3, 1), 0),
        (1, date(2026, 6, 2), 20),  # 1 × 30 / 1.5 = 20
        (5, date(2026, 6, 4), 43),  # 150 / 3.5 = 42.86 -> 43 (up)
        (3, date(2026, 6, 16), 6),  # 90 / 15.5 = 5.81 -> 6 (up)
        (29, date(2026, 6, 30), 29),  # 870 / 29.5 = 29.49 -> 29 (down)
        (59, date(2026, 6, 30), 60),  # 1770 / 29.5 = 60 exactly
    ],
)
def test_estimated_fen_rounds_to_the_nearest_fen(so_far, today, fen):
    """The denominator (2 × day − 1) is odd, so the exact estimate is never half a fen: rounding
    half up is rounding to the nearest."""
    assert estimated_fen(so_far, today) == fen
