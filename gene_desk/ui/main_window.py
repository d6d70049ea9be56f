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

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressDialog,
    QWidget,
)

from gene_desk.storage import keys as storage_keys
from gene_desk.storage.models import Bucket
from gene_desk.ui import calendar, dialogs, errors_text, prompts, window_actions
from gene_desk.ui.account.window import AccountWindow
from gene_desk.ui.archive_actions import ArchiveActions
from gene_desk.ui.browser_pane import BrowserPane
from gene_desk.ui.context import AppContext
from gene_desk.ui.flows.create import CreateFlow
from gene_desk.ui.flows.delete import DeleteFlow
from gene_desk.ui.flows.md5 import Md5Flow
from gene_desk.ui.flows.preview import PreviewFlow
from gene_desk.ui.flows.quit import QuitFlow
from gene_desk.ui.flows.share import ShareFlow
from gene_desk.ui.flows.transfers import TransferFlows
from gene_desk.ui.jobs_model import CodecSource, TransferSource
from gene_desk.ui.jobs_panel import JobsPanel
from gene_desk.ui.resources import icon_path
from gene_desk.ui.selection import single_file
from gene_desk.ui.transfer_status import TransferStatusLabel
from gene_desk.ui.window_order import show_behind

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.storage = ctx.storage
        self.runner = ctx.runner
        self.quit_flow = QuitFlow(self)
        self.submitted_jobs: list[int] = []  # transfer jobs started from this window, in order
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

        # the tree, the table, the breadcrumb and the search box (browser_pane.py)
        self.browser = BrowserPane(self.storage, self.runner, self)
        self.setCentralWidget(self.browser)
        pane = self.browser
        self.tree, self.table = pane.tree, pane.table
        self.tree_model, self.table_model = pane.tree_model, pane.table_model
        self.search_edit, self.empty_label = pane.search_edit, pane.empty_label
        self.crumbs = pane.crumbs
        pane.location_changed.connect(self._update_actions)
        pane.selection_changed.connect(self._update_actions)
        pane.load_failed.connect(
            lambda exc: self.statusBar().showMessage(errors_text.error_text(exc), 10_000)
        )

        self.location_label = QLabel()
        self.count_label = pane.count_label
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
        self.previews = PreviewFlow(self)
        self.shares = ShareFlow(self)
        self.md5 = Md5Flow(self)
        self._build_actions()
        self._connect()
        self.archive = ArchiveActions(self)  # storage classes, restores (archive_actions.py)
        self.navigate(None, "")
        self.tree_model.reload_buckets()

    def _build_actions(self) -> None:
        window_actions.build_actions(self)

    def _connect(self) -> None:
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.files_dropped.connect(self.transfer_flows.dropped_on_tree)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.files_dropped.connect(self.transfer_flows.dropped_on_table)
        self.ctx.transfer_signals.jobChanged.connect(self.transfer_flows.transfer_job_changed)

    # -- where the browser pane is (browser_pane.py) -------------------------------------------
    @property
    def bucket(self) -> Bucket | None:
        return self.browser.bucket

    @property
    def prefix(self) -> str:
        return self.browser.prefix

    def navigate(self, bucket: Bucket | None, prefix: str = "", *, sync_tree: bool = True) -> None:
        self.browser.navigate(bucket, prefix, sync_tree=sync_tree)

    def select_bucket(self, name: str) -> bool:
        return self.browser.select_bucket(name)

    def open_index(self, index: QModelIndex) -> None:
        self.browser.open_index(index)

    def go_up(self) -> None:
        self.browser.go_up()

    def apply_search(self) -> None:
        self.browser.apply_search()

    def refresh(self) -> None:
        self.browser.refresh()

    def breadcrumb_texts(self) -> list[str]:
        return self.browser.breadcrumb_texts()

    def selected_entries(self) -> tuple[list[str], list[str]]:
        """(file keys, folder prefixes) selected in the file table."""
        return self.browser.selected_entries()

    def select_keys(self, keys: list[str]) -> None:
        self.browser.select_keys(keys)

    def after_change(self, bucket: Bucket, prefix: str) -> None:
        """Refresh the tree node and the table showing ``bucket/prefix``."""
        self.browser.after_change(bucket, prefix)

    def _update_actions(self) -> None:
        has_bucket = self.bucket is not None
        files, folders = self.selected_entries()
        self.act_new_folder.setEnabled(has_bucket)
        self.act_upload.setEnabled(has_bucket)
        self.act_download.setEnabled(has_bucket)
        one_file = single_file(files, folders) is not None
        self.act_preview.setEnabled(one_file)
        self.act_share.setEnabled(one_file)
        self.act_back.setEnabled(has_bucket and bool(self.prefix))
        self.act_delete_files.setEnabled(bool(files))
        self.act_delete_folders.setEnabled(bool(folders))
        self.act_delete_bucket.setEnabled(has_bucket)
        self.act_delete.setEnabled(has_bucket)

    # -- create (flows/create.py) -------------------------------------------------------------
    def create_bucket(self) -> None:
        self.creates.create_bucket()

    def create_folder(self, bucket: Bucket | None = None, parent: str | None = None) -> None:
        self.creates.create_folder(bucket, parent)

    # -- preview (flows/preview.py) -----------------------------------------------------------
    def preview_selection(self) -> None:
        self.previews.preview_selection()

    # -- share (flows/share.py) ---------------------------------------------------------------
    def share_selection(self) -> None:
        self.shares.share_selection()

    # -- MD5 lists (flows/md5.py) -------------------------------------------------------------
    def verify_md5(self) -> Any:
        return self.md5.choose_and_verify()

    def export_md5(self, bucket: Bucket | None = None, prefix: str | None = None) -> Any:
        return self.md5.choose_and_export(bucket, prefix)

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

    # -- context menus (window_actions.py) ----------------------------------------------------
    def _table_menu(self, pos: Any) -> None:
        window_actions.table_menu(self, pos)

    def _tree_menu(self, pos: Any) -> None:
        window_actions.tree_menu(self, pos)

    def download_folder(self, bucket: Bucket, prefix: str) -> None:
        self.transfer_flows.download_to_chosen_folder([prefix], bucket)

    def delete_tree_folder(self, bucket: Bucket, prefix: str) -> None:
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
        self.ctx.transfers.settings.record_md5 = values.record_md5
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
