"""The list pages: 消费明细, 我的订单, 充值记录, 拨付记录, 云券管理, 发票记录, 退费记录, 运营工单,
消息中心, 用户列表, 角色说明.

Every page is a :class:`ListPanel`: a filter bar built from what the API can filter (nothing
else: a filter the server cannot apply would only filter the page on screen), the page's rows, a
pager, and export. A filter change makes a new query object and shows page 1 of it; the export
walks every page of the *same* query on a worker thread (``paging.iter_pages``, 100 rows per
request) and writes while it reads, so memory stays flat. States (loading, 暂无数据, errors with
Retry, main-account-only) appear over the table body, never as message boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import models as m
from gene_desk.account.api import MAX_PAGE_SIZE, AccountApi
from gene_desk.account.paging import iter_pages
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.ui import errors_text
from gene_desk.ui.account import columns as cols
from gene_desk.ui.account import export, values
from gene_desk.ui.account.columns import Column
from gene_desk.ui.account.models import PagedTableModel
from gene_desk.ui.account.widgets import (
    ChoiceCombo,
    DateRange,
    ExportButton,
    Pager,
    StateOverlay,
    caption,
)
from gene_desk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

LOADING_DELAY_MS = 250  # a quick answer replaces the rows without a "Loading..." flash
MONTHS_OFFERED = 36  # month filters offer this many months back from now


def enum_choices(enum_cls: type[m.CodeEnum]) -> list[tuple[str, Any]]:
    return [(values.enum_text(member), member) for member in enum_cls]


def recent_months(count: int = MONTHS_OFFERED, today: date | None = None) -> list[m.YearMonth]:
    """This month (of ``today``, default the computer's date) and the ``count - 1`` before it,
    newest first."""
    this = m.YearMonth.of(today or date.today())
    return [this.shift(-i) for i in range(count)]


class ListPanel(QWidget):
    """Filters, one server page of rows, the pager and export for one list endpoint."""

    relogin_requested = Signal()
    export_finished = Signal(object)  # row count, or the exception

    columns: Sequence[Column] = ()

    def __init__(
        self,
        api: AccountApi,
        runner: TaskRunner,
        *,
        export_dir: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        """``today`` is the page's calendar (months offered, export file names): injectable so
        tests agree with a sandbox whose day is fixed, whatever the computer's date."""
        super().__init__(parent)
        self.api = api
        self.runner = runner
        self.today = today
        self.title = self.page_title()
        self.export_dir = export_dir
        self.started = False
        self.export_dialog: QFileDialog | None = None
        self.export_handle: TaskHandle | None = None
        self.last_export: Path | None = None

        self.model = PagedTableModel(self.columns, runner, self)
        self.view = QTableView()
        self.view.setObjectName("listView")
        self.view.setAccessibleName(self.title)  # a table has no visible text of its own
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setStyleSheet("QTableView::item { padding: 0 4px; }")  # air between columns
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        for i, column in enumerate(self.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(i, mode)
        self.overlay = StateOverlay(self.view, self._body_rect, parent=self)
        self.overlay.retry_requested.connect(self.retry)
        self.overlay.relogin_requested.connect(self.relogin_requested)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(8)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.clicked.connect(self.reset_filters)
        self.pager = Pager(self.model.page_size)
        self.pager.page_requested.connect(self.model.load)
        self.pager.page_size_changed.connect(self.model.set_page_size)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.export_button = ExportButton()
        self.export_button.export_requested.connect(self.ask_export)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setStyleSheet("color: #888;")
        self.note.hide()

        self.top = QHBoxLayout()
        self.top.addLayout(self.filter_bar)
        self.top.addStretch(1)
        self.top.addWidget(self.reset_button)
        self.top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.pager)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.top)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(bottom)
        self.body.addWidget(self.note)

        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self.model.loading.connect(self._on_loading)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self._update_export()

    def _body_rect(self) -> QRect:
        """The table's body (below its headers), in this panel's coordinates."""
        viewport = self.view.viewport()
        return QRect(viewport.mapTo(self, QPoint(0, 0)), viewport.size())

    # -- to be provided by each page ------------------------------------------------------------
    def page_title(self) -> str:
        raise NotImplementedError

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        """The list method bound to the current filters (a new query object)."""
        raise NotImplementedError

    def reset_filters(self) -> None:
        """Back to the page's default filters (and reload)."""
        self.apply_filters()

    def page_loaded(self, page: m.Page[Any]) -> None:
        """Hook: a page arrived (summaries, tab counts)."""

    def page_cleared(self) -> None:
        """Hook: no list for the current filters; forget what ``page_loaded`` showed."""
        self.summary.clear()

    def empty_detail(self) -> str:
        return ""

    # -- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        """The page is shown: load it the first time."""
        if not self.started:
            self.started = True
            self.apply_filters()

    def refresh(self) -> None:
        if self.started and self.model.fetcher is not None:
            self.model.reload()
        else:
            self.started = True
            self.apply_filters()

    def retry(self) -> None:
        self.refresh()

    def range_problem(self) -> str:
        """A sentence when the filters contradict each other (start after end), else ""."""
        return ""

    def apply_filters(self) -> None:
        if not self.started:
            return  # loaded when first shown
        problem = self.range_problem()
        if problem:
            # nothing answers contradictory filters: the previous rows, count and total go too
            self.model.clear()
            self._loading_timer.stop()
            self.pager.set_state(1, 1, 0)
            self.page_cleared()
            self.overlay.show_notice(problem)
            self._update_export()
            return
        try:
            fetch = self.fetcher()
        except GeneDeskError as exc:
            self.overlay.show_notice(errors_text.error_text(exc))
            return
        self.model.set_fetcher(fetch)

    def _on_loading(self) -> None:
        self.pager.set_busy(True)
        self.export_button.setEnabled(False)
        if self.model.rowCount() == 0 or self.overlay.mode != StateOverlay.HIDDEN:
            self._loading_timer.start()

    def _show_loading(self) -> None:
        if self.model.is_loading:
            self.overlay.show_loading()

    def _on_loaded(self, page: m.Page[Any]) -> None:
        self._loading_timer.stop()
        self.pager.set_state(page.page, page.page_count, page.total)
        if page.total == 0:
            self.overlay.show_empty(self.empty_detail())
        else:
            self.overlay.clear()
        self.view.scrollToTop()
        self.page_loaded(page)
        self._update_export()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading_timer.stop()
        self.pager.set_busy(False)
        if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.FORBIDDEN:
            # not an error: this account may not see the page (users and roles of a sub-account)
            self.overlay.show_main_only(self.main_only_text())
            self.set_filters_enabled(False)
            self.pager.hide()
            self.export_button.hide()
        else:
            self.overlay.show_error(exc)
        self._update_export()

    def main_only_text(self) -> str:
        return self.tr("Only the main account can see this page.")

    def set_filters_enabled(self, enabled: bool) -> None:
        for i in range(self.filter_bar.count()):
            widget = self.filter_bar.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(enabled)
        self.reset_button.setEnabled(enabled)

    # -- export ---------------------------------------------------------------------------------
    def _update_export(self) -> None:
        busy = self.export_handle is not None
        ready = (
            self.model.fetcher is not None
            and not self.model.is_loading
            and self.model.error is None
            and self.model.total > 0
        )
        self.export_button.setEnabled(ready and not busy)

    def default_file_name(self, fmt: str) -> str:
        return f"{self.title}-{self.today():%Y%m%d}.{fmt}"

    def ask_export(self, fmt: str) -> QFileDialog:
        """Ask where to save (a non-blocking dialog); the export starts when a file is chosen."""
        name_filter = (
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        )
        start = str(Path(self.export_dir) / self.default_file_name(fmt)) if self.export_dir else ""
        dialog = QFileDialog(self, self.tr("Export {title}").format(title=self.title), start)
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(fmt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path, fmt: str) -> TaskHandle | None:
        """Write every row of the current filters to ``path`` (on a worker thread)."""
        fetch = self.model.fetcher
        if fetch is None or self.export_handle is not None:
            return None
        columns = tuple(self.columns)
        headers = [c.title() for c in columns]
        title = self.title

        def work(handle: TaskHandle) -> int:
            def rows() -> Iterator[Any]:
                done = 0
                for page in iter_pages(fetch, page_size=MAX_PAGE_SIZE):
                    if handle.cancelled:
                        raise GeneDeskError(ErrorCode.CANCELLED, "export cancelled")
                    yield from page.items
                    done += len(page.items)
                    handle.report(done, page.total)

            return export.write_rows(path, fmt, columns, headers, rows(), title=title)

        def progressed(done: Any, total: Any) -> None:
            self.status.setText(
                self.tr("Exporting... {done} of {total} rows").format(done=done, total=total)
            )

        def done(count: int) -> None:
            self.export_handle = None
            self.last_export = path
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("Exported {n} rows to {path}").format(n=count, path=str(path))
            )
            self._update_export()
            self.export_finished.emit(count)

        def failed(exc: BaseException) -> None:
            self.export_handle = None
            self.status.setStyleSheet("color: #c0392b;")
            self.status.setText(
                self.tr("Export failed: {reason}").format(reason=errors_text.error_text(exc))
            )
            self._update_export()
            self.export_finished.emit(exc)

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting..."))
        self.export_handle = self.runner.start(
            work, on_done=done, on_error=failed, on_progress=progressed, owner=self
        )
        self._update_export()
        return self.export_handle

    def cancel_export(self) -> None:
        if self.export_handle is not None:
            self.export_handle.cancel()


