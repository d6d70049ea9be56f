"""Every account view once (guide 1.3 运营控制台, 1.5 费用中心, 1.6 运营工单, 1.7 消息中心, 1.8
用户管理), in the real program against the sandbox account, read through the accessibility tree
and checked against the account service's own answer for the fixed day (``FIXED_TODAY``).

Also the account window's own defects of issue 12: 3.9 (a reversed month range in 消费明细 left
the previous rows, count and total on screen) and 3.11 (Esc did not close the window).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from tests.acceptance.account_pages import (
    CHINA,
    account_window,
    choose,
    first_rows,
    go_to,
    label,
    labelled_by,
    list_table,
    money,
    nav_item,
    open_account,
    rate,
    row_count,
    total_text,
    wait_rows,
    wait_text,
    when,
)
from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, Table, find, id_is, need, role_name, showing

ROWS = 3  # rows compared cell by cell on each page (the count and headers cover the rest)
PAGE_SIZE = 10  # the window's default page size: the portal's 10条/页


@dataclass(frozen=True)
class ListPage:
    key: str  # the page's object name is page_<key>
    nav: str  # its entry in the portal navigation
    title: str
    headers: tuple[str, ...]  # the seed's (tests/account/portal_columns.py)
    fetch: Callable[[AccountApi], m.Page[Any]]
    row: Callable[[Any], list[str]]
    numbered: bool = False  # a 序号 column first, as the portal's 角色说明


def _read(message: m.Message) -> str:
    return "已读" if message.read else "未读"


LIST_PAGES = (
    # 1.5.2 消费明细: 消费时间 云平台 产品类别 产品名称 金额(元)
    ListPage(
        "consumption",
        "消费明细",
        "消费明细",
        ("消费时间", "云平台", "产品类别", "产品名称", "金额(元)"),
        lambda api: api.consumption(m.ConsumptionQuery(), page_size=PAGE_SIZE),
        lambda c: [str(c.month), c.platform_name, c.category.label, c.product, money(c.amount)],
    ),
    # 1.5.3 我的订单: 产品信息 (the product and its configuration), 数量, 状态, 实付
    ListPage(
        "orders",
        "我的订单",
        "我的订单",
        ("产品信息", "数量", "状态", "实付"),
        lambda api: api.orders(m.OrderQuery(), page_size=PAGE_SIZE),
        lambda o: [f"{o.product} {o.spec}", str(o.quantity), o.status.label, money(o.paid_amount)],
    ),
    # 1.5.6 充值记录: 充值编号、充值金额、充值时间、完成时间、开票状态
    ListPage(
        "recharges",
        "充值记录",
        "充值记录",
        ("充值编号", "充值金额(元)", "充值时间", "完成时间", "开票状态"),
        lambda api: api.recharges(m.RechargeQuery(), page_size=PAGE_SIZE),
        lambda r: [
            r.recharge_no,
            money(r.amount),
            when(r.created_at),
            when(r.completed_at),
            r.invoice_status.label,
        ],
    ),
    # 1.5.8 拨付记录 (successful ones: 记录每次拨付成功的拨付记录): 拨付编号 拨付时间 完成时间
    # 拨付到 拨付方式 拨付金额(元) 实际到账金额(元) 折扣 操作用户
    ListPage(
        "allocations",
        "拨付记录",
        "拨付记录",
        (
            "拨付编号",
            "拨付时间",
            "完成时间",
            "拨付到",
            "拨付方式",
            "拨付金额(元)",
            "实际到账金额(元)",
            "折扣",
            "操作用户",
        ),
        lambda api: api.allocations(
            m.AllocationQuery(status=m.AllocationStatus.COMPLETED), page_size=PAGE_SIZE
        ),
        lambda a: [
            a.allocation_no,
            when(a.created_at),
            when(a.completed_at),
            a.platform_name,
            a.method.label,
            money(a.amount),
            money(a.actual_amount),
            rate(a.discount),
            a.operator,
        ],
    ),
    # 1.5.11 发票记录: 发票编号 申请时间 金额(元) 发票抬头 发票类型 完成时间
    ListPage(
        "invoices",
        "发票记录",
        "发票记录",
        ("发票编号", "申请时间", "金额(元)", "发票抬头", "发票类型", "完成时间"),
        lambda api: api.invoices(m.InvoiceQuery(), page_size=PAGE_SIZE),
        lambda i: [
            i.invoice_no,
            when(i.applied_at),
            money(i.amount),
            i.title,
            i.invoice_type.label,
            when(i.completed_at),
        ],
    ),
    # 1.5.13 退费记录: 退费编号 退费金额(元) 退费时间 完成时间
    ListPage(
        "refunds",
        "退费记录",
        "退费记录",
        ("退费编号", "退费金额(元)", "退费时间", "完成时间"),
        lambda api: api.refunds(m.RefundQuery(), page_size=PAGE_SIZE),
        lambda r: [r.refund_no, money(r.amount), when(r.applied_at), when(r.completed_at)],
    ),
    # 1.8.2 用户列表 (main account only; the demo account is one)
    ListPage(
        "users",
        "用户列表",
        "用户列表",
        ("账号", "姓名", "角色", "账号类型", "手机号码", "创建时间", "最后登录时间"),
        lambda api: api.users(page_size=PAGE_SIZE),
        lambda u: [
            u.account,
            u.display_name,
            u.role,
            "主账号" if u.is_main_account else "子账号",
            u.phone,
            when(u.created_at),
            when(u.last_login_at),
        ],
    ),
    # 1.8.3 角色说明: 序号 角色名称 角色描述
    ListPage(
        "roles",
        "角色说明",
        "角色说明",
        ("序号", "角色名称", "角色描述"),
        lambda api: api.roles(page_size=PAGE_SIZE),
        lambda r: [r.name, r.description],
        numbered=True,
    ),
)


def coupon_row(c: m.Coupon) -> list[str]:
    return [
        c.coupon_no,
        money(c.amount),
        c.state.label,
        when(c.issued_at),
        when(c.expires_at),
        when(c.used_at),
        c.platform_name,
    ]


def ticket_row(t: m.Ticket, number: int, tab: m.TicketTab) -> list[str]:
    """序号 工单类型 工单描述 申请时间 申请人 完成时间 状态; 待办工单 has no 完成时间 (1.3.1)."""
    done = [] if tab is m.TicketTab.TODO else [when(t.completed_at)]
    return [
        str(number),
        t.ticket_type.label,
        t.description,
        when(t.applied_at),
        t.applicant_name,
        *done,
        t.status.label,
    ]


def message_row(msg: m.Message) -> list[str]:
    return [msg.title, msg.category.label, when(msg.created_at), _read(msg), msg.content]


def _check_list(window: Any, spec: ListPage, api: AccountApi) -> None:
    page = go_to(window, spec.key, spec.nav, spec.title)
    table = list_table(page)
    assert table.node.name == spec.title  # the table is named for a screen reader
    assert tuple(table.headers()) == spec.headers
    expected = spec.fetch(api)
    assert expected.total > 0, f"the sandbox has no {spec.key} for the fixed day"
    rows = [
        [str(n)] * spec.numbered + spec.row(r) for n, r in enumerate(expected.items[:ROWS], start=1)
    ]
    wait_rows(table, rows, f"the rows of {spec.title}")
    wait_text(label(page, "total"), total_text(expected.total), f"the count of {spec.title}")


def _check_overview(window: Any, api: AccountApi) -> None:
    """1.3 运营控制台: figures, basic information, tickets (the charts, 云操作 and 账单概览 are
    read in test_account_overview.py)."""
    wait_text(label(window, "pageTitle", "the page title"), "账户概览", "the page title")
    page = need(window, id_is("page_overview"), "the overview page")
    o = api.overview()
    wait_text(label(page, "greeting"), f"您好！{o.display_name}", "the greeting")
    cards = {
        "account_balance": ("账户余额(元)", money(o.account_balance)),
        "zhongjinyun_balance": ("中金云余额(元)", money(o.zhongjinyun_balance)),
        "frozen_amount": ("冻结金额(元)", money(o.frozen_amount)),
        "coupon_count": ("云券", f"{o.coupon_count} 张"),
        "month_estimated_cost": ("本月预估费用", f"¥{money(o.month_estimated_cost)}"),
        "month_consumption": ("本月消费金额(元)", money(o.month_consumption)),
        "last_month_cost": (f"上月消费金额（{o.month.shift(-1)}）", money(o.last_month_cost)),
    }
    for key, (caption, value) in cards.items():
        card = label(page, f"card_{key}")
        assert card.name == caption  # the figure is named by its caption
        wait_text(label(card, "cardValue"), value, caption)
    for key, value in (
        ("info_role", o.role),
        ("info_company", o.company),
        ("info_account", o.account),
        ("info_kind", "主账号" if o.is_main_account else "子账号"),
    ):
        wait_text(label(page, key), value, key)
    counts = o.tickets
    for key, n in (
        ("tickets_all", counts.all),
        ("tickets_todo", counts.todo),
        ("tickets_in_progress", counts.in_progress),
        ("tickets_done", counts.done),
    ):
        wait_text(label(page, key), str(n), key)


def _check_coupons(window: Any, api: AccountApi) -> None:
    """1.5.9 云券管理: 未使用 (the default), 已使用, 拨付中, 已过期."""
    page = go_to(window, "coupons", "云券管理", "云券管理")
    table = list_table(page)
    assert tuple(table.headers()) == (
        "云券编号",
        "额度(元)",
        "使用情况",
        "发放时间",
        "失效时间",
        "使用时间",
        "适用平台",
    )
    tabs = need(page, id_is("couponState"), "the coupon states")
    assert labelled_by(tabs) == ["云券使用情况："]
    names = [t.name for t in tabs.children if t.roleName == "page tab"]
    assert names == ["未使用", "已使用", "拨付中", "已过期"]
    for state in m.CouponState:
        tab = need(tabs, role_name("page tab", state.label), state.label)
        if state is not m.CouponState.UNUSED:
            tab.click()
        expected = api.coupons(m.CouponQuery(state=state), page_size=PAGE_SIZE)
        rows = [coupon_row(c) for c in expected.items[:ROWS]]
        wait_rows(table, rows, f"the {state.label} coupons")
        wait_text(label(page, "total"), total_text(expected.total), f"{state.label} count")


def _check_tickets(window: Any, api: AccountApi) -> None:
    """1.6 运营工单: 全部工单, 待办工单 (without 完成时间, 1.3.1), 进行中工单, 已完成工单; the tabs
    carry no counts, as the portal's."""
    page = go_to(window, "tickets", "运营工单", "运营工单")
    table = list_table(page)
    everything = ("序号", "工单类型", "工单描述", "申请时间", "申请人", "完成时间", "状态")
    assert tuple(table.headers()) == everything
    tabs = need(page, id_is("ticketTabs"), "the ticket tabs")
    titles = {tab: tab.label for tab in m.TicketTab}  # 全部工单 待办工单 进行中工单 已完成工单
    names = [t.name for t in tabs.children if t.roleName == "page tab"]
    assert names == list(titles.values())
    for tab, title in titles.items():
        node = need(tabs, role_name("page tab", title), title)
        if tab is not m.TicketTab.ALL:
            node.click()
        expected = api.tickets(m.TicketQuery(tab=tab), page_size=PAGE_SIZE)
        assert expected.total > 0, f"no {title} in the sandbox"
        rows = [ticket_row(t, n, tab) for n, t in enumerate(expected.items[:ROWS], start=1)]
        wait_rows(table, rows, f"the {title} rows")
        wait_text(label(page, "total"), total_text(expected.total), f"the {title} count")
        headers = tuple(h for h in everything if tab is not m.TicketTab.TODO or h != "完成时间")
        assert tuple(table.headers()) == headers, title


