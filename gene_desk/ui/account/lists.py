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
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.account.api import AccountApi
from gene_desk.ui.account import columns as cols
from gene_desk.ui.account import values
from gene_desk.ui.account.list_panel import (
    DatedListPanel,
    ListPanel,
    _label,
    enum_choices,
    recent_months,
)
from gene_desk.ui.account.widgets import (
    ChoiceCombo,
)
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


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
    """拨付记录: the portal lists successful allocations, so 已完成 is the status shown first;
    拨付中 and every status stay a choice away."""

    columns = cols.ALLOCATIONS
    DEFAULT_STATUS = catalogue.DEFAULT_FILTERS["allocations"]["status"]

    def page_title(self) -> str:
        return self.tr("Allocation records")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.platform = PlatformCombo(self.tr("All platforms"))
        self.method = ChoiceCombo(self.tr("All methods"), enum_choices(m.AllocationMethod))
        self.method.setObjectName("method")
        self.status_filter = ChoiceCombo(self.tr("All states"), enum_choices(m.AllocationStatus))
        self.status_filter.setObjectName("allocationStatus")
        self.status_filter.set_value(self.DEFAULT_STATUS)
        self.filter_bar.addWidget(_label(self.tr("Allocated to:"), self.platform))
        self.filter_bar.addWidget(self.platform)
        self.filter_bar.addWidget(_label(self.tr("Method:"), self.method))
        self.filter_bar.addWidget(self.method)
        self.filter_bar.addWidget(_label(self.tr("Status:"), self.status_filter))
        self.filter_bar.addWidget(self.status_filter)
        for combo in (self.platform, self.method, self.status_filter):
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
            status=self.status_filter.value(),
        )
        return partial(self.api.allocations, query)

    def reset_filters(self) -> None:
        self.reset_dates()
        for combo in (self.platform, self.method, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.set_value(self.DEFAULT_STATUS)
        self.status_filter.blockSignals(False)
        self.apply_filters()


# -- 云券管理 ------------------------------------------------------------------------------------
class CouponsPanel(ListPanel):
    """云券 by 使用情况; the portal opens on 未使用."""

    columns = cols.COUPONS
    STATES = tuple(m.CouponState)
    DEFAULT_STATE = catalogue.DEFAULT_FILTERS["coupons"]["state"]

    def page_title(self) -> str:
        return self.tr("Coupons")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.tabs = QTabBar()
        self.tabs.setObjectName("couponState")
        self.tabs.setDrawBase(False)
        for state in self.STATES:
            self.tabs.addTab(values.enum_text(state))
        self.tabs.setCurrentIndex(self.STATES.index(self.DEFAULT_STATE))
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

    def column_query(self) -> m.TicketQuery | None:
        if getattr(self, "tabs", None) is None:
            return None  # asked by the base class before the tabs exist
        return m.TicketQuery(tab=self.tab())  # 待办工单 has no 完成时间

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

    def page_loaded(self, page: m.Page[Any]) -> None:
        """The tab sizes are kept (the overview shows them); the portal's tabs carry no
        counts, so their labels stay the tab names."""
        self.counts = getattr(page, "counts", None)


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
