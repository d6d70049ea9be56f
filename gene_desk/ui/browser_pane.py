"""The browser pane: the bucket tree, the file table, the breadcrumb and the search box.

Why a part of its own: where the person is (bucket, folder, search text) and what is selected
is one state with one set of rules (the tree follows the table, the breadcrumb follows the
folder, a vanished bucket sends the table back to "choose a bucket"). The main window composes
this pane with its actions and flows; it reads ``bucket``/``prefix``/the selection from here
and hears ``location_changed`` / ``selection_changed`` to enable its actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import Storage
from gene_desk.storage import keys as storage_keys
from gene_desk.storage.models import Bucket
from gene_desk.ui.bucket_model import BucketRole, BucketTreeModel, PrefixRole
from gene_desk.ui.object_model import COL_MODIFIED, COL_NAME, COL_SIZE, COL_TYPE, ObjectListModel
from gene_desk.ui.tasks import TaskRunner
from gene_desk.ui.views import DropTableView, DropTreeView

SEARCH_DELAY_MS = 300


class BrowserPane(QWidget):
    """Tree | breadcrumb + search / table / empty state. ``load_failed`` carries a listing's
    error for the window's status bar."""

    location_changed = Signal()
    selection_changed = Signal()
    load_failed = Signal(object)

    def __init__(self, storage: Storage, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browser")
        self.bucket: Bucket | None = None
        self.prefix = ""
        self._syncing_tree = False
        # models and views
        self.tree_model = BucketTreeModel(storage, runner, self)
        self.table_model = ObjectListModel(storage, runner, self)
        self.tree = DropTreeView()
        self.tree.setObjectName("bucketTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 90)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # a QTableView with a fixed-height vertical header: appending a page costs ~5 ms at any
        # length (a flat QTreeView costs 200+ ms per page at 100,000 rows)
        self.table = DropTableView()
        self.table.setObjectName("fileTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_SIZE, 100), (COL_TYPE, 170), (COL_MODIFIED, 150)):
            header.resizeSection(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; padding: 12px;")

        # breadcrumb + search
        self.crumbs = QWidget()
        self.crumbs_layout = QHBoxLayout(self.crumbs)
        self.crumbs_layout.setContentsMargins(0, 0, 0, 0)
        self.crumbs_layout.setSpacing(2)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search by name prefix in this folder")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)
        nav = QHBoxLayout()
        nav.addWidget(self.crumbs, 1)
        nav.addWidget(self.search_edit)

        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(4, 0, 0, 0)
        rlayout.addLayout(nav)
        rlayout.addWidget(self.table, 1)
        rlayout.addWidget(self.empty_label)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        clayout = QVBoxLayout(self)
        clayout.setContentsMargins(6, 6, 6, 6)
        clayout.addWidget(splitter)

        self.count_label = QLabel()  # shown in the window's status bar
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.table.doubleClicked.connect(self.open_index)
        self.table.activated.connect(self.open_index)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.tree_model.buckets_loaded.connect(self._buckets_loaded)
        self.tree_model.children_loaded.connect(self._sync_tree_after_load)
        self.tree_model.load_failed.connect(self.load_failed)
        self.table_model.load_failed.connect(self.load_failed)
        self.table_model.loading_changed.connect(lambda _l: self._update_status())
        self.table_model.page_loaded.connect(lambda _n: self._update_status())
        self.table_model.modelReset.connect(self._update_status)
        self.load_failed.connect(self._reload_if_gone)

    def navigate(self, bucket: Bucket | None, prefix: str = "", *, sync_tree: bool = True) -> None:
        self.bucket = bucket
        self.prefix = prefix if bucket is not None else ""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.table_model.set_location(bucket, self.prefix)
        self._update_breadcrumb()
        self.location_changed.emit()
        if sync_tree and bucket is not None:
            self._select_in_tree(bucket.name, self.prefix)

    def _select_in_tree(self, bucket_name: str, prefix: str) -> None:
        index = self.tree_model.find(bucket_name, prefix)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self._syncing_tree = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._syncing_tree = False

    def _sync_tree_after_load(self, _parent: QModelIndex) -> None:
        """Folders just arrived in the tree: select the one the table shows, if it is there."""
        if self.bucket is None or not self.prefix:
            return
        current = self.tree.currentIndex()
        if current.isValid() and (current.siblingAtColumn(0).data(PrefixRole) or "") == self.prefix:
            return
        self._select_in_tree(self.bucket.name, self.prefix)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree or not current.isValid():
            return
        index = current.siblingAtColumn(0)
        self.navigate(index.data(BucketRole), index.data(PrefixRole) or "", sync_tree=False)

    def select_bucket(self, name: str) -> bool:
        index = self.tree_model.bucket_index(name)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or self.bucket is None:
            return
        entry = self.table_model.entry(index.row())
        if entry.is_folder:
            here = self.tree_model.find(self.bucket.name, self.prefix)
            if here.isValid():
                self.tree.expand(here)
            self.navigate(self.bucket, entry.key)

    def go_up(self) -> None:
        if self.bucket is not None and self.prefix:
            self.navigate(self.bucket, storage_keys.parent_prefix(self.prefix))

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.bucket is None:
            return
        text = self.search_edit.text()
        if text == self.table_model.search and self.table_model.prefix == self.prefix:
            return
        self.table_model.set_location(self.bucket, self.prefix, text)
        self._update_status()

    def refresh(self) -> None:
        """刷新: the bucket list, the current node's folders and the file table."""
        self.tree_model.reload_buckets()
        if self.bucket is not None:
            index = self.tree_model.find(self.bucket.name, self.prefix)
            if index.isValid() and self.tree_model.node(index).loaded:
                expanded = self.tree.isExpanded(index)
                self.tree_model.reload_children(index)
                if expanded:
                    self.tree.expand(index)
            self.table_model.set_location(self.bucket, self.prefix, self.table_model.search)

    def _update_breadcrumb(self) -> None:
        while self.crumbs_layout.count():
            item = self.crumbs_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater alone leaves it painted under the new crumbs
                widget.setParent(None)
                widget.deleteLater()
        if self.bucket is None:
            label = QLabel(QCoreApplication.translate("MainWindow", "Choose a bucket on the left"))
            label.setStyleSheet("color: #777;")
            self.crumbs_layout.addWidget(label)
            return
        parts = [(self.bucket.short_name, "")]
        acc = ""
        for segment in [s for s in self.prefix.split("/") if s]:
            acc += segment + "/"
            parts.append((segment, acc))
        for i, (text, prefix) in enumerate(parts):
            if i:
                sep = QLabel("›")
                sep.setStyleSheet("color: #999;")
                self.crumbs_layout.addWidget(sep)
            button = QToolButton()
            button.setObjectName("crumb")
            button.setText(text)
            button.setAutoRaise(True)
            bucket = self.bucket
            button.clicked.connect(lambda _c=False, p=prefix, b=bucket: self.navigate(b, p))
            if prefix == self.prefix:
                button.setStyleSheet("font-weight: bold;")
            self.crumbs_layout.addWidget(button)
        self.crumbs_layout.addStretch(1)

    def breadcrumb_texts(self) -> list[str]:
        return [
            w.text()
            for w in self.crumbs.findChildren(QToolButton, "crumb")
            if not w.property("_gone")
        ]

    def _update_status(self) -> None:
        model = self.table_model
        n = model.rowCount()
        if self.bucket is None:
            text = ""
        elif model.loading and n == 0:
            text = QCoreApplication.translate("MainWindow", "Loading...")
        elif model.complete:
            text = QCoreApplication.translate("MainWindow", "{n} items").format(n=n)
        else:
            text = QCoreApplication.translate(
                "MainWindow", "{n} items loaded, scroll for more"
            ).format(n=n)
        self.count_label.setText(text)
        empty = self.bucket is None or (n == 0 and not model.loading)
        if self.bucket is None:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "Choose a bucket on the left to see its files."
                )
            )
        elif model.search:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "No names start with \u201c{text}\u201d."
                ).format(text=model.search)
            )
        else:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "This folder is empty. Upload files or drop them here."
                )
            )
        self.empty_label.setVisible(empty)

    def _buckets_loaded(self) -> None:
        if self.bucket is None:
            buckets = self.tree_model.buckets()
            if buckets and self.tree.currentIndex().row() < 0:
                self.select_bucket(buckets[0].name)
        elif self.tree_model.bucket_index(self.bucket.name).isValid() is False:
            self.navigate(None, "")
        self.tree.resizeColumnToContents(1)

    def _reload_if_gone(self, exc: BaseException) -> None:
        if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.NO_SUCH_BUCKET:
            self.tree_model.reload_buckets()

    def selected_entries(self) -> tuple[list[str], list[str]]:
        """(file keys, folder prefixes) selected in the file table."""
        files: list[str] = []
        folders: list[str] = []
        sel = self.table.selectionModel()
        if sel is None:
            return files, folders
        for index in sel.selectedRows(0):
            entry = self.table_model.entry(index.row())
            (folders if entry.is_folder else files).append(entry.key)
        return files, folders

    def select_keys(self, keys: list[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        for key in keys:
            row = self.table_model.row_of_key(key)
            if row >= 0:
                sel.select(
                    self.table_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def after_change(self, bucket: Bucket, prefix: str) -> None:
        """Refresh the tree node and the table showing ``bucket/prefix``."""
        index = self.tree_model.find(bucket.name, prefix)
        if index.isValid() and self.tree_model.node(index).loaded:
            expanded = self.tree.isExpanded(index)
            self.tree_model.reload_children(index)
            if expanded:
                self.tree.expand(index)
        if self.bucket is not None and self.bucket.name == bucket.name and self.prefix == prefix:
            self.table_model.reload()
