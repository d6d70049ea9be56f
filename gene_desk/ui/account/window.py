"""The account window: the portal's navigation on the left, one page per panel on the right.

Opened from the main window (账户 / Account); Esc closes it. Pages are built the first time they
are shown and load then, so opening the window costs one request (the overview) plus the unread
count for the 消息中心 entry. Refresh (F5) reloads the page on screen. The window outlives its
pages' requests: answers for a closed window are dropped by the task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import models as m
from gene_desk.account.session import AccountSession
from gene_desk.ui.account import detail_pages, lists
from gene_desk.ui.account.bill_overview import BillOverviewPanel
from gene_desk.ui.account.overview import OverviewPanel
from gene_desk.ui.account.share_records import SharesPanel
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

KeyRole = Qt.ItemDataRole.UserRole + 1

PAGE_CLASSES: dict[str, Callable[..., QWidget]] = {
    "overview": OverviewPanel,
    "bill_overview": BillOverviewPanel,
    "consumption": lists.ConsumptionPanel,
    "orders": lists.OrdersPanel,
    "recharges": lists.RechargesPanel,
    "allocations": lists.AllocationsPanel,
    "coupons": lists.CouponsPanel,
    "invoices": lists.InvoicesPanel,
    "refunds": lists.RefundsPanel,
    "tickets": lists.TicketsPanel,
    "messages": lists.MessagesPanel,
    "users": lists.UsersPanel,
    "roles": lists.RolesPanel,
    "shares": SharesPanel,  # 分享记录 (issue 16)
    **detail_pages.PAGES,  # 上月账单汇总, 发票操作, 退费操作, 银行账号管理
}


class AccountWindow(QWidget):
    relogin_requested = Signal()

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        *,
        export_dir: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        """``today`` is the pages' calendar (months offered, export file names, where a date
        picker opens): the computer's date, injectable so tests can fix it."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("accountWindow")
        self.session = session
        self.api = session.api
        self.runner = runner
        self.export_dir = export_dir
        self.today = today
        self.pages: dict[str, Any] = {}
        self.unread: int | None = None
        self.setWindowTitle(self.tr("Account center - Gene Desk"))
        self.resize(1260, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("accountNav")
        self.nav.setAccessibleName(self.tr("Account pages"))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(1)
        self.nav_items: dict[str, QListWidgetItem] = {}
        sections = (
            (self.tr("Console"), (("overview", self.tr("Account overview")),)),
            (
                self.tr("Billing center"),
                (
                    ("bill_overview", self.tr("Bill overview")),
                    ("consumption", self.tr("Consumption details")),
                    ("orders", self.tr("My orders")),
                    ("recharges", self.tr("Recharge records")),
                    ("last_month", self.tr("Last month's bill summary")),
                    ("allocations", self.tr("Allocation records")),
                    ("coupons", self.tr("Coupons")),
                    ("invoiceable", self.tr("Invoicing")),
                    ("invoices", self.tr("Invoice records")),
                    ("refundable", self.tr("Refunds")),
                    ("refunds", self.tr("Refund records")),
                    ("payment_accounts", self.tr("Bank accounts")),
                ),
            ),
            (
                self.tr("Tickets and messages"),
                (("tickets", self.tr("Tickets")), ("messages", self.tr("Message center"))),
            ),
            (
                self.tr("User management"),
                (("users", self.tr("User list")), ("roles", self.tr("Role descriptions"))),
            ),
            (self.tr("Storage"), (("shares", self.tr("Share records")),)),
        )
        self.nav_texts: dict[str, str] = {}
        bold = QFont()
        bold.setBold(True)
        for section, entries in sections:
            header = QListWidgetItem(section)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            self.nav.addItem(header)
            for key, text in entries:
                item = QListWidgetItem("    " + text)
                item.setData(KeyRole, key)
                self.nav.addItem(item)
                self.nav_items[key] = item
                self.nav_texts[key] = text

        self.stack = QStackedWidget()
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh")
        )
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        # Esc closes the window, as it closes a dialog (a popup open in it takes the Esc first)
        close = QAction(self)
        close.setObjectName("closeAccount")
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.user_label = QLabel(
            self.tr("{name} ({account})").format(
                name=session.user.display_name, account=session.user.account
            )
        )
        self.user_label.setStyleSheet("color: #666;")
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.user_label)
        head.addWidget(self.refresh_button)
        right = QVBoxLayout()
        right.setContentsMargins(8, 4, 4, 4)
        right.addLayout(head)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

        self.nav.currentItemChanged.connect(self._nav_changed)
        self.load_unread()
        self.show_page("overview")  # also keeps the list from picking a page on focus

    # -- pages ----------------------------------------------------------------------------------
    def page(self, key: str) -> Any:
        """The page for ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            page = PAGE_CLASSES[key](
                self.api, self.runner, export_dir=self.export_dir, today=self.today
            )
            page.setObjectName(f"page_{key}")
            page.relogin_requested.connect(self.relogin_requested)
            detail_pages.attach_details(key, page)  # 查看 / 查看详情 on invoices and orders
            if isinstance(page, (OverviewPanel, BillOverviewPanel)):
                page.navigate.connect(self.show_page)
            self.stack.addWidget(page)
            self.pages[key] = page
        return page

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KeyRole) if item is not None else None

    def show_page(self, key: str = "overview", argument: Any = None) -> Any:
        """Show (and load, the first time) the page ``key``; ``argument`` is a ticket tab, or
        the month 账单概览 opens on."""
        page = self.page(key)
        if key == "tickets" and isinstance(argument, m.TicketTab):
            page.set_tab(argument)
        if key == "bill_overview" and isinstance(argument, m.YearMonth):
            page.select_month(argument)
        if self.current_key() != key:
            self.nav.setCurrentItem(self.nav_items[key])  # -> _nav_changed
        else:
            self._activate(key)
        return page

    def _nav_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None and current.data(KeyRole):
            self._activate(current.data(KeyRole))

    def _activate(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.title_label.setText(page.title)
        page.activate()

    def refresh(self) -> None:
        key = self.current_key()
        if key is not None:
            self.page(key).refresh()
        self.load_unread()

    # -- unread messages ------------------------------------------------------------------------
    def load_unread(self) -> None:
        api = self.api

        def done(counts: m.UnreadCounts) -> None:
            self.unread = counts.total
            text = self.nav_texts["messages"]
            if counts.total:
                text = self.tr("{page} ({n})").format(page=text, n=counts.total)
            self.nav_items["messages"].setText("    " + text)

        self.runner.start(
            lambda _h: api.unread_messages(),
            on_done=done,
            on_error=lambda exc: log.info("unread count failed: %s", exc),
            owner=self,
        )