class DatedListPanel(ListPanel):
    """A list with the portal's 开始时间 至 结束时间 filter."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.dates = DateRange(today=self.today)
        self.dates.changed.connect(self.apply_filters)
        self.filter_bar.addWidget(_label(self.tr("Time:"), self.dates))
        self.filter_bar.addWidget(self.dates)

    def range_problem(self) -> str:
        start, end = self.dates.values()
        if start is not None and end is not None and start > end:
            return self.tr("The start date is after the end date.")
        return ""

    def reset_dates(self) -> None:
        self.dates.blockSignals(True)
        try:
            self.dates.set_values(None, None)
        finally:
            self.dates.blockSignals(False)


def _label(text: str, control: QWidget) -> QLabel:
    """A filter's caption; it names ``control`` for a screen reader (see ``widgets.caption``)."""
    return caption(text, control)


class PlatformCombo(ChoiceCombo):
    """云平台: filled from ``api.platforms()`` once, on a worker thread."""

    def __init__(self, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(all_text, (), parent)
        self.setObjectName("platform")
        self.loaded = False

    def load(self, api: AccountApi, runner: TaskRunner) -> None:
        if self.loaded:
            return
        self.loaded = True

        def done(platforms: tuple[m.Platform, ...]) -> None:
            self.set_choices([(p.name, p.code) for p in platforms])

        def failed(exc: BaseException) -> None:
            self.loaded = False  # try again with the next refresh
            log.info("platform list failed: %s", exc)

        runner.start(lambda _h: api.platforms(), on_done=done, on_error=failed, owner=self)


# -- 消费明细 ------------------------------------------------------------------------------------
class ConsumptionPanel(ListPanel):
    columns = cols.CONSUMPTION

    def page_title(self) -> str:
        return self.tr("Consumption details")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        months = [(str(month), month) for month in recent_months(today=self.today())]
        self.from_month = ChoiceCombo(self.tr("Any month"), months)
        self.from_month.setObjectName("fromMonth")
        self.to_month = ChoiceCombo(self.tr("Any month"), months)
        self.to_month.setObjectName("toMonth")
        self.platform = PlatformCombo(self.tr("All platforms"))
        self.category = ChoiceCombo(self.tr("All categories"), enum_choices(m.Category))
        self.category.setObjectName("category")
        bar = self.filter_bar
        bar.addWidget(_label(self.tr("Month:"), self.from_month))
        bar.addWidget(self.from_month)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_month)
        self.from_month.setAccessibleName(self.tr("First month"))
        self.to_month.setAccessibleName(self.tr("Last month"))
        bar.addWidget(_label(self.tr("Cloud platform:"), self.platform))
        bar.addWidget(self.platform)
        bar.addWidget(_label(self.tr("Product category:"), self.category))
        bar.addWidget(self.category)
        for combo in (self.from_month, self.to_month, self.platform, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.summary.setStyleSheet("font-weight: bold;")
        self.note.setText(self.tr("Note: last month's details can be queried from the 10th."))
        self.note.show()

    def activate(self) -> None:
        self.platform.load(self.api, self.runner)
        super().activate()

    def refresh(self) -> None:
        self.platform.load(self.api, self.runner)
        super().refresh()

    def query(self) -> m.ConsumptionQuery:
        return m.ConsumptionQuery(
            from_month=self.from_month.value(),
            to_month=self.to_month.value(),
            platform=self.platform.value(),
            category=self.category.value(),
        )

    def range_problem(self) -> str:
        low, high = self.from_month.value(), self.to_month.value()
        if low is not None and high is not None and low > high:
            return self.tr("The first month is after the last month.")
        return ""

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        return partial(self.api.consumption, self.query())

    def reset_filters(self) -> None:
        for combo in (self.from_month, self.to_month, self.platform, self.category):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def page_loaded(self, page: m.Page[Any]) -> None:
        total = getattr(page, "amount_total", None)
        self.summary.setText(
            self.tr("Total: ¥{amount}").format(amount=values.money_text(total))
            if total is not None
            else ""
        )


# -- 我的订单 ------------------------------------------------------------------------------------
class OrdersPanel(DatedListPanel):
    columns = cols.ORDERS

    def page_title(self) -> str:
        return self.tr("My orders")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.status_filter = ChoiceCombo(self.tr("All states"), enum_choices(m.OrderStatus))
        self.status_filter.setObjectName("orderStatus")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Status:"), self.status_filter))
        self.filter_bar.addWidget(self.status_filter)

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        query = m.OrderQuery(status=self.status_filter.value(), start_date=start, end_date=end)
        return partial(self.api.orders, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.apply_filters()


# -- 充值记录 ------------------------------------------------------------------------------------
class RechargesPanel(DatedListPanel):
    columns = cols.RECHARGES

    def page_title(self) -> str:
        return self.tr("Recharge records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.invoice_status = ChoiceCombo(
            self.tr("All invoice states"), enum_choices(m.RechargeInvoiceStatus)
        )
        self.invoice_status.setObjectName("invoiceStatus")
        self.invoice_status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Invoice status:"), self.invoice_status))
        self.filter_bar.addWidget(self.invoice_status)

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        query = m.RechargeQuery(
            start_date=start, end_date=end, invoice_status=self.invoice_status.value()
        )
        return partial(self.api.recharges, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        self.invoice_status.blockSignals(True)
        self.invoice_status.setCurrentIndex(0)
        self.invoice_status.blockSignals(False)
        self.apply_filters()


# -- 拨付记录 ------------------------------------------------------------------------------------
class AllocationsPanel(DatedListPanel):
    columns = cols.ALLOCATIONS

    def page_title(self) -> str:
        return self.tr("Allocation records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.platform = PlatformCombo(self.tr("All platforms"))
        self.method = ChoiceCombo(self.tr("All methods"), enum_choices(m.AllocationMethod))
        self.method.setObjectName("method")
        self.filter_bar.addWidget(_label(self.tr("Allocated to:"), self.platform))
        self.filter_bar.addWidget(self.platform)
        self.filter_bar.addWidget(_label(self.tr("Method:"), self.method))
        self.filter_bar.addWidget(self.method)
        for combo in (self.platform, self.method):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def activate(self) -> None:
        self.platform.load(self.api, self.runner)
        super().activate()

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        query = m.AllocationQuery(
            start_date=start,
            end_date=end,
            platform=self.platform.value(),
            method=self.method.value(),
        )
        return partial(self.api.allocations, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        for combo in (self.platform, self.method):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()


# -- 云券管理 ------------------------------------------------------------------------------------
class CouponsPanel(ListPanel):
    """云券 by 使用情况; the portal opens on 未使用."""

    columns = cols.COUPONS
    STATES = tuple(m.CouponState)

    def page_title(self) -> str:
        return self.tr("Coupons")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.tabs = QTabBar()
        self.tabs.setObjectName("couponState")
        self.tabs.setDrawBase(False)
        for state in self.STATES:
            self.tabs.addTab(values.enum_text(state))
        self.tabs.currentChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Coupon usage:"), self.tabs))
        self.filter_bar.addWidget(self.tabs)
        self.reset_button.hide()
        self.note.setText(
            self.tr(
                "Coupons are valid for 30 days from issue, can only be used on 中金云 and are"
                " allocated without discount."
            )
        )
        self.note.show()

    def state(self) -> m.CouponState:
        return self.STATES[max(0, self.tabs.currentIndex())]

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        return partial(self.api.coupons, m.CouponQuery(state=self.state()))

    def empty_detail(self) -> str:
        return self.tr("No coupons at the moment.")


# -- 发票记录 ------------------------------------------------------------------------------------
class InvoicesPanel(DatedListPanel):
    columns = cols.INVOICES

    def page_title(self) -> str:
        return self.tr("Invoice records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.invoice_type = ChoiceCombo(self.tr("All types"), enum_choices(m.InvoiceType))
        self.invoice_type.setObjectName("invoiceType")
        self.invoice_type.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Invoice type:"), self.invoice_type))
        self.filter_bar.addWidget(self.invoice_type)

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        query = m.InvoiceQuery(
            start_date=start, end_date=end, invoice_type=self.invoice_type.value()
        )
        return partial(self.api.invoices, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        self.invoice_type.blockSignals(True)
        self.invoice_type.setCurrentIndex(0)
        self.invoice_type.blockSignals(False)
        self.apply_filters()


# -- 退费记录 ------------------------------------------------------------------------------------
class RefundsPanel(DatedListPanel):
    columns = cols.REFUNDS

    def page_title(self) -> str:
        return self.tr("Refund records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        return partial(self.api.refunds, m.RefundQuery(start_date=start, end_date=end))

    def reset_filters(self) -> None:
        self.reset_dates()
        self.apply_filters()


# -- 运营工单 ------------------------------------------------------------------------------------
class TicketsPanel(DatedListPanel):
    """全部工单 / 待办工单 / 进行中工单 / 已完成工单, with time range and 工单类型."""

    columns = cols.TICKETS
    TABS = tuple(m.TicketTab)

    def page_title(self) -> str:
        return self.tr("Tickets")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.tabs = QTabBar()
        self.tabs.setObjectName("ticketTabs")
        self.tabs.setAccessibleName(self.tr("Ticket status"))
        self.tabs.setExpanding(False)
        for tab in self.TABS:
            self.tabs.addTab(values.enum_text(tab))
        self.tabs.currentChanged.connect(lambda _i: self.apply_filters())
        self.body.insertWidget(0, self.tabs)
        self.ticket_type = ChoiceCombo(self.tr("All types"), enum_choices(m.TicketType))
        self.ticket_type.setObjectName("ticketType")
        self.ticket_type.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Ticket type:"), self.ticket_type))
        self.filter_bar.addWidget(self.ticket_type)
        self.counts: m.TicketCounts | None = None

    def tab(self) -> m.TicketTab:
        return self.TABS[max(0, self.tabs.currentIndex())]

    def set_tab(self, tab: m.TicketTab) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(tab))

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        start, end = self.dates.values()
        query = m.TicketQuery(
            tab=self.tab(), start_date=start, end_date=end, ticket_type=self.ticket_type.value()
        )
        return partial(self.api.tickets, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        self.ticket_type.blockSignals(True)
        self.ticket_type.setCurrentIndex(0)
        self.ticket_type.blockSignals(False)
        self.apply_filters()

    def page_cleared(self) -> None:
        super().page_cleared()
        self.counts = None
        for i, tab in enumerate(self.TABS):
            self.tabs.setTabText(i, values.enum_text(tab))

    def page_loaded(self, page: m.Page[Any]) -> None:
        counts = getattr(page, "counts", None)
        if counts is None:
            return
        self.counts = counts
        for i, (tab, n) in enumerate(
            zip(self.TABS, (counts.all, counts.todo, counts.in_progress, counts.done), strict=True)
        ):
            self.tabs.setTabText(i, self.tr("{tab} ({n})").format(tab=values.enum_text(tab), n=n))


# -- 消息中心 ------------------------------------------------------------------------------------
def _dot_icon(color: str = "#e74c3c", size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class MessagesPanel(ListPanel):
    """账单消息 and 工单消息; unread ones bold with the portal's red dot. Read-only: the API has
    no mark-as-read, so opening a message does not change it."""

    columns = cols.MESSAGES

    def page_title(self) -> str:
        return self.tr("Message center")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.category = ChoiceCombo(self.tr("All categories"), enum_choices(m.MessageCategory))
        self.category.setObjectName("messageCategory")
        self.read_state = ChoiceCombo(
            self.tr("Read and unread"), [(self.tr("Unread"), False), (self.tr("Read"), True)]
        )
        self.read_state.setObjectName("readState")
        for combo in (self.category, self.read_state):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_bar.addWidget(_label(self.tr("Category:"), self.category))
        self.filter_bar.addWidget(self.category)
        self.filter_bar.addWidget(_label(self.tr("Status:"), self.read_state))
        self.filter_bar.addWidget(self.read_state)
        self.dot = _dot_icon()
        self.model.bold_row = lambda message: not message.read
        self.model.decoration = lambda message, col: (
            self.dot if col == 0 and not message.read else None
        )
        self.details = QTextBrowser()
        self.details.setObjectName("messageDetails")
        self.details.setAccessibleName(self.tr("Message content"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select a message to read it here."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        index = self.body.indexOf(self.view)
        self.body.removeWidget(self.view)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 120])
        self.body.insertWidget(index, splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(self._show_message)
        self.model.modelReset.connect(self.details.clear)

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        query = m.MessageQuery(category=self.category.value(), read=self.read_state.value())
        return partial(self.api.messages, query)

    def reset_filters(self) -> None:
        for combo in (self.category, self.read_state):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _show_message(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        message: m.Message = self.model.record(current.row())
        self.details.setPlainText(
            f"{message.title}\n{values.enum_text(message.category)} · "
            f"{values.time_text(message.created_at)}\n\n{message.content}"
        )


# -- 用户管理 ------------------------------------------------------------------------------------
class UsersPanel(ListPanel):
    """用户列表 (main account only)."""

    columns = cols.USERS

    def page_title(self) -> str:
        return self.tr("User list")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.reset_button.hide()

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        return self.api.users

    def main_only_text(self) -> str:
        return self.tr("Only the main account can see the user list.")


class RolesPanel(ListPanel):
    """角色说明 (main account only)."""

    columns = cols.ROLES

    def page_title(self) -> str:
        return self.tr("Role descriptions")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.reset_button.hide()
        self.note.setText(self.tr("Roles are created by Duoyungu; this page only describes them."))
        self.note.show()

    def fetcher(self) -> Callable[..., m.Page[Any]]:
        return self.api.roles

    def main_only_text(self) -> str:
        return self.tr("Only the main account can see the role descriptions.")
