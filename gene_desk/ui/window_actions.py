"""The main window's actions, menus, toolbar and context menus.

Why a module of its own: the seed's toolbar (创建, 删除, 上传文件, 下载文件, 压缩文件, 解压文件,
传输列表, 压缩列表, 返回上一级, 刷新, 退出), its menus and shortcuts are wiring, not behaviour:
each action calls one of the window's entry points, which hand the work to a flow
(``ui/flows/``). The strings keep their ``MainWindow`` translation context.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from gene_desk.storage.models import Bucket
from gene_desk.ui.bucket_model import BucketRole, PrefixRole


def _action(
    w: Any,
    text: str,
    slot: Any,
    shortcut: Any = None,
    icon: QStyle.StandardPixmap | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, w)
    if icon is not None:
        action.setIcon(w.style().standardIcon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())  # not the checked flag
    w.addAction(action)
    return action


def build_actions(w: Any) -> None:
    """The window's actions (``w.act_*``), the 创建/删除 menus, the toolbar and the menu bar."""
    sp = QStyle.StandardPixmap
    a = partial(_action, w)
    w.act_new_bucket = a(
        QCoreApplication.translate("MainWindow", "Bucket..."),
        w.create_bucket,
        "Ctrl+Shift+N",
        name="newBucket",
    )
    w.act_new_folder = a(
        QCoreApplication.translate("MainWindow", "Folder..."),
        w.create_folder,
        "Ctrl+N",
        sp.SP_FileDialogNewFolder,
        "newFolder",
    )
    w.act_delete_files = a(
        QCoreApplication.translate("MainWindow", "Files"), w.delete_files, name="deleteFiles"
    )
    w.act_delete_folders = a(
        QCoreApplication.translate("MainWindow", "Folders"), w.delete_folders, name="deleteFolders"
    )
    w.act_delete_bucket = a(
        QCoreApplication.translate("MainWindow", "Bucket"), w.delete_bucket, name="deleteBucket"
    )
    w.act_delete = a(
        QCoreApplication.translate("MainWindow", "Delete"),
        w.delete_selection,
        QKeySequence.StandardKey.Delete,
        sp.SP_TrashIcon,
        "delete",
    )
    w.act_upload = a(
        QCoreApplication.translate("MainWindow", "Upload files"),
        w.open_upload,
        "Ctrl+U",
        sp.SP_ArrowUp,
        "upload",
    )
    w.act_download = a(
        QCoreApplication.translate("MainWindow", "Download files"),
        w.download_selection,
        "Ctrl+D",
        sp.SP_ArrowDown,
        "download",
    )
    w.act_preview = a(
        QCoreApplication.translate("MainWindow", "Preview"),
        w.preview_selection,
        "Ctrl+P",
        sp.SP_FileIcon,
        "preview",
    )
    w.act_share = a(
        QCoreApplication.translate("MainWindow", "Share"),
        w.share_selection,
        "Ctrl+Shift+L",
        sp.SP_DialogOpenButton,
        "share",
    )
    w.act_verify_md5 = a(
        QCoreApplication.translate("MainWindow", "Verify MD5..."),
        w.verify_md5,
        name="verifyMd5",
    )
    w.act_export_md5 = a(
        QCoreApplication.translate("MainWindow", "Export MD5 list..."),
        w.export_md5,
        name="exportMd5",
    )
    w.act_sync = a(
        QCoreApplication.translate("MainWindow", "Sync"),
        w.open_sync,
        "Ctrl+Shift+S",
        sp.SP_DialogResetButton,
        "sync",
    )
    w.act_compress = a(
        QCoreApplication.translate("MainWindow", "Compress files"),
        w.open_compress,
        "Ctrl+Shift+C",
        sp.SP_FileDialogDetailedView,
        "compress",
    )
    w.act_decompress = a(
        QCoreApplication.translate("MainWindow", "Decompress files"),
        w.open_decompress,
        "Ctrl+Shift+X",
        sp.SP_FileDialogContentsView,
        "decompress",
    )
    w.act_transfers = a(
        QCoreApplication.translate("MainWindow", "Transfer list"),
        w.show_transfers,
        "Ctrl+T",
        sp.SP_DriveNetIcon,
        "transfers",
    )
    w.act_codec_list = a(
        QCoreApplication.translate("MainWindow", "Compression list"),
        w.show_codec_list,
        "Ctrl+Shift+T",
        sp.SP_FileDialogListView,
        "codecList",
    )
    w.act_account = a(
        QCoreApplication.translate("MainWindow", "Account"),
        w.show_account,
        "Ctrl+Shift+A",
        sp.SP_FileDialogInfoView,
        "account",
    )
    w.act_back = a(
        QCoreApplication.translate("MainWindow", "Up"),
        w.go_up,
        QKeySequence("Alt+Up"),
        sp.SP_FileDialogToParent,
        "back",
    )
    w.act_back.setShortcuts([QKeySequence("Alt+Up"), QKeySequence("Backspace")])
    w.act_refresh = a(
        QCoreApplication.translate("MainWindow", "Refresh"),
        w.refresh,
        QKeySequence.StandardKey.Refresh,
        sp.SP_BrowserReload,
        "refresh",
    )
    w.act_search = a(
        QCoreApplication.translate("MainWindow", "Search"),
        lambda: w.search_edit.setFocus(),
        QKeySequence.StandardKey.Find,
        name="searchFocus",
    )
    w.act_settings = a(
        QCoreApplication.translate("MainWindow", "Settings..."), w.open_settings, name="settings"
    )
    w.act_about = a(
        QCoreApplication.translate("MainWindow", "About Gene Desk"), w.open_about, name="about"
    )
    w.act_logout = a(QCoreApplication.translate("MainWindow", "Log out"), w.logout, name="logout")
    w.act_quit = a(
        QCoreApplication.translate("MainWindow", "Exit"),
        w.close,
        QKeySequence.StandardKey.Quit,
        sp.SP_DialogCloseButton,
        "quit",
    )

    w.create_menu = QMenu(QCoreApplication.translate("MainWindow", "Create"), w)
    w.create_menu.addAction(w.act_new_bucket)
    w.create_menu.addAction(w.act_new_folder)
    w.delete_menu = QMenu(QCoreApplication.translate("MainWindow", "Delete"), w)
    w.delete_menu.addAction(w.act_delete_files)
    w.delete_menu.addAction(w.act_delete_folders)
    w.delete_menu.addAction(w.act_delete_bucket)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    w.create_button = QToolButton()
    w.create_button.setObjectName("createButton")
    w.create_button.setText(QCoreApplication.translate("MainWindow", "Create"))
    w.create_button.setIcon(w.style().standardIcon(sp.SP_FileDialogNewFolder))
    w.create_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    w.create_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    w.create_button.setMenu(w.create_menu)
    w.delete_button = QToolButton()
    w.delete_button.setObjectName("deleteButton")
    w.delete_button.setText(QCoreApplication.translate("MainWindow", "Delete"))
    w.delete_button.setIcon(w.style().standardIcon(sp.SP_TrashIcon))
    w.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    w.delete_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    w.delete_button.setMenu(w.delete_menu)
    toolbar.addWidget(w.create_button)
    toolbar.addWidget(w.delete_button)
    toolbar.addSeparator()
    for act in (w.act_upload, w.act_download, w.act_preview, w.act_share, w.act_sync,
                w.act_compress, w.act_decompress):  # fmt: skip
        toolbar.addAction(act)
    toolbar.addSeparator()
    toolbar.addAction(w.act_transfers)
    toolbar.addAction(w.act_codec_list)
    toolbar.addAction(w.act_account)
    toolbar.addSeparator()
    toolbar.addAction(w.act_back)
    toolbar.addAction(w.act_refresh)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(w.act_quit)
    w.addToolBar(toolbar)
    w.toolbar = toolbar

    menubar = w.menuBar()
    file_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addMenu(w.create_menu)
    for act in (w.act_upload, w.act_download, w.act_preview, w.act_share, w.act_sync,
                w.act_compress, w.act_decompress):  # fmt: skip
        file_menu.addAction(act)
    file_menu.addSeparator()
    file_menu.addAction(w.act_verify_md5)
    file_menu.addAction(w.act_export_md5)
    file_menu.addSeparator()
    file_menu.addAction(w.act_settings)
    file_menu.addAction(w.act_logout)
    file_menu.addAction(w.act_quit)
    edit_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addMenu(w.delete_menu)
    edit_menu.addAction(w.act_search)
    view_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for act in (w.act_transfers, w.act_codec_list, w.act_back, w.act_refresh):
        view_menu.addAction(act)
    view_menu.addSeparator()
    view_menu.addAction(w.act_account)
    help_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(w.act_about)


