"""The request dialogs of seed 1.4.2: 创建存储桶 and 新建文件夹.

Both validate what the user typed before anything is sent: the bucket name with the COS rules
of ``core.regions``, the folder name with ``storage.keys``. They keep themselves open while the
request runs (``set_busy``) and show a refusal in place (``show_error``), so a user can fix a
name. Opened with ``open()``, never ``exec()``; the flow is ui/flows/create.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core import regions
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import keys
from gene_desk.ui import errors_text, formatting
from gene_desk.ui.dialog_parts import error_label


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
        self.error_label = error_label()
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
