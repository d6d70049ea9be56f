"""The dialogs of seed 1.4.2: create bucket, create folder, upload, compress, decompress, plus
settings and About.

All of them are non-modal in the Qt sense (``open()``, never ``exec()``) and validate what the
user typed before anything is sent: the bucket name with the COS rules of ``core.regions``, the
folder name with ``storage.keys``. Dialogs that start a request keep themselves open while it
runs (``set_busy``) and show a refusal in place (``show_error``), so a user can fix a name.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gene_desk import APP_DISPLAY_NAME, APP_DISPLAY_NAME_ZH, __version__
from gene_desk.core import regions
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import keys
from gene_desk.storage.models import Bucket
from gene_desk.ui import errors_text, file_dialogs, formatting
from gene_desk.ui.resources import icon_path
from gene_desk.ui.settings import UiSettings


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class _RequestDialog(QDialog):
    """A dialog whose OK sends a request: busy while it runs, errors shown in place."""

    def _setup_buttons(self, ok_text: str) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.error_label = _error_label()
        return self.buttons

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._validate()

    def _validate(self) -> None:  # pragma: no cover - overridden
        pass

    def _submit(self) -> None:  # pragma: no cover - overridden
        pass


class CreateBucketDialog(_RequestDialog):
    """创建存储桶: name + region; emits ``submitted(short_name, region)``."""

    submitted = Signal(str, str)

    def __init__(self, appid: str, default_region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appid = appid
        self._busy = False
        self.setWindowTitle(self.tr("Create bucket"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("lowercase letters, digits and -"))
        self.suffix = QLabel(f"-{appid}")
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.suffix)
        self.region_combo = QComboBox()
        for rid, _zh, _en in regions.REGIONS:
            self.region_combo.addItem(f"{formatting.region_name(rid)} ({rid})", rid)
        found = self.region_combo.findData(default_region or regions.DEFAULT_REGION)
        self.region_combo.setCurrentIndex(max(0, found))
        hint = QLabel(
            self.tr("The name is unique within your account; the region cannot be changed later.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        # COS limits the whole domain NAME-APPID.cos.REGION.myqcloud.com, so the room left
        # for the name changes with the region chosen
        self.remaining_label = QLabel()
        self.remaining_label.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), row)
        form.addRow("", self.remaining_label)
        form.addRow(self.tr("Region:"), self.region_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        buttons = self._setup_buttons(self.tr("OK"))
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._validate)
        self.region_combo.currentIndexChanged.connect(self._validate)
        self._validate()

    def max_length(self) -> int:
        """The longest name the chosen region allows for this APPID."""
        return regions.max_short_name_length(self.appid, self.region_combo.currentData())

    def problem(self) -> str | None:
        name = self.name_edit.text().strip()
        reason = regions.short_name_problem(name, self.appid, self.region_combo.currentData())
        if reason is None:
            return None
        exc = GeneDeskError(
            ErrorCode.INVALID_BUCKET_NAME,
            details={"reason": reason, "max_length": self.max_length()},
        )
        return errors_text.error_text(exc, with_path=False)

    def _validate(self) -> None:
        problem = self.problem()
        typed = bool(self.name_edit.text())
        longest = self.max_length()
        left = max(0, longest - len(self.name_edit.text().strip()))
        self.remaining_label.setText(
            self.tr("{left} of {max} characters left in this region").format(left=left, max=longest)
        )
        self.show_error(problem if (problem and typed) else "")
        self.ok_button.setEnabled(problem is None and not self._busy)

    def _submit(self) -> None:
        if self.problem() is None and not self._busy:
            self.submitted.emit(self.name_edit.text().strip(), self.region_combo.currentData())


class CreateFolderDialog(_RequestDialog):
    """创建文件夹 under a bucket or folder; emits ``submitted(name)``."""

    submitted = Signal(str)

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(self.tr("Create folder"))
        self.setMinimumWidth(420)
        where = QLabel(self.tr("In: {location}").format(location=location))
        where.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Folder name"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        buttons = self._setup_buttons(self.tr("OK"))
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str | None:
        reason = keys.name_problem(self.name_edit.text())
        if reason is None:
            return None
        exc = GeneDeskError(ErrorCode.INVALID_OBJECT_NAME, details={"reason": reason})
        return errors_text.error_text(exc, with_path=False)

    def _validate(self) -> None:
        problem = self.problem()
        self.show_error(problem if (problem and self.name_edit.text()) else "")
        self.ok_button.setEnabled(problem is None and not self._busy)

    def _submit(self) -> None:
        if self.problem() is None and not self._busy:
            self.submitted.emit(self.name_edit.text())


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
        self.error_label = _error_label()

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


class SettingsDialog(QDialog):
    """Preferences; emits ``saved(UiSettings)``."""

    saved = Signal(object)

    def __init__(self, values: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.values = values
        self.compress = QCheckBox(self.tr("Compress uploads by default"))
        self.compress.setChecked(values.compress_default)
        self.level = QSpinBox()
        self.level.setRange(1, 19)
        self.level.setValue(values.compress_level)
        self.files = QSpinBox()
        self.files.setRange(1, 64)
        self.files.setValue(values.files_parallel)
        self.parts = QSpinBox()
        self.parts.setRange(1, 32)
        self.parts.setValue(values.parts_parallel)
        self.bandwidth = QSpinBox()
        self.bandwidth.setRange(0, 100_000)
        self.bandwidth.setSuffix(" MiB/s")
        self.bandwidth.setSpecialValueText(self.tr("Unlimited"))
        self.bandwidth.setValue(values.bandwidth_limit_mib)
        self.download_dir = QLineEdit(values.effective_download_dir())
        self.download_dir.setObjectName("downloadDir")
        self.file_dialog: QFileDialog | None = None
        browse = self.browse_button = QPushButton(self.tr("Browse..."))
        browse.setObjectName("browseDownloadDir")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.download_dir, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(values.language)))
        note = QLabel(
            self.tr("Files and parts in parallel apply to transfers started after a restart.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow("", self.compress)
        form.addRow(self.tr("Compression level (1-19):"), self.level)
        form.addRow(self.tr("Files in parallel:"), self.files)
        form.addRow(self.tr("Parts in parallel per file:"), self.parts)
        form.addRow(self.tr("Bandwidth limit:"), self.bandwidth)
        form.addRow(self.tr("Default download folder:"), row)
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        self.file_dialog = file_dialogs.choose_folder(
            self,
            self.tr("Default download folder"),
            self.download_dir.setText,
            self.download_dir.text(),
        )

    def result_values(self) -> UiSettings:
        v = UiSettings(**vars(self.values))
        v.compress_default = self.compress.isChecked()
        v.compress_level = self.level.value()
        v.files_parallel = self.files.value()
        v.parts_parallel = self.parts.value()
        v.bandwidth_limit_mib = self.bandwidth.value()
        v.download_dir = self.download_dir.text().strip()
        v.language = self.language.currentData()
        return v

    def _save(self) -> None:
        self.saved.emit(self.result_values())
        self.accept()


class AboutDialog(QDialog):
    def __init__(self, user: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Gene Desk"))
        icon = QLabel()
        icon.setPixmap(
            QPixmap(str(icon_path("gene-desk-256.png"))).scaled(
                96,
                96,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        text = QLabel(
            f"<h2>{APP_DISPLAY_NAME_ZH}</h2><p><b>{APP_DISPLAY_NAME}</b> {__version__}</p>"
            + "<p>"
            + self.tr(
                "Desktop client of the Duoyungu gene data collaboration platform: move"
                " sequencing data in and out of Tencent COS, compressed with zstd."
            )
            + "</p>"
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if user is not None:
            who = QLabel(
                self.tr("Logged in as {account} ({company})").format(
                    account=user.account, company=user.company
                )
            )
            layout.addWidget(who)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


def existing_paths(paths: list[str]) -> list[str]:
    return [p for p in paths if os.path.exists(p)]