def table_menu(w: Any, pos: Any) -> None:
    """The file table's context menu (on a row: open, upload here, download, delete)."""
    index = w.table.indexAt(pos)
    menu = QMenu(w)
    menu.setObjectName("tableMenu")
    if index.isValid():
        if not w.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            w.select_keys([w.table_model.entry(index.row()).key])
        entry = w.table_model.entry(index.row())
        if entry.is_folder:
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Open"), lambda: w.open_index(index)
            )
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Upload files here..."),
                lambda: w.open_upload(None, w.bucket, entry.key),
            )
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Export MD5 list..."),
                lambda: w.export_md5(w.bucket, entry.key),
            )
        menu.addAction(w.act_download)
        if not entry.is_folder:
            menu.addAction(w.act_preview)
            menu.addAction(w.act_share)
        w.archive.add_to_menu(menu)
        menu.addSeparator()
        delete = menu.addAction(
            QCoreApplication.translate("MainWindow", "Delete"), w.delete_selection
        )
        delete.setObjectName("contextDelete")
    else:
        w.table.clearSelection()
        menu.addAction(w.act_upload)
        menu.addAction(w.act_new_folder)
        menu.addAction(w.act_refresh)
    w.context_menu = menu
    menu.popup(w.table.viewport().mapToGlobal(pos))


