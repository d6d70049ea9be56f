"""Create and delete (seed steps 4-8) through the real dialogs, buttons and context menus."""

from __future__ import annotations

import itertools
import os

from PySide6.QtCore import QPoint

from gene_desk.storage.models import Bucket
from tests.ui.conftest import WAIT, acknowledge, answer, open_bucket, wait_listed

_numbers = itertools.count(1)


def _put(storage, bucket: Bucket, key: str, body: bytes = b"ACGT\n") -> None:
    storage.clients.call(
        bucket.region, "put", lambda c: c.put_object(Bucket=bucket.name, Key=key, Body=body)
    )


def _keys(storage, bucket: Bucket) -> list[str]:
    return sorted(o.key for o in storage.iter_objects(bucket))


def test_create_bucket_validates_then_creates(qtbot, window, storage):
    window.create_menu.actions()[0].trigger()  # 创建 -> 桶
    dialog = window.create_dialog
    assert dialog.windowTitle() == "创建存储桶"
    assert dialog.region_combo.count() >= 10
    assert dialog.region_combo.currentData() == storage.default_region
    qtbot.keyClicks(dialog.name_edit, "Bad_Name")
    assert not dialog.ok_button.isEnabled()
    assert "小写字母" in dialog.error_label.text()
    dialog.name_edit.setText("x" * 60)
    assert not dialog.ok_button.isEnabled() and "过长" in dialog.error_label.text()
    name = f"ui-new-{os.getpid()}-{next(_numbers)}"
    dialog.name_edit.setText(name)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("ap-beijing"))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    full = f"{name}-{storage.appid}"
    qtbot.waitUntil(lambda: window.bucket is not None and window.bucket.name == full, timeout=WAIT)
    index = window.tree_model.bucket_index(full)
    assert index.siblingAtColumn(1).data() == "北京"
    assert storage.bucket(full).region == "ap-beijing"


def test_create_bucket_refusal_shown_in_dialog(qtbot, window, bucket):
    window.act_new_bucket.trigger()
    dialog = window.create_dialog
    dialog.name_edit.setText(bucket.short_name)  # exists already
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=WAIT)
    assert "已存在" in dialog.error_label.text()
    assert dialog.isVisible()
    dialog.reject()


def test_create_folder_in_bucket_and_in_folder(qtbot, window, storage, bucket):
    open_bucket(qtbot, window, bucket)
    window.create_menu.actions()[1].trigger()  # 创建 -> 文件夹
    dialog = window.create_dialog
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "a/b")
    assert not dialog.ok_button.isEnabled() and "/" in dialog.error_label.text()
    dialog.name_edit.setText("seq-data")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.table_model.row_of_key("seq-data/") >= 0, timeout=WAIT)
    # a folder inside the folder (seed step 5.4)
    row = window.table_model.row_of_key("seq-data/")
    window.table.doubleClicked.emit(window.table_model.index(row, 0))
    wait_listed(qtbot, window)
    window.act_new_folder.trigger()
    window.create_dialog.name_edit.setText("run1")
    window.create_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.table_model.row_of_key("seq-data/run1/") >= 0, timeout=WAIT)
    assert window.breadcrumb_texts() == [bucket.short_name, "seq-data"]
    assert _keys(storage, bucket) == ["seq-data/", "seq-data/run1/"]


def test_delete_file_by_button(qtbot, window, storage, bucket):
    _put(storage, bucket, "a.fastq")
    _put(storage, bucket, "b.fastq")
    open_bucket(qtbot, window, bucket)
    window.select_keys(["a.fastq"])
    window.delete_menu.actions()[0].trigger()  # 删除 -> 文件
    assert "确定删除选中的 1 个文件" in answer(qtbot, window)
    assert acknowledge(qtbot, window) == "删除成功"
    assert _keys(storage, bucket) == ["b.fastq"]
    qtbot.waitUntil(lambda: window.table_model.row_of_key("a.fastq") < 0, timeout=WAIT)


def test_delete_file_by_context_menu(qtbot, window, storage, bucket):
    _put(storage, bucket, "a.vcf")
    open_bucket(qtbot, window, bucket)
    rect = window.table.visualRect(window.table_model.index(0, 0))
    window.table.customContextMenuRequested.emit(rect.center())
    menu = window.context_menu
    delete = next(a for a in menu.actions() if a.objectName() == "contextDelete")
    assert delete.text() == "删除"
    menu.close()
    delete.trigger()
    answer(qtbot, window)
    assert acknowledge(qtbot, window) == "删除成功"
    assert _keys(storage, bucket) == []


def test_delete_folder_counts_and_confirms(qtbot, window, storage, bucket):
    for key in ("run/", "run/r1.fastq", "run/sub/r2.fastq", "keep.txt"):
        _put(storage, bucket, key)
    open_bucket(qtbot, window, bucket)
    window.select_keys(["run/"])
    window.act_delete_folders.trigger()  # 删除 -> 文件夹
    question = answer(qtbot, window, yes=False)  # first say no: nothing goes
    # files are counted, not the folder marker objects (run/ is one)
    assert "1 个文件夹（run）" in question and "2 个文件" in question
    assert len(_keys(storage, bucket)) == 4
    window.select_keys(["run/"])
    window.act_delete_folders.trigger()
    answer(qtbot, window)
    assert acknowledge(qtbot, window) == "删除成功"
    assert _keys(storage, bucket) == ["keep.txt"]


def test_delete_folder_from_tree_context_menu(qtbot, window, storage, bucket):
    _put(storage, bucket, "dir/")
    _put(storage, bucket, "dir/x.bam")
    open_bucket(qtbot, window, bucket)
    index = window.tree_model.bucket_index(bucket.name)
    window.tree.expand(index)
    qtbot.waitUntil(lambda: window.tree_model.rowCount(index) == 1, timeout=WAIT)
    rect = window.tree.visualRect(window.tree_model.index(0, 0, index))
    window.tree.customContextMenuRequested.emit(rect.center())
    delete = next(a for a in window.context_menu.actions() if a.objectName() == "contextDelete")
    assert delete.text() == "删除文件夹"
    window.context_menu.close()
    delete.trigger()
    answer(qtbot, window)
    assert acknowledge(qtbot, window) == "删除成功"
    assert _keys(storage, bucket) == []


def test_delete_bucket_not_empty_then_empty(qtbot, window, storage, bucket):
    _put(storage, bucket, "data.vcf")
    open_bucket(qtbot, window, bucket)
    window.delete_menu.actions()[2].trigger()  # 删除 -> 桶
    # straight away, without asking "确定删除存储桶…？" first (seed step 8.2)
    assert acknowledge(qtbot, window) == "请删除桶下所有文件后删除"
    assert storage.bucket(bucket.name)  # still there
    storage.delete_objects(bucket, ["data.vcf"])
    window.act_delete_bucket.trigger()
    answer(qtbot, window)
    assert acknowledge(qtbot, window) == "删除成功"
    qtbot.waitUntil(lambda: not window.tree_model.bucket_index(bucket.name).isValid(), timeout=WAIT)
    assert bucket.name not in [b.name for b in storage.list_buckets()]
    assert window.bucket is None or window.bucket.name != bucket.name


def test_context_menu_on_empty_area(qtbot, window, bucket):
    open_bucket(qtbot, window, bucket)
    window.table.customContextMenuRequested.emit(QPoint(5, 200))
    texts = [a.text() for a in window.context_menu.actions()]
    window.context_menu.close()
    assert "上传文件" in texts and "刷新" in texts
