"""Storage classes and restores in the window (pytest-qt over the real sandbox): the class and
restore-state columns, 恢复 and 修改存储类型, a refused download offering 恢复, and the upload
dialog's storage class. The acceptance test (tests/acceptance/test_storage_class.py) drives the
same through the real program; these check the pieces quickly."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gene_desk.ui.archive_dialogs import ChangeClassDialog, RestoreDialog
from gene_desk.ui.object_model import COL_CLASS, COL_RESTORE
from tests.ui.conftest import WAIT, open_bucket, prompt, wait_listed


def _put(storage, bucket, key: str, cls: str = "STANDARD", data: bytes = b"data") -> None:
    storage.clients.client(bucket.region).put_object(
        Bucket=bucket.name, Key=key, Body=data, StorageClass=cls
    )


def _cell(window, key: str, column: int) -> str:
    model = window.table_model
    return model.index(model.row_of_key(key), column).data()


def _select(window, key: str) -> None:
    window.select_keys([key])


def test_columns_show_class_and_restore_state_of_archived_rows(
    qtbot, window, storage, bucket, sandbox, archive_clock
):
    _put(storage, bucket, "cold.bam", "ARCHIVE")
    _put(storage, bucket, "deep.bam", "DEEP_ARCHIVE")
    _put(storage, bucket, "warm.txt", "STANDARD_IA")
    _put(storage, bucket, "hot.txt")
    open_bucket(qtbot, window, bucket)
    assert _cell(window, "cold.bam", COL_CLASS) == "归档存储"
    assert _cell(window, "deep.bam", COL_CLASS) == "深度归档存储"
    assert _cell(window, "warm.txt", COL_CLASS) == "低频存储"
    assert _cell(window, "hot.txt", COL_CLASS) == "标准存储"
    qtbot.waitUntil(lambda: _cell(window, "cold.bam", COL_RESTORE) == "归档中", timeout=WAIT)
    qtbot.waitUntil(lambda: _cell(window, "deep.bam", COL_RESTORE) == "归档中", timeout=WAIT)
    assert _cell(window, "hot.txt", COL_RESTORE) == _cell(window, "warm.txt", COL_RESTORE) == ""
    # only the archived rows were HEADed
    assert not window.table_model.restore_known("hot.txt")
    horizontal = Qt.Orientation.Horizontal
    assert window.table_model.headerData(COL_CLASS, horizontal) == "存储类型"
    assert window.table_model.headerData(COL_RESTORE, horizontal) == "恢复状态"


def test_refused_download_offers_restore_then_restored_after_refresh(
    qtbot, window, storage, bucket, archive_clock, tmp_path
):
    _put(storage, bucket, "cold.bam", "ARCHIVE", b"cold bytes")
    open_bucket(qtbot, window, bucket)
    window.download_keys(["cold.bam"], str(tmp_path / "out"), bucket)
    box = prompt(qtbot, window)
    assert "归档存储" in box.text() and box.yes_button.text() == "恢复"
    box.yes_button.click()
    dialog = window.archive.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.days.value() == 3 and dialog.tier.currentData() == "Standard"
    dialog.days.setValue(1)
    dialog.tier.setCurrentIndex(dialog.tier.findData("Expedited"))
    dialog.accept()
    qtbot.waitUntil(lambda: _cell(window, "cold.bam", COL_RESTORE) == "恢复中", timeout=WAIT)
    assert "已发起 1 个文件的恢复" in prompt(qtbot, window).text()
    archive_clock.advance(61)
    window.refresh()
    wait_listed(qtbot, window)
    qtbot.waitUntil(
        lambda: _cell(window, "cold.bam", COL_RESTORE).startswith("已恢复（至 "), timeout=WAIT
    )
    assert storage.head_object(bucket, "cold.bam").restore.expires is not None


def test_restore_and_change_class_from_the_selection(qtbot, window, storage, bucket):
    _put(storage, bucket, "a.txt")
    _put(storage, bucket, "deep.bam", "DEEP_ARCHIVE")
    open_bucket(qtbot, window, bucket)
    # 修改存储类型: a.txt to 归档存储
    _select(window, "a.txt")
    window.archive.change_class_selection()
    dialog = window.archive.dialog
    assert isinstance(dialog, ChangeClassDialog)
    assert dialog.storage_class.currentText() == "标准存储"
    assert "标准存储（多 AZ）" not in [
        dialog.storage_class.itemText(i) for i in range(dialog.storage_class.count())
    ]
    dialog.storage_class.set_value("ARCHIVE")
    dialog.accept()
    qtbot.waitUntil(
        lambda: storage.head_object(bucket, "a.txt").storage_class == "ARCHIVE", timeout=WAIT
    )
    wait_listed(qtbot, window)
    qtbot.waitUntil(lambda: _cell(window, "a.txt", COL_CLASS) == "归档存储", timeout=WAIT)
    # 恢复 a deep archive file: no 极速模式 offered
    _select(window, "deep.bam")
    window.archive.restore_selection()
    dialog = window.archive.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.tier.findData("Expedited") == -1
    dialog.accept()
    qtbot.waitUntil(lambda: _cell(window, "deep.bam", COL_RESTORE) == "恢复中", timeout=WAIT)
    # 修改存储类型 of an archived file that is not restored: refused with the reason
    _select(window, "a.txt")
    window.archive.change_class_selection()
    window.archive.dialog.storage_class.set_value("STANDARD")
    window.archive.dialog.accept()
    box = prompt(qtbot, window)
    qtbot.waitUntil(lambda: "修改失败" in prompts_text(window), timeout=WAIT)
    assert box is not None
    assert storage.head_object(bucket, "a.txt").storage_class == "ARCHIVE"


def prompts_text(window) -> str:
    from gene_desk.ui import prompts

    box = prompts.last_prompt(window)
    return box.text() if box is not None else ""


def test_upload_dialog_offers_the_storage_classes(qtbot, window, storage, bucket, tmp_path):
    src = tmp_path / "r1.fastq"
    src.write_bytes(b"@r\nACGT\n+\nIIII\n" * 50)
    open_bucket(qtbot, window, bucket)
    dialog = window.open_upload([str(src)])
    combo = dialog.storage_class
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["标准存储", "低频存储", "智能分层存储", "归档存储", "深度归档存储"]
    combo.set_value("DEEP_ARCHIVE")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: [o.storage_class for o in storage.iter_objects(bucket)] == ["DEEP_ARCHIVE"],
        timeout=WAIT,
    )
    QApplication.processEvents()


def test_a_large_archived_folder_heads_only_the_rows_on_screen(qtbot, window, bucket, sandbox):
    """3,000 ARCHIVE objects: the listing is three pages; restore states are read for the rows
    in view (plus a small margin), not for the folder; scrolling to the end reads those rows."""
    from gene_desk.ui.archive_states import BATCH, MARGIN

    sandbox.cos.generate_objects(bucket.name, "cold/r", 3000, storage_class="ARCHIVE")
    open_bucket(qtbot, window, bucket)
    window.navigate(window.bucket, "cold/")
    model = window.table_model
    for _page in range(3):  # the view asks for more pages only as it scrolls: ask here
        qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0, timeout=WAIT)
        if model.canFetchMore():
            model.fetchMore()
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == 3000, timeout=WAIT)
    first = model.entry(0).key
    qtbot.waitUntil(lambda: _cell(window, first, COL_RESTORE) == "归档中", timeout=WAIT)
    before = sandbox.cos.stats["requests"]
    qtbot.wait(500)  # nothing more is read while the view stands still
    assert sandbox.cos.stats["requests"] == before
    known = sum(model.restore_known(model.entry(r).key) for r in range(3000))
    visible = window.table.rowAt(window.table.viewport().height() - 1) + 1
    assert 0 < known <= max(visible + MARGIN, BATCH)
    last = model.entry(2999).key
    assert not model.restore_known(last)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: _cell(window, last, COL_RESTORE) == "归档中", timeout=WAIT)
    assert sum(model.restore_known(model.entry(r).key) for r in range(3000)) < 300
