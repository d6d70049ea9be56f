"""The bucket tree's rows are kept, not searched for (issue 17): ``parent()`` asks a node for its
row on every index a view touches, and a folder may hold 20,000 sibling folders (the tree reads at
most 20 listing pages). The rows stay right when buckets come and go, and the model still passes
Qt's model tester (on a small tree: the tester walks every row)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QModelIndex

from gene_desk.ui.bucket_model import BucketTreeModel, Node
from tests.ui.conftest import WAIT

MANY = 3000  # sibling folders over three listing pages (up to 20 pages are read)


class _NoSearch(list):
    """A children list that fails the test if anyone looks a node up by a linear search."""

    def index(self, *args):
        raise AssertionError("a node's row was found by searching its siblings")


def _rows_are_positions(node: Node) -> bool:
    return all(child.row() == row for row, child in enumerate(node.children))


def _loaded(qtbot, tree: BucketTreeModel, index: QModelIndex, rows: int) -> None:
    tree.fetchMore(index)
    qtbot.waitUntil(lambda: tree.rowCount(index) == rows, timeout=WAIT)


def test_parent_of_a_deep_index_among_many_siblings(qtbot, sandbox, storage, bucket, runner):
    # folders many/000000/ ... many/002999/, each holding one folder sub/
    sandbox.cos.generate_objects(bucket.name, "many/", MANY, suffix="/sub/x")
    try:
        tree = BucketTreeModel(storage, runner)
        tree.reload_buckets()
        qtbot.waitUntil(lambda: tree.bucket_index(bucket.name).isValid(), timeout=WAIT)
        top = tree.bucket_index(bucket.name)
        _loaded(qtbot, tree, top, 1)
        many = tree.index(0, 0, top)
        _loaded(qtbot, tree, many, MANY)
        many_node = tree.node(many)
        assert _rows_are_positions(many_node)
        last = tree.index(MANY - 1, 0, many)
        assert tree.node(last).prefix == f"many/{MANY - 1:06d}/"
        _loaded(qtbot, tree, last, 1)
        sub = tree.index(0, 0, last)
        assert tree.node(sub).prefix == f"many/{MANY - 1:06d}/sub/"

        many_node.children = _NoSearch(many_node.children)  # from here on, a search fails the test
        for _ in range(1000):  # a view asks this on every paint of the expanded folder
            parent = tree.parent(sub)
        assert parent == last and parent.row() == MANY - 1
    finally:  # a model tester run later walks every bucket's folders: leave none behind
        storage.delete_folder(bucket, "many/")
        storage.delete_bucket(bucket)


def test_rows_stay_right_when_buckets_come_and_go(qtbot, qtmodeltester, storage, runner):
    tag = secrets.token_hex(3)
    made = [storage.create_bucket(f"rows{tag}-{c}", "ap-guangzhou") for c in "bdf"]
    names = [b.name for b in made]
    tree = BucketTreeModel(storage, runner)
    try:
        tree.reload_buckets()
        qtbot.waitUntil(lambda: tree.bucket_index(names[-1]).isValid(), timeout=WAIT)
        assert _rows_are_positions(tree.root)
        # one bucket inserted before the others, one removed between them
        early = storage.create_bucket(f"rows{tag}-a", "ap-guangzhou")
        made.append(early)
        storage.delete_bucket(made[1])
        tree.reload_buckets()
        qtbot.waitUntil(
            lambda: (
                tree.bucket_index(early.name).isValid()
                and not tree.bucket_index(names[1]).isValid()
            ),
            timeout=WAIT,
        )
        assert _rows_are_positions(tree.root)
        rows = [tree.bucket_index(n).row() for n in (early.name, names[0], names[2])]
        assert rows == sorted(rows) and rows[1] == rows[0] + 1 and rows[2] == rows[1] + 1
        qtmodeltester.check(tree)
    finally:
        for b in made[:1] + made[2:]:
            storage.delete_bucket(b)
