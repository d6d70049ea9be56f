"""The main window, seed 1.4.2 steps 4-18: buckets and folders on the left, the file table on
the right, and the toolbar of the seed (创建, 删除, 上传文件, 下载文件, 压缩文件, 解压文件,
传输列表, 压缩列表, 返回上一级, 刷新, 退出).

Every storage call runs on a worker (:class:`TaskRunner`); long ones (counting and deleting a
folder) show a progress dialog with 取消. Prompts are non-blocking message boxes
(:mod:`.prompts`); success prompts are the seed's (删除成功 ...).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import keys as storage_keys
from gene_desk.storage.models import Bucket
from gene_desk.ui import calendar, dialogs, errors_text, prompts
from gene_desk.ui.account.window import AccountWindow
from gene_desk.ui.archive_actions import ArchiveActions
from gene_desk.ui.bucket_model import BucketRole, BucketTreeModel, PrefixRole
from gene_desk.ui.context import AppContext
from gene_desk.ui.flows.create import CreateFlow
from gene_desk.ui.flows.delete import DeleteFlow
from gene_desk.ui.flows.quit import QuitFlow
from gene_desk.ui.flows.transfers import TransferFlows
from gene_desk.ui.jobs_model import CodecSource, TransferSource
from gene_desk.ui.jobs_panel import JobsPanel
from gene_desk.ui.object_model import COL_MODIFIED, COL_NAME, COL_SIZE, COL_TYPE, ObjectListModel
from gene_desk.ui.resources import icon_path
from gene_desk.ui.transfer_status import TransferStatusLabel
from gene_desk.ui.views import DropTableView, DropTreeView
from gene_desk.ui.window_order import show_behind

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.storage = ctx.storage
        self.runner = ctx.runner
        self.bucket: Bucket | None = None
        self.prefix = ""
        self.quit_flow = QuitFlow(self)
        self.submitted_jobs: list[int] = []  # transfer jobs started from this window, in order
        self._syncing_tree = False
        self.progress_dialog: QProgressDialog | None = None
        self.upload_dialog: dialogs.UploadDialog | None = None
        self.codec_dialog: dialogs.CodecDialog | None = None
        self.sync_dialog: Any = None  # the 同步 dialog last opened (ui/sync_dialog.py)
        self.sync_flow: Any = None  # and its flow (ui/flows/sync.py)
        self.file_dialog: Any = None  # the last system file dialog opened (file_dialogs)
        self.account_window: AccountWindow | None = None  # built when first opened
        self.setWindowTitle(self.tr("Gene Data Collaboration Platform - Gene Desk"))
        self.setWindowIcon(QIcon(str(icon_path("gene-desk.svg"))))
        self.resize(1180, 720)

        # models and views
        self.tree_model = BucketTreeModel(self.storage, self.runner, self)
        self.table_model = ObjectListModel(self.storage, self.runner, self)
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
        self.search_edit.setPlaceholderText(self.tr("Search by name prefix in this folder"))
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
        central = QWidget()
        clayout = QVBoxLayout(central)
        clayout.setContentsMargins(6, 6, 6, 6)
        clayout.addWidget(splitter)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.count_label = QLabel()
        self.user_label = QLabel(
            self.tr("Logged in: {account}").format(account=ctx.session.user.account)
            + (self.tr(" (demo)") if ctx.demo else "")
        )
        self.statusBar().addWidget(self.count_label, 1)
        self.transfer_status = TransferStatusLabel(
            ctx.transfers, ctx.transfer_signals, self.runner, self
        )
        self.statusBar().addPermanentWidget(self.transfer_status)
        self.statusBar().addPermanentWidget(self.user_label)

        # list windows
        self.transfer_panel = JobsPanel(
            TransferSource(ctx.transfers),
            ctx.transfer_signals,
            self.runner,
            title=self.tr("Transfer list"),
            parent=self,
        )
        self.codec_panel = JobsPanel(
            CodecSource(ctx.codec),
            ctx.codec_signals,
            self.runner,
            title=self.tr("Compression list"),
            parent=self,
        )

        self.creates = CreateFlow(self)
        self.deletes = DeleteFlow(self)
        self.transfer_flows = TransferFlows(self)
        self._build_actions()
        self._connect()
        self.archive = ArchiveActions(self)  # storage classes, restores (archive_actions.py)
        self.navigate(None, "")
        self.tree_model.reload_buckets()

    # -- actions --------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: Any = None,
        icon: QStyle.StandardPixmap | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # not the checked flag
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        a = self._action
        self.act_new_bucket = a(
            self.tr("Bucket..."), self.create_bucket, "Ctrl+Shift+N", name="newBucket"
        )
        self.act_new_folder = a(
            self.tr("Folder..."),
            self.create_folder,
            "Ctrl+N",
            sp.SP_FileDialogNewFolder,
            "newFolder",
        )
        self.act_delete_files = a(self.tr("Files"), self.delete_files, name="deleteFiles")
        self.act_delete_folders = a(self.tr("Folders"), self.delete_folders, name="deleteFolders")
        self.act_delete_bucket = a(self.tr("Bucket"), self.delete_bucket, name="deleteBucket")
        self.act_delete = a(
            self.tr("Delete"),
            self.delete_selection,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
            "delete",
        )
        self.act_upload = a(
            self.tr("Upload files"), self.open_upload, "Ctrl+U", sp.SP_ArrowUp, "upload"
        )
        self.act_download = a(
            self.tr("Download files"),
            self.download_selection,
            "Ctrl+D",
            sp.SP_ArrowDown,
            "download",
        )
        self.act_sync = a(
            self.tr("Sync"), self.open_sync, "Ctrl+Shift+S", sp.SP_DialogResetButton, "sync"
        )
        self.act_compress = a(
            self.tr("Compress files"),
            self.open_compress,
            "Ctrl+Shift+C",
            sp.SP_FileDialogDetailedView,
            "compress",
        )
        self.act_decompress = a(
            self.tr("Decompress files"),
            self.open_decompress,
            "Ctrl+Shift+X",
            sp.SP_FileDialogContentsView,
            "decompress",
        )
        self.act_transfers = a(
            self.tr("Transfer list"),
            self.show_transfers,
            "Ctrl+T",
            sp.SP_DriveNetIcon,
            "transfers",
        )
        self.act_codec_list = a(
            self.tr("Compression list"),
            self.show_codec_list,
            "Ctrl+Shift+T",
            sp.SP_FileDialogListView,
            "codecList",
        )
        self.act_account = a(
            self.tr("Account"),
            self.show_account,
            "Ctrl+Shift+A",
            sp.SP_FileDialogInfoView,
            "account",
        )
        self.act_back = a(
            self.tr("Up"), self.go_up, QKeySequence("Alt+Up"), sp.SP_FileDialogToParent, "back"
        )
        self.act_back.setShortcuts([QKeySequence("Alt+Up"), QKeySequence("Backspace")])
        self.act_refresh = a(
            self.tr("Refresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            "refresh",
        )
        self.act_search = a(
            self.tr("Search"),
            lambda: self.search_edit.setFocus(),
            QKeySequence.StandardKey.Find,
            name="searchFocus",
        )
        self.act_settings = a(self.tr("Settings..."), self.open_settings, name="settings")
        self.act_about = a(self.tr("About Gene Desk"), self.open_about, name="about")
        self.act_logout = a(self.tr("Log out"), self.logout, name="logout")
        self.act_quit = a(
            self.tr("Exit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            sp.SP_DialogCloseButton,
            "quit",
        )

        self.create_menu = QMenu(self.tr("Create"), self)
        self.create_menu.addAction(self.act_new_bucket)
        self.create_menu.addAction(self.act_new_folder)
        self.delete_menu = QMenu(self.tr("Delete"), self)
        self.delete_menu.addAction(self.act_delete_files)
        self.delete_menu.addAction(self.act_delete_folders)
        self.delete_menu.addAction(self.act_delete_bucket)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.create_button = QToolButton()
        self.create_button.setObjectName("createButton")
        self.create_button.setText(self.tr("Create"))
        self.create_button.setIcon(self.style().standardIcon(sp.SP_FileDialogNewFolder))
        self.create_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.create_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.create_button.setMenu(self.create_menu)
        self.delete_button = QToolButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setIcon(self.style().standardIcon(sp.SP_TrashIcon))
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.delete_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.delete_button.setMenu(self.delete_menu)
        toolbar.addWidget(self.create_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addSeparator()
        for act in (self.act_upload, self.act_download, self.act_sync, self.act_compress,
                    self.act_decompress):  # fmt: skip
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.act_transfers)
        toolbar.addAction(self.act_codec_list)
        toolbar.addAction(self.act_account)
        toolbar.addSeparator()
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_refresh)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.act_quit)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        menubar = self.menuBar()
        file_menu = menubar.addMenu(self.tr("&File"))
        file_menu.addMenu(self.create_menu)
        for act in (self.act_upload, self.act_download, self.act_sync, self.act_compress,
                    self.act_decompress):  # fmt: skip
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addAction(self.act_logout)
        file_menu.addAction(self.act_quit)
        edit_menu = menubar.addMenu(self.tr("&Edit"))
        edit_menu.addMenu(self.delete_menu)
        edit_menu.addAction(self.act_search)
        view_menu = menubar.addMenu(self.tr("&View"))
        for act in (self.act_transfers, self.act_codec_list, self.act_back, self.act_refresh):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.act_account)
        help_menu = menubar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.files_dropped.connect(self.transfer_flows.dropped_on_tree)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.files_dropped.connect(self.transfer_flows.dropped_on_table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree_model.buckets_loaded.connect(self._buckets_loaded)
        self.tree_model.children_loaded.connect(self._sync_tree_after_load)
        self.tree_model.load_failed.connect(self._load_failed)
        self.table_model.load_failed.connect(self._load_failed)
        self.table_model.loading_changed.connect(lambda _l: self._update_status())
        self.table_model.page_loaded.connect(lambda _n: self._update_status())
        self.table_model.modelReset.connect(self._update_status)
        self.ctx.transfer_signals.jobChanged.connect(self.transfer_flows.transfer_job_changed)

    # -- navigation -----------------------------------------------------------------------------
    def navigate(self, bucket: Bucket | None, prefix: str = "", *, sync_tree: bool = True) -> None:
        self.bucket = bucket
        self.prefix = prefix if bucket is not None else ""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.table_model.set_location(bucket, self.prefix)
        self._update_breadcrumb()
        self._update_actions()
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

    def _open_index(self, index: QModelIndex) -> None:
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
            label = QLabel(self.tr("Choose a bucket on the left"))
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

    def _update_actions(self) -> None:
        has_bucket = self.bucket is not None
        files, folders = self.selected_entries()
        self.act_new_folder.setEnabled(has_bucket)
        self.act_upload.setEnabled(has_bucket)
        self.act_download.setEnabled(has_bucket)
        self.act_back.setEnabled(has_bucket and bool(self.prefix))
        self.act_delete_files.setEnabled(bool(files))
        self.act_delete_folders.setEnabled(bool(folders))
        self.act_delete_bucket.setEnabled(has_bucket)
        self.act_delete.setEnabled(has_bucket)

    def _update_status(self) -> None:
        model = self.table_model
        n = model.rowCount()
        if self.bucket is None:
            text = ""
        elif model.loading and n == 0:
            text = self.tr("Loading...")
        elif model.complete:
            text = self.tr("{n} items").format(n=n)
        else:
            text = self.tr("{n} items loaded, scroll for more").format(n=n)
        self.count_label.setText(text)
        empty = self.bucket is None or (n == 0 and not model.loading)
        if self.bucket is None:
            self.empty_label.setText(self.tr("Choose a bucket on the left to see its files."))
        elif model.search:
            self.empty_label.setText(
                self.tr("No names start with \u201c{text}\u201d.").format(text=model.search)
            )
        else:
            self.empty_label.setText(
                self.tr("This folder is empty. Upload files or drop them here.")
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

    def _load_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(errors_text.error_text(exc), 10_000)
        if isinstance(exc, GeneDeskError) and exc.code is ErrorCode.NO_SUCH_BUCKET:
            self.tree_model.reload_buckets()

    # -- selection helpers ----------------------------------------------------------------------
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

    # -- create (flows/create.py) -------------------------------------------------------------
    def create_bucket(self) -> None:
        self.creates.create_bucket()

    def create_folder(self, bucket: Bucket | None = None, parent: str | None = None) -> None:
        self.creates.create_folder(bucket, parent)

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

    # -- delete (flows/delete.py) -------------------------------------------------------------
    def delete_selection(self) -> None:
        self.deletes.delete_selection()

    def delete_files(self) -> None:
        self.deletes.delete_files()

    def delete_folders(self, folders: list[str] | None = None) -> None:
        self.deletes.delete_folders(folders)

    def delete_bucket(self, bucket: Bucket | None = None) -> None:
        self.deletes.delete_bucket(bucket)

    # -- upload / download (flows/transfers.py) -----------------------------------------------
    def open_upload(
        self,
        paths: list[str] | None = None,
        bucket: Bucket | None = None,
        prefix: str | None = None,
    ) -> dialogs.UploadDialog | None:
        return self.transfer_flows.open_upload(paths, bucket, prefix)

    def download_selection(self) -> None:
        self.transfer_flows.download_selection()

    def download_keys(self, keys: list[str], target: str, bucket: Bucket | None = None) -> None:
        self.transfer_flows.download_keys(keys, target, bucket)

    def open_sync(self) -> Any:
        """同步: the local folder last used and the current bucket folder (ui/flows/sync.py)."""
        if self.bucket is None:
            prompts.warn(self, self.tr("Please choose a bucket first."))
            return None
        from gene_desk.ui.flows.sync import open_sync_dialog

        def queued(job_id: int) -> None:
            self.submitted_jobs.append(job_id)
            self.show_transfers(job_id)

        self.sync_dialog, self.sync_flow = open_sync_dialog(
            self, self.ctx, self.bucket, self.prefix, queued
        )
        return self.sync_dialog

    # -- compression ----------------------------------------------------------------------------
    def open_compress(self) -> dialogs.CodecDialog:
        return self._open_codec("compress")

    def open_decompress(self) -> dialogs.CodecDialog:
        return self._open_codec("decompress")

    def _open_codec(self, mode: str) -> dialogs.CodecDialog:
        return self.transfer_flows.open_codec(mode)

    # -- lists ----------------------------------------------------------------------------------
    def show_transfers(self, job_id: int | None = None) -> None:
        self._show_panel(self.transfer_panel, job_id)

    def show_codec_list(self, job_id: int | None = None) -> None:
        self._show_panel(self.codec_panel, job_id)

    def _show_panel(self, panel: JobsPanel, job_id: int | None) -> None:
        if job_id is not None and panel.tabs.currentIndex() not in (0, 1):
            panel.tabs.setCurrentIndex(0)
        panel.model.refresh()
        panel.show()
        panel.raise_()
        panel.activateWindow()

    def show_account(
        self, page: str = "overview", argument: Any = None, *, front: bool = True
    ) -> AccountWindow:
        """The account panels (账户) in their own window, built on first use; ``front=False``
        shows it behind this window, which keeps the keyboard (reopened after a language
        change: the person was working here, in the settings)."""
        if self.account_window is None:
            self.account_window = AccountWindow(
                self.ctx.session,
                self.runner,
                export_dir=self.ctx.settings.effective_download_dir(),
                today=calendar.today,
                parent=self,
            )
            self.account_window.relogin_requested.connect(self.logout)
        self.account_window.show_page(page, argument)
        if not front:
            show_behind(self.account_window, self)
            return self.account_window
        self.account_window.show()
        self.account_window.raise_()
        self.account_window.activateWindow()
        return self.account_window

    # -- context menus --------------------------------------------------------------------------
    def _table_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        menu.setObjectName("tableMenu")
        if index.isValid():
            if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
                self.select_keys([self.table_model.entry(index.row()).key])
            entry = self.table_model.entry(index.row())
            if entry.is_folder:
                menu.addAction(self.tr("Open"), lambda: self._open_index(index))
                menu.addAction(
                    self.tr("Upload files here..."),
                    lambda: self.open_upload(None, self.bucket, entry.key),
                )
            menu.addAction(self.act_download)
            self.archive.add_to_menu(menu)
            menu.addSeparator()
            delete = menu.addAction(self.tr("Delete"), self.delete_selection)
            delete.setObjectName("contextDelete")
        else:
            self.table.clearSelection()
            menu.addAction(self.act_upload)
            menu.addAction(self.act_new_folder)
            menu.addAction(self.act_refresh)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _tree_menu(self, pos: Any) -> None:
        index = self.tree.indexAt(pos)
        menu = QMenu(self)
        menu.setObjectName("treeMenu")
        if index.isValid():
            index = index.siblingAtColumn(0)
            bucket: Bucket = index.data(BucketRole)
            prefix: str = index.data(PrefixRole) or ""
            menu.addAction(
                self.tr("Upload files..."), lambda: self.open_upload(None, bucket, prefix)
            )
            menu.addAction(self.tr("New folder..."), lambda: self.create_folder(bucket, prefix))
            menu.addSeparator()
            if prefix:
                menu.addAction(
                    self.tr("Download"),
                    lambda: self._download_folder(bucket, prefix),
                )
                delete = menu.addAction(
                    self.tr("Delete folder"), lambda: self._delete_tree_folder(bucket, prefix)
                )
            else:
                delete = menu.addAction(
                    self.tr("Delete bucket"), lambda: self.delete_bucket(bucket)
                )
            delete.setObjectName("contextDelete")
            menu.addSeparator()
        menu.addAction(self.act_new_bucket)
        menu.addAction(self.act_refresh)
        self.context_menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _download_folder(self, bucket: Bucket, prefix: str) -> None:
        self.transfer_flows.download_to_chosen_folder([prefix], bucket)

    def _delete_tree_folder(self, bucket: Bucket, prefix: str) -> None:
        parent = storage_keys.parent_prefix(prefix)
        if self.bucket is None or self.bucket.name != bucket.name or self.prefix != parent:
            self.navigate(bucket, parent)
        self.deletes.delete_entries([], [prefix])

    # -- settings, about, quit ------------------------------------------------------------------
    def open_settings(self) -> dialogs.SettingsDialog:
        dialog = dialogs.SettingsDialog(self.ctx.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, values: Any) -> None:
        from gene_desk.ui import settings as ui_settings

        old_language = self.ctx.settings.language
        self.ctx.settings = values
        ui_settings.save(values)
        self.ctx.transfers.set_bandwidth_limit(values.bandwidth_limit_mib * 1024 * 1024)
        self.ctx.transfers.settings.compress_level = values.compress_level
        self.ctx.codec.level = values.compress_level
        if values.language != old_language:
            self.language_changed.emit(values.language)

    def open_about(self) -> dialogs.AboutDialog:
        dialog = dialogs.AboutDialog(self.ctx.session.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def logout(self) -> None:
        self.quit_flow.confirmed = True
        self.logout_requested.emit()

    def notify_resumed(self) -> None:
        """Tell the user that unfinished work from last time is running again."""
        parts = []
        if self.ctx.resumed_transfers:
            parts.append(
                self.tr("{n} unfinished transfer(s) from last time are resuming.").format(
                    n=self.ctx.resumed_transfers
                )
            )
        if self.ctx.resumed_codec:
            parts.append(
                self.tr("{n} unfinished compression task(s) from last time are resuming.").format(
                    n=self.ctx.resumed_codec
                )
            )
        if parts:
            self.statusBar().showMessage(" ".join(parts), 15_000)
            prompts.inform(self, "\n".join(parts))

    @property
    def _quit_confirmed(self) -> bool:  # tests close their windows without the question
        return self.quit_flow.confirmed

    @_quit_confirmed.setter
    def _quit_confirmed(self, value: bool) -> None:
        self.quit_flow.confirmed = value

    def closeEvent(self, event: QCloseEvent) -> None:  # 退出 (flows/quit.py)
        self.quit_flow.close_event(event)

    def quit_now(self) -> None:
        self.quit_flow.quit_now()
