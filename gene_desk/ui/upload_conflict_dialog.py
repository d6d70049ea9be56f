"""The question asked when an upload meets an existing object: 覆盖, 跳过 or 保留两者.

One dialog per conflict, opened with ``open()`` (window-modal, no nested event loop); the answer
arrives as :attr:`UploadConflictDialog.chosen`. 应用到全部 (shown only when more conflicts
follow) applies the answer to the rest without asking again. Closing the dialog (Esc, the
window's close button) answers nothing: the flow then queues nothing. The rule about what
counts as "the same file" (``x.fastq`` and ``x.fastq.zst``) lives in the engine
(``transfer.upload_conflicts``); this only words it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gene_desk.core.text import printable
from gene_desk.transfer.upload_conflicts import Conflict, OnConflict


class UploadConflictDialog(QDialog):
    """Asks about one conflict; emits ``chosen(OnConflict, apply_to_all)``."""

    chosen = Signal(object, bool)

    def __init__(self, conflict: Conflict, remaining: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UploadConflictDialog")
        self.setWindowTitle(self.tr("File already exists"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict = conflict
        name = printable(conflict.source.replace("\\", "/").rsplit("/", 1)[-1])
        existing = printable(", ".join(conflict.existing))
        if conflict.twin_only:
            text = self.tr(
                "The same file is already in the bucket as {existing} (with or without .zst"
                " compression). What should happen to {name}?"
            )
        else:
            text = self.tr("{existing} already exists. What should happen to {name}?")
        self.message = QLabel(text.format(existing=existing, name=name))
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setToolTip(printable(conflict.source))
        self.apply_all = QCheckBox(
            self.tr("Apply to all ({n} more conflicts)").format(n=remaining)
            if remaining
            else self.tr("Apply to all")
        )
        self.apply_all.setObjectName("applyToAll")
        self.apply_all.setVisible(remaining > 0)
        self.buttons = QDialogButtonBox()
        self.overwrite_button = self._button(
            self.tr("Overwrite"), "overwrite", OnConflict.OVERWRITE
        )
        self.skip_button = self._button(self.tr("Skip"), "skip", OnConflict.SKIP)
        self.rename_button = self._button(self.tr("Keep both"), "keepBoth", OnConflict.RENAME)
        self.rename_button.setToolTip(self.tr('The new file gets a new name, such as "name (1)"'))
        self.rename_button.setDefault(True)  # Enter loses nothing
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.apply_all)
        layout.addWidget(self.buttons)

    def _button(self, text: str, name: str, choice: OnConflict) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: OnConflict) -> None:
        self.chosen.emit(choice, self.apply_all.isVisible() and self.apply_all.isChecked())
        self.accept()
