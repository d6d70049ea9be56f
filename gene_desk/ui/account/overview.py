"""账户概览: the console's figures, the monthly spend chart and the month's per-platform bill.

Guide 1.3 (运营控制台) and 1.5.1 (账单概览) on one page: balances and this month's
figures as cards (each with the portal's quick link: 消费记录, 充值记录, 拨付记录,
云券管理), the account's basic information and ticket counts (links into the ticket
tabs), a bar chart of the last 12 months' bills (QtCharts; a click picks the month), and the
per-platform table by product category with its totals row for the chosen month.

The first load is one worker task (overview, the 12 bills, the chosen month's bill); changing the
month fetches that month's bill alone. The chart's bar heights are floats (QtCharts takes
nothing else); every number written on screen comes from the Decimal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.ui.account import values
from gene_desk.ui.account.models import BillTableModel
from gene_desk.ui.account.widgets import StateOverlay
from gene_desk.ui.account.widgets import caption as labelled
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CHART_MONTHS = 12
BAR_COLOR = QColor("#3d8fd6")
SELECTED_COLOR = QColor("#f39c12")
ROW_HEIGHT = 26


@dataclass(frozen=True)
class OverviewData:
    overview: m.AccountOverview
    months: tuple[m.YearMonth, ...]  # oldest first, CHART_MONTHS of them
    totals: dict[m.YearMonth, Decimal]  # months without a bill are missing
    month: m.YearMonth  # the month of ``detail``
    detail: m.BillDetail


def load_overview(api: AccountApi, month: m.YearMonth | None = None) -> OverviewData:
    """Worker thread: everything the page shows. The default month is the last complete one."""
    overview = api.overview()
    last = overview.month
    first = last.shift(-(CHART_MONTHS - 1))
    bills = api.bills(m.BillQuery(from_month=first, to_month=last), page_size=CHART_MONTHS)
    chosen = month or last.shift(-1)
    return OverviewData(
        overview=overview,
        months=tuple(first.shift(i) for i in range(CHART_MONTHS)),
        totals={bill.month: bill.total for bill in bills.items},
        month=chosen,
        detail=api.bill(chosen),
    )


class Card(QFrame):
    """A figure of the console: caption, value, and an optional quick link."""

    link_activated = Signal(str)

    def __init__(self, caption: str, link: str = "", target: str = "") -> None:
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #666;")
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addStretch(1)
        self.link: QLabel | None = None
        if link:
            self.link = QLabel(f'<a href="{target}">{link}</a>')
            self.link.setObjectName("cardLink")
            self.link.linkActivated.connect(self.link_activated)
            row.addWidget(self.link, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


class SpendChart(QChartView):
    """Bars of the monthly bills; a click on a bar emits its month."""

    month_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setObjectName("spendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.months: tuple[m.YearMonth, ...] = ()
        self.amounts: tuple[Decimal, ...] = ()
        self.bar_set: QBarSet | None = None
        self.series: QBarSeries | None = None
        title_font = chart.titleFont()
        title_font.setBold(True)
        chart.setTitleFont(title_font)

    def set_bills(
        self, months: tuple[m.YearMonth, ...], totals: dict[m.YearMonth, Decimal], title: str
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.months = months
        self.amounts = tuple(totals.get(month, Decimal("0.00")) for month in months)
        bar_set = QBarSet(title)
        bar_set.setColor(BAR_COLOR)
        bar_set.setBorderColor(BAR_COLOR)
        bar_set.setSelectedColor(SELECTED_COLOR)
        for amount in self.amounts:
            bar_set.append(float(amount))  # bar height only; texts come from the Decimal
        series = QBarSeries()
        series.setBarWidth(0.6)
        series.append(bar_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.month_label(i) for i in range(len(months))])
        axis_x.setGridLineVisible(False)
        if months:
            axis_x.setTitleText(f"{months[0]} – {months[-1]}")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top = max((float(a) for a in self.amounts), default=0.0)
        axis_y.setRange(0, top * 1.1 if top > 0 else 1)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        series.hovered.connect(self._hovered)
        series.clicked.connect(lambda index, _set: self.month_clicked.emit(self.months[index]))
        self.series = series
        self.bar_set = bar_set

    def month_label(self, index: int) -> str:
        """The month's short name (12月 / Dec): 12 labels fit; the axis title gives the years."""
        return QLocale().monthName(self.months[index].month, QLocale.FormatType.ShortFormat)

    def select(self, month: m.YearMonth) -> None:
        if self.bar_set is None:
            return
        self.bar_set.deselectAllBars()
        if month in self.months:
            self.bar_set.selectBar(self.months.index(month))

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.months):
            QToolTip.showText(
                QCursor.pos(),
                self.tr("{month}: ¥{amount}").format(
                    month=str(self.months[index]), amount=values.money_text(self.amounts[index])
                ),
                self,
            )
        else:
            QToolTip.hideText()


