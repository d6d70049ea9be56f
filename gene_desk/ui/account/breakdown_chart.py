"""消费概览 and 产品概览 (guide 1.5.1): one month's spend split by cloud platform, or by product
category, as a ring chart with the month's total (``¥ 2407.59`` / ``2020年12月消费总计``).

The ring is a picture to a screen reader, so each chart comes with its text alternative: a small
table beside it (name, amount, share) that is also the legend a sighted user reads, and the chart
view's accessible description listing the same values. The table is an ordinary item view, so
AT-SPI reads its cells as it reads any table.

Slice sizes are floats (QtCharts takes nothing else); every number written comes from the Decimal.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QPieSeries
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gene_desk.ui.account import values
from gene_desk.ui.account.models import TextRowsModel

PALETTE = tuple(
    QColor(c) for c in ("#3d8fd6", "#f39c12", "#27ae60", "#8e44ad", "#e74c3c", "#16a085", "#7f8c8d")
)
ROW_HEIGHT = 24


def share_text(part: Decimal, total: Decimal) -> str:
    """``part`` of ``total`` as a percentage with one decimal (``65.3%``), half up."""
    if total <= 0:
        return "0.0%"
    return f"{(part * 100 / total).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


class ShareModel(TextRowsModel):
    """The chart's values as a table: name, amount (元), share of the total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.parts: tuple[tuple[str, Decimal], ...] = ()
        self.total = Decimal("0.00")
        self.name_header = ""  # what the parts are (云平台, 产品类别), set by the chart

    def set_parts(self, parts: Sequence[tuple[str, Decimal]], total: Decimal) -> None:
        self.beginResetModel()
        self.parts = tuple(parts)
        self.total = total
        self._rows = [
            (name, values.money_text(amount), share_text(amount, total)) for name, amount in parts
        ]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def headers(self) -> tuple[str, ...]:
        return (
            self.name_header,
            QCoreApplication.translate("ShareModel", "Amount (CNY)"),
            QCoreApplication.translate("ShareModel", "Share"),
        )

    def more_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return PALETTE[row % len(PALETTE)]
        return None


class BreakdownChart(QFrame):
    """Title, ring chart with the total in words beside it, and the values as a table.

    ``key`` names the parts for tests and screen readers (``<key>Chart``, ``<key>Table``, ...);
    ``name`` is the chart's accessible name until a month is shown (then its title)."""

    def __init__(
        self, key: str, name: str, name_header: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Breakdown")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName(f"{key}Title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 0, 0))
        self.view = QChartView(chart)
        self.view.setObjectName(f"{key}Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFixedSize(230, 230)
        self.series = QPieSeries()
        self.series.setHoleSize(0.5)
        chart.addSeries(self.series)
        self.empty = QLabel(self.tr("No data"))
        self.empty.setObjectName(f"{key}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #888;")
        self.picture = QStackedLayout()
        self.picture.addWidget(self.view)
        self.picture.addWidget(self.empty)
        self.total = QLabel()
        self.total.setObjectName(f"{key}Total")
        total_font = self.total.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.3)
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.total_caption = QLabel()
        self.total_caption.setObjectName(f"{key}TotalCaption")
        self.total_caption.setStyleSheet("color: #666;")
        self.model = ShareModel(self)
        self.model.name_header = name_header
        self.table = QTableView()
        self.table.setObjectName(f"{key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(name)
        self.view.setAccessibleName(name)
        self.table.setAccessibleName(name)

        side = QVBoxLayout()
        side.addWidget(self.total)
        side.addWidget(self.total_caption)
        side.addWidget(self.table)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(self.picture)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(body)

    def set_parts(
        self, title: str, total_caption: str, parts: Sequence[tuple[str, Decimal]], total: Decimal
    ) -> None:
        """Show ``parts`` (name, amount) of ``total``; zero parts are left out."""
        shown = [(name, amount) for name, amount in parts if amount != 0]
        self.title.setText(title)
        self.total.setText(f"¥ {values.money_text(total)}")
        self.total_caption.setText(total_caption)
        self.series.clear()
        for i, (name, amount) in enumerate(shown):
            piece = self.series.append(name, float(amount))  # size only
            piece.setColor(PALETTE[i % len(PALETTE)])
            piece.setBorderColor(QColor("white"))
        self.model.set_parts(shown, total)
        self.picture.setCurrentWidget(self.view if shown else self.empty)
        rows = max(1, len(shown))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * ROW_HEIGHT + 2 * self.table.frameWidth())
        self.view.setAccessibleName(title)
        self.table.setAccessibleName(title)
        self.view.setAccessibleDescription(self.description())

    def description(self) -> str:
        """The chart's values in words, for the chart view's accessible description."""
        lines = [f"{self.total_caption.text()}: {self.total.text()}"]
        lines += [
            f"{self.model.text(r, 0)}: {self.model.text(r, 1)} ({self.model.text(r, 2)})"
            for r in range(self.model.rowCount())
        ]
        if not self.model.rowCount():
            lines.append(self.empty.text())
        return "; ".join(lines)
