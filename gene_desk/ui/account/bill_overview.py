"""账单概览 (guide 1.5.1): the billing center's first page.

The account's money figures with the portal's quick links (账户余额 with 消费记录, 本月充值 with
充值记录, 本月拨付金额 with 拨付记录, 云券数量 with 云券管理), then one month's bill: 消费概览 (by
cloud platform) and 产品概览 (by product category) as ring charts with their totals and values
tables, and the 云平台 table by product category with its totals row. The month is last month by
default (the portal: 每月10日可查询上月消费明细账单) and any of the last 12 can be chosen; the
console's 月度消费账单 opens this page on the bar clicked. Below, 上月账单汇总及余额 (guide 1.5.7):
last month's spend per opened platform with its contract discount, in the columns of the
上月账单汇总 page (detail_pages.py), which it links to.

The first load is one worker task (overview, the month's bill, last month's summary); choosing
another month fetches that month's bill alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import catalogue_details as cd
from gene_desk.account import details as d
from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.ui.account import values
from gene_desk.ui.account.breakdown_chart import BreakdownChart
from gene_desk.ui.account.detail_pages import RecordsModel
from gene_desk.ui.account.loaded_page import ScrolledPage
from gene_desk.ui.account.models import BillTableModel
from gene_desk.ui.account.overview import chart_months
from gene_desk.ui.account.overview_cards import card_grid
from gene_desk.ui.account.overview_charts import month_label
from gene_desk.ui.account.widgets import StateOverlay, note_label
from gene_desk.ui.account.widgets import caption as labelled
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ROW_HEIGHT = 26


@dataclass(frozen=True)
class BillOverviewData:
    overview: m.AccountOverview
    months: tuple[m.YearMonth, ...]  # offered in the month chooser, oldest first
    month: m.YearMonth  # the month of ``detail``
    detail: m.BillDetail
    summary: d.LastMonthSummary  # 上月账单汇总及余额


def load_bill_overview(api: AccountApi, month: m.YearMonth | None) -> BillOverviewData:
    """Worker thread: the figures and one month's bill (default: last month)."""
    overview = api.overview()
    chosen = month or overview.month.shift(-1)
    return BillOverviewData(
        overview=overview,
        months=chart_months(overview.month),
        month=chosen,
        detail=api.bill(chosen),
        summary=api.last_month_summary(),
    )


def fit_rows(table: QTableView, rows: int) -> None:
    """``table`` as tall as ``rows`` rows: the page scrolls, not the table."""
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + rows * ROW_HEIGHT + 2 * table.frameWidth())


