"""Non-blocking message boxes: questions, errors and the seed's success prompts (删除成功).

Every box is opened with ``QMessageBox.open()`` (window-modal, no nested event loop), so nothing
here blocks the GUI thread or hangs an asyncio loop; the answer arrives through a callback. The
last box opened is kept on the parent as ``_last_prompt`` so tests and the smoke test can answer
it like a user would.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gene_desk.ui import errors_text


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("prompt")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if detail:
        box.setInformativeText(detail)
    if parent is not None:
        parent._last_prompt = box  # type: ignore[attr-defined]
    return box


def last_prompt(parent: QWidget) -> QMessageBox | None:
    box = getattr(parent, "_last_prompt", None)
    if box is None or not shiboken6.isValid(box) or not box.isVisible():
        return None
    return box


def _notice(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str, detail: str
) -> QMessageBox:
    """A box with one 确定 button, opened (``open()``)."""
    box = _box(parent, icon, title or QCoreApplication.translate("prompts", "Notice"), text, detail)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("prompts", "OK"))
    box.open()
    return box


def inform(parent: QWidget | None, text: str, title: str = "", detail: str = "") -> QMessageBox:
    """An information box with 确定, e.g. the seed's 删除成功."""
    return _notice(parent, QMessageBox.Icon.Information, text, title, detail)


def warn(parent: QWidget | None, text: str, title: str = "", detail: str = "") -> QMessageBox:
    return _notice(parent, QMessageBox.Icon.Warning, text, title, detail)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    return warn(
        parent,
        errors_text.error_text(exc),
        title or QCoreApplication.translate("prompts", "Operation failed"),
    )


def ask(
    parent: QWidget | None,
    text: str,
    on_yes: Callable[[], None],
    *,
    title: str = "",
    detail: str = "",
    yes_text: str = "",
    on_no: Callable[[], None] | None = None,
) -> QMessageBox:
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        title or QCoreApplication.translate("prompts", "Please confirm"),
        text,
        detail,
    )
    yes = box.addButton(
        yes_text or QCoreApplication.translate("prompts", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    no = box.addButton(
        QCoreApplication.translate("prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.yes_button = yes  # type: ignore[attr-defined]
    box.no_button = no  # type: ignore[attr-defined]

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(finished)
    box.open()
    return box


async def confirm(
    parent: QWidget | None, text: str, *, title: str = "", detail: str = "", yes_text: str = ""
) -> bool:
    """:func:`ask` for a coroutine flow: True when the user chose ``yes_text``.

    The answer is taken in the box's own ``finished`` handler (the box deletes itself once
    closed), then the flow resumes on the next turn of the loop."""
    from gene_desk.ui import aio  # the flows' helper; prompts stays importable without it

    answer: list[bool] = []
    box = ask(
        parent, text, lambda: answer.append(True), title=title, detail=detail, yes_text=yes_text
    )
    await aio.next_signal(box.finished, owner=box)
    return bool(answer)
