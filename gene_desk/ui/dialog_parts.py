"""Small pieces the window's dialogs share, so each dialog module does not grow its own copy."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def error_label(name: str = "error") -> QLabel:
    """The red, word-wrapped line where a dialog shows a refusal in place (hidden until then);
    ``name`` is its accessible object name."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def described_label(name: str, role: str, text: str = "") -> QLabel:
    """A word-wrapped label that a screen reader reads: its accessible name is its text, so what
    it is for (``role``, translated by the caller) goes in its accessible description."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleDescription(role)
    label.setWordWrap(True)
    return label


def close_buttons(dialog: QDialog, text: str) -> QDialogButtonBox:
    """A Close button box that rejects ``dialog``: the standard button gets ``text`` (the
    caller's translated 关闭; Qt's own stays English without its catalogue) and the object and
    accessible names ``closeButton`` / ``text`` that the tests find it by."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(text)
    close.setObjectName("closeButton")
    close.setAccessibleName(text)
    buttons.rejected.connect(dialog.reject)
    return buttons
