"""Small pieces the window's dialogs share, so each dialog module does not grow its own copy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label(name: str = "error") -> QLabel:
    """The red, word-wrapped line where a dialog shows a refusal in place (hidden until then);
    ``name`` is its accessible object name."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label
