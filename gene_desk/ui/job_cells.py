"""The cells of a jobs list: its columns and roles, the text of a row, the progress bar.

Pure helpers, kept apart from the model so the model holds only its tree and its refreshes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from gene_desk.journal import State
from gene_desk.transfer.upload_conflicts import OPTION_SKIPPED

(COL_NAME, COL_STATE, COL_PROGRESS, COL_SIZE, COL_SPEED, COL_ETA, COL_DESTINATION, COL_DETAILS) = (
    range(8)
)
N_COLUMNS = 8
ProgressRole = Qt.ItemDataRole.UserRole + 1  # 0..1000, or -1 for none
JobIdRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3
StateRole = Qt.ItemDataRole.UserRole + 4


def skipped_count(options: dict) -> int:
    """How many of an upload job's items were skipped because their objects exist."""
    try:
        return int(options.get(OPTION_SKIPPED, 0))
    except (TypeError, ValueError):
        return 0


def percent_text(fraction: float, state: State) -> str:
    """A running row shows tenths of a percent: 1% of a 100 GB file is a gigabyte, minutes on
    a slow link, and the row must show that it moves."""
    if state is State.RUNNING and 0.0 < fraction < 1.0:
        return f"{math.floor(fraction * 1000) / 10:.1f}%"
    return f"{int(fraction * 100)}%"


def relative_name(source: str, job_source: str) -> str:
    """An item's name inside its job: "lane1/reads.fastq" rather than a bare "reads.fastq"."""
    for sep in ("/", "\\"):
        base = job_source.rstrip(sep) + sep
        if source.startswith(base):
            return source[len(base) :]
    return Path(source).name or source


def state_color(state: State) -> Any:
    from PySide6.QtGui import QColor

    return {
        State.SUCCEEDED: QColor("#1e7d32"),
        State.FAILED: QColor("#b3261e"),
        State.CANCELLED: QColor("#7a7a7a"),
        State.PAUSED: QColor("#9a6700"),
    }.get(state)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), max(hint.height(), 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(ProgressRole)
        if value is None or value < 0:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(3, 3, -3, -3))
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = int(value)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or f"{int(value) // 10}%")
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
