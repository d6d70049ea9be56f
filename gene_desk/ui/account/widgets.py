"""Small widgets the account pages share: the state overlay, the pager, filters, export button.

:class:`StateOverlay` is how a page says "loading", "暂无数据", "this failed (retry)" or "only the
main account can see this" *inside* the page, over the table body (headers stay visible, as on the
portal), instead of a message box: nothing blocks, and the retry is where the failure is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.ui import errors_text
from gene_desk.ui.account.models import PAGE_SIZES

NO_DATE = QDate(2000, 1, 1)  # a date edit at this value means "not set"


def note_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A page's grey note (the portal's 注 lines), named ``note`` for the tests."""
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(wrap)
    label.setStyleSheet("color: #888;")
    return label


def caption(text: str, control: QWidget) -> QLabel:
    """The label beside a control, which also names it: a combo box's or tab bar's accessible
    name is otherwise its current value, so a screen reader would say "不限" and never what it
    filters. The label is the control's buddy (Alt+letter, click-to-focus) as well."""
    label = QLabel(text)
    label.setBuddy(control)
    control.setAccessibleName(text.rstrip(":：").strip())
    return label


class StateOverlay(QWidget):
    """Covers ``area()`` of ``host`` with a message (and Retry / Log in again when useful).

    Over a table, pass the table's container as ``parent`` (``area`` then in its coordinates):
    an item view exposes only its cells to accessibility, so a message inside the view itself
    would never reach a screen reader."""

    retry_requested = Signal()
    relogin_requested = Signal()

    HIDDEN, LOADING, EMPTY, ERROR, MAIN_ONLY, NOTICE = (
        "hidden",
        "loading",
        "empty",
        "error",
        "main_only",
        "notice",
    )

    def __init__(
        self,
        host: QWidget,
        area: Callable[[], QRect] | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or host)
        self.setObjectName("stateOverlay")
        self._host = host
        self._area = area or host.rect
        self.mode = self.HIDDEN
        self.error: BaseException | None = None
        self.setAutoFillBackground(True)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("stateMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("stateDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #888;")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry_requested)
        self.relogin_button = QPushButton(self.tr("Log in again"))
        self.relogin_button.setObjectName("relogin")
        self.relogin_button.clicked.connect(self.relogin_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.relogin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addStretch(2)
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
        ):
            self._place()
        return False

    def _place(self) -> None:
        self.setGeometry(self._area())
        self.raise_()

    def _show(
        self,
        mode: str,
        message: str,
        detail: str = "",
        *,
        icon: QStyle.StandardPixmap | None = None,
        retry: bool = False,
        relogin: bool = False,
    ) -> None:
        self.mode = mode
        self.message.setText(message)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if icon is not None:
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.icon.setVisible(icon is not None)
        self.retry_button.setVisible(retry)
        self.relogin_button.setVisible(relogin)
        self.message.setStyleSheet("color: #888;" if mode in (self.EMPTY, self.LOADING) else "")
        self._place()
        self.show()

    def show_loading(self) -> None:
        self._show(self.LOADING, self.tr("Loading..."))

    def show_empty(self, detail: str = "") -> None:
        self._show(self.EMPTY, self.tr("No data"), detail)

    def show_notice(self, message: str) -> None:
        self._show(self.NOTICE, message, icon=QStyle.StandardPixmap.SP_MessageBoxInformation)

    def show_main_only(self, message: str) -> None:
        self._show(
            self.MAIN_ONLY,
            message,
            self.tr("Sub-accounts cannot see it. Ask the main account of your company."),
            icon=QStyle.StandardPixmap.SP_MessageBoxInformation,
        )

    def show_error(self, exc: BaseException) -> None:
        """The failure in words, with Retry; an expired session also offers Log in again."""
        self.error = exc
        expired = isinstance(exc, GeneDeskError) and exc.code in (
            ErrorCode.SESSION_EXPIRED,
            ErrorCode.NOT_LOGGED_IN,
        )
        self._show(
            self.ERROR,
            errors_text.error_text(exc),
            icon=QStyle.StandardPixmap.SP_MessageBoxWarning,
            retry=True,
            relogin=expired,
        )

    def clear(self) -> None:
        self.mode = self.HIDDEN
        self.error = None
        self.hide()


class Pager(QWidget):
    """共 N 条 · N 条/页 · ‹ 第 [n] / M 页 ›"""

    page_requested = Signal(int)
    page_size_changed = Signal(int)

    def __init__(self, page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pager")
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("pageSize")
        self.size_combo.setAccessibleName(self.tr("Rows per page"))
        for size in PAGE_SIZES:
            self.size_combo.addItem(self.tr("{n} / page").format(n=size), size)
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(page_size)))
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("previousPage")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.setAccessibleName(self.prev_button.toolTip())  # an arrow, no text
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextPage")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageNumber")
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.setMinimumWidth(48)
        self.before_label = QLabel(self.tr("Page"))
        self.after_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.total_label)
        layout.addWidget(self.size_combo)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.before_label)
        layout.addWidget(self.page_spin)
        layout.addWidget(self.after_label)
        layout.addWidget(self.next_button)
        self.page = 1
        self.page_count = 1
        self._updating = False
        self.prev_button.clicked.connect(lambda: self.page_requested.emit(self.page - 1))
        self.next_button.clicked.connect(lambda: self.page_requested.emit(self.page + 1))
        self.page_spin.valueChanged.connect(self._spin_changed)
        self.size_combo.currentIndexChanged.connect(
            lambda _i: self.page_size_changed.emit(int(self.size_combo.currentData()))
        )
        self.set_state(1, 1, 0)

    def _spin_changed(self, value: int) -> None:
        if not self._updating and value != self.page:
            self.page_requested.emit(value)

    def set_state(self, page: int, page_count: int, total: int) -> None:
        self.page, self.page_count = page, max(1, page_count)
        self._updating = True
        try:
            self.page_spin.setRange(1, self.page_count)
            self.page_spin.setValue(page)
        finally:
            self._updating = False
        self.total_label.setText(self.tr("{n} rows in total").format(n=f"{total:,}"))
        self.after_label.setText(self.tr("of {n}").format(n=self.page_count))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.prev_button.setEnabled(not busy and self.page > 1)
        self.next_button.setEnabled(not busy and self.page < self.page_count)
        self.page_spin.setEnabled(not busy and self.page_count > 1)
        self.size_combo.setEnabled(not busy)


