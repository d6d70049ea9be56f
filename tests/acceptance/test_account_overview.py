"""账户概览 (guide 1.3) and 账单概览 (1.5.1) in the real program, read as a screen reader reads
them (AT-SPI), against the account service's own answers for the fixed day (``FIXED_TODAY``):
本月消费金额 beside 本月预估费用, the month of 上月消费金额, 月度消费账单's text alternative (every
month with its year and amount), the 云操作 tiles, and the 账单概览 entry with 消费概览 and 产品概览
(their value tables and descriptions) and 上月账单汇总及余额.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from gene_desk.account import models as m
from tests.acceptance.account_pages import (
    go_to,
    label,
    labelled_by,
    nav_item,
    open_account,
    rate,
    wait_rows,
    wait_text,
)
from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, id_is, need

CATEGORIES = (
    (m.Category.COMPUTE, "计算"),
    (m.Category.STORAGE, "存储"),
    (m.Category.NETWORK, "网络"),
    (m.Category.SECURITY, "安全"),
    (m.Category.OTHER, "其他"),
)


def month_cn(month: m.YearMonth) -> str:
    return f"{month.year}年{month.month:02d}月"


def share(part: Decimal, total: Decimal) -> str:
    return f"{(part * 100 / total).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def money(value: Decimal) -> str:
    """The portal's money, as issue 19 asks of every face: two decimals (half up), no
    thousands separators (``9488583.67``)."""
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def card(page, key: str, caption: str, value: str) -> None:
    node = label(page, f"card_{key}")
    wait_for(lambda: node.name == caption, WAIT, f"the card {key} named {caption!r}")
    wait_text(label(node, "cardValue"), value, caption)


def test_overview_and_bill_overview_read_by_a_screen_reader(launch, demo_account, api):
    app = launch()
    window = open_account(app, app.login(demo_account.account, demo_account.password))
    wait_text(label(window, "pageTitle", "the page title"), "账户概览", "the page title")
    page = need(window, id_is("page_overview"), "the overview page")
    o = api.overview()

    # 本月消费金额 beside 本月预估费用, and 上月消费金额 with its month
    this_month = api.consumption(m.ConsumptionQuery(o.month, o.month), page_size=1)
    assert o.month_consumption == this_month.amount_total > 0
    last = o.month.shift(-1)
    card(page, "month_estimated_cost", "本月预估费用", f"¥{money(o.month_estimated_cost)}")
    card(page, "month_consumption", "本月消费金额(元)", money(o.month_consumption))
    card(page, "last_month_cost", f"上月消费金额（{last}）", money(o.last_month_cost))

    # 月度消费账单: the chart's text alternative lists every month (with its year) and amount
    chart = label(page, "monthlyBillChart", "the monthly bills chart")
    assert chart.name == "月度消费账单"
    bills = {b.month: b.total for b in api.bills(page_size=24).items}
    months = [o.month.shift(i) for i in range(-11, 1)]
    expected = "; ".join(
        f"{month_cn(mo)}：{money(bills.get(mo, Decimal('0')))} 元" for mo in months
    )
    wait_for(lambda: chart.description == expected, WAIT, "the chart's description")

    # 云操作: a tile per platform, opened or 未开通
    platforms = api.platforms()
    assert any(p.opened for p in platforms) and not all(p.opened for p in platforms)
    tiles = label(page, "cloudTiles", "云操作")
    assert tiles.name == "云操作"
    for p in platforms:
        state = "已开通" if p.opened else "未开通"
        wait_text(label(tiles, f"cloudTile_{p.code}"), f"{p.name}：{state}", p.name)

    # 账单概览: its own entry in 费用中心
    nav = need(window, id_is("accountNav"), "the account navigation")
    entries = [i.name.strip() for i in nav.children if i.roleName == "list item"]
    assert entries[entries.index("费用中心") + 1] == "账单概览"
    assert nav_item(window, "账单概览")
    page = go_to(window, "bill_overview", "账单概览", "账单概览")
    o = api.overview()
    card(page, "month_recharge", "本月充值(元)", money(o.month_recharge))
    card(page, "month_allocation", "本月拨付金额(元)", money(o.month_allocation))
    bill = api.bill(last)
    assert bill.platforms, "the sandbox has no bill for last month"
    title = f"{month_cn(last)}消费概览"
    wait_text(label(page, "consumptionTitle"), title, "消费概览's title")
    wait_text(label(page, "consumptionTotal"), f"¥ {money(bill.total)}", "消费概览's total")
    by_platform = [
        [p.platform_name, money(p.total), share(p.total, bill.total)] for p in bill.platforms
    ]
    table = Table(label(page, "consumptionTable"))
    assert table.node.name == title
    assert table.headers() == ["云平台", "金额(元)", "占比"]
    wait_rows(table, by_platform, "消费概览's values")
    view = label(page, "consumptionChart")
    assert view.name == title
    for name, amount, part in by_platform:
        assert f"{name}: {amount} ({part})" in view.description
    by_product = [
        [cn, money(bill.categories[c]), share(bill.categories[c], bill.total)]
        for c, cn in CATEGORIES
        if bill.categories[c]
    ]
    table = Table(label(page, "productTable"))
    assert table.node.name == f"{month_cn(last)}产品概览"
    wait_rows(table, by_product, "产品概览's values")

    # the month's 云平台 table by product category, then the totals
    assert labelled_by(label(page, "billMonth")) == ["账单月份："]
    wait_text(label(page, "monthTotal"), f"{last} 消费总计：¥{money(bill.total)}", "the total")
    table = Table(label(page, "billTable"))
    assert table.node.name == "账单概览"
    assert table.headers() == [
        "云平台",
        "计算(元)",
        "存储(元)",
        "网络(元)",
        "安全(元)",
        "其他(元)",
        "消费金额合计(元)",
    ]
    expected_rows = [
        [p.platform_name, *(money(p.amounts[c]) for c, _cn in CATEGORIES), money(p.total)]
        for p in bill.platforms
    ]
    expected_rows.append(
        ["合计", *(money(bill.categories[c]) for c, _cn in CATEGORIES), money(bill.total)]
    )
    wait_rows(table, expected_rows, "the bill table")

    # 上月账单汇总及余额 with the contract discounts
    summary = api.last_month_summary()
    table = Table(label(page, "lastMonthPlatforms"))
    assert table.node.name == "上月账单汇总及余额"
    rows = [
        [
            p.platform_name,
            money(p.total),
            "--" if p.balance is None else money(p.balance),
            rate(p.discount),
        ]
        for p in summary.platforms
    ]
    wait_rows(table, rows, "上月账单汇总's platforms")
    assert app.alive()
