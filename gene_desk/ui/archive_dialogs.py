"""恢复 (restore archived files) and 修改存储类型 (change storage class): the two questions the
archive actions ask, each a small non-blocking dialog opened with ``open()``.

The dialogs only collect the answer and say what it will do; archive_actions.py runs it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core import storage_classes as sc
from gene_desk.storage import archive
from gene_desk.ui.storage_class_ui import StorageClassCombo, tier_label


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("okButton")
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RestoreDialog(QDialog):
    """恢复: how long the restored copies last (1-365 days) and the restore mode (tier).
    Emits ``submitted(days, tier)`` on 确定."""

    submitted = Signal(int, str)

    def __init__(self, names: list[str], classes: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore archived files"))
        self.setMinimumWidth(460)
        shown = ", ".join(names[:3])
        if len(names) > 3:
            shown += self.tr(" and {n} more").format(n=len(names) - 3)
        intro = QLabel(
            self.tr(
                "Restore {count} file(s): {names}\nA restored copy can be downloaded until it"
                " expires; the archived file stays as it is."
            ).format(count=len(names), names=shown)
        )
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setObjectName("restoreDays")
        self.days.setAccessibleName(self.tr("Days the restored copy lasts"))
        self.days.setRange(archive.MIN_DAYS, archive.MAX_DAYS)
        self.days.setValue(archive.DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.tier = QComboBox()
        self.tier.setObjectName("restoreTier")
        self.tier.setAccessibleName(self.tr("Restore mode"))
        deep_only = classes <= {sc.DEEP_ARCHIVE}
        for tier in sc.TIERS:
            if deep_only and tier == sc.EXPEDITED:
                continue  # DEEP_ARCHIVE has no Expedited ("POST Object restore")
            self.tier.addItem(tier_label(tier), tier)
        self.tier.setCurrentIndex(max(0, self.tier.findData(sc.DEFAULT_TIER)))
        form = QFormLayout()
        form.addRow(self.tr("Valid for:"), self.days)
        form.addRow(self.tr("Restore mode:"), self.tier)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if sc.DEEP_ARCHIVE in classes and not deep_only:
            note = QLabel(self.tr("Deep archive files have no expedited mode: they use standard."))
            note.setObjectName("restoreNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Restore"), self.tr("Cancel")))

    def accept(self) -> None:
        self.submitted.emit(self.days.value(), str(self.tier.currentData()))
        super().accept()


class ChangeClassDialog(QDialog):
    """修改存储类型: the new class for the selected files. Emits ``submitted(storage_class)``."""

    submitted = Signal(str)

    def __init__(self, names: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangeClassDialog")
        self.setWindowTitle(self.tr("Change storage class"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Change the storage class of {count} file(s). Each file is copied onto itself"
                " with the new class. Archive and deep archive files must be restored first."
            ).format(count=len(names))
        )
        intro.setObjectName("changeClassIntro")
        intro.setWordWrap(True)
        self.storage_class = StorageClassCombo(current=current)
        form = QFormLayout()
        form.addRow(self.tr("Storage class:"), self.storage_class)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("OK"), self.tr("Cancel")))

    def accept(self) -> None:
        self.submitted.emit(self.storage_class.value())
        super().accept()
