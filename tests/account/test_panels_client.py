"""The account-panel client (gene_desk.account) against the sandbox service over real HTTP:
every endpoint and filter, paging, the balances adding up, sub-account rules, session expiry,
network failures, and money that never passes through float."""

from __future__ import annotations

import calendar
import dataclasses
import socket
import threading
from collections import Counter
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.account.paging import fetch_all, iter_pages
from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.account.billing_seed import CHINA_TZ
from gene_desk.sandbox.httpjson import JsonHttpServer, Router
from tests.account.conftest import start_panels
from tests.helpers.today import FIXED_TODAY

CENT = Decimal("0.01")


def _all(fetch: Any, query: Any = None) -> list[Any]:
    return fetch_all(partial(fetch, query) if query is not None else fetch)


def _month_of(moment: datetime) -> m.YearMonth:
    return m.YearMonth.of(moment.astimezone(CHINA_TZ).date())


def _walk(value: Any) -> Any:
    """Every leaf value of a record tree."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _walk(v)
    else:
        yield value


# -- every endpoint, typed --------------------------------------------------------------------


def test_every_record_is_typed_with_decimal_money_and_aware_times(demo_api):
    records: list[Any] = [demo_api.overview(), demo_api.platforms(), demo_api.unread_messages()]
    month = demo_api.overview().month
    records.append(demo_api.bill(month))
    for fetch in (
        demo_api.bills,
        demo_api.consumption,
        demo_api.orders,
        demo_api.recharges,
        demo_api.allocations,
        demo_api.coupons,
        demo_api.invoices,
        demo_api.refunds,
        demo_api.tickets,
        demo_api.messages,
        demo_api.users,
        demo_api.roles,
    ):
        page = fetch(page_size=100)
        assert page.items, fetch.__name__
        records.append(page)
    leaves = [leaf for record in records for leaf in _walk(record)]
    assert not [leaf for leaf in leaves if isinstance(leaf, float)]
    decimals = [leaf for leaf in leaves if isinstance(leaf, Decimal)]
    assert len(decimals) > 400
    assert all(d.as_tuple().exponent == -2 for d in decimals)
    times = [leaf for leaf in leaves if isinstance(leaf, datetime)]
    assert times and all(t.utcoffset() is not None for t in times)
    with pytest.raises(dataclasses.FrozenInstanceError):
        records[0].account_balance = Decimal("1")  # records are frozen


# -- balances add up ----------------------------------------------------------------------------


def test_overview_adds_up(demo_api):
    o = demo_api.overview()
    recharges = _all(demo_api.recharges)
    allocations = _all(demo_api.allocations)
    refunds = _all(demo_api.refunds)
    balance_allocs = [a for a in allocations if a.method is m.AllocationMethod.BALANCE]
    assert o.account_balance == (
        sum(r.amount for r in recharges)
        - sum(a.amount for a in balance_allocs)
        - sum(r.amount for r in refunds)
    )
    assert o.account_balance >= 0
    assert o.frozen_amount == sum(
        a.amount for a in balance_allocs if a.status is m.AllocationStatus.IN_PROGRESS
    ) + sum(r.amount for r in refunds if r.status is m.RefundStatus.REVIEWING)
    assert o.frozen_amount > 0
    zhongjinyun_use = _all(demo_api.consumption, m.ConsumptionQuery(platform="zhongjinyun"))
    assert o.zhongjinyun_balance == sum(
        a.actual_amount
        for a in allocations
        if a.platform == "zhongjinyun" and a.status is m.AllocationStatus.COMPLETED
    ) - sum(c.amount for c in zhongjinyun_use)
    assert o.zhongjinyun_balance > 0
    coupons = _all(demo_api.coupons)
    assert o.coupon_count == sum(c.state is m.CouponState.UNUSED for c in coupons) > 0
    this_month = _all(demo_api.consumption, m.ConsumptionQuery(o.month, o.month))
    assert o.month_consumption == sum(c.amount for c in this_month) > 0
    assert o.month_consumption == demo_api.bill(o.month).total
    # the estimate: so far, at the same daily rate over the month (today counts half a day)
    days = calendar.monthrange(FIXED_TODAY.year, FIXED_TODAY.month)[1]
    expected = o.month_consumption * days / (FIXED_TODAY.day - Decimal("0.5"))
    assert o.month_estimated_cost == expected.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert o.month_estimated_cost > o.month_consumption
    assert o.last_month_cost == demo_api.bill(o.month.shift(-1)).total > 0
    assert o.month_recharge == sum(
        r.amount for r in recharges if _month_of(r.created_at) == o.month
    )
    assert o.month_allocation == sum(
        a.amount for a in balance_allocs if _month_of(a.created_at) == o.month
    )
    counts = demo_api.tickets().counts
    assert o.tickets == counts
    for tab in (m.TicketTab.TODO, m.TicketTab.IN_PROGRESS, m.TicketTab.DONE):
        assert demo_api.tickets(m.TicketQuery(tab)).total == getattr(counts, tab.value) > 0
    assert counts.all == counts.todo + counts.in_progress + counts.done
    unread = demo_api.unread_messages()
    assert o.unread_messages == unread.total == unread.bill + unread.ticket > 0
    assert demo_api.messages(m.MessageQuery(read=False)).total == unread.total


def test_allocation_actual_amount_is_amount_over_discount(demo_api):
    allocations = _all(demo_api.allocations)
    for a in allocations:
        assert a.actual_amount == (a.amount / a.discount).quantize(CENT, ROUND_HALF_UP)
        if a.method is m.AllocationMethod.COUPON:
            assert a.discount == 1 and a.actual_amount == a.amount and a.platform == "zhongjinyun"
        assert (a.completed_at is None) == (a.status is m.AllocationStatus.IN_PROGRESS)
    pairs = {(str(a.amount), str(a.discount), str(a.actual_amount)) for a in allocations}
    assert ("99.00", "0.80", "123.75") in pairs  # the guide's own rows
    assert ("1.00", "0.70", "1.43") in pairs
    discounts = {p.code: p.discount for p in demo_api.platforms()}
    assert discounts["zhongjinyun"] == Decimal("0.70")
    assert all(
        a.discount == discounts[a.platform] for a in allocations if a.method.value == "balance"
    )


def test_bills_add_up_to_the_consumption_lines(demo_api):
    bills = _all(demo_api.bills)
    assert 17 <= len(bills) <= 18 and bills == sorted(bills, key=lambda b: b.month, reverse=True)
    lines = _all(demo_api.consumption)
    assert len(lines) > 300  # enough to need paging
    by_cell: Counter[tuple[str, str, str]] = Counter()
    for line in lines:
        by_cell[(str(line.month), line.platform, line.category.value)] += line.amount  # type: ignore[assignment]
    for bill in bills[:4]:
        detail = demo_api.bill(bill.month)
        assert detail.total == bill.total == sum(p.total for p in detail.platforms)
        assert detail.categories.total() == detail.total
        for row in detail.platforms:
            assert row.amounts.total() == row.total
            for category in m.Category:
                cell = by_cell.get((str(bill.month), row.platform, category.value), Decimal(0))
                assert row.amounts[category] == cell
        assert {p.platform for p in detail.platforms} >= {"zhongjinyun", "tencentcloud"}
    empty = demo_api.bill(m.YearMonth(2001, 1))
    assert empty.total == 0 and empty.platforms == () and empty.categories.total() == 0


# -- filters ------------------------------------------------------------------------------------


def test_consumption_filters(demo_api):
    every = _all(demo_api.consumption)
    months = sorted({c.month for c in every})
    lo, hi = months[3], months[8]
    platforms = {c.platform for c in every}
    assert platforms == {"zhongjinyun", "huaweicloud", "tencentcloud", "jdcloud"}
    assert {c.category for c in every} == set(m.Category)
    cases = [
        (m.ConsumptionQuery(from_month=lo), lambda c: c.month >= lo),
        (m.ConsumptionQuery(to_month=hi), lambda c: c.month <= hi),
        (m.ConsumptionQuery(lo, hi), lambda c: lo <= c.month <= hi),
        (m.ConsumptionQuery(platform="huaweicloud"), lambda c: c.platform == "huaweicloud"),
        (m.ConsumptionQuery(category=m.Category.NETWORK), lambda c: c.category.value == "network"),
        (
            m.ConsumptionQuery(lo, hi, "jdcloud", m.Category.COMPUTE),
            lambda c: (
                lo <= c.month <= hi and c.platform == "jdcloud" and c.category.value == "compute"
            ),
        ),
        (m.ConsumptionQuery(platform="no_such_cloud"), lambda c: False),
    ]
    for query, keep in cases:
        expected = [c for c in every if keep(c)]
        page = demo_api.consumption(query, page_size=100)
        got = _all(demo_api.consumption, query)
        assert got == expected, query
        assert page.total == len(expected)
        assert page.amount_total == sum((c.amount for c in expected), Decimal("0.00"))


def _check_filter(fetch: Any, every: list[Any], query: Any, keep: Any) -> list[Any]:
    expected = [r for r in every if keep(r)]
    assert _all(fetch, query) == expected, query
    return expected


def test_record_filters(demo_api):
    orders = _all(demo_api.orders)
    assert {o.status for o in orders} == set(m.OrderStatus)
    for status in m.OrderStatus:
        assert _check_filter(
            demo_api.orders,
            orders,
            m.OrderQuery(status),
            lambda o, status=status: o.status is status,
        )
    mid = orders[len(orders) // 2].ordered_at.astimezone(CHINA_TZ).date()
    in_range = _check_filter(
        demo_api.orders,
        orders,
        m.OrderQuery(start_date=mid, end_date=mid),
        lambda o: o.ordered_at.astimezone(CHINA_TZ).date() == mid,
    )
    assert in_range

    recharges = _all(demo_api.recharges)
    assert {r.invoice_status for r in recharges} == set(m.RechargeInvoiceStatus)
    for status in m.RechargeInvoiceStatus:
        _check_filter(
            demo_api.recharges,
            recharges,
            m.RechargeQuery(invoice_status=status),
            lambda r, status=status: r.invoice_status is status,
        )
    start = recharges[5].created_at.astimezone(CHINA_TZ).date()
    assert _check_filter(
        demo_api.recharges,
        recharges,
        m.RechargeQuery(start_date=start),
        lambda r: r.created_at.astimezone(CHINA_TZ).date() >= start,
    )

    allocations = _all(demo_api.allocations)
    for method in m.AllocationMethod:
        assert _check_filter(
            demo_api.allocations,
            allocations,
            m.AllocationQuery(method=method),
            lambda a, method=method: a.method is method,
        )
    end = allocations[len(allocations) // 2].created_at.astimezone(CHINA_TZ).date()
    assert _check_filter(
        demo_api.allocations,
        allocations,
        m.AllocationQuery(end_date=end, platform="huaweicloud"),
        lambda a: a.platform == "huaweicloud" and a.created_at.astimezone(CHINA_TZ).date() <= end,
    )

    coupons = _all(demo_api.coupons)
    for state in m.CouponState:
        assert _check_filter(
            demo_api.coupons, coupons, m.CouponQuery(state), lambda c, state=state: c.state is state
        )

    invoices = _all(demo_api.invoices)
    for kind in m.InvoiceType:
        assert _check_filter(
            demo_api.invoices,
            invoices,
            m.InvoiceQuery(invoice_type=kind),
            lambda i, kind=kind: i.invoice_type is kind,
        )
    assert {i.status for i in invoices} == set(m.InvoiceStatus)

    refunds = _all(demo_api.refunds)
    assert {r.status for r in refunds} == set(m.RefundStatus)
    first = min(r.applied_at for r in refunds).astimezone(CHINA_TZ).date()
    assert _check_filter(
        demo_api.refunds,
        refunds,
        m.RefundQuery(end_date=first),
        lambda r: r.applied_at.astimezone(CHINA_TZ).date() <= first,
    )


def test_ticket_tabs_types_and_time_range(demo_api):
    tickets = _all(demo_api.tickets)
    assert {t.ticket_type for t in tickets} == set(m.TicketType)
    assert {t.status for t in tickets} == set(m.TicketStatus)
    assert all((t.completed_at is None) == (t.status is not m.TicketStatus.DONE) for t in tickets)
    for tab in m.TicketTab:
        keep = (
            (lambda t: True)
            if tab is m.TicketTab.ALL
            else (lambda t, tab=tab: t.status.value == tab.value)
        )
        assert _check_filter(demo_api.tickets, tickets, m.TicketQuery(tab), keep)
    for kind in m.TicketType:
        assert _check_filter(
            demo_api.tickets,
            tickets,
            m.TicketQuery(ticket_type=kind),
            lambda t, kind=kind: t.ticket_type is kind,
        )
    day = tickets[10].applied_at.astimezone(CHINA_TZ).date()
    query = m.TicketQuery(m.TicketTab.DONE, start_date=day.replace(day=1), end_date=day)
    page = demo_api.tickets(query)
    in_range = [
        t for t in tickets if day.replace(day=1) <= t.applied_at.astimezone(CHINA_TZ).date() <= day
    ]
    assert page.counts.all == len(in_range)  # tab sizes under the same time filter
    assert page.total == page.counts.done == sum(t.status is m.TicketStatus.DONE for t in in_range)


def test_messages_filters(demo_api):
    messages = _all(demo_api.messages)
    assert len(messages) > 100
    for category in m.MessageCategory:
        for read in (True, False, None):
            assert _check_filter(
                demo_api.messages,
                messages,
                m.MessageQuery(category, read),
                lambda x, c=category, r=read: x.category is c and (r is None or x.read is r),
            )


def test_users_and_roles_for_the_main_account(demo_api):
    users = _all(demo_api.users)
    assert users[0].account == seed.DEMO.account and users[0].is_main_account
    assert seed.SUB.account in {u.account for u in users[1:]}
    assert not any(u.is_main_account for u in users[1:])
    roles = {r.name: r.description for r in _all(demo_api.roles)}
    assert roles["客服辅助"] == "充值和拨付功能" and roles["业务员"] == "暂无"


# -- paging -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["bills", "consumption", "orders", "allocations", "tickets", "messages", "users"]
)
def test_all_pages_concatenated_equal_one_big_query(demo_api, name):
    fetch = getattr(demo_api, name)
    big = fetch(page_size=100)
    small = list(iter_pages(fetch, page_size=7))
    assert all(p.total == big.total for p in small)
    assert [p.page for p in small] == list(range(1, len(small) + 1))
    assert len(small) == -(-big.total // 7)
    rows = [row for p in small for row in p.items]
    assert len(rows) == big.total
    assert rows[: len(big.items)] == list(big.items)
    assert len({dataclasses.astuple(r) for r in rows}) == len(rows)  # no duplicates across pages
    past = fetch(page=len(small) + 1, page_size=7)
    assert past.items == () and past.total == big.total and not past.has_next


def test_client_refuses_bad_paging_and_ranges_without_asking(demo_api):
    for kwargs in ({"page_size": 101}, {"page_size": 0}, {"page": 0}):
        with pytest.raises(GeneDeskError) as info:
            demo_api.consumption(**kwargs)
        assert info.value.code is ErrorCode.INVALID_ARGUMENT
    with pytest.raises(GeneDeskError) as info:
        m.ConsumptionQuery(m.YearMonth(2021, 2), m.YearMonth(2021, 1))
    assert info.value.code is ErrorCode.INVALID_ARGUMENT
    with pytest.raises(GeneDeskError) as info:
        m.TicketQuery(start_date=date(2021, 2, 2), end_date=date(2021, 2, 1))
    assert info.value.code is ErrorCode.INVALID_ARGUMENT


# -- sub-accounts ---------------------------------------------------------------------------------


def test_sub_account_sees_company_money_but_only_its_own_orders_and_tickets(demo_api, sub_api):
    for name in ("users", "roles"):
        with pytest.raises(GeneDeskError) as info:
            getattr(sub_api, name)()
        assert info.value.code is ErrorCode.FORBIDDEN and info.value.status == 403
    for name in (
        "bills",
        "consumption",
        "recharges",
        "allocations",
        "coupons",
        "invoices",
        "refunds",
    ):
        assert _all(getattr(sub_api, name)) == _all(getattr(demo_api, name)), name
    main_orders, sub_orders = _all(demo_api.orders), _all(sub_api.orders)
    assert sub_orders and all(o.ordered_by == seed.SUB.account for o in sub_orders)
    assert sub_orders == [o for o in main_orders if o.ordered_by == seed.SUB.account]
    assert len(sub_orders) < len(main_orders)
    main_tickets, sub_tickets = _all(demo_api.tickets), _all(sub_api.tickets)
    assert sub_tickets == [t for t in main_tickets if t.applicant == seed.SUB.account]
    assert sub_tickets and len(sub_tickets) < len(main_tickets)
    sub_overview, main_overview = sub_api.overview(), demo_api.overview()
    assert sub_overview.tickets.all == len(sub_tickets)
    assert not sub_overview.is_main_account and sub_overview.role == "业务员"
    assert sub_overview.account_balance == main_overview.account_balance
    sub_messages = _all(sub_api.messages)
    assert sub_messages and {x.id for x in sub_messages}.isdisjoint(
        {x.id for x in _all(demo_api.messages)}
    )


# -- sessions and failures ---------------------------------------------------------------------


def _expire_all_sessions(panels: Any) -> None:
    with panels.service.store.db() as db:
        db.execute("DELETE FROM sessions")


def test_session_expiry_surfaces_or_is_renewed(fresh_panels):
    plain = fresh_panels.api()
    kept = AccountSession.login(
        fresh_panels.url, seed.DEMO.account, seed.DEMO.password, keep_password=True
    )
    first_token = kept.token
    assert plain.overview().company == kept.api.overview().company
    _expire_all_sessions(fresh_panels)
    with pytest.raises(GeneDeskError) as info:
        plain.tickets()
    assert info.value.code is ErrorCode.SESSION_EXPIRED
    # the session that keeps the password logs in again, once, for many threads at once
    results: list[Any] = []
    threads = [
        threading.Thread(target=lambda: results.append(kept.api.consumption(page_size=5).total))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6 and len(set(results)) == 1
    assert kept.token != first_token
    count = fresh_panels.service.store.db().execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert count == 1


def test_network_failure_and_timeout_are_clear():
    api = AccountApi("http://127.0.0.1:9", timeout=2)
    api.token = "whatever"
    with pytest.raises(GeneDeskError) as info:
        api.overview()
    assert info.value.code is ErrorCode.NETWORK and info.value.retryable
    assert "cannot reach the account service" in info.value.message
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts connections, never answers
    try:
        api = AccountApi(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=0.3)
        api.token = "whatever"
        with pytest.raises(GeneDeskError) as info:
            api.bills()
        assert info.value.code is ErrorCode.TIMEOUT
        assert "did not answer in time" in info.value.message
    finally:
        silent.close()


# -- money never passes through float ---------------------------------------------------------


def test_sum_of_thousands_of_small_amounts_is_exact(fresh_panels):
    """3,000 lines of x.01/x.07/0.10/... in a month of their own: the client's Decimal sum over
    every page equals the server's integer-fen totals exactly (a float sum would not)."""
    cents = [1, 7, 10, 29, 103, 3, 70, 99, 1001, 33]
    rows = [
        ("2001-01", ("zhongjinyun", "huaweicloud")[i % 2], "other", f"测试{i % 13}", cents[i % 10])
        for i in range(3000)
    ]
    api = fresh_panels.api()
    api.overview()  # generate the day's records first, so the extra rows are not regenerated away
    fresh_panels.store.add_consumption(seed.DEMO.company, rows)
    query = m.ConsumptionQuery(m.YearMonth(2001, 1), m.YearMonth(2001, 1))
    pages = list(iter_pages(partial(api.consumption, query)))
    assert len(pages) == 30
    amounts = [line.amount for p in pages for line in p.items]
    exact = Decimal(sum(r[4] for r in rows)) / 100
    assert sum(amounts, Decimal("0.00")) == exact == pages[0].amount_total
    assert api.bill(m.YearMonth(2001, 1)).total == exact
    assert all(type(a) is Decimal and a.as_tuple().exponent == -2 for a in amounts)


