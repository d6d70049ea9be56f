"""Item views that accept files dropped from the file manager (upload by drag and drop)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView


def _local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [u.toLocalFile() for u in data.urls() if u.isLocalFile()]


class _DropMixin:
    """Local files dropped on a row (or on the empty area) -> ``files_dropped(paths, index)``."""

    def _setup_drop(self: QAbstractItemView) -> None:
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
        event.acceptProposedAction()
        self.files_dropped.emit(paths, index)  # type: ignore[attr-defined]


class DropTreeView(_DropMixin, QTreeView):
    files_dropped = Signal(list, QModelIndex)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._setup_drop()


class DropTableView(_DropMixin, QTableView):
    files_dropped = Signal(list, QModelIndex)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._setup_drop()
