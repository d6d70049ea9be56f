"""Showing a window without it jumping in front of the one a person is working in.

Qt's ``show()`` of a new top-level window maps it on top (no window manager, or one that gives
new windows the focus), and ``activateWindow()`` takes the keyboard. A window reopened as a side
effect, like the account window rebuilt after a language change, must appear *behind* the
window that caused it, which keeps the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def show_behind(window: QWidget, front: QWidget) -> None:
    """Show ``window`` without activating it, then keep ``front`` on top and active."""
    attribute = Qt.WidgetAttribute.WA_ShowWithoutActivating
    was = window.testAttribute(attribute)
    window.setAttribute(attribute, True)
    window.show()
    window.setAttribute(attribute, was)  # a later show (账户 clicked) activates it again
    front.raise_()
    front.activateWindow()