def _check_messages(window: Any, api: AccountApi) -> None:
    """1.7 消息中心: the unread count in the navigation, the list, a message opened below it."""
    unread = api.unread_messages()
    assert unread.total > 0
    wait_for(
        lambda: nav_item(window, "消息中心").name.strip() == f"消息中心（{unread.total}）",
        WAIT,
        "the unread count beside 消息中心",
    )
    page = go_to(window, "messages", "消息中心", "消息中心")
    table = list_table(page)
    assert tuple(table.headers()) == ("标题", "消息类别", "时间", "阅读状态", "内容")
    expected = api.messages(m.MessageQuery(), page_size=PAGE_SIZE)
    wait_rows(table, [message_row(x) for x in expected.items[:ROWS]], "the messages")
    wait_text(label(page, "total"), total_text(expected.total), "the message count")
    table.cell(0, 0).click()  # open the first message
    details = label(page, "messageDetails", "the message pane")
    assert details.name == "消息内容"
    first = expected.items[0]
    wait_for(
        lambda: first.content in details.queryText().getText(0, -1),
        WAIT,
        "the message's text below the list",
    )


def test_every_account_view_shows_what_the_account_service_holds(launch, demo_account, api):
    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    window = open_account(app, main)
    nav = need(window, id_is("accountNav"), "the account navigation")
    assert nav.name == "账户中心导航"
    entries = [i.name.strip() for i in nav.children if i.roleName == "list item"]
    assert entries[:15] == [
        "运营控制台",
        "账户概览",
        "费用中心",
        "账单概览",  # 1.5.1 (test_account_overview.py)
        "消费明细",
        "我的订单",
        "充值记录",
        "上月账单汇总",  # 拨付操作's 上月账单汇总及余额 (test_account_details.py)
        "拨付记录",
        "云券管理",
        "发票操作",  # 可开发票金额 (test_account_details.py)
        "发票记录",
        "退费操作",  # 本月可退余额 (test_account_details.py)
        "退费记录",
        "银行账号管理",  # (test_account_details.py)
    ]
    assert entries[15:17] == ["工单与消息", "运营工单"] and entries[17].startswith("消息中心")
    assert entries[18:21] == ["用户管理", "用户列表", "角色说明"]
    assert entries[21:] == ["存储", "分享记录"]  # (test_share.py)

    _check_overview(window, api)
    consumption = LIST_PAGES[0]
    _check_list(window, consumption, api)
    page = need(window, id_is("page_consumption"), "消费明细")
    total = api.consumption(m.ConsumptionQuery(), page_size=1).amount_total
    wait_text(label(page, "summary"), f"消费金额合计：¥{money(total)}", "the consumption total")
    for spec in LIST_PAGES[1:4]:
        _check_list(window, spec, api)
    _check_coupons(window, api)
    for spec in LIST_PAGES[4:6]:
        _check_list(window, spec, api)
    _check_tickets(window, api)
    _check_messages(window, api)
    for spec in LIST_PAGES[6:]:
        _check_list(window, spec, api)
    assert app.alive()


