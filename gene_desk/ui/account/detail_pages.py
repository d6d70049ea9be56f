"""The portal's read-only detail views in the account window (guide 1.5.3, 1.5.7, 1.5.10-1.5.12,
1.5.14): four pages and the 查看 / 查看详情 dialog of an invoice or an order.

* 上月账单汇总 (``last_month``): 拨付操作's 上月账单汇总及余额, with each opened platform's
  contract discount;
* 发票操作 (``invoiceable``): 可开发票金额 and the recharges a 充值发票 can be asked for;
* 退费操作 (``refundable``): 本月可退余额, how it is made, and the 退费账号;
* 银行账号管理 (``payment_accounts``): the payment accounts, the default marked 默认账号.

Read-only by design: the portal's forms (提交, 新增地址, 设为默认) stay on the portal. Captions and
columns come from :mod:`gene_desk.account.catalogue_details` (the CLI's too); money is shown as
the portal shows it, two decimals without separators. Every answer is fetched on a worker
(``TaskRunner``); the dialog opens with ``open()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import catalogue
from gene_desk.account import catalogue_details as cd
from gene_desk.account import details as d
from gene_desk.account.api import AccountApi
from gene_desk.account.catalogue import CONTEXT, WORD_CONTEXT, Field
from gene_desk.ui import errors_text
from gene_desk.ui.account.columns import WINDOW_WORDING, Column
from gene_desk.ui.account.last_month_chart import LastMonthChart
from gene_desk.ui.account.list_panel import ListPanel
from gene_desk.ui.account.loaded_page import LoadedPage
from gene_desk.ui.account.widgets import note_label
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def field_text(field: Field, record: Any) -> str:
    """A value as the portal shows it (money ``9000.00``, "not yet" and empty as ``--``)."""
    text = catalogue.value_text(field.kind, field.value(record), WINDOW_WORDING, words=field.words)
    return text or catalogue.MISSING


def caption_text(field: Field) -> str:
    return QCoreApplication.translate(CONTEXT, field.key)


class FormView(QWidget):
    """Caption and value rows of catalogue fields; value labels are named ``detail_<attr>``."""

    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.values: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for f in self.fields:
            value = QLabel(catalogue.MISSING)
            value.setObjectName(f"detail_{f.attr}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            caption = QLabel(self.tr("{caption}:").format(caption=caption_text(f)))
            layout.addRow(caption, value)
            self.values[f.attr] = value

    def set_record(self, record: Any) -> None:
        for f in self.fields:
            self.values[f.attr].setText(field_text(f, record))

    def text(self, attr: str) -> str:
        return self.values[attr].text()


class RecordsModel(QAbstractTableModel):
    """A short, unpaged table of records (上月账单汇总's platforms)."""

    def __init__(self, fields: Sequence[Field], parent: Any = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.rows: tuple[Any, ...] = ()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = tuple(records)
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        f = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_text(f, self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if f.numeric else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return caption_text(self.fields[section]) if section < len(self.fields) else None
        return None


class AnswerPanel(LoadedPage):
    """A page that shows one answer of the account service (loaded when first shown)."""

    loaded = Signal(object)  # the answer, once shown

    def __init__(
        self,
        api: AccountApi,
        runner: TaskRunner,
        *,
        export_dir: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(api, runner, parent)
        self.today = today
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.add_overlay()

    @property
    def answer(self) -> Any:
        """The answer shown (None before the first)."""
        return self.data

    def fetch(self) -> Any:
        """Worker thread: the answer."""
        raise NotImplementedError

    def show_answer(self, answer: Any) -> None:
        raise NotImplementedError

    def loader(self) -> Callable[[], Any]:
        return self.fetch

    def show_data(self, data: Any) -> None:
        self.show_answer(data)
        self.loaded.emit(data)


# -- 上月账单汇总及余额 (1.5.7) -------------------------------------------------------------------
class LastMonthPanel(AnswerPanel):
    def page_title(self) -> str:
        return self.tr("Last month's bill summary")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.form = FormView(cd.LAST_MONTH)
        self.model = RecordsModel(cd.LAST_MONTH_PLATFORMS, self)
        self.view = QTableView()
        self.view.setObjectName("platformTable")
        self.view.setAccessibleName(self.tr("Platforms last month"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        note = note_label(
            self.tr(
                "The discount is the platform's contract discount: an allocation of X yuan"
                " arrives as X / discount. Only 中金云's balance is kept by Duoyungu."
            ),
            wrap=True,
        )
        self.chart = LastMonthChart()
        self.body.addWidget(self.form)
        self.body.addWidget(self.chart, 1)
        self.body.addWidget(self.view)
        self.body.addWidget(note)

    def fetch(self) -> d.LastMonthSummary:
        return self.api.last_month_summary()

    def show_answer(self, answer: d.LastMonthSummary) -> None:
        self.form.set_record(answer)
        self.model.set_records(answer.platforms)
        self.chart.set_summary(answer)


# -- 退费操作: 本月可退余额 (1.5.12) --------------------------------------------------------------
class RefundablePanel(AnswerPanel):
    def page_title(self) -> str:
        return self.tr("Refunds")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.amount = QLabel(catalogue.MISSING)
        self.amount.setObjectName("refundableAmount")
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.amount.setFont(font)
        self.notice = QLabel()
        self.notice.setObjectName("refundNotice")
        self.notice.setStyleSheet("color: #c0392b;")
        self.notice.hide()
        self.form = FormView(cd.REFUNDABLE)
        note = note_label(
            self.tr(
                "Refundable this month = account balance - (invoiced recharges - invoiced and"
                " allocated), at most 10000.00, once a month. Refunds are requested on the"
                " Duoyungu portal and go to the default bank account."
            ),
            wrap=True,
        )
        self.body.addWidget(self.amount)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.form)
        self.body.addStretch(1)
        self.body.addWidget(note)

    def fetch(self) -> d.Refundable:
        return self.api.refundable()

    def show_answer(self, answer: d.Refundable) -> None:
        self.amount.setText(
            self.tr("Refundable this month: ¥{amount}").format(
                amount=catalogue.money_plain(answer.refundable_amount)
            )
        )
        self.notice.setText(
            QCoreApplication.translate(WORD_CONTEXT, cd.REFUNDED_THIS_MONTH.key)
            if answer.refunded_this_month
            else ""
        )
        self.notice.setVisible(answer.refunded_this_month)
        self.form.set_record(answer)


# -- 发票操作: 可开发票金额 (1.5.10) --------------------------------------------------------------
class InvoiceablePanel(ListPanel):
    columns = tuple(Column.of(f) for f in cd.INVOICEABLE)

    def page_title(self) -> str:
        return self.tr("Invoicing")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.reset_button.hide()
        self.summary.setStyleSheet("font-weight: bold;")
        self.note.setText(
            self.tr(
                "Recharge invoices can be asked for on the Duoyungu portal; invoiced balance"
                " can only be allocated, not refunded."
            )
        )
        self.note.show()

    def fetcher(self) -> Callable[..., Any]:
        return self.api.invoiceable

    def page_loaded(self, page: Any) -> None:
        total = getattr(page, "amount_total", None)
        if total is not None:
            self.summary.setText(
                self.tr("Invoiceable amount: ¥{amount}").format(amount=catalogue.money_plain(total))
            )


# -- 银行账号管理 (1.5.14) ----------------------------------------------------------------------
class PaymentAccountsPanel(ListPanel):
    columns = tuple(Column.of(f) for f in cd.PAYMENT_ACCOUNTS)

    def page_title(self) -> str:
        return self.tr("Bank accounts")

    def __init__(self, api: AccountApi, runner: TaskRunner, **kw: Any) -> None:
        super().__init__(api, runner, **kw)
        self.reset_button.hide()
        self.note.setText(self.tr("Refunds go to the default account."))
        self.note.show()

    def fetcher(self) -> Callable[..., Any]:
        return self.api.payment_accounts


PAGES: dict[str, Callable[..., QWidget]] = {
    "last_month": LastMonthPanel,
    "invoiceable": InvoiceablePanel,
    "refundable": RefundablePanel,
    "payment_accounts": PaymentAccountsPanel,
}


# -- 查看 / 查看详情 ----------------------------------------------------------------------------
class DetailDialog(QDialog):
    """One invoice's or order's details, fetched on a worker; non-modal, opened with open()."""

    loaded = Signal(object)

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        fetch: Callable[[], Any],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = FormView(fields)
        self.error = QLabel()
        self.error.setObjectName("detailError")
        self.error.hide()
        self.setMinimumWidth(520)  # the 邮寄地址 on one line
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeDetails")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.answer: Any = None

        def done(answer: Any) -> None:
            self.answer = answer
            self.form.set_record(answer)
            self.loaded.emit(answer)

        def failed(exc: BaseException) -> None:
            self.error.setText(errors_text.error_text(exc))
            self.error.show()

        runner.start(lambda _h: fetch(), on_done=done, on_error=failed, owner=self)


def open_detail(panel: ListPanel, kind: str, row: int) -> DetailDialog | None:
    """Open the details of row ``row`` of ``panel`` (an invoice or an order list)."""
    if not 0 <= row < panel.model.rowCount():
        return None
    record = panel.model.record(row)
    if kind == "invoices":
        title = QCoreApplication.translate("DetailPages", "Invoice {number}").format(
            number=record.invoice_no
        )
        dialog = DetailDialog(
            title,
            cd.INVOICE_DETAIL,
            partial(panel.api.invoice, record.invoice_no),
            panel.runner,
            panel,
        )
    else:
        title = QCoreApplication.translate("DetailPages", "Order {number}").format(
            number=record.order_no
        )
        dialog = DetailDialog(
            title, cd.ORDER_DETAIL, partial(panel.api.order, record.order_no), panel.runner, panel
        )
    panel.detail_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def attach_details(key: str, panel: Any) -> None:
    """Give 发票记录 its 查看 and 我的订单 its 查看详情: a button for the selected row, and a
    double-click on a row. Other pages are left alone."""
    if key not in ("invoices", "orders"):
        return
    text = (
        QCoreApplication.translate("DetailPages", "View")
        if key == "invoices"
        else QCoreApplication.translate("DetailPages", "View details")
    )
    button = QPushButton(text)
    button.setObjectName("viewDetails")
    button.setEnabled(False)
    panel.top.insertWidget(panel.top.indexOf(panel.reset_button), button)
    panel.view_button = button

    def current_row() -> int:
        index = panel.view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def selection_changed(*_args: Any) -> None:
        button.setEnabled(current_row() >= 0)

    panel.view.selectionModel().currentRowChanged.connect(selection_changed)
    panel.model.modelReset.connect(selection_changed)
    button.clicked.connect(lambda: open_detail(panel, key, current_row()))
    panel.view.doubleClicked.connect(lambda index: open_detail(panel, key, index.row()))
