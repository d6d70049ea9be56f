"""Browsing (seed steps 3, 16, 17): bucket list with regions, folders, breadcrumb, back, refresh,
search, sorting, lazy paging; qtmodeltester on both models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gene_desk.sandbox.account import seed
from gene_desk.ui.bucket_model import BucketTreeModel
from gene_desk.ui.object_model import COL_SIZE, PAGE_SIZE, ObjectListModel
from tests.ui.conftest import WAIT, open_bucket, wait_listed


def _names(window) -> list[str]:
    return [e.name for e in window.table_model.entries()]


def test_bucket_list_shows_region_and_sample_files(qtbot, window, storage):
    demo = storage.bucket(seed.DEMO_BUCKET)
    open_bucket(qtbot, window, demo)
    index = window.tree_model.bucket_index(demo.name)
    assert index.data() == demo.short_name
    assert index.siblingAtColumn(1).data() == "广州"  # region, in Chinese
    names = _names(window)
    # folders first, then files
    assert names[:2] == ["project-demo", "reference"]
    assert "README.txt" in names
    assert window.table_model.index(0, 2).data() == "文件夹"
    assert window.breadcrumb_texts() == [demo.short_name]
    assert not window.act_back.isEnabled()


def test_open_folder_breadcrumb_back(qtbot, window, storage):
    demo = storage.bucket(seed.DEMO_BUCKET)
    open_bucket(qtbot, window, demo)
    row = window.table_model.row_of_key("project-demo/")
    window.table.doubleClicked.emit(window.table_model.index(row, 0))
    wait_listed(qtbot, window)
    assert window.prefix == "project-demo/"
    assert window.breadcrumb_texts() == [demo.short_name, "project-demo"]
    assert _names(window) == ["variants", "sample01_R1.fastq", "sample01_R2.fastq"]
    assert window.table_model.index(1, 2).data() == "FASTQ"
    # into variants, then 返回上一级 twice
    window.table.doubleClicked.emit(window.table_model.index(0, 0))
    wait_listed(qtbot, window)
    assert _names(window) == ["sample01.vcf"]
    window.act_back.trigger()
    wait_listed(qtbot, window)
    assert window.prefix == "project-demo/"
    window.act_back.trigger()
    wait_listed(qtbot, window)
    assert window.prefix == ""
    assert not window.act_back.isEnabled()


def test_tree_expands_folders_lazily(qtbot, window, storage):
    demo = storage.bucket(seed.DEMO_BUCKET)
    open_bucket(qtbot, window, demo)
    index = window.tree_model.bucket_index(demo.name)
    window.tree.expand(index)
    qtbot.waitUntil(lambda: window.tree_model.rowCount(index) == 2, timeout=WAIT)
    child = window.tree_model.index(0, 0, index)
    assert child.data() == "project-demo"
    window.tree.setCurrentIndex(child)
    wait_listed(qtbot, window)
    assert window.prefix == "project-demo/"


def test_refresh_shows_new_objects(qtbot, window, storage, bucket):
    open_bucket(qtbot, window, bucket)
    assert window.table_model.rowCount() == 0
    assert window.empty_label.isVisibleTo(window)
    storage.clients.call(
        bucket.region, "put", lambda c: c.put_object(Bucket=bucket.name, Key="new.vcf", Body=b"x")
    )
    window.act_refresh.trigger()
    qtbot.waitUntil(lambda: _names(window) == ["new.vcf"], timeout=WAIT)
    assert not window.empty_label.isVisibleTo(window)


def test_search_by_prefix(qtbot, window, storage):
    demo = storage.bucket(seed.DEMO_BUCKET)
    open_bucket(qtbot, window, demo)
    window.navigate(demo, "project-demo/")
    wait_listed(qtbot, window)
    qtbot.keyClicks(window.search_edit, "sample01_R2")
    qtbot.waitUntil(lambda: window.table_model.search == "sample01_R2", timeout=WAIT)
    wait_listed(qtbot, window)
    assert _names(window) == ["sample01_R2.fastq"]
    window.search_edit.clear()
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=WAIT)
    qtbot.keyClicks(window.search_edit, "zzz")
    qtbot.waitUntil(lambda: window.table_model.search == "zzz", timeout=WAIT)
    wait_listed(qtbot, window)
    assert _names(window) == []
    assert "zzz" in window.empty_label.text()


def test_sorting_keeps_folders_first(qtbot, window, storage):
    demo = storage.bucket(seed.DEMO_BUCKET)
    open_bucket(qtbot, window, demo)
    window.table.sortByColumn(COL_SIZE, Qt.SortOrder.DescendingOrder)
    names = _names(window)
    assert names[:2] == ["reference", "project-demo"]  # folders stay on top
    sizes = [e.size for e in window.table_model.entries() if not e.is_folder]
    assert sizes == sorted(sizes, reverse=True)


def test_big_folder_pages_lazily(qtbot, window, sandbox, bucket):
    sandbox.cos.generate_objects(bucket.name, "many/f", 2 * PAGE_SIZE + 500)
    open_bucket(qtbot, window, bucket)
    window.navigate(bucket, "many/")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == PAGE_SIZE, timeout=WAIT)
    assert window.table_model.canFetchMore()
    assert "向下滚动" in window.count_label.text()
    window.table.scrollToBottom()
    while window.table_model.rowCount() < 2 * PAGE_SIZE + 500:
        if window.table_model.canFetchMore():
            window.table.scrollToBottom()
        qtbot.wait(20)
    wait_listed(qtbot, window)
    assert window.table_model.rowCount() == 2 * PAGE_SIZE + 500
    assert not window.table_model.canFetchMore()
    assert window.count_label.text() == f"共 {2 * PAGE_SIZE + 500} 项"


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, storage, runner, zh):
    demo = storage.bucket(seed.DEMO_BUCKET)
    objects = ObjectListModel(storage, runner)
    objects.set_location(demo, "project-demo/")
    qtbot.waitUntil(lambda: objects.complete, timeout=WAIT)
    assert objects.rowCount() == 3
    qtmodeltester.check(objects)
    tree = BucketTreeModel(storage, runner)
    tree.reload_buckets()
    qtbot.waitUntil(lambda: tree.root.loaded, timeout=WAIT)
    index = tree.bucket_index(demo.name)
    tree.fetchMore(index)
    qtbot.waitUntil(lambda: tree.rowCount(index) == 2, timeout=WAIT)
    qtmodeltester.check(tree)
    assert tree.find(demo.name, "project-demo/") != QModelIndex()
