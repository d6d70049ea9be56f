"""The generated account records hold what the tests and the demo rely on, on EVERY day.

The sandbox seeds its records relative to its *today*; the tests run on one fixed day
(``tests/helpers/today.py``) and the demo on the real one. Each list, tab and filter the
tests in tests/account and tests/ui/test_account_*.py read (or the demo shows) is checked here
for every day of a whole year plus a leap day, straight on ``billing_seed.generate`` (no HTTP:
the service serves these rows as they are, sorted and filtered by SQL mirrored below), so moving
``FIXED_TODAY`` can never make a test find nothing, and the demo always shows every state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from gene_desk.sandbox.account import billing_seed as bs
from gene_desk.sandbox.account import seed
from tests.helpers.today import recent_range

MEMBERS = [
    bs.Member(seed.DEMO.account, seed.DEMO.display_name, seed.DEMO.role, True),
    bs.Member(seed.SUB.account, seed.SUB.display_name, seed.SUB.role, False),
]
YEAR = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
DAYS = [*YEAR, date(2028, 2, 29)]
PAGE = 50  # the window's first page
Row = dict[str, Any]


def _month(today: date, back: int) -> str:
    return bs.month_key(*bs.add_months(today.year, today.month, -back))


def _day(row: Row, column: str) -> str:
    return row[column][:10]  # times are ISO strings in China time, as the service filters them


def _quartile_filter_narrows(rows: list[Row], column: str) -> bool:
    """test_record_pages_filter_by_dates_and_kind: the range between the first and third
    quartile of the rows' days holds some rows, but not all."""
    days = sorted(_day(r, column) for r in rows)
    if not days:
        return False
    lo, hi = days[len(days) // 4], days[3 * len(days) // 4]
    inside = sum(lo <= d <= hi for d in days)
    return 0 < inside < len(days)


def _some_not_all(rows: list[Row], keep: Callable[[Row], bool]) -> bool:
    kept = sum(1 for r in rows if keep(r))
    return 0 < kept < len(rows)


def _newest(rows: list[Row], column: str) -> list[Row]:
    """``ORDER BY column DESC, id DESC`` (ids follow insertion)."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i][column], i), reverse=True)
    return [rows[i] for i in order]


def _consumption_first_page(rows: list[Row]) -> list[Row]:
    """The service's order: month DESC, portal platform order, category order, product, id."""
    platform = {code: i for i, (code, _) in enumerate(bs.PLATFORMS)}
    category = {code: i for i, code in enumerate(bs.CATEGORIES)}
    ordered = sorted(
        enumerate(rows),
        key=lambda p: (
            -int(p[1]["month"].replace("-", "")),
            platform[p[1]["platform"]],
            category[p[1]["category"]],
            p[1]["product"],
            p[0],
        ),
    )
    return [row for _, row in ordered[:PAGE]]


def demo_problems(today: date) -> list[str]:
    """What is missing from the demo company's records on ``today`` (empty = nothing)."""
    return missing(bs.generate(seed.DEMO.company, MEMBERS, today, rich=True), today)


def missing(data: bs.SeedData, today: date) -> list[str]:
    """What the tests and the demo rely on that ``data`` (as of ``today``) lacks."""
    problems: list[str] = []

    def need(ok: object, what: str) -> None:
        if not ok:
            problems.append(what)

    # every list has rows (CLI tables, typed records, exports, the window's pages)
    for table, rows in data.tables().items():
        need(rows, f"no {table}")
    if problems:
        return problems

    # 账户概览 and bills
    consumption = data.consumption
    months = {c["month"] for c in consumption}
    need(_month(today, 0) in months, "no consumption this month (estimate, chart's last bar)")
    need(_month(today, 1) in months, "no bill last month (the overview's default bill)")
    need(17 <= len(months) <= 18, f"{len(months)} bill months, not 17-18")
    for back in range(4):
        platforms = {c["platform"] for c in consumption if c["month"] == _month(today, back)}
        need({"zhongjinyun", "tencentcloud"} <= platforms, f"bill {back} months back lacks clouds")
    balance = (
        sum(r["amount_fen"] for r in data.recharges)
        - sum(a["amount_fen"] for a in data.allocations if a["method"] == "balance")
        - sum(r["amount_fen"] for r in data.refunds)
    )
    need(balance >= 0, "negative account balance")
    frozen = sum(
        a["amount_fen"]
        for a in data.allocations
        if a["method"] == "balance" and a["status"] == "in_progress"
    ) + sum(r["amount_fen"] for r in data.refunds if r["status"] == "reviewing")
    need(frozen > 0, "nothing frozen")
    zhongjinyun = sum(
        a["actual_fen"]
        for a in data.allocations
        if a["platform"] == "zhongjinyun" and a["status"] == "completed"
    ) - sum(c["amount_fen"] for c in consumption if c["platform"] == "zhongjinyun")
    need(zhongjinyun >= 100_000, "中金云 balance under 1,000.00 (no thousands separator)")

    # 消费明细: filters of the panel (months offered from today) and of the CLI / client tests
    need(len(consumption) > 300, "consumption fits in a few pages")
    need({c["platform"] for c in consumption} == set(bs.PORTFOLIOS), "a cloud has no lines")
    need({c["category"] for c in consumption} == set(bs.CATEGORIES), "a category has no lines")
    window = {_month(today, back) for back in range(2, 6)}
    need(
        any(
            c["month"] in window and c["platform"] == "huaweicloud" and c["category"] == "storage"
            for c in consumption
        ),
        "no 华为云 storage 2-5 months back",
    )
    need(sum(c["month"] >= _month(today, 11) for c in consumption) > 100, "few lines in 12 months")
    need(
        any(c["amount_fen"] >= 100_000 for c in _consumption_first_page(consumption)),
        "no amount over 1,000.00 on the first page",
    )

    # 我的订单
    orders = data.orders
    need({o["status"] for o in orders} == {"processing", "completed", "cancelled"}, "order states")
    need(_some_not_all(orders, lambda o: o["status"] == "completed"), "completed orders filter")
    need(_some_not_all(orders, lambda o: o["account"] == seed.SUB.account), "sub-account orders")
    need(_quartile_filter_narrows(orders, "ordered_at"), "order date range")

    # 充值记录
    recharges = data.recharges
    statuses = {r["invoice_status"] for r in recharges}
    need(statuses == {"not_invoiced", "invoiced", "not_invoiceable"}, "recharge invoice states")
    need(len(recharges) >= 6, "fewer than 6 recharges")
    need(_quartile_filter_narrows(recharges, "created_at"), "recharge date range")

    # 拨付记录
    allocations = data.allocations
    need({a["method"] for a in allocations} == {"balance", "coupon"}, "allocation methods")
    need(_some_not_all(allocations, lambda a: a["method"] == "balance"), "balance filter")
    need({a["status"] for a in allocations} == {"completed", "in_progress"}, "allocation states")
    need(any(a["platform"] == "zhongjinyun" for a in allocations), "no 中金云 allocation")
    pairs = {(a["amount_fen"], a["discount_pct"]) for a in allocations}
    need((9_900, 80) in pairs and (100, 70) in pairs, "the guide's 99.00@80% / 1.00@70% rows")
    need(_quartile_filter_narrows(allocations, "created_at"), "allocation date range")
    newest = _newest(allocations, "created_at")
    middle = _day(newest[len(newest) // 2], "created_at")
    need(
        any(a["platform"] == "huaweicloud" and _day(a, "created_at") <= middle for a in newest),
        "no 华为云 allocation in the older half",
    )

    # 云券管理, 发票记录, 退费记录
    need(
        {c["state"] for c in data.coupons} == {"unused", "used", "allocating", "expired"},
        "coupon states",
    )
    invoices = data.invoices
    need({i["type"] for i in invoices} == set(bs.INVOICE_TYPE_LABELS), "invoice types")
    need({i["status"] for i in invoices} == {"completed", "pending"}, "invoice states")
    need(_some_not_all(invoices, lambda i: i["type"] == "recharge"), "recharge invoice filter")
    need(_quartile_filter_narrows(invoices, "applied_at"), "invoice date range")
    need({r["status"] for r in data.refunds} == {"completed", "reviewing"}, "refund states")
    need(_quartile_filter_narrows(data.refunds, "applied_at"), "refund date range")

    # 运营工单: every tab and type; a recent range holds completed allocations
    tickets = data.tickets
    need({t["type"] for t in tickets} == set(bs.TICKET_TYPE_LABELS), "ticket types")
    need({t["status"] for t in tickets} == {"todo", "in_progress", "done"}, "ticket tabs")
    need(len(tickets) > 10, "10 tickets or fewer")
    need(_some_not_all(tickets, lambda t: t["applicant"] == seed.SUB.account), "sub tickets")
    start, end = (d.isoformat() for d in recent_range(today))
    need(
        any(
            t["type"] == "allocation"
            and t["status"] == "done"
            and start <= _day(t, "applied_at") <= end
            for t in tickets
        ),
        "no completed allocation ticket in the recent range",
    )

    # 消息中心: more than two pages; the first page shows read and unread; both categories
    inbox = _newest([x for x in data.messages if x["account"] == seed.DEMO.account], "created_at")
    need(len(inbox) > 100, "100 messages or fewer")
    need({x["read"] for x in inbox[:PAGE]} == {0, 1}, "first page not both read and unread")
    marks = {(x["category"], x["read"]) for x in inbox}
    need(
        marks == {("bill", 0), ("bill", 1), ("ticket", 0), ("ticket", 1)}, "a category lacks a mark"
    )
    need(any(x["account"] == seed.SUB.account for x in data.messages), "sub-account inbox empty")

    # 用户列表
    accounts = [u["account"] for u in data.members]
    need(accounts[0] == seed.DEMO.account and seed.SUB.account in accounts, "user list")
    return problems


def other_company_problems(today: date) -> list[str]:
    """Companies other than the demo's show the platform list and their users, nothing else
    (the panels' 暂无数据)."""
    problems = []
    for account in (seed.NO_TENCENT, seed.NO_KEY):
        member = bs.Member(account.account, account.display_name, account.role, account.is_main)
        data = bs.generate(account.company, [member], today, rich=False)
        tables = data.tables()
        platforms = tables.pop("company_platforms")
        members = tables.pop("members")
        if [p["platform"] for p in platforms] != [code for code, _ in bs.PLATFORMS]:
            problems.append(f"{account.company}: platform list")
        if [u["account"] for u in members] != [account.account]:
            problems.append(f"{account.company}: user list")
        problems += [
            f"{account.company}: {name} not empty" for name, rows in tables.items() if rows
        ]
    return problems


def _report(failures: dict[date, list[str]]) -> str:
    lines = [f"{day}: {'; '.join(problems)}" for day, problems in list(failures.items())[:20]]
    return f"{len(failures)} days lack records:\n" + "\n".join(lines)


def test_demo_records_hold_every_list_tab_and_filter_on_every_day():
    failures = {day: p for day in DAYS if (p := demo_problems(day))}  # 366 days in ~2 s
    assert not failures, _report(failures)


def test_other_companies_have_users_and_platforms_only_on_every_day():
    failures = {day: p for day in DAYS if (p := other_company_problems(day))}
    assert not failures, _report(failures)


def test_the_checks_see_what_is_missing():
    """The checks are not vacuous: on 2026-12-02 the tests' old range ("since the 1st") held no
    completed allocation ticket (CI failed on it); the recent range does. And records lacking a
    state the tests need are reported."""
    today = date(2026, 12, 2)
    data = bs.generate(seed.DEMO.company, MEMBERS, today, rich=True)
    assert missing(data, today) == []
    allocations_done = [
        t for t in data.tickets if (t["type"], t["status"]) == ("allocation", "done")
    ]
    assert not [t for t in allocations_done if _day(t, "applied_at") >= "2026-12-01"]
    for message in data.messages:
        message["read"] = 1
    data.tickets[:] = [t for t in data.tickets if t not in allocations_done]
    assert set(missing(data, today)) == {
        "first page not both read and unread",
        "a category lacks a mark",
        "no completed allocation ticket in the recent range",
    }