def tree_menu(w: Any, pos: Any) -> None:
    """The bucket tree's context menu (upload, new folder, download, delete)."""
    index = w.tree.indexAt(pos)
    menu = QMenu(w)
    menu.setObjectName("treeMenu")
    if index.isValid():
        index = index.siblingAtColumn(0)
        bucket: Bucket = index.data(BucketRole)
        prefix: str = index.data(PrefixRole) or ""
        menu.addAction(
            QCoreApplication.translate("MainWindow", "Upload files..."),
            lambda: w.open_upload(None, bucket, prefix),
        )
        menu.addAction(
            QCoreApplication.translate("MainWindow", "New folder..."),
            lambda: w.create_folder(bucket, prefix),
        )
        menu.addAction(
            QCoreApplication.translate("MainWindow", "Export MD5 list..."),
            lambda: w.export_md5(bucket, prefix),
        )
        menu.addSeparator()
        if prefix:
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Download"),
                lambda: w.download_folder(bucket, prefix),
            )
            delete = menu.addAction(
                QCoreApplication.translate("MainWindow", "Delete folder"),
                lambda: w.delete_tree_folder(bucket, prefix),
            )
        else:
            delete = menu.addAction(
                QCoreApplication.translate("MainWindow", "Delete bucket"),
                lambda: w.delete_bucket(bucket),
            )
        delete.setObjectName("contextDelete")
        menu.addSeparator()
    menu.addAction(w.act_new_bucket)
    menu.addAction(w.act_refresh)
    w.context_menu = menu
    menu.popup(w.tree.viewport().mapToGlobal(pos))
