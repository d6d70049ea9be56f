"""The base of every account list page: filters, one server page of rows, pager, export.

:class:`ListPanel` (and :class:`DatedListPanel`, with a date range) hold what every list shares:
the table over a :class:`~gene_desk.ui.account.models.PagedTableModel`, the states drawn over it,
the pager, and the export that walks every page of the current query on a worker thread. The
columns shown are the portal's (the catalogue's :func:`~gene_desk.account.catalogue.shown_fields`);
the app's extra columns stay out of the table's model until chosen in the header's context menu
(so a screen reader reads only what is on screen), and an export writes the columns on screen.
The concrete pages (their filters and columns) are in :mod:`gene_desk.ui.account.lists`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account import models as m
from gene_desk.account.api import MAX_PAGE_SIZE, AccountApi
from gene_desk.account.catalogue import Field
from gene_desk.account.paging import iter_pages
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.ui import errors_text
from gene_desk.ui.account import export, values
from gene_desk.ui.account.columns import Column, shown
from gene_desk.ui.account.models import PagedTableModel
from gene_desk.ui.account.widgets import (
    DateRange,
    ExportButton,
    Pager,
    StateOverlay,
    caption,
    note_label,
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
        self.extra_columns: set[Field] = set()  # optional columns the user chose to see
        self.column_menu: QMenu | None = None

        self.model = PagedTableModel(shown(tuple(self.columns)), runner, self)
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
        vertical.hide()  # the portal numbers rows only where it has a 序号 column
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._ask_columns)
        if any(c.optional for c in self.columns):  # say where the extra columns are
            header.setToolTip(self.tr("Right-click a column header to show more columns"))
            header.setAccessibleDescription(header.toolTip())
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
        self.note = note_label()
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
        self.update_columns()
        self._update_export()

    # -- columns --------------------------------------------------------------------------------
    def column_query(self) -> Any:
        """The query whose tab decides columns the portal leaves out (运营工单's 待办)."""
        return None

    def shown_columns(self) -> tuple[Column, ...]:
        """The columns on screen, in order: the portal's plus the optional ones chosen."""
        return shown(tuple(self.columns), self.column_query(), self.extra_columns)

    def update_columns(self) -> None:
        """The model gets the columns to show (a hidden column is not in it at all)."""
        self.model.set_columns(self.shown_columns())
        header = self.view.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(i, mode)

    def set_column_shown(self, column: Column, on: bool) -> None:
        """Show or hide one of the app's optional columns (the header menu's entries)."""
        if column.field is None or not column.optional:
            return
        if on:
            self.extra_columns.add(column.field)
        else:
            self.extra_columns.discard(column.field)
        self.update_columns()

    def columns_menu(self) -> QMenu | None:
        """A menu of the optional columns (checked: shown); None when the page has none."""
        optional = [c for c in self.columns if c.optional]
        if not optional:
            return None
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        menu.setTitle(self.tr("More columns"))
        menu.setAccessibleName(menu.title())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column in optional:
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(column.field in self.extra_columns)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        return menu

    def _ask_columns(self, pos: QPoint) -> None:
        menu = self.columns_menu()
        if menu is not None:
            self.column_menu = menu
            # a scroll area reports the position in its viewport's coordinates
            menu.popup(self.view.horizontalHeader().viewport().mapToGlobal(pos))

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
        self.update_columns()
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
        columns = self.shown_columns()  # the file has the columns on screen
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


def _label(text: str, control: QWidget) -> QLabel:
    """A filter's caption; it names ``control`` for a screen reader (see ``widgets.caption``)."""
    return caption(text, control)


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
