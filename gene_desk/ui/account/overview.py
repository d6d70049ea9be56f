"""账户概览: the console of guide 1.3 (运营控制台).

What the portal's console shows, top to bottom: the greeting, the balances and this month's
estimated cost as cards (with the portal's quick links), the account's basic information and
ticket counts (links into the ticket tabs), 最近消费 (本月消费金额 and 上月消费金额 with its month),
月度消费账单 (the last 12 months' bills as bars labelled with year and amount; a bar or 查看更多
opens 账单概览 on that month), and 云操作 (the opened and unopened cloud platforms).

The parts live in their own modules (overview_cards, overview_charts, cloud_tiles); 账单概览 (guide
1.5.1, the month's bill by platform and product) is its own page, bill_overview.py. The page loads
in one worker task: the overview, the 12 bills and the platforms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.ui.account import values
from gene_desk.ui.account.cloud_tiles import CloudTiles
from gene_desk.ui.account.loaded_page import ScrolledPage
from gene_desk.ui.account.overview_cards import Card, InfoBoxes, card_grid
from gene_desk.ui.account.overview_charts import MonthlyBillChart
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CHART_MONTHS = 12


@dataclass(frozen=True)
class OverviewData:
    overview: m.AccountOverview
    months: tuple[m.YearMonth, ...]  # oldest first, CHART_MONTHS of them
    totals: dict[m.YearMonth, Decimal]  # months without a bill are missing
    platforms: tuple[m.Platform, ...]


def chart_months(last: m.YearMonth) -> tuple[m.YearMonth, ...]:
    """The CHART_MONTHS months ending with ``last``, oldest first."""
    return tuple(last.shift(i - CHART_MONTHS + 1) for i in range(CHART_MONTHS))


def load_overview(api: AccountApi) -> OverviewData:
    """Worker thread: everything the console shows."""
    overview = api.overview()
    months = chart_months(overview.month)
    bills = api.bills(
        m.BillQuery(from_month=months[0], to_month=months[-1]), page_size=CHART_MONTHS
    )
    return OverviewData(
        overview=overview,
        months=months,
        totals={bill.month: bill.total for bill in bills.items},
        platforms=api.platforms(),
    )


class OverviewPanel(ScrolledPage):
    """账户概览 (see the module docstring)."""

    def __init__(
        self, api: AccountApi, runner: TaskRunner, parent: QWidget | None = None, **_kw: Any
    ) -> None:
        super().__init__(api, runner, parent)
        self.data: OverviewData | None = None

        content = QWidget()
        content.setObjectName("overviewContent")
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.greeting.setFont(font)
        self.unread_link = QLabel()
        self.unread_link.setObjectName("unreadLink")
        self.unread_link.linkActivated.connect(lambda _t: self.navigate.emit("messages", None))

        grid, self.cards = card_grid(
            (
                ("account_balance", self.tr("Account balance (CNY)"), ()),
                ("zhongjinyun_balance", self.tr("中金云 balance (CNY)"), ()),
                ("frozen_amount", self.tr("Frozen amount (CNY)"), ()),
                ("coupon_count", self.tr("Coupons"), ((self.tr("Manage coupons"), "coupons"),)),
                (
                    "month_estimated_cost",
                    self.tr("Estimated cost this month"),
                    ((self.tr("Billing center"), "bill_overview"),),
                ),
            ),
            columns=5,
        )
        recent_grid, recent = card_grid(
            (
                ("month_consumption", self.tr("Spent this month (CNY)"), ()),
                (
                    "last_month_cost",
                    self.tr("Spent last month (CNY)"),
                    ((self.tr("Details"), "consumption"),),
                ),
            ),
            columns=2,
        )
        self.cards.update(recent)
        for card in self.cards.values():
            card.link_activated.connect(lambda page: self.navigate.emit(page, None))

        self.info_boxes = InfoBoxes()
        self.info_boxes.ticket_clicked.connect(lambda tab: self.navigate.emit("tickets", tab))
        self.info = self.info_boxes.info  # the basic information's values, by key

        # 最近消费 and 月度消费账单
        recent_box = QGroupBox(self.tr("Recent consumption"))
        recent_box.setObjectName("recentConsumption")
        self.chart = MonthlyBillChart()
        self.chart.setAccessibleName(self.tr("Monthly bills"))
        self.chart.month_clicked.connect(lambda month: self.navigate.emit("bill_overview", month))
        self.chart_caption = QLabel(self.tr("Monthly bills"))
        self.chart_caption.setObjectName("monthlyBillsCaption")
        bold = self.chart_caption.font()
        bold.setBold(True)
        self.chart_caption.setFont(bold)
        more_text = self.tr("More")
        more = QLabel(f'<a href="bill_overview">{more_text}</a>')
        more.setObjectName("moreBills")
        more.setAccessibleName(self.tr("More monthly bills"))
        more.linkActivated.connect(lambda page: self.navigate.emit(page, None))
        chart_head = QHBoxLayout()
        chart_head.addWidget(self.chart_caption)
        chart_head.addStretch(1)
        chart_head.addWidget(more)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addLayout(recent_grid)
        recent_layout.addLayout(chart_head)
        recent_layout.addWidget(self.chart, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.info_boxes)
        middle.addWidget(recent_box, 1)

        self.tiles = CloudTiles()

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        head = QHBoxLayout()
        head.addWidget(self.greeting)
        head.addStretch(1)
        head.addWidget(self.unread_link)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(middle, 1)
        layout.addWidget(self.tiles)
        self.set_content(content)

    def page_title(self) -> str:
        return self.tr("Account overview")

    @property
    def ticket_links(self) -> dict[m.TicketTab, QLabel]:
        return self.info_boxes.ticket_links

    def last_month_caption(self, month: m.YearMonth) -> str:
        """上月消费金额（2026-05）: the portal names the month the figure is for."""
        return self.tr("Spent last month ({month})").format(month=month)

    # -- loading --------------------------------------------------------------------------------
    def loader(self) -> Callable[[], OverviewData]:
        api = self.api
        return lambda: load_overview(api)

    def show_data(self, data: OverviewData) -> None:
        o = data.overview
        self.greeting.setText(self.tr("Hello, {name}!").format(name=o.display_name))
        self.unread_link.setText(
            self.tr('<a href="messages">{n} unread messages</a>').format(n=o.unread_messages)
            if o.unread_messages
            else ""
        )
        money = values.money_text
        cards: dict[str, Card] = self.cards
        cards["account_balance"].set_value(money(o.account_balance))
        cards["zhongjinyun_balance"].set_value(money(o.zhongjinyun_balance))
        cards["frozen_amount"].set_value(money(o.frozen_amount))
        cards["coupon_count"].set_value(self.tr("{n} coupons").format(n=o.coupon_count))
        cards["month_estimated_cost"].set_value(f"¥{money(o.month_estimated_cost)}")
        cards["month_consumption"].set_value(money(o.month_consumption))
        cards["last_month_cost"].set_caption(self.last_month_caption(o.month.shift(-1)))
        cards["last_month_cost"].set_value(money(o.last_month_cost))
        self.info_boxes.show_overview(o)
        self.chart.set_bills(data.months, data.totals)
        self.tiles.set_platforms(data.platforms)
