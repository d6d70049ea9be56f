"""分享: the dialog that makes a download link of one file (issue 16 part 1).

The person chooses how long the link works (1小时 ... 7天), presses 生成链接, and gets the URL in a
read-only field with 复制链接 beside it, the plain statement of who can use it until when, and
for a Gene Desk ``.zst`` object what the recipient gets and how to open it. The dialog only asks
and shows: the flow (``ui/flows/share.py``) runs the engine call on a worker when
:attr:`generate_requested` fires, and may be asked again with another expiry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gene_desk.account.sharing import (
    DAY,
    DEFAULT_EXPIRY,
    EXPIRY_CHOICES,
    HOUR,
    OPEN_ZST,
    ShareResult,
)
from gene_desk.ui.dialog_parts import close_buttons, described_label


class ShareDialog(QDialog):
    #: the person asked for a link lasting this many seconds
    generate_requested = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_link: ShareResult | None = None
        self.setObjectName("ShareDialog")
        self.setWindowTitle(self.tr("Share: {name}").format(name=name))
        self.setMinimumWidth(620)

        self.expiry = QComboBox()
        self.expiry.setObjectName("shareExpiry")
        self.expiry.setAccessibleName(self.tr("Link expires after"))
        for seconds in EXPIRY_CHOICES:
            self.expiry.addItem(self._expiry_text(seconds), seconds)
        self.expiry.setCurrentIndex(EXPIRY_CHOICES.index(DEFAULT_EXPIRY))
        self.generate = QPushButton(self.tr("Generate link"))
        self.generate.setObjectName("generateLink")
        self.generate.setAccessibleName(self.tr("Generate link"))
        self.generate.clicked.connect(self._generate_clicked)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry, 1)
        expiry_row.addWidget(self.generate)

        self.url = QLineEdit()
        self.url.setObjectName("shareUrl")
        self.url.setAccessibleName(self.tr("Share link"))
        self.url.setReadOnly(True)
        self.url.setPlaceholderText(self.tr("Press Generate link"))
        self.copy = QPushButton(self.tr("Copy link"))
        self.copy.setObjectName("copyLink")
        self.copy.setAccessibleName(self.tr("Copy link"))
        self.copy.setEnabled(False)
        self.copy.clicked.connect(self.copy_link)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy)

        form = QFormLayout()
        form.addRow(self.tr("Link expires after:"), expiry_row)
        form.addRow(self.tr("Link:"), url_row)

        self.status = described_label(
            "shareStatus",
            self.tr("Share status"),
            self.tr("Choose how long the link works, then press Generate link."),
        )
        self.note = described_label("shareNote", self.tr("How to open the download"))
        self.note.hide()

        buttons = close_buttons(self, self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _expiry_text(self, seconds: int) -> str:
        words = {
            HOUR: self.tr("1 hour"),
            DAY: self.tr("1 day"),
            3 * DAY: self.tr("3 days"),
            7 * DAY: self.tr("7 days"),
        }
        return words.get(seconds) or self.tr("{hours} hours").format(hours=seconds // HOUR)

    @property
    def seconds(self) -> int:
        return int(self.expiry.currentData())

    def _generate_clicked(self) -> None:
        self.generate.setEnabled(False)
        self.expiry.setEnabled(False)
        self.status.setText(self.tr("Generating the link..."))
        self.generate_requested.emit(self.seconds)

    def show_link(self, result: ShareResult) -> None:
        """The link is ready: show it, say until when it works, and how to open a .zst."""
        self.result_link = result
        self.url.setText(result.link.url)
        self.url.setCursorPosition(0)
        self.copy.setEnabled(True)
        self.status.setText(
            self.tr("Anyone with this link can download the file until {time} (China time).")
            .format(time=result.expires_china())
        )  # fmt: skip
        template = OPEN_ZST.get(result.packing)  # the engine's English, translated here
        if template is None:
            self.note.hide()
        else:
            text = QCoreApplication.translate("Sharing", template)
            self.note.setText(text.format(name=result.name))
            self.note.show()
        self._ready()

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self._ready()

    def _ready(self) -> None:
        self.generate.setEnabled(True)
        self.expiry.setEnabled(True)

    def copy_link(self) -> None:
        """复制链接: the URL onto the clipboard (and the selection, for X11 middle-click)."""
        if not self.url.text():
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.url.text())
        if clipboard.supportsSelection():
            clipboard.setText(self.url.text(), clipboard.Mode.Selection)
        self.status.setText(self.status.text().split("\n")[0] + "\n" + self.tr("Link copied."))