def test_consumption_reversed_month_range_clears_rows_count_and_total(launch, demo_account, api):
    """Defect 3.9: a first month after the last one says so, and the previous answer goes.

    Before the fix the notice covered the table, but its rows stayed in it (a screen reader read
    them), 共 N 条 and the 消费金额合计 of the previous filters stayed below it."""
    app = launch()
    window = open_account(app, app.login(demo_account.account, demo_account.password))
    page = go_to(window, "consumption", "消费明细", "消费明细")
    table = list_table(page)
    everything = api.consumption(m.ConsumptionQuery(), page_size=PAGE_SIZE)
    wait_text(label(page, "total"), total_text(everything.total), "the count")
    summary = label(page, "summary")
    wait_for(lambda: summary.name.startswith("消费金额合计：¥"), WAIT, "the total")
    first, last = m.YearMonth(2026, 5), m.YearMonth(2026, 1)  # FIXED_TODAY is in 2026-06
    choose(label(page, "fromMonth"), str(first))
    choose(label(page, "toMonth"), str(last))
    notice = need(page, id_is("stateMessage"), "the notice over the table")
    wait_text(notice, "开始月份晚于结束月份，请重新选择。", "the notice")
    wait_for(lambda: row_count(table) == 0, WAIT, "the previous rows cleared")
    wait_text(label(page, "total"), total_text(0), "the count")
    wait_text(summary, "", "the total")
    assert not label(page, "export").sensitive  # nothing to export
    # a sensible range again: its rows, count and total
    choose(label(page, "toMonth"), "2026-06")
    expected = api.consumption(
        m.ConsumptionQuery(from_month=first, to_month=m.YearMonth(2026, 6)), page_size=PAGE_SIZE
    )
    wait_rows(table, [LIST_PAGES[0].row(c) for c in expected.items[:ROWS]], "the new rows")
    wait_text(label(page, "total"), total_text(expected.total), "the new count")
    wait_text(summary, f"消费金额合计：¥{money(expected.amount_total)}", "the new total")
    assert first_rows(table, 1)


