"""月度消费账单 (guide 1.3.6): the last 12 months' bills as bars, each labelled with its month
(year included) and its amount written on the bar.

Why the amounts are drawn as our own text items and not with QBarSeries' value labels: Qt writes
those from the float bar height with ``%g``-style precision (``21828.6``), while the portal writes
money with two decimals. Here every text comes from the Decimal (:func:`values.money_text`); the
float is only the bar's height.

A chart is a picture to a screen reader (QGraphicsView exposes no items), so the view's accessible
description lists every month and amount (:meth:`MonthlyBillChart.text_alternative`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from gene_desk.account import models as m
from gene_desk.ui.account import values

BAR_COLOR = QColor("#3d8fd6")
SELECTED_COLOR = QColor("#f39c12")
LABEL_COLOR = QColor("#333333")
HEADROOM = 1.18  # the value axis goes this far above the highest bar: room for its amount


def month_label(month: m.YearMonth) -> str:
    """The portal's month with its year (``2020年02月``; ``2020-02`` in English)."""
    text = QCoreApplication.translate("OverviewCharts", "{year}-{month:02d}")
    return text.format(year=month.year, month=month.month)


def axis_label(month: m.YearMonth) -> str:
    """The month under its bar: the year above the month (``2025年`` / ``07月``)."""
    text = QCoreApplication.translate("OverviewCharts", "{year}\n{month:02d}")
    return text.format(year=month.year, month=month.month)


def amount_line(month: m.YearMonth, amount: Decimal) -> str:
    """One line of the text alternative, as the portal's list reads (``2020年02月 348.22 元``)."""
    text = QCoreApplication.translate("OverviewCharts", "{month}: {amount} CNY")
    return text.format(month=month_label(month), amount=values.money_text(amount))


class MonthlyBillChart(QChartView):
    """Bars of the monthly bills with month and amount labels; a click on a bar emits its month."""

    month_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 40))  # room for the two-line months
        super().__init__(chart, parent)
        self.setObjectName("monthlyBillChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.months: tuple[m.YearMonth, ...] = ()
        self.amounts: tuple[Decimal, ...] = ()
        self.bar_set: QBarSet | None = None
        self.series: QBarSeries | None = None
        self.labels: list[QGraphicsSimpleTextItem] = []  # the amounts, on the bars
        self.month_labels: list[QGraphicsSimpleTextItem] = []  # the months, under the bars
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        chart.plotAreaChanged.connect(self._plot_area_changed)

    def set_bills(
        self, months: tuple[m.YearMonth, ...], totals: dict[m.YearMonth, Decimal]
    ) -> None:
        """Show ``months`` (oldest first); a month without a bill is a zero bar."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for item in (*self.labels, *self.month_labels):
            item.setParentItem(None)
            chart.scene().removeItem(item)
        self.labels = []
        self.month_labels = []
        self.months = months
        self.amounts = tuple(totals.get(month, Decimal("0.00")) for month in months)
        bar_set = QBarSet(self.accessibleName())
        bar_set.setColor(BAR_COLOR)
        bar_set.setBorderColor(BAR_COLOR)
        bar_set.setSelectedColor(SELECTED_COLOR)
        for amount in self.amounts:
            bar_set.append(float(amount))  # bar height only; texts come from the Decimal
        series = QBarSeries()
        series.setBarWidth(0.62)
        series.append(bar_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        # The axis' own labels are hidden: Qt cuts a label wider than its bar's slot to "202…"
        # and draws one line only, so the months are our items too, on two lines (year above).
        axis_x.append([str(month) for month in months])
        axis_x.setLabelsVisible(False)
        axis_x.setGridLineVisible(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top = max((float(a) for a in self.amounts), default=0.0)
        axis_y.setRange(0, top * HEADROOM if top > 0 else 1)
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        series.clicked.connect(self._clicked)
        self.series = series
        self.bar_set = bar_set
        for amount in self.amounts:
            self.labels.append(self._text_item(values.money_text(amount)))
        for month in months:
            self.month_labels.append(self._text_item(axis_label(month)))
        self.setAccessibleDescription("; ".join(self.text_alternative()))
        self.place_labels()

    def _text_item(self, text: str) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text, self.chart())
        item.setFont(self.label_font)
        item.setBrush(LABEL_COLOR)
        item.setZValue(10)
        return item

    def text_alternative(self) -> list[str]:
        """What the bars say, one line per month, oldest first (for a screen reader)."""
        return [amount_line(mo, a) for mo, a in zip(self.months, self.amounts, strict=True)]

    def label_texts(self) -> list[str]:
        return [item.text() for item in self.labels]

    def month_texts(self) -> list[str]:
        return [item.text() for item in self.month_labels]

    def place_labels(self) -> None:
        """Each amount centred above its bar; turned upright when wider than a bar's slot."""
        if self.series is None or not self.labels:
            return
        chart = self.chart()
        plot = chart.plotArea()
        slot = plot.width() / max(1, len(self.labels))
        metrics = QFontMetricsF(self.label_font)
        for index, item in enumerate(self.month_labels):
            foot = chart.mapToPosition(QPointF(index, 0), self.series)
            width = item.boundingRect().width()
            item.setPos(foot.x() - width / 2, plot.bottom() + 3)
        for index, (item, amount) in enumerate(zip(self.labels, self.amounts, strict=True)):
            top = chart.mapToPosition(QPointF(index, float(amount)), self.series)
            width = metrics.horizontalAdvance(item.text())
            height = metrics.height()
            if width + 4 <= slot:
                item.setRotation(0)
                item.setPos(top.x() - width / 2, top.y() - height - 1)
            else:  # reads bottom-up, its start just above the bar
                item.setRotation(-90)
                item.setPos(top.x() - height / 2, top.y() - 3)

    def _plot_area_changed(self, _area: object) -> None:
        self.place_labels()

    def select(self, month: m.YearMonth | None) -> None:
        if self.bar_set is None:
            return
        self.bar_set.deselectAllBars()
        if month in self.months:
            self.bar_set.selectBar(self.months.index(month))

    def _clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self.months):
            self.month_clicked.emit(self.months[index])
