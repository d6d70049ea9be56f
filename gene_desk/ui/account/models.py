"""Table models of the account panels: one server page at a time, and the month's bill table.

:class:`PagedTableModel` keeps a *fetcher* (``partial(api.tickets, query)``, see
:mod:`gene_desk.account.paging`) and shows one page of it. A page is fetched on the task runner's
thread pool; the answer arrives on the GUI thread and replaces the rows with one model reset (a
page is at most 100 rows, texts formatted once on arrival). Answers to an older request (filters
changed, another page asked for meanwhile) are dropped by a generation counter, so a slow answer
never overwrites a newer one. Sorting is left off on purpose: sorting one page of a server-paged
list would look like sorting the list and be wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from gene_desk.account import catalogue
from gene_desk.account import models as m
from gene_desk.ui.account import values
from gene_desk.ui.account.columns import BILL_CATEGORIES, BILL_PLATFORM, BILL_TOTAL, Column
from gene_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = catalogue.PAGE_SIZE  # the portal's 10条/页
PAGE_SIZES = catalogue.PAGE_SIZES
RecordRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class PagedTableModel(QAbstractTableModel):
    """Rows of one page of a server-paged list."""

    loading = Signal()
    loaded = Signal(object)  # the Page
    failed = Signal(object)  # the exception

    def __init__(
        self,
        columns: Sequence[Column],
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.runner = runner
        self.page_size = page_size
        self.fetcher: Callable[..., m.Page[Any]] | None = None
        self.page: m.Page[Any] | None = None  # the page shown
        self.page_number = 1  # the page shown or being fetched
        self.is_loading = False
        self.error: BaseException | None = None
        # per-row looks (messages: unread rows bold with a dot)
        self.bold_row: Callable[[Any], bool] | None = None
        self.decoration: Callable[[Any, int], Any] | None = None
        self._records: tuple[Any, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self._generation = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading --------------------------------------------------------------------------------
    def set_fetcher(self, fetcher: Callable[..., m.Page[Any]]) -> None:
        """New filters: show page 1 of the new list."""
        self.fetcher = fetcher
        self.load(1)

    def set_page_size(self, size: int) -> None:
        if size != self.page_size:
            self.page_size = size
            self.load(1)

    def reload(self) -> None:
        self.load(self.page_number)

    def clear(self) -> None:
        """No list to show (contradictory filters): drop the fetcher, any answer in flight and
        the rows of the previous filters, which no longer answer the question on screen."""
        self.fetcher = None
        self._generation += 1
        self.is_loading = False
        self.error = None
        self.beginResetModel()
        self.page = None
        self.page_number = 1
        self._records = ()
        self._texts = []
        self.endResetModel()

    def load(self, number: int) -> None:
        fetch = self.fetcher
        if fetch is None:
            return
        self._generation += 1
        generation = self._generation
        number = max(1, number)
        size = self.page_size
        self.page_number = number
        self.is_loading = True
        self.error = None
        self.loading.emit()
        self.runner.start(
            lambda _h: fetch(page=number, page_size=size),
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _arrived(self, generation: int, page: m.Page[Any]) -> None:
        if generation != self._generation:
            return
        if not page.items and page.total > 0 and page.page > page.page_count:
            self.load(page.page_count)  # the list shrank under us: show its last page
            return
        self.is_loading = False
        self.beginResetModel()
        self.page = page
        self.page_number = page.page
        self._records = page.items
        self._texts = self._format()
        self.endResetModel()
        self.loaded.emit(page)

    def _format(self) -> list[tuple[str, ...]]:
        """The cells' texts, once per page or column change (序号 counts through the list)."""
        first = (self.page.page - 1) * self.page.page_size if self.page is not None else 0
        return [
            tuple(c.text(r, first + i) for c in self.columns)
            for i, r in enumerate(self._records, start=1)
        ]

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Show these columns (the page's choice of the portal's and the optional ones): the
        model has only the columns on screen, so a screen reader reads no hidden cell."""
        columns = tuple(columns)
        if columns == self.columns:
            return
        self.beginResetModel()
        self.columns = columns
        self._texts = self._format()
        self.endResetModel()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        self.error = exc
        log.info("account list page %d failed: %s", self.page_number, exc)
        self.failed.emit(exc)

    # -- access ---------------------------------------------------------------------------------
    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> tuple[Any, ...]:
        return self._records

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    @property
    def total(self) -> int:
        return self.page.total if self.page is not None else 0

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= col < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self.columns[col].numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[row][col] if self.columns[col].stretch else None
        if role == Qt.ItemDataRole.FontRole:
            if self.bold_row is not None and self.bold_row(self._records[row]):
                return self._bold
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(self._records[row], col) if self.decoration else None
        if role == RecordRole:
            return self._records[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return _RIGHT
            return None
        return None  # no row headers: where the portal numbers rows, 序号 is a column

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TextRowsModel(QAbstractTableModel):
    """A short, read-only table of rows already written as text: a name in the first column
    (left), figures in the others (right, their headers too). Each subclass fills ``_rows`` in a
    model reset and gives :meth:`headers`; :meth:`more_data` adds a role (a bold row, a colour).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def more_data(self, row: int, column: int, role: int) -> Any:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if col == 0 else _RIGHT
        return self.more_data(row, col, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return _RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BillTableModel(TextRowsModel):
    """账单概览 of one month: a row per platform by product category, then the totals row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: m.BillDetail | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_detail(self, detail: m.BillDetail | None) -> None:
        self.beginResetModel()
        self.detail = detail
        self._rows = []
        if detail is not None and detail.platforms:
            for bill in detail.platforms:
                self._rows.append(
                    (
                        bill.platform_name,
                        *(values.money_text(bill.amounts[c]) for c, _h in BILL_CATEGORIES),
                        values.money_text(bill.total),
                    )
                )
            self._rows.append(
                (
                    QCoreApplication.translate("BillTableModel", "Total"),
                    *(values.money_text(detail.categories[c]) for c, _h in BILL_CATEGORIES),
                    values.money_text(detail.total),
                )
            )
        self.endResetModel()

    def is_total_row(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows) - 1

    def headers(self) -> tuple[str, ...]:
        keys = (BILL_PLATFORM, *(h for _c, h in BILL_CATEGORIES), BILL_TOTAL)
        return tuple(QCoreApplication.translate("AccountColumns", key) for key in keys)

    def more_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.is_total_row(row):
            return self._bold
        return None