def test_account_window_closes_with_escape(launch, demo_account):
    """Defect 3.11: Esc closes the account window (as it closes a dialog); the main window
    stays. Before the fix Esc did nothing."""
    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    window = open_account(app, main)
    app.activate(window)
    app.key("<Escape>")
    wait_for(lambda: not showing(window), WAIT, "the account window to close")
    assert find(main, id_is("fileTable")) is not None and app.alive()
    # and it opens again
    open_account(app, main)
    assert showing(account_window(app))


def test_file_list_and_account_views_show_times_on_one_clock(
    launch, demo_account, acc_sandbox, api, unique
):
    """Defect 3.11: the file list's 修改时间 and the account views' times are in one time zone,
    China Standard Time as on the portal, on a computer set to another zone (New York here).

    Before the fix the file list showed COS's Last-Modified in the computer's zone and the
    account views in China time: an object uploaded a minute after logging in looked 13 hours
    older than the login."""
    from gene_desk.sandbox.account import seed

    short = unique("clock")
    bucket = f"{short}-{seed.DEMO_APPID}"
    client = acc_sandbox.demo_client()
    client.create_bucket(Bucket=bucket)
    client.put_object(Bucket=bucket, Key="reads.fastq", Body=b"@r1\nACGT\n+\nIIII\n")
    listed = client.list_objects(Bucket=bucket)["Contents"][0]["LastModified"]
    modified = datetime.fromisoformat(listed.replace("Z", "+00:00"))  # COS answers in UTC
    assert modified.utcoffset() == timedelta(0)

    app = launch(env={"TZ": "America/New_York"})
    main = app.login(demo_account.account, demo_account.password)
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(short)
    files = Table(need(main, id_is("fileTable"), "the file list"))
    row = files.wait_row("reads.fastq")
    shown = files.rows()[row][files.headers().index("修改时间")]
    assert shown == modified.astimezone(CHINA).strftime("%Y/%m/%d %H:%M")

    window = open_account(app, main)
    page = go_to(window, "users", "用户列表", "用户列表")
    users = list_table(page)
    me = next(u for u in api.users(page_size=PAGE_SIZE).items if u.account == demo_account.account)
    column = users.headers().index("最后登录时间")
    row = users.wait_row(demo_account.account)
    wait_for(
        lambda: users.rows()[row][column] == when(me.last_login_at), WAIT, "the last login time"
    )
    # one clock: the login (just now) and the object (a moment before) read minutes apart
    login = datetime.strptime(users.rows()[row][column], "%Y-%m-%d %H:%M:%S")
    uploaded = datetime.strptime(shown, "%Y/%m/%d %H:%M")
    assert abs(login - uploaded) < timedelta(minutes=10), (shown, login)
