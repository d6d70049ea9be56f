"""The path-list dialogs of seed 1.4.2: 上传文件, 压缩文件 and 解压文件.

One base (:class:`PathListDialog`): 选择文件 / 选择文件夹 through ui/file_dialogs.py (``open()``),
the chosen items listed with their kind and size, and per item whether to compress. The dialog
only collects the answer (``submitted``); the flows in ui/flows/transfers.py run it and show a
refusal back in the dialog (``show_error``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gene_desk.storage.models import Bucket
from gene_desk.ui import file_dialogs, formatting
from gene_desk.ui.dialog_parts import error_label


def _local_size(path: Path) -> int | None:
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


class PathListDialog(QDialog):
    """选择文件 / 选择文件夹, the chosen items listed; base of upload, compress and decompress."""

    COL_NAME, COL_KIND, COL_SIZE, COL_COMPRESS = range(4)

    def __init__(
        self,
        title: str,
        start_text: str,
        *,
        with_compress: bool,
        compress_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(680, 420)
        self.with_compress = with_compress
        self.compress_default = compress_default
        self.file_dialog: QFileDialog | None = None  # the system dialog last opened
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_files_button = QPushButton(self.tr("Choose files..."))
        self.choose_folder_button = QPushButton(self.tr("Choose folder..."))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.choose_files_button.clicked.connect(self.choose_files)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.choose_files_button)
        top.addWidget(self.choose_folder_button)
        top.addStretch(1)
        top.addWidget(self.remove_button)

        self.list = QTreeWidget()
        self.list.setObjectName("pathList")
        self.list.setAccessibleName(self.tr("Chosen files"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        headers = [self.tr("Name"), self.tr("Type"), self.tr("Size")]
        if with_compress:
            headers.append(self.tr("Compress"))
        self.list.setHeaderLabels(headers)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.empty_hint = QLabel(self.tr("No files chosen yet. Choose files or a folder above."))
        self.empty_hint.setStyleSheet("color: #777;")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.extra = QFormLayout()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            start_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self.extra)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    # -- the list -------------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        present = set(self.paths())
        for raw in paths:
            path = Path(raw)
            if str(path) in present:
                continue
            present.add(str(path))
            is_dir = path.is_dir()
            item = QTreeWidgetItem(
                [
                    path.name or str(path),
                    formatting.file_type_text(path.name, is_dir),
                    formatting.size_text(_local_size(path)),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(0, str(path))
            item.setTextAlignment(self.COL_SIZE, Qt.AlignmentFlag.AlignRight)
            if self.with_compress:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    self.COL_COMPRESS,
                    Qt.CheckState.Checked if self.compress_default else Qt.CheckState.Unchecked,
                )
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(self.COL_KIND)
        self.list.resizeColumnToContents(self.COL_SIZE)
        self._update()

    def paths(self) -> list[str]:
        return [
            self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.list.topLevelItemCount())
        ]

    def compress_flags(self) -> dict[str, bool]:
        out = {}
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            out[item.data(0, Qt.ItemDataRole.UserRole)] = (
                item.checkState(self.COL_COMPRESS) == Qt.CheckState.Checked
                if self.with_compress
                else False
            )
        return out

    def set_compress(self, path: str, on: bool) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == path:
                item.setCheckState(
                    self.COL_COMPRESS, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        self._update()

    def choose_files(self) -> None:
        self.file_dialog = file_dialogs.choose_files(self, self.tr("Choose files"), self.add_paths)

    def choose_folder(self) -> None:
        self.file_dialog = file_dialogs.choose_folder(
            self, self.tr("Choose a folder"), lambda folder: self.add_paths([folder])
        )

    def _update(self) -> None:
        has = self.list.topLevelItemCount() > 0
        self.empty_hint.setVisible(not has)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        self.start_button.setEnabled(has and self._ready())

    def _ready(self) -> bool:
        return True

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _start(self) -> None:  # pragma: no cover - overridden
        pass


class UploadDialog(PathListDialog):
    """上传文件: emits ``submitted({path: compress}, bucket, prefix)``."""

    submitted = Signal(object, object, str)

    def __init__(
        self,
        bucket: Bucket,
        prefix: str,
        compress_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "", "", with_compress=True, compress_default=compress_default, parent=parent
        )
        self.setWindowTitle(self.tr("Upload files"))
        self.start_button.setText(self.tr("Upload"))
        self.bucket = bucket
        self.prefix = prefix
        self.intro.setText(
            self.tr(
                "Upload to: {target}\nFiles are compressed with zstd by default (.zst; a folder"
                " becomes one .tar.zst); untick Compress to send an item as it is."
            ).format(target=f"{bucket.short_name}/{prefix}")
        )

    def _start(self) -> None:
        if self.paths():
            self.submitted.emit(self.compress_flags(), self.bucket, self.prefix)


class CodecDialog(PathListDialog):
    """压缩文件 / 解压文件: files and folders, an output folder, 开始压缩 / 开始解压."""

    submitted = Signal(object, str)

    def __init__(self, mode: str, default_output: str = "", parent: QWidget | None = None) -> None:
        compress = mode == "compress"
        super().__init__("", "", with_compress=False, parent=parent)
        self.mode = mode
        self.setWindowTitle(self.tr("Compress files") if compress else self.tr("Decompress files"))
        self.start_button.setText(
            self.tr("Start compressing") if compress else self.tr("Start decompressing")
        )
        self.intro.setText(
            self.tr("Files become NAME.zst and folders NAME.tar.zst in the output folder (zstd).")
            if compress
            else self.tr(
                "Supported: .zst, .tar.zst, .gz, .tar.gz, .bz2, .xz, .tar and .zip. Archives"
                " are checked for unsafe paths before anything is written. A folder: every"
                " compressed file in it, into a folder of the same name."
            )
        )
        self.output_edit = QLineEdit(default_output)
        self.output_edit.setObjectName("outputFolder")
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self.choose_output)
        row = QHBoxLayout()
        row.addWidget(self.output_edit, 1)
        row.addWidget(browse)
        self.extra.addRow(self.tr("Compress to:") if compress else self.tr("Extract to:"), row)
        self.output_edit.textChanged.connect(self._update)
        self._update()

    def _ready(self) -> bool:
        return bool(getattr(self, "output_edit", None) and self.output_edit.text().strip())

    def choose_output(self) -> None:
        self.file_dialog = file_dialogs.choose_folder(
            self,
            self.tr("Choose the output folder"),
            self.output_edit.setText,
            self.output_edit.text(),
        )

    def _start(self) -> None:
        if self.paths() and self._ready():
            self.submitted.emit(self.paths(), self.output_edit.text().strip())


def existing_paths(paths: list[str]) -> list[str]:
    return [p for p in paths if os.path.exists(p)]
