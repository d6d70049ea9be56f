"""The portal's list columns, screen by screen, as the seed shows them: the table both faces are
held to (``tests/account/test_portal_columns_cli.py`` for ``gene-desk account``,
``tests/ui/test_portal_columns_window.py`` for the window in zh_CN).

``headers`` are the seed's own, in its order and spelling. The seed's text was taken from
screenshots, so the space before ``(元)`` varies (``金额(元)`` in 1.5.2, ``金额 (元)`` in 1.5.11);
:func:`same_header` ignores white space and nothing else. ``not_shown`` names a seed column that
neither face shows as a column, with the reason (the report of issue 19 lists them).
Where the seed has no table for a screen (``seed_table`` False), ``headers`` are the seed's words
for what the screen shows, or the app's where the seed has none, noted: the faces must still agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from gene_desk.account import models as m


@dataclass(frozen=True)
class Screen:
    key: str  # the CLI subcommand and the window's page key
    section: str  # where in the seed
    headers: tuple[str, ...]
    query: Any = None  # the tab or filter the headers belong to (待办工单)
    cli_args: tuple[str, ...] = ()  # the same, as CLI options
    not_shown: dict[str, str] = field(default_factory=dict)
    seed_table: bool = True
    window: bool = True  # the window has this list page

    @property
    def shown(self) -> tuple[str, ...]:
        """The headers both faces show, in order."""
        return tuple(h for h in self.headers if h not in self.not_shown)

    @property
    def id(self) -> str:
        return self.key + "".join("-" + a.lstrip("-") for a in self.cli_args)


ACTIONS = "an actions cell, not a column of data"

SCREENS = (
    # 1.5.2 消费明细 (also 1.3.4, which says 云服务平台 for the same column)
    Screen("consumption", "1.5.2", ("消费时间", "云平台", "产品类别", "产品名称", "金额(元)")),
    # 1.5.3 我的订单: 订单编号 and 下单时间 stand above each order, not in the table
    Screen(
        "orders",
        "1.5.3",
        ("产品信息", "数量", "状态", "实付", "操作"),
        not_shown={
            "操作": f"{ACTIONS}: 查看详情 is the window's button and double-click and "
            "`gene-desk account order`; 再来一单 and 联系客服 are writes, left out by design"
        },
    ),
    # 1.5.6 充值记录: "展示充值编号、充值金额、充值时间、完成时间、开票状态"; the headers as the
    # recharge table of 1.5.10 writes them
    Screen(
        "recharges",
        "1.5.6, 1.5.10",
        ("充值编号", "充值金额 (元)", "充值时间", "完成时间", "开票状态"),
    ),
    # 1.5.8 拨付记录
    Screen(
        "allocations",
        "1.5.8",
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
    ),
    # 1.5.9 云券管理: the seed shows no coupon (当前暂无云券); 额度 and 使用情况 are its words
    # ("每张云券的额度", "云券使用情况"), 发放 and 失效 its rules ("自发放日起有效期为30天")
    Screen(
        "coupons",
        "1.5.9",
        ("云券编号", "额度(元)", "使用情况", "发放时间", "失效时间", "使用时间", "适用平台"),
        seed_table=False,
    ),
    # 1.5.11 发票记录
    Screen(
        "invoices",
        "1.5.11",
        ("发票编号", "申请时间", "金额 (元)", "发票抬头", "发票类型", "完成时间", "操作"),
        not_shown={
            "操作": f"{ACTIONS}: 查看 is the window's button and `gene-desk account invoice`"
        },
    ),
    # 1.5.13 退费记录
    Screen("refunds", "1.5.13", ("退费编号", "退费金额 (元)", "退费时间", "完成时间")),
    # 1.6 运营工单 (全部工单; 进行中工单 and 已完成工单 alike)
    Screen(
        "tickets", "1.6", ("序号", "工单类型", "工单描述", "申请时间", "申请人", "完成时间", "状态")
    ),
    # 1.3.1 待办工单: no 完成时间
    Screen(
        "tickets",
        "1.3.1",
        ("序号", "工单类型", "工单描述", "申请时间", "申请人", "状态"),
        query=m.TicketQuery(tab=m.TicketTab.TODO),
        cli_args=("--status", "todo"),
    ),
    # 1.7 消息中心: no table in the seed; 标题 (with the red dot of an unread one) and 消息类别 are
    # its words, 时间, 阅读状态 and 内容 the app's
    Screen("messages", "1.7", ("标题", "消息类别", "时间", "阅读状态", "内容"), seed_table=False),
    # 1.8.2 用户列表: no table in the seed (只有主账号有该功能); the app's columns
    Screen(
        "users",
        "1.8.2",
        ("账号", "姓名", "角色", "账号类型", "手机号码", "创建时间", "最后登录时间"),
        seed_table=False,
    ),
    # 1.8.3 角色说明
    Screen("roles", "1.8.3", ("序号", "角色名称", "角色描述")),
    # 1.3.6 月度消费账单 ("2020年02月 348.2242 元"): no headers in the seed; the CLI's list of
    # months (the window draws it as a chart on the overview)
    Screen("bills", "1.3.6", ("账单月份", "消费金额(元)"), seed_table=False, window=False),
)

# 1.5.1 账单概览: one month by platform and product category (the window's bill table,
# ``gene-desk account bills --month``)
BILL_TABLE = Screen(
    "bill_overview",
    "1.5.1",
    (
        "云平台",
        "计算 (元)",
        "存储 (元)",
        "网络 (元)",
        "安全 (元)",
        "其他 (元)",
        "消费金额合计 (元)",
    ),
)

# Amounts as the service may send them (up to four decimals) -> as both faces show and export them
AMOUNTS = {
    "348.2242": "348.22",  # the portal's 月度消费账单 sends four decimals (seed 1.3.6)
    "9488583.67": "9488583.67",  # 中金云余额 (seed 1.3.1): no thousands separators
    "0.125": "0.13",  # half-up, where half-even would say 0.12
    "2.675": "2.68",  # (2.675 is 2.67499... as a float: Decimal rounds the decimal digits)
    "0.135": "0.14",
    "-0.125": "-0.13",  # away from zero, as 四舍五入
    "-0.001": "0.00",  # never "-0.00"
    "9000": "9000.00",
}


def same_header(seed: str, shown: str) -> bool:
    return re.sub(r"\s+", "", seed) == re.sub(r"\s+", "", shown)


def same_headers(seed: tuple[str, ...], shown: list[str] | tuple[str, ...]) -> bool:
    return len(seed) == len(shown) and all(map(same_header, seed, shown))
