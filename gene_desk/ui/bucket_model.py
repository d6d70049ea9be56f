"""The left pane: buckets (with their region) and, under each, its folder tree.

Buckets come from :meth:`Storage.list_buckets`; a node's sub-folders are fetched when it is first
expanded (``canFetchMore``/``fetchMore``) on a worker thread, walking the listing pages of that
prefix and keeping only the common prefixes. A folder with a huge number of files is walked at
most ``MAX_TREE_PAGES`` pages deep for the tree (the file table pages on its own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from gene_desk.storage import Storage
from gene_desk.storage.models import Bucket
from gene_desk.ui import formatting
from gene_desk.ui.tasks import TaskHandle, TaskRunner

MAX_TREE_PAGES = 20
BucketRole = Qt.ItemDataRole.UserRole + 1
PrefixRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    bucket: Bucket | None  # None for the invisible root
    prefix: str = ""
    name: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    loaded: bool = False
    loading: bool = False
    generation: int = 0
    _row: int = field(default=0, init=False, repr=False)

    @property
    def is_bucket(self) -> bool:
        return self.bucket is not None and self.prefix == ""

    def row(self) -> int:
        """This node's row under its parent. ``parent()`` asks for it on every index the view
        touches and a folder can have 20,000 sibling folders, so the row is kept, not searched
        for: the parent renumbers its children whenever they change (the methods below are the
        only ways to change ``children``)."""
        return self._row if self.parent else 0

    def set_children(self, children: list[Node]) -> None:
        self.children = list(children)
        self._renumber(0)

    def insert_child(self, row: int, child: Node) -> None:
        self.children.insert(row, child)
        self._renumber(row)

    def remove_child(self, row: int) -> None:
        del self.children[row]
        self._renumber(row)

    def _renumber(self, start: int) -> None:
        children = self.children
        for row in range(start, len(children)):
            children[row]._row = row


def _list_folders(storage: Storage, bucket: Bucket, prefix: str, h: TaskHandle) -> list[str]:
    folders: list[str] = []
    marker = ""
    for _ in range(MAX_TREE_PAGES):
        if h.cancelled:
            break
        page = storage.list_page(bucket, prefix, marker)
        folders.extend(page.folders)
        if page.next_marker is None:
            break
        marker = page.next_marker
    return folders


class BucketTreeModel(QAbstractItemModel):
    buckets_loaded = Signal()
    load_failed = Signal(object)
    children_loaded = Signal(QModelIndex)

    def __init__(self, storage: Storage, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.storage = storage
        self.runner = runner
        self.root = Node(None)
        self._bucket_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
        self._folder_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)

    # -- loading --------------------------------------------------------------------------------
    def reload_buckets(self) -> None:
        """Fetch the bucket list; buckets that vanished are removed, new ones inserted."""
        self.root.loading = True
        storage = self.storage
        self.runner.start(
            lambda _h: storage.list_buckets(),
            on_done=self._buckets_arrived,
            on_error=self._failed(self.root),
            owner=self,
        )

    def _failed(self, node: Node) -> Any:
        def handler(exc: BaseException) -> None:
            node.loading = False
            self.load_failed.emit(exc)

        return handler

    def _buckets_arrived(self, buckets: list[Bucket]) -> None:
        self.root.loading = False
        self.root.loaded = True
        wanted = {b.name: b for b in buckets}
        # remove the gone ones
        for row in range(len(self.root.children) - 1, -1, -1):
            node = self.root.children[row]
            if node.bucket is None or node.bucket.name not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                self.root.remove_child(row)
                self.endRemoveRows()
        present = {n.bucket.name for n in self.root.children if n.bucket}
        for bucket in buckets:  # sorted by name
            if bucket.name in present:
                continue
            row = 0
            while (
                row < len(self.root.children)
                and self.root.children[row].bucket is not None
                and self.root.children[row].bucket.name < bucket.name  # type: ignore[union-attr]
            ):
                row += 1
            self.beginInsertRows(QModelIndex(), row, row)
            self.root.insert_child(row, Node(bucket, "", bucket.name, self.root))
            self.endInsertRows()
        self.buckets_loaded.emit()

    def reload_children(self, index: QModelIndex) -> None:
        """Forget and re-fetch the sub-folders of a bucket or folder (after create/delete)."""
        node = self.node(index)
        if node is self.root:
            self.reload_buckets()
            return
        if node.children:
            self.beginRemoveRows(index, 0, len(node.children) - 1)
            node.set_children([])
            self.endRemoveRows()
        node.loaded = False
        node.loading = False
        node.generation += 1
        self._fetch_children(node, index)

    def _fetch_children(self, node: Node, index: QModelIndex) -> None:
        assert node.bucket is not None
        node.loading = True
        generation = node.generation
        bucket, prefix, storage = node.bucket, node.prefix, self.storage
        persistent = QPersistentModelIndex(index)
        self.runner.start(
            lambda h: _list_folders(storage, bucket, prefix, h),
            on_done=lambda folders: self._children_arrived(node, persistent, generation, folders),
            on_error=self._failed(node),
            owner=self,
        )

    def _children_arrived(
        self, node: Node, persistent: QPersistentModelIndex, generation: int, folders: list[str]
    ) -> None:
        if generation != node.generation or not persistent.isValid():
            return
        node.loading = False
        node.loaded = True
        parent = self.index(persistent.row(), 0, persistent.parent())
        if folders:
            self.beginInsertRows(parent, 0, len(folders) - 1)
            node.set_children(
                [Node(node.bucket, f, f[len(node.prefix) :].rstrip("/"), node) for f in folders]
            )
            self.endInsertRows()
        else:
            # hasChildren said yes before we knew; tell the view there is nothing to expand
            self.dataChanged.emit(parent, parent)
        self.children_loaded.emit(parent)

    # -- lookups --------------------------------------------------------------------------------
    def node(self, index: _Index) -> Node:
        if not index.isValid():
            return self.root
        return index.internalPointer()

    def bucket_index(self, name: str) -> QModelIndex:
        for row, node in enumerate(self.root.children):
            if node.bucket is not None and node.bucket.name == name:
                return self.index(row, 0)
        return QModelIndex()

    def find(self, bucket_name: str, prefix: str) -> QModelIndex:
        """The index of a loaded node (bucket or folder), or an invalid index."""
        index = self.bucket_index(bucket_name)
        node = self.node(index)
        while index.isValid() and node.prefix != prefix:
            for row, child in enumerate(node.children):
                if prefix.startswith(child.prefix):
                    index, node = self.index(row, 0, index), child
                    break
            else:
                return QModelIndex()
        return index

    def buckets(self) -> list[Bucket]:
        return [n.bucket for n in self.root.children if n.bucket is not None]

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return bool(node.children) or not node.loaded

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return not node.loaded and not node.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        node = self.node(parent)
        if node is self.root:
            self.reload_buckets()
        else:
            self._fetch_children(node, QModelIndex(parent))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Bucket / folder"), self.tr("Region"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        assert node.bucket is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.bucket.short_name if node.is_bucket else node.name
            return formatting.region_name(node.bucket.region) if node.is_bucket else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.is_bucket:
                return f"{node.bucket.name}\n{node.bucket.region}"
            return f"cos://{node.bucket.name}/{node.prefix}"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._bucket_icon if node.is_bucket else self._folder_icon
        if role == BucketRole:
            return node.bucket
        if role == PrefixRole:
            return node.prefix
        return None

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