class BillOverviewPanel(ScrolledPage):
    """账单概览 (see the module docstring)."""

    def __init__(
        self, api: AccountApi, runner: TaskRunner, parent: QWidget | None = None, **_kw: Any
    ) -> None:
        super().__init__(api, runner, parent)
        self.data: BillOverviewData | None = None
        self.wanted: m.YearMonth | None = None  # asked for before the page has loaded
        self._bill_generation = 0  # of the month's bill (the base's _generation: the page's)

        content = QWidget()
        content.setObjectName("billOverviewContent")
        grid, self.cards = card_grid(
            (
                (
                    "account_balance",
                    self.tr("Account balance (CNY)"),
                    ((self.tr("Consumption"), "consumption"),),
                ),
                (
                    "month_recharge",
                    self.tr("Recharged this month (CNY)"),
                    ((self.tr("Recharge records"), "recharges"),),
                ),
                (
                    "month_allocation",
                    self.tr("Allocated this month (CNY)"),
                    ((self.tr("Allocation records"), "allocations"),),
                ),
                (
                    "coupon_count",
                    self.tr("Coupons (pieces)"),
                    ((self.tr("Manage coupons"), "coupons"),),
                ),
            ),
            columns=4,
        )
        for card in self.cards.values():
            card.link_activated.connect(lambda page: self.navigate.emit(page, None))

        self.month_combo = QComboBox()
        self.month_combo.setObjectName("billMonth")
        self.month_combo.currentIndexChanged.connect(self._month_chosen)
        delayed = QLabel(self.tr("Note: the consumption overview is updated with a delay."))
        delayed.setStyleSheet("color: #888;")
        month_bar = QHBoxLayout()
        month_bar.addWidget(labelled(self.tr("Month:"), self.month_combo))
        month_bar.addWidget(self.month_combo)
        month_bar.addSpacing(12)
        month_bar.addWidget(delayed)
        month_bar.addStretch(1)

        self.by_platform = BreakdownChart(
            "consumption", self.tr("Consumption overview"), self.tr("Cloud platform")
        )
        self.by_product = BreakdownChart(
            "product", self.tr("Product overview"), self.tr("Product category")
        )
        charts = QHBoxLayout()
        charts.addWidget(self.by_platform, 1)
        charts.addWidget(self.by_product, 1)

        self.month_total = QLabel()
        self.month_total.setObjectName("monthTotal")
        self.month_total.setStyleSheet("font-weight: bold;")
        self.bill_model = BillTableModel(self)
        self.bill_table = QTableView()
        self.bill_table.setObjectName("billTable")
        self.bill_table.setAccessibleName(self.tr("Bill overview"))
        self.bill_table.setModel(self.bill_model)
        self.bill_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bill_table.setShowGrid(False)
        self.bill_table.setAlternatingRowColors(True)
        self.bill_table.verticalHeader().hide()
        self.bill_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.bill_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bill_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bill_overlay = StateOverlay(self.bill_table, self._bill_body, parent=content)
        self.bill_overlay.retry_requested.connect(lambda: self._month_chosen(-1))
        self.bill_overlay.relogin_requested.connect(self.relogin_requested)
        note = note_label(self.tr("Note: last month's details can be queried from the 10th."))

        # 上月账单汇总及余额 with the contract discounts
        summary_box = QGroupBox(self.tr("Last month's bill summary and balance"))
        summary_box.setObjectName("lastMonthSummary")
        self.summary_caption = QLabel()
        self.summary_caption.setObjectName("summaryCaption")
        summary_text = self.tr("Last month's bill summary")
        summary_link = QLabel(f'<a href="last_month">{summary_text}</a>')
        summary_link.setObjectName("summaryLink")
        summary_link.linkActivated.connect(lambda page: self.navigate.emit(page, None))
        self.summary_model = RecordsModel(cd.LAST_MONTH_PLATFORMS, self)
        self.summary_table = QTableView()
        self.summary_table.setObjectName("lastMonthPlatforms")
        self.summary_table.setAccessibleName(summary_box.title())
        self.summary_table.setModel(self.summary_model)
        self.summary_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary_table.setShowGrid(False)
        self.summary_table.verticalHeader().hide()
        self.summary_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_head = QHBoxLayout()
        summary_head.addWidget(self.summary_caption)
        summary_head.addStretch(1)
        summary_head.addWidget(summary_link)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addLayout(summary_head)
        summary_layout.addWidget(self.summary_table)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(grid)
        layout.addLayout(month_bar)
        layout.addLayout(charts)
        layout.addWidget(self.month_total)
        layout.addWidget(self.bill_table)
        layout.addWidget(note)
        layout.addWidget(summary_box)
        layout.addStretch(1)
        self._fit_table()
        self.set_content(content)

    def page_title(self) -> str:
        return self.tr("Bill overview")

    def _bill_body(self) -> QRect:
        """The bill table's body, in the coordinates of the overlay's parent (the content)."""
        viewport = self.bill_table.viewport()
        return QRect(
            viewport.mapTo(self.bill_overlay.parentWidget(), QPoint(0, 0)), viewport.size()
        )

    def _fit_table(self) -> None:
        """The bill table as tall as its rows, with room for 暂无数据."""
        fit_rows(self.bill_table, max(self.bill_model.rowCount(), 3))

    # -- loading --------------------------------------------------------------------------------
    def loader(self) -> Callable[[], BillOverviewData]:
        self._bill_generation += 1  # the page's load brings the month's bill too
        month = self.selected_month() or self.wanted
        api = self.api
        return lambda: load_bill_overview(api, month)

    def show_data(self, data: BillOverviewData) -> None:
        o = data.overview
        money = values.money_text
        self.cards["account_balance"].set_value(money(o.account_balance))
        self.cards["month_recharge"].set_value(money(o.month_recharge))
        self.cards["month_allocation"].set_value(money(o.month_allocation))
        self.cards["coupon_count"].set_value(str(o.coupon_count))
        self.month_combo.blockSignals(True)
        try:
            self.month_combo.clear()
            for month in reversed(data.months):
                self.month_combo.addItem(str(month), str(month))
            self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(str(data.month))))
        finally:
            self.month_combo.blockSignals(False)
        self._show_bill(data.detail)
        self._show_summary(data.summary)

    def _show_summary(self, summary: d.LastMonthSummary) -> None:
        self.summary_caption.setText(
            self.tr("{month}: spent {spent} CNY, balance {balance} CNY").format(
                month=str(summary.month),
                spent=values.money_text(summary.total),
                balance=values.money_text(summary.account_balance),
            )
        )
        self.summary_model.set_records(summary.platforms)
        fit_rows(self.summary_table, max(1, len(summary.platforms)))

    def _show_bill(self, detail: m.BillDetail) -> None:
        self.bill_model.set_detail(detail)
        self._fit_table()
        month = month_label(detail.month)
        total_caption = self.tr("Total of {month}").format(month=month)
        self.by_platform.set_parts(
            self.tr("Consumption overview of {month}").format(month=month),
            total_caption,
            [(p.platform_name, p.total) for p in detail.platforms],
            detail.total,
        )
        self.by_product.set_parts(
            self.tr("Product overview of {month}").format(month=month),
            total_caption,
            [(values.enum_text(c), detail.categories[c]) for c in m.Category],
            detail.total,
        )
        self.month_total.setText(
            self.tr("Total of {month}: ¥{amount}").format(
                month=str(detail.month), amount=values.money_text(detail.total)
            )
        )
        if detail.platforms:
            self.bill_overlay.clear()
        else:
            self.bill_overlay.show_empty()

    # -- the month ------------------------------------------------------------------------------
    def selected_month(self) -> m.YearMonth | None:
        text = self.month_combo.currentData()
        return m.YearMonth.parse(text) if text else None

    def select_month(self, month: m.YearMonth) -> None:
        """Show ``month`` (the console's bar clicked); remembered until the page has loaded."""
        self.wanted = month
        index = self.month_combo.findData(str(month))
        if index >= 0:
            self.month_combo.setCurrentIndex(index)

    def _month_chosen(self, _index: int) -> None:
        month = self.selected_month()
        if month is None:
            return
        self._bill_generation += 1
        generation = self._bill_generation
        api = self.api

        def done(detail: m.BillDetail) -> None:
            if generation == self._bill_generation:
                self._show_bill(detail)

        def failed(exc: BaseException) -> None:
            if generation == self._bill_generation:
                self.bill_overlay.show_error(exc)

        self.runner.start(lambda _h: api.bill(month), on_done=done, on_error=failed, owner=self)