def _fake_service(body: Any) -> JsonHttpServer:
    router = Router()
    router.add("GET", "/api/v1/billing/bills", lambda req: (200, body))
    server = JsonHttpServer("127.0.0.1", 0, router)
    server.start()
    return server


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (1.5, "decimal string"),  # a JSON float
        (15, "decimal string"),  # a JSON integer
        ("1,5", "not a decimal amount"),
        ("1.5e3", "not a decimal amount"),
    ],
)
def test_client_refuses_amounts_that_are_not_decimal_strings(amount, words):
    server = _fake_service(
        {
            "total": 1,
            "page": 1,
            "page_size": 20,
            "items": [{"month": "2020-02", "amount_total": amount}],
        }
    )
    try:
        api = AccountApi(f"http://127.0.0.1:{server.port}")
        api.token = "t"
        with pytest.raises(GeneDeskError) as info:
            api.bills()
        assert info.value.code is ErrorCode.BAD_RESPONSE
        assert words in info.value.message and "/api/v1/billing/bills" in info.value.message
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("item", "words"),
    [
        ({"month": "2020-02"}, "'amount_total' is missing"),
        ({"month": "2020-2", "amount_total": "1.00"}, "not a month"),
    ],
)
def test_client_refuses_malformed_records(item, words):
    server = _fake_service({"total": 1, "page": 1, "page_size": 20, "items": [item]})
    try:
        api = AccountApi(f"http://127.0.0.1:{server.port}")
        api.token = "t"
        with pytest.raises(GeneDeskError) as info:
            api.bills()
        assert info.value.code is ErrorCode.BAD_RESPONSE and words in info.value.message
    finally:
        server.stop()


# -- generated data -----------------------------------------------------------------------------


def test_records_are_deterministic_for_a_day_and_span_18_months(tmp_path: Path):
    """The day is injected apart from the clock: records as of 2021-02-05 while sessions (and
    the COS keys they would fetch) are dated by the real clock."""
    dumps = []
    for name in ("a", "b"):
        panels = start_panels(tmp_path / name, today=date(2021, 2, 5))
        try:
            api = panels.api()
            bills = _all(api.bills)
            dumps.append((bills, _all(api.tickets), _all(api.allocations), api.overview().month))
        finally:
            panels.service.stop()
    assert dumps[0] == dumps[1]
    bills = dumps[0][0]
    assert len(bills) == 18
    assert (bills[0].month, bills[-1].month) == (m.YearMonth(2021, 2), m.YearMonth(2019, 9))
    assert dumps[0][3] == m.YearMonth(2021, 2)
    latest = max(t.applied_at for t in dumps[0][1])
    assert latest < datetime(2021, 2, 5, tzinfo=CHINA_TZ)  # nothing in the future