class ChoiceCombo(QComboBox):
    """A filter: "all" (None) first, then (text, value) choices; ``value()`` is the choice.

    The values stay Python objects in a list beside the items (item data would turn a CodeEnum,
    a str subclass, into a plain str).
    """

    def __init__(
        self,
        all_text: str,
        choices: Sequence[tuple[str, Any]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.all_text = all_text
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current one when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        try:
            self.clear()
            self._values = [None]
            self.addItem(self.all_text)
            for text, value in choices:
                self._values.append(value)
                self.addItem(text)
            self.setCurrentIndex(max(0, self._index_of(current)))
        finally:
            self.blockSignals(False)

    def _index_of(self, value: Any) -> int:
        for i, v in enumerate(self._values):
            if v is not None and type(v) is type(value) and v == value:
                return i
        return 0 if value is None else -1

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def set_value(self, value: Any) -> None:
        i = self._index_of(value)
        if i < 0:
            raise ValueError(f"{value!r} is not a choice")
        self.setCurrentIndex(i)


class OptionalDateEdit(QDateEdit):
    """A date filter that can be unset (shown as "any"); its calendar opens on today's month
    (``today``: the panel's calendar, injectable for tests)."""

    def __init__(
        self,
        any_text: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == NO_DATE and self.calendarWidget() is not None:
            today = self.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)


class DateRange(QWidget):
    """开始时间 至 结束时间"""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.start = OptionalDateEdit(self.tr("Start date"), today=today)
        self.start.setObjectName("startDate")
        self.start.setAccessibleName(self.tr("Start date"))
        self.end = OptionalDateEdit(self.tr("End date"), today=today)
        self.end.setObjectName("endDate")
        self.end.setAccessibleName(self.tr("End date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end)
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.dateChanged.connect(lambda _d: self.changed.emit())

    def values(self) -> tuple[date | None, date | None]:
        return self.start.value(), self.end.value()

    def set_values(self, start: date | None, end: date | None) -> None:
        self.blockSignals(True)
        try:
            self.start.set_value(start)
            self.end.set_value(end)
        finally:
            self.blockSignals(False)
        self.changed.emit()


class ExportButton(QToolButton):
    """导出: a menu with CSV and Excel."""

    export_requested = Signal(str)  # "csv" or "xlsx"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export")
        self.setText(self.tr("Export"))
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.csv_action = menu.addAction(self.tr("CSV (.csv)..."))
        self.csv_action.setObjectName("exportCsv")
        self.csv_action.triggered.connect(lambda: self.export_requested.emit("csv"))
        self.xlsx_action = menu.addAction(self.tr("Excel workbook (.xlsx)..."))
        self.xlsx_action.setObjectName("exportXlsx")
        self.xlsx_action.triggered.connect(lambda: self.export_requested.emit("xlsx"))
        self.setMenu(menu)
