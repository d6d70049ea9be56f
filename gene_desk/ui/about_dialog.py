"""关于: the program's name, version and who is signed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gene_desk import APP_DISPLAY_NAME, APP_DISPLAY_NAME_ZH, __version__
from gene_desk.ui.resources import icon_path


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
