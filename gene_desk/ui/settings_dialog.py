"""设置: the window's preferences (download folder, compression defaults, language, ...).

Emits ``saved(UiSettings)``; the window applies and stores them. 浏览… opens its folder dialog
with ``open()`` (ui/file_dialogs.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gene_desk.ui import file_dialogs
from gene_desk.ui.settings import UiSettings


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
        self.record_md5 = QCheckBox(self.tr("Record each file's MD5 on upload (for MD5 lists)"))
        self.record_md5.setObjectName("recordMd5")
        self.record_md5.setToolTip(
            self.tr(
                "Needed to export an MD5 list for a submission without downloading. Costs CPU:"
                " compressed uploads on few cores are slower with it."
            )
        )
        self.record_md5.setChecked(values.record_md5)
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
        form.addRow("", self.record_md5)
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
        v.record_md5 = self.record_md5.isChecked()
        v.files_parallel = self.files.value()
        v.parts_parallel = self.parts.value()
        v.bandwidth_limit_mib = self.bandwidth.value()
        v.download_dir = self.download_dir.text().strip()
        v.language = self.language.currentData()
        return v

    def _save(self) -> None:
        self.saved.emit(self.result_values())
        self.accept()
