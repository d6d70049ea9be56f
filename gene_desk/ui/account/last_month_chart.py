"""上月账单汇总及余额 as the portal draws it on 拨付操作 (guide 1.5.7): bars of last month's
spend (■ 上月消费) and the balance (■ 余额) per opened platform.

QtCharts takes float bar heights only; the figures written on the page come from the Decimals
(the form and the table beside the chart), so no amount the user reads went through a float.
A platform without a balance of its own (all but 中金云) has no 余额 bar.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from gene_desk.account import details as d

SPEND_COLOR = QColor("#3d8fd6")
BALANCE_COLOR = QColor("#f39c12")


class LastMonthChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        super().__init__(chart, parent)
        self.setObjectName("lastMonthChart")
        self.setAccessibleName(self.tr("Last month's bill summary and balance"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.spend: QBarSet | None = None
        self.balance: QBarSet | None = None
        self.categories: list[str] = []

    def set_summary(self, summary: d.LastMonthSummary) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.spend = QBarSet(self.tr("Spent last month"))
        self.spend.setColor(SPEND_COLOR)
        self.balance = QBarSet(self.tr("Balance"))
        self.balance.setColor(BALANCE_COLOR)
        self.categories = [p.platform_name for p in summary.platforms]
        for p in summary.platforms:
            self.spend.append(float(p.total))
            self.balance.append(float(p.balance) if p.balance is not None else 0.0)
        series = QBarSeries()
        series.append(self.spend)
        series.append(self.balance)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        top = max([*(self.spend.at(i) for i in range(self.spend.count())), 1.0])
        top = max(top, *(self.balance.at(i) for i in range(self.balance.count())), 1.0)
        y.setRange(0, top * 1.1)
