"""The file table: one folder of a bucket, fetched page by page as the view scrolls.

``canFetchMore``/``fetchMore`` ask :meth:`Storage.list_page` for the next 1,000 entries on a
worker thread; rows are appended when the page arrives, so a folder of 100,000 objects shows its
first page at once and the rest streams in as the user scrolls. A generation counter drops pages
that arrive after the user moved elsewhere. Sorting sorts what is loaded (folders first); the
default, by name ascending, is the server's order, so later pages simply append.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from gene_desk.core.storage_classes import ARCHIVED
from gene_desk.core.text import printable
from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket, ListPage, RestoreState
from gene_desk.ui import formatting, storage_class_ui
from gene_desk.ui.tasks import TaskRunner

PAGE_SIZE = 1000
NEXT_PAGE_DELAY_MS = 40

COL_NAME, COL_SIZE, COL_TYPE, COL_MODIFIED, COL_CLASS, COL_RESTORE = range(6)
COLUMNS = 6
KeyRole = Qt.ItemDataRole.UserRole + 1
IsFolderRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex

# plain ints and flag values computed once: data() and flags() run thousands of times a second
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_KEY = int(KeyRole)
_IS_FOLDER = int(IsFolderRole)
_SORT = int(SortRole)
_OTHER_ROLES = frozenset((_TOOLTIP, _KEY, _IS_FOLDER, _SORT))
_ALIGN_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_FLAGS_FILE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_FOLDER = _FLAGS_FILE | Qt.ItemFlag.ItemIsDropEnabled
_FLAGS_ROOT = Qt.ItemFlag.ItemIsDropEnabled


class Entry(NamedTuple):
    key: str  # folders end in '/'
    name: str
    is_folder: bool
    size: int | None
    modified: datetime | None
    storage_class: str  # "" for folders


# Rows are kept as plain tuples (key, name, is_folder, size, modified, class): CPython's cyclic
# GC stops tracking exact tuples of atomic values, so 100,000 rows add nothing to each full
# collection (tracked objects made every full GC pass, run by whichever thread allocates, grow
# with the folder: 100+ ms GUI stalls at 100,000 rows).
_KEY_I, _NAME_I, _FOLDER_I, _SIZE_I, _MOD_I, _CLASS_I = range(6)


def entries_of(page: ListPage, base: str) -> tuple[list[tuple], list[tuple]]:
    """(folders, files) of a page, named relative to the folder ``base``."""
    folders = [(f, f[len(base) :].rstrip("/") or f, True, None, None, "") for f in page.folders]
    files = [
        (o.key, o.key[len(base) :] or o.key, False, o.size, o.last_modified, o.storage_class)
        for o in page.objects
    ]
    return folders, files


class ObjectListModel(QAbstractTableModel):
    """Rows of one folder (or of a name-prefix search inside it)."""

    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception
    page_loaded = Signal(int)  # rows now loaded

    def __init__(self, storage: Storage, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.storage = storage
        self.runner = runner
        self.bucket: Bucket | None = None
        self.prefix = ""
        self.search = ""
        self._rows: list[tuple] = []
        self._texts: dict[str, tuple[str, ...]] = {}  # key -> display texts
        # restore state of archived rows, read by HEAD (archive_states.py); absent: not read yet
        self._restores: dict[str, RestoreState | None] = {}
        self._folders = 0  # folders come first
        self._marker: str | None = None  # next page marker; None = all loaded
        self._loading = False
        self._generation = 0
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self._folder_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    # -- location -------------------------------------------------------------------------------
    def set_location(self, bucket: Bucket | None, prefix: str = "", search: str = "") -> None:
        self.beginResetModel()
        self._generation += 1
        self.bucket = bucket
        self.prefix = prefix
        self.search = search
        self._rows = []
        self._texts = {}
        self._restores = {}
        self._folders = 0
        self._marker = "" if bucket is not None else None
        self._set_loading(False)
        self.endResetModel()
        if bucket is not None:
            self._fetch()

    def reload(self) -> None:
        self.set_location(self.bucket, self.prefix, self.search)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        return self._marker is None and not self._loading

    def entry(self, row: int) -> Entry:
        return Entry._make(self._rows[row])

    def entries(self) -> list[Entry]:
        return [Entry._make(t) for t in self._rows]

    @property
    def generation(self) -> int:
        """Changes whenever the rows are replaced (another folder, a refresh)."""
        return self._generation

    def archived_keys(self, first: int, last: int) -> list[str]:
        """Keys of archived rows in [first, last] whose restore state is not known yet."""
        out = []
        for row in self._rows[max(0, first) : last + 1]:
            if row[_CLASS_I] in ARCHIVED and row[_KEY_I] not in self._restores:
                out.append(row[_KEY_I])
        return out

    def restore_state(self, key: str) -> RestoreState | None:
        return self._restores.get(key)

    def restore_known(self, key: str) -> bool:
        return key in self._restores

    def set_restore_states(self, generation: int, states: dict[str, RestoreState | None]) -> None:
        """HEAD answers for archived rows (dropped if the rows changed since they were asked)."""
        if generation != self._generation or not states:
            return
        self._restores.update(states)
        self._changed_rows(set(states), COL_RESTORE)

    def forget_restore_states(self, keys: list[str]) -> None:
        """Make these rows read again (after a restore was asked for them)."""
        for key in keys:
            self._restores.pop(key, None)
        self._changed_rows(set(keys), COL_RESTORE)

    def _changed_rows(self, keys: set[str], column: int) -> None:
        rows = [i for i, row in enumerate(self._rows) if row[_KEY_I] in keys]
        if rows:
            self.dataChanged.emit(self.index(min(rows), column), self.index(max(rows), column))

    def row_of_key(self, key: str) -> int:
        for i, e in enumerate(self._rows):
            if e[_KEY_I] == key:
                return i
        return -1

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._marker is not None and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            # Start the next page after the view has painted the rows it just got: parsing a
            # page on a worker competes with the paint's data() calls for the GIL.
            self._set_loading(True)
            generation = self._generation
            QTimer.singleShot(
                NEXT_PAGE_DELAY_MS,
                self,  # context: dropped if the model is gone
                lambda: generation == self._generation and self._fetch(),
            )

    def _fetch(self) -> None:
        bucket, marker, generation = self.bucket, self._marker or "", self._generation
        if bucket is None:
            return
        query = self.prefix + self.search
        storage = self.storage
        self._set_loading(True)
        self.runner.start(
            lambda _h: storage.list_page(bucket, query, marker, max_keys=PAGE_SIZE),
            on_done=lambda page: self._page_arrived(generation, page),
            on_error=lambda exc: self._page_failed(generation, exc),
            owner=self,
        )

    def _page_arrived(self, generation: int, page: ListPage) -> None:
        if generation != self._generation:
            return
        # a search lists prefix+text; names stay relative to the current folder
        folders, files = entries_of(page, self.prefix)
        self._marker = page.next_marker
        if folders:  # folders stay above files
            at = self._folders
            self.beginInsertRows(QModelIndex(), at, at + len(folders) - 1)
            self._rows[at:at] = folders
            self._folders += len(folders)
            self.endInsertRows()
        if files:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(files) - 1)
            self._rows.extend(files)
            self.endInsertRows()
        if (folders or files) and self._sort != (COL_NAME, Qt.SortOrder.AscendingOrder):
            self.sort(*self._sort)
        self._set_loading(False)
        self.page_loaded.emit(len(self._rows))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._marker = None
        self._set_loading(False)
        self.load_failed.emit(exc)

    # -- table ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Size"),
            self.tr("Type"),
            self.tr("Last modified"),
            self.tr("Storage class"),
            self.tr("Restore status"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _FLAGS_ROOT
        return _FLAGS_FOLDER if self._rows[index.row()][_FOLDER_I] else _FLAGS_FILE

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Hot path: the view asks ~10 roles per visible cell on every paint, each call taking
        # the GIL from busy workers; keep it to a few int compares and a cached tuple.
        if role == _DISPLAY:
            row = index.row()
            if row < 0 or row >= len(self._rows):
                return None
            key, name, is_folder, size, modified, cls = self._rows[row]
            column = index.column()
            if column == COL_RESTORE:
                if key not in self._restores:
                    return ""  # not read yet (only visible archived rows are: archive_states)
                return storage_class_ui.restore_label(cls, self._restores[key])
            texts = self._texts.get(key)
            if texts is None:
                texts = self._texts[key] = (
                    printable(name),  # a key is outside text: no newline or bidi tricks
                    "" if is_folder else formatting.size_text(size),
                    formatting.file_type_text(name, is_folder),
                    formatting.time_text(modified),
                    "" if is_folder else storage_class_ui.class_label(cls),
                )
            return texts[column]
        if role == _DECORATION:
            if index.column() != COL_NAME or index.row() >= len(self._rows):
                return None
            return self._folder_icon if self._rows[index.row()][_FOLDER_I] else self._file_icon
        if role == _ALIGNMENT:
            return _ALIGN_RIGHT if index.column() == COL_SIZE else None
        if role in _OTHER_ROLES and index.isValid() and index.row() < len(self._rows):
            e = Entry._make(self._rows[index.row()])
            if role == _KEY:
                return e.key
            if role == _TOOLTIP and index.column() == COL_NAME:
                return printable(e.key)
            if role == _IS_FOLDER:
                return e.is_folder
            if role == _SORT:
                return _sort_key(e, index.column())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        persistent = self.persistentIndexList()
        reverse = order == Qt.SortOrder.DescendingOrder
        folders = sorted(
            (e for e in old if e[_FOLDER_I]),
            key=lambda e: _sort_key(Entry._make(e), column),
            reverse=reverse,
        )
        files = sorted(
            (e for e in old if not e[_FOLDER_I]),
            key=lambda e: _sort_key(Entry._make(e), column),
            reverse=reverse,
        )
        self._rows = folders + files
        if persistent:
            position = {id(e): i for i, e in enumerate(self._rows)}
            new = [
                self.index(position[id(old[p.row()])], p.column()) if p.isValid() else p
                for p in persistent
            ]
            self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    # -- drag and drop (files from the file manager) ----------------------------------------------
    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasUrls() and any(u.isLocalFile() for u in data.urls())

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return False  # handled by the view (opens the upload dialog)


def _sort_key(e: Entry, column: int) -> Any:
    if column == COL_SIZE:
        return (e.size or 0, e.name.lower())
    if column == COL_TYPE:
        return (formatting.file_type_text(e.name, e.is_folder), e.name.lower())
    if column == COL_MODIFIED:
        return (e.modified.timestamp() if e.modified else 0.0, e.name.lower())
    if column in (COL_CLASS, COL_RESTORE):
        return (e.storage_class, e.name.lower())
    return e.name.lower()