class OverviewPanel(QWidget):
    """账户概览 (see the module docstring)."""

    navigate = Signal(str, object)  # page key, argument (a ticket tab)
    relogin_requested = Signal()

    def __init__(
        self, api: AccountApi, runner: TaskRunner, parent: QWidget | None = None, **_kw: Any
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.runner = runner
        self.title = self.page_title()
        self.started = False
        self.data: OverviewData | None = None
        self.is_loading = False
        self._generation = 0  # of the whole page's load
        self._bill_generation = 0  # of the bill table's month

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

        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        specs = (
            (
                "account_balance",
                self.tr("Account balance (CNY)"),
                self.tr("Consumption"),
                "consumption",
            ),
            ("zhongjinyun_balance", self.tr("中金云 balance (CNY)"), "", ""),
            ("frozen_amount", self.tr("Frozen amount (CNY)"), "", ""),
            ("coupon_count", self.tr("Coupons"), self.tr("Manage coupons"), "coupons"),
            ("month_estimated_cost", self.tr("Estimated cost this month"), "", ""),
            (
                "last_month_cost",
                self.tr("Spent last month (CNY)"),
                self.tr("Details"),
                "consumption",
            ),
            (
                "month_recharge",
                self.tr("Recharged this month (CNY)"),
                self.tr("Recharge records"),
                "recharges",
            ),
            (
                "month_allocation",
                self.tr("Allocated this month (CNY)"),
                self.tr("Allocation records"),
                "allocations",
            ),
        )
        for i, (key, caption, link, target) in enumerate(specs):
            card = Card(caption, link, target)
            card.setObjectName(f"card_{key}")  # one id per figure, for tests and screen readers
            card.setAccessibleName(caption)
            card.link_activated.connect(lambda page: self.navigate.emit(page, None))
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)

        # basic information and tickets
        self.info: dict[str, QLabel] = {}
        info_box = QGroupBox(self.tr("Basic information"))
        info_layout = QGridLayout(info_box)
        for row, (key, caption) in enumerate(
            (
                ("role", self.tr("Current role:")),
                ("company", self.tr("Company:")),
                ("account", self.tr("Account:")),
                ("kind", self.tr("Account type:")),
                ("last_login", self.tr("Last login:")),
                ("ip", self.tr("IP address:")),
            )
        ):
            label = QLabel()
            label.setObjectName(f"info_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = label
            info_layout.addWidget(QLabel(caption), row, 0)
            info_layout.addWidget(label, row, 1)
        info_layout.setColumnStretch(1, 1)
        ticket_box = QGroupBox(self.tr("Tickets"))
        ticket_layout = QGridLayout(ticket_box)
        self.ticket_links: dict[m.TicketTab, QLabel] = {}
        captions = (
            (m.TicketTab.ALL, self.tr("All")),
            (m.TicketTab.TODO, self.tr("To do")),
            (m.TicketTab.IN_PROGRESS, self.tr("In progress")),
            (m.TicketTab.DONE, self.tr("Completed")),
        )
        for i, (tab, caption) in enumerate(captions):
            link = QLabel()
            link.setObjectName(f"tickets_{tab.value}")
            link.linkActivated.connect(lambda _t, tab=tab: self.navigate.emit("tickets", tab))
            self.ticket_links[tab] = link
            ticket_layout.addWidget(QLabel(caption), i // 2, (i % 2) * 2)
            ticket_layout.addWidget(link, i // 2, (i % 2) * 2 + 1)
        ticket_layout.setColumnStretch(1, 1)
        ticket_layout.setColumnStretch(3, 1)
        side = QVBoxLayout()
        side.addWidget(info_box)
        side.addWidget(ticket_box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(320)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.chart = SpendChart()
        self.chart.setAccessibleName(self.tr("Monthly bills of the last 12 months (CNY)"))
        self.chart.month_clicked.connect(self.select_month)
        middle = QHBoxLayout()
        middle.addWidget(side_widget)
        middle.addWidget(self.chart, 1)

        # the month's bill by platform
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("billMonth")
        self.month_combo.currentIndexChanged.connect(self._month_chosen)
        self.month_total = QLabel()
        self.month_total.setObjectName("monthTotal")
        self.month_total.setStyleSheet("font-weight: bold;")
        delayed = QLabel(self.tr("Note: the consumption overview is updated with a delay."))
        delayed.setStyleSheet("color: #888;")
        bill_bar = QHBoxLayout()
        heading = QLabel(self.tr("Bill overview"))
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        bill_bar.addWidget(heading)
        bill_bar.addSpacing(12)
        bill_bar.addWidget(labelled(self.tr("Month:"), self.month_combo))
        bill_bar.addWidget(self.month_combo)
        bill_bar.addSpacing(12)
        bill_bar.addWidget(self.month_total)
        bill_bar.addStretch(1)
        bill_bar.addWidget(delayed)
        self.bill_model = BillTableModel(self)
        self.bill_table = QTableView()
        self.bill_table.setObjectName("billTable")
        self.bill_table.setAccessibleName(heading.text())
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
        note = QLabel(self.tr("Note: last month's details can be queried from the 10th."))
        note.setObjectName("note")
        note.setStyleSheet("color: #888;")

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        head = QHBoxLayout()
        head.addWidget(self.greeting)
        head.addStretch(1)
        head.addWidget(self.unread_link)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(middle, 1)
        layout.addLayout(bill_bar)
        layout.addWidget(self.bill_table)
        layout.addWidget(note)
        self._fit_table()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.overlay = StateOverlay(self)
        self.overlay.retry_requested.connect(self.refresh)
        self.overlay.relogin_requested.connect(self.relogin_requested)

    def page_title(self) -> str:
        return self.tr("Account overview")

    def _bill_body(self) -> QRect:
        """The bill table's body, in the coordinates of the overlay's parent (the content)."""
        viewport = self.bill_table.viewport()
        return QRect(
            viewport.mapTo(self.bill_overlay.parentWidget(), QPoint(0, 0)), viewport.size()
        )

    def _fit_table(self) -> None:
        """The table as tall as its rows (the page scrolls, not the table); room for 暂无数据."""
        rows = max(self.bill_model.rowCount(), 3)
        header = self.bill_table.horizontalHeader().sizeHint().height()
        self.bill_table.setFixedHeight(
            header + rows * ROW_HEIGHT + 2 * self.bill_table.frameWidth()
        )

    # -- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.started:
            self.refresh()

    def refresh(self) -> None:
        self.started = True
        self._generation += 1
        self._bill_generation += 1  # the page's load brings the month's bill too
        generation = self._generation
        self.is_loading = True
        month = self.selected_month() if self.data is not None else None
        if self.data is None:
            self.overlay.show_loading()
        api = self.api
        self.runner.start(
            lambda _h: load_overview(api, month),
            on_done=lambda data: self._loaded(generation, data),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _loaded(self, generation: int, data: OverviewData) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.data = data
        self.overlay.clear()
        self._show(data)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.overlay.show_error(exc)

    def _show(self, data: OverviewData) -> None:
        o = data.overview
        self.greeting.setText(self.tr("Hello, {name}!").format(name=o.display_name))
        self.unread_link.setText(
            self.tr('<a href="messages">{n} unread messages</a>').format(n=o.unread_messages)
            if o.unread_messages
            else ""
        )
        money = values.money_text
        self.cards["account_balance"].set_value(money(o.account_balance))
        self.cards["zhongjinyun_balance"].set_value(money(o.zhongjinyun_balance))
        self.cards["frozen_amount"].set_value(money(o.frozen_amount))
        self.cards["coupon_count"].set_value(self.tr("{n} coupons").format(n=o.coupon_count))
        self.cards["month_estimated_cost"].set_value(f"¥{money(o.month_estimated_cost)}")
        self.cards["last_month_cost"].set_value(money(o.last_month_cost))
        self.cards["month_recharge"].set_value(money(o.month_recharge))
        self.cards["month_allocation"].set_value(money(o.month_allocation))
        self.info["role"].setText(o.role)
        self.info["company"].setText(o.company)
        self.info["account"].setText(o.account)
        self.info["kind"].setText(values.account_kind_text(o.is_main_account))
        self.info["last_login"].setText(values.time_text(o.last_login_at))
        self.info["ip"].setText(o.last_login_ip or values.MISSING)
        counts = o.tickets
        for tab, n in (
            (m.TicketTab.ALL, counts.all),
            (m.TicketTab.TODO, counts.todo),
            (m.TicketTab.IN_PROGRESS, counts.in_progress),
            (m.TicketTab.DONE, counts.done),
        ):
            self.ticket_links[tab].setText(f'<a href="{tab.value}">{n}</a>')
        self.chart.set_bills(
            data.months, data.totals, self.tr("Monthly bills of the last 12 months (CNY)")
        )
        self.month_combo.blockSignals(True)
        try:
            self.month_combo.clear()
            for month in reversed(data.months):
                self.month_combo.addItem(str(month), str(month))
            self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(str(data.month))))
        finally:
            self.month_combo.blockSignals(False)
        self._show_bill(data.detail)

    def _show_bill(self, detail: m.BillDetail) -> None:
        self.bill_model.set_detail(detail)
        self._fit_table()
        self.chart.select(detail.month)
        self.month_total.setText(
            self.tr("Total of {month}: ¥{amount}").format(
                month=str(detail.month), amount=values.money_text(detail.total)
            )
        )
        if detail.platforms:
            self.bill_overlay.clear()
        else:
            self.bill_overlay.show_empty()

    # -- the month of the bill table ------------------------------------------------------------
    def selected_month(self) -> m.YearMonth | None:
        text = self.month_combo.currentData()
        return m.YearMonth.parse(text) if text else None

    def select_month(self, month: m.YearMonth) -> None:
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

        self.chart.select(month)
        self.runner.start(lambda _h: api.bill(month), on_done=done, on_error=failed, owner=self)
